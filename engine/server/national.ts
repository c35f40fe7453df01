// The national-envelope adapter: an HIS that already speaks the national platform's JSON interface
// (docs/DOMAIN.md section 5) changes its address, not its code. `POST /fsi/api` with the national
// envelope (infno, msgid, mdtrtarea_admvs, insuplc_admdvs, opter, opter_type, fixmedins_code,
// sign_no, inf_time, input, plus dev_no: the terminal id) and the `x-ssc-mac` header over the exact
// body. The adapter checks the MAC and the clock over that body, translates `input` to the ssc.v1
// request, runs the same handler as every other transport (re-signed inside the engine with the
// terminal's own key), and answers infcode / err_msg / inf_refmsgid / output with the national output
// names, adding our reason code (`ssc_reason`, `ssc_field`). Money crosses as yuan with at most two
// decimals and is converted to integer fen exactly (more decimals: V01 naming the field).

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { macHeader, terminalHeader } from '../../protocol/mac.js';
import { OpId, operationById } from '../../protocol/operations.js';
import type { ssc } from '../../protocol/pb.js';
import { AuthProblem, authProblemText, type TerminalKeys } from '../auth/terminal-keys.js';
import { chinaDateTimeText, chinaOffsetMs, dayMs, parseChinaDate } from '../core/china-time.js';
import { TerminalStatus } from '../core/model.js';
import { Reason, reasonText } from '../core/reasons.js';
import { nowMs as clockNowMs } from '../runtime/clock.js';
import { Format } from '../wire/replies.js';
import { macFromHeader } from '../wire/requests.js';
import { errors, type OperationalError } from './errors.js';
import {
  authenticateOnMain,
  checkBeforeDecode,
  type HandledResult,
  type Handler,
  type HandlerDeps,
} from './handlers.js';
import type { Metrics } from './metrics.js';
import type { Refusals } from './refusals.js';

/** infno -> our operation. */
const operationOf: Record<string, number> = {
  '9001': OpId.SignIn,
  '9002': OpId.SignOut,
  '1101': OpId.Inquire,
  '2101': OpId.PreSettle,
  '2206': OpId.PreSettle,
  '2102': OpId.Settle,
  '2207': OpId.Settle,
  '2103': OpId.CancelSettlement,
  '2208': OpId.CancelSettlement,
  '2601': OpId.Reverse,
  '3201': OpId.ReconcileTotals,
};

/** A national field that could not be read: answered as V01 naming it. */
class FieldError extends Error {}

/** Runs a reader with field names qualified by where they sit (input.data., input.feedetail[2].). */
function within<T>(prefix: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof FieldError && !error.message.startsWith('input')) throw new FieldError(prefix + error.message);
    throw error;
  }
}

type Json = Record<string, unknown>;

function text(obj: Json, name: string, required = true): string {
  const value = obj[name];
  if (value === undefined || value === null || value === '') {
    if (required) throw new FieldError(name);
    return '';
  }
  if (typeof value !== 'string' && typeof value !== 'number') throw new FieldError(name);
  return String(value);
}

function integer(obj: Json, name: string, required = true): number {
  const value = text(obj, name, required);
  if (value === '') return 0;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new FieldError(name);
  return n;
}

/** Yuan with at most two decimals (a number or its text) -> integer fen, exactly. */
export function fenOf(obj: Json, name: string, required = true): number {
  const value = text(obj, name, required);
  if (value === '') return 0;
  const match = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/.exec(value);
  if (match === null) throw new FieldError(name);
  const fen = Number(match[2]) * 100 + Number((match[3] ?? '0').padEnd(2, '0'));
  return match[1] === '-' ? -fen : fen;
}

/** Integer fen -> yuan as a JSON number with two decimals' precision (1234 -> 12.34). */
function yuan(fen: unknown): number {
  return Number(fen ?? 0) / 100;
}

/** Thousandths of a unit from a decimal quantity (at most three decimals). */
function milliOf(obj: Json, name: string): number {
  const value = text(obj, name);
  const match = /^(\d{1,9})(?:\.(\d{1,3}))?$/.exec(value);
  if (match === null) throw new FieldError(name);
  return Number(match[1]) * 1000 + Number((match[2] ?? '0').padEnd(3, '0'));
}

/** "yyyy-MM-dd HH:mm:ss" (China time) -> ms. */
function timeOf(value: string, name: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value);
  if (m === null) throw new FieldError(name);
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) - chinaOffsetMs;
}

/** "yyyy-MM-dd" (China time) -> the ms of that day's start. */
function dayOf(value: string, name: string): number {
  const ms = parseChinaDate(value);
  if (ms === undefined) throw new FieldError(name);
  return ms;
}

const chinaTime = chinaDateTimeText;

function object(value: unknown, name: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new FieldError(name);
  return value as Json;
}

const certTypes: Record<string, number> = { '01': 1, '02': 2, '03': 3, '04': 4, '05': 5 };

