// Hot path: bench/micro/decide.ts. Eligibility (national 1101): no side effects.
//
// Precedence (docs/API.md, "Decision precedence"), first failure wins:
//   caller:  I02 terminal -> I01 institution -> I04 sign-in -> V01 care region -> I03 medical type
//   holder:  V01 e-voucher -> C01 -> C04 card_sn -> C05/C03/C02/C04/C06 status -> C09 legacy
//            -> hot list C02..C07 -> P04 credential mismatch
//   person:  P05 duplicate enrolment -> P01 not insured -> P03 terminated -> P02 suspended/period
//   region:  R02 outside the province -> R01 no filing for in-province care outside the pool

import { checkCallerFor, checkHolderEligible, Eligibility } from './authorize.js';
import type { CredentialInput, ReadView, RequestContext } from './model.js';
import type { DecisionSettings } from './settings.js';

export interface InquireInput {
  header: RequestContext;
  credential: CredentialInput;
  /** 0: not stated. */
  medicalType: number;
  /** 0: the person's own. */
  insuranceType: number;
}

export class InquireDecision extends Eligibility {}

export function decideInquire(
  view: ReadView,
  input: InquireInput,
  nowMs: number,
  settings: DecisionSettings,
): InquireDecision {
  const out = new InquireDecision();
  if (checkCallerFor(view, input.header, input.medicalType, nowMs, out)) {
    checkHolderEligible(view, input.credential, input.insuranceType, input.header, nowMs, settings, out);
  }
  return out;
}
