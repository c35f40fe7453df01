// The pure visit rules (core/visits.ts) and a visit's bill (core/decide-bill.ts) over an in-memory
// view: who may touch a visit, re-uploads, conflicts, bounds, withdrawals, expiry, and a card
// reported lost after the visit opened.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decideBill } from '../../engine/core/decide-bill.js';
import type { SettleInput } from '../../engine/core/decide-pre-settle.js';
import { EntryKind, LedgerOp, movesMoney } from '../../engine/core/ledger-rules.js';
import { limits } from '../../engine/core/limits.js';
import { HotReason } from '../../engine/core/model.js';
import { validatePolicy } from '../../engine/core/policy.js';
import { defaultDecisionSettings } from '../../engine/core/settings.js';
import {
  judgeUpload,
  judgeVisitUse,
  judgeWithdraw,
  seqOfVisitId,
  stateAt,
  type VisitLine,
  type VisitRecord,
  VisitState,
  visitIdOf,
} from '../../engine/core/visits.js';
import { cardNo, cardSn, dayMs, happyView, holderId, nowMs, requestHeader } from '../support/fixtures.js';

const policy = validatePolicy(JSON.parse(readFileSync('engine/core/policies/ningbo-2011-illustrative.json', 'utf8')))
  .policy!;

function visit(extra: Partial<VisitRecord> = {}): VisitRecord {
  return {
    seq: 42,
    institutionCode: 'H33020300001',
    terminalId: 'T1',
    idNo: holderId,
    credential: { type: 3, cardNo, cardSn, idNo: holderId },
    personNo: 'P1',
    hisVisitNo: 'MZ1',
    medicalType: 11,
    insuranceType: 310,
    beginMs: nowMs,
    endMs: 0,
    openedMs: nowMs,
    changedMs: nowMs,
    state: VisitState.Open,
    settlementSeq: 0,
    diseaseCode: '',
    departmentCode: '',
    doctorCode: '',
    diagnoses: [],
    lines: [
      ['1', 'A1', 1_000, 1_500, 1_500, 'B1'],
      ['2', 'A1', 2_000, 500, 1_000, 'B2'],
    ],
    ...extra,
  };
}

const header = requestHeader();

describe('movesMoney', () => {
  it('lists settlements, cancels and their reversals; never a visit entry or the reversal of an opening', () => {
    expect(movesMoney({ kind: EntryKind.Settle, undidOp: 0 })).toBe(true);
    expect(movesMoney({ kind: EntryKind.Cancel, undidOp: 0 })).toBe(true);
    expect(movesMoney({ kind: EntryKind.Reverse, undidOp: LedgerOp.Settle })).toBe(true);
    expect(movesMoney({ kind: EntryKind.Reverse, undidOp: LedgerOp.CancelSettlement })).toBe(true);
    // A reversal recorded before its original: listed, as before visits existed.
    expect(movesMoney({ kind: EntryKind.Reverse, undidOp: 0 })).toBe(true);
    expect(movesMoney({ kind: EntryKind.Reverse, undidOp: LedgerOp.OpenVisit })).toBe(false);
    for (const kind of [
      EntryKind.OpenVisit,
      EntryKind.UpdateVisit,
      EntryKind.UploadFees,
      EntryKind.WithdrawFees,
      EntryKind.CancelVisit,
    ])
      expect(movesMoney({ kind, undidOp: 0 })).toBe(false);
  });
});

describe('visit ids', () => {
  it('are the opening sequence as M + 12 digits, and nothing else parses', () => {
    expect(visitIdOf(42)).toBe('M000000000042');
    expect(seqOfVisitId('M000000000042')).toBe(42);
    for (const bad of ['M42', 'S000000000042', 'm000000000042', 'M0000000000420', ''])
      expect(seqOfVisitId(bad)).toBe(0);
  });
});

describe('judgeVisitUse', () => {
  it('M01 for no visit or another institution; V01 person_no for another person; M02 once closed', () => {
    expect(judgeVisitUse(undefined, header, '', nowMs).reason).toBe('M01');
    expect(judgeVisitUse(visit({ institutionCode: 'H33020300002' }), header, '', nowMs).reason).toBe('M01');
    expect(judgeVisitUse(visit(), header, 'P2', nowMs)).toEqual({ reason: 'V01', field: 'person_no' });
    expect(judgeVisitUse(visit(), header, '', nowMs).reason).toBe('00');
    expect(judgeVisitUse(visit(), header, 'P1', nowMs).reason).toBe('00');
    for (const state of [VisitState.Settled, VisitState.Cancelled, VisitState.Expired])
      expect(judgeVisitUse(visit({ state }), header, '', nowMs).reason).toBe('M02');
  });

  it('an open visit left alone past its limit is expired: 7 days outpatient, 366 inpatient', () => {
    const later = nowMs + limits.visitOutpatientOpenMaxMs + 1;
    expect(stateAt(visit(), later)).toBe(VisitState.Expired);
    expect(judgeVisitUse(visit(), header, '', later).reason).toBe('M02');
    expect(stateAt(visit({ medicalType: 21 }), later)).toBe(VisitState.Open);
    expect(stateAt(visit({ medicalType: 21 }), nowMs + 367 * dayMs)).toBe(VisitState.Expired);
  });
});

