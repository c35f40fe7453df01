// A network partition of a replicated pool, on a real NATS JetStream cluster whose routes run
// through one black-holing TCP proxy per link (test/support/link-proxy.ts): three Debian
// nats-servers on 127.0.0.1 and three engines, each connected to one server only (A to n1, B to n2,
// C to n3). The leader engine A and its server n1 are cut off from the other two (every byte on
// their links dropped, no connection closed). Checked:
//   - the minority side stops writing: every write at A is refused (503 S01) within its bound,
//     never acknowledged, never hangs; A's reads are refused once it is out of touch with the log;
//   - the majority side (B, C) elects a leader and writes; the time that takes is reported;
//   - after healing, A follows again and catches up; every acknowledged settlement replays as T01;
//     a write at A is forwarded and decided; every replica ends with the same store digest.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { loadConfig } from '../../engine/config.js';
import type { DemoSamples, SampleCard } from '../../engine/demo/demo.js';
import { storeDigestParts } from '../../engine/replication/digest.js';
import { NatsCluster } from '../../engine/replication/nats-cluster.js';
import { copySnapshot, makeSnapshot } from '../../engine/replication/snapshot.js';
import { StreamLog } from '../../engine/replication/stream-log.js';
import { call, header, signIn, type TerminalIdentity } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { type EngineChild, startChild, stopChild } from '../support/engine-child.js';
import { registerSampleKeys } from '../support/helpers.js';
import { LinkProxy } from '../support/link-proxy.js';
import {
  credentialOf,
  frozenDigests,
  leaderOf,
  poolEngineEnv,
  replicasAtOneRecord,
  replicationOf,
  waitFor,
} from '../support/replicated-pool.js';

const adminSecret = 'replication-partition-secret';
const appendTimeoutMs = 1_500;
let cluster: NatsCluster;
/** proxies[from][to]: node `from` dials node `to`'s route through it. */
const proxies: LinkProxy[][] = [];
let root: string;
let samples: DemoSamples;
const engines = new Map<string, EngineChild>();
const names = ['A', 'B', 'C'];
let sequence = 1;

const hospital = (): TerminalIdentity => samples.terminals.find((t) => t.role === 'ningboHospitalL3')!;
const cardOf = (i: number): SampleCard => {
  const cards = samples.cards.filter((c) => c.scenario === 'issued' || c.scenario === 'tempLostLapsed');
  return cards[i % cards.length]!;
};

function settleBody(signNo: string, card: SampleCard, fen: number): object {
  const code = samples.catalogue.find((c) => c.class === 1)!.code;
  return {
    header: header(hospital(), signNo, sequence++),
    credential: credentialOf(card),
    medicalType: 11,
    useAccount: true,
    totalFen: fen,
    lines: [{ lineNo: 1, catalogueCode: code, quantityMilli: 1_000, unitPriceFen: fen, amountFen: fen }],
  };
}

/** Cuts node i off (or heals it): every link from or to it. */
function isolate(i: number, cut: boolean): void {
  for (let from = 0; from < proxies.length; from++)
    for (let to = 0; to < proxies.length; to++) {
      if (from === to || (from !== i && to !== i)) continue;
      if (cut) proxies[from]![to]!.blackHole();
      else proxies[from]![to]!.heal();
    }
}

/** Starts engine `name` on its folder, connected to its own server only (cutting n1 off cuts A off). */
async function startEngine(name: string): Promise<void> {
  const env = poolEngineEnv({
    dir: join(root, name),
    name,
    servers: [cluster.servers[names.indexOf(name)]!],
    adminSecret,
    leaseMs: 1_500,
    appendTimeoutMs,
    logLevel: process.env['REPL_LOG'] ?? 'error',
  });
  engines.set(name, await startChild(env));
}

