// The data folder as configured: a folder whose name has a dot (mktemp's /tmp/tmp.XXXX, or
// /var/lib/ssc.engine) is still a folder (lmdb-js guessed "file" from the dot: EISDIR at start).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../engine/store/store.js';

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
