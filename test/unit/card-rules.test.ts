// The card centre's pure rules: every status operation in every card status (allowed with its
// target and hot list effect, or refused), the police comparison, maker-checker, the data lock,
// the six-month return date, and the pinyin order of the roster.
import { describe, expect, it } from 'vitest';
import { pinyinKey, sortByPinyin, toCsv } from '../../engine/cards/reports.js';
import {
  addMonthsChina,
  CardOp,
  cardOpNames,
  cardTransition,
  confirmationRefusal,
  Exclusion,
  HotEffect,
  Mismatch,
  matchPolice,
  personalDataLocked,
  returnDue,
  reviewRefusal,
  Scheme,
  Stage,
} from '../../engine/core/card-rules.js';
import { CardKind, type CardRecord, CardStatus, HotReason } from '../../engine/core/model.js';
import { defaultDecisionSettings } from '../../engine/core/settings.js';

const nowMs = Date.UTC(2011, 11, 1);
const dayMs = 86_400_000;
const S = CardStatus;

function card(status: CardStatus, extra: Partial<CardRecord> = {}): CardRecord {
  return {
    cardNo: 'A00000001',
    cardSn: 'F'.repeat(32),
    holderIdNo: '',
    kind: CardKind.Ssc,
    status,
    statusSinceMs: nowMs - dayMs,
    bank: 1,
    bankActive: false,
    changeSeq: 0,
    ...extra,
  };
}

const allStatuses = Object.values(CardStatus);

/** op -> status -> [target, hot effect, hot reason] when allowed; absent: refused. */
const allowed: Record<number, Partial<Record<CardStatus, [CardStatus, HotEffect, HotReason?]>>> = {
  [CardOp.ReportTempLoss]: { [S.Issued]: [S.TempLost, HotEffect.Put, HotReason.TempLost] },
  [CardOp.ReportFormalLoss]: {
    [S.Issued]: [S.FormallyLost, HotEffect.Put, HotReason.FormallyLost],
    [S.TempLost]: [S.FormallyLost, HotEffect.Put, HotReason.FormallyLost],
  },
  [CardOp.LiftTempLoss]: { [S.TempLost]: [S.Issued, HotEffect.Remove] },
  [CardOp.LiftFormalLoss]: { [S.FormallyLost]: [S.Issued, HotEffect.Remove] },
  [CardOp.ReportDamage]: {
    [S.Issued]: [S.Damaged, HotEffect.Put, HotReason.Damaged],
    [S.TempLost]: [S.Damaged, HotEffect.Put, HotReason.Damaged],
  },
  [CardOp.Replace]: {
    [S.Damaged]: [S.Generated, HotEffect.Put, HotReason.Replaced],
    [S.FormallyLost]: [S.Generated, HotEffect.Put, HotReason.Replaced],
    [S.TempLost]: [S.Generated, HotEffect.Put, HotReason.Replaced],
  },
  [CardOp.Cancel]: Object.fromEntries(
    allStatuses.filter((s) => s !== S.Cancelled).map((s) => [s, [S.Cancelled, HotEffect.Put, HotReason.Cancelled]]),
  ),
  [CardOp.ActivateBank]: {
    [S.Issued]: [S.Issued, HotEffect.None],
    [S.TempLost]: [S.TempLost, HotEffect.None],
    [S.FormallyLost]: [S.FormallyLost, HotEffect.None],
  },
  [CardOp.RetireLegacy]: {},
  [CardOp.Produce]: { [S.Generated]: [S.InProduction, HotEffect.None] },
  [CardOp.Arrive]: { [S.InProduction]: [S.AwaitingPickup, HotEffect.None] },
  [CardOp.Deliver]: { [S.AwaitingPickup]: [S.Issued, HotEffect.None], [S.Returned]: [S.Issued, HotEffect.None] },
  [CardOp.Return]: { [S.AwaitingPickup]: [S.Returned, HotEffect.None] },
  [CardOp.LapseTempLoss]: {},
};

