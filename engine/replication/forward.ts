// Requests an engine may not decide go to a leader that may, over core NATS (ssc.<pool>.write.<leader>):
//   - a write at a follower goes to its own pool's leader;
//   - a request whose person another pool serves (routing.ts) goes to that pool's leader, read or write;
//   - a staff request (the admin API, the web console) at a follower goes to its pool's leader
//     (ssc.<pool>.staff.<leader>; server/staff-forwarding.ts), reads too: staff read their own writes,
//     and the card centre's in-memory state (login back-off, import progress) is the leader's alone.
//     Whole in one message when it fits, else in parts spooled at the leader (staff-transfer.ts).
// The engine sends the terminal's request as it arrived (operation, format, bytes, MAC, how the
// transport authenticated it); the leader runs it through its own pipeline, as if it had arrived
// there, and answers the Handled result, which the engine sends to the terminal as its own. Only the
// engine leading a pool subscribes, under its own name (it stops at once when it steps down); with no
// leader, or none answering in time, the terminal gets 503 S01 and retries with the same msg_id (an
// acknowledged write then replays as T01). A forwarded request is never forwarded again.
//
// The engines of a deployment trust each other (they apply each other's records): a request the
// receiving transport verified (the national envelope's MAC) stays verified. The NATS connections
// between them are the deployment's to protect (TLS and credentials in production, docs/REPLICATION.md).

import { performance } from 'node:perf_hooks';
import type { Readable } from 'node:stream';
import { pack, unpack } from 'msgpackr';
import type { Pipeline, TerminalRequest } from '../operations/pipeline.js';
import { type Handled, refused, Status } from '../wire/handled.js';
import type { ReplicatedNode } from './node.js';
import {
  isPiecedAnswer,
  isStaffAnswer,
  isStaffHead,
  isStaffRefused,
  newTransferId,
  type StaffAnswer,
  type StaffHead,
  type StaffRefused,
  TransferSpool,
  transferMessage,
} from './staff-transfer.js';

export type { StaffAnswer, StaffHead, StaffRefused } from './staff-transfer.js';

/** The largest forwarded request or answer: a terminal body is far smaller (limits.ts). */
const forwardBytesMax = 8 * 1024 * 1024;

interface Wire {
  op: number;
  format: number;
  body: Uint8Array;
  mac: Uint8Array;
  auth: number;
  /** A card probe (routing.ts): decide it only if this pool holds this card, else answer notHere. */
  cardProbe?: string;
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
    w.mac instanceof Uint8Array &&
    (w.cardProbe === undefined || typeof w.cardProbe === 'string')
  );
}

/** A card probe's answer from a pool that does not hold the card. */
const notHere = { notHere: true } as const;

function isNotHere(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { notHere?: unknown }).notHere === true;
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

/**
 * A staff request (the admin API) as a follower received it (remote: the address it came from; the
 * leader's login throttle and audit trail use it). The body: whole, or at the leader the stream of
 * a transfer's spooled parts.
 */
export interface StaffRequest extends StaffHead {
  body: Uint8Array | Readable;
}

/** A whole staff request as it travels (its body in the message). */
function isStaffRequest(value: unknown): value is StaffRequest & { body: Uint8Array } {
  return isStaffHead(value) && (value as Partial<StaffRequest>).body instanceof Uint8Array;
}

/** What a forwarded message carries besides its body (method, URL, headers), at most. */
const staffEnvelopeBytes = 64 * 1024;
const noLeaderKnown: StaffRefused = { refused: 'unavailable', detail: 'no pool leader known yet: retry' };
/** A transfer's part waits this long for the leader to spool it. */
const partWaitMs = 15_000;

export class PoolForwarding {
  /** Each subscription's unsubscribe (serveWhileLeading). */
  private readonly stops: (() => void)[] = [];
  private staffAnswer: ((request: StaffRequest) => Promise<StaffAnswer>) | undefined;
  /** Other pools' leaders, as their leases named them when last looked at. */
  private readonly otherLeaders = new Map<string, { leader: string; atMs: number }>();
  private forwarded = 0;
  private answered = 0;
  private failed = 0;
  private staffForwarded = 0;
  private staffInParts = 0;
  /** The leader's spool of staff requests sent in parts (serveStaff). */
  private transfers: TransferSpool | undefined;

