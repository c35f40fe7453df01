import type { Accumulators, CatalogueItem } from './split.js';
import type { VisitRecord } from './visits.js';

// The records the core decides over, as read views hand them out. Plain data, one shape each.
// Times are milliseconds since the Unix epoch; money is integer fen.

export const CardKind = { Ssc: 1, LegacyMagnetic: 2, LegacyCountyIc: 3 } as const;
export type CardKind = (typeof CardKind)[keyof typeof CardKind];

/** Card status (docs/DOMAIN.md section 4). Only Issued settles; TempLost lapses back to Issued after the TTL. */
/** National med_type (ssc.proto MedicalType): what kind of care a bill is for; 0 not stated. */
export const MedicalType = {
  None: 0,
  Outpatient: 11,
  Emergency: 13,
  ChronicOutpatient: 14,
  Inpatient: 21,
  Pharmacy: 41,
} as const;
export type MedicalType = (typeof MedicalType)[keyof typeof MedicalType];

/** National clr_type: how a settlement is cleared (outpatient, inpatient, pharmacy). */
export const ClearingType = { Outpatient: 11, Inpatient: 21, Pharmacy: 41 } as const;

export const CardStatus = {
  Generated: 1,
  InProduction: 2,
  AwaitingPickup: 3,
  Issued: 4,
  TempLost: 5,
  FormallyLost: 6,
  Damaged: 7,
  Returned: 8,
  Cancelled: 9,
} as const;
export type CardStatus = (typeof CardStatus)[keyof typeof CardStatus];

export const Bank = { None: 0, Icbc: 1, Ccb: 2, Boc: 3 } as const;
export type Bank = (typeof Bank)[keyof typeof Bank];

export interface CardRecord {
  cardNo: string;
  /** The current card identification code; a replacement gets a new one. */
  cardSn: string;
  holderIdNo: string;
  kind: CardKind;
  status: CardStatus;
  statusSinceMs: number;
  bank: Bank;
  bankActive: boolean;
  /** The change-log sequence of the card's last change (0: none logged since it was kept). */
  changeSeq: number;
}

/** Why a card number + card_sn pair is on the hot list. */
export const HotReason = {
  TempLost: 1,
  FormallyLost: 2,
  Damaged: 3,
  Replaced: 4,
  Cancelled: 5,
  Fraud: 6,
  Administrative: 7,
} as const;
export type HotReason = (typeof HotReason)[keyof typeof HotReason];

export interface HotEntry {
  reason: HotReason;
  sinceMs: number;
  /** Change-log sequence that added the entry. */
  sequence: number;
}

export const Gender = { Unknown: 0, Male: 1, Female: 2 } as const;
export type Gender = (typeof Gender)[keyof typeof Gender];

/** National insurance type codes. */
export const InsuranceType = { EmployeeBasic: 310, CivilServant: 320, LargeAmount: 330, Resident: 390 } as const;
export type InsuranceType = (typeof InsuranceType)[keyof typeof InsuranceType];

/** National insurance status; separate from the card status. */
export const InsuranceStatus = { NotInsured: 0, Normal: 1, Suspended: 2, Terminated: 4 } as const;
export type InsuranceStatus = (typeof InsuranceStatus)[keyof typeof InsuranceStatus];

export interface PersonRecord {
  idNo: string;
  name: string;
  gender: Gender;
  /** Six-digit division code of the insured region. */
  insuredRegion: string;
  insuranceType: InsuranceType;
  insuranceStatus: InsuranceStatus;
  insuredFromMs: number;
  /** 0: open-ended. */
  insuredToMs: number;
  retired: boolean;
  /** Insured twice in different regions for the same insurance, unresolved (no card may be used). */
  duplicateEnrolment: boolean;
  ningboHousehold: boolean;
}

export interface AccountRecord {
  /** Current medical year's personal account. */
  currentYearFen: number;
  /** Balance carried from earlier years. */
  priorYearsFen: number;
}

