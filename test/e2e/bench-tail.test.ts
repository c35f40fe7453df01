// The tail tool (`npm run bench:tail`) with its limit variants: the engine's TCP server with no
// decision (bench/load/ceiling-tcp.ts) beside a real engine, each measured closed loop and then at
// its own half peak. Speed is not checked here; that the tool measures what it says is.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'ssc-tail-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

interface TailRun {
  variant: string;
  rateSpec: string;
  rate: number;
  acceptedPerSecond: number;
  majorFaults: number;
  server: Record<string, [number, number, number]>;
  cpu: { mainPct: number };
}

describe('npm run bench:tail with the TCP ceiling at its own half peak', () => {
  it('runs the no-decision server and the engine, each at half of what it accepted closed loop', async () => {
    const file = join(out, 'tail.json');
    await run(
      process.execPath,
      [
        'dist/bench/load/tail.js',
        '--cards',
        '2000',
        '--variants',
        'ceiling-tcp-spin-50,inline',
        '--rates',
        '0,half',
        '--rounds',
        '1',
        '--seconds',
        '1',
        '--connections',
        '4',
        '--out',
        file,
      ],
      { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
    );
    const report = JSON.parse(readFileSync(file, 'utf8')) as {
      runs: TailRun[];
      summary: { variant: string; rate: number | string; offeredPerSecond: number; acceptedPerSecond: number }[];
    };
    for (const variant of ['ceiling-tcp-spin-50', 'inline']) {
      const closed = report.runs.find((r) => r.variant === variant && r.rateSpec === '0')!;
      const half = report.runs.find((r) => r.variant === variant && r.rateSpec === 'half')!;
      expect(closed.acceptedPerSecond).toBeGreaterThan(0);
      // Offered half of its own closed-loop rate, and answered (nearly) all of it.
      expect(half.rate).toBe(Math.round(closed.acceptedPerSecond / 2));
      expect(half.acceptedPerSecond).toBeGreaterThan(half.rate * 0.8);
      // Server-side stages from the server's own histograms.
      expect(half.server['total']![1]).toBeGreaterThan(0);
      expect(half.majorFaults).toBeGreaterThanOrEqual(0);
    }
    // 50 µs of CPU per request: the model spends it, so its closed-loop rate stays under 20k/s and
    // its decide stage holds the spin.
    const model = report.runs.find((r) => r.variant === 'ceiling-tcp-spin-50' && r.rateSpec === '0')!;
    expect(model.acceptedPerSecond).toBeLessThan(20_000);
    expect(model.server['decide']![0]).toBeGreaterThanOrEqual(50);
    expect(report.summary.map((s) => `${s.variant}@${s.rate}`)).toEqual(
      expect.arrayContaining(['ceiling-tcp-spin-50@0', 'ceiling-tcp-spin-50@half', 'inline@0', 'inline@half']),
    );
  });
});
