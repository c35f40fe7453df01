// Staff accounts and their tokens. Secrets are stored as scrypt hashes; tokens are random 32 bytes
// handed out once at login and stored only as their SHA-256. Comparisons are constant-time.

import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { limits } from '../core/limits.js';
import type { Store } from '../store/store.js';
import { asEmployer, asStaff, Role, type StaffRecord, type TokenRecord } from './records.js';

const scryptN = 16_384;
const scryptR = 8;
const scryptP = 1;
const hashBytes = 32;
/** Staff ids: letters, digits, dot, dash, underscore. */
export const staffIdShape = /^[A-Za-z0-9._-]{3,40}$/;
/** Secrets: at least 12 characters, at most 200. */
export const secretLengthMin = limits.staffSecretLengthMin;
export const secretLengthMax = limits.staffSecretLengthMax;

const scryptAsync = promisify(scrypt) as (
  secret: string,
  salt: Buffer,
  bytes: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

/** scrypt runs on libuv's thread pool: a login never blocks the swipe path's event loop. */
export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(secret, salt, hashBytes, {
    N: scryptN,
    r: scryptR,
    p: scryptP,
    maxmem: 64 * 1024 * 1024,
  });
  return `scrypt$${scryptN}$${scryptR}$${scryptP}$${salt.toString('hex')}$${hash.toString('hex')}`;
}

export async function secretMatches(secret: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltHex, hashHex] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hashHex, 'hex');
  const cost = Number(n);
  if (!Number.isSafeInteger(cost) || cost < 1024 || cost > 1_048_576) return false;
  const actual = await scryptAsync(secret, Buffer.from(saltHex, 'hex'), expected.length, {
    N: cost,
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export function tokenKey(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A staff member as an admin route sees them once their token checked out. */
export interface Principal {
  staffId: string;
  role: Role;
  employerCode: string;
  agentIdNo: string;
}

export const AuthFailure = { None: 0, NoToken: 1, BadToken: 2, Expired: 3, Disabled: 4 } as const;
export type AuthFailure = (typeof AuthFailure)[keyof typeof AuthFailure];

/** The staff member behind a bearer token, or why not. */
export function principalOf(store: Store, token: string, nowMs: number): Principal | AuthFailure {
  if (token.length === 0) return AuthFailure.NoToken;
  if (token.length > 100) return AuthFailure.BadToken;
  const record = store.staffTokens.get(tokenKey(token)) as TokenRecord | undefined;
  if (record === undefined) return AuthFailure.BadToken;
  if (nowMs >= record.expiresMs) return AuthFailure.Expired;
  const staff = asStaff(store.staff.get(record.staffId));
  if (staff === undefined || staff.disabled) return AuthFailure.Disabled;
  return { staffId: record.staffId, role: staff.role, employerCode: staff.employerCode, agentIdNo: staff.agentIdNo };
}

/**
 * An agent may act for an employer only while the employer's current authorization names them
 * (a new authorization without them ends their rights at once).
 */
export function agentMayAct(store: Store, principal: Principal, employerCode: string): boolean {
  if (principal.role !== Role.Agent || principal.employerCode !== employerCode) return false;
  const employer = asEmployer(store.employers.get(employerCode));
  if (employer === undefined) return false;
  return employer.agents.some((agent) => agent.idNo === principal.agentIdNo);
}

export async function staffRecord(
  role: Role,
  secret: string,
  nowMs: number,
  employerCode = '',
  agentIdNo = '',
): Promise<StaffRecord> {
  return { role, employerCode, agentIdNo, secretHash: await hashSecret(secret), disabled: false, createdMs: nowMs };
}
