// The card centre's admin API: JSON over the same fastify server under /admin, documented by
// OpenAPI (generated from the route schemas, served at /admin/openapi.json). Every route but login
// needs a staff bearer token; each declares the roles it admits, and routes about one employer's
// people also check the agent's scope. Refused access is 401/403 with a code, counted and audited.
// Plus the terminals' hot list download (/ssc.v1.HotList/*), authenticated by terminal MAC.

import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { access } from '../../cards/access.js';
import type { Outcome } from '../../cards/card-centre.js';
import { toCsv } from '../../cards/reports.js';
import { AuthFailure, type Principal, principalOf } from '../../cards/staff.js';
import { limits } from '../../core/limits.js';
import { nowMs as clockNowMs } from '../../runtime/clock.js';
import { endIfAssertion } from '../../runtime/fatal.js';
import { fault } from '../../runtime/faults.js';
import { errors, type OperationalError } from '../errors.js';
import { ReplyBudget } from '../reply-budget.js';
import { registerCardDeskRoutes, registerCardStatusRoutes } from './card-status.js';
import {
  type AdminContext,
  type AdminDeps,
  adminError,
  bearerTokenOf,
  emptyBody,
  errorReplies,
  format,
  problemErrors,
} from './context.js';
import { registerEmployerRoutes } from './employers.js';
import { cleanSpool } from './helpers.js';
import { registerImportRoutes } from './imports.js';
import { registerIssuanceRoutes } from './issuance.js';
import { registerPersonRoutes } from './persons.js';
import { registerRecordRoutes } from './records.js';
import { registerStaffRoutes } from './staff.js';
import { registerTerminalHotList } from './terminal-hot-list.js';

export type { AdminDeps } from './context.js';

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
        const found = principalOf(store, bearerTokenOf(request), clockNowMs());
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

      /** One admin route: its action's roles (none: no token), its schema (validation + OpenAPI), its handler. */
      const route: AdminContext['route'] = (method, url, action, summary, parts, handler) => {
        const { bodyLimit, ...schemaParts } = parts;
        admin.route({
          method,
          url,
          config: { roles: access[action] },
          ...(bodyLimit === undefined ? {} : { bodyLimit }),
          schema: {
            tags: ['card centre'],
            ...(access[action].length === 0 ? {} : { security: [{ bearer: [] }] }),
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
      const ctx: AdminContext = {
        app,
        admin,
        deps,
        store,
        centre,
        log,
        refusals,
        spoolDir,
        route,
        principal,
        param,
        body,
        now,
        formatQuery,
        answer,
        refuseAccess,
        inScope,
        sendList,
      };
      registerStaffRoutes(ctx);
      registerEmployerRoutes(ctx);
      registerImportRoutes(ctx);
      registerPersonRoutes(ctx);
      registerIssuanceRoutes(ctx);
      registerCardDeskRoutes(ctx);
      registerCardStatusRoutes(ctx);
      registerRecordRoutes(ctx);

      admin.get('/openapi.json', { schema: { hide: true } }, async (_request, reply) => reply.send(app.swagger()));
    },
    { prefix: '/admin' },
  );

  registerTerminalHotList({ app, deps, store, centre, refusals });
}
