// The card centre's records. Cold path (staff operations, imports): stored as msgpack in their own
// LMDB databases (engine/store/store.ts), checked on the way in and out. The swipe path never reads
// these: what it needs (cards, persons, hot list) lives in the binary records it already reads.
import { assert } from '../core/assert.js';
import type { Exclusion, Mismatch, Scheme, Stage } from '../core/card-rules.js';
import type { Bank } from '../core/model.js';

export const Role = {
  /** Creates staff accounts; nothing else. */
  Admin: 'admin',
  /** Card-centre operator: imports, entries, production, card status operations. */
  Operator: 'operator',
  /** The second pair of eyes: approves entries and formal-loss lifts made by someone else. */
  Reviewer: 'reviewer',
  /** An employer's agent (经办人): sees and acts for that employer only, while named on its authorization. */
  Agent: 'agent',
  /** Reads the change log, the audit trail, the hot list and the reports; changes nothing. */
  Auditor: 'auditor',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const roles: readonly Role[] = Object.values(Role);

export interface StaffRecord {
  role: Role;
  /** Agents: the employer they may act for. Empty otherwise. */
  employerCode: string;
  /** Agents: their citizen ID number, which the employer's authorization must name. */
  agentIdNo: string;
  /** scrypt$N$r$p$salt-hex$hash-hex */
  secretHash: string;
  disabled: boolean;
  createdMs: number;
}

export interface TokenRecord {
  staffId: string;
  expiresMs: number;
}

export interface Agent {
  idNo: string;
  name: string;
}

export interface EmployerRecord {
  name: string;
  /** The current authorization (附件1): at most three agents. A new one replaces it whole. */
  agents: Agent[];
  /** Bumped by every new authorization. */
  authorizationVersion: number;
  authorizedMs: number;
}

/** What the person's form (附件2) says. */
export interface ConfirmationInput {
  phone: string;
  landline: string;
  address: string;
  postcode: string;
  /** The person's own choice (never the employer's). */
  bank: Bank;
  /** First-level department (branch) and second-level department; empty when not used. */
  department1: string;
  department2: string;
  /** Corrected name when the police register has no data for the person. */
  correctedName: string;
}

export interface Confirmation extends ConfirmationInput {
  /** Staff who entered the form (the maker). */
  enteredBy: string;
  enteredMs: number;
}

/** A person's issuance application (docs/DOMAIN.md section 2). Keyed by citizen ID number. */
export interface MemberRecord {
  name: string;
  insuredRegion: string;
  insuranceType: number;
  scheme: Scheme;
  employerCode: string;
  /** Distinct insured regions the contribution systems list for this person (2+: duplicate enrolment). */
  enrolledRegionCount: number;
  insuredFromMs: number;
  retired: boolean;
  stage: Stage;
  mismatch: Mismatch;
  exclusion: Exclusion;
  /** xxh3 of the imported row's fields: a re-import of the same row changes nothing. */
  importDigest: string;
  confirmation: Confirmation | null;
  reviewedBy: string;
  cardNo: string;
  /** Agent who collected the card (staff id) and when; empty until pickup. */
  pickedUpBy: string;
  pickedUpMs: number;
  /** The delivery signature, sealed under the master key (base64); empty until delivery. */
  signatureSealed: string;
  deliveredMs: number;
}

export interface BatchRecord {
  createdMs: number;
  createdBy: string;
  employerCode: string;
  cardNos: string[];
  /** 0 until the factory's delivery is accepted. */
  arrivalMs: number;
  /** Employers whose cards in this batch have been collected: code -> staff id of the agent. */
  pickups: Record<string, string>;
}

export const ReviewKind = { LiftFormalLoss: 'lift-formal-loss' } as const;
export type ReviewKind = (typeof ReviewKind)[keyof typeof ReviewKind];

export interface ReviewRecord {
  kind: ReviewKind;
  cardNo: string;
  cardSn: string;
  requestedBy: string;
  requestedMs: number;
  /**
   * The card's change sequence when the request was made: a request is for that state only; if the
   * card moved since, approving it is refused and the request kept (absent in older records: 0).
   */
  cardChangeSeq?: number;
  /** The requester's reason (no personal data). */
  note?: string;
}

/** One entry of the card centre's change log. Identifiers appear only as a keyed tag or sealed. */
export interface ChangeRecord {
  timeMs: number;
  /** Staff id, or 'system' for the scheduled return sweep. */
  actor: string;
  /** Operation name (card-rules CardOp names, or import / police-match / entry / review / ...). */
  op: string;
  /** HMAC of the subject's identifier (card number or citizen ID number), 16 hex: links entries of one subject. */
  subjectTag: string;
  /** Non-personal fields before and after (statuses, stages, codes). */
  before: Record<string, string | number | boolean>;
  after: Record<string, string | number | boolean>;
  /** Hot list effect: the entry added or removed, its card number sealed. */
  hot: HotChange | null;
}

export interface HotChange {
  added: boolean;
  /** card number + ':' + card_sn, sealed under the master key (base64). */
  keySealed: string;
  reason: number;
  sinceMs: number;
  /** Temporary entries: when they stop counting (0: never). */
  expiresMs: number;
}

export interface AuditRecord {
  timeMs: number;
  /** Staff id or terminal id claimed (empty when none). */
  who: string;
  route: string;
  code: string;
  remote: string;
  /** Refusals this record stands for: 1, or a source's window summary (audit-trail.ts; absent in older records: 1). */
  count: number;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads a record and asserts its shape (a corrupt record is a programmer error, never carried on). */
export function asMember(value: unknown): MemberRecord | undefined {
  if (value === undefined) return undefined;
  assert(
    isObject(value) && typeof value['name'] === 'string' && typeof value['stage'] === 'number',
    'member record shape',
  );
  return value as unknown as MemberRecord;
}

export function asEmployer(value: unknown): EmployerRecord | undefined {
  if (value === undefined) return undefined;
  assert(isObject(value) && Array.isArray(value['agents']) && value['agents'].length <= 3, 'employer record shape');
  return value as unknown as EmployerRecord;
}

export function asStaff(value: unknown): StaffRecord | undefined {
  if (value === undefined) return undefined;
  assert(
    isObject(value) && roles.includes(value['role'] as Role) && typeof value['secretHash'] === 'string',
    'staff record shape',
  );
  return value as unknown as StaffRecord;
}

export function asBatch(value: unknown): BatchRecord | undefined {
  if (value === undefined) return undefined;
  assert(isObject(value) && Array.isArray(value['cardNos']), 'batch record shape');
  return value as unknown as BatchRecord;
}

export function asReview(value: unknown): ReviewRecord | undefined {
  if (value === undefined) return undefined;
  assert(isObject(value) && typeof value['kind'] === 'string', 'review record shape');
  return value as unknown as ReviewRecord;
}

export function asChange(value: unknown): ChangeRecord {
  assert(
    isObject(value) && typeof value['op'] === 'string' && typeof value['timeMs'] === 'number',
    'change record shape',
  );
  return value as unknown as ChangeRecord;
}
