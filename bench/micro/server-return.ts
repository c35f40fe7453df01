// What a NATS server's fault and its return cost the pool's log, in isolation: three local servers,
// one writer appending a 200-byte record every 5 ms (fenced by sequence, as the leader engine
// appends), and per round the stream leader's server paused (SIGSTOP, 12 s) or killed (-9, back
// after 3 s). Reported per round: the longest gap between acknowledged appends during the fault and
// in the 15 s after the server's return, and how long after the return a new client's
// StreamLog.open() (stream lookups and the lease buckets, JetStream's API) succeeds. A server back
// from a pause or a restart stands for election with its stale view, and until the metadata group
// settles any server may answer the API "temporarily unavailable" (docs/REPLICATION.md).
// `node dist/bench/micro/server-return.js [--rounds 8] [--fault SIGSTOP|SIGKILL]`
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { NatsCluster } from '../../engine/replication/nats-cluster.js';
import { StreamLog, type StreamLogOptions } from '../../engine/replication/stream-log.js';
import { longestGap, machine, median } from '../lib/stats.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '8' },
    fault: { type: 'string', default: 'SIGSTOP' },
  },
});
const rounds = Number(values.rounds);
const fault = values.fault;
if (fault !== 'SIGSTOP' && fault !== 'SIGKILL') throw new Error('--fault is SIGSTOP or SIGKILL');
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const cluster = await NatsCluster.onFreePorts();
await cluster.start();
const options: StreamLogOptions = {
  servers: cluster.servers,
  pool: '330200',
  replicas: 3,
  appendTimeoutMs: 2_000,
};
const writer = await StreamLog.openWhenReady(options, 60_000);
let last = await writer.lastSeq();
let stopped = false;
const acknowledged: number[] = [];
const record = new Uint8Array(200);
const appending = (async () => {
  while (!stopped) {
    try {
      last = await writer.append(record, `bench:${last + 1}`, last);
      acknowledged.push(Date.now());
    } catch {
      // Unavailable or fenced (a retried append that did land): read where the stream ends.
      last = await writer.lastSeq().catch(() => last);
      await sleep(100);
    }
    await sleep(5);
  }
})();

interface Round {
  server: string;
  writeGapDuringFaultMs: number;
  writeGapAfterReturnMs: number;
  apiAfterReturnMs: number;
  lastApiError: string;
}
const results: Round[] = [];
for (let round = 1; round <= rounds; round++) {
  const server = await writer.streamLeader();
  const index = cluster.nodes.findIndex((n) => n.name === server);
  const faulted = Date.now();
  if (fault === 'SIGSTOP') {
    cluster.signal(index, 'SIGSTOP');
    await sleep(12_000);
    cluster.signal(index, 'SIGCONT');
  } else {
    await cluster.stopNode(index, 'SIGKILL');
    await sleep(3_000);
    await cluster.restartNode(index);
  }
  const returned = Date.now();
  let lastApiError = '';
  let apiAt = 0;
  while (apiAt === 0 && Date.now() - returned < 90_000) {
    try {
      await (await StreamLog.open(options)).close();
      apiAt = Date.now();
    } catch (error) {
      lastApiError = error instanceof Error ? error.message : String(error);
      await sleep(250);
    }
  }
  await sleep(Math.max(0, returned + 15_000 - Date.now()));
  const result: Round = {
    server,
    writeGapDuringFaultMs: longestGap(acknowledged, faulted, returned),
    writeGapAfterReturnMs: longestGap(acknowledged, returned, returned + 15_000),
    apiAfterReturnMs: apiAt === 0 ? -1 : apiAt - returned,
    lastApiError: apiAt - returned > 250 ? lastApiError : '',
  };
  results.push(result);
  process.stdout.write(
    `round ${round} ${fault} ${server}: longest write gap during the fault ${result.writeGapDuringFaultMs} ms, after the return ${result.writeGapAfterReturnMs} ms; the API answers ${result.apiAfterReturnMs} ms after the return${result.lastApiError === '' ? '' : ` (until then: ${result.lastApiError})`}\n`,
  );
}
stopped = true;
await appending;
await writer.close();
await cluster.stop();

const column = (key: keyof Round): number[] => results.map((r) => r[key] as number);
const summary = {
  fault,
  rounds,
  writeGapDuringFaultMs: {
    median: median(column('writeGapDuringFaultMs')),
    max: Math.max(...column('writeGapDuringFaultMs')),
  },
  writeGapAfterReturnMs: {
    median: median(column('writeGapAfterReturnMs')),
    max: Math.max(...column('writeGapAfterReturnMs')),
  },
  apiAfterReturnMs: {
    median: median(column('apiAfterReturnMs')),
    max: Math.max(...column('apiAfterReturnMs')),
    over1s: results.filter((r) => r.apiAfterReturnMs > 1_000 || r.apiAfterReturnMs < 0).length,
  },
};
process.stdout.write(`${JSON.stringify(summary)}\n`);
const file = `bench/results/server-return-${new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '')}.json`;
writeFileSync(file, `${JSON.stringify({ machine: machine(), summary, results }, null, 2)}\n`);
process.stdout.write(`${file}\n`);