beforeAll(async () => {
  // A port nobody listens on: what each server advertises, so no route is dialled around the proxies.
  const refusing = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  cluster = await NatsCluster.onFreePorts({
    advertise: () => `127.0.0.1:${refusing}`,
    routeUrl: (from, to) => `nats-route://127.0.0.1:${proxies[from]![to]!.port}`,
  });
  for (let from = 0; from < cluster.nodes.length; from++) {
    proxies.push([]);
    for (let to = 0; to < cluster.nodes.length; to++) {
      const proxy = new LinkProxy(() => cluster.nodes[to]!.clusterPort);
      if (from !== to) await proxy.listen();
      proxies[from]!.push(proxy);
    }
  }
  await cluster.start();
  // Every route runs through a proxy: each server has its two routes, and the proxies carry three.
  await waitFor(
    'the routes, through the proxies only',
    async () => {
      const routes = await Promise.all(
        cluster.nodes.map(async (n) => {
          const z = (await (await fetch(`http://127.0.0.1:${n.monitorPort}/routez`)).json()) as { num_routes: number };
          return z.num_routes;
        }),
      );
      const proxied = proxies.flat().reduce((sum, p) => sum + p.open, 0);
      return routes.every((r) => r === 2) && proxied === 3 ? true : undefined;
    },
    30_000,
  );
  root = mkdtempSync(join(tmpdir(), 'ssc-repl-partition-'));
  const masterKey = loadConfig({}).masterKey;
  samples = await makeSnapshot(join(root, 'base'), { cards: 1_000, seed: 17, masterKey, adminSecret });
  registerSampleKeys(samples, masterKey);
  for (const name of names) {
    copySnapshot(join(root, 'base'), join(root, name));
    await startEngine(name);
    if (name === 'A')
      await waitFor(
        'A leads',
        async () => ((await replicationOf(engines.get('A')!.url))?.role === 'leader' ? true : undefined),
        30_000,
      );
  }
}, 120_000);

afterAll(async () => {
  for (const e of engines.values()) await stopChild(e.child, 'SIGKILL');
  await cluster?.stop();
  for (const row of proxies) for (const proxy of row) await proxy.close();
  if (root !== undefined && process.env['REPL_KEEP'] !== '1') rmSync(root, { recursive: true, force: true });
  if (process.env['REPL_KEEP'] === '1') process.stdout.write(`replication: stores kept in ${root}\n`);
}, 60_000);

