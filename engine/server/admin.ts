// The card centre's admin API: JSON over the same fastify server under /admin, documented by
// OpenAPI (generated from the route schemas, served at /admin/openapi.json). Every route but login
// needs a staff bearer token; each declares the roles it admits, and routes about one employer's
// people also check the agent's scope. Refused access is 401/403 with a code, counted and audited.
// Plus the terminals' hot list download (/ssc.v1.HotList/*), authenticated by terminal MAC.
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { macHeader } from '../../protocol/mac.js';
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
import { CancelReason, CardOp, departmentLevelsMax } from '../core/card-rules.js';
import { limits } from '../core/limits.js';
import { TerminalStatus } from '../core/model.js';
import type { DecisionSettings } from '../core/settings.js';
import type { LmdbReadView } from '../store/read-view.js';
import type { Store } from '../store/store.js';
import type { TerminalKeys } from '../store/terminal-keys.js';
import { AuthProblem, authProblemText } from '../store/terminal-keys.js';
import { errors, type OperationalError } from './errors.js';
import type { Refusals } from './refusals.js';

export interface AdminDeps {
  store: Store;
  centre: CardCentre;
  view: LmdbReadView;
  keys: TerminalKeys;
  settings: DecisionSettings;
  masterKey: Buffer;
  refusals: Refusals;
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

const emptyBody = { type: 'object', additionalProperties: false, properties: {} } as const;

export async function registerAdminRoutes(app: FastifyInstance, deps: AdminDeps): Promise<void> {
  const { store, centre, refusals } = deps;
  const log = app.ssclog;

  /** Counts, logs (no personal data) and audits a refused access. */
  const refuseAccess = (
    request: FastifyRequest,
    reply: FastifyReply,
    error: OperationalError,
    detail: string,
  ): FastifyReply => {
    refusals.note(error.code);
    const who = request.principal?.staffId ?? '';
    centre.audit(who, request.routeOptions.url ?? request.url.split('?')[0]!, error.code, request.ip, Date.now());
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
          if (error.validation !== undefined || error.code === 'SSC_ADMIN_INVALID') {
            refusals.note(errors.adminInvalid.code);
            return adminError(reply, errors.adminInvalid, (error.message ?? '').slice(0, 200));
          }
          if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return adminError(reply, errors.bodyTooLarge, '');
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

      admin.addHook('onRequest', async (request, reply) => {
        const roles = request.routeOptions.config.roles;
        if (roles === undefined || roles.length === 0) return;
        const header = request.headers.authorization ?? '';
        const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
        const found = principalOf(store, token, Date.now());
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
      const tags = ['card centre'];
      const security = [{ bearer: [] }];

      // ---- staff ------------------------------------------------------------------------------
      admin.post(
        '/login',
        {
          schema: {
            tags,
            summary: 'Exchange a staff id and secret for a bearer token',
            body: bodyOf({
              staffId: { type: 'string', maxLength: 40 },
              secret: { type: 'string', maxLength: secretLengthMax },
            }),
            response: {
              200: {
                type: 'object',
                properties: { token: { type: 'string' }, expiresMs: { type: 'number' }, role: { type: 'string' } },
              },
              ...errorReplies,
            },
          },
        },
        async (request, reply) => {
          const { staffId, secret } = request.body as { staffId: string; secret: string };
          const result = await centre.login(staffId, secret, Date.now());
          if (result === undefined)
            return refuseAccess(request, reply, errors.adminUnauthenticated, 'wrong staff id or secret');
          return reply.send(result);
        },
      );

      admin.post(
        '/staff',
        {
          config: { roles: [Role.Admin] },
          schema: {
            tags,
            security,
            summary: 'Create a staff account (agents name their employer and their own ID number)',
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
            response: errorReplies,
          },
        },
        async (request, reply) => {
          const b = request.body as {
            staffId: string;
            role: Role;
            secret: string;
            employerCode?: string;
            agentIdNo?: string;
          };
          if (b.role === Role.Agent && (b.employerCode === undefined || b.agentIdNo === undefined))
            return adminError(reply, errors.adminInvalid, 'an agent needs employerCode and agentIdNo');
          return answer(
            request,
            reply,
            await centre.createStaff(
              request.principal!,
              b.staffId,
              b.role,
              b.secret,
              b.employerCode ?? '',
              b.agentIdNo ?? '',
              Date.now(),
            ),
            201,
          );
        },
      );

      admin.post(
        '/staff/:staffId/disable',
        {
          config: { roles: [Role.Admin] },
          schema: {
            tags,
            security,
            summary: 'Disable a staff account (its tokens stop working)',
            params: paramsOf({ staffId: { type: 'string', pattern: staffIdShape.source } }),
            body: emptyBody,
            response: errorReplies,
          },
        },
        async (request, reply) =>
          answer(
            request,
            reply,
            await centre.disableStaff(request.principal!, (request.params as { staffId: string }).staffId, Date.now()),
          ),
      );

      // ---- employers and agents -----------------------------------------------------------------
      admin.post(
        '/employers',
        {
          config: { roles: [Role.Operator] },
          schema: {
            tags,
            security,
            summary: 'Register an employer',
            body: bodyOf({ code: employerCode, name: { type: 'string', minLength: 1, maxLength: 60 } }),
            response: errorReplies,
          },
        },
        async (request, reply) => {
          const b = request.body as { code: string; name: string };
          return answer(
            request,
            reply,
            await centre.registerEmployer(request.principal!, b.code, b.name, Date.now()),
            201,
          );
        },
      );

      admin.put(
        '/employers/:code/authorization',
        {
          config: { roles: [Role.Operator] },
          schema: {
            tags,
            security,
            summary: 'Record the employer authorization (附件1): one to three agents; replaces the previous one whole',
            params: paramsOf({ code: employerCode }),
            body: bodyOf({ agents: { type: 'array', minItems: 1, maxItems: 3, items: bodyOf({ idNo, name }) } }),
            response: errorReplies,
          },
        },
        async (request, reply) => {
          const { agents } = request.body as { agents: { idNo: string; name: string }[] };
          return answer(
            request,
            reply,
            await centre.authorizeAgents(
              request.principal!,
              (request.params as { code: string }).code,
              agents,
              Date.now(),
            ),
          );
        },
      );

      const employerList = (
        path: string,
        summaryText: string,
        produce: (code: string) => { rows: readonly object[]; file: string; extra?: object },
      ): void => {
        admin.get(
          path,
          {
            config: { roles: any },
            schema: {
              tags,
              security,
              summary: summaryText,
              params: paramsOf({ code: employerCode }),
              querystring: { type: 'object', properties: { format }, additionalProperties: false },
              response: errorReplies,
            },
          },
          async (request, reply) => {
            const code = (request.params as { code: string }).code;
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

      admin.get(
        '/reports/police',
        {
          config: { roles: staffSide },
          schema: {
            tags,
            security,
            summary: 'Police register comparison: mismatches and exclusions',
            querystring: {
              type: 'object',
              properties: { format, employer: employerCode },
              additionalProperties: false,
            },
            response: errorReplies,
          },
        },
        async (request, reply) => {
          const q = request.query as { format?: string; employer?: string };
          return sendList(reply, mismatches(store, q.employer ?? ''), q.format ?? 'json', 'police-mismatches');
        },
      );

      admin.get(
        '/reports/returned',
        {
          config: { roles: staffSide },
          schema: {
            tags,
            security,
            summary: 'Returned-cards register (社保卡退回登记表)',
            querystring: { type: 'object', properties: { format }, additionalProperties: false },
            response: errorReplies,
          },
        },
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
        admin.post(
          path,
          {
            config: { roles: [Role.Operator] },
            bodyLimit: limits.importBytesMax,
            schema: {
              tags,
              security,
              summary: summaryText,
              description: 'Body: CSV with a header row (text/csv) or JSON Lines (application/x-ndjson), streamed.',
              response: errorReplies,
            },
          },
          async (request, reply) => {
            const contentType = request.headers['content-type'] ?? '';
            const as: ImportFormat = contentType.startsWith('text/csv') ? 'csv' : 'jsonl';
            const nowMs = Date.now();
            deps.view.refresh();
            const report = await runImport(centre, request.principal!, kind, as, request.body as Readable, {
              nowMs,
              insuredRegionOf: (code) => {
                const row = deps.view.region(code, nowMs);
                const ningbo = deps.view.region('330200', nowMs);
                return row !== undefined && ningbo !== undefined && row.poolCode === ningbo.poolCode
                  ? row.insuredRegion
                  : undefined;
              },
            });
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
      admin.get(
        '/persons/:idNo',
        {
          config: { roles: any },
          schema: {
            tags,
            security,
            summary: "A person's application and card",
            params: personParams,
            response: errorReplies,
          },
        },
        async (request, reply) => {
          const id = (request.params as { idNo: string }).idNo;
          const member = centre.member(id);
          if (member === undefined) return adminError(reply, errors.adminNotFound, 'no application for this person');
          if (!inScope(request, member.employerCode))
            return refuseAccess(request, reply, errors.adminForbidden, "not an agent of this person's employer");
          const card = member.cardNo === '' ? undefined : centre.card(member.cardNo);
          const { signatureSealed, importDigest, ...visible } = member;
          return reply.send({
            ...visible,
            delivered: signatureSealed !== '',
            card: card === undefined ? null : cardView(card, 0),
          });
        },
      );

      admin.put(
        '/persons/:idNo/confirmation',
        {
          config: { roles: [Role.Operator, Role.Reviewer, Role.Agent] },
          schema: {
            tags,
            security,
            summary:
              "One person's confirmation form (附件2): contact data and the person's own bank; one person per call",
            params: personParams,
            body: bodyOf(
              {
                phone: { type: 'string', pattern: '^1\\d{10}$' },
                landline: { type: 'string', pattern: '^[0-9-]{0,20}$' },
                address: { type: 'string', minLength: 1, maxLength: 120 },
                postcode: { type: 'string', pattern: '^\\d{6}$' },
                bank: { type: 'string', enum: ['ICBC', 'CCB', 'BOC'] },
                department1: { type: 'string', maxLength: 40 },
                department2: { type: 'string', maxLength: 40 },
                correctedName: name,
              },
              ['phone', 'address', 'postcode', 'bank'],
            ),
            response: errorReplies,
          },
        },
        async (request, reply) => {
          const b = request.body as {
            phone: string;
            landline?: string;
            address: string;
            postcode: string;
            bank: 'ICBC' | 'CCB' | 'BOC';
            department1?: string;
            department2?: string;
            correctedName?: string;
          };
          if ((b.department2 ?? '') !== '' && (b.department1 ?? '') === '')
            return adminError(
              reply,
              errors.adminInvalid,
              `department2 needs department1 (at most ${departmentLevelsMax} levels)`,
            );
          const bank = b.bank === 'ICBC' ? 1 : b.bank === 'CCB' ? 2 : 3;
          return answer(
            request,
            reply,
            await centre.confirm(
              request.principal!,
              (request.params as { idNo: string }).idNo,
              {
                phone: b.phone,
                landline: b.landline ?? '',
                address: b.address,
                postcode: b.postcode,
                bank,
                department1: b.department1 ?? '',
                department2: b.department2 ?? '',
                correctedName: b.correctedName ?? '',
              },
              Date.now(),
            ),
          );
        },
      );

      admin.post(
        '/persons/:idNo/review',
        {
          config: { roles: [Role.Reviewer] },
          schema: {
            tags,
            security,
            summary: 'Approve (card generated) or reject an entered form; the reviewer must not be its maker',
            params: personParams,
            body: bodyOf({ approve: { type: 'boolean' } }),
            response: errorReplies,
          },
        },
        async (request, reply) =>
          answer(
            request,
            reply,
            await centre.review(
              request.principal!,
              (request.params as { idNo: string }).idNo,
              (request.body as { approve: boolean }).approve,
              Date.now(),
            ),
          ),
      );

      admin.post(
        '/persons/:idNo/region-transfer',
        {
          config: { roles: [Role.Operator] },
          schema: {
            tags,
            security,
            summary: 'Region transfer: the card is kept, the insured region rewritten',
            params: personParams,
            body: bodyOf({ region: { type: 'string', pattern: '^\\d{6}$' } }),
            response: errorReplies,
          },
        },
        async (request, reply) =>
          answer(
            request,
            reply,
            await centre.transferRegion(
              request.principal!,
              (request.params as { idNo: string }).idNo,
              (request.body as { region: string }).region,
              Date.now(),
            ),
          ),
      );

      admin.post(
        '/persons/:idNo/duplicate-resolution',
        {
          config: { roles: [Role.Operator] },
          schema: {
            tags,
            security,
            summary: 'A duplicate enrolment resolved (one enrolment dropped)',
            params: personParams,
            body: emptyBody,
            response: errorReplies,
          },
        },
        async (request, reply) =>
          answer(
            request,
            reply,
            await centre.resolveDuplicate(request.principal!, (request.params as { idNo: string }).idNo, Date.now()),
          ),
      );

      // ---- production, pickup, delivery, return -----------------------------------------------
      admin.post(
        '/batches',
        {
          config: { roles: [Role.Operator] },
          schema: {
            tags,
            security,
            summary: 'A production batch of generated cards (one employer, or all)',
            body: bodyOf({ employerCode, cardsMax: { type: 'integer', minimum: 1, maximum: 100_000 } }, []),
            response: errorReplies,
          },
        },
        async (request, reply) => {
          const b = request.body as { employerCode?: string; cardsMax?: number };
          return answer(
            request,
            reply,
            await centre.createBatch(request.principal!, b.employerCode ?? '', b.cardsMax ?? 100_000, Date.now()),
            201,
          );
        },
      );
      const batchParams = paramsOf({ batchId: { type: 'string', pattern: '^B\\d{16}$' } });
      admin.post(
        '/batches/:batchId/arrival',
        {
          config: { roles: [Role.Operator] },
          schema: {
            tags,
            security,
            summary: "The factory's delivery accepted: cards await pickup",
            params: batchParams,
            body: emptyBody,
            response: errorReplies,
          },
        },
        async (request, reply) =>
          answer(
            request,
            reply,
            await centre.recordArrival(request.principal!, (request.params as { batchId: string }).batchId, Date.now()),
          ),
      );
      admin.post(
        '/batches/:batchId/pickup',
        {
          config: { roles: [Role.Agent] },
          schema: {
            tags,
            security,
            summary: "A named agent collects the employer's cards of the batch (the agent is recorded)",
            params: batchParams,
            body: emptyBody,
            response: errorReplies,
          },
        },
        async (request, reply) =>
          answer(
            request,
            reply,
            await centre.pickup(request.principal!, (request.params as { batchId: string }).batchId, Date.now()),
          ),
      );

      const cardParams = paramsOf({ cardNo });
      admin.post(
        '/cards/:cardNo/delivery',
        {
          config: { roles: [Role.Agent, Role.Operator] },
          schema: {
            tags,
            security,
            summary: 'Delivered to the person, who signs: the card becomes usable',
            params: cardParams,
            body: bodyOf({ signature: { type: 'string', minLength: 1, maxLength: 16_384 } }),
            response: errorReplies,
          },
        },
        async (request, reply) =>
          answer(
            request,
            reply,
            await centre.deliver(
              request.principal!,
              (request.params as { cardNo: string }).cardNo,
              (request.body as { signature: string }).signature,
              Date.now(),
            ),
          ),
      );

      admin.post(
        '/sweeps/returns',
        {
          config: { roles: [Role.Operator] },
          schema: {
            tags,
            security,
            summary: 'Run the six-month return sweep now (it also runs on a schedule)',
            body: emptyBody,
            response: errorReplies,
          },
        },
        async (request, reply) => {
          const { returned } = await centre.sweepReturns(request.principal!, Date.now());
          return reply.send({ returned: returned.length });
        },
      );

      // ---- card status operations -------------------------------------------------------------
      admin.get(
        '/cards/:cardNo',
        {
          config: { roles: staffSide },
          schema: { tags, security, summary: "A card's status", params: cardParams, response: errorReplies },
        },
        async (request, reply) => {
          const card = centre.card((request.params as { cardNo: string }).cardNo);
          if (card === undefined) return adminError(reply, errors.adminNotFound, 'no such card');
          return reply.send(cardView(card, 0));
        },
      );
      const cardOpRoute = (path: string, op: CardOp, summaryText: string): void => {
        admin.post(
          `/cards/:cardNo/${path}`,
          {
            config: { roles: [Role.Operator] },
            schema: {
              tags,
              security,
              summary: summaryText,
              params: cardParams,
              body: emptyBody,
              response: errorReplies,
            },
          },
          async (request, reply) =>
            answer(
              request,
              reply,
              await centre.cardOperation(
                request.principal!,
                (request.params as { cardNo: string }).cardNo,
                op,
                Date.now(),
              ),
            ),
        );
      };
      cardOpRoute('temp-loss', CardOp.ReportTempLoss, 'Temporary loss report (lapses after the configured TTL)');
      cardOpRoute('formal-loss', CardOp.ReportFormalLoss, 'Formal loss report');
      cardOpRoute('temp-loss-lift', CardOp.LiftTempLoss, 'Lift a temporary loss');
      cardOpRoute('damage', CardOp.ReportDamage, 'Damage report');
      cardOpRoute('bank-activation', CardOp.ActivateBank, 'Bank function activated (medical use unaffected)');
      cardOpRoute('retirement', CardOp.RetireLegacy, 'Retire a legacy card');
      admin.post(
        '/cards/:cardNo/cancellation',
        {
          config: { roles: [Role.Operator] },
          schema: {
            tags,
            security,
            summary: 'Cancellation (death, emigration, transfer out)',
            params: cardParams,
            body: bodyOf({ reason: { type: 'string', enum: ['death', 'emigration', 'transfer-out'] } }),
            response: errorReplies,
          },
        },
        async (request, reply) => {
          const reason = (request.body as { reason: string }).reason;
          const code =
            reason === 'death'
              ? CancelReason.Death
              : reason === 'emigration'
                ? CancelReason.Emigration
                : CancelReason.TransferOut;
          return answer(
            request,
            reply,
            await centre.cardOperation(
              request.principal!,
              (request.params as { cardNo: string }).cardNo,
              CardOp.Cancel,
              Date.now(),
              code,
            ),
          );
        },
      );
      admin.post(
        '/cards/:cardNo/replacement',
        {
          config: { roles: [Role.Operator] },
          schema: {
            tags,
            security,
            summary: 'Replacement: new card_sn, the old one hot-listed; the new card follows the issuance steps',
            params: cardParams,
            body: emptyBody,
            response: errorReplies,
          },
        },
        async (request, reply) =>
          answer(
            request,
            reply,
            await centre.replace(request.principal!, (request.params as { cardNo: string }).cardNo, Date.now()),
            201,
          ),
      );
      admin.post(
        '/cards/:cardNo/formal-loss-lift',
        {
          config: { roles: [Role.Operator, Role.Reviewer] },
          schema: {
            tags,
            security,
            summary: 'Request lifting a formal loss (a different reviewer approves)',
            params: cardParams,
            body: emptyBody,
            response: errorReplies,
          },
        },
        async (request, reply) =>
          answer(
            request,
            reply,
            await centre.requestLiftFormalLoss(
              request.principal!,
              (request.params as { cardNo: string }).cardNo,
              Date.now(),
            ),
            202,
          ),
      );
      admin.post(
        '/reviews/:reviewId',
        {
          config: { roles: [Role.Reviewer] },
          schema: {
            tags,
            security,
            summary: 'Approve or reject a pending request (maker-checker)',
            params: paramsOf({ reviewId: { type: 'string', pattern: '^R\\d{1,15}$' } }),
            body: bodyOf({ approve: { type: 'boolean' } }),
            response: errorReplies,
          },
        },
        async (request, reply) =>
          answer(
            request,
            reply,
            await centre.approveReview(
              request.principal!,
              (request.params as { reviewId: string }).reviewId,
              (request.body as { approve: boolean }).approve,
              Date.now(),
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
      admin.get(
        '/changes',
        {
          config: { roles: [Role.Auditor] },
          schema: {
            tags,
            security,
            summary: 'The change log after a sequence (no personal data in clear)',
            querystring: pageQuery,
            response: errorReplies,
          },
        },
        async (request, reply) => {
          const { since, limit } = page(request);
          const rows: object[] = [];
          for (const { key, value } of store.changes.getRange({ start: since + 1, limit })) {
            const change = value as { hot: unknown };
            rows.push({
              sequence: key,
              ...(value as object),
              hot: change.hot === null ? null : { ...(change.hot as object), keySealed: undefined },
            });
          }
          return reply.send({ count: rows.length, rows });
        },
      );
      admin.get(
        '/audit',
        {
          config: { roles: [Role.Auditor] },
          schema: {
            tags,
            security,
            summary: 'Refused accesses (401/403)',
            querystring: pageQuery,
            response: errorReplies,
          },
        },
        async (request, reply) => {
          const { since, limit } = page(request);
          const rows: object[] = [];
          for (const { key, value } of store.audit.getRange({ start: since + 1, limit }))
            rows.push({ sequence: key, ...(value as object) });
          return reply.send({ count: rows.length, rows });
        },
      );
      admin.get(
        '/hot-list',
        {
          config: { roles: [Role.Operator, Role.Auditor] },
          schema: {
            tags,
            security,
            summary: 'Hot list snapshot: entries, sequence, xxh3 digest',
            response: errorReplies,
          },
        },
        async (_request, reply) => reply.send(hotListSnapshot(store, deps.settings)),
      );
      admin.get(
        '/hot-list/deltas',
        {
          config: { roles: [Role.Operator, Role.Auditor] },
          schema: {
            tags,
            security,
            summary: 'Hot list changes after a sequence',
            querystring: pageQuery,
            response: errorReplies,
          },
        },
        async (request, reply) =>
          reply.send(hotListDeltas(store, deps.masterKey, page(request).since, page(request).limit)),
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
        centre.audit(body.terminalId, path, errors.terminalRefused.code, request.ip, Date.now());
        return adminError(reply, errors.terminalRefused, '');
      }
      const macText = request.headers[macHeader];
      const mac =
        typeof macText === 'string' && /^[0-9a-fA-F]{64}$/.test(macText)
          ? Buffer.from(macText, 'hex')
          : Buffer.alloc(0);
      const problem = deps.keys.check(terminal, mac, raw, body.requestTimeMs, Date.now());
      if (problem !== AuthProblem.None) {
        refusals.note(errors.unauthenticated.code);
        centre.audit(body.terminalId, path, errors.unauthenticated.code, request.ip, Date.now());
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
