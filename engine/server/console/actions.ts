// The card actions a console page may offer: each is an admin route (POST /admin/cards/{no}/{op}),
// the card rule it applies, and the access entry that admits it. A page offers an action only when
// the card's status allows it (card-rules.cardTransition) and the role may do it (access.ts); the
// admin route decides again when it is used, so hiding is a convenience, never the check.
import { type Action, mayDo } from '../../cards/access.js';
import type { Role } from '../../cards/records.js';
import { CardOp, cardTransition } from '../../core/card-rules.js';
import type { CardRecord } from '../../core/model.js';
import type { DecisionSettings } from '../../core/settings.js';

export interface ConsoleAction {
  /** The admin route's last segment, and the page's name for it. */
  op: string;
  rule: CardOp;
  action: Action;
}

export const consoleActions: readonly ConsoleAction[] = [
  { op: 'temp-loss', rule: CardOp.ReportTempLoss, action: 'card.operate' },
  { op: 'formal-loss', rule: CardOp.ReportFormalLoss, action: 'card.operate' },
  { op: 'temp-loss-lift', rule: CardOp.LiftTempLoss, action: 'card.operate' },
  { op: 'formal-loss-lift', rule: CardOp.LiftFormalLoss, action: 'card.requestFormalLossLift' },
  { op: 'damage', rule: CardOp.ReportDamage, action: 'card.operate' },
  { op: 'replacement', rule: CardOp.Replace, action: 'card.replace' },
  { op: 'bank-activation', rule: CardOp.ActivateBank, action: 'card.operate' },
  { op: 'retirement', rule: CardOp.RetireLegacy, action: 'card.operate' },
  { op: 'cancellation', rule: CardOp.Cancel, action: 'card.cancel' },
];

export function consoleAction(op: string): ConsoleAction | undefined {
  return consoleActions.find((a) => a.op === op);
}

/** The actions offered on a card's page to a role now. */
export function allowedActions(
  card: CardRecord,
  role: Role,
  nowMs: number,
  settings: DecisionSettings,
): ConsoleAction[] {
  return consoleActions.filter(
    (a) => mayDo(role, a.action) && cardTransition(card, a.rule, nowMs, settings).refusal === '',
  );
}
