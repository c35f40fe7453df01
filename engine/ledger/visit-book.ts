// The ledger's visit book: what a visit request does inside its group's write transaction (the
// money requests are book.ts, which calls in here for visits and for the visit a settlement, a
// cancel or a reversal concerns). Each write: the visit record, the open-visits index, a change-log
// entry (no money moved) and the idempotency record, so a retried msg_id gets the first answer.

import { checkCallerFor, checkHolderEligible, Eligibility } from '../core/authorize.js';
import { EntryKind, type JournalEntry, LedgerOp, type Movement, noMovement } from '../core/ledger-rules.js';
import { limits } from '../core/limits.js';
import { Reason, type ReasonCode } from '../core/reasons.js';
import type { DecisionSettings } from '../core/settings.js';
import { CatalogueClass, splitLine } from '../core/split.js';
import {
  type CancelVisitCommand,
  judgeUpload,
  judgeVisitUse,
  judgeWithdraw,
  linesTotalFen,
  type OpenVisitCommand,
  seqOfVisitId,
  stateAt,
  type UpdateVisitCommand,
  type UploadFeesCommand,
  type VisitCommand,
  type VisitLine,
  type VisitRecord,
  VisitState,
  visitIdOf,
  type WithdrawFeesCommand,
} from '../core/visits.js';
import { encodeUndone } from '../store/ledger-records.js';
import type { LmdbReadView } from '../store/read-view.js';
import type { Store } from '../store/store.js';
import { personNoOf } from '../wire/person-no.js';
import { type OutcomeMessage, personSummary } from '../wire/replies.js';
import type { PruneBudget } from './prune-budget.js';
import { budgetOf } from './replies.js';
import type { Work } from './work.js';

/** What the visit book borrows from the money book: replies, sequence numbers, entries, records. */
export interface BookTools {
  head(work: Work, reason: ReasonCode, field: string, nowMs: number): OutcomeMessage;
  declined(work: Work, reason: ReasonCode, field: string): object;
  answer(work: Work, reply: object): undefined;
  nextSeq(): number;
  writeEntry(
    work: Work,
    seq: number,
    kind: JournalEntry['kind'],
    targetSeq: number,
    undidOp: number,
    movement: Movement,
    nowMs: number,
  ): void;
  /** The idempotency record: this message id did `seq`. */
  remember(work: Work, key: string, seq: number): void;
}

const openKey = (visit: VisitRecord): string => `${visit.idNo}:${visitIdOf(visit.seq)}`;

export class VisitBook {
  /** Where the next prune pass resumes (visits are pruned a slice at a time, oldest first). */
  private pruneFrom = 0;
  private readonly eligibility = new Eligibility();

  constructor(
    private readonly store: Store,
    private readonly view: LmdbReadView,
    private readonly settings: DecisionSettings,
    private readonly tools: BookTools,
  ) {}

  visit(seq: number): VisitRecord | undefined {
    return this.view.visit(seq);
  }

  private put(visit: VisitRecord): void {
    void this.store.visits.put(visit.seq, visit);
  }

  /** A visit request, its caller and message id already checked (book.ts). */
  apply(work: Work, key: string, nowMs: number): undefined {
    const command = work.command as VisitCommand;
    if (command.op === LedgerOp.OpenVisit) return this.open(work, command, key, nowMs);
    const visit = this.visit(seqOfVisitId(command.visitId));
    const use = judgeVisitUse(visit, work.header, command.personNo, nowMs);
    if (use.reason !== Reason.Approved)
      return this.tools.answer(work, this.tools.declined(work, use.reason, use.field));
    const v = visit!;
    switch (command.op) {
      case LedgerOp.UpdateVisit:
        return this.update(work, v, command, key, nowMs);
      case LedgerOp.UploadFees:
        return this.upload(work, v, command, key, nowMs);
      case LedgerOp.WithdrawFees:
        return this.withdraw(work, v, command, key, nowMs);
      default:
        return this.cancel(work, v, command, key, nowMs);
    }
  }

  /** The reply of a visit request that changed it. */
  private visitReply(work: Work, visit: VisitRecord, nowMs: number, person = false): object {
    const found = person ? this.eligibility : undefined;
    return {
      outcome: this.tools.head(work, Reason.Approved, '', nowMs),
      visitId: visitIdOf(visit.seq),
      ...(found?.person === undefined ? {} : { person: personSummary(found.person, found.account) }),
      state: visit.state,
      lineCount: visit.lines.length,
      totalFen: linesTotalFen(visit.lines),
      personNo: visit.personNo,
      hisVisitNo: visit.hisVisitNo,
      budgetUs: budgetOf(work.op),
    };
  }

