// Each operation's national form: how the national `input` becomes our request body, and how our
// reply becomes the national `output` (docs/DOMAIN.md section 5). Keyed by every operation of the
// table, so a new operation does not compile until it says its national form (or null: none). The
// transaction codes (infno) come from the contract's rows (protocol/operations.ts).

import type { ssc } from '../../../protocol/pb.js';
import { dayMs } from '../../core/china-time.js';
import { type OperationName, operationTable } from '../../operations/table.js';
import { nowMs as clockNowMs } from '../../runtime/clock.js';
import {
  chinaTime,
  credentialOf,
  dayOf,
  FieldError,
  fenOf,
  integer,
  type Json,
  milliOf,
  object,
  priceFenOf,
  text,
  within,
  yuan,
} from './fields.js';
import { filingForms } from './filing-forms.js';
import { visitForms } from './visit-forms.js';

/** What one national request carries from its input to its output (filled by `input`). */
export interface NationalContext {
  /** The transaction code, without a provincial suffix (2203A -> 2203): one form may serve several. */
  infno: string;
  institutionCode: string;
  /** The request's msgid: echoed as `medins_setl_id`. */
  msgId: string;
  /** Each fee line's `feedetl_sn` as sent (any string), in order: line i+1 of the request. */
  lineSns: string[];
  /** Echoed in the settlement output as sent. */
  medType: string;
  certType: string;
  /** psn_no as the HIS sent it (echoed in the settlement output). */
  personNo: string;
  /** The bucket amounts the HIS computed itself (fen), when it sent them (2206 / 2207 ...). */
  hisAmounts: Record<string, number>;
  /** Where the HIS's own figures differ from the engine's: answered as `ssc_differs` (a warning). */
  differs: Json[];
}

export interface NationalForm {
  /** The `input` sections this transaction reads; any other is ignored, counted and named (`ssc_ignored`). */
  sections: readonly string[];
  /** The national `input` -> the ssc.v1 request body without its header (FieldError names a bad field). */
  input(input: Json, ctx: NationalContext): Json;
  /** Our reply -> the national `output`. */
  output(reply: Json, ctx: NationalContext): Json;
}

/** Every operation's national form, or null when it has none: a missing one does not compile. */
export type NationalForms = { readonly [K in OperationName]: NationalForm | null };

/** input.data, with field names qualified by where they sit. */
function data<T>(input: Json, read: (data: Json) => T): T {
  const d = object(input['data'], 'input.data');
  return within('input.data.', () => read(d));
}

/** A fee-line identifier: any string of at most 30 characters (the interface's), or a number. */
const feeLineSnMax = 30;

/**
 * The fee lines (`feedetail` or a pharmacy's `drugdetail`): every value a string or a number as the
 * interface sends them; `feedetl_sn` unique within the request, kept as sent for the output.
 */
function feeLines(details: unknown, where: string, ctx: NationalContext): Json[] {
  if (!Array.isArray(details)) throw new FieldError(where);
  const seen = new Set<string>();
  return details.map((raw, i) =>
    within(`${where}[${i}].`, () => {
      const line = object(raw, '');
      const sn = text(line, 'feedetl_sn');
      if (sn.length > feeLineSnMax || seen.has(sn)) throw new FieldError('feedetl_sn');
      seen.add(sn);
      ctx.lineSns.push(sn);
      return {
        lineNo: i + 1,
        catalogueCode: text(line, 'med_list_codg'),
        quantityMilli: milliOf(line, 'cnt'),
        unitPriceFen: priceFenOf(line, 'pric'),
        amountFen: fenOf(line, 'det_item_fee_sumamt'),
      };
    }),
  );
}

/** The bucket amounts an HIS may send with a bill (Input_2207.cs), compared with the engine's. */
const hisBuckets = ['fulamt_ownpay_amt', 'overlmt_selfpay', 'preselfpay_amt', 'inscp_scp_amt'] as const;

function readHisAmounts(d: Json, ctx: NationalContext): void {
  for (const name of hisBuckets) if (text(d, name, false) !== '') ctx.hisAmounts[name] = fenOf(d, name);
}

/** The bill's head: the credential, medical type, insurance type, account use and total. */
function billHead(d: Json, ctx: NationalContext): Json {
  readHisAmounts(d, ctx);
  ctx.personNo = text(d, 'psn_no', false);
  const medType = text(d, 'med_type');
  ctx.medType = medType;
  ctx.certType = text(d, 'mdtrt_cert_type');
  return {
    credential: credentialOf(d),
    medicalType: integer(d, 'med_type'),
    insuranceType: integer(d, 'insutype', false),
    useAccount: text(d, 'acct_used_flag', false) === '1',
    totalFen: fenOf(d, 'medfee_sumamt'),
    diseaseCode: text(d, 'dise_codg', false),
  };
}

