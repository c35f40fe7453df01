// Filings as transactions and chronic-disease outpatient care through the real server, in protobuf
// and in the national envelope (request shapes of newtouch-cloud/openhis Input_2501.cs … Input_2506.cs,
// Input_5301.cs, Input_5302.cs, Input_13.cs): a referral filing (2501) lets the next swipe at a
// provincial-network hospital in Hangzhou settle (R01 before, and again after the revocation 2502);
// a chronic filing (2503) lets a chronic outpatient bill (med_type 14) for its disease settle under
// the disease's own policy row and accumulators (F01 without it), cancel restores them; the
// catalogue (1309), the queries (5301 / 5302) and every refusal code of the filings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaOffsetMs, dayMs } from '../../engine/core/china-time.js';
import type { SampleCard } from '../../engine/demo/demo.js';
import { call, header, signIn, type TerminalIdentity } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';
import { nationalEnvelope, postNational } from '../support/national-envelope.js';

let t: TestEngine;
let hospital: TerminalIdentity;
let other: TerminalIdentity;
let hangzhou: TerminalIdentity;
let pharmacy: TerminalIdentity;
const signNos = new Map<string, string>();
let sequence = 1;

type NationalReply = {
  infcode: number;
  // biome-ignore lint/suspicious/noExplicitAny: the national output is read field by field in the assertions
  output: Record<string, any>;
  ssc_reason: string;
  ssc_field: string;
};

beforeAll(async () => {
  t = await startTestEngine({ SSC_DEMO_CARDS: '1500' });
  hospital = t.terminal('ningboHospitalL3');
  other = t.terminal('ningboHospitalL2');
  hangzhou = t.terminal('hangzhouNetwork');
  pharmacy = t.terminal('ningboPharmacy');
  for (const terminal of [hospital, other, hangzhou, pharmacy])
    signNos.set(terminal.terminalId, await signIn(t.engine.url, terminal));
}, 120_000);
afterAll(async () => {
  await t.stop();
});

const n = (v: unknown): number => Number(v ?? 0);
const today = (): number => Math.floor((Date.now() + chinaOffsetMs) / dayMs) * dayMs - chinaOffsetMs;
const credential = (c: SampleCard): ssc.v1.ICredential => ({
  type: c.credentialType,
  cardNo: c.cardNo,
  cardSn: c.cardSn,
  idNo: c.idNo,
});
/** Six insured people whose cards are accepted (the demo samples three of each scenario). */
const issued = (i: number): SampleCard =>
  t.samples.cards.filter((c) => c.scenario === 'issued' || c.scenario === 'tempLostLapsed')[i]!;
const h = (terminal: TerminalIdentity = hospital) =>
  header(terminal, signNos.get(terminal.terminalId) ?? '', sequence++);

async function rpc<R>(method: string, body: object): Promise<R> {
  const r = await call<R>(t.engine.url, method, body);
  expect(r.httpStatus, JSON.stringify(r.error)).toBe(200);
  return r.reply!;
}
const reason = (reply: { outcome?: ssc.v1.IOutcome | null }): string => reply.outcome?.reason ?? '';

async function inquireAt(terminal: TerminalIdentity, card: SampleCard): Promise<ssc.v1.InquireReply> {
  return rpc<ssc.v1.InquireReply>('Inquire', { header: h(terminal), credential: credential(card) });
}

function bill(card: SampleCard, totalFen: number, extra: object = {}) {
  const code = t.samples.catalogue.find((c) => c.class === 1)!.code;
  return {
    credential: credential(card),
    medicalType: 14,
    diseaseCode: 'M03900',
    useAccount: false,
    totalFen,
    lines: [{ lineNo: 1, catalogueCode: code, quantityMilli: 1_000, unitPriceFen: totalFen, amountFen: totalFen }],
    ...extra,
  };
}

