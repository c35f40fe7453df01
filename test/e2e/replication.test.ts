// The replicated pool on a real NATS JetStream cluster: three Debian nats-server processes on
// 127.0.0.1 (temporary stores, stopped by PID) and three built engines as child processes, each
// with its own copy of one snapshot (the demo dataset). Checked:
//   - the leader's settlements and card-centre changes reach the followers (a loss report is
//     declined C02 by a follower's Inquire; its visibility delay is measured);
//   - every reply carries the applied sequence it was decided at (a follower's read at least the
//     leader's write before it);
//   - a write at a follower (HTTP, TCP) is forwarded to the leader, which decides it; a follower
//     never decides a write, and its retry at another follower replays (T01);
//   - staff at a follower (admin API, web console) are served by the leader: login, a loss report
//     read back at once, the console's session; a request past one message is refused (413);
//   - kill -9 of the leader engine: another takes the lease and writes within 10 s; a retry of an
//     acknowledged settlement there is its original answer (T01, the same settlement id);
//   - 2 of 3 NATS servers stopped: writes fail fast (503), resume when one returns;
//   - the killed engine restarts as a follower and catches up; every replica's store digest is equal;
//   - two nodes forced to lead at once (in process): exactly one append per sequence succeeds, the
//     other is fenced and steps down, and no reply is released for its refused group.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminClient } from '../../engine/cli/admin-client.js';
import { loadConfig } from '../../engine/config.js';
import type { DemoSamples, SampleCard } from '../../engine/demo/demo.js';
import { NatsCluster } from '../../engine/replication/nats-cluster.js';
import { ReplicatedNode } from '../../engine/replication/node.js';
import { copySnapshot, makeSnapshot } from '../../engine/replication/snapshot.js';
import { Fenced, StreamLog } from '../../engine/replication/stream-log.js';
import { defaultMapSizeBytes, Store } from '../../engine/store/store.js';
import { call, header, signIn, type TerminalIdentity } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { TcpClient } from '../../protocol/tcp-client.js';
import { type EngineChild, startChild, stopChild } from '../support/engine-child.js';
import { registerSampleKeys } from '../support/helpers.js';
import { openLedgerHarness } from '../support/ledger-harness.js';
import {
  frozenDigests,
  leaderOf,
  poolEngineEnv,
  type Replication,
  replicasAtOneRecord,
  replicationOf,
  tearDownPool,
  waitFor,
} from '../support/replicated-pool.js';

const adminSecret = 'replication-admin-secret';
const pool = '330200';
let cluster: NatsCluster;
let root: string;
let samples: DemoSamples;
const engines = new Map<string, EngineChild>();
const dirs = new Map<string, string>();

function engineEnv(name: string): NodeJS.ProcessEnv {
  return poolEngineEnv({
    dir: dirs.get(name)!,
    name,
    servers: cluster.servers,
    adminSecret,
    leaseMs: 1_500,
    appendTimeoutMs: 1_500,
    logLevel: 'warn',
    pool,
  });
}

async function startEngineNamed(name: string): Promise<EngineChild> {
  const child = await startChild(engineEnv(name));
  engines.set(name, child);
  return child;
}

async function stats(name: string): Promise<Replication | undefined> {
  return replicationOf(engines.get(name)!.url);
}

/** For a failed wait: what each server sees, and each engine's state and last role changes (logged at warn). */
async function postMortem(when: string): Promise<void> {
  process.stdout.write(`replication: the servers ${when}:\n${await cluster.describe()}\n`);
  for (const [name, e] of engines) {
    const roles = e
      .output()
      .split('\n')
      .filter((l) => l.includes('replication role'))
      .slice(-12);
    process.stdout.write(
      `replication: ${name} ${JSON.stringify(await stats(name).catch(() => undefined))} roles:\n  ${roles.join('\n  ')}\n`,
    );
  }
}

async function leaderName(except: string[] = []): Promise<string> {
  return waitFor('a leader', () => leaderOf(engines, except), 30_000);
}

