// The e-voucher credential end to end: the card centre issues a voucher (the national e-voucher
// service's stand-in), a terminal decodes its QR code (DecodeEVoucher, protobuf and TCP), and the
// token is the credential of Inquire, 1101 through the national envelope, a visit and a pharmacy's
// settlement. Forged codes, expiry and another institution's use are refused with their reasons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminClient } from '../../engine/cli/admin-client.js';
import { call, header, signIn, type TerminalIdentity } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { TcpClient } from '../../protocol/tcp-client.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';
import { nationalEnvelope, postNational } from '../support/national-envelope.js';

const adminSecret = 'evoucher-admin-secret';
let t: TestEngine;
let operator: AdminClient;
let hospital: TerminalIdentity;
let pharmacy: TerminalIdentity;
const signNos = new Map<string, string>();
let sequence = 1;

beforeAll(async () => {
  t = await startTestEngine({ SSC_DEMO_CARDS: '400', SSC_ADMIN_SECRET: adminSecret });
  const admin = new AdminClient(t.engine.url);
  await admin.login('admin', adminSecret);
  await admin.post('/admin/staff', { staffId: 'ev-op', role: 'operator', secret: 'evoucher-operator-1' });
  operator = new AdminClient(t.engine.url);
  await operator.login('ev-op', 'evoucher-operator-1');
  hospital = t.terminal('ningboHospitalL3');
  pharmacy = t.terminal('ningboPharmacy');
  for (const terminal of [hospital, pharmacy]) signNos.set(terminal.terminalId, await signIn(t.engine.url, terminal));
});
afterAll(async () => {
  await t.stop();
});

const person = (index = 0) => t.samples.cards.filter((c) => c.scenario === 'issued')[index]!;
const h = (terminal: TerminalIdentity) => header(terminal, signNos.get(terminal.terminalId)!, sequence++);

async function issue(index = 0, businessType = '01101'): Promise<string> {
  const r = await operator.post<{ qrCode: string; expiresMs: number; businessType: string }>(
    `/admin/persons/${person(index).idNo}/evouchers`,
    { businessType },
  );
  expect(r.status).toBe(200);
  expect(r.body.businessType).toBe(businessType);
  return r.body.qrCode;
}

async function decode(qrCode: string, terminal = hospital) {
  const r = await call<ssc.v1.DecodeEVoucherReply>(t.engine.url, 'DecodeEVoucher', { header: h(terminal), qrCode });
  expect(r.httpStatus).toBe(200);
  return r.reply!;
}

const voucher = (ecToken: string): ssc.v1.ICredential => ({ type: 1, cardNo: ecToken });

async function inquire(credential: ssc.v1.ICredential, terminal = hospital) {
  const r = await call<ssc.v1.InquireReply>(t.engine.url, 'Inquire', { header: h(terminal), credential });
  return r.reply!;
}