describe('a link partition (the leader and its server cut off from the other two)', () => {
  it('the minority stops writing, the majority goes on; after healing nothing is lost', async () => {
    // On a failure, what each engine said (its log is masked: no card or ID numbers in it).
    // With each server's JetStream view and its last log lines: who led the stream then.
    onTestFailed(async () => {
      const lastLines = (text: string, n: number): string =>
        text
          .split('\n')
          .filter((line) => !line.includes('"request refused"'))
          .slice(-n)
          .join('\n');
      for (const [name, engine] of engines)
        process.stderr.write(`--- engine ${name}, last of its output:\n${lastLines(engine.output(), 20)}\n`);
      for (const node of cluster.nodes)
        process.stderr.write(`--- server ${node.name}, last of its log:\n${lastLines(node.output, 25)}\n`);
      process.stderr.write(`--- the servers' views:\n${await cluster.describe()}\n`);
    });
    let a = engines.get('A')!.url;
    const signNo = await signIn(a, hospital());
    const acknowledged: { body: object; id: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const body = settleBody(signNo, cardOf(i), 300 + i);
      const r = await call<ssc.v1.SettleReply>(a, 'Settle', body);
      expect(r.reply?.outcome?.reason).toBe('00');
      acknowledged.push({ body, id: r.reply!.settlementId! });
    }

    isolate(0, true);
    const cutAt = Date.now();
    // The majority elects a leader among B and C and writes (at B: decided there or forwarded),
    // while the minority is tried.
    const b = engines.get('B')!.url;
    const majorityFirst = waitFor(
      'a write on the majority side',
      async () => {
        const body = settleBody(signNo, cardOf(4), 444);
        const r = await call<ssc.v1.SettleReply>(b, 'Settle', body);
        if (r.reply?.outcome?.reason !== '00') return undefined;
        acknowledged.push({ body, id: r.reply.settlementId! });
        return Date.now() - cutAt;
      },
      30_000,
    );
    // The minority: every write at A refused within its bound, none acknowledged, for 8 s.
    const minority: { status: number; ms: number }[] = [];
    while (Date.now() - cutAt < 8_000) {
      const started = Date.now();
      const r = await call<ssc.v1.SettleReply>(a, 'Settle', settleBody(signNo, cardOf(3), 333));
      minority.push({ status: r.httpStatus, ms: Date.now() - started });
      expect(r.reply?.outcome?.reason, 'a write acknowledged on the minority side').toBeUndefined();
      expect([r.httpStatus, r.error?.reason]).toEqual([503, 'S01']);
    }
    const slowestMs = Math.max(...minority.map((m) => m.ms));
    // Bounded by the forward / append timeouts (2 x append + 1 s), never a hang.
    expect(slowestMs).toBeLessThan(2 * appendTimeoutMs + 3_000);
    // Its reads too, once it has been out of touch with the log for two lease TTLs.
    const behind = await call<ssc.v1.InquireReply>(a, 'Inquire', {
      header: header(hospital(), signNo, sequence++),
      credential: credentialOf(cardOf(0)),
    });
    expect(behind.error?.sscCode, JSON.stringify([behind.reply?.outcome, await replicationOf(a)])).toBe(
      'SSC_REPLICA_BEHIND',
    );
    expect((await replicationOf(a))?.role).toBe('follower');

    const majorityFirstMs = await majorityFirst;
    const majorityLeader = await leaderOf(new Map([...engines].filter(([n]) => n !== 'A')));
    expect(['B', 'C']).toContain(majorityLeader);
    // More writes through the other majority engine; a 503 S01 while the cut side's stream and lease
    // replicas settle is retried as a terminal would (the same msg id), never answered twice.
    let majorityRetries = 0;
    for (let i = 0; i < 3; i++) {
      const body = settleBody(signNo, cardOf(5 + i), 500 + i);
      const reply = await waitFor(
        'a write through C',
        async () => {
          const r = await call<ssc.v1.SettleReply>(engines.get('C')!.url, 'Settle', body);
          if (r.reply?.outcome?.reason === undefined) majorityRetries++;
          return r.reply?.outcome?.reason === undefined ? undefined : r.reply;
        },
        30_000,
      );
      expect(reply.outcome?.reason).toBe('00');
      acknowledged.push({ body, id: reply.settlementId! });
    }
    process.stdout.write(
      `replication: partition: ${minority.length} writes refused on the minority side (slowest ${slowestMs} ms), ` +
        `the majority wrote again ${majorityFirstMs} ms after the cut (${majorityRetries} retries after)\n`,
    );

    isolate(0, false);
    const healedAt = Date.now();
    const target = (await replicationOf(engines.get(majorityLeader!)!.url))!.appliedSeq;
    // A catches up, or finds that it applied a record the stream does not hold (the chain of record
    // hashes broke: docs/REPLICATION.md) and stops: then it refuses reads until rebuilt from a
    // backup of a majority replica.
    const back = await waitFor(
      'A caught up or diverged',
      async () => {
        const r = await replicationOf(a);
        return r?.role === 'diverged' ? 'diverged' : (r?.appliedSeq ?? 0) >= target ? 'caught up' : undefined;
      },
      60_000,
    ).catch(async (error: unknown) => {
      // What A says of itself when it did not come back (role, applied, lag, reads refused).
      throw new Error(`${(error as Error).message}: ${JSON.stringify(await replicationOf(a))} target ${target}`);
    });
    const undid = (await replicationOf(a)) as { undone?: number } | undefined;
    process.stdout.write(
      `replication: partition healed: A ${back} ${Date.now() - healedAt} ms later (records undone: ${undid?.undone ?? 0})\n`,
    );
    if (back === 'diverged') {
      // Why (the chain's break, logged at error level), and with REPL_KEEP=1 the diverged store and
      // every engine's log kept for a post-mortem.
      const why = engines
        .get('A')!
        .output()
        .split('\n')
        .filter((l) => l.includes('diverged'));
      process.stdout.write(`replication: A diverged: ${why.join(' | ')}\n`);
      if (process.env['REPL_KEEP'] === '1') {
        cpSync(join(root, 'A'), join(root, 'A-diverged'), { recursive: true });
        for (const [name, e] of engines) writeFileSync(join(root, `${name}.log`), e.output());
      }
      const refused = await call<ssc.v1.InquireReply>(a, 'Inquire', {
        header: header(hospital(), signNo, sequence++),
        credential: credentialOf(cardOf(0)),
      });
      expect(refused.error?.sscCode).toBe('SSC_REPLICA_BEHIND');
      // Rebuilt from a running majority replica's backup, it follows the stream from there.
      await stopChild(engines.get('A')!.child, 'SIGTERM');
      rmSync(join(root, 'A'), { recursive: true, force: true });
      execFileSync(process.execPath, ['dist/engine/cli/backup.js', join(root, 'B'), join(root, 'A')]);
      await startEngine('A');
      a = engines.get('A')!.url;
      await waitFor(
        'A rebuilt and caught up',
        async () => ((await replicationOf(a))!.appliedSeq >= target ? true : undefined),
        60_000,
      );
    }
    // A serves reads again and its writes are forwarded to the leader.
    const served = await waitFor(
      'A serving reads',
      async () => {
        const r = await call<ssc.v1.InquireReply>(a, 'Inquire', {
          header: header(hospital(), signNo, sequence++),
          credential: credentialOf(cardOf(0)),
        });
        return r.reply?.outcome?.reason === '00' ? true : undefined;
      },
      30_000,
    );
    expect(served).toBe(true);
    // Within a minute: Debian's 2.9.10 has taken 30 s and more to elect the stream's leader after a
    // heal (its Raft has no pre-vote; each try waits 4-9 s), when nobody can write; reported below.
    const writeTriedAt = Date.now();
    const afterHeal = await waitFor(
      'a write at A',
      async () => {
        const r = await call<ssc.v1.SettleReply>(a, 'Settle', settleBody(signNo, cardOf(8), 800));
        return r.reply?.outcome?.reason === '00' ? r.reply : undefined;
      },
      60_000,
    );
    process.stdout.write(
      `replication: after healing, a write at A was decided ${Date.now() - writeTriedAt} ms after its first try\n`,
    );
    expect(afterHeal.outcome?.reason).toBe('00');
    for (const ack of acknowledged) {
      const replay = await call<ssc.v1.SettleReply>(a, 'Settle', ack.body);
      expect([replay.reply?.outcome?.reason, replay.reply?.settlementId]).toEqual(['T01', ack.id]);
    }

    // Every replica at the stream's last sequence (read from the stream itself, not from whichever
    // engine says it leads), then the same digest.
    const probe = await StreamLog.openWhenReady(
      { servers: cluster.servers, pool: '330299', replicas: 3, appendTimeoutMs: 2_000 },
      30_000,
    );
    const last = await probe.lastSeq();
    await probe.close();
    await replicasAtOneRecord(
      names.map((name) => engines.get(name)!.url),
      last,
      60_000,
    );
    // How often a leader found another engine's record past its own (a second lease from a bucket
    // led by a stale copy after the heal, seen in CI): reported, it is the server's doing.
    const superseded = await Promise.all(
      names.map(async (name) => {
        const r = (await replicationOf(engines.get(name)!.url)) as { supersededStepDowns?: number } | undefined;
        return `${name} ${r?.supersededStepDowns ?? '?'}`;
      }),
    );
    process.stdout.write(
      `replication: tenures ended on another engine's record in the stream: ${superseded.join(', ')}\n`,
    );
    const parts: string[][] = [];
    const digests = [
      ...(
        await frozenDigests(
          names.map((name) => [name, engines.get(name)!]),
          (name) => join(root, name),
          (_name, store) => parts.push(storeDigestParts(store)),
        )
      ).values(),
    ];
    // Where they differ: the databases whose parts are not the same on every replica.
    const differing = parts[0]!.flatMap((part, i) =>
      parts.every((p) => p[i] === part) ? [] : [parts.map((p) => p[i])],
    );
    expect(new Set(digests).size, JSON.stringify(differing)).toBe(1);
  }, 300_000);
});
