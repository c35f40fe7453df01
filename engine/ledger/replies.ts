// Each ledger operation's reply message type and latency budget (the budget every reply carries).

import { v1 } from '../../protocol/pb.js';
import { latencyBudgetUs } from '../core/budgets.js';
import { LedgerOp } from '../core/ledger-rules.js';

interface ReplyType {
  encode(message: object): { finish(): Uint8Array };
  decode(bytes: Uint8Array): object;
}

const replyTypes: Record<LedgerOp, ReplyType> = {
  [LedgerOp.Settle]: v1.SettleReply,
  [LedgerOp.CancelSettlement]: v1.CancelSettlementReply,
  [LedgerOp.Reverse]: v1.ReverseReply,
  [LedgerOp.OpenVisit]: v1.VisitReply,
  [LedgerOp.UpdateVisit]: v1.VisitReply,
  [LedgerOp.UploadFees]: v1.UploadFeesReply,
  [LedgerOp.WithdrawFees]: v1.WithdrawFeesReply,
  [LedgerOp.CancelVisit]: v1.VisitReply,
  [LedgerOp.DecodeEVoucher]: v1.DecodeEVoucherReply,
};

const budgets: Record<LedgerOp, number> = {
  [LedgerOp.Settle]: latencyBudgetUs.settle,
  [LedgerOp.CancelSettlement]: latencyBudgetUs.cancelSettlement,
  [LedgerOp.Reverse]: latencyBudgetUs.reverse,
  [LedgerOp.OpenVisit]: latencyBudgetUs.openVisit,
  [LedgerOp.UpdateVisit]: latencyBudgetUs.updateVisit,
  [LedgerOp.UploadFees]: latencyBudgetUs.uploadFees,
  [LedgerOp.WithdrawFees]: latencyBudgetUs.withdrawFees,
  [LedgerOp.CancelVisit]: latencyBudgetUs.cancelVisit,
  [LedgerOp.DecodeEVoucher]: latencyBudgetUs.decodeEVoucher,
};

export function replyTypeOf(op: number): ReplyType {
  return replyTypes[op as LedgerOp];
}

export function budgetOf(op: number): number {
  return budgets[op as LedgerOp];
}
