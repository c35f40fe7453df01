// What hostile or careless clients cost the engine (the hardening passes), measured against one or
// more builds in one run so a before/after is a ratio on the same machine:
//   - a swipe's latency while 20 clients loop on /metrics;
//   - 20,000 anonymous admin requests: time, and audit records left in the store;
//   - staff login: known vs unknown id time (median of 10 wrong secrets), then 100 guesses in a row;
//   - 100 unsigned 240 KB Settle bodies: how they are answered and at what round trip.
// `npm run bench:hostile -- [--roots current=.,before=/path/to/old/checkout] [--cards 3000]`
// Each root must be built (its dist/). Results: bench/results/hostile-clients-<time>.json.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../engine/config.js';
import type { DemoSamples } from '../../engine/demo/demo.js';
import { Store } from '../../engine/store/store.js';
import { call, header, signIn } from '../../protocol/client.js';
import { demoTerminalKey, registerTerminalKey } from '../../protocol/mac.js';
import { v1 } from '../../protocol/pb.js';
import { machine } from '../lib/stats.js';

const { values } = parseArgs({
  options: {
    roots: { type: 'string', default: 'current=.' },
    cards: { type: 'string', default: '3000' },
  },
});
const adminSecret = 'hostile-bench-admin-secret';

function start(root: string, dataDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(root, 'dist/engine/main.js')], {
    env: {
      ...process.env,
      SSC_DATA_DIR: dataDir,
      SSC_PORT: String(port),
      SSC_TCP_PORT: String(port + 1),
      SSC_DEMO_CARDS: values.cards,
      SSC_LOG_LEVEL: 'warn',
      SSC_ADMIN_SECRET: adminSecret,
    },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return new Promise((done, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (/listening/.test(String(chunk))) done(child);
    });
    child.once('exit', (code) => fail(new Error(`engine in ${root} exited ${code}`)));
  });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)]!;

async function measure(root: string, port: number): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ssc-hostile-'));
  const child = await start(root, dataDir, port);
  const url = `http://127.0.0.1:${port}`;
  const store = Store.open({ path: dataDir, readOnly: true, mapSizeBytes: 2 ** 32 });
  const samples = store.meta.get('demo.samples') as DemoSamples;
  const masterKey = loadConfig({}).masterKey;
  for (const t of samples.terminals)
    registerTerminalKey(t.terminalId, demoTerminalKey(masterKey, t.terminalId), t.macAlgorithm);
  const terminal = samples.terminals.find((t) => t.role === 'ningboHospitalL3')!;
  const card = samples.cards.find((c) => c.scenario === 'issued')!;
  const signNo = await signIn(url, terminal);
  const out: Record<string, unknown> = { root };

  // 1. Swipes while 20 clients loop on /metrics.
  let stop = false;
  const scrapers = Array.from({ length: 20 }, async () => {
    while (!stop) await (await fetch(`${url}/metrics`)).text();
  });
  await new Promise((r) => setTimeout(r, 500));
  const swipeMs: number[] = [];
  for (let i = 0; i < 300; i++) {
    const t0 = performance.now();
    await call(url, 'Inquire', {
      header: header(terminal, signNo, 100 + i),
      credential: { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
    });
    swipeMs.push(performance.now() - t0);
  }
  stop = true;
  await Promise.all(scrapers);
  out['swipeUnderScrapers'] = { medianMs: median(swipeMs), p99Ms: quantile(swipeMs, 0.99) };

  // 2. 20,000 anonymous admin requests.
  const auditBefore = store.audit.getCount();
  let sent = 0;
  const t1 = performance.now();
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (sent < 20_000) {
        sent++;
        await (await fetch(`${url}/admin/cards/A00000001`)).arrayBuffer();
      }
    }),
  );
  out['anonymousFlood'] = { requests: 20_000, elapsedMs: Math.round(performance.now() - t1) };

  // 3. Logins: known vs unknown id, then 100 guesses in a row for one account.
  const login = async (staffId: string, secret: string): Promise<[number, number]> => {
    const t0 = performance.now();
    const r = await fetch(`${url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ staffId, secret }),
    });
    await r.arrayBuffer();
    return [r.status, performance.now() - t0];
  };
  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < 10; i++) {
    known.push((await login('admin', 'a-wrong-secret-here'))[1]);
    unknown.push((await login(`nobody${i}`, 'a-wrong-secret-here'))[1]);
  }
  let checked = 0;
  let refused = 0;
  const t2 = performance.now();
  for (let i = 0; i < 100; i++) {
    const [status] = await login('admin', `guess-${i}-xxxxxxxx`);
    if (status === 401) checked++;
    else if (status === 429) refused++;
  }
  out['logins'] = {
    knownMedianMs: median(known),
    unknownMedianMs: median(unknown),
    guesses: { checked, refused, elapsedMs: Math.round(performance.now() - t2) },
  };

  // 4. Unsigned 240 KB Settle bodies.
  const body = v1.SettleRequest.encode({ lines: Array.from({ length: 120_000 }, () => ({})) }).finish();
  const statuses: Record<string, number> = {};
  const t3 = performance.now();
  for (let i = 0; i < 100; i++) {
    const r = await fetch(`${url}/ssc.v1.TransactionService/Settle`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/proto' },
    });
    await r.arrayBuffer();
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  }
  out['unsignedLargeBodies'] = { bodyBytes: body.length, statuses, meanMs: (performance.now() - t3) / 100 };

  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  // Audit records written by everything above (the flood, the wrong logins).
  const after = Store.open({ path: dataDir, readOnly: true, mapSizeBytes: 2 ** 32 });
  out['auditRecordsAdded'] = after.audit.getCount() - auditBefore;
  await after.close();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
  return out;
}

const results: Record<string, unknown>[] = [];
let port = 18_900;
for (const entry of values.roots.split(',')) {
  const [name, root] = entry.split('=') as [string, string];
  process.stderr.write(`measuring ${name} (${root})\n`);
  results.push({ name, ...(await measure(resolve(root), port)) });
  port += 10;
}
const report = { machine: machine(), roots: values.roots, cards: Number(values.cards), results };
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/hostile-clients-${new Date().toISOString().slice(0, 19).replace(/[:T-]/g, '')}.json`;
writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(results, null, 2)}\nreport: ${file}\n`);
