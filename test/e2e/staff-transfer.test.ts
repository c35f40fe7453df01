// Staff requests larger than one NATS message at a follower (replication/staff-transfer.ts): three
// Debian nats-servers on 127.0.0.1 that take at most 128 KB per message, a leader and a follower
// engine (built, each its own process). Checked:
//   - an import of ~1 MB at the follower goes to the leader in parts, is imported there whole (every
//     row counted, the valid ones created, the follower reads them back), and its ~700 KB report
//     comes back in pieces, byte for byte what the leader answers for the same import;
//   - the web console's upload at a follower (a session cookie, no bearer token) goes in parts too;
//   - the OpenAPI document (an answer larger than one message to a bodiless request) comes back whole;
//   - a body larger than one message without a staff token this replica knows: 401 at the follower,
//     nothing sent to the leader;
//   - a body that breaks off part-way: the leader drops the transfer and its file at once.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminClient } from '../../engine/cli/admin-client.js';
import { loadConfig } from '../../engine/config.js';
import { NatsCluster } from '../../engine/replication/nats-cluster.js';
import { copySnapshot, makeSnapshot } from '../../engine/replication/snapshot.js';
import { csrfOf } from '../../engine/server/console/session.js';
import { idCheckChar } from '../../protocol/id-number.js';
import { type EngineChild, startChild } from '../support/engine-child.js';
import { leaderOf, poolEngineEnv, tearDownPool, waitFor } from '../support/replicated-pool.js';

const adminSecret = 'staff-transfer-secret';
const operatorSecret = 'staff-transfer-operator-1';
const maxPayloadBytes = 128 * 1024;
let cluster: NatsCluster;
let root: string;
const engines = new Map<string, EngineChild>();
let leader: string;
let follower: string;

const header =
  'id_no,name,insured_region,insurance_type,scheme,employer_code,employer_name,enrolled_regions,insured_from,retired';
const idNo = (first17: string): string => first17 + idCheckChar(first17);

