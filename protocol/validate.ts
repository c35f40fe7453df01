// Validation beyond protobuf: protobufjs checks neither presence nor formats nor ranges. Each
// function returns '' when valid, else the proto field path that failed (answered as V01).
import { isValidIdNumber } from './id-number.js';
import type { ssc } from './pb.js';

const msgIdShape = /^[A-Z]\d{11}\d{14}\d{4}$/;
const institutionShape = /^[A-Z]\d{11}$/;
const terminalShape = /^[A-Za-z0-9_-]{1,32}$/;
const operatorShape = /^[A-Za-z0-9_-]{1,30}$/;
const signNoShape = /^[A-Za-z0-9]{1,40}$/;
const regionShape = /^\d{6}$/;
const sscCardShape = /^[A-Z0-9]{9}$/;
const legacyCardShape = /^\d{8,20}$/;
const cardSnShape = /^[0-9A-F]{32}$/;

const knownMedicalTypes = new Set([0, 11, 13, 14, 21, 41]);
const knownInsuranceTypes = new Set([0, 310, 320, 330, 390]);

/** yyyyMMddHHmmss with real calendar values. */
function validTimestamp14(text: string, offset: number): boolean {
  const year = Number(text.slice(offset, offset + 4));
  const month = Number(text.slice(offset + 4, offset + 6));
  const day = Number(text.slice(offset + 6, offset + 8));
  const hour = Number(text.slice(offset + 8, offset + 10));
  const minute = Number(text.slice(offset + 10, offset + 12));
  const second = Number(text.slice(offset + 12, offset + 14));
  if (year < 2000 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/** A positive int64 that survived decoding exactly. */
export function isPositiveSafeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

export function validateHeader(header: ssc.v1.IRequestHeader | null | undefined, requireSignNo: boolean): string {
  if (header == null) return 'header';
  const institutionCode = header.institutionCode ?? '';
  if (!institutionShape.test(institutionCode)) return 'header.institution_code';
  const msgId = header.msgId ?? '';
  if (!msgIdShape.test(msgId) || !msgId.startsWith(institutionCode) || !validTimestamp14(msgId, 12)) {
    return 'header.msg_id';
  }
  if (!terminalShape.test(header.terminalId ?? '')) return 'header.terminal_id';
  if (!operatorShape.test(header.operatorId ?? '')) return 'header.operator_id';
  const operatorType = header.operatorType ?? 0;
  if (operatorType !== 1 && operatorType !== 2 && operatorType !== 3) return 'header.operator_type';
  // A missing sign-in number is not a malformed field: the core answers I04 (not signed in), as
  // for an unknown one. Only a malformed one is V01.
  const signNo = header.signNo ?? '';
  if (requireSignNo && signNo.length > 0 && !signNoShape.test(signNo)) return 'header.sign_no';
  if (!isPositiveSafeInteger(header.requestTimeMs)) return 'header.request_time_ms';
  if (!regionShape.test(header.careRegion ?? '')) return 'header.care_region';
  return '';
}

export function validateCredential(credential: ssc.v1.ICredential | null | undefined): string {
  if (credential == null) return 'credential';
  const type = credential.type ?? 0;
  const cardNo = credential.cardNo ?? '';
  const cardSn = credential.cardSn ?? '';
  const idNo = credential.idNo ?? '';
  switch (type) {
    case 1: // e-voucher: shape checked by whoever issues vouchers; the core declines it for now
      return cardNo.length > 0 && cardNo.length <= 64 ? '' : 'credential.card_no';
    case 2:
      return isValidIdNumber(idNo) ? '' : 'credential.id_no';
    case 3:
      if (!sscCardShape.test(cardNo)) return 'credential.card_no';
      if (!cardSnShape.test(cardSn)) return 'credential.card_sn';
      return isValidIdNumber(idNo) ? '' : 'credential.id_no';
    case 4:
    case 5:
      if (!legacyCardShape.test(cardNo)) return 'credential.card_no';
      if (cardSn.length > 0 && !cardSnShape.test(cardSn)) return 'credential.card_sn';
      return idNo.length === 0 || isValidIdNumber(idNo) ? '' : 'credential.id_no';
    default:
      return 'credential.type';
  }
}

export function validateInquire(request: ssc.v1.IInquireRequest): string {
  const header = validateHeader(request.header, true);
  if (header !== '') return header;
  const credential = validateCredential(request.credential);
  if (credential !== '') return credential;
  if (!knownMedicalTypes.has(request.medicalType ?? 0)) return 'medical_type';
  if (!knownInsuranceTypes.has(request.insuranceType ?? 0)) return 'insurance_type';
  return '';
}

export function validateSignIn(request: ssc.v1.ISignInRequest): string {
  return validateHeader(request.header, false);
}

export function validateSignOut(request: ssc.v1.ISignOutRequest): string {
  return validateHeader(request.header, true);
}

const catalogueCodeShape = /^[A-Za-z0-9._-]{1,40}$/;
const settleMedicalTypes = new Set([11, 13, 14, 21, 41]);
/** Lines in one bill; a long inpatient stay itemised daily stays well below. */
export const settleLinesMax = 2_000;

function nonNegativeSafe(value: unknown, max: number): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;
}

/** PreSettle / Settle: the envelope, then the bill. Money must be exact, non-negative fen. */
export function validateSettle(request: ssc.v1.ISettleRequest): string {
  const header = validateHeader(request.header, true);
  if (header !== '') return header;
  const credential = validateCredential(request.credential);
  if (credential !== '') return credential;
  if (!settleMedicalTypes.has(request.medicalType ?? 0)) return 'medical_type';
  if (!knownInsuranceTypes.has(request.insuranceType ?? 0)) return 'insurance_type';
  // Any exact non-negative total passes here; one above the largest bill is declined V02 by the core.
  if (!nonNegativeSafe(request.totalFen ?? 0, Number.MAX_SAFE_INTEGER)) return 'total_fen';
  const lines = request.lines ?? [];
  if (lines.length === 0 || lines.length > settleLinesMax) return 'lines';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!catalogueCodeShape.test(line.catalogueCode ?? '')) return `lines[${i}].catalogue_code`;
    const quantity = line.quantityMilli ?? 0;
    if (!nonNegativeSafe(quantity, 1e9) || quantity === 0) return `lines[${i}].quantity_milli`;
    if (!nonNegativeSafe(line.unitPriceFen ?? 0, 1e10)) return `lines[${i}].unit_price_fen`;
    if (!nonNegativeSafe(line.amountFen ?? 0, 1e11)) return `lines[${i}].amount_fen`;
  }
  return '';
}

