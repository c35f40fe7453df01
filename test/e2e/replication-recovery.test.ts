// Recovery of a replicated pool from the faults that hit between its steps, on a real NATS JetStream
// cluster (three Debian nats-servers, 127.0.0.1) and built engines as child processes:
//   - the leader engine killed after the stream acknowledged a record and before it applied it
//     (SSC_TEST_FAULT=appended): the record happened; the terminal's retry at the next leader is
//     T01; the killed engine, restarted, applies it from the stream;
//   - the leader killed before the append (SSC_TEST_FAULT=append): nothing happened; the retry is
//     decided afresh (00);
//   - a new replica started from a backup of a running follower (npm run backup) follows the stream
//     from the backup's applied sequence;
//   - a full cluster restart (every engine and every server killed -9): every acknowledged
//     settlement is still there and writes resume;
// and every replica of a pool ends with the same store digest.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../engine/config.js';
import type { DemoSamples, SampleCard } from '../../engine/demo/demo.js';
import { NatsCluster } from '../../engine/replication/nats-cluster.js';
import { copySnapshot, makeSnapshot } from '../../engine/replication/snapshot.js';
import { StreamLog } from '../../engine/replication/stream-log.js';
import { defaultMapSizeBytes, Store } from '../../engine/store/store.js';
import { call, header, signIn, type TerminalIdentity } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { type EngineChild, startChild, stopChild } from '../support/engine-child.js';
import { registerSampleKeys } from '../support/helpers.js';
import {
  frozenDigests,
  leaderOf,
  poolEngineEnv,
  replicationOf,
  tearDownPool,
  waitFor,
} from '../support/replicated-pool.js';

const adminSecret = 'replication-recovery-secret';
let cluster: NatsCluster;
let root: string;
let samples: DemoSamples;
/** Engines by name (`<pool>-<letter>`), their folders and pools. */
const engines = new Map<string, EngineChild>();
const dirs = new Map<string, string>();
let sequence = 1;

const hospital = (): TerminalIdentity => samples.terminals.find((t) => t.role === 'ningboHospitalL3')!;
/** The demo's sample cards that settle (a few per scenario), taken in turn. */
const cardOf = (i: number): SampleCard => {
  const cards = samples.cards.filter((c) => c.scenario === 'issued' || c.scenario === 'tempLostLapsed');
  return cards[i % cards.length]!;
};
const poolOf = (name: string): string => name.split('-')[0]!;

async function start(name: string, extra: NodeJS.ProcessEnv = {}): Promise<EngineChild> {
  if (!dirs.has(name)) {
    dirs.set(name, join(root, name));
    copySnapshot(join(root, 'base'), dirs.get(name)!);
  }
  const env = {
    ...poolEngineEnv({
      dir: dirs.get(name)!,
      name,
      servers: cluster.servers,
      adminSecret,
      leaseMs: 1_500,
      appendTimeoutMs: 1_500,
      logLevel: 'error',
      pool: poolOf(name),
    }),
    ...extra,
  };
  const child = await startChild(env);
  engines.set(name, child);
  return child;
}

function poolEngines(pool: string): Map<string, EngineChild> {
  return new Map([...engines].filter(([name]) => poolOf(name) === pool));
}

async function leaderUrl(pool: string): Promise<string> {
  const name = await waitFor('a leader', () => leaderOf(poolEngines(pool)), 30_000);
  return engines.get(name)!.url;
}

