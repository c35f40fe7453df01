// A local NATS JetStream cluster on 127.0.0.1 for trying and testing the replicated pool: three
// `nats-server` processes (Debian's 2.9.10: a test server, not a production one — docs/REPLICATION.md)
// with temporary store folders, started and stopped by their own PIDs. Used by `npm run cluster`
// and the replication tests.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface NatsNode {
  name: string;
  clientPort: number;
  clusterPort: number;
  monitorPort: number;
  storeDir: string;
  process: ChildProcess | undefined;
  /** The last 4 KB the server wrote (its log goes to stderr): what a failed start reports. */
  output: string;
}

/** What a server's monitoring port says of JetStream (`/jsz?accounts=true&streams=true`), the parts read here. */
interface Jsz {
  meta_cluster?: { leader?: string };
  account_details?: {
    stream_detail?: { name: string; cluster?: { leader?: string }; state?: { last_seq?: number } }[];
  }[];
}

export interface NodePorts {
  client: number;
  cluster: number;
  monitor: number;
}

export interface NatsClusterOptions {
  /** First client port; node i listens on base + i, its route on base + 100 + i, monitoring on base + 200 + i. */
  basePort?: number;
  /** Each node's ports (instead of basePort): NatsCluster.onFreePorts picks them. */
  ports?: NodePorts[];
  /**
   * New ports may be picked when a server finds one of its ports taken at start (onFreePorts: a port
   * free when asked may be another process's by the time the server binds it).
   */
  repickPorts?: boolean;
  nodes?: number;
  /** Keep the store folders (default: a fresh temporary folder, removed by stop()). */
  dir?: string;
  /**
   * The servers' max_payload (default 8 MB: a group record of the ledger is up to a few MB, node.ts
   * recordBytesMax); a test of what does not fit one message sets less.
   */
  maxPayloadBytes?: number;
  /**
   * Where node `from` dials node `to`'s route (default: its cluster port). A partition test puts a
   * proxy per link there (test/support/link-proxy.ts).
   */
  routeUrl?: (from: number, to: number) => string;
  /**
   * The route address node i advertises to the others (cluster.advertise). A partition test points
   * it at a port that refuses, so that no server dials another directly on what the cluster gossips
   * (an implicit route around the proxies) and every route is one of routeUrl's.
   */
  advertise?: (node: number) => string;
  /**
   * Clients must log in and speak TLS (the production shape, docs/REPLICATION.md): the user and
   * password of the servers' `authorization` block, and the servers' certificate and key (PEM). With
   * verifyClients, a client must also show a certificate that caFile signed (mutual TLS).
   */
  security?: {
    /** The `authorization` block's user (absent with an operator). */
    user?: string;
    password?: string;
    /** Public keys (U…) of users who log in with an nkey instead, beside the user above. */
    nkeys?: string[];
    /**
     * Operator mode (JWT): the operator's JWT, the system account and every account's JWT by its
     * public key (a MEMORY resolver); users log in with a .creds file an account signed.
     */
    operator?: { jwt: string; systemAccount: string; accounts: Record<string, string> };
    certFile: string;
    keyFile: string;
    caFile?: string;
    verifyClients?: boolean;
  };
}

/** The nats-server binary, or a clear error naming the command that installs it. */
export function natsServerBinary(): string {
  for (const candidate of ['/usr/sbin/nats-server', '/usr/bin/nats-server', 'nats-server']) {
    const probe = spawnSync(candidate, ['--version'], { encoding: 'utf8' });
    if (probe.status === 0) return candidate;
  }
  throw new Error('nats-server not found: apt-get install -y nats-server (Debian 12: 2.9.10)');
}

/** A server's start that failed: its own words, and whether a port it needed was taken. */
export class NatsStartFailed extends Error {
  constructor(
    message: string,
    readonly portTaken: boolean,
  ) {
    super(message);
    this.name = 'NatsStartFailed';
  }
}

