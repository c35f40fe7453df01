// The terminal operations of ssc.v1.TransactionService: one table for every transport. `id` is the
// operation's number inside packed worker batches (stable within one running engine only).
import { v1 } from './pb.js';

export const servicePath = '/ssc.v1.TransactionService/';

export interface MessageType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
  fromObject(object: Record<string, unknown>): T;
  toObject(message: T, options: Record<string, unknown>): Record<string, unknown>;
}

export interface OperationSpec {
  readonly id: number;
  readonly method: string;
  /** National transaction codes this operation answers (docs/DOMAIN.md section 5). */
  readonly infno: readonly string[];
  readonly request: MessageType<unknown>;
  readonly reply: MessageType<unknown>;
  /** Connect server streaming (the reply type is one message of the stream). */
  readonly streaming: boolean;
  /** The TCP operation code: the first national code, or the engine's own for an operation without one. */
  readonly tcpCode: number;
}

function op(
  id: number,
  method: string,
  infno: string[],
  request: unknown,
  reply: unknown,
  streaming = false,
  tcpCode = Number(infno[0]),
): OperationSpec {
  return {
    id,
    method,
    infno,
    request: request as MessageType<unknown>,
    reply: reply as MessageType<unknown>,
    streaming,
    tcpCode,
  };
}

export const OpId = {
  SignIn: 1,
  SignOut: 2,
  Inquire: 3,
  PreSettle: 4,
  Settle: 5,
  CancelSettlement: 6,
  Reverse: 7,
  ReconcileTotals: 8,
  ListSettlements: 9,
  OpenVisit: 10,
  UpdateVisit: 11,
  UploadFees: 12,
  WithdrawFees: 13,
  CancelVisit: 14,
  DecodeEVoucher: 15,
  RegisterFiling: 16,
  RevokeFiling: 17,
  QueryFilings: 18,
  ListDiseases: 19,
} as const;
export type OpId = (typeof OpId)[keyof typeof OpId];

export const operations: readonly OperationSpec[] = [
  op(OpId.SignIn, 'SignIn', ['9001'], v1.SignInRequest, v1.SignInReply),
  op(OpId.SignOut, 'SignOut', ['9002'], v1.SignOutRequest, v1.SignOutReply),
  op(OpId.Inquire, 'Inquire', ['1101'], v1.InquireRequest, v1.InquireReply),
  op(OpId.PreSettle, 'PreSettle', ['2101', '2206', '2303'], v1.SettleRequest, v1.SettleReply),
  op(OpId.Settle, 'Settle', ['2102', '2207', '2304'], v1.SettleRequest, v1.SettleReply),
  op(
    OpId.CancelSettlement,
    'CancelSettlement',
    ['2103', '2208', '2305'],
    v1.CancelSettlementRequest,
    v1.CancelSettlementReply,
  ),
  op(OpId.Reverse, 'Reverse', ['2601'], v1.ReverseRequest, v1.ReverseReply),
  op(OpId.ReconcileTotals, 'ReconcileTotals', ['3201'], v1.ReconcileTotalsRequest, v1.ReconcileTotalsReply),
  op(OpId.ListSettlements, 'ListSettlements', ['3202'], v1.ListSettlementsRequest, v1.SettlementDetail, true),
  op(OpId.OpenVisit, 'OpenVisit', ['2201', '2401'], v1.OpenVisitRequest, v1.VisitReply),
  op(OpId.UpdateVisit, 'UpdateVisit', ['2203', '2402', '2403', '2405'], v1.UpdateVisitRequest, v1.VisitReply),
  op(OpId.UploadFees, 'UploadFees', ['2204', '2301'], v1.UploadFeesRequest, v1.UploadFeesReply),
  op(OpId.WithdrawFees, 'WithdrawFees', ['2205', '2302'], v1.WithdrawFeesRequest, v1.WithdrawFeesReply),
  op(OpId.CancelVisit, 'CancelVisit', ['2202', '2404'], v1.CancelVisitRequest, v1.VisitReply),
  // Not a national transaction (the e-voucher service's own call): TCP code 8001, no envelope form.
  op(OpId.DecodeEVoucher, 'DecodeEVoucher', [], v1.DecodeEVoucherRequest, v1.DecodeEVoucherReply, false, 8001),
  op(OpId.RegisterFiling, 'RegisterFiling', ['2501', '2503', '2505'], v1.RegisterFilingRequest, v1.FilingReply),
  op(OpId.RevokeFiling, 'RevokeFiling', ['2502', '2504', '2506'], v1.RevokeFilingRequest, v1.FilingReply),
  op(OpId.QueryFilings, 'QueryFilings', ['5301', '5302'], v1.QueryFilingsRequest, v1.QueryFilingsReply),
  op(OpId.ListDiseases, 'ListDiseases', ['1309'], v1.ListDiseasesRequest, v1.ListDiseasesReply),
];

export function operationById(id: number): OperationSpec {
  const spec = operations[id - 1];
  if (spec === undefined || spec.id !== id) throw new Error(`assertion: unknown operation id ${id}`);
  return spec;
}
