// Card-centre import throughput through the real server: member data as CSV and as JSON Lines
// (fresh rows), the same CSV again (idempotent: nothing written), and the police register extract.
// Rows per second as the server counts them (parse + validate + write + flush), and client wall time.
// Target (issue 4): >= 50k rows/s. `npm run bench:import -- --rows 200000`
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AdminClient } from '../../engine/cli/admin-client.js';
import { idCheckChar } from '../../protocol/id-number.js';
import { startServer, stopServer } from '../lib/engine-process.js';
import { machine } from '../lib/stats.js';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '200000' } } });
const rows = Number(values.rows);
const workDir = mkdtempSync(join(tmpdir(), 'ssc-bench-import-'));
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英';

function idOf(k: number): string {
  const day = 1 + (k % 28);
  const month = 1 + (Math.floor(k / 28) % 12);
  const year = 1950 + (Math.floor(k / 336) % 50);
  const serial = Math.floor(k / 16_800) % 1000;
  const first17 = `330203${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}

function nameOf(k: number): string {
  return (
    surnames[k % surnames.length]! +
    given[Math.floor(k / 20) % given.length]! +
    given[Math.floor(k / 500) % given.length]!
  );
}

const header =
  'id_no,name,insured_region,insurance_type,scheme,employer_code,employer_name,enrolled_regions,insured_from,retired';
function memberCsv(from: number, count: number): string {
  const lines = [header];
  for (let k = from; k < from + count; k++) {
    lines.push(
      `${idOf(k)},${nameOf(k)},330203,310,employee,E${String(k % 500).padStart(5, '0')},单位${k % 500},,2010-01-01,${k % 7 === 0 ? 1 : 0}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
function memberJsonl(from: number, count: number): string {
  const lines: string[] = [];
  for (let k = from; k < from + count; k++) {
    lines.push(
      JSON.stringify({
        id_no: idOf(k),
        name: nameOf(k),
        insured_region: '330203',
        insurance_type: 310,
        scheme: 'employee',
        employer_code: `E${String(k % 500).padStart(5, '0')}`,
        insured_from: '2010-01-01',
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}
function policeCsv(count: number): string {
  const lines = ['id_no,name,second_gen_id,household_region'];
  for (let k = 0; k < count; k++)
    lines.push(`${idOf(k)},${k % 20 === 0 ? '某' : ''}${nameOf(k)},${k % 50 === 0 ? 0 : 1},330203`);
  return `${lines.join('\n')}\n`;
}

const files = {
  membersCsv: join(workDir, 'members.csv'),
  membersJsonl: join(workDir, 'members.jsonl'),
  police: join(workDir, 'police.csv'),
};
writeFileSync(files.membersCsv, memberCsv(0, rows));
writeFileSync(files.membersJsonl, memberJsonl(rows, rows));
writeFileSync(files.police, policeCsv(rows));

// The engine runs as its own process (as in production, where the CLI uploads from elsewhere).
const port = 18_400 + Math.floor(Math.random() * 500) * 2;
const engine = await startServer('engine', port, {
  dataDir: join(workDir, 'data'),
  env: { SSC_DEMO_CARDS: '1000', SSC_THREADS: '1', SSC_ADMIN_SECRET: 'bench-admin-secret' },
});
const url = `http://127.0.0.1:${port}`;
const admin = new AdminClient(url);
await admin.login('admin', 'bench-admin-secret');
await admin.post('/admin/staff', { staffId: 'bench-op', role: 'operator', secret: 'bench-operator-secret' });
const op = new AdminClient(url);
await op.login('bench-op', 'bench-operator-secret');

interface Run {
  name: string;
  rows: number;
  serverRowsPerSecond: number;
  clientRowsPerSecond: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rssMb: number;
}
const runs: Run[] = [];
/** The engine process's resident memory (Linux /proc), MB. */
function serverRssMb(): number {
  const status = readFileSync(`/proc/${engine.pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? '0');
  return Math.round(kb / 1024);
}
async function run(name: string, path: string, file: string, type: 'text/csv' | 'application/x-ndjson'): Promise<void> {
  const started = performance.now();
  const result = await op.upload<Record<string, number>>(path, { file }, type);
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 200) throw new Error(`${name}: HTTP ${result.status} ${result.text.slice(0, 200)}`);
  const r = result.body;
  const entry: Run = {
    name,
    rows: r['rows']!,
    serverRowsPerSecond: r['rowsPerSecond']!,
    clientRowsPerSecond: Math.round(r['rows']! / seconds),
    created: r['created']!,
    updated: r['updated']!,
    unchanged: r['unchanged']!,
    rejected: r['rejectedCount']!,
    rssMb: serverRssMb(),
  };
  runs.push(entry);
  process.stdout.write(
    `${name.padEnd(28)} ${entry.rows.toLocaleString('en')} rows  ${entry.serverRowsPerSecond.toLocaleString('en')} rows/s (server)  ${entry.clientRowsPerSecond.toLocaleString('en')} rows/s (client)  created ${entry.created} unchanged ${entry.unchanged} rejected ${entry.rejected}  rss ${entry.rssMb} MB\n`,
  );
}

await run('members CSV (new rows)', '/admin/imports/members', files.membersCsv, 'text/csv');
await run('members CSV again (no-op)', '/admin/imports/members', files.membersCsv, 'text/csv');
await run('members JSONL (new rows)', '/admin/imports/members', files.membersJsonl, 'application/x-ndjson');
await run('police register CSV', '/admin/imports/police', files.police, 'text/csv');
await stopServer(engine);
rmSync(workDir, { recursive: true, force: true });

mkdirSync('bench/results', { recursive: true });
const out = `bench/results/card-import-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '')}.json`;
writeFileSync(
  out,
  `${JSON.stringify({ bench: 'card-import', machine: machine(), rows, targetRowsPerSecond: 50_000, runs }, null, 2)}\n`,
);
process.stdout.write(`wrote ${out}\n`);
