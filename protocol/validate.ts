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
const evoucherTokenShape = /^[0-9a-f]{32}$/;

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
  const insured = header.insuredRegion ?? '';
  if (insured !== '' && !regionShape.test(insured)) return 'header.insured_region';
  return '';
}

export function validateCredential(credential: ssc.v1.ICredential | null | undefined): string {
  if (credential == null) return 'credential';
  const type = credential.type ?? 0;
  const cardNo = credential.cardNo ?? '';
  const cardSn = credential.cardSn ?? '';
  const idNo = credential.idNo ?? '';
  switch (type) {
    case 1: // e-voucher: the token a DecodeEVoucher answered (ec_token); an ID number, when sent, must be its person's
      if (!evoucherTokenShape.test(cardNo)) return 'credential.card_no';
      return idNo.length === 0 || isValidIdNumber(idNo) ? '' : 'credential.id_no';
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

function validateLine(
  line: { catalogueCode?: string | null; quantityMilli?: unknown; unitPriceFen?: unknown; amountFen?: unknown },
  at: string,
): string {
  if (!catalogueCodeShape.test(line.catalogueCode ?? '')) return `${at}.catalogue_code`;
  const quantity = line.quantityMilli ?? 0;
  if (!nonNegativeSafe(quantity, 1e9) || quantity === 0) return `${at}.quantity_milli`;
  if (!nonNegativeSafe(line.unitPriceFen ?? 0, 1e10)) return `${at}.unit_price_fen`;
  if (!nonNegativeSafe(line.amountFen ?? 0, 1e11)) return `${at}.amount_fen`;
  return '';
}

const visitIdShape = /^M\d{12}$/;
/** A chronic disease code (opsp_dise_code / dise_codg), or empty. */
const diseaseCodeShape = /^[A-Z0-9]{0,30}$/;
/** psn_no, ipt_otp_no, department and doctor codes: the interface's 30 characters, no controls. */
const hisTextShape = /^\P{Cc}{0,30}$/u;
/** A fee line's sn (feedetl_sn) and charge batch (chrg_bchno): 1-30 characters, no controls. */
const lineSnShape = /^\P{Cc}{1,30}$/u;

/**
 * PreSettle / Settle: the envelope, then the bill. Money must be exact, non-negative fen. A visit's
 * bill names the visit and carries no lines (the visit's are the bill); its credential and medical
 * type are optional (the visit's are used; when sent they must match).
 */
export function validateSettle(request: ssc.v1.ISettleRequest): string {
  const header = validateHeader(request.header, true);
  if (header !== '') return header;
  const visitId = request.visitId ?? '';
  const ofVisit = visitId !== '';
  if (ofVisit && !visitIdShape.test(visitId)) return 'visit_id';
  if (!hisTextShape.test(request.personNo ?? '')) return 'person_no';
  if (!diseaseCodeShape.test(request.diseaseCode ?? '')) return 'disease_code';
  if (!ofVisit || (request.credential?.type ?? 0) !== 0) {
    const credential = validateCredential(request.credential);
    if (credential !== '') return credential;
  }
  const medicalType = request.medicalType ?? 0;
  if (!(settleMedicalTypes.has(medicalType) || (ofVisit && medicalType === 0))) return 'medical_type';
  if (!knownInsuranceTypes.has(request.insuranceType ?? 0)) return 'insurance_type';
  // Any exact non-negative total passes here; one above the largest bill is declined V02 by the core.
  if (!nonNegativeSafe(request.totalFen ?? 0, Number.MAX_SAFE_INTEGER)) return 'total_fen';
  const lines = request.lines ?? [];
  if (ofVisit) return lines.length === 0 ? '' : 'lines';
  if (lines.length === 0 || lines.length > settleLinesMax) return 'lines';
  for (let i = 0; i < lines.length; i++) {
    const problem = validateLine(lines[i]!, `lines[${i}]`);
    if (problem !== '') return problem;
  }
  return '';
}

const diagnosesMax = 64;

function validateDiagnoses(diagnoses: readonly ssc.v1.IDiagnosis[]): string {
  if (diagnoses.length > diagnosesMax) return 'diagnoses';
  for (let i = 0; i < diagnoses.length; i++) {
    const d = diagnoses[i]!;
    if (!/^[A-Za-z0-9.+*-]{1,20}$/.test(d.code ?? '')) return `diagnoses[${i}].code`;
    if ((d.name ?? '').length > 100) return `diagnoses[${i}].name`;
    if (!/^[0-9A-Za-z]{0,3}$/.test(d.type ?? '')) return `diagnoses[${i}].type`;
  }
  return '';
}

/** The part every request on an existing visit shares: envelope, visit id, person number. */
function validateVisitHead(request: {
  header?: ssc.v1.IRequestHeader | null;
  visitId?: string | null;
  personNo?: string | null;
}): string {
  const header = validateHeader(request.header, true);
  if (header !== '') return header;
  if (!visitIdShape.test(request.visitId ?? '')) return 'visit_id';
  return hisTextShape.test(request.personNo ?? '') ? '' : 'person_no';
}

export function validateOpenVisit(request: ssc.v1.IOpenVisitRequest): string {
  const header = validateHeader(request.header, true);
  if (header !== '') return header;
  const credential = validateCredential(request.credential);
  if (credential !== '') return credential;
  if (!settleMedicalTypes.has(request.medicalType ?? 0)) return 'medical_type';
  if (!knownInsuranceTypes.has(request.insuranceType ?? 0)) return 'insurance_type';
  for (const name of ['personNo', 'hisVisitNo', 'departmentCode', 'doctorCode'] as const) {
    if (!hisTextShape.test(request[name] ?? '')) return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  }
  if (!nonNegativeSafe(request.beginTimeMs ?? 0, Number.MAX_SAFE_INTEGER)) return 'begin_time_ms';
  if (!diseaseCodeShape.test(request.diseaseCode ?? '')) return 'disease_code';
  return validateDiagnoses(request.diagnoses ?? []);
}

export function validateUpdateVisit(request: ssc.v1.IUpdateVisitRequest): string {
  const head = validateVisitHead(request);
  if (head !== '') return head;
  const medicalType = request.medicalType ?? 0;
  if (medicalType !== 0 && !settleMedicalTypes.has(medicalType)) return 'medical_type';
  if (!nonNegativeSafe(request.endTimeMs ?? 0, Number.MAX_SAFE_INTEGER)) return 'end_time_ms';
  if (!diseaseCodeShape.test(request.diseaseCode ?? '')) return 'disease_code';
  return validateDiagnoses(request.diagnoses ?? []);
}

export function validateUploadFees(request: ssc.v1.IUploadFeesRequest): string {
  const head = validateVisitHead(request);
  if (head !== '') return head;
  const lines = request.lines ?? [];
  if (lines.length === 0 || lines.length > settleLinesMax) return 'lines';
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const sn = line.sn ?? '';
    if (!lineSnShape.test(sn) || seen.has(sn)) return `lines[${i}].sn`;
    seen.add(sn);
    if (!hisTextShape.test(line.batchNo ?? '')) return `lines[${i}].batch_no`;
    const problem = validateLine(line, `lines[${i}]`);
    if (problem !== '') return problem;
  }
  return '';
}

export function validateWithdrawFees(request: ssc.v1.IWithdrawFeesRequest): string {
  const head = validateVisitHead(request);
  if (head !== '') return head;
  const sns = request.sns ?? [];
  const batch = request.batchNo ?? '';
  const ways = (request.all === true ? 1 : 0) + (batch !== '' ? 1 : 0) + (sns.length > 0 ? 1 : 0);
  if (ways !== 1) return 'sns';
  if (batch !== '' && !lineSnShape.test(batch)) return 'batch_no';
  if (sns.length > settleLinesMax) return 'sns';
  for (let i = 0; i < sns.length; i++) if (!lineSnShape.test(sns[i]!)) return `sns[${i}]`;
  return '';
}

export function validateCancelVisit(request: ssc.v1.ICancelVisitRequest): string {
  return validateVisitHead(request);
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
  return op === 1 || op === 2 || op === 4 ? '' : 'original_operation';
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

/** The QR code's text as scanned: its signature is checked by the writer (E01 when forged). */
export function validateDecodeEVoucher(request: ssc.v1.IDecodeEVoucherRequest): string {
  const header = validateHeader(request.header, true);
  if (header !== '') return header;
  const qr = request.qrCode ?? '';
  return qr.length > 0 && qr.length <= 128 && /^[\x21-\x7e]+$/.test(qr) ? '' : 'qr_code';
}

// ---- Filings and the disease catalogue ----
const filingNoShape = /^FI?\d{12}$/;
const personNoShape = /^P[0-9A-F]{16}$/;

/** Who a filing request is about: a person number (psn_no), a credential, or both. */
function validateFilingPerson(request: { personNo?: string | null; credential?: ssc.v1.ICredential | null }): string {
  const personNo = request.personNo ?? '';
  if (personNo !== '' && !personNoShape.test(personNo)) return 'person_no';
  if (request.credential == null || (request.credential.type ?? 0) === 0) return personNo === '' ? 'person_no' : '';
  return validateCredential(request.credential);
}

/**
 * RegisterFiling: the kind and its target (an institution or a region for a referral or designated
 * filing, a disease for a chronic one), validity from a China-time midnight, ending after it (0
 * open-ended); the bounds by kind are the core's (core/filings.ts).
 */
export function validateRegisterFiling(request: ssc.v1.IRegisterFilingRequest): string {
  const header = validateHeader(request.header, true);
  if (header !== '') return header;
  const person = validateFilingPerson(request);
  if (person !== '') return person;
  const kind = request.kind ?? 0;
  if (kind !== 1 && kind !== 2 && kind !== 3) return 'kind';
  const institution = request.targetInstitution ?? '';
  const region = request.targetRegion ?? '';
  const disease = request.diseaseCode ?? '';
  if (institution !== '' && !institutionShape.test(institution)) return 'target_institution';
  if (region !== '' && !regionShape.test(region)) return 'target_region';
  if (!diseaseCodeShape.test(disease)) return 'disease_code';
  if (kind === 3) {
    if (disease === '') return 'disease_code';
    if (institution !== '' || region !== '') return 'target_institution';
  } else {
    if (institution === '' && region === '') return 'target_institution';
    if (disease !== '') return 'disease_code';
  }
  const from = request.validFromMs ?? 0;
  if (!isChinaMidnight(from)) return 'valid_from_ms';
  const to = request.validToMs ?? 0;
  if (!(to === 0 || (isChinaMidnight(to) && to > (from as number)))) return 'valid_to_ms';
  return '';
}

export function validateRevokeFiling(request: ssc.v1.IRevokeFilingRequest): string {
  const header = validateHeader(request.header, true);
  if (header !== '') return header;
  const person = validateFilingPerson(request);
  if (person !== '') return person;
  if (!filingNoShape.test(request.filingNo ?? '')) return 'filing_no';
  return /^\P{Cc}{0,500}$/u.test(request.memo ?? '') ? '' : 'memo';
}

export function validateQueryFilings(request: ssc.v1.IQueryFilingsRequest): string {
  const header = validateHeader(request.header, true);
  if (header !== '') return header;
  const person = validateFilingPerson(request);
  if (person !== '') return person;
  const kind = request.kind ?? 0;
  return kind >= 0 && kind <= 3 ? '' : 'kind';
}

export function validateListDiseases(request: ssc.v1.IListDiseasesRequest): string {
  return validateHeader(request.header, true);
}
