// Starts the engine (or the fixed-reply ceiling server) as its own process for a benchmark run,
// and stops it by its own PID.
import { type ChildProcess, spawn } from 'node:child_process';

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

/** variant: 'ceiling', or an engine run with the given environment on top of the caller's. */
export async function startServer(
  variant: 'ceiling' | 'engine',
  port: number,
  options: { dataDir?: string; replyBytes?: number; env?: Record<string, string> },
): Promise<ChildProcess> {
  const child =
    variant === 'ceiling'
      ? spawn(
          process.execPath,
          ['dist/bench/load/ceiling-server.js', String(port), String(options.replyBytes ?? 200)],
          {
            stdio: ['ignore', 'pipe', 'inherit'],
          },
        )
      : spawn(process.execPath, ['dist/engine/main.js'], {
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
