// The ledger's decisions about cancels, reversals and old msg_ids, pure and row by row
// (engine/core/ledger-rules.ts); the ledger applies what they decide inside its transaction.
import { describe, expect, it } from 'vitest';
import {
  EntryKind,
  judgeCancel,
  judgeReverse,
  LedgerOp,
  MessageKind,
  msgIdTooOld,
  ReverseAction,
} from '../../engine/core/ledger-rules.js';

const settle = { kind: EntryKind.Settle, institutionCode: 'H33020300001' };
const record = (kind: number, op: number) => ({ kind, op, digest: 0n, seq: 7 }) as Parameters<typeof judgeReverse>[0];

describe('judgeCancel', () => {
  it.each([
    ['no such settlement', undefined, 0, 'T02'],
    ['a cancel entry, not a settlement', { ...settle, kind: EntryKind.Cancel }, 0, 'T02'],
    [
      "another institution's settlement (existence not leaked)",
      { ...settle, institutionCode: 'H33020300002' },
      0,
      'T02',
    ],
    ['already cancelled or reversed', settle, 12, 'T03'],
    ['a live settlement of this institution', settle, 0, '00'],
  ] as const)('%s -> %s', (_name, target, undoneBy, reason) => {
    expect(judgeCancel(target, 'H33020300001', undoneBy)).toBe(reason);
  });
});

describe('judgeReverse', () => {
  it.each([
    ['the original never arrived', undefined, LedgerOp.Settle, 0, ReverseAction.RecordBeforeArrival, '00'],
    [
      'reversed before it arrived',
      record(MessageKind.ReversedBeforeArrival, LedgerOp.Settle),
      LedgerOp.Settle,
      0,
      ReverseAction.Decline,
      'T03',
    ],
    [
      'the msg_id names another operation',
      record(MessageKind.Applied, LedgerOp.CancelSettlement),
      LedgerOp.Settle,
      0,
      ReverseAction.Decline,
      'T02',
    ],
    ['already undone', record(MessageKind.Applied, LedgerOp.Settle), LedgerOp.Settle, 9, ReverseAction.Decline, 'T03'],
    [
      'a live settlement',
      record(MessageKind.Applied, LedgerOp.Settle),
      LedgerOp.Settle,
      0,
      ReverseAction.UndoSettle,
      '00',
    ],
    [
      'a live cancel',
      record(MessageKind.Applied, LedgerOp.CancelSettlement),
      LedgerOp.CancelSettlement,
      0,
      ReverseAction.RedoCancelled,
      '00',
    ],
  ] as const)('%s', (_name, original, targetOp, undoneBy, action, reason) => {
    expect(judgeReverse(original, targetOp, undoneBy)).toEqual({ action, reason });
  });
});

describe('msgIdTooOld', () => {
  const now = 1_000_000_000;
  it.each([
    ['inside the retention, above the pruned mark', now - 10, 'K5', 'K4', false],
    ['older than the retention', now - 101, 'K5', 'K4', true],
    ['at the pruned mark', now - 10, 'K4', 'K4', true],
    ['below the pruned mark', now - 10, 'K3', 'K4', true],
  ] as const)('%s', (_name, timeMs, key, pruned, old) => {
    expect(msgIdTooOld(timeMs, key, now, 100, pruned)).toBe(old);
  });
});
