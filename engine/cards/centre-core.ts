// What every card-centre workflow (workflows/) shares: the store, the serialized write with its
// change log, the lookups, the actor checks and the audit trail. Every change is one write
// transaction that also appends to the change log (and to the hot list when a card stops or starts
// settling), and is acknowledged only once flushed: the very next swipe, on any worker, reads the
// committed state. Writes are serialized here; LMDB serializes them with the ledger's.

import { randomInt } from 'node:crypto';
import { xxh3 } from '@node-rs/xxhash';
import { assert } from '../core/assert.js';
import { cardStatusNames } from '../core/card-rules.js';
import type { CardRecord, PersonRecord } from '../core/model.js';
import type { DecisionSettings } from '../core/settings.js';
import { endProcess } from '../runtime/fatal.js';
import { fault } from '../runtime/faults.js';
import type { LmdbReadView } from '../store/read-view.js';
import { decodeCard, decodePerson } from '../store/records.js';
import { absorbCommitError, type Store } from '../store/store.js';
import { type AuditOptions, AuditTrail, defaultAuditOptions } from './audit-trail.js';
import { type CardView, type MemberRow, StoreUnavailable } from './outcomes.js';
import {
  asEmployer,
  asMember,
  asStaff,
  type EmployerRecord,
  type MemberRecord,
  type ReviewRecord,
  Role,
} from './records.js';
import { agentMayAct, type Principal } from './staff.js';
import { StaffLogin } from './staff-login.js';

export const cardLetters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const cardSnHex = '0123456789ABCDEF';

import { ChangeLog, changeLogTagKey, subjectTagOf } from './change-log.js';

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

export class CentreCore {
  private tail: Promise<unknown> = Promise.resolve();
  /** Refused accesses (audit-trail.ts). */
  readonly auditTrail: AuditTrail;
  /** The key of the change log's subject tags. */
  readonly tagKey: Buffer;
  /** Login checks and their back-off (in memory: a restart forgets it, docs/RELIABILITY.md). */
  readonly logins: StaffLogin;

  constructor(
    readonly store: Store,
    readonly view: LmdbReadView,
    readonly options: CardCentreOptions,
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
      const change = (): void => {
        try {
          result = fn(new ChangeLog(this.store, this.tagKey, this.options.masterKey));
          fault('cards'); // test hook: after the change's writes, before the commit
          done = true;
        } catch (error) {
          (this.options.fatal ?? ((e: unknown) => endProcess('card centre', e)))(error);
        }
      };
      try {
        // Replicated: decided, appended to the pool's log, applied (engine/replication/node.ts).
        if (this.store.replicator !== undefined) await this.store.replicator.commit(change);
        else this.store.env.transactionSync(change);
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

  personOf(idNo: string): PersonRecord | undefined {
    const buf = this.store.persons.getBinary(idNo);
    return buf === undefined ? undefined : decodePerson(idNo, buf);
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

  ningboTest(nowMs: number): (code: string) => boolean {
    const resolve = this.insuredRegionResolver(nowMs);
    return (code: string) => resolve(code) !== undefined;
  }

  /** Removes a pending request past its time, in the change log (inside a write). */
  expireReview(log: ChangeLog, actor: Principal, reviewId: string, review: ReviewRecord, nowMs: number): void {
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

  /**
   * Records a refused access in the audit trail (audit-trail.ts: rate-limited per source, bounded in
   * time and count). True when written as its own record, false when folded into a summary.
   */
  audit(who: string, route: string, code: string, remote: string, nowMs: number): boolean {
    return this.auditTrail.refused(who, route, code, remote, nowMs);
  }
}

export function byIdNo(a: { idNo: string }, b: { idNo: string }): number {
  return a.idNo < b.idNo ? -1 : a.idNo > b.idNo ? 1 : 0;
}

export function newCardSn(): string {
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

export function memberRowDigest(row: MemberRow): string {
  const text = `${row.name}\u001f${row.insuredRegion}\u001f${row.insuranceType}\u001f${row.scheme}\u001f${row.employerCode}\u001f${row.enrolledRegionCount}\u001f${row.insuredFromMs}\u001f${row.retired ? 1 : 0}`;
  return xxh3.xxh64(text).toString(16);
}