describe('judgeUpload', () => {
  it('adds new lines, keeps a re-sent identical line once, refuses an sn with other content (M04)', () => {
    const same: VisitLine = ['1', 'A1', 1_000, 1_500, 1_500, 'B1'];
    const fresh: VisitLine = ['3', 'A1', 1_000, 700, 700, 'B3'];
    const ok = judgeUpload(visit(), [same, fresh]);
    expect(ok.reason).toBe('00');
    expect(ok.added).toEqual([fresh]);
    expect(ok.lines).toEqual([same, fresh]);
    const changed = judgeUpload(visit(), [fresh, ['1', 'A1', 1_000, 1_500, 1_600, 'B1']]);
    expect(changed).toMatchObject({ reason: 'M04', field: 'lines[1].sn', added: [] });
  });

  it('refuses lines past the visit bound (M03), counting only the new ones', () => {
    const full = visit({
      lines: Array.from({ length: limits.visitLinesMax }, (_, i): VisitLine => [`${i}`, 'A1', 1_000, 1, 1, '']),
    });
    expect(judgeUpload(full, [['0', 'A1', 1_000, 1, 1, '']]).reason).toBe('00');
    expect(judgeUpload(full, [['new', 'A1', 1_000, 1, 1, '']]).reason).toBe('M03');
  });
});

describe('judgeWithdraw', () => {
  it('withdraws all, a batch, or lines by sn; an unknown sn or batch is refused, nothing withdrawn', () => {
    expect(judgeWithdraw(visit(), { all: true, batchNo: '', sns: [] })).toMatchObject({ withdrawn: 2, remaining: [] });
    const batch = judgeWithdraw(visit(), { all: false, batchNo: 'B2', sns: [] });
    expect(batch.withdrawn).toBe(1);
    expect(batch.remaining.map((l) => l[0])).toEqual(['1']);
    expect(judgeWithdraw(visit(), { all: false, batchNo: '', sns: ['2'] }).remaining.map((l) => l[0])).toEqual(['1']);
    expect(judgeWithdraw(visit(), { all: false, batchNo: 'B9', sns: [] })).toMatchObject({
      reason: 'V01',
      field: 'batch_no',
      withdrawn: 0,
    });
    expect(judgeWithdraw(visit(), { all: false, batchNo: '', sns: ['1', 'x'] })).toMatchObject({
      reason: 'V01',
      field: 'sns[1]',
      withdrawn: 0,
    });
  });
});

describe('decideBill for a visit', () => {
  function viewWithVisit(v = visit()) {
    const view = happyView();
    view.catalogueItems.set('A1', { code: 'A1', class: 1, priceCapFen: 0, classBShareBp: 0 });
    view.visitRows.set(v.seq, v);
    return view;
  }
  function input(extra: Partial<SettleInput> = {}): SettleInput {
    return {
      header,
      credential: { type: 0, cardNo: '', cardSn: '', idNo: '' },
      medicalType: 0,
      insuranceType: 0,
      useAccount: true,
      totalFen: 2_500,
      lines: [],
      visitId: visitIdOf(42),
      personNo: 'P1',
      diseaseCode: '',
      ...extra,
    };
  }
  const decide = (view: ReturnType<typeof viewWithVisit>, i: SettleInput) =>
    decideBill(view, i, nowMs, defaultDecisionSettings, policy);

  it("splits the visit's lines; the total must be theirs (V02)", () => {
    const decision = decide(viewWithVisit(), input());
    expect(decision.reason).toBe('00');
    expect(decision.result?.split.totalFen).toBe(2_500);
    expect(decision.visit?.seq).toBe(42);
    expect(decide(viewWithVisit(), input({ totalFen: 1_500 })).reason).toBe('V02');
  });

  it('declines a card reported lost after the visit opened (C02), and another holder (P04)', () => {
    const view = viewWithVisit();
    view.hot.set(`${cardNo}:${cardSn}`, { reason: HotReason.TempLost, sinceMs: nowMs - 1_000, sequence: 1 });
    expect(decide(view, input()).reason).toBe('C02');
    const other = input({ credential: { type: 2, cardNo: '', cardSn: '', idNo: holderId } });
    expect(decide(viewWithVisit(), other)).toMatchObject({ reason: 'P04', field: 'credential' });
  });

  it('checks the caller before the visit: an unknown terminal learns nothing (I02, not M01)', () => {
    const stranger = input({ header: { ...header, terminalId: 'T9' }, visitId: visitIdOf(7) });
    expect(decide(viewWithVisit(), stranger).reason).toBe('I02');
    expect(decide(viewWithVisit(), input({ visitId: visitIdOf(7) })).reason).toBe('M01');
  });

  it('V01 for another medical type or a visit with no lines; M02 for a settled visit', () => {
    expect(decide(viewWithVisit(), input({ medicalType: 21 }))).toMatchObject({ reason: 'V01', field: 'medical_type' });
    expect(decide(viewWithVisit(visit({ lines: [] })), input({ totalFen: 0 }))).toMatchObject({
      reason: 'V01',
      field: 'lines',
    });
    expect(decide(viewWithVisit(visit({ state: VisitState.Settled })), input()).reason).toBe('M02');
  });
});
