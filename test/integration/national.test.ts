// The national-envelope adapter end to end: every supported infno through POST /fsi/api with the
// national field names, yuan amounts converted to fen exactly, our reason code added, the MAC
// checked over the national body.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TerminalIdentity } from '../../protocol/client.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';
import { chinaTime, nationalEnvelope, postNational } from '../support/national-envelope.js';

let t: TestEngine;
let hospital: TerminalIdentity;
let signNo = '';
let sequence = 1;

type NationalReply = {
  infcode: number;
  err_msg: string;
  inf_refmsgid: string;
  // biome-ignore lint/suspicious/noExplicitAny: the national output is read field by field in the assertions
  output: Record<string, any>;
  ssc_reason: string;
  ssc_field: string;
  ssc_code?: string;
  ssc_ignored?: string[];
};

async function national(infno: string, input: object, terminal = hospital, mac?: string) {
  const envelope = nationalEnvelope(terminal, signNo, infno, input, sequence++);
  const { status, text } = await postNational(t.engine.url, terminal, envelope, mac);
  return { status, msgid: envelope['msgid'] as string, reply: JSON.parse(text) as NationalReply };
}

beforeAll(async () => {
  t = await startTestEngine({ SSC_DEMO_CARDS: '800' });
  hospital = t.terminal('ningboHospitalL3');
  const signedIn = await national('9001', { signIn: { opter_no: 'op001' } });
  expect(signedIn.reply.infcode).toBe(0);
  signNo = signedIn.reply.output['signinoutb'].sign_no;
});
afterAll(async () => {
  await t.stop();
});

function cardData(scenario: string): Record<string, string> {
  const c = t.samples.cards.find((card) => card.scenario === scenario)!;
  return { mdtrt_cert_type: '03', mdtrt_cert_no: c.cardNo, card_sn: c.cardSn, certno: c.idNo };
}

function feedetail(pricesYuan: string[]) {
  const codes = t.samples.catalogue.filter((c) => c.class !== 3).map((c) => c.code);
  return pricesYuan.map((pric, i) => ({
    feedetl_sn: String(i + 1),
    med_list_codg: codes[i % codes.length],
    cnt: '1',
    pric,
    det_item_fee_sumamt: pric,
  }));
}

/** One drugdetail line with every field of T2102.cs's drugdetail, as strings. */
function drugLine(sn: string, code: string, cnt: string, pric: string, amount: string): Record<string, string> {
  return {
    feedetl_sn: sn,
    rxno: '',
    rx_circ_flag: '0',
    fee_ocur_time: chinaTime(Date.now()),
    med_list_codg: code,
    medins_list_codg: `H${sn.slice(-3)}`,
    det_item_fee_sumamt: amount,
    cnt,
    pric,
    sin_dos_dscr: '',
    used_frqu_dscr: '',
    prd_days: '',
    medc_way_dscr: '',
    bilg_dr_codg: '',
    bilg_dr_name: '',
    tcmdrug_used_way: '',
  };
}

