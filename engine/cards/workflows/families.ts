// The card centre's workflows. Family account sharing (家庭共济): a payer lets a relative (the
// beneficiary) draw on the payer's personal account once the beneficiary's own does not cover the
// person's part of a settlement (engine/core/split.ts). One binding per beneficiary, valid over a
// period, revocable; each change one write with its change-log entry (the payer by its tag only).
// The next settlement sees it (the ledger reads the binding inside its write transaction).

import { isValidIdNumber } from '../../../protocol/id-number.js';
import { reviewRefusal } from '../../core/card-rules.js';
import { limits } from '../../core/limits.js';
import type { FamilyBinding } from '../../core/model.js';
import type { CentreCore } from '../centre-core.js';
import type { ChangeLog } from '../change-log.js';
import { AdminProblem, type Outcome, ok, refuse } from '../outcomes.js';
import type { Principal } from '../staff.js';

export async function bindFamily(
  c: CentreCore,
  actor: Principal,
  beneficiaryIdNo: string,
  binding: { payerIdNo: string; validFromMs: number; validToMs: number },
  nowMs: number,
): Promise<Outcome<FamilyBinding>> {
  if (binding.payerIdNo === beneficiaryIdNo) return refuse(AdminProblem.Invalid, 'payerIdNo: the person themself');
  if (binding.validToMs !== 0 && binding.validToMs <= binding.validFromMs)
    return refuse(AdminProblem.Invalid, 'validToMs: not after validFromMs');
  return c.write((log) => {
    if (c.personOf(beneficiaryIdNo) === undefined) return refuse(AdminProblem.NotFound, 'no such person');
    if (c.personOf(binding.payerIdNo) === undefined) return refuse(AdminProblem.NotFound, 'no such payer');
    return ok(putBinding(c, log, actor.staffId, beneficiaryIdNo, binding, nowMs));
  });
}

/** One binding written with its change-log entry (the payer by its tag only). */
function putBinding(
  c: CentreCore,
  log: ChangeLog,
  staffId: string,
  beneficiaryIdNo: string,
  binding: { payerIdNo: string; validFromMs: number; validToMs: number },
  nowMs: number,
): FamilyBinding {
  const before = c.store.families.get(beneficiaryIdNo) as FamilyBinding | undefined;
  const record: FamilyBinding = { ...binding, revokedMs: 0 };
  c.store.families.putSync(beneficiaryIdNo, record);
  log.append({
    timeMs: nowMs,
    actor: staffId,
    op: 'bind-family',
    subject: beneficiaryIdNo,
    before: before === undefined ? {} : { payerTag: log.tag(before.payerIdNo), revokedMs: before.revokedMs },
    after: { payerTag: log.tag(binding.payerIdNo), validFromMs: binding.validFromMs, validToMs: binding.validToMs },
  });
  return record;
}

export async function revokeFamily(
  c: CentreCore,
  actor: Principal,
  beneficiaryIdNo: string,
  nowMs: number,
): Promise<Outcome<FamilyBinding>> {
  return c.write((log) => {
    const binding = c.store.families.get(beneficiaryIdNo) as FamilyBinding | undefined;
    if (binding === undefined) return refuse(AdminProblem.NotFound, 'no family binding for this person');
    if (binding.revokedMs !== 0) return refuse(AdminProblem.Conflict, 'already revoked');
    const record: FamilyBinding = { ...binding, revokedMs: nowMs };
    c.store.families.putSync(beneficiaryIdNo, record);
    log.append({
      timeMs: nowMs,
      actor: actor.staffId,
      op: 'revoke-family',
      subject: beneficiaryIdNo,
      before: { revokedMs: 0 },
      after: { revokedMs: nowMs },
    });
    return ok(record);
  });
}

// ---------------------------------------------------------------------------------------------
// Bulk imports, maker-checker: an operator submits many bindings at once (a family list from a
// district office); each row is checked and the acceptable ones are kept pending; a different
// staff member (a reviewer) approves — every binding then written in one transaction with its own
// change-log entry — or rejects. Nothing is bound before the approval.

export interface FamilyImportRow {
  beneficiaryIdNo: string;
  payerIdNo: string;
  validFromMs: number;
  /** 0: open-ended. */
  validToMs: number;
}

export interface FamilyImportRecord {
  submittedBy: string;
  submittedMs: number;
  rows: FamilyImportRow[];
  /** Rows refused at submission: 1-based line and why. */
  rejected: { line: number; reason: string }[];
}

