// The card centre's admin API: JSON over the same fastify server under /admin, documented by
// OpenAPI (generated from the route schemas, served at /admin/openapi.json). Every route but login
// needs a staff bearer token; each declares the roles it admits, and routes about one employer's
// people also check the agent's scope. Refused access is 401/403 with a code, counted and audited.
// Plus the terminals' hot list download (/ssc.v1.HotList/*), authenticated by terminal MAC.

import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { macHeader } from '../../protocol/mac.js';
import type { TerminalKeys } from '../auth/terminal-keys.js';
import { AuthProblem, authProblemText } from '../auth/terminal-keys.js';
import { type AdminProblem, type CardCentre, cardView, type Outcome } from '../cards/card-centre.js';
import { hotListDeltas, hotListSnapshot } from '../cards/hot-list.js';
import { type ImportFormat, type ImportKind, runImport } from '../cards/import.js';
import { Role } from '../cards/records.js';
import { mismatches, notReturned, returnedRegister, roster, summary, toCsv } from '../cards/reports.js';
import {
  AuthFailure,
  type Principal,
  principalOf,
  secretLengthMax,
  secretLengthMin,
  staffIdShape,
} from '../cards/staff.js';
import type { EngineConfig } from '../config.js';
import {
  CancelReason,
  CardOp,
  departmentLevelsMax,
  Exclusion,
  exclusionNames,
  Mismatch,
  mismatchNames,
  stageNames,
} from '../core/card-rules.js';
import { parseChinaDate } from '../core/china-time.js';
import { limits } from '../core/limits.js';
import { Bank, TerminalStatus } from '../core/model.js';
import type { DecisionSettings } from '../core/settings.js';
import { nowMs as clockNowMs, clockOffsetMs, setClockOffsetMs } from '../runtime/clock.js';
import { endIfAssertion } from '../runtime/fatal.js';
import { fault } from '../runtime/faults.js';
import type { LmdbReadView } from '../store/read-view.js';
import type { Store } from '../store/store.js';
import { macFromHeader } from '../wire/requests.js';
import { errors, type OperationalError } from './errors.js';
import type { Refusals } from './refusals.js';
import { ReplyBudget } from './reply-budget.js';

export interface AdminDeps {
  store: Store;
  centre: CardCentre;
  view: LmdbReadView;
  keys: TerminalKeys;
  settings: DecisionSettings;
  masterKey: Buffer;
  refusals: Refusals;
  /** production refuses clock changes and sweeps as of a later date. */
  profile: EngineConfig['profile'];
  /** Admin reply bytes not yet taken by their clients, at most (SSC_ADMIN_REPLY_BYTES_PENDING_MAX). */
  replyBytesPendingMax: number;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The staff member behind the bearer token (admin routes). */
    principal: Principal | undefined;
  }
  interface FastifyContextConfig {
    /** Roles an admin route admits (empty: no token needed). */
    roles?: readonly Role[];
  }
}

const problemErrors: Record<AdminProblem, OperationalError> = {
  invalid: errors.adminInvalid,
  'not-found': errors.adminNotFound,
  conflict: errors.adminConflict,
  locked: errors.adminLocked,
  'same-reviewer': errors.adminSameReviewer,
  forbidden: errors.adminForbidden,
};

function adminError(reply: FastifyReply, error: OperationalError, detail: string): FastifyReply {
  return reply
    .code(error.httpStatus)
    .header('content-type', 'application/json')
    .send(
      JSON.stringify({
        code: error.connectCode,
        sscCode: error.code,
        message: detail === '' ? error.description : `${error.description}: ${detail}`,
      }),
    );
}

// ---- schemas (OpenAPI is generated from these) ----------------------------------------------
const idNo = { type: 'string', pattern: '^\\d{17}[\\dX]$', description: 'citizen ID number (GB 11643)' } as const;
const cardNo = {
  type: 'string',
  pattern: '^[A-Z0-9]{9}$|^\\d{8,20}$',
  description: 'card number (SSC or legacy)',
} as const;
const employerCode = { type: 'string', pattern: '^[A-Za-z0-9]{4,20}$' } as const;
const name = { type: 'string', minLength: 1, maxLength: 30 } as const;
const format = { type: 'string', enum: ['json', 'csv'], default: 'json' } as const;
const seqText = { type: 'string', pattern: '^\\d{1,15}$' } as const;
const errorReply = {
  type: 'object',
  properties: { code: { type: 'string' }, sscCode: { type: 'string' }, message: { type: 'string' } },
} as const;
const errorReplies = { 400: errorReply, 401: errorReply, 403: errorReply, 404: errorReply, 409: errorReply };

function paramsOf(props: Record<string, object>): object {
  return { type: 'object', required: Object.keys(props), properties: props, additionalProperties: false };
}

function bodyOf(props: Record<string, object>, required: string[] = Object.keys(props)): object {
  return { type: 'object', required, properties: props, additionalProperties: false };
}

/** Free text that reaches exports and printed forms: no control characters (TAB, CR, LF ...). */
const printableText = '^[^\\u0000-\\u001f\\u007f]*$';

