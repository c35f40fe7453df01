// Writes that reach a follower go to the pool's leader: the follower sends the terminal's request as
// it arrived (operation, format, bytes, MAC, how the transport authenticated it) over a core NATS
// request on ssc.<pool>.write.<leader>; the leader runs it through its own pipeline, as if it had arrived
// there, and answers the Handled result, which the follower sends to the terminal as its own. Only
// the engine leading the pool subscribes (it stops at once when it steps down); with no leader, or
// none answering in time, the terminal gets 503 S01 and retries with the same msg_id (an
// acknowledged write then replays as T01). A forwarded request is never forwarded again.
//
// The engines of a pool trust each other (they apply each other's records): a request the follower's
// transport verified (the national envelope's MAC) stays verified. The NATS connection between them
// is the deployment's to protect (TLS and credentials in production, docs/REPLICATION.md).

import { performance } from 'node:perf_hooks';
import { pack, unpack } from 'msgpackr';
import type { Pipeline, TerminalRequest } from '../operations/pipeline.js';
import { type Handled, refused, Status } from '../wire/handled.js';
import type { ReplicatedNode } from './node.js';

/** The largest forwarded request or answer: a terminal body is far smaller (limits.ts). */
const forwardBytesMax = 8 * 1024 * 1024;

interface Wire {
  op: number;
  format: number;
  body: Uint8Array;
  mac: Uint8Array;
  auth: number;
}

function isWire(value: unknown): value is Wire {
  const w = value as Partial<Wire> | null;
  return (
    typeof w === 'object' &&
    w !== null &&
    Number.isInteger(w.op) &&
    Number.isInteger(w.format) &&
    Number.isInteger(w.auth) &&
    w.body instanceof Uint8Array &&
    w.mac instanceof Uint8Array
  );
}

function isHandled(value: unknown): value is Handled {
  const h = value as Partial<Handled> | null;
  return (
    typeof h === 'object' &&
    h !== null &&
    Number.isInteger(h.status) &&
    h.body instanceof Uint8Array &&
    Number.isInteger(h.reason) &&
    typeof h.verified === 'boolean'
  );
}

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);

export class WriteForwarding {
  private stopServing: (() => void) | undefined;
  private forwarded = 0;
  private answered = 0;
  private failed = 0;

  constructor(
    private readonly node: ReplicatedNode,
    /** How long a follower waits for the leader's answer (more than an append may take). */
    private readonly timeoutMs: number,
  ) {}

  /** Serves forwarded writes through `pipeline` whenever this node leads, from now on. */
  serve(pipeline: Pipeline): void {
    const update = (): void => {
      if (this.node.leading && this.stopServing === undefined)
        this.stopServing = this.node.log.serve(this.node.log.writeSubject(this.node.name), (data) =>
          this.answer(pipeline, data),
        );
      else if (!this.node.leading && this.stopServing !== undefined) {
        this.stopServing();
        this.stopServing = undefined;
      }
    };
    this.node.onRole(update);
    update();
  }

  /** Writes sent to the leader, answered for followers, and sent without an answer (/stats). */
  counts(): { forwarded: number; answeredForFollowers: number; forwardFailed: number } {
    return { forwarded: this.forwarded, answeredForFollowers: this.answered, forwardFailed: this.failed };
  }

  stop(): void {
    this.stopServing?.();
    this.stopServing = undefined;
  }

  /** The leader's side: the forwarded request through the pipeline, its Handled packed. */
  private answer(pipeline: Pipeline, data: Uint8Array): Promise<Uint8Array> {
    let request: unknown;
    try {
      request = data.length <= forwardBytesMax ? unpack(data) : undefined;
    } catch {
      request = undefined;
    }
    if (!isWire(request)) return Promise.resolve(pack(refused(Status.Malformed, 'not a forwarded request')));
    this.answered++;
    return new Promise((resolve) => {
      pipeline(
        {
          op: request.op,
          format: request.format as TerminalRequest['format'],
          body: asBuffer(request.body),
          mac: request.mac,
          auth: request.auth as TerminalRequest['auth'],
          forwarded: true,
        },
        (handled) => resolve(pack(handled)),
      );
    });
  }

  /** The follower's side: the pipeline's forward port for a write it may not decide. */
  readonly forward = (request: TerminalRequest, done: (result: Handled) => void): void => {
    const sentAt = performance.now();
    const leader = this.node.leaderName;
    if (leader === '') {
      this.failed++;
      done(refused(Status.StoreUnavailable, 'no pool leader known yet: retry with the same msg_id'));
      return;
    }
    const wire: Wire = {
      op: request.op,
      format: request.format,
      body: request.body,
      mac: request.mac,
      auth: request.auth,
    };
    this.forwarded++;
    this.node.log.request(this.node.log.writeSubject(leader), pack(wire), this.timeoutMs).then(
      (data) => {
        let handled: unknown;
        try {
          handled = unpack(data);
        } catch {
          handled = undefined;
        }
        if (!isHandled(handled)) {
          this.failed++;
          done(refused(Status.StoreUnavailable, 'the leader answered what is not a result: retry'));
          return;
        }
        handled.body = asBuffer(handled.body);
        // The trip to the leader and back counts as queueing (the leader's own stages are its own).
        const roundTripUs = (performance.now() - sentAt) * 1000;
        const leaderUs = handled.queueUs + handled.decodeUs + handled.decideUs + handled.encodeUs;
        handled.queueUs += Math.max(0, roundTripUs - leaderUs);
        done(handled);
      },
      () => {
        // No leader (an election under way, no quorum) or none answering in time: safe to retry.
        this.failed++;
        done(refused(Status.StoreUnavailable, 'no pool leader answered: retry with the same msg_id'));
      },
    );
  };
}
