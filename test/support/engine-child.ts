// The built engine (dist/engine/main.js) as a child process: started, awaited until it listens,
// stopped or killed by its own PID.
import { type ChildProcess, spawn } from 'node:child_process';

export interface EngineChild {
  child: ChildProcess;
  url: string;
  /** The terminal TCP port (the banner's). */
  tcpPort: number;
  output(): string;
}

/** Every engine started here ends with this process, even when a suite fails before its cleanup. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

export function startChild(env: NodeJS.ProcessEnv): Promise<EngineChild> {
  const child = spawn(process.execPath, ['dist/engine/main.js'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[\d.]+:\d+), TCP (\d+)/.exec(output);
      if (match) resolve({ child, url: match[1]!, tcpPort: Number(match[2]), output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`engine exited ${code}: ${output}`)));
  });
}

/** Sends a signal and resolves with the exit code (null when killed by the signal). */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve(child.exitCode);
      return;
    }
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}
