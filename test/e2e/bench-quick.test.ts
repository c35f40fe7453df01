// The benchmark tool itself, in --quick mode (small datasets, short runs): it starts and stops its
// engines, runs every scenario and baseline, and writes well-formed JSON, Markdown and SVG reports.
// Speed is not checked here (that is what the tool's own verdict is for).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { ScenarioRow } from '../../bench/lib/report.js';

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'ssc-bench-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run bench -- --quick', () => {
  it('produces the JSON, Markdown and SVG reports with every scenario and a verdict', async () => {
    await run(process.execPath, ['dist/bench/run.js', '--quick', '--out', out], {
      timeout: 240_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      machine: { node: string };
      scenarios: Pick<ScenarioRow, 'scenario' | 'requestsPerSecond' | 'p99Us' | 'serverP99Us' | 'idleProbe'>[];
      verdicts: { check: string; pass: boolean }[];
      ratios: Record<string, number>;
      sweep: unknown[];
    };
    expect(report.machine.node).toBe(process.version);
    // The default engine says where it decided (SSC_WORKERS=auto chooses per machine).
    expect(['pool', 'inline']).toContain((report as unknown as { execution: { mode: string } }).execution.mode);
    const names = report.scenarios.map((s) => s.scenario);
    for (const scenario of [
      'inquire-http-proto',
      'inquire-http-json',
      'presettle-http',
      'inquire-tcp',
      'hot-cards-tcp',
      'settle-tcp',
      'mix-tcp',
      'inquire-tcp (inline)',
      'inquire-tcp (pool)',
      'inquire-tcp (pool) @50%',
      'settle-tcp (flush each)',
      'settle-tcp (replicated pool) @300/s',
      'settle-tcp (replicated pool)',
      'settle-tcp (replicated pool) @50%',
    ]) {
      expect(names).toContain(scenario);
    }
    for (const s of report.scenarios) {
      expect(s.requestsPerSecond).toBeGreaterThan(0);
      expect(Number.isFinite(s.p99Us)).toBe(true);
      // The idle probe beside every scenario (bench/lib/canary.ts): its timer, and the disk's fdatasync.
      expect(s.idleProbe!.diskSyncMaxUs).toBeGreaterThan(0);
      expect(s.idleProbe!.diskSyncP99Us).toBeLessThanOrEqual(s.idleProbe!.diskSyncMaxUs);
      expect(s.idleProbe!.delayP99Us).toBeLessThanOrEqual(s.idleProbe!.delayMaxUs);
    }
    expect(report.verdicts.length).toBeGreaterThanOrEqual(14);
    expect(Object.keys(report.ratios)).toEqual(
      expect.arrayContaining([
        'inquireHttpVsCeiling',
        'tcpVsHttpInquire',
        'poolVsInline',
        'groupCommitVsFlushEach',
        'decideP99LargeVsSmall',
      ]),
    );
    expect(report.sweep.length).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('## Verdict');
    const chart = readFileSync(join(out, 'report.svg'), 'utf8');
    expect(chart.startsWith('<svg')).toBe(true);
    expect(chart.trim().endsWith('</svg>')).toBe(true);
    expect(existsSync(join(out, 'report.json'))).toBe(true);
  }, 300_000);
});
