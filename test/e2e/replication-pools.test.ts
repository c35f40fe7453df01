// Two insured pools in one deployment (shard = pool), on one real NATS JetStream cluster (three
// Debian nats-servers, 127.0.0.1): Ningbo's pool 330299 (engines N1, N2, the demo dataset) and
// Hangzhou's pool 330100 (engines H1, H2, a dataset whose persons are insured in 330102), each with
// its own stream and leader. Each leader publishes its divisions to the routing table (KV ssc_routes).
// Checked:
//   - a request whose header names a Hangzhou insured region, sent to a Ningbo engine (leader or
//     follower, HTTP protobuf or the national envelope's insuplc_admdvs), is decided by Hangzhou's
//     leader: its reply carries Hangzhou's applied sequence, the settlement is in Hangzhou's stores
//     and Ningbo's stream did not move; Ningbo's own requests stay in Ningbo;
//   - the same card without the routing field, at a Ningbo engine that does not hold it, is asked of
//     Hangzhou (a card probe) and decided there, read and write, with the terminal's Hangzhou
//     session; a card no pool holds is declined C01 where it arrived, and not asked again at once;
//   - each pool's replicas end with equal digests, and the two pools' digests differ.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../engine/config.js';
import type { DemoSamples } from '../../engine/demo/demo.js';
import { NatsCluster } from '../../engine/replication/nats-cluster.js';
import { copySnapshot, makeSnapshot } from '../../engine/replication/snapshot.js';
import { call, header, signIn, type TerminalIdentity } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { type EngineChild, startChild } from '../support/engine-child.js';
import { registerSampleKeys } from '../support/helpers.js';
import { nationalEnvelope, postNational } from '../support/national-envelope.js';
import {
  credentialOf,
  frozenDigests,
  leaderOf,
  poolEngineEnv,
  replicationOf,
  tearDownPool,
  waitFor,
} from '../support/replicated-pool.js';

const adminSecret = 'replication-pools-secret';
const ningbo = '330299';
const hangzhou = '330100';
const hangzhouInsured = '330102';
let cluster: NatsCluster;
let root: string;
const samples = new Map<string, DemoSamples>();
const engines = new Map<string, EngineChild>();
const pools = new Map<string, string>([
  ['N1', ningbo],
  ['N2', ningbo],
  ['H1', hangzhou],
  ['H2', hangzhou],
]);
let sequence = 1;

type Replication = { role: string; appliedSeq: number; routes: Record<string, number> };

async function status(name: string): Promise<Replication> {
  return (await replicationOf(engines.get(name)!.url)) as unknown as Replication;
}

function poolEngines(pool: string): Map<string, EngineChild> {
  return new Map([...engines].filter(([name]) => pools.get(name) === pool));
}

async function leaderName(pool: string): Promise<string> {
  return waitFor(`a leader of ${pool}`, () => leaderOf(poolEngines(pool)), 30_000);
}

beforeAll(async () => {
  cluster = await NatsCluster.onFreePorts();
  await cluster.start();
  root = mkdtempSync(join(tmpdir(), 'ssc-repl-pools-'));
  const masterKey = loadConfig({}).masterKey;
  samples.set(ningbo, await makeSnapshot(join(root, ningbo), { cards: 1_000, seed: 19, masterKey, adminSecret }));
  samples.set(
    hangzhou,
    await makeSnapshot(join(root, hangzhou), {
      cards: 1_000,
      seed: 23,
      masterKey,
      adminSecret,
      insuredRegion: hangzhouInsured,
    }),
  );
  // Demo terminal keys derive from the master key: the same in both datasets.
  registerSampleKeys(samples.get(ningbo)!, masterKey);
  for (const [name, pool] of pools) {
    copySnapshot(join(root, pool), join(root, name));
    const env = {
      ...poolEngineEnv({
        dir: join(root, name),
        name,
        servers: cluster.servers,
        adminSecret,
        leaseMs: 1_500,
        appendTimeoutMs: 1_500,
        logLevel: 'error',
        pool,
      }),
    };
    engines.set(name, await startChild(env));
  }
  // Both leaders published their divisions, and every engine follows the table.
  for (const name of pools.keys())
    await waitFor(
      `${name} knows both pools' routes`,
      async () => {
        const routes = (await status(name))?.routes ?? {};
        return (routes[ningbo] ?? 0) > 0 && (routes[hangzhou] ?? 0) > 0 ? true : undefined;
      },
      30_000,
    );
}, 180_000);