/** Why a row cannot be bound ('' when it can); `seen`: beneficiaries of earlier rows. */
function rowRefusal(c: CentreCore, row: FamilyImportRow, seen: Set<string>): string {
  if (!isValidIdNumber(row.beneficiaryIdNo)) return 'beneficiaryIdNo: not a valid citizen ID number';
  if (!isValidIdNumber(row.payerIdNo)) return 'payerIdNo: not a valid citizen ID number';
  if (row.payerIdNo === row.beneficiaryIdNo) return 'payerIdNo: the person themself';
  if (row.validToMs !== 0 && row.validToMs <= row.validFromMs) return 'validToMs: not after validFromMs';
  if (seen.has(row.beneficiaryIdNo)) return 'beneficiaryIdNo: a second row for the same person';
  if (c.personOf(row.beneficiaryIdNo) === undefined) return 'beneficiaryIdNo: no such person';
  if (c.personOf(row.payerIdNo) === undefined) return 'payerIdNo: no such person';
  return '';
}

export async function submitFamilyImport(
  c: CentreCore,
  actor: Principal,
  rows: readonly FamilyImportRow[],
  nowMs: number,
): Promise<Outcome<{ importId: string; accepted: number; rejected: FamilyImportRecord['rejected'] }>> {
  if (rows.length === 0 || rows.length > limits.familyImportRowsMax)
    return refuse(AdminProblem.Invalid, `rows: 1 to ${limits.familyImportRowsMax}`);
  return c.write((log) => {
    let pending = 0;
    for (const _ of c.store.familyImports.getKeys({ limit: limits.pendingFamilyImportsMax })) pending++;
    if (pending >= limits.pendingFamilyImportsMax) return refuse(AdminProblem.Conflict, 'too many pending imports');
    const seen = new Set<string>();
    const accepted: FamilyImportRow[] = [];
    const rejected: FamilyImportRecord['rejected'] = [];
    rows.forEach((row, i) => {
      const why = rowRefusal(c, row, seen);
      if (why === '') {
        seen.add(row.beneficiaryIdNo);
        accepted.push(row);
      } else rejected.push({ line: i + 1, reason: why });
    });
    if (accepted.length === 0)
      return refuse(AdminProblem.Invalid, `no acceptable row (line ${rejected[0]!.line}: ${rejected[0]!.reason})`);
    const importId = `FM${String(log.nextSequence)}`;
    const record: FamilyImportRecord = { submittedBy: actor.staffId, submittedMs: nowMs, rows: accepted, rejected };
    c.store.familyImports.putSync(importId, record);
    log.append({
      timeMs: nowMs,
      actor: actor.staffId,
      op: 'submit-family-import',
      subject: importId,
      before: {},
      after: { rows: accepted.length, rejected: rejected.length },
    });
    return ok({ importId, accepted: accepted.length, rejected });
  });
}

export function familyImport(c: CentreCore, importId: string): FamilyImportRecord | undefined {
  return c.store.familyImports.get(importId) as FamilyImportRecord | undefined;
}

/**
 * The checker's decision: a different staff member (else refused, kept, logged); an import pending
 * past limits.reviewTtlMs expires. Approved: every row bound in this one transaction, each with its
 * change-log entry; a person who no longer exists is skipped and named (by line).
 */
export async function decideFamilyImport(
  c: CentreCore,
  actor: Principal,
  importId: string,
  approve: boolean,
  nowMs: number,
): Promise<Outcome<{ importId: string; applied: number; skippedLines: number[]; rejected: boolean }>> {
  return c.write((log) => {
    const record = familyImport(c, importId);
    if (record === undefined) return refuse(AdminProblem.NotFound, 'no such import');
    const entry = (op: string, after: Record<string, string | number | boolean>): void => {
      log.append({ timeMs: nowMs, actor: actor.staffId, op, subject: importId, before: {}, after });
    };
    const same = reviewRefusal(record.submittedBy, actor.staffId);
    if (same !== '') {
      entry('refuse-family-import-review', { refused: same });
      return refuse(AdminProblem.SameReviewer, same);
    }
    c.store.familyImports.removeSync(importId);
    if (nowMs - record.submittedMs >= limits.reviewTtlMs) {
      entry('expire-family-import', {});
      return refuse(AdminProblem.Conflict, 'the import expired');
    }
    if (!approve) {
      entry('reject-family-import', { submittedBy: record.submittedBy });
      return ok({ importId, applied: 0, skippedLines: [], rejected: true });
    }
    const skippedLines: number[] = [];
    let applied = 0;
    record.rows.forEach((row, i) => {
      if (c.personOf(row.beneficiaryIdNo) === undefined || c.personOf(row.payerIdNo) === undefined) {
        skippedLines.push(i + 1);
        return;
      }
      putBinding(c, log, actor.staffId, row.beneficiaryIdNo, row, nowMs);
      applied++;
    });
    entry('approve-family-import', { submittedBy: record.submittedBy, applied, skipped: skippedLines.length });
    return ok({ importId, applied, skippedLines, rejected: false });
  });
}