/** `valid` members created, then `rejected` rows refused for their insurance type (999). */
function membersCsv(valid: number, rejected: number): string {
  const rows = [header];
  for (let i = 0; i < valid; i++)
    rows.push(
      `${idNo(`33020319900101${String(i).padStart(3, '0')}`)},成员,330203,310,employee,EMP001,宁波港务,,2010-01-01,0`,
    );
  for (let i = 0; i < rejected; i++)
    rows.push(
      `${idNo(`3302031991${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`)},拒绝,330203,999,employee,EMP001,宁波港务,,2010-01-01,0`,
    );
  return `${rows.join('\n')}\n`;
}

async function stats(name: string): Promise<{
  forwarding: { staffForwarded: number; staffInParts: number; transfers: Record<string, number> };
}> {
  const body = (await (await fetch(`${engines.get(name)!.url}/stats`)).json()) as {
    replication: { forwarding: never };
  };
  return { forwarding: body.replication.forwarding };
}

beforeAll(async () => {
  cluster = await NatsCluster.onFreePorts({ maxPayloadBytes });
  await cluster.start();
  root = mkdtempSync(join(tmpdir(), 'ssc-staff-transfer-'));
  const masterKey = loadConfig({}).masterKey;
  await makeSnapshot(join(root, 'snapshot'), { cards: 300, seed: 23, masterKey, adminSecret });
  for (const name of ['A', 'B']) {
    copySnapshot(join(root, 'snapshot'), join(root, name));
    const env = poolEngineEnv({
      dir: join(root, name),
      name,
      servers: cluster.servers,
      adminSecret,
      leaseMs: 1_500,
      appendTimeoutMs: 2_000,
      logLevel: 'error',
    });
    engines.set(name, await startChild(env));
  }
  leader = await waitFor('a leader', () => leaderOf(engines), 30_000);
  follower = leader === 'A' ? 'B' : 'A';
  // Imports are an operator's.
  const admin = new AdminClient(engines.get(leader)!.url);
  expect((await admin.login('admin', adminSecret)).status).toBe(200);
  const created = await admin.post('/admin/staff', { staffId: 'xfer-op', role: 'operator', secret: operatorSecret });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
}, 120_000);

async function operatorAt(name: string): Promise<AdminClient> {
  const client = new AdminClient(engines.get(name)!.url);
  expect((await client.login('xfer-op', operatorSecret)).status).toBe(200);
  return client;
}

afterAll(() => tearDownPool(engines, cluster, root), 60_000);

describe('staff requests larger than one message, at a follower', () => {
  it('an import of ~1 MB goes in parts, is imported whole, and its report comes back in pieces', async () => {
    const atFollower = await operatorAt(follower);
    const csv = membersCsv(40, 10_000);
    expect(Buffer.byteLength(csv)).toBeGreaterThan(4 * maxPayloadBytes);
    const before = await stats(follower);
    const viaFollowerStarted = performance.now();
    const report = await atFollower.upload<{
      rows: number;
      created: number;
      rejectedCount: number;
      rejected: { line: number; reason: string }[];
    }>('/admin/imports/members', csv, 'text/csv');
    const viaFollowerMs = performance.now() - viaFollowerStarted;
    expect(report.status, JSON.stringify(report.body).slice(0, 300)).toBe(200);
    expect(report.body.rows).toBe(10_040);
    expect(report.body.created).toBe(40);
    expect(report.body.rejectedCount).toBe(10_000);
    // Every rejection listed, in line order: the answer was joined from its pieces in order.
    expect(report.body.rejected.map((r) => r.line)).toEqual(Array.from({ length: 10_000 }, (_, i) => i + 42));
    expect(JSON.stringify(report.body).length).toBeGreaterThan(maxPayloadBytes);
    const after = await stats(follower);
    expect(after.forwarding.staffInParts).toBe(before.forwarding.staffInParts + 1);
    // At the leader: the transfer completed, nothing left open or spooled.
    const atLeader = await stats(leader);
    expect(atLeader.forwarding.transfers).toMatchObject({ receiving: 0, sending: 0 });
    expect(atLeader.forwarding.transfers['completed']).toBeGreaterThanOrEqual(1);
    const spool = join(root, leader, 'staff-transfer-spool');
    expect(existsSync(spool) ? readdirSync(spool) : []).toEqual([]);
    // The members are the leader's, read back at the follower (read-your-writes through the leader).
    const person = await atFollower.get(`/admin/persons/${idNo('33020319900101000')}`);
    expect(person.status, JSON.stringify(person.body)).toBe(200);
    // The same import again at the leader answers the same report, byte for byte but for its timing.
    const atLeaderClient = await operatorAt(leader);
    const directStarted = performance.now();
    const direct = await atLeaderClient.upload<Record<string, unknown>>('/admin/imports/members', csv, 'text/csv');
    process.stdout.write(
      `staff transfer: ${Buffer.byteLength(csv)} B import at the follower ${viaFollowerMs.toFixed(0)} ms, at the leader ${(performance.now() - directStarted).toFixed(0)} ms\n`,
    );
    const timeless = (r: Record<string, unknown>): object => ({
      ...r,
      created: undefined,
      unchanged: undefined,
      elapsedMs: undefined,
      rowsPerSecond: undefined,
    });
    expect(timeless(direct.body)).toEqual(timeless(report.body as unknown as Record<string, unknown>));
    expect(direct.body['unchanged']).toBe(40);
  }, 120_000);

  it("the web console's upload at a follower (its session cookie, no bearer token) goes in parts too", async () => {
    const form = new URLSearchParams({ staffId: 'xfer-op', secret: operatorSecret });
    const login = await fetch(`${engines.get(follower)!.url}/console/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      redirect: 'manual',
    });
    expect(login.status).toBe(303);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const token = cookie.slice('ssc_console='.length);
    const before = (await stats(follower)).forwarding.staffInParts;
    const uploaded = await fetch(`${engines.get(follower)!.url}/console/imports/console-xfer-01/upload?kind=members`, {
      method: 'POST',
      headers: {
        cookie,
        'content-type': 'text/csv',
        'x-csrf-token': csrfOf(loadConfig({}).masterKey, token),
      },
      body: membersCsv(40, 8_000),
    });
    const fragment = await uploaded.text();
    expect(uploaded.status, fragment.slice(0, 300)).toBe(200);
    // The report fragment the console shows lists the refused rows through the last line (8,041):
    // the whole upload reached the leader's import.
    expect(fragment.includes('<td>8041</td>'), fragment.slice(0, 300)).toBe(true);
    expect(fragment.includes('<td>8042</td>')).toBe(false);
    expect((await stats(follower)).forwarding.staffInParts).toBe(before + 1);
  }, 60_000);

  it('an answer larger than one message to a bodiless request comes back whole (the OpenAPI document)', async () => {
    const viaFollower = await fetch(`${engines.get(follower)!.url}/admin/openapi.json`);
    const direct = await fetch(`${engines.get(leader)!.url}/admin/openapi.json`);
    const [a, b] = [Buffer.from(await viaFollower.arrayBuffer()), Buffer.from(await direct.arrayBuffer())];
    expect([viaFollower.status, direct.status]).toEqual([200, 200]);
    // Larger than a piece (one message less the envelope's 64 KB), so it came in pieces.
    expect(b.length).toBeGreaterThan(maxPayloadBytes - 64 * 1024);
    expect(a.equals(b)).toBe(true);
  }, 60_000);

  it('a body larger than one message without a staff token this replica knows: 401 at the follower, nothing sent', async () => {
    const before = (await stats(leader)).forwarding.transfers;
    const csv = membersCsv(0, 5_000);
    for (const authorization of [undefined, 'Bearer not-a-token-anyone-issued']) {
      const refused = await fetch(`${engines.get(follower)!.url}/admin/imports/members`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', ...(authorization === undefined ? {} : { authorization }) },
        body: csv,
      });
      expect(refused.status).toBe(401);
      expect(((await refused.json()) as { sscCode: string }).sscCode).toBe('SSC_ADMIN_UNAUTHENTICATED');
    }
    // The leader saw no part of either.
    const after = (await stats(leader)).forwarding.transfers;
    expect([after['completed'], after['dropped'], after['receiving']]).toEqual([
      before['completed'],
      before['dropped'],
      0,
    ]);
  }, 60_000);

  it('a body that breaks off part-way: the follower answers nothing made, the leader drops the transfer', async () => {
    const atFollower = await operatorAt(follower);
    const droppedBefore = (await stats(leader)).forwarding.transfers['dropped'] ?? 0;
    const url = new URL(`${engines.get(follower)!.url}/admin/imports/members`);
    const csv = membersCsv(0, 10_000);
    // Three parts' worth sent, then the connection cut: the leader holds a transfer it never ends.
    await new Promise<void>((resolve) => {
      const req = httpRequest({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          authorization: `Bearer ${atFollower.token}`,
          'content-type': 'text/csv',
          'content-length': String(Buffer.byteLength(csv)),
        },
      });
      req.on('error', () => resolve());
      req.write(csv.slice(0, 3 * maxPayloadBytes));
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 1_000);
    });
    // The follower tells the leader at the break; it drops the transfer at once (not after its
    // minute idle).
    const leaderStats = await waitFor(
      'the leader holds no transfer open',
      async () => {
        const s = await stats(leader);
        return s.forwarding.transfers['receiving'] === 0 ? s : undefined;
      },
      10_000,
    );
    expect(leaderStats.forwarding.transfers['dropped']).toBeGreaterThan(droppedBefore);
    const spool = join(root, leader, 'staff-transfer-spool');
    expect(existsSync(spool) ? readdirSync(spool) : []).toEqual([]);
    // And the engines answer as before.
    expect((await atFollower.get(`/admin/persons/${idNo('33020319900101000')}`)).status).toBe(200);
  }, 120_000);
});
