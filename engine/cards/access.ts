// Who may do what in the card centre: the one matrix. Every admin route admits exactly the roles of
// its action (the route helper takes the action, not a list of roles), and the workflows that check
// a role inside (pickup, delivery) read the same entries. Scope (an agent acts only for the employer
// that currently names them) is a separate rule: CardCentre.mayActFor.
import { Role } from './records.js';

const staffSide = [Role.Operator, Role.Reviewer, Role.Auditor] as const;
const anyone = [...staffSide, Role.Agent] as const;

export const access = {
  login: [],
  logout: [...anyone, Role.Admin],
  'staff.create': [Role.Admin],
  'staff.disable': [Role.Admin],
  'staff.unlock': [Role.Admin],
  'clock.set': [Role.Admin],
  'employer.register': [Role.Operator],
  'employer.authorize': [Role.Operator],
  'employer.reports': anyone,
  'reports.police': staffSide,
  'reports.returned': staffSide,
  import: [Role.Operator],
  'person.read': anyone,
  'person.confirm': [Role.Operator, Role.Reviewer, Role.Agent],
  'person.review': [Role.Reviewer],
  'person.regionTransfer': [Role.Operator],
  'person.resolveDuplicate': [Role.Operator],
  'evoucher.issue': [Role.Operator],
  'family.bind': [Role.Operator],
  'family.revoke': [Role.Operator],
  'family.import': [Role.Operator, Role.Reviewer],
  'family.importRead': staffSide,
  'batch.create': [Role.Operator],
  'batch.arrival': [Role.Operator],
  'batch.pickup': [Role.Agent],
  'card.deliver': [Role.Agent, Role.Operator],
  'sweep.returns': [Role.Operator],
  'card.read': staffSide,
  'card.reveal': [Role.Operator, Role.Reviewer],
  'card.operate': [Role.Operator],
  'card.cancel': [Role.Operator],
  'card.replace': [Role.Operator],
  'card.requestFormalLossLift': [Role.Operator, Role.Reviewer],
  'review.list': [Role.Operator, Role.Reviewer],
  'review.decide': [Role.Reviewer],
  'changes.read': [Role.Auditor],
  'audit.read': [Role.Auditor],
  'hotList.read': [Role.Operator, Role.Auditor],
  /** The web console's live operations page (the engine's own metrics). */
  'metrics.read': staffSide,
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof access;

/** True when the role may do the action (before any scope rule). */
export function mayDo(role: Role, action: Action): boolean {
  return (access[action] as readonly Role[]).includes(role);
}
