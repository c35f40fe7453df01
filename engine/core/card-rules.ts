// The card centre's rules (docs/DOMAIN.md sections 2 and 4): which card status operations are allowed in
// which status, what each does to the hot list, and the issuance stages of a person's application.
// Pure: the card centre (engine/cards) reads the records, asks here, and writes what comes back.
import { chinaOffsetMs } from './china-time.js';
import { CardKind, type CardRecord, CardStatus, HotReason } from './model.js';
import type { DecisionSettings } from './settings.js';

/** Card status operations, numbered for the change log (stable: never renumber). */
export const CardOp = {
  ReportTempLoss: 1,
  ReportFormalLoss: 2,
  LiftTempLoss: 3,
  LiftFormalLoss: 4,
  ReportDamage: 5,
  Replace: 6,
  Cancel: 7,
  ActivateBank: 8,
  RetireLegacy: 9,
  Produce: 10,
  Arrive: 11,
  Deliver: 12,
  Return: 13,
  /** A temporary loss past its TTL, cleared by the sweep (the swipe path already ignores it). */
  LapseTempLoss: 14,
} as const;
export type CardOp = (typeof CardOp)[keyof typeof CardOp];

export const cardOpNames: Record<CardOp, string> = {
  1: 'report-temp-loss',
  2: 'report-formal-loss',
  3: 'lift-temp-loss',
  4: 'lift-formal-loss',
  5: 'report-damage',
  6: 'replace',
  7: 'cancel',
  8: 'activate-bank',
  9: 'retire-legacy',
  10: 'produce',
  11: 'arrive',
  12: 'deliver',
  13: 'return',
  14: 'lapse-temp-loss',
};

export const cardStatusNames: Record<CardStatus, string> = {
  1: 'generated',
  2: 'in-production',
  3: 'awaiting-pickup',
  4: 'issued',
  5: 'temp-lost',
  6: 'formally-lost',
  7: 'damaged',
  8: 'returned',
  9: 'cancelled',
};

/** Why a card is cancelled (注销). */
export const CancelReason = { Death: 1, Emigration: 2, TransferOut: 3 } as const;
export type CancelReason = (typeof CancelReason)[keyof typeof CancelReason];

/** What an allowed operation does to the hot list entry of the card's current card_sn. */
export const HotEffect = { None: 0, Put: 1, Remove: 2 } as const;
export type HotEffect = (typeof HotEffect)[keyof typeof HotEffect];

export interface CardTransition {
  /** Empty when allowed; otherwise why not (stable text, shown to staff). */
  refusal: string;
  status: CardStatus;
  hot: HotEffect;
  /** The hot list reason for HotEffect.Put. */
  hotReason: HotReason;
}

function refused(card: CardRecord, why: string): CardTransition {
  return { refusal: why, status: card.status, hot: HotEffect.None, hotReason: HotReason.Administrative };
}

function to(status: CardStatus, hot: HotEffect, hotReason: HotReason = HotReason.Administrative): CardTransition {
  return { refusal: '', status, hot, hotReason };
}

/** A temporary loss that has lapsed counts as issued again. */
function effectivelyIssued(card: CardRecord, nowMs: number, settings: DecisionSettings): boolean {
  if (card.status === CardStatus.Issued) return true;
  return card.status === CardStatus.TempLost && nowMs >= card.statusSinceMs + settings.tempLossTtlMs;
}

/**
 * The status a card moves to under an operation, and its hot list effect; or why it may not.
 * Replacement keeps the card number: the caller gives the card a new card_sn, puts the old one on
 * the hot list (reason Replaced) and the new card then follows the issuance steps from Generated.
 */
