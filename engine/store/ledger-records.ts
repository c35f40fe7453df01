// The layout of the ledger's records: journal entries (the change log), idempotency records and
// daily reconciliation totals. Same versioned binary codec as every other record.
import { assert } from '../core/assert.js';
import {
  assertMovement,
  type DayTotals,
  type EntryKind,
  type JournalEntry,
  type MessageRecord,
  type Movement,
} from '../core/ledger-rules.js';
import { RecordReader, RecordWriter } from './record-codec.js';

const writer = new RecordWriter();
const reader = new RecordReader();

function writeMovement(w: RecordWriter, m: Movement): RecordWriter {
  return w
    .str(m.idNo)
    .int(m.medicalYear)
    .str(m.institutionCode)
    .int(m.insuranceType)
    .int(m.clearingType)
    .int(m.totalFen)
    .int(m.fundFen)
    .int(m.poolPaidFen)
    .int(m.largeAmountPaidFen)
    .int(m.deductiblePaidFen)
    .int(m.selfPaySegmentFen)
    .int(m.accountCurrentFen)
    .int(m.accountPriorFen)
    .str(m.payerIdNo)
    .int(m.familyCurrentFen)
    .int(m.familyPriorFen)
    .int(m.cashFen)
    .str(m.diseaseCode);
}

function readMovement(r: RecordReader): Movement {
  return {
    idNo: r.str(),
    medicalYear: r.int(),
    institutionCode: r.str(),
    insuranceType: r.int(),
    clearingType: r.int(),
    totalFen: r.int(),
    fundFen: r.int(),
    poolPaidFen: r.int(),
    largeAmountPaidFen: r.int(),
    deductiblePaidFen: r.int(),
    selfPaySegmentFen: r.int(),
    accountCurrentFen: r.int(),
    accountPriorFen: r.int(),
    payerIdNo: r.str(),
    familyCurrentFen: r.int(),
    familyPriorFen: r.int(),
    cashFen: r.int(),
    diseaseCode: r.str(),
  };
}

export function encodeJournalEntry(entry: JournalEntry): Buffer {
  assertMovement(entry.movement);
  const w = writer
    .start(1)
    .u8(entry.kind)
    .int(entry.timeMs)
    .str(entry.msgId)
    .str(entry.terminalId)
    .int(entry.targetSeq)
    .u8(entry.undidOp);
  return writeMovement(w, entry.movement).blob(entry.reply).finish();
}

export function decodeJournalEntry(seq: number, buf: Buffer): JournalEntry {
  const r = reader.start(buf, 1, 'journal');
  const kind = r.u8() as EntryKind;
  const timeMs = r.int();
  const msgId = r.str();
  const terminalId = r.str();
  const targetSeq = r.int();
  const undidOp = r.u8();
  const movement = readMovement(r);
  const reply = r.blob();
  r.done('journal');
  assertMovement(movement);
  return { seq, kind, timeMs, msgId, terminalId, targetSeq, undidOp, movement, reply };
}

export function encodeMessageRecord(record: MessageRecord): Buffer {
  assert(record.seq > 0, 'a message record points at a journal entry');
  return writer.start(1).u8(record.kind).u8(record.op).u64(record.digest).int(record.seq).finish();
}

export function decodeMessageRecord(buf: Buffer): MessageRecord {
  const r = reader.start(buf, 1, 'message');
  const kind = r.u8();
  const op = r.u8();
  const digest = r.u64();
  const seq = r.int();
  r.done('message');
  return { kind, op, digest, seq };
}

export function encodeDayTotals(t: DayTotals): Buffer {
  return writer
    .start(1)
    .int(t.settledCount)
    .int(t.cancelledCount)
    .int(t.totalFen)
    .int(t.fundFen)
    .int(t.accountFen)
    .int(t.cashFen)
    .finish();
}

export function decodeDayTotals(buf: Buffer): DayTotals {
  const r = reader.start(buf, 1, 'totals');
  const t = {
    settledCount: r.int(),
    cancelledCount: r.int(),
    totalFen: r.int(),
    fundFen: r.int(),
    accountFen: r.int(),
    cashFen: r.int(),
  };
  r.done('totals');
  return t;
}

/** yyyymmdd:institution:insurance:clearing: a day's keys sit together (one page per busy day). */
export function totalsKey(day: number, institutionCode: string, insuranceType: number, clearingType: number): string {
  return String(day) + ':' + institutionCode + ':' + String(insuranceType) + ':' + String(clearingType);
}

/** The undone marker: the sequence number of the entry that undid a settlement (or a cancel). */
export function encodeUndone(bySeq: number): Buffer {
  return writer.start(1).int(bySeq).finish();
}

export function decodeUndone(buf: Buffer): number {
  const r = reader.start(buf, 1, 'undone');
  const seq = r.int();
  r.done('undone');
  return seq;
}
