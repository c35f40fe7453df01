// The card centre's workflows. Card status: loss reports and their lifting, damage, cancellation,
// bank activation, replacement, maker-checker approvals. Each change is one write transaction of
// the centre (centre-core.ts, write) with its change-log entry; refusals are values (AdminProblem +
// detail).

import { assert } from '../../core/assert.js';
import {
  type CancelReason,
  CardOp,
  cardOpNames,
  cardStatusNames,
  cardTransition,
  expiryOfHotEntry,
  HotEffect,
  reviewRefusal,
} from '../../core/card-rules.js';
import { limits } from '../../core/limits.js';
import { type CardRecord, HotReason } from '../../core/model.js';
import { encodeCard, encodeHotEntry } from '../../store/records.js';
import { hotListKey } from '../../store/store.js';
import type { CentreCore } from '../centre-core.js';
import { cardView, newCardSn } from '../centre-core.js';
import type { ChangeLog } from '../change-log.js';
import { AdminProblem, type CardView, type Outcome, ok, refuse } from '../outcomes.js';
import { asMember, asReview, type HotChange, type MemberRecord, ReviewKind, type ReviewRecord } from '../records.js';
import type { Principal } from '../staff.js';

// ---------------------------------------------------------------------------------------------
// Card status operations (docs/DOMAIN.md section 4)

/** Loss reports, lifting a temporary loss, damage, cancellation, bank activation, legacy retirement. */
export async function cardOperation(
  c: CentreCore,
  actor: Principal,
  cardNo: string,
  op: CardOp,
  nowMs: number,
  cancelReason: CancelReason | 0 = 0,
  note = '',
): Promise<Outcome<CardView>> {
  assert(op !== CardOp.LiftFormalLoss && op !== CardOp.Replace, 'these have their own methods');
  return c.write((log) => {
    const card = c.card(cardNo);
    if (card === undefined) return refuse(AdminProblem.NotFound, 'no such card');
    const step = cardTransition(card, op, nowMs, c.options.settings);
    if (step.refusal !== '') return refuse(AdminProblem.Conflict, step.refusal);
    const seq = cardStep(c, log, actor.staffId, card, op, nowMs, cancelReason, note);
    return ok(cardView(c.card(cardNo)!, seq));
  });
}

/**
 * Lifting a formal loss is maker-checker: this records the request, bound to the card's current
 * change sequence; a different reviewer approves. At most one pending request per card and kind.
 */
export async function requestLiftFormalLoss(
  c: CentreCore,
  actor: Principal,
  cardNo: string,
  nowMs: number,
  note = '',
): Promise<Outcome<{ reviewId: string }>> {
  return c.write((log) => {
    const card = c.card(cardNo);
    if (card === undefined) return refuse(AdminProblem.NotFound, 'no such card');
    const step = cardTransition(card, CardOp.LiftFormalLoss, nowMs, c.options.settings);
    if (step.refusal !== '') return refuse(AdminProblem.Conflict, step.refusal);
    let pending = 0;
    for (const { key, value } of c.store.reviews.getRange({ limit: limits.pendingReviewsMax })) {
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
      ...(note === '' ? {} : { note }),
    };
    c.store.reviews.putSync(reviewId, review);
    log.append({
      timeMs: nowMs,
      actor: actor.staffId,
      op: 'request-lift-formal-loss',
      subject: cardNo,
      before: {},
      after: { reviewId, ...(note === '' ? {} : { note }) },
    });
    return ok({ reviewId });
  });
}

export async function approveReview(
  c: CentreCore,
  actor: Principal,
  reviewId: string,
  approve: boolean,
  nowMs: number,
): Promise<Outcome<CardView | { reviewId: string; rejected: true }>> {
  return c.write((log) => {
    const review = asReview(c.store.reviews.get(reviewId));
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
      c.expireReview(log, actor, reviewId, review, nowMs);
      return refuse(AdminProblem.Conflict, 'the request expired');
    }
    const current = c.card(review.cardNo);
    if (
      approve &&
      (current === undefined || current.cardSn !== review.cardSn || current.changeSeq !== (review.cardChangeSeq ?? 0))
    )
      return refused(AdminProblem.Conflict, 'the card changed since the request: make a new one');
    c.store.reviews.removeSync(reviewId);
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
    const step = cardTransition(card, CardOp.LiftFormalLoss, nowMs, c.options.settings);
    assert(step.refusal === '', 'an unchanged card still allows the lift it was requested for');
    const seq = cardStep(c, log, actor.staffId, card, CardOp.LiftFormalLoss, nowMs);
    log.append({
      timeMs: nowMs,
      actor: actor.staffId,
      op: 'approve-review',
      subject: review.cardNo,
      before: { reviewId },
      after: { requestedBy: review.requestedBy },
    });
    return ok(cardView(c.card(review.cardNo)!, seq));
  });
}

/** Replacement: same card number, new card_sn; the old card_sn goes on the hot list (C04). */
export async function replace(
  c: CentreCore,
  actor: Principal,
  cardNo: string,
  nowMs: number,
  note = '',
): Promise<Outcome<CardView>> {
  return c.write((log) => {
    const card = c.card(cardNo);
    if (card === undefined) return refuse(AdminProblem.NotFound, 'no such card');
    const step = cardTransition(card, CardOp.Replace, nowMs, c.options.settings);
    if (step.refusal !== '') return refuse(AdminProblem.Conflict, step.refusal);
    const seq = cardStep(c, log, actor.staffId, card, CardOp.Replace, nowMs, 0, note);
    const member = asMember(c.store.members.get(card.holderIdNo));
    if (member !== undefined) {
      c.store.members.putSync(card.holderIdNo, {
        ...member,
        pickedUpBy: '',
        pickedUpMs: 0,
        signatureSealed: '',
        deliveredMs: 0,
      } satisfies MemberRecord);
    }
    return ok(cardView(c.card(cardNo)!, seq));
  });
}

/**
 * Applies an allowed card step inside the transaction: the card record, its hot list entry and
 * one change log entry. Returns the change's sequence.
 */
export function cardStep(
  c: CentreCore,
  log: ChangeLog,
  actor: string,
  card: CardRecord,
  op: CardOp,
  nowMs: number,
  cancelReason: CancelReason | 0 = 0,
  /** The staff member's reason for the step (the console asks for one; no personal data). */
  note = '',
): number {
  const step = cardTransition(card, op, nowMs, c.options.settings);
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
    c.store.hotList.putSync(key, encodeHotEntry({ reason: step.hotReason, sinceMs: nowMs, sequence: seq }));
    hot = log.hotChange(
      card.cardNo,
      card.cardSn,
      true,
      step.hotReason,
      nowMs,
      expiryOfHotEntry(step.hotReason, nowMs, c.options.settings),
    );
  } else if (step.hot === HotEffect.Remove && c.store.hotList.getBinary(key) !== undefined) {
    c.store.hotList.removeSync(key);
    hot = log.hotChange(card.cardNo, card.cardSn, false, HotReason.Administrative, nowMs, 0);
  }
  c.store.cards.putSync(card.cardNo, encodeCard(next));
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
      ...(note !== '' ? { note } : {}),
    },
    hot,
  });
  assert(appended === seq, 'change sequence taken in order');
  return seq;
}
