import { describe, expect, it } from 'vitest';
import { withHeadTags } from './csp.ts';

const TAGS = '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'">';

describe('withHeadTags', () => {
	it('moves the charset to the start of <head> and writes the tags right after it', () => {
		const html = `<!DOCTYPE html><html lang="en"><head class="x"><title>T</title><meta charset="utf-8"/><script>1</script></head></html>`;
		expect(withHeadTags(html, TAGS)).toBe(
			`<!DOCTYPE html><html lang="en"><head class="x"><meta charset="utf-8"/>${TAGS}<title>T</title><script>1</script></head></html>`,
		);
	});

	it('keeps a charset that is already first exactly once', () => {
		const html = '<html><head><meta charset="utf-8"><title>T</title></head></html>';
		const out = withHeadTags(html, TAGS);
		expect(out).toBe(`<html><head><meta charset="utf-8">${TAGS}<title>T</title></head></html>`);
		expect(out.match(/charset/g)).toHaveLength(1);
	});

	it('declares UTF-8 for a page that declares no charset', () => {
		expect(withHeadTags('<html><head><title>T</title></head></html>', TAGS)).toBe(
			`<html><head><meta charset="utf-8">${TAGS}<title>T</title></head></html>`,
		);
	});
});
