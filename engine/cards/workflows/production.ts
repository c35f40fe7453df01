// The card centre's workflows. Production: batches, arrival, pickup by employer agents, delivery,
// and the six-month return sweep. Each change is one write transaction of the centre (centre-
// core.ts, write) with its change-log entry; refusals are values (AdminProblem + detail).

import { randomInt } from 'node:crypto';
import { sealKey } from '../../auth/seal.js';
import { CardOp, cardTransition, returnDue } from '../../core/card-rules.js';
import { limits } from '../../core/limits.js';
import { type CardRecord, CardStatus } from '../../core/model.js';
import { decodeCard } from '../../store/records.js';
import { scanInTurns } from '../../store/store.js';
import { mayDo } from '../access.js';
import type { CentreCore } from '../centre-core.js';
import { cardView } from '../centre-core.js';
import { AdminProblem, type CardView, type Outcome, ok, refuse } from '../outcomes.js';
import {
  asBatch,
  asMember,
  asReview,
  type BatchRecord,
  type MemberRecord,
  type ReviewRecord,
  Role,
} from '../records.js';
import { agentMayAct, type Principal } from '../staff.js';
import { cardStep } from './card-status.js';

// ---------------------------------------------------------------------------------------------
// Production, arrival, pickup, delivery, return (steps 6-8)

