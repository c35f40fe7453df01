// Starts the engine (or the fixed-reply ceiling server) as its own process for a benchmark run,
// and stops it by its own PID.
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';

/** Everything started here is stopped when this process exits, even after an error. */
const started = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
});

function waitForLine(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`process exited (${code}) before "${text}"`)));
  });
}

/**
 * variant: 'ceiling' (fastify with a fixed reply after spinUs of CPU), 'ceiling-tcp' (the engine's TCP server with a
 * fixed reply after spinUs of CPU per request: bench/load/ceiling-tcp.ts), or an engine run with
 * the given environment on top of the caller's.
 */
export async function startServer(
  variant: 'ceiling' | 'ceiling-tcp' | 'engine',
  port: number,
  options: { dataDir?: string; replyBytes?: number; spinUs?: number; env?: Record<string, string> },
): Promise<ChildProcess> {
  const ceilingScript = {
    ceiling: 'dist/bench/load/ceiling-server.js',
    'ceiling-tcp': 'dist/bench/load/ceiling-tcp.js',
  };
  const child =
    variant !== 'engine'
      ? spawn(
          process.execPath,
          [ceilingScript[variant], String(port), String(options.replyBytes ?? 200), String(options.spinUs ?? 0)],
          { stdio: ['ignore', 'pipe', 'inherit'] },
        )
      : // BENCH_NODE_ARGS in the environment: node flags NODE_OPTIONS does not allow (--trace-gc-nvp);
        // BENCH_ROOT: the checkout whose build runs (an earlier commit, for an A/B in one run).
        spawn(process.execPath, [...(options.env?.['BENCH_NODE_ARGS']?.split(' ') ?? []), 'dist/engine/main.js'], {
          cwd: options.env?.['BENCH_ROOT'],
          stdio: ['ignore', 'pipe', 'inherit'],
          env: {
            ...process.env,
            SSC_DATA_DIR: options.dataDir ?? '',
            SSC_PORT: String(port),
            SSC_TCP_PORT: String(port + 1),
            // Refusals under overload would flood the run's output; errors still show.
            SSC_LOG_LEVEL: 'error',
            SSC_DEMO_CARDS: '0',
            ...options.env,
          },
        });
  started.add(child);
  child.once('exit', () => started.delete(child));
  // SSC_BENCH_ENGINE_OUT=<file>: every server's standard output is appended there too (e.g. the
  // collector's trace of a `--trace-gc-nvp` variant), each line prefixed by the server's PID.
  const out = process.env['SSC_BENCH_ENGINE_OUT'];
  if (out !== undefined && out !== '') {
    child.stdout!.on('data', (chunk: Buffer) => {
      appendFileSync(out, chunk.toString().replace(/^(?=.)/gm, `${child.pid} `));
    });
  }
  await waitForLine(child, variant === 'ceiling' ? 'ready' : 'listening on');
  return child;
}

export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) {
      resolve();
      return;
    }
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
