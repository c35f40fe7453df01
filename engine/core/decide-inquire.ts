// Hot path: bench/micro/decide.ts. Eligibility (national 1101): no side effects.
//
// Precedence (README "Decision precedence"), first failure wins:
//   caller:  I02 terminal -> I01 institution -> I04 sign-in -> V01 care region -> I03 medical type
//   holder:  V01 e-voucher -> C01 -> C04 card_sn -> C05/C03/C02/C04/C06 status -> C09 legacy
//            -> hot list C02..C07 -> P04 credential mismatch
//   person:  P05 duplicate enrolment -> P01 not insured -> P03 terminated -> P02 suspended/period
//   region:  R02 outside the province -> R01 no filing for in-province care outside the pool

import { authorizeCaller, CallerCheck, HolderCheck, resolveHolder } from './authorize.js';
import { checkInsurance, checkRegion, medicalTypeAllowed } from './checks.js';
import type { AccountRecord, CredentialInput, PersonRecord, ReadView, RequestContext } from './model.js';
import { Reason, type ReasonCode } from './reasons.js';
import type { DecisionSettings } from './settings.js';

export interface InquireInput {
  header: RequestContext;
  credential: CredentialInput;
  /** 0: not stated. */
  medicalType: number;
  /** 0: the person's own. */
  insuranceType: number;
}

export class InquireDecision {
  reason: ReasonCode = Reason.Approved;
  field = '';
  /** Set once the holder is known, also on a person- or region-level decline. */
  person: PersonRecord | undefined = undefined;
  account: AccountRecord | undefined = undefined;
}

/** Scratch objects reused across calls on one thread: the decision path allocates nothing of its own. */
const caller = new CallerCheck();
const holder = new HolderCheck();

export function decideInquire(
  view: ReadView,
  input: InquireInput,
  nowMs: number,
  settings: DecisionSettings,
): InquireDecision {
  const out = new InquireDecision();
  authorizeCaller(view, input.header, true, nowMs, caller);
  if (caller.reason !== Reason.Approved) {
    out.reason = caller.reason;
    out.field = caller.field;
    return out;
  }
  const institution = caller.institution!;
  if (!medicalTypeAllowed(institution.type, input.medicalType)) {
    out.reason = Reason.OperationNotAllowed;
    return out;
  }
  resolveHolder(view, input.credential, nowMs, settings, holder);
  if (holder.reason !== Reason.Approved) {
    out.reason = holder.reason;
    out.field = holder.field;
    return out;
  }
  const person = holder.person!;
  out.person = person;
  out.account = view.account(person.idNo);
  out.reason = checkInsurance(person, input.insuranceType, nowMs);
  if (out.reason !== Reason.Approved) return out;
  out.reason = checkRegion(view, person, institution, nowMs);
  return out;
}
