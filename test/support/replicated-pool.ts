// What the replication suites share: an engine's environment as one of a pool's members, its
// replication status from /stats, the leader among running engines, and waiting for a condition.
import { rmSync } from 'node:fs';
import type { DemoSamples, SampleCard } from '../../engine/demo/demo.js';
import { storeDigest } from '../../engine/replication/digest.js';
import type { NatsCluster } from '../../engine/replication/nats-cluster.js';
import { defaultMapSizeBytes, Store } from '../../engine/store/store.js';
import { type CallResult, call, header, signIn } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { type EngineChild, stopChild } from './engine-child.js';

export interface PoolMember {
  dir: string;
  name: string;
  servers: string[];
  adminSecret: string;
  leaseMs: number;
  appendTimeoutMs: number;
  logLevel: string;
  /** SSC_CLUSTER_POOL (default: the engine's, Ningbo's 330299). */
  pool?: string;
}

/** A built engine's environment as a member of the replicated pool on `servers`. */
export function poolEngineEnv(m: PoolMember): NodeJS.ProcessEnv {
  return {
    ...process.env,
    SSC_DATA_DIR: m.dir,
    SSC_PORT: '0',
    SSC_TCP_PORT: '0',
    SSC_WORKERS: 'inline',
    SSC_LOG_LEVEL: m.logLevel,
    SSC_ADMIN_SECRET: m.adminSecret,
    SSC_CLUSTER_NATS: m.servers.join(','),
    SSC_CLUSTER_NODE: m.name,
    SSC_CLUSTER_LEASE_MS: String(m.leaseMs),
    SSC_CLUSTER_APPEND_TIMEOUT_MS: String(m.appendTimeoutMs),
    ...(m.pool === undefined ? {} : { SSC_CLUSTER_POOL: m.pool }),
  };
}

export type Replication = {
  role: string;
  appliedSeq: number;
  appendP50Us: number;
  appendP99Us: number;
  /** The engine's NATS connection since start (engine/replication/stream-log.ts ConnectionCounts). */
  nats?: {
    disconnects: number;
    reconnects: number;
    lastServerError: string;
    credentialsChanged: number;
    credentialsUnreadable: number;
  };
};

/** An engine's replication status (/stats), or undefined when it does not answer. */
export async function replicationOf(url: string, timeoutMs = 2_000): Promise<Replication | undefined> {
  try {
    const r = await fetch(`${url}/stats`, { signal: AbortSignal.timeout(timeoutMs) });
    return ((await r.json()) as { replication?: Replication }).replication;
  } catch {
    return undefined;
  }
}

/** The name of a running engine that says it leads (the first found), if any; a paused one times out. */
export async function leaderOf(
  engines: Map<string, EngineChild>,
  except: string[] = [],
  timeoutMs = 2_000,
): Promise<string | undefined> {
  for (const [name, engine] of engines) {
    if (except.includes(name)) continue;
    if ((await replicationOf(engine.url, timeoutMs))?.role === 'leader') return name;
  }
  return undefined;
}

/**
 * Waits until every engine at `urls` has applied the same record, at or past `target`, over 2 s,
 * and no engine's lease calls went unanswered meanwhile: a leader whose lease calls go unanswered
 * appends one empty record per lease TTL when idle, and replicas frozen across one would differ by it.
 */
export async function replicasAtOneRecord(urls: string[], target: number, timeoutMs: number): Promise<void> {
  const look = async () => {
    const all = await Promise.all(urls.map((url) => replicationOf(url)));
    return all.map((r) => ({
      seq: r!.appliedSeq,
      unanswered: (r as { leaseUnanswered?: number }).leaseUnanswered ?? 0,
    }));
  };
  let seen = 'nothing yet';
  try {
    await waitFor(
      `every replica at one record, at or past ${target}, its lease calls answered`,
      async () => {
        const first = await look();
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        const second = await look();
        seen = JSON.stringify({ first, second });
        const seq = first[0]!.seq;
        const steady = [...first, ...second].every((x) => x.seq === seq) && seq >= target;
        const answered = first.every((x, i) => x.unanswered === second[i]!.unanswered);
        return steady && answered ? true : undefined;
      },
      timeoutMs,
    );
  } catch (e) {
    throw new Error(`${(e as Error).message}; last seen: ${seen}`);
  }
}

/** Polls `probe` until it gives a value (a throw counts as not yet), or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const found = await probe();
      if (found !== undefined) return found;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A demo card as a terminal presents it. */
export function credentialOf(card: SampleCard): ssc.v1.ICredential {
  return { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo };
}

/** Ends a suite's pool: every engine killed (a paused one woken first), the servers stopped, the folder removed. */
export async function tearDownPool(
  engines: Map<string, EngineChild>,
  cluster: NatsCluster | undefined,
  root: string | undefined,
): Promise<void> {
  for (const e of engines.values()) {
    e.child.kill('SIGCONT');
    await stopChild(e.child, 'SIGKILL');
  }
  await cluster?.stop();
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
}

/**
 * Reads every replica's store as it stands with all of its engines frozen at once (SIGSTOP), then
 * kills them. Stopping them in turn would let each survivor take the lease and append its epoch's
 * barrier record after the previous one stopped, and no two stores would then be at the same record.
 * `each` checks a store while it is open; the result is name -> storeDigest.
 */
export async function frozenDigests(
  engines: Iterable<[string, EngineChild]>,
  dirOf: (name: string) => string,
  each?: (name: string, store: Store) => void,
): Promise<Map<string, string>> {
  const members = [...engines];
  for (const [, e] of members) e.child.kill('SIGSTOP');
  const digests = new Map<string, string>();
  try {
    for (const [name] of members) {
      const store = Store.open({ path: dirOf(name), readOnly: true, mapSizeBytes: defaultMapSizeBytes });
      try {
        each?.(name, store);
        digests.set(name, storeDigest(store));
      } finally {
        await store.close();
      }
    }
  } finally {
    for (const [, e] of members) await stopChild(e.child, 'SIGKILL');
  }
  return digests;
}

/**
 * Waits for the engine at `url` to lead, then signs a hospital terminal in and settles one
 * outpatient bill of 10 yuan through it: the answer, for the caller to check (00, and the
 * applied_seq the stream gave it).
 */
export async function settleWhenLeading(url: string, samples: DemoSamples): Promise<CallResult<ssc.v1.SettleReply>> {
  await waitFor(
    'the engine leads',
    async () => ((await replicationOf(url))?.role === 'leader' ? true : undefined),
    20_000,
  );
  const hospital = samples.terminals.find((t) => t.role === 'ningboHospitalL3')!;
  const signNo = await waitFor('a sign-in', () => signIn(url, hospital), 20_000);
  const card = samples.cards.find((c) => c.scenario === 'issued')!;
  const code = samples.catalogue.find((c) => c.class === 1)!.code;
  return call<ssc.v1.SettleReply>(url, 'Settle', {
    header: header(hospital, signNo, 1),
    credential: { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
    medicalType: 11,
    useAccount: true,
    totalFen: 1_000,
    lines: [{ lineNo: 1, catalogueCode: code, quantityMilli: 1_000, unitPriceFen: 1_000, amountFen: 1_000 }],
  });
}
