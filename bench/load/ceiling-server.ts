// The framework ceiling: the same fastify settings and content-type parsing as the engine, but
// the route only answers a fixed reply of the given size, after spinning `spinUs` of CPU (0: none;
// a model of an engine whose decision costs that). `node ceiling-server.js <port> <bytes> [spinUs]`.
// GET /ceiling-totals: each request's server-side time since the last call (µs).
import Fastify from 'fastify';

const port = Number(process.argv[2]);
const replyBytes = Number(process.argv[3]);
const spinUs = Number(process.argv[4] ?? '0');
const fixed = Buffer.alloc(replyBytes, 0x41);
const app = Fastify({ logger: false, bodyLimit: 256 * 1024 });
app.removeAllContentTypeParsers();
app.addContentTypeParser(
  ['application/proto', 'application/x-protobuf', 'application/json'],
  { parseAs: 'buffer' },
  (_r, body, done) => done(null, body),
);
app.addHook('onRequest', (request, _reply, done) => {
  (request as unknown as { arrivedMs: number }).arrivedMs = performance.now();
  done();
});
/** Server-side µs per request, arrival to the reply handed to fastify (the engine's `total` stage). */
let totals: number[] = [];
app.post('/ssc.v1.TransactionService/:method', (request, reply) => {
  const startMs = performance.now();
  while ((performance.now() - startMs) * 1000 < spinUs) {
    // the modelled decision's CPU
  }
  // Bounded: a run that never reads them (the closed-loop ceiling) keeps no more than a million.
  if (totals.length < 1_000_000)
    totals.push((performance.now() - (request as unknown as { arrivedMs: number }).arrivedMs) * 1000);
  reply.code(200).header('content-type', 'application/proto').send(fixed);
});
// The totals since the last call (the bench reads them after a run, as it scrapes an engine's /metrics).
app.get('/ceiling-totals', (_request, reply) => {
  const out = totals;
  totals = [];
  reply.send(out);
});
await app.listen({ host: '127.0.0.1', port });
process.stdout.write('ready\n');
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
