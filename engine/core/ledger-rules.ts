// The ledger's rules, pure: what a journal entry holds, what undoing or redoing a settlement does
// to the account and the year's accumulators, how a retried message id is judged, and the day a
// figure counts in for reconciliation. The writer (engine/ledger) applies these inside its write
// transaction; property tests check that undo restores exactly what the settlement took.

import { assert, assertSafeInteger } from './assert.js';
import { chinaOffsetMs, dayMs } from './china-time.js';
import { type AccountRecord, ClearingType, MedicalType } from './model.js';
import { Reason, type ReasonCode } from './reasons.js';
import type { Accumulators, SplitResult } from './split.js';

/**
 * The visit operations (core/visits.ts), the e-voucher decode and the filings (core/filings.ts):
 * each is its own change-log entry kind, same number.
 */
const otherOps = {
  OpenVisit: 4,
  UpdateVisit: 5,
  UploadFees: 6,
  WithdrawFees: 7,
  CancelVisit: 8,
  DecodeEVoucher: 9,
  RegisterFiling: 10,
  RevokeFiling: 11,
} as const;

/**
 * What a change-log entry records. 1-3 move money; 4-11 change a visit, bind an e-voucher or
 * register / revoke a filing and move none: the settlement listing and the day totals see only the
 * first three.
 */
export const EntryKind = { Settle: 1, Cancel: 2, Reverse: 3, ...otherOps } as const;
export type EntryKind = (typeof EntryKind)[keyof typeof EntryKind];

/**
 * The operations a message id can stand for (the wire's Operation enum for 1, 2 and 4); a visit
 * operation's entry has the kind of the same number.
 */
export const LedgerOp = { Settle: 1, CancelSettlement: 2, Reverse: 3, ...otherOps } as const;
export type LedgerOp = (typeof LedgerOp)[keyof typeof LedgerOp];

/** A settlement, a cancel or a reversal of either: an entry the settlement listing shows. */
export function movesMoney(entry: { kind: number; undidOp: number }): boolean {
  if (entry.kind === EntryKind.Reverse) return entry.undidOp !== LedgerOp.OpenVisit;
  return entry.kind === EntryKind.Settle || entry.kind === EntryKind.Cancel;
}

/** What a settlement moved, kept so a cancel or reversal can put back exactly that. */
export interface Movement {
  idNo: string;
  medicalYear: number;
  institutionCode: string;
  insuranceType: number;
  clearingType: number;
  totalFen: number;
  fundFen: number;
  poolPaidFen: number;
  largeAmountPaidFen: number;
  deductiblePaidFen: number;
  selfPaySegmentFen: number;
  accountCurrentFen: number;
  accountPriorFen: number;
  /** 家庭共济: the relative whose account paid ('' for none) and what it paid, by bucket. */
  payerIdNo: string;
  familyCurrentFen: number;
  familyPriorFen: number;
  cashFen: number;
  /**
   * Chronic outpatient: the disease whose accumulators the settlement moved ('' : the year's
   * general accumulators). A cancel or reversal restores the same ones.
   */
  diseaseCode: string;
}

/** One entry of the change log. Cancel and reversal entries repeat the movement they undid. */
export interface JournalEntry {
  seq: number;
  kind: EntryKind;
  timeMs: number;
  msgId: string;
  terminalId: string;
  /** Cancel / reversal: the settlement (or, for a reversed cancel, the cancel) it concerns; else 0. */
  targetSeq: number;
  /** Reversal: what was undone: 0 nothing (the original never arrived), 1 a settlement, 2 a cancel. */
  undidOp: number;
  movement: Movement;
  /** The reply as first sent (protobuf, without timings): a retry gets exactly this back. */
  reply: Uint8Array;
}

export const noMovement: Readonly<Movement> = Object.freeze({
  idNo: '',
  medicalYear: 0,
  institutionCode: '',
  insuranceType: 0,
  clearingType: 0,
  totalFen: 0,
  fundFen: 0,
  poolPaidFen: 0,
  largeAmountPaidFen: 0,
  deductiblePaidFen: 0,
  selfPaySegmentFen: 0,
  accountCurrentFen: 0,
  accountPriorFen: 0,
  payerIdNo: '',
  familyCurrentFen: 0,
  familyPriorFen: 0,
  cashFen: 0,
  diseaseCode: '',
});

