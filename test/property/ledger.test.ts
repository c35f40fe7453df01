// The ledger's invariants over random histories (SEED=... replays; the seed is printed):
//   - Settle then Cancel restores the account and the year's accumulators exactly;
//   - PreSettle then Settle on unchanged state give identical splits;
//   - any interleaving of settle / cancel / reverse / retries, concurrent or not, ends with
//     account = opening - account parts of the live settlements, accumulators = sums of the live
//     movements, every split adding up to the fen and no balance below zero;
//   - a client that settles again as soon as it is answered is never left waiting.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decidePreSettle } from '../../engine/core/decide-pre-settle.js';
import { EntryKind, LedgerOp } from '../../engine/core/ledger-rules.js';
import { defaultDecisionSettings } from '../../engine/core/settings.js';
import type { SampleCard } from '../../engine/demo/demo.js';
import { decodeJournalEntry } from '../../engine/store/ledger-records.js';
import { decodeAccumulators } from '../../engine/store/records.js';
import { accumulatorKey } from '../../engine/store/store.js';
import { type LedgerHarness, openLedgerHarness, policy, type Reply } from '../support/ledger-harness.js';

const seed = Number(process.env['SEED'] ?? Date.now() % 2 ** 31);
const runs = Number(process.env['LEDGER_RUNS'] ?? 25);

let h: LedgerHarness;
let persons: SampleCard[];
beforeAll(async () => {
  h = await openLedgerHarness();
  persons = h.samples.cards.filter((c) => c.scenario === 'issued').slice(0, 3);
});
afterAll(async () => {
  await h.close();
});

function balance(idNo: string): number {
  const a = h.account(idNo);
  return a.currentYearFen + a.priorYearsFen;
}

function rawRecords(card: SampleCard, year: number): [string, string] {
  const account = h.store.accounts.getBinary(card.idNo);
  const acc = h.store.accounts.getBinary(accumulatorKey(card.idNo, year));
  const zeros = '0,0,0,0';
  const accText =
    acc === undefined
      ? zeros
      : Object.values(decodeAccumulators(acc))
          .map((v) => String(v))
          .join(',');
  return [account === undefined ? '' : account.toString('hex'), accText];
}

function assertIdentities(reply: Reply): void {
  const s = reply.split;
  if (s === undefined) return;
  const n = (v: unknown): number => Number(v ?? 0);
  expect(n(s['totalFen'])).toBe(n(s['selfPayFen']) + n(s['overCapFen']) + n(s['classBFirstFen']) + n(s['inPolicyFen']));
  expect(n(s['totalFen'])).toBe(n(s['fundTotalFen']) + n(s['personPartFen']));
  expect(n(s['personPartFen'])).toBe(n(s['accountPaidFen']) + n(s['cashFen']));
  expect(n(reply.accountBalanceAfterFen)).toBeGreaterThanOrEqual(0);
}

const prices = fc.array(fc.integer({ min: 1, max: 60_000 }), { minLength: 1, maxLength: 6 });

