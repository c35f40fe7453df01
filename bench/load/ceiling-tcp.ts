// The TCP ceiling: the engine's own TCP server (engine/server/tcp.ts: frames, per-connection
// limits, replies of one event-loop turn in one write) and its stage histograms, with no decision.
// Requests wait for the next turn as the inline engine's do (workers/pool.ts), then each spins
// `spinUs` of CPU (0: none) and is answered with a fixed reply of `replyBytes`. Any server on this
// machine pays what it measures; with a spin it models an engine of that cost per request.
// `node ceiling-tcp.js <httpPort> <replyBytes> <spinUs>`: TCP on httpPort + 1; HTTP answers
// /metrics, /stats and SignIn (what bench/load/tail.ts asks an engine).
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { limits } from '../../engine/core/limits.js';
import type { Pipeline, TerminalRequest } from '../../engine/operations/pipeline.js';
import { Metrics } from '../../engine/server/metrics.js';
import { Refusals } from '../../engine/server/refusals.js';
import { TcpServer } from '../../engine/server/tcp.js';
import { type Handled, Status } from '../../engine/wire/handled.js';
import { v1 } from '../../protocol/pb.js';

const port = Number(process.argv[2]);
const replyBytes = Number(process.argv[3]);
const spinUs = Number(process.argv[4] ?? '0');
const fixed = Buffer.alloc(replyBytes, 0x41);

const metrics = new Metrics();
const refusals = new Refusals(pino({ level: 'error' }));

/** Requests of this turn, answered in the next (the inline engine's dispatcher does the same). */
let pending: { enqueuedMs: number; done: (result: Handled) => void }[] = [];
const answer = (): void => {
  const items = pending;
  pending = [];
  for (const item of items) {
    const startMs = performance.now();
    while ((performance.now() - startMs) * 1000 < spinUs) {
      // the modelled decision's CPU
    }
    item.done({
      status: Status.Reply,
      body: fixed,
      reason: 0,
      verified: true,
      queueUs: (startMs - item.enqueuedMs) * 1000,
      decodeUs: 0,
      decideUs: (performance.now() - startMs) * 1000,
      encodeUs: 0,
      commitUs: 0,
      appliedSeq: 0,
    });
  }
};
const pipeline: Pipeline = (_request: TerminalRequest, done) => {
  if (pending.length === 0) setImmediate(answer);
  pending.push({ enqueuedMs: performance.now(), done });
};

const tcp = new TcpServer(
  {
    host: '127.0.0.1',
    port: port + 1,
    frameBytesMax: limits.tcpFrameBytesMax,
    connectionsMax: limits.tcpConnectionsMax,
    inFlightPerConnectionMax: limits.tcpInFlightPerConnectionMax,
    idleTimeoutMs: 60_000,
    connectionsPerSourceMax: limits.connectionsPerSourceMax,
    authDeadlineMs: limits.tcpAuthDeadlineMs,
    frameDeadlineMs: limits.tcpFrameDeadlineMs,
    pendingFrameBytesMax: limits.tcpPendingFrameBytesMax,
  },
  pipeline,
  refusals,
  metrics,
);
await tcp.listen();

const signInReply = Buffer.from(v1.SignInReply.encode({ outcome: { reason: '00' }, signNo: '1' }).finish());
const http = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    if (request.url === '/metrics') {
      void metrics.registry.metrics().then((text) => response.end(text));
    } else if (request.url === '/stats') {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ ledger: { groups: 0, items: 0 } }));
    } else if (request.url?.endsWith('/SignIn') === true) {
      response.setHeader('content-type', 'application/proto');
      response.end(signInReply);
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
});
http.listen(port, '127.0.0.1', () => process.stdout.write('listening on\n'));
process.once('SIGTERM', () => {
  http.close();
  void tcp.close().then(() => process.exit(0));
});
