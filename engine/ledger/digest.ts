// The content digest an idempotency record keeps: a retry with the same msg_id must carry the same
// content (else T04). Built from the decoded, defaulted fields, so the same request sent as
// protobuf or as JSON, or with a new sign_no after re-signing in, has the same digest.
import { xxh3 } from '@node-rs/xxhash';
import type { SettleInput } from '../core/decide-pre-settle.js';
import { LedgerOp } from '../core/ledger-rules.js';
import type { RequestContext } from '../core/model.js';

const separator = '\u001f';

function digestOf(parts: (string | number | boolean)[]): bigint {
  return xxh3.xxh64(Buffer.from(parts.join(separator), 'utf8'));
}

export function settleDigest(header: RequestContext, input: SettleInput): bigint {
  const parts: (string | number | boolean)[] = [
    LedgerOp.Settle,
    header.msgId,
    header.institutionCode,
    input.credential.type,
    input.credential.cardNo,
    input.credential.cardSn,
    input.credential.idNo,
    input.medicalType,
    input.insuranceType,
    input.useAccount,
    input.totalFen,
    input.visitId,
    input.personNo,
    input.lines.length,
  ];
  for (const line of input.lines) {
    parts.push(line.lineNo, line.catalogueCode, line.quantityMilli, line.unitPriceFen, line.amountFen);
  }
  return digestOf(parts);
}

export function cancelDigest(header: RequestContext, settlementId: string): bigint {
  return digestOf([LedgerOp.CancelSettlement, header.msgId, header.institutionCode, settlementId]);
}

export function reverseDigest(header: RequestContext, originalMsgId: string, originalOp: number): bigint {
  return digestOf([LedgerOp.Reverse, header.msgId, header.institutionCode, originalMsgId, originalOp]);
}

/** A visit request: its operation and its fields (built in a fixed order, so JSON is canonical). */
export function commandDigest(header: RequestContext, op: number, command: object): bigint {
  return digestOf([op, header.msgId, header.institutionCode, JSON.stringify(command)]);
}
