// The settlement split (docs/DOMAIN.md section 6), pure and exact to the fen. Ratios are basis points;
// every bucket is rounded once, half up, and the identities below are asserted on every result:
//   total = selfPay + overCap + classBFirst + inPolicy
//   total = fundTotal + personPart          (fundTotal = pool + largeAmount)
//   personPart = accountPaid + cash
// The ledger calls this inside its write transaction with the person's current balances and
// annual accumulators, so two settlements can never spend the same fen.
import { assert, assertSafeInteger } from './assert.js';
import { limits } from './limits.js';
import { type AccountRecord, MedicalType } from './model.js';
import { type BenefitPolicy, type ChronicDisease, levelValue } from './policy.js';

export const CatalogueClass = { A: 1, B: 2, SelfPay: 3 } as const;

export interface CatalogueItem {
  code: string;
  class: number;
  /** Highest unit price covered; 0: no cap. */
  priceCapFen: number;
  /** Class B: the share the person pays first. */
  classBShareBp: number;
}

export interface BillLine {
  lineNo: number;
  catalogueCode: string;
  quantityMilli: number;
  unitPriceFen: number;
  amountFen: number;
}

/** Per person and medical year; changed atomically with the ledger, restored exactly by a cancel. */
export interface Accumulators {
  deductiblePaidFen: number;
  poolPaidFen: number;
  largeAmountPaidFen: number;
  selfPaySegmentUsedFen: number;
}

export interface SplitInput {
  lines: readonly BillLine[];
  catalogue: (code: string) => CatalogueItem | undefined;
  medicalType: number;
  institutionLevel: number;
  retired: boolean;
  /** Care in the province outside the pool under a referral / remote filing. */
  filedOutsidePool: boolean;
  useAccount: boolean;
  account: AccountRecord;
  /**
   * The bound relative's account (家庭共济), when the person may draw on one: it pays what the
   * person's own account leaves of the person's part, current year first (only with useAccount).
   */
  familyAccount: AccountRecord | undefined;
  /**
   * Chronic / special-disease outpatient (medical type 14): the disease's row. Its deductible, ratio
   * and annual cap replace the outpatient ones, and `accumulators` are that disease's for the year.
   */
  chronic: ChronicDisease | undefined;
  accumulators: Accumulators;
}

export const LineReason = {
  None: '',
  NotInCatalogue: 'NOT_IN_CATALOGUE',
  SelfPayItem: 'SELF_PAY_ITEM',
  OverPriceCap: 'OVER_PRICE_CAP',
  ClassBFirstShare: 'CLASS_B_FIRST_SHARE',
} as const;

export interface LineSplit {
  lineNo: number;
  catalogueClass: number;
  lineReason: string;
  selfPayFen: number;
  overCapFen: number;
  classBFirstFen: number;
  inPolicyFen: number;
}

export interface Split {
  totalFen: number;
  selfPayFen: number;
  overCapFen: number;
  classBFirstFen: number;
  inPolicyFen: number;
  deductiblePaidFen: number;
  poolPaidFen: number;
  largeAmountPaidFen: number;
  fundTotalFen: number;
  personPartFen: number;
  accountPaidFen: number;
  /** Paid from the bound relative's account (national acct_mulaid_pay). */
  familyAccountPaidFen: number;
  cashFen: number;
}

export interface SplitResult {
  split: Split;
  lines: LineSplit[];
  accountAfter: AccountRecord;
  /** The relative's account after (undefined when none was drawn on or none is bound). */
  familyAccountAfter: AccountRecord | undefined;
  accumulatorsAfter: Accumulators;
  /** The annual pool cap stopped the pool from paying its full share (reason L01 when it matters). */
  capReached: boolean;
}

/**
 * amountFen x ratioBp / 10000, rounded half up: the one rounding rule. Exact for every safe
 * amount: the product itself is never formed (1e12 fen x 9,500 bp is past 2^53), the amount is
 * split into whole ten-thousands and a remainder instead, so no bill the validation admits can
 * break the arithmetic whatever ratio a policy sets.
 */
