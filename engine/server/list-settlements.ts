// ListSettlements (3202), Connect server streaming: the same stages as every operation (decode,
// authenticate, validate), then the caller check and a stream of the institution's settlements.

import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { decodeSingleEnvelope, encodeEnvelope, endStream } from '../../protocol/envelope.js';
import { macHeader } from '../../protocol/mac.js';
import { type ssc, v1 } from '../../protocol/pb.js';
import type { TerminalKeys } from '../auth/terminal-keys.js';
import { authorizeCaller, CallerCheck } from '../core/authorize.js';
import { limits } from '../core/limits.js';
import { Reason, type ReasonCode, reasonText } from '../core/reasons.js';
import { type ListFilter, listEntries } from '../ledger/listing.js';
import { CallerAuth, Prepared, prepare } from '../operations/stages.js';
import { operationTable } from '../operations/table.js';
import { nowMs as clockNowMs } from '../runtime/clock.js';
import type { LmdbReadView } from '../store/read-view.js';
import type { Store } from '../store/store.js';
import { Status } from '../wire/handled.js';
import { Format } from '../wire/replies.js';
import { macFromHeader } from '../wire/requests.js';
import { errorOfStatus, errors, sendError } from './errors.js';
import type { Refusals } from './refusals.js';

/** What the stream reads. */
export interface ListDeps {
  store: Store;
  view: LmdbReadView;
  keys: TerminalKeys;
}

const listPrepared = new Prepared();
const listCaller = new CallerCheck();
/** Envelopes written to the socket per chunk of a stream. */
const streamChunkEntries = 256;

/**
 * ListSettlements (3202), Connect server streaming: one enveloped request in, a stream of
 * SettlementDetail envelopes out, then the end-of-stream envelope. A decline is the stream's error
 * (permission_denied / invalid_argument) with the reason code in its metadata (`ssc-reason`).
 */
export function listSettlements(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: ListDeps,
  refusals: Refusals,
): FastifyReply {
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.startsWith('application/connect+')) {
    refusals.note(errors.badContentType.code);
    return sendError(
      reply,
      errors.badContentType,
      'ListSettlements is server streaming: application/connect+proto or +json',
    );
  }
  const format = contentType.startsWith('application/connect+json') ? Format.Json : Format.Proto;
  const envelope = decodeSingleEnvelope(request.body as Buffer);
  if (envelope.error !== '') {
    refusals.note(errors.malformed.code);
    return sendError(reply, errors.malformed, envelope.error.slice(0, 200));
  }
  // The same stages as every operation, in the same order: decode, authenticate, validate.
  deps.view.refresh();
  const nowMs = clockNowMs();
  const row = operationTable.ListSettlements;
  const p = prepare(
    row,
    format,
    envelope.message,
    macFromHeader(request.headers[macHeader]),
    CallerAuth.Check,
    deps,
    nowMs,
    listPrepared,
  );
  if (p.status !== Status.Reply) {
    const error = errorOfStatus(p.status);
    refusals.note(error.code);
    return sendError(reply, error, p.detail.slice(0, 200));
  }
  const message = p.message as ssc.v1.ListSettlementsRequest;
  const header = p.header;
  reply
    .code(200)
    .header('content-type', format === Format.Json ? 'application/connect+json' : 'application/connect+proto');
  const declined = (code: string, reason: string, detail: string): FastifyReply =>
    reply.send(
      endStream(
        { code, message: `${reason} ${reasonText(reason as ReasonCode).en}${detail === '' ? '' : ': ' + detail}` },
        { 'ssc-reason': [reason], ...(detail === '' ? {} : { 'ssc-field': [detail] }) },
      ),
    );
  if (p.field !== '') return declined('invalid_argument', Reason.InvalidField, p.field);
  authorizeCaller(deps.view, header, true, nowMs, listCaller);
  if (listCaller.reason !== Reason.Approved) {
    const code = listCaller.reason === Reason.InvalidField ? 'invalid_argument' : 'permission_denied';
    return declined(code, listCaller.reason, listCaller.field);
  }
  const filter: ListFilter = {
    institutionCode: header.institutionCode,
    insuranceType: message.insuranceType ?? 0,
    clearingType: message.clearingType ?? 0,
    fromMs: (message.periodFromMs as number | null | undefined) ?? 0,
    toMs: (message.periodToMs as number | null | undefined) ?? 0,
  };
  return reply.send(Readable.from(settlementEnvelopes(deps.store, filter, format), { objectMode: false }));
}

const jsonOptions = { enums: String, longs: Number, json: true };

/** The stream's body: the settlements as Connect envelopes, a chunk of them per write, then its end. */
function* settlementEnvelopes(store: Store, filter: ListFilter, format: Format): Generator<Buffer> {
  const outcome = { truncated: false };
  let chunk: Buffer[] = [];
  for (const detail of listEntries(store, filter, limits.listEntriesMax, outcome)) {
    const bytes =
      format === Format.Json
        ? Buffer.from(
            JSON.stringify(v1.SettlementDetail.toObject(v1.SettlementDetail.fromObject(detail), jsonOptions)),
            'utf8',
          )
        : Buffer.from(v1.SettlementDetail.encode(detail).finish());
    chunk.push(encodeEnvelope(0, bytes));
    if (chunk.length === streamChunkEntries) {
      yield Buffer.concat(chunk);
      chunk = [];
    }
  }
  chunk.push(
    endStream(
      outcome.truncated
        ? {
            code: 'resource_exhausted',
            message: `more than ${limits.listEntriesMax} entries: ask for a shorter period`,
          }
        : undefined,
    ),
  );
  yield Buffer.concat(chunk);
}
