// A replicated pool for a benchmark run (docs/REPLICATION.md) on this machine: a local 3-node NATS
// JetStream cluster (Debian's nats-server), the leader engine at the given port and two following
// engines that never lead, each from its own copy of the dataset. Stopped by their own PIDs.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { NatsCluster } from '../../engine/replication/nats-cluster.js';
import { copyDataset } from './dataset.js';
import { startServer, stopServer } from './engine-process.js';

export interface PoolProcesses {
  cluster: NatsCluster;
  leader: ChildProcess;
  followers: ChildProcess[];
  followerUrls: string[];
  /** Every process of the pool by name (the leader, the followers, the nats-servers), for CPU accounting. */
  processes(): [string, number | undefined][];
  stop(): Promise<void>;
}

/** The pool every bench engine serves (the demo regions table's city pool). */
const benchPool = '330299';

/** Memory-backed files (tmpfs): where `replicasInMemory` puts what is not the leader's. */
const memoryDir = '/dev/shm';

/**
 * Starts the cluster, the leader at `port` (HTTP; TCP at port + 1) and followers at port + 10 and
 * port + 12, each engine with `env` on top of its cluster settings. `replicasInMemory`: the three
 * nats-servers' stores and the followers' data folders on tmpfs, so only the leader's LMDB writes to
 * the disk, as when each replica has a machine and a disk of its own (an experiment: a tmpfs
 * replica does not survive its machine). `allElect`: the followers stand for the lease too (a
 * failover bench), instead of never leading.
 */
export async function startPool(
  datasetDir: string,
  port: number,
  env: Record<string, string> = {},
  options: { replicasInMemory?: boolean; allElect?: boolean } = {},
): Promise<PoolProcesses> {
  const inMemory = options.replicasInMemory === true;
  const clusterDir = inMemory ? mkdtempSync(join(memoryDir, 'ssc-nats-')) : undefined;
  const cluster = await NatsCluster.onFreePorts(clusterDir === undefined ? {} : { dir: clusterDir });
  await cluster.start();
  const copies: string[] = clusterDir === undefined ? [] : [clusterDir];
  const started: ChildProcess[] = [];
  const stop = async (): Promise<void> => {
    for (const child of started.reverse()) await stopServer(child);
    await cluster.stop();
    for (const copy of copies) rmSync(copy, { recursive: true, force: true });
  };
  try {
    const dirOf = (name: string): string => {
      const copy =
        inMemory && name !== 'leader'
          ? copyDataset(datasetDir, `pool-${name}`, memoryDir)
          : copyDataset(datasetDir, `pool-${name}`);
      copies.push(copy);
      return copy;
    };
    const clusterEnv = (name: string): Record<string, string> => ({
      SSC_CLUSTER_NATS: cluster.servers.join(','),
      SSC_CLUSTER_NODE: name,
      SSC_CLUSTER_POOL: benchPool,
      ...env,
    });
    // The leader first (the first engine takes the lease), then two followers (that never lead, unless allElect).
    const leader = await startServer('engine', port, { dataDir: dirOf('leader'), env: clusterEnv('leader') });
    started.push(leader);
    const followers: ChildProcess[] = [];
    const followerUrls: string[] = [];
    for (const [i, name] of ['f1', 'f2'].entries()) {
      const followerPort = port + 10 + 2 * i;
      const follower = await startServer('engine', followerPort, {
        dataDir: dirOf(name),
        env: options.allElect === true ? clusterEnv(name) : { ...clusterEnv(name), SSC_CLUSTER_ELECT: '0' },
      });
      started.push(follower);
      followers.push(follower);
      followerUrls.push(`http://127.0.0.1:${followerPort}`);
    }
    return {
      cluster,
      leader,
      followers,
      followerUrls,
      processes: () => [
        ['leader engine', leader.pid],
        ...followers.map((f, i): [string, number | undefined] => [`follower engine ${i + 1}`, f.pid]),
        ...cluster.nodes.map((n, i): [string, number | undefined] => [`nats-server ${i + 1}`, n.process?.pid]),
      ],
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
