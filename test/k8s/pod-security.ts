/**
 * The `restricted` Pod Security Standard, written control by control from the standard's list:
 * https://kubernetes.io/docs/concepts/security/pod-security-standards/
 * (the Baseline controls, then the Restricted ones, at the latest version). Each control is a
 * function that returns what a Pod violates, as readable messages; an empty list means it passes.
 * It is our reading of the standard for the guide's examples, not a replacement for Pod Security
 * Admission: the examples' namespaces enforce `restricted` with PSA itself.
 */
import { CONTAINER_LISTS, type Manifest } from './bundle.ts';

interface NamedContainer {
	path: string;
	container: Manifest;
}

function containers(pod: Manifest): NamedContainer[] {
	return CONTAINER_LISTS.flatMap((list) =>
		((pod.spec?.[list] ?? []) as Manifest[]).map((container, index) => ({
			path: `spec.${list}[${index}]`,
			container,
		})),
	);
}

function isWindows(pod: Manifest): boolean {
	return pod.spec?.os?.name === 'windows';
}

// Baseline

/** HostProcess: Windows HostProcess containers are privileged access to the host. */
export function hostProcess(pod: Manifest): string[] {
	const problems: string[] = [];
	if (pod.spec?.securityContext?.windowsOptions?.hostProcess === true)
		problems.push('spec.securityContext.windowsOptions.hostProcess is true');
	for (const { path, container } of containers(pod)) {
		if (container.securityContext?.windowsOptions?.hostProcess === true)
			problems.push(`${path}.securityContext.windowsOptions.hostProcess is true`);
	}
	return problems;
}

/** Host namespaces: hostNetwork, hostPID and hostIPC must be unset or false. */
export function hostNamespaces(pod: Manifest): string[] {
	return (['hostNetwork', 'hostPID', 'hostIPC'] as const)
		.filter((field) => pod.spec?.[field] === true)
		.map((field) => `spec.${field} is true`);
}

/** Privileged containers: securityContext.privileged must be unset or false. */
export function privilegedContainers(pod: Manifest): string[] {
	return containers(pod)
		.filter(({ container }) => container.securityContext?.privileged === true)
		.map(({ path }) => `${path}.securityContext.privileged is true`);
}

const BASELINE_CAPABILITIES = new Set([
	'AUDIT_WRITE',
	'CHOWN',
	'DAC_OVERRIDE',
	'FOWNER',
	'FSETID',
	'KILL',
	'MKNOD',
	'NET_BIND_SERVICE',
	'SETFCAP',
	'SETGID',
	'SETPCAP',
	'SETUID',
	'SYS_CHROOT',
]);

/** Capabilities (baseline): only the runtime's default set may be added. */
export function baselineCapabilities(pod: Manifest): string[] {
	return containers(pod).flatMap(({ path, container }) =>
		((container.securityContext?.capabilities?.add ?? []) as string[])
			.filter((capability) => !BASELINE_CAPABILITIES.has(capability))
			.map((capability) => `${path} adds capability ${capability}`),
	);
}

/** HostPath volumes are forbidden. */
export function hostPathVolumes(pod: Manifest): string[] {
	return ((pod.spec?.volumes ?? []) as Manifest[])
		.filter((volume) => 'hostPath' in volume)
		.map((volume) => `volume ${volume.name} is a hostPath`);
}

/** Host ports must be unset or 0. */
export function hostPorts(pod: Manifest): string[] {
	return containers(pod).flatMap(({ path, container }) =>
		((container.ports ?? []) as Manifest[])
			.filter((port) => port.hostPort !== undefined && port.hostPort !== 0)
			.map((port) => `${path} uses hostPort ${port.hostPort}`),
	);
}

const APPARMOR_ANNOTATION = 'container.apparmor.security.beta.kubernetes.io/';

