import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures.ts';

// A word only the home page uses, so exactly one result must come back. Pagefind stems words
// (“reviewers” also finds “reviewed”), so pick one whose stem is unique too.
const UNIQUE_WORD = 'popular';

/** Types a query into Starlight's search dialog and returns the result pages' paths, in order. */
async function search(page: Page, query: string): Promise<string[]> {
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
	const titles = dialog.locator('.pagefind-ui__result-title a:not([href*="#"])');
	await expect(titles.first().or(dialog.getByText(/No results for/))).toBeVisible();
	return titles.evaluateAll((links) =>
		links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
	);
}

const base = (baseURL: string | undefined) => new URL(baseURL ?? 'http://x/').pathname;

test('search finds the one page that contains a word and links to it @base-path', async ({
	page,
	baseURL,
}) => {
	await page.goto('./concepts/');
	const dialogResults = page.getByRole('dialog').locator('.pagefind-ui__result');
	expect(await search(page, UNIQUE_WORD)).toEqual([base(baseURL)]);
	await expect(dialogResults).toHaveCount(1);
	await dialogResults.first().locator('.pagefind-ui__result-title a').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Several namespaces');
});

/** The words experts type, and a page each must lead to among the first results. */
const EXPERT_QUERIES: [query: string, expected: string][] = [
	['NetworkPolicy', 'namespaces/hardening/'],
	['ClusterRoleBinding', 'namespaces/hardening/'],
	['vcluster', 'in-between/'],
	['PCI', 'faq/'],
	['blast radius', 'compare/'],
	['control plane cost', 'clusters/cost-and-scale/'],
	['cell-based', 'topologies/'],
	['Gateway API', 'shared-cluster/ingress-and-gateways/'],
	['workload identity', 'shared-cluster/cloud-identity/'],
	['MIG', 'shared-cluster/gpus-and-accelerators/'],
	['KMS', 'shared-cluster/secrets-and-images/'],
	['Velero', 'shared-cluster/storage-and-offboarding/'],
	['failurePolicy', 'shared-cluster/day-2-failures/'],
	['cost allocation', 'shared-cluster/observability-and-cost/'],
	['noisy neighbour', 'shared-cluster/noisy-neighbours/'],
	['ListenerSet', 'shared-cluster/ingress-and-gateways/'],
	['Karpenter', 'recommendations/dedicated-nodes/'],
	['AppProject', 'shared-cluster/gitops-controllers/'],
	['agent sandbox', 'in-between/'],
	['confidential computing', 'in-between/'],
	['dedicated tier', 'recommendations/dedicated-tier/'],
];

// One dialog for every query: Pagefind loads once, as it does for a reader who searches again.
test(`each of ${EXPERT_QUERIES.length} expert search terms leads to its page among the first five results`, async ({
	page,
	baseURL,
}) => {
	await page.goto('./');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog');
	const input = dialog.getByRole('textbox', { name: 'Search' });
	const titles = dialog.locator('.pagefind-ui__result-title a:not([href*="#"])');
	for (const [query, expected] of EXPERT_QUERIES) {
		const wanted = `${base(baseURL)}${expected}`;
		// Emptied first, so the results checked below cannot be the previous query's.
		await input.fill('');
		await expect(titles).toHaveCount(0);
		await input.fill(query);
		await expect
			.soft(async () => {
				const paths = await titles.evaluateAll((links) =>
					links.slice(0, 5).map((link) => new URL((link as HTMLAnchorElement).href).pathname),
				);
				expect(paths).toContain(wanted);
			}, `“${query}” leads to ${wanted}`)
			.toPass();
	}
});

test('search indexes the recommendation pages @base-path', async ({ page, baseURL }) => {
	await page.goto('./');
	expect((await search(page, 'Virtual cluster per tenant')).slice(0, 5)).toContain(
		`${base(baseURL)}recommendations/virtual-clusters/`,
	);
});

test('search indexes the quiz’s questions and rules as text', async ({ page, baseURL }) => {
	await page.goto('./');
	expect((await search(page, 'Must a regulated scope be kept separate')).slice(0, 5)).toContain(
		`${base(baseURL)}decide/`,
	);
});

test('a search with no hits says so', async ({ page }) => {
	await page.goto('./');
	expect(await search(page, 'zqxjvkw')).toEqual([]);
	await expect(page.getByRole('dialog').getByText('No results for zqxjvkw')).toBeVisible();
});