/** Outpatient, emergency and chronic care clear together; inpatient and pharmacy on their own. */
export function clearingTypeOf(medicalType: number): number {
  if (medicalType === MedicalType.Inpatient) return ClearingType.Inpatient;
  if (medicalType === MedicalType.Pharmacy) return ClearingType.Pharmacy;
  return ClearingType.Outpatient;
}

export function movementOf(
  result: SplitResult,
  account: AccountRecord,
  accumulators: Accumulators,
  facts: {
    idNo: string;
    medicalYear: number;
    institutionCode: string;
    insuranceType: number;
    medicalType: number;
    diseaseCode: string;
  },
  family: { payerIdNo: string; account: AccountRecord | undefined } = { payerIdNo: '', account: undefined },
): Movement {
  const s = result.split;
  const familyAfter = result.familyAccountAfter;
  const paid = s.familyAccountPaidFen > 0 && family.account !== undefined && familyAfter !== undefined;
  const movement: Movement = {
    idNo: facts.idNo,
    medicalYear: facts.medicalYear,
    institutionCode: facts.institutionCode,
    insuranceType: facts.insuranceType,
    clearingType: clearingTypeOf(facts.medicalType),
    totalFen: s.totalFen,
    fundFen: s.fundTotalFen,
    poolPaidFen: s.poolPaidFen,
    largeAmountPaidFen: s.largeAmountPaidFen,
    deductiblePaidFen: s.deductiblePaidFen,
    selfPaySegmentFen: result.accumulatorsAfter.selfPaySegmentUsedFen - accumulators.selfPaySegmentUsedFen,
    accountCurrentFen: account.currentYearFen - result.accountAfter.currentYearFen,
    accountPriorFen: account.priorYearsFen - result.accountAfter.priorYearsFen,
    payerIdNo: paid ? family.payerIdNo : '',
    familyCurrentFen: paid ? family.account!.currentYearFen - familyAfter!.currentYearFen : 0,
    familyPriorFen: paid ? family.account!.priorYearsFen - familyAfter!.priorYearsFen : 0,
    cashFen: s.cashFen,
    diseaseCode: facts.diseaseCode,
  };
  assertMovement(movement);
  assert(movement.accountCurrentFen + movement.accountPriorFen === s.accountPaidFen, 'account parts = account paid');
  assert(
    movement.familyCurrentFen + movement.familyPriorFen === s.familyAccountPaidFen,
    'family parts = family account paid',
  );
  return movement;
}

export function assertMovement(m: Movement): void {
  const amounts = [
    m.totalFen,
    m.fundFen,
    m.poolPaidFen,
    m.largeAmountPaidFen,
    m.deductiblePaidFen,
    m.selfPaySegmentFen,
    m.accountCurrentFen,
    m.accountPriorFen,
    m.familyCurrentFen,
    m.familyPriorFen,
    m.cashFen,
  ];
  for (const fen of amounts) {
    assertSafeInteger(fen, 'movement amount');
    assert(fen >= 0, 'movement amounts are non-negative');
  }
  assert(m.fundFen === m.poolPaidFen + m.largeAmountPaidFen, 'fund = pool + large amount');
  assert(
    m.totalFen === m.fundFen + m.accountCurrentFen + m.accountPriorFen + familyPaidOf(m) + m.cashFen,
    'total = fund + account + family account + cash',
  );
  assert(m.payerIdNo !== '' || familyPaidOf(m) === 0, 'a family payment names its payer');
}

/** What the relative's account paid (家庭共济). */
export function familyPaidOf(m: Movement): number {
  return m.familyCurrentFen + m.familyPriorFen;
}

/** The relative's account after a settlement is undone: each fen back to the bucket it came from. */
export function familyUndone(account: AccountRecord, m: Movement): AccountRecord {
  return {
    currentYearFen: account.currentYearFen + m.familyCurrentFen,
    priorYearsFen: account.priorYearsFen + m.familyPriorFen,
  };
}

/** The relative's account when a cancelled settlement is put back; undefined when it no longer covers it. */
export function familyRedone(account: AccountRecord, m: Movement): AccountRecord | undefined {
  if (account.currentYearFen < m.familyCurrentFen || account.priorYearsFen < m.familyPriorFen) return undefined;
  return {
    currentYearFen: account.currentYearFen - m.familyCurrentFen,
    priorYearsFen: account.priorYearsFen - m.familyPriorFen,
  };
}

