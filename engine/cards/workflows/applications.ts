// The card centre's workflows. Applications: one person's confirmation form (the maker) and its
// review (the checker). Each change is one write transaction of the centre (centre-core.ts, write)
// with its change-log entry; refusals are values (AdminProblem + detail).

import { randomInt } from 'node:crypto';
import {
  cardStatusNames,
  confirmationRefusal,
  Mismatch,
  personalDataLocked,
  reviewRefusal,
  Stage,
  stageNames,
} from '../../core/card-rules.js';
import { CardKind, type CardRecord, CardStatus } from '../../core/model.js';
import { encodeCard, encodePerson } from '../../store/records.js';
import type { CentreCore } from '../centre-core.js';
import { cardLetters, newCardSn } from '../centre-core.js';
import { AdminProblem, type Outcome, ok, refuse } from '../outcomes.js';
import { asMember, type Confirmation, type ConfirmationInput, type MemberRecord } from '../records.js';
import type { Principal } from '../staff.js';

// ---------------------------------------------------------------------------------------------
// Confirmation and review (steps 3 and 5)

/** One person's confirmation form, entered by an operator or the employer's agent (the maker). */
export async function confirm(
  c: CentreCore,
  actor: Principal,
  idNo: string,
  input: ConfirmationInput,
  nowMs: number,
): Promise<Outcome<{ stage: string }>> {
  return c.write((log) => {
    const member = asMember(c.store.members.get(idNo));
    // Scope first: to an agent, a person of another employer and no person at all look alike.
    if (!c.mayActFor(actor, member?.employerCode ?? ''))
      return refuse(AdminProblem.Forbidden, "not an agent of this person's employer");
    if (member === undefined) return refuse(AdminProblem.NotFound, 'no application for this person');
    const card = member.cardNo === '' ? undefined : c.card(member.cardNo);
    if (personalDataLocked(member.stage, card?.status ?? 0))
      return refuse(AdminProblem.Locked, 'already submitted: personal data is locked until the card is issued');
    const why = confirmationRefusal(member.stage, member.mismatch, input.correctedName.length > 0);
    if (why !== '') return refuse(AdminProblem.Conflict, why);
    const confirmation: Confirmation = { ...input, enteredBy: actor.staffId, enteredMs: nowMs };
    c.store.members.putSync(idNo, { ...member, stage: Stage.Submitted, confirmation } satisfies MemberRecord);
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
export async function review(
  c: CentreCore,
  actor: Principal,
  idNo: string,
  approve: boolean,
  nowMs: number,
): Promise<Outcome<{ stage: string; cardNo: string }>> {
  return c.write((log) => {
    const member = asMember(c.store.members.get(idNo));
    if (member === undefined) return refuse(AdminProblem.NotFound, 'no application for this person');
    if (member.stage !== Stage.Submitted || member.confirmation === null)
      return refuse(AdminProblem.Conflict, `application is ${stageNames[member.stage]}, not submitted`);
    const same = reviewRefusal(member.confirmation.enteredBy, actor.staffId);
    if (same !== '') return refuse(AdminProblem.SameReviewer, same);
    if (!approve) {
      const back = member.mismatch === Mismatch.NotInRegister ? Stage.Mismatch : Stage.Matched;
      c.store.members.putSync(idNo, { ...member, stage: back, confirmation: null } satisfies MemberRecord);
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
    const cardNo = newCardNumber(c);
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
    c.store.cards.putSync(cardNo, encodeCard(card));
    if (member.confirmation.correctedName !== '') {
      const person = c.personOf(idNo);
      if (person !== undefined)
        c.store.persons.putSync(idNo, encodePerson({ ...person, name: member.confirmation.correctedName }));
    }
    c.store.members.putSync(idNo, {
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
function newCardNumber(c: CentreCore): string {
  for (let attempt = 0; attempt < 64; attempt++) {
    const cardNo = cardLetters[randomInt(26)]! + String(randomInt(100_000_000)).padStart(8, '0');
    if (c.store.cards.getBinary(cardNo) === undefined) return cardNo;
  }
  throw new Error('assertion: card number space exhausted');
}
