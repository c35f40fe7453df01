// The card centre's workflows. Imports: member rows, the police register comparison, legacy cards
// (each chunk one transaction). Each change is one write transaction of the centre (centre-core.ts,
// write) with its change-log entry; refusals are values (AdminProblem + detail).

import { genderOfIdNumber } from '../../../protocol/id-number.js';
import {
  cardStatusNames,
  Exclusion,
  Mismatch,
  matchPolice,
  type PoliceRow,
  personalDataLocked,
  Stage,
  stageNames,
} from '../../core/card-rules.js';
import { type CardRecord, CardStatus, Gender, InsuranceStatus, type PersonRecord } from '../../core/model.js';
import { encodeCard, encodePerson } from '../../store/records.js';
import { scanInTurns } from '../../store/store.js';
import { personNoOf } from '../../wire/person-no.js';
import type { CentreCore } from '../centre-core.js';
import { byIdNo, employerMemberKey, memberRowDigest } from '../centre-core.js';
import type { ChangeLog } from '../change-log.js';
import {
  ActorRevoked,
  type ChunkResult,
  type LegacyRow,
  type MemberRow,
  type PoliceImportRow,
  revokedChunk,
} from '../outcomes.js';
import { asEmployer, asMember, type EmployerRecord, type MemberRecord } from '../records.js';
import type { Principal } from '../staff.js';

// ---------------------------------------------------------------------------------------------
// Import (docs/DOMAIN.md section 2, step 1)

/** One chunk of validated member rows, in one transaction. Idempotent: the same row changes nothing. */
export function applyMemberRows(
  c: CentreCore,
  actor: Principal,
  rows: readonly MemberRow[],
  nowMs: number,
): Promise<ChunkResult> {
  return c.write((log) => {
    if (!c.actorActive(actor)) return revokedChunk();
    const result: ChunkResult = { created: 0, updated: 0, unchanged: 0, rejected: [] };
    const employersSeen = new Set<string>();
    /** Roster index keys, written in their own order after the loop (see below). */
    const rosterKeys: string[] = [];
    // In key order: neighbouring rows share B-tree pages, each page is copied once per transaction.
    for (const row of rows.slice().sort(byIdNo)) {
      const digest = memberRowDigest(row);
      const existing = asMember(c.store.members.get(row.idNo));
      if (existing !== undefined && existing.importDigest === digest) {
        result.unchanged++;
        continue;
      }
      if (existing !== undefined) {
        const card = existing.cardNo === '' ? undefined : c.card(existing.cardNo);
        if (personalDataLocked(existing.stage, card?.status ?? 0)) {
          result.rejected.push({
            line: row.line,
            reason: 'personal data locked: submitted for issuance, card not yet issued',
          });
          continue;
        }
      }
      ensureEmployer(c, log, actor, row, employersSeen, nowMs);
      const member = memberRecordOf(row, existing, digest);
      if (existing !== undefined && existing.employerCode !== row.employerCode) {
        c.store.employerMembers.removeSync(employerMemberKey(existing.employerCode, row.idNo));
      }
      c.store.members.putSync(row.idNo, member);
      rosterKeys.push(employerMemberKey(row.employerCode, row.idNo));
      const person = personRecordOf(c, row, existing !== undefined);
      c.store.persons.putSync(row.idNo, encodePerson(person));
      c.store.personNumbers.putSync(personNoOf(row.idNo), row.idNo);
      // No account record is written: a missing personal account reads as zero everywhere (the
      // ledger, pre-settle, Inquire); the first contribution creates it. One random put less per row.
      log.append({
        timeMs: nowMs,
        actor: actor.staffId,
        op: 'import-member',
        subject: row.idNo,
        before: existing === undefined ? {} : { stage: stageNames[existing.stage] },
        after: {
          stage: stageNames[member.stage],
          insuredRegion: row.insuredRegion,
          insuranceType: row.insuranceType,
        },
      });
      if (existing === undefined) result.created++;
      else result.updated++;
    }
    // The roster index is keyed employer first: written in that key order, a chunk's entries for
    // one employer land on neighbouring pages (random order cost a quarter of the import's time).
    rosterKeys.sort();
    for (const key of rosterKeys) c.store.employerMembers.putSync(key, 1);
    return result;
  });
}

