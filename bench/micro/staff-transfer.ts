// What a large staff upload costs when it arrives at a follower (sent to the leader in parts,
// spooled there, its report back in pieces: engine/replication/staff-transfer.ts) against the same
// upload at the leader itself. A local pool (three nats-servers taking 8 MB per message, the leader
// and two followers, bench/lib/pool-process.ts) on the bench dataset; the upload is a members CSV
// of --mb megabytes whose rows the import reads and refuses (insurance type 999), so the import's
// own work is the same small parse either way and the difference is the way there. Rounds
// alternate the two; medians reported, and MB/s of upload.
// `node dist/bench/micro/staff-transfer.js [--mb 64] [--rounds 3] [--cards 100000]`
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { AdminClient } from '../../engine/cli/admin-client.js';
import { idCheckChar } from '../../protocol/id-number.js';
import { ensureDataset } from '../lib/dataset.js';
import { startPool } from '../lib/pool-process.js';
import { machine, median } from '../lib/stats.js';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '64' },
    rounds: { type: 'string', default: '3' },
    cards: { type: 'string', default: '100000' },
  },
});
const rounds = Number(values.rounds);
const targetBytes = Number(values.mb) * 1024 * 1024;
const adminSecret = 'bench-staff-transfer-admin';
const operatorSecret = 'bench-staff-transfer-op-1';

/** A members CSV of about targetBytes whose every row is refused (insurance type 999). */
function upload(): Buffer {
  const rows = [
    'id_no,name,insured_region,insurance_type,scheme,employer_code,employer_name,enrolled_regions,insured_from,retired',
  ];
  let bytes = rows[0]!.length + 1;
  for (let i = 0; bytes < targetBytes; i++) {
    const first17 = `33020319${String(50 + (i % 40))}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
    const row = `${first17}${idCheckChar(first17)},测试,330203,999,employee,EMP001,宁波港务,,2010-01-01,0`;
    rows.push(row);
    bytes += Buffer.byteLength(row) + 1;
  }
  return Buffer.from(`${rows.join('\n')}\n`);
}

const { dir } = await ensureDataset(Number(values.cards));
const body = upload();
const scratch = mkdtempSync(join(tmpdir(), 'ssc-bench-transfer-'));
const file = join(scratch, 'members.csv');
writeFileSync(file, body);
const port = 18_950;
const pool = await startPool(dir, port, { SSC_ADMIN_SECRET: adminSecret, SSC_LOG_LEVEL: 'error' });
try {
  const leaderUrl = `http://127.0.0.1:${port}`;
  const admin = new AdminClient(leaderUrl);
  // The dataset's admin: made now with adminSecret, or by an engine that ran on the dataset before
  // (its secret in the dataset's folder).
  const earlier = join(dir, 'admin-secret');
  const secret = existsSync(earlier) ? readFileSync(earlier, 'utf8').trim() : adminSecret;
  if ((await admin.login('admin', secret)).status !== 200) throw new Error('admin login refused');
  const created = await admin.post('/admin/staff', { staffId: 'bench-op', role: 'operator', secret: operatorSecret });
  if (created.status !== 201) throw new Error(`operator not created: ${JSON.stringify(created.body)}`);
  const operatorAt = async (url: string): Promise<AdminClient> => {
    const client = new AdminClient(url);
    // A follower knows the token once the leader's record of it is applied there (milliseconds).
    for (let i = 0; i < 50 && client.token === ''; i++) {
      if ((await client.login('bench-op', operatorSecret)).status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    return client;
  };
  const at = { follower: await operatorAt(pool.followerUrls[0]!), leader: await operatorAt(leaderUrl) };
  await new Promise((r) => setTimeout(r, 500));
  const runs: { where: 'follower' | 'leader'; round: number; ms: number; rows: number; status: number }[] = [];
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 === 1 ? (['follower', 'leader'] as const) : (['leader', 'follower'] as const);
    for (const where of order) {
      const started = performance.now();
      const report = await at[where].upload<{ rows: number }>('/admin/imports/members', { file }, 'text/csv');
      const ms = performance.now() - started;
      if (report.status !== 200)
        throw new Error(`${where}: ${report.status} ${JSON.stringify(report.body).slice(0, 300)}`);
      runs.push({ where, round, ms: Math.round(ms), rows: report.body.rows, status: report.status });
      process.stdout.write(
        `round ${round} ${where.padEnd(8)} ${(body.length / 1e6).toFixed(1)} MB, ${report.body.rows} rows: ${ms.toFixed(0)} ms (${(body.length / 1e6 / (ms / 1000)).toFixed(1)} MB/s)\n`,
      );
    }
  }
  const medianMs = (where: string): number => median(runs.filter((r) => r.where === where).map((r) => r.ms));
  const summary = {
    bytes: body.length,
    followerMs: medianMs('follower'),
    leaderMs: medianMs('leader'),
    followerMBps: Number((body.length / 1e6 / (medianMs('follower') / 1000)).toFixed(1)),
    leaderMBps: Number((body.length / 1e6 / (medianMs('leader') / 1000)).toFixed(1)),
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  mkdirSync('bench/results', { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const report = `bench/results/staff-transfer-${stamp}.json`;
  writeFileSync(report, `${JSON.stringify({ machine: machine(), rounds, summary, runs }, null, 2)}\n`);
  process.stdout.write(`report: ${report}\n`);
} finally {
  await pool.stop();
  rmSync(scratch, { recursive: true, force: true });
}
