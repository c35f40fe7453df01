// The card centre's lists (附件3 roster, 附件4 summary, 附件5 not returned, the police mismatch and
// exclusion lists, the returned-cards register), read from one snapshot, exported as JSON or CSV.
// These carry personal data by design (they are the forms): only staff with the right role and scope
// reach them, and they are never logged.

import { createRequire } from 'node:module';

import { cardStatusNames, exclusionNames, Mismatch, mismatchNames, Stage, stageNames } from '../core/card-rules.js';
import { limits } from '../core/limits.js';
import { Bank } from '../core/model.js';
import { decodeCard } from '../store/records.js';
import { type Store, scanInTurns } from '../store/store.js';
import { asMember, type MemberRecord } from './records.js';

// pinyin-pro's dictionary costs ~80 ms and a GC at load: loaded at the first roster, not at every
// engine start (the start-up budget: docs/BENCHMARKS.md).
const requireLazily = createRequire(import.meta.url);
type Pinyin = (text: string, options: Record<string, unknown>) => string[];
let pinyinOf: Pinyin | undefined;
function pinyin(text: string, options: Record<string, unknown>): string[] {
  pinyinOf ??= (requireLazily('pinyin-pro') as { pinyin: Pinyin }).pinyin;
  return pinyinOf(text, options);
}

/** Rows one report lists at most (an employer of 100k people is the largest in the city). */
export const reportRowsMax = limits.reportRowsMax;

export const bankNames: Record<number, string> = { 0: 'none', 1: 'ICBC', 2: 'CCB', 3: 'BOC' };

/** Pinyin sort key of a name: surname readings for the first character (单 shan, not dan), ü as v. */
export function pinyinKey(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive' })
    .join(' ')
    .toLowerCase()
    .replaceAll('ü', 'v');
}

function tonedKey(name: string): string {
  return pinyin(name, { toneType: 'num', type: 'array', surname: 'head' }).join(' ');
}

/** Sorts in place by pinyin, then tone, then the characters, then the ID number (a total order). */
export function sortByPinyin<T extends { name: string; idNo: string }>(rows: T[]): T[] {
  const keys = new Map<T, [string, string]>();
  for (const row of rows) keys.set(row, [pinyinKey(row.name), tonedKey(row.name)]);
  return rows.sort((a, b) => {
    const [ka, ta] = keys.get(a)!;
    const [kb, tb] = keys.get(b)!;
    if (ka !== kb) return ka < kb ? -1 : 1;
    if (ta !== tb) return ta < tb ? -1 : 1;
    if (a.name !== b.name) return a.name < b.name ? -1 : 1;
    return a.idNo < b.idNo ? -1 : a.idNo > b.idNo ? 1 : 0;
  });
}

export interface RosterRow {
  idNo: string;
  name: string;
  pinyin: string;
  stage: string;
  mismatch: string;
  exclusion: string;
  department1: string;
  department2: string;
  bank: string;
  cardNo: string;
  cardStatus: string;
}

function membersOf(store: Store, employerCode: string): { idNo: string; member: MemberRecord }[] {
  const out: { idNo: string; member: MemberRecord }[] = [];
  for (const key of store.employerMembers.getKeys({ start: employerCode + ':', end: employerCode + ';' })) {
    const idNo = (key as string).slice(employerCode.length + 1);
    const member = asMember(store.members.get(idNo));
    if (member !== undefined && member.employerCode === employerCode) out.push({ idNo, member });
    if (out.length >= reportRowsMax) break;
  }
  return out;
}

function cardStatusOf(store: Store, cardNo: string): string {
  if (cardNo === '') return '';
  const buf = store.cards.getBinary(cardNo);
  return buf === undefined ? '' : cardStatusNames[decodeCard(cardNo, buf).status];
}

/** 附件3: the employer's roster, sorted by the pinyin of the name. */
export function roster(store: Store, employerCode: string): RosterRow[] {
  const rows = membersOf(store, employerCode).map(({ idNo, member }) => ({
    idNo,
    name: member.name,
    pinyin: pinyinKey(member.name),
    stage: stageNames[member.stage],
    mismatch: mismatchNames[member.mismatch],
    exclusion: exclusionNames[member.exclusion],
    department1: member.confirmation?.department1 ?? '',
    department2: member.confirmation?.department2 ?? '',
    bank: bankNames[member.confirmation?.bank ?? Bank.None] ?? 'none',
    cardNo: member.cardNo,
    cardStatus: cardStatusOf(store, member.cardNo),
  }));
  return sortByPinyin(rows);
}

export interface SummaryRow {
  department1: string;
  department2: string;
  ICBC: number;
  CCB: number;
  BOC: number;
  total: number;
}

export interface Summary {
  employerCode: string;
  rows: SummaryRow[];
  totals: SummaryRow;
  /** People expected to return a form who have not. */
  notReturned: number;
}

