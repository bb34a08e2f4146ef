/**
 * Privacy gate: the site loads everything from its own origin. The `foreignRequests` fixture
 * (support/fixtures.ts) records and refuses any request to another host in every e2e test, so
 * every page and state the suite visits is checked, searching included (search.spec.ts). This
 * test proves the recorder catches what it must.
 */
import { test, expect } from '../support/fixtures.ts';

test.describe('privacy', () => {
	test('the recorder catches and refuses a request to another host', async ({
		page,
		foreignRequests,
	}) => {
		// A page of our own would not even send it (its Content-Security-Policy blocks other
		// hosts), so a blank page without a policy tests the recorder itself.
		const failed = page.waitForEvent('requestfailed');
		await page.setContent('<img src="https://fonts.example.net/pixel.png" alt="">');
		expect((await failed).failure()?.errorText).toContain('BLOCKED_BY_CLIENT');
		expect(foreignRequests).toEqual(['https://fonts.example.net/pixel.png']);
		// Emptied, or the fixture would fail this test for the request it was made to catch.
		foreignRequests.length = 0;
	});
});