/** The row's employer, registered (and logged) the first time a chunk meets an unknown one. */
function ensureEmployer(
  c: CentreCore,
  log: ChangeLog,
  actor: Principal,
  row: MemberRow,
  seen: Set<string>,
  nowMs: number,
): void {
  const employer = seen.has(row.employerCode) ? true : asEmployer(c.store.employers.get(row.employerCode));
  seen.add(row.employerCode);
  if (employer === undefined) {
    c.store.employers.putSync(row.employerCode, {
      name: row.employerName,
      agents: [],
      authorizationVersion: 0,
      authorizedMs: 0,
    } satisfies EmployerRecord);
    log.append({
      timeMs: nowMs,
      actor: actor.staffId,
      op: 'register-employer',
      subject: `employer:${row.employerCode}`,
      before: {},
      after: { code: row.employerCode },
    });
  }
}

/** The member record of an imported row: a member who has a card keeps its issuance state. */
function memberRecordOf(row: MemberRow, existing: MemberRecord | undefined, digest: string): MemberRecord {
  const keepsCard = existing !== undefined && existing.cardNo !== '';
  return {
    name: row.name,
    insuredRegion: row.insuredRegion,
    insuranceType: row.insuranceType,
    scheme: row.scheme,
    employerCode: row.employerCode,
    enrolledRegionCount: row.enrolledRegionCount,
    insuredFromMs: row.insuredFromMs,
    retired: row.retired,
    stage: keepsCard ? existing.stage : Stage.Imported,
    mismatch: keepsCard ? existing.mismatch : Mismatch.None,
    exclusion: keepsCard ? existing.exclusion : Exclusion.None,
    importDigest: digest,
    confirmation: keepsCard ? existing.confirmation : null,
    reviewedBy: keepsCard ? existing.reviewedBy : '',
    cardNo: existing?.cardNo ?? '',
    pickedUpBy: existing?.pickedUpBy ?? '',
    pickedUpMs: existing?.pickedUpMs ?? 0,
    signatureSealed: existing?.signatureSealed ?? '',
    deliveredMs: existing?.deliveredMs ?? 0,
  };
}

/** The person record the decisions read, from an imported row. */
function personRecordOf(c: CentreCore, row: MemberRow, known: boolean): PersonRecord {
  return {
    idNo: row.idNo,
    name: row.name,
    gender: genderOfIdNumber(row.idNo) === 1 ? Gender.Male : Gender.Female,
    insuredRegion: row.insuredRegion,
    insuranceType: row.insuranceType,
    insuranceStatus: InsuranceStatus.Normal,
    insuredFromMs: row.insuredFromMs,
    insuredToMs: 0,
    retired: row.retired,
    duplicateEnrolment: row.enrolledRegionCount >= 2,
    // Set by the police comparison (household registration); kept across re-imports.
    ningboHousehold: !known ? false : (c.personOf(row.idNo)?.ningboHousehold ?? false),
  };
}

/** Police register rows: compare each with its member (step 1). Unknown people are rejected rows. */
export function applyPoliceRows(
  c: CentreCore,
  actor: Principal,
  rows: readonly PoliceImportRow[],
  nowMs: number,
): Promise<ChunkResult> {
  const isNingbo = c.ningboTest(nowMs);
  return c.write((log) => {
    if (!c.actorActive(actor)) return revokedChunk();
    const result: ChunkResult = { created: 0, updated: 0, unchanged: 0, rejected: [] };
    for (const row of rows) {
      const member = asMember(c.store.members.get(row.idNo));
      if (member === undefined) {
        result.rejected.push({ line: row.line, reason: 'not a member (import member data first)' });
        continue;
      }
      if (!applyMatch(c, actor, log, row.idNo, member, row, isNingbo, nowMs)) result.unchanged++;
      else result.updated++;
    }
    return result;
  });
}

/**
 * After a police import: members still only imported were not in the extract (or are excluded).
 * Runs in bounded transactions; resolves with how many were marked.
 */
