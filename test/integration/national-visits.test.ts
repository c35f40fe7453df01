// The national visit flows end to end through POST /fsi/api, with request bodies shaped as public
// HIS code builds them (newtouch-cloud/openhis, WinServiceAPI/YiBaoInterface/Models/Input/
// Input_2201.cs, Input_2203A.cs, Input_2204.cs, Input_2205.cs, Input_2207.cs, Input_2302.cs,
// Input_2304.cs, Input_2401.cs, Input_2402.cs): every value a string, amounts in yuan with the
// interface's decimals. Outputs checked by the interface's names and identities.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TerminalIdentity } from '../../protocol/client.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';
import { chinaTime, nationalEnvelope, postNational } from '../support/national-envelope.js';

let t: TestEngine;
let hospital: TerminalIdentity;
let other: TerminalIdentity;
const signNos = new Map<string, string>();
let sequence = 1;

type NationalReply = {
  infcode: number;
  err_msg: string;
  // biome-ignore lint/suspicious/noExplicitAny: the national output is read field by field in the assertions
  output: Record<string, any>;
  ssc_reason: string;
  ssc_field: string;
  ssc_differs?: { field: string; his: number; engine: number }[];
};

async function national(infno: string, input: object, terminal = hospital, envelopeFields: object = {}) {
  const envelope = {
    ...nationalEnvelope(terminal, signNos.get(terminal.terminalId) ?? '', infno, input, sequence++),
    ...envelopeFields,
  };
  const { status, text } = await postNational(t.engine.url, terminal, envelope);
  expect(status).toBe(200);
  return { msgid: envelope['msgid'] as string, reply: JSON.parse(text) as NationalReply };
}

async function signInAs(terminal: TerminalIdentity): Promise<void> {
  const envelope = nationalEnvelope(terminal, '', '9001', { signIn: { opter_no: 'op001' } }, sequence++);
  const { text } = await postNational(t.engine.url, terminal, envelope);
  signNos.set(terminal.terminalId, (JSON.parse(text) as NationalReply).output['signinoutb'].sign_no);
}

beforeAll(async () => {
  t = await startTestEngine({ SSC_DEMO_CARDS: '800' });
  hospital = t.terminal('ningboHospitalL3');
  other = t.terminal('ningboHospitalL2');
  await signInAs(hospital);
  await signInAs(other);
});
afterAll(async () => {
  await t.stop();
});

const fen = (yuan: number): number => Math.round(yuan * 100);
const now = (): string => chinaTime(Date.now());

function card(index: number) {
  return t.samples.cards.filter((c) => c.scenario === 'issued')[index]!;
}

/** mdtrt_cert_* as an HIS reads them off a social security card (type 03, with card_sn). */
function cert(index: number): Record<string, string> {
  const c = card(index);
  return { mdtrt_cert_type: '03', mdtrt_cert_no: c.cardNo, card_sn: c.cardSn, certno: c.idNo };
}

/** psn_no as an HIS has it: from 1101's baseinfo. */
async function personNumber(index: number): Promise<string> {
  const r = await national('1101', { data: cert(index) });
  expect(r.reply.infcode).toBe(0);
  return r.reply.output['baseinfo'].psn_no as string;
}

/** Input_2201.data: every field the public model has. */
function registration(index: number, psnNo: string): object {
  return {
    data: {
      psn_no: psnNo,
      insutype: '310',
      begntime: now(),
      ...cert(index),
      ipt_otp_no: `MZ${sequence}`,
      atddr_no: 'D001',
      dr_name: '张医生',
      dept_code: 'K01',
      dept_name: '内科',
      caty: 'A03',
    },
  };
}

/** Input_2204.feedetail: every field of the public model, as strings; pric with 6 decimals, cnt 4. */
function feeLine(
  visitId: string,
  psnNo: string,
  sn: string,
  code: string,
  cnt: string,
  pric: string,
  sum: string,
  batch: string,
) {
  return {
    feedetl_sn: sn,
    mdtrt_id: visitId,
    psn_no: psnNo,
    chrg_bchno: batch,
    dise_codg: '',
    rxno: `RX${sn}`,
    rx_circ_flag: '0',
    fee_ocur_time: now(),
    med_list_codg: code,
    medins_list_codg: `H-${code}`,
    det_item_fee_sumamt: sum,
    cnt,
    pric,
    sin_dos_dscr: '',
    used_frqu_dscr: '',
    prd_days: '0',
    medc_way_dscr: '',
    bilg_dept_codg: 'K01',
    bilg_dept_name: '内科',
    bilg_dr_codg: 'D001',
    bilg_dr_name: '张医生',
    acord_dept_codg: '',
    acord_dept_name: '',
    orders_dr_code: '',
    orders_dr_name: '',
    hosp_appr_flag: '1',
    tcmdrug_used_way: '',
    etip_flag: '',
    etip_hosp_code: '',
    dscg_tkdrug_flag: '',
    matn_fee_flag: '',
  };
}

