// The split to the fen: worked examples, the policy file's validation, and seeded properties over
// random bills and states (SEED=... replays; the seed is printed).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limits } from '../../engine/core/limits.js';
import { validatePolicy } from '../../engine/core/policy.js';
import {
  applyBp,
  arithmeticBoundProblems,
  type BillLine,
  type CatalogueItem,
  computeSplit,
  coveredByCapFen,
  overCapFen,
  type SplitInput,
} from '../../engine/core/split.js';

const loaded = validatePolicy(JSON.parse(readFileSync('engine/core/policies/ningbo-2011-illustrative.json', 'utf8')));
if (loaded.policy === undefined) throw new Error(loaded.errors.join('; '));
const policy = loaded.policy;

const catalogue = new Map<string, CatalogueItem>([
  ['A1', { code: 'A1', class: 1, priceCapFen: 0, classBShareBp: 0 }],
  ['A2', { code: 'A2', class: 1, priceCapFen: 5_000, classBShareBp: 0 }],
  ['B1', { code: 'B1', class: 2, priceCapFen: 0, classBShareBp: 1_000 }],
  ['B2', { code: 'B2', class: 2, priceCapFen: 20_000, classBShareBp: 2_000 }],
  ['S1', { code: 'S1', class: 3, priceCapFen: 0, classBShareBp: 0 }],
]);

function line(lineNo: number, code: string, quantityMilli: number, unitPriceFen: number): BillLine {
  return {
    lineNo,
    catalogueCode: code,
    quantityMilli,
    unitPriceFen,
    amountFen: Math.round((quantityMilli * unitPriceFen) / 1000),
  };
}

function input(overrides: Partial<SplitInput>): SplitInput {
  return {
    lines: [],
    catalogue: (code) => catalogue.get(code),
    medicalType: 21,
    institutionLevel: 3,
    retired: false,
    filedOutsidePool: false,
    chronic: undefined,
    useAccount: false,
    account: { currentYearFen: 0, priorYearsFen: 0 },
    familyAccount: undefined,
    accumulators: { deductiblePaidFen: 0, poolPaidFen: 0, largeAmountPaidFen: 0, selfPaySegmentUsedFen: 0 },
    ...overrides,
  };
}

describe('policy file', () => {
  it('ships illustrative defaults that validate', () => {
    expect(policy.illustrative).toBe(true);
    expect(policy.inpatient.deductibleFen.level3).toBe(120_000);
  });
  it('reports every bad key by path', () => {
    const result = validatePolicy({
      version: '',
      illustrative: 'yes',
      effectiveFrom: '2011/01/01',
      outpatient: { ratioBp: { community: 12_000 } },
    });
    expect(result.policy).toBeUndefined();
    expect(result.errors).toEqual(
      expect.arrayContaining([
        'version: expected a non-empty string',
        'illustrative: expected true or false',
        'effectiveFrom: expected YYYY-MM-DD',
        'outpatient.ratioBp.community: expected basis points, an integer in [0, 10000]',
        'inpatient: expected an object',
      ]),
    );
  });
});

