// Hot path: bench/micro/decide.ts. The checks shared by every terminal operation, each returning a
// reason code, in the documented precedence order (docs/API.md, "Decision precedence").
import {
  type CardRecord,
  CardStatus,
  DesignationStatus,
  type HotEntry,
  HotReason,
  type InstitutionRecord,
  InstitutionType,
  InsuranceStatus,
  MedicalType,
  type PersonRecord,
  type ReadView,
  type SignInRecord,
  type TerminalRecord,
  TerminalStatus,
  withinPeriod,
} from './model.js';
import { Reason, type ReasonCode } from './reasons.js';
import type { DecisionSettings } from './settings.js';

/** I02: the terminal must be registered, active, and belong to the institution it claims. */
export function checkTerminal(terminal: TerminalRecord | undefined, institutionCode: string): ReasonCode {
  if (terminal === undefined) return Reason.TerminalRefused;
  if (terminal.status !== TerminalStatus.Active) return Reason.TerminalRefused;
  if (terminal.institutionCode !== institutionCode) return Reason.TerminalRefused;
  return Reason.Approved;
}

/** I01: the institution must be designated on the date of the request. */
export function checkInstitution(institution: InstitutionRecord | undefined, nowMs: number): ReasonCode {
  if (institution === undefined) return Reason.InstitutionNotDesignated;
  if (institution.designation !== DesignationStatus.Designated) return Reason.InstitutionNotDesignated;
  if (!withinPeriod(nowMs, institution.designatedFromMs, institution.designatedToMs)) {
    return Reason.InstitutionNotDesignated;
  }
  return Reason.Approved;
}

/** I04: a money or eligibility operation needs the terminal's current, unexpired sign-in number. */
export function checkSignIn(signIn: SignInRecord | undefined, signNo: string, nowMs: number): ReasonCode {
  if (signIn === undefined) return Reason.NotSignedIn;
  if (signNo.length === 0 || signIn.signNo !== signNo) return Reason.NotSignedIn;
  if (nowMs >= signIn.expiresMs) return Reason.NotSignedIn;
  return Reason.Approved;
}

/** Medical types (national med_type) each institution type may settle (I03). */
export function medicalTypeAllowed(type: InstitutionRecord['type'], medicalType: number): boolean {
  if (medicalType === MedicalType.None) return true; // not stated: eligibility only
  if (type === InstitutionType.Pharmacy) return medicalType === MedicalType.Pharmacy;
  if (type === InstitutionType.Clinic)
    return (
      medicalType === MedicalType.Outpatient ||
      medicalType === MedicalType.Emergency ||
      medicalType === MedicalType.ChronicOutpatient
    );
  return (
    medicalType === MedicalType.Outpatient ||
    medicalType === MedicalType.Emergency ||
    medicalType === MedicalType.ChronicOutpatient ||
    medicalType === MedicalType.Inpatient
  );
}

/** A temporary loss lapses by itself once the TTL has passed since it was reported. */
export function tempLossLapsed(sinceMs: number, nowMs: number, settings: DecisionSettings): boolean {
  return nowMs >= sinceMs + settings.tempLossTtlMs;
}

/** C04-C06, C02, C03: the card record's own status for its current card_sn. */
export function checkCardStatus(card: CardRecord, nowMs: number, settings: DecisionSettings): ReasonCode {
  switch (card.status) {
    case CardStatus.Issued:
      return Reason.Approved;
    case CardStatus.TempLost:
      return tempLossLapsed(card.statusSinceMs, nowMs, settings) ? Reason.Approved : Reason.CardTempLost;
    case CardStatus.FormallyLost:
      return Reason.CardFormallyLost;
    case CardStatus.Damaged:
      return Reason.CardSuperseded;
    case CardStatus.Cancelled:
      return Reason.CardCancelled;
    case CardStatus.Generated:
    case CardStatus.InProduction:
    case CardStatus.AwaitingPickup:
    case CardStatus.Returned:
      return Reason.CardNotIssued;
    default:
      return Reason.CardNotIssued;
  }
}

/** The hot list entry for a card number + card_sn, mapped to its reason code. */
export function checkHotEntry(entry: HotEntry | undefined, nowMs: number, settings: DecisionSettings): ReasonCode {
  if (entry === undefined) return Reason.Approved;
  switch (entry.reason) {
    case HotReason.TempLost:
      return tempLossLapsed(entry.sinceMs, nowMs, settings) ? Reason.Approved : Reason.CardTempLost;
    case HotReason.FormallyLost:
      return Reason.CardFormallyLost;
    case HotReason.Damaged:
    case HotReason.Replaced:
      return Reason.CardSuperseded;
    case HotReason.Cancelled:
      return Reason.CardCancelled;
    default:
      return Reason.CardHotListed;
  }
}

/** P05, P01, P03, P02: the person's enrolment for the insurance sought (0: the person's own). */
export function checkInsurance(person: PersonRecord, insuranceType: number, nowMs: number): ReasonCode {
  if (person.duplicateEnrolment) return Reason.DuplicateEnrolment;
  if (person.insuranceStatus === InsuranceStatus.NotInsured) return Reason.PersonNotInsured;
  if (insuranceType !== 0 && insuranceType !== person.insuranceType) return Reason.PersonNotInsured;
  if (person.insuranceStatus === InsuranceStatus.Terminated) return Reason.InsuranceTerminated;
  if (person.insuranceStatus === InsuranceStatus.Suspended) return Reason.InsuranceSuspended;
  if (!withinPeriod(nowMs, person.insuredFromMs, person.insuredToMs)) return Reason.InsuranceSuspended;
  return Reason.Approved;
}

/**
 * R02, R01: where care may be settled. Same pool: any designated institution. Elsewhere in the same
 * province: only a provincial-network institution, and only with a valid referral or remote filing
 * naming the institution or a region of its pool. Another province: never by card.
 */
export function checkRegion(
  view: ReadView,
  person: PersonRecord,
  institution: InstitutionRecord,
  nowMs: number,
): ReasonCode {
  const care = view.region(institution.region, nowMs);
  const insured = view.region(person.insuredRegion, nowMs);
  if (care === undefined || insured === undefined) return Reason.RegionOutsideProvince;
  if (care.poolCode === insured.poolCode) return Reason.Approved;
  if (care.provinceCode !== insured.provinceCode) return Reason.RegionOutsideProvince;
  if (!institution.provincialNetwork) return Reason.RegionNotFiled;
  const filings = view.filings(person.idNo);
  for (let i = 0; i < filings.length; i++) {
    const filing = filings[i]!;
    if (!withinPeriod(nowMs, filing.validFromMs, filing.validToMs)) continue;
    if (filing.targetInstitution === institution.code) return Reason.Approved;
    if (filing.targetRegion.length === 0) continue;
    const target = view.region(filing.targetRegion, nowMs);
    if (target !== undefined && target.poolCode === care.poolCode) return Reason.Approved;
  }
  return Reason.RegionNotFiled;
}