export function cardTransition(
  card: CardRecord,
  op: CardOp,
  nowMs: number,
  settings: DecisionSettings,
): CardTransition {
  const issued = effectivelyIssued(card, nowMs, settings);
  const status = card.status;
  switch (op) {
    case CardOp.ReportTempLoss:
      if (!issued) return refused(card, `a temporary loss needs an issued card (card is ${cardStatusNames[status]})`);
      return to(CardStatus.TempLost, HotEffect.Put, HotReason.TempLost);
    case CardOp.ReportFormalLoss:
      if (!issued && status !== CardStatus.TempLost)
        return refused(
          card,
          `a formal loss needs an issued or temporarily lost card (card is ${cardStatusNames[status]})`,
        );
      return to(CardStatus.FormallyLost, HotEffect.Put, HotReason.FormallyLost);
    case CardOp.LiftTempLoss:
      if (status !== CardStatus.TempLost)
        return refused(card, `card is ${cardStatusNames[status]}, not temporarily lost`);
      return to(CardStatus.Issued, HotEffect.Remove);
    case CardOp.LiftFormalLoss:
      if (status !== CardStatus.FormallyLost)
        return refused(card, `card is ${cardStatusNames[status]}, not formally lost`);
      return to(CardStatus.Issued, HotEffect.Remove);
    case CardOp.ReportDamage:
      if (!issued && status !== CardStatus.TempLost)
        return refused(card, `a damage report needs an issued card (card is ${cardStatusNames[status]})`);
      return to(CardStatus.Damaged, HotEffect.Put, HotReason.Damaged);
    case CardOp.Replace:
      if (card.kind !== CardKind.Ssc) return refused(card, 'legacy cards are retired, not replaced');
      if (status !== CardStatus.Damaged && status !== CardStatus.FormallyLost && status !== CardStatus.TempLost)
        return refused(card, `replacement needs a damaged or lost card (card is ${cardStatusNames[status]})`);
      return to(CardStatus.Generated, HotEffect.Put, HotReason.Replaced);
    case CardOp.Cancel:
      if (status === CardStatus.Cancelled) return refused(card, 'card is already cancelled');
      return to(CardStatus.Cancelled, HotEffect.Put, HotReason.Cancelled);
    case CardOp.ActivateBank:
      if (card.kind !== CardKind.Ssc) return refused(card, 'legacy cards have no bank function');
      if (card.bankActive) return refused(card, 'bank function already active');
      if (!issued && status !== CardStatus.TempLost && status !== CardStatus.FormallyLost)
        return refused(card, `bank activation needs a delivered card (card is ${cardStatusNames[status]})`);
      return to(status, HotEffect.None);
    case CardOp.RetireLegacy:
      if (card.kind === CardKind.Ssc) return refused(card, 'only legacy cards are retired');
      if (status === CardStatus.Cancelled) return refused(card, 'card is already cancelled');
      return to(CardStatus.Cancelled, HotEffect.Put, HotReason.Cancelled);
    case CardOp.Produce:
      if (status !== CardStatus.Generated) return refused(card, `card is ${cardStatusNames[status]}, not generated`);
      return to(CardStatus.InProduction, HotEffect.None);
    case CardOp.Arrive:
      if (status !== CardStatus.InProduction)
        return refused(card, `card is ${cardStatusNames[status]}, not in production`);
      return to(CardStatus.AwaitingPickup, HotEffect.None);
    case CardOp.Deliver:
      if (status !== CardStatus.AwaitingPickup && status !== CardStatus.Returned)
        return refused(card, `card is ${cardStatusNames[status]}, not awaiting delivery`);
      return to(CardStatus.Issued, HotEffect.None);
    case CardOp.LapseTempLoss:
      if (status !== CardStatus.TempLost || !issued) return refused(card, 'not a lapsed temporary loss');
      return to(CardStatus.Issued, HotEffect.Remove);
    case CardOp.Return:
      if (status !== CardStatus.AwaitingPickup)
        return refused(card, `card is ${cardStatusNames[status]}, not awaiting delivery`);
      return to(CardStatus.Returned, HotEffect.None);
    default:
      return refused(card, 'unknown operation');
  }
}

/** When a hot list entry stops counting (0: never): a temporary loss lapses after the TTL. */
export function expiryOfHotEntry(reason: HotReason, sinceMs: number, settings: DecisionSettings): number {
  return reason === HotReason.TempLost ? sinceMs + settings.tempLossTtlMs : 0;
}

// ---------------------------------------------------------------------------------------------
// Issuance (docs/DOMAIN.md section 2): a person's application moves through these stages.

export const Stage = {
  /** Member data in from the contribution systems, not yet compared with the police register. */
  Imported: 1,
  /** Police data agrees: the roster may carry the person. */
  Matched: 2,
  /** Police data disagrees or is missing (see mismatch): reported, not issued. */
  Mismatch: 3,
  /** Not issued a card in this round (see exclusion). */
  Excluded: 4,
  /** Confirmation form entered (maker); awaits a different staff member's review. */
  Submitted: 5,
  /** Reviewed and final: the card exists (Generated onwards). */
  Final: 6,
} as const;
export type Stage = (typeof Stage)[keyof typeof Stage];

export const stageNames: Record<Stage, string> = {
  1: 'imported',
  2: 'matched',
  3: 'mismatch',
  4: 'excluded',
  5: 'submitted',
  6: 'final',
};

export const Mismatch = {
  None: 0,
  NameDiffers: 1,
  NotInRegister: 2,
  NoSecondGenId: 3,
  NonNingboHousehold: 4,
} as const;
export type Mismatch = (typeof Mismatch)[keyof typeof Mismatch];

export const mismatchNames: Record<Mismatch, string> = {
  0: '',
  1: 'name-differs',
  2: 'not-in-police-register',
  3: 'no-second-generation-id',
  4: 'non-ningbo-household',
};

export const Exclusion = { None: 0, InpatientOnly: 1, MigrantSeriousIllness: 2, DuplicateEnrolment: 3 } as const;
export type Exclusion = (typeof Exclusion)[keyof typeof Exclusion];

export const exclusionNames: Record<Exclusion, string> = {
  0: '',
  1: 'inpatient-only-scheme',
  2: 'migrant-serious-illness-scheme',
  3: 'insured-in-two-or-more-regions',
};

