// The card centre's workflows. Employers and the agents they authorize. Each change is one write
// transaction of the centre (centre-core.ts, write) with its change-log entry; refusals are values
// (AdminProblem + detail).

import { agentsPerEmployerMax } from '../../core/card-rules.js';
import type { CentreCore } from '../centre-core.js';
import { AdminProblem, type Outcome, ok, refuse } from '../outcomes.js';
import { type Agent, asEmployer, type EmployerRecord } from '../records.js';
import type { Principal } from '../staff.js';

// ---------------------------------------------------------------------------------------------
// Employers and agents (附件1)

export async function registerEmployer(
  c: CentreCore,
  actor: Principal,
  code: string,
  name: string,
  nowMs: number,
): Promise<Outcome<{ code: string }>> {
  return c.write((log) => {
    const existing = asEmployer(c.store.employers.get(code));
    if (existing !== undefined && existing.name === name) return ok({ code });
    const record: EmployerRecord =
      existing === undefined ? { name, agents: [], authorizationVersion: 0, authorizedMs: 0 } : { ...existing, name };
    c.store.employers.putSync(code, record);
    log.append({
      timeMs: nowMs,
      actor: actor.staffId,
      op: existing === undefined ? 'register-employer' : 'rename-employer',
      subject: `employer:${code}`,
      before: {},
      after: { code },
    });
    return ok({ code });
  });
}

/** A new authorization replaces the previous one whole: agents not named lose their rights at once. */
export async function authorizeAgents(
  c: CentreCore,
  actor: Principal,
  code: string,
  agents: Agent[],
  nowMs: number,
): Promise<Outcome<{ code: string; authorizationVersion: number }>> {
  if (agents.length === 0 || agents.length > agentsPerEmployerMax)
    return refuse(AdminProblem.Invalid, `agents: 1 to ${agentsPerEmployerMax}`);
  if (new Set(agents.map((a) => a.idNo)).size !== agents.length)
    return refuse(AdminProblem.Invalid, 'agents: the same ID number twice');
  return c.write((log) => {
    const employer = asEmployer(c.store.employers.get(code));
    if (employer === undefined) return refuse(AdminProblem.NotFound, 'employer not registered');
    const version = employer.authorizationVersion + 1;
    c.store.employers.putSync(code, {
      ...employer,
      agents,
      authorizationVersion: version,
      authorizedMs: nowMs,
    } satisfies EmployerRecord);
    log.append({
      timeMs: nowMs,
      actor: actor.staffId,
      op: 'authorize-agents',
      subject: `employer:${code}`,
      before: { authorizationVersion: employer.authorizationVersion, agents: employer.agents.length },
      after: { authorizationVersion: version, agents: agents.length },
    });
    return ok({ code, authorizationVersion: version });
  });
}