  constructor(
    private readonly node: ReplicatedNode,
    /** How long a follower waits for the leader's answer (more than an append may take). */
    private readonly timeoutMs: number,
    /** How long another pool's leader is taken as known (the lease check interval). */
    private readonly leaderCacheMs: number,
    /** This engine's store holds the card (a card probe is answered notHere when it does not). */
    private readonly holdsCard: (cardNo: string) => boolean = () => true,
  ) {}

  /** Serves forwarded writes through `pipeline` whenever this node leads, from now on. */
  serve(pipeline: Pipeline): void {
    this.serveWhileLeading(this.node.log.writeSubject(this.node.name), (data) => this.answer(pipeline, data));
  }

  /**
   * Serves forwarded staff requests through `answer` (the admin API, in process) whenever this node
   * leads, from now on.
   */
  serveStaff(
    answer: (request: StaffRequest) => Promise<StaffAnswer>,
    /** Where a request sent in parts is spooled (owner-only; emptied at start). */
    spoolDir: string,
    /** The largest body sent in parts (the largest import). */
    bytesMax: number,
  ): void {
    this.staffAnswer = answer;
    const transfers = new TransferSpool(spoolDir, bytesMax);
    this.transfers = transfers;
    // A leader that stepped down drops what it was receiving: the follower's next part is refused.
    this.node.onRole(() => {
      if (!this.node.leading) transfers.clear();
    });
    this.stops.push(() => transfers.stop());
    this.serveWhileLeading(this.node.log.staffSubject(this.node.name), (data) => this.answerStaff(data));
  }

  /** Answers `subject` while this node leads: subscribed when it starts to, unsubscribed when it stops. */
  private serveWhileLeading(subject: string, answer: (data: Uint8Array) => Promise<Uint8Array>): void {
    let stopServing: (() => void) | undefined;
    const update = (): void => {
      if (this.node.leading && stopServing === undefined) stopServing = this.node.log.serve(subject, answer);
      else if (!this.node.leading && stopServing !== undefined) {
        stopServing();
        stopServing = undefined;
      }
    };
    this.node.onRole(update);
    update();
    this.stops.push(() => {
      stopServing?.();
      stopServing = undefined;
    });
  }

  /** Whether a staff request here goes to the leader (this node follows). */
  get forwardsStaff(): boolean {
    return !this.node.leading;
  }

  /** The largest staff request body that one message to the leader carries. */
  get staffBodyBytesMax(): number {
    return Math.max(0, this.node.log.maxPayload - staffEnvelopeBytes);
  }

  /**
   * A staff request at a follower, to the pool's leader: its answer, or a refusal (503 S01 with no
   * leader known or none answering within `timeoutMs`).
   */
  async forwardStaff(
    request: StaffHead & { body: Uint8Array },
    timeoutMs: number,
  ): Promise<StaffAnswer | StaffRefused> {
    const subject = this.staffSubjectOfLeader();
    if (subject === undefined) return noLeaderKnown;
    try {
      const answer = await this.answerOf(subject, await this.node.log.request(subject, pack(request), timeoutMs));
      if (answer !== undefined) return answer;
    } catch {
      // No leader answering (an election, no quorum, a timeout): refused below, safe to retry.
    }
    this.failed++;
    return { refused: 'unavailable', detail: 'no pool leader answered: retry' };
  }

