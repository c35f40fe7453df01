// Visits (national mdtrt_id): an outpatient registration (2201) or an inpatient admission (2401)
// that collects diagnoses and fee lines (2203 / 2204, 2301 / 2402) and is settled once (2207 /
// 2304) from the lines it holds. Pure rules here; the single writer (engine/ledger/visit-book.ts)
// applies them inside its write transaction, the pre-settlement reads them from the snapshot.
//
// A visit's id is its opening's sequence number in the ledger's change log (M + 12 digits), so ids
// never repeat and the change log says when each visit began.

import { limits } from './limits.js';
import { type CredentialInput, CredentialType, MedicalType, type RequestContext } from './model.js';
import { Reason, type ReasonCode } from './reasons.js';
import type { BillLine } from './split.js';

export const VisitState = { Open: 1, Settled: 2, Cancelled: 3, Expired: 4 } as const;
export type VisitState = (typeof VisitState)[keyof typeof VisitState];

/** A fee line as uploaded: [sn, catalogue code, quantity (milli), unit price, amount, charge batch]. */
export type VisitLine = [
  sn: string,
  code: string,
  quantityMilli: number,
  unitPriceFen: number,
  amountFen: number,
  batch: string,
];

export interface Diagnosis {
  type: string;
  order: number;
  code: string;
  name: string;
  main: boolean;
}

/** A visit as stored (msgpack): lines as tuples keep a long stay's record small. */
export interface VisitRecord {
  seq: number;
  institutionCode: string;
  terminalId: string;
  /** The person (citizen ID number) the opening credential resolved to. */
  idNo: string;
  credential: CredentialInput;
  /** The person number (psn_no) the engine issues for the person (wire/person-no.ts). */
  personNo: string;
  hisVisitNo: string;
  medicalType: number;
  insuranceType: number;
  beginMs: number;
  /** Discharge (2402); 0 while in care. */
  endMs: number;
  openedMs: number;
  changedMs: number;
  state: VisitState;
  /** The live settlement of this visit (0: none). */
  settlementSeq: number;
  departmentCode: string;
  doctorCode: string;
  diagnoses: Diagnosis[];
  /** Chronic outpatient: the visit's disease (dise_codg); '' when none was sent. */
  diseaseCode: string;
  lines: VisitLine[];
}

const visitIdShape = /^M\d{12}$/;

export function visitIdOf(seq: number): string {
  return `M${String(seq).padStart(12, '0')}`;
}

/** The opening's sequence number of a visit id; 0 when the id is not one. */
export function seqOfVisitId(id: string): number {
  return visitIdShape.test(id) ? Number(id.slice(1)) : 0;
}

export function isVisitId(id: string): boolean {
  return visitIdShape.test(id);
}

export function linesTotalFen(lines: readonly VisitLine[]): number {
  let sum = 0;
  for (const line of lines) sum += line[4];
  return sum;
}

export function isInpatient(medicalType: number): boolean {
  return medicalType === MedicalType.Inpatient;
}

/** How long a visit may stay open without a change (policy, docs/API.md): then it is expired. */
export function openLimitMs(medicalType: number): number {
  return isInpatient(medicalType) ? limits.visitInpatientOpenMaxMs : limits.visitOutpatientOpenMaxMs;
}

/** The state a visit has now: an open visit left alone past its limit is expired. */
export function stateAt(visit: VisitRecord, nowMs: number): VisitState {
  if (visit.state !== VisitState.Open) return visit.state;
  return nowMs - visit.changedMs > openLimitMs(visit.medicalType) ? VisitState.Expired : VisitState.Open;
}

export interface Judged {
  reason: ReasonCode;
  field: string;
}

const ok: Judged = Object.freeze({ reason: Reason.Approved, field: '' });

/** Who may touch a visit, and whether it still takes changes: the checks every visit request shares. */
export function judgeVisitUse(
  visit: VisitRecord | undefined,
  header: RequestContext,
  personNo: string,
  nowMs: number,
): Judged {
  if (visit === undefined || visit.institutionCode !== header.institutionCode)
    return { reason: Reason.VisitNotFound, field: 'visit_id' };
  if (personNo !== '' && visit.personNo !== '' && personNo !== visit.personNo)
    return { reason: Reason.InvalidField, field: 'person_no' };
  if (stateAt(visit, nowMs) !== VisitState.Open) return { reason: Reason.VisitNotOpen, field: 'visit_id' };
  return ok;
}

/**
 * A card or ID number sent with a visit's request must be the one the visit was opened with. An
 * e-voucher is a new token at every scan: its person is compared once resolved (decide-bill.ts).
 */
export function sameHolder(visit: VisitRecord, credential: CredentialInput): boolean {
  if (credential.type === 0 || credential.type === CredentialType.EVoucher) return true;
  const c = visit.credential;
  if (credential.type !== c.type) return false;
  return credential.cardNo === c.cardNo && credential.idNo === c.idNo && credential.cardSn === c.cardSn;
}