/** The account after a settlement is undone: each fen goes back to the bucket it came from. */
export function accountUndone(account: AccountRecord, m: Movement): AccountRecord {
  return {
    currentYearFen: account.currentYearFen + m.accountCurrentFen,
    priorYearsFen: account.priorYearsFen + m.accountPriorFen,
  };
}

export function accumulatorsUndone(acc: Accumulators, m: Movement): Accumulators {
  const out: Accumulators = {
    deductiblePaidFen: acc.deductiblePaidFen - m.deductiblePaidFen,
    poolPaidFen: acc.poolPaidFen - m.poolPaidFen,
    largeAmountPaidFen: acc.largeAmountPaidFen - m.largeAmountPaidFen,
    selfPaySegmentUsedFen: acc.selfPaySegmentUsedFen - m.selfPaySegmentFen,
  };
  assert(
    out.deductiblePaidFen >= 0 && out.poolPaidFen >= 0 && out.largeAmountPaidFen >= 0 && out.selfPaySegmentUsedFen >= 0,
    'accumulators never below zero after an undo',
  );
  return out;
}

/**
 * The account when a cancelled settlement is put back (its cancel was reversed): undefined when the
 * balance spent meanwhile no longer covers what the settlement took (the account never goes negative).
 */
export function accountRedone(account: AccountRecord, m: Movement): AccountRecord | undefined {
  if (account.currentYearFen < m.accountCurrentFen || account.priorYearsFen < m.accountPriorFen) return undefined;
  return {
    currentYearFen: account.currentYearFen - m.accountCurrentFen,
    priorYearsFen: account.priorYearsFen - m.accountPriorFen,
  };
}

export function accumulatorsRedone(acc: Accumulators, m: Movement): Accumulators {
  return {
    deductiblePaidFen: acc.deductiblePaidFen + m.deductiblePaidFen,
    poolPaidFen: acc.poolPaidFen + m.poolPaidFen,
    largeAmountPaidFen: acc.largeAmountPaidFen + m.largeAmountPaidFen,
    selfPaySegmentUsedFen: acc.selfPaySegmentUsedFen + m.selfPaySegmentFen,
  };
}

/** What an idempotency record says a message id did. */
export const MessageKind = { Applied: 1, ReversedBeforeArrival: 2 } as const;

export interface MessageRecord {
  kind: number;
  /** LedgerOp of the message (for a reversed-before-arrival record: the operation reversed). */
  op: number;
  /** Content digest of the message (canonical protobuf, envelope fields that may change on retry excluded). */
  digest: bigint;
  /** The journal entry it produced (the reversal's entry for a reversed-before-arrival record). */
  seq: number;
}

export const Replay = { New: 0, Duplicate: 1, Conflict: 2, ReversedBeforeArrival: 3 } as const;
export type Replay = (typeof Replay)[keyof typeof Replay];

/** Same id, same operation, same content: the original answer (T01); anything else is T04. */
export function judgeReplay(record: MessageRecord | undefined, op: number, digest: bigint): Replay {
  if (record === undefined) return Replay.New;
  if (record.kind === MessageKind.ReversedBeforeArrival) {
    return record.op === op ? Replay.ReversedBeforeArrival : Replay.Conflict;
  }
  return record.op === op && record.digest === digest ? Replay.Duplicate : Replay.Conflict;
}

/**
 * A msg_id the ledger can no longer judge: older than the idempotency retention, or at or below the
 * highest pruned key (its record may be gone). Refused V01 header.msg_id, so a late retry never pays
 * twice.
 */
export function msgIdTooOld(
  msgIdTimeMs: number,
  key: string,
  nowMs: number,
  retentionMs: number,
  prunedThroughKey: string,
): boolean {
  return msgIdTimeMs < nowMs - retentionMs || key <= prunedThroughKey;
}

/** What a cancel's target is, as the ledger read it inside the write transaction. */
export interface CancelTarget {
  kind: number;
  institutionCode: string;
}

/**
 * Cancel (national 2103 / 2208): T02 unless the id names a settlement of the caller's own
 * institution (another institution's is "not found": ids are sequential, existence is not leaked);
 * T03 when it was already cancelled or reversed; else approved (applied).
 */
export function judgeCancel(target: CancelTarget | undefined, institutionCode: string, undoneBy: number): ReasonCode {
  if (target === undefined || target.kind !== EntryKind.Settle || target.institutionCode !== institutionCode)
    return Reason.OriginalNotFound;
  if (undoneBy !== 0) return Reason.AlreadyCancelled;
  return Reason.Approved;
}

