// A bill to (pre-)settle: a one-shot bill carries its lines (a pharmacy's 2101 / 2102); a visit's
// bill (2206 / 2207, 2303 / 2304) is the lines its visit holds. For a visit, after the caller: the
// visit (M01 / M02, person_no V01), the credential, when sent, the visit's (P04), the medical type,
// when sent, the visit's (V01), at least one line (V01 lines); then the same decision as a one-shot
// bill over the visit's lines, so a card reported lost since the visit opened is declined too.
// The worker's pre-settlement and the ledger's settlement both call decideBill.

import { checkCallerFor } from './authorize.js';
import { decideAfterCaller, decidePreSettle, SettleDecision, type SettleInput } from './decide-pre-settle.js';
import type { ReadView } from './model.js';
import type { BenefitPolicy } from './policy.js';
import { Reason } from './reasons.js';
import type { DecisionSettings } from './settings.js';
import { billLinesOf, judgeVisitUse, sameHolder, seqOfVisitId, type VisitRecord } from './visits.js';

/**
 * The visit's bill with the request's own figures (total, account use, insurance type) and its
 * credential when it sent one (a card or ID number the visit's, an e-voucher scanned again).
 */
export function billOfVisit(visit: VisitRecord, input: SettleInput): SettleInput {
  return {
    ...input,
    credential: input.credential.type === 0 ? visit.credential : input.credential,
    medicalType: visit.medicalType,
    insuranceType: input.insuranceType === 0 ? visit.insuranceType : input.insuranceType,
    diseaseCode: input.diseaseCode === '' ? visit.diseaseCode : input.diseaseCode,
    lines: billLinesOf(visit),
  };
}

export function decideBill(
  view: ReadView,
  input: SettleInput,
  nowMs: number,
  settings: DecisionSettings,
  policy: BenefitPolicy,
): SettleDecision {
  if (input.visitId === '') return decidePreSettle(view, input, nowMs, settings, policy);
  const visit = view.visit(seqOfVisitId(input.visitId));
  const out = new SettleDecision();
  // Who is asking comes first: an unknown terminal learns nothing, not even whether a visit exists.
  if (!checkCallerFor(view, input.header, visit?.medicalType ?? input.medicalType, nowMs, out)) return out;
  out.callerApproved = true;
  const use = judgeVisitUse(visit, input.header, input.personNo, nowMs);
  out.reason = use.reason;
  out.field = use.field;
  if (use.reason !== Reason.Approved) return out;
  const v = visit!;
  if (!sameHolder(v, input.credential)) {
    out.reason = Reason.CredentialMismatch;
    out.field = 'credential';
  } else if (input.medicalType !== 0 && input.medicalType !== v.medicalType) {
    out.reason = Reason.InvalidField;
    out.field = 'medical_type';
  } else if (input.diseaseCode !== '' && v.diseaseCode !== '' && input.diseaseCode !== v.diseaseCode) {
    out.reason = Reason.InvalidField;
    out.field = 'disease_code';
  } else if (v.lines.length === 0) {
    out.reason = Reason.InvalidField;
    out.field = 'lines';
  }
  if (out.reason !== Reason.Approved) return out;
  // The caller was checked above for the visit's medical type: the bill's decision goes on from there.
  const decision = decideAfterCaller(view, billOfVisit(v, input), nowMs, settings, policy, out);
  decision.visit = v;
  // An e-voucher of someone else than the visit's person: nothing is settled.
  if (decision.person !== undefined && decision.person.idNo !== v.idNo) {
    decision.reason = Reason.CredentialMismatch;
    decision.field = 'credential';
    decision.result = undefined;
  }
  return decision;
}
