// The e-voucher credential (type 1): the QR code's signature, and the holder checks a voucher gets
// instead of the card's (E01 -> E02 -> E03 -> P04, no hot list), over an in-memory view.
import { describe, expect, it } from 'vitest';
import { decideInquire, type InquireInput } from '../../engine/core/decide-inquire.js';
import { type EVoucherRecord, HotReason } from '../../engine/core/model.js';
import { defaultDecisionSettings } from '../../engine/core/settings.js';
import { configureEVoucherKey, newEVoucherToken, qrCodeOf, tokenOfQrCode } from '../../engine/wire/evoucher-qr.js';
import { cardNo, cardSn, happyView, holderId, nowMs, requestHeader } from '../support/fixtures.js';

describe('the e-voucher QR code', () => {
  it('decodes a genuine code and nothing altered, forged or signed under another key', () => {
    configureEVoucherKey(Buffer.alloc(32, 1));
    const token = newEVoucherToken();
    const qr = qrCodeOf(token);
    expect(qr).toMatch(/^EVQR1\.[0-9a-f]{32}\.[A-Za-z0-9_-]{22}$/);
    expect(tokenOfQrCode(qr)).toBe(token);
    const other = newEVoucherToken();
    expect(tokenOfQrCode(qr.replace(token, other))).toBe('');
    const sig = qr.slice(-22);
    expect(tokenOfQrCode(qr.slice(0, -22) + (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1))).toBe('');
    for (const bad of ['', 'EVQR1.', `EVQR2.${token}.${sig}`, `${qr}x`, token]) expect(tokenOfQrCode(bad)).toBe('');
    configureEVoucherKey(Buffer.alloc(32, 2));
    expect(tokenOfQrCode(qr)).toBe('');
  });
});

describe('an e-voucher as the credential', () => {
  const token = 'a'.repeat(32);
  function setup(extra: Partial<EVoucherRecord> = {}) {
    const view = happyView();
    view.evoucherRows.set(token, {
      token,
      idNo: holderId,
      businessType: '01101',
      issuedMs: nowMs - 60_000,
      expiresMs: nowMs + 60_000,
      institutionCode: requestHeader().institutionCode,
      ...extra,
    });
    return view;
  }
  const input = (idNo = ''): InquireInput => ({
    header: requestHeader(),
    credential: { type: 1, cardNo: token, cardSn: '', idNo },
    medicalType: 0,
    insuranceType: 0,
  });
  const decide = (view: ReturnType<typeof setup>, i = input()) =>
    decideInquire(view, i, nowMs, defaultDecisionSettings);

  it("resolves the voucher's person; the card's hot list does not apply (no card is presented)", () => {
    const view = setup();
    view.hot.set(`${cardNo}:${cardSn}`, { reason: HotReason.TempLost, sinceMs: nowMs - 1_000, sequence: 1 });
    const decision = decide(view);
    expect(decision.reason).toBe('00');
    expect(decision.person?.idNo).toBe(holderId);
  });

  it('E01 unknown, E02 expired, E03 decoded elsewhere or not decoded, P04 another ID number', () => {
    expect(decide(setup(), { ...input(), credential: { ...input().credential, cardNo: 'b'.repeat(32) } }).reason).toBe(
      'E01',
    );
    expect(decide(setup({ expiresMs: nowMs })).reason).toBe('E02');
    expect(decide(setup({ institutionCode: 'H33020300009' })).reason).toBe('E03');
    expect(decide(setup({ institutionCode: '' })).reason).toBe('E03');
    expect(decide(setup(), input('110101199003077777')).reason).toBe('P04');
    expect(decide(setup(), input(holderId)).reason).toBe('00');
  });

  it("insurance still applies: a suspended person's voucher is P02", () => {
    const view = setup();
    view.persons.get(holderId)!.insuranceStatus = 2;
    expect(decide(view).reason).toBe('P02');
  });
});