function credentialOf(data: Json): ssc.v1.ICredential {
  const type = certTypes[text(data, 'mdtrt_cert_type')];
  if (type === undefined) throw new FieldError('mdtrt_cert_type');
  const certNo = text(data, 'mdtrt_cert_no');
  return type === 2
    ? { type, idNo: certNo }
    : { type, cardNo: certNo, cardSn: text(data, 'card_sn', false), idNo: text(data, 'certno', false) };
}

/** The national `input` -> the ssc.v1 request body (without its header). */
function requestBody(opId: number, input: Json): Json {
  if (opId === OpId.SignIn || opId === OpId.SignOut) return {};
  const data = object(input['data'], 'input.data');
  return within('input.data.', () => bodyOf(opId, data, input));
}

function bodyOf(opId: number, data: Json, input: Json): Json {
  switch (opId) {
    case OpId.Inquire:
      return {
        credential: credentialOf(data),
        medicalType: integer(data, 'med_type', false),
        insuranceType: integer(data, 'insutype', false),
      };
    case OpId.PreSettle:
    case OpId.Settle: {
      const head = {
        credential: credentialOf(data),
        medicalType: integer(data, 'med_type'),
        insuranceType: integer(data, 'insutype', false),
        useAccount: text(data, 'acct_used_flag', false) === '1',
        totalFen: fenOf(data, 'medfee_sumamt'),
      };
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
    case OpId.CancelSettlement:
      return { settlementId: text(data, 'setl_id') };
    case OpId.Reverse: {
      const original = operationOf[text(data, 'oinfno')];
      const op = original === OpId.Settle ? 1 : original === OpId.CancelSettlement ? 2 : 0;
      return { originalMsgId: text(data, 'omsgid'), originalOperation: op };
    }
    default:
      return {
        insuranceType: integer(data, 'insutype'),
        clearingType: integer(data, 'clr_type'),
        periodFromMs: dayOf(text(data, 'stmt_begndate'), 'stmt_begndate'),
        // The national end date is inclusive.
        periodToMs: dayOf(text(data, 'stmt_enddate'), 'stmt_enddate') + dayMs,
        settlementCount: integer(data, 'fixmedins_setl_cnt'),
        totalFen: fenOf(data, 'medfee_sumamt'),
        fundFen: fenOf(data, 'fund_pay_sumamt'),
        accountFen: fenOf(data, 'acct_pay'),
        cashFen: fenOf(data, 'psn_cash_pay'),
      };
  }
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

/** Our reply -> the national `output`. */
function outputOf(opId: number, reply: Json, institutionCode: string): Json {
  switch (opId) {
    case OpId.SignIn: {
      const r = reply as ssc.v1.ISignInReply;
      return {
        signinoutb: {
          sign_no: r.signNo ?? '',
          sign_time: chinaTime(clockNowMs()),
          exp_time: chinaTime(Number(r.signExpiresMs ?? 0)),
        },
      };
    }
    case OpId.Inquire: {
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
    case OpId.PreSettle:
    case OpId.Settle: {
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
    case OpId.CancelSettlement: {
      const r = reply as ssc.v1.ICancelSettlementReply;
      return r.reversedSplit
        ? {
            setlinfo: setlinfo(
              {
                split: r.reversedSplit,
                settlementId: r.settlementId,
                accountBalanceAfterFen: r.accountBalanceAfterFen,
              },
              institutionCode,
            ),
          }
        : {};
    }
    case OpId.Reverse: {
      const r = reply as ssc.v1.IReverseReply;
      return { undone: r.undone === true ? '1' : '0', setl_id: r.settlementId ?? '' };
    }
    case OpId.ReconcileTotals: {
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
    default:
      return {};
  }
}

interface Envelope {
  opId: number;
  msgId: string;
  institutionCode: string;
  header: ssc.v1.IRequestHeader;
  input: Json;
}

function envelopeOf(body: Json): Envelope {
  const infno = text(body, 'infno');
  const opId = operationOf[infno];
  if (opId === undefined) throw new FieldError('infno');
  const msgId = text(body, 'msgid');
  const institutionCode = text(body, 'fixmedins_code');
  const header: ssc.v1.IRequestHeader = {
    msgId,
    terminalId: text(body, 'dev_no'),
    institutionCode,
    operatorId: text(body, 'opter'),
    operatorType: integer(body, 'opter_type'),
    signNo: text(body, 'sign_no', opId !== OpId.SignIn),
    requestTimeMs: timeOf(text(body, 'inf_time'), 'inf_time'),
    careRegion: text(body, 'mdtrtarea_admvs'),
  };
  const input = body['input'] === undefined ? {} : object(body['input'], 'input');
  return { opId, msgId, institutionCode, header, input };
}

export function registerNationalRoutes(
  app: FastifyInstance,
  deps: HandlerDeps & { keys: TerminalKeys; metrics: Metrics },
  handlers: Map<number, Handler>,
  refusals: Refusals,
): void {
  const answer = (
    reply: FastifyReply,
    msgId: string,
    status: number,
    fields: {
      infcode: number;
      err_msg: string;
      output: Json;
      ssc_reason: string;
      ssc_field: string;
      ssc_code?: string;
    },
  ): FastifyReply =>
    reply
      .code(status)
      .header('content-type', 'application/json')
      .send({
        infcode: fields.infcode,
        err_msg: fields.err_msg,
        inf_refmsgid: msgId,
        refmsg_time: chinaTime(clockNowMs()),
        respond_time: chinaTime(clockNowMs()),
        output: fields.output,
        ssc_reason: fields.ssc_reason,
        ssc_field: fields.ssc_field,
        ...(fields.ssc_code === undefined ? {} : { ssc_code: fields.ssc_code }),
      });
  const failure = (reply: FastifyReply, msgId: string, error: OperationalError, detail: string): FastifyReply => {
    refusals.note(error.code);
    return answer(reply, msgId, error.httpStatus, {
      infcode: -1,
      err_msg: detail.length > 0 ? `${error.description}: ${detail}` : error.description,
      output: {},
      ssc_reason: error.reason,
      ssc_field: '',
      ssc_code: error.code,
    });
  };
  const declineV01 = (reply: FastifyReply, msgId: string, field: string): FastifyReply => {
    const t = reasonText(Reason.InvalidField);
    return answer(reply, msgId, 200, {
      infcode: -1,
      err_msg: `${t.zh}：${field}`,
      output: {},
      ssc_reason: Reason.InvalidField,
      ssc_field: field,
    });
  };

  app.post('/fsi/api', (request: FastifyRequest, reply: FastifyReply) => {
    const raw = request.body as Buffer;
    const rawMac = request.headers[macHeader];
    const namedTerminal = request.headers[terminalHeader];
    const unverified = checkBeforeDecode(
      deps,
      typeof namedTerminal === 'string' ? namedTerminal : undefined,
      macFromHeader(rawMac),
      raw,
    );
    if (unverified !== '') return failure(reply, '', errors.unauthenticated, unverified);
    let body: Json;
    try {
      body = object(JSON.parse(raw.toString('utf8')), 'body');
    } catch {
      return failure(reply, '', errors.malformed, 'the national envelope must be a JSON object');
    }
    let envelope: Envelope;
    let requestObject: Json;
    try {
      envelope = envelopeOf(body);
      requestObject = { header: envelope.header, ...requestBody(envelope.opId, envelope.input) };
    } catch (error) {
      if (error instanceof FieldError)
        return declineV01(reply, typeof body['msgid'] === 'string' ? body['msgid'] : '', error.message);
      throw error;
    }
    const context = {
      msgId: envelope.msgId,
      terminalId: envelope.header.terminalId ?? '',
      institutionCode: envelope.institutionCode,
      operatorId: envelope.header.operatorId ?? '',
      operatorType: envelope.header.operatorType ?? 0,
      signNo: envelope.header.signNo ?? '',
      requestTimeMs: Number(envelope.header.requestTimeMs ?? 0),
      careRegion: envelope.header.careRegion ?? '',
    };
    const mac = macFromHeader(request.headers[macHeader]);
    const auth = authenticateOnMain(deps, context, mac, raw);
    if (auth !== AuthProblem.None) return failure(reply, envelope.msgId, errors.unauthenticated, authProblemText(auth));
    const spec = operationById(envelope.opId);
    let bytes: Uint8Array;
    try {
      bytes = spec.request.encode(spec.request.fromObject(requestObject)).finish();
    } catch {
      return declineV01(reply, envelope.msgId, 'input');
    }
    // Already authenticated over the national body: re-signed with the terminal's own key so the
    // shared handler (which checks every request) accepts the translation.
    const terminal = deps.view.terminal(context.terminalId);
    const innerMac =
      terminal !== undefined && terminal.status === TerminalStatus.Active
        ? deps.keys.macFor(terminal, bytes)
        : new Uint8Array(0);
    handlers.get(envelope.opId)!(Format.Proto, Buffer.from(bytes), innerMac, (result: HandledResult) => {
      if (result.error !== undefined) {
        failure(reply, envelope.msgId, result.error, result.detail);
        return;
      }
      deps.metrics.decided(spec.method, result.reason);
      const decoded = spec.reply.decode(result.body) as unknown as Json & { outcome?: ssc.v1.IOutcome };
      const outcome = decoded.outcome ?? {};
      const approved = outcome.result === 1;
      answer(reply, envelope.msgId, 200, {
        infcode: approved ? 0 : -1,
        err_msg: approved ? '' : (outcome.messageZh ?? ''),
        output: outputOf(envelope.opId, decoded, envelope.institutionCode),
        ssc_reason: outcome.reason ?? '',
        ssc_field: outcome.field ?? '',
      });
    });
    return reply;
  });
}
