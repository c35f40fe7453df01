// Scheduled backups (SSC_BACKUP_DIR, _INTERVAL_S, _KEEP): a running engine copies its store every
// interval into a folder of its own, keeps the newest, says so in /stats, and goes on answering
// when a backup fails.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../engine/config.js';
import { storeDigest } from '../../engine/replication/digest.js';
import { ScheduledBackups } from '../../engine/store/backups.js';
import { defaultMapSizeBytes, Store } from '../../engine/store/store.js';
import { call, header, signIn } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';
import { waitFor } from '../support/replicated-pool.js';

let t: TestEngine;
let root: string;
let dir: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ssc-backups-'));
  dir = join(root, 'backups');
  // What a crash in the middle of a copy leaves: removed when the schedule starts.
  mkdirSync(join(dir, '.partial-backup-20261130T000000.000Z-seq0'), { recursive: true });
  t = await startTestEngine({
    SSC_DEMO_CARDS: '500',
    SSC_BACKUP_DIR: dir,
    SSC_BACKUP_INTERVAL_S: '1',
    SSC_BACKUP_KEEP: '2',
  });
});
afterAll(async () => {
  await t.stop();
  rmSync(root, { recursive: true, force: true });
});

type BackupStats = {
  dir: string;
  intervalMs: number;
  keep: number;
  taken: number;
  failed: number;
  last?: { name: string; appliedSeq: number; bytes: number };
  lastError?: string;
};
async function backupStats(): Promise<BackupStats> {
  return ((await (await fetch(`${t.engine.url}/stats`)).json()) as { backups: BackupStats }).backups;
}

describe('scheduled backups', () => {
  it('copies every committed write, owner-only, as a store that opens', async () => {
    const terminal = t.terminal('ningboHospitalL3');
    // A write through the real API (the sign-in's session) before the copy.
    const signNo = await signIn(t.engine.url, terminal);
    const before = storeDigest(t.engine.store);
    const taken = await t.engine.backups!.takeNow();
    const after = storeDigest(t.engine.store);
    const path = join(dir, taken.name);
    expect(statSync(path).mode & 0o777).toBe(0o700);
    expect(statSync(join(path, 'data.mdb')).mode & 0o777).toBe(0o600);
    const copy = Store.open({ path, readOnly: true, mapSizeBytes: defaultMapSizeBytes });
    try {
      expect([before, after]).toContain(storeDigest(copy));
    } finally {
      await copy.close();
    }
    expect(taken).toMatchObject({ appliedSeq: 0, bytes: statSync(join(path, 'data.mdb')).size });
    // The engine answered throughout.
    const reply = await call<ssc.v1.InquireReply>(t.engine.url, 'Inquire', {
      header: header(terminal, signNo, 2),
      credential: { type: 3 },
    });
    expect(reply.httpStatus).toBe(200);
  });

  it('runs on its schedule and keeps the newest; nothing half-made is left', async () => {
    const start = (await backupStats()).taken;
    const stats = await waitFor(
      'three scheduled backups',
      async () => {
        const s = await backupStats();
        return s.taken >= start + 3 ? s : undefined;
      },
      20_000,
    );
    expect(stats).toMatchObject({ dir, intervalMs: 1_000, keep: 2, failed: 0 });
    // Between two copies (one may be under way at any moment: its .partial- folder, or a third
    // whole one just before the oldest goes): the two newest and nothing else.
    const whole = await waitFor(
      'two backups and nothing half-made',
      async () => {
        const entries = readdirSync(dir).sort();
        const kept = entries.filter((e) => e.startsWith('backup-'));
        return kept.length === 2 && entries.length === 2 ? kept : undefined;
      },
      5_000,
    );
    expect(whole.every((e) => /^backup-\d{8}T\d{6}\.\d{3}Z-seq0$/.test(e))).toBe(true);
    // No card, terminal or person in what /stats says of them.
    expect(JSON.stringify(stats)).not.toMatch(/\d{15,18}|[A-Z]\d{8}/);
  });

  it('a backup that fails is counted and logged by its code; the engine goes on, and so do later backups', async () => {
    const failedBefore = (await backupStats()).failed;
    // The folder replaced by a file: the next copy cannot be made (ENOTDIR / EEXIST).
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(dir, 'not a folder');
    const failed = await waitFor(
      'a failed backup',
      async () => {
        const s = await backupStats();
        return s.failed > failedBefore ? s : undefined;
      },
      10_000,
    );
    expect(failed.lastError).toMatch(/^E[A-Z]+$/);
    const terminal = t.terminal('ningboHospitalL3');
    expect((await signIn(t.engine.url, terminal)).length).toBeGreaterThan(0);
    rmSync(dir, { force: true });
    mkdirSync(dir, { mode: 0o700 });
    const takenBefore = (await backupStats()).taken;
    await waitFor(
      'a backup after the folder is back',
      async () => ((await backupStats()).taken > takenBefore ? true : undefined),
      10_000,
    );
  });

  it('refuses a backup folder inside the data folder (SSC_CONFIG)', () => {
    expect(() => loadConfig({ SSC_DATA_DIR: root, SSC_BACKUP_DIR: join(root, 'b') })).toThrow(/SSC_BACKUP_DIR/);
    expect(() => loadConfig({ SSC_DATA_DIR: root, SSC_BACKUP_DIR: root })).toThrow(/SSC_BACKUP_DIR/);
    expect(() => loadConfig({ SSC_DATA_DIR: join(root, 'data'), SSC_BACKUP_INTERVAL_S: '0' })).toThrow(
      /SSC_BACKUP_INTERVAL_S/,
    );
  });
});

