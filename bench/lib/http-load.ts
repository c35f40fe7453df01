// Open-loop HTTP load: requests offered at a fixed rate over a pool of keep-alive connections,
// whatever the answers do; latency counted from the moment each request was due. (autocannon's
// rate options pace per connection in bursts, which showed p99s of ~1 s with the server's own p99
// at 3 ms; this one offers evenly, paced by pacer.ts.)
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { type Pacing, runSchedule } from './pacer.js';
import { summarize } from './stats.js';

export interface HttpOpenLoopOptions {
  url: string;
  path: string;
  ratePerSecond: number;
  seconds: number;
  connections: number;
  /** The i-th request: body and headers. */
  request: (i: number) => { body: Uint8Array; headers: Record<string, string> };
  /** How what is due is released (pacer.ts); 'timer' unless given. */
  pacing?: Pacing;
}

export async function httpOpenLoop(options: HttpOpenLoopOptions) {
  const target = new URL(options.path, options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  let outstanding = 0;
  const started = performance.now();
  const send = (i: number, dueMs: number): void => {
    const { body, headers } = options.request(i);
    outstanding++;
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': String(body.length) },
      },
      (res) => {
        res.on('data', () => {});
        res.on('end', () => {
          outstanding--;
          if (res.statusCode !== 200) errors++;
          latencies.push((performance.now() - dueMs) * 1000);
        });
      },
    );
    req.on('error', () => {
      outstanding--;
      errors++;
    });
    req.end(body);
  };
  await runSchedule(options.ratePerSecond, options.seconds, options.pacing ?? 'timer', (i, dueMs) => send(i, dueMs));
  const elapsedS = (performance.now() - started) / 1000;
  const answered = latencies.length;
  const deadline = performance.now() + 2_000;
  while (outstanding > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  agent.destroy();
  const l = summarize(latencies);
  return { requestsPerSecond: answered / elapsedS, p50: l.p50, p99: l.p99, p999: l.p999, max: l.max, errors };
}