/** The engine that leads now and a fresh sign-in there, once it can write (retried while it cannot). */
async function signedInLeader(): Promise<{ url: string; signNo: string }> {
  return waitFor(
    'a leader that writes',
    async () => {
      const url = engines.get(await leaderName())!.url;
      return { url, signNo: await signIn(url, hospitalOf()) };
    },
    30_000,
  );
}

const credential = (c: SampleCard): ssc.v1.ICredential => ({
  type: c.credentialType,
  cardNo: c.cardNo,
  cardSn: c.cardSn,
  idNo: c.idNo,
});

beforeAll(async () => {
  cluster = await NatsCluster.onFreePorts();
  await cluster.start();
  root = mkdtempSync(join(tmpdir(), 'ssc-repl-'));
  // One snapshot, copied to every engine: the demo dataset and the first staff account.
  const base = join(root, 'base');
  const masterKey = loadConfig({}).masterKey;
  samples = await makeSnapshot(base, { cards: 2_000, seed: 7, masterKey, adminSecret: adminSecret });
  registerSampleKeys(samples, masterKey);
  for (const name of ['A', 'B', 'C']) {
    copySnapshot(base, join(root, name));
    dirs.set(name, join(root, name));
  }
  await startEngineNamed('A');
  await waitFor('A leads', async () => ((await stats('A'))?.role === 'leader' ? true : undefined), 20_000);
  await startEngineNamed('B');
  await startEngineNamed('C');
}, 120_000);

afterAll(() => tearDownPool(engines, cluster, root), 60_000);

const hospitalOf = (): TerminalIdentity => samples.terminals.find((t) => t.role === 'ningboHospitalL3')!;
let sequence = 1;

async function settle(url: string, signNo: string, card: SampleCard, fen: number, seq = sequence++) {
  const { body } = settleBody(signNo, card, fen, seq);
  return { body, result: await call<ssc.v1.SettleReply>(url, 'Settle', body) };
}

function settleBody(signNo: string, card: SampleCard, fen: number, seq = sequence++) {
  const code = samples.catalogue.find((c) => c.class === 1)!.code;
  const body = {
    header: header(hospitalOf(), signNo, seq),
    credential: credential(card),
    medicalType: 11,
    useAccount: true,
    totalFen: fen,
    lines: [{ lineNo: 1, catalogueCode: code, quantityMilli: 1_000, unitPriceFen: fen, amountFen: fen }],
  };
  return { body };
}