function codes(itemClass: number): string[] {
  return t.samples.catalogue.filter((c) => c.class === itemClass).map((c) => c.code);
}

/** Input_2207.data (2206 the same): the visit settled by mdtrt_id, no lines inside. */
function settleData(visitId: string, psnNo: string, index: number, sumYuan: string): object {
  return {
    data: {
      psn_no: psnNo,
      mdtrt_cert_type: '03',
      mdtrt_cert_no: card(index).cardNo,
      med_type: '11',
      medfee_sumamt: sumYuan,
      psn_setlway: '01',
      mdtrt_id: visitId,
      chrg_bchno: '0000',
      insutype: '310',
      acct_used_flag: '1',
      invono: '',
      fulamt_ownpay_amt: '0',
      overlmt_selfpay: '0',
      preselfpay_amt: '0',
      inscp_scp_amt: '0',
    },
  };
}

function expectIdentities(s: Record<string, number>, rows: { fund_payamt: number }[]): void {
  expect(fen(s['medfee_sumamt']!)).toBe(
    fen(s['fund_pay_sumamt']!) + fen(s['psn_part_amt']!) + fen(s['hosp_part_amt']!),
  );
  expect(fen(s['psn_part_amt']!)).toBe(fen(s['acct_pay']!) + fen(s['psn_cash_pay']!));
  expect(rows.reduce((sum, r) => sum + fen(r.fund_payamt), 0)).toBe(fen(s['fund_pay_sumamt']!));
}

