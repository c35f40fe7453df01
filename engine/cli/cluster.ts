// `npm run cluster`: a replicated pool to try on one machine — a 3-node NATS JetStream cluster
// (Debian's nats-server, 127.0.0.1) and three engines, each with its own copy of one snapshot (the
// demo dataset), one leading and two following (docs/REPLICATION.md). Ctrl-C stops everything it
// started, by PID. Options: --engines 3 --port 8080 (engine i listens on port + 2i, TCP port + 2i + 1)
// --nats-port 14222 --cards 20000 --data-dir cluster-data (kept: a second run resumes from it).

import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { NatsCluster } from '../replication/nats-cluster.js';
import { copySnapshot, makeSnapshot } from '../replication/snapshot.js';
import { progressBar } from './progress.js';

const { values } = parseArgs({
  options: {
    engines: { type: 'string', default: '3' },
    port: { type: 'string', default: '8080' },
    'nats-port': { type: 'string', default: '14222' },
    cards: { type: 'string', default: '20000' },
    'data-dir': { type: 'string', default: 'cluster-data' },
  },
});
const engineCount = Number(values.engines);
const basePort = Number(values.port);
const root = resolve(values['data-dir']);
mkdirSync(root, { recursive: true, mode: 0o700 });

/** The admin secret of this cluster's snapshot: SSC_ADMIN_SECRET, or one made once and kept. */
function adminSecret(): string {
  const fromEnv = process.env['SSC_ADMIN_SECRET'] ?? '';
  if (fromEnv !== '') return fromEnv;
  const file = join(root, 'admin-secret');
  if (!existsSync(file)) writeFileSync(file, `${randomBytes(18).toString('base64url')}\n`, { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function snapshot(secret: string): Promise<string> {
  const base = join(root, 'base');
  if (existsSync(join(base, 'data.mdb'))) return base;
  await makeSnapshot(base, {
    cards: Number(values.cards),
    seed: 20111201,
    masterKey: loadConfig().masterKey,
    adminSecret: secret,
    onProgress: progressBar('snapshot'),
  });
  return base;
}

const secret = adminSecret();
const base = await snapshot(secret);
const nats = new NatsCluster({ basePort: Number(values['nats-port']), dir: join(root, 'nats') });
await nats.start();
const children: ChildProcess[] = [];
for (let i = 0; i < engineCount; i++) {
  const dir = join(root, `e${i + 1}`);
  if (!existsSync(join(dir, 'data.mdb'))) copySnapshot(base, dir);
  const child = spawn(process.execPath, ['dist/engine/main.js'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      SSC_DATA_DIR: dir,
      SSC_PORT: String(basePort + 2 * i),
      SSC_TCP_PORT: String(basePort + 2 * i + 1),
      SSC_ADMIN_SECRET: secret,
      SSC_CLUSTER_NATS: nats.servers.join(','),
      SSC_CLUSTER_NODE: `e${i + 1}`,
      SSC_WORKERS: process.env['SSC_WORKERS'] ?? 'inline',
    },
  });
  children.push(child);
  process.stdout.write(`engine e${i + 1}: http://127.0.0.1:${basePort + 2 * i} (pid ${child.pid}, data ${dir})\n`);
}
process.stdout.write(
  `NATS: ${nats.servers.join(' ')} (pids ${nats.nodes.map((n) => n.process?.pid).join(' ')})\n` +
    `admin secret: ${join(root, 'admin-secret')} or SSC_ADMIN_SECRET; roles: curl -s http://127.0.0.1:${basePort}/stats\n` +
    'try: kill -9 <the leader engine pid> — another engine takes the lease and writes within seconds. Ctrl-C stops all.\n',
);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
        }),
    ),
  );
  await nats.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
