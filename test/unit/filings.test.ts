// The filing rules (core/filings.ts) one code at a time, in precedence order, and the chronic split:
// a chronic disease's own deductible, ratio and cap over its own accumulators.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decidePreSettle, type SettleInput } from '../../engine/core/decide-pre-settle.js';
import {
  chronicFiled,
  judgeRegisterFiling,
  judgeRevokeFiling,
  liveFilings,
  type RegisterFilingCommand,
  resolveFilingPerson,
} from '../../engine/core/filings.js';
import { limits } from '../../engine/core/limits.js';
import { type Filing, FilingKind, InstitutionType, InsuranceStatus } from '../../engine/core/model.js';
import { validatePolicy } from '../../engine/core/policy.js';
import { defaultDecisionSettings } from '../../engine/core/settings.js';
import { computeSplit } from '../../engine/core/split.js';
import { cardNo, cardSn, dayMs, happyView, holderId, institution, nowMs, requestHeader } from '../support/fixtures.js';

const policy = validatePolicy(JSON.parse(readFileSync('engine/core/policies/ningbo-2011-illustrative.json', 'utf8')))
  .policy!;
const noCredential = { type: 0, cardNo: '', cardSn: '', idNo: '' };

function view() {
  const v = happyView();
  v.institutions.set('H33010600001', institution('H33010600001', '330106', { provincialNetwork: true }));
  v.institutions.set('H33020300009', institution('H33020300009', '330203'));
  v.personNumbers.set('P00000000000000AA', holderId);
  return v;
}
const caller = institution('H33020300001', '330203');

function command(extra: Partial<RegisterFilingCommand> = {}): RegisterFilingCommand {
  return {
    op: 10,
    personNo: '',
    credential: noCredential,
    kind: FilingKind.Referral,
    targetInstitution: 'H33010600001',
    targetRegion: '',
    diseaseCode: '',
    validFromMs: nowMs - dayMs,
    validToMs: nowMs + 30 * dayMs,
    ...extra,
  };
}

function filing(extra: Partial<Filing> = {}): Filing {
  return {
    kind: FilingKind.Chronic,
    targetRegion: '',
    targetInstitution: '',
    validFromMs: nowMs - dayMs,
    validToMs: 0,
    diseaseCode: 'M03900',
    filingNo: 'F000000000007',
    institutionCode: 'H33020300001',
    ...extra,
  };
}

