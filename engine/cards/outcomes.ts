// What the card centre answers: refusals as values (AdminProblem + detail), the coded errors of its
// writes, the card view, and the rows an import hands it.
import type { PoliceRow, Scheme } from '../core/card-rules.js';
import type { CardKind, InsuranceType } from '../core/model.js';

export const AdminProblem = {
  Invalid: 'invalid',
  NotFound: 'not-found',
  Conflict: 'conflict',
  Locked: 'locked',
  SameReviewer: 'same-reviewer',
  Forbidden: 'forbidden',
} as const;
export type AdminProblem = (typeof AdminProblem)[keyof typeof AdminProblem];

/** A card-centre write that the store refused (its commit failed: nothing was written). Safe to retry. */
export class StoreUnavailable extends Error {
  readonly code = 'SSC_STORE_UNAVAILABLE';
  constructor(cause: unknown) {
    super(`the store refused the write: ${(cause as { code?: string }).code ?? (cause as Error).message ?? 'error'}`);
  }
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: AdminProblem; detail: string };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function refuse<T>(problem: AdminProblem, detail: string): Outcome<T> {
  return { ok: false, problem, detail };
}

/** A staff member's view of one card (no holder data beyond what the role needs). */
export interface CardView {
  cardNo: string;
  cardSn: string;
  kind: number;
  status: string;
  statusSinceMs: number;
  bankActive: boolean;
  changeSequence: number;
}

/** One row of a member import, validated (import.ts). */
export interface MemberRow {
  line: number;
  idNo: string;
  name: string;
  insuredRegion: string;
  insuranceType: InsuranceType;
  scheme: Scheme;
  employerCode: string;
  employerName: string;
  enrolledRegionCount: number;
  insuredFromMs: number;
  retired: boolean;
}

export interface PoliceImportRow extends PoliceRow {
  line: number;
  idNo: string;
}

export interface LegacyRow {
  line: number;
  cardNo: string;
  kind: CardKind;
  idNo: string;
}

export interface RowRejection {
  line: number;
  reason: string;
}

/** The importing staff member lost their rights mid-import (401: the rest is not written). */
export class ActorRevoked extends Error {
  readonly code = 'SSC_ADMIN_UNAUTHENTICATED';
  readonly statusCode = 401;
  constructor() {
    super('access revoked during a long operation: the chunks after it were not written');
  }
}

export function revokedChunk(): ChunkResult {
  return { created: 0, updated: 0, unchanged: 0, rejected: [], revoked: true };
}

export interface ChunkResult {
  created: number;
  updated: number;
  unchanged: number;
  rejected: RowRejection[];
  /** The actor was disabled (or lost the role, or their employer authorization) since the import began: nothing written. */
  revoked?: boolean;
}