export function applyBp(amountFen: number, ratioBp: number): number {
  assert(Number.isSafeInteger(amountFen) && amountFen >= 0, 'applyBp amount is non-negative fen');
  assert(Number.isInteger(ratioBp) && ratioBp >= 0 && ratioBp <= 10_000, 'applyBp ratio in basis points');
  const wholes = Math.floor(amountFen / 10_000);
  const rest = amountFen - wholes * 10_000;
  // wholes x ratioBp <= amountFen and rest x ratioBp < 1e8: both exact.
  return wholes * ratioBp + Math.floor((rest * ratioBp + 5_000) / 10_000);
}

/**
 * The part of a line above its price cap: (unit price - cap) x quantity / 1000 rounded half up,
 * never more than the line's amount. Exact without forming the product (1e10 fen x 1e9 milli is
 * past 2^53): whole units and the milli remainder are taken apart.
 */
export function overCapFen(overUnitFen: number, quantityMilli: number, amountFen: number): number {
  assert(Number.isSafeInteger(overUnitFen) && overUnitFen > 0, 'over-cap unit price is positive fen');
  assert(Number.isSafeInteger(quantityMilli) && quantityMilli >= 0, 'quantity is non-negative');
  const units = Math.floor(quantityMilli / 1_000);
  const milli = quantityMilli - units * 1_000;
  const whole = overUnitFen * units;
  // Past the amount (or past 2^53, which is past any amount): the whole line is over the cap.
  if (whole >= amountFen) return amountFen;
  const part = overUnitFen * milli;
  assertSafeInteger(part, 'over-cap remainder product');
  return Math.min(amountFen, whole + Math.floor((part + 500) / 1_000));
}

/**
 * The eligible amount a capped pool still covers at ratioBp: ceil(capFen x 10000 / ratioBp), at most
 * eligibleFen. Exact without forming capFen x 10000 (past 2^53 for caps over ~9e11 fen).
 */
export function coveredByCapFen(capFen: number, ratioBp: number, eligibleFen: number): number {
  if (ratioBp === 0) return eligibleFen;
  const wholes = Math.floor(capFen / ratioBp);
  const rest = capFen - wholes * ratioBp;
  const head = wholes * 10_000;
  if (head >= eligibleFen) return eligibleFen;
  return Math.min(eligibleFen, head + Math.ceil((rest * 10_000) / ratioBp));
}

/** One line against the catalogue: its class and its buckets (pure: the person plays no part). */
export function splitLine(line: BillLine, item: CatalogueItem | undefined): LineSplit {
  const out: LineSplit = {
    lineNo: line.lineNo,
    catalogueClass: item?.class ?? CatalogueClass.SelfPay,
    lineReason: LineReason.None,
    selfPayFen: 0,
    overCapFen: 0,
    classBFirstFen: 0,
    inPolicyFen: 0,
  };
  const amount = line.amountFen;
  if (item === undefined || item.class === CatalogueClass.SelfPay) {
    out.selfPayFen = amount;
    out.lineReason = item === undefined ? LineReason.NotInCatalogue : LineReason.SelfPayItem;
    return out;
  }
  if (item.priceCapFen > 0 && line.unitPriceFen > item.priceCapFen) {
    out.overCapFen = overCapFen(line.unitPriceFen - item.priceCapFen, line.quantityMilli, amount);
    out.lineReason = LineReason.OverPriceCap;
  }
  if (item.class === CatalogueClass.B) {
    out.classBFirstFen = applyBp(amount - out.overCapFen, item.classBShareBp);
    if (out.classBFirstFen > 0 && out.lineReason === LineReason.None) out.lineReason = LineReason.ClassBFirstShare;
  }
  out.inPolicyFen = amount - out.overCapFen - out.classBFirstFen;
  return out;
}

