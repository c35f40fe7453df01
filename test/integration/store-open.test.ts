// The data folder as configured: a folder whose name has a dot (mktemp's /tmp/tmp.XXXX, or
// /var/lib/ssc.engine) is still a folder (lmdb-js guessed "file" from the dot: EISDIR at start).
// A bulk-loaded store compacted (store/compact.ts): the same contents, fewer bytes, owner-only;
// its free pages counted before and after (Store.space()).
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeDigest } from '../../engine/replication/digest.js';
import { compactStore } from '../../engine/store/compact.js';
import { Store, StoreError } from '../../engine/store/store.js';
import { currentBootId } from '../../engine/store/unsynced.js';

describe('opening the data folder', () => {
  it('works for a folder with a dot in its name, existing (empty) or not', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'ssc-open-'));
    try {
      for (const name of ['ssc.engine', 'tmp.ZDsViXW0lM']) {
        const path = join(parent, name);
        const store = Store.open({ path, readOnly: false, mapSizeBytes: 2 ** 30 });
        await store.meta.put('probe', 1);
        await store.close();
        expect(statSync(join(path, 'data.mdb')).isFile()).toBe(true);
        const again = Store.open({ path, readOnly: true, mapSizeBytes: 2 ** 30 });
        expect(again.meta.get('probe')).toBe(1);
        await again.close();
      }
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe("a replica's store, committed without fsync (store/unsynced.ts)", () => {
  const marker = (path: string): string => join(path, 'unsynced-boot');
  const child = (path: string, commits: number): void => {
    // A process that commits, then is killed (SIGKILL) without closing anything.
    const code = `
      import { Store } from ${JSON.stringify(join(process.cwd(), 'dist/engine/store/store.js'))};
      const store = Store.open({ path: ${JSON.stringify(path)}, readOnly: false, mapSizeBytes: 2 ** 30, syncCommits: false });
      for (let i = 0; i < ${commits}; i++) await store.meta.put('n.' + i, i);
      process.kill(process.pid, 'SIGKILL');`;
    try {
      execFileSync(process.execPath, ['--input-type=module', '-e', code], { stdio: 'pipe' });
    } catch (error) {
      expect((error as { signal?: string }).signal).toBe('SIGKILL');
      return;
    }
    throw new Error('the child was to be killed');
  };

  it('loses nothing to kill -9, opens again in the same boot, and a clean close leaves no marker', async () => {
    expect(currentBootId()).not.toBe('');
    const path = mkdtempSync(join(tmpdir(), 'ssc-unsynced-'));
    try {
      child(path, 200);
      expect(readFileSync(marker(path), 'utf8').trim()).toBe(currentBootId());
      const store = Store.open({ path, readOnly: false, mapSizeBytes: 2 ** 30, syncCommits: false });
      for (let i = 0; i < 200; i++) expect(store.meta.get(`n.${i}`)).toBe(i);
      await store.close();
      expect(existsSync(marker(path))).toBe(false);
      // A store that syncs every commit writes no marker.
      const synced = Store.open({ path, readOnly: false, mapSizeBytes: 2 ** 30 });
      await synced.meta.put('synced', 1);
      expect(existsSync(marker(path))).toBe(false);
      await synced.close();
    } finally {
      rmSync(path, { recursive: true, force: true });
    }
  });

  it('is refused, read-only or not, when the machine stopped while it held unsynced commits', async () => {
    const path = mkdtempSync(join(tmpdir(), 'ssc-unsynced-'));
    try {
      child(path, 10);
      // As after a power cut: the marker names a boot that is not this one.
      writeFileSync(marker(path), '00000000-0000-4000-8000-000000000000\n');
      for (const readOnly of [false, true]) {
        let thrown: unknown;
        try {
          Store.open({ path, readOnly, mapSizeBytes: 2 ** 30, syncCommits: false });
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(StoreError);
        expect((thrown as StoreError).code).toBe('SSC_STORE_UNSYNCED');
      }
      // Restored (as `npm run backup` writes a folder: a data file, no marker), it opens again.
      rmSync(marker(path));
      const store = Store.open({ path, readOnly: false, mapSizeBytes: 2 ** 30, syncCommits: false });
      expect(store.meta.get('n.9')).toBe(9);
      await store.close();
      // The data file taken away and the old boot's marker left: a new store starts, and syncs.
      writeFileSync(marker(path), '00000000-0000-4000-8000-000000000000\n');
      rmSync(join(path, 'data.mdb'));
      const fresh = Store.open({ path, readOnly: false, mapSizeBytes: 2 ** 30 });
      expect(existsSync(marker(path))).toBe(false);
      await fresh.close();
    } finally {
      rmSync(path, { recursive: true, force: true });
    }
  });
});

describe('compacting a bulk-loaded store', () => {
  it('keeps every key and value, drops the free pages, and opens again', async () => {
    const path = mkdtempSync(join(tmpdir(), 'ssc-compact-'));
    try {
      const store = Store.open({ path, readOnly: false, mapSizeBytes: 2 ** 30 });
      // A bulk load in many transactions, then most of it deleted: free pages LMDB keeps.
      const value = Buffer.alloc(400, 7);
      for (let batch = 0; batch < 20; batch++)
        await store.env.transaction(() => {
          for (let i = 0; i < 1_000; i++) store.meta.putSync(`bulk.${batch}.${i}`, value);
        });
      await store.env.transaction(() => {
        for (let batch = 0; batch < 18; batch++)
          for (let i = 0; i < 1_000; i++) store.meta.removeSync(`bulk.${batch}.${i}`);
      });
      // Most of the file is now on LMDB's free list, and the store says so (/stats, /metrics).
      const loaded = store.space();
      expect(loaded.usedBytes + loaded.freeBytes).toBe(loaded.fileBytes);
      expect(loaded.freeBytes).toBeGreaterThan(loaded.fileBytes / 2);
      expect(loaded.compactionAdvised).toBe(false); // under 64 MB free: not worth a stop
      const digest = storeDigest(store);
      await store.close();
      // A work folder left by a compaction killed before its rename is replaced, not an obstacle.
      mkdirSync(join(path, 'compact.tmp'));
      const compaction = await compactStore(path, 2 ** 30);
      expect(compaction.afterBytes).toBeLessThan(compaction.beforeBytes / 2);
      expect(statSync(join(path, 'data.mdb')).size).toBe(compaction.afterBytes);
      expect(statSync(join(path, 'data.mdb')).mode & 0o777).toBe(0o600);
      expect(existsSync(join(path, 'compact.tmp'))).toBe(false);
      expect(readdirSync(path).sort()).toEqual(['data.mdb']);
      const again = Store.open({ path, readOnly: false, mapSizeBytes: 2 ** 30 });
      expect(storeDigest(again)).toBe(digest);
      expect(again.meta.get('bulk.19.999')).toEqual(value);
      const compacted = again.space();
      expect(compacted.freeBytes).toBeLessThan(compacted.fileBytes / 10);
      expect(compacted.usedBytes).toBeLessThanOrEqual(loaded.usedBytes);
      await again.meta.put('after', 1);
      await again.close();
    } finally {
      rmSync(path, { recursive: true, force: true });
    }
  });
});
