import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TerminalKeys } from '../../auth/terminal-keys.js';
import type { Action } from '../../cards/access.js';
import type { AdminProblem, CardCentre, Outcome } from '../../cards/card-centre.js';
import type { Role } from '../../cards/records.js';
import type { Principal } from '../../cards/staff.js';
import type { EngineConfig } from '../../config.js';
import type { DecisionSettings } from '../../core/settings.js';
import type { LmdbReadView } from '../../store/read-view.js';
import type { Store } from '../../store/store.js';
import { errors, type OperationalError } from '../errors.js';
import type { Refusals } from '../refusals.js';

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

export const problemErrors: Record<AdminProblem, OperationalError> = {
  invalid: errors.adminInvalid,
  'not-found': errors.adminNotFound,
  conflict: errors.adminConflict,
  locked: errors.adminLocked,
  'same-reviewer': errors.adminSameReviewer,
  forbidden: errors.adminForbidden,
};

/** The staff bearer token an admin request carries ('' : none). */
export function bearerTokenOf(request: FastifyRequest): string {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : '';
}

export function adminError(reply: FastifyReply, error: OperationalError, detail: string): FastifyReply {
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
export const idNo = {
  type: 'string',
  pattern: '^\\d{17}[\\dX]$',
  description: 'citizen ID number (GB 11643)',
} as const;
export const cardNo = {
  type: 'string',
  pattern: '^[A-Z0-9]{9}$|^\\d{8,20}$',
  description: 'card number (SSC or legacy)',
} as const;
export const employerCode = { type: 'string', pattern: '^[A-Za-z0-9]{4,20}$' } as const;
export const name = { type: 'string', minLength: 1, maxLength: 30 } as const;
export const format = { type: 'string', enum: ['json', 'csv'], default: 'json' } as const;
export const seqText = { type: 'string', pattern: '^\\d{1,15}$' } as const;
export const errorReply = {
  type: 'object',
  properties: { code: { type: 'string' }, sscCode: { type: 'string' }, message: { type: 'string' } },
} as const;
export const errorReplies = { 400: errorReply, 401: errorReply, 403: errorReply, 404: errorReply, 409: errorReply };

export function paramsOf(props: Record<string, object>): object {
  return { type: 'object', required: Object.keys(props), properties: props, additionalProperties: false };
}

export function bodyOf(props: Record<string, object>, required: string[] = Object.keys(props)): object {
  return { type: 'object', required, properties: props, additionalProperties: false };
}

/** Free text that reaches exports and printed forms: no control characters (TAB, CR, LF ...). */
export const printableText = '^[^\\u0000-\\u001f\\u007f]*$';

export const emptyBody = { type: 'object', additionalProperties: false, properties: {} } as const;

export type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;

export interface Parts {
  params?: object;
  body?: object;
  querystring?: object;
  description?: string;
  bodyLimit?: number;
}

/** What every group of admin routes works with (built once in index.ts, inside the /admin plugin). */
export interface AdminContext {
  app: FastifyInstance;
  admin: FastifyInstance;
  deps: AdminDeps;
  store: Store;
  centre: CardCentre;
  log: FastifyInstance['ssclog'];
  refusals: Refusals;
  spoolDir: string;
  /** One admin route: its roles (none: no token), its schema (validation + OpenAPI), its handler. */
  route(
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    action: Action,
    summary: string,
    parts: Parts,
    handler: Handler,
  ): void;
  principal(request: FastifyRequest): Principal;
  param(request: FastifyRequest, name: string): string;
  body<T>(request: FastifyRequest): T;
  now(): number;
  formatQuery: object;
  answer<T>(request: FastifyRequest, reply: FastifyReply, outcome: Outcome<T>, status?: number): FastifyReply;
  /** Counts, logs (no personal data) and audits a refused access. */
  refuseAccess(request: FastifyRequest, reply: FastifyReply, error: OperationalError, detail: string): FastifyReply;
  /** Agents reach only their own employer's people; other roles by their route roles. */
  inScope(request: FastifyRequest, employer: string): boolean;
  sendList(
    reply: FastifyReply,
    rows: readonly object[],
    as: string,
    file: string,
    columns?: readonly string[],
  ): FastifyReply;
}

/** Route parameters naming one card. */
export const cardParams = paramsOf({ cardNo });