function sameLine(a: VisitLine, b: VisitLine): boolean {
  for (let i = 1; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export interface UploadJudged extends Judged {
  /** The lines to add (those not already on the visit), in request order. */
  added: VisitLine[];
  /** For each request line, the visit's line as it now stands. */
  lines: VisitLine[];
}

/**
 * A fee upload: a line whose sn is already on the visit with the same content is not added again
 * (an HIS re-sending a batch); with other content it is refused (M04). The visit holds at most
 * limits.visitLinesMax lines (M03).
 */
export function judgeUpload(visit: VisitRecord, lines: readonly VisitLine[]): UploadJudged {
  const bySn = new Map<string, VisitLine>();
  for (const line of visit.lines) bySn.set(line[0], line);
  const added: VisitLine[] = [];
  const out: VisitLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const existing = bySn.get(line[0]);
    if (existing !== undefined && !sameLine(existing, line)) {
      return { reason: Reason.FeeLineConflict, field: `lines[${i}].sn`, added: [], lines: [] };
    }
    if (existing === undefined) {
      added.push(line);
      bySn.set(line[0], line);
    }
    out.push(existing ?? line);
  }
  if (visit.lines.length + added.length > limits.visitLinesMax)
    return { reason: Reason.VisitFull, field: 'lines', added: [], lines: [] };
  return { reason: Reason.Approved, field: '', added, lines: out };
}

export interface WithdrawRequest {
  sns: readonly string[];
  batchNo: string;
  all: boolean;
}

export interface WithdrawJudged extends Judged {
  remaining: VisitLine[];
  withdrawn: number;
}

/**
 * A withdrawal: every line (`all`), a charge batch's lines, or lines by sn. An sn or batch the visit
 * does not hold is refused (V01 naming it): a typo must not look like a withdrawal.
 */
export function judgeWithdraw(visit: VisitRecord, request: WithdrawRequest): WithdrawJudged {
  const refused = (field: string): WithdrawJudged => ({
    reason: Reason.InvalidField,
    field,
    remaining: visit.lines,
    withdrawn: 0,
  });
  let remaining: VisitLine[];
  if (request.all) remaining = [];
  else if (request.batchNo !== '') {
    remaining = visit.lines.filter((line) => line[5] !== request.batchNo);
    if (remaining.length === visit.lines.length) return refused('batch_no');
  } else {
    const present = new Set(visit.lines.map((line) => line[0]));
    for (let i = 0; i < request.sns.length; i++) if (!present.has(request.sns[i]!)) return refused(`sns[${i}]`);
    const drop = new Set(request.sns);
    remaining = visit.lines.filter((line) => !drop.has(line[0]));
  }
  return { reason: Reason.Approved, field: '', remaining, withdrawn: visit.lines.length - remaining.length };
}

/** A visit's lines as the bill a settlement splits (line i+1 is the visit's i-th line). */
export function billLinesOf(visit: VisitRecord): BillLine[] {
  return visit.lines.map((line, i) => ({
    lineNo: i + 1,
    catalogueCode: line[1],
    quantityMilli: line[2],
    unitPriceFen: line[3],
    amountFen: line[4],
  }));
}

/** 2201 / 2401: open a visit for the credential's holder. */
export interface OpenVisitCommand {
  op: 4;
  credential: CredentialInput;
  medicalType: number;
  insuranceType: number;
  personNo: string;
  hisVisitNo: string;
  beginMs: number;
  departmentCode: string;
  doctorCode: string;
  diagnoses: Diagnosis[];
  diseaseCode: string;
}

/** 2203 / 2402 / 2403 / 2405: the visit's medical type, diagnoses, discharge. */
export interface UpdateVisitCommand {
  op: 5;
  visitId: string;
  personNo: string;
  medicalType: number;
  diagnoses: Diagnosis[];
  /** '' : unchanged. */
  diseaseCode: string;
  endMs: number;
  dischargeCancelled: boolean;
}

/** 2204 / 2301: fee lines. */
export interface UploadFeesCommand {
  op: 6;
  visitId: string;
  personNo: string;
  lines: VisitLine[];
}

/** 2205 / 2302: withdraw fee lines. */
export interface WithdrawFeesCommand extends WithdrawRequest {
  op: 7;
  visitId: string;
  personNo: string;
}

/** 2202 / 2404: cancel a visit that has no live settlement. */
export interface CancelVisitCommand {
  op: 8;
  visitId: string;
  personNo: string;
}

export type VisitCommand =
  | OpenVisitCommand
  | UpdateVisitCommand
  | UploadFeesCommand
  | WithdrawFeesCommand
  | CancelVisitCommand;
