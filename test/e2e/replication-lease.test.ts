// The lease while its bucket has no leader, on a real NATS JetStream cluster (three Debian
// nats-servers on 127.0.0.1, stopped by PID): two in-process nodes of one pool, each on its own
// store, both standing for the lease. The lease bucket is a Raft group of its own; its leader's
// server is paused while the pool's stream is led from another server. Checked:
//   - the leader goes on writing while no lease call is answered (its heartbeat records are
//     acknowledged by the stream), and serves reads;
//   - the other node never takes the lease over meanwhile (a failed read restarts its watch), and
//     once the bucket answers again the leader renews the same lease;
//   - a holder whose renewals stop (its connection closed) is taken over by the other once the
//     lease has not moved for a TTL as the taker saw it: the bucket itself expires nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NatsCluster } from '../../engine/replication/nats-cluster.js';
import { ReplicatedNode } from '../../engine/replication/node.js';
import { StreamLog, type StreamLogOptions } from '../../engine/replication/stream-log.js';
import { defaultMapSizeBytes, Store } from '../../engine/store/store.js';
import { waitFor } from '../support/replicated-pool.js';

const pool = '330296';
let cluster: NatsCluster;
let root: string;
const open: { node?: ReplicatedNode; store: Store }[] = [];

beforeAll(async () => {
  cluster = await NatsCluster.onFreePorts();
  await cluster.start();
  root = mkdtempSync(join(tmpdir(), 'ssc-repl-lease-'));
}, 60_000);

afterAll(async () => {
  for (const i of cluster.nodes.keys()) cluster.signal(i, 'SIGCONT');
  for (const { node, store } of open) {
    await node?.stop().catch(() => undefined);
    await store.close();
  }
  await cluster.stop();
  rmSync(root, { recursive: true, force: true });
}, 60_000);

const options = (servers: string[]): StreamLogOptions => ({
  servers,
  pool,
  replicas: 3,
  appendTimeoutMs: 1_000,
});

