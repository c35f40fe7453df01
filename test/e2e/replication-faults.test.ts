// The replicated pool under leader faults, reproducibly (SEED, REPL_KILLS, REPL_PAUSES): three
// Debian nats-servers and three engines on 127.0.0.1; four clients settle continuously at whichever
// engine leads, each retrying a request whose answer did not come (a connection cut, 503 S01) with
// the same msg id at the leader it finds next. Meanwhile the leader engine is killed (-9) or paused
// (SIGSTOP past its lease, then SIGCONT: it wakes believing it leads and must be fenced), and
// restarted as a follower. Afterwards, on every replica:
//   - every acknowledged settlement is in the journal under the settlement id it was given;
//   - no msg id was applied twice (one journal entry per msg id);
//   - the replicas' store digests are equal.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../engine/config.js';
import { EntryKind } from '../../engine/core/ledger-rules.js';
import type { DemoSamples, SampleCard } from '../../engine/demo/demo.js';
import { NatsCluster } from '../../engine/replication/nats-cluster.js';
import { copySnapshot, makeSnapshot } from '../../engine/replication/snapshot.js';
import { decodeJournalEntry } from '../../engine/store/ledger-records.js';
import { call, header, signIn, type TerminalIdentity } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { type EngineChild, startChild, stopChild } from '../support/engine-child.js';
import { registerSampleKeys } from '../support/helpers.js';
import { prng } from '../support/prng.js';
import {
  frozenDigests,
  leaderOf,
  poolEngineEnv,
  type Replication,
  replicationOf,
  tearDownPool,
} from '../support/replicated-pool.js';

const seed = Number(process.env['SEED'] ?? Date.now() % 2 ** 31);
const kills = Number(process.env['REPL_KILLS'] ?? 20);
const pauses = Number(process.env['REPL_PAUSES'] ?? 5);
const leaseMs = 1_000;
let cluster: NatsCluster;
let root: string;
let samples: DemoSamples;
const engines = new Map<string, EngineChild>();
const dirs = new Map<string, string>();

async function start(name: string): Promise<void> {
  const env = poolEngineEnv({
    dir: dirs.get(name)!,
    name,
    servers: cluster.servers,
    adminSecret: 'replication-faults-secret',
    leaseMs,
    appendTimeoutMs: 1_000,
    logLevel: 'error',
  });
  // Pipelined appends (the default is 1): records in flight when the leader is killed or paused.
  engines.set(name, await startChild({ ...env, SSC_CLUSTER_APPENDS_IN_FLIGHT: '4' }));
}

async function replication(name: string): Promise<Replication | undefined> {
  return replicationOf(engines.get(name)!.url, 500);
}

async function leader(): Promise<string | undefined> {
  return leaderOf(engines, [], 500);
}

beforeAll(async () => {
  cluster = await NatsCluster.onFreePorts();
  await cluster.start();
  root = mkdtempSync(join(tmpdir(), 'ssc-repl-faults-'));
  const base = join(root, 'base');
  const masterKey = loadConfig({}).masterKey;
  samples = await makeSnapshot(base, { cards: 2_000, seed: 11, masterKey, adminSecret: 'replication-faults-secret' });
  registerSampleKeys(samples, masterKey);
  for (const name of ['A', 'B', 'C']) {
    copySnapshot(base, join(root, name));
    dirs.set(name, join(root, name));
  }
  await start('A');
  await start('B');
  await start('C');
}, 120_000);

afterAll(() => tearDownPool(engines, cluster, root), 60_000);