/**
 * A bill to (pre-)settle: a pharmacy's one-shot 2101 / 2102 as the interface has it
 * (`druginfo` + `drugdetail`), or `data` + `feedetail`.
 */
function settleBody(input: Json, ctx: NationalContext): Json {
  if (input['druginfo'] !== undefined) {
    const info = object(input['druginfo'], 'input.druginfo');
    const head = within('input.druginfo.', () => billHead(info, ctx));
    return { ...head, lines: feeLines(input['drugdetail'], 'input.drugdetail', ctx) };
  }
  if (input['feedetail'] === undefined && isVisitBill(input)) return data(input, (d) => visitBill(d, ctx));
  const head = data(input, (d) => billHead(d, ctx));
  return { ...head, lines: feeLines(input['feedetail'], 'input.feedetail', ctx) };
}

function isVisitBill(input: Json): boolean {
  const d = input['data'];
  return d !== null && typeof d === 'object' && 'mdtrt_id' in d;
}

/**
 * A visit's bill (2206 / 2207, 2303 / 2304: `data` with mdtrt_id, no lines): the visit's lines
 * are the bill. The credential goes along only when it can be compared whole (an ID number, or a
 * card with its card_sn); psn_no is compared with the visit's.
 */
function visitBill(d: Json, ctx: NationalContext): Json {
  readHisAmounts(d, ctx);
  ctx.personNo = text(d, 'psn_no', false);
  ctx.certType = text(d, 'mdtrt_cert_type', false);
  const medType = text(d, 'med_type', false);
  ctx.medType = medType;
  const comparable = ctx.certType === '02' || text(d, 'card_sn', false) !== '';
  return {
    visitId: text(d, 'mdtrt_id'),
    personNo: ctx.personNo,
    ...(comparable ? { credential: credentialOf(d) } : {}),
    medicalType: integer(d, 'med_type', false),
    insuranceType: integer(d, 'insutype', false),
    useAccount: text(d, 'acct_used_flag', false) === '1',
    totalFen: fenOf(d, 'medfee_sumamt'),
    diseaseCode: text(d, 'dise_codg', false),
  };
}

function setlinfo(reply: ssc.v1.ISettleReply, institutionCode: string): Json {
  const s = reply.split ?? {};
  const p = reply.person;
  return {
    setl_id: reply.settlementId ?? '',
    fixmedins_code: institutionCode,
    psn_name: p?.nameMasked ?? '',
    certno: p?.idNoMasked ?? '',
    insutype: String(p?.insuranceType ?? ''),
    insuplc_admdvs: p?.insuredRegion ?? '',
    medfee_sumamt: yuan(s.totalFen),
    fulamt_ownpay_amt: yuan(s.selfPayFen),
    overlmt_selfpay: yuan(s.overCapFen),
    preselfpay_amt: yuan(s.classBFirstFen),
    inscp_scp_amt: yuan(s.inPolicyFen),
    act_pay_dedc: yuan(s.deductiblePaidFen),
    hifp_pay: yuan(s.poolPaidFen),
    hifob_pay: yuan(s.largeAmountPaidFen),
    fund_pay_sumamt: yuan(s.fundTotalFen),
    psn_part_amt: yuan(s.personPartFen),
    // All personal-account money, the person's own and a relative's (acct_mulaid_pay, of which).
    acct_pay: yuan(Number(s.accountPaidFen ?? 0) + Number(s.familyAccountPaidFen ?? 0)),
    psn_cash_pay: yuan(s.cashFen),
    balc: yuan(reply.accountBalanceAfterFen),
    pol_ver: reply.policyVersion ?? '',
  };
}

/** Fund payment types (fund_pay_type) of the two funds the engine splits to. */
const fundTypes = {
  /** Employee basic pooled fund / resident basic (by insurance type 310 / 390). */
  pooled: { employee: '310100', resident: '390100' },
  /** Employee large-amount subsidy / resident serious illness. */
  largeAmount: { employee: '330100', resident: '390200' },
} as const;