async function national(infno: string, input: object, terminal = hospital) {
  const envelope = nationalEnvelope(terminal, signNos.get(terminal.terminalId) ?? '', infno, input, sequence++);
  const { status, text } = await postNational(t.engine.url, terminal, envelope);
  expect(status).toBe(200);
  return JSON.parse(text) as NationalReply;
}

describe('referral filings (2501 / 2502) and the next swipe', () => {
  it('registers, is seen by the next decision elsewhere in the province, and is revoked', async () => {
    const card = issued(0);
    expect(reason(await inquireAt(hangzhou, card))).toBe('R01');
    const register = {
      header: h(),
      credential: credential(card),
      kind: 1,
      targetInstitution: hangzhou.institutionCode,
      validFromMs: today(),
      validToMs: today() + 30 * dayMs,
    };
    const filed = await rpc<ssc.v1.FilingReply>('RegisterFiling', register);
    expect(reason(filed)).toBe('00');
    const filingNo = filed.filing?.filingNo ?? '';
    expect(filingNo).toMatch(/^F\d{12}$/);
    expect(filed.filing?.institutionCode).toBe(hospital.institutionCode);
    expect(filed.personNo).toMatch(/^P[0-9A-F]{16}$/);
    // The retry is the first answer; the same id with other content is T04.
    const retry = await rpc<ssc.v1.FilingReply>('RegisterFiling', register);
    expect([reason(retry), retry.filing?.filingNo]).toEqual(['T01', filingNo]);
    const conflict = await rpc<ssc.v1.FilingReply>('RegisterFiling', { ...register, validToMs: today() + dayMs });
    expect(reason(conflict)).toBe('T04');
    // The same target again, overlapping: F04.
    expect(reason(await rpc<ssc.v1.FilingReply>('RegisterFiling', { ...register, header: h() }))).toBe('F04');

    expect(reason(await inquireAt(hangzhou, card))).toBe('00');
    const listed = await rpc<ssc.v1.QueryFilingsReply>('QueryFilings', {
      header: h(),
      personNo: filed.personNo,
      kind: 1,
    });
    expect(reason(listed)).toBe('00');
    expect(listed.filings.map((f) => f.filingNo)).toEqual([filingNo]);

    // Only the registering institution revokes it.
    const elsewhere = await rpc<ssc.v1.FilingReply>('RevokeFiling', {
      header: h(other),
      personNo: filed.personNo,
      filingNo,
    });
    expect([reason(elsewhere), elsewhere.outcome?.field]).toEqual(['F02', 'filing_no']);
    const revoked = await rpc<ssc.v1.FilingReply>('RevokeFiling', {
      header: h(),
      personNo: filed.personNo,
      filingNo,
      memo: '患者取消转院',
    });
    expect([reason(revoked), revoked.filing?.filingNo]).toEqual(['00', filingNo]);
    expect(
      reason(await rpc<ssc.v1.FilingReply>('RevokeFiling', { header: h(), personNo: filed.personNo, filingNo })),
    ).toBe('F02');
    expect(reason(await inquireAt(hangzhou, card))).toBe('R01');
  });

  it('refuses what cannot be filed, each with its code', async () => {
    const card = issued(1);
    const base = { credential: credential(card), kind: 1, validFromMs: today(), validToMs: today() + 30 * dayMs };
    const ask = async (body: object, terminal = hospital) => {
      const r = await rpc<ssc.v1.FilingReply>('RegisterFiling', { header: h(terminal), ...base, ...body });
      return [reason(r), r.outcome?.field ?? ''];
    };
    expect(await ask({ targetInstitution: hangzhou.institutionCode }, pharmacy)).toEqual(['I03', '']);
    // Inside the person's own pool no filing is needed; Shanghai is outside the province.
    expect(await ask({ targetInstitution: other.institutionCode })).toEqual(['F05', 'target_institution']);
    expect(await ask({ targetRegion: '310101' })).toEqual(['F05', 'target_region']);
    expect(await ask({ targetInstitution: 'H99999999999' })).toEqual(['F05', 'target_institution']);
    expect(await ask({ targetRegion: '330106', validToMs: today() + 400 * dayMs })).toEqual(['V01', 'valid_to_ms']);
    expect(await ask({ targetRegion: '330106', validToMs: 0 })).toEqual(['V01', 'valid_to_ms']);
    expect(await ask({ kind: 3, diseaseCode: 'X99999', validToMs: 0 })).toEqual(['F03', 'disease_code']);
    // An unknown person number is an unknown person; a person number and a credential must agree.
    expect(await ask({ credential: undefined, personNo: 'P0000000000000000', targetRegion: '330106' })).toEqual([
      'P01',
      'person_no',
    ]);
    const otherPerson = (await inquireAt(hospital, issued(2))).person?.personNo;
    expect(await ask({ personNo: otherPerson, targetRegion: '330106' })).toEqual(['P04', 'credential']);
    // Formats: V01 before anything is looked up.
    expect(await ask({ kind: 0 })).toEqual(['V01', 'kind']);
    expect(await ask({ targetRegion: '330106', validFromMs: today() + 1 })).toEqual(['V01', 'valid_from_ms']);
    expect(await ask({ kind: 3, diseaseCode: '', validToMs: 0 })).toEqual(['V01', 'disease_code']);
  });
});