export const InstitutionType = { Hospital: 1, Pharmacy: 2, Clinic: 3 } as const;
export type InstitutionType = (typeof InstitutionType)[keyof typeof InstitutionType];

export const DesignationStatus = { Designated: 1, Suspended: 2, Revoked: 3 } as const;
export type DesignationStatus = (typeof DesignationStatus)[keyof typeof DesignationStatus];

export interface InstitutionRecord {
  code: string;
  name: string;
  type: InstitutionType;
  /** Hospital level 1-3 (community clinics 1); 0 for pharmacies. */
  level: number;
  region: string;
  designation: DesignationStatus;
  designatedFromMs: number;
  /** 0: open-ended. */
  designatedToMs: number;
  /** Part of the provincial remote-settlement network (accepts cards from other Zhejiang pools). */
  provincialNetwork: boolean;
}

export const TerminalType = { His: 1, Pos: 2, Kiosk: 3 } as const;
export type TerminalType = (typeof TerminalType)[keyof typeof TerminalType];

export const TerminalStatus = { Active: 1, Disabled: 2 } as const;
export type TerminalStatus = (typeof TerminalStatus)[keyof typeof TerminalStatus];

export interface TerminalRecord {
  terminalId: string;
  institutionCode: string;
  type: TerminalType;
  status: TerminalStatus;
  /** Secret key sealed under the engine's master key (never leaves the store in clear). */
  keySealed: Uint8Array;
  /** Key rotation: the next key, also accepted until it becomes the current one (empty: none). */
  nextKeySealed: Uint8Array;
  /** MAC algorithm (protocol/mac.ts: 1 HMAC-SHA256, 2 HMAC-SM3). */
  macAlgorithm: number;
}

export interface SignInRecord {
  /** '' after a sign-out (the record stays: it remembers the last sign-in's msg_id). */
  signNo: string;
  operatorId: string;
  signedInMs: number;
  expiresMs: number;
  /** The msg_id of the sign-in that made it ('' for records written before it was kept). */
  msgId: string;
}

/**
 * Filing kinds (备案). Referral (转院, 2501) and remote designation (异地定点 / 人员定点, 2505) let care
 * elsewhere in the province be settled (core/checks.ts checkRegion); chronic (门诊慢特病, 2503) lets a
 * chronic / special-disease outpatient bill for its disease be settled (core/filings.ts).
 */
export const FilingKind = { Referral: 1, RemoteDesignation: 2, Chronic: 3 } as const;
export type FilingKind = (typeof FilingKind)[keyof typeof FilingKind];

export interface Filing {
  kind: FilingKind;
  /** Target region (six digits) or empty when the filing names an institution. */
  targetRegion: string;
  /** Target institution code or empty. */
  targetInstitution: string;
  validFromMs: number;
  /** 0: open-ended. */
  validToMs: number;
  /** Chronic: the disease (opsp_dise_code); else empty. */
  diseaseCode: string;
  /** trt_dcla_detl_sn: F + the 12-digit change-log sequence of its registration ('' for an imported one). */
  filingNo: string;
  /** The institution that registered it ('' for the card centre, an import or the demo data). */
  institutionCode: string;
}

/** A division code's place in the pools, valid over a period (codes change: Fenghua 330283 -> 330213). */
export interface RegionRow {
  code: string;
  name: string;
  /** The insured region (one of Ningbo's six) or the code itself elsewhere. */
  insuredRegion: string;
  /** Pooling unit: settlement inside one pool needs no formalities. */
  poolCode: string;
  provinceCode: string;
  validFromMs: number;
  /** 0: open-ended. */
  validToMs: number;
}

