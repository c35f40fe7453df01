// The benefit policy: versioned, dated, validated when loaded, with clear errors naming the key.
// Pure: the adapter reads the JSON file and hands the parsed value to validatePolicy().

import { parseChinaDate } from './china-time.js';
import { limits } from './limits.js';

export interface LevelTable {
  /** Community clinics and level-1 hospitals. */
  community: number;
  level2: number;
  level3: number;
}

/**
 * A chronic / special-disease outpatient disease (门诊慢特病, national 1309) and its policy row: the
 * person's deductible, the pool's ratio and its annual cap, each per person x disease x medical year.
 */
export interface ChronicDisease {
  code: string;
  name: string;
  /** opsp_dise_majcls: '1' chronic (慢性病), '2' special (特殊病). */
  categoryCode: string;
  categoryName: string;
  deductibleFen: number;
  ratioBp: number;
  annualCapFen: number;
}

export interface BenefitPolicy {
  version: string;
  illustrative: boolean;
  effectiveFromMs: number;
  /** 0: open-ended. */
  effectiveToMs: number;
  /** 2011-era Ningbo outpatient: current-year account -> self-pay segment -> shared. */
  outpatientMode: 'deductible-ratio' | 'three-segment';
  outpatient: {
    deductibleFen: LevelTable;
    ratioBp: LevelTable;
    annualCapFen: number;
    selfPaySegmentFen: { inService: number; retired: number };
  };
  inpatient: { deductibleFen: LevelTable; ratioBp: LevelTable; annualCapFen: number };
  largeAmount: { ratioBp: number; capFen: number };
  /** Designated-pharmacy purchases (med type 41): account or cash only when false. */
  pharmacyPoolPays: boolean;
  /** Care elsewhere in the province with a filing: this share of the local ratio. */
  filedOutsidePoolRatioBp: number;
  /** The chronic / special-disease catalogue with each disease's row (medical type 14). */
  chronicDiseases: readonly ChronicDisease[];
}

/** A disease of the policy's chronic catalogue, if it is one. */
export function chronicDiseaseOf(policy: BenefitPolicy, code: string): ChronicDisease | undefined {
  if (code.length === 0) return undefined;
  const diseases = policy.chronicDiseases;
  for (let i = 0; i < diseases.length; i++) if (diseases[i]!.code === code) return diseases[i];
  return undefined;
}

export function levelValue(table: LevelTable, level: number): number {
  if (level >= 3) return table.level3;
  if (level === 2) return table.level2;
  return table.community;
}

type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Midnight China time of a YYYY-MM-DD date, or undefined. */
function dateMs(text: unknown): number | undefined {
  return typeof text === 'string' ? parseChinaDate(text) : undefined;
}

