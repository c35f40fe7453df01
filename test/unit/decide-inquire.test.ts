import { describe, expect, it } from 'vitest';
import { decideInquire, type InquireInput } from '../../engine/core/decide-inquire.js';
import { decideSignIn, decideSignOut } from '../../engine/core/decide-sign-in.js';
import {
  CardKind,
  CardStatus,
  DesignationStatus,
  FilingKind,
  HotReason,
  InstitutionType,
  InsuranceStatus,
  TerminalStatus,
} from '../../engine/core/model.js';
import { reasonCatalogue } from '../../engine/core/reasons.js';
import { defaultDecisionSettings } from '../../engine/core/settings.js';
import {
  cardNo,
  cardSn,
  dayMs,
  happyView,
  holderId,
  institution,
  type MemoryView,
  nowMs,
  requestHeader,
} from '../support/fixtures.js';

function input(overrides: Partial<InquireInput> = {}): InquireInput {
  return {
    header: requestHeader(),
    credential: { type: 3, cardNo, cardSn, idNo: holderId },
    medicalType: 0,
    insuranceType: 0,
    ...overrides,
  };
}

const settings = defaultDecisionSettings;

/** Each row breaks one thing of the happy path; rows run in precedence order. */
const rows: { reason: string; why: string; arrange: (view: MemoryView, req: InquireInput) => void }[] = [
  { reason: 'I02', why: 'terminal unknown', arrange: (v) => v.terminals.clear() },
  {
    reason: 'I02',
    why: 'terminal disabled',
    arrange: (v) => (v.terminals.get('T1')!.status = TerminalStatus.Disabled),
  },
  {
    reason: 'I02',
    why: 'terminal of another institution',
    arrange: (_v, r) => (r.header.institutionCode = 'H33020300002'),
  },
  {
    reason: 'I01',
    why: 'designation suspended',
    arrange: (v) => (v.institutions.get('H33020300001')!.designation = DesignationStatus.Suspended),
  },
  {
    reason: 'I01',
    why: 'designation expired',
    arrange: (v) => (v.institutions.get('H33020300001')!.designatedToMs = nowMs - dayMs),
  },
  { reason: 'I04', why: 'never signed in', arrange: (v) => v.signIns.clear() },
  { reason: 'I04', why: 'sign-in number stale', arrange: (_v, r) => (r.header.signNo = 'other') },
  { reason: 'I04', why: 'sign-in expired', arrange: (v) => (v.signIns.get('T1')!.expiresMs = nowMs) },
  { reason: 'V01', why: 'care region of another pool', arrange: (_v, r) => (r.header.careRegion = '330106') },
  {
    reason: 'I03',
    why: 'inpatient at a pharmacy',
    arrange: (v, r) => {
      v.institutions.get('H33020300001')!.type = InstitutionType.Pharmacy;
      r.medicalType = 21;
    },
  },
  {
    reason: 'I03',
    why: 'inpatient at a clinic',
    arrange: (v, r) => {
      v.institutions.get('H33020300001')!.type = InstitutionType.Clinic;
      r.medicalType = 21;
    },
  },
  { reason: 'E01', why: 'e-voucher unknown (or forged)', arrange: (_v, r) => (r.credential.type = 1) },
  { reason: 'C01', why: 'card unknown', arrange: (v) => v.cards.clear() },
  { reason: 'C01', why: 'legacy credential for an SSC card', arrange: (_v, r) => (r.credential.type = 4) },
  { reason: 'C04', why: 'old card_sn', arrange: (_v, r) => (r.credential.cardSn = 'F'.repeat(32)) },
  { reason: 'C05', why: 'cancelled', arrange: (v) => (v.cards.get(cardNo)!.status = CardStatus.Cancelled) },
  { reason: 'C03', why: 'formally lost', arrange: (v) => (v.cards.get(cardNo)!.status = CardStatus.FormallyLost) },
  {
    reason: 'C02',
    why: 'temporarily lost 9 days ago',
    arrange: (v) =>
      Object.assign(v.cards.get(cardNo)!, { status: CardStatus.TempLost, statusSinceMs: nowMs - 9 * dayMs }),
  },
  { reason: 'C04', why: 'damaged', arrange: (v) => (v.cards.get(cardNo)!.status = CardStatus.Damaged) },
  { reason: 'C06', why: 'awaiting pickup', arrange: (v) => (v.cards.get(cardNo)!.status = CardStatus.AwaitingPickup) },
  { reason: 'C06', why: 'returned', arrange: (v) => (v.cards.get(cardNo)!.status = CardStatus.Returned) },
  {
    reason: 'C09',
    why: 'legacy card past the deadline',
    arrange: (v, r) => {
      v.cards.get(cardNo)!.kind = CardKind.LegacyMagnetic;
      r.credential.type = 4;
    },
  },
  {
    reason: 'C07',
    why: 'hot-listed for fraud',
    arrange: (v) => v.hot.set(`${cardNo}:${cardSn}`, { reason: HotReason.Fraud, sinceMs: nowMs, sequence: 1 }),
  },
  {
    reason: 'C02',
    why: 'hot list temporary loss',
    arrange: (v) =>
      v.hot.set(`${cardNo}:${cardSn}`, { reason: HotReason.TempLost, sinceMs: nowMs - dayMs, sequence: 1 }),
  },
  {
    reason: 'C04',
    why: 'hot list replaced',
    arrange: (v) => v.hot.set(`${cardNo}:${cardSn}`, { reason: HotReason.Replaced, sinceMs: nowMs, sequence: 1 }),
  },
  { reason: 'P04', why: 'ID number not the holder', arrange: (_v, r) => (r.credential.idNo = '11010519491231002X') },
  { reason: 'P05', why: 'duplicate enrolment', arrange: (v) => (v.persons.get(holderId)!.duplicateEnrolment = true) },
  {
    reason: 'P01',
    why: 'not insured',
    arrange: (v) => (v.persons.get(holderId)!.insuranceStatus = InsuranceStatus.NotInsured),
  },
  { reason: 'P01', why: 'other insurance type', arrange: (_v, r) => (r.insuranceType = 390) },
  {
    reason: 'P01',
    why: 'ID card of an unknown person',
    arrange: (_v, r) => (r.credential = { type: 2, cardNo: '', cardSn: '', idNo: '11010519491231002X' }),
  },
  {
    reason: 'P03',
    why: 'terminated',
    arrange: (v) => (v.persons.get(holderId)!.insuranceStatus = InsuranceStatus.Terminated),
  },
  {
    reason: 'P02',
    why: 'suspended',
    arrange: (v) => (v.persons.get(holderId)!.insuranceStatus = InsuranceStatus.Suspended),
  },
  {
    reason: 'P02',
    why: 'insured period ended',
    arrange: (v) => (v.persons.get(holderId)!.insuredToMs = nowMs - dayMs),
  },
  { reason: 'R02', why: 'care outside the province', arrange: (v, r) => moveInstitution(v, r, '310101', true) },
  {
    reason: 'R01',
    why: 'Hangzhou, not in the provincial network',
    arrange: (v, r) => moveInstitution(v, r, '330106', false),
  },
  { reason: 'R01', why: 'Hangzhou network, no filing', arrange: (v, r) => moveInstitution(v, r, '330106', true) },
  {
    reason: 'R01',
    why: 'Hangzhou network, expired filing',
    arrange: (v, r) => {
      moveInstitution(v, r, '330106', true);
      file(v, '330106', nowMs - 10 * dayMs);
    },
  },
  {
    reason: '00',
    why: 'Hangzhou network with a remote filing',
    arrange: (v, r) => {
      moveInstitution(v, r, '330106', true);
      file(v, '330102', nowMs + dayMs);
    },
  },
  { reason: '00', why: 'any Ningbo region (city pool)', arrange: (v, r) => moveInstitution(v, r, '330225', false) },
  {
    reason: '00',
    why: 'temporary loss lapsed after 10 days',
    arrange: (v) =>
      Object.assign(v.cards.get(cardNo)!, { status: CardStatus.TempLost, statusSinceMs: nowMs - 10 * dayMs }),
  },
  {
    reason: '00',
    why: 'ID card credential skips card status',
    arrange: (v, r) => {
      v.cards.get(cardNo)!.status = CardStatus.FormallyLost;
      r.credential = { type: 2, cardNo: '', cardSn: '', idNo: holderId };
    },
  },
  {
    reason: '00',
    why: 'Fenghua district code 330213 maps to the pool',
    arrange: (v, r) => moveInstitution(v, r, '330213', false),
  },
];