/** What the decision reads. Implemented over LMDB by engine/store, over plain maps by tests. */
export interface ReadView {
  terminal(terminalId: string): TerminalRecord | undefined;
  institution(code: string): InstitutionRecord | undefined;
  signIn(terminalId: string): SignInRecord | undefined;
  card(cardNo: string): CardRecord | undefined;
  hotEntry(cardNo: string, cardSn: string): HotEntry | undefined;
  person(idNo: string): PersonRecord | undefined;
  account(idNo: string): AccountRecord | undefined;
  filings(idNo: string): readonly Filing[];
  /** The row for a division code valid at nowMs. */
  region(code: string, nowMs: number): RegionRow | undefined;
  /** A drug or service of the engine's own catalogue (the terminal's class is never trusted). */
  catalogueItem(code: string): CatalogueItem | undefined;
  /**
   * The person's accumulators for a medical year (zeros when none yet); with a disease code, that
   * chronic disease's own (separate per person x disease x year).
   */
  accumulators(idNo: string, medicalYear: number, diseaseCode?: string): Accumulators;
  /** The citizen ID number behind a person number (psn_no) the engine issued, if it is one. */
  idNoOfPersonNo(personNo: string): string | undefined;
  /** A visit by its opening's sequence number (core/visits.ts). */
  visit(seq: number): VisitRecord | undefined;
  /** An e-voucher by its token (ecToken). */
  evoucher(token: string): EVoucherRecord | undefined;
  /** The relative whose personal account a person may draw on (家庭共济), if bound. */
  familyBinding(beneficiaryIdNo: string): FamilyBinding | undefined;
}

/**
 * Family account sharing (家庭共济): the payer lets the beneficiary's settlements draw on the payer's
 * personal account once the beneficiary's own does not cover the person's part. Bound by the card
 * centre (a change-log entry), valid over a period, revocable.
 */
export interface FamilyBinding {
  payerIdNo: string;
  validFromMs: number;
  /** 0: open-ended. */
  validToMs: number;
  /** 0: in force. */
  revokedMs: number;
}

/** The payer a binding names now, or '' (none, not yet, expired, revoked). */
export function familyPayerAt(binding: FamilyBinding | undefined, nowMs: number): string {
  if (binding === undefined || binding.revokedMs !== 0) return '';
  return withinPeriod(nowMs, binding.validFromMs, binding.validToMs) ? binding.payerIdNo : '';
}

/**
 * A medical-insurance e-voucher (医保电子凭证) as the engine's stand-in for the national e-voucher
 * service keeps it: issued for a person and a business type, short-lived, and bound to the
 * institution whose terminal decoded its QR code (only there can its token be used).
 */
export interface EVoucherRecord {
  token: string;
  idNo: string;
  /** The e-voucher service's business type (5 characters, QrCodePost's businessType). */
  businessType: string;
  issuedMs: number;
  expiresMs: number;
  /** The institution that decoded it; '' until decoded. */
  institutionCode: string;
}

/** True when [fromMs, toMs) contains nowMs; toMs 0 means open-ended. */
export function withinPeriod(nowMs: number, fromMs: number, toMs: number): boolean {
  return nowMs >= fromMs && (toMs === 0 || nowMs < toMs);
}

/** Credential types as numbered on the wire (national mdtrt_cert_type, plus legacy cards). */
export const CredentialType = { EVoucher: 1, IdCard: 2, SscCard: 3, LegacyMagnetic: 4, LegacyCountyIc: 5 } as const;
export type CredentialType = (typeof CredentialType)[keyof typeof CredentialType];

/** The envelope every request carries, already validated for format at the edge. */
export interface RequestContext {
  msgId: string;
  terminalId: string;
  institutionCode: string;
  operatorId: string;
  operatorType: number;
  signNo: string;
  requestTimeMs: number;
  careRegion: string;
  /** The insured place the terminal names (national insuplc_admdvs); '' when it names none. */
  insuredRegion: string;
}

export interface CredentialInput {
  type: number;
  cardNo: string;
  cardSn: string;
  idNo: string;
}
