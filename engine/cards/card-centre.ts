// The card centre: issuance pipeline and card status operations (docs/DOMAIN.md sections 2 and 4) over
// the engine's LMDB store. Every change is one write transaction that also appends to the change log
// (and to the hot list when a card stops or starts settling), and is acknowledged only once flushed:
// the very next swipe, on any worker, reads the committed state. Writes are serialized here; LMDB
// serializes them with the ledger's. Refusals are values (AdminProblem + detail), never thrown.

import { randomInt } from 'node:crypto';
import { xxh3 } from '@node-rs/xxhash';
import { genderOfIdNumber } from '../../protocol/id-number.js';
import { sealKey } from '../auth/seal.js';
import { assert } from '../core/assert.js';
import {
  agentsPerEmployerMax,
  type CancelReason,
  CardOp,
  cardOpNames,
  cardStatusNames,
  cardTransition,
  confirmationRefusal,
  Exclusion,
  expiryOfHotEntry,
  HotEffect,
  Mismatch,
  matchPolice,
  type PoliceRow,
  personalDataLocked,
  returnDue,
  reviewRefusal,
  Stage,
  stageNames,
} from '../core/card-rules.js';
import { limits } from '../core/limits.js';
import {
  CardKind,
  type CardRecord,
  CardStatus,
  Gender,
  HotReason,
  InsuranceStatus,
  type PersonRecord,
} from '../core/model.js';
import type { DecisionSettings } from '../core/settings.js';
import { endProcess } from '../runtime/fatal.js';
import { fault } from '../runtime/faults.js';
import type { LmdbReadView } from '../store/read-view.js';
import { decodeCard, decodePerson, encodeCard, encodeHotEntry, encodePerson } from '../store/records.js';
import { absorbCommitError, hotListKey, type Store, scanInTurns } from '../store/store.js';
import { mayDo } from './access.js';
import { type AuditOptions, AuditTrail, defaultAuditOptions } from './audit-trail.js';
import {
  type Agent,
  asBatch,
  asEmployer,
  asMember,
  asReview,
  asStaff,
  type BatchRecord,
  type Confirmation,
  type ConfirmationInput,
  type EmployerRecord,
  type HotChange,
  type MemberRecord,
  ReviewKind,
  type ReviewRecord,
  Role,
  type StaffRecord,
} from './records.js';
import { agentMayAct, newToken, type Principal, staffRecord, tokenKey } from './staff.js';
import { StaffLogin } from './staff-login.js';

export * from './outcomes.js';

import {
  ActorRevoked,
  AdminProblem,
  type CardView,
  type ChunkResult,
  type LegacyRow,
  type MemberRow,
  type Outcome,
  ok,
  type PoliceImportRow,
  refuse,
  revokedChunk,
  StoreUnavailable,
} from './outcomes.js';

export type { ConfirmationInput } from './records.js';

const cardLetters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const cardSnHex = '0123456789ABCDEF';

import { ChangeLog, changeLogTagKey, subjectTagOf } from './change-log.js';

export { changeLogTagKey, subjectTagOf } from './change-log.js';

export interface CardCentreOptions {
  masterKey: Buffer;
  settings: DecisionSettings;
  /** Staff token lifetime. */
  tokenTtlMs: number;
  /** The audit trail's bounds (defaults from limits.ts; tests make them small). */
  audit?: AuditOptions;
  /** Called when a transaction callback throws: never commit half a change. */
  fatal?: (error: unknown) => never;
}

export class CardCentre {
  private tail: Promise<unknown> = Promise.resolve();
  /** Refused accesses (audit-trail.ts). */
  readonly auditTrail: AuditTrail;
  private readonly tagKey: Buffer;
  /** Login checks and their back-off (in memory: a restart forgets it, docs/RELIABILITY.md). */
  readonly logins: StaffLogin;

  constructor(
    readonly store: Store,
    private readonly view: LmdbReadView,
    private readonly options: CardCentreOptions,
  ) {
    this.tagKey = changeLogTagKey(options.masterKey);
    this.logins = new StaffLogin(store);
    this.auditTrail = new AuditTrail(store, options.audit ?? defaultAuditOptions);
  }

  /** The change log's last sequence (0: empty). */
  get sequence(): number {
    for (const key of this.store.changes.getKeys({ reverse: true, limit: 1 })) return key as number;
    return 0;
  }

  /** HMAC tag of a subject as the change log records it (to find a person's or card's changes). */
  subjectTag(subject: string): string {
    return subjectTagOf(this.tagKey, subject);
  }

  /**
   * Runs fn inside one write transaction (after every earlier card-centre write) and resolves once
   * the transaction is durable: lmdb-js's transactionSync (default flags) flushes to disk before it
   * returns. (Awaiting `env.flushed` here instead hung for ever after a failed asynchronous commit:
   * lmdb-js never settles that flush promise when the commit fails.) fn decides from what it reads
   * in the transaction; a refusal writes nothing. A throw inside fn is a broken invariant: the
   * process exits before the commit. A failed commit throws StoreUnavailable (503 S01).
   */
  write<T>(fn: (log: ChangeLog) => T): Promise<T> {
    const run = async (): Promise<T> => {
      let result: T | undefined;
      let done = false;
      try {
        this.store.env.transactionSync(() => {
          try {
            result = fn(new ChangeLog(this.store, this.tagKey, this.options.masterKey));
            fault('cards'); // test hook: after the change's writes, before the commit
            done = true;
          } catch (error) {
            (this.options.fatal ?? ((e: unknown) => endProcess('card centre', e)))(error);
          }
        });
      } catch (error) {
        // The commit or its flush failed (disk full, read-only file system): nothing of it happened.
        absorbCommitError(error);
        throw new StoreUnavailable(error);
      }
      assert(done, 'card-centre transaction ran');
      return result as T;
    };
    const next = this.tail.then(run, run);
    this.tail = next.catch(() => undefined);
    return next;
  }

