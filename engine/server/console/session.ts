// The console's session: the staff bearer token (from POST /admin/login) kept in an HttpOnly,
// SameSite=Strict cookie that page script cannot read, a CSRF token derived from it (HMAC under the
// master key: nothing to store) that every POST form carries, and the language preference.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../../cards/staff.js';
import { principalOf } from '../../cards/staff.js';
import type { Store } from '../../store/store.js';
import { type Lang, langs } from './i18n.js';

export const sessionCookie = 'ssc_console';
const langCookie = 'ssc_lang';

export interface Session {
  token: string;
  principal: Principal;
  csrf: string;
}

export function cookiesOf(request: FastifyRequest): Map<string, string> {
  const found = new Map<string, string>();
  const header = request.headers.cookie ?? '';
  if (header.length > 4_096) return found;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0) found.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return found;
}

export function csrfOf(masterKey: Buffer, token: string): string {
  return createHmac('sha256', masterKey).update(`ssc console csrf\u0000${token}`).digest('base64url').slice(0, 32);
}

export function csrfMatches(expected: string, given: unknown): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

/** The signed-in staff member behind the request's cookie, or undefined (none, expired, disabled). */
export function sessionOf(
  request: FastifyRequest,
  store: Store,
  masterKey: Buffer,
  nowMs: number,
): Session | undefined {
  const token = cookiesOf(request).get(sessionCookie) ?? '';
  if (!/^[\w-]{1,100}$/.test(token)) return undefined;
  const principal = principalOf(store, token, nowMs);
  if (typeof principal === 'number') return undefined;
  return { token, principal, csrf: csrfOf(masterKey, token) };
}

export function langOf(request: FastifyRequest): Lang {
  const chosen = cookiesOf(request).get(langCookie);
  return langs.includes(chosen as Lang) ? (chosen as Lang) : 'zh';
}

export function setSession(reply: FastifyReply, token: string, maxAgeS: number): void {
  reply.header(
    'set-cookie',
    `${sessionCookie}=${token}; Path=/console; HttpOnly; SameSite=Strict; Max-Age=${Math.max(0, Math.floor(maxAgeS))}`,
  );
}

export function clearSession(reply: FastifyReply): void {
  reply.header('set-cookie', `${sessionCookie}=; Path=/console; HttpOnly; SameSite=Strict; Max-Age=0`);
}

export function setLang(reply: FastifyReply, lang: Lang): void {
  reply.header('set-cookie', `${langCookie}=${lang}; Path=/console; SameSite=Strict; Max-Age=31536000`);
}
