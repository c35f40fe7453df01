// Reading an import file as raw rows, streamed: CSV (our own reader: RFC 4180 quoting, a BOM, CRLF;
// csv-parse cost ~11 us a row) and JSON Lines. A row is its line number and fields, or the reason
// it could not be read; bounds on line and row size come from limits.ts.

import type { Readable } from 'node:stream';
import { limits } from '../core/limits.js';

/** Raw records with their line numbers, or a parse error for a line. */
/** A row's fields by column name. */
export type Fields = Record<string, unknown>;

export type RawRow = { line: number; fields: Fields } | { line: number; error: string };

/** The lines of a UTF-8 stream, numbered from 1 (without their line ends); overlong ones are skipped. */
async function* linesOf(
  source: Readable,
): AsyncGenerator<{ line: number; text: string } | { line: number; error: string }> {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let pending = '';
  let line = 0;
  let skipping = false; // inside an overlong line, up to its newline
  const take = (raw: string): { line: number; text: string } | { line: number; error: string } => {
    line++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    return text.length > limits.importLineBytesMax
      ? { line, error: `line over ${limits.importLineBytesMax} bytes` }
      : { line, text };
  };
  for await (const chunk of source as AsyncIterable<Buffer>) {
    pending += decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let newline = pending.indexOf('\n'); newline >= 0; newline = pending.indexOf('\n', start)) {
      const raw = pending.slice(start, newline);
      start = newline + 1;
      if (skipping) skipping = false;
      else yield take(raw);
    }
    pending = pending.slice(start);
    if (!skipping && pending.length > limits.importLineBytesMax * 4) {
      yield take(pending);
      pending = '';
      skipping = true;
    } else if (skipping) pending = '';
  }
  pending += decoder.decode();
  if (pending.length > 0 && !skipping) yield take(pending);
}

/**
 * RFC 4180 CSV, streamed: a header row names the columns; fields may be quoted ("" inside quotes is a
 * quote; quoted fields may hold commas and line breaks). A row with the wrong number of fields, an
 * unterminated quote or a line over the byte limit is reported by its line number and skipped.
 * Hand-written because csv-parse spent ~11 us per row here (bench/load/card-import.ts): the unquoted
 * common case is one split.
 */
export async function* csvRows(source: Readable): AsyncGenerator<RawRow> {
  let columns: string[] | undefined;
  /** A quoted record still open across lines: its text so far and its first line. */
  let open: { text: string; line: number } | undefined;
  const emit = (fields: string[], line: number): RawRow | undefined => {
    if (columns === undefined) {
      columns = fields.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim().toLowerCase());
      return undefined;
    }
    if (fields.length === 1 && fields[0] === '') return undefined; // blank line
    if (fields.length !== columns.length)
      return { line, error: `malformed CSV: ${fields.length} fields, the header has ${columns.length}` };
    const record: Fields = {};
    for (let i = 0; i < columns.length; i++) record[columns[i]!] = fields[i];
    return { line, fields: record };
  };
  for await (const item of linesOf(source)) {
    if ('error' in item) {
      if (open !== undefined) yield { line: open.line, error: 'malformed CSV: unterminated quote' };
      open = undefined;
      yield item;
      continue;
    }
    const text = open === undefined ? item.text : `${open.text}\n${item.text}`;
    const line = open?.line ?? item.line;
    if (!text.includes('"')) {
      const row = emit(text.split(','), line);
      if (row !== undefined) yield row;
      continue;
    }
    if (quoteCount(text) % 2 === 1) {
      // The quoted field goes on in the next line (bounded: an endless one is refused).
      open = text.length > limits.importLineBytesMax * 4 ? undefined : { text, line };
      if (open === undefined) yield { line, error: 'malformed CSV: unterminated quote' };
      continue;
    }
    open = undefined;
    const parsed = parseQuoted(text);
    const row = parsed.error !== '' ? { line, error: `malformed CSV: ${parsed.error}` } : emit(parsed.fields, line);
    if (row !== undefined) yield row;
  }
  if (open !== undefined) yield { line: open.line, error: 'malformed CSV: unterminated quote' };
}

function quoteCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/** The fields of one whole record whose quotes are balanced. */
function parseQuoted(text: string): { fields: string[]; error: string } {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let error = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') {
      if (field.length > 0 && error === '') error = 'quote inside an unquoted field';
      quoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return { fields, error };
}

export async function* jsonlRows(source: Readable): AsyncGenerator<RawRow> {
  for await (const item of linesOf(source)) {
    if ('error' in item) {
      yield item;
      continue;
    }
    const trimmed = item.text.trim();
    if (trimmed === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch {
      yield { line: item.line, error: 'not valid JSON' };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      yield { line: item.line, error: 'not a JSON object' };
    else yield { line: item.line, fields: value as Fields };
  }
}