const emptyBody = { type: 'object', additionalProperties: false, properties: {} } as const;

export async function registerAdminRoutes(app: FastifyInstance, deps: AdminDeps): Promise<void> {
  const { store, centre, refusals } = deps;
  const log = app.ssclog;
  const spoolDir = join(store.options.path, 'import-spool');
  cleanSpool(spoolDir);

  /** Counts, logs (no personal data) and audits a refused access. */
  const refuseAccess = (
    request: FastifyRequest,
    reply: FastifyReply,
    error: OperationalError,
    detail: string,
  ): FastifyReply => {
    refusals.note(error.code);
    const who = request.principal?.staffId ?? '';
    // Logged when audited as its own record: a flood is summarised in both (audit-trail.ts).
    if (centre.audit(who, request.routeOptions.url ?? request.url.split('?')[0]!, error.code, request.ip, clockNowMs()))
      log.warn({ sscCode: error.code, route: request.routeOptions.url, staff: who }, 'admin access refused');
    return adminError(reply, error, detail);
  };

  const answer = <T>(request: FastifyRequest, reply: FastifyReply, outcome: Outcome<T>, status = 200): FastifyReply => {
    if (outcome.ok) return reply.code(status).send(outcome.value);
    const error = problemErrors[outcome.problem];
    if (error === errors.adminForbidden || error === errors.adminSameReviewer)
      return refuseAccess(request, reply, error, outcome.detail);
    refusals.note(error.code);
    return adminError(reply, error, outcome.detail);
  };

  /** Agents reach only their own employer's people; other roles by their route roles. */
  const inScope = (request: FastifyRequest, employer: string): boolean =>
    centre.mayActFor(request.principal!, employer);

  const sendList = (
    reply: FastifyReply,
    rows: readonly object[],
    as: string,
    file: string,
    columns?: readonly string[],
  ): FastifyReply => {
    if (as === 'csv') {
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file}.csv"`)
        .send(toCsv(rows, columns));
    }
    return reply.send({ count: rows.length, rows });
  };

  await app.register(
    async (admin) => {
      admin.decorateRequest('principal', undefined);
      admin.removeAllContentTypeParsers();
      admin.addContentTypeParser(
        'application/json',
        { parseAs: 'string', bodyLimit: limits.adminBodyBytesMax },
        (_req, body, done) => {
          try {
            done(null, body === '' ? {} : JSON.parse(body as string));
          } catch {
            const error = Object.assign(new Error('body is not valid JSON'), {
              code: 'SSC_ADMIN_INVALID',
              statusCode: 400,
            });
            done(error, undefined);
          }
        },
      );
      // Imports stream: the body is handed over unread (bounded by the import's own limits).
      admin.addContentTypeParser(['text/csv', 'application/x-ndjson', 'application/jsonl'], (_req, payload, done) =>
        done(null, payload),
      );

      admin.setErrorHandler(
        (error: { code?: string; statusCode?: number; message?: string; validation?: unknown }, request, reply) => {
          endIfAssertion('admin', error);
          if (error.validation !== undefined || error.code === 'SSC_ADMIN_INVALID') {
            refusals.note(errors.adminInvalid.code);
            return adminError(reply, errors.adminInvalid, (error.message ?? '').slice(0, 200));
          }
          if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return adminError(reply, errors.bodyTooLarge, '');
          // A long operation whose actor was disabled while it ran (import chunks re-check it).
          if (error.code === errors.adminUnauthenticated.code)
            return refuseAccess(request, reply, errors.adminUnauthenticated, (error.message ?? '').slice(0, 200));
          if (error.code === errors.storeUnavailable.code) {
            refusals.note(errors.storeUnavailable.code);
            log.error({ sscCode: error.code, route: request.routeOptions.url }, 'admin write refused by the store');
            return adminError(reply.header('retry-after', '1'), errors.storeUnavailable, '');
          }
          if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.code === 'FST_ERR_CTP_EMPTY_TYPE')
            return adminError(
              reply,
              errors.badContentType,
              'admin routes take application/json (imports: text/csv or application/x-ndjson)',
            );
          if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
            return adminError(reply, errors.adminInvalid, '');
          log.error({ code: error.code, route: request.routeOptions.url }, 'admin request failed');
          return adminError(reply, errors.internal, '');
        },
      );

      // Replies not yet taken by their clients are bounded in bytes: 200 clients that never read
      // their /admin/audit pages held ~210 MB. Past the bound a new reply is refused 503 (S01) until
      // the readers catch up or their connections time out.
      const budget = new ReplyBudget(deps.replyBytesPendingMax);
      admin.addHook('onSend', async (_request, reply, payload) => {
        const bytes =
          typeof payload === 'string' ? Buffer.byteLength(payload) : Buffer.isBuffer(payload) ? payload.length : 0;
        if (bytes === 0 || reply.statusCode >= 400) return payload;
        if (!budget.admit(bytes)) {
          refusals.note(errors.overloaded.code);
          reply
            .code(errors.overloaded.httpStatus)
            .header('retry-after', '1')
            .header('content-type', 'application/json');
          return JSON.stringify({
            code: errors.overloaded.connectCode,
            sscCode: errors.overloaded.code,
            reason: errors.overloaded.reason,
            message: `${errors.overloaded.description}: replies not yet taken by their clients are over the bound`,
          });
        }
        let counted = true;
        const release = (): void => {
          if (!counted) return;
          counted = false;
          budget.release(bytes);
        };
        // 'finish': the last byte went to the kernel; 'close': the connection ended first.
        reply.raw.once('finish', release);
        reply.raw.once('close', release);
        return payload;
      });

      // A POST or PUT sent with no body at all is read as {}: a route that needs nothing accepts it,
      // and one that needs fields names the missing one (never "body must be object").
      admin.addHook('preValidation', async (request) => {
        if (request.body === undefined || request.body === null) request.body = {};
      });

      admin.addHook('onRequest', async (request, reply) => {
        fault('admin'); // test hook: an admin route on the main thread
        const roles = request.routeOptions.config.roles;
        if (roles === undefined || roles.length === 0) return;
        const header = request.headers.authorization ?? '';
        const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
        const found = principalOf(store, token, clockNowMs());
        if (typeof found === 'number') {
          const detail =
            found === AuthFailure.NoToken
              ? 'no bearer token'
              : found === AuthFailure.Expired
                ? 'token expired'
                : found === AuthFailure.Disabled
                  ? 'account disabled'
                  : 'unknown token';
          return refuseAccess(request, reply, errors.adminUnauthenticated, detail);
        }
        request.principal = found;
        if (!roles.includes(found.role))
          return refuseAccess(request, reply, errors.adminForbidden, `role ${found.role} may not do this`);
      });

      const any: readonly Role[] = [Role.Operator, Role.Reviewer, Role.Auditor, Role.Agent];
      const staffSide: readonly Role[] = [Role.Operator, Role.Reviewer, Role.Auditor];
      type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;
      interface Parts {
        params?: object;
        body?: object;
        querystring?: object;
        description?: string;
        bodyLimit?: number;
      }
      /** One admin route: its roles (none: no token), its schema (validation + OpenAPI), its handler. */
      const route = (
        method: 'GET' | 'POST' | 'PUT',
        url: string,
        roles: readonly Role[],
        summary: string,
        parts: Parts,
        handler: Handler,
      ): void => {
        const { bodyLimit, ...schemaParts } = parts;
        admin.route({
          method,
          url,
          config: { roles },
          ...(bodyLimit === undefined ? {} : { bodyLimit }),
          schema: {
            tags: ['card centre'],
            ...(roles.length === 0 ? {} : { security: [{ bearer: [] }] }),
            summary,
            ...schemaParts,
            ...(method === 'GET' || parts.body !== undefined || parts.description !== undefined
              ? {}
              : { body: emptyBody }),
            response: errorReplies,
          },
          handler,
        });
      };
      const principal = (request: FastifyRequest): Principal => request.principal!;
      const param = (request: FastifyRequest, name: string): string =>
        (request.params as Record<string, string>)[name]!;
      const body = <T>(request: FastifyRequest): T => request.body as T;
      const now = (): number => clockNowMs();
      const formatQuery = { type: 'object', properties: { format }, additionalProperties: false };

      // ---- staff ------------------------------------------------------------------------------
      route(
        'POST',
        '/login',
        [],
        'Exchange a staff id and secret for a bearer token',
        {
          body: bodyOf({
            staffId: { type: 'string', maxLength: 40 },
            secret: { type: 'string', maxLength: secretLengthMax },
          }),
        },
        async (request, reply) => {
          const { staffId, secret } = body<{ staffId: string; secret: string }>(request);
          const result = await centre.login(staffId, secret, request.ip, now());
          if (result.kind === 'throttled') {
            reply.header('retry-after', String(Math.ceil(result.retryAfterMs / 1000)));
            return refuseAccess(request, reply, errors.adminThrottled, 'too many wrong logins: wait, or ask an admin');
          }
          if (result.kind === 'wrong')
            return refuseAccess(request, reply, errors.adminUnauthenticated, 'wrong staff id or secret');
          return reply.send({ token: result.token, expiresMs: result.expiresMs, role: result.role });
        },
      );
      route(
        'POST',
        '/staff',
        [Role.Admin],
        'Create a staff account (agents name their employer and their own ID number)',
        {
          body: bodyOf(
            {
              staffId: { type: 'string', pattern: staffIdShape.source },
              role: { type: 'string', enum: [Role.Operator, Role.Reviewer, Role.Agent, Role.Auditor, Role.Admin] },
              secret: { type: 'string', minLength: secretLengthMin, maxLength: secretLengthMax },
              employerCode,
              agentIdNo: idNo,
            },
            ['staffId', 'role', 'secret'],
          ),
        },
        async (request, reply) => {
          const b = body<{ staffId: string; role: Role; secret: string; employerCode?: string; agentIdNo?: string }>(
            request,
          );
          if (b.role === Role.Agent && (b.employerCode === undefined || b.agentIdNo === undefined))
            return adminError(reply, errors.adminInvalid, 'an agent needs employerCode and agentIdNo');
          const outcome = await centre.createStaff(
            principal(request),
            b.staffId,
            b.role,
            b.secret,
            b.employerCode ?? '',
            b.agentIdNo ?? '',
            now(),
          );
          return answer(request, reply, outcome, 201);
        },
      );
      route(
        'POST',
        '/staff/:staffId/disable',
        [Role.Admin],
        'Disable a staff account (its tokens stop working)',
        {
          params: paramsOf({ staffId: { type: 'string', pattern: staffIdShape.source } }),
        },
        async (request, reply) =>
          answer(request, reply, await centre.disableStaff(principal(request), param(request, 'staffId'), now())),
      );
      route(
        'POST',
        '/staff/:staffId/unlock',
        [Role.Admin],
        "Lift an account's login back-off after wrong secrets (recorded in the change log)",
        {
          params: paramsOf({ staffId: { type: 'string', pattern: staffIdShape.source } }),
        },
        async (request, reply) =>
          answer(request, reply, await centre.unlockStaff(principal(request), param(request, 'staffId'), now())),
      );

      // ---- employers and agents -----------------------------------------------------------------
      route(
        'POST',
        '/employers',
        [Role.Operator],
        'Register an employer',
        {
          body: bodyOf({ code: employerCode, name: { type: 'string', minLength: 1, maxLength: 60 } }),
        },
        async (request, reply) => {
          const b = body<{ code: string; name: string }>(request);
          return answer(request, reply, await centre.registerEmployer(principal(request), b.code, b.name, now()), 201);
        },
      );
      route(
        'PUT',
        '/employers/:code/authorization',
        [Role.Operator],
        'Record the employer authorization (附件1): one to three agents; replaces the previous one whole',
        {
          params: paramsOf({ code: employerCode }),
          body: bodyOf({ agents: { type: 'array', minItems: 1, maxItems: 3, items: bodyOf({ idNo, name }) } }),
        },
        async (request, reply) => {
          const { agents } = body<{ agents: { idNo: string; name: string }[] }>(request);
          return answer(
            request,
            reply,
            await centre.authorizeAgents(principal(request), param(request, 'code'), agents, now()),
          );
        },
      );

      const employerList = (
        path: string,
        summaryText: string,
        produce: (code: string) => { rows: readonly object[]; file: string; extra?: object },
      ): void => {
        route(
          'GET',
          path,
          any,
          summaryText,
          { params: paramsOf({ code: employerCode }), querystring: formatQuery },
          async (request, reply) => {
            const code = param(request, 'code');
            if (centre.employer(code) === undefined)
              return adminError(reply, errors.adminNotFound, 'employer not registered');
            if (!inScope(request, code))
              return refuseAccess(request, reply, errors.adminForbidden, 'not an agent of this employer');
            const { rows, file, extra } = produce(code);
            const as = (request.query as { format?: string }).format ?? 'json';
            if (extra !== undefined && as === 'json') return reply.send({ ...extra, count: rows.length, rows });
            return sendList(reply, rows, as, file);
          },
        );
      };
      employerList('/employers/:code/roster', 'The roster (附件3), sorted by the pinyin of the name', (code) => ({
        rows: roster(store, code),
        file: `roster-${code}`,
      }));
      employerList(
        '/employers/:code/summary',
        'The summary (附件4): returned forms per department (two levels) and bank',
        (code) => {
          const s = summary(store, code);
          return {
            rows: [...s.rows, { ...s.totals, department1: 'TOTAL' }],
            file: `summary-${code}`,
            extra: { totals: s.totals, notReturned: s.notReturned },
          };
        },
      );
      employerList('/employers/:code/not-returned', 'People who have not returned a form (附件5)', (code) => ({
        rows: notReturned(store, code),
        file: `not-returned-${code}`,
      }));

      route(
        'GET',
        '/reports/police',
        staffSide,
        'Police register comparison: mismatches and exclusions',
        {
          querystring: { type: 'object', properties: { format, employer: employerCode }, additionalProperties: false },
        },
        async (request, reply) => {
          const q = request.query as { format?: string; employer?: string };
          return sendList(reply, await mismatches(store, q.employer ?? ''), q.format ?? 'json', 'police-mismatches');
        },
      );
      route(
        'GET',
        '/reports/returned',
        staffSide,
        'Returned-cards register (社保卡退回登记表)',
        { querystring: formatQuery },
        async (request, reply) =>
          sendList(
            reply,
            returnedRegister(store),
            (request.query as { format?: string }).format ?? 'json',
            'returned-cards',
            ['cardNo', 'returnedMs', 'arrivalMs'],
          ),
      );

      // ---- imports ----------------------------------------------------------------------------
      const importRoute = (path: string, kind: ImportKind, summaryText: string): void => {
        route(
          'POST',
          path,
          [Role.Operator],
          summaryText,
          {
            bodyLimit: limits.importBytesMax,
            description: 'Body: CSV with a header row (text/csv) or JSON Lines (application/x-ndjson), streamed.',
          },
          async (request, reply) => {
            const contentType = request.headers['content-type'] ?? '';
            const as: ImportFormat = contentType.startsWith('text/csv') ? 'csv' : 'jsonl';
            // The upload is spooled first (owner-only, in the data folder), so the request is received
            // within SSC_REQUEST_TIMEOUT_MS however long the import then takes; the socket may idle
            // meanwhile.
            const spool = await spoolUpload(request.body as Readable, spoolDir, limits.importBytesMax);
            // The rest of a refused upload is not read: the connection closes after the answer (kept
            // alive, the client's next request on it waited behind the unread body and got 408).
            if (spool === 'too-large' || spool === 'storage' || spool === 'aborted')
              reply.header('connection', 'close');
            if (spool === 'too-large')
              return adminError(reply, errors.bodyTooLarge, `imports are at most ${limits.importBytesMax} bytes`);
            if (spool === 'storage') {
              refusals.note(errors.storeUnavailable.code);
              return adminError(
                reply.header('retry-after', '1'),
                errors.storeUnavailable,
                'the upload could not be spooled',
              );
            }
            if (spool === 'aborted') return adminError(reply, errors.adminInvalid, 'the upload ended before its end');
            request.raw.socket.setTimeout(0);
            const nowMs = now();
            const source = createReadStream(spool, { highWaterMark: 256 * 1024 });
            const report = await runImport(centre, principal(request), kind, as, source, {
              nowMs,
              insuredRegionOf: centre.insuredRegionResolver(nowMs),
            }).finally(() => rmSync(spool, { force: true }));
            log.info(
              { kind, rows: report.rows, rejected: report.rejectedCount, rowsPerSecond: report.rowsPerSecond },
              'import finished',
            );
            return reply.send(report);
          },
        );
      };
      importRoute('/imports/members', 'members', 'Import member data from the contribution systems (idempotent)');
      importRoute('/imports/police', 'police', 'Import a police household-register extract and compare');
      importRoute('/imports/legacy-cards', 'legacy', 'Import legacy magnetic / county IC cards (dual-card transition)');

      // ---- persons ----------------------------------------------------------------------------
      const personParams = paramsOf({ idNo });
      route(
        'GET',
        '/persons/:idNo',
        any,
        "A person's application and card",
        { params: personParams },
        async (request, reply) => {
          const member = centre.member(param(request, 'idNo'));
          // Scope first: to an agent, a person of another employer and no person at all look alike.
          if (!inScope(request, member?.employerCode ?? ''))
            return refuseAccess(request, reply, errors.adminForbidden, "not an agent of this person's employer");
          if (member === undefined) return adminError(reply, errors.adminNotFound, 'no application for this person');
          const card = member.cardNo === '' ? undefined : centre.card(member.cardNo);
          const { signatureSealed, importDigest: _digest, ...visible } = member;
          // Stages, mismatches and exclusions by name, as card statuses are (one representation).
          return reply.send({
            ...visible,
            stage: stageNames[member.stage],
            mismatch: member.mismatch === Mismatch.None ? '' : mismatchNames[member.mismatch],
            exclusion: member.exclusion === Exclusion.None ? '' : exclusionNames[member.exclusion],
            delivered: signatureSealed !== '',
            card: card === undefined ? null : cardView(card, 0),
          });
        },
      );
      route(
        'PUT',
        '/persons/:idNo/confirmation',
        [Role.Operator, Role.Reviewer, Role.Agent],
        "One person's confirmation form (附件2): contact data and the person's own bank; one person per call",
        {
          params: personParams,
          body: bodyOf(
            {
              phone: { type: 'string', pattern: '^1\\d{10}$' },
              landline: { type: 'string', pattern: '^[0-9-]{0,20}$' },
              address: { type: 'string', minLength: 1, maxLength: 120 },
              postcode: { type: 'string', pattern: '^\\d{6}$' },
              bank: { type: 'string', enum: ['ICBC', 'CCB', 'BOC'] },
              department1: { type: 'string', maxLength: 40, pattern: printableText },
              department2: { type: 'string', maxLength: 40, pattern: printableText },
              correctedName: name,
            },
            ['phone', 'address', 'postcode', 'bank'],
          ),
        },
        async (request, reply) => {
          const b = body<{
            phone: string;
            landline?: string;
            address: string;
            postcode: string;
            bank: 'ICBC' | 'CCB' | 'BOC';
            department1?: string;
            department2?: string;
            correctedName?: string;
          }>(request);
          if ((b.department2 ?? '') !== '' && (b.department1 ?? '') === '')
            return adminError(
              reply,
              errors.adminInvalid,
              `department2 needs department1 (at most ${departmentLevelsMax} levels)`,
            );
          const input = {
            phone: b.phone,
            landline: b.landline ?? '',
            address: b.address,
            postcode: b.postcode,
            bank: b.bank === 'ICBC' ? Bank.Icbc : b.bank === 'CCB' ? Bank.Ccb : Bank.Boc,
            department1: b.department1 ?? '',
            department2: b.department2 ?? '',
            correctedName: b.correctedName ?? '',
          };
          return answer(request, reply, await centre.confirm(principal(request), param(request, 'idNo'), input, now()));
        },
      );
      route(
        'POST',
        '/persons/:idNo/review',
        [Role.Reviewer],
        'Approve (card generated) or reject an entered form; the reviewer must not be its maker',
        {
          params: personParams,
          body: bodyOf({ approve: { type: 'boolean' } }),
        },
        async (request, reply) =>
          answer(
            request,
            reply,
            await centre.review(
              principal(request),
              param(request, 'idNo'),
              body<{ approve: boolean }>(request).approve,
              now(),
            ),
          ),
      );
      route(
        'POST',
        '/persons/:idNo/region-transfer',
        [Role.Operator],
        'Region transfer: the card is kept, the insured region rewritten',
        {
          params: personParams,
          body: bodyOf({ region: { type: 'string', pattern: '^\\d{6}$' } }),
        },
        async (request, reply) =>
          answer(
            request,
            reply,
            await centre.transferRegion(
              principal(request),
              param(request, 'idNo'),
              body<{ region: string }>(request).region,
              now(),
            ),
          ),
      );
      route(
        'POST',
        '/persons/:idNo/duplicate-resolution',
        [Role.Operator],
        'A duplicate enrolment resolved (one enrolment dropped)',
        { params: personParams },
        async (request, reply) =>
          answer(request, reply, await centre.resolveDuplicate(principal(request), param(request, 'idNo'), now())),
      );

      // ---- production, pickup, delivery, sweep ------------------------------------------------
      route(
        'POST',
        '/batches',
        [Role.Operator],
        'A production batch of generated cards (one employer, or all)',
        {
          body: bodyOf({ employerCode, cardsMax: { type: 'integer', minimum: 1, maximum: 100_000 } }, []),
        },
        async (request, reply) => {
          const b = body<{ employerCode?: string; cardsMax?: number }>(request);
          return answer(
            request,
            reply,
            await centre.createBatch(principal(request), b.employerCode ?? '', b.cardsMax ?? 100_000, now()),
            201,
          );
        },
      );
      const batchParams = paramsOf({ batchId: { type: 'string', pattern: '^B\\d{16}$' } });
      route(
        'POST',
        '/batches/:batchId/arrival',
        [Role.Operator],
        "The factory's delivery accepted: cards await pickup",
        { params: batchParams },
        async (request, reply) =>
          answer(request, reply, await centre.recordArrival(principal(request), param(request, 'batchId'), now())),
      );
      route(
        'POST',
        '/batches/:batchId/pickup',
        [Role.Agent],
        "A named agent collects the employer's cards of the batch (the agent is recorded)",
        { params: batchParams },
        async (request, reply) =>
          answer(request, reply, await centre.pickup(principal(request), param(request, 'batchId'), now())),
      );
      const cardParams = paramsOf({ cardNo });
      route(
        'POST',
        '/cards/:cardNo/delivery',
        [Role.Agent, Role.Operator],
        'Delivered to the person, who signs: the card becomes usable',
        {
          params: cardParams,
          body: bodyOf({ signature: { type: 'string', minLength: 1, maxLength: 16_384 } }),
        },
        async (request, reply) =>
          answer(
            request,
            reply,
            await centre.deliver(
              principal(request),
              param(request, 'cardNo'),
              body<{ signature: string }>(request).signature,
              now(),
            ),
          ),
      );
      route(
        'POST',
        '/sweeps/returns',
        [Role.Operator],
        "Run the sweep now, or as of the start of a China date (six-month returns counted from the agent's pickup; lapsed temporary losses back to issued); it also runs on a schedule. A date after today is refused in the production profile.",
        { body: bodyOf({ asOf: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } }, []) },
        async (request, reply) => {
          const { asOf } = body<{ asOf?: string }>(request);
          let atMs = now();
          if (asOf !== undefined) {
            const startMs = parseChinaDate(asOf);
            if (startMs === undefined) return adminError(reply, errors.adminInvalid, 'asOf: not a calendar date');
            atMs = startMs;
            if (deps.profile === 'production' && atMs > now())
              return adminError(reply, errors.adminConflict, 'asOf after today: not in the production profile');
          }
          const { returned, lapsed } = await centre.sweepReturns(principal(request), atMs);
          return reply.send({ returned: returned.length, lapsedTempLosses: lapsed, asOfMs: atMs });
        },
      );
      route(
        'POST',
        '/clock',
        [Role.Admin],
        "Set the engine clock's offset from the wall clock (test and staging profiles only; 403 in production)",
        { body: bodyOf({ offsetMs: { type: 'integer', minimum: -315_360_000_000, maximum: 315_360_000_000 } }) },
        async (request, reply) => {
          if (deps.profile === 'production')
            return refuseAccess(request, reply, errors.adminForbidden, 'the clock is fixed in the production profile');
          setClockOffsetMs(body<{ offsetMs: number }>(request).offsetMs);
          log.warn({ staff: principal(request).staffId, offsetMs: clockOffsetMs() }, 'engine clock offset changed');
          return reply.send({ offsetMs: clockOffsetMs(), nowMs: now() });
        },
      );

      // ---- card status operations -------------------------------------------------------------
      route('GET', '/cards/:cardNo', staffSide, "A card's status", { params: cardParams }, async (request, reply) => {
        const card = centre.card(param(request, 'cardNo'));
        if (card === undefined) return adminError(reply, errors.adminNotFound, 'no such card');
        return reply.send(cardView(card, 0));
      });
      const cardOpRoute = (path: string, op: CardOp, summaryText: string): void => {
        route(
          'POST',
          `/cards/:cardNo/${path}`,
          [Role.Operator],
          summaryText,
          { params: cardParams },
          async (request, reply) =>
            answer(request, reply, await centre.cardOperation(principal(request), param(request, 'cardNo'), op, now())),
        );
      };
      cardOpRoute('temp-loss', CardOp.ReportTempLoss, 'Temporary loss report (lapses after the configured TTL)');
      cardOpRoute('formal-loss', CardOp.ReportFormalLoss, 'Formal loss report');
      cardOpRoute('temp-loss-lift', CardOp.LiftTempLoss, 'Lift a temporary loss');
      cardOpRoute('damage', CardOp.ReportDamage, 'Damage report');
      cardOpRoute('bank-activation', CardOp.ActivateBank, 'Bank function activated (medical use unaffected)');
      cardOpRoute('retirement', CardOp.RetireLegacy, 'Retire a legacy card');
      route(
        'POST',
        '/cards/:cardNo/cancellation',
        [Role.Operator],
        'Cancellation (death, emigration, transfer out)',
        {
          params: cardParams,
          body: bodyOf({ reason: { type: 'string', enum: ['death', 'emigration', 'transfer-out'] } }),
        },
        async (request, reply) => {
          const reason = body<{ reason: string }>(request).reason;
          const code =
            reason === 'death'
              ? CancelReason.Death
              : reason === 'emigration'
                ? CancelReason.Emigration
                : CancelReason.TransferOut;
          return answer(
            request,
            reply,
            await centre.cardOperation(principal(request), param(request, 'cardNo'), CardOp.Cancel, now(), code),
          );
        },
      );
      route(
        'POST',
        '/cards/:cardNo/replacement',
        [Role.Operator],
        'Replacement: new card_sn, the old one hot-listed; the new card follows the issuance steps',
        { params: cardParams },
        async (request, reply) =>
          answer(request, reply, await centre.replace(principal(request), param(request, 'cardNo'), now()), 201),
      );
      route(
        'POST',
        '/cards/:cardNo/formal-loss-lift',
        [Role.Operator, Role.Reviewer],
        'Request lifting a formal loss (a different reviewer approves)',
        { params: cardParams },
        async (request, reply) =>
          answer(
            request,
            reply,
            await centre.requestLiftFormalLoss(principal(request), param(request, 'cardNo'), now()),
            202,
          ),
      );
      route(
        'POST',
        '/reviews/:reviewId',
        [Role.Reviewer],
        'Approve or reject a pending request (maker-checker)',
        {
          params: paramsOf({ reviewId: { type: 'string', pattern: '^R\\d{1,15}$' } }),
          body: bodyOf({ approve: { type: 'boolean' } }),
        },
        async (request, reply) =>
          answer(
            request,
            reply,
            await centre.approveReview(
              principal(request),
              param(request, 'reviewId'),
              body<{ approve: boolean }>(request).approve,
              now(),
            ),
          ),
      );

      // ---- change log, audit, hot list --------------------------------------------------------
      const pageQuery = {
        type: 'object',
        properties: { since: seqText, limit: { type: 'string', pattern: '^\\d{1,5}$' } },
        additionalProperties: false,
      } as const;
      const page = (request: FastifyRequest): { since: number; limit: number } => {
        const q = request.query as { since?: string; limit?: string };
        return { since: Number(q.since ?? '0'), limit: Math.min(Math.max(Number(q.limit ?? '1000'), 1), 10_000) };
      };
      route(
        'GET',
        '/changes',
        [Role.Auditor],
        'The change log after a sequence (no personal data in clear)',
        { querystring: pageQuery },
        async (request, reply) => {
          const { since, limit } = page(request);
          const rows: object[] = [];
          for (const { key, value } of store.changes.getRange({ start: since + 1, limit })) {
            const change = value as { hot: object | null };
            rows.push({
              sequence: key,
              ...(value as object),
              hot: change.hot === null ? null : { ...change.hot, keySealed: undefined },
            });
          }
          return reply.send({ count: rows.length, rows });
        },
      );
      route(
        'GET',
        '/audit',
        [Role.Auditor],
        'Refused accesses (401/403)',
        { querystring: pageQuery },
        async (request, reply) => {
          const { since, limit } = page(request);
          const rows: object[] = [];
          for (const { key, value } of store.audit.getRange({ start: since + 1, limit }))
            rows.push({ sequence: key, count: 1, ...(value as object) });
          return reply.send({ count: rows.length, rows });
        },
      );
      route(
        'GET',
        '/hot-list',
        [Role.Operator, Role.Auditor],
        'Hot list snapshot: entries, sequence, xxh3 digest',
        {},
        async (_request, reply) => reply.send(hotListSnapshot(store, deps.settings)),
      );
      route(
        'GET',
        '/hot-list/deltas',
        [Role.Operator, Role.Auditor],
        'Hot list changes after a sequence',
        { querystring: pageQuery },
        async (request, reply) => {
          const { since, limit } = page(request);
          return reply.send(hotListDeltas(store, deps.masterKey, since, limit));
        },
      );

      admin.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) => reply.send(app.swagger()));
    },
    { prefix: '/admin' },
  );

  // ---- terminals: hot list download, authenticated like every terminal request -----------------
  const terminalHot = (path: string, produce: (body: { sinceSequence?: number }) => object): void => {
    app.post(path, async (request, reply) => {
      let body: { terminalId: string; institutionCode: string; requestTimeMs: number; sinceSequence?: number };
      const raw = request.body as Buffer;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        refusals.note(errors.malformed.code);
        return adminError(reply, errors.malformed, 'body is not JSON');
      }
      if (!validHotRequest(body)) {
        refusals.note(errors.malformed.code);
        return adminError(
          reply,
          errors.malformed,
          'expected {terminalId, institutionCode, requestTimeMs, sinceSequence?}',
        );
      }
      deps.view.refresh();
      const terminal = deps.view.terminal(body.terminalId);
      if (
        terminal === undefined ||
        terminal.status !== TerminalStatus.Active ||
        terminal.institutionCode !== body.institutionCode
      ) {
        refusals.note(errors.terminalRefused.code);
        centre.audit(body.terminalId, path, errors.terminalRefused.code, request.ip, clockNowMs());
        return adminError(reply, errors.terminalRefused, '');
      }
      const mac = macFromHeader(request.headers[macHeader]);
      const problem = deps.keys.check(terminal, mac, raw, body.requestTimeMs, clockNowMs());
      if (problem !== AuthProblem.None) {
        refusals.note(errors.unauthenticated.code);
        centre.audit(body.terminalId, path, errors.unauthenticated.code, request.ip, clockNowMs());
        return adminError(reply, errors.unauthenticated, authProblemText(problem));
      }
      return reply.header('content-type', 'application/json').send(produce(body));
    });
  };
  terminalHot('/ssc.v1.HotList/Snapshot', () => hotListSnapshot(store, deps.settings));
  terminalHot('/ssc.v1.HotList/Deltas', (body) => hotListDeltas(store, deps.masterKey, body.sinceSequence ?? 0));
}