  // ---------------------------------------------------------------------------------------------
  // Staff

  async createStaff(
    actor: Principal,
    staffId: string,
    role: Role,
    secret: string,
    employerCode: string,
    agentIdNo: string,
    nowMs: number,
  ): Promise<Outcome<{ staffId: string }>> {
    const record = await staffRecord(role, secret, nowMs, employerCode, agentIdNo);
    return this.write((log) => {
      if (this.store.staff.get(staffId) !== undefined) return refuse(AdminProblem.Conflict, 'staff id already exists');
      if (role === Role.Agent && this.store.employers.get(employerCode) === undefined)
        return refuse(AdminProblem.NotFound, 'employer not registered');
      this.store.staff.putSync(staffId, record);
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

  async disableStaff(actor: Principal, staffId: string, nowMs: number): Promise<Outcome<{ staffId: string }>> {
    return this.write((log) => {
      const staff = asStaff(this.store.staff.get(staffId));
      if (staff === undefined) return refuse(AdminProblem.NotFound, 'no such staff id');
      if (staff.disabled) return refuse(AdminProblem.Conflict, 'already disabled');
      this.store.staff.putSync(staffId, { ...staff, disabled: true } satisfies StaffRecord);
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
  async login(
    staffId: string,
    secret: string,
    source: string,
    nowMs: number,
  ): Promise<
    | { kind: 'ok'; token: string; expiresMs: number; role: Role }
    | { kind: 'wrong' }
    | { kind: 'throttled'; retryAfterMs: number }
  > {
    const checked = await this.logins.check(staffId, secret, source, nowMs);
    if (checked.kind !== 'ok') return checked;
    const token = newToken();
    const expiresMs = nowMs + this.options.tokenTtlMs;
    await this.write(() => {
      this.store.staffTokens.putSync(tokenKey(token), { staffId, expiresMs });
      // Expired tokens are dropped as new ones are issued (bounded work per login).
      let dropped = 0;
      for (const { key, value } of this.store.staffTokens.getRange({ limit: 256 })) {
        if ((value as { expiresMs: number }).expiresMs <= nowMs) {
          this.store.staffTokens.removeSync(key);
          if (++dropped >= 32) break;
        }
      }
    });
    return { kind: 'ok', token, expiresMs, role: checked.role };
  }

  /** An admin lifts an account's login back-off; recorded in the change log. */
  async unlockStaff(
    actor: Principal,
    staffId: string,
    nowMs: number,
  ): Promise<Outcome<{ staffId: string; failures: number }>> {
    if (this.store.staff.get(staffId) === undefined) return refuse(AdminProblem.NotFound, 'no such staff id');
    const failures = this.logins.failures(staffId, nowMs);
    return this.write((log) => {
      this.logins.unlock(staffId);
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

  // ---------------------------------------------------------------------------------------------
  // Employers and agents (附件1)

  async registerEmployer(
    actor: Principal,
    code: string,
    name: string,
    nowMs: number,
  ): Promise<Outcome<{ code: string }>> {
    return this.write((log) => {
      const existing = asEmployer(this.store.employers.get(code));
      if (existing !== undefined && existing.name === name) return ok({ code });
      const record: EmployerRecord =
        existing === undefined ? { name, agents: [], authorizationVersion: 0, authorizedMs: 0 } : { ...existing, name };
      this.store.employers.putSync(code, record);
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
  async authorizeAgents(
    actor: Principal,
    code: string,
    agents: Agent[],
    nowMs: number,
  ): Promise<Outcome<{ code: string; authorizationVersion: number }>> {
    if (agents.length === 0 || agents.length > agentsPerEmployerMax)
      return refuse(AdminProblem.Invalid, `agents: 1 to ${agentsPerEmployerMax}`);
    if (new Set(agents.map((a) => a.idNo)).size !== agents.length)
      return refuse(AdminProblem.Invalid, 'agents: the same ID number twice');
    return this.write((log) => {
      const employer = asEmployer(this.store.employers.get(code));
      if (employer === undefined) return refuse(AdminProblem.NotFound, 'employer not registered');
      const version = employer.authorizationVersion + 1;
      this.store.employers.putSync(code, {
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

  employer(code: string): EmployerRecord | undefined {
    return asEmployer(this.store.employers.get(code));
  }

  member(idNo: string): MemberRecord | undefined {
    return asMember(this.store.members.get(idNo));
  }

  card(cardNo: string): CardRecord | undefined {
    const buf = this.store.cards.getBinary(cardNo);
    return buf === undefined ? undefined : decodeCard(cardNo, buf);
  }

  /**
   * Whether the staff member behind a principal still holds what they held when the long operation
   * began (checked inside each chunk's write transaction: a disable takes effect at the next chunk).
   */
  actorActive(principal: Principal): boolean {
    const staff = asStaff(this.store.staff.get(principal.staffId));
    if (staff === undefined || staff.disabled || staff.role !== principal.role) return false;
    return principal.role !== Role.Agent || agentMayAct(this.store, principal, principal.employerCode);
  }

  /** Whether principal may act on (or see) what belongs to employerCode. */
  mayActFor(principal: Principal, employerCode: string): boolean {
    if (principal.role === Role.Agent) return agentMayAct(this.store, principal, employerCode);
    return principal.role === Role.Operator || principal.role === Role.Reviewer || principal.role === Role.Auditor;
  }

  // ---------------------------------------------------------------------------------------------
  // Import (docs/DOMAIN.md section 2, step 1)

  /** One chunk of validated member rows, in one transaction. Idempotent: the same row changes nothing. */
  applyMemberRows(actor: Principal, rows: readonly MemberRow[], nowMs: number): Promise<ChunkResult> {
    return this.write((log) => {
      if (!this.actorActive(actor)) return revokedChunk();
      const result: ChunkResult = { created: 0, updated: 0, unchanged: 0, rejected: [] };
      const employersSeen = new Set<string>();
      /** Roster index keys, written in their own order after the loop (see below). */
      const rosterKeys: string[] = [];
      // In key order: neighbouring rows share B-tree pages, each page is copied once per transaction.
      for (const row of rows.slice().sort(byIdNo)) {
        const digest = memberRowDigest(row);
        const existing = asMember(this.store.members.get(row.idNo));
        if (existing !== undefined && existing.importDigest === digest) {
          result.unchanged++;
          continue;
        }
        if (existing !== undefined) {
          const card = existing.cardNo === '' ? undefined : this.card(existing.cardNo);
          if (personalDataLocked(existing.stage, card?.status ?? 0)) {
            result.rejected.push({
              line: row.line,
              reason: 'personal data locked: submitted for issuance, card not yet issued',
            });
            continue;
          }
        }
        const employer = employersSeen.has(row.employerCode)
          ? true
          : asEmployer(this.store.employers.get(row.employerCode));
        employersSeen.add(row.employerCode);
        if (employer === undefined) {
          this.store.employers.putSync(row.employerCode, {
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
        const keepsCard = existing !== undefined && existing.cardNo !== '';
        const member: MemberRecord = {
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
        if (existing !== undefined && existing.employerCode !== row.employerCode) {
          this.store.employerMembers.removeSync(employerMemberKey(existing.employerCode, row.idNo));
        }
        this.store.members.putSync(row.idNo, member);
        rosterKeys.push(employerMemberKey(row.employerCode, row.idNo));
        const person: PersonRecord = {
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
          ningboHousehold: existing === undefined ? false : (this.personOf(row.idNo)?.ningboHousehold ?? false),
        };
        this.store.persons.putSync(row.idNo, encodePerson(person));
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
      for (const key of rosterKeys) this.store.employerMembers.putSync(key, 1);
      return result;
    });
  }

  personOf(idNo: string): PersonRecord | undefined {
    const buf = this.store.persons.getBinary(idNo);
    return buf === undefined ? undefined : decodePerson(idNo, buf);
  }

  /** Police register rows: compare each with its member (step 1). Unknown people are rejected rows. */
  applyPoliceRows(actor: Principal, rows: readonly PoliceImportRow[], nowMs: number): Promise<ChunkResult> {
    const isNingbo = this.ningboTest(nowMs);
    return this.write((log) => {
      if (!this.actorActive(actor)) return revokedChunk();
      const result: ChunkResult = { created: 0, updated: 0, unchanged: 0, rejected: [] };
      for (const row of rows) {
        const member = asMember(this.store.members.get(row.idNo));
        if (member === undefined) {
          result.rejected.push({ line: row.line, reason: 'not a member (import member data first)' });
          continue;
        }
        if (!this.applyMatch(actor, log, row.idNo, member, row, isNingbo, nowMs)) result.unchanged++;
        else result.updated++;
      }
      return result;
    });
  }

  /**
   * After a police import: members still only imported were not in the extract (or are excluded).
   * Runs in bounded transactions; resolves with how many were marked.
   */
  async finishPoliceMatch(actor: Principal, seen: ReadonlySet<string>, nowMs: number): Promise<number> {
    const isNingbo = this.ningboTest(nowMs);
    const pending: string[] = [];
    await scanInTurns(this.store.members, (key, value) => {
      const member = asMember(value);
      if (member !== undefined && member.stage === Stage.Imported && !seen.has(key)) pending.push(key);
    });
    let marked = 0;
    for (let i = 0; i < pending.length; i += 2_000) {
      const chunk = pending.slice(i, i + 2_000);
      const step = await this.write((log) => {
        if (!this.actorActive(actor)) return -1;
        let n = 0;
        for (const idNo of chunk) {
          const member = asMember(this.store.members.get(idNo));
          if (
            member !== undefined &&
            member.stage === Stage.Imported &&
            this.applyMatch(actor, log, idNo, member, undefined, isNingbo, nowMs)
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

  private applyMatch(
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
    this.store.members.putSync(idNo, { ...member, ...match } satisfies MemberRecord);
    const person = this.personOf(idNo);
    const household = police !== undefined && isNingbo(police.householdRegion);
    if (person !== undefined && person.ningboHousehold !== household) {
      this.store.persons.putSync(idNo, encodePerson({ ...person, ningboHousehold: household }));
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

  /**
   * The insured region (one of Ningbo's six) of a division code as of nowMs, or undefined for codes
   * outside Ningbo's pool (import rows, region transfers, the police household check).
   */
  insuredRegionResolver(nowMs: number): (code: string) => string | undefined {
    this.view.refresh();
    const ningboPool = this.view.region('330200', nowMs)?.poolCode;
    return (code: string) => {
      const row = this.view.region(code, nowMs);
      return ningboPool !== undefined && row?.poolCode === ningboPool ? row.insuredRegion : undefined;
    };
  }

  private ningboTest(nowMs: number): (code: string) => boolean {
    const resolve = this.insuredRegionResolver(nowMs);
    return (code: string) => resolve(code) !== undefined;
  }

  /** Legacy magnetic and county IC cards (dual-card transition): registered as issued to their holder. */
  applyLegacyRows(actor: Principal, rows: readonly LegacyRow[], nowMs: number): Promise<ChunkResult> {
    return this.write((log) => {
      if (!this.actorActive(actor)) return revokedChunk();
      const result: ChunkResult = { created: 0, updated: 0, unchanged: 0, rejected: [] };
      for (const row of rows) {
        if (this.store.persons.getBinary(row.idNo) === undefined) {
          result.rejected.push({ line: row.line, reason: 'holder is not a known person' });
          continue;
        }
        const existing = this.card(row.cardNo);
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
        this.store.cards.putSync(row.cardNo, encodeCard(card));
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

  // ---------------------------------------------------------------------------------------------
  // Confirmation and review (steps 3 and 5)

  /** One person's confirmation form, entered by an operator or the employer's agent (the maker). */
  async confirm(
    actor: Principal,
    idNo: string,
    input: ConfirmationInput,
    nowMs: number,
  ): Promise<Outcome<{ stage: string }>> {
    return this.write((log) => {
      const member = asMember(this.store.members.get(idNo));
      // Scope first: to an agent, a person of another employer and no person at all look alike.
      if (!this.mayActFor(actor, member?.employerCode ?? ''))
        return refuse(AdminProblem.Forbidden, "not an agent of this person's employer");
      if (member === undefined) return refuse(AdminProblem.NotFound, 'no application for this person');
      const card = member.cardNo === '' ? undefined : this.card(member.cardNo);
      if (personalDataLocked(member.stage, card?.status ?? 0))
        return refuse(AdminProblem.Locked, 'already submitted: personal data is locked until the card is issued');
      const why = confirmationRefusal(member.stage, member.mismatch, input.correctedName.length > 0);
      if (why !== '') return refuse(AdminProblem.Conflict, why);
      const confirmation: Confirmation = { ...input, enteredBy: actor.staffId, enteredMs: nowMs };
      this.store.members.putSync(idNo, { ...member, stage: Stage.Submitted, confirmation } satisfies MemberRecord);
      log.append({
        timeMs: nowMs,
        actor: actor.staffId,
        op: 'enter-confirmation',
        subject: idNo,
        before: { stage: stageNames[member.stage] },
        after: { stage: stageNames[Stage.Submitted], bank: input.bank, corrected: input.correctedName.length > 0 },
      });
      return ok({ stage: stageNames[Stage.Submitted] });
    });
  }

  /**
   * Maker-checker: a different staff member approves (the card is generated: random number, new
   * card_sn) or rejects (the application goes back to be entered again).
   */
  async review(
    actor: Principal,
    idNo: string,
    approve: boolean,
    nowMs: number,
  ): Promise<Outcome<{ stage: string; cardNo: string }>> {
    return this.write((log) => {
      const member = asMember(this.store.members.get(idNo));
      if (member === undefined) return refuse(AdminProblem.NotFound, 'no application for this person');
      if (member.stage !== Stage.Submitted || member.confirmation === null)
        return refuse(AdminProblem.Conflict, `application is ${stageNames[member.stage]}, not submitted`);
      const same = reviewRefusal(member.confirmation.enteredBy, actor.staffId);
      if (same !== '') return refuse(AdminProblem.SameReviewer, same);
      if (!approve) {
        const back = member.mismatch === Mismatch.NotInRegister ? Stage.Mismatch : Stage.Matched;
        this.store.members.putSync(idNo, { ...member, stage: back, confirmation: null } satisfies MemberRecord);
        log.append({
          timeMs: nowMs,
          actor: actor.staffId,
          op: 'reject-entry',
          subject: idNo,
          before: { stage: stageNames[member.stage] },
          after: { stage: stageNames[back] },
        });
        return ok({ stage: stageNames[back], cardNo: '' });
      }
      const cardNo = this.newCardNumber();
      const card: CardRecord = {
        cardNo,
        cardSn: newCardSn(),
        holderIdNo: idNo,
        kind: CardKind.Ssc,
        status: CardStatus.Generated,
        statusSinceMs: nowMs,
        bank: member.confirmation.bank,
        bankActive: false,
        changeSeq: 0,
      };
      this.store.cards.putSync(cardNo, encodeCard(card));
      if (member.confirmation.correctedName !== '') {
        const person = this.personOf(idNo);
        if (person !== undefined)
          this.store.persons.putSync(idNo, encodePerson({ ...person, name: member.confirmation.correctedName }));
      }
      this.store.members.putSync(idNo, {
        ...member,
        stage: Stage.Final,
        reviewedBy: actor.staffId,
        cardNo,
        name: member.confirmation.correctedName === '' ? member.name : member.confirmation.correctedName,
      } satisfies MemberRecord);
      log.append({
        timeMs: nowMs,
        actor: actor.staffId,
        op: 'approve-entry',
        subject: idNo,
        before: { stage: stageNames[member.stage] },
        after: { stage: stageNames[Stage.Final], card: cardStatusNames[CardStatus.Generated] },
      });
      return ok({ stage: stageNames[Stage.Final], cardNo });
    });
  }

  /** A random card number not yet used (letter + 8 digits; ~2.6e9 numbers). */
  private newCardNumber(): string {
    for (let attempt = 0; attempt < 64; attempt++) {
      const cardNo = cardLetters[randomInt(26)]! + String(randomInt(100_000_000)).padStart(8, '0');
      if (this.store.cards.getBinary(cardNo) === undefined) return cardNo;
    }
    throw new Error('assertion: card number space exhausted');
  }

  // ---------------------------------------------------------------------------------------------
  // Production, arrival, pickup, delivery, return (steps 6-8)

  /** A production batch of generated cards (new issues and replacements), optionally one employer's. */
  async createBatch(
    actor: Principal,
    employerCode: string,
    cardsMax: number,
    nowMs: number,
  ): Promise<Outcome<{ batchId: string; cards: number }>> {
    // All employers: the generated cards are found by a scan outside the write transaction (in
    // event-loop turns), then each is checked again inside it.
    const candidates: string[] = [];
    if (employerCode === '') {
      await scanInTurns(this.store.cards, (key, value) => {
        if (decodeCard(key, value as Buffer).status === CardStatus.Generated) candidates.push(key);
        return candidates.length < cardsMax;
      });
    }
    return this.write((log) => {
      const cardNos: string[] = [];
      if (employerCode !== '') {
        if (this.store.employers.get(employerCode) === undefined)
          return refuse(AdminProblem.NotFound, 'employer not registered');
        for (const key of this.store.employerMembers.getKeys({ start: employerCode + ':', end: employerCode + ';' })) {
          const member = asMember(this.store.members.get((key as string).slice(employerCode.length + 1)));
          if (member === undefined || member.cardNo === '') continue;
          const card = this.card(member.cardNo);
          if (card !== undefined && card.status === CardStatus.Generated) cardNos.push(card.cardNo);
          if (cardNos.length >= cardsMax) break;
        }
      } else {
        for (const cardNo of candidates) if (this.card(cardNo)?.status === CardStatus.Generated) cardNos.push(cardNo);
      }
      if (cardNos.length === 0) return refuse(AdminProblem.Conflict, 'no generated cards waiting for production');
      const batchId = `B${String(nowMs)}${String(randomInt(1000)).padStart(3, '0')}`;
      for (const cardNo of cardNos) this.cardStep(log, actor.staffId, this.card(cardNo)!, CardOp.Produce, nowMs);
      const batch: BatchRecord = {
        createdMs: nowMs,
        createdBy: actor.staffId,
        employerCode,
        cardNos,
        arrivalMs: 0,
        pickups: {},
      };
      this.store.batches.putSync(batchId, batch);
      log.append({
        timeMs: nowMs,
        actor: actor.staffId,
        op: 'create-batch',
        subject: `batch:${batchId}`,
        before: {},
        after: { batchId, cards: cardNos.length },
      });
      return ok({ batchId, cards: cardNos.length });
    });
  }

  async recordArrival(
    actor: Principal,
    batchId: string,
    nowMs: number,
  ): Promise<Outcome<{ batchId: string; cards: number }>> {
    return this.write((log) => {
      const batch = asBatch(this.store.batches.get(batchId));
      if (batch === undefined) return refuse(AdminProblem.NotFound, 'no such batch');
      if (batch.arrivalMs !== 0) return refuse(AdminProblem.Conflict, 'batch already arrived');
      let cards = 0;
      for (const cardNo of batch.cardNos) {
        const card = this.card(cardNo);
        if (card !== undefined && card.status === CardStatus.InProduction) {
          this.cardStep(log, actor.staffId, card, CardOp.Arrive, nowMs);
          cards++;
        }
      }
      this.store.batches.putSync(batchId, { ...batch, arrivalMs: nowMs } satisfies BatchRecord);
      log.append({
        timeMs: nowMs,
        actor: actor.staffId,
        op: 'batch-arrival',
        subject: `batch:${batchId}`,
        before: { arrived: false },
        after: { arrived: true, cards },
      });
      return ok({ batchId, cards });
    });
  }

  /** A named agent collects their employer's cards of an arrived batch; the agent is recorded. */
  async pickup(actor: Principal, batchId: string, nowMs: number): Promise<Outcome<{ batchId: string; cards: number }>> {
    return this.write((log) => {
      if (!mayDo(actor.role, 'batch.pickup'))
        return refuse(AdminProblem.Forbidden, "only an employer's named agent collects cards");
      if (!agentMayAct(this.store, actor, actor.employerCode))
        return refuse(AdminProblem.Forbidden, "not named on the employer's current authorization");
      const batch = asBatch(this.store.batches.get(batchId));
      if (batch === undefined) return refuse(AdminProblem.NotFound, 'no such batch');
      if (batch.arrivalMs === 0) return refuse(AdminProblem.Conflict, 'batch has not arrived');
      if (batch.pickups[actor.employerCode] !== undefined) return refuse(AdminProblem.Conflict, 'already collected');
      let cards = 0;
      for (const cardNo of batch.cardNos) {
        const card = this.card(cardNo);
        if (card === undefined || card.status !== CardStatus.AwaitingPickup) continue;
        const member = asMember(this.store.members.get(card.holderIdNo));
        if (member === undefined || member.employerCode !== actor.employerCode) continue;
        this.store.members.putSync(card.holderIdNo, {
          ...member,
          pickedUpBy: actor.staffId,
          pickedUpMs: nowMs,
        } satisfies MemberRecord);
        log.append({
          timeMs: nowMs,
          actor: actor.staffId,
          op: 'pickup',
          subject: cardNo,
          before: { pickedUp: false },
          after: { pickedUp: true, agentTag: this.subjectTag(actor.agentIdNo) },
        });
        cards++;
      }
      if (cards === 0) return refuse(AdminProblem.Conflict, 'no cards of this employer await pickup in the batch');
      this.store.batches.putSync(batchId, {
        ...batch,
        pickups: { ...batch.pickups, [actor.employerCode]: actor.staffId },
      } satisfies BatchRecord);
      return ok({ batchId, cards });
    });
  }

  /**
   * Delivery to the person, who signs: by the agent who collected the card, or by an operator at
   * the centre (cards never collected, returned cards). The card becomes usable.
   */
  async deliver(actor: Principal, cardNo: string, signature: string, nowMs: number): Promise<Outcome<CardView>> {
    const signatureSealed = sealKey(this.options.masterKey, Buffer.from(signature, 'utf8')).toString('base64');
    return this.write((log) => {
      const card = this.card(cardNo);
      const member = card === undefined ? undefined : asMember(this.store.members.get(card.holderIdNo));
      // Scope first: to an agent, another employer's card and no card at all look alike.
      if (actor.role === Role.Agent && (member === undefined || !agentMayAct(this.store, actor, member.employerCode)))
        return refuse(AdminProblem.Forbidden, "not an agent of the holder's employer");
      if (card === undefined) return refuse(AdminProblem.NotFound, 'no such card');
      if (actor.role === Role.Agent) {
        if (member?.pickedUpBy === '') return refuse(AdminProblem.Conflict, 'card has not been collected by an agent');
      } else if (!mayDo(actor.role, 'card.deliver'))
        return refuse(AdminProblem.Forbidden, 'operators and agents deliver cards');
      const step = cardTransition(card, CardOp.Deliver, nowMs, this.options.settings);
      if (step.refusal !== '') return refuse(AdminProblem.Conflict, step.refusal);
      const seq = this.cardStep(log, actor.staffId, card, CardOp.Deliver, nowMs);
      if (member !== undefined)
        this.store.members.putSync(card.holderIdNo, {
          ...member,
          signatureSealed,
          deliveredMs: nowMs,
        } satisfies MemberRecord);
      return ok(cardView({ ...card, status: step.status, statusSinceMs: nowMs }, seq));
    });
  }

  /**
   * The scheduled sweep: cards still undelivered six months after arrival go back to the centre
   * (status returned: they do not settle) and enter the returned-cards register.
   */
  async sweepReturns(actor: Principal, nowMs: number): Promise<{ returned: string[]; lapsed: number }> {
    const due: string[] = [];
    const lapsedDue: string[] = [];
    const ttlMs = this.options.settings.tempLossTtlMs;
    // docs/DOMAIN.md section 2, step 8: the six months run from the agent's pickup (领取后6个月内发放), not
    // from the arrival at the centre. A card no agent collected is still at the centre: it is never
    // "returned"; an operator delivers it there (deliver) when the person comes.
    const pickedUpMsOf = (card: CardRecord): number =>
      asMember(this.store.members.get(card.holderIdNo))?.pickedUpMs ?? 0;
    const isDue = (card: CardRecord): boolean => {
      if (card.status !== CardStatus.AwaitingPickup) return false;
      const pickedUpMs = pickedUpMsOf(card);
      return pickedUpMs > 0 && returnDue(pickedUpMs, nowMs);
    };
    await scanInTurns(this.store.cards, (key, value) => {
      const card = decodeCard(key, value as Buffer);
      if (isDue(card)) due.push(card.cardNo);
      // Temporary losses past their TTL go back to issued (and off the hot list) in the same pass.
      if (card.status === CardStatus.TempLost && nowMs >= card.statusSinceMs + ttlMs) lapsedDue.push(card.cardNo);
    });
    const returned: string[] = [];
    let lapsed = 0;
    for (let i = 0; i < due.length; i += 1_000) {
      const chunk = due.slice(i, i + 1_000);
      await this.write((log) => {
        for (const cardNo of chunk) {
          const card = this.card(cardNo);
          if (card === undefined || !isDue(card)) continue;
          this.cardStep(log, actor.staffId, card, CardOp.Return, nowMs);
          this.store.returns.putSync(cardNo, {
            returnedMs: nowMs,
            arrivalMs: card.statusSinceMs,
            pickedUpMs: pickedUpMsOf(card),
            holderTag: this.subjectTag(card.holderIdNo),
          });
          returned.push(cardNo);
        }
      });
    }
    for (let i = 0; i < lapsedDue.length; i += 1_000) {
      const chunk = lapsedDue.slice(i, i + 1_000);
      await this.write((log) => {
        for (const cardNo of chunk) {
          const card = this.card(cardNo);
          if (card === undefined) continue;
          if (cardTransition(card, CardOp.LapseTempLoss, nowMs, this.options.settings).refusal !== '') continue;
          this.cardStep(log, actor.staffId, card, CardOp.LapseTempLoss, nowMs);
          lapsed++;
        }
      });
    }
    await this.expireReviews(actor, nowMs);
    return { returned, lapsed };
  }

  /** Removes a pending request past its time, in the change log (inside a write). */
  private expireReview(log: ChangeLog, actor: Principal, reviewId: string, review: ReviewRecord, nowMs: number): void {
    this.store.reviews.removeSync(reviewId);
    log.append({
      timeMs: nowMs,
      actor: actor.staffId,
      op: 'expire-review',
      subject: review.cardNo,
      before: { reviewId },
      after: {},
    });
  }

  /** Pending maker-checker requests older than limits.reviewTtlMs are removed, each logged. */
  private async expireReviews(actor: Principal, nowMs: number): Promise<void> {
    await this.write((log) => {
      const expired: [string, ReviewRecord][] = [];
      for (const { key, value } of this.store.reviews.getRange({ limit: limits.pendingReviewsMax })) {
        const review = asReview(value);
        if (review !== undefined && nowMs - review.requestedMs >= limits.reviewTtlMs)
          expired.push([key as string, review]);
      }
      for (const [reviewId, review] of expired) this.expireReview(log, actor, reviewId, review, nowMs);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Card status operations (docs/DOMAIN.md section 4)

  /** Loss reports, lifting a temporary loss, damage, cancellation, bank activation, legacy retirement. */
  async cardOperation(
    actor: Principal,
    cardNo: string,
    op: CardOp,
    nowMs: number,
    cancelReason: CancelReason | 0 = 0,
  ): Promise<Outcome<CardView>> {
    assert(op !== CardOp.LiftFormalLoss && op !== CardOp.Replace, 'these have their own methods');
    return this.write((log) => {
      const card = this.card(cardNo);
      if (card === undefined) return refuse(AdminProblem.NotFound, 'no such card');
      const step = cardTransition(card, op, nowMs, this.options.settings);
      if (step.refusal !== '') return refuse(AdminProblem.Conflict, step.refusal);
      const seq = this.cardStep(log, actor.staffId, card, op, nowMs, cancelReason);
      return ok(cardView(this.card(cardNo)!, seq));
    });
  }

  /**
   * Lifting a formal loss is maker-checker: this records the request, bound to the card's current
   * change sequence; a different reviewer approves. At most one pending request per card and kind.
   */
  async requestLiftFormalLoss(actor: Principal, cardNo: string, nowMs: number): Promise<Outcome<{ reviewId: string }>> {
    return this.write((log) => {
      const card = this.card(cardNo);
      if (card === undefined) return refuse(AdminProblem.NotFound, 'no such card');
      const step = cardTransition(card, CardOp.LiftFormalLoss, nowMs, this.options.settings);
      if (step.refusal !== '') return refuse(AdminProblem.Conflict, step.refusal);
      let pending = 0;
      for (const { key, value } of this.store.reviews.getRange({ limit: limits.pendingReviewsMax })) {
        pending++;
        const other = asReview(value);
        if (other?.cardNo === cardNo && other.kind === ReviewKind.LiftFormalLoss)
          return refuse(AdminProblem.Conflict, `a request for this card is already pending (${String(key)})`);
      }
      if (pending >= limits.pendingReviewsMax) return refuse(AdminProblem.Conflict, 'too many pending requests');
      const reviewId = `R${String(log.nextSequence)}`;
      const review: ReviewRecord = {
        kind: ReviewKind.LiftFormalLoss,
        cardNo,
        cardSn: card.cardSn,
        requestedBy: actor.staffId,
        requestedMs: nowMs,
        cardChangeSeq: card.changeSeq,
      };
      this.store.reviews.putSync(reviewId, review);
      log.append({
        timeMs: nowMs,
        actor: actor.staffId,
        op: 'request-lift-formal-loss',
        subject: cardNo,
        before: {},
        after: { reviewId },
      });
      return ok({ reviewId });
    });
  }

  async approveReview(
    actor: Principal,
    reviewId: string,
    approve: boolean,
    nowMs: number,
  ): Promise<Outcome<CardView | { reviewId: string; rejected: true }>> {
    return this.write((log) => {
      const review = asReview(this.store.reviews.get(reviewId));
      if (review === undefined) return refuse(AdminProblem.NotFound, 'no such review');
      // Every refusal below keeps the request and is in the change log (and, for the maker
      // approving their own request, in the audit trail too).
      const refused = (problem: AdminProblem, why: string): Outcome<never> => {
        log.append({
          timeMs: nowMs,
          actor: actor.staffId,
          op: 'refuse-review',
          subject: review.cardNo,
          before: { reviewId },
          after: { refused: why },
        });
        return refuse(problem, why);
      };
      const same = reviewRefusal(review.requestedBy, actor.staffId);
      if (same !== '') return refused(AdminProblem.SameReviewer, same);
      if (nowMs - review.requestedMs >= limits.reviewTtlMs) {
        this.expireReview(log, actor, reviewId, review, nowMs);
        return refuse(AdminProblem.Conflict, 'the request expired');
      }
      const current = this.card(review.cardNo);
      if (
        approve &&
        (current === undefined || current.cardSn !== review.cardSn || current.changeSeq !== (review.cardChangeSeq ?? 0))
      )
        return refused(AdminProblem.Conflict, 'the card changed since the request: make a new one');
      this.store.reviews.removeSync(reviewId);
      if (!approve) {
        log.append({
          timeMs: nowMs,
          actor: actor.staffId,
          op: 'reject-lift-formal-loss',
          subject: review.cardNo,
          before: { reviewId },
          after: {},
        });
        return ok({ reviewId, rejected: true as const });
      }
      const card = current!;
      const step = cardTransition(card, CardOp.LiftFormalLoss, nowMs, this.options.settings);
      assert(step.refusal === '', 'an unchanged card still allows the lift it was requested for');
      const seq = this.cardStep(log, actor.staffId, card, CardOp.LiftFormalLoss, nowMs);
      log.append({
        timeMs: nowMs,
        actor: actor.staffId,
        op: 'approve-review',
        subject: review.cardNo,
        before: { reviewId },
        after: { requestedBy: review.requestedBy },
      });
      return ok(cardView(this.card(review.cardNo)!, seq));
    });
  }

  /** Replacement: same card number, new card_sn; the old card_sn goes on the hot list (C04). */
  async replace(actor: Principal, cardNo: string, nowMs: number): Promise<Outcome<CardView>> {
    return this.write((log) => {
      const card = this.card(cardNo);
      if (card === undefined) return refuse(AdminProblem.NotFound, 'no such card');
      const step = cardTransition(card, CardOp.Replace, nowMs, this.options.settings);
      if (step.refusal !== '') return refuse(AdminProblem.Conflict, step.refusal);
      const seq = this.cardStep(log, actor.staffId, card, CardOp.Replace, nowMs);
      const member = asMember(this.store.members.get(card.holderIdNo));
      if (member !== undefined) {
        this.store.members.putSync(card.holderIdNo, {
          ...member,
          pickedUpBy: '',
          pickedUpMs: 0,
          signatureSealed: '',
          deliveredMs: 0,
        } satisfies MemberRecord);
      }
      return ok(cardView(this.card(cardNo)!, seq));
    });
  }

  /**
   * Applies an allowed card step inside the transaction: the card record, its hot list entry and
   * one change log entry. Returns the change's sequence.
   */
  private cardStep(
    log: ChangeLog,
    actor: string,
    card: CardRecord,
    op: CardOp,
    nowMs: number,
    cancelReason: CancelReason | 0 = 0,
  ): number {
    const step = cardTransition(card, op, nowMs, this.options.settings);
    assert(step.refusal === '', 'card step allowed');
    const seq = log.nextSequence;
    let hot: HotChange | null = null;
    const next: CardRecord = { ...card, status: step.status, statusSinceMs: nowMs, changeSeq: seq };
    if (op === CardOp.ActivateBank) {
      next.bankActive = true;
      next.statusSinceMs = card.statusSinceMs;
    }
    if (op === CardOp.Replace) next.cardSn = newCardSn();
    const key = hotListKey(card.cardNo, card.cardSn);
    if (step.hot === HotEffect.Put) {
      this.store.hotList.putSync(key, encodeHotEntry({ reason: step.hotReason, sinceMs: nowMs, sequence: seq }));
      hot = log.hotChange(
        card.cardNo,
        card.cardSn,
        true,
        step.hotReason,
        nowMs,
        expiryOfHotEntry(step.hotReason, nowMs, this.options.settings),
      );
    } else if (step.hot === HotEffect.Remove && this.store.hotList.getBinary(key) !== undefined) {
      this.store.hotList.removeSync(key);
      hot = log.hotChange(card.cardNo, card.cardSn, false, HotReason.Administrative, nowMs, 0);
    }
    this.store.cards.putSync(card.cardNo, encodeCard(next));
    const appended = log.append({
      timeMs: nowMs,
      actor,
      op: cardOpNames[op],
      subject: card.cardNo,
      before: { status: cardStatusNames[card.status], bankActive: card.bankActive },
      after: {
        status: cardStatusNames[next.status],
        bankActive: next.bankActive,
        ...(op === CardOp.Replace ? { cardSnChanged: true } : {}),
        ...(cancelReason !== 0 ? { cancelReason } : {}),
      },
      hot,
    });
    assert(appended === seq, 'change sequence taken in order');
    return seq;
  }

  // ---------------------------------------------------------------------------------------------
  // Person operations

  /** Region transfer: the person keeps the card; the insured region is rewritten (卡内数据写入). */
  async transferRegion(
    actor: Principal,
    idNo: string,
    region: string,
    nowMs: number,
  ): Promise<Outcome<{ insuredRegion: string }>> {
    const isNingbo = this.ningboTest(nowMs);
    if (!isNingbo(region)) return refuse(AdminProblem.Invalid, "region: not one of Ningbo's insured regions");
    return this.write((log) => {
      const person = this.personOf(idNo);
      if (person === undefined) return refuse(AdminProblem.NotFound, 'no such person');
      if (person.insuredRegion === region) return refuse(AdminProblem.Conflict, 'already insured in this region');
      this.store.persons.putSync(idNo, encodePerson({ ...person, insuredRegion: region }));
      const member = asMember(this.store.members.get(idNo));
      if (member !== undefined)
        this.store.members.putSync(idNo, { ...member, insuredRegion: region } satisfies MemberRecord);
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
  async resolveDuplicate(actor: Principal, idNo: string, nowMs: number): Promise<Outcome<{ stage: string }>> {
    return this.write((log) => {
      const person = this.personOf(idNo);
      if (person === undefined) return refuse(AdminProblem.NotFound, 'no such person');
      if (!person.duplicateEnrolment) return refuse(AdminProblem.Conflict, 'no unresolved duplicate enrolment');
      this.store.persons.putSync(idNo, encodePerson({ ...person, duplicateEnrolment: false }));
      const member = asMember(this.store.members.get(idNo));
      let stage = '';
      if (member !== undefined) {
        const reopened = member.exclusion === Exclusion.DuplicateEnrolment;
        const next: MemberRecord = {
          ...member,
          enrolledRegionCount: 1,
          ...(reopened ? { stage: Stage.Imported, exclusion: Exclusion.None } : {}),
        };
        this.store.members.putSync(idNo, next);
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

  /**
   * Records a refused access in the audit trail (audit-trail.ts: rate-limited per source, bounded in
   * time and count). True when written as its own record, false when folded into a summary.
   */
  audit(who: string, route: string, code: string, remote: string, nowMs: number): boolean {
    return this.auditTrail.refused(who, route, code, remote, nowMs);
  }
}

function byIdNo(a: { idNo: string }, b: { idNo: string }): number {
  return a.idNo < b.idNo ? -1 : a.idNo > b.idNo ? 1 : 0;
}

function newCardSn(): string {
  let sn = '';
  for (let i = 0; i < 32; i++) sn += cardSnHex[randomInt(16)];
  return sn;
}

export function cardView(card: CardRecord, changeSequence: number): CardView {
  return {
    cardNo: card.cardNo,
    cardSn: card.cardSn,
    kind: card.kind,
    status: cardStatusNames[card.status],
    statusSinceMs: card.statusSinceMs,
    bankActive: card.bankActive,
    changeSequence,
  };
}

export function employerMemberKey(employerCode: string, idNo: string): string {
  return employerCode + ':' + idNo;
}

function memberRowDigest(row: MemberRow): string {
  const text = `${row.name}\u001f${row.insuredRegion}\u001f${row.insuranceType}\u001f${row.scheme}\u001f${row.employerCode}\u001f${row.enrolledRegionCount}\u001f${row.insuredFromMs}\u001f${row.retired ? 1 : 0}`;
  return xxh3.xxh64(text).toString(16);
}