export const ReverseAction = {
  RecordBeforeArrival: 0,
  Decline: 1,
  UndoSettle: 2,
  RedoCancelled: 3,
  CancelVisit: 4,
} as const;
export type ReverseAction = (typeof ReverseAction)[keyof typeof ReverseAction];

/**
 * Reversal (national 2601) by original msg_id and operation:
 *   the original never arrived (or was declined: nothing written) -> record the reversal, approved,
 *     so the original is refused T03 if it arrives late;
 *   already reversed before its arrival, or undone since -> T03;
 *   the msg_id names another operation -> T02;
 *   a settlement -> undo it; a cancel -> put the settlement back (L02 if the account no longer
 *     covers it: decided by the caller with the account in hand); a visit's opening -> cancel the
 *     visit (M02 when it has a live settlement: decided by the caller with the visit in hand).
 */
export function judgeReverse(
  original: MessageRecord | undefined,
  targetOp: number,
  undoneBy: number,
): { action: ReverseAction; reason: ReasonCode } {
  if (original === undefined) return { action: ReverseAction.RecordBeforeArrival, reason: Reason.Approved };
  if (original.kind === MessageKind.ReversedBeforeArrival)
    return { action: ReverseAction.Decline, reason: Reason.AlreadyCancelled };
  if (original.op !== targetOp) return { action: ReverseAction.Decline, reason: Reason.OriginalNotFound };
  if (undoneBy !== 0) return { action: ReverseAction.Decline, reason: Reason.AlreadyCancelled };
  if (targetOp === LedgerOp.OpenVisit) return { action: ReverseAction.CancelVisit, reason: Reason.Approved };
  return targetOp === LedgerOp.Settle
    ? { action: ReverseAction.UndoSettle, reason: Reason.Approved }
    : { action: ReverseAction.RedoCancelled, reason: Reason.Approved };
}

/** Net figures per China-time day, institution, insurance type and clearing type. */
export interface DayTotals {
  settledCount: number;
  cancelledCount: number;
  totalFen: number;
  fundFen: number;
  accountFen: number;
  cashFen: number;
}

export function emptyTotals(): DayTotals {
  return { settledCount: 0, cancelledCount: 0, totalFen: 0, fundFen: 0, accountFen: 0, cashFen: 0 };
}

/** Adds (sign +1) or takes away (sign -1, a cancel or reversal) one settlement's figures. */
export function addToTotals(totals: DayTotals, m: Movement, sign: 1 | -1): DayTotals {
  return {
    settledCount: totals.settledCount + (sign === 1 ? 1 : 0),
    cancelledCount: totals.cancelledCount + (sign === -1 ? 1 : 0),
    totalFen: totals.totalFen + sign * m.totalFen,
    fundFen: totals.fundFen + sign * m.fundFen,
    // Personal-account money, the person's own and a relative's (家庭共济) alike.
    accountFen: totals.accountFen + sign * (m.accountCurrentFen + m.accountPriorFen + familyPaidOf(m)),
    cashFen: totals.cashFen + sign * m.cashFen,
  };
}

export { dayMs };

/** The China-time day of an instant as yyyymmdd. */
export function chinaDay(timeMs: number): number {
  const d = new Date(timeMs + chinaOffsetMs);
  return d.getUTCFullYear() * 10_000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

/** True when an instant is a China-time midnight (reconciliation periods are whole days). */
export function isChinaMidnight(timeMs: number): boolean {
  return (timeMs + chinaOffsetMs) % dayMs === 0;
}

/** A msg_id's own timestamp (yyyyMMddHHmmss, China time) in ms since the epoch. */
export function msgIdTimeMs(msgId: string): number {
  const n = (from: number, to: number): number => Number(msgId.slice(from, to));
  return Date.UTC(n(12, 16), n(16, 18) - 1, n(18, 20), n(20, 22), n(22, 24), n(24, 26)) - chinaOffsetMs;
}

/** Settlement ids are the journal sequence, fixed width: S000000000042. */
export function settlementIdOf(seq: number): string {
  assert(Number.isSafeInteger(seq) && seq > 0 && seq < 1e12, 'settlement sequence in range');
  return 'S' + String(seq).padStart(12, '0');
}

/** 0 when the text is not a settlement id. */
export function seqOfSettlementId(id: string): number {
  if (!/^S\d{12}$/.test(id)) return 0;
  return Number(id.slice(1));
}
