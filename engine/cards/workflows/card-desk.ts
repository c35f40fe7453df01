// What the counter sees of one card beyond its status (the web console's card page, over the admin
// API): the reason the next swipe would get, the holder masked, the card's own timeline from the
// change log, the requests waiting for a second person, and revealing the holder in clear, which
// is itself a logged staff action.

import { cardStatusNames, stageNames } from '../../core/card-rules.js';
import { checkCardStatus, checkHotEntry } from '../../core/checks.js';
import { limits } from '../../core/limits.js';
import { Reason, type ReasonCode } from '../../core/reasons.js';
import { decodeHotEntry } from '../../store/records.js';
import { hotListKey } from '../../store/store.js';
import { maskIdNo, maskName } from '../../wire/replies.js';
import type { CentreCore } from '../centre-core.js';
import { AdminProblem, type Outcome, ok, refuse } from '../outcomes.js';
import { asBatch, asMember, asReview, type ChangeRecord, type ReviewKind } from '../records.js';
import type { Principal } from '../staff.js';

export interface CardDesk {
  /** The reason code a swipe of the card's current card_sn gets now from its status and hot list. */
  swipeReason: ReasonCode;
  holder: { nameMasked: string; idNoMasked: string };
  /** The holder's issuance application stage (stageNames), '' for a card with no application (legacy, demo). */
  issuanceStage: string;
}

/** The swipe reason and the masked holder of a card (undefined: no such card). */
export function cardDesk(c: CentreCore, cardNo: string, nowMs: number): CardDesk | undefined {
  const card = c.card(cardNo);
  if (card === undefined) return undefined;
  const settings = c.options.settings;
  let swipeReason = checkCardStatus(card, nowMs, settings);
  if (swipeReason === Reason.Approved) {
    const entry = c.store.hotList.getBinary(hotListKey(card.cardNo, card.cardSn));
    swipeReason = checkHotEntry(entry === undefined ? undefined : decodeHotEntry(entry), nowMs, settings);
  }
  const person = c.personOf(card.holderIdNo);
  const member = asMember(c.store.members.get(card.holderIdNo));
  return {
    swipeReason,
    holder: { nameMasked: maskName(person?.name ?? member?.name ?? ''), idNoMasked: maskIdNo(card.holderIdNo) },
    issuanceStage: member === undefined ? '' : stageNames[member.stage],
  };
}

export interface TimelineEntry {
  sequence: number;
  timeMs: number;
  actor: string;
  op: string;
  before: ChangeRecord['before'];
  after: ChangeRecord['after'];
}

/**
 * The card's entries in the change log, newest first: at most cardTimelineEntriesMax, found among
 * the last cardTimelineScanMax changes (the log is keyed by sequence, subjects only by tag).
 */
export function cardTimeline(c: CentreCore, cardNo: string): TimelineEntry[] {
  const tag = c.subjectTag(cardNo);
  const rows: TimelineEntry[] = [];
  for (const { key, value } of c.store.changes.getRange({ reverse: true, limit: limits.cardTimelineScanMax })) {
    const change = value as ChangeRecord;
    if (change.subjectTag !== tag) continue;
    const { timeMs, actor, op, before, after } = change;
    rows.push({ sequence: key as number, timeMs, actor, op, before, after });
    if (rows.length >= limits.cardTimelineEntriesMax) break;
  }
  return rows;
}

export interface PendingReview {
  reviewId: string;
  kind: ReviewKind;
  cardNo: string;
  requestedBy: string;
  requestedMs: number;
  note: string;
}

/** Requests waiting for a second person, oldest first (at most limits.pendingReviewsMax exist). */
export function pendingReviews(c: CentreCore): PendingReview[] {
  const rows: PendingReview[] = [];
  for (const { key, value } of c.store.reviews.getRange({ limit: limits.pendingReviewsMax })) {
    const review = asReview(value)!;
    rows.push({
      reviewId: key as string,
      kind: review.kind,
      cardNo: review.cardNo,
      requestedBy: review.requestedBy,
      requestedMs: review.requestedMs,
      note: review.note ?? '',
    });
  }
  return rows.sort((a, b) => a.requestedMs - b.requestedMs);
}

/** The holder's name and ID number in clear; the reveal is a change-log entry (who, when, which card). */
export async function revealHolder(
  c: CentreCore,
  actor: Principal,
  cardNo: string,
  nowMs: number,
): Promise<Outcome<{ name: string; idNo: string }>> {
  return c.write((log) => {
    const card = c.card(cardNo);
    if (card === undefined) return refuse(AdminProblem.NotFound, 'no such card');
    log.append({ timeMs: nowMs, actor: actor.staffId, op: 'reveal-holder', subject: cardNo, before: {}, after: {} });
    return ok({ name: c.personOf(card.holderIdNo)?.name ?? '', idNo: card.holderIdNo });
  });
}

export interface EmployerBatch {
  batchId: string;
  createdMs: number;
  arrivalMs: number;
  /** The agent (staff id) who collected this employer's cards of the batch ('' until then). */
  pickedUpBy: string;
  cards: { cardNo: string; holderIdNo: string; name: string; status: string; deliveredMs: number }[];
}

/**
 * The production batches holding cards of an employer's people, newest first (among the last
 * employerBatchesScanMax batches): what an agent collects and hands out (领取单, 发放清单).
 */
export function employerBatches(c: CentreCore, employerCode: string): EmployerBatch[] {
  const out: EmployerBatch[] = [];
  for (const { key, value } of c.store.batches.getRange({ reverse: true, limit: limits.employerBatchesScanMax })) {
    const batch = asBatch(value)!;
    const cards: EmployerBatch['cards'] = [];
    for (const cardNo of batch.cardNos) {
      const card = c.card(cardNo);
      const member = card === undefined ? undefined : asMember(c.store.members.get(card.holderIdNo));
      if (card === undefined || member === undefined || member.employerCode !== employerCode) continue;
      const status = cardStatusNames[card.status];
      cards.push({ cardNo, holderIdNo: card.holderIdNo, name: member.name, status, deliveredMs: member.deliveredMs });
    }
    if (cards.length === 0) continue;
    const pickedUpBy = batch.pickups[employerCode] ?? '';
    out.push({ batchId: key as string, createdMs: batch.createdMs, arrivalMs: batch.arrivalMs, pickedUpBy, cards });
  }
  return out;
}
