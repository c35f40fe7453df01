// Who may do what in the card centre, row by row: the one matrix (engine/cards/access.ts). The
// admin routes take their roles from it; test/integration/security-matrix.test.ts checks the routes.
import { describe, expect, it } from 'vitest';
import { type Action, access, mayDo } from '../../engine/cards/access.js';
import { Role } from '../../engine/cards/records.js';

const A = Role.Admin;
const O = Role.Operator;
const R = Role.Reviewer;
const U = Role.Auditor;
const G = Role.Agent;

// action: the roles admitted, written out (a change to the matrix must change this table too).
const table: [Action, Role[]][] = [
  ['login', []],
  ['logout', [A, O, R, U, G]],
  ['staff.create', [A]],
  ['staff.disable', [A]],
  ['staff.unlock', [A]],
  ['clock.set', [A]],
  ['employer.register', [O]],
  ['employer.authorize', [O]],
  ['employer.reports', [O, R, U, G]],
  ['reports.police', [O, R, U]],
  ['reports.returned', [O, R, U]],
  ['import', [O]],
  ['person.read', [O, R, U, G]],
  ['person.confirm', [O, R, G]],
  ['person.review', [R]],
  ['person.regionTransfer', [O]],
  ['person.resolveDuplicate', [O]],
  ['evoucher.issue', [O]],
  ['family.bind', [O]],
  ['family.revoke', [O]],
  ['family.import', [O, R]],
  ['family.importRead', [O, R, U]],
  ['batch.create', [O]],
  ['batch.arrival', [O]],
  ['batch.pickup', [G]],
  ['card.deliver', [G, O]],
  ['sweep.returns', [O]],
  ['card.read', [O, R, U]],
  ['card.operate', [O]],
  ['card.cancel', [O]],
  ['card.replace', [O]],
  ['card.requestFormalLossLift', [O, R]],
  ['card.reveal', [O, R]],
  ['review.list', [O, R]],
  ['review.decide', [R]],
  ['changes.read', [U]],
  ['audit.read', [U]],
  ['hotList.read', [O, U]],
  ['metrics.read', [O, R, U]],
];

describe('the card-centre role matrix', () => {
  it('covers every action exactly once', () => {
    expect(table.map(([action]) => action).sort()).toEqual(Object.keys(access).sort());
  });
  it.each(table)('%s', (action, admitted) => {
    for (const role of [A, O, R, U, G]) expect(mayDo(role, action), `${role} ${action}`).toBe(admitted.includes(role));
  });
});
