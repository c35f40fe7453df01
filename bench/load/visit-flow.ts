// A whole outpatient visit per second, end to end over TCP, beside a pharmacy's one-shot settlement
// of the same ten-line bill: interleaved rounds on one engine, each flow its own closed-loop clients.
// `npm run bench:visits -- [--cards 100000] [--seconds 5] [--rounds 3] [--clients 8]`
// The same two flows run inside `npm run bench` (section "Flows").
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { signIn } from '../../protocol/client.js';
import { openBenchDataset } from '../lib/dataset.js';
import { startServer, stopServer } from '../lib/engine-process.js';
import { flowLoad } from '../lib/flow-load.js';
import { freshHeaders, outpatientVisit, pharmacySettle } from '../lib/flows.js';
import { quantileUs, scrape } from '../lib/server-metrics.js';
import { machine, median } from '../lib/stats.js';

const { values } = parseArgs({
  options: {
    cards: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    clients: { type: 'string', default: '8' },
    port: { type: 'string', default: '18480' },
  },
});
const port = Number(values.port);
const data = await openBenchDataset(Number(values.cards));
const workDir = mkdtempSync(join(dirname(data.dir), 'visits-'));
copyFileSync(join(data.dir, 'data.mdb'), join(workDir, 'data.mdb'));
const engine = await startServer('engine', port, { dataDir: workDir });
const url = `http://127.0.0.1:${port}`;
try {
  const hospitalSignNo = await signIn(url, data.terminal);
  const pharmacy = data.samples.terminals.find((t) => t.role === 'ningboPharmacy')!;
  const pharmacySignNo = await signIn(url, pharmacy);
  const fresh = freshHeaders();
  const flows = {
    'outpatient visit': outpatientVisit(data, () => hospitalSignNo, fresh),
    'pharmacy one-shot': pharmacySettle(data, () => pharmacySignNo, fresh),
  };
  const options = { port: port + 1, clients: Number(values.clients), seconds: Number(values.seconds) };
  const results: Record<string, Awaited<ReturnType<typeof flowLoad>>[]> = {};
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const [name, flow] of Object.entries(flows)) {
      const before = await scrape(url);
      const r = await flowLoad({ ...options, flow });
      const after = await scrape(url);
      results[name] = [...(results[name] ?? []), r];
      const server = Object.keys(r.stepsUs)
        .map((step) => {
          const q = (stage: string, p: number) => Math.round(quantileUs(before, after, `${step}|tcp|${stage}`, p));
          return `${step} p50 ${q('total', 0.5)} p99 ${q('total', 0.99)} (queue p99 ${q('queue', 0.99)}, commit p99 ${q('commit', 0.99)})`;
        })
        .join('; ');
      process.stderr.write(
        `round ${round + 1} ${name}: ${r.flowsPerSecond}/s, flow p50 ${(r.flowUs.p50 / 1000).toFixed(2)} ms, p99 ${(r.flowUs.p99 / 1000).toFixed(2)} ms, approved ${r.approvedFlows}/${r.flows}, errors ${r.errors}\n  server µs: ${server}\n`,
      );
    }
  }
  const summary = Object.fromEntries(
    Object.entries(results).map(([name, runs]) => [
      name,
      {
        flowsPerSecond: median(runs.map((r) => r.flowsPerSecond)),
        flowP50Us: median(runs.map((r) => r.flowUs.p50)),
        flowP99Us: median(runs.map((r) => r.flowUs.p99)),
        stepsP99Us: Object.fromEntries(
          Object.keys(runs[0]!.stepsUs).map((s) => [s, median(runs.map((r) => r.stepsUs[s]!.p99))]),
        ),
        approved: runs.reduce((n, r) => n + r.approvedFlows, 0),
        flows: runs.reduce((n, r) => n + r.flows, 0),
        declined: runs.map((r) => r.declined),
      },
    ]),
  );
  const outDir = 'bench/results';
  mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').slice(0, 15).replace('T', '');
  const file = join(outDir, `visits-${stamp}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ tool: 'bench:visits', machine: machine(), settings: values, summary, results }, null, 2)}\n`,
  );
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n${file}\n`);
} finally {
  await stopServer(engine);
  rmSync(workDir, { recursive: true, force: true });
}
process.exit(0);