export async function finishPoliceMatch(
  c: CentreCore,
  actor: Principal,
  seen: ReadonlySet<string>,
  nowMs: number,
): Promise<number> {
  const isNingbo = c.ningboTest(nowMs);
  const pending: string[] = [];
  await scanInTurns(c.store.members, (key, value) => {
    const member = asMember(value);
    if (member !== undefined && member.stage === Stage.Imported && !seen.has(key)) pending.push(key);
  });
  let marked = 0;
  for (let i = 0; i < pending.length; i += 2_000) {
    const chunk = pending.slice(i, i + 2_000);
    const step = await c.write((log) => {
      if (!c.actorActive(actor)) return -1;
      let n = 0;
      for (const idNo of chunk) {
        const member = asMember(c.store.members.get(idNo));
        if (
          member !== undefined &&
          member.stage === Stage.Imported &&
          applyMatch(c, actor, log, idNo, member, undefined, isNingbo, nowMs)
        )
          n++;
      }
      return n;
    });
    if (step < 0) throw new ActorRevoked();
    marked += step;
  }
  return marked;
}

function applyMatch(
  c: CentreCore,
  actor: Principal,
  log: ChangeLog,
  idNo: string,
  member: MemberRecord,
  police: PoliceRow | undefined,
  isNingbo: (code: string) => boolean,
  nowMs: number,
): boolean {
  // Only applications not yet submitted are (re)compared: a submitted form is the person's word.
  if (
    member.stage !== Stage.Imported &&
    member.stage !== Stage.Matched &&
    member.stage !== Stage.Mismatch &&
    member.stage !== Stage.Excluded
  )
    return false;
  const match = matchPolice(member, police, isNingbo);
  if (match.stage === member.stage && match.mismatch === member.mismatch && match.exclusion === member.exclusion)
    return false;
  c.store.members.putSync(idNo, { ...member, ...match } satisfies MemberRecord);
  const person = c.personOf(idNo);
  const household = police !== undefined && isNingbo(police.householdRegion);
  if (person !== undefined && person.ningboHousehold !== household) {
    c.store.persons.putSync(idNo, encodePerson({ ...person, ningboHousehold: household }));
  }
  log.append({
    timeMs: nowMs,
    actor: actor.staffId,
    op: 'police-match',
    subject: idNo,
    before: { stage: stageNames[member.stage] },
    after: { stage: stageNames[match.stage], mismatch: match.mismatch, exclusion: match.exclusion },
  });
  return true;
}

/** Legacy magnetic and county IC cards (dual-card transition): registered as issued to their holder. */
export function applyLegacyRows(
  c: CentreCore,
  actor: Principal,
  rows: readonly LegacyRow[],
  nowMs: number,
): Promise<ChunkResult> {
  return c.write((log) => {
    if (!c.actorActive(actor)) return revokedChunk();
    const result: ChunkResult = { created: 0, updated: 0, unchanged: 0, rejected: [] };
    for (const row of rows) {
      if (c.store.persons.getBinary(row.idNo) === undefined) {
        result.rejected.push({ line: row.line, reason: 'holder is not a known person' });
        continue;
      }
      const existing = c.card(row.cardNo);
      if (existing !== undefined) {
        if (existing.kind === row.kind && existing.holderIdNo === row.idNo) result.unchanged++;
        else result.rejected.push({ line: row.line, reason: 'card number already registered to another card' });
        continue;
      }
      const card: CardRecord = {
        cardNo: row.cardNo,
        cardSn: '',
        holderIdNo: row.idNo,
        kind: row.kind,
        status: CardStatus.Issued,
        statusSinceMs: nowMs,
        bank: 0,
        bankActive: false,
        changeSeq: log.nextSequence,
      };
      c.store.cards.putSync(row.cardNo, encodeCard(card));
      log.append({
        timeMs: nowMs,
        actor: actor.staffId,
        op: 'import-legacy-card',
        subject: row.cardNo,
        before: {},
        after: { kind: row.kind, status: cardStatusNames[card.status] },
      });
      result.created++;
    }
    return result;
  });
}