/** Computes the full split for a bill against the person's current balances and accumulators. */
export function computeSplit(input: SplitInput, policy: BenefitPolicy): SplitResult {
  const acc = input.accumulators;
  const split: Split = {
    totalFen: 0,
    selfPayFen: 0,
    overCapFen: 0,
    classBFirstFen: 0,
    inPolicyFen: 0,
    deductiblePaidFen: 0,
    poolPaidFen: 0,
    largeAmountPaidFen: 0,
    fundTotalFen: 0,
    personPartFen: 0,
    accountPaidFen: 0,
    familyAccountPaidFen: 0,
    cashFen: 0,
  };
  const lines: LineSplit[] = [];
  for (const line of input.lines) {
    assert(Number.isSafeInteger(line.amountFen) && line.amountFen >= 0, 'line amount is non-negative fen');
    const ls = splitLine(line, input.catalogue(line.catalogueCode));
    lines.push(ls);
    split.totalFen += line.amountFen;
    split.selfPayFen += ls.selfPayFen;
    split.overCapFen += ls.overCapFen;
    split.classBFirstFen += ls.classBFirstFen;
    split.inPolicyFen += ls.inPolicyFen;
  }

  const inpatient = input.medicalType === MedicalType.Inpatient;
  const pharmacy = input.medicalType === MedicalType.Pharmacy;
  const chronic = input.chronic;
  const threeSegment = !inpatient && !pharmacy && chronic === undefined && policy.outpatientMode === 'three-segment';
  const rules = inpatient ? policy.inpatient : policy.outpatient;
  let ratioBp = chronic === undefined ? levelValue(rules.ratioBp, input.institutionLevel) : chronic.ratioBp;
  if (input.filedOutsidePool) ratioBp = applyBp(ratioBp, policy.filedOutsidePoolRatioBp);
  const capRemaining = Math.max(
    0,
    (chronic === undefined ? rules.annualCapFen : chronic.annualCapFen) - acc.poolPaidFen,
  );
  let capReached = false;
  let segmentFen = 0;
  let currentYearFirstFen = 0;

  if (!pharmacy || policy.pharmacyPoolPays) {
    let eligible: number;
    if (threeSegment) {
      // Current-year account first, then the self-pay segment up to the annual threshold, then shared.
      currentYearFirstFen = input.useAccount ? Math.min(input.account.currentYearFen, split.inPolicyFen) : 0;
      const threshold = input.retired
        ? policy.outpatient.selfPaySegmentFen.retired
        : policy.outpatient.selfPaySegmentFen.inService;
      segmentFen = Math.min(
        split.inPolicyFen - currentYearFirstFen,
        Math.max(0, threshold - acc.selfPaySegmentUsedFen),
      );
      eligible = split.inPolicyFen - currentYearFirstFen - segmentFen;
    } else {
      const deductible =
        chronic === undefined ? levelValue(rules.deductibleFen, input.institutionLevel) : chronic.deductibleFen;
      const deductibleRemaining = Math.max(0, deductible - acc.deductiblePaidFen);
      split.deductiblePaidFen = Math.min(split.inPolicyFen, deductibleRemaining);
      eligible = split.inPolicyFen - split.deductiblePaidFen;
    }
    const poolWanted = applyBp(eligible, ratioBp);
    split.poolPaidFen = Math.min(poolWanted, capRemaining);
    if (poolWanted > capRemaining) {
      capReached = true;
      if (inpatient) {
        // The large-amount fund takes the eligible amount the capped pool could not cover.
        const covered = coveredByCapFen(capRemaining, ratioBp, eligible);
        const largeRemaining = Math.max(0, policy.largeAmount.capFen - acc.largeAmountPaidFen);
        split.largeAmountPaidFen = Math.min(applyBp(eligible - covered, policy.largeAmount.ratioBp), largeRemaining);
      }
    }
  }
  split.fundTotalFen = split.poolPaidFen + split.largeAmountPaidFen;
  split.personPartFen = split.totalFen - split.fundTotalFen;

  // The personal account pays the person's part when asked, current year first, never below zero.
  let fromCurrent = 0;
  let fromPrior = 0;
  if (input.useAccount) {
    if (threeSegment) {
      fromCurrent = currentYearFirstFen;
      fromPrior = Math.min(input.account.priorYearsFen, split.personPartFen - fromCurrent);
    } else {
      fromCurrent = Math.min(input.account.currentYearFen, split.personPartFen);
      fromPrior = Math.min(input.account.priorYearsFen, split.personPartFen - fromCurrent);
    }
  }
  split.accountPaidFen = fromCurrent + fromPrior;
  // The bound relative's account pays what the own account left of the person's part.
  const family = input.familyAccount;
  let familyCurrent = 0;
  let familyPrior = 0;
  if (input.useAccount && family !== undefined) {
    const left = split.personPartFen - split.accountPaidFen;
    familyCurrent = Math.min(family.currentYearFen, left);
    familyPrior = Math.min(family.priorYearsFen, left - familyCurrent);
  }
  split.familyAccountPaidFen = familyCurrent + familyPrior;
  split.cashFen = split.personPartFen - split.accountPaidFen - split.familyAccountPaidFen;

  const result: SplitResult = {
    split,
    lines,
    accountAfter: {
      currentYearFen: input.account.currentYearFen - fromCurrent,
      priorYearsFen: input.account.priorYearsFen - fromPrior,
    },
    familyAccountAfter:
      family === undefined
        ? undefined
        : { currentYearFen: family.currentYearFen - familyCurrent, priorYearsFen: family.priorYearsFen - familyPrior },
    accumulatorsAfter: {
      deductiblePaidFen: acc.deductiblePaidFen + split.deductiblePaidFen,
      poolPaidFen: acc.poolPaidFen + split.poolPaidFen,
      largeAmountPaidFen: acc.largeAmountPaidFen + split.largeAmountPaidFen,
      selfPaySegmentUsedFen: acc.selfPaySegmentUsedFen + segmentFen,
    },
    capReached,
  };
  assertSplit(result);
  return result;
}