describe('worked examples', () => {
  it('inpatient, level 3: deductible 1,200 yuan then 86%', () => {
    const { split } = computeSplit(input({ lines: [line(1, 'A1', 1000, 1_000_000)] }), policy);
    expect(split).toMatchObject({
      totalFen: 1_000_000,
      inPolicyFen: 1_000_000,
      deductiblePaidFen: 120_000,
      poolPaidFen: 756_800,
      fundTotalFen: 756_800,
      personPartFen: 243_200,
      cashFen: 243_200,
    });
  });
  it('line buckets: self-pay item, over price cap, Class B first share, unknown item', () => {
    const result = computeSplit(
      input({
        lines: [
          line(1, 'S1', 1000, 3_000),
          line(2, 'A2', 2000, 8_000),
          line(3, 'B1', 1000, 10_000),
          line(4, 'ZZ', 1000, 700),
        ],
      }),
      policy,
    );
    expect(
      result.lines.map((l) => [l.lineReason, l.selfPayFen, l.overCapFen, l.classBFirstFen, l.inPolicyFen]),
    ).toEqual([
      ['SELF_PAY_ITEM', 3_000, 0, 0, 0],
      ['OVER_PRICE_CAP', 0, 6_000, 0, 10_000],
      ['CLASS_B_FIRST_SHARE', 0, 0, 1_000, 9_000],
      ['NOT_IN_CATALOGUE', 700, 0, 0, 0],
    ]);
    expect(result.split).toMatchObject({
      totalFen: 29_700,
      selfPayFen: 3_700,
      overCapFen: 6_000,
      classBFirstFen: 1_000,
      inPolicyFen: 19_000,
    });
  });
  it('pharmacy: the pool pays nothing; the account pays, current year first', () => {
    const result = computeSplit(
      input({
        medicalType: 41,
        institutionLevel: 0,
        useAccount: true,
        account: { currentYearFen: 1_000, priorYearsFen: 5_000 },
        lines: [line(1, 'A1', 1000, 4_000)],
      }),
      policy,
    );
    expect(result.split).toMatchObject({ fundTotalFen: 0, personPartFen: 4_000, accountPaidFen: 4_000, cashFen: 0 });
    expect(result.accountAfter).toEqual({ currentYearFen: 0, priorYearsFen: 2_000 });
  });
  it("家庭共济: the relative's account pays what the own account leaves, current year first", () => {
    const result = computeSplit(
      input({
        medicalType: 41,
        institutionLevel: 0,
        useAccount: true,
        account: { currentYearFen: 1_000, priorYearsFen: 500 },
        familyAccount: { currentYearFen: 2_000, priorYearsFen: 9_000 },
        lines: [line(1, 'A1', 1000, 4_000)],
      }),
      policy,
    );
    expect(result.split).toMatchObject({
      personPartFen: 4_000,
      accountPaidFen: 1_500,
      familyAccountPaidFen: 2_500,
      cashFen: 0,
    });
    expect(result.accountAfter).toEqual({ currentYearFen: 0, priorYearsFen: 0 });
    expect(result.familyAccountAfter).toEqual({ currentYearFen: 0, priorYearsFen: 8_500 });
    // Not asked to use the account: neither account pays.
    const cash = computeSplit(
      input({
        medicalType: 41,
        institutionLevel: 0,
        familyAccount: { currentYearFen: 9_000, priorYearsFen: 0 },
        lines: [line(1, 'A1', 1000, 4_000)],
      }),
      policy,
    );
    expect(cash.split).toMatchObject({ accountPaidFen: 0, familyAccountPaidFen: 0, cashFen: 4_000 });
  });
  it('three-segment outpatient: current-year account, then the self-pay segment, then shared', () => {
    const result = computeSplit(
      input({
        medicalType: 11,
        institutionLevel: 2,
        useAccount: true,
        account: { currentYearFen: 30_000, priorYearsFen: 0 },
        accumulators: { deductiblePaidFen: 0, poolPaidFen: 0, largeAmountPaidFen: 0, selfPaySegmentUsedFen: 50_000 },
        lines: [line(1, 'A1', 1000, 100_000)],
      }),
      policy,
    );
    // 30,000 current-year account; 25,000 fills the 75,000 segment; 45,000 shared at 80% = 36,000.
    expect(result.split).toMatchObject({
      poolPaidFen: 36_000,
      personPartFen: 64_000,
      accountPaidFen: 30_000,
      cashFen: 34_000,
    });
    expect(result.accumulatorsAfter.selfPaySegmentUsedFen).toBe(75_000);
  });
  it('filed care outside the pool pays 90% of the local ratio', () => {
    const { split } = computeSplit(input({ filedOutsidePool: true, lines: [line(1, 'A1', 1000, 220_000)] }), policy);
    // ratio 86% x 90% = 77.4%; (220,000 - 120,000) x 77.4% = 77,400
    expect(split.poolPaidFen).toBe(77_400);
  });
  it('above the annual cap the large-amount fund pays 80%', () => {
    const result = computeSplit(
      input({
        accumulators: {
          deductiblePaidFen: 120_000,
          poolPaidFen: 29_990_000,
          largeAmountPaidFen: 0,
          selfPaySegmentUsedFen: 0,
        },
        lines: [line(1, 'A1', 1000, 1_000_000)],
      }),
      policy,
    );
    expect(result.capReached).toBe(true);
    expect(result.split.poolPaidFen).toBe(10_000);
    // 10,000 of pool covers ceil(10,000 / 86%) = 11,628 fen; the other 988,372 at 80% = 790,698.
    expect(result.split.largeAmountPaidFen).toBe(790_698);
  });
});

