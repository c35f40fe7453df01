// Starts a real engine (fastify on port 0, LMDB in a temp folder, real piscina pool) for a suite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EngineConfig, loadConfig } from '../../engine/config.js';
import type { DemoSamples, SampleTerminal } from '../../engine/demo/demo.js';
import { type RunningEngine, startEngine } from '../../engine/main.js';
import { demoTerminalKey, registerTerminalKey } from '../../protocol/mac.js';

/** This process acts as the demo's sample terminals: their keys derive from the master key. */
export function registerSampleKeys(samples: DemoSamples, masterKey: Uint8Array): void {
  for (const t of samples.terminals) {
    registerTerminalKey(t.terminalId, demoTerminalKey(masterKey, t.terminalId), t.macAlgorithm);
  }
}

export interface TestEngine {
  engine: RunningEngine;
  samples: DemoSamples;
  dataDir: string;
  /** The engine's master key (demo terminal keys derive from it). */
  masterKey: Buffer;
  terminal(role: string): SampleTerminal;
  stop(): Promise<void>;
}

export async function startTestEngine(env: Record<string, string> = {}): Promise<TestEngine> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ssc-test-'));
  const config: EngineConfig = loadConfig({
    SSC_DATA_DIR: dataDir,
    SSC_PORT: '0',
    SSC_TCP_PORT: '0',
    SSC_DEMO_CARDS: '3000',
    SSC_LOG_LEVEL: 'silent',
    SSC_THREADS: '2',
    // The suites test the worker pool unless they ask for another mode (auto picks per machine).
    SSC_WORKERS: 'pool',
    ...env,
  });
  const engine = await startEngine(config);
  const samples = engine.store.meta.get('demo.samples') as DemoSamples;
  registerSampleKeys(samples, config.masterKey);
  return {
    engine,
    samples,
    dataDir,
    masterKey: config.masterKey,
    terminal(role: string): SampleTerminal {
      const found = samples.terminals.find((t) => t.role === role);
      if (found === undefined) throw new Error(`no sample terminal ${role}`);
      return found;
    },
    async stop(): Promise<void> {
      await engine.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