/** A production batch of generated cards (new issues and replacements), optionally one employer's. */
export async function createBatch(
  c: CentreCore,
  actor: Principal,
  employerCode: string,
  cardsMax: number,
  nowMs: number,
): Promise<Outcome<{ batchId: string; cards: number }>> {
  // All employers: the generated cards are found by a scan outside the write transaction (in
  // event-loop turns), then each is checked again inside it.
  const candidates: string[] = [];
  if (employerCode === '') {
    await scanInTurns(c.store.cards, (key, value) => {
      if (decodeCard(key, value as Buffer).status === CardStatus.Generated) candidates.push(key);
      return candidates.length < cardsMax;
    });
  }
  return c.write((log) => {
    const cardNos: string[] = [];
    if (employerCode !== '') {
      if (c.store.employers.get(employerCode) === undefined)
        return refuse(AdminProblem.NotFound, 'employer not registered');
      for (const key of c.store.employerMembers.getKeys({ start: employerCode + ':', end: employerCode + ';' })) {
        const member = asMember(c.store.members.get((key as string).slice(employerCode.length + 1)));
        if (member === undefined || member.cardNo === '') continue;
        const card = c.card(member.cardNo);
        if (card !== undefined && card.status === CardStatus.Generated) cardNos.push(card.cardNo);
        if (cardNos.length >= cardsMax) break;
      }
    } else {
      for (const cardNo of candidates) if (c.card(cardNo)?.status === CardStatus.Generated) cardNos.push(cardNo);
    }
    if (cardNos.length === 0) return refuse(AdminProblem.Conflict, 'no generated cards waiting for production');
    const batchId = `B${String(nowMs)}${String(randomInt(1000)).padStart(3, '0')}`;
    for (const cardNo of cardNos) cardStep(c, log, actor.staffId, c.card(cardNo)!, CardOp.Produce, nowMs);
    const batch: BatchRecord = {
      createdMs: nowMs,
      createdBy: actor.staffId,
      employerCode,
      cardNos,
      arrivalMs: 0,
      pickups: {},
    };
    c.store.batches.putSync(batchId, batch);
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

export async function recordArrival(
  c: CentreCore,
  actor: Principal,
  batchId: string,
  nowMs: number,
): Promise<Outcome<{ batchId: string; cards: number }>> {
  return c.write((log) => {
    const batch = asBatch(c.store.batches.get(batchId));
    if (batch === undefined) return refuse(AdminProblem.NotFound, 'no such batch');
    if (batch.arrivalMs !== 0) return refuse(AdminProblem.Conflict, 'batch already arrived');
    let cards = 0;
    for (const cardNo of batch.cardNos) {
      const card = c.card(cardNo);
      if (card !== undefined && card.status === CardStatus.InProduction) {
        cardStep(c, log, actor.staffId, card, CardOp.Arrive, nowMs);
        cards++;
      }
    }
    c.store.batches.putSync(batchId, { ...batch, arrivalMs: nowMs } satisfies BatchRecord);
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
export async function pickup(
  c: CentreCore,
  actor: Principal,
  batchId: string,
  nowMs: number,
): Promise<Outcome<{ batchId: string; cards: number }>> {
  return c.write((log) => {
    if (!mayDo(actor.role, 'batch.pickup'))
      return refuse(AdminProblem.Forbidden, "only an employer's named agent collects cards");
    if (!agentMayAct(c.store, actor, actor.employerCode))
      return refuse(AdminProblem.Forbidden, "not named on the employer's current authorization");
    const batch = asBatch(c.store.batches.get(batchId));
    if (batch === undefined) return refuse(AdminProblem.NotFound, 'no such batch');
    if (batch.arrivalMs === 0) return refuse(AdminProblem.Conflict, 'batch has not arrived');
    if (batch.pickups[actor.employerCode] !== undefined) return refuse(AdminProblem.Conflict, 'already collected');
    let cards = 0;
    for (const cardNo of batch.cardNos) {
      const card = c.card(cardNo);
      if (card === undefined || card.status !== CardStatus.AwaitingPickup) continue;
      const member = asMember(c.store.members.get(card.holderIdNo));
      if (member === undefined || member.employerCode !== actor.employerCode) continue;
      c.store.members.putSync(card.holderIdNo, {
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
        after: { pickedUp: true, agentTag: c.subjectTag(actor.agentIdNo) },
      });
      cards++;
    }
    if (cards === 0) return refuse(AdminProblem.Conflict, 'no cards of this employer await pickup in the batch');
    c.store.batches.putSync(batchId, {
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
export async function deliver(
  c: CentreCore,
  actor: Principal,
  cardNo: string,
  signature: string,
  nowMs: number,
): Promise<Outcome<CardView>> {
  const signatureSealed = sealKey(c.options.masterKey, Buffer.from(signature, 'utf8')).toString('base64');
  return c.write((log) => {
    const card = c.card(cardNo);
    const member = card === undefined ? undefined : asMember(c.store.members.get(card.holderIdNo));
    // Scope first: to an agent, another employer's card and no card at all look alike.
    if (actor.role === Role.Agent && (member === undefined || !agentMayAct(c.store, actor, member.employerCode)))
      return refuse(AdminProblem.Forbidden, "not an agent of the holder's employer");
    if (card === undefined) return refuse(AdminProblem.NotFound, 'no such card');
    if (actor.role === Role.Agent) {
      if (member?.pickedUpBy === '') return refuse(AdminProblem.Conflict, 'card has not been collected by an agent');
    } else if (!mayDo(actor.role, 'card.deliver'))
      return refuse(AdminProblem.Forbidden, 'operators and agents deliver cards');
    const step = cardTransition(card, CardOp.Deliver, nowMs, c.options.settings);
    if (step.refusal !== '') return refuse(AdminProblem.Conflict, step.refusal);
    const seq = cardStep(c, log, actor.staffId, card, CardOp.Deliver, nowMs);
    if (member !== undefined)
      c.store.members.putSync(card.holderIdNo, {
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
export async function sweepReturns(
  c: CentreCore,
  actor: Principal,
  nowMs: number,
): Promise<{ returned: string[]; lapsed: number }> {
  const due: string[] = [];
  const lapsedDue: string[] = [];
  const ttlMs = c.options.settings.tempLossTtlMs;
  // docs/DOMAIN.md section 2, step 8: the six months run from the agent's pickup (领取后6个月内发放), not
  // from the arrival at the centre. A card no agent collected is still at the centre: it is never
  // "returned"; an operator delivers it there (deliver) when the person comes.
  const pickedUpMsOf = (card: CardRecord): number => asMember(c.store.members.get(card.holderIdNo))?.pickedUpMs ?? 0;
  const isDue = (card: CardRecord): boolean => {
    if (card.status !== CardStatus.AwaitingPickup) return false;
    const pickedUpMs = pickedUpMsOf(card);
    return pickedUpMs > 0 && returnDue(pickedUpMs, nowMs);
  };
  await scanInTurns(c.store.cards, (key, value) => {
    const card = decodeCard(key, value as Buffer);
    if (isDue(card)) due.push(card.cardNo);
    // Temporary losses past their TTL go back to issued (and off the hot list) in the same pass.
    if (card.status === CardStatus.TempLost && nowMs >= card.statusSinceMs + ttlMs) lapsedDue.push(card.cardNo);
  });
  const returned: string[] = [];
  let lapsed = 0;
  for (let i = 0; i < due.length; i += 1_000) {
    const chunk = due.slice(i, i + 1_000);
    await c.write((log) => {
      for (const cardNo of chunk) {
        const card = c.card(cardNo);
        if (card === undefined || !isDue(card)) continue;
        cardStep(c, log, actor.staffId, card, CardOp.Return, nowMs);
        c.store.returns.putSync(cardNo, {
          returnedMs: nowMs,
          arrivalMs: card.statusSinceMs,
          pickedUpMs: pickedUpMsOf(card),
          holderTag: c.subjectTag(card.holderIdNo),
        });
        returned.push(cardNo);
      }
    });
  }
  for (let i = 0; i < lapsedDue.length; i += 1_000) {
    const chunk = lapsedDue.slice(i, i + 1_000);
    await c.write((log) => {
      for (const cardNo of chunk) {
        const card = c.card(cardNo);
        if (card === undefined) continue;
        if (cardTransition(card, CardOp.LapseTempLoss, nowMs, c.options.settings).refusal !== '') continue;
        cardStep(c, log, actor.staffId, card, CardOp.LapseTempLoss, nowMs);
        lapsed++;
      }
    });
  }
  await expireReviews(c, actor, nowMs);
  return { returned, lapsed };
}

/** Pending maker-checker requests older than limits.reviewTtlMs are removed, each logged. */
async function expireReviews(c: CentreCore, actor: Principal, nowMs: number): Promise<void> {
  await c.write((log) => {
    const expired: [string, ReviewRecord][] = [];
    for (const { key, value } of c.store.reviews.getRange({ limit: limits.pendingReviewsMax })) {
      const review = asReview(value);
      if (review !== undefined && nowMs - review.requestedMs >= limits.reviewTtlMs)
        expired.push([key as string, review]);
    }
    for (const [reviewId, review] of expired) c.expireReview(log, actor, reviewId, review, nowMs);
  });
}