function moveInstitution(v: MemoryView, r: InquireInput, region: string, network: boolean): void {
  v.institutions.set('H33020300001', institution('H33020300001', region, { provincialNetwork: network }));
  r.header.careRegion = region;
}

function file(v: MemoryView, targetRegion: string, validToMs: number): void {
  v.filingsByPerson.set(holderId, [
    {
      kind: FilingKind.RemoteDesignation,
      targetRegion,
      targetInstitution: '',
      validFromMs: nowMs - 30 * dayMs,
      validToMs,
      diseaseCode: '',
      filingNo: 'FI000000000001',
      institutionCode: '',
    },
  ]);
}

describe('decideInquire', () => {
  it('approves the happy path with the person and account', () => {
    const decision = decideInquire(happyView(), input(), nowMs, settings);
    expect(decision.reason).toBe('00');
    expect(decision.person?.idNo).toBe(holderId);
    expect(decision.account).toEqual({ currentYearFen: 12_345, priorYearsFen: 100 });
  });

  it.each(rows)('$reason when $why', ({ reason, arrange }) => {
    const view = happyView();
    const request = input();
    arrange(view, request);
    expect(decideInquire(view, request, nowMs, settings).reason).toBe(reason);
  });

  it('names the field for V01', () => {
    const request = input();
    request.header.careRegion = '330106';
    expect(decideInquire(happyView(), request, nowMs, settings).field).toBe('header.care_region');
  });

  it('checks the caller before the card: an unsigned terminal learns nothing about a lost card', () => {
    const view = happyView();
    view.signIns.clear();
    view.cards.get(cardNo)!.status = CardStatus.FormallyLost;
    expect(decideInquire(view, input(), nowMs, settings).reason).toBe('I04');
  });

  it('reports card problems before person problems', () => {
    const view = happyView();
    view.cards.get(cardNo)!.status = CardStatus.Cancelled;
    view.persons.get(holderId)!.insuranceStatus = InsuranceStatus.Terminated;
    expect(decideInquire(view, input(), nowMs, settings).reason).toBe('C05');
  });

  it('honours a configured legacy deadline', () => {
    const view = happyView();
    view.cards.get(cardNo)!.kind = CardKind.LegacyCountyIc;
    const request = input({ credential: { type: 5, cardNo, cardSn: '', idNo: '' } });
    view.cards.get(cardNo)!.cardSn = '';
    const deadline = { ...settings, legacyDeadlineMs: nowMs + 3_600_000 };
    expect(decideInquire(view, request, nowMs, deadline).reason).toBe('00');
    expect(decideInquire(view, request, nowMs + 3_600_000, deadline).reason).toBe('C09');
  });

  it('honours a configured temporary-loss TTL', () => {
    const view = happyView();
    Object.assign(view.cards.get(cardNo)!, { status: CardStatus.TempLost, statusSinceMs: nowMs - 3 * dayMs });
    expect(decideInquire(view, input(), nowMs, { ...settings, tempLossTtlMs: 2 * dayMs }).reason).toBe('00');
    expect(decideInquire(view, input(), nowMs, { ...settings, tempLossTtlMs: 4 * dayMs }).reason).toBe('C02');
  });

  it('covers every catalogue code an inquiry can produce', () => {
    const produced = new Set(rows.map((r) => r.reason));
    const inquiryCodes = reasonCatalogue.map((r) => r.code).filter((c) => /^(00|C|P|R|I|V01)/.test(c));
    for (const code of inquiryCodes) expect(produced, `no row produces ${code}`).toContain(code);
  });
});

describe('decideSignIn / decideSignOut', () => {
  const header = input().header;
  it('approves an active terminal with an expiry of now + TTL', () => {
    const decision = decideSignIn(happyView(), header, nowMs, settings);
    expect(decision).toEqual({ reason: '00', field: '', expiresMs: nowMs + settings.signInTtlMs });
  });
  it('refuses a disabled terminal (I02) and an undesignated institution (I01)', () => {
    const disabled = happyView();
    disabled.terminals.get('T1')!.status = TerminalStatus.Disabled;
    expect(decideSignIn(disabled, header, nowMs, settings).reason).toBe('I02');
    const undesignated = happyView();
    undesignated.institutions.get('H33020300001')!.designation = DesignationStatus.Revoked;
    expect(decideSignIn(undesignated, header, nowMs, settings).reason).toBe('I01');
  });
  it('signs out only with the current sign-in number', () => {
    expect(decideSignOut(happyView(), header, nowMs).reason).toBe('00');
    expect(decideSignOut(happyView(), { ...header, signNo: 'nope' }, nowMs).reason).toBe('I04');
  });
});