function settleBody(signNo: string, card: SampleCard, fen: number): object {
  const code = samples.catalogue.find((c) => c.class === 1)!.code;
  return {
    header: header(hospital(), signNo, sequence++),
    credential: { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
    medicalType: 11,
    useAccount: true,
    totalFen: fen,
    lines: [{ lineNo: 1, catalogueCode: code, quantityMilli: 1_000, unitPriceFen: fen, amountFen: fen }],
  };
}

/** The request answered by whichever engine leads the pool now (retried while none can write). */
async function settledAtLeader(pool: string, body: object): Promise<ssc.v1.ISettleReply> {
  return waitFor(
    'an answer from the leader',
    async () => {
      const r = await call<ssc.v1.SettleReply>(await leaderUrl(pool), 'Settle', body);
      return r.reply?.outcome?.reason === undefined ? undefined : r.reply;
    },
    30_000,
  );
}

async function streamLastSeq(pool: string): Promise<number> {
  const log = await StreamLog.openWhenReady(
    { servers: cluster.servers, pool, replicas: 3, appendTimeoutMs: 2_000 },
    30_000,
  );
  try {
    return await log.lastSeq();
  } finally {
    await log.close();
  }
}

function appliedSeqOnDisk(name: string): number {
  const store = Store.open({ path: dirs.get(name)!, readOnly: true, mapSizeBytes: defaultMapSizeBytes });
  try {
    return (store.meta.get('replication.appliedSeq') as number | undefined) ?? 0;
  } finally {
    void store.close();
  }
}

/** Waits until every engine of the pool applied the leader's sequence, stops them, and compares digests. */
async function expectEqualDigests(pool: string): Promise<void> {
  const target = (await replicationOf(await leaderUrl(pool)))!.appliedSeq;
  for (const [name, engine] of poolEngines(pool))
    await waitFor(
      `${name} at ${target}`,
      async () => ((await replicationOf(engine.url))!.appliedSeq >= target ? true : undefined),
      15_000,
    );
  const digests = await frozenDigests(poolEngines(pool), (name) => dirs.get(name)!);
  expect(new Set(digests.values()).size, JSON.stringify([...digests])).toBe(1);
}

/**
 * A pool whose first leader (A, with `fault`) takes a sign-in and then settlements one at a time
 * until one is not approved: those approved (with their ids), the one that was not, and A.
 */
async function settleUntilTheFault(
  pool: string,
  fault: string,
  fenBase: number,
  extra: NodeJS.ProcessEnv = {},
): Promise<{ first: EngineChild; signNo: string; acknowledged: { body: object; id: string }[]; failed?: object }> {
  const first = await start(`${pool}-A`, { SSC_TEST_FAULT: fault, ...extra });
  await waitFor(
    'A leads',
    async () => ((await replicationOf(first.url))?.role === 'leader' ? true : undefined),
    20_000,
  );
  await start(`${pool}-B`);
  await start(`${pool}-C`);
  const signNo = await signIn(first.url, hospital());
  const acknowledged: { body: object; id: string }[] = [];
  for (let i = 0; i < 10; i++) {
    const body = settleBody(signNo, cardOf(i), fenBase + i);
    const r = await call<ssc.v1.SettleReply>(first.url, 'Settle', body).catch(() => undefined);
    if (r?.reply?.outcome?.reason !== '00') return { first, signNo, acknowledged, failed: body };
    acknowledged.push({ body, id: r.reply.settlementId! });
  }
  return { first, signNo, acknowledged };
}

beforeAll(async () => {
  cluster = await NatsCluster.onFreePorts();
  await cluster.start();
  root = mkdtempSync(join(tmpdir(), 'ssc-repl-recovery-'));
  const masterKey = loadConfig({}).masterKey;
  samples = await makeSnapshot(join(root, 'base'), { cards: 1_000, seed: 13, masterKey, adminSecret });
  registerSampleKeys(samples, masterKey);
}, 120_000);

afterAll(() => tearDownPool(engines, cluster, root), 60_000);

describe('a leader killed inside its commit', () => {
  for (const [fault, pool, retried] of [
    ['appended', '330211', 'T01'],
    ['append', '330212', '00'],
  ] as const) {
    const when = fault === 'appended' ? 'after the acknowledgement, before its apply' : 'before the append';
    it(`${when}: the retry at the next leader is ${retried}; the killed engine catches up; digests equal`, async () => {
      // The first leader crashes at its fifth append (a sign-in, then settlements).
      const { first, acknowledged, failed: unanswered } = await settleUntilTheFault(pool, `${fault}:5`, 100);
      expect(unanswered, 'the engine ended inside a commit').toBeDefined();
      expect(acknowledged.length).toBe(3);
      const exit = await new Promise<NodeJS.Signals | null>((resolve) =>
        first.child.exitCode !== null || first.child.signalCode !== null
          ? resolve(first.child.signalCode)
          : first.child.once('exit', (_code, signal) => resolve(signal)),
      );
      expect(exit).toBe('SIGABRT');
      expect(first.output()).toContain(`replication ${fault}: fatal`);
      engines.delete(`${pool}-A`);
      // On disk the killed engine applied up to the record before; the stream holds that record too
      // only when it had acknowledged it.
      const onDisk = appliedSeqOnDisk(`${pool}-A`);
      expect(await streamLastSeq(pool)).toBe(onDisk + (fault === 'appended' ? 1 : 0));
      // The next leader answers the unanswered request: it happened once (T01), or never (decided now).
      const retry = await settledAtLeader(pool, unanswered!);
      expect(retry.outcome?.reason).toBe(retried);
      for (const a of acknowledged) {
        const replay = await settledAtLeader(pool, a.body);
        expect([replay.outcome?.reason, replay.settlementId]).toEqual(['T01', a.id]);
      }
      // The killed engine, restarted without the fault, follows from what it had applied.
      await start(`${pool}-A`);
      await expectEqualDigests(pool);
    }, 120_000);
  }
});

describe('a leader whose store refuses its own acknowledged record', () => {
  const pool = '330215';

  it('steps down and keeps answering; the record is applied from the stream, the retry is T01', async () => {
    // A's store refuses its fifth own record (a sign-in, then settlements) after the stream took it,
    // as lmdb-js once did under load (mdb_page_alloc error, MDB_BAD_TXN). Before the fix the next
    // commit waited on that record forever without yielding: the engine stopped answering anything.
    const {
      first,
      signNo,
      acknowledged,
      failed: refused,
    } = await settleUntilTheFault(pool, 'apply:5', 200, { SSC_LOG_LEVEL: 'warn' });
    expect(refused, 'the store refused a record').toBeDefined();
    expect(acknowledged.length).toBe(3);
    // A goes on answering — the next write too (503 S01 or forwarded to a new leader), and /stats —
    // said why it stepped down, and applies the record it refused from the stream.
    const next = await Promise.race([
      call<ssc.v1.SettleReply>(first.url, 'Settle', settleBody(signNo, cardOf(8), 250)).then(
        (r) => String(r.httpStatus),
        (error: Error) => error.message,
      ),
      new Promise<string>((resolve) => setTimeout(() => resolve('no answer in 10 s'), 10_000)),
    ]);
    expect(next).not.toBe('no answer in 10 s');
    expect(await replicationOf(first.url)).toBeDefined();
    expect(first.output()).toContain('this store refused record');
    expect(first.child.exitCode).toBeNull();
    const inStream = await streamLastSeq(pool);
    await waitFor(
      'A applied the stream',
      async () => ((await replicationOf(first.url))!.appliedSeq >= inStream ? true : undefined),
      15_000,
    );
    // The refused settlement happened (the stream holds it): the retry, wherever it lands, is T01.
    const retry = await settledAtLeader(pool, refused!);
    expect(retry.outcome?.reason).toBe('T01');
    for (const a of acknowledged) {
      const replay = await settledAtLeader(pool, a.body);
      expect([replay.outcome?.reason, replay.settlementId]).toEqual(['T01', a.id]);
    }
    // And the pool writes again.
    const after = await settledAtLeader(pool, settleBody(signNo, cardOf(7), 300));
    expect(after.outcome?.reason).toBe('00');
    await expectEqualDigests(pool);
  }, 120_000);
});

describe('a new replica and a full restart', () => {
  const pool = '330213';
  const acknowledged: { body: object; id: string }[] = [];

  it('a new replica from a backup of a running follower follows the stream from there', async () => {
    await start(`${pool}-A`);
    await start(`${pool}-B`);
    const url = await leaderUrl(pool);
    const signNo = await signIn(url, hospital());
    const settleSome = async (n: number, fen: number): Promise<void> => {
      for (let i = 0; i < n; i++) {
        const body = settleBody(signNo, cardOf(i), fen);
        const reply = await settledAtLeader(pool, body);
        expect(reply.outcome?.reason).toBe('00');
        acknowledged.push({ body, id: reply.settlementId! });
      }
    };
    await settleSome(5, 210);
    const follower = [...poolEngines(pool)].find(([, e]) => e.url !== url)![0];
    const leaderSeq = (await replicationOf(url))!.appliedSeq;
    await waitFor(
      'the follower applied',
      async () => ((await replicationOf(engines.get(follower)!.url))!.appliedSeq >= leaderSeq ? true : undefined),
      10_000,
    );
    // The backup is taken while the follower runs (LMDB's copy under one read transaction).
    const copy = join(root, `${pool}-N`);
    const printed = execFileSync(process.execPath, ['dist/engine/cli/backup.js', dirs.get(follower)!, copy], {
      encoding: 'utf8',
    });
    expect(printed).toMatch(/replication\.appliedSeq \d+/);
    const backupSeq = appliedSeqOnDisk(follower);
    dirs.set(`${pool}-N`, copy);
    expect(appliedSeqOnDisk(`${pool}-N`)).toBeGreaterThanOrEqual(leaderSeq);
    await settleSome(5, 220);
    const fresh = await start(`${pool}-N`);
    const target = (await replicationOf(await leaderUrl(pool)))!.appliedSeq;
    expect(target).toBeGreaterThan(backupSeq);
    await waitFor(
      'the new replica caught up',
      async () => ((await replicationOf(fresh.url))!.appliedSeq >= target ? true : undefined),
      15_000,
    );
    // It serves reads at that sequence: the last settlement's retry through it is T01 (forwarded).
    const last = acknowledged.at(-1)!;
    const replay = await call<ssc.v1.SettleReply>(fresh.url, 'Settle', last.body);
    expect([replay.reply?.outcome?.reason, replay.reply?.settlementId]).toEqual(['T01', last.id]);
  }, 120_000);

  it('a stream that keeps only its last records: a replica older than them stops as diverged, one from a backup follows', async () => {
    const kept = 8;
    const retention = { SSC_CLUSTER_STREAM_MAX_RECORDS: String(kept) };
    const retained = '330214';
    await start(`${retained}-A`, retention);
    await start(`${retained}-B`, retention);
    const url = await leaderUrl(retained);
    const signNo = await signIn(url, hospital());
    for (let i = 0; i < kept + 4; i++) {
      const reply = await settledAtLeader(retained, settleBody(signNo, cardOf(i), 230));
      expect(reply.outcome?.reason).toBe('00');
    }
    const last = await streamLastSeq(retained);
    expect(last).toBeGreaterThan(kept + 1);
    // An engine that disagrees about the retention does not start (it would set its own).
    await expect(start(`${retained}-X`, { SSC_CLUSTER_STREAM_MAX_RECORDS: '0' })).rejects.toThrow(
      /SSC_CLUSTER_RETENTION|keeps 8 records/,
    );
    engines.delete(`${retained}-X`);
    // A replica from the snapshot needs record 1, long gone: it stops as diverged, refusing reads.
    const stale = await start(`${retained}-S`, retention);
    const staleRole = await waitFor(
      'the stale replica to stop',
      async () => {
        const r = (await replicationOf(stale.url)) as unknown as { role: string } | undefined;
        return r?.role === 'diverged' ? r.role : undefined;
      },
      15_000,
    );
    expect(staleRole).toBe('diverged');
    expect(appliedSeqOnDisk(`${retained}-S`)).toBe(0);
    const read = await call<ssc.v1.InquireReply>(stale.url, 'Inquire', {
      header: header(hospital(), signNo, sequence++),
      credential: {
        type: cardOf(0).credentialType,
        cardNo: cardOf(0).cardNo,
        cardSn: cardOf(0).cardSn,
        idNo: cardOf(0).idNo,
      },
    });
    expect(read.reply?.outcome?.reason).not.toBe('00');
    await stopChild(stale.child);
    engines.delete(`${retained}-S`);
    // A replica made from a backup of a running follower starts inside what the stream keeps.
    const follower = [...poolEngines(retained)].find(([, e]) => e.url !== url)![0];
    await waitFor(
      'the follower applied',
      async () => ((await replicationOf(engines.get(follower)!.url))!.appliedSeq >= last ? true : undefined),
      10_000,
    );
    const copy = join(root, `${retained}-N`);
    execFileSync(process.execPath, ['dist/engine/cli/backup.js', dirs.get(follower)!, copy], { encoding: 'utf8' });
    dirs.set(`${retained}-N`, copy);
    const reply = await settledAtLeader(retained, settleBody(signNo, cardOf(kept + 5), 240));
    expect(reply.outcome?.reason).toBe('00');
    const fresh = await start(`${retained}-N`, retention);
    const target = (await replicationOf(await leaderUrl(retained)))!.appliedSeq;
    await waitFor(
      'the replica from the backup caught up',
      async () => ((await replicationOf(fresh.url))!.appliedSeq >= target ? true : undefined),
      15_000,
    );
    expect(((await replicationOf(fresh.url)) as unknown as { role: string }).role).toBe('follower');
    await expectEqualDigests(retained);
  }, 120_000);

  it('a full cluster restart (every engine and server killed -9): nothing acknowledged lost', async () => {
    const names = [...poolEngines(pool).keys()];
    for (const name of names) {
      await stopChild(engines.get(name)!.child, 'SIGKILL');
      engines.delete(name);
    }
    for (let i = 0; i < cluster.nodes.length; i++) await cluster.stopNode(i, 'SIGKILL');
    const restartedAt = Date.now();
    for (let i = 0; i < cluster.nodes.length; i++) await cluster.restartNode(i);
    for (const name of names) await start(name);
    for (const a of acknowledged) {
      const replay = await settledAtLeader(pool, a.body);
      expect([replay.outcome?.reason, replay.settlementId]).toEqual(['T01', a.id]);
    }
    process.stdout.write(
      `replication: full cluster restart (servers and engines started again): every acknowledged settlement replayed ${Date.now() - restartedAt} ms after the kill\n`,
    );
    const url = await leaderUrl(pool);
    const more = await settledAtLeader(pool, settleBody(await signIn(url, hospital()), cardOf(7), 230));
    expect(more.outcome?.reason).toBe('00');
    await expectEqualDigests(pool);
  }, 120_000);
});