const settlementIdShape = /^S\d{12}$/;

export function validateCancel(request: ssc.v1.ICancelSettlementRequest): string {
  const header = validateHeader(request.header, true);
  if (header !== '') return header;
  return settlementIdShape.test(request.settlementId ?? '') ? '' : 'settlement_id';
}

/** The original must be a message of the same institution (its msg_id starts with the code). */
export function validateReverse(request: ssc.v1.IReverseRequest): string {
  const header = validateHeader(request.header, true);
  if (header !== '') return header;
  const original = request.originalMsgId ?? '';
  if (!msgIdShape.test(original) || !original.startsWith(request.header?.institutionCode ?? '-')) {
    return 'original_msg_id';
  }
  if (!validTimestamp14(original, 12) || original === request.header?.msgId) return 'original_msg_id';
  const op = request.originalOperation ?? 0;
  return op === 1 || op === 2 ? '' : 'original_operation';
}

const dayMs = 86_400_000;
const chinaOffsetMs = 8 * 3_600_000;
/** A reconciliation covers whole China-time days, at most a year and a day. */
export const reconcileDaysMax = 366;

function isChinaMidnight(ms: unknown): ms is number {
  return typeof ms === 'number' && Number.isSafeInteger(ms) && ms > 0 && (ms + chinaOffsetMs) % dayMs === 0;
}

function safeInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

export function validateReconcile(request: ssc.v1.IReconcileTotalsRequest): string {
  const header = validateHeader(request.header, true);
  if (header !== '') return header;
  const insurance = request.insuranceType ?? 0;
  if (insurance === 0 || !knownInsuranceTypes.has(insurance)) return 'insurance_type';
  const clearing = request.clearingType ?? 0;
  if (clearing !== 11 && clearing !== 21 && clearing !== 41) return 'clearing_type';
  const from = request.periodFromMs ?? 0;
  const to = request.periodToMs ?? 0;
  if (!isChinaMidnight(from)) return 'period_from_ms';
  if (!isChinaMidnight(to) || to <= from || to - from > reconcileDaysMax * dayMs) return 'period_to_ms';
  for (const name of ['totalFen', 'fundFen', 'accountFen', 'cashFen'] as const) {
    if (!safeInteger(request[name] ?? 0)) return name.replace(/Fen$/, '_fen');
  }
  return '';
}

/** A detail listing covers whole China-time days, at most a month. */
export const listDaysMax = 31;

export function validateListSettlements(request: ssc.v1.IListSettlementsRequest): string {
  const header = validateHeader(request.header, true);
  if (header !== '') return header;
  if (!knownInsuranceTypes.has(request.insuranceType ?? 0)) return 'insurance_type';
  const clearing = request.clearingType ?? 0;
  if (clearing !== 0 && clearing !== 11 && clearing !== 21 && clearing !== 41) return 'clearing_type';
  const from = request.periodFromMs ?? 0;
  const to = request.periodToMs ?? 0;
  if (!isChinaMidnight(from)) return 'period_from_ms';
  if (!isChinaMidnight(to) || to <= from || to - from > listDaysMax * dayMs) return 'period_to_ms';
  return '';
}
