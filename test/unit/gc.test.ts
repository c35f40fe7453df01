// SSC_SCAVENGE: the young generation's collector, set by the engine at start (engine/runtime/gc.ts).
// V8's own trace says whether helper threads took part in each scavenge.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../engine/config.js';
import { scavengeFor } from '../../engine/runtime/gc.js';

/** Scavenges in a child that sets the mode as the engine does, then keeps 100k young objects alive. */
function scavenges(mode: string): { count: number; withHelpers: number } {
  const gc = resolve('dist/engine/runtime/gc.js');
  const script = `
    const { configureScavenge } = await import(${JSON.stringify(gc)});
    configureScavenge(${JSON.stringify(mode)});
    const ring = new Array(100000);
    for (let i = 0; i < 3000000; i++) ring[i % ring.length] = { a: i, b: [i, i + 1] };`;
  const trace = execFileSync(process.execPath, ['--trace-gc-nvp', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = trace.split('\n').filter((l) => l.includes(' gc=s '));
  const helpers = (l: string): number => Number(/ background\.scavenge\.parallel=([\d.]+)/.exec(l)?.[1] ?? 'NaN');
  return { count: lines.length, withHelpers: lines.filter((l) => helpers(l) > 0).length };
}

describe('young-generation collection', () => {
  it('auto by default: serial inline, parallel with the pool; either when configured; anything else is refused', () => {
    expect(loadConfig({}).scavenge).toBe('auto');
    expect([scavengeFor('auto', 'inline'), scavengeFor('auto', 'pool')]).toEqual(['serial', 'parallel']);
    expect(loadConfig({ SSC_SCAVENGE: 'parallel' }).scavenge).toBe('parallel');
    expect([scavengeFor('parallel', 'inline'), scavengeFor('serial', 'pool')]).toEqual(['parallel', 'serial']);
    expect(() => loadConfig({ SSC_SCAVENGE: 'concurrent' })).toThrow(
      /SSC_SCAVENGE=concurrent: expected auto, serial, parallel/,
    );
  });

  it('serial: no scavenge uses helper threads; parallel: the helpers take part', () => {
    const serial = scavenges('serial');
    expect(serial.count).toBeGreaterThan(10);
    expect(serial.withHelpers).toBe(0);
    // Each scavenge copies ~100k live objects: enough work that helpers join (41-42 of 43 here).
    const parallel = scavenges('parallel');
    expect(parallel.count).toBeGreaterThan(10);
    expect(parallel.withHelpers).toBeGreaterThan(0);
  });
});