export const Scheme = { Employee: 1, InpatientOnly: 2, MigrantSeriousIllness: 3 } as const;
export type Scheme = (typeof Scheme)[keyof typeof Scheme];

/** What the police register says of one person (undefined: not in the extract). */
export interface PoliceRow {
  name: string;
  secondGenId: boolean;
  /** Household registration division code. */
  householdRegion: string;
}

export interface MatchResult {
  stage: Stage;
  mismatch: Mismatch;
  exclusion: Exclusion;
}

/**
 * The police-register comparison of one member (docs/DOMAIN.md section 2, step 1). Exclusions come
 * first (those people get no card data at all), then the mismatches in the order staff resolve them.
 */
export function matchPolice(
  member: { name: string; scheme: Scheme; enrolledRegionCount: number },
  police: PoliceRow | undefined,
  isNingboRegion: (code: string) => boolean,
): MatchResult {
  if (member.enrolledRegionCount >= 2)
    return { stage: Stage.Excluded, mismatch: Mismatch.None, exclusion: Exclusion.DuplicateEnrolment };
  if (member.scheme === Scheme.InpatientOnly)
    return { stage: Stage.Excluded, mismatch: Mismatch.None, exclusion: Exclusion.InpatientOnly };
  if (member.scheme === Scheme.MigrantSeriousIllness)
    return { stage: Stage.Excluded, mismatch: Mismatch.None, exclusion: Exclusion.MigrantSeriousIllness };
  if (police === undefined)
    return { stage: Stage.Mismatch, mismatch: Mismatch.NotInRegister, exclusion: Exclusion.None };
  if (police.name !== member.name)
    return { stage: Stage.Mismatch, mismatch: Mismatch.NameDiffers, exclusion: Exclusion.None };
  if (!police.secondGenId)
    return { stage: Stage.Mismatch, mismatch: Mismatch.NoSecondGenId, exclusion: Exclusion.None };
  if (!isNingboRegion(police.householdRegion))
    return { stage: Stage.Mismatch, mismatch: Mismatch.NonNingboHousehold, exclusion: Exclusion.None };
  return { stage: Stage.Matched, mismatch: Mismatch.None, exclusion: Exclusion.None };
}

/**
 * Whether a confirmation form may be entered: matched people, and people missing from the police
 * register when the form supplies the corrected data (docs/DOMAIN.md section 2, step 3).
 */
export function confirmationRefusal(stage: Stage, mismatch: Mismatch, hasCorrection: boolean): string {
  if (stage === Stage.Matched) return '';
  if (stage === Stage.Mismatch && mismatch === Mismatch.NotInRegister) {
    return hasCorrection ? '' : 'not in the police register: the form must supply the corrected data';
  }
  if (stage === Stage.Submitted || stage === Stage.Final)
    return 'already submitted: personal data is locked until the card is issued';
  return `application is ${stageNames[stage]}${stage === Stage.Mismatch ? ` (${mismatchNames[mismatch]})` : ''}`;
}

/**
 * After submission, a person's basic data may not change until the card is issued (step 5).
 * cardStatus 0: no card yet.
 */
export function personalDataLocked(stage: Stage, cardStatus: CardStatus | 0): boolean {
  if (stage === Stage.Submitted) return true;
  if (stage !== Stage.Final) return false;
  return (
    cardStatus === 0 ||
    cardStatus === CardStatus.Generated ||
    cardStatus === CardStatus.InProduction ||
    cardStatus === CardStatus.AwaitingPickup ||
    cardStatus === CardStatus.Returned
  );
}

/** Maker-checker: an entry becomes final only when a different staff member approves it. */
export function reviewRefusal(makerStaffId: string, checkerStaffId: string): string {
  return makerStaffId === checkerStaffId
    ? 'the reviewer must be a different staff member from the one who entered it'
    : '';
}

/** Cards not delivered within this many months of arrival go back to the centre (step 8). */
export const returnAfterMonths = 6;

/** The instant `months` calendar months after `fromMs`, counted in China time (day clamped to the month's end). */
export function addMonthsChina(fromMs: number, months: number): number {
  const local = new Date(fromMs + chinaOffsetMs);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(local.getUTCDate(), lastDay);
  return (
    Date.UTC(
      year,
      month,
      day,
      local.getUTCHours(),
      local.getUTCMinutes(),
      local.getUTCSeconds(),
      local.getUTCMilliseconds(),
    ) - chinaOffsetMs
  );
}

/**
 * True when a card an agent collected at pickedUpMs and has not handed to the person must be
 * returned at nowMs: six China-calendar months after the pickup (领取后6个月内发放).
 */
export function returnDue(pickedUpMs: number, nowMs: number): boolean {
  return nowMs >= addMonthsChina(pickedUpMs, returnAfterMonths);
}

/** Employer authorizations name at most this many agents (附件1). */
export const agentsPerEmployerMax = 3;

/** Department paths have at most two levels (branch -> department). */
export const departmentLevelsMax = 2;
