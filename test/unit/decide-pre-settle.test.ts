import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { amountsAddUp, decidePreSettle, medicalYearOf, type SettleInput } from '../../engine/core/decide-pre-settle.js';
import { limits } from '../../engine/core/limits.js';
import { InstitutionType } from '../../engine/core/model.js';
import { validatePolicy } from '../../engine/core/policy.js';
import { defaultDecisionSettings } from '../../engine/core/settings.js';
import { outcome } from '../../engine/wire/replies.js';
import { cardNo, cardSn, happyView, holderId, institution, nowMs, requestHeader } from '../support/fixtures.js';

const policy = validatePolicy(JSON.parse(readFileSync('engine/core/policies/ningbo-2011-illustrative.json', 'utf8')))
  .policy!;

function input(overrides: Partial<SettleInput> = {}): SettleInput {
  return {
    header: requestHeader(),
    credential: { type: 3, cardNo, cardSn, idNo: holderId },
    medicalType: 21,
    insuranceType: 0,
    useAccount: false,
    totalFen: 1_000_000,
    lines: [{ lineNo: 1, catalogueCode: 'A1', quantityMilli: 1_000, unitPriceFen: 1_000_000, amountFen: 1_000_000 }],
    visitId: '',
    personNo: '',
    diseaseCode: '',
    ...overrides,
  };
}

function view() {
  const v = happyView();
  v.catalogueItems.set('A1', { code: 'A1', class: 1, priceCapFen: 0, classBShareBp: 0 });
  return v;
}

describe('decidePreSettle', () => {
  it('approves with the split against this year accumulators', () => {
    const v = view();
    v.accumulatorRows.set(`${holderId}:${medicalYearOf(nowMs)}`, {
      deductiblePaidFen: 120_000,
      poolPaidFen: 0,
      largeAmountPaidFen: 0,
      selfPaySegmentUsedFen: 0,
    });
    const decision = decidePreSettle(v, input(), nowMs, defaultDecisionSettings, policy);
    expect(decision.reason).toBe('00');
    // Deductible already used up this year: 86% of the whole bill.
    expect(decision.result?.split.poolPaidFen).toBe(860_000);
  });
  it('L01 when the annual pool cap stops the pool: still approved, the rest is the person part', () => {
    const v = view();
    v.accumulatorRows.set(`${holderId}:${medicalYearOf(nowMs)}`, {
      deductiblePaidFen: 120_000,
      poolPaidFen: policy.inpatient.annualCapFen - 1_000,
      largeAmountPaidFen: 0,
      selfPaySegmentUsedFen: 0,
    });
    const decision = decidePreSettle(v, input(), nowMs, defaultDecisionSettings, policy);
    expect(decision.reason).toBe('L01');
    expect(decision.result?.capReached).toBe(true);
    expect(decision.result?.split.poolPaidFen).toBe(1_000);
    expect(outcome('x', decision.reason, '', nowMs).result).toBe(1);
  });
  it('V01 without a medical type, I03 inpatient at a pharmacy, V02 line or total mismatch', () => {
    expect(decidePreSettle(view(), input({ medicalType: 0 }), nowMs, defaultDecisionSettings, policy)).toMatchObject({
      reason: 'V01',
      field: 'medical_type',
    });
    const pharmacy = view();
    pharmacy.institutions.set(
      'H33020300001',
      institution('H33020300001', '330203', { type: InstitutionType.Pharmacy }),
    );
    expect(decidePreSettle(pharmacy, input(), nowMs, defaultDecisionSettings, policy).reason).toBe('I03');
    expect(decidePreSettle(view(), input({ totalFen: 999_999 }), nowMs, defaultDecisionSettings, policy)).toMatchObject(
      { reason: 'V02', field: 'total_fen' },
    );
    const badLine = input({
      lines: [{ lineNo: 1, catalogueCode: 'A1', quantityMilli: 1_000, unitPriceFen: 1_000_000, amountFen: 999_990 }],
      totalFen: 999_990,
    });
    expect(amountsAddUp(badLine)).toBe('lines[0].amount_fen');
  });
  it('V02 for a bill above the largest settled; the largest itself splits at a 95% policy', () => {
    const lineOf = (amountFen: number) => ({
      lineNo: 1,
      catalogueCode: 'A1',
      quantityMilli: 1_000,
      unitPriceFen: amountFen,
      amountFen,
    });
    const over = limits.billFenMax + 1;
    expect(
      decidePreSettle(view(), input({ lines: [lineOf(over)], totalFen: over }), nowMs, defaultDecisionSettings, policy),
    ).toMatchObject({ reason: 'V02', field: 'total_fen' });
    const steep = {
      ...policy,
      inpatient: { ...policy.inpatient, ratioBp: { community: 9_500, level2: 9_500, level3: 9_500 } },
    };
    const max = limits.billFenMax;
    const decision = decidePreSettle(
      view(),
      input({ lines: [lineOf(max)], totalFen: max }),
      nowMs,
      defaultDecisionSettings,
      steep,
    );
    expect(decision.reason).toBe('L01');
    expect(decision.result?.split.totalFen).toBe(max);
  });
  it('checks the caller and the card before the bill', () => {
    const v = view();
    v.signIns.clear();
    expect(decidePreSettle(v, input({ totalFen: 1 }), nowMs, defaultDecisionSettings, policy).reason).toBe('I04');
  });
  it('uses 90% of the local ratio for filed care outside the pool', () => {
    const v = view();
    v.institutions.set('H33020300001', institution('H33020300001', '330106', { provincialNetwork: true }));
    v.filingsByPerson.set(holderId, [
      {
        kind: 2,
        targetRegion: '330106',
        targetInstitution: '',
        validFromMs: 0,
        validToMs: 0,
        diseaseCode: '',
        filingNo: 'FI000000000001',
        institutionCode: '',
      },
    ]);
    const decision = decidePreSettle(
      v,
      input({ header: { ...input().header, careRegion: '330106' } }),
      nowMs,
      defaultDecisionSettings,
      policy,
    );
    expect(decision.reason).toBe('00');
    // (1,000,000 - 120,000) x (86% x 90% = 77.4%) = 681,120
    expect(decision.result?.split.poolPaidFen).toBe(681_120);
  });
});
