/**
 * Builds every e2e variant (e2e/variants.ts), so the Playwright projects can serve them. The
 * first build renders the diagrams into the shared cache (a cold start is cheaper alone); the
 * others then run side by side, each with an Astro cache of its own, and print their logs when
 * they finish. A build that logs
 * a warning fails: the build log is kept clean so that a new warning is seen.
 *
 * Usage: node scripts/build-variants.ts [NAME…]   (default: all)
 */
import { spawn } from 'node:child_process';
import { VARIANTS, variantEnv, type Variant } from '../e2e/variants.ts';

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !VARIANTS.some((variant) => variant.name === name));
if (unknown.length > 0) {
	const known = VARIANTS.map((variant) => variant.name).join(', ');
	console.error(`Unknown variant: ${unknown.join(', ')}. Known: ${known}`);
	process.exit(2);
}
const selected = VARIANTS.filter((v) => wanted.length === 0 || wanted.includes(v.name));

function build(variant: Variant): Promise<boolean> {
	const started = Date.now();
	const child = spawn('node_modules/.bin/astro', ['build'], {
		env: {
			...process.env,
			...variantEnv(variant),
			ASTRO_CACHE_DIR: `node_modules/.astro/${variant.name}`,
		},
	});
	let log = '';
	child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
	return new Promise((resolve) => {
		child.on('close', (code) => {
			const seconds = ((Date.now() - started) / 1000).toFixed(1);
			console.log(`\n=== ${variant.name} (base ${variant.base}) ===\n${log.trimEnd()}`);
			const warnings = log.split('\n').filter((line) => /\[WARN\]|\bwarn(ing)?\b/i.test(line));
			if (code !== 0)
				console.error(`Building the "${variant.name}" variant failed (exit ${code}).`);
			else if (warnings.length > 0)
				console.error(`The "${variant.name}" build logged warnings:\n${warnings.join('\n')}`);
			else console.log(`Built "${variant.name}" in ${seconds} s, with no warning`);
			resolve(code === 0 && warnings.length === 0);
		});
	});
}

const [first, ...rest] = selected;
const results = first ? [await build(first)] : [];
if (results.every(Boolean)) results.push(...(await Promise.all(rest.map(build))));
if (!results.every(Boolean) || results.length !== selected.length) process.exit(1);
