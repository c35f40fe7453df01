// The production profile's check of the NATS servers, before the engine takes part in a pool.
// JetStream acknowledges a write once a quorum holds it in memory; unless every server fsyncs before
// acknowledging (`sync_interval: always`, reported as jetstream.config.sync_always), a coordinated
// power loss loses acknowledged settlements (Jepsen, NATS 2.12.1, 2025-12). Versions below the floor
// have known data-loss bugs (2.10.20-2.10.22 forgot whole streams after kill -9). Debian's 2.9.10
// rejects sync_interval altogether: it is a test server only.

/** The lowest server version the production profile accepts. */
export const serverVersionFloor = '2.10.23';

function versionAtLeast(version: string, floor: string): boolean {
  const parse = (v: string): number[] =>
    v
      .split(/[.-]/)
      .slice(0, 3)
      .map((p) => Number.parseInt(p, 10) || 0);
  const a = parse(version);
  const b = parse(floor);
  for (let i = 0; i < 3; i++) if (a[i]! !== b[i]!) return a[i]! > b[i]!;
  return true;
}

/** The problems with one server's /varz (empty: acceptable for production). */
export function varzProblems(url: string, varz: unknown): string[] {
  const v = varz as { version?: unknown; jetstream?: { config?: { sync_always?: unknown } } } | null;
  const problems: string[] = [];
  const version = typeof v?.version === 'string' ? v.version : '';
  if (!versionAtLeast(version, serverVersionFloor))
    problems.push(`${url}: nats-server ${version || '(unknown)'} is below the floor ${serverVersionFloor}`);
  if (v?.jetstream?.config?.sync_always !== true)
    problems.push(`${url}: JetStream does not fsync before acknowledging (set sync_interval: always)`);
  return problems;
}

/** Every monitoring endpoint's problems; throws naming them all when any. */
export async function checkProductionServers(monitorUrls: readonly string[]): Promise<void> {
  const problems: string[] = [];
  for (const url of monitorUrls) {
    try {
      const response = await fetch(`${url.replace(/\/$/, '')}/varz`, { signal: AbortSignal.timeout(3_000) });
      problems.push(...varzProblems(url, await response.json()));
    } catch (error) {
      problems.push(
        `${url}: monitoring endpoint unreachable (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  if (problems.length > 0)
    throw Object.assign(new Error(`SSC_CLUSTER_PROFILE=production refuses these servers: ${problems.join('; ')}`), {
      code: 'SSC_CLUSTER_UNSAFE',
    });
}