describe('e-vouchers', () => {
  it('issued by the card centre, decoded by a terminal, then the credential of Inquire', async () => {
    const qr = await issue(0);
    const decoded = await decode(qr);
    expect(decoded.outcome?.reason).toBe('00');
    expect(decoded.ecToken).toMatch(/^[0-9a-f]{32}$/);
    expect(decoded.person?.idNoMasked).toContain('*');
    expect(decoded.businessType).toBe('01101');
    const inquired = await inquire(voucher(decoded.ecToken));
    expect(inquired.outcome?.reason).toBe('00');
    expect(inquired.person?.personNo).toBe(decoded.person?.personNo);
    // The same code scanned again at the same institution decodes again, to the same token.
    expect((await decode(qr)).ecToken).toBe(decoded.ecToken);
    // The card and the voucher are the same person.
    const card = await inquire({
      type: 3,
      cardNo: person(0).cardNo,
      cardSn: person(0).cardSn,
      idNo: person(0).idNo,
    });
    expect(card.person?.personNo).toBe(inquired.person?.personNo);
  });

  it('refuses a forged or altered QR code (E01) and an unknown token (E01)', async () => {
    const qr = await issue(0);
    const token = qr.split('.')[1]!;
    const altered = qr.replace(
      token,
      token.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')),
    );
    expect((await decode(altered)).outcome).toMatchObject({ reason: 'E01', field: 'qr_code' });
    expect((await decode(`EVQR1.${token}.${'A'.repeat(22)}`)).outcome?.reason).toBe('E01');
    expect((await inquire(voucher('f'.repeat(32)))).outcome?.reason).toBe('E01');
    const malformed = await call<ssc.v1.DecodeEVoucherReply>(t.engine.url, 'DecodeEVoucher', {
      header: h(hospital),
      qrCode: 'not a qr\ncode',
    });
    expect(malformed.reply?.outcome).toMatchObject({ reason: 'V01', field: 'qr_code' });
  });

  it('binds the voucher to the institution that decoded it: another institution gets E03', async () => {
    const qr = await issue(1);
    const decoded = await decode(qr, hospital);
    expect(decoded.outcome?.reason).toBe('00');
    expect((await decode(qr, pharmacy)).outcome?.reason).toBe('E03');
    expect((await inquire(voucher(decoded.ecToken), pharmacy)).outcome?.reason).toBe('E03');
    // A token taken from the QR code without decoding it is bound nowhere: E03 everywhere.
    const undecoded = (await issue(1)).split('.')[1]!;
    expect((await inquire(voucher(undecoded))).outcome?.reason).toBe('E03');
  });

  it('a pharmacy settles with an e-voucher over TCP, decode included', async () => {
    const tcp = await TcpClient.connect({ host: '127.0.0.1', port: t.engine.tcpPort });
    try {
      const decoded = await tcp.call<ssc.v1.DecodeEVoucherReply>('DecodeEVoucher', {
        header: h(pharmacy),
        qrCode: await issue(2, '02121'),
      });
      expect(decoded.outcome?.reason).toBe('00');
      const code = t.samples.catalogue.find((c) => c.class === 1)!.code;
      const settled = await tcp.call<ssc.v1.SettleReply>('Settle', {
        header: h(pharmacy),
        credential: voucher(decoded.ecToken),
        medicalType: 41,
        useAccount: true,
        totalFen: 2_000,
        lines: [{ lineNo: 1, catalogueCode: code, quantityMilli: 1_000, unitPriceFen: 2_000, amountFen: 2_000 }],
      });
      expect(settled.outcome?.reason).toBe('00');
      expect(Number(settled.split?.totalFen)).toBe(2_000);
    } finally {
      await tcp.close();
    }
  });

  it('opens a visit with one scan and settles it with the next (the same person; another is P04)', async () => {
    const first = await decode(await issue(0));
    const opened = await call<ssc.v1.VisitReply>(t.engine.url, 'OpenVisit', {
      header: h(hospital),
      credential: voucher(first.ecToken),
      medicalType: 11,
    });
    expect(opened.reply?.outcome?.reason).toBe('00');
    const visitId = opened.reply!.visitId;
    const code = t.samples.catalogue.find((c) => c.class === 1)!.code;
    await call(t.engine.url, 'UploadFees', {
      header: h(hospital),
      visitId,
      lines: [{ sn: '1', catalogueCode: code, quantityMilli: 1_000, unitPriceFen: 3_000, amountFen: 3_000 }],
    });
    const someoneElse = await decode(await issue(1));
    const wrong = await call<ssc.v1.SettleReply>(t.engine.url, 'Settle', {
      header: h(hospital),
      visitId,
      credential: voucher(someoneElse.ecToken),
      totalFen: 3_000,
    });
    expect(wrong.reply?.outcome).toMatchObject({ reason: 'P04', field: 'credential' });
    expect(wrong.reply?.split ?? null).toBeNull();
    const second = await decode(await issue(0));
    const settled = await call<ssc.v1.SettleReply>(t.engine.url, 'Settle', {
      header: h(hospital),
      visitId,
      credential: voucher(second.ecToken),
      useAccount: true,
      totalFen: 3_000,
    });
    expect(settled.reply?.outcome?.reason).toBe('00');
  });

  it('1101 through the national envelope with mdtrt_cert_type 01', async () => {
    const decoded = await decode(await issue(0));
    const envelope = nationalEnvelope(
      hospital,
      signNos.get(hospital.terminalId)!,
      '1101',
      {
        data: { mdtrt_cert_type: '01', mdtrt_cert_no: decoded.ecToken, psn_cert_type: '01', certno: '' },
      },
      sequence++,
    );
    const { status, text } = await postNational(t.engine.url, hospital, envelope);
    expect(status).toBe(200);
    const reply = JSON.parse(text) as { infcode: number; output: { baseinfo: { psn_no: string } } };
    expect(reply.infcode).toBe(0);
    expect(reply.output.baseinfo.psn_no).toBe(decoded.person?.personNo);
  });

  it('expires 10 minutes after issue: E02 at decode and at use', async () => {
    const qr = await issue(2);
    const decoded = await decode(qr);
    const admin = new AdminClient(t.engine.url);
    await admin.login('admin', adminSecret);
    const later = 11 * 60_000;
    expect((await admin.post('/admin/clock', { offsetMs: later })).status).toBe(200);
    try {
      const at = Date.now() + later;
      const signedIn = await call<ssc.v1.SignInReply>(t.engine.url, 'SignIn', {
        header: header(hospital, '', sequence++, at),
      });
      const signNo = signedIn.reply!.signNo;
      const used = await call<ssc.v1.InquireReply>(t.engine.url, 'Inquire', {
        header: header(hospital, signNo, sequence++, at),
        credential: voucher(decoded.ecToken),
      });
      expect(used.reply?.outcome?.reason).toBe('E02');
      const again = await call<ssc.v1.DecodeEVoucherReply>(t.engine.url, 'DecodeEVoucher', {
        header: header(hospital, signNo, sequence++, at),
        qrCode: qr,
      });
      expect(again.reply?.outcome?.reason).toBe('E02');
    } finally {
      expect((await admin.post('/admin/clock', { offsetMs: 0 })).status).toBe(200);
    }
  });
});
