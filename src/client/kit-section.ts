/**
 * The plan page's "Starter kit" section: provider, tenant names and the download button. Only
 * the form and the name check load with the page; the generator and the zip library load when
 * the reader presses the button (kit-download.ts).
 */
import type { PlanView } from '../lib/decision/explain.ts';
import type { Answers } from '../lib/decision/types.ts';
import { defaultTenantNames, parseTenantNames, prefillCount } from '../lib/kit/names.ts';
import { el } from './dom.ts';

const PROVIDERS = [
	['any', 'Any conformant cluster'],
	['eks', 'Amazon EKS'],
	['gke', 'Google GKE'],
	['aks', 'Azure AKS'],
] as const;

export function kitSection(view: PlanView, answers: Answers, shareUrl: string): HTMLElement {
	const provider = el(
		'select',
		{ id: 'kit-provider' },
		...PROVIDERS.map(([value, label]) => el('option', { value }, label)),
	);
	const names = el('textarea', {
		id: 'kit-tenants',
		rows: '4',
		spellcheck: 'false',
		'aria-describedby': 'kit-tenants-help kit-tenants-error',
	});
	names.value = defaultTenantNames(prefillCount(answers)).join('\n');
	const error = el('p', { id: 'kit-tenants-error', class: 'kit-error', 'aria-live': 'polite' });
	const button = el('button', { type: 'button', class: 'quiz-primary' }, 'Download starter kit');
	const status = el('p', { role: 'status' });
	const check = () => {
		const parsed = parseTenantNames(names.value);
		error.textContent = parsed.ok ? '' : parsed.message;
		names.setAttribute('aria-invalid', String(!parsed.ok));
		button.disabled = !parsed.ok;
		return parsed;
	};
	names.addEventListener('input', check);
	button.addEventListener('click', async () => {
		const parsed = check();
		if (!parsed.ok) return;
		button.disabled = true;
		status.textContent = 'Making your kit…';
		try {
			const { downloadKit } = await import('./kit-download.ts');
			const file = downloadKit({
				view,
				answers,
				provider: provider.value as (typeof PROVIDERS)[number][0],
				tenants: parsed.names,
				shareUrl,
			});
			status.textContent = `Starter kit saved as ${file}.`;
		} catch {
			status.textContent = 'The kit could not be made; reload and try again.';
		} finally {
			button.disabled = false;
		}
	});
	return el(
		'section',
		{ 'aria-labelledby': 'plan-kit', class: 'plan-kit' },
		el('h3', { id: 'plan-kit' }, 'Starter kit'),
		el('p', {}, 'Your plan as Kubernetes manifests, built from this guide’s examples.'),
		el('label', { for: 'kit-provider' }, 'Where the clusters run'),
		provider,
		el('label', { for: 'kit-tenants' }, 'Tenant names'),
		el(
			'p',
			{ id: 'kit-tenants-help', class: 'plan-because' },
			'One per line, up to 100: lower-case letters, digits and hyphens, at most 63 characters.',
		),
		names,
		error,
		el('p', {}, button),
		status,
	);
}