describe('card status operations, every operation in every status', () => {
  for (const op of Object.values(CardOp)) {
    for (const status of allStatuses) {
      const expected = allowed[op]![status];
      it(`${cardOpNames[op]} on ${status}: ${expected === undefined ? 'refused' : `-> ${expected[0]}`}`, () => {
        const step = cardTransition(card(status), op, nowMs, defaultDecisionSettings);
        if (expected === undefined) {
          expect(step.refusal).not.toBe('');
          return;
        }
        expect(step.refusal).toBe('');
        expect(step.status).toBe(expected[0]);
        expect(step.hot).toBe(expected[1]);
        if (expected[2] !== undefined) expect(step.hotReason).toBe(expected[2]);
      });
    }
  }

  it('a lapsed temporary loss counts as issued again (a new temporary loss may be reported)', () => {
    const lapsed = card(S.TempLost, { statusSinceMs: nowMs - 11 * dayMs });
    expect(cardTransition(lapsed, CardOp.ReportTempLoss, nowMs, defaultDecisionSettings).refusal).toBe('');
    const fresh = card(S.TempLost, { statusSinceMs: nowMs - 9 * dayMs });
    expect(cardTransition(fresh, CardOp.ReportTempLoss, nowMs, defaultDecisionSettings).refusal).not.toBe('');
  });

  it('the sweep lapses a temporary loss only past its TTL', () => {
    const lapsed = card(S.TempLost, { statusSinceMs: nowMs - 11 * dayMs });
    expect(cardTransition(lapsed, CardOp.LapseTempLoss, nowMs, defaultDecisionSettings)).toMatchObject({
      refusal: '',
      status: S.Issued,
      hot: HotEffect.Remove,
    });
  });

  it('legacy cards are retired, never replaced, and have no bank function', () => {
    const legacy = card(S.Issued, { kind: CardKind.LegacyMagnetic, cardSn: '' });
    expect(cardTransition(legacy, CardOp.RetireLegacy, nowMs, defaultDecisionSettings).status).toBe(S.Cancelled);
    expect(
      cardTransition(card(S.Damaged, { kind: CardKind.LegacyCountyIc }), CardOp.Replace, nowMs, defaultDecisionSettings)
        .refusal,
    ).toMatch(/legacy/);
    expect(cardTransition(legacy, CardOp.ActivateBank, nowMs, defaultDecisionSettings).refusal).toMatch(/legacy/);
    expect(
      cardTransition(
        card(S.Cancelled, { kind: CardKind.LegacyMagnetic }),
        CardOp.RetireLegacy,
        nowMs,
        defaultDecisionSettings,
      ).refusal,
    ).not.toBe('');
  });

  it('bank activation is refused once active', () => {
    expect(
      cardTransition(card(S.Issued, { bankActive: true }), CardOp.ActivateBank, nowMs, defaultDecisionSettings).refusal,
    ).toMatch(/already/);
  });
});