afterAll(() => tearDownPool(engines, cluster, root), 60_000);

describe('two pools in one deployment, routed by the insured region', () => {
  it('a Hangzhou-insured request at a Ningbo engine is decided by Hangzhou; Ningbo stays Ningbo', async () => {
    const hz = samples.get(hangzhou)!;
    const terminal: TerminalIdentity = hz.terminals.find((t) => t.role === 'hangzhouNetwork')!;
    const card = hz.cards.find((c) => c.scenario === 'issued')!;
    const routed = (h: ssc.v1.IRequestHeader): ssc.v1.IRequestHeader => ({ ...h, insuredRegion: hangzhouInsured });
    const nLeader = await leaderName(ningbo);
    const nFollower = [...poolEngines(ningbo).keys()].find((n) => n !== nLeader)!;
    const hLeader = await leaderName(hangzhou);
    const ningboSeqBefore = (await status(nLeader)).appliedSeq;

    // Sign-in at the Ningbo follower, routed: the session is written in Hangzhou's pool.
    const signedIn = await call<ssc.v1.SignInReply>(engines.get(nFollower)!.url, 'SignIn', {
      header: routed(header(terminal, '', sequence++)),
    });
    expect(signedIn.reply?.outcome?.reason, JSON.stringify(signedIn.error)).toBe('00');
    const signNo = signedIn.reply!.signNo;

    const inquire = await call<ssc.v1.InquireReply>(engines.get(nLeader)!.url, 'Inquire', {
      header: routed(header(terminal, signNo, sequence++)),
      credential: credentialOf(card),
    });
    expect(inquire.reply?.outcome?.reason).toBe('00');

    const code = hz.catalogue.find((c) => c.class === 1)!.code;
    const body = {
      header: routed(header(terminal, signNo, sequence++)),
      credential: credentialOf(card),
      medicalType: 11,
      useAccount: true,
      totalFen: 2_500,
      lines: [{ lineNo: 1, catalogueCode: code, quantityMilli: 1_000, unitPriceFen: 2_500, amountFen: 2_500 }],
    };
    const settled = await call<ssc.v1.SettleReply>(engines.get(nFollower)!.url, 'Settle', body);
    expect(settled.reply?.outcome?.reason, JSON.stringify(settled.error)).toBe('00');
    const settledSeq = Number(settled.reply?.timings?.appliedSeq);
    // Hangzhou's sequence: its leader is there; Ningbo's stream did not move.
    expect((await status(hLeader)).appliedSeq).toBeGreaterThanOrEqual(settledSeq);
    expect((await status(nLeader)).appliedSeq).toBe(ningboSeqBefore);
    // The retry straight at Hangzhou's leader is the same settlement.
    const replay = await call<ssc.v1.SettleReply>(engines.get(hLeader)!.url, 'Settle', body);
    expect([replay.reply?.outcome?.reason, replay.reply?.settlementId]).toEqual(['T01', settled.reply?.settlementId]);

    // The national envelope routes by insuplc_admdvs the same way (1101 at a Ningbo engine).
    const envelope = {
      ...nationalEnvelope(
        terminal,
        signNo,
        '1101',
        {
          data: { mdtrt_cert_type: '03', mdtrt_cert_no: card.cardNo, card_sn: card.cardSn, certno: card.idNo },
        },
        sequence++,
      ),
      insuplc_admdvs: hangzhouInsured,
    };
    const national = await postNational(engines.get(nLeader)!.url, terminal, envelope);
    const reply = JSON.parse(national.text) as { infcode: number; ssc_applied_seq?: number; output: never };
    expect([national.status, reply.infcode], national.text).toEqual([200, 0]);
    expect(reply.ssc_applied_seq).toBeGreaterThanOrEqual(settledSeq);

    // Without the routing field: the Ningbo engines do not hold the card, ask Hangzhou, and Hangzhou
    // (which holds it, and the terminal's session) decides, read and write alike.
    const hzSeqBefore = (await status(hLeader)).appliedSeq;
    const unrouted = await call<ssc.v1.InquireReply>(engines.get(nLeader)!.url, 'Inquire', {
      header: header(terminal, signNo, sequence++),
      credential: credentialOf(card),
    });
    expect(unrouted.reply?.outcome?.reason, JSON.stringify(unrouted.error)).toBe('00');
    const unroutedSettle = await call<ssc.v1.SettleReply>(engines.get(nFollower)!.url, 'Settle', {
      ...body,
      header: header(terminal, signNo, sequence++),
    });
    expect(unroutedSettle.reply?.outcome?.reason, JSON.stringify(unroutedSettle.error)).toBe('00');
    expect(Number(unroutedSettle.reply?.timings?.appliedSeq)).toBeGreaterThan(hzSeqBefore);
    expect((await status(hLeader)).appliedSeq).toBeGreaterThan(hzSeqBefore);
    expect((await status(nLeader)).appliedSeq).toBe(ningboSeqBefore);
    // The Ningbo session is Ningbo's: Hangzhou decides the card, and refuses a session it never gave.
    const ningboSignNo = await signIn(engines.get(nLeader)!.url, terminal);
    const ningboSession = await call<ssc.v1.InquireReply>(engines.get(nLeader)!.url, 'Inquire', {
      header: header(terminal, ningboSignNo, sequence++),
      credential: credentialOf(card),
    });
    expect(ningboSession.reply?.outcome?.reason).not.toBe('00');
    // A card no pool holds: declined C01 where it arrived (with the terminal's Ningbo session), after
    // Hangzhou said it does not hold it; asked again at once, it is declined without asking.
    const nowhere = { ...credentialOf(card), cardNo: 'Z'.repeat(9) };
    const cardsAsked = async () =>
      (
        (await replicationOf(engines.get(nLeader)!.url)) as unknown as {
          cardsAskedOfOtherPools: { asked: number; found: number; unknown: number };
        }
      ).cardsAskedOfOtherPools;
    const askedBefore = await cardsAsked();
    for (let i = 0; i < 2; i++) {
      const unknown = await call<ssc.v1.InquireReply>(engines.get(nLeader)!.url, 'Inquire', {
        header: header(terminal, ningboSignNo, sequence++),
        credential: nowhere,
      });
      expect(unknown.reply?.outcome?.reason, JSON.stringify(unknown.error)).toBe('C01');
    }
    const askedAfter = await cardsAsked();
    expect(askedAfter.unknown - askedBefore.unknown).toBe(1);
    expect(askedAfter.found).toBeGreaterThanOrEqual(1);

    // A Ningbo person at a Ningbo engine of either role stays in Ningbo.
    const nb = samples.get(ningbo)!;
    const nbTerminal = nb.terminals.find((t) => t.role === 'ningboHospitalL3')!;
    const nbSign = await signIn(engines.get(nLeader)!.url, nbTerminal);
    const nbCard = nb.cards.find((c) => c.scenario === 'issued')!;
    const nbSettle = await call<ssc.v1.SettleReply>(engines.get(nFollower)!.url, 'Settle', {
      header: { ...header(nbTerminal, nbSign, sequence++), insuredRegion: '330203' },
      credential: credentialOf(nbCard),
      medicalType: 11,
      useAccount: true,
      totalFen: 1_000,
      lines: [{ lineNo: 1, catalogueCode: code, quantityMilli: 1_000, unitPriceFen: 1_000, amountFen: 1_000 }],
    });
    expect(nbSettle.reply?.outcome?.reason, JSON.stringify(nbSettle.error)).toBe('00');
    expect((await status(nLeader)).appliedSeq).toBeGreaterThan(ningboSeqBefore);
  }, 120_000);

  it("each pool's replicas end equal; the pools differ", async () => {
    const byPool = new Map<string, Set<string>>();
    for (const pool of [ningbo, hangzhou]) {
      const target = (await status(await leaderName(pool))).appliedSeq;
      for (const [name, engine] of poolEngines(pool))
        await waitFor(
          `${name} at ${target}`,
          async () => ((await replicationOf(engine.url))!.appliedSeq >= target ? true : undefined),
          15_000,
        );
      const digests = await frozenDigests(poolEngines(pool), (name) => join(root, name));
      byPool.set(pool, new Set(digests.values()));
    }
    expect(byPool.get(ningbo)!.size).toBe(1);
    expect(byPool.get(hangzhou)!.size).toBe(1);
    expect([...byPool.get(ningbo)!][0]).not.toBe([...byPool.get(hangzhou)!][0]);
  }, 60_000);
});