  /** Writes the changed visit, its change-log entry and the idempotency record. */
  private commit(work: Work, visit: VisitRecord, kind: JournalEntry['kind'], key: string, nowMs: number): number {
    const seq = this.tools.nextSeq();
    visit.changedMs = nowMs;
    this.put(visit);
    this.tools.writeEntry(work, seq, kind, visit.seq, 0, noMovement, nowMs);
    this.tools.remember(work, key, seq);
    return seq;
  }

  private openCount(idNo: string, nowMs: number): number {
    let open = 0;
    for (const key of this.store.openVisits.getKeys({ start: `${idNo}:`, end: `${idNo};` })) {
      const visit = this.visit(seqOfVisitId((key as string).slice(idNo.length + 1)));
      if (visit !== undefined && stateAt(visit, nowMs) === VisitState.Open) open++;
    }
    return open;
  }

  private open(work: Work, c: OpenVisitCommand, key: string, nowMs: number): undefined {
    const out = this.eligibility;
    out.person = undefined;
    out.account = undefined;
    const eligible =
      checkCallerFor(this.view, work.header, c.medicalType, nowMs, out) &&
      checkHolderEligible(this.view, c.credential, c.insuranceType, work.header, nowMs, this.settings, out);
    if (!eligible) return this.tools.answer(work, this.tools.declined(work, out.reason, out.field));
    const person = out.person!;
    // psn_no, when sent, must be the one 1101 gave for this person.
    const personNo = personNoOf(person.idNo);
    if (c.personNo !== '' && c.personNo !== personNo)
      return this.tools.answer(work, this.tools.declined(work, Reason.InvalidField, 'person_no'));
    if (this.openCount(person.idNo, nowMs) >= limits.openVisitsPerPersonMax)
      return this.tools.answer(work, this.tools.declined(work, Reason.VisitFull, 'credential'));
    const seq = this.tools.nextSeq();
    const visit: VisitRecord = {
      seq,
      institutionCode: work.header.institutionCode,
      terminalId: work.header.terminalId,
      idNo: person.idNo,
      credential: c.credential,
      personNo,
      hisVisitNo: c.hisVisitNo,
      medicalType: c.medicalType,
      insuranceType: c.insuranceType === 0 ? person.insuranceType : c.insuranceType,
      beginMs: c.beginMs === 0 ? nowMs : c.beginMs,
      endMs: 0,
      openedMs: nowMs,
      changedMs: nowMs,
      state: VisitState.Open,
      settlementSeq: 0,
      departmentCode: c.departmentCode,
      doctorCode: c.doctorCode,
      diagnoses: c.diagnoses,
      diseaseCode: c.diseaseCode,
      lines: [],
    };
    this.tools.answer(work, this.visitReply(work, visit, nowMs, true));
    this.put(visit);
    void this.store.openVisits.put(openKey(visit), 1);
    this.tools.writeEntry(work, seq, EntryKind.OpenVisit, seq, 0, noMovement, nowMs);
    this.tools.remember(work, key, seq);
    return undefined;
  }

  private update(work: Work, visit: VisitRecord, c: UpdateVisitCommand, key: string, nowMs: number): undefined {
    if (c.medicalType !== 0) visit.medicalType = c.medicalType;
    if (c.diagnoses.length > 0) visit.diagnoses = c.diagnoses;
    if (c.diseaseCode !== '') visit.diseaseCode = c.diseaseCode;
    if (c.endMs !== 0) visit.endMs = c.endMs;
    if (c.dischargeCancelled) visit.endMs = 0;
    this.tools.answer(work, this.visitReply(work, visit, nowMs));
    this.commit(work, visit, EntryKind.UpdateVisit, key, nowMs);
    return undefined;
  }

  private upload(work: Work, visit: VisitRecord, c: UploadFeesCommand, key: string, nowMs: number): undefined {
    const judged = judgeUpload(visit, c.lines);
    if (judged.reason !== Reason.Approved)
      return this.tools.answer(work, this.tools.declined(work, judged.reason, judged.field));
    visit.lines = visit.lines.concat(judged.added);
    this.tools.answer(work, {
      outcome: this.tools.head(work, Reason.Approved, '', nowMs),
      visitId: visitIdOf(visit.seq),
      lines: judged.lines.map((line) => this.lineResult(line)),
      lineCount: visit.lines.length,
      totalFen: linesTotalFen(visit.lines),
      budgetUs: budgetOf(work.op),
    });
    this.commit(work, visit, EntryKind.UploadFees, key, nowMs);
    return undefined;
  }

  /** A line against the engine's catalogue (the 2204 reply's per-line result). */
  private lineResult(line: VisitLine): object {
    const item = this.view.catalogueItem(line[1]);
    const split = splitLine(
      { lineNo: 0, catalogueCode: line[1], quantityMilli: line[2], unitPriceFen: line[3], amountFen: line[4] },
      item,
    );
    return {
      sn: line[0],
      catalogueClass: split.catalogueClass,
      lineReason: split.lineReason,
      amountFen: line[4],
      selfPayFen: split.selfPayFen,
      overCapFen: split.overCapFen,
      classBFirstFen: split.classBFirstFen,
      inPolicyFen: split.inPolicyFen,
      priceCapFen: item?.priceCapFen ?? 0,
      selfPayRatioBp: item?.class === CatalogueClass.B ? item.classBShareBp : 0,
    };
  }