/**
 * Resolves once `node` itself answers on its client port (its INFO names it: another process may hold
 * the port); rejects once its process ended, or at the deadline.
 */
function waitForNode(node: NatsNode, deadlineMs: number): Promise<void> {
  const port = node.clientPort;
  const failed = (why: string): NatsStartFailed =>
    new NatsStartFailed(
      `nats-server ${node.name} (client port ${port}) ${why}; its last words: ${node.output.slice(-800).trim() || '(none)'}`,
      /address already in use/i.test(node.output),
    );
  return new Promise((resolve, reject) => {
    const attempt = (): void => {
      const child = node.process;
      if (child === undefined || child.exitCode !== null || child.signalCode !== null) {
        // Its last words once all of them are read (the exit may be seen before its stderr ends).
        const report = (): void =>
          reject(failed(`exited (${child?.exitCode ?? child?.signalCode}) before it listened`));
        const stderr = child?.stderr;
        if (stderr == null || stderr.closed) report();
        else stderr.once('close', report);
        return;
      }
      let heard = '';
      let over = false;
      const socket = connect({ host: '127.0.0.1', port });
      const again = (): void => {
        // Once per attempt (a timeout and an error may both come).
        if (over) return;
        over = true;
        socket.destroy();
        if (Date.now() > deadlineMs) reject(failed('did not start within its time'));
        else setTimeout(attempt, 50);
      };
      socket.setTimeout(1_000, again);
      socket.on('error', again);
      socket.on('data', (chunk: Buffer) => {
        heard += chunk.toString('latin1');
        const end = heard.indexOf('\r\n');
        if (end < 0) return;
        let name: unknown;
        try {
          name = (JSON.parse(heard.slice(0, end).replace(/^INFO\s+/, '')) as { server_name?: unknown }).server_name;
        } catch {
          name = undefined;
        }
        if (name !== node.name) again();
        else if (!over) {
          over = true;
          socket.destroy();
          resolve();
        }
      });
    };
    attempt();
  });
}

/** Client, cluster and monitoring ports for `count` nodes, free on 127.0.0.1 now. */
async function freeNodePorts(count: number): Promise<NodePorts[]> {
  const ports = await freePorts(3 * count);
  return Array.from({ length: count }, (_, i) => ({
    client: ports[3 * i]!,
    cluster: ports[3 * i + 1]!,
    monitor: ports[3 * i + 2]!,
  }));
}