describe('registering a filing, in precedence order', () => {
  const judge = (c: RegisterFilingCommand, filings: Filing[] = [], who = caller, v = view()) =>
    judgeRegisterFiling(v, policy, who, v.persons.get(holderId)!, filings, c, nowMs);

  it('I03: a pharmacy files nothing', () => {
    const pharmacy = institution('P33020300001', '330203', { type: InstitutionType.Pharmacy });
    expect(judge(command(), [], pharmacy).reason).toBe('I03');
  });
  it('V01: a referral needs an end, at most a year and a day, still ahead', () => {
    expect(judge(command({ validToMs: 0 }))).toEqual({ reason: 'V01', field: 'valid_to_ms' });
    expect(judge(command({ validToMs: nowMs - dayMs + limits.filingValidityMaxMs + dayMs })).field).toBe('valid_to_ms');
    expect(judge(command({ validFromMs: nowMs - 9 * dayMs, validToMs: nowMs - dayMs })).field).toBe('valid_to_ms');
  });
  it('P03 / P02: the person must be insured now', () => {
    const v = view();
    v.persons.set(holderId, { ...v.persons.get(holderId)!, insuranceStatus: InsuranceStatus.Terminated });
    expect(judge(command(), [], caller, v).reason).toBe('P03');
  });
  it('F03: a chronic filing names a disease of the catalogue', () => {
    const chronic = command({ kind: FilingKind.Chronic, targetInstitution: '', diseaseCode: 'X1', validToMs: 0 });
    expect(judge(chronic)).toEqual({ reason: 'F03', field: 'disease_code' });
    expect(judge({ ...chronic, diseaseCode: 'M03900' }).reason).toBe('00');
  });
  it('F05: the target exists, in the province, outside the own pool; a region sent agrees', () => {
    expect(judge(command({ targetInstitution: 'H99999999999' })).field).toBe('target_institution');
    expect(judge(command({ targetInstitution: 'H33020300009' })).reason).toBe('F05');
    expect(judge(command({ targetInstitution: '', targetRegion: '310101' }))).toEqual({
      reason: 'F05',
      field: 'target_region',
    });
    expect(judge(command({ targetRegion: '330602' }))).toEqual({ reason: 'F05', field: 'target_region' });
    expect(judge(command({ targetRegion: '330106' })).reason).toBe('00');
    expect(judge(command({ targetInstitution: '', targetRegion: '330106' })).reason).toBe('00');
  });
  it('F04: the same target overlapping; an expired or later one does not count', () => {
    const same = filing({ kind: FilingKind.Referral, diseaseCode: '', targetInstitution: 'H33010600001' });
    expect(judge(command(), [{ ...same, validToMs: nowMs + dayMs }]).reason).toBe('F04');
    expect(judge(command(), [{ ...same, validFromMs: nowMs - 9 * dayMs, validToMs: nowMs - dayMs }]).reason).toBe('00');
    expect(judge(command(), [{ ...same, validFromMs: nowMs + 40 * dayMs, validToMs: nowMs + 50 * dayMs }]).reason).toBe(
      '00',
    );
    expect(judge(command(), [{ ...same, kind: FilingKind.RemoteDesignation }]).reason).toBe('00');
  });
  it('F06: at most limits.filingsPerPersonMax in force', () => {
    const many = Array.from({ length: limits.filingsPerPersonMax }, (_, i) =>
      filing({ diseaseCode: `M${String(i).padStart(5, '0')}X` }),
    );
    expect(judge(command(), many).reason).toBe('F06');
  });
});

describe('revoking, resolving the person, and the chronic gate', () => {
  it('F02 unless the filing exists and is the caller institution’s (or the card centre’s)', () => {
    const filings = [filing(), filing({ filingNo: 'FI000000000001', institutionCode: '' })];
    expect(judgeRevokeFiling(filings, 'F000000000007', 'H33020300001')).toEqual({ reason: '00', field: '', index: 0 });
    expect(judgeRevokeFiling(filings, 'F000000000007', 'H33020300009').reason).toBe('F02');
    expect(judgeRevokeFiling(filings, 'FI000000000001', 'H33020300009').index).toBe(1);
    expect(judgeRevokeFiling(filings, 'F000000000008', 'H33020300001').reason).toBe('F02');
  });
  it('resolves a person number, a credential, or both when they agree', () => {
    const v = view();
    const settings = defaultDecisionSettings;
    const card = { type: 3, cardNo, cardSn, idNo: holderId };
    expect(resolveFilingPerson(v, 'P00000000000000AA', noCredential, 'H', nowMs, settings).person?.idNo).toBe(holderId);
    expect(resolveFilingPerson(v, '', card, 'H', nowMs, settings).person?.idNo).toBe(holderId);
    expect(resolveFilingPerson(v, 'P00000000000000BB', card, 'H', nowMs, settings).reason).toBe('P01');
    v.personNumbers.set('P00000000000000BB', '330203199001011245');
    expect(resolveFilingPerson(v, 'P00000000000000BB', card, 'H', nowMs, settings)).toMatchObject({
      reason: 'P04',
      field: 'credential',
    });
    expect(resolveFilingPerson(v, '', noCredential, 'H', nowMs, settings).field).toBe('person_no');
  });
  it('a chronic filing counts for its disease, in its period; expired ones are dropped on write', () => {
    const filings = [filing(), filing({ diseaseCode: 'M07800', validToMs: nowMs - 1 })];
    expect(chronicFiled(filings, 'M03900', nowMs)).toBe(true);
    expect(chronicFiled(filings, 'M07800', nowMs)).toBe(false);
    expect(chronicFiled([filing({ validFromMs: nowMs + 1 })], 'M03900', nowMs)).toBe(false);
    expect(liveFilings(filings, nowMs).map((f) => f.diseaseCode)).toEqual(['M03900']);
  });
});