  private withdraw(work: Work, visit: VisitRecord, c: WithdrawFeesCommand, key: string, nowMs: number): undefined {
    const judged = judgeWithdraw(visit, c);
    if (judged.reason !== Reason.Approved)
      return this.tools.answer(work, this.tools.declined(work, judged.reason, judged.field));
    visit.lines = judged.remaining;
    this.tools.answer(work, {
      outcome: this.tools.head(work, Reason.Approved, '', nowMs),
      visitId: visitIdOf(visit.seq),
      withdrawn: judged.withdrawn,
      lineCount: visit.lines.length,
      totalFen: linesTotalFen(visit.lines),
      budgetUs: budgetOf(work.op),
    });
    this.commit(work, visit, EntryKind.WithdrawFees, key, nowMs);
    return undefined;
  }

  private cancel(work: Work, visit: VisitRecord, _c: CancelVisitCommand, key: string, nowMs: number): undefined {
    this.close(visit, VisitState.Cancelled);
    this.tools.answer(work, this.visitReply(work, visit, nowMs));
    this.commit(work, visit, EntryKind.CancelVisit, key, nowMs);
    return undefined;
  }

  private close(visit: VisitRecord, state: VisitState): void {
    visit.state = state;
    void this.store.openVisits.remove(openKey(visit));
  }

  // ---- The visit a money request concerns (called by book.ts inside the same transaction) ----

  /** A settlement of the visit was written as `settlementSeq`. */
  settled(visit: VisitRecord, settlementSeq: number, nowMs: number): void {
    this.close(visit, VisitState.Settled);
    visit.settlementSeq = settlementSeq;
    visit.changedMs = nowMs;
    this.put(visit);
  }

  /** The visit's settlement was cancelled or reversed: the visit is open again (if still kept). */
  reopen(visitSeq: number, nowMs: number): void {
    const visit = this.visit(visitSeq);
    if (visit === undefined) return;
    visit.state = VisitState.Open;
    visit.settlementSeq = 0;
    visit.changedMs = nowMs;
    this.put(visit);
    void this.store.openVisits.put(openKey(visit), 1);
  }

  /** Whether a cancelled settlement of this visit may be put back (the visit open, not re-settled). */
  canResettle(visitSeq: number, nowMs: number): VisitRecord | undefined {
    const visit = this.visit(visitSeq);
    return visit !== undefined && stateAt(visit, nowMs) === VisitState.Open ? visit : undefined;
  }

  /** A reversal of the visit's opening (2601 of a 2401): the visit is cancelled unless settled. */
  reverseOpening(work: Work, key: string, visitSeq: number, nowMs: number): undefined {
    const visit = this.visit(visitSeq);
    if (visit === undefined || visit.state === VisitState.Settled)
      return this.tools.answer(work, this.tools.declined(work, Reason.VisitNotOpen, ''));
    const seq = this.tools.nextSeq();
    this.close(visit, VisitState.Cancelled);
    visit.changedMs = nowMs;
    this.put(visit);
    this.tools.answer(work, {
      outcome: this.tools.head(work, Reason.Approved, '', nowMs),
      undone: true,
      budgetUs: budgetOf(LedgerOp.Reverse),
    });
    this.tools.writeEntry(work, seq, EntryKind.Reverse, visitSeq, LedgerOp.OpenVisit, noMovement, nowMs);
    void this.store.undone.put(visitSeq, encodeUndone(seq));
    this.tools.remember(work, key, seq);
    return undefined;
  }

  /**
   * Expires open visits left past their limit and drops closed ones past retention, looking at as
   * many visits as the budget allows, resuming where the last call stopped.
   */
  prune(nowMs: number, budget: PruneBudget): number {
    let changed = 0;
    let last = 0;
    // Read first, then write: no write lands under the range's open cursor.
    const slice: VisitRecord[] = [];
    for (const { value } of this.store.visits.getRange({ start: this.pruneFrom, limit: budget.itemsMax })) {
      slice.push(value as VisitRecord);
      if (budget.spent(slice.length)) break;
    }
    for (const visit of slice) {
      last = visit.seq;
      if (visit.state === VisitState.Open && stateAt(visit, nowMs) === VisitState.Expired) {
        this.close(visit, VisitState.Expired);
        this.put(visit);
        changed++;
      } else if (visit.state !== VisitState.Open && nowMs - visit.changedMs > limits.visitRetentionMs) {
        void this.store.visits.remove(visit.seq);
        changed++;
      }
    }
    this.pruneFrom = last === 0 ? 0 : last + 1;
    return changed;
  }
}
