// The operation table is complete: every operation of the contract has one row with every column,
// every transport reaches it, and a table or a national form without an operation does not compile
// (the @ts-expect-error lines below fail `npm run typecheck` the day they compile).
import { describe, expect, it } from 'vitest';
import { latencyBudgetUs } from '../../engine/core/budgets.js';
import {
  type AnyRow,
  type OperationName,
  type OperationTable,
  operationRows,
  operationTable,
  Route,
  rowOf,
} from '../../engine/operations/table.js';
import { type NationalForms, nationalForms, operationOfInfno } from '../../engine/server/national/forms.js';
import { codeOfOpId, opIdOfCode } from '../../protocol/frame.js';
import { OpId, operations } from '../../protocol/operations.js';

const names = Object.keys(OpId) as OperationName[];

describe('the operation table', () => {
  it('has one row per operation of the contract, each its own', () => {
    expect(Object.keys(operationTable).sort()).toEqual([...names].sort());
    expect(operationRows.length).toBe(operations.length);
    for (const name of names) {
      const row: AnyRow = operationTable[name];
      expect(row.op).toBe(OpId[name]);
      expect(row.spec.method).toBe(name);
      expect(rowOf(row.op)).toBe(row);
      expect(row.spec.request).toBe(row.request);
      expect(typeof row.validate).toBe('function');
      expect(row.typeName.endsWith('Request')).toBe(true);
    }
  });

  it('gives every unary operation a route and a positive budget from core/budgets.ts (one source)', () => {
    const budgets = new Set<number>(Object.values(latencyBudgetUs));
    for (const row of operationRows) {
      if (row.route === Route.Stream) {
        expect(row.spec.streaming).toBe(true);
        continue;
      }
      expect(row.spec.streaming).toBe(false);
      expect(row.budgetUs).toBeGreaterThan(0);
      expect(budgets.has(row.budgetUs)).toBe(true);
      expect(row.reply).toBe(row.spec.reply);
    }
  });

  it('routes reads to the pool or the main thread, writes to their single writers', () => {
    const byRoute = (route: string): string[] =>
      operationRows.filter((row) => row.route === route).map((row) => row.spec.method);
    expect(byRoute(Route.Pool)).toEqual(['Inquire', 'PreSettle', 'QueryFilings', 'ListDiseases']);
    expect(byRoute(Route.Read)).toEqual(['ReconcileTotals']);
    expect(byRoute(Route.Sessions)).toEqual(['SignIn', 'SignOut']);
    expect(byRoute(Route.Ledger)).toEqual([
      'Settle',
      'CancelSettlement',
      'Reverse',
      'OpenVisit',
      'UpdateVisit',
      'UploadFees',
      'WithdrawFees',
      'CancelVisit',
      'DecodeEVoucher',
      'RegisterFiling',
      'RevokeFiling',
    ]);
    expect(byRoute(Route.Stream)).toEqual(['ListSettlements']);
  });

  it('validates the empty request of every operation (a V01 field, never a throw)', () => {
    for (const row of operationRows) {
      const empty = row.request.decode(new Uint8Array(0));
      expect(row.validate(empty)).toMatch(/^header(\.|$)/);
    }
  });

  it('is reached by every transport: a TCP code and a national form for each unary operation', () => {
    for (const row of operationRows) {
      if (row.route === Route.Stream) {
        expect(nationalForms[row.spec.method as OperationName]).toBeNull();
        continue;
      }
      expect(opIdOfCode(codeOfOpId(row.op))).toBe(row.op);
      // The e-voucher decode is the e-voucher service's call, not a national transaction.
      if (row.spec.infno.length === 0) {
        expect(nationalForms[row.spec.method as OperationName]).toBeNull();
        continue;
      }
      expect(nationalForms[row.spec.method as OperationName]).not.toBeNull();
      for (const infno of row.spec.infno) expect(operationOfInfno(infno)).toBe(row.spec.method);
    }
  });

  it('does not compile with an operation missing (checked by the type checker)', () => {
    const { ListSettlements: _dropped, ...partial } = operationTable;
    const { ListSettlements: _none, ...partialForms } = nationalForms;
    // @ts-expect-error a table without ListSettlements is not an operation table
    const table: OperationTable = partial;
    // @ts-expect-error national forms without ListSettlements do not cover every operation
    const forms: NationalForms = partialForms;
    expect(Object.keys(table).length + 1).toBe(names.length);
    expect(Object.keys(forms).length + 1).toBe(names.length);
  });
});