/** The identities to the fen, no negative bucket, balances never below zero. */
export function assertSplit(result: SplitResult): void {
  const s = result.split;
  for (const [name, value] of Object.entries(s)) {
    assert(Number.isSafeInteger(value) && value >= 0, `split ${name} is non-negative fen`);
  }
  assert(
    s.totalFen === s.selfPayFen + s.overCapFen + s.classBFirstFen + s.inPolicyFen,
    'total = self-pay + over cap + class B first + in policy',
  );
  assert(s.fundTotalFen === s.poolPaidFen + s.largeAmountPaidFen, 'fund = pool + large amount');
  assert(s.totalFen === s.fundTotalFen + s.personPartFen, 'total = fund + person part');
  assert(
    s.personPartFen === s.accountPaidFen + s.familyAccountPaidFen + s.cashFen,
    'person part = account + family account + cash',
  );
  assert(s.deductiblePaidFen <= s.inPolicyFen, 'deductible within the in-policy amount');
  assert(result.accountAfter.currentYearFen >= 0 && result.accountAfter.priorYearsFen >= 0, 'account never below zero');
  const family = result.familyAccountAfter;
  assert(
    family === undefined ? s.familyAccountPaidFen === 0 : family.currentYearFen >= 0 && family.priorYearsFen >= 0,
    "the relative's account never below zero, and drawn on only when bound",
  );
}

/**
 * The policy checked against the largest bill at load: every ratio applied to limits.billFenMax,
 * every cap's coverage and every accumulator after such a bill must stay exact. Empty when it holds.
 */
export function arithmeticBoundProblems(policy: BenefitPolicy, billFenMax: number = limits.billFenMax): string[] {
  const problems: string[] = [];
  const ratios: [string, number][] = [
    ['outpatient.ratioBp.community', policy.outpatient.ratioBp.community],
    ['outpatient.ratioBp.level2', policy.outpatient.ratioBp.level2],
    ['outpatient.ratioBp.level3', policy.outpatient.ratioBp.level3],
    ['inpatient.ratioBp.community', policy.inpatient.ratioBp.community],
    ['inpatient.ratioBp.level2', policy.inpatient.ratioBp.level2],
    ['inpatient.ratioBp.level3', policy.inpatient.ratioBp.level3],
    ['largeAmount.ratioBp', policy.largeAmount.ratioBp],
  ];
  const caps: [string, number][] = [
    ['outpatient.annualCapFen', policy.outpatient.annualCapFen],
    ['inpatient.annualCapFen', policy.inpatient.annualCapFen],
    ['largeAmount.capFen', policy.largeAmount.capFen],
  ];
  policy.chronicDiseases.forEach((d, i) => {
    ratios.push([`chronicDiseases[${i}].ratioBp`, d.ratioBp]);
    caps.push([`chronicDiseases[${i}].annualCapFen`, d.annualCapFen]);
  });
  for (const [name, ratioBp] of ratios) {
    const paid = applyBp(billFenMax, ratioBp);
    if (!Number.isSafeInteger(paid) || paid > billFenMax)
      problems.push(`${name}: the largest bill x ratio is not exact`);
    for (const [capName, capFen] of caps) {
      const covered = coveredByCapFen(capFen, ratioBp, billFenMax);
      if (!Number.isSafeInteger(covered) || !Number.isSafeInteger(capFen + billFenMax))
        problems.push(`${capName} at ${name}: the accumulator after the largest bill is not exact`);
    }
  }
  return problems;
}