describe('chronic / special-disease outpatient (med_type 14) gated by a chronic filing (2503)', () => {
  it('declines without a filing, settles under the disease row with it, cancel restores its accumulators', async () => {
    const card = issued(3);
    expect(reason(await rpc('PreSettle', { header: h(), ...bill(card, 10_000) }))).toBe('F01');
    expect(reason(await rpc('PreSettle', { header: h(), ...bill(card, 10_000, { diseaseCode: '' }) }))).toBe('V01');
    expect(reason(await rpc('PreSettle', { header: h(), ...bill(card, 10_000, { diseaseCode: 'X1' }) }))).toBe('F03');

    const personNo = (await inquireAt(hospital, card)).person?.personNo ?? '';
    const filed = await rpc<ssc.v1.FilingReply>('RegisterFiling', {
      header: h(),
      personNo,
      kind: 3,
      diseaseCode: 'M03900',
      validFromMs: today(),
    });
    expect([reason(filed), filed.filing?.diseaseName, n(filed.filing?.validToMs)]).toEqual(['00', '高血压病', 0]);

    // Hypertension: no deductible, 70% pooled, cap 3,000 yuan per year, its own accumulators.
    const first = await rpc<ssc.v1.SettleReply>('Settle', { header: h(), ...bill(card, 10_000) });
    expect(reason(first)).toBe('00');
    expect([n(first.split?.poolPaidFen), n(first.split?.cashFen)]).toEqual([7_000, 3_000]);
    expect(first.diseaseCode).toBe('M03900');
    expect(n(first.accumulatorsAfter?.poolPaidFen)).toBe(7_000);
    // The general outpatient accumulators are untouched by it: a plain outpatient bill starts at 0.
    const plain = await rpc<ssc.v1.SettleReply>('Settle', {
      header: h(),
      ...bill(card, 1_000, { medicalType: 11, diseaseCode: '' }),
    });
    expect(n(plain.accumulatorsAfter?.poolPaidFen)).toBe(n(plain.split?.poolPaidFen));

    // The annual cap of the disease: 300,000 fen, 7,000 used.
    const big = await rpc<ssc.v1.SettleReply>('Settle', { header: h(), ...bill(card, 500_000) });
    expect([reason(big), n(big.split?.poolPaidFen)]).toEqual(['L01', 293_000]);
    expect(n(big.accumulatorsAfter?.poolPaidFen)).toBe(300_000);
    const cancelled = await rpc<ssc.v1.CancelSettlementReply>('CancelSettlement', {
      header: h(),
      settlementId: big.settlementId,
    });
    expect([reason(cancelled), n(cancelled.accumulatorsAfter?.poolPaidFen)]).toEqual(['00', 7_000]);

    const listed = await rpc<ssc.v1.QueryFilingsReply>('QueryFilings', { header: h(), personNo, kind: 3 });
    expect(listed.filings.map((f) => f.diseaseCode)).toEqual(['M03900']);
    // Another disease is not covered by this filing.
    expect(reason(await rpc('PreSettle', { header: h(), ...bill(card, 10_000, { diseaseCode: 'M07800' }) }))).toBe(
      'F01',
    );
    const revoked = await rpc<ssc.v1.FilingReply>('RevokeFiling', {
      header: h(),
      personNo,
      filingNo: filed.filing?.filingNo,
    });
    expect(reason(revoked)).toBe('00');
    expect(reason(await rpc('PreSettle', { header: h(), ...bill(card, 10_000) }))).toBe('F01');
  });

  it('a demo person with a chronic filing settles at once; the catalogue lists every disease', async () => {
    const chronic = t.samples.cards.find((c) => c.scenario === 'chronicFiled')!;
    const listed = await rpc<ssc.v1.QueryFilingsReply>('QueryFilings', {
      header: h(),
      credential: credential(chronic),
    });
    expect(listed.filings).toHaveLength(1);
    const disease = listed.filings[0]!.diseaseCode!;
    const pre = await rpc<ssc.v1.SettleReply>('PreSettle', {
      header: h(),
      ...bill(chronic, 2_000, { diseaseCode: disease }),
    });
    expect(reason(pre)).toBe('00');
    const catalogue = await rpc<ssc.v1.ListDiseasesReply>('ListDiseases', { header: h() });
    expect(reason(catalogue)).toBe('00');
    expect(catalogue.diseases.map((d) => d.code)).toContain(disease);
    expect(catalogue.version).toMatch(/ningbo/);
  });
});