  /**
   * A staff request whose body is larger than one message: its parts (`pieces`, each at most
   * staffBodyBytesMax, read as the leader takes them) to the pool's leader, then its answer. A body
   * that ends early is refused as malformed; a leader that stops answering, or lost the transfer,
   * as unavailable (503 S01: send the request again).
   */
  async forwardStaffInParts(
    head: StaffHead,
    pieces: AsyncIterable<Uint8Array>,
    timeoutMs: number,
  ): Promise<StaffAnswer | StaffRefused> {
    const subject = this.staffSubjectOfLeader();
    if (subject === undefined) return noLeaderKnown;
    this.staffInParts++;
    const t = newTransferId();
    const iterator = pieces[Symbol.asyncIterator]();
    let seq = 0;
    try {
      for (;;) {
        let next: IteratorResult<Uint8Array>;
        try {
          next = await iterator.next();
        } catch {
          // The leader drops what it spooled at once (else after a minute idle).
          if (seq > 0)
            await this.node.log.request(subject, pack({ t, abort: true }), partWaitMs).catch(() => undefined);
          return { refused: 'malformed', detail: 'the request ended before its body did' };
        }
        if (next.done === true) break;
        const part = { t, seq, bytes: next.value, ...(seq === 0 ? { head } : {}) };
        const reply: unknown = unpack(await this.node.log.request(subject, pack(part), partWaitMs));
        if (isStaffRefused(reply)) return reply;
        if ((reply as { accepted?: unknown }).accepted !== seq) break;
        seq++;
      }
      const ended = await this.node.log.request(subject, pack({ t, end: seq }), timeoutMs);
      const answer = await this.answerOf(subject, ended);
      if (answer !== undefined) return answer;
    } catch {
      // No leader answering (an election, no quorum, a timeout): refused below, safe to retry.
    }
    this.failed++;
    return { refused: 'unavailable', detail: 'no pool leader answered: retry' };
  }

  /** The subject the pool's leader serves staff requests on, counted as forwarded; none known: a failure. */
  private staffSubjectOfLeader(): string | undefined {
    const leader = this.node.leaderName;
    if (leader === '') {
      this.failed++;
      return undefined;
    }
    this.staffForwarded++;
    return this.node.log.staffSubject(leader);
  }

  /** The leader's last message of a staff request: its answer (joined from its pieces), its refusal, or nothing known. */
  private async answerOf(subject: string, data: Uint8Array): Promise<StaffAnswer | StaffRefused | undefined> {
    const answer: unknown = unpack(data);
    if (isPiecedAnswer(answer)) return this.fetchPieces(subject, answer);
    return isStaffAnswer(answer) || isStaffRefused(answer) ? answer : undefined;
  }

  /** The rest of an answer larger than one message, piece by piece, joined. */
  private async fetchPieces(subject: string, first: StaffAnswer & { t: string; pieces: number }): Promise<StaffAnswer> {
    const bodies = [first.body];
    for (let k = 1; k < first.pieces; k++) {
      const piece = unpack(await this.node.log.request(subject, pack({ t: first.t, fetch: k }), partWaitMs)) as {
        piece?: unknown;
        body?: unknown;
      };
      if (piece.piece !== k || !(piece.body instanceof Uint8Array)) throw new Error(`piece ${k} of ${first.t} missing`);
      bodies.push(piece.body);
    }
    return { status: first.status, headers: first.headers, body: Buffer.concat(bodies) };
  }

  /** The leader's side of a forwarded staff request: the admin API's answer (or why not), packed. */
  private async answerStaff(data: Uint8Array): Promise<Uint8Array> {
    let request: unknown;
    try {
      request = data.length <= forwardBytesMax ? unpack(data) : undefined;
    } catch {
      request = undefined;
    }
    const refuse = (refused: StaffRefused['refused'], detail: string): Uint8Array => pack({ refused, detail });
    const staffAnswer = this.staffAnswer;
    const transfers = this.transfers;
    const transfer = transferMessage(request);
    if ((!isStaffRequest(request) && transfer === undefined) || staffAnswer === undefined || transfers === undefined)
      return refuse('malformed', 'not a forwarded staff request');
    // Stepped down since the follower looked: it asks again (never forwarded on from here).
    if (!this.node.leading) return refuse('unavailable', 'this engine no longer leads: retry');
    const nowMs = Date.now();
    if (transfer !== undefined) {
      if ('bytes' in transfer) return pack(await transfers.part(transfer, nowMs));
      if ('fetch' in transfer) return pack(transfers.fetch(transfer, nowMs));
      if ('abort' in transfer) return pack(transfers.abort(transfer));
      this.answered++;
      const answer = (head: StaffHead, body: Readable): Promise<StaffAnswer> => staffAnswer({ ...head, body });
      return pack(await transfers.end(transfer, answer, this.staffBodyBytesMax, nowMs));
    }
    const whole = request as StaffRequest & { body: Uint8Array };
    this.answered++;
    const answer = await staffAnswer({ ...whole, body: asBuffer(whole.body) });
    // An answer larger than one message goes in pieces the follower fetches.
    return pack(transfers.piecesOf(newTransferId(), answer, this.staffBodyBytesMax, nowMs));
  }