describe(`the replicated pool under leader faults (SEED=${seed}, ${kills} kills, ${pauses} pauses)`, () => {
  it('loses no acknowledged settlement, applies none twice, ends with equal replicas', async () => {
    const random = prng(seed);
    const hospital: TerminalIdentity = samples.terminals.find((t) => t.role === 'ningboHospitalL3')!;
    const cards = samples.cards.filter((c) => c.scenario === 'issued' || c.scenario === 'tempLostLapsed');
    const code = samples.catalogue.find((c) => c.class === 1)!.code;
    const acked = new Map<string, string>();
    // One sign-in for the terminal: replicated like any write, valid at whichever engine leads.
    let signNo = '';
    for (let attempt = 0; signNo === '' && attempt < 100; attempt++) {
      const name = await leader();
      if (name !== undefined) signNo = await signIn(engines.get(name)!.url, hospital).catch(() => '');
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    let stopping = false;
    let sequence = 1;
    let failures = 0;
    let lastProblem = '';

    /** Settles one request until some leader answers it (same msg id every attempt). */
    async function settleOnce(card: SampleCard): Promise<void> {
      const seq = sequence++;
      let body: object | undefined;
      for (let attempt = 0; attempt < 400; attempt++) {
        const name = await leader();
        if (name === undefined) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          continue;
        }
        const url = engines.get(name)!.url;
        try {
          body ??= {
            header: header(hospital, signNo, seq),
            credential: { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
            medicalType: 11,
            useAccount: false,
            totalFen: 100 + (seq % 50),
            lines: [
              {
                lineNo: 1,
                catalogueCode: code,
                quantityMilli: 1_000,
                unitPriceFen: 100 + (seq % 50),
                amountFen: 100 + (seq % 50),
              },
            ],
          };
          const r = await call<ssc.v1.SettleReply>(url, 'Settle', body);
          const reason = r.reply?.outcome?.reason;
          if (reason === '00' || reason === 'T01') {
            const id = r.reply!.settlementId!;
            const msgId = (body as { header: { msgId: string } }).header.msgId;
            const before = acked.get(msgId);
            expect(before === undefined || before === id, `${msgId}: ${before} then ${id}`).toBe(true);
            acked.set(msgId, id);
            return;
          }
          lastProblem = `${name}: ${reason ?? JSON.stringify(r.error)}`;
          failures++;
        } catch (error) {
          lastProblem = `${name}: ${error instanceof Error ? error.message : String(error)}`;
          failures++;
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`settlement ${seq} never answered`);
    }

    const clients = Array.from({ length: 4 }, async (_, i) => {
      while (!stopping) await settleOnce(cards[i % cards.length]!);
    });

    const failoversMs: number[] = [];
    for (let round = 0; round < kills + pauses; round++) {
      await new Promise((resolve) => setTimeout(resolve, 300 + Math.floor(random() * 500)));
      const name = await leader();
      if (name === undefined) continue;
      const ackedBefore = acked.size;
      const faultAt = Date.now();
      const engine = engines.get(name)!;
      if (round < kills) {
        await stopChild(engine.child, 'SIGKILL');
      } else {
        engine.child.kill('SIGSTOP');
        await new Promise((resolve) => setTimeout(resolve, leaseMs * 3));
        engine.child.kill('SIGCONT');
      }
      // The next acknowledgement after the fault, at whichever engine leads then.
      while (acked.size <= ackedBefore + 4) {
        expect(
          Date.now() - faultAt,
          `round ${round}: no acknowledgement after the fault (${acked.size} acked, last problem ${lastProblem})`,
        ).toBeLessThan(30_000);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      failoversMs.push(Date.now() - faultAt);
      if (round < kills) {
        engines.delete(name);
        await start(name);
      }
    }
    stopping = true;
    await Promise.all(clients);
    failoversMs.sort((a, b) => a - b);
    process.stdout.write(
      `replication faults: SEED=${seed} ${acked.size} settlements acknowledged, ${failures} retries; ` +
        `recovery after a fault p50 ${failoversMs[Math.floor(failoversMs.length / 2)]} ms, max ${failoversMs.at(-1)} ms\n`,
    );
    // The 10 s failover target is measured (docs/REPLICATION.md), not timed here.
    expect(failoversMs.at(-1)!).toBeLessThan(30_000);

    // Every replica caught up, then stopped and read.
    const lead = (await leader())!;
    const target = (await replication(lead))!.appliedSeq;
    for (const name of engines.keys()) {
      const deadline = Date.now() + 15_000;
      while (((await replication(name))?.appliedSeq ?? 0) < target && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const digests = await frozenDigests(
      engines,
      (name) => dirs.get(name)!,
      (name, store) => {
        const byMsgId = new Map<string, number>();
        for (const { key, value } of store.journal.getRange({})) {
          const entry = decodeJournalEntry(key as number, value as Buffer);
          if (entry.kind !== EntryKind.Settle) continue;
          expect(byMsgId.has(entry.msgId), `${name}: ${entry.msgId} applied twice`).toBe(false);
          byMsgId.set(entry.msgId, entry.seq);
        }
        for (const [msgId, settlementId] of acked) {
          const seq = byMsgId.get(msgId);
          expect(seq, `${name}: acknowledged ${msgId} missing`).toBeDefined();
          expect(`S${String(seq).padStart(12, '0')}`).toBe(settlementId);
        }
      },
    );
    expect(new Set(digests.values()).size).toBe(1);
  }, 600_000);
});