describe('scheduled backups beside a stream that keeps only its last records', () => {
  it('says whether the newest backup can still start a replica, and counts the intervals it could not', async () => {
    const base = mkdtempSync(join(tmpdir(), 'ssc-backup-coverage-'));
    const backupDir = join(base, 'backups');
    // A backup an earlier run made, at sequence 40: the first check counts from it.
    mkdirSync(join(backupDir, 'backup-20261130T000000.000Z-seq40'), { recursive: true });
    const store = Store.open({ path: join(base, 'data'), readOnly: false, mapSizeBytes: defaultMapSizeBytes });
    const schedule = { dir: backupDir, intervalMs: 3_600_000, keep: 2 };
    const backups = new ScheduledBackups(store, schedule, () => {}, 100);
    try {
      backups.start();
      type Coverage = {
        streamMaxRecords: number;
        coverageGaps: number;
        newestRecordsBehind: number;
        newestUsable: boolean;
      };
      const stats = (): Coverage => backups.stats() as Coverage;
      // 60 records after the backup at 40: the stream (the last 100) still holds record 41.
      store.meta.putSync('replication.appliedSeq', 100);
      expect(stats()).toMatchObject({
        streamMaxRecords: 100,
        coverageGaps: 0,
        newestRecordsBehind: 60,
        newestUsable: true,
      });
      expect(await backups.takeNow()).toMatchObject({ appliedSeq: 100, recordsSincePrevious: 60, coverageGap: false });
      // Exactly what the stream keeps: record 101 is its first, still there.
      store.meta.putSync('replication.appliedSeq', 200);
      expect(stats()).toMatchObject({ newestRecordsBehind: 100, newestUsable: true });
      // One more, and record 101 is gone: no kept backup can start a replica until the next is made.
      store.meta.putSync('replication.appliedSeq', 201);
      expect(stats()).toMatchObject({ newestRecordsBehind: 101, newestUsable: false, coverageGaps: 0 });
      expect(await backups.takeNow()).toMatchObject({ appliedSeq: 201, recordsSincePrevious: 101, coverageGap: true });
      expect(stats()).toMatchObject({ coverageGaps: 1, newestRecordsBehind: 0, newestUsable: true });
      expect(readdirSync(backupDir).sort()).toEqual([
        expect.stringMatching(/-seq100$/) as unknown as string,
        expect.stringMatching(/-seq201$/) as unknown as string,
      ]);
      // A stream that keeps every record: nothing to check, nothing said.
      const plain = new ScheduledBackups(store, schedule, () => {});
      plain.start();
      expect(plain.stats()).not.toHaveProperty('streamMaxRecords');
      store.meta.putSync('replication.appliedSeq', 5_000);
      const taken = await plain.takeNow();
      expect(taken.recordsSincePrevious).toBe(4_799);
      expect(taken).not.toHaveProperty('coverageGap');
      await plain.stop();
    } finally {
      await backups.stop();
      await store.close();
      rmSync(base, { recursive: true, force: true });
    }
  });
});
