// A money request on its way through the ledger (Work) and what the ledger answers (LedgerResult).

import type { SettleInput } from '../core/decide-pre-settle.js';
import type { FilingCommand } from '../core/filings.js';
import type { RequestContext } from '../core/model.js';
import type { VisitCommand } from '../core/visits.js';

/** The e-voucher decode (DecodeEVoucher): the QR code as scanned. */
export interface DecodeEVoucherCommand {
  op: 9;
  qrCode: string;
}

/** What a request other than settle / cancel / reverse asks of the writer. */
export type LedgerCommand = VisitCommand | DecodeEVoucherCommand | FilingCommand;

import type { Status } from '../wire/handled.js';

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

export type Done = (result: LedgerResult) => void;

export const emptyBytes = Buffer.alloc(0);

/** One queued request. All fields set at construction (one shape). */
export class Work {
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
    /** Visit operations and the e-voucher decode: what to do. */
    readonly command: LedgerCommand | undefined,
    readonly enqueuedMs: number,
    readonly done: Done,
  ) {}
}
