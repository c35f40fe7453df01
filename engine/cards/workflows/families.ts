// The card centre's workflows. Family account sharing (家庭共济): a payer lets a relative (the
// beneficiary) draw on the payer's personal account once the beneficiary's own does not cover the
// person's part of a settlement (engine/core/split.ts). One binding per beneficiary, valid over a
// period, revocable; each change one write with its change-log entry (the payer by its tag only).
// The next settlement sees it (the ledger reads the binding inside its write transaction).

import type { FamilyBinding } from '../../core/model.js';
import type { CentreCore } from '../centre-core.js';
import { AdminProblem, type Outcome, ok, refuse } from '../outcomes.js';
import type { Principal } from '../staff.js';

export async function bindFamily(
  c: CentreCore,
  actor: Principal,
  beneficiaryIdNo: string,
  binding: { payerIdNo: string; validFromMs: number; validToMs: number },
  nowMs: number,
): Promise<Outcome<FamilyBinding>> {
  if (binding.payerIdNo === beneficiaryIdNo) return refuse(AdminProblem.Invalid, 'payerIdNo: the person themself');
  if (binding.validToMs !== 0 && binding.validToMs <= binding.validFromMs)
    return refuse(AdminProblem.Invalid, 'validToMs: not after validFromMs');
  return c.write((log) => {
    if (c.personOf(beneficiaryIdNo) === undefined) return refuse(AdminProblem.NotFound, 'no such person');
    if (c.personOf(binding.payerIdNo) === undefined) return refuse(AdminProblem.NotFound, 'no such payer');
    const before = c.store.families.get(beneficiaryIdNo) as FamilyBinding | undefined;
    const record: FamilyBinding = { ...binding, revokedMs: 0 };
    c.store.families.putSync(beneficiaryIdNo, record);
    log.append({
      timeMs: nowMs,
      actor: actor.staffId,
      op: 'bind-family',
      subject: beneficiaryIdNo,
      before: before === undefined ? {} : { payerTag: log.tag(before.payerIdNo), revokedMs: before.revokedMs },
      after: { payerTag: log.tag(binding.payerIdNo), validFromMs: binding.validFromMs, validToMs: binding.validToMs },
    });
    return ok(record);
  });
}

export async function revokeFamily(
  c: CentreCore,
  actor: Principal,
  beneficiaryIdNo: string,
  nowMs: number,
): Promise<Outcome<FamilyBinding>> {
  return c.write((log) => {
    const binding = c.store.families.get(beneficiaryIdNo) as FamilyBinding | undefined;
    if (binding === undefined) return refuse(AdminProblem.NotFound, 'no family binding for this person');
    if (binding.revokedMs !== 0) return refuse(AdminProblem.Conflict, 'already revoked');
    const record: FamilyBinding = { ...binding, revokedMs: nowMs };
    c.store.families.putSync(beneficiaryIdNo, record);
    log.append({
      timeMs: nowMs,
      actor: actor.staffId,
      op: 'revoke-family',
      subject: beneficiaryIdNo,
      before: { revokedMs: 0 },
      after: { revokedMs: nowMs },
    });
    return ok(record);
  });
}
