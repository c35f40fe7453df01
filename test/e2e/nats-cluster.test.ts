// The local NATS cluster the replication suites and `npm run cluster` start (engine/replication/
// nats-cluster.ts), on Debian's nats-server: a port taken between being picked and being bound.
import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { NatsCluster, NatsStartFailed } from '../../engine/replication/nats-cluster.js';

const clusters: NatsCluster[] = [];
let squatter: Server | undefined;

afterEach(async () => {
  for (const cluster of clusters.splice(0)) await cluster.stop();
  await new Promise((resolve) => (squatter === undefined ? resolve(undefined) : squatter.close(resolve)));
  squatter = undefined;
});

/** Some other process's listener on a port one of the cluster's nodes was given. */
async function squat(port: number): Promise<void> {
  squatter = createServer();
  await new Promise<void>((resolve) => squatter!.listen(port, '127.0.0.1', resolve));
}

describe('a local NATS cluster whose port is taken at start', () => {
  it('on picked ports: picks them all again and starts; the taken port is no longer any node’s', async () => {
    const cluster = await NatsCluster.onFreePorts();
    clusters.push(cluster);
    const taken = cluster.nodes[0]!.clientPort;
    await squat(taken);
    await cluster.start();
    expect(cluster.nodes[0]!.clientPort).not.toBe(taken);
    const varz = (await (await fetch(`http://127.0.0.1:${cluster.nodes[0]!.monitorPort}/varz`)).json()) as {
      port: number;
    };
    expect(varz.port).toBe(cluster.nodes[0]!.clientPort);
  }, 60_000);

  it('on ports given: fails at once with the server’s own words, naming the port', async () => {
    const picked = await NatsCluster.onFreePorts();
    clusters.push(picked); // never started: stop() removes its folder
    const ports = picked.nodes.map((n) => ({ client: n.clientPort, cluster: n.clusterPort, monitor: n.monitorPort }));
    const client = ports[0]!.client;
    const cluster = new NatsCluster({ ports });
    clusters.push(cluster);
    await squat(client);
    const started = Date.now();
    const failure = await cluster.start().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(NatsStartFailed);
    expect((failure as NatsStartFailed).portTaken).toBe(true);
    expect((failure as Error).message).toMatch(
      new RegExp(`n1 \\(client port ${client}\\) exited[\\s\\S]*address already in use`),
    );
    // The process's exit, not the 10 s deadline.
    expect(Date.now() - started).toBeLessThan(8_000);
  }, 60_000);
});
