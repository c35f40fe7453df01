// Filings as transactions (备案: national 2501-2506, queries 5301 / 5302), pure. A hospital registers
// a filing for a person; the ledger's single writer keeps it in the person's filings (ledger/
// filing-book.ts) and the next decision reads it: a referral or designated-institution filing in
// checkRegion (R01), a chronic filing in chronicFiled (F01, medical type 14).
//
//   register: I03 (a pharmacy files nothing) -> V01 validity -> P05/P01/P03/P02 (the person) ->
//             F03 disease (chronic) | F05 target (referral, designated) -> F04 overlap -> F06 bound
//   revoke:   F02 unless the filing is the person's, in force or not, and the caller's institution's
//             (or a card-centre filing: any hospital)

import { checkCallerFor, Eligibility, HolderCheck, resolveHolder } from './authorize.js';
import { checkInsurance } from './checks.js';
import { limits } from './limits.js';
import {
  type CredentialInput,
  type Filing,
  FilingKind,
  type InstitutionRecord,
  InstitutionType,
  type PersonRecord,
  type ReadView,
  type RequestContext,
  withinPeriod,
} from './model.js';
import { type BenefitPolicy, chronicDiseaseOf } from './policy.js';
import { Reason, type ReasonCode } from './reasons.js';
import type { DecisionSettings } from './settings.js';

/** 2501 / 2503 / 2505. */
export interface RegisterFilingCommand {
  op: 10;
  personNo: string;
  credential: CredentialInput;
  kind: number;
  targetInstitution: string;
  targetRegion: string;
  diseaseCode: string;
  validFromMs: number;
  validToMs: number;
}

/** 2502 / 2504 / 2506. */
export interface RevokeFilingCommand {
  op: 11;
  personNo: string;
  credential: CredentialInput;
  filingNo: string;
  memo: string;
}

export type FilingCommand = RegisterFilingCommand | RevokeFilingCommand;

export interface Judged {
  reason: ReasonCode;
  field: string;
}

const approved: Judged = Object.freeze({ reason: Reason.Approved, field: '' });
const judged = (reason: ReasonCode, field = ''): Judged => ({ reason, field });

/** Filing numbers are the registration's change-log sequence, fixed width: F000000000042. */
export function filingNoOf(seq: number): string {
  return 'F' + String(seq).padStart(12, '0');
}

/**
 * Who a filing request is about: the person number (psn_no, as 1101 issued it) or a credential, or
 * both (then the same person, else P04). An unknown person number is an unknown person (P01, as an
 * unknown ID number is).
 */
export function resolveFilingPerson(
  view: ReadView,
  personNo: string,
  credential: CredentialInput,
  institutionCode: string,
  nowMs: number,
  settings: DecisionSettings,
): Judged & { person: PersonRecord | undefined } {
  let idNo: string | undefined;
  if (personNo !== '') {
    idNo = view.idNoOfPersonNo(personNo);
    if (idNo === undefined) return { reason: Reason.PersonNotInsured, field: 'person_no', person: undefined };
  }
  if (credential.type !== 0) {
    const holder = resolveHolder(view, credential, institutionCode, nowMs, settings, new HolderCheck());
    if (holder.reason !== Reason.Approved) return { reason: holder.reason, field: holder.field, person: undefined };
    if (idNo !== undefined && holder.person!.idNo !== idNo)
      return { reason: Reason.CredentialMismatch, field: 'credential', person: undefined };
    return { reason: Reason.Approved, field: '', person: holder.person };
  }
  if (idNo === undefined) return { reason: Reason.InvalidField, field: 'person_no', person: undefined };
  const person = view.person(idNo);
  return person === undefined
    ? { reason: Reason.PersonNotInsured, field: 'person_no', person: undefined }
    : { reason: Reason.Approved, field: '', person };
}

/** The filings still in force or yet to start (expired ones are dropped when the list is written). */
export function liveFilings(filings: readonly Filing[], nowMs: number): Filing[] {
  return filings.filter((f) => f.validToMs === 0 || f.validToMs > nowMs);
}

function sameTarget(a: Filing, b: RegisterFilingCommand): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === FilingKind.Chronic) return a.diseaseCode === b.diseaseCode;
  return a.targetInstitution === b.targetInstitution && a.targetRegion === b.targetRegion;
}

function overlaps(a: Filing, fromMs: number, toMs: number): boolean {
  const aEnds = a.validToMs === 0 ? Number.MAX_SAFE_INTEGER : a.validToMs;
  const ends = toMs === 0 ? Number.MAX_SAFE_INTEGER : toMs;
  return a.validFromMs < ends && fromMs < aEnds;
}

/**
 * F05 for a referral or designated filing: the target must exist, lie in the person's province and
 * outside the person's pool (care inside the pool needs no filing, outside the province none helps);
 * a region sent with an institution must be of the institution's pool.
 */
