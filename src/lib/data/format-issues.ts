/** Renders a path such as `options[2].cells.cost` the way a reader of the YAML file sees it. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, index) =>
			typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`,
		)
		.join('');
}

/** A problem at a field; zod's issues and the tree validator's both have this shape. */
export interface FieldIssue {
	path: readonly PropertyKey[];
	message: string;
}

/** One line per problem, each naming the file and the field. */
export function formatIssues(file: string, issues: readonly FieldIssue[]): string {
	const lines = issues.map((issue) => {
		const where = issue.path.length > 0 ? formatPath(issue.path) : '(top level)';
		return `  ${file}: ${where}: ${issue.message}`;
	});
	return `Invalid data in ${file}:\n${lines.join('\n')}`;
}

/** Thrown when a data file does not match its schema or contradicts another file. */
export class DataError extends Error {
	override name = 'DataError';
}
