// The card centre's workflows. Persons: region transfer and duplicate enrolments resolved. Each
// change is one write transaction of the centre (centre-core.ts, write) with its change-log entry;
// refusals are values (AdminProblem + detail).

import { Exclusion, Stage, stageNames } from '../../core/card-rules.js';
import { encodePerson } from '../../store/records.js';
import type { CentreCore } from '../centre-core.js';
import { AdminProblem, type Outcome, ok, refuse } from '../outcomes.js';
import { asMember, type MemberRecord } from '../records.js';
import type { Principal } from '../staff.js';

// ---------------------------------------------------------------------------------------------
// Person operations

/** Region transfer: the person keeps the card; the insured region is rewritten (卡内数据写入). */
export async function transferRegion(
  c: CentreCore,
  actor: Principal,
  idNo: string,
  region: string,
  nowMs: number,
): Promise<Outcome<{ insuredRegion: string }>> {
  const isNingbo = c.ningboTest(nowMs);
  if (!isNingbo(region)) return refuse(AdminProblem.Invalid, "region: not one of Ningbo's insured regions");
  return c.write((log) => {
    const person = c.personOf(idNo);
    if (person === undefined) return refuse(AdminProblem.NotFound, 'no such person');
    if (person.insuredRegion === region) return refuse(AdminProblem.Conflict, 'already insured in this region');
    c.store.persons.putSync(idNo, encodePerson({ ...person, insuredRegion: region }));
    const member = asMember(c.store.members.get(idNo));
    if (member !== undefined)
      c.store.members.putSync(idNo, { ...member, insuredRegion: region } satisfies MemberRecord);
    log.append({
      timeMs: nowMs,
      actor: actor.staffId,
      op: 'transfer-region',
      subject: idNo,
      before: { insuredRegion: person.insuredRegion },
      after: { insuredRegion: region },
    });
    return ok({ insuredRegion: region });
  });
}

/** A duplicate enrolment resolved: one enrolment dropped, the person may hold and use a card. */
export async function resolveDuplicate(
  c: CentreCore,
  actor: Principal,
  idNo: string,
  nowMs: number,
): Promise<Outcome<{ stage: string }>> {
  return c.write((log) => {
    const person = c.personOf(idNo);
    if (person === undefined) return refuse(AdminProblem.NotFound, 'no such person');
    if (!person.duplicateEnrolment) return refuse(AdminProblem.Conflict, 'no unresolved duplicate enrolment');
    c.store.persons.putSync(idNo, encodePerson({ ...person, duplicateEnrolment: false }));
    const member = asMember(c.store.members.get(idNo));
    let stage = '';
    if (member !== undefined) {
      const reopened = member.exclusion === Exclusion.DuplicateEnrolment;
      const next: MemberRecord = {
        ...member,
        enrolledRegionCount: 1,
        ...(reopened ? { stage: Stage.Imported, exclusion: Exclusion.None } : {}),
      };
      c.store.members.putSync(idNo, next);
      stage = stageNames[next.stage];
    }
    log.append({
      timeMs: nowMs,
      actor: actor.staffId,
      op: 'resolve-duplicate',
      subject: idNo,
      before: { duplicateEnrolment: true },
      after: { duplicateEnrolment: false },
    });
    return ok({ stage });
  });
}
