// Reconciliation of totals (national 3201): for the caller's institution, one insurance type, one
// clearing type and a period of whole China-time days, the engine's net counts and sums against
// the terminal's. Read-only: sums the per-day totals the ledger keeps with every settlement, so a
// year costs 366 gets, not a scan of the journal.
import { authorizeCaller, CallerCheck } from '../core/authorize.js';
import { latencyBudgetUs } from '../core/budgets.js';
import { chinaDay, type DayTotals, dayMs, emptyTotals } from '../core/ledger-rules.js';
import type { RequestContext } from '../core/model.js';
import { Reason } from '../core/reasons.js';
import { decodeDayTotals, totalsKey } from '../store/ledger-records.js';
import type { LmdbReadView } from '../store/read-view.js';
import type { Store } from '../store/store.js';
import { outcome } from '../wire/replies.js';

export interface ReconcileInput {
  header: RequestContext;
  insuranceType: number;
  clearingType: number;
  periodFromMs: number;
  periodToMs: number;
  settlementCount: number;
  totalFen: number;
  fundFen: number;
  accountFen: number;
  cashFen: number;
}

const caller = new CallerCheck();

/** The engine's figures for [from, to) summed from the day totals. */
export function periodTotals(
  store: Store,
  institutionCode: string,
  insuranceType: number,
  clearingType: number,
  fromMs: number,
  toMs: number,
): DayTotals {
  const sum = emptyTotals();
  for (let dayStartMs = fromMs; dayStartMs < toMs; dayStartMs += dayMs) {
    const buf = store.totals.getBinaryFast(
      totalsKey(chinaDay(dayStartMs), institutionCode, insuranceType, clearingType),
    );
    if (buf === undefined) continue;
    const day = decodeDayTotals(buf);
    sum.settledCount += day.settledCount;
    sum.cancelledCount += day.cancelledCount;
    sum.totalFen += day.totalFen;
    sum.fundFen += day.fundFen;
    sum.accountFen += day.accountFen;
    sum.cashFen += day.cashFen;
  }
  return sum;
}

export function reconcileTotals(store: Store, view: LmdbReadView, input: ReconcileInput, nowMs: number): object {
  const budgetUs = latencyBudgetUs.reconcileTotals;
  view.refresh();
  authorizeCaller(view, input.header, true, nowMs, caller);
  if (caller.reason !== Reason.Approved) {
    return { outcome: outcome(input.header.msgId, caller.reason, caller.field, nowMs), budgetUs };
  }
  const t = periodTotals(
    store,
    input.header.institutionCode,
    input.insuranceType,
    input.clearingType,
    input.periodFromMs,
    input.periodToMs,
  );
  const count = t.settledCount - t.cancelledCount;
  const mismatched: string[] = [];
  if (count !== input.settlementCount) mismatched.push('settlement_count');
  if (t.totalFen !== input.totalFen) mismatched.push('total_fen');
  if (t.fundFen !== input.fundFen) mismatched.push('fund_fen');
  if (t.accountFen !== input.accountFen) mismatched.push('account_fen');
  if (t.cashFen !== input.cashFen) mismatched.push('cash_fen');
  return {
    outcome: outcome(input.header.msgId, Reason.Approved, '', nowMs),
    matched: mismatched.length === 0,
    settlementCount: count,
    totalFen: t.totalFen,
    fundFen: t.fundFen,
    accountFen: t.accountFen,
    cashFen: t.cashFen,
    mismatched,
    settledCount: t.settledCount,
    cancelledCount: t.cancelledCount,
    budgetUs,
  };
}
