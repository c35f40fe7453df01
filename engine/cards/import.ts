// Streaming imports for the card centre: member data from the contribution systems, the police
// household-register extract, and legacy cards. CSV (header row, UTF-8, optional BOM) or JSON Lines.
// Rows are validated one by one (every rejected row reported with its line number and reason) and
// written in chunks, one transaction each, while the next chunk is parsed. Re-importing the same
// file changes nothing.

import type { Readable } from 'node:stream';
import { isValidIdNumber } from '../../protocol/id-number.js';
import { Scheme } from '../core/card-rules.js';
import { chinaFields, parseChinaDate } from '../core/china-time.js';
import { limits } from '../core/limits.js';
import { CardKind, InsuranceType } from '../core/model.js';
import { chinaDateMs } from '../store/regions-table.js';
import {
  ActorRevoked,
  type CardCentre,
  type ChunkResult,
  type LegacyRow,
  type MemberRow,
  type PoliceImportRow,
  type RowRejection,
} from './card-centre.js';
import { csvRows, type Fields, jsonlRows } from './import-reader.js';
import type { Principal } from './staff.js';

export type ImportKind = 'members' | 'police' | 'legacy';
export type ImportFormat = 'csv' | 'jsonl';

export const importLimits = {
  rowsMax: limits.importRowsMax,
  lineBytesMax: limits.importLineBytesMax,
  chunkRows: limits.importChunkRows,
  rejectionsListedMax: limits.importRejectionsListedMax,
} as const;

export interface ImportReport {
  kind: ImportKind;
  format: ImportFormat;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejectedCount: number;
  /** The first importLimits.rejectionsListedMax rejections, by line number. */
  rejected: RowRejection[];
  /** Police imports: members not in the extract, or excluded, marked at the end. */
  markedAfter: number;
  /** Set when the import stopped early (row limit): rows after `rows` were not read. */
  truncated: boolean;
  elapsedMs: number;
  rowsPerSecond: number;
}

export interface RowContext {
  /** The insured region (one of Ningbo's six) a division code belongs to, or undefined. */
  insuredRegionOf(code: string): string | undefined;
  nowMs: number;
  /** Called after every chunk is parsed and once at the end: rows read so far, rejected so far. */
  onProgress?: (rows: number, rejected: number) => void;
}

const nameShape = /^[\p{Script=Han}A-Za-z·•. ]{1,30}$/u;
const employerCodeShape = /^[A-Za-z0-9]{4,20}$/;
const regionShape = /^\d{6}$/;
const legacyCardShape = /^\d{8,20}$/;