/** AppArmor: only RuntimeDefault or Localhost profiles, never Unconfined (field or annotation). */
export function appArmor(pod: Manifest): string[] {
	const problems: string[] = [];
	const typeOk = (type: unknown) =>
		type === undefined || type === 'RuntimeDefault' || type === 'Localhost';
	if (!typeOk(pod.spec?.securityContext?.appArmorProfile?.type))
		problems.push('spec.securityContext.appArmorProfile.type is not RuntimeDefault or Localhost');
	for (const { path, container } of containers(pod)) {
		if (!typeOk(container.securityContext?.appArmorProfile?.type))
			problems.push(
				`${path}.securityContext.appArmorProfile.type is not RuntimeDefault or Localhost`,
			);
	}
	for (const [key, value] of Object.entries(
		(pod.metadata?.annotations ?? {}) as Record<string, string>,
	)) {
		if (
			key.startsWith(APPARMOR_ANNOTATION) &&
			value !== 'runtime/default' &&
			!value.startsWith('localhost/')
		)
			problems.push(`annotation ${key} is ${value}`);
	}
	return problems;
}

const SELINUX_TYPES = new Set([
	'',
	'container_t',
	'container_init_t',
	'container_kvm_t',
	'container_engine_t',
]);

/** SELinux: only the container types, and no custom user or role. */
export function seLinux(pod: Manifest): string[] {
	const check = (where: string, options: Manifest | undefined) => {
		if (!options) return [];
		const problems: string[] = [];
		if (options.type !== undefined && !SELINUX_TYPES.has(options.type))
			problems.push(`${where}.seLinuxOptions.type is ${options.type}`);
		if (options.user !== undefined) problems.push(`${where}.seLinuxOptions.user is set`);
		if (options.role !== undefined) problems.push(`${where}.seLinuxOptions.role is set`);
		return problems;
	};
	return [
		...check('spec.securityContext', pod.spec?.securityContext?.seLinuxOptions),
		...containers(pod).flatMap(({ path, container }) =>
			check(`${path}.securityContext`, container.securityContext?.seLinuxOptions),
		),
	];
}

/** /proc mount type: only the default masked paths. */
export function procMount(pod: Manifest): string[] {
	return containers(pod)
		.filter(({ container }) => (container.securityContext?.procMount ?? 'Default') !== 'Default')
		.map(({ path }) => `${path}.securityContext.procMount is not Default`);
}

/** Seccomp (baseline): the profile must not be Unconfined, at pod or container level. */
export function baselineSeccomp(pod: Manifest): string[] {
	const problems: string[] = [];
	if (pod.spec?.securityContext?.seccompProfile?.type === 'Unconfined')
		problems.push('spec.securityContext.seccompProfile.type is Unconfined');
	for (const { path, container } of containers(pod)) {
		if (container.securityContext?.seccompProfile?.type === 'Unconfined')
			problems.push(`${path}.securityContext.seccompProfile.type is Unconfined`);
	}
	return problems;
}

/** The safe sysctls, namespaced per pod, that the standard allows (the latest list). */
const SAFE_SYSCTLS = new Set([
	'kernel.shm_rmid_forced',
	'net.ipv4.ip_local_port_range',
	'net.ipv4.ip_unprivileged_port_start',
	'net.ipv4.tcp_syncookies',
	'net.ipv4.ping_group_range',
	'net.ipv4.ip_local_reserved_ports',
	'net.ipv4.tcp_keepalive_time',
	'net.ipv4.tcp_fin_timeout',
	'net.ipv4.tcp_keepalive_intvl',
	'net.ipv4.tcp_keepalive_probes',
	'net.ipv4.tcp_rmem',
	'net.ipv4.tcp_wmem',
]);

/** Sysctls: only the safe set. */
export function sysctls(pod: Manifest): string[] {
	return ((pod.spec?.securityContext?.sysctls ?? []) as Manifest[])
		.filter((sysctl) => !SAFE_SYSCTLS.has(sysctl.name))
		.map((sysctl) => `sysctl ${sysctl.name} is not in the safe set`);
}

// Restricted

/**
 * The volume types the restricted level allows: those that any node supports without host access.
 * (Image volumes are left out here: none of the guide's examples needs one.)
 */
const RESTRICTED_VOLUME_TYPES = new Set([
	'configMap',
	'csi',
	'downwardAPI',
	'emptyDir',
	'ephemeral',
	'persistentVolumeClaim',
	'projected',
	'secret',
]);

