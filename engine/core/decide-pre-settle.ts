// Hot path: bench/load/inquire-http.ts (same path). Pre-settlement (national 2101 / 2206): the
// whole decision and split, nothing written. The same checks as Inquire, then:
//   I03 medical type for this institution type -> V01 medical type missing -> V02 amounts
//   -> chronic outpatient (14): V01 disease_code missing -> F03 not in the catalogue
//   -> the holder (credential, insurance, region) -> F01 no chronic filing for the disease in force
//   -> split against the person's current balances and this medical year's accumulators (for a
//      chronic disease: its own accumulators and its policy row).

import { checkCallerFor, checkHolderEligible, Eligibility } from './authorize.js';
import { chinaFields } from './china-time.js';
import { chronicFiled } from './filings.js';
import { limits } from './limits.js';
import {
  type AccountRecord,
  type CredentialInput,
  familyPayerAt,
  MedicalType,
  type ReadView,
  type RequestContext,
} from './model.js';
import { type BenefitPolicy, type ChronicDisease, chronicDiseaseOf } from './policy.js';
import { Reason } from './reasons.js';
import type { DecisionSettings } from './settings.js';
import { type Accumulators, type BillLine, computeSplit, type SplitResult } from './split.js';
import type { VisitRecord } from './visits.js';

export interface SettleInput {
  header: RequestContext;
  credential: CredentialInput;
  medicalType: number;
  insuranceType: number;
  useAccount: boolean;
  totalFen: number;
  lines: readonly BillLine[];
  /** A visit's bill (core/decide-bill.ts): '' for a one-shot bill that carries its lines. */
  visitId: string;
  /** psn_no as the HIS sent it ('' when it sent none): a visit's must match. */
  personNo: string;
  /** Chronic outpatient (medical type 14): the disease (dise_codg); '' otherwise or for the visit's. */
  diseaseCode: string;
}

export class SettleDecision extends Eligibility {
  /** The caller passed (terminal, institution, sign-in, care region, medical type for the institution). */
  callerApproved = false;
  result: SplitResult | undefined = undefined;
  medicalYear = 0;
  /** The year's accumulators the split started from. */
  accumulators: Accumulators | undefined = undefined;
  /** A visit's bill: the visit (core/decide-bill.ts). */
  visit: VisitRecord | undefined = undefined;
  /** The bound relative whose account may pay (家庭共济): '' for none; and that account now. */
  familyPayerIdNo = '';
  familyAccount: AccountRecord | undefined = undefined;
  /** Chronic outpatient: the disease settled (its accumulators are `accumulators`); '' otherwise. */
  diseaseCode = '';
}

/** The medical year is the calendar year in China time (policy: calendar year). */
export function medicalYearOf(nowMs: number): number {
  return chinaFields(nowMs).getUTCFullYear();
}

/** A line's amount may differ from quantity x unit price by rounding, at most one fen. */
export function amountsAddUp(input: SettleInput): string {
  // A bill over the largest settled is declined like one whose amounts do not add up (V02).
  if (input.totalFen > limits.billFenMax) return 'total_fen';
  let sum = 0;
  for (let i = 0; i < input.lines.length; i++) {
    const line = input.lines[i]!;
    const expected = Math.round((line.quantityMilli * line.unitPriceFen) / 1000);
    if (Math.abs(expected - line.amountFen) > 1) return `lines[${i}].amount_fen`;
    sum += line.amountFen;
  }
  return sum === input.totalFen ? '' : 'total_fen';
}

export function decidePreSettle(
  view: ReadView,
  input: SettleInput,
  nowMs: number,
  settings: DecisionSettings,
  policy: BenefitPolicy,
): SettleDecision {
  const out = new SettleDecision();
  if (!checkCallerFor(view, input.header, input.medicalType, nowMs, out)) return out;
  out.callerApproved = true;
  return decideAfterCaller(view, input, nowMs, settings, policy, out);
}

/**
 * The decision once the caller passed for input.medicalType (out.institution set): a visit's bill
 * (core/decide-bill.ts) has checked it already and continues here.
 */
export function decideAfterCaller(
  view: ReadView,
  input: SettleInput,
  nowMs: number,
  settings: DecisionSettings,
  policy: BenefitPolicy,
  out: SettleDecision,
): SettleDecision {
  if (input.medicalType === MedicalType.None) {
    out.reason = Reason.InvalidField;
    out.field = 'medical_type';
    return out;
  }
  const mismatch = amountsAddUp(input);
  if (mismatch !== '') {
    out.reason = Reason.AmountsMismatch;
    out.field = mismatch;
    return out;
  }
  let chronic: ChronicDisease | undefined;
  if (input.medicalType === MedicalType.ChronicOutpatient) {
    chronic = chronicDiseaseOf(policy, input.diseaseCode);
    if (chronic === undefined) {
      out.reason = input.diseaseCode === '' ? Reason.InvalidField : Reason.DiseaseUnknown;
      out.field = 'disease_code';
      return out;
    }
  }
  if (!checkHolderEligible(view, input.credential, input.insuranceType, input.header, nowMs, settings, out)) return out;
  const institution = out.institution!;
  const person = out.person!;
  if (chronic !== undefined && !chronicFiled(view.filings(person.idNo), chronic.code, nowMs)) {
    out.reason = Reason.ChronicNotFiled;
    out.field = 'disease_code';
    return out;
  }
  out.diseaseCode = chronic?.code ?? '';
  const account = out.account ?? { currentYearFen: 0, priorYearsFen: 0 };
  const care = view.region(institution.region, nowMs);
  const insured = view.region(person.insuredRegion, nowMs);
  out.medicalYear = medicalYearOf(nowMs);
  out.accumulators = view.accumulators(person.idNo, out.medicalYear, out.diseaseCode);
  // 家庭共济: a relative bound now whose account may pay what the person's own does not.
  const payer = familyPayerAt(view.familyBinding(person.idNo), nowMs);
  out.familyPayerIdNo = payer === person.idNo ? '' : payer;
  out.familyAccount =
    out.familyPayerIdNo === '' ? undefined : (view.account(payer) ?? { currentYearFen: 0, priorYearsFen: 0 });
  out.result = computeSplit(
    {
      lines: input.lines,
      catalogue: (code) => view.catalogueItem(code),
      medicalType: input.medicalType,
      institutionLevel: institution.level,
      retired: person.retired,
      filedOutsidePool: care !== undefined && insured !== undefined && care.poolCode !== insured.poolCode,
      useAccount: input.useAccount,
      account,
      familyAccount: out.familyAccount,
      chronic,
      accumulators: out.accumulators,
    },
    policy,
  );
  // The pool stopped at the annual cap: still approved, the person's part is larger (L01 tells the terminal).
  if (out.result.capReached) out.reason = Reason.AnnualCapReached;
  return out;
}
