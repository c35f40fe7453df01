// Hot path: bench/micro/decide.ts. Who is asking (terminal, institution, sign-in) and who is
// paying (credential -> card -> person): the two halves every terminal operation shares.
import { assert } from './assert.js';
import {
  checkCardStatus,
  checkHotEntry,
  checkInstitution,
  checkInsurance,
  checkRegion,
  checkSignIn,
  checkTerminal,
  medicalTypeAllowed,
} from './checks.js';
import {
  type AccountRecord,
  CardKind,
  type CredentialInput,
  CredentialType,
  type EVoucherRecord,
  type InstitutionRecord,
  type PersonRecord,
  type ReadView,
  type RequestContext,
} from './model.js';
import { Reason, type ReasonCode } from './reasons.js';
import type { DecisionSettings } from './settings.js';

/** Result of a check: a reason code, the field to blame for V01, and what was found. */
export class CallerCheck {
  reason: ReasonCode = Reason.Approved;
  field = '';
  institution: InstitutionRecord | undefined = undefined;
}

export class HolderCheck {
  reason: ReasonCode = Reason.Approved;
  field = '';
  person: PersonRecord | undefined = undefined;
}

/**
 * I02 -> I01 -> I04 -> V01(care_region). The caller is checked before anything about a card is
 * looked at, so an unknown or unsigned terminal learns nothing about card or person states.
 */
export function authorizeCaller(
  view: ReadView,
  header: RequestContext,
  requireSignIn: boolean,
  nowMs: number,
  out: CallerCheck,
): CallerCheck {
  out.reason = checkTerminal(view.terminal(header.terminalId), header.institutionCode);
  out.field = '';
  out.institution = undefined;
  if (out.reason !== Reason.Approved) return out;
  const institution = view.institution(header.institutionCode);
  out.reason = checkInstitution(institution, nowMs);
  if (out.reason !== Reason.Approved) return out;
  assert(institution !== undefined, 'designated institution exists');
  out.institution = institution;
  if (requireSignIn) {
    out.reason = checkSignIn(view.signIn(header.terminalId), header.signNo, nowMs);
    if (out.reason !== Reason.Approved) return out;
  }
  const claimed = view.region(header.careRegion, nowMs);
  const actual = view.region(institution.region, nowMs);
  if (claimed === undefined || actual === undefined || claimed.poolCode !== actual.poolCode) {
    out.reason = Reason.InvalidField;
    out.field = 'header.care_region';
  }
  return out;
}

/** Two division codes of the same pool (a city's districts share the city pool). */
function samePool(view: ReadView, a: string, b: string, nowMs: number): boolean {
  const ra = view.region(a, nowMs);
  const rb = view.region(b, nowMs);
  return ra !== undefined && rb !== undefined && ra.poolCode === rb.poolCode;
}

/** An e-voucher's own checks, in order: known (E01), in time (E02), decoded here (E03). */
export function checkEVoucher(voucher: EVoucherRecord | undefined, institutionCode: string, nowMs: number): ReasonCode {
  if (voucher === undefined) return Reason.EVoucherInvalid;
  if (nowMs >= voucher.expiresMs) return Reason.EVoucherExpired;
  return voucher.institutionCode === institutionCode ? Reason.Approved : Reason.EVoucherElsewhere;
}

function cardKindFor(credentialType: number): number {
  if (credentialType === CredentialType.SscCard) return CardKind.Ssc;
  if (credentialType === CredentialType.LegacyMagnetic) return CardKind.LegacyMagnetic;
  return CardKind.LegacyCountyIc;
}

/**
 * Card checks in order C01 -> C04 (card_sn not current) -> card status (C05, C03, C02, C04, C06)
 * -> C09 (legacy deadline) -> hot list (C02-C05, C07) -> P04 (ID number not the holder's).
 * An ID-card credential has no card to check: it goes straight to the person. An e-voucher has no
 * card either: E01 (unknown) -> E02 (expired) -> E03 (decoded by another institution, or not
 * decoded) -> P04 (an ID number sent that is not the voucher's person); no hot list.
 */