function validHotRequest(
  body: unknown,
): body is { terminalId: string; institutionCode: string; requestTimeMs: number; sinceSequence?: number } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const b = body as Record<string, unknown>;
  for (const key of Object.keys(b))
    if (!['terminalId', 'institutionCode', 'requestTimeMs', 'sinceSequence'].includes(key)) return false;
  return (
    typeof b['terminalId'] === 'string' &&
    /^[A-Za-z0-9_-]{1,32}$/.test(b['terminalId']) &&
    typeof b['institutionCode'] === 'string' &&
    /^[A-Z]\d{11}$/.test(b['institutionCode']) &&
    Number.isSafeInteger(b['requestTimeMs']) &&
    (b['requestTimeMs'] as number) >= 0 &&
    (b['sinceSequence'] === undefined ||
      (Number.isSafeInteger(b['sinceSequence']) && (b['sinceSequence'] as number) >= 0))
  );
}

class OverLimit extends Error {}

/**
 * Writes an upload to an owner-only file: its path, or why not (and no file): over bytesMax, or
 * the disk refused it (full, read-only), which is a storage failure (503 S01), not a size problem.
 */
async function spoolUpload(
  body: Readable,
  dir: string,
  bytesMax: number,
): Promise<string | 'too-large' | 'storage' | 'aborted'> {
  const file = join(dir, `${Date.now()}-${randomBytes(6).toString('hex')}`);
  let bytes = 0;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    await pipeline(
      body,
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          bytes += chunk.length;
          if (bytes > bytesMax) throw new OverLimit('import over its byte limit');
          yield chunk;
        }
      },
      createWriteStream(file, { mode: 0o600 }),
    );
    return file;
  } catch (error) {
    try {
      rmSync(file, { force: true });
    } catch {
      // nothing was written, or the folder is gone
    }
    if (error instanceof OverLimit) return 'too-large';
    const code = (error as { code?: unknown }).code;
    return code === 'ENOSPC' || code === 'EROFS' || code === 'EDQUOT' || code === 'EIO' || code === 'EACCES'
      ? 'storage'
      : 'aborted';
  }
}

/** Spool files left by an engine killed during an import are removed at start. */
function cleanSpool(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // a read-only data folder: nothing can have been spooled there either
  }
}
