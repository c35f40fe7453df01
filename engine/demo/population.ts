// The demo population: names, birthplaces and dates, valid ID numbers, card numbers, and the
// scenario of each person (its card status and the reason a swipe answers).

import { idCheckChar } from '../../protocol/id-number.js';
import { chinaFields, dayMs } from '../core/china-time.js';
import { type CardRecord, CardStatus } from '../core/model.js';
import { Reason, type ReasonCode } from '../core/reasons.js';
import { chinaDateMs, ningboInsuredRegions } from '../store/regions-table.js';

import type { Prng } from './prng.js';

export const surnames = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤应屠竺舒俞',
];
export const givenChars = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文斌波宇浩凯鹏飞鑫欣怡佳琳晨曦雪梅海燕晓东亮俊峰婷轩涵瑞博宁甬慈姚象翔昊然思远嘉诚志永',
];

export const otherBirthplaces = ['330102', '330302', '330602', '340102', '410102', '510104', '320102'];

export type Scenario =
  | 'issued'
  | 'tempLost'
  | 'tempLostLapsed'
  | 'formallyLost'
  | 'damaged'
  | 'replaced'
  | 'replacedNewCard'
  | 'awaitingPickup'
  | 'inProduction'
  | 'generated'
  | 'returned'
  | 'cancelled'
  | 'hotFraud'
  | 'hotAdministrative'
  | 'suspended'
  | 'terminated'
  | 'notInsured'
  | 'outsidePeriod'
  | 'duplicateEnrolment'
  | 'filedHangzhou'
  | 'chronicFiled'
  | 'legacyMagnetic'
  | 'legacyCountyIc';

/** Card scenarios per 100,000 cards: realistic shares, every status present. */
export const scenarioShares: readonly [Scenario, number][] = [
  ['tempLost', 600],
  ['tempLostLapsed', 400],
  ['formallyLost', 900],
  ['damaged', 400],
  ['replaced', 2_000],
  ['awaitingPickup', 1_200],
  ['inProduction', 500],
  ['generated', 300],
  ['returned', 400],
  ['cancelled', 1_500],
  ['hotFraud', 60],
  ['hotAdministrative', 60],
  ['suspended', 2_500],
  ['terminated', 1_500],
  ['notInsured', 500],
  ['outsidePeriod', 300],
  ['duplicateEnrolment', 300],
  ['filedHangzhou', 1_500],
  ['legacyMagnetic', 800],
  ['legacyCountyIc', 400],
  // An issued card whose holder has a chronic filing (门诊慢特病备案) for hypertension or diabetes.
  ['chronicFiled', 1_000],
];

export function scenarioFor(prng: Prng): Scenario {
  let roll = prng.below(100_000);
  for (const [scenario, share] of scenarioShares) {
    if (roll < share) return scenario;
    roll -= share;
  }
  return 'issued';
}

/** The decision each scenario's credential gets at a signed-in Ningbo hospital terminal. */
export const expectedReason: Record<Scenario, ReasonCode> = {
  issued: Reason.Approved,
  tempLost: Reason.CardTempLost,
  tempLostLapsed: Reason.Approved,
  formallyLost: Reason.CardFormallyLost,
  damaged: Reason.CardSuperseded,
  replaced: Reason.CardSuperseded, // presenting the old card_sn
  replacedNewCard: Reason.Approved, // the same card number with its new card_sn
  awaitingPickup: Reason.CardNotIssued,
  inProduction: Reason.CardNotIssued,
  generated: Reason.CardNotIssued,
  returned: Reason.CardNotIssued,
  cancelled: Reason.CardCancelled,
  hotFraud: Reason.CardHotListed,
  hotAdministrative: Reason.CardHotListed,
  suspended: Reason.InsuranceSuspended,
  terminated: Reason.InsuranceTerminated,
  notInsured: Reason.PersonNotInsured,
  outsidePeriod: Reason.InsuranceSuspended,
  duplicateEnrolment: Reason.DuplicateEnrolment,
  filedHangzhou: Reason.Approved,
  chronicFiled: Reason.Approved,
  legacyMagnetic: Reason.CardLegacyExpired,
  legacyCountyIc: Reason.CardLegacyExpired,
};

export function pickArea(prng: Prng): (typeof ningboInsuredRegions)[number] {
  let roll = prng.below(1000);
  for (const area of ningboInsuredRegions) {
    if (roll < area.weight) return area;
    roll -= area.weight;
  }
  return ningboInsuredRegions[0]!;
}

/** Legacy cards: 12 digits, ascending. */
export function legacyCardNo(serial: number): string {
  return '9' + String(serial).padStart(11, '0');
}

