// Starts a real engine (fastify on port 0, LMDB in a temp folder, real piscina pool) for a suite.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningEngine, startEngine } from '../engine/main.js';
import { type EngineConfig, loadConfig } from '../engine/server/config.js';
import type { DemoSamples, SampleTerminal } from '../engine/store/demo.js';

export interface TestEngine {
  engine: RunningEngine;
  samples: DemoSamples;
  dataDir: string;
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
    ...env,
  });
  const engine = await startEngine(config);
  const samples = engine.store.meta.get('demo.samples') as DemoSamples;
  return {
    engine,
    samples,
    dataDir,
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