async function node(name: string, servers: string[]): Promise<{ node: ReplicatedNode; store: Store }> {
  const store = Store.open({ path: join(root, name), readOnly: false, mapSizeBytes: defaultMapSizeBytes });
  const entry: { node?: ReplicatedNode; store: Store } = { store };
  open.push(entry);
  const log = await StreamLog.openWhenReady(options(servers), 60_000);
  entry.node = new ReplicatedNode(store, log, {
    node: name,
    leaseCheckMs: 300,
    leaseTtlMs: 900,
    elect: true,
    readContactMaxMs: 1_800,
  });
  return { node: entry.node, store };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('the lease while its bucket has no leader', () => {
  it('the leader goes on writing on its heartbeats; nobody takes the lease over; it renews the same lease after', async () => {
    const probe = await StreamLog.openWhenReady(options(cluster.servers), 60_000);
    const leaders = async () => ({
      stream: await probe.streamLeader(),
      lease: await probe.streamLeader(probe.leaseStreamName),
    });
    // The bucket's leader moved off the stream leader's server (a step-down elects another).
    const apart = await waitFor(
      'the lease bucket led apart from the stream',
      async () => {
        const now = await leaders();
        if (now.stream !== '' && now.lease !== '' && now.stream !== now.lease) return now;
        await probe
          .request(`$JS.API.STREAM.LEADER.STEPDOWN.${probe.leaseStreamName}`, new Uint8Array(), 2_000)
          .catch(() => undefined);
        await sleep(1_000);
        return undefined;
      },
      60_000,
    );
    // Both nodes talk to the stream leader's server, so the pause takes their lease calls, not their connection.
    const streamServer = cluster.servers[cluster.nodes.findIndex((n) => n.name === apart.stream)]!;
    const a = await node('A', [streamServer]);
    await a.node.start();
    await waitFor('A leads', async () => (a.node.leading ? true : undefined), 20_000);
    const b = await node('B', [streamServer]);
    await b.node.start();
    let written = 0;
    const write = () => a.node.commit(() => a.store.meta.putSync(`lease.${written}`, written++));
    await write();
    const epoch = a.node.status().epoch;

    const paused = cluster.nodes.findIndex((n) => n.name === apart.lease);
    const roles: string[] = [];
    a.node.onRole((role, reason) => roles.push(`${role}: ${reason}`));
    cluster.signal(paused, 'SIGSTOP');
    const pausedAt = Date.now();
    const acknowledgedAt: number[] = [];
    try {
      // 3.8 s with no lease call answered: under the bucket's shortest election timeout (4 s), so
      // only the stream can keep the leader writing once its renewals time out (1 s). A write refused
      // (an append slow to answer on a loaded machine steps the leader down) is sent again, as a
      // terminal would.
      while (Date.now() - pausedAt < 3_800) {
        await write().then(
          () => acknowledgedAt.push(Date.now() - pausedAt),
          () => undefined,
        );
        await sleep(50);
      }
      const during = a.node.status();
      // Renewals went unanswered for two lease TTLs and more, and the leader wrote on meanwhile.
      expect(during.leaseUnanswered).toBeGreaterThan(0);
      expect(acknowledgedAt.filter((t) => t > 2_500).length, JSON.stringify(acknowledgedAt)).toBeGreaterThan(0);
      // Never stepped down for want of the lease (an append slow to answer may step it down, not a renewal).
      expect(roles.filter((r) => r.includes('log unavailable') || r.includes('lease lost'))).toEqual([]);
      expect(a.node.readsRefused()).toBe(false);
      expect(b.node.role).toBe('follower');
      expect(b.node.leaderName).not.toBe('B');
    } finally {
      cluster.signal(paused, 'SIGCONT');
    }
    // The bucket answers again: A's lease renewed, B still follows.
    const unanswered = a.node.status().leaseUnanswered;
    await waitFor(
      'renewals answered again',
      async () => {
        const before = a.node.status().leaseUnanswered;
        await sleep(1_200);
        return a.node.status().leaseUnanswered === before ? true : undefined;
      },
      60_000,
    );
    await write();
    expect([a.node.role, b.node.role, (await probe.lease()).holder]).toEqual(['leader', 'follower', 'A']);
    expect(a.node.status().leaseUnanswered).toBeGreaterThanOrEqual(unanswered);
    // Every write and heartbeat reached B, in order.
    await waitFor('B applied', async () => (b.node.appliedSeq === a.node.appliedSeq ? true : undefined), 10_000);
    expect(b.store.meta.get(`lease.${written - 1}`)).toBe(written - 1);

    // The bucket ages nothing out (its stream's max age, as a server's monitoring port shows it).
    const monitor = cluster.nodes.find((n) => n.name === apart.stream)!.monitorPort;
    const jsz = (await (
      await fetch(`http://127.0.0.1:${monitor}/jsz?accounts=true&streams=true&config=true`)
    ).json()) as { account_details: { stream_detail?: { name: string; config?: { max_age: number } }[] }[] };
    const bucket = jsz.account_details
      .flatMap((d) => d.stream_detail ?? [])
      .find((d) => d.name === probe.leaseStreamName);
    expect(bucket?.config?.max_age).toBe(0);
    // A's renewals stop: B takes the lease over once it has not moved for a TTL, and leads (barrier appended).
    await a.node.log.close();
    await waitFor('B leads', async () => (b.node.leading ? true : undefined), 30_000);
    expect((await probe.lease()).holder).toBe('B');
    expect(b.node.status().epoch).toBeGreaterThan(epoch);
    await b.node.commit(() => b.store.meta.putSync('lease.after', 1));
    // A, idle and cut off, finds out at its next proof (an empty record, due a lease TTL after its last).
    await waitFor('A steps down', async () => (a.node.leading ? undefined : true), 5_000);
    await probe.close();
  }, 180_000);
});
