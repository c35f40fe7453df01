// The single writer for money: Settle (2102/2207), CancelSettlement (2103/2208) and Reverse (2601).
//
// Every request is queued; the queue is drained in groups, one LMDB write transaction per group.
// Inside that transaction each request is judged against the data as it is at that moment, with
// the effects of the requests before it in the same group already visible, so two settlements
// for one person can never spend the same fen. A group's replies are released only once lmdb-js
// reports the transaction flushed to disk (durable, not just visible): an answered settlement
// survives kill -9. While one group is flushing the next is already being decided (pipeline).
//
// Write set per settlement, laid out for locality (docs/PERFORMANCE.md: random keys dirty a page each):
//   journal   seq -> entry                  append-only: new entries share the last page
//   accounts  idNo -> balance, idNo:year -> accumulators   adjacent keys: usually one page
//   messages  time-first msg key -> record  keys of "now" sit together
//   totals    day:institution:... -> sums   today's keys sit together

import { performance } from 'node:perf_hooks';
import { v1 } from '../../protocol/pb.js';
import { assert } from '../core/assert.js';
import { authorizeCaller, CallerCheck } from '../core/authorize.js';
import { latencyBudgetUs } from '../core/budgets.js';
import { chinaStamp14 } from '../core/china-time.js';
import { decidePreSettle, type SettleDecision, type SettleInput } from '../core/decide-pre-settle.js';
import {
  accountRedone,
  accountUndone,
  accumulatorsRedone,
  accumulatorsUndone,
  addToTotals,
  chinaDay,
  EntryKind,
  emptyTotals,
  type JournalEntry,
  judgeCancel,
  judgeReplay,
  judgeReverse,
  LedgerOp,
  MessageKind,
  type MessageRecord,
  type Movement,
  movementOf,
  msgIdTimeMs,
  msgIdTooOld,
  noMovement,
  Replay,
  ReverseAction,
  seqOfSettlementId,
  settlementIdOf,
} from '../core/ledger-rules.js';
import type { AccountRecord, RequestContext } from '../core/model.js';
import type { BenefitPolicy } from '../core/policy.js';
import { approves, Reason, type ReasonCode, reasonText } from '../core/reasons.js';
import type { DecisionSettings } from '../core/settings.js';
import type { Accumulators } from '../core/split.js';
import { nowMs as clockNowMs } from '../runtime/clock.js';
import { endProcess } from '../runtime/fatal.js';
import { fault } from '../runtime/faults.js';
import {
  decodeDayTotals,
  decodeJournalEntry,
  decodeMessageRecord,
  decodeUndone,
  encodeDayTotals,
  encodeJournalEntry,
  encodeMessageRecord,
  encodeUndone,
  totalsKey,
} from '../store/ledger-records.js';
import type { LmdbReadView } from '../store/read-view.js';
import { decodeAccount, encodeAccount, encodeAccumulators } from '../store/records.js';
import { absorbCommitError, accumulatorKey, messageKey, type Store } from '../store/store.js';
import { Status } from '../wire/handled.js';
import { type OutcomeMessage, outcome, settleReplyBody } from '../wire/replies.js';

export interface LedgerOptions {
  /** Requests decided and committed in one transaction. 1 = a flush per settlement (the baseline). */
  groupItemsMax: number;
  /** Decide the next group while the previous one flushes (true), or wait for its flush (false). */
  pipeline: boolean;
  /** Requests waiting for the writer before new ones are refused with S01. */
  pendingItemsMax: number;
  /** Idempotency records are kept this long; older message ids are refused (V01 header.msg_id). */
  retentionMs: number;
  /** At most this many idempotency records; the oldest go first. */
  messagesMax: number;
  /** Records pruned per transaction, so pruning never holds the writer long. */
  pruneItemsMax: number;
  /** Called once per group when its replies are released: its size and start-to-flushed time (metrics). */
  onGroup?: (items: number, commitUs: number) => void;
}

/** What the writer answers: the reply message (without timings) and where the time went. */
export interface LedgerResult {
  /** Reply (decided and durable), Overloaded (refused at once), StoreUnavailable (not committed). */
  status: Status;
  /** The reply body for the operation's reply type (encode it in the request's format). */
  reply: object;
  /** The same reply as protobuf bytes (what the journal keeps for duplicates). */
  proto: Buffer;
  queueUs: number;
  decideUs: number;
  commitUs: number;
}