export function areaOfDistrict(district: string): (typeof ningboInsuredRegions)[number] {
  for (const area of ningboInsuredRegions) if (area.districts.includes(district)) return area;
  return ningboInsuredRegions[0]!;
}

export const birthStartMs = chinaDateMs(1935, 1, 1);
export const birthDays = Math.floor((chinaDateMs(2020, 12, 31) - birthStartMs) / dayMs);
export const birthDates = Array.from({ length: birthDays }, (_, day) => {
  const birth = chinaFields(birthStartMs + day * dayMs);
  return (
    String(birth.getUTCFullYear()) +
    String(birth.getUTCMonth() + 1).padStart(2, '0') +
    String(birth.getUTCDate()).padStart(2, '0')
  );
});
export const birthplaces = [
  ...new Set([...ningboInsuredRegions.flatMap((a) => a.districts), ...otherBirthplaces]),
].sort();

/**
 * Unique citizen ID numbers handed out in ascending order. A first pass draws each person's
 * birthplace (95% a Ningbo district, by population weight), birth date and gender into counts;
 * next() then walks birthplace, date and sequence in order (sequence parity is the gender).
 */
export class IdPlan {
  private readonly counts: Uint16Array;
  private place = 0;
  private day = 0;
  private seq = 0;
  private handed = 0;

  constructor(
    prng: Prng,
    private readonly total: number,
  ) {
    this.counts = new Uint16Array(birthplaces.length * birthDays * 2);
    for (let i = 0; i < total; i++) {
      for (;;) {
        const birthplace = prng.chance(50) ? prng.pick(otherBirthplaces) : prng.pick(pickArea(prng).districts);
        const slot =
          (birthplaces.indexOf(birthplace) * birthDays + prng.below(birthDays)) * 2 + (prng.chance(510) ? 1 : 0);
        if (this.counts[slot]! >= 500) continue; // three sequence digits, one parity per gender
        this.counts[slot]!++;
        break;
      }
    }
  }

  next(): string {
    if (this.handed >= this.total) throw new Error('assertion: IdPlan exhausted');
    for (;;) {
      if (this.seq >= 1000) {
        this.seq = 0;
        this.day++;
        if (this.day >= birthDays) {
          this.day = 0;
          this.place++;
        }
      }
      const seq = this.seq++;
      const slot = (this.place * birthDays + this.day) * 2 + (seq & 1);
      if (seq >> 1 >= this.counts[slot]!) {
        if ((seq & 1) === 1 && seq >> 1 >= this.counts[slot - 1]! && seq >> 1 >= this.counts[slot]!) this.seq = 1000;
        continue;
      }
      this.handed++;
      const first17 = birthplaces[this.place]! + birthDates[this.day]! + String(seq).padStart(3, '0');
      return first17 + idCheckChar(first17);
    }
  }
}

/** Random-looking SSC card numbers (a letter and 8 digits) in ascending order, with random gaps. */
export class CardNumberSequence {
  private value = 0;
  private readonly gapMax: number;

  constructor(
    private readonly prng: Prng,
    total: number,
  ) {
    this.gapMax = Math.max(2, Math.floor((1.9 * 26e8) / (total + 1)));
  }

  next(): string {
    this.value += 1 + this.prng.below(this.gapMax);
    if (this.value >= 26e8) throw new Error('assertion: card number space exhausted');
    return String.fromCharCode(65 + Math.floor(this.value / 1e8)) + String(this.value % 1e8).padStart(8, '0');
  }
}

export function cardStatusFor(scenario: Scenario): CardRecord['status'] {
  switch (scenario) {
    case 'tempLost':
    case 'tempLostLapsed':
      return CardStatus.TempLost;
    case 'formallyLost':
      return CardStatus.FormallyLost;
    case 'damaged':
      return CardStatus.Damaged;
    case 'awaitingPickup':
      return CardStatus.AwaitingPickup;
    case 'inProduction':
      return CardStatus.InProduction;
    case 'generated':
      return CardStatus.Generated;
    case 'returned':
      return CardStatus.Returned;
    case 'cancelled':
      return CardStatus.Cancelled;
    default:
      return CardStatus.Issued;
  }
}

export function statusSince(prng: Prng, scenario: Scenario, nowMs: number): number {
  if (scenario === 'tempLost') return nowMs - prng.below(9 * dayMs);
  if (scenario === 'tempLostLapsed') return nowMs - 11 * dayMs - prng.below(60 * dayMs);
  return nowMs - prng.below(3_000) * dayMs;
}