describe('national outpatient visit: 2201 -> 2203A -> 2204 -> 2205 -> 2206 -> 2207 -> 2208 -> 2202', () => {
  let visitId = '';
  let psnNo = '';

  it('1101 gives the person number (psn_no) a visit is opened with; another one is refused', async () => {
    psnNo = await personNumber(0);
    expect(psnNo).toMatch(/^P[0-9A-F]{16}$/);
    expect(await personNumber(0)).toBe(psnNo);
    expect(await personNumber(1)).not.toBe(psnNo);
    const wrong = await national('2201', registration(0, 'P0000000000000000'));
    expect([wrong.reply.ssc_reason, wrong.reply.ssc_field]).toEqual(['V01', 'person_no']);
  });

  it('2201 opens a visit and answers mdtrt_id, psn_no and ipt_otp_no', async () => {
    const r = await national('2201', registration(0, psnNo));
    expect(r.reply.infcode).toBe(0);
    visitId = r.reply.output['data'].mdtrt_id;
    expect(visitId).toMatch(/^M\d{12}$/);
    expect(r.reply.output['data'].psn_no).toBe(psnNo);
    expect(r.reply.output['data'].ipt_otp_no).toMatch(/^MZ\d+$/);
  });

  it("insuplc_admdvs, when sent, must be the person's pool (V01 header.insured_region); mdtrtarea_admvs the institution's", async () => {
    const person = await national('1101', { data: cert(0) });
    const insured = person.reply.output['insuinfo'][0].insuplc_admdvs as string;
    expect((await national('1101', { data: cert(0) }, hospital, { insuplc_admdvs: insured })).reply.infcode).toBe(0);
    const hangzhou = await national('1101', { data: cert(0) }, hospital, { insuplc_admdvs: '330106' });
    expect([hangzhou.reply.ssc_reason, hangzhou.reply.ssc_field]).toEqual(['V01', 'header.insured_region']);
    const elsewhere = await national('2201', registration(0, psnNo), hospital, { mdtrtarea_admvs: '330106' });
    expect([elsewhere.reply.ssc_reason, elsewhere.reply.ssc_field]).toEqual(['V01', 'header.care_region']);
  });

  it('2203A (provincial suffix) uploads the visit info and diagnoses', async () => {
    const r = await national('2203A', {
      mdtrtinfo: {
        mdtrt_id: visitId,
        psn_no: psnNo,
        med_type: '11',
        begntime: now(),
        main_cond_dscr: '发热',
        dise_codg: '',
        dise_name: '',
        birctrl_type: '',
        birctrl_matn_date: '',
        matn_type: '',
        geso_val: '0',
      },
      diseinfo: [
        {
          diag_type: '1',
          diag_srt_no: '1',
          diag_code: 'J06.900',
          diag_name: '急性上呼吸道感染',
          diag_dept: '内科',
          dise_dor_no: 'D001',
          dise_dor_name: '张医生',
          diag_time: now(),
          vali_flag: '1',
        },
      ],
    });
    expect(r.reply.infcode).toBe(0);
    expect(r.reply.output['data'].mdtrt_id).toBe(visitId);
  });

  it('2204 uploads fee lines and answers each line by feedetl_sn; a re-sent line is not added twice', async () => {
    const [a1, a2] = codes(1);
    const [b1] = codes(2);
    const lines = [
      feeLine(visitId, psnNo, 'FD-0001', a1!, '2.0000', '12.500000', '25.00', 'B1'),
      feeLine(visitId, psnNo, 'FD-0002', b1!, '1.0000', '80.000000', '80.00', 'B1'),
      feeLine(visitId, psnNo, 'FD-0003', a2!, '3.5000', '2.000000', '7.00', 'B2'),
    ];
    const r = await national('2204', { feedetail: lines });
    expect(r.reply.infcode).toBe(0);
    const result = r.reply.output['result'] as Record<string, number | string>[];
    expect(result.map((l) => l['feedetl_sn'])).toEqual(['FD-0001', 'FD-0002', 'FD-0003']);
    for (const l of result) {
      const parts = ['fulamt_ownpay_amt', 'overlmt_amt', 'preselfpay_amt', 'inscp_scp_amt'];
      expect(parts.reduce((sum, p) => sum + fen(l[p] as number), 0)).toBe(fen(l['det_item_fee_sumamt'] as number));
    }
    expect(result[1]!['chrgitm_lv']).toBe('2');

    const again = await national('2204', { feedetail: lines.slice(0, 2) });
    expect(again.reply.infcode).toBe(0);
    const changed = await national('2204', {
      feedetail: [feeLine(visitId, psnNo, 'FD-0001', a1!, '2.0000', '12.500000', '26.00', 'B1')],
    });
    expect(changed.reply.ssc_reason).toBe('M04');
    expect(changed.reply.ssc_field).toBe('lines[0].sn');
  });

  it('refuses a sub-fen price, another person number and another institution', async () => {
    const [a1] = codes(1);
    const subFen = await national('2204', {
      feedetail: [feeLine(visitId, psnNo, 'FD-9', a1!, '1', '0.123400', '0.12', 'B9')],
    });
    expect(subFen.reply.ssc_reason).toBe('V01');
    expect(subFen.reply.ssc_field).toBe('input.feedetail[0].pric');
    const wrongPerson = await national('2204', {
      feedetail: [feeLine(visitId, 'P999', 'FD-9', a1!, '1', '1', '1', 'B9')],
    });
    expect(wrongPerson.reply.ssc_reason).toBe('V01');
    expect(wrongPerson.reply.ssc_field).toBe('person_no');
    const elsewhere = await national(
      '2204',
      { feedetail: [feeLine(visitId, psnNo, 'FD-9', a1!, '1', '1', '1', 'B9')] },
      other,
    );
    expect(elsewhere.reply.ssc_reason).toBe('M01');
  });

  it('2205 withdraws a charge batch; 2206 and 2207 settle the visit by mdtrt_id from its lines', async () => {
    const withdrawn = await national('2205', { data: { mdtrt_id: visitId, chrg_bchno: 'B2', psn_no: psnNo } });
    expect(withdrawn.reply.infcode).toBe(0);
    expect(withdrawn.reply.output['withdrawn']).toBe(1);
    expect(withdrawn.reply.output['medfee_sumamt']).toBe(105);

    // The total must be the visit's: 112.00 (before the withdrawal) no longer adds up.
    const stale = await national('2206', settleData(visitId, psnNo, 0, '112.00'));
    expect(stale.reply.ssc_reason).toBe('V02');

    const pre = await national('2206', settleData(visitId, psnNo, 0, '105.00'));
    expect(pre.reply.infcode).toBe(0);
    expectIdentities(pre.reply.output['setlinfo'], pre.reply.output['setldetail']);
    expect(pre.reply.output['setlinfo'].mdtrt_id).toBe(visitId);

    const settled = await national('2207', settleData(visitId, psnNo, 0, '105.00'));
    expect(settled.reply.infcode).toBe(0);
    const s = settled.reply.output['setlinfo'];
    // The HIS's own bucket amounts (all 0 in Input_2207.cs's defaults) differ: named, not refused.
    const differs = settled.reply.ssc_differs ?? [];
    expect(differs.find((d) => d.field === 'inscp_scp_amt')).toEqual({
      field: 'inscp_scp_amt',
      his: 0,
      engine: s.inscp_scp_amt,
    });
    expect(differs.every((d) => fen(d.engine) !== fen(d.his))).toBe(true);
    expectIdentities(s, settled.reply.output['setldetail']);
    expect(s.mdtrt_id).toBe(visitId);
    expect(s.setl_id).toMatch(/^S\d{12}$/);
    expect(s.medins_setl_id).toBe(settled.msgid);
    expect(s.psn_no).toBe(psnNo);
    expect([s.cvlserv_flag, s.hosp_part_amt, s.acct_mulaid_pay, s.maf_pay]).toEqual(['0', 0, 0, 0]);
    expect(s.hifp_pay).toBe(pre.reply.output['setlinfo'].hifp_pay);
    expect(settled.reply.output['detlcutinfo']).toHaveLength(2);

    // Settled once: a second settlement of the visit, or a change to it, is refused.
    const twice = await national('2207', settleData(visitId, psnNo, 0, '105.00'));
    expect(twice.reply.ssc_reason).toBe('M02');
    const [a1] = codes(1);
    const late = await national('2204', { feedetail: [feeLine(visitId, psnNo, 'FD-7', a1!, '1', '1', '1', 'B7')] });
    expect(late.reply.ssc_reason).toBe('M02');

    // 2208 cancels the settlement: the visit is open again and settles again.
    const cancelled = await national('2208', { data: { setl_id: s.setl_id, mdtrt_id: visitId, psn_no: psnNo } });
    expect(cancelled.reply.infcode).toBe(0);
    const again = await national('2207', settleData(visitId, psnNo, 0, '105.00'));
    expect(again.reply.infcode).toBe(0);
    expect(fen(again.reply.output['setlinfo'].hifp_pay)).toBe(fen(s.hifp_pay));

    // 2601 reverses that settlement (by its msgid): open again; 2202 cancels the visit.
    const reversed = await national('2601', { data: { omsgid: again.msgid, oinfno: '2207', psn_no: psnNo } });
    expect(reversed.reply.infcode).toBe(0);
    const closed = await national('2202', { data: { psn_no: psnNo, mdtrt_id: visitId, ipt_otp_no: '' } });
    expect(closed.reply.infcode).toBe(0);
    const after = await national('2207', settleData(visitId, psnNo, 0, '105.00'));
    expect(after.reply.ssc_reason).toBe('M02');
  });
});

