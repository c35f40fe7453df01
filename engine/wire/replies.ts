// Hot path: bench/load/inquire-http.ts. Builds reply messages from core decisions (shared by the
// workers and the main thread) and encodes them in the request's format. Timings are not part of
// what is built here: the transport appends them last (see appendTimings), so encode time counts.

import type { MessageType } from '../../protocol/operations.js';
import type { SettleDecision } from '../core/decide-pre-settle.js';
import type { AccountRecord, Filing, PersonRecord } from '../core/model.js';
import { type BenefitPolicy, chronicDiseaseOf } from '../core/policy.js';
import { approves, type ReasonCode, reasonText } from '../core/reasons.js';
import { personNoOf } from './person-no.js';

export const Format = { Proto: 0, Json: 1 } as const;
export type Format = (typeof Format)[keyof typeof Format];

const resultApproved = 1;
const resultDeclined = 2;

export interface OutcomeMessage {
  refMsgId: string;
  result: number;
  reason: string;
  messageZh: string;
  messageEn: string;
  field: string;
  duplicate: boolean;
  serverTimeMs: number;
}

export function outcome(refMsgId: string, reason: ReasonCode, field: string, nowMs: number): OutcomeMessage {
  const text = reasonText(reason);
  const named = field.length > 0;
  return {
    refMsgId,
    result: approves(reason) ? resultApproved : resultDeclined,
    reason,
    messageZh: named ? text.zh + '：' + field : text.zh,
    messageEn: named ? text.en + ': ' + field : text.en,
    field,
    duplicate: false,
    serverTimeMs: nowMs,
  };
}