const seed = Number(process.env['SEED'] ?? Date.now() % 2 ** 31);

describe(`split properties (SEED=${seed})`, () => {
  const lineArb = fc.record({
    lineNo: fc.nat(9_999),
    catalogueCode: fc.constantFrom('A1', 'A2', 'B1', 'B2', 'S1', 'ZZ'),
    quantityMilli: fc.integer({ min: 1, max: 100_000 }),
    unitPriceFen: fc.integer({ min: 0, max: 5_000_000 }),
  });
  const inputArb = fc.record({
    lines: fc.array(lineArb, { maxLength: 40 }),
    medicalType: fc.constantFrom(11, 13, 14, 21, 41),
    institutionLevel: fc.integer({ min: 0, max: 3 }),
    retired: fc.boolean(),
    filedOutsidePool: fc.boolean(),
    useAccount: fc.boolean(),
    current: fc.integer({ min: 0, max: 10_000_000 }),
    prior: fc.integer({ min: 0, max: 10_000_000 }),
    deductible: fc.integer({ min: 0, max: 200_000 }),
    pool: fc.integer({ min: 0, max: 31_000_000 }),
    large: fc.integer({ min: 0, max: 51_000_000 }),
    segment: fc.integer({ min: 0, max: 100_000 }),
    family: fc.option(fc.tuple(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 0, max: 5_000_000 }))),
  });

  it('holds the identities to the fen, never goes negative, and is deterministic', () => {
    fc.assert(
      fc.property(inputArb, (r) => {
        const splitInput = input({
          lines: r.lines.map((l) => ({ ...l, amountFen: Math.round((l.quantityMilli * l.unitPriceFen) / 1000) })),
          medicalType: r.medicalType,
          institutionLevel: r.institutionLevel,
          retired: r.retired,
          filedOutsidePool: r.filedOutsidePool,
          useAccount: r.useAccount,
          account: { currentYearFen: r.current, priorYearsFen: r.prior },
          familyAccount: r.family === null ? undefined : { currentYearFen: r.family[0], priorYearsFen: r.family[1] },
          accumulators: {
            deductiblePaidFen: r.deductible,
            poolPaidFen: r.pool,
            largeAmountPaidFen: r.large,
            selfPaySegmentUsedFen: r.segment,
          },
        });
        const result = computeSplit(splitInput, policy); // asserts the identities itself
        const s = result.split;
        expect(s.totalFen).toBe(s.selfPayFen + s.overCapFen + s.classBFirstFen + s.inPolicyFen);
        expect(s.totalFen).toBe(s.fundTotalFen + s.personPartFen);
        expect(s.personPartFen).toBe(s.accountPaidFen + s.familyAccountPaidFen + s.cashFen);
        // The relative pays only what the own account left, only when bound and asked, never below zero.
        if (r.family === null || !r.useAccount) expect(s.familyAccountPaidFen).toBe(0);
        else {
          const after = result.familyAccountAfter!;
          expect(r.family[0] + r.family[1] - after.currentYearFen - after.priorYearsFen).toBe(s.familyAccountPaidFen);
          expect(s.familyAccountPaidFen).toBe(Math.min(r.family[0] + r.family[1], s.personPartFen - s.accountPaidFen));
          // A relative changes nothing but who pays the rest: the own account's part is the same.
          const alone = computeSplit({ ...splitInput, familyAccount: undefined }, policy).split;
          expect([alone.accountPaidFen, alone.cashFen]).toEqual([s.accountPaidFen, s.familyAccountPaidFen + s.cashFen]);
        }
        expect(
          result.lines.reduce((sum, l) => sum + l.selfPayFen + l.overCapFen + l.classBFirstFen + l.inPolicyFen, 0),
        ).toBe(s.totalFen);
        expect(r.current + r.prior - (result.accountAfter.currentYearFen + result.accountAfter.priorYearsFen)).toBe(
          s.accountPaidFen,
        );
        if (!r.useAccount) expect(s.accountPaidFen).toBe(0);
        if (r.medicalType === 41) expect(s.fundTotalFen).toBe(0);
        expect(result.accumulatorsAfter.poolPaidFen - r.pool).toBe(s.poolPaidFen);
        expect(computeSplit(splitInput, policy)).toEqual(result);
      }),
      { seed, numRuns: 2_000 },
    );
  });
});