describe('chronic outpatient pre-settlement (med_type 14)', () => {
  function input(extra: Partial<SettleInput> = {}): SettleInput {
    return {
      header: requestHeader(),
      credential: { type: 3, cardNo, cardSn, idNo: holderId },
      medicalType: 14,
      insuranceType: 0,
      useAccount: false,
      totalFen: 10_000,
      lines: [{ lineNo: 1, catalogueCode: 'A1', quantityMilli: 1_000, unitPriceFen: 10_000, amountFen: 10_000 }],
      visitId: '',
      personNo: '',
      diseaseCode: 'M04600',
      ...extra,
    };
  }
  function chronicView() {
    const v = view();
    v.catalogueItems.set('A1', { code: 'A1', class: 1, priceCapFen: 0, classBShareBp: 0 });
    return v;
  }
  const decide = (v = chronicView(), i = input()) => decidePreSettle(v, i, nowMs, defaultDecisionSettings, policy);

  it('V01 then F03 before the holder, F01 after it', () => {
    expect([decide(chronicView(), input({ diseaseCode: '' })).reason]).toEqual(['V01']);
    expect(decide(chronicView(), input({ diseaseCode: 'X9' })).reason).toBe('F03');
    const lost = chronicView();
    lost.cards.set(cardNo, { ...lost.cards.get(cardNo)!, status: 5 });
    expect(decide(lost, input({ diseaseCode: 'X9' })).reason).toBe('F03');
    expect(decide().reason).toBe('F01');
  });
  it('with the filing: the disease row over the disease accumulators, not the outpatient rules', () => {
    const v = chronicView();
    v.filingsByPerson.set(holderId, [filing({ diseaseCode: 'M04600' })]);
    // Coronary heart disease: 200 yuan deductible, 70%: (10,000 - 20,000 deductible left) -> all deductible.
    const first = decide(v);
    expect([first.reason, first.diseaseCode]).toEqual(['00', 'M04600']);
    expect([first.result!.split.deductiblePaidFen, first.result!.split.poolPaidFen]).toEqual([10_000, 0]);
    v.accumulatorRows.set(`${holderId}:${first.medicalYear}:M04600`, {
      deductiblePaidFen: 20_000,
      poolPaidFen: 395_000,
      largeAmountPaidFen: 0,
      selfPaySegmentUsedFen: 0,
    });
    const capped = decide(v);
    expect([capped.reason, capped.result!.split.poolPaidFen]).toEqual(['L01', 5_000]);
    // The year's general accumulators are not what a chronic bill reads.
    v.accumulatorRows.set(`${holderId}:${first.medicalYear}`, {
      deductiblePaidFen: 0,
      poolPaidFen: 2_000_000,
      largeAmountPaidFen: 0,
      selfPaySegmentUsedFen: 75_000,
    });
    expect(decide(v).result!.split.poolPaidFen).toBe(5_000);
  });
  it('computeSplit with a chronic row ignores the three-segment outpatient mode', () => {
    const row = policy.chronicDiseases.find((d) => d.code === 'M03900')!;
    const result = computeSplit(
      {
        lines: [{ lineNo: 1, catalogueCode: 'A1', quantityMilli: 1_000, unitPriceFen: 10_000, amountFen: 10_000 }],
        catalogue: () => ({ code: 'A1', class: 1, priceCapFen: 0, classBShareBp: 0 }),
        medicalType: 14,
        institutionLevel: 3,
        retired: false,
        filedOutsidePool: false,
        useAccount: true,
        account: { currentYearFen: 1_000, priorYearsFen: 0 },
        familyAccount: undefined,
        chronic: row,
        accumulators: { deductiblePaidFen: 0, poolPaidFen: 0, largeAmountPaidFen: 0, selfPaySegmentUsedFen: 0 },
      },
      policy,
    );
    expect(result.split.poolPaidFen).toBe(7_000);
    expect([result.split.accountPaidFen, result.split.cashFen]).toEqual([1_000, 2_000]);
    expect(result.accumulatorsAfter.selfPaySegmentUsedFen).toBe(0);
  });
});