/** The fund payment rows (`setldetail`): one per fund that paid, summing to fund_pay_sumamt. */
function fundRows(split: ssc.v1.ISplit, insuranceType: number): Json[] {
  const who = insuranceType >= 390 && insuranceType < 400 ? 'resident' : 'employee';
  const rows: Json[] = [];
  const row = (type: string, name: string, fen: unknown): void => {
    if (Number(fen ?? 0) === 0) return;
    rows.push({
      fund_pay_type: type,
      fund_pay_type_name: name,
      inscp_scp_amt: yuan(split.inPolicyFen),
      fund_payamt: yuan(fen),
    });
  };
  row(
    fundTypes.pooled[who],
    who === 'employee' ? '职工基本医疗保险统筹基金' : '城乡居民基本医疗保险基金',
    split.poolPaidFen,
  );
  row(
    fundTypes.largeAmount[who],
    who === 'employee' ? '职工大额医疗费用补助' : '城乡居民大病医疗保险',
    split.largeAmountPaidFen,
  );
  return rows;
}

/** The clearing type of a medical type: 41 pharmacy, 21 inpatient, 11 outpatient. */
function clearingTypeOf(medType: string): string {
  if (medType === '41') return '41';
  return medType.startsWith('2') ? '21' : '11';
}

function settleOutput(reply: Json, ctx: NationalContext): Json {
  const r = reply as ssc.v1.ISettleReply;
  if (r.split === undefined || r.split === null) return {};
  const info = setlinfo(r, ctx.institutionCode);
  for (const [name, hisFen] of Object.entries(ctx.hisAmounts)) {
    const engineFen = Math.round(Number(info[name]) * 100);
    if (engineFen !== hisFen) ctx.differs.push({ field: name, his: yuan(hisFen), engine: yuan(engineFen) });
  }
  return {
    setlinfo: {
      ...info,
      // A one-shot settlement is its own visit; a visit's settlement names its visit.
      mdtrt_id: (r.visitId ?? '') === '' ? info['setl_id'] : r.visitId,
      setl_time: chinaTime(clockNowMs()),
      mdtrt_cert_type: ctx.certType,
      med_type: ctx.medType,
      clr_type: clearingTypeOf(ctx.medType),
      psn_no: ctx.personNo,
      cvlserv_flag: r.person?.insuranceType === 320 ? '1' : '0',
      // Funds the engine's policy does not have: nothing paid by them.
      cvlserv_pay: 0,
      hifes_pay: 0,
      hifmi_pay: 0,
      maf_pay: 0,
      oth_pay: 0,
      hosp_part_amt: 0,
      acct_mulaid_pay: yuan(r.split.familyAccountPaidFen),
      medins_setl_id: ctx.msgId,
    },
    setldetail: fundRows(r.split, Number(r.person?.insuranceType ?? 0)),
    detlcutinfo: (r.lines ?? []).map((l) => ({
      feedetl_sn: ctx.lineSns[(l.lineNo ?? 0) - 1] ?? String(l.lineNo ?? ''),
      chrgitm_lv: String(l.catalogueClass ?? ''),
      fulamt_ownpay_amt: yuan(l.selfPayFen),
      overlmt_amt: yuan(l.overCapFen),
      preselfpay_amt: yuan(l.classBFirstFen),
      inscp_scp_amt: yuan(l.inPolicyFen),
      memo: l.lineReason ?? '',
    })),
  };
}

function inquireOutput(reply: Json): Json {
  const p = (reply as ssc.v1.IInquireReply).person;
  if (p === undefined || p === null) return {};
  return {
    baseinfo: {
      psn_no: p.personNo ?? '',
      psn_name: p.nameMasked,
      gend: String(p.gender ?? 0),
      certno: p.idNoMasked,
      insuplc_admdvs: p.insuredRegion,
    },
    insuinfo: [
      {
        insutype: String(p.insuranceType ?? ''),
        psn_insu_stas: String(p.insuranceStatus ?? ''),
        balc: yuan(p.accountBalanceFen),
        psn_insu_date: p.insuredFromMs ? chinaTime(Number(p.insuredFromMs)).slice(0, 10) : '',
        paus_insu_date: p.insuredToMs ? chinaTime(Number(p.insuredToMs)).slice(0, 10) : '',
        insuplc_admdvs: p.insuredRegion,
      },
    ],
  };
}

function reconcileOutput(reply: Json, ctx: NationalContext): Json {
  const r = reply as ssc.v1.IReconcileTotalsReply;
  return {
    stmtinfo: {
      setl_optins: ctx.institutionCode,
      stmt_rslt: r.matched === true ? '0' : '1',
      stmt_rslt_dscr: r.matched === true ? '对账一致' : `对账不一致：${(r.mismatched ?? []).join(',')}`,
      medfee_sumamt: yuan(r.totalFen),
      fund_pay_sumamt: yuan(r.fundFen),
      acct_pay: yuan(r.accountFen),
      psn_cash_pay: yuan(r.cashFen),
      fixmedins_setl_cnt: r.settlementCount ?? 0,
    },
  };
}

