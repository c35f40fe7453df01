// The national-envelope adapter: an HIS that already speaks the national platform's JSON interface
// (docs/DOMAIN.md section 5) changes its address, not its code. `POST /fsi/api` with the national
// envelope (infno, msgid, mdtrtarea_admvs, insuplc_admdvs, opter, opter_type, fixmedins_code,
// sign_no, inf_time, input, plus dev_no: the terminal id) and the `x-ssc-mac` header over the exact
// body. The adapter checks the MAC and the clock over that body, translates `input` to the ssc.v1
// request (forms.ts), runs it through the same pipeline as every other transport (telling it the
// caller is already authenticated), and answers infcode / err_msg / inf_refmsgid / output with the
// national output names, adding our reason code (`ssc_reason`, `ssc_field`).

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { macHeader, terminalHeader } from '../../../protocol/mac.js';
import type { ssc } from '../../../protocol/pb.js';
import { AuthProblem, authenticate, authProblemText, type TerminalKeys } from '../../auth/terminal-keys.js';
import { assert } from '../../core/assert.js';
import { Reason, reasonText } from '../../core/reasons.js';
import { checkBeforeDecode, type Pipeline } from '../../operations/pipeline.js';
import { CallerAuth } from '../../operations/stages.js';
import { type OperationName, operationTable } from '../../operations/table.js';
import { nowMs as clockNowMs } from '../../runtime/clock.js';
import type { LmdbReadView } from '../../store/read-view.js';
import { detailOf, type Handled, reasonCodeOf, Status } from '../../wire/handled.js';
import { Format } from '../../wire/replies.js';
import { macFromHeader, requestContext } from '../../wire/requests.js';
import { errorOfStatus, errors, type OperationalError } from '../errors.js';
import type { Metrics } from '../metrics.js';
import type { Refusals } from '../refusals.js';
import { chinaTime, FieldError, integer, type Json, object, text, timeOf } from './fields.js';
import { type NationalContext, type NationalForm, nationalForms, operationOfInfno } from './forms.js';

export interface NationalDeps {
  pipeline: Pipeline;
  view: LmdbReadView;
  keys: TerminalKeys;
  metrics: Metrics;
}

/** The envelope's fields as the interface has them (docs/API.md); any other is ignored and counted. */
const envelopeFields = new Set([
  'infno',
  'msgid',
  'mdtrtarea_admvs',
  'insuplc_admdvs',
  'recer_sys_code',
  'dev_no',
  'dev_safe_info',
  'cainfo',
  'signtype',
  'infver',
  'opter_type',
  'opter',
  'opter_name',
  'inf_time',
  'fixmedins_code',
  'fixmedins_name',
  'sign_no',
  'input',
]);

/** What the engine ignored of an envelope: unknown envelope fields and unknown input sections. */
function ignoredOf(body: Json, input: Json, sections: readonly string[]): string[] {
  const ignored = Object.keys(body).filter((name) => !envelopeFields.has(name));
  for (const name of Object.keys(input)) if (!sections.includes(name)) ignored.push(`input.${name}`);
  return ignored;
}

/** The envelope's national form (operationOfInfno only answers operations that have one). */
function formOf(envelope: Envelope): NationalForm {
  const form = nationalForms[envelope.operation];
  assert(form !== null, 'an operation reached by infno has a national form');
  return form;
}

interface Envelope {
  /** The transaction code without a provincial suffix. */
  infno: string;
  operation: OperationName;
  msgId: string;
  institutionCode: string;
  header: ssc.v1.IRequestHeader;
  input: Json;
}

function envelopeOf(body: Json): Envelope {
  const infno = text(body, 'infno');
  const operation = operationOfInfno(infno);
  if (operation === undefined) throw new FieldError('infno');
  const msgId = text(body, 'msgid');
  const institutionCode = text(body, 'fixmedins_code');
  const header: ssc.v1.IRequestHeader = {
    msgId,
    terminalId: text(body, 'dev_no'),
    institutionCode,
    operatorId: text(body, 'opter'),
    operatorType: integer(body, 'opter_type'),
    signNo: text(body, 'sign_no', operation !== 'SignIn'),
    requestTimeMs: timeOf(text(body, 'inf_time'), 'inf_time'),
    careRegion: text(body, 'mdtrtarea_admvs'),
    insuredRegion: text(body, 'insuplc_admdvs', false),
  };
  const input = body['input'] === undefined ? {} : object(body['input'], 'input');
  return { infno: infno.slice(0, 4), operation, msgId, institutionCode, header, input };
}