export function resolveHolder(
  view: ReadView,
  credential: CredentialInput,
  institutionCode: string,
  nowMs: number,
  settings: DecisionSettings,
  out: HolderCheck,
): HolderCheck {
  out.reason = Reason.Approved;
  out.field = '';
  out.person = undefined;
  if (credential.type === CredentialType.EVoucher) {
    const voucher = view.evoucher(credential.cardNo);
    out.reason = checkEVoucher(voucher, institutionCode, nowMs);
    if (out.reason === Reason.Approved && credential.idNo.length > 0 && credential.idNo !== voucher!.idNo)
      out.reason = Reason.CredentialMismatch;
    if (out.reason !== Reason.Approved) return out;
    out.person = view.person(voucher!.idNo);
    if (out.person === undefined) out.reason = Reason.PersonNotInsured;
    return out;
  }
  if (credential.type === CredentialType.IdCard) {
    const person = view.person(credential.idNo);
    if (person === undefined) out.reason = Reason.PersonNotInsured;
    out.person = person;
    return out;
  }
  const card = view.card(credential.cardNo);
  if (card === undefined || card.kind !== cardKindFor(credential.type)) {
    out.reason = Reason.CardUnknown;
    return out;
  }
  // Legacy cards carry no card_sn; an SSC card must present its current one.
  const cardSn = credential.cardSn.length === 0 && card.kind !== CardKind.Ssc ? card.cardSn : credential.cardSn;
  let reason: ReasonCode = cardSn === card.cardSn ? checkCardStatus(card, nowMs, settings) : Reason.CardSuperseded;
  if (reason === Reason.Approved && card.kind !== CardKind.Ssc && nowMs >= settings.legacyDeadlineMs) {
    reason = Reason.CardLegacyExpired;
  }
  if (reason === Reason.Approved) reason = checkHotEntry(view.hotEntry(card.cardNo, cardSn), nowMs, settings);
  if (reason === Reason.Approved && credential.idNo.length > 0 && credential.idNo !== card.holderIdNo) {
    reason = Reason.CredentialMismatch;
  }
  out.reason = reason;
  if (reason !== Reason.Approved) return out;
  const person = view.person(card.holderIdNo);
  if (person === undefined) out.reason = Reason.PersonNotInsured;
  out.person = person;
  return out;
}

/** What an eligibility check found: the reason, and the records a reply or a split needs. */
export class Eligibility {
  reason: ReasonCode = Reason.Approved;
  field = '';
  institution: InstitutionRecord | undefined = undefined;
  /** Set once the holder is known, also on a person- or region-level decline. */
  person: PersonRecord | undefined = undefined;
  account: AccountRecord | undefined = undefined;
}

const callerScratch = new CallerCheck();
const holderScratch = new HolderCheck();

/** The caller (I02 -> I01 -> I04 -> V01 care region), then I03 for the medical type. False on a decline. */
export function checkCallerFor(
  view: ReadView,
  header: RequestContext,
  medicalType: number,
  nowMs: number,
  out: Eligibility,
): boolean {
  authorizeCaller(view, header, true, nowMs, callerScratch);
  out.reason = callerScratch.reason;
  out.field = callerScratch.field;
  out.institution = callerScratch.institution;
  if (out.reason !== Reason.Approved) return false;
  if (!medicalTypeAllowed(out.institution!.type, medicalType)) {
    out.reason = Reason.OperationNotAllowed;
    return false;
  }
  return true;
}

/**
 * The holder (credential -> card -> person), the insured place the terminal named, if any (V01
 * header.insured_region unless in the person's pool), then the insurance (P05 -> P01 -> P03 -> P02),
 * then the region (R02 -> R01) for out.institution. False on a decline.
 */
export function checkHolderEligible(
  view: ReadView,
  credential: CredentialInput,
  insuranceType: number,
  header: RequestContext,
  nowMs: number,
  settings: DecisionSettings,
  out: Eligibility,
): boolean {
  resolveHolder(view, credential, header.institutionCode, nowMs, settings, holderScratch);
  if (holderScratch.reason !== Reason.Approved) {
    out.reason = holderScratch.reason;
    out.field = holderScratch.field;
    return false;
  }
  const person = holderScratch.person!;
  out.person = person;
  out.account = view.account(person.idNo);
  if (header.insuredRegion !== '' && !samePool(view, header.insuredRegion, person.insuredRegion, nowMs)) {
    out.reason = Reason.InvalidField;
    out.field = 'header.insured_region';
    return false;
  }
  out.reason = checkInsurance(person, insuranceType, nowMs);
  if (out.reason !== Reason.Approved) return false;
  out.reason = checkRegion(view, person, out.institution!, nowMs);
  return out.reason === Reason.Approved;
}