/** `count` distinct ports free on 127.0.0.1 now (held together while asked, then released). */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<Server>((resolve, reject) => {
          const server = createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

export class NatsCluster {
  readonly nodes: NatsNode[];
  private readonly dir: string;
  private readonly ownDir: boolean;
  private readonly binary = natsServerBinary();
  private readonly routeUrl: (from: number, to: number) => string;
  private readonly advertise: ((node: number) => string) | undefined;
  private readonly security: NatsClusterOptions['security'];
  private readonly maxPayloadBytes: number;
  private readonly repickPorts: boolean;

  constructor(options: NatsClusterOptions) {
    this.repickPorts = options.repickPorts === true;
    this.routeUrl = options.routeUrl ?? ((_from, to) => `nats-route://127.0.0.1:${this.nodes[to]!.clusterPort}`);
    this.advertise = options.advertise;
    this.security = options.security;
    this.maxPayloadBytes = options.maxPayloadBytes ?? 8 * 1024 * 1024;
    this.ownDir = options.dir === undefined;
    this.dir = options.dir ?? mkdtempSync(join(tmpdir(), 'ssc-nats-'));
    const count = options.ports?.length ?? options.nodes ?? 3;
    const base = options.basePort ?? 0;
    const portsOf = (i: number): NodePorts =>
      options.ports?.[i] ?? { client: base + i, cluster: base + 100 + i, monitor: base + 200 + i };
    this.nodes = Array.from({ length: count }, (_, i) => ({
      name: `n${i + 1}`,
      clientPort: portsOf(i).client,
      clusterPort: portsOf(i).cluster,
      monitorPort: portsOf(i).monitor,
      storeDir: join(this.dir, `store${i + 1}`),
      process: undefined,
      output: '',
    }));
  }

  /**
   * A cluster on ports the system has free now (asked of the kernel, then released), so suites
   * running side by side do not collide on fixed ranges.
   */
  static async onFreePorts(options: Omit<NatsClusterOptions, 'basePort' | 'ports'> = {}): Promise<NatsCluster> {
    return new NatsCluster({ ...options, ports: await freeNodePorts(options.nodes ?? 3), repickPorts: true });
  }

  /** The client URLs (what the engines connect to). */
  get servers(): string[] {
    return this.nodes.map((n) => `nats://127.0.0.1:${n.clientPort}`);
  }

  private config(node: NatsNode): string {
    const from = this.nodes.indexOf(node);
    const routes = this.nodes.flatMap((_, to) => (to === from ? [] : [this.routeUrl(from, to)])).join(', ');
    return [
      `server_name: ${node.name}`,
      `listen: 127.0.0.1:${node.clientPort}`,
      `http: 127.0.0.1:${node.monitorPort}`,
      `max_payload: ${this.maxPayloadBytes}`,
      `jetstream { store_dir: "${node.storeDir}", max_memory_store: 64MB, max_file_store: 1GB }`,
      ...this.securityConfig(),
      `cluster { name: ssc, listen: 127.0.0.1:${node.clusterPort}, ${this.advertise === undefined ? '' : `advertise: "${this.advertise(from)}", `}routes: [ ${routes} ] }`,
      '',
    ].join('\n');
  }

  /** The client-side `authorization` and `tls` blocks (none: anonymous, plain). */
  private securityConfig(): string[] {
    const security = this.security;
    if (security === undefined) return [];
    const quoted = (text: string): string => JSON.stringify(text);
    const operator = security.operator;
    const users = [
      ...(security.user === undefined
        ? []
        : [`{ user: ${quoted(security.user)}, password: ${quoted(security.password ?? '')} }`]),
      ...(security.nkeys ?? []).map((nkey) => `{ nkey: ${quoted(nkey)} }`),
    ];
    return [
      ...(operator === undefined
        ? [`authorization { users: [ ${users.join(', ')} ] }`]
        : [
            `operator: ${quoted(operator.jwt)}`,
            `system_account: ${operator.systemAccount}`,
            'resolver: MEMORY',
            `resolver_preload: { ${Object.entries(operator.accounts)
              .map(([account, jwt]) => `${account}: ${quoted(jwt)}`)
              .join(', ')} }`,
          ]),
      `tls { cert_file: ${quoted(security.certFile)}, key_file: ${quoted(security.keyFile)}${
        security.verifyClients === true
          ? `, ca_file: ${quoted(security.caFile ?? security.certFile)}, verify: true`
          : ''
      } }`,
    ];
  }

  /**
   * Starts every node. A port found taken (free when picked, another process's by the time the server
   * bound it) makes a cluster on picked ports pick them all again and start over, twice at most: the
   * routes name the others' ports. Anything else fails with the server's own last words.
   */
  async start(): Promise<void> {
    // If this process ends without stop() (a crash, an uncaught error), its servers end with it.
    process.once('exit', this.killAll);
    for (let attempt = 1; ; attempt++) {
      for (let i = 0; i < this.nodes.length; i++) this.startNode(i);
      try {
        await Promise.all(this.nodes.map((n) => waitForNode(n, Date.now() + 10_000)));
        return;
      } catch (error) {
        if (!(error instanceof NatsStartFailed && error.portTaken && this.repickPorts && attempt < 3)) throw error;
        await Promise.all(this.nodes.map((_, i) => this.stopNode(i, 'SIGKILL')));
        const ports = await freeNodePorts(this.nodes.length);
        this.nodes.forEach((node, i) => {
          node.clientPort = ports[i]!.client;
          node.clusterPort = ports[i]!.cluster;
          node.monitorPort = ports[i]!.monitor;
          node.output = '';
        });
      }
    }
  }

  /** Starts (or restarts) node i with its own store folder. */
  startNode(i: number): void {
    const node = this.nodes[i]!;
    const running = node.process !== undefined && node.process.exitCode === null && node.process.signalCode === null;
    if (running) return;
    mkdirSync(node.storeDir, { recursive: true });
    const conf = join(this.dir, `${node.name}.conf`);
    writeFileSync(conf, this.config(node));
    const child = spawn(this.binary, ['-c', conf], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr!.on('data', (chunk: Buffer) => {
      node.output = (node.output + chunk.toString()).slice(-4_096);
    });
    node.process = child;
  }

  async restartNode(i: number): Promise<void> {
    this.startNode(i);
    await waitForNode(this.nodes[i]!, Date.now() + 10_000);
  }

  /** Sends a signal to node i by its PID (SIGKILL, SIGSTOP, SIGCONT, SIGTERM). */
  signal(i: number, signal: NodeJS.Signals): void {
    const pid = this.nodes[i]!.process?.pid;
    if (pid !== undefined) process.kill(pid, signal);
  }

  /** Stops node i (SIGKILL by default) and waits for it to exit. */
  async stopNode(i: number, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const child = this.nodes[i]!.process;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGCONT');
    child.kill(signal);
    await exited;
  }

  /** A live server's JetStream view from its monitoring port (undefined: down, or no answer within 2 s). */
  private async jsz(node: NatsNode): Promise<Jsz | undefined> {
    const child = node.process;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return undefined;
    const response = await fetch(`http://127.0.0.1:${node.monitorPort}/jsz?accounts=true&streams=true`, {
      signal: AbortSignal.timeout(2_000),
    });
    return (await response.json()) as Jsz;
  }

  /**
   * Each server's view of a stream's leader ('-': it knows none; '?': it did not answer), in node
   * order. What a client cannot ask while the API is unsettled: each server says it from its own state.
   */
  async leaderViews(stream: string): Promise<string[]> {
    return Promise.all(
      this.nodes.map(async (node) => {
        try {
          const jsz = await this.jsz(node);
          if (jsz === undefined) return '?';
          const found = (jsz.account_details ?? [])
            .flatMap((a) => a.stream_detail ?? [])
            .find((d) => d.name === stream);
          return found?.cluster?.leader || '-';
        } catch {
          return '?';
        }
      }),
    );
  }

  /**
   * Each live server's view of the JetStream cluster, a line per server: the meta leader, each
   * stream's leader and the last sequence of the server's own copy (name@leader:last, from its
   * monitoring port), or why it could not say. For a test's post-mortem.
   */
  async describe(): Promise<string> {
    const lines = await Promise.all(
      this.nodes.map(async (node) => {
        try {
          const jsz = await this.jsz(node);
          if (jsz === undefined) return `${node.name}: down`;
          const streams = (jsz.account_details ?? [])
            .flatMap((a) => a.stream_detail ?? [])
            .map((s) => `${s.name}@${s.cluster?.leader || '-'}:${s.state?.last_seq ?? '?'}`);
          return `${node.name}: meta leader ${jsz.meta_cluster?.leader || '-'}; ${streams.join(' ')}`;
        } catch (error) {
          return `${node.name}: no answer (${error instanceof Error ? error.message : String(error)})`;
        }
      }),
    );
    return lines.join('\n');
  }

  private readonly killAll = (): void => {
    for (const node of this.nodes) {
      const child = node.process;
      if (child !== undefined && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    if (this.ownDir) rmSync(this.dir, { recursive: true, force: true });
  };

  /** Stops every node by its PID and removes the store folders this cluster made. */
  async stop(): Promise<void> {
    process.removeListener('exit', this.killAll);
    await Promise.all(this.nodes.map((_, i) => this.stopNode(i, 'SIGKILL')));
    if (this.ownDir) rmSync(this.dir, { recursive: true, force: true });
  }
}