/** Volume types: only the core types above. */
export function volumeTypes(pod: Manifest): string[] {
	return ((pod.spec?.volumes ?? []) as Manifest[]).flatMap((volume) =>
		Object.keys(volume)
			.filter((key) => key !== 'name' && !RESTRICTED_VOLUME_TYPES.has(key))
			.map((key) => `volume ${volume.name} has type ${key}`),
	);
}

/** Privilege escalation: every container sets allowPrivilegeEscalation: false (Linux pods). */
export function privilegeEscalation(pod: Manifest): string[] {
	if (isWindows(pod)) return [];
	return containers(pod)
		.filter(({ container }) => container.securityContext?.allowPrivilegeEscalation !== false)
		.map(({ path }) => `${path}.securityContext.allowPrivilegeEscalation is not false`);
}

/**
 * Running as non-root: runAsNonRoot is true for the pod or for every container, and no
 * container sets it to false.
 */
export function runAsNonRoot(pod: Manifest): string[] {
	const podLevel = pod.spec?.securityContext?.runAsNonRoot;
	const problems = podLevel === false ? ['spec.securityContext.runAsNonRoot is false'] : [];
	return problems.concat(
		containers(pod)
			.filter(({ container }) => {
				const own = container.securityContext?.runAsNonRoot;
				return own === false || (own === undefined && podLevel !== true);
			})
			.map(({ path }) => `${path} does not run with runAsNonRoot: true`),
	);
}

/** Running as non-root user: runAsUser, where set, is not 0. */
export function runAsNonRootUser(pod: Manifest): string[] {
	const problems: string[] = [];
	if (pod.spec?.securityContext?.runAsUser === 0)
		problems.push('spec.securityContext.runAsUser is 0');
	for (const { path, container } of containers(pod)) {
		if (container.securityContext?.runAsUser === 0)
			problems.push(`${path}.securityContext.runAsUser is 0`);
	}
	return problems;
}

/**
 * Seccomp (restricted): RuntimeDefault or Localhost, set for the pod or for every container, and
 * never overridden by a container with another type.
 */
export function restrictedSeccomp(pod: Manifest): string[] {
	if (isWindows(pod)) return [];
	const allowed = (type: unknown) => type === 'RuntimeDefault' || type === 'Localhost';
	const podType = pod.spec?.securityContext?.seccompProfile?.type;
	if (podType !== undefined && !allowed(podType))
		return [`spec.securityContext.seccompProfile.type is ${podType}`];
	return containers(pod)
		.filter(({ container }) => {
			const own = container.securityContext?.seccompProfile?.type;
			return own === undefined ? !allowed(podType) : !allowed(own);
		})
		.map(({ path }) => `${path} has no RuntimeDefault or Localhost seccomp profile`);
}

/** Capabilities (restricted): every container drops ALL, and may add back only NET_BIND_SERVICE. */
export function restrictedCapabilities(pod: Manifest): string[] {
	if (isWindows(pod)) return [];
	return containers(pod).flatMap(({ path, container }) => {
		const capabilities = container.securityContext?.capabilities ?? {};
		const problems: string[] = [];
		if (!((capabilities.drop ?? []) as string[]).includes('ALL'))
			problems.push(`${path} does not drop ALL capabilities`);
		for (const capability of (capabilities.add ?? []) as string[]) {
			if (capability !== 'NET_BIND_SERVICE') problems.push(`${path} adds capability ${capability}`);
		}
		return problems;
	});
}

export const BASELINE_CONTROLS = {
	hostProcess,
	hostNamespaces,
	privilegedContainers,
	baselineCapabilities,
	hostPathVolumes,
	hostPorts,
	appArmor,
	seLinux,
	procMount,
	baselineSeccomp,
	sysctls,
} as const;

export const RESTRICTED_CONTROLS = {
	...BASELINE_CONTROLS,
	volumeTypes,
	privilegeEscalation,
	runAsNonRoot,
	runAsNonRootUser,
	restrictedSeccomp,
	restrictedCapabilities,
} as const;

/** Every violation of the restricted level, each prefixed with the control that finds it. */
export function restrictedViolations(pod: Manifest): string[] {
	return Object.entries(RESTRICTED_CONTROLS).flatMap(([control, check]) =>
		check(pod).map((problem) => `${control}: ${problem}`),
	);
}
