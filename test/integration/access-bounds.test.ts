// What an outsider can make the admin API do (hardening issue, items 2 and 3): a flood of refused
// requests leaves a bounded audit trail (rate-limited per source, summarised, pruned by time and
// count) in which real entries survive; staff logins back off per account and per address, the
// right secret included, until an admin unlocks; unknown ids cost the same scrypt as known ones.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditRecord, AuditTrail } from '../../engine/cards/audit-trail.js';
import { importLimits, runImport } from '../../engine/cards/import.js';
import { Role } from '../../engine/cards/records.js';
import { AdminClient } from '../../engine/cli/admin-client.js';
import { limits } from '../../engine/core/limits.js';
import { memberCsvRow, membersCsvHeader } from '../support/fixtures.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';

const adminSecret = 'bounds-admin-secret';
const secret = 'bounds-staff-secret';

function auditRows(t: TestEngine): AuditRecord[] {
  return [...t.engine.store.audit.getRange({})].map(({ value }) => value as AuditRecord);
}

async function inParallel(count: number, width: number, one: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) await one(next++);
    }),
  );
}

describe('the audit trail under a flood of refusals', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await startTestEngine({ SSC_DEMO_CARDS: '300', SSC_ADMIN_SECRET: adminSecret });
  });
  afterAll(async () => t.stop());

  it('stays bounded; the real refusal before the flood survives; the summary accounts for every refusal', async () => {
    const admin = new AdminClient(t.engine.url);
    expect((await admin.login('admin', adminSecret)).status).toBe(200);
    expect((await admin.post('/admin/staff', { staffId: 'b-op', role: Role.Operator, secret })).status).toBe(201);
    const op = new AdminClient(t.engine.url);
    expect((await op.login('b-op', secret)).status).toBe(200);
    expect((await op.get('/admin/audit')).status).toBe(403); // a real refusal, audited
    await t.engine.centre.auditTrail.written();
    const before = auditRows(t).length;
    expect(auditRows(t).some((r) => r.who === 'b-op' && r.code === 'SSC_ADMIN_FORBIDDEN')).toBe(true);

    const flood = 5_000;
    let refused = 0;
    await inParallel(flood, 32, async (i) => {
      const response = await fetch(`${t.engine.url}/admin/cards/A${String(i).padStart(8, '0')}`);
      await response.arrayBuffer();
      if (response.status === 401) refused++;
    });
    expect(refused).toBe(flood);
    t.engine.centre.auditTrail.closeWindows(Date.now());
    await t.engine.centre.auditTrail.written();
    const rows = auditRows(t);
    // Before the fix: one record per refusal (+5,000). Now: the source's quota, then summaries.
    expect(rows.length - before).toBeLessThanOrEqual(limits.auditRecordsPerSourceWindow + 2);
    const flooded = rows.slice(before).filter((r) => r.code === 'SSC_ADMIN_UNAUTHENTICATED');
    expect(flooded.reduce((sum, r) => sum + (r.count ?? 1), 0)).toBe(flood);
    expect(flooded.some((r) => r.count > 1)).toBe(true);
    expect(rows.some((r) => r.who === 'b-op' && r.code === 'SSC_ADMIN_FORBIDDEN')).toBe(true);
    expect(t.engine.centre.auditTrail.dropped).toBe(0);
  });

  it('prunes the oldest records past its count and its retention time', async () => {
    const trail = new AuditTrail(t.engine.store, {
      windowMs: 60_000,
      recordsPerSourceWindow: 1,
      sourcesMax: 10_000,
      retentionMs: 3_600_000,
      recordsMax: 50,
      pruneItemsMax: 1_024,
    });
    const nowMs = Date.now();
    for (let i = 0; i < 300; i++)
      trail.refused('', '/admin/x', 'SSC_ADMIN_UNAUTHENTICATED', `10.0.${i >> 8}.${i & 255}`, nowMs);
    await trail.written();
    trail.maintain(nowMs);
    await trail.written();
    expect(trail.size).toBe(50);
    const newest = auditRows(t).at(-1)!;
    expect(newest.remote).toBe('10.0.1.43'); // the 300th source: the newest records are the ones kept
    trail.maintain(nowMs + 3_600_001);
    await trail.written();
    expect(trail.size).toBe(0);
  });
});

