// A TCP proxy for one network link (one NATS route from one server to another) that can black-hole:
// while cut, every byte in either direction is dropped silently and connections stay open, as on a
// partitioned network (no reset, no close: the peers find out by their own timeouts). Healing lets
// bytes through again and ends the connections that lost bytes meanwhile (their streams are broken
// mid-message), so the peers dial again through the proxy.
import { connect, createServer, type Server, type Socket } from 'node:net';

export class LinkProxy {
  private server: Server | undefined;
  private readonly pairs = new Set<[Socket, Socket]>();
  private cut = false;
  /** Connections that were open while cut (ended on heal). */
  private readonly damaged = new Set<[Socket, Socket]>();
  port = 0;

  /** `targetPort`: read at each connection (a cluster may pick its ports again when one was taken at start). */
  constructor(private readonly targetPort: () => number) {}

  async listen(): Promise<number> {
    const server = createServer((client) => this.accept(client));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    return this.port;
  }

  private accept(client: Socket): void {
    const upstream = connect({ host: '127.0.0.1', port: this.targetPort() });
    const pair: [Socket, Socket] = [client, upstream];
    this.pairs.add(pair);
    if (this.cut) this.damaged.add(pair);
    const end = (): void => {
      client.destroy();
      upstream.destroy();
      this.pairs.delete(pair);
      this.damaged.delete(pair);
    };
    client.on('data', (chunk) => {
      if (this.cut) this.damaged.add(pair);
      else upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (this.cut) this.damaged.add(pair);
      else client.write(chunk);
    });
    for (const socket of pair) {
      socket.on('error', end);
      socket.on('close', end);
    }
  }

  /** Connections open through this link now. */
  get open(): number {
    return this.pairs.size;
  }

  /** From now on nothing passes, silently. */
  blackHole(): void {
    this.cut = true;
    for (const pair of this.pairs) this.damaged.add(pair);
  }

  /** Bytes pass again; connections that lost bytes are ended so their peers dial again. */
  heal(): void {
    this.cut = false;
    for (const [a, b] of this.damaged) {
      a.destroy();
      b.destroy();
    }
    this.damaged.clear();
  }

  async close(): Promise<void> {
    for (const [a, b] of this.pairs) {
      a.destroy();
      b.destroy();
    }
    this.pairs.clear();
    const server = this.server;
    if (server !== undefined) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
