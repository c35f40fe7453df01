// The ledger's book: what one money request does inside its group's write transaction (the queue,
// the group commit and the release of replies are ledger.ts). For each request in order: the
// caller, the retention and replay checks every money operation shares, then the operation's own
// judgement (core/ledger-rules.ts) against the data as it is in this transaction, and its writes:
// the journal entry, the account and the year's accumulators, the idempotency record, the day totals.

import { v1 } from '../../protocol/pb.js';
import { assert } from '../core/assert.js';
import { authorizeCaller, CallerCheck } from '../core/authorize.js';
import { chinaStamp14 } from '../core/china-time.js';
import { decideBill } from '../core/decide-bill.js';
import type { SettleDecision, SettleInput } from '../core/decide-pre-settle.js';
import {
  accountRedone,
  accountUndone,
  accumulatorsRedone,
  accumulatorsUndone,
  addToTotals,
  chinaDay,
  EntryKind,
  emptyTotals,
  familyRedone,
  familyUndone,
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
import type { AccountRecord } from '../core/model.js';
import type { BenefitPolicy } from '../core/policy.js';
import { approves, Reason, type ReasonCode, reasonText } from '../core/reasons.js';
import type { DecisionSettings } from '../core/settings.js';
import type { Accumulators } from '../core/split.js';
import { nowMs as clockNowMs } from '../runtime/clock.js';
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
import { accumulatorKey, messageKey, type Store } from '../store/store.js';
import { type OutcomeMessage, outcome, settleReplyBody } from '../wire/replies.js';
import { EVoucherBook } from './evoucher-book.js';
import { FilingBook } from './filing-book.js';
import type { PruneBudget } from './prune-budget.js';
import { budgetOf, replyTypeOf } from './replies.js';
import { VisitBook } from './visit-book.js';
import type { Work } from './work.js';

interface SplitMessage {
  totalFen: number;
}

function encodeProto(type: { encode(m: object): { finish(): Uint8Array } }, message: object): Buffer {
  const bytes = type.encode(message).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/** The insurance type a settlement counts under: the request's, else the visit's, else the person's. */
function insuranceTypeOf(input: SettleInput, decision: SettleDecision, own: number): number {
  if (input.insuranceType !== 0) return input.insuranceType;
  return decision.visit?.insuranceType ?? own;
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

/** yyyyMMddHHmmss of an instant in China time: the time part of a msg_id. */
const timestamp14 = chinaStamp14;

export interface BookOptions {
  /** Idempotency records are kept this long; older message ids are refused (V01 header.msg_id). */
  retentionMs: number;
  /** At most this many idempotency records; the oldest go first. */
  messagesMax: number;
}

export class Book {
  /** The last journal sequence written (0: empty journal). */
  lastSeq = 0;
  /** Every idempotency key up to this one may have been pruned: such message ids are refused. */
  private prunedThroughKey = '';
  private readonly caller = new CallerCheck();
  /** Visits: their own requests, and the visit a settlement, cancel or reversal concerns. */
  readonly visits: VisitBook;
  /** E-voucher decodes (their binding to an institution). */
  readonly evouchers: EVoucherBook;
  /** Filings (referral, designated institution, chronic): registered and revoked. */
  readonly filings: FilingBook;

  constructor(
    private readonly store: Store,
    private readonly view: LmdbReadView,
    private readonly settings: DecisionSettings,
    private readonly policy: BenefitPolicy,
    private readonly options: BookOptions,
  ) {
    this.visits = new VisitBook(store, view, settings, this);
    this.evouchers = new EVoucherBook(store, view, this);
    this.filings = new FilingBook(store, view, settings, policy, this);
    this.reload();
  }

  nextSeq(): number {
    return ++this.lastSeq;
  }

  remember(work: Work, key: string, seq: number): void {
    void this.store.messages.put(
      key,
      encodeMessageRecord({ kind: MessageKind.Applied, op: work.op, digest: work.digest, seq }),
    );
  }

  /** The last sequence and the pruning mark, as committed (after a failed commit: given back). */
  reload(): void {
    this.lastSeq = 0;
    for (const key of this.store.journal.getKeys({ reverse: true, limit: 1 })) this.lastSeq = key as number;
    this.prunedThroughKey = (this.store.meta.get('ledger.prunedThrough') as string | undefined) ?? '';
  }

  // Inside the write transaction every put / remove is executed at once and its promise settles
  // with the transaction, which commitGroup awaits (a failed commit refuses the whole group): `void`
  // says so. Everywhere else the lint rule noFloatingPromises (biome.json) refuses an unobserved
  // promise, so no write's failure can go unseen.
  apply(work: Work, nowMs: number): undefined {
    const op = work.op as LedgerOp;
    // A settlement is decided first (its caller checks are part of the decision); it is written
    // only if the message id turns out to be new.
    const decision =
      op === LedgerOp.Settle ? decideBill(this.view, work.settle!, nowMs, this.settings, this.policy) : undefined;
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
    if (op === LedgerOp.Reverse) return this.applyReverse(work, key, nowMs);
    if (op === LedgerOp.DecodeEVoucher) return this.evouchers.apply(work, key, nowMs);
    if (op === LedgerOp.RegisterFiling || op === LedgerOp.RevokeFiling) return this.filings.apply(work, key, nowMs);
    return this.visits.apply(work, key, nowMs);
  }

  head(work: Work, reason: ReasonCode, field: string, nowMs: number): OutcomeMessage {
    return outcome(work.header.msgId, reason, field, nowMs);
  }

  declined(work: Work, reason: ReasonCode, field: string): object {
    return { outcome: this.head(work, reason, field, clockNowMs()), budgetUs: budgetOf(work.op) };
  }

  answer(work: Work, reply: object): undefined {
    work.reply = reply;
    work.proto = encodeProto(replyTypeOf(work.op), reply);
    return undefined;
  }

  /** The original reply, marked duplicate (T01): same split, same settlement id, nothing written. */
  private answerDuplicate(work: Work, record: MessageRecord): undefined {
    const entry = this.entry(record.seq);
    assert(entry !== undefined, 'an idempotency record points at a journal entry');
    const type = replyTypeOf(work.op);
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
      return this.answer(work, settleReplyBody(head, decision, this.policy.version, budgetOf(LedgerOp.Settle)));
    }
    const person = decision.person!;
    const accountBefore = decision.account ?? { currentYearFen: 0, priorYearsFen: 0 };
    const movement = movementOf(
      result,
      accountBefore,
      decision.accumulators!,
      {
        idNo: person.idNo,
        medicalYear: decision.medicalYear,
        institutionCode: work.header.institutionCode,
        insuranceType: insuranceTypeOf(input, decision, person.insuranceType),
        medicalType: decision.visit?.medicalType ?? input.medicalType,
        diseaseCode: decision.diseaseCode,
      },
      { payerIdNo: decision.familyPayerIdNo, account: decision.familyAccount },
    );
    const seq = ++this.lastSeq;
    const visit = decision.visit;
    const reply = {
      ...settleReplyBody(head, decision, this.policy.version, budgetOf(LedgerOp.Settle)),
      settlementId: settlementIdOf(seq),
      accumulatorsAfter: accumulatorsMessage(decision.medicalYear, result.accumulatorsAfter),
      visitId: input.visitId,
      diseaseCode: decision.diseaseCode,
    };
    this.answer(work, reply);
    // A visit's settlement names the visit (its entry's target), so a cancel can reopen it.
    this.writeEntry(work, seq, EntryKind.Settle, visit?.seq ?? 0, 0, movement, nowMs);
    if (visit !== undefined) this.visits.settled(visit, seq, nowMs);
    if (result.split.accountPaidFen > 0) void this.store.accounts.put(person.idNo, encodeAccount(result.accountAfter));
    // 家庭共济: the relative's account, in the same transaction.
    if (movement.payerIdNo !== '')
      void this.store.accounts.put(movement.payerIdNo, encodeAccount(result.familyAccountAfter!));
    // A chronic disease's settlement moves that disease's accumulators, not the year's general ones.
    void this.store.accounts.put(
      accumulatorKey(person.idNo, decision.medicalYear, decision.diseaseCode),
      encodeAccumulators(result.accumulatorsAfter),
    );
    this.remember(work, key, seq);
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
    this.visits.reopen(entry.targetSeq, nowMs);
    const original = v1.SettleReply.decode(entry.reply);
    this.answer(work, {
      outcome: this.head(work, Reason.Approved, '', nowMs),
      settlementId: work.target,
      reversedSplit: (original.split ?? undefined) as SplitMessage | undefined,
      accountBalanceAfterFen: undone.account.currentYearFen + undone.account.priorYearsFen,
      accumulatorsAfter: accumulatorsMessage(entry.movement.medicalYear, undone.accumulators),
      budgetUs: budgetOf(LedgerOp.CancelSettlement),
    });
    this.writeEntry(work, seq, EntryKind.Cancel, target, 0, entry.movement, nowMs);
    void this.store.undone.put(target, encodeUndone(seq));
    this.remember(work, key, seq);
    this.addTotals(entry.movement, -1, nowMs);
  }

  private applyReverse(work: Work, key: string, nowMs: number): undefined {
    const originalKey = messageKey(work.target);
    const original = this.message(originalKey);
    const judged = judgeReverse(original, work.targetOp, original === undefined ? 0 : this.undoneBy(original.seq));
    if (judged.action === ReverseAction.Decline) return this.answer(work, this.declined(work, judged.reason, ''));
    if (original === undefined) {
      // The original never arrived (or was declined, which wrote nothing): remember the reversal
      // so the original is refused (T03) if it arrives late.
      const seq = ++this.lastSeq;
      const budgetUs = budgetOf(LedgerOp.Reverse);
      this.answer(work, { outcome: this.head(work, Reason.Approved, '', nowMs), undone: false, budgetUs });
      this.writeEntry(work, seq, EntryKind.Reverse, 0, 0, noMovement, nowMs);
      void this.store.messages.put(
        originalKey,
        encodeMessageRecord({ kind: MessageKind.ReversedBeforeArrival, op: work.targetOp, digest: 0n, seq }),
      );
      this.remember(work, key, seq);
      return;
    }
    if (judged.action === ReverseAction.CancelVisit) return this.visits.reverseOpening(work, key, original.seq, nowMs);
    const entry = this.entry(original.seq);
    assert(entry !== undefined, 'an applied message has its journal entry');
    if (judged.action === ReverseAction.UndoSettle) this.reverseSettle(work, entry, nowMs);
    else if (!this.redoCancelled(work, entry, original.seq, nowMs)) return;
    this.remember(work, key, this.lastSeq);
  }

  /** Reversing a settlement gives back what it took (and reopens its visit). */
  private reverseSettle(work: Work, entry: JournalEntry, nowMs: number): void {
    const seq = ++this.lastSeq;
    const undone = this.undo(entry.movement);
    this.visits.reopen(entry.targetSeq, nowMs);
    this.answer(work, {
      outcome: this.head(work, Reason.Approved, '', nowMs),
      undone: true,
      settlementId: settlementIdOf(entry.seq),
      accountBalanceAfterFen: undone.account.currentYearFen + undone.account.priorYearsFen,
      budgetUs: budgetOf(LedgerOp.Reverse),
    });
    this.writeEntry(work, seq, EntryKind.Reverse, entry.seq, LedgerOp.Settle, entry.movement, nowMs);
    void this.store.undone.put(entry.seq, encodeUndone(seq));
    this.addTotals(entry.movement, -1, nowMs);
  }

  /**
   * Reversing a cancel puts the settlement back, if the account still covers it (L02) and its
   * visit, if it had one, is still open and not settled again (M02). False when declined.
   */
  private redoCancelled(work: Work, cancel: JournalEntry, cancelSeq: number, nowMs: number): boolean {
    assert(cancel.kind === EntryKind.Cancel, 'a cancel message points at a cancel entry');
    const m = cancel.movement;
    const account = accountRedone(this.account(m.idNo), m);
    const family = m.payerIdNo === '' ? undefined : familyRedone(this.account(m.payerIdNo), m);
    if (account === undefined || (m.payerIdNo !== '' && family === undefined)) {
      this.answer(work, this.declined(work, Reason.AccountInsufficient, ''));
      return false;
    }
    const settlement = this.entry(cancel.targetSeq);
    const visitSeq = settlement?.targetSeq ?? 0;
    const visit = visitSeq === 0 ? undefined : this.visits.canResettle(visitSeq, nowMs);
    if (visitSeq !== 0 && visit === undefined) {
      this.answer(work, this.declined(work, Reason.VisitNotOpen, ''));
      return false;
    }
    const seq = ++this.lastSeq;
    const accumulators = accumulatorsRedone(this.view.accumulators(m.idNo, m.medicalYear, m.diseaseCode), m);
    this.answer(work, {
      outcome: this.head(work, Reason.Approved, '', nowMs),
      undone: true,
      settlementId: settlementIdOf(cancel.targetSeq),
      accountBalanceAfterFen: account.currentYearFen + account.priorYearsFen,
      budgetUs: budgetOf(LedgerOp.Reverse),
    });
    this.writeEntry(work, seq, EntryKind.Reverse, cancelSeq, LedgerOp.CancelSettlement, m, nowMs);
    if (m.accountCurrentFen + m.accountPriorFen > 0) void this.store.accounts.put(m.idNo, encodeAccount(account));
    if (family !== undefined) void this.store.accounts.put(m.payerIdNo, encodeAccount(family));
    void this.store.accounts.put(
      accumulatorKey(m.idNo, m.medicalYear, m.diseaseCode),
      encodeAccumulators(accumulators),
    );
    void this.store.undone.remove(cancel.targetSeq);
    void this.store.undone.put(cancelSeq, encodeUndone(seq));
    if (visit !== undefined) this.visits.settled(visit, cancel.targetSeq, nowMs);
    this.addTotals(m, 1, nowMs);
    return true;
  }

  /** Gives back what a settlement took: account buckets and the year's accumulators. */
  private undo(m: Movement): { account: AccountRecord; accumulators: Accumulators } {
    const account = accountUndone(this.account(m.idNo), m);
    const accumulators = accumulatorsUndone(this.view.accumulators(m.idNo, m.medicalYear, m.diseaseCode), m);
    if (m.accountCurrentFen + m.accountPriorFen > 0) void this.store.accounts.put(m.idNo, encodeAccount(account));
    if (m.payerIdNo !== '')
      void this.store.accounts.put(m.payerIdNo, encodeAccount(familyUndone(this.account(m.payerIdNo), m)));
    void this.store.accounts.put(
      accumulatorKey(m.idNo, m.medicalYear, m.diseaseCode),
      encodeAccumulators(accumulators),
    );
    return { account, accumulators };
  }

  writeEntry(
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
   * Drops idempotency records past the retention time, and the oldest beyond the size bound; returns
   * how many. The highest key dropped is remembered: a message id at or below it is refused, so a
   * retry can never slip past a pruned record and pay twice.
   */
  prune(nowMs: number, budget: PruneBudget): number {
    const cutoff = timestamp14(nowMs - this.options.retentionMs);
    const count = (this.store.messages.getStats() as { entryCount: number }).entryCount;
    const keys: string[] = [];
    for (const key of this.store.messages.getKeys({ limit: budget.itemsMax, snapshot: false })) {
      const overSize = count - keys.length > this.options.messagesMax;
      if (!overSize && key >= cutoff) break;
      keys.push(key as string);
      if (budget.spent(keys.length)) break;
    }
    if (keys.length === 0) return 0;
    for (const key of keys) void this.store.messages.remove(key);
    const last = keys[keys.length - 1]!;
    if (last > this.prunedThroughKey) {
      this.prunedThroughKey = last;
      void this.store.meta.put('ledger.prunedThrough', last);
    }
    return keys.length;
  }
}