describe('staff login back-off', () => {
  let t: TestEngine;
  let admin: AdminClient;
  beforeAll(async () => {
    t = await startTestEngine({ SSC_DEMO_CARDS: '300', SSC_ADMIN_SECRET: adminSecret });
    admin = new AdminClient(t.engine.url);
    expect((await admin.login('admin', adminSecret)).status).toBe(200);
    for (const staffId of ['b-lock', 'b-time'])
      expect((await admin.post('/admin/staff', { staffId, role: Role.Operator, secret })).status).toBe(201);
  });
  afterAll(async () => t.stop());

  const login = async (staffId: string, secretTried: string): Promise<Response> =>
    fetch(`${t.engine.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ staffId, secret: secretTried }),
    });

  it('an unknown id costs the same scrypt as a known one (no timing oracle)', async () => {
    const median = async (staffId: string): Promise<number> => {
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        expect((await login(staffId, 'a-wrong-secret-123')).status).toBe(401);
        times.push(performance.now() - started);
      }
      return times.sort((a, b) => a - b)[2]!;
    };
    const known = await median('b-time');
    const unknown = await median('nobody-here');
    // Before: known ~51 ms, unknown ~2.6 ms (ratio 0.05). Same work now: the ratio sits near 1.
    expect(unknown / known).toBeGreaterThan(0.5);
    await admin.post('/admin/staff/b-time/unlock');
  });

  it('backs off after 5 wrong secrets, the right one included, until an admin unlocks', async () => {
    for (let i = 0; i < limits.loginAccountFreeFailures + 1; i++)
      expect((await login('b-lock', `wrong-secret-${i}-xx`)).status).toBe(401);
    const locked = await login('b-lock', secret);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(((await locked.json()) as { sscCode: string }).sscCode).toBe('SSC_ADMIN_THROTTLED');
    const unlocked = await admin.post<{ failures: number }>('/admin/staff/b-lock/unlock');
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.failures).toBe(limits.loginAccountFreeFailures + 1);
    expect((await login('b-lock', secret)).status).toBe(200);
    const changes = [...t.engine.store.changes.getRange({})].map(({ value }) => value as { op: string; actor: string });
    expect(changes.some((c) => c.op === 'unlock-staff' && c.actor === 'admin')).toBe(true);
    await t.engine.centre.auditTrail.written();
    expect(auditRows(t).some((r) => r.code === 'SSC_ADMIN_THROTTLED')).toBe(true);
  });

  it('100 guesses in a row: only the free ones and the back-off steps are checked', async () => {
    let checked = 0;
    let throttled = 0;
    for (let i = 0; i < 100; i++) {
      const status = (await login('b-lock', `guess-number-${i}`)).status;
      if (status === 401) checked++;
      else if (status === 429) throttled++;
    }
    // Before: all 100 checked (~22/s) and the right secret worked at once after them.
    expect(checked).toBeLessThanOrEqual(limits.loginAccountFreeFailures + 2);
    expect(checked + throttled).toBe(100);
    expect((await login('b-lock', secret)).status).toBe(429);
  });
});

describe('revocation inside a long operation', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = await startTestEngine({ SSC_DEMO_CARDS: '300', SSC_ADMIN_SECRET: adminSecret });
  });
  afterAll(async () => t.stop());

  it('an operator disabled mid-import writes nothing after the disable; the import answers 401', async () => {
    const admin = new AdminClient(t.engine.url);
    expect((await admin.login('admin', adminSecret)).status).toBe(200);
    expect((await admin.post('/admin/staff', { staffId: 'r-op', role: Role.Operator, secret })).status).toBe(201);
    const actor = { staffId: 'r-op', role: Role.Operator, employerCode: '', agentIdNo: '' };
    const row = (i: number): string => memberCsvRow(i, 1980, '员工', 'EMPR');
    // The first chunk and more, then the source waits until the operator is disabled.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const rows = importLimits.chunkRows + 500;
    async function* lines(): AsyncGenerator<Buffer> {
      yield Buffer.from(`${membersCsvHeader}\n`);
      for (let i = 0; i < rows; i++) yield Buffer.from(`${row(i)}\n`);
      await released;
      for (let i = rows; i < rows + 12_000; i++) yield Buffer.from(`${row(i)}\n`);
    }
    const nowMs = Date.now();
    const importing = runImport(t.engine.centre, actor, 'members', 'csv', Readable.from(lines()), {
      nowMs,
      insuredRegionOf: t.engine.centre.insuredRegionResolver(nowMs),
    });
    const outcome = importing.then(
      (r) => `finished ${JSON.stringify({ ...r, rejected: r.rejected.slice(0, 3) })}`,
      (error: { code?: string }) => error.code,
    );
    // Wait until the first chunk is in, then disable the operator.
    for (let i = 0; i < 500 && t.engine.centre.sequence < 10; i++) await new Promise((r) => setTimeout(r, 10));
    expect((await admin.post('/admin/staff/r-op/disable')).status).toBe(200);
    const disabledAt = t.engine.centre.sequence;
    release();
    expect(await outcome).toBe('SSC_ADMIN_UNAUTHENTICATED');
    const after = [...t.engine.store.changes.getRange({ start: disabledAt + 1 })].map(
      ({ value }) => value as { actor: string },
    );
    // Before: 180,000 change-log entries in the disabled operator's name after the disable.
    expect(after.filter((c) => c.actor === 'r-op')).toEqual([]);
  });
});

describe('a chunk the store refuses while the next is parsed', () => {
  it('rejects the import with the storage error (503), never as an unobserved promise', async () => {
    let applied = false;
    const centre = {
      applyMemberRows: () => {
        applied = true;
        return new Promise((_resolve, reject) =>
          setTimeout(() => reject(Object.assign(new Error('disk full'), { code: 'SSC_STORE_UNAVAILABLE' })), 20),
        );
      },
    } as unknown as Parameters<typeof runImport>[0];
    const actor = { staffId: 'x-op', role: Role.Operator, employerCode: '', agentIdNo: '' };
    let release: () => void = () => {};
    const later = new Promise<void>((resolve) => {
      release = resolve;
    });
    async function* lines(): AsyncGenerator<Buffer> {
      yield Buffer.from(`${membersCsvHeader}
`);
      for (let i = 0; i < importLimits.chunkRows; i++)
        yield Buffer.from(`${memberCsvRow(i, 1982, '李', 'EMPX')}
`);
      // The next chunk is still being parsed when the first one's write fails.
      await later;
      yield Buffer.from('');
    }
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => {
      unhandled.push(reason);
    };
    process.on('unhandledRejection', onUnhandled);
    try {
      const importing = runImport(centre, actor, 'members', 'csv', Readable.from(lines()), {
        nowMs: Date.now(),
        insuredRegionOf: () => '330203',
      }).then(
        () => 'finished',
        (error: { code?: string }) => error.code,
      );
      // The first chunk's write is under way and fails while the parser waits for more input.
      for (let i = 0; i < 500 && !applied; i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(applied).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 100));
      release();
      expect(await importing).toBe('SSC_STORE_UNAVAILABLE');
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
