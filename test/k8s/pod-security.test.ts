/**
 * Each control of the restricted Pod Security Standard, on hand-built pods: a pod that meets the
 * standard passes every control, and each control catches the field it is about.
 * https://kubernetes.io/docs/concepts/security/pod-security-standards/
 */
import { describe, expect, it } from 'vitest';
import type { Manifest } from './bundle.ts';
import * as pss from './pod-security.ts';

/** A pod that meets the restricted level, with one change applied. */
function pod(change: (pod: Manifest) => void = () => {}): Manifest {
	const base: Manifest = {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: { name: 'app', namespace: 'tenant-a' },
		spec: {
			securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
			containers: [
				{
					name: 'app',
					image: 'registry.example.com/app:1.0',
					securityContext: {
						allowPrivilegeEscalation: false,
						capabilities: { drop: ['ALL'] },
					},
				},
			],
		},
	};
	change(base);
	return base;
}
const app = (p: Manifest): Manifest => p.spec.containers[0];

describe('the restricted Pod Security Standard, control by control', () => {
	it('passes a pod that meets every control', () => {
		expect(pss.restrictedViolations(pod())).toEqual([]);
	});

	it('hostProcess: refuses Windows HostProcess containers', () => {
		const bad = pod((p) => (app(p).securityContext.windowsOptions = { hostProcess: true }));
		expect(pss.hostProcess(bad)).toHaveLength(1);
		expect(pss.hostProcess(pod())).toEqual([]);
	});

	it.each(['hostNetwork', 'hostPID', 'hostIPC'])('hostNamespaces: refuses %s', (field) => {
		expect(pss.hostNamespaces(pod((p) => (p.spec[field] = true)))).toEqual([
			`spec.${field} is true`,
		]);
		expect(pss.hostNamespaces(pod((p) => (p.spec[field] = false)))).toEqual([]);
	});

	it('privilegedContainers: refuses a privileged init container', () => {
		const bad = pod(
			(p) =>
				(p.spec.initContainers = [
					{ name: 'init', image: 'i', securityContext: { privileged: true } },
				]),
		);
		expect(pss.privilegedContainers(bad)).toEqual([
			'spec.initContainers[0].securityContext.privileged is true',
		]);
	});

	it('baselineCapabilities: allows the default set, refuses SYS_ADMIN', () => {
		expect(
			pss.baselineCapabilities(pod((p) => (app(p).securityContext.capabilities.add = ['CHOWN']))),
		).toEqual([]);
		expect(
			pss.baselineCapabilities(
				pod((p) => (app(p).securityContext.capabilities.add = ['SYS_ADMIN'])),
			),
		).toHaveLength(1);
	});

	it('restrictedCapabilities: requires drop ALL and adds nothing but NET_BIND_SERVICE', () => {
		expect(
			pss.restrictedCapabilities(
				pod((p) => (app(p).securityContext.capabilities.add = ['NET_BIND_SERVICE'])),
			),
		).toEqual([]);
		expect(
			pss.restrictedCapabilities(pod((p) => (app(p).securityContext.capabilities.add = ['CHOWN']))),
		).toHaveLength(1);
		expect(
			pss.restrictedCapabilities(
				pod((p) => (app(p).securityContext.capabilities = { drop: ['NET_RAW'] })),
			),
		).toHaveLength(1);
	});

	it('hostPathVolumes: refuses a hostPath volume', () => {
		const bad = pod((p) => (p.spec.volumes = [{ name: 'host', hostPath: { path: '/' } }]));
		expect(pss.hostPathVolumes(bad)).toEqual(['volume host is a hostPath']);
	});

	it('hostPorts: refuses a host port, allows 0', () => {
		expect(
			pss.hostPorts(pod((p) => (app(p).ports = [{ containerPort: 80, hostPort: 80 }]))),
		).toHaveLength(1);
		expect(
			pss.hostPorts(pod((p) => (app(p).ports = [{ containerPort: 80, hostPort: 0 }]))),
		).toEqual([]);
	});

	it('appArmor: refuses Unconfined, as a field or an annotation', () => {
		expect(
			pss.appArmor(pod((p) => (p.spec.securityContext.appArmorProfile = { type: 'Unconfined' }))),
		).toHaveLength(1);
		expect(
			pss.appArmor(
				pod(
					(p) =>
						(app(p).securityContext.appArmorProfile = { type: 'Localhost', localhostProfile: 'x' }),
				),
			),
		).toEqual([]);
		const annotated = pod(
			(p) =>
				(p.metadata.annotations = {
					'container.apparmor.security.beta.kubernetes.io/app': 'unconfined',
				}),
		);
		expect(pss.appArmor(annotated)).toHaveLength(1);
	});

	it('seLinux: allows the container types, refuses other types, users and roles', () => {
		expect(
			pss.seLinux(
				pod((p) => (p.spec.securityContext.seLinuxOptions = { type: 'container_init_t' })),
			),
		).toEqual([]);
		expect(
			pss.seLinux(pod((p) => (p.spec.securityContext.seLinuxOptions = { type: 'spc_t' }))),
		).toHaveLength(1);
		expect(
			pss.seLinux(pod((p) => (app(p).securityContext.seLinuxOptions = { user: 'root' }))),
		).toHaveLength(1);
	});

	it('procMount: refuses an unmasked /proc', () => {
		expect(pss.procMount(pod((p) => (app(p).securityContext.procMount = 'Unmasked')))).toHaveLength(
			1,
		);
		expect(pss.procMount(pod((p) => (app(p).securityContext.procMount = 'Default')))).toEqual([]);
	});

	it('baselineSeccomp: refuses Unconfined at pod or container level', () => {
		expect(
			pss.baselineSeccomp(
				pod((p) => (app(p).securityContext.seccompProfile = { type: 'Unconfined' })),
			),
		).toHaveLength(1);
	});

	it('restrictedSeccomp: requires RuntimeDefault or Localhost for the pod or every container', () => {
		const containerLevel = pod((p) => {
			delete p.spec.securityContext.seccompProfile;
			app(p).securityContext.seccompProfile = { type: 'Localhost', localhostProfile: 'p.json' };
		});
		expect(pss.restrictedSeccomp(containerLevel)).toEqual([]);
		expect(
			pss.restrictedSeccomp(pod((p) => delete p.spec.securityContext.seccompProfile)),
		).toHaveLength(1);
		expect(
			pss.restrictedSeccomp(
				pod((p) => (app(p).securityContext.seccompProfile = { type: 'Unconfined' })),
			),
		).toHaveLength(1);
	});

	it('sysctls: allows the safe set, refuses others', () => {
		expect(
			pss.sysctls(
				pod(
					(p) =>
						(p.spec.securityContext.sysctls = [
							{ name: 'net.ipv4.tcp_keepalive_time', value: '60' },
						]),
				),
			),
		).toEqual([]);
		expect(
			pss.sysctls(
				pod((p) => (p.spec.securityContext.sysctls = [{ name: 'kernel.msgmax', value: '1' }])),
			),
		).toHaveLength(1);
	});

	it('volumeTypes: allows core types, refuses others', () => {
		expect(
			pss.volumeTypes(
				pod(
					(p) =>
						(p.spec.volumes = [
							{ name: 'c', configMap: { name: 'c' } },
							{ name: 't', emptyDir: {} },
						]),
				),
			),
		).toEqual([]);
		expect(
			pss.volumeTypes(
				pod((p) => (p.spec.volumes = [{ name: 'n', nfs: { server: 's', path: '/' } }])),
			),
		).toEqual(['volume n has type nfs']);
	});

	it('privilegeEscalation: requires allowPrivilegeEscalation: false on every container', () => {
		expect(
			pss.privilegeEscalation(pod((p) => delete app(p).securityContext.allowPrivilegeEscalation)),
		).toHaveLength(1);
	});

	it('runAsNonRoot: accepts the pod level or every container, refuses an override to false', () => {
		const containerLevel = pod((p) => {
			delete p.spec.securityContext.runAsNonRoot;
			app(p).securityContext.runAsNonRoot = true;
		});
		expect(pss.runAsNonRoot(containerLevel)).toEqual([]);
		expect(pss.runAsNonRoot(pod((p) => delete p.spec.securityContext.runAsNonRoot))).toHaveLength(
			1,
		);
		expect(
			pss.runAsNonRoot(pod((p) => (app(p).securityContext.runAsNonRoot = false))),
		).toHaveLength(1);
		expect(pss.runAsNonRoot(pod((p) => (p.spec.securityContext.runAsNonRoot = false)))).not.toEqual(
			[],
		);
	});

	it('runAsNonRootUser: refuses runAsUser 0', () => {
		expect(pss.runAsNonRootUser(pod((p) => (app(p).securityContext.runAsUser = 0)))).toHaveLength(
			1,
		);
		expect(pss.runAsNonRootUser(pod((p) => (p.spec.securityContext.runAsUser = 10001)))).toEqual(
			[],
		);
	});

	it('names the failing control in the combined list', () => {
		expect(pss.restrictedViolations(pod((p) => (p.spec.hostPID = true)))).toEqual([
			'hostNamespaces: spec.hostPID is true',
		]);
	});
});