  /**
   * Terminal requests and staff requests sent to a leader, requests answered for followers, and
   * requests sent without an answer (/stats).
   */
  counts(): {
    forwarded: number;
    staffForwarded: number;
    staffInParts: number;
    answeredForFollowers: number;
    forwardFailed: number;
    transfers: { receiving: number; sending: number; completed: number; dropped: number };
  } {
    const t = this.transfers;
    return {
      forwarded: this.forwarded,
      staffForwarded: this.staffForwarded,
      staffInParts: this.staffInParts,
      answeredForFollowers: this.answered,
      forwardFailed: this.failed,
      transfers: {
        ...(t?.open ?? { receiving: 0, sending: 0 }),
        completed: t?.completed ?? 0,
        dropped: t?.dropped ?? 0,
      },
    };
  }

  stop(): void {
    for (const stop of this.stops) stop();
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
    if (request.cardProbe !== undefined && !this.holdsCard(request.cardProbe)) return Promise.resolve(pack(notHere));
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

  /**
   * The pipeline's forward port. pool '': this pool's leader (a write at a follower); otherwise the
   * leader of that pool (a request whose person another pool serves: routing.ts).
   */
  readonly forward = (pool: string, request: TerminalRequest, done: (result: Handled) => void): void => {
    if (pool === '') {
      this.send(this.node.leaderName, this.node.log.options.pool, request, done);
      return;
    }
    this.leaderOf(pool).then(
      (leader) => this.send(leader, pool, request, done),
      () => this.send('', pool, request, done),
    );
  };

  /**
   * A request with a card this store does not hold (routing.ts): to each pool in turn, decided by
   * the first that holds the card; `noted` hears which pool that was ('' for none), and with none
   * the request is decided here (`decideHere`). A pool that cannot be asked (no leader answering)
   * refuses the request 503 S01, safe to retry, rather than deciding it where the card is unknown.
   */
  readonly askForCard = (
    question: { cardNo: string; pools: readonly string[] },
    request: TerminalRequest,
    done: (result: Handled) => void,
    decideHere: () => void,
    noted: (pool: string) => void,
  ): void => {
    const ask = (i: number): void => {
      const pool = question.pools[i];
      if (pool === undefined) {
        noted('');
        decideHere();
        return;
      }
      const found = (result: Handled): void => {
        noted(pool);
        done(result);
      };
      const probe = { cardNo: question.cardNo, notHere: () => ask(i + 1) };
      this.leaderOf(pool).then(
        (leader) => this.send(leader, pool, request, found, probe),
        () => this.send('', pool, request, found, probe),
      );
    };
    ask(0);
  };

  /** Another pool's leader as its lease names it (looked up again after a lease check interval). */
  private async leaderOf(pool: string): Promise<string> {
    const known = this.otherLeaders.get(pool);
    if (known !== undefined && performance.now() - known.atMs < this.leaderCacheMs) return known.leader;
    const { holder } = await this.node.log.lease(pool);
    this.otherLeaders.set(pool, { leader: holder, atMs: performance.now() });
    return holder;
  }

  /** To `leader` of `pool` ('' leader: none known, refused at once); with a probe, only if it holds the card. */
  private send(
    leader: string,
    pool: string,
    request: TerminalRequest,
    done: (result: Handled) => void,
    probe?: { cardNo: string; notHere: () => void },
  ): void {
    const sentAt = performance.now();
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
      ...(probe === undefined ? {} : { cardProbe: probe.cardNo }),
    };
    this.forwarded++;
    this.node.log.request(this.node.log.writeSubject(leader, pool), pack(wire), this.timeoutMs).then(
      (data) => {
        let handled: unknown;
        try {
          handled = unpack(data);
        } catch {
          handled = undefined;
        }
        if (probe !== undefined && isNotHere(handled)) {
          probe.notHere();
          return;
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
        this.otherLeaders.clear();
        done(refused(Status.StoreUnavailable, 'no pool leader answered: retry with the same msg_id'));
      },
    );
  }
}