/** 张三丰 -> 张*丰, 张三 -> 张*: enough for the patient to recognise, not enough to identify. */
export function maskName(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return chars[0] + '*';
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

/** 330203199001011234 -> 330203********1234 */
export function maskIdNo(idNo: string): string {
  if (idNo.length < 10) return '*'.repeat(idNo.length);
  return idNo.slice(0, 6) + '*'.repeat(idNo.length - 10) + idNo.slice(-4);
}

export interface PersonSummaryMessage {
  nameMasked: string;
  gender: number;
  idNoMasked: string;
  insuredRegion: string;
  insuranceType: number;
  insuranceStatus: number;
  accountBalanceFen: number;
  insuredFromMs: number;
  insuredToMs: number;
  personNo: string;
}

export function personSummary(person: PersonRecord, account: AccountRecord | undefined): PersonSummaryMessage {
  const balanceFen = account === undefined ? 0 : account.currentYearFen + account.priorYearsFen;
  return {
    nameMasked: maskName(person.name),
    gender: person.gender,
    idNoMasked: maskIdNo(person.idNo),
    insuredRegion: person.insuredRegion,
    insuranceType: person.insuranceType,
    insuranceStatus: person.insuranceStatus,
    accountBalanceFen: balanceFen,
    insuredFromMs: person.insuredFromMs,
    insuredToMs: person.insuredToMs,
    personNo: personNoOf(person.idNo),
  };
}

const jsonOptions = { enums: String, longs: String, json: true };

/**
 * Encodes a reply without its timings. JSON replies are proto3 JSON with the closing brace left
 * off, so the transport can append `,"timings":{...}}` without re-serialising.
 */
export function encodeReply(type: MessageType<unknown>, message: object, format: Format): Buffer {
  if (format === Format.Proto) {
    const bytes = type.encode(message).finish();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  }
  const json = JSON.stringify(type.toObject(message, jsonOptions));
  return Buffer.from(json.slice(0, -1), 'utf8');
}

export interface StageTimings {
  receiveUs: number;
  decodeUs: number;
  queueUs: number;
  decideUs: number;
  encodeUs: number;
  totalUs: number;
  /** Ledger operations: group commit until durable; 0 for reads. */
  commitUs: number;
  /** A replicated pool's applied sequence at the decision (Handled.appliedSeq); 0 or absent: not sent. */
  appliedSeq?: number;
}

const timingsField = 15;
const timingsCount = 7;

function varintBytes(value: number): number {
  let bytes = 1;
  for (let v = value >>> 7; v !== 0; v >>>= 7) bytes++;
  return bytes;
}

function writeVarint(buf: Buffer, pos: number, value: number): number {
  let v = value >>> 0;
  while (v > 0x7f) {
    buf[pos++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  buf[pos++] = v;
  return pos;
}

/** A varint of a non-negative safe integer (above 2^32 too: a stream sequence). */
function writeVarint64(buf: Buffer, pos: number, value: number): number {
  let v = value;
  while (v > 0x7f) {
    buf[pos++] = (v % 0x80) | 0x80;
    v = Math.floor(v / 0x80);
  }
  buf[pos++] = v;
  return pos;
}

function varint64Bytes(value: number): number {
  let bytes = 1;
  for (let v = Math.floor(value / 0x80); v !== 0; v = Math.floor(v / 0x80)) bytes++;
  return bytes;
}

function clampUs(us: number): number {
  if (!(us > 0)) return 0;
  return us >= 0xffffffff ? 0xffffffff : Math.round(us);
}

/**
 * Appends the timings to an encoded reply: protobuf field 15 (a message is the concatenation of its
 * fields, so appending is encoding), or the last member of the JSON object.
 */
export function appendTimings(reply: Uint8Array, format: Format, t: StageTimings): Buffer {
  const values = [
    clampUs(t.receiveUs),
    clampUs(t.decodeUs),
    clampUs(t.queueUs),
    clampUs(t.decideUs),
    clampUs(t.encodeUs),
    clampUs(t.totalUs),
    clampUs(t.commitUs),
  ];
  const seq = t.appliedSeq !== undefined && t.appliedSeq > 0 ? t.appliedSeq : 0;
  if (format === Format.Json) {
    // proto3 JSON writes a uint64 as a string.
    const tail =
      `,"timings":{"receiveUs":${values[0]},"decodeUs":${values[1]},"queueUs":${values[2]},` +
      `"decideUs":${values[3]},"encodeUs":${values[4]},"totalUs":${values[5]},"commitUs":${values[6]}` +
      `${seq === 0 ? '' : `,"appliedSeq":"${seq}"`}}}`;
    const out = Buffer.allocUnsafe(reply.length + Buffer.byteLength(tail));
    out.set(reply, 0);
    out.write(tail, reply.length, 'latin1');
    return out;
  }
  let inner = 0;
  for (let i = 0; i < timingsCount; i++) inner += 1 + varintBytes(values[i]!);
  if (seq > 0) inner += 1 + varint64Bytes(seq);
  const out = Buffer.allocUnsafe(reply.length + 1 + varintBytes(inner) + inner);
  out.set(reply, 0);
  let pos = reply.length;
  out[pos++] = (timingsField << 3) | 2;
  pos = writeVarint(out, pos, inner);
  for (let i = 0; i < timingsCount; i++) {
    out[pos++] = ((i + 1) << 3) | 0;
    pos = writeVarint(out, pos, values[i]!);
  }
  if (seq > 0) {
    out[pos++] = ((timingsCount + 1) << 3) | 0;
    pos = writeVarint64(out, pos, seq);
  }
  return out;
}

/** A PreSettle / Settle reply from its decision: the split, the lines, balances after, policy version. */
export function settleReplyBody(
  head: OutcomeMessage,
  decision: SettleDecision,
  policyVersion: string,
  budgetUs: number,
): object {
  if (decision.person === undefined) return { outcome: head, budgetUs };
  const result = decision.result;
  if (result === undefined)
    return { outcome: head, person: personSummary(decision.person, decision.account), budgetUs };
  const after = result.accountAfter;
  return {
    outcome: head,
    person: personSummary(decision.person, decision.account),
    split: result.split,
    lines: result.lines,
    accountBalanceAfterFen: after.currentYearFen + after.priorYearsFen,
    policyVersion,
    budgetUs,
  };
}

/** A filing as the wire shows it (the disease's name from the policy's catalogue). */
export function filingMessage(filing: Filing, policy: BenefitPolicy): object {
  return {
    filingNo: filing.filingNo,
    kind: filing.kind,
    targetInstitution: filing.targetInstitution,
    targetRegion: filing.targetRegion,
    diseaseCode: filing.diseaseCode,
    diseaseName: chronicDiseaseOf(policy, filing.diseaseCode)?.name ?? '',
    validFromMs: filing.validFromMs,
    validToMs: filing.validToMs,
    institutionCode: filing.institutionCode,
  };
}