describe('national inpatient stay: 2401 -> 2301 -> 2302 -> 2402 -> 2303 -> 2304 -> 2305 -> 2404, 2601 of 2401', () => {
  let psnNo = '';

  function admission(index: number): object {
    return {
      mdtrtinfo: {
        psn_no: psnNo,
        insutype: '310',
        coner_name: '',
        tel: '',
        begntime: now(),
        ...cert(index),
        med_type: '21',
        ipt_no: 'ZY0001',
        medrcdno: '',
        atddr_no: 'D002',
        chfpdr_name: '李医生',
        adm_diag_dscr: '肺炎',
        adm_dept_codg: 'K02',
        adm_dept_name: '呼吸科',
        adm_bed: '12',
        dscg_maindiag_code: 'J18.900',
        dscg_maindiag_name: '肺炎',
        main_cond_dscr: '',
        dise_codg: '',
        dise_name: '',
        oprn_oprt_code: '',
        oprn_oprt_name: '',
        fpsc_no: '',
        matn_type: '',
        birctrl_type: '',
        latechb_flag: '',
        geso_val: '',
        fetts: '',
        fetus_cnt: '',
        pret_flag: '',
        birctrl_matn_date: '',
        dise_type_code: '',
      },
      diseinfo: [
        {
          psn_no: psnNo,
          diag_type: '1',
          maindiag_flag: '1',
          diag_srt_no: '1',
          diag_code: 'J18.900',
          diag_name: '肺炎',
          adm_cond: '',
          diag_dept: '呼吸科',
          dise_dor_no: 'D002',
          dise_dor_name: '李医生',
          diag_time: now(),
        },
      ],
    };
  }

  it('admits, itemises, withdraws a line, discharges, settles, cancels and cancels the admission', async () => {
    psnNo = await personNumber(1);
    const admitted = await national('2401', admission(1));
    expect(admitted.reply.infcode).toBe(0);
    const visitId = admitted.reply.output['data'].mdtrt_id;
    expect(admitted.reply.output['data'].ipt_no).toBe('ZY0001');
    const [a1, a2] = codes(1);
    const lines = [
      feeLine(visitId, psnNo, '1', a1!, '1', '3000.00', '3000.00', ''),
      feeLine(visitId, psnNo, '2', a2!, '10', '150', '1500.00', ''),
      feeLine(visitId, psnNo, '3', a2!, '1', '99.99', '99.99', ''),
    ];
    expect((await national('2301', { feedetail: lines })).reply.infcode).toBe(0);
    const withdrawn = await national('2302', { data: [{ feedetl_sn: '3', mdtrt_id: visitId, psn_no: psnNo }] });
    expect(withdrawn.reply.output['withdrawn']).toBe(1);
    const unknownSn = await national('2302', { data: [{ feedetl_sn: '3', mdtrt_id: visitId, psn_no: psnNo }] });
    expect(unknownSn.reply.ssc_reason).toBe('V01');
    const discharged = await national('2402', {
      dscginfo: { mdtrt_id: visitId, psn_no: psnNo, insutype: '310', endtime: now(), dscg_way: '1' },
      diseinfo: [],
    });
    expect(discharged.reply.infcode).toBe(0);

    const data = {
      ...(settleData(visitId, psnNo, 1, '4500.00') as { data: object }).data,
      med_type: '21',
      mid_setl_flag: '0',
    };
    const pre = await national('2303', { data });
    expect(pre.reply.infcode).toBe(0);
    const settled = await national('2304', { data });
    expect(settled.reply.infcode).toBe(0);
    const s = settled.reply.output['setlinfo'];
    expectIdentities(s, settled.reply.output['setldetail']);
    expect(s.clr_type).toBe('21');
    expect(s.mdtrt_id).toBe(visitId);

    // Settled: the admission cannot be cancelled until the settlement is.
    expect((await national('2404', { data: { mdtrt_id: visitId, psn_no: psnNo } })).reply.ssc_reason).toBe('M02');
    const cancel = await national('2305', { data: { setl_id: s.setl_id, mdtrt_id: visitId, psn_no: psnNo } });
    expect(cancel.reply.infcode).toBe(0);
    // 2601 of the 2305 puts the settlement back (the visit is settled again); 2601 of the 2304 then
    // undoes it (the visit is open again).
    const redo = await national('2601', { data: { omsgid: cancel.msgid, oinfno: '2305', psn_no: psnNo } });
    expect([redo.reply.infcode, redo.reply.output['setl_id']]).toEqual([0, s.setl_id]);
    expect((await national('2404', { data: { mdtrt_id: visitId, psn_no: psnNo } })).reply.ssc_reason).toBe('M02');
    const undo = await national('2601', { data: { omsgid: settled.msgid, oinfno: '2304', psn_no: psnNo } });
    expect([undo.reply.infcode, undo.reply.output['undone']]).toEqual([0, '1']);
    expect((await national('2404', { data: { mdtrt_id: visitId, psn_no: psnNo } })).reply.infcode).toBe(0);
  });

  it('2601 reverses an admission (2401): the visit is cancelled, and a late retry of it is refused T03', async () => {
    psnNo = await personNumber(2);
    const admitted = await national('2401', admission(2));
    const visitId = admitted.reply.output['data'].mdtrt_id;
    const reversed = await national('2601', { data: { omsgid: admitted.msgid, oinfno: '2401', psn_no: psnNo } });
    expect(reversed.reply.infcode).toBe(0);
    const [a1] = codes(1);
    const late = await national('2301', { feedetail: [feeLine(visitId, psnNo, '1', a1!, '1', '1', '1', '')] });
    expect(late.reply.ssc_reason).toBe('M02');
  });
});