describe('national envelope (POST /fsi/api)', () => {
  it('1101 answers baseinfo and insuinfo, and declines with infcode -1 and our reason', async () => {
    const ok = await national('1101', { data: cardData('issued') });
    expect(ok.reply.infcode).toBe(0);
    expect(ok.reply.inf_refmsgid).toBe(ok.msgid);
    expect(ok.reply.ssc_reason).toBe('00');
    expect(ok.reply.output['baseinfo'].psn_name).toContain('*');
    expect(typeof ok.reply.output['insuinfo'][0].balc).toBe('number');
    const lost = await national('1101', { data: cardData('formallyLost') });
    expect(lost.reply.infcode).toBe(-1);
    expect(lost.reply.ssc_reason).toBe('C03');
    expect(lost.reply.err_msg).toBe('卡片已正式挂失');
  });

  it('2206 / 2207 / 2208: pre-settle and settle in yuan, identities to the fen, then cancel', async () => {
    const input = {
      data: { ...cardData('issued'), med_type: '11', acct_used_flag: '1', medfee_sumamt: '123.45' },
      feedetail: feedetail(['100.00', '23.45']),
    };
    const pre = await national('2206', input);
    expect(pre.reply.infcode).toBe(0);
    const s = pre.reply.output['setlinfo'];
    const fen = (yuan: number): number => Math.round(yuan * 100);
    expect(fen(s.medfee_sumamt)).toBe(12_345);
    expect(fen(s.medfee_sumamt)).toBe(fen(s.fund_pay_sumamt) + fen(s.psn_part_amt));
    expect(fen(s.psn_part_amt)).toBe(fen(s.acct_pay) + fen(s.psn_cash_pay));
    // Per-line results in detlcutinfo (feedetl_sn as sent); setldetail holds the fund payment rows.
    expect(pre.reply.output['detlcutinfo'].map((l: { feedetl_sn: string }) => l.feedetl_sn)).toEqual(['1', '2']);
    const rows = pre.reply.output['setldetail'] as { fund_pay_type: string; fund_payamt: number }[];
    expect(rows.reduce((sum, r) => sum + fen(r.fund_payamt), 0)).toBe(fen(s.fund_pay_sumamt));
    expect(s.medins_setl_id).toBe(pre.msgid);
    expect(s.clr_type).toBe('11');
    expect(s.med_type).toBe('11');

    const settled = await national('2207', input);
    expect(settled.reply.infcode).toBe(0);
    const setlId = settled.reply.output['setlinfo'].setl_id;
    expect(setlId).toMatch(/^S\d{12}$/);
    expect(settled.reply.output['setlinfo'].hifp_pay).toBe(s.hifp_pay);

    const cancelled = await national('2208', { data: { setl_id: setlId } });
    expect(cancelled.reply.infcode).toBe(0);
    expect(cancelled.reply.output['setlinfo'].medfee_sumamt).toBe(123.45);
    const again = await national('2208', { data: { setl_id: setlId } });
    expect(again.reply.ssc_reason).toBe('T03');
  });

  it('2101 at a pharmacy, 2601 reversal of the settlement, 3201 reconciliation', async () => {
    const pharmacy = t.terminal('ningboPharmacy');
    const saved = signNo;
    signNo = (await national('9001', {}, pharmacy)).reply.output['signinoutb'].sign_no;
    const input = {
      data: { ...cardData('issued'), med_type: '41', acct_used_flag: '1', medfee_sumamt: '9.90' },
      feedetail: feedetail(['9.90']),
    };
    const pre = await national('2101', input, pharmacy);
    expect(pre.reply.infcode).toBe(0);
    expect(pre.reply.output['setlinfo'].hifp_pay).toBe(0);
    const settled = await national('2102', input, pharmacy);
    expect(settled.reply.infcode).toBe(0);
    const reversal = await national('2601', { data: { omsgid: settled.msgid, oinfno: '2102' } }, pharmacy);
    expect(reversal.reply.infcode).toBe(0);
    expect(reversal.reply.output['undone']).toBe('1');
    const today = chinaTime(Date.now()).slice(0, 10);
    const reconcile = await national(
      '3201',
      {
        data: {
          insutype: pre.reply.output['setlinfo'].insutype,
          clr_type: '41',
          stmt_begndate: today,
          stmt_enddate: today,
          medfee_sumamt: '0',
          fund_pay_sumamt: '0',
          acct_pay: '0',
          psn_cash_pay: '0',
          fixmedins_setl_cnt: '0',
        },
      },
      pharmacy,
    );
    expect(reconcile.reply.infcode).toBe(0);
    // Settled and reversed the same day: net zero.
    expect(reconcile.reply.output['stmtinfo'].stmt_rslt).toBe('0');
    const out = await national('9002', { signOut: { sign_no: signNo } }, pharmacy);
    expect(out.reply.infcode).toBe(0);
    signNo = saved;
  });

  // The pharmacy one-shot flow with request bodies shaped as public pharmacy code builds them:
  // liwerAKM/YbRefund:YbRefund/Plat/Models/YDJS/T2102.cs (input druginfo + drugdetail, every value a
  // string; output setlinfo + setldetail fund rows + detlcutinfo per line) and .../YDJS/T2103.cs.
  it('2101 / 2102 / 2103 as a pharmacy POS sends them: druginfo + drugdetail, strings, identities to the fen', async () => {
    const pharmacy = t.terminal('ningboPharmacy');
    const saved = signNo;
    signNo = (await national('9001', { signIn: { opter_no: 'op001' } }, pharmacy)).reply.output['signinoutb'].sign_no;
    const person = t.samples.cards.find((c) => c.scenario === 'issued')!;
    const codes = t.samples.catalogue.filter((c) => c.class !== 3).map((c) => c.code);
    const input = {
      druginfo: {
        psn_no: '',
        mdtrt_cert_type: '02',
        mdtrt_cert_no: person.idNo,
        begntime: chinaTime(Date.now()),
        medfee_sumamt: '36.80',
        invono: 'INV0001',
        insutype: '',
        dise_codg: '',
        dise_name: '',
        acct_used_flag: '1',
        med_type: '41',
        expContent: '',
      },
      drugdetail: [
        drugLine('YP2026113000001', codes[0]!, '2', '12.00', '24.00'),
        drugLine('YP2026113000002', codes[1 % codes.length]!, '1', '12.80', '12.80'),
      ],
    };
    const fen = (yuan: number): number => Math.round(yuan * 100);
    const pre = await national('2101', input, pharmacy);
    expect(pre.reply.infcode).toBe(0);
    for (const settled of [pre, await national('2102', input, pharmacy)]) {
      const s = settled.reply.output['setlinfo'];
      expect(fen(s.medfee_sumamt)).toBe(3_680);
      expect(fen(s.medfee_sumamt)).toBe(fen(s.fund_pay_sumamt) + fen(s.psn_part_amt) + fen(s.hosp_part_amt));
      expect(fen(s.psn_part_amt)).toBe(fen(s.acct_pay) + fen(s.psn_cash_pay));
      expect(fen(s.medfee_sumamt)).toBe(
        fen(s.fulamt_ownpay_amt) + fen(s.overlmt_selfpay) + fen(s.preselfpay_amt) + fen(s.inscp_scp_amt),
      );
      const rows = settled.reply.output['setldetail'] as { fund_payamt: number }[];
      expect(rows.reduce((sum, r) => sum + fen(r.fund_payamt), 0)).toBe(fen(s.fund_pay_sumamt));
      expect(settled.reply.output['detlcutinfo'].map((l: { feedetl_sn: string }) => l.feedetl_sn)).toEqual([
        'YP2026113000001',
        'YP2026113000002',
      ]);
      expect(s.medins_setl_id).toBe(settled.msgid);
      expect(s.clr_type).toBe('41');
      expect(s.med_type).toBe('41');
      expect(s.mdtrt_cert_type).toBe('02');
      expect(s.setl_time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    }
    const settled = await national('2102', input, pharmacy);
    // The same bill under a new msgid is a new settlement; the one above is cancelled by setl_id.
    const setlId = settled.reply.output['setlinfo'].setl_id;
    const cancelled = await national('2103', { data: { setl_id: setlId, mdtrt_id: setlId, psn_no: '' } }, pharmacy);
    expect(cancelled.reply.infcode).toBe(0);
    expect(cancelled.reply.output['setlinfo'].medfee_sumamt).toBe(36.8);
    // A provincial variant of the code is its base transaction; unknown fields are ignored and named.
    const variant = await national('2101A', { ...input, extinfo: { any: 'thing' } }, pharmacy);
    expect(variant.reply.infcode).toBe(0);
    expect(variant.reply.ssc_ignored).toEqual(['input.extinfo']);
    // feedetl_sn must be unique within the request.
    const twice = await national(
      '2101',
      { ...input, drugdetail: [input.drugdetail[0], { ...input.drugdetail[1], feedetl_sn: 'YP2026113000001' }] },
      pharmacy,
    );
    expect(twice.reply.ssc_reason).toBe('V01');
    expect(twice.reply.ssc_field).toBe('input.drugdetail[1].feedetl_sn');
    signNo = saved;
  });

  it('refuses a wrong MAC (401, infcode -1, SSC_UNAUTHENTICATED) and names unreadable fields (V01)', async () => {
    const bad = await national('1101', { data: cardData('issued') }, hospital, '00'.repeat(32));
    expect(bad.status).toBe(401);
    expect(bad.reply.infcode).toBe(-1);
    expect(bad.reply.ssc_code).toBe('SSC_UNAUTHENTICATED');
    const money = await national('2206', {
      data: { ...cardData('issued'), med_type: '11', medfee_sumamt: '1.234' },
      feedetail: feedetail(['1.234']),
    });
    expect(money.reply.ssc_reason).toBe('V01');
    expect(money.reply.ssc_field).toBe('input.data.medfee_sumamt');
    const line = await national('2206', {
      data: { ...cardData('issued'), med_type: '11', medfee_sumamt: '1.23' },
      feedetail: feedetail(['1.234']),
    });
    expect(line.reply.ssc_field).toBe('input.feedetail[0].pric');
    const unknown = await national('9999', {});
    expect(unknown.reply.ssc_field).toBe('infno');
    const notJson = await fetch(`${t.engine.url}/fsi/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '[1',
    });
    expect(notJson.status).toBe(400);
  });
});
