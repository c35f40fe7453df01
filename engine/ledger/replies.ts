// Each ledger operation's reply message type and latency budget (the budget every reply carries).

import { v1 } from '../../protocol/pb.js';
import { latencyBudgetUs } from '../core/budgets.js';
import { LedgerOp } from '../core/ledger-rules.js';

interface ReplyType {
  encode(message: object): { finish(): Uint8Array };
  decode(bytes: Uint8Array): object;
}

/** Per ledger operation: its reply message type and its budget. */
const rows: Record<LedgerOp, { reply: ReplyType; budgetUs: number }> = {
  [LedgerOp.Settle]: { reply: v1.SettleReply, budgetUs: latencyBudgetUs.settle },
  [LedgerOp.CancelSettlement]: { reply: v1.CancelSettlementReply, budgetUs: latencyBudgetUs.cancelSettlement },
  [LedgerOp.Reverse]: { reply: v1.ReverseReply, budgetUs: latencyBudgetUs.reverse },
  [LedgerOp.OpenVisit]: { reply: v1.VisitReply, budgetUs: latencyBudgetUs.openVisit },
  [LedgerOp.UpdateVisit]: { reply: v1.VisitReply, budgetUs: latencyBudgetUs.updateVisit },
  [LedgerOp.UploadFees]: { reply: v1.UploadFeesReply, budgetUs: latencyBudgetUs.uploadFees },
  [LedgerOp.WithdrawFees]: { reply: v1.WithdrawFeesReply, budgetUs: latencyBudgetUs.withdrawFees },
  [LedgerOp.CancelVisit]: { reply: v1.VisitReply, budgetUs: latencyBudgetUs.cancelVisit },
  [LedgerOp.DecodeEVoucher]: { reply: v1.DecodeEVoucherReply, budgetUs: latencyBudgetUs.decodeEVoucher },
  [LedgerOp.RegisterFiling]: { reply: v1.FilingReply, budgetUs: latencyBudgetUs.registerFiling },
  [LedgerOp.RevokeFiling]: { reply: v1.FilingReply, budgetUs: latencyBudgetUs.revokeFiling },
};

export function replyTypeOf(op: number): ReplyType {
  return rows[op as LedgerOp].reply;
}

export function budgetOf(op: number): number {
  return rows[op as LedgerOp].budgetUs;
}
