// Detail listing (national 3202): the journal entries of one institution in a period, read in
// chunks (no read transaction held across event-loop turns) and handed out one by one, so the
// server can stream them with backpressure. The journal is in sequence order, which is time order;
// the first entry of the period is found by binary search on the entries' times.

import {
  EntryKind,
  familyPaidOf,
  type JournalEntry,
  LedgerOp,
  movesMoney,
  settlementIdOf,
} from '../core/ledger-rules.js';
import { limits } from '../core/limits.js';
import { decodeJournalEntry, decodeUndone } from '../store/ledger-records.js';
import type { Store } from '../store/store.js';

export interface ListFilter {
  institutionCode: string;
  /** 0: all */
  insuranceType: number;
  /** 0: all */
  clearingType: number;
  fromMs: number;
  toMs: number;
}

export interface SettlementDetailMessage {
  entryId: string;
  kind: number;
  msgId: string;
  timeMs: number;
  state: number;
  settlementId: string;
  insuranceType: number;
  clearingType: number;
  totalFen: number;
  fundFen: number;
  accountFen: number;
  cashFen: number;
}

export const SettlementState = { Live: 1, Cancelled: 2, Reversed: 3 } as const;

/** Entries written in the same minute as the period start may sit either side of it (clock steps). */
const clockSlackMs = limits.listingClockSlackMs;
const chunkEntries = 256;

function entryAt(store: Store, seq: number): JournalEntry | undefined {
  const buf = store.journal.getBinary(seq);
  return buf === undefined ? undefined : decodeJournalEntry(seq, buf);
}

/** The first sequence number whose entry is not before timeMs (binary search over [1, last]). */
export function firstSeqAtOrAfter(store: Store, timeMs: number): number {
  let last = 0;
  for (const key of store.journal.getKeys({ reverse: true, limit: 1 })) last = key as number;
  let low = 1;
  let high = last + 1;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    const entry = entryAt(store, mid);
    if (entry === undefined || entry.timeMs < timeMs) low = mid + 1;
    else high = mid;
  }
  return low;
}

function stateOf(store: Store, entry: JournalEntry): number {
  if (entry.kind !== EntryKind.Settle) return 0;
  const buf = store.undone.getBinary(entry.seq);
  if (buf === undefined) return SettlementState.Live;
  const by = entryAt(store, decodeUndone(buf));
  return by?.kind === EntryKind.Cancel ? SettlementState.Cancelled : SettlementState.Reversed;
}

function detailOf(store: Store, entry: JournalEntry): SettlementDetailMessage {
  const m = entry.movement;
  let settlementId = '';
  if (entry.kind === EntryKind.Cancel) settlementId = settlementIdOf(entry.targetSeq);
  else if (entry.kind === EntryKind.Reverse && entry.targetSeq !== 0) {
    // A reversed cancel concerns the cancel's settlement.
    const target =
      entry.undidOp === LedgerOp.CancelSettlement ? entryAt(store, entry.targetSeq)?.targetSeq : entry.targetSeq;
    settlementId = target === undefined || target === 0 ? '' : settlementIdOf(target);
  }
  return {
    entryId: settlementIdOf(entry.seq),
    kind: entry.kind,
    msgId: entry.msgId,
    timeMs: entry.timeMs,
    state: stateOf(store, entry),
    settlementId,
    insuranceType: m.insuranceType,
    clearingType: m.clearingType,
    totalFen: m.totalFen,
    fundFen: m.fundFen,
    accountFen: m.accountCurrentFen + m.accountPriorFen + familyPaidOf(m),
    cashFen: m.cashFen,
  };
}

function matches(entry: JournalEntry, filter: ListFilter): boolean {
  // Visit entries (and the reversal of a visit's opening) move no money: not a settlement's line.
  if (!movesMoney(entry)) return false;
  const m = entry.movement;
  // A reversal recorded before its original moved nothing and has no institution in its movement.
  const institution = m.institutionCode === '' ? entry.msgId.slice(0, 12) : m.institutionCode;
  if (institution !== filter.institutionCode) return false;
  if (entry.timeMs < filter.fromMs || entry.timeMs >= filter.toMs) return false;
  if (m.institutionCode === '') return filter.insuranceType === 0 && filter.clearingType === 0;
  if (filter.insuranceType !== 0 && m.insuranceType !== filter.insuranceType) return false;
  return filter.clearingType === 0 || m.clearingType === filter.clearingType;
}

/**
 * The matching entries in sequence order, at most entriesMax (then `truncated` is set on the
 * iterator's result holder). Each chunk is a fresh short read.
 */
export function* listEntries(
  store: Store,
  filter: ListFilter,
  entriesMax: number,
  outcome: { truncated: boolean },
): Generator<SettlementDetailMessage> {
  let seq = firstSeqAtOrAfter(store, filter.fromMs - clockSlackMs);
  let sent = 0;
  for (;;) {
    const chunk: JournalEntry[] = [];
    for (const { key, value } of store.journal.getRange({ start: seq, limit: chunkEntries })) {
      chunk.push(decodeJournalEntry(key as number, value as Buffer));
    }
    if (chunk.length === 0) return;
    for (const entry of chunk) {
      if (entry.timeMs >= filter.toMs + clockSlackMs) return;
      if (!matches(entry, filter)) continue;
      if (sent === entriesMax) {
        outcome.truncated = true;
        return;
      }
      sent++;
      yield detailOf(store, entry);
    }
    seq = chunk[chunk.length - 1]!.seq + 1;
  }
}
