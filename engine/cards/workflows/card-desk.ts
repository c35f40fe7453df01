// What the counter sees of one card beyond its status (the web console's card page, over the admin
// API): the reason the next swipe would get, the holder masked, the card's own timeline from the
// change log, the requests waiting for a second person, and revealing the holder in clear, which
// is itself a logged staff action.

import { checkCardStatus, checkHotEntry } from '../../core/checks.js';
import { limits } from '../../core/limits.js';
import { Reason, type ReasonCode } from '../../core/reasons.js';
import { decodeHotEntry } from '../../store/records.js';
import { hotListKey } from '../../store/store.js';
import { maskIdNo, maskName } from '../../wire/replies.js';
import type { CentreCore } from '../centre-core.js';
import { AdminProblem, type Outcome, ok, refuse } from '../outcomes.js';
import { asReview, type ChangeRecord, type ReviewKind } from '../records.js';
import type { Principal } from '../staff.js';

export interface CardDesk {
  /** The reason code a swipe of the card's current card_sn gets now from its status and hot list. */
  swipeReason: ReasonCode;
  holder: { nameMasked: string; idNoMasked: string };
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
  return {
    swipeReason,
    holder: { nameMasked: maskName(person?.name ?? ''), idNoMasked: maskIdNo(card.holderIdNo) },
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