describe('issuance rules', () => {
  const ningbo = (code: string): boolean => code.startsWith('3302') && code !== '330299x';
  const member = { name: '张伟', scheme: Scheme.Employee as Scheme, enrolledRegionCount: 1 };
  const police = { name: '张伟', secondGenId: true, householdRegion: '330203' };

  it.each([
    ['matched', member, police, Stage.Matched, Mismatch.None, Exclusion.None],
    [
      'two regions',
      { ...member, enrolledRegionCount: 2 },
      police,
      Stage.Excluded,
      Mismatch.None,
      Exclusion.DuplicateEnrolment,
    ],
    [
      'inpatient-only',
      { ...member, scheme: Scheme.InpatientOnly },
      police,
      Stage.Excluded,
      Mismatch.None,
      Exclusion.InpatientOnly,
    ],
    [
      'migrant',
      { ...member, scheme: Scheme.MigrantSeriousIllness },
      undefined,
      Stage.Excluded,
      Mismatch.None,
      Exclusion.MigrantSeriousIllness,
    ],
    ['missing', member, undefined, Stage.Mismatch, Mismatch.NotInRegister, Exclusion.None],
    ['name differs', member, { ...police, name: '张为' }, Stage.Mismatch, Mismatch.NameDiffers, Exclusion.None],
    ['old ID card', member, { ...police, secondGenId: false }, Stage.Mismatch, Mismatch.NoSecondGenId, Exclusion.None],
    [
      'household elsewhere',
      member,
      { ...police, householdRegion: '330102' },
      Stage.Mismatch,
      Mismatch.NonNingboHousehold,
      Exclusion.None,
    ],
  ] as const)('police comparison: %s', (_label, m, p, stage, mismatch, exclusion) => {
    expect(matchPolice(m, p, ningbo)).toEqual({ stage, mismatch, exclusion });
  });

  it('confirmation: matched people, or missing ones with corrected data; never twice', () => {
    expect(confirmationRefusal(Stage.Matched, Mismatch.None, false)).toBe('');
    expect(confirmationRefusal(Stage.Mismatch, Mismatch.NotInRegister, true)).toBe('');
    expect(confirmationRefusal(Stage.Mismatch, Mismatch.NotInRegister, false)).toMatch(/corrected/);
    expect(confirmationRefusal(Stage.Mismatch, Mismatch.NameDiffers, true)).toMatch(/mismatch/);
    expect(confirmationRefusal(Stage.Excluded, Mismatch.None, false)).toMatch(/excluded/);
    expect(confirmationRefusal(Stage.Imported, Mismatch.None, false)).toMatch(/imported/);
    expect(confirmationRefusal(Stage.Submitted, Mismatch.None, false)).toMatch(/locked/);
  });

  it('maker-checker needs two different staff members', () => {
    expect(reviewRefusal('op1', 'op1')).not.toBe('');
    expect(reviewRefusal('op1', 'rev1')).toBe('');
  });

  it('personal data is locked from submission until the card is issued', () => {
    expect(personalDataLocked(Stage.Matched, 0)).toBe(false);
    expect(personalDataLocked(Stage.Submitted, 0)).toBe(true);
    for (const s of [S.Generated, S.InProduction, S.AwaitingPickup, S.Returned])
      expect(personalDataLocked(Stage.Final, s)).toBe(true);
    for (const s of [S.Issued, S.TempLost, S.Cancelled]) expect(personalDataLocked(Stage.Final, s)).toBe(false);
  });

  it('six months after the pickup, in China calendar months (month ends clamped)', () => {
    const arrival = Date.UTC(2011, 7, 31, 2, 0, 0); // 2011-08-31 10:00 China time
    expect(new Date(addMonthsChina(arrival, 6)).toISOString()).toBe('2012-02-29T02:00:00.000Z');
    expect(returnDue(arrival, addMonthsChina(arrival, 6) - 1)).toBe(false);
    expect(returnDue(arrival, addMonthsChina(arrival, 6))).toBe(true);
    // 2011-12-31 23:30 China time is still December there.
    expect(new Date(addMonthsChina(Date.UTC(2011, 11, 31, 15, 30), 6)).toISOString()).toBe('2012-06-30T15:30:00.000Z');
  });
});

describe('roster order and exports', () => {
  it('sorts by pinyin (surname readings, ü as v), then tone, then characters, then ID number', () => {
    const rows = ['张伟', '阿明', '吕布', '卢俊', '单田芳', '王芳', '曾国', '李娜', '李娜'].map((name, i) => ({
      name,
      idNo: String(9 - i),
    }));
    const sorted = sortByPinyin(rows).map((r) => `${r.name}${r.idNo}`);
    expect(sorted).toEqual(['阿明8', '李娜1', '李娜2', '卢俊6', '吕布7', '单田芳5', '王芳4', '曾国3', '张伟9']);
    expect(pinyinKey('单田芳')).toBe('shan tian fang');
    expect(pinyinKey('曾国')).toBe('zeng guo');
  });

  it('neutralises every cell a spreadsheet could run: = + - @, TAB, CR and full-width forms', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']) {
      const cell = toCsv([{ d: `${lead}HYPERLINK("x")` }]).split('\n')[1]!;
      expect(cell.replace(/^"/, '').startsWith("'"), JSON.stringify(lead)).toBe(true);
    }
    expect(toCsv([{ d: '内科' }])).toBe('d\n内科\n');
  });
  it('writes CSV with quoting and without spreadsheet formulas', () => {
    expect(toCsv([{ a: 'x,y', b: '=SUM(A1)', c: 'say "hi"' }])).toBe('a,b,c\n"x,y",\'=SUM(A1),"say ""hi"""\n');
  });
});
