/**
 * Checks Kubernetes manifests offline against the API of Kubernetes v1.36, the newest schemas the
 * `kubernetes-models` package ships (current Kubernetes is v1.37), in two complementary ways:
 * - its runtime JSON-schema validator catches wrong types, enum values and missing fields;
 * - its TypeScript interfaces, type-checking each manifest as an object literal, catch field
 *   names that do not exist (the JSON schemas accept unknown fields, the compiler does not).
 * A wrong apiVersion or kind has no model at all and is reported as such.
 */
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';

export interface ManifestSource {
	/** Path shown in messages, e.g. content/examples/default-deny.yaml. */
	file: string;
	text: string;
}

export interface ManifestProblem {
	file: string;
	/** 1-based index of the YAML document within the file. */
	document: number;
	message: string;
}

interface TypedDocument {
	file: string;
	document: number;
	specifier: string;
	kind: string;
	value: Record<string, unknown>;
}

/** API groups served by CRDs that the guide shows, each with the package that models them. */
const CRD_PACKAGES: Record<string, string> = {
	'gateway.networking.k8s.io': '@kubernetes-models/gateway-api',
};

/**
 * kubernetes-models keeps the core group under `v1/` and others under `<group>/<version>/`;
 * the Gateway API's CRDs come from their own package with the same layout.
 */
export function modelSpecifier(apiVersion: string, kind: string): string {
	const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
	const pkg = CRD_PACKAGES[group] ?? 'kubernetes-models';
	return `${pkg}/${apiVersion}/${kind}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type ModelClass = new (data: unknown) => { validate(): void };

async function loadModel(specifier: string, kind: string): Promise<ModelClass | undefined> {
	try {
		const module = (await import(/* @vite-ignore */ specifier)) as Record<string, unknown>;
		const model = module[kind];
		return typeof model === 'function' && 'apiVersion' in model
			? (model as unknown as ModelClass)
			: undefined;
	} catch {
		return undefined;
	}
}

function typeCheck(documents: TypedDocument[]): Map<TypedDocument, string[]> {
	const virtualDir = `${process.cwd()}/.k8s-manifest-check/`;
	const sources = new Map<string, TypedDocument>();
	const texts = new Map<string, string>();
	documents.forEach((doc, index) => {
		const name = `${virtualDir}manifest-${index}.ts`;
		sources.set(name, doc);
		texts.set(
			name,
			`import type { I${doc.kind} as Manifest } from '${doc.specifier}';\n` +
				`export const manifest: Manifest = ${JSON.stringify(doc.value, null, 2)};\n`,
		);
	});
	const options: ts.CompilerOptions = {
		strict: true,
		noEmit: true,
		skipLibCheck: true,
		target: ts.ScriptTarget.ES2022,
		module: ts.ModuleKind.NodeNext,
		moduleResolution: ts.ModuleResolutionKind.NodeNext,
		types: [],
	};
	const host = ts.createCompilerHost(options);
	const readSource = host.getSourceFile.bind(host);
	const fileExists = host.fileExists.bind(host);
	host.getSourceFile = (name, language) => {
		const text = texts.get(name);
		return text === undefined
			? readSource(name, language)
			: ts.createSourceFile(name, text, language);
	};
	host.fileExists = (name) => texts.has(name) || fileExists(name);
	const program = ts.createProgram([...texts.keys()], options, host);
	const problems = new Map<TypedDocument, string[]>();
	for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
		const doc = diagnostic.file && sources.get(diagnostic.file.fileName);
		if (!doc) continue;
		const list = problems.get(doc) ?? [];
		list.push(ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
		problems.set(doc, list);
	}
	return problems;
}

export async function validateManifests(sources: ManifestSource[]): Promise<ManifestProblem[]> {
	const problems: ManifestProblem[] = [];
	const typed: TypedDocument[] = [];
	for (const { file, text } of sources) {
		const documents = parseAllDocuments(text);
		if (!Array.isArray(documents)) {
			problems.push({ file, document: 1, message: 'not a YAML stream' });
			continue;
		}
		for (const [index, yamlDoc] of documents.entries()) {
			const document = index + 1;
			const report = (message: string) => problems.push({ file, document, message });
			if (yamlDoc.errors.length > 0) {
				yamlDoc.errors.forEach((error) => report(`YAML: ${error.message}`));
				continue;
			}
			const value: unknown = yamlDoc.toJS();
			if (!isRecord(value)) {
				report('a manifest must be a mapping with apiVersion and kind');
				continue;
			}
			const { apiVersion, kind } = value;
			if (typeof apiVersion !== 'string' || typeof kind !== 'string') {
				report('apiVersion and kind must both be set');
				continue;
			}
			const specifier = modelSpecifier(apiVersion, kind);
			const Model = await loadModel(specifier, kind);
			if (!Model) {
				report(
					`the Kubernetes v1.36 schemas (the newest kubernetes-models ships) have no kind “${kind}” in apiVersion “${apiVersion}”`,
				);
				continue;
			}
			try {
				new Model(value).validate();
			} catch (error) {
				report(`schema: ${error instanceof Error ? error.message : String(error)}`);
			}
			typed.push({ file, document, specifier, kind, value });
		}
	}
	for (const [doc, messages] of typeCheck(typed)) {
		messages.forEach((message) =>
			problems.push({ file: doc.file, document: doc.document, message: `fields: ${message}` }),
		);
	}
	return problems;
}
