// The card centre: issuance pipeline and card status operations (docs/DOMAIN.md sections 2 and 4) over
// the engine's LMDB store. This class is the one entry to the workflows, one module per group in
// workflows/ over what they share (centre-core.ts: the serialized write with its change log, the
// lookups, the actor checks, the audit trail). Refusals are values (AdminProblem + detail), never
// thrown.

import { CentreCore } from './centre-core.js';
import * as applications from './workflows/applications.js';
import * as cardDesk from './workflows/card-desk.js';
import * as cardStatus from './workflows/card-status.js';
import * as employers from './workflows/employers.js';
import * as evouchers from './workflows/evouchers.js';
import * as families from './workflows/families.js';
import * as imports from './workflows/imports.js';
import * as persons from './workflows/persons.js';
import * as production from './workflows/production.js';
import * as staff from './workflows/staff.js';

export { type CardCentreOptions, cardView, employerMemberKey } from './centre-core.js';
export { changeLogTagKey, subjectTagOf } from './change-log.js';
export * from './outcomes.js';
export type { ConfirmationInput } from './records.js';

/** A workflow's parameters after the centre it runs on. */
type Args<F> = F extends (core: CentreCore, ...args: infer A) => unknown ? A : never;

export class CardCentre extends CentreCore {
  // E-vouchers (the national e-voucher service's stand-in)
  issueEVoucher(...args: Args<typeof evouchers.issueEVoucher>) {
    return evouchers.issueEVoucher(this, ...args);
  }
  // Family account sharing (家庭共济)
  bindFamily(...args: Args<typeof families.bindFamily>) {
    return families.bindFamily(this, ...args);
  }
  revokeFamily(...args: Args<typeof families.revokeFamily>) {
    return families.revokeFamily(this, ...args);
  }
  submitFamilyImport(...args: Args<typeof families.submitFamilyImport>) {
    return families.submitFamilyImport(this, ...args);
  }
  familyImport(...args: Args<typeof families.familyImport>) {
    return families.familyImport(this, ...args);
  }
  decideFamilyImport(...args: Args<typeof families.decideFamilyImport>) {
    return families.decideFamilyImport(this, ...args);
  }
  // Staff
  createStaff(...args: Args<typeof staff.createStaff>) {
    return staff.createStaff(this, ...args);
  }
  disableStaff(...args: Args<typeof staff.disableStaff>) {
    return staff.disableStaff(this, ...args);
  }
  login(...args: Args<typeof staff.login>) {
    return staff.login(this, ...args);
  }
  logout(...args: Args<typeof staff.logout>) {
    return staff.logout(this, ...args);
  }
  unlockStaff(...args: Args<typeof staff.unlockStaff>) {
    return staff.unlockStaff(this, ...args);
  }
  // Employers and agents
  registerEmployer(...args: Args<typeof employers.registerEmployer>) {
    return employers.registerEmployer(this, ...args);
  }
  authorizeAgents(...args: Args<typeof employers.authorizeAgents>) {
    return employers.authorizeAgents(this, ...args);
  }
  // Imports (one transaction per chunk)
  applyMemberRows(...args: Args<typeof imports.applyMemberRows>) {
    return imports.applyMemberRows(this, ...args);
  }
  applyPoliceRows(...args: Args<typeof imports.applyPoliceRows>) {
    return imports.applyPoliceRows(this, ...args);
  }
  finishPoliceMatch(...args: Args<typeof imports.finishPoliceMatch>) {
    return imports.finishPoliceMatch(this, ...args);
  }
  applyLegacyRows(...args: Args<typeof imports.applyLegacyRows>) {
    return imports.applyLegacyRows(this, ...args);
  }
  // Applications: confirmation (maker) and review (checker)
  confirm(...args: Args<typeof applications.confirm>) {
    return applications.confirm(this, ...args);
  }
  review(...args: Args<typeof applications.review>) {
    return applications.review(this, ...args);
  }
  // Production, pickup, delivery, returns
  createBatch(...args: Args<typeof production.createBatch>) {
    return production.createBatch(this, ...args);
  }
  recordArrival(...args: Args<typeof production.recordArrival>) {
    return production.recordArrival(this, ...args);
  }
  pickup(...args: Args<typeof production.pickup>) {
    return production.pickup(this, ...args);
  }
  deliver(...args: Args<typeof production.deliver>) {
    return production.deliver(this, ...args);
  }
  sweepReturns(...args: Args<typeof production.sweepReturns>) {
    return production.sweepReturns(this, ...args);
  }
  // Card status operations and maker-checker approvals
  // The counter's view of a card (the web console's card page)
  cardDesk(...args: Args<typeof cardDesk.cardDesk>) {
    return cardDesk.cardDesk(this, ...args);
  }
  cardTimeline(...args: Args<typeof cardDesk.cardTimeline>) {
    return cardDesk.cardTimeline(this, ...args);
  }
  pendingReviews(...args: Args<typeof cardDesk.pendingReviews>) {
    return cardDesk.pendingReviews(this, ...args);
  }
  employerBatches(...args: Args<typeof cardDesk.employerBatches>) {
    return cardDesk.employerBatches(this, ...args);
  }
  revealHolder(...args: Args<typeof cardDesk.revealHolder>) {
    return cardDesk.revealHolder(this, ...args);
  }
  cardOperation(...args: Args<typeof cardStatus.cardOperation>) {
    return cardStatus.cardOperation(this, ...args);
  }
  requestLiftFormalLoss(...args: Args<typeof cardStatus.requestLiftFormalLoss>) {
    return cardStatus.requestLiftFormalLoss(this, ...args);
  }
  approveReview(...args: Args<typeof cardStatus.approveReview>) {
    return cardStatus.approveReview(this, ...args);
  }
  replace(...args: Args<typeof cardStatus.replace>) {
    return cardStatus.replace(this, ...args);
  }
  // Persons
  transferRegion(...args: Args<typeof persons.transferRegion>) {
    return persons.transferRegion(this, ...args);
  }
  resolveDuplicate(...args: Args<typeof persons.resolveDuplicate>) {
    return persons.resolveDuplicate(this, ...args);
  }
}