/** A national answer: the envelope fields, our reason (and our error code when refused). */
function answer(
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
    /** Fields the engine did not read (unknown envelope fields and input sections). */
    ssc_ignored?: string[];
    /** The HIS's own figures that differ from the engine's (a warning: the engine's are the answer). */
    ssc_differs?: Json[];
    /** A replicated pool: the stream sequence applied when this was decided (Timings.applied_seq). */
    ssc_applied_seq?: number;
  },
): FastifyReply {
  return reply
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
      ...(fields.ssc_ignored === undefined ? {} : { ssc_ignored: fields.ssc_ignored }),
      ...(fields.ssc_differs === undefined ? {} : { ssc_differs: fields.ssc_differs }),
      ...(fields.ssc_applied_seq === undefined ? {} : { ssc_applied_seq: fields.ssc_applied_seq }),
    });
}

/** A refusal with our coded error (noted with the refusals). */
function failure(
  refusals: Refusals,
  reply: FastifyReply,
  msgId: string,
  error: OperationalError,
  detail: string,
): FastifyReply {
  refusals.note(error.code);
  return answer(reply, msgId, error.httpStatus, {
    infcode: -1,
    err_msg: detail.length > 0 ? `${error.description}: ${detail}` : error.description,
    output: {},
    ssc_reason: error.reason,
    ssc_field: '',
    ssc_code: error.code,
  });
}

/** A field that could not be read or translated: declined V01 naming it. */
function declineV01(reply: FastifyReply, msgId: string, field: string): FastifyReply {
  const t = reasonText(Reason.InvalidField);
  return answer(reply, msgId, 200, {
    infcode: -1,
    err_msg: `${t.zh}：${field}`,
    output: {},
    ssc_reason: Reason.InvalidField,
    ssc_field: field,
  });
}

export function registerNationalRoutes(app: FastifyInstance, deps: NationalDeps, refusals: Refusals): void {
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
    if (unverified !== '') return failure(refusals, reply, '', errors.unauthenticated, unverified);
    let body: Json;
    try {
      body = object(JSON.parse(raw.toString('utf8')), 'body');
    } catch {
      return failure(refusals, reply, '', errors.malformed, 'the national envelope must be a JSON object');
    }
    let envelope: Envelope;
    let requestObject: Json;
    let ctx: NationalContext;
    try {
      envelope = envelopeOf(body);
      ctx = {
        infno: envelope.infno,
        institutionCode: envelope.institutionCode,
        msgId: envelope.msgId,
        lineSns: [],
        medType: '',
        certType: '',
        personNo: '',
        hisAmounts: {},
        differs: [],
      };
      requestObject = { header: envelope.header, ...formOf(envelope).input(envelope.input, ctx) };
    } catch (error) {
      if (error instanceof FieldError)
        return declineV01(reply, typeof body['msgid'] === 'string' ? body['msgid'] : '', error.message);
      throw error;
    }
    // Authenticated here, over the national body the MAC was computed on; the pipeline is told so.
    deps.view.refresh();
    const context = requestContext(envelope.header);
    const mac = macFromHeader(request.headers[macHeader]);
    const auth = authenticate(deps.view, deps.keys, context, mac, raw, clockNowMs());
    if (auth !== AuthProblem.None && auth !== AuthProblem.UnknownTerminal)
      return failure(refusals, reply, envelope.msgId, errors.unauthenticated, authProblemText(auth));
    const row = operationTable[envelope.operation];
    let bytes: Uint8Array;
    try {
      bytes = row.spec.request.encode(row.spec.request.fromObject(requestObject)).finish();
    } catch {
      return declineV01(reply, envelope.msgId, 'input');
    }
    const callerAuth = auth === AuthProblem.None ? CallerAuth.Verified : CallerAuth.UnknownTerminal;
    const translated = { op: row.op, format: Format.Proto, body: Buffer.from(bytes), mac, auth: callerAuth };
    deps.pipeline(translated, (result: Handled) => {
      if (result.status !== Status.Reply) {
        failure(refusals, reply, envelope.msgId, errorOfStatus(result.status), detailOf(result));
        return;
      }
      deps.metrics.decided(row.spec.method, reasonCodeOf(result));
      const ignored = ignoredOf(body, envelope.input, formOf(envelope).sections);
      if (ignored.length > 0) deps.metrics.nationalIgnored(row.spec.method, ignored.length);
      const decoded = row.spec.reply.decode(result.body) as unknown as Json & { outcome?: ssc.v1.IOutcome };
      const outcome = decoded.outcome ?? {};
      const approved = outcome.result === 1;
      const output = formOf(envelope).output(decoded, ctx);
      answer(reply, envelope.msgId, 200, {
        infcode: approved ? 0 : -1,
        err_msg: approved ? '' : (outcome.messageZh ?? ''),
        output,
        ssc_reason: outcome.reason ?? '',
        ssc_field: outcome.field ?? '',
        ...(ignored.length === 0 ? {} : { ssc_ignored: ignored.slice(0, 50) }),
        ...(ctx.differs.length === 0 ? {} : { ssc_differs: ctx.differs }),
        ...(result.appliedSeq === 0 ? {} : { ssc_applied_seq: result.appliedSeq }),
      });
    });
    return reply;
  });
}