/** Validates a parsed policy file. Every problem is reported with its key path. */
export function validatePolicy(
  raw: unknown,
): { policy: BenefitPolicy; errors: [] } | { policy: undefined; errors: string[] } {
  const errors: string[] = [];
  const root: Raw = isObject(raw) ? raw : {};
  if (!isObject(raw)) errors.push('policy: expected a JSON object');
  const fen = (value: unknown, path: string, max = 1e12): number => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > max) {
      errors.push(`${path}: expected an integer number of fen in [0, ${max}]`);
      return 0;
    }
    return value;
  };
  const bp = (value: unknown, path: string): number => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10_000) {
      errors.push(`${path}: expected basis points, an integer in [0, 10000]`);
      return 0;
    }
    return value;
  };
  const object = (value: unknown, path: string): Raw => {
    if (!isObject(value)) {
      errors.push(`${path}: expected an object`);
      return {};
    }
    return value;
  };
  const levels = (value: unknown, path: string, read: (v: unknown, p: string) => number): LevelTable => {
    const o = object(value, path);
    return {
      community: read(o['community'], `${path}.community`),
      level2: read(o['level2'], `${path}.level2`),
      level3: read(o['level3'], `${path}.level3`),
    };
  };
  const version = root['version'];
  if (typeof version !== 'string' || version.length === 0 || version.length > 64)
    errors.push('version: expected a non-empty string');
  if (typeof root['illustrative'] !== 'boolean') errors.push('illustrative: expected true or false');
  const effectiveFromMs = dateMs(root['effectiveFrom']);
  if (effectiveFromMs === undefined) errors.push('effectiveFrom: expected YYYY-MM-DD');
  const effectiveToMs = root['effectiveTo'] === null ? 0 : dateMs(root['effectiveTo']);
  if (effectiveToMs === undefined) errors.push('effectiveTo: expected YYYY-MM-DD or null');
  if (
    effectiveFromMs !== undefined &&
    effectiveToMs !== undefined &&
    effectiveToMs !== 0 &&
    effectiveToMs <= effectiveFromMs
  ) {
    errors.push('effectiveTo: must be after effectiveFrom');
  }
  const mode = root['outpatientMode'];
  if (mode !== 'deductible-ratio' && mode !== 'three-segment')
    errors.push('outpatientMode: expected "deductible-ratio" or "three-segment"');
  const outpatient = object(root['outpatient'], 'outpatient');
  const segment = object(outpatient['selfPaySegmentFen'], 'outpatient.selfPaySegmentFen');
  const inpatient = object(root['inpatient'], 'inpatient');
  const large = object(root['largeAmount'], 'largeAmount');
  if (typeof root['pharmacyPoolPays'] !== 'boolean') errors.push('pharmacyPoolPays: expected true or false');
  const chronicDiseases = diseases(root['chronicDiseases'], errors, fen, bp);
  const policy: BenefitPolicy = {
    version: typeof version === 'string' ? version : '',
    illustrative: root['illustrative'] === true,
    effectiveFromMs: effectiveFromMs ?? 0,
    effectiveToMs: effectiveToMs ?? 0,
    outpatientMode: mode === 'deductible-ratio' ? 'deductible-ratio' : 'three-segment',
    outpatient: {
      deductibleFen: levels(outpatient['deductibleFen'], 'outpatient.deductibleFen', fen),
      ratioBp: levels(outpatient['ratioBp'], 'outpatient.ratioBp', bp),
      annualCapFen: fen(outpatient['annualCapFen'], 'outpatient.annualCapFen'),
      selfPaySegmentFen: {
        inService: fen(segment['inService'], 'outpatient.selfPaySegmentFen.inService'),
        retired: fen(segment['retired'], 'outpatient.selfPaySegmentFen.retired'),
      },
    },
    inpatient: {
      deductibleFen: levels(inpatient['deductibleFen'], 'inpatient.deductibleFen', fen),
      ratioBp: levels(inpatient['ratioBp'], 'inpatient.ratioBp', bp),
      annualCapFen: fen(inpatient['annualCapFen'], 'inpatient.annualCapFen'),
    },
    largeAmount: {
      ratioBp: bp(large['ratioBp'], 'largeAmount.ratioBp'),
      capFen: fen(large['capFen'], 'largeAmount.capFen'),
    },
    pharmacyPoolPays: root['pharmacyPoolPays'] === true,
    filedOutsidePoolRatioBp: bp(root['filedOutsidePoolRatioBp'], 'filedOutsidePoolRatioBp'),
    chronicDiseases,
  };
  return errors.length === 0 ? { policy, errors: [] } : { policy: undefined, errors };
}

const diseaseCodeRe = /^[A-Z0-9]{1,30}$/;

/** chronicDiseases: an array of rows, codes unique, every figure checked. */
function diseases(
  value: unknown,
  errors: string[],
  fen: (v: unknown, p: string) => number,
  bp: (v: unknown, p: string) => number,
): ChronicDisease[] {
  if (!Array.isArray(value) || value.length > limits.chronicDiseasesMax) {
    errors.push(`chronicDiseases: expected an array of at most ${limits.chronicDiseasesMax} diseases`);
    return [];
  }
  const seen = new Set<string>();
  const rows: ChronicDisease[] = [];
  const str = (v: unknown, path: string, ok: (t: string) => boolean): string => {
    if (typeof v !== 'string' || !ok(v)) {
      errors.push(`${path}: expected ${path.endsWith('code') || path.endsWith('Code') ? 'a code' : 'a name'}`);
      return '';
    }
    return v;
  };
  value.forEach((raw: unknown, i) => {
    const path = `chronicDiseases[${i}]`;
    const o: Raw = isObject(raw) ? raw : {};
    if (!isObject(raw)) errors.push(`${path}: expected an object`);
    const code = str(o['code'], `${path}.code`, (t) => diseaseCodeRe.test(t));
    if (code !== '' && seen.has(code)) errors.push(`${path}.code: ${code} appears twice`);
    seen.add(code);
    const name = (t: string): boolean => t.length > 0 && t.length <= 100;
    rows.push({
      code,
      name: str(o['name'], `${path}.name`, name),
      categoryCode: str(o['categoryCode'], `${path}.categoryCode`, (t) => t === '1' || t === '2'),
      categoryName: str(o['categoryName'], `${path}.categoryName`, name),
      deductibleFen: fen(o['deductibleFen'], `${path}.deductibleFen`),
      ratioBp: bp(o['ratioBp'], `${path}.ratioBp`),
      annualCapFen: fen(o['annualCapFen'], `${path}.annualCapFen`),
    });
  });
  return rows;
}
