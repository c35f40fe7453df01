// The built program as a child process: first start generates demo data, the swipe CLI gets a
// decision, SIGTERM stops it cleanly, a restart reuses the data, and a store of another schema
// version is refused with a clear start-up error.
import { type ChildProcess, execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultMapSizeBytes, Store } from '../../engine/store/store.js';
import { type EngineChild, startChild, stopChild } from '../support/engine-child.js';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'ssc-e2e-'));
const env = {
  ...process.env,
  SSC_DATA_DIR: dataDir,
  SSC_PORT: '0',
  SSC_TCP_PORT: '0',
  SSC_DEMO_CARDS: '2000',
  SSC_LOG_LEVEL: 'warn',
};

const start = (): Promise<EngineChild> => startChild(env);
const stop = (child: ChildProcess): Promise<number | null> => stopChild(child);

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm start (built engine as a child process)', () => {
  it('generates demo data on first start, answers swipes, stops on SIGTERM, restarts on the same data', async () => {
    const first = await start();
    expect(first.output()).toContain('generated demo data: 2,000 cards');
    const cardLine = /issued\s+(\S+)\s+expect 00/.exec(first.output());
    expect(cardLine).not.toBeNull();
    const swipe = await run(
      process.execPath,
      ['dist/engine/cli/swipe.js', 'inquire', '--card', cardLine![1]!, '--url', first.url],
      { env },
    );
    expect(swipe.stdout).toContain('APPROVED  reason 00');
    const lost = /formallyLost\s+(\S+)\s+expect C03/.exec(first.output())!;
    const declined = await run(
      process.execPath,
      ['dist/engine/cli/swipe.js', 'inquire', '--card', lost[1]!, '--url', first.url, '--json'],
      { env },
    );
    expect(declined.stdout).toContain('DECLINED  reason C03');
    const settled = await run(
      process.execPath,
      ['dist/engine/cli/swipe.js', 'settle', '--card', cardLine![1]!, '--url', first.url],
      { env },
    );
    expect(settled.stdout).toContain('APPROVED  reason 00');
    const settlementId = /settled\s+(S\d{12})/.exec(settled.stdout)![1]!;
    const cancelled = await run(
      process.execPath,
      ['dist/engine/cli/swipe.js', 'cancel', '--settlement', settlementId, '--url', first.url],
      { env },
    );
    expect(cancelled.stdout).toContain('CANCELLED  reason 00');
    expect(await stop(first.child)).toBe(0);
    expect(statSync(dataDir).mode & 0o077).toBe(0);
    expect(statSync(join(dataDir, 'data.mdb')).mode & 0o077).toBe(0);

    const second = await start();
    expect(second.output()).not.toContain('generated demo data');
    const again = await run(
      process.execPath,
      ['dist/engine/cli/swipe.js', 'inquire', '--card', cardLine![1]!, '--url', second.url],
      { env },
    );
    expect(again.stdout).toContain('APPROVED  reason 00');
    expect(await stop(second.child)).toBe(0);
  });

  it('refuses a store of another schema version with a clear error', async () => {
    const store = Store.open({ path: dataDir, readOnly: false, mapSizeBytes: defaultMapSizeBytes });
    await store.meta.put('schema', { tag: 'ssc-settlement-engine', version: 999, createdMs: 0 });
    await store.close();
    const failed = await run(process.execPath, ['dist/engine/main.js'], { env }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect((failed as { code: number }).code).toBe(1);
    expect((failed as { stderr: string }).stderr).toContain('SSC_STORE_VERSION');
  });

  it('refuses bad configuration with the variable named', async () => {
    const failed = await run(process.execPath, ['dist/engine/main.js'], { env: { ...env, SSC_WORKERS: 'many' } }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect((failed as { stderr: string }).stderr).toContain('SSC_WORKERS=many');
  });
});
