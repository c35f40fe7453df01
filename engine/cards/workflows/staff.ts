// The card centre's workflows. Staff: accounts, logins and their back-off, unlocking. Each change
// is one write transaction of the centre (centre-core.ts, write) with its change-log entry;
// refusals are values (AdminProblem + detail).

import type { CentreCore } from '../centre-core.js';
import { AdminProblem, type Outcome, ok, refuse } from '../outcomes.js';
import { asStaff, Role, type StaffRecord } from '../records.js';
import { newToken, type Principal, staffRecord, tokenKey } from '../staff.js';

// ---------------------------------------------------------------------------------------------
// Staff

export async function createStaff(
  c: CentreCore,
  actor: Principal,
  staffId: string,
  role: Role,
  secret: string,
  employerCode: string,
  agentIdNo: string,
  nowMs: number,
): Promise<Outcome<{ staffId: string }>> {
  const record = await staffRecord(role, secret, nowMs, employerCode, agentIdNo);
  return c.write((log) => {
    if (c.store.staff.get(staffId) !== undefined) return refuse(AdminProblem.Conflict, 'staff id already exists');
    if (role === Role.Agent && c.store.employers.get(employerCode) === undefined)
      return refuse(AdminProblem.NotFound, 'employer not registered');
    c.store.staff.putSync(staffId, record);
    log.append({
      timeMs: nowMs,
      actor: actor.staffId,
      op: 'create-staff',
      subject: `staff:${staffId}`,
      before: {},
      after: { role, employerCode },
    });
    return ok({ staffId });
  });
}

export async function disableStaff(
  c: CentreCore,
  actor: Principal,
  staffId: string,
  nowMs: number,
): Promise<Outcome<{ staffId: string }>> {
  return c.write((log) => {
    const staff = asStaff(c.store.staff.get(staffId));
    if (staff === undefined) return refuse(AdminProblem.NotFound, 'no such staff id');
    if (staff.disabled) return refuse(AdminProblem.Conflict, 'already disabled');
    c.store.staff.putSync(staffId, { ...staff, disabled: true } satisfies StaffRecord);
    log.append({
      timeMs: nowMs,
      actor: actor.staffId,
      op: 'disable-staff',
      subject: `staff:${staffId}`,
      before: { disabled: false },
      after: { disabled: true },
    });
    return ok({ staffId });
  });
}

/**
 * A token for staffId when the secret is right; otherwise why not (the caller audits it): a wrong
 * id or secret, or a back-off in force (staff-login.ts).
 */
export async function login(
  c: CentreCore,
  staffId: string,
  secret: string,
  source: string,
  nowMs: number,
): Promise<
  | { kind: 'ok'; token: string; expiresMs: number; role: Role }
  | { kind: 'wrong' }
  | { kind: 'throttled'; retryAfterMs: number }
> {
  const checked = await c.logins.check(staffId, secret, source, nowMs);
  if (checked.kind !== 'ok') return checked;
  const token = newToken();
  const expiresMs = nowMs + c.options.tokenTtlMs;
  await c.write(() => {
    c.store.staffTokens.putSync(tokenKey(token), { staffId, expiresMs });
    // Expired tokens are dropped as new ones are issued (bounded work per login).
    let dropped = 0;
    for (const { key, value } of c.store.staffTokens.getRange({ limit: 256 })) {
      if ((value as { expiresMs: number }).expiresMs <= nowMs) {
        c.store.staffTokens.removeSync(key);
        if (++dropped >= 32) break;
      }
    }
  });
  return { kind: 'ok', token, expiresMs, role: checked.role };
}

/** Ends a session: the token stops working at once (the web console's logout). */
export async function logout(c: CentreCore, token: string): Promise<void> {
  await c.write(() => {
    c.store.staffTokens.removeSync(tokenKey(token));
  });
}

/** An admin lifts an account's login back-off; recorded in the change log. */
export async function unlockStaff(
  c: CentreCore,
  actor: Principal,
  staffId: string,
  nowMs: number,
): Promise<Outcome<{ staffId: string; failures: number }>> {
  if (c.store.staff.get(staffId) === undefined) return refuse(AdminProblem.NotFound, 'no such staff id');
  const failures = c.logins.failures(staffId, nowMs);
  return c.write((log) => {
    c.logins.unlock(staffId);
    log.append({
      timeMs: nowMs,
      actor: actor.staffId,
      op: 'unlock-staff',
      subject: `staff:${staffId}`,
      before: { failedLogins: failures },
      after: { failedLogins: 0 },
    });
    return ok({ staffId, failures });
  });
}