describe('the national envelope', () => {
  it('2503 by psn_no, 5301, a chronic visit 2201 / 2203 / 2204 / 2207 settled under the disease, 2504', async () => {
    const card = issued(4);
    const cert = { mdtrt_cert_type: '03', mdtrt_cert_no: card.cardNo, card_sn: card.cardSn, certno: card.idNo };
    const psnNo = (await national('1101', { data: cert })).output['baseinfo'].psn_no as string;
    const begndate = new Date(today() + chinaOffsetMs).toISOString().slice(0, 10);
    const filed = await national('2503', {
      data: {
        psn_no: psnNo,
        insutype: '310',
        opsp_dise_code: 'M07800',
        opsp_dise_name: '糖尿病',
        insu_optins: '330200',
        ide_fixmedins_no: hospital.institutionCode,
        ide_fixmedins_name: '宁波三级医院',
        hosp_ide_date: begndate,
        diag_dr_codg: 'D001',
        diag_dr_name: '张医生',
        begndate,
      },
    });
    expect([filed.infcode, filed.ssc_reason]).toEqual([0, '00']);
    const sn = filed.output['result'].trt_dcla_detl_sn as string;
    expect(sn).toMatch(/^F\d{12}$/);
    const query = await national('5301', { data: { psn_no: psnNo } });
    expect(query.output['feedetail']).toEqual([
      { opsp_dise_code: 'M07800', opsp_dise_name: '糖尿病', begndate, enddate: '', trt_dcla_detl_sn: sn },
    ]);

    const opened = await national('2201', { data: { psn_no: psnNo, insutype: '310', ...cert, ipt_otp_no: 'MZ9' } });
    const mdtrtId = opened.output['data'].mdtrt_id as string;
    const update = await national('2203', {
      mdtrtinfo: { mdtrt_id: mdtrtId, psn_no: psnNo, med_type: '14', dise_codg: 'M07800', dise_name: '糖尿病' },
    });
    expect(update.ssc_reason).toBe('00');
    const code = t.samples.catalogue.find((c) => c.class === 1)!.code;
    const fees = await national('2204', {
      feedetail: [
        {
          feedetl_sn: '1',
          mdtrt_id: mdtrtId,
          psn_no: psnNo,
          med_list_codg: code,
          cnt: '2',
          pric: '50.000000',
          det_item_fee_sumamt: '100.00',
        },
      ],
    });
    expect(fees.ssc_reason).toBe('00');
    const settled = await national('2207', {
      data: { psn_no: psnNo, mdtrt_id: mdtrtId, med_type: '14', medfee_sumamt: '100.00', acct_used_flag: '0' },
    });
    expect([settled.ssc_reason, settled.output['setlinfo'].hifp_pay]).toEqual(['00', 70]);

    const revoked = await national('2504', { data: { trt_dcla_detl_sn: sn, psn_no: psnNo, memo: '撤销' } });
    expect([revoked.ssc_reason, revoked.output['result'].trt_dcla_detl_sn]).toEqual(['00', sn]);
    expect((await national('5301', { data: { psn_no: psnNo } })).output['feedetail']).toEqual([]);
  });

  it('2501 / 2502 referral and 2505 / 5302 / 2506 designated-institution filings by psn_no; 1309', async () => {
    const card = issued(5);
    const cert = { mdtrt_cert_type: '02', mdtrt_cert_no: card.idNo };
    const psnNo = (await national('1101', { data: cert })).output['baseinfo'].psn_no as string;
    const begndate = new Date(today() + chinaOffsetMs).toISOString().slice(0, 10);
    const enddate = new Date(today() + 29 * dayMs + chinaOffsetMs).toISOString().slice(0, 10);
    const referral = await national('2501', {
      refmedin: {
        psn_no: psnNo,
        insutype: '310',
        diag_code: 'I21.900',
        diag_name: '急性心肌梗死',
        reflin_medins_no: hangzhou.institutionCode,
        reflin_medins_name: '杭州省网医院',
        mdtrtarea_admdvs: '330106',
        hosp_agre_refl_flag: '1',
        refl_type: '1',
        refl_date: begndate,
        refl_rea: '病情需要',
        refl_opnn: '同意转院',
        begndate,
        enddate,
      },
    });
    expect(referral.ssc_reason).toBe('00');
    expect(reason(await inquireAt(hangzhou, card))).toBe('00');
    const sn = referral.output['result'].trt_dcla_detl_sn as string;
    expect((await national('2502', { data: { trt_dcla_detl_sn: sn, psn_no: psnNo, memo: '' } })).ssc_reason).toBe('00');
    expect(reason(await inquireAt(hangzhou, card))).toBe('R01');

    const designated = await national('2505', {
      data: {
        psn_no: psnNo,
        biz_appy_type: '03',
        begndate,
        enddate,
        fix_srt_no: '1',
        fixmedins_code: hangzhou.institutionCode,
        fixmedins_name: '杭州省网医院',
      },
    });
    expect(designated.ssc_reason).toBe('00');
    const query = await national('5302', { data: { psn_no: psnNo, biz_appy_type: '03' } });
    const dsn = designated.output['result'].trt_dcla_detl_sn as string;
    expect(query.output['psnfixmedin']).toEqual([
      { psn_no: psnNo, fixmedins_code: hangzhou.institutionCode, begndate, enddate, trt_dcla_detl_sn: dsn },
    ]);
    expect(reason(await inquireAt(hangzhou, card))).toBe('00');
    expect((await national('2506', { data: { trt_dcla_detl_sn: dsn, psn_no: psnNo } })).ssc_reason).toBe('00');
    expect(reason(await inquireAt(hangzhou, card))).toBe('R01');

    const catalogue = await national('1309', { data: { ver: '0' } });
    const rows = catalogue.output['data'] as { opsp_dise_code: string; ssc_ratio: number }[];
    expect(rows.find((r) => r.opsp_dise_code === 'M03900')?.ssc_ratio).toBe(0.7);
    // A pharmacy files nothing.
    const refused = await national('2503', { data: { psn_no: psnNo, opsp_dise_code: 'M03900', begndate } }, pharmacy);
    expect(refused.ssc_reason).toBe('I03');
  });
});