// The arithmetic class (hardening issue, item 1): no bill the validation admits may reach an
// assertion, whatever ratio a policy sets. Each rounding helper is compared with exact bigint
// arithmetic over the whole validated range, and the full split runs at the extremes.
describe(`exact arithmetic over the whole validated range (SEED=${seed})`, () => {
  const halfUp = (n: bigint, d: bigint): bigint => (n + d / 2n) / d;
  const fen = fc.oneof(
    fc.integer({ min: 0, max: 20_000 }),
    fc.integer({ min: 0, max: limits.billFenMax }),
    fc.constantFrom(limits.billFenMax, limits.billFenMax - 1, 900_719_925_474, Number.MAX_SAFE_INTEGER),
  );
  const ratio = fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(0, 1, 9_007, 9_500, 9_999, 10_000));

  it('applyBp equals amount x ratio / 10000 rounded half up, for every safe amount', () => {
    fc.assert(
      fc.property(fen, ratio, (amount, bp) => {
        expect(BigInt(applyBp(amount, bp))).toBe(halfUp(BigInt(amount) * BigInt(bp), 10_000n));
      }),
      { seed, numRuns: 2_000 },
    );
  });

  it('the over-cap part equals (price - cap) x quantity / 1000 rounded half up, at most the amount', () => {
    const over = fc.integer({ min: 1, max: 10_000_000_000 });
    const quantity = fc.oneof(
      fc.integer({ min: 1, max: 1_000_000_000 }),
      fc.constantFrom(1, 999, 1_000, 1_000_000_000),
    );
    const amount = fc.integer({ min: 0, max: 100_000_000_000 });
    fc.assert(
      fc.property(over, quantity, amount, (diff, q, a) => {
        const exact = halfUp(BigInt(diff) * BigInt(q), 1_000n);
        expect(BigInt(overCapFen(diff, q, a))).toBe(exact < BigInt(a) ? exact : BigInt(a));
      }),
      { seed, numRuns: 2_000 },
    );
  });

  it('the cap coverage equals ceil(cap x 10000 / ratio), at most the eligible amount', () => {
    fc.assert(
      fc.property(fen, fc.integer({ min: 1, max: 10_000 }), fen, (cap, bp, eligible) => {
        const n = BigInt(cap) * 10_000n;
        const exact = (n + BigInt(bp) - 1n) / BigInt(bp);
        expect(BigInt(coveredByCapFen(cap, bp, eligible))).toBe(exact < BigInt(eligible) ? exact : BigInt(eligible));
      }),
      { seed, numRuns: 2_000 },
    );
  });

  it('the largest admissible bill splits at 100% and 95% ratios (it broke the safe-integer assertion)', () => {
    for (const ratioBp of [9_007, 9_500, 10_000]) {
      const steep = {
        ...policy,
        inpatient: { ...policy.inpatient, ratioBp: { community: ratioBp, level2: ratioBp, level3: ratioBp } },
        outpatient: { ...policy.outpatient, ratioBp: { community: ratioBp, level2: ratioBp, level3: ratioBp } },
      };
      expect(arithmeticBoundProblems(steep)).toEqual([]);
      for (const medicalType of [11, 21]) {
        const bill: BillLine = {
          lineNo: 1,
          catalogueCode: 'A1',
          quantityMilli: 1_000,
          unitPriceFen: limits.billFenMax,
          amountFen: limits.billFenMax,
        };
        const { split } = computeSplit(
          input({ medicalType, institutionLevel: 1, lines: [bill], useAccount: true }),
          steep,
        );
        expect(split.totalFen).toBe(limits.billFenMax);
        expect(split.fundTotalFen + split.personPartFen).toBe(limits.billFenMax);
      }
    }
  });

  it('refuses at load a policy whose caps would make an accumulator inexact', () => {
    const absurd = { ...policy, largeAmount: { ratioBp: 8_000, capFen: Number.MAX_SAFE_INTEGER } };
    expect(arithmeticBoundProblems(absurd).join('; ')).toMatch(/largeAmount.capFen/);
  });
});
