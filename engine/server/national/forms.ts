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
  text,
  within,
  yuan,
} from './fields.js';

export interface NationalForm {
  /** The national `input` -> the ssc.v1 request body without its header (FieldError names a bad field). */
  input(input: Json): Json;
  /** Our reply -> the national `output`. */
  output(reply: Json, institutionCode: string): Json;
}

/** Every operation's national form, or null when it has none: a missing one does not compile. */
export type NationalForms = { readonly [K in OperationName]: NationalForm | null };

/** input.data, with field names qualified by where they sit. */
function data<T>(input: Json, read: (data: Json) => T): T {
  const d = object(input['data'], 'input.data');
  return within('input.data.', () => read(d));
}

function settleBody(input: Json): Json {
  const head = data(input, (d) => ({
    credential: credentialOf(d),
    medicalType: integer(d, 'med_type'),
    insuranceType: integer(d, 'insutype', false),
    useAccount: text(d, 'acct_used_flag', false) === '1',
    totalFen: fenOf(d, 'medfee_sumamt'),
  }));
  const details = input['feedetail'];
  if (!Array.isArray(details)) throw new FieldError('input.feedetail');
  const lines = details.map((raw, i) =>
    within(`input.feedetail[${i}].`, () => {
      const line = object(raw, '');
      return {
        lineNo: integer(line, 'feedetl_sn'),
        catalogueCode: text(line, 'med_list_codg'),
        quantityMilli: milliOf(line, 'cnt'),
        unitPriceFen: fenOf(line, 'pric'),
        amountFen: fenOf(line, 'det_item_fee_sumamt'),
      };
    }),
  );
  return { ...head, lines };
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
    acct_pay: yuan(s.accountPaidFen),
    psn_cash_pay: yuan(s.cashFen),
    balc: yuan(reply.accountBalanceAfterFen),
    pol_ver: reply.policyVersion ?? '',
  };
}

function settleOutput(reply: Json, institutionCode: string): Json {
  const r = reply as ssc.v1.ISettleReply;
  if (r.split === undefined || r.split === null) return {};
  return {
    setlinfo: setlinfo(r, institutionCode),
    setldetail: (r.lines ?? []).map((l) => ({
      feedetl_sn: l.lineNo,
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

function reconcileOutput(reply: Json, institutionCode: string): Json {
  const r = reply as ssc.v1.IReconcileTotalsReply;
  return {
    stmtinfo: {
      setl_optins: institutionCode,
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

export const nationalForms = {
  SignIn: {
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
  SignOut: { input: nothing, output: nothing },
  Inquire: {
    input: (input) =>
      data(input, (d) => ({
        credential: credentialOf(d),
        medicalType: integer(d, 'med_type', false),
        insuranceType: integer(d, 'insutype', false),
      })),
    output: inquireOutput,
  },
  PreSettle: { input: settleBody, output: settleOutput },
  Settle: { input: settleBody, output: settleOutput },
  CancelSettlement: {
    input: (input) => data(input, (d) => ({ settlementId: text(d, 'setl_id') })),
    output(reply, institutionCode) {
      const r = reply as ssc.v1.ICancelSettlementReply;
      if (!r.reversedSplit) return {};
      const settled = {
        split: r.reversedSplit,
        settlementId: r.settlementId,
        accountBalanceAfterFen: r.accountBalanceAfterFen,
      };
      return { setlinfo: setlinfo(settled, institutionCode) };
    },
  },
  Reverse: {
    input: (input) =>
      data(input, (d) => {
        const original = operationOfInfno(text(d, 'oinfno'));
        const op = original === 'Settle' ? 1 : original === 'CancelSettlement' ? 2 : 0;
        return { originalMsgId: text(d, 'omsgid'), originalOperation: op };
      }),
    output(reply) {
      const r = reply as ssc.v1.IReverseReply;
      return { undone: r.undone === true ? '1' : '0', setl_id: r.settlementId ?? '' };
    },
  },
  ReconcileTotals: {
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
} as const satisfies NationalForms;

/** infno -> the operation that answers it (from the contract's rows; only those with a form). */
const byInfno = new Map<string, OperationName>();
for (const name of Object.keys(operationTable) as OperationName[]) {
  if (nationalForms[name] === null) continue;
  for (const infno of operationTable[name].spec.infno) byInfno.set(infno, name);
}

export function operationOfInfno(infno: string): OperationName | undefined {
  return byInfno.get(infno);
}