function text(fields: Fields, name: string): string {
  const value = fields[name];
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

function flag(value: string): boolean | undefined {
  switch (value.toLowerCase()) {
    case '1':
    case 'y':
    case 'yes':
    case 'true':
      return true;
    case '':
    case '0':
    case 'n':
    case 'no':
    case 'false':
      return false;
    default:
      return undefined;
  }
}

const schemes: Record<string, Scheme> = {
  employee: Scheme.Employee,
  inpatient_only: Scheme.InpatientOnly,
  migrant_serious_illness: Scheme.MigrantSeriousIllness,
};

const insuranceTypes = new Set<number>(Object.values(InsuranceType));

/** A member row, or the reason it is rejected. */
export function memberRow(fields: Fields, line: number, ctx: RowContext): MemberRow | string {
  const idNo = text(fields, 'id_no').toUpperCase();
  if (!isValidIdNumber(idNo)) return 'id_no: not a valid citizen ID number (GB 11643 check digit)';
  const name = text(fields, 'name');
  if (!nameShape.test(name)) return 'name: 1-30 Chinese characters or letters';
  const insuredRegion = text(fields, 'insured_region');
  const insured = regionShape.test(insuredRegion) ? ctx.insuredRegionOf(insuredRegion) : undefined;
  if (insured === undefined) return 'insured_region: not a Ningbo division code';
  const insuranceType = Number(text(fields, 'insurance_type'));
  if (!insuranceTypes.has(insuranceType)) return 'insurance_type: expected 310, 320, 330 or 390';
  const scheme = schemes[text(fields, 'scheme') || 'employee'];
  if (scheme === undefined) return 'scheme: expected employee, inpatient_only or migrant_serious_illness';
  const employerCode = text(fields, 'employer_code');
  if (!employerCodeShape.test(employerCode)) return 'employer_code: 4-20 letters or digits';
  const employerName = text(fields, 'employer_name') || employerCode;
  if (employerName.length > 60) return 'employer_name: at most 60 characters';
  const enrolled = new Set<string>([insured]);
  const enrolledText = text(fields, 'enrolled_regions');
  if (enrolledText !== '') {
    for (const code of enrolledText.split(/[;|]/)) {
      const region = regionShape.test(code.trim()) ? ctx.insuredRegionOf(code.trim()) : undefined;
      if (region === undefined) return 'enrolled_regions: not Ningbo division codes separated by ;';
      enrolled.add(region);
    }
  }
  let insuredFromMs = chinaDateMs(chinaFields(ctx.nowMs).getUTCFullYear(), 1, 1);
  const from = text(fields, 'insured_from');
  if (from !== '') {
    const parsed = parseChinaDate(from);
    if (parsed === undefined) return 'insured_from: expected YYYY-MM-DD';
    insuredFromMs = parsed;
  }
  const retired = flag(text(fields, 'retired'));
  if (retired === undefined) return 'retired: expected 0 or 1';
  return {
    line,
    idNo,
    name,
    insuredRegion: insured,
    insuranceType: insuranceType as InsuranceType,
    scheme,
    employerCode,
    employerName,
    enrolledRegionCount: enrolled.size,
    insuredFromMs,
    retired,
  };
}

export function policeRow(fields: Fields, line: number): PoliceImportRow | string {
  const idNo = text(fields, 'id_no').toUpperCase();
  if (!isValidIdNumber(idNo)) return 'id_no: not a valid citizen ID number (GB 11643 check digit)';
  const name = text(fields, 'name');
  if (!nameShape.test(name)) return 'name: 1-30 Chinese characters or letters';
  const secondGenId = flag(text(fields, 'second_gen_id'));
  if (secondGenId === undefined) return 'second_gen_id: expected 0 or 1';
  const householdRegion = text(fields, 'household_region');
  if (!regionShape.test(householdRegion)) return 'household_region: six-digit division code';
  return { line, idNo, name, secondGenId, householdRegion };
}

export function legacyRow(fields: Fields, line: number): LegacyRow | string {
  const cardNo = text(fields, 'card_no');
  if (!legacyCardShape.test(cardNo)) return 'card_no: 8-20 digits';
  const kindText = text(fields, 'kind');
  const kind =
    kindText === 'magnetic' ? CardKind.LegacyMagnetic : kindText === 'county_ic' ? CardKind.LegacyCountyIc : 0;
  if (kind === 0) return 'kind: expected magnetic or county_ic';
  const idNo = text(fields, 'id_no').toUpperCase();
  if (!isValidIdNumber(idNo)) return 'id_no: not a valid citizen ID number (GB 11643 check digit)';
  return { line, cardNo, kind, idNo };
}

/**
 * Reads source to the end (or to the row limit), validating each row and writing accepted rows in
 * chunks.
 */
export async function runImport(
  centre: CardCentre,
  actor: Principal,
  kind: ImportKind,
  format: ImportFormat,
  source: Readable,
  ctx: RowContext,
): Promise<ImportReport> {
  const started = performance.now();
  const report: ImportReport = {
    kind,
    format,
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rejectedCount: 0,
    rejected: [],
    markedAfter: 0,
    truncated: false,
    elapsedMs: 0,
    rowsPerSecond: 0,
  };
  const reject = (line: number, reason: string): void => {
    report.rejectedCount++;
    if (report.rejected.length < importLimits.rejectionsListedMax) report.rejected.push({ line, reason });
  };
  const seen = new Set<string>();
  const lineOfId = new Map<string, number>();
  let chunk: (MemberRow | PoliceImportRow | LegacyRow)[] = [];
  let inFlight: Promise<void> = Promise.resolve();
  // A chunk's failure (the store refused the write, the actor was revoked) is kept here the moment
  // it happens and thrown at the next await: the promise is never left unobserved while the next
  // chunk is parsed (it was, and its rejection ended the whole engine).
  let failure: unknown;
  const settled = async (): Promise<void> => {
    await inFlight;
    if (failure !== undefined) throw failure;
  };
  const flush = async (): Promise<void> => {
    if (chunk.length === 0) return;
    const rows = chunk;
    chunk = [];
    // One chunk is written while the next is parsed; never more than one waits.
    await settled();
    inFlight = apply(rows).then(
      (result) => {
        if (result.revoked === true) {
          failure ??= new ActorRevoked();
          return;
        }
        report.created += result.created;
        report.updated += result.updated;
        report.unchanged += result.unchanged;
        for (const r of result.rejected) reject(r.line, r.reason);
      },
      (error: unknown) => {
        failure ??= error;
      },
    );
  };
  const apply = (rows: (MemberRow | PoliceImportRow | LegacyRow)[]): Promise<ChunkResult> => {
    switch (kind) {
      case 'members':
        return centre.applyMemberRows(actor, rows as MemberRow[], ctx.nowMs);
      case 'police':
        return centre.applyPoliceRows(actor, rows as PoliceImportRow[], ctx.nowMs);
      default:
        return centre.applyLegacyRows(actor, rows as LegacyRow[], ctx.nowMs);
    }
  };
  const rows = format === 'csv' ? csvRows(source) : jsonlRows(source);
  for await (const raw of rows) {
    if (report.rows >= importLimits.rowsMax) {
      report.truncated = true;
      source.destroy();
      break;
    }
    report.rows++;
    if ('error' in raw) {
      reject(raw.line, raw.error);
      continue;
    }
    const row =
      kind === 'members'
        ? memberRow(raw.fields, raw.line, ctx)
        : kind === 'police'
          ? policeRow(raw.fields, raw.line)
          : legacyRow(raw.fields, raw.line);
    if (typeof row === 'string') {
      reject(raw.line, row);
      continue;
    }
    const id = 'cardNo' in row ? row.cardNo : row.idNo;
    const earlier = lineOfId.get(id);
    if (earlier !== undefined) {
      reject(raw.line, `same ${'cardNo' in row ? 'card_no' : 'id_no'} as line ${earlier}`);
      continue;
    }
    if (lineOfId.size < importLimits.rowsMax) lineOfId.set(id, raw.line);
    if (kind === 'police') seen.add(id);
    chunk.push(row);
    if (chunk.length >= importLimits.chunkRows) {
      await flush();
      ctx.onProgress?.(report.rows, report.rejectedCount);
    }
  }
  await flush();
  await settled();
  ctx.onProgress?.(report.rows, report.rejectedCount);
  if (kind === 'police' && !report.truncated)
    report.markedAfter = await centre.finishPoliceMatch(actor, seen, ctx.nowMs);
  report.rejected.sort((a, b) => a.line - b.line);
  report.elapsedMs = Math.round(performance.now() - started);
  report.rowsPerSecond = report.elapsedMs > 0 ? Math.round((report.rows * 1000) / report.elapsedMs) : report.rows;
  return report;
}
