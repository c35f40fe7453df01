// A multi-step flow load over TCP: `clients` loops, each on its own connection, run one flow after
// another (a flow's steps depend on each other: the visit's id comes from its opening), closed loop.
// Reports flows per second, the whole flow's latency and each step's, and the flows whose every
// step was approved.
import { performance } from 'node:perf_hooks';
import { TcpClient } from '../../protocol/tcp-client.js';
import { summarize } from './stats.js';

/** One step's reply outcome (what the flow checks). */
export interface StepReply {
  outcome?: { reason?: string | null } | null;
}

/** Runs flow number `i` on `client`; calls `step` around each request so its latency is recorded. */
export type Flow = (
  client: TcpClient,
  i: number,
  step: <T extends StepReply>(name: string, call: () => Promise<T>) => Promise<T>,
) => Promise<void>;

export interface FlowLoadResult {
  flowsPerSecond: number;
  /** Flows whose every step was approved (00 / L01). */
  approvedFlows: number;
  flows: number;
  flowUs: ReturnType<typeof summarize>;
  stepsUs: Record<string, ReturnType<typeof summarize>>;
  /** Steps answered with a reason other than 00 / L01, by reason. */
  declined: Record<string, number>;
  errors: number;
}

export async function flowLoad(options: {
  port: number;
  clients: number;
  seconds: number;
  flow: Flow;
}): Promise<FlowLoadResult> {
  const flowUs: number[] = [];
  const stepUs = new Map<string, number[]>();
  const declined: Record<string, number> = {};
  let approvedFlows = 0;
  let errors = 0;
  let next = 0;
  const deadline = performance.now() + options.seconds * 1000;
  const clients = await Promise.all(
    Array.from({ length: options.clients }, () =>
      TcpClient.connect({ host: '127.0.0.1', port: options.port, reconnect: false }),
    ),
  );
  const started = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < deadline) {
        const i = next++;
        let approved = true;
        const t0 = performance.now();
        try {
          await options.flow(client, i, async (name, call) => {
            const s0 = performance.now();
            const reply = await call();
            const list = stepUs.get(name) ?? [];
            stepUs.set(name, list);
            list.push(Math.round((performance.now() - s0) * 1000));
            const reason = reply.outcome?.reason ?? '';
            if (reason !== '00' && reason !== 'L01') {
              approved = false;
              declined[`${name} ${reason}`] = (declined[`${name} ${reason}`] ?? 0) + 1;
            }
            return reply;
          });
        } catch {
          errors++;
          continue;
        }
        flowUs.push(Math.round((performance.now() - t0) * 1000));
        if (approved) approvedFlows++;
      }
    }),
  );
  const elapsedS = (performance.now() - started) / 1000;
  await Promise.all(clients.map((c) => c.close()));
  return {
    flowsPerSecond: Math.round((flowUs.length / elapsedS) * 10) / 10,
    approvedFlows,
    flows: flowUs.length,
    flowUs: summarize(flowUs),
    stepsUs: Object.fromEntries([...stepUs].map(([name, values]) => [name, summarize(values)])),
    declined,
    errors,
  };
}