describe(`ledger properties (SEED=${seed})`, () => {
  it('a client that settles again as soon as it is answered is never left waiting', async () => {
    const card = persons[0]!;
    let left = 200;
    await new Promise<void>((resolve) => {
      const next = (): void => {
        if (left-- === 0) {
          resolve();
          return;
        }
        void h.settle(h.settleInput(h.header(), card, [100])).then(next);
      };
      next();
    });
  });

  it('Settle then Cancel restores the account and the accumulators exactly', async () => {
    await fc.assert(
      fc.asyncProperty(prices, fc.integer({ min: 0, max: 2 }), fc.boolean(), async (bill, who, useAccount) => {
        const card = persons[who]!;
        const year = Number(new Date(Date.now() + 8 * 3_600_000).getUTCFullYear());
        const before = rawRecords(card, year);
        const settled = await h.settle(h.settleInput(h.header(), card, bill, useAccount));
        expect(['00', 'L01']).toContain(settled.outcome?.reason);
        assertIdentities(settled);
        const cancelled = await h.cancel(h.header(), settled.settlementId!);
        expect(cancelled.outcome?.reason).toBe('00');
        expect(rawRecords(card, year)).toEqual(before);
      }),
      { seed, numRuns: runs },
    );
  });

  it('PreSettle then Settle on unchanged state give identical splits', async () => {
    await fc.assert(
      fc.asyncProperty(prices, fc.integer({ min: 0, max: 2 }), async (bill, who) => {
        const input = h.settleInput(h.header(), persons[who]!, bill);
        h.view.refresh();
        const pre = decidePreSettle(h.view, input, Date.now(), defaultDecisionSettings, policy);
        const settled = await h.settle(input);
        expect(['00', 'L01']).toContain(settled.outcome?.reason);
        const split = Object.fromEntries(Object.entries(settled.split ?? {}).map(([k, v]) => [k, Number(v)]));
        expect(split).toEqual(pre.result?.split);
      }),
      { seed, numRuns: runs },
    );
  });

  type Op =
    | { kind: 'settle'; who: number; bill: number[]; useAccount: boolean }
    | { kind: 'cancel'; ref: number }
    | { kind: 'reverse'; ref: number }
    | { kind: 'retry'; ref: number }
    | { kind: 'reverseUnseen' };

  const op: fc.Arbitrary<Op> = fc.oneof(
    {
      weight: 5,
      arbitrary: fc.record({
        kind: fc.constant('settle' as const),
        who: fc.integer({ min: 0, max: 2 }),
        bill: prices,
        useAccount: fc.boolean(),
      }),
    },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('cancel' as const), ref: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('reverse' as const), ref: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('retry' as const), ref: fc.nat() }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'reverseUnseen' as const }) },
  );

  it('any interleaving ends with account = opening - live account parts, accumulators = live sums', async () => {
    const opening = new Map(persons.map((p) => [p.idNo, balance(p.idNo)]));
    const year = Number(new Date(Date.now() + 8 * 3_600_000).getUTCFullYear());
    const poolOf = (idNo: string): number => {
      const buf = h.store.accounts.getBinary(accumulatorKey(idNo, year));
      return buf === undefined ? 0 : decodeAccumulators(buf).poolPaidFen;
    };
    const openingPool = new Map(persons.map((p) => [p.idNo, poolOf(p.idNo)]));
    const firstSeq = h.ledger.sequence;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(op, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        async (chunks) => {
          /** What earlier operations sent: replayable requests and what they were about. */
          // declined: the first answer wrote nothing (T02, T03, L02), so a retry is decided afresh and
          // may apply now: a reversal refused T03 because a cancel had undone its settlement applies
          // once that cancel is itself reversed; a reversal of a cancel refused L02 once the account
          // covers it. (SEED=716127537 found the first.) Either way it applies once: the final
          // balances below are checked against what is live.
          const sent: {
            retry: () => Promise<Reply>;
            msgId: string;
            op: number;
            settlementId: string;
            declined: boolean;
          }[] = [];
          const pick = (ref: number) => (sent.length === 0 ? undefined : sent[ref % sent.length]);
          for (const chunk of chunks) {
            // One chunk is submitted at once: its requests share a group commit, in any order.
            const started: Promise<void>[] = chunk.map(async (o) => {
              if (o.kind === 'settle') {
                const input = h.settleInput(h.header(), persons[o.who]!, o.bill, o.useAccount);
                const reply = await h.settle(input);
                assertIdentities(reply);
                sent.push({
                  retry: () => h.settle(input),
                  msgId: input.header.msgId,
                  op: LedgerOp.Settle,
                  settlementId: reply.settlementId ?? '',
                  declined: false,
                });
              } else if (o.kind === 'cancel' || o.kind === 'reverse') {
                const target = pick(o.ref);
                if (target === undefined) return;
                const header = h.header();
                if (o.kind === 'cancel') {
                  if (target.settlementId === '') return;
                  const first = await h.cancel(header, target.settlementId);
                  sent.push({
                    retry: () => h.cancel(header, target.settlementId),
                    msgId: header.msgId,
                    op: LedgerOp.CancelSettlement,
                    settlementId: target.settlementId,
                    declined: ['T02', 'T03', 'L02'].includes(first.outcome?.reason ?? ''),
                  });
                } else if (target.op !== LedgerOp.Reverse) {
                  const first = await h.reverse(header, target.msgId, target.op);
                  sent.push({
                    retry: () => h.reverse(header, target.msgId, target.op),
                    msgId: header.msgId,
                    op: LedgerOp.Reverse,
                    settlementId: '',
                    declined: ['T02', 'T03', 'L02'].includes(first.outcome?.reason ?? ''),
                  });
                }
              } else if (o.kind === 'retry') {
                const target = pick(o.ref);
                if (target === undefined) return;
                const reply = await target.retry();
                const reason = reply.outcome?.reason ?? '';
                expect([...['T01', 'T03', 'T02', 'L02'], ...(target.declined ? ['00'] : [])]).toContain(reason);
                if (reason === '00') target.declined = false; // applied now: later retries are duplicates
              } else {
                // A reversal for a settlement that never arrived; then the original arrives late.
                const input = h.settleInput(h.header(), persons[0]!, [1_000]);
                const reversal = await h.reverse(h.header(), input.header.msgId, LedgerOp.Settle);
                expect(reversal.outcome?.reason).toBe('00');
                expect(reversal.undone).toBe(false);
                expect((await h.settle(input)).outcome?.reason).toBe('T03');
              }
            });
            await Promise.all(started);
          }
        },
      ),
      { seed, numRuns: runs },
    );

    // The store against the journal.
    const live = new Map<number, { idNo: string; account: number; pool: number; year: number }>();
    for (const { key, value } of h.store.journal.getRange({ start: firstSeq + 1 })) {
      const entry = decodeJournalEntry(key as number, value as Buffer);
      const m = entry.movement;
      if (entry.kind === EntryKind.Settle) {
        live.set(entry.seq, {
          idNo: m.idNo,
          account: m.accountCurrentFen + m.accountPriorFen,
          pool: m.poolPaidFen,
          year: m.medicalYear,
        });
      } else if (
        entry.kind === EntryKind.Cancel ||
        (entry.kind === EntryKind.Reverse && entry.undidOp === LedgerOp.Settle)
      ) {
        expect(live.delete(entry.targetSeq)).toBe(true);
      } else if (entry.kind === EntryKind.Reverse && entry.undidOp === LedgerOp.CancelSettlement) {
        const cancel = decodeJournalEntry(entry.targetSeq, h.store.journal.getBinary(entry.targetSeq)!);
        const original = decodeJournalEntry(cancel.targetSeq, h.store.journal.getBinary(cancel.targetSeq)!);
        const om = original.movement;
        live.set(original.seq, {
          idNo: om.idNo,
          account: om.accountCurrentFen + om.accountPriorFen,
          pool: om.poolPaidFen,
          year: om.medicalYear,
        });
      }
    }
    for (const person of persons) {
      const spent = [...live.values()].filter((l) => l.idNo === person.idNo).reduce((sum, l) => sum + l.account, 0);
      expect(balance(person.idNo)).toBe(opening.get(person.idNo)! - spent);
      const pool = [...live.values()]
        .filter((l) => l.idNo === person.idNo && l.year === year)
        .reduce((sum, l) => sum + l.pool, 0);
      expect(poolOf(person.idNo)).toBe(openingPool.get(person.idNo)! + pool);
    }
  }, 120_000);
});