const nothing = (): Json => ({});
/** The operations 2601 reverses, as the wire's Operation numbers. */
const reversibleOps: Record<string, number> = { Settle: 1, CancelSettlement: 2, OpenVisit: 4 };
/** A bill arrives as `data` + `feedetail`, or as a pharmacy's `druginfo` + `drugdetail`. */
const billSections = ['data', 'feedetail', 'druginfo', 'drugdetail'] as const;

export const nationalForms = {
  SignIn: {
    sections: ['signIn'],
    input: nothing,
    output(reply) {
      const r = reply as ssc.v1.ISignInReply;
      return {
        signinoutb: {
          sign_no: r.signNo ?? '',
          sign_time: chinaTime(clockNowMs()),
          exp_time: chinaTime(Number(r.signExpiresMs ?? 0)),
        },
      };
    },
  },
  SignOut: { sections: ['signOut'], input: nothing, output: nothing },
  Inquire: {
    sections: ['data'],
    input: (input) =>
      data(input, (d) => ({
        credential: credentialOf(d),
        medicalType: integer(d, 'med_type', false),
        insuranceType: integer(d, 'insutype', false),
      })),
    output: inquireOutput,
  },
  PreSettle: { sections: billSections, input: settleBody, output: settleOutput },
  Settle: { sections: billSections, input: settleBody, output: settleOutput },
  CancelSettlement: {
    sections: ['data'],
    input: (input) => data(input, (d) => ({ settlementId: text(d, 'setl_id') })),
    output(reply, ctx) {
      const r = reply as ssc.v1.ICancelSettlementReply;
      if (!r.reversedSplit) return {};
      const settled = {
        split: r.reversedSplit,
        settlementId: r.settlementId,
        accountBalanceAfterFen: r.accountBalanceAfterFen,
      };
      return { setlinfo: { ...setlinfo(settled, ctx.institutionCode), medins_setl_id: ctx.msgId } };
    },
  },
  Reverse: {
    sections: ['data'],
    input: (input) =>
      data(input, (d) => {
        const original = operationOfInfno(text(d, 'oinfno'));
        const op = reversibleOps[original ?? ''] ?? 0;
        return { originalMsgId: text(d, 'omsgid'), originalOperation: op };
      }),
    output(reply) {
      const r = reply as ssc.v1.IReverseReply;
      return { undone: r.undone === true ? '1' : '0', setl_id: r.settlementId ?? '' };
    },
  },
  ReconcileTotals: {
    sections: ['data'],
    input: (input) =>
      data(input, (d) => ({
        insuranceType: integer(d, 'insutype'),
        clearingType: integer(d, 'clr_type'),
        periodFromMs: dayOf(text(d, 'stmt_begndate'), 'stmt_begndate'),
        // The national end date is inclusive.
        periodToMs: dayOf(text(d, 'stmt_enddate'), 'stmt_enddate') + dayMs,
        settlementCount: integer(d, 'fixmedins_setl_cnt'),
        totalFen: fenOf(d, 'medfee_sumamt'),
        fundFen: fenOf(d, 'fund_pay_sumamt'),
        accountFen: fenOf(d, 'acct_pay'),
        cashFen: fenOf(d, 'psn_cash_pay'),
      })),
    output: reconcileOutput,
  },
  // 3202 is a server stream: not offered through the national envelope.
  ListSettlements: null,
  // The e-voucher service's decode is not a national transaction: protobuf and TCP only.
  DecodeEVoucher: null,
  ...visitForms,
  ...filingForms,
} as const satisfies NationalForms;

/** infno -> the operation that answers it (from the contract's rows; only those with a form). */
const byInfno = new Map<string, OperationName>();
for (const name of Object.keys(operationTable) as OperationName[]) {
  if (nationalForms[name] === null) continue;
  for (const infno of operationTable[name].spec.infno) byInfno.set(infno, name);
}

/**
 * The operation answering an infno; a provincial variant with a letter suffix (2203A) is its base
 * code when that is known (docs/API.md, national envelope).
 */
export function operationOfInfno(infno: string): OperationName | undefined {
  const known = byInfno.get(infno);
  if (known !== undefined || !/^\d{4}[A-Z]$/.test(infno)) return known;
  return byInfno.get(infno.slice(0, 4));
}