function checkTarget(view: ReadView, person: PersonRecord, c: RegisterFilingCommand, nowMs: number): Judged {
  const insured = view.region(person.insuredRegion, nowMs);
  let target = c.targetRegion === '' ? undefined : view.region(c.targetRegion, nowMs);
  if (c.targetRegion !== '' && target === undefined) return judged(Reason.FilingTargetInvalid, 'target_region');
  if (c.targetInstitution !== '') {
    const institution: InstitutionRecord | undefined = view.institution(c.targetInstitution);
    if (institution === undefined) return judged(Reason.FilingTargetInvalid, 'target_institution');
    const own = view.region(institution.region, nowMs);
    if (own === undefined || (target !== undefined && target.poolCode !== own.poolCode))
      return judged(Reason.FilingTargetInvalid, 'target_region');
    target = own;
  }
  if (target === undefined) return judged(Reason.InvalidField, 'target_institution');
  if (insured === undefined || target.provinceCode !== insured.provinceCode || target.poolCode === insured.poolCode)
    return judged(Reason.FilingTargetInvalid, c.targetInstitution !== '' ? 'target_institution' : 'target_region');
  return approved;
}

/** Register (2501 / 2503 / 2505), in the order of the file header; the person is already resolved. */
export function judgeRegisterFiling(
  view: ReadView,
  policy: BenefitPolicy,
  caller: InstitutionRecord,
  person: PersonRecord,
  filings: readonly Filing[],
  c: RegisterFilingCommand,
  nowMs: number,
): Judged {
  if (caller.type === InstitutionType.Pharmacy) return judged(Reason.OperationNotAllowed);
  if (c.kind !== FilingKind.Chronic) {
    if (c.validToMs === 0 || c.validToMs - c.validFromMs > limits.filingValidityMaxMs)
      return judged(Reason.InvalidField, 'valid_to_ms');
  }
  if (c.validToMs !== 0 && c.validToMs <= nowMs) return judged(Reason.InvalidField, 'valid_to_ms');
  const insurance = checkInsurance(person, 0, nowMs);
  if (insurance !== Reason.Approved) return judged(insurance);
  if (c.kind === FilingKind.Chronic) {
    if (chronicDiseaseOf(policy, c.diseaseCode) === undefined) return judged(Reason.DiseaseUnknown, 'disease_code');
  } else {
    const target = checkTarget(view, person, c, nowMs);
    if (target.reason !== Reason.Approved) return target;
  }
  const live = liveFilings(filings, nowMs);
  if (live.some((f) => sameTarget(f, c) && overlaps(f, c.validFromMs, c.validToMs)))
    return judged(Reason.FilingOverlaps);
  if (live.length >= limits.filingsPerPersonMax) return judged(Reason.FilingsFull);
  return approved;
}

/** The filing to revoke: the person's, registered by the caller's institution (or the card centre). */
export function judgeRevokeFiling(
  filings: readonly Filing[],
  filingNo: string,
  institutionCode: string,
): Judged & { index: number } {
  const index = filingNo === '' ? -1 : filings.findIndex((f) => f.filingNo === filingNo);
  const filing = index < 0 ? undefined : filings[index]!;
  if (filing === undefined || (filing.institutionCode !== '' && filing.institutionCode !== institutionCode))
    return { reason: Reason.FilingNotFound, field: 'filing_no', index: -1 };
  return { reason: Reason.Approved, field: '', index };
}

/** F01: a chronic filing for the disease in force now. */
export function chronicFiled(filings: readonly Filing[], diseaseCode: string, nowMs: number): boolean {
  for (let i = 0; i < filings.length; i++) {
    const f = filings[i]!;
    if (
      f.kind === FilingKind.Chronic &&
      f.diseaseCode === diseaseCode &&
      withinPeriod(nowMs, f.validFromMs, f.validToMs)
    )
      return true;
  }
  return false;
}

export class FilingsDecision extends Eligibility {
  filings: Filing[] = [];
}

/**
 * 5301 / 5302: the caller (I02 -> I01 -> I04 -> V01 care region), the person (psn_no or credential),
 * then the person's filings not yet expired, of the kind asked (0: every kind).
 */
export function decideQueryFilings(
  view: ReadView,
  input: { header: RequestContext; personNo: string; credential: CredentialInput; kind: number },
  nowMs: number,
  settings: DecisionSettings,
): FilingsDecision {
  const out = new FilingsDecision();
  if (!checkCallerFor(view, input.header, 0, nowMs, out)) return out;
  const who = resolveFilingPerson(
    view,
    input.personNo,
    input.credential,
    input.header.institutionCode,
    nowMs,
    settings,
  );
  out.reason = who.reason;
  out.field = who.field;
  if (who.reason !== Reason.Approved) return out;
  out.person = who.person;
  out.filings = liveFilings(view.filings(who.person!.idNo), nowMs).filter(
    (f) => input.kind === 0 || f.kind === input.kind,
  );
  return out;
}

/** 1309: the caller only; the catalogue is the policy's. */
export function decideListDiseases(view: ReadView, header: RequestContext, nowMs: number): Eligibility {
  const out = new Eligibility();
  checkCallerFor(view, header, 0, nowMs, out);
  return out;
}