describe('a replicated pool on NATS JetStream', () => {
  it('the leader writes, followers apply and serve reads; a follower forwards writes to the leader', async () => {
    const leader = engines.get('A')!.url;
    const signNo = await signIn(leader, hospitalOf());
    const card = samples.cards.filter((c) => c.scenario === 'issued')[0]!;
    const { result } = await settle(leader, signNo, card, 1_234);
    expect(result.reply?.outcome?.reason).toBe('00');
    // Every reply says the sequence it was decided at; a write's record is at or before it.
    const settledSeq = Number(result.reply?.timings?.appliedSeq ?? 0);
    expect(settledSeq).toBeGreaterThan(0);
    // The sign-in and the settlement reached the followers: B answers an Inquire with that sign-in.
    const leaderSeq = (await stats('A'))!.appliedSeq;
    expect(leaderSeq).toBeGreaterThanOrEqual(settledSeq);
    for (const name of ['B', 'C'])
      await waitFor(
        `${name} applied`,
        async () => ((await stats(name))!.appliedSeq >= leaderSeq ? true : undefined),
        5_000,
      );
    const followerInquire = await call<ssc.v1.InquireReply>(engines.get('B')!.url, 'Inquire', {
      header: header(hospitalOf(), signNo, sequence++),
      credential: credential(card),
    });
    expect(followerInquire.reply?.outcome?.reason).toBe('00');
    expect(Number(followerInquire.reply?.timings?.appliedSeq)).toBeGreaterThanOrEqual(settledSeq);
    // A write at a follower goes to the leader, which decides it: the follower never decides.
    const forwarded = await settle(engines.get('B')!.url, signNo, card, 500);
    expect(forwarded.result.reply?.outcome?.reason, JSON.stringify(forwarded.result.error)).toBe('00');
    const forwardedSeq = Number(forwarded.result.reply?.timings?.appliedSeq);
    expect(forwardedSeq).toBeGreaterThan(settledSeq);
    // Its retry at the other follower is the same settlement (T01), decided once by the leader.
    const retried = await call<ssc.v1.SettleReply>(engines.get('C')!.url, 'Settle', forwarded.body);
    expect([retried.reply?.outcome?.reason, retried.reply?.settlementId]).toEqual([
      'T01',
      forwarded.result.reply?.settlementId,
    ]);
    const writes = (await fetch(`${engines.get('B')!.url}/stats`).then((r) => r.json())) as {
      replication: { forwarding: { forwarded: number } };
    };
    expect(writes.replication.forwarding.forwarded).toBeGreaterThanOrEqual(1);
    // Over TCP too (the terminal's connection to a follower).
    const tcp = await TcpClient.connect({ host: '127.0.0.1', port: engines.get('C')!.tcpPort });
    try {
      const viaTcp = await tcp.call<ssc.v1.SettleReply>('Settle', settleBody(signNo, card, 600).body);
      expect(viaTcp.outcome?.reason).toBe('00');
      expect(Number(viaTcp.timings?.appliedSeq)).toBeGreaterThan(forwardedSeq);
    } finally {
      await tcp.close();
    }

    // A loss report at the leader is declined by a follower's next Inquire (C02): its visibility delay.
    const admin = new AdminClient(leader);
    const login = await admin.login('admin', adminSecret);
    expect(login.status, JSON.stringify(login.body) + engines.get('A')!.output().slice(-3000)).toBe(200);
    const created = await admin.post('/admin/staff', {
      staffId: 'repl-op',
      role: 'operator',
      secret: 'replication-op-1',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const operator = new AdminClient(leader);
    expect((await operator.login('repl-op', 'replication-op-1')).status).toBe(200);
    const lost = samples.cards.filter((c) => c.scenario === 'issued')[1]!;
    const reported = Date.now();
    expect((await operator.post(`/admin/cards/${lost.cardNo}/temp-loss`)).status).toBe(200);
    const visibleMs = await waitFor(
      'the loss report on C',
      async () => {
        const r = await call<ssc.v1.InquireReply>(engines.get('C')!.url, 'Inquire', {
          header: header(hospitalOf(), signNo, sequence++),
          credential: credential(lost),
        });
        return r.reply?.outcome?.reason === 'C02' ? Date.now() - reported : undefined;
      },
      5_000,
    );
    process.stdout.write(`replication: loss report visible on a follower after ${visibleMs} ms\n`);
    expect(visibleMs).toBeLessThan(5_000);
  }, 60_000);

  it("staff at a follower: the admin API and the console are the leader's, read-your-writes at once", async () => {
    const leader = engines.get('A')!.url;
    const [atB, atC] = [engines.get('B')!.url, engines.get('C')!.url];
    // Logins at a follower: the leader issues the tokens; an account made at a follower is the leader's.
    const admin = new AdminClient(atB);
    expect((await admin.login('admin', adminSecret)).status).toBe(200);
    const created = await admin.post('/admin/staff', {
      staffId: 'repl-desk',
      role: 'operator',
      secret: 'replication-desk-1',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const wrong = await new AdminClient(atB).login('repl-desk', 'not-the-secret');
    expect([wrong.status, wrong.body['sscCode']]).toEqual([401, 'SSC_ADMIN_UNAUTHENTICATED']);
    const operator = new AdminClient(atB);
    const login = await operator.login('repl-desk', 'replication-desk-1');
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    // A loss report at a follower: written by the leader, read back at the follower at once.
    const lost = samples.cards.find((c) => c.scenario === 'chronicFiled')!;
    const signNo = await signIn(leader, hospitalOf());
    // The sign-in is a write of the leader's: a follower knows it once it has applied that record
    // (a few ms later; a fresh-clone CI run once asked C first and got I04, not signed in).
    const signedAt = (await stats('A'))!.appliedSeq;
    await waitFor(
      'C has applied the sign-in',
      async () => ((await stats('C'))!.appliedSeq >= signedAt ? true : undefined),
      5_000,
    );
    const before = await call<ssc.v1.InquireReply>(atC, 'Inquire', {
      header: header(hospitalOf(), signNo, sequence++),
      credential: credential(lost),
    });
    expect(before.reply?.outcome?.reason).toBe('00');
    const reported = await operator.post(`/admin/cards/${lost.cardNo}/temp-loss`);
    expect(reported.status, JSON.stringify(reported.body)).toBe(200);
    const readBack = await operator.get(`/admin/cards/${lost.cardNo}`);
    const atLeader = await new AdminClient(leader).request('GET', `/admin/cards/${lost.cardNo}`);
    expect(atLeader.status).toBe(401); // no token: the leader's own refusal, as at the follower
    const leaderView = new AdminClient(leader);
    leaderView.token = operator.token;
    expect(readBack).toEqual(await leaderView.get(`/admin/cards/${lost.cardNo}`));
    // ... and a terminal at the other follower is declined for it (C02) once the record is applied.
    await waitFor(
      'the follower loss report on C',
      async () => {
        const r = await call<ssc.v1.InquireReply>(atC, 'Inquire', {
          header: header(hospitalOf(), signNo, sequence++),
          credential: credential(lost),
        });
        return r.reply?.outcome?.reason === 'C02' ? true : undefined;
      },
      5_000,
    );
    // The web console at a follower: its session is the leader's, and so is the card page.
    const form = new URLSearchParams({ staffId: 'repl-desk', secret: 'replication-desk-1' });
    const consoleLogin = await fetch(`${atC}/console/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      redirect: 'manual',
    });
    expect(consoleLogin.status).toBe(303);
    const cookie = (consoleLogin.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(cookie).toMatch(/^ssc_console=/);
    const page = await fetch(`${atC}/console/cards/${lost.cardNo}`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    // Live operations are the engine's own metrics: served where they are asked (an endless stream).
    const live = new AbortController();
    const events = await waitFor(
      'the live stream at C',
      async () => {
        const r = await fetch(`${atC}/console/live/events`, { headers: { cookie }, signal: live.signal });
        return r.status === 200 ? r : undefined;
      },
      5_000,
    );
    expect(events.headers.get('content-type')).toMatch(/^text\/event-stream/);
    live.abort();
    // More than one message carries: sent in parts (staff-transfer.ts), answered as the leader
    // answers the same upload (a line over the import's line bound: the import refuses it).
    const large = 'x'.repeat(9 * 1024 * 1024);
    const viaFollower = await operator.upload('/admin/imports/members', large, 'text/csv');
    const direct = await leaderView.upload('/admin/imports/members', large, 'text/csv');
    expect(viaFollower.status, JSON.stringify(viaFollower.body)).toBe(direct.status);
    expect(viaFollower.body['sscCode']).toBe(direct.body['sscCode']);
    const counts = (await fetch(`${atB}/stats`).then((r) => r.json())) as {
      replication: { forwarding: { staffForwarded: number } };
    };
    expect(counts.replication.forwarding.staffForwarded).toBeGreaterThanOrEqual(6);
  }, 60_000);

  it('kill -9 of the leader engine: another leads; an acknowledged settlement replays as T01', async () => {
    const leader = await leaderName();
    const { url, signNo } = await signedInLeader();
    const card = samples.cards.filter((c) => c.scenario === 'issued')[2]!;
    const acked = await settle(url, signNo, card, 777);
    expect(acked.result.reply?.outcome?.reason).toBe('00');
    const lastAckMs = Date.now();
    await stopChild(engines.get(leader)!.child, 'SIGKILL');
    engines.delete(leader);
    const next = await leaderName();
    const nextUrl = engines.get(next)!.url;
    const firstAfter = await waitFor(
      'a write at the new leader',
      async () => {
        const r = await settle(nextUrl, signNo, card, 100);
        return r.result.reply?.outcome?.reason === '00' ? Date.now() : undefined;
      },
      30_000,
    );
    const failoverMs = firstAfter - lastAckMs;
    process.stdout.write(`replication: failover (last ack before -> first ack after) ${failoverMs} ms\n`);
    // The 10 s target is measured, not timed here: this only says it never hangs.
    expect(failoverMs).toBeLessThan(30_000);
    const replay = await call<ssc.v1.SettleReply>(nextUrl, 'Settle', acked.body);
    expect([replay.reply?.outcome?.reason, replay.reply?.settlementId]).toEqual([
      'T01',
      acked.result.reply?.settlementId,
    ]);
    // The killed engine comes back as a follower and catches up.
    await startEngineNamed(leader);
    const target = (await stats(next))!.appliedSeq;
    await waitFor(
      `${leader} caught up`,
      async () => ((await stats(leader))!.appliedSeq >= target ? true : undefined),
      10_000,
    );
    expect((await stats(leader))!.role).toBe('follower');
  }, 90_000);

  it('2 of 3 NATS servers stopped: writes fail fast with 503 S01; they resume when one returns', async () => {
    const { url, signNo } = await signedInLeader();
    const card = samples.cards.filter((c) => c.scenario === 'issued')[0]!;
    await cluster.stopNode(1);
    await cluster.stopNode(2);
    const started = Date.now();
    const refused = await settle(url, signNo, card, 300);
    const tookMs = Date.now() - started;
    expect([refused.result.httpStatus, refused.result.error?.reason]).toEqual([503, 'S01']);
    expect(tookMs).toBeLessThan(10_000);
    // A follower out of touch with the log past its bound (two lease TTLs) refuses reads.
    const follower = [...engines.keys()].find((n) => engines.get(n)!.url !== url)!;
    const behind = await waitFor(
      'a follower refusing reads',
      async () => {
        const r = await call<ssc.v1.InquireReply>(engines.get(follower)!.url, 'Inquire', {
          header: header(hospitalOf(), signNo, sequence++),
          credential: credential(card),
        });
        return r.error?.sscCode === 'SSC_REPLICA_BEHIND' ? r : undefined;
      },
      15_000,
    );
    expect([behind.httpStatus, behind.error?.reason]).toEqual([503, 'S01']);
    await cluster.restartNode(1);
    await cluster.restartNode(2);
    const resumed = await waitFor(
      'writes again',
      async () => {
        // Whoever leads now (the leader may have changed while the quorum was gone).
        const current = engines.get(await leaderName())!.url;
        const sign = await signIn(current, hospitalOf());
        const r = await settle(current, sign, card, 301);
        return r.result.reply?.outcome?.reason === '00' ? true : undefined;
      },
      30_000,
    );
    expect(resumed).toBe(true);
    // And reads again once it is back in touch and caught up.
    const served = await waitFor(
      'the follower serving reads again',
      async () => {
        const r = await call<ssc.v1.InquireReply>(engines.get(follower)!.url, 'Inquire', {
          header: header(hospitalOf(), (await signedInLeader()).signNo, sequence++),
          credential: credential(card),
        });
        return r.reply?.outcome?.reason === '00' ? true : undefined;
      },
      30_000,
    );
    expect(served).toBe(true);
  }, 90_000);

  it('kill -9 and SIGSTOP (12 s) of the stream leader server: writes resume, nothing acknowledged lost', async () => {
    const probe = await StreamLog.openWhenReady(
      { servers: cluster.servers, pool, replicas: 3, appendTimeoutMs: 2_000 },
      60_000,
    );
    const card = samples.cards.filter((c) => c.scenario === 'issued')[0]!;
    const acknowledged: { body: object; id: string }[] = [];
    for (const fault of ['SIGKILL', 'SIGSTOP'] as const) {
      const server = await waitFor('a stream leader', async () => (await probe.streamLeader()) || undefined, 30_000);
      const index = cluster.nodes.findIndex((n) => n.name === server);
      const { url: leader, signNo } = await signedInLeader();
      const before = await settle(leader, signNo, card, 400);
      expect(before.result.reply?.outcome?.reason).toBe('00');
      acknowledged.push({ body: before.body, id: before.result.reply!.settlementId! });
      const lastAck = Date.now();
      if (fault === 'SIGKILL') await cluster.stopNode(index, 'SIGKILL');
      else cluster.signal(index, 'SIGSTOP');
      const firstAfter = await waitFor(
        `a write after ${fault}`,
        async () => {
          const url = engines.get(await leaderName())!.url;
          const r = await settle(url, await signIn(url, hospitalOf()), card, 401);
          if (r.result.reply?.outcome?.reason !== '00') return undefined;
          acknowledged.push({ body: r.body, id: r.result.reply.settlementId! });
          return Date.now();
        },
        // Debian's 2.9.10 has twice left the lease bucket's Raft group without a leader for over
        // 30 s while the paused server was away (docs/REPLICATION.md): a bound on hangs, not the target.
        60_000,
      ).catch(async (error: unknown) => {
        await postMortem(`after ${fault}`);
        // Never left paused for the suites after this one.
        if (fault === 'SIGSTOP') cluster.signal(index, 'SIGCONT');
        throw error;
      });
      process.stdout.write(
        `replication: ${fault} of the stream leader server: writes again after ${firstAfter - lastAck} ms\n`,
      );
      // The 10 s target is measured (docs/REPLICATION.md), not timed here: this only says it never hangs.
      expect(firstAfter - lastAck).toBeLessThan(60_000);
      if (fault === 'SIGSTOP') {
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 12_000 - (Date.now() - lastAck))));
        cluster.signal(index, 'SIGCONT');
      } else await cluster.restartNode(index);
      // A server back from a pause or a restart stands for election with its stale view, and until
      // the metadata group has a leader again any server may answer JetStream's API "temporarily
      // unavailable" (docs/REPLICATION.md). Bounded, and measured: not a hang.
      const returned = Date.now();
      const reopened = await StreamLog.openWhenReady(
        { servers: cluster.servers, pool, replicas: 3, appendTimeoutMs: 2_000 },
        60_000,
      ).catch(async (error: unknown) => {
        process.stdout.write(
          `replication: the servers after the ${fault} server's return:\n${await cluster.describe()}\n`,
        );
        throw error;
      });
      await reopened.close();
      process.stdout.write(
        `replication: after the ${fault} server's return, JetStream's API answers again after ${Date.now() - returned} ms\n`,
      );
    }
    // Every acknowledged settlement is still there: a retry (under today's sign-in) is its original answer.
    const { url, signNo } = await signedInLeader();
    for (const a of acknowledged) {
      const body = a.body as { header: object };
      const retry = { ...body, header: { ...body.header, signNo } };
      const replay = await waitFor(
        'a replay',
        async () => {
          const r = await call<ssc.v1.SettleReply>(url, 'Settle', retry);
          return r.reply?.outcome?.reason === undefined ? undefined : r.reply;
        },
        10_000,
      );
      expect([replay.outcome?.reason, replay.settlementId]).toEqual(['T01', a.id]);
    }
    await probe.close();
  }, 300_000);

  it('every replica ends with the same store digest', async () => {
    // The stream's own last sequence (not whichever engine says it leads): every replica at it.
    const probe = await StreamLog.openWhenReady(
      { servers: cluster.servers, pool, replicas: 3, appendTimeoutMs: 2_000 },
      60_000,
    ).catch(async (error: unknown) => {
      process.stdout.write(`replication: the servers at the digest check:\n${await cluster.describe()}\n`);
      throw error;
    });
    const target = await probe.lastSeq();
    await probe.close();
    await replicasAtOneRecord(
      [...engines.values()].map((e) => e.url),
      target,
      90_000,
    ).catch(async (error: unknown) => {
      await postMortem(`with the replicas apart (the stream at ${target} or past)`);
      throw error;
    });
    const digests = await frozenDigests(engines, (name) => dirs.get(name)!);
    expect(new Set(digests.values()).size, JSON.stringify([...digests])).toBe(1);
  }, 180_000);
});

describe('fencing by the stream', () => {
  /** Two nodes of `pool` on copies of the base store, started as followers; the lease bypassed (elect false). */
  async function twoNodes(pool: string, names: [string, string]) {
    const log = (): Promise<StreamLog> =>
      StreamLog.openWhenReady({ servers: cluster.servers, pool, replicas: 3, appendTimeoutMs: 2_000 }, 60_000);
    const stores = names.map((name) => {
      const dir = join(root, name);
      copySnapshot(join(root, 'base'), dir);
      return Store.open({ path: dir, readOnly: false, mapSizeBytes: defaultMapSizeBytes });
    });
    const nodes = await Promise.all(
      stores.map(
        async (store, i) =>
          new ReplicatedNode(store, await log(), { node: names[i]!, leaseCheckMs: 500, elect: false }),
      ),
    );
    for (const node of nodes) await node.start();
    const write = (i: number) => nodes[i]!.commit(() => stores[i]!.meta.putSync(`fence.${i}`, i));
    const close = async () => {
      for (const node of nodes) await node.stop();
      for (const store of stores) await store.close();
    };
    return { stores, nodes, write, close };
  }

  it('two nodes forced to lead at once: one append per sequence, the other fenced and stepped down', async () => {
    const { stores, nodes, write, close } = await twoNodes('330299', ['F1', 'F2']);
    // Both believe they lead (the lease bypassed): the same epoch, the same expected sequence.
    await Promise.all(nodes.map((node) => node.lead(1)));
    await write(0);
    await expect(write(1)).rejects.toBeInstanceOf(Fenced);
    expect([nodes[0]!.role, nodes[1]!.role]).toEqual(['leader', 'follower']);
    expect(await nodes[0]!.log.lastSeq()).toBe(1);
    // The fenced node applies the winner's record as a follower; its own write never happened.
    await waitFor('F2 applied', async () => (nodes[1]!.appliedSeq === 1 ? true : undefined), 5_000);
    expect([stores[1]!.meta.get('fence.0'), stores[1]!.meta.get('fence.1')]).toEqual([0, undefined]);
    await close();
  }, 60_000);

  it("an idle leader whose stream holds another writer's record past its own steps down within a tick and catches up", async () => {
    const { stores, nodes, write, close } = await twoNodes('330296', ['I1', 'I2']);
    await nodes[0]!.lead(1);
    await write(0);
    // I2 is made to lead too (as a lease bucket led from a stale copy once did), after I1's record.
    await nodes[1]!.lead(2);
    await write(1);
    // I1 writes nothing more, so no append of its own is fenced: it must see I2's record in the stream.
    await waitFor('I1 following again', async () => (nodes[0]!.role === 'follower' ? true : undefined), 5_000);
    await waitFor("I1 applied I2's record", async () => (nodes[0]!.appliedSeq === 2 ? true : undefined), 5_000);
    expect(stores[0]!.meta.get('fence.1')).toBe(1);
    expect(nodes.map((n) => [n.role, n.status().supersededStepDowns])).toEqual([
      ['follower', 1],
      ['leader', 0],
    ]);
    await close();
  }, 60_000);

  it('an append whose writer ends with another last record than the stream (same count) is fenced', async () => {
    const log = await StreamLog.openWhenReady(
      { servers: cluster.servers, pool: '330297', replicas: 3, appendTimeoutMs: 2_000 },
      60_000,
    );
    const record = new Uint8Array([1, 2, 3]);
    expect(await log.append(record, 'fence:a:1', 0)).toBe(1);
    // Right count, wrong last record: the writer applied a record the stream does not hold.
    await expect(log.append(record, 'fence:b:2', 1, 'fence:b:1')).rejects.toBeInstanceOf(Fenced);
    expect(await log.append(record, 'fence:a:2', 1, 'fence:a:1')).toBe(2);
    expect((await log.get(2))?.msgId).toBe('fence:a:2');
    await log.close();
  }, 60_000);

  it('a group whose record would be too large for one append is split and decided in halves', async () => {
    const h = await openLedgerHarness();
    const log = await StreamLog.openWhenReady(
      { servers: cluster.servers, pool: '330298', replicas: 3, appendTimeoutMs: 2_000 },
      60_000,
    );
    const node = new ReplicatedNode(h.store, log, {
      node: 'S1',
      leaseCheckMs: 500,
      elect: false,
      recordBytesMax: 3_000,
    });
    await node.start();
    await node.lead(1);
    const card = h.samples.cards.find((c) => c.scenario === 'issued')!;
    const replies = await Promise.all(
      Array.from({ length: 6 }, () => h.settle(h.settleInput(h.header(), card, [1_000, 2_000], false))),
    );
    expect(replies.map((r) => r.outcome?.reason)).toEqual(['00', '00', '00', '00', '00', '00']);
    expect(new Set(replies.map((r) => r.settlementId)).size).toBe(6);
    // More than one record: the group of six did not fit in 3,000 bytes.
    expect(await log.lastSeq()).toBeGreaterThan(1);
    expect(node.status().recordBytesMax).toBeLessThanOrEqual(3_000);
    await node.stop();
    await h.close();
  }, 60_000);
});

describe('start-up refusals of a replicated engine', () => {
  it("no snapshot, or another pool's store: SSC_CLUSTER_SNAPSHOT; the production profile and Debian 2.9.10: SSC_CLUSTER_UNSAFE", async () => {
    const empty = join(root, 'empty');
    const env = { ...engineEnv('A'), SSC_DATA_DIR: empty, SSC_DEMO_CARDS: '100' };
    await expect(startChild(env)).rejects.toThrow(/SSC_CLUSTER_SNAPSHOT/);
    copySnapshot(join(root, 'base'), join(root, 'prod'));
    const monitors = cluster.nodes.map((n) => `http://127.0.0.1:${n.monitorPort}`).join(',');
    const production = {
      ...engineEnv('A'),
      SSC_DATA_DIR: join(root, 'prod'),
      SSC_CLUSTER_PROFILE: 'production',
      SSC_CLUSTER_MONITOR: monitors,
    };
    // Production demands TLS and credentials first (replication-security.test.ts), then safe servers.
    await expect(startChild(production)).rejects.toThrow(/SSC_CONFIG.*NATS needs TLS/);
    const passwordFile = join(root, 'nats-password');
    writeFileSync(passwordFile, 'a-password', { mode: 0o600 });
    const secured = {
      ...production,
      SSC_CLUSTER_NATS_TLS_CA_FILE: resolve('test/fixtures-tls/cert.pem'),
      SSC_CLUSTER_NATS_USER: 'ssc-engine',
      SSC_CLUSTER_NATS_PASSWORD_FILE: passwordFile,
    };
    await expect(startChild(secured)).rejects.toThrow(/SSC_CLUSTER_UNSAFE|below the floor 2\.10\.23/);
    // A store that applied this pool's records, started as another pool's engine.
    await expect(startChild({ ...engineEnv('A'), SSC_CLUSTER_POOL: '330201' })).rejects.toThrow(
      /SSC_CLUSTER_SNAPSHOT.*applied pool 330200's records/,
    );
  }, 60_000);
});
