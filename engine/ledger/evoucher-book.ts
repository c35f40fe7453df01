// The e-voucher decode inside the writer's transaction (book.ts routes it here, after the caller
// and msg-id checks every write shares): the QR code's signature (E01 when forged), the voucher's
// record (E01 unknown), its expiry (E02), and its binding — the first institution to decode it
// keeps it (a rescan there decodes again, any other institution gets E03). The binding is written
// with a change-log entry and the idempotency record; expired vouchers are pruned.

import { checkEVoucher } from '../core/authorize.js';
import { EntryKind, noMovement } from '../core/ledger-rules.js';
import type { EVoucherRecord } from '../core/model.js';
import { Reason } from '../core/reasons.js';
import type { LmdbReadView } from '../store/read-view.js';
import type { Store } from '../store/store.js';
import { tokenOfQrCode } from '../wire/evoucher-qr.js';
import { personSummary } from '../wire/replies.js';
import type { PruneBudget } from './prune-budget.js';
import { budgetOf } from './replies.js';
import type { BookTools } from './visit-book.js';
import type { DecodeEVoucherCommand, Work } from './work.js';

export class EVoucherBook {
  /** Where the next prune pass resumes (token order). */
  private pruneFrom = '';

  constructor(
    private readonly store: Store,
    private readonly view: LmdbReadView,
    private readonly tools: BookTools,
  ) {}

  apply(work: Work, key: string, nowMs: number): undefined {
    const command = work.command as DecodeEVoucherCommand;
    const token = tokenOfQrCode(command.qrCode);
    const voucher = this.view.evoucher(token);
    const here = work.header.institutionCode;
    // Not yet decoded: it may be decoded here (checked as if bound here).
    const bound =
      voucher === undefined || voucher.institutionCode !== '' ? voucher : { ...voucher, institutionCode: here };
    const reason = checkEVoucher(bound, here, nowMs);
    if (reason !== Reason.Approved) return this.tools.answer(work, this.tools.declined(work, reason, 'qr_code'));
    const v = bound!;
    const person = this.view.person(v.idNo);
    if (person === undefined) return this.tools.answer(work, this.tools.declined(work, Reason.PersonNotInsured, ''));
    const seq = this.tools.nextSeq();
    this.tools.answer(work, {
      outcome: this.tools.head(work, Reason.Approved, '', nowMs),
      ecToken: v.token,
      person: personSummary(person, this.view.account(v.idNo)),
      businessType: v.businessType,
      expiresMs: v.expiresMs,
      budgetUs: budgetOf(work.op),
    });
    if (voucher!.institutionCode === '') void this.store.evouchers.put(v.token, v);
    this.tools.writeEntry(work, seq, EntryKind.DecodeEVoucher, 0, 0, noMovement, nowMs);
    this.tools.remember(work, key, seq);
    return undefined;
  }

  /** Drops expired vouchers, as many looked at as the budget allows, resuming where the last stopped. */
  prune(nowMs: number, budget: PruneBudget): number {
    const expired: string[] = [];
    let last = '';
    let looked = 0;
    for (const { key, value } of this.store.evouchers.getRange({ start: this.pruneFrom, limit: budget.itemsMax })) {
      last = key as string;
      if (nowMs >= (value as EVoucherRecord).expiresMs) expired.push(last);
      if (budget.spent(++looked)) break;
    }
    for (const token of expired) void this.store.evouchers.remove(token);
    this.pruneFrom = last === '' ? '' : `${last}\u0000`;
    return expired.length;
  }
}
