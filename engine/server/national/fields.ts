// Reading and writing the national interface's fields (docs/DOMAIN.md section 5): a field that
// cannot be read is a FieldError naming it (answered V01); money crosses as yuan with at most two
// decimals and becomes integer fen exactly; times are China time.

import type { ssc } from '../../../protocol/pb.js';
import { chinaDateTimeText, chinaOffsetMs, parseChinaDate } from '../../core/china-time.js';

/** A national field that could not be read: answered as V01 naming it. */
export class FieldError extends Error {}

/** Runs a reader with field names qualified by where they sit (input.data., input.feedetail[2].). */
export function within<T>(prefix: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof FieldError && !error.message.startsWith('input')) throw new FieldError(prefix + error.message);
    throw error;
  }
}

export type Json = Record<string, unknown>;

export function text(obj: Json, name: string, required = true): string {
  const value = obj[name];
  if (value === undefined || value === null || value === '') {
    if (required) throw new FieldError(name);
    return '';
  }
  if (typeof value !== 'string' && typeof value !== 'number') throw new FieldError(name);
  return String(value);
}

export function integer(obj: Json, name: string, required = true): number {
  const value = text(obj, name, required);
  if (value === '') return 0;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new FieldError(name);
  return n;
}

/** Yuan with at most two decimals (a number or its text) -> integer fen, exactly. */
export function fenOf(obj: Json, name: string, required = true): number {
  const value = text(obj, name, required);
  if (value === '') return 0;
  const match = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/.exec(value);
  if (match === null) throw new FieldError(name);
  const fen = Number(match[2]) * 100 + Number((match[3] ?? '0').padEnd(2, '0'));
  return match[1] === '-' ? -fen : fen;
}

/** Integer fen -> yuan as a JSON number with two decimals' precision (1234 -> 12.34). */
export function yuan(fen: unknown): number {
  return Number(fen ?? 0) / 100;
}

/**
 * Thousandths of a unit from a decimal quantity: the interface's four decimals (16,4), of which the
 * engine keeps three; a fourth that is not 0 is refused (V01) rather than rounded away.
 */
export function milliOf(obj: Json, name: string): number {
  const value = text(obj, name);
  const match = /^(\d{1,9})(?:\.(\d{1,3})(0?))?$/.exec(value);
  if (match === null) throw new FieldError(name);
  return Number(match[1]) * 1000 + Number((match[2] ?? '0').padEnd(3, '0'));
}

/**
 * A unit price: the interface's six decimals (16,6) -> integer fen, exactly; decimals past the
 * fen must be zeros (a sub-fen price is refused V01, never rounded: the engine's money is fen).
 */
export function priceFenOf(obj: Json, name: string): number {
  const value = text(obj, name);
  const match = /^(\d{1,13})(?:\.(\d{1,2})0{0,4})?$/.exec(value);
  if (match === null) throw new FieldError(name);
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

/** "yyyy-MM-dd HH:mm:ss" (China time) -> ms. */
export function timeOf(value: string, name: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value);
  if (m === null) throw new FieldError(name);
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) - chinaOffsetMs;
}

/** "yyyy-MM-dd" (China time) -> the ms of that day's start. */
export function dayOf(value: string, name: string): number {
  const ms = parseChinaDate(value);
  if (ms === undefined) throw new FieldError(name);
  return ms;
}

export const chinaTime = chinaDateTimeText;

export function object(value: unknown, name: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new FieldError(name);
  return value as Json;
}

const certTypes: Record<string, number> = { '01': 1, '02': 2, '03': 3, '04': 4, '05': 5 };

export function credentialOf(data: Json): ssc.v1.ICredential {
  const type = certTypes[text(data, 'mdtrt_cert_type')];
  if (type === undefined) throw new FieldError('mdtrt_cert_type');
  const certNo = text(data, 'mdtrt_cert_no');
  return type === 2
    ? { type, idNo: certNo }
    : { type, cardNo: certNo, cardSn: text(data, 'card_sn', false), idNo: text(data, 'certno', false) };
}

/** A section of `input` that is one object (`data`, `mdtrtinfo` ...), field names qualified. */
export function section<T>(input: Json, name: string, read: (section: Json) => T): T {
  const found = object(input[name], `input.${name}`);
  return within(`input.${name}.`, () => read(found));
}

/** A section of `input` that is a list of objects (`feedetail`, `diseinfo` ...), possibly absent. */
export function sectionList<T>(input: Json, name: string, read: (item: Json) => T, required = true): T[] {
  const list = input[name];
  if (list === undefined && !required) return [];
  if (!Array.isArray(list)) throw new FieldError(`input.${name}`);
  return list.map((item, i) => within(`input.${name}[${i}].`, () => read(object(item, ''))));
}