/** Whether a person is expected to return a confirmation form (eligible and not yet entered). */
function awaitsForm(member: MemberRecord): boolean {
  if (member.confirmation !== null) return false;
  return (
    member.stage === Stage.Matched || (member.stage === Stage.Mismatch && member.mismatch === Mismatch.NotInRegister)
  );
}

/** 附件4: returned forms per department (two levels at most) and bank, with totals. */
export function summary(store: Store, employerCode: string): Summary {
  const byDepartment = new Map<string, SummaryRow>();
  const totals: SummaryRow = { department1: '', department2: '', ICBC: 0, CCB: 0, BOC: 0, total: 0 };
  let notReturned = 0;
  for (const { member } of membersOf(store, employerCode)) {
    const form = member.confirmation;
    if (form === null) {
      if (awaitsForm(member)) notReturned++;
      continue;
    }
    const key = `${form.department1}\u001f${form.department2}`;
    let row = byDepartment.get(key);
    if (row === undefined) {
      row = { department1: form.department1, department2: form.department2, ICBC: 0, CCB: 0, BOC: 0, total: 0 };
      byDepartment.set(key, row);
    }
    const bank = bankNames[form.bank] as 'ICBC' | 'CCB' | 'BOC' | undefined;
    if (bank !== undefined && bank in row) {
      row[bank]++;
      totals[bank]++;
    }
    row.total++;
    totals.total++;
  }
  const rows = [...byDepartment.values()].sort((a, b) =>
    a.department1 !== b.department1
      ? a.department1 < b.department1
        ? -1
        : 1
      : a.department2 < b.department2
        ? -1
        : a.department2 > b.department2
          ? 1
          : 0,
  );
  return { employerCode, rows, totals, notReturned };
}

export interface NotReturnedRow {
  idNo: string;
  name: string;
  stage: string;
}

/** 附件5: the people who have not returned a form, by pinyin. */
export function notReturned(store: Store, employerCode: string): NotReturnedRow[] {
  const rows = membersOf(store, employerCode)
    .filter(({ member }) => awaitsForm(member))
    .map(({ idNo, member }) => ({ idNo, name: member.name, stage: stageNames[member.stage] }));
  return sortByPinyin(rows);
}

export interface MismatchRow {
  idNo: string;
  name: string;
  employerCode: string;
  stage: string;
  mismatch: string;
  exclusion: string;
}

/**
 * The police comparison's mismatch list and exclusions (optionally one employer's). The whole-city
 * list scans every member, in event-loop turns.
 */
export async function mismatches(store: Store, employerCode: string): Promise<MismatchRow[]> {
  const rows: MismatchRow[] = [];
  const add = (idNo: string, member: MemberRecord): boolean => {
    if (member.stage === Stage.Mismatch || member.stage === Stage.Excluded) {
      rows.push({
        idNo,
        name: member.name,
        employerCode: member.employerCode,
        stage: stageNames[member.stage],
        mismatch: mismatchNames[member.mismatch],
        exclusion: exclusionNames[member.exclusion],
      });
    }
    return rows.length < reportRowsMax;
  };
  if (employerCode !== '') {
    for (const { idNo, member } of membersOf(store, employerCode)) if (!add(idNo, member)) break;
    return rows;
  }
  await scanInTurns(store.members, (key, value) => {
    const member = asMember(value);
    return member === undefined || add(key, member);
  });
  return rows;
}

export interface ReturnedRow {
  cardNo: string;
  returnedMs: number;
  arrivalMs: number;
  /** When the agent collected it (the six months ran from here; 0 in records from before it was kept). */
  pickedUpMs: number;
}

/** 社保卡退回登记表: cards returned to the centre by the six-month sweep. */
export function returnedRegister(store: Store): ReturnedRow[] {
  const rows: ReturnedRow[] = [];
  for (const { key, value } of store.returns.getRange({ limit: reportRowsMax })) {
    const entry = value as { returnedMs: number; arrivalMs: number; pickedUpMs?: number };
    rows.push({
      cardNo: key as string,
      returnedMs: entry.returnedMs,
      arrivalMs: entry.arrivalMs,
      pickedUpMs: entry.pickedUpMs ?? 0,
    });
  }
  return rows;
}

const formulaStart = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

function csvCell(value: unknown): string {
  const s = String(value ?? '');
  // Quote when needed; a cell a spreadsheet could run as a formula is prefixed with ': a leading
  // = + - @ (OWASP CSV injection), TAB or CR (OWASP lists both), or their full-width forms.
  const safe = formulaStart.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows as CSV with a header (columns in the order of the first row's keys). */
export function toCsv(rows: readonly object[], columns?: readonly string[]): string {
  const header = columns ?? (rows.length > 0 ? Object.keys(rows[0]!) : []);
  const lines = [header.join(',')];
  for (const row of rows) lines.push(header.map((c) => csvCell((row as Record<string, unknown>)[c])).join(','));
  return `${lines.join('\n')}\n`;
}