type Done = (result: LedgerResult) => void;

/** One queued request. All fields set at construction (one shape). */
class Work {
  proto: Buffer = emptyBytes;
  reply: object = {};
  decidedMs = 0;
  decideUs = 0;
  constructor(
    readonly op: number,
    readonly header: RequestContext,
    readonly digest: bigint,
    readonly settle: SettleInput | undefined,
    /** Cancel: the settlement id; reverse: the original msg id. */
    readonly target: string,
    /** Reverse: the original operation (LedgerOp). */
    readonly targetOp: number,
    readonly enqueuedMs: number,
    readonly done: Done,
  ) {}
}

const emptyBytes = Buffer.alloc(0);

export interface LedgerStats {
  groups: number;
  items: number;
  largestGroup: number;
  refused: number;
  pruned: number;
}

interface SplitMessage {
  totalFen: number;
}

function refusal(status: Status): LedgerResult {
  return { status, reply: {}, proto: emptyBytes, queueUs: 0, decideUs: 0, commitUs: 0 };
}

function encodeProto(type: { encode(m: object): { finish(): Uint8Array } }, message: object): Buffer {
  const bytes = type.encode(message).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

function accumulatorsMessage(medicalYear: number, acc: Accumulators): object {
  return {
    medicalYear,
    deductiblePaidFen: acc.deductiblePaidFen,
    poolPaidFen: acc.poolPaidFen,
    largeAmountPaidFen: acc.largeAmountPaidFen,
    selfPaySegmentUsedFen: acc.selfPaySegmentUsedFen,
  };
}

const replyTypes = {
  [LedgerOp.Settle]: v1.SettleReply,
  [LedgerOp.CancelSettlement]: v1.CancelSettlementReply,
  [LedgerOp.Reverse]: v1.ReverseReply,
} as const;

const budgets = {
  [LedgerOp.Settle]: latencyBudgetUs.settle,
  [LedgerOp.CancelSettlement]: latencyBudgetUs.cancelSettlement,
  [LedgerOp.Reverse]: latencyBudgetUs.reverse,
} as const;

type LedgerOpValue = (typeof LedgerOp)[keyof typeof LedgerOp];

/** yyyyMMddHHmmss of an instant in China time: the time part of a msg_id. */
const timestamp14 = chinaStamp14;

export class Ledger {
  private queue: Work[] = [];
  private running = false;
  private lastSeq = 0;
  /** Every idempotency key up to this one may have been pruned: such message ids are refused. */
  private prunedThroughKey = '';
  private lastPruneMs = 0;
  private idle: Promise<void> = Promise.resolve();
  private markIdle: () => void = () => {};
  private readonly caller = new CallerCheck();
  readonly stats: LedgerStats = { groups: 0, items: 0, largestGroup: 0, refused: 0, pruned: 0 };

  constructor(
    private readonly store: Store,
    private readonly view: LmdbReadView,
    private readonly settings: DecisionSettings,
    private readonly policy: BenefitPolicy,
    private readonly options: LedgerOptions,
    /** Called when a transaction callback throws: a broken invariant must not commit half a group. */
    private readonly fatal: (error: unknown) => never = (error) => endProcess('ledger', error),
  ) {
    assert(options.groupItemsMax >= 1 && options.pendingItemsMax >= 1, 'ledger bounds are positive');
    this.reloadMarks();
  }

  /** The last journal sequence and the pruning mark, as committed. */
  private reloadMarks(): void {
    this.lastSeq = 0;
    for (const key of this.store.journal.getKeys({ reverse: true, limit: 1 })) this.lastSeq = key as number;
    this.prunedThroughKey = (this.store.meta.get('ledger.prunedThrough') as string | undefined) ?? '';
  }

  /** The last sequence number written (0: empty journal). */
  get sequence(): number {
    return this.lastSeq;
  }

  get pending(): number {
    return this.queue.length;
  }

  settle(header: RequestContext, input: SettleInput, digest: bigint, done: Done): void {
    this.submit(new Work(LedgerOp.Settle, header, digest, input, '', 0, performance.now(), done));
  }

  cancel(header: RequestContext, settlementId: string, digest: bigint, done: Done): void {
    this.submit(
      new Work(LedgerOp.CancelSettlement, header, digest, undefined, settlementId, 0, performance.now(), done),
    );
  }

  reverse(header: RequestContext, originalMsgId: string, originalOp: number, digest: bigint, done: Done): void {
    this.submit(
      new Work(LedgerOp.Reverse, header, digest, undefined, originalMsgId, originalOp, performance.now(), done),
    );
  }

  /** Resolves once everything queued so far has been answered. */
  drained(): Promise<void> {
    return this.running ? this.idle : Promise.resolve();
  }

  private submit(work: Work): void {
    if (this.queue.length >= this.options.pendingItemsMax) {
      this.stats.refused++;
      work.done(refusal(Status.Overloaded));
      return;
    }
    this.queue.push(work);
    if (!this.running) {
      this.running = true;
      this.idle = new Promise((resolve) => {
        this.markIdle = resolve;
      });
      // Requests arriving in the same I/O turn join the first group.
      setImmediate(() => void this.drain());
    }
  }

  private async drain(): Promise<void> {
    const flushes: Promise<void>[] = [];
    for (;;) {
      while (this.queue.length > 0) await this.commitGroup(flushes);
      // Replies released by these flushes may bring new requests (a client's next settlement):
      // they are taken here, never left waiting for a request that may not come.
      await Promise.all(flushes);
      flushes.length = 0;
      if (this.queue.length === 0) break;
    }
    this.running = false;
    this.markIdle();
  }

  /** Decides and commits one group; its replies are released once the commit is flushed. */
  private async commitGroup(flushes: Promise<void>[]): Promise<void> {
    const group = this.queue.splice(0, this.options.groupItemsMax);
    this.stats.groups++;
    this.stats.items += group.length;
    if (group.length > this.stats.largestGroup) this.stats.largestGroup = group.length;
    this.view.refresh();
    const nowMs = clockNowMs();
    const startedMs = performance.now();
    try {
      await this.store.env.transaction(() => this.applyGroup(group, nowMs));
    } catch (error) {
      absorbCommitError(error);
      // The transaction did not commit (storage full or failing): nothing of it happened, and the
      // sequence numbers it took are given back, so the change log keeps no gaps.
      this.reloadMarks();
      for (const work of group) work.done(refusal(Status.StoreUnavailable));
      return;
    }
    const committedMs = performance.now();
    const flushed = Promise.resolve(this.store.env.flushed).then(
      () => {
        this.options.onGroup?.(group.length, (performance.now() - startedMs) * 1000);
        this.release(group, committedMs);
      },
      (error: unknown) => {
        absorbCommitError(error);
        for (const work of group) work.done(refusal(Status.StoreUnavailable));
      },
    );
    if (this.options.pipeline) flushes.push(flushed);
    else await flushed;
  }

  private release(group: Work[], committedMs: number): void {
    const now = performance.now();
    for (const work of group) {
      work.done({
        status: Status.Reply,
        reply: work.reply,
        proto: work.proto,
        queueUs: (work.decidedMs - work.enqueuedMs) * 1000 - work.decideUs,
        decideUs: work.decideUs,
        commitUs: (now - Math.min(committedMs, work.decidedMs)) * 1000,
      });
    }
  }

  /** Runs inside the write transaction: decide and write each request in order. */
  private applyGroup(group: Work[], nowMs: number): void {
    try {
      for (const work of group) {
        const t0 = performance.now();
        this.apply(work, nowMs);
        fault('ledger'); // test hook: after this item's writes, before the commit
        work.decidedMs = performance.now();
        work.decideUs = (work.decidedMs - t0) * 1000;
      }
      if (nowMs - this.lastPruneMs >= 1_000) {
        this.lastPruneMs = nowMs;
        this.prune(nowMs);
      }
    } catch (error) {
      this.fatal(error);
    }
  }

  // Inside the write transaction every put / remove is executed at once and its promise settles
  // with the transaction, which commitGroup awaits (a failed commit refuses the whole group): `void`
  // says so. Everywhere else the lint rule noFloatingPromises (biome.json) refuses an unobserved
  // promise, so no write's failure can go unseen.
  private apply(work: Work, nowMs: number): undefined {
    const op = work.op as LedgerOpValue;
    // A settlement is decided first (its caller checks are part of the decision); it is written
    // only if the message id turns out to be new.
    const decision =
      op === LedgerOp.Settle ? decidePreSettle(this.view, work.settle!, nowMs, this.settings, this.policy) : undefined;
    // Who is asking comes first: an unknown terminal learns nothing, not even whether an id exists.
    if (decision !== undefined) {
      if (!decision.callerApproved) return this.answer(work, this.declined(work, decision.reason, decision.field));
    } else {
      authorizeCaller(this.view, work.header, true, nowMs, this.caller);
      if (this.caller.reason !== Reason.Approved) {
        return this.answer(work, this.declined(work, this.caller.reason, this.caller.field));
      }
    }
    const key = messageKey(work.header.msgId);
    if (msgIdTooOld(msgIdTimeMs(work.header.msgId), key, nowMs, this.options.retentionMs, this.prunedThroughKey)) {
      return this.answer(work, this.declined(work, Reason.InvalidField, 'header.msg_id'));
    }
    const record = this.message(key);
    switch (judgeReplay(record, op, work.digest)) {
      case Replay.Duplicate:
        // A retry of something since cancelled or reversed is told so, not shown the old approval.
        if (this.undoneBy(record!.seq) !== 0)
          return this.answer(work, this.declined(work, Reason.AlreadyCancelled, ''));
        return this.answerDuplicate(work, record!);
      case Replay.Conflict:
        return this.answer(work, this.declined(work, Reason.DuplicateDifferentContent, ''));
      case Replay.ReversedBeforeArrival:
        return this.answer(work, this.declined(work, Reason.AlreadyCancelled, ''));
    }
    if (decision !== undefined) return this.applySettle(work, decision, key, nowMs);
    if (op === LedgerOp.CancelSettlement) return this.applyCancel(work, key, nowMs);
    return this.applyReverse(work, key, nowMs);
  }

  private head(work: Work, reason: ReasonCode, field: string, nowMs: number): OutcomeMessage {
    return outcome(work.header.msgId, reason, field, nowMs);
  }

  private declined(work: Work, reason: ReasonCode, field: string): object {
    return { outcome: this.head(work, reason, field, clockNowMs()), budgetUs: budgets[work.op as LedgerOpValue] };
  }

  private answer(work: Work, reply: object): undefined {
    work.reply = reply;
    work.proto = encodeProto(replyTypes[work.op as LedgerOpValue], reply);
    return undefined;
  }

  /** The original reply, marked duplicate (T01): same split, same settlement id, nothing written. */
  private answerDuplicate(work: Work, record: MessageRecord): undefined {
    const entry = this.entry(record.seq);
    assert(entry !== undefined, 'an idempotency record points at a journal entry');
    const type = replyTypes[work.op as LedgerOpValue];
    const original = type.decode(entry.reply) as unknown as { outcome?: Record<string, unknown> };
    const text = reasonText(Reason.Duplicate);
    original.outcome = {
      ...original.outcome,
      refMsgId: work.header.msgId,
      reason: Reason.Duplicate,
      messageZh: text.zh,
      messageEn: text.en,
      field: '',
      duplicate: true,
    };
    return this.answer(work, original);
  }

  private message(key: string): MessageRecord | undefined {
    const buf = this.store.messages.getBinary(key);
    return buf === undefined ? undefined : decodeMessageRecord(buf);
  }

  private entry(seq: number): JournalEntry | undefined {
    const buf = this.store.journal.getBinary(seq);
    return buf === undefined ? undefined : decodeJournalEntry(seq, buf);
  }

  private undoneBy(seq: number): number {
    const buf = this.store.undone.getBinary(seq);
    return buf === undefined ? 0 : decodeUndone(buf);
  }

  private account(idNo: string): AccountRecord {
    const buf = this.store.accounts.getBinary(idNo);
    return buf === undefined ? { currentYearFen: 0, priorYearsFen: 0 } : decodeAccount(buf);
  }

  private applySettle(work: Work, decision: SettleDecision, key: string, nowMs: number): undefined {
    const input = work.settle!;
    const head = this.head(work, decision.reason, decision.field, nowMs);
    const result = decision.result;
    if (!approves(decision.reason) || result === undefined) {
      return this.answer(work, settleReplyBody(head, decision, this.policy.version, budgets[LedgerOp.Settle]));
    }
    const person = decision.person!;
    const accountBefore = decision.account ?? { currentYearFen: 0, priorYearsFen: 0 };
    const movement = movementOf(result, accountBefore, decision.accumulators!, {
      idNo: person.idNo,
      medicalYear: decision.medicalYear,
      institutionCode: work.header.institutionCode,
      insuranceType: input.insuranceType === 0 ? person.insuranceType : input.insuranceType,
      medicalType: input.medicalType,
    });
    const seq = ++this.lastSeq;
    const reply = {
      ...settleReplyBody(head, decision, this.policy.version, budgets[LedgerOp.Settle]),
      settlementId: settlementIdOf(seq),
      accumulatorsAfter: accumulatorsMessage(decision.medicalYear, result.accumulatorsAfter),
    };
    this.answer(work, reply);
    this.writeEntry(work, seq, EntryKind.Settle, 0, 0, movement, nowMs);
    if (result.split.accountPaidFen > 0) void this.store.accounts.put(person.idNo, encodeAccount(result.accountAfter));
    void this.store.accounts.put(
      accumulatorKey(person.idNo, decision.medicalYear),
      encodeAccumulators(result.accumulatorsAfter),
    );
    void this.store.messages.put(
      key,
      encodeMessageRecord({ kind: MessageKind.Applied, op: work.op, digest: work.digest, seq }),
    );
    this.addTotals(movement, 1, nowMs);
  }

  private applyCancel(work: Work, key: string, nowMs: number): undefined {
    const target = seqOfSettlementId(work.target);
    const entry = target === 0 ? undefined : this.entry(target);
    const judged = judgeCancel(
      entry === undefined ? undefined : { kind: entry.kind, institutionCode: entry.movement.institutionCode },
      work.header.institutionCode,
      entry === undefined ? 0 : this.undoneBy(target),
    );
    if (judged !== Reason.Approved || entry === undefined) return this.answer(work, this.declined(work, judged, ''));
    const seq = ++this.lastSeq;
    const undone = this.undo(entry.movement);
    const original = v1.SettleReply.decode(entry.reply);
    this.answer(work, {
      outcome: this.head(work, Reason.Approved, '', nowMs),
      settlementId: work.target,
      reversedSplit: (original.split ?? undefined) as SplitMessage | undefined,
      accountBalanceAfterFen: undone.account.currentYearFen + undone.account.priorYearsFen,
      accumulatorsAfter: accumulatorsMessage(entry.movement.medicalYear, undone.accumulators),
      budgetUs: budgets[LedgerOp.CancelSettlement],
    });
    this.writeEntry(work, seq, EntryKind.Cancel, target, 0, entry.movement, nowMs);
    void this.store.undone.put(target, encodeUndone(seq));
    void this.store.messages.put(
      key,
      encodeMessageRecord({ kind: MessageKind.Applied, op: work.op, digest: work.digest, seq }),
    );
    this.addTotals(entry.movement, -1, nowMs);
  }

  private applyReverse(work: Work, key: string, nowMs: number): undefined {
    const originalKey = messageKey(work.target);
    const original = this.message(originalKey);
    const budgetUs = budgets[LedgerOp.Reverse];
    const judged = judgeReverse(original, work.targetOp, original === undefined ? 0 : this.undoneBy(original.seq));
    if (judged.action === ReverseAction.Decline) return this.answer(work, this.declined(work, judged.reason, ''));
    if (original === undefined) {
      // The original never arrived (or was declined, which wrote nothing): remember the reversal
      // so the original is refused (T03) if it arrives late.
      const seq = ++this.lastSeq;
      this.answer(work, { outcome: this.head(work, Reason.Approved, '', nowMs), undone: false, budgetUs });
      this.writeEntry(work, seq, EntryKind.Reverse, 0, 0, noMovement, nowMs);
      void this.store.messages.put(
        originalKey,
        encodeMessageRecord({ kind: MessageKind.ReversedBeforeArrival, op: work.targetOp, digest: 0n, seq }),
      );
      void this.store.messages.put(
        key,
        encodeMessageRecord({ kind: MessageKind.Applied, op: work.op, digest: work.digest, seq }),
      );
      return;
    }
    const entry = this.entry(original.seq);
    assert(entry !== undefined, 'an applied message has its journal entry');
    if (judged.action === ReverseAction.UndoSettle) {
      const seq = ++this.lastSeq;
      const undone = this.undo(entry.movement);
      this.answer(work, {
        outcome: this.head(work, Reason.Approved, '', nowMs),
        undone: true,
        settlementId: settlementIdOf(original.seq),
        accountBalanceAfterFen: undone.account.currentYearFen + undone.account.priorYearsFen,
        budgetUs,
      });
      this.writeEntry(work, seq, EntryKind.Reverse, original.seq, LedgerOp.Settle, entry.movement, nowMs);
      void this.store.undone.put(original.seq, encodeUndone(seq));
      this.addTotals(entry.movement, -1, nowMs);
    } else {
      // Reversing a cancel puts the settlement back, if the account still covers it.
      assert(entry.kind === EntryKind.Cancel, 'a cancel message points at a cancel entry');
      const m = entry.movement;
      const account = accountRedone(this.account(m.idNo), m);
      if (account === undefined) return this.answer(work, this.declined(work, Reason.AccountInsufficient, ''));
      const seq = ++this.lastSeq;
      const accumulators = accumulatorsRedone(this.view.accumulators(m.idNo, m.medicalYear), m);
      this.answer(work, {
        outcome: this.head(work, Reason.Approved, '', nowMs),
        undone: true,
        settlementId: settlementIdOf(entry.targetSeq),
        accountBalanceAfterFen: account.currentYearFen + account.priorYearsFen,
        budgetUs,
      });
      this.writeEntry(work, seq, EntryKind.Reverse, original.seq, LedgerOp.CancelSettlement, m, nowMs);
      if (m.accountCurrentFen + m.accountPriorFen > 0) void this.store.accounts.put(m.idNo, encodeAccount(account));
      void this.store.accounts.put(accumulatorKey(m.idNo, m.medicalYear), encodeAccumulators(accumulators));
      void this.store.undone.remove(entry.targetSeq);
      void this.store.undone.put(original.seq, encodeUndone(seq));
      this.addTotals(m, 1, nowMs);
    }
    void this.store.messages.put(
      key,
      encodeMessageRecord({ kind: MessageKind.Applied, op: work.op, digest: work.digest, seq: this.lastSeq }),
    );
  }

  /** Gives back what a settlement took: account buckets and the year's accumulators. */
  private undo(m: Movement): { account: AccountRecord; accumulators: Accumulators } {
    const account = accountUndone(this.account(m.idNo), m);
    const accumulators = accumulatorsUndone(this.view.accumulators(m.idNo, m.medicalYear), m);
    if (m.accountCurrentFen + m.accountPriorFen > 0) void this.store.accounts.put(m.idNo, encodeAccount(account));
    void this.store.accounts.put(accumulatorKey(m.idNo, m.medicalYear), encodeAccumulators(accumulators));
    return { account, accumulators };
  }

  private writeEntry(
    work: Work,
    seq: number,
    kind: JournalEntry['kind'],
    targetSeq: number,
    undidOp: number,
    movement: Movement,
    nowMs: number,
  ): void {
    const entry: JournalEntry = {
      seq,
      kind,
      timeMs: nowMs,
      msgId: work.header.msgId,
      terminalId: work.header.terminalId,
      targetSeq,
      undidOp,
      movement,
      reply: work.proto,
    };
    void this.store.journal.put(seq, encodeJournalEntry(entry));
  }

  private addTotals(m: Movement, sign: 1 | -1, nowMs: number): void {
    const key = totalsKey(chinaDay(nowMs), m.institutionCode, m.insuranceType, m.clearingType);
    const buf = this.store.totals.getBinary(key);
    const totals = addToTotals(buf === undefined ? emptyTotals() : decodeDayTotals(buf), m, sign);
    void this.store.totals.put(key, encodeDayTotals(totals));
  }

  /**
   * Drops idempotency records past the retention time, and the oldest beyond the size bound. The
   * highest key dropped is remembered: a message id at or below it is refused, so a retry can never
   * slip past a pruned record and pay twice.
   */
  private prune(nowMs: number): void {
    const cutoff = timestamp14(nowMs - this.options.retentionMs);
    const count = (this.store.messages.getStats() as { entryCount: number }).entryCount;
    const keys: string[] = [];
    for (const key of this.store.messages.getKeys({ limit: this.options.pruneItemsMax, snapshot: false })) {
      const overSize = count - keys.length > this.options.messagesMax;
      if (!overSize && key >= cutoff) break;
      keys.push(key as string);
    }
    if (keys.length === 0) return;
    for (const key of keys) void this.store.messages.remove(key);
    const last = keys[keys.length - 1]!;
    if (last > this.prunedThroughKey) {
      this.prunedThroughKey = last;
      void this.store.meta.put('ledger.prunedThrough', last);
    }
    this.stats.pruned += keys.length;
  }
}
