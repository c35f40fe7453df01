// Chronic / special-disease outpatient over random histories, through the real single writer
// (SEED=... replays; CHRONIC_RUNS sets the size): chronic filings registered through the writer,
// then chronic settlements of filed and unfiled diseases, plain outpatient settlements, cancels,
// reversals of settlements and of cancels, and retries, in concurrent chunks sharing group commits.
// Afterwards, from the store against the journal: every accumulator — the year's general ones and
// each disease's own — equals what it was plus the live settlements that moved it, and a settlement
// of an unfiled disease was never applied (F01).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaOffsetMs, dayMs } from '../../engine/core/china-time.js';
import { medicalYearOf } from '../../engine/core/decide-pre-settle.js';
import { EntryKind, LedgerOp } from '../../engine/core/ledger-rules.js';
import type { Accumulators } from '../../engine/core/split.js';
import type { SampleCard } from '../../engine/demo/demo.js';
import { decodeJournalEntry } from '../../engine/store/ledger-records.js';
import { type LedgerHarness, openLedgerHarness, type Reply } from '../support/ledger-harness.js';

const seed = Number(process.env['SEED'] ?? Date.now() % 2 ** 31);
const runs = Number(process.env['CHRONIC_RUNS'] ?? 25);

let h: LedgerHarness;
let persons: SampleCard[];
beforeAll(async () => {
  h = await openLedgerHarness();
  persons = h.samples.cards.filter((c) => c.scenario === 'issued').slice(0, 2);
});
afterAll(async () => {
  await h.close();
});

/** Person 0 is filed for both diseases, person 1 for hypertension only ('' : a plain outpatient bill). */
const diseases = ['M03900', 'M07800', ''] as const;
const filed = (who: number, disease: string): boolean => disease === '' || who === 0 || disease === 'M03900';

const op = fc.oneof(
  fc.record({
    kind: fc.constant('settle' as const),
    who: fc.nat({ max: 1 }),
    disease: fc.constantFrom(...diseases),
    bill: fc.array(fc.integer({ min: 1, max: 200_000 }), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('cancel' as const), ref: fc.nat() }),
  fc.record({ kind: fc.constant('reverse' as const), ref: fc.nat() }),
  fc.record({ kind: fc.constant('retry' as const), ref: fc.nat() }),
);

type Sent = { retry: () => Promise<Reply>; msgId: string; op: number; settlementId: string; applied: boolean };

function key(idNo: string, disease: string): string {
  return `${idNo}:${disease}`;
}

function accumulators(idNo: string, disease: string): Accumulators {
  return h.view.accumulators(idNo, medicalYearOf(Date.now()), disease);
}

describe(`chronic outpatient over random histories (SEED=${seed})`, () => {
  it('each disease accumulator = its start + the live settlements of that disease; unfiled never applied', async () => {
    const midnight = Math.floor((Date.now() + chinaOffsetMs) / dayMs) * dayMs - chinaOffsetMs;
    for (const [who, disease] of [
      [0, 'M03900'],
      [0, 'M07800'],
      [1, 'M03900'],
    ] as const) {
      const p = persons[who]!;
      const reply = await h.visit(h.header(), {
        op: 10,
        personNo: '',
        credential: { type: p.credentialType, cardNo: p.cardNo, cardSn: p.cardSn, idNo: p.idNo },
        kind: 3,
        targetInstitution: '',
        targetRegion: '',
        diseaseCode: disease,
        validFromMs: midnight,
        validToMs: 0,
      });
      expect(reply.outcome?.reason).toBe('00');
    }
    const start = new Map<string, Accumulators>();
    for (const p of persons) for (const d of diseases) start.set(key(p.idNo, d), accumulators(p.idNo, d));
    const firstSeq = h.ledger.sequence;
    let chronicApplied = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(op, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        async (chunks) => {
          const sent: Sent[] = [];
          const pick = (ref: number) => (sent.length === 0 ? undefined : sent[ref % sent.length]);
          for (const ops of chunks) {
            await Promise.all(
              ops.map(async (o) => {
                if (o.kind === 'settle') {
                  const input = {
                    ...h.settleInput(h.header(), persons[o.who]!, o.bill, false),
                    medicalType: o.disease === '' ? 11 : 14,
                    diseaseCode: o.disease,
                  };
                  const reply = await h.settle(input);
                  const reason = reply.outcome?.reason ?? '';
                  if (filed(o.who, o.disease)) expect(['00', 'L01'], `${o.who} ${o.disease}`).toContain(reason);
                  else expect(reason, `${o.who} ${o.disease}`).toBe('F01');
                  if (o.disease !== '' && reply.settlementId) chronicApplied++;
                  sent.push({
                    retry: () => h.settle(input),
                    msgId: input.header.msgId,
                    op: LedgerOp.Settle,
                    settlementId: reply.settlementId ?? '',
                    applied: (reply.settlementId ?? '') !== '',
                  });
                  return;
                }
                const target = pick(o.ref);
                if (target === undefined || !target.applied) return;
                if (o.kind === 'retry') {
                  expect(['T01', 'T03']).toContain((await target.retry()).outcome?.reason);
                  return;
                }
                const header = h.header();
                let reply: Reply;
                if (o.kind === 'cancel') {
                  if (target.op !== LedgerOp.Settle) return;
                  reply = await h.cancel(header, target.settlementId);
                } else {
                  if (target.op === LedgerOp.Reverse) return;
                  reply = await h.reverse(header, target.msgId, target.op);
                }
                expect(['00', 'T03', 'L02', 'T02']).toContain(reply.outcome?.reason);
                const again =
                  o.kind === 'cancel'
                    ? () => h.cancel(header, target.settlementId)
                    : () => h.reverse(header, target.msgId, target.op);
                sent.push({
                  retry: again,
                  msgId: header.msgId,
                  op: o.kind === 'cancel' ? LedgerOp.CancelSettlement : LedgerOp.Reverse,
                  settlementId: '',
                  applied: reply.outcome?.reason === '00',
                });
              }),
            );
          }
        },
      ),
      { seed, numRuns: runs },
    );

    // What is live, from the journal: a cancel or a reversal of a settlement takes it away, a
    // reversal of a cancel puts it back.
    const live = new Map<number, { idNo: string; disease: string; m: Accumulators }>();
    const cancelled = new Map<number, number>();
    for (const { key: seq, value } of h.store.journal.getRange({ start: firstSeq + 1 })) {
      const e = decodeJournalEntry(seq as number, value as Buffer);
      const m = e.movement;
      const moved = {
        idNo: m.idNo,
        disease: m.diseaseCode,
        m: {
          deductiblePaidFen: m.deductiblePaidFen,
          poolPaidFen: m.poolPaidFen,
          largeAmountPaidFen: m.largeAmountPaidFen,
          selfPaySegmentUsedFen: m.selfPaySegmentFen,
        },
      };
      if (e.kind === EntryKind.Settle) live.set(e.seq, moved);
      else if (e.kind === EntryKind.Cancel) {
        cancelled.set(e.seq, e.targetSeq);
        expect(live.delete(e.targetSeq)).toBe(true);
      } else if (e.kind === EntryKind.Reverse && e.undidOp === LedgerOp.Settle)
        expect(live.delete(e.targetSeq)).toBe(true);
      else if (e.kind === EntryKind.Reverse && e.undidOp === LedgerOp.CancelSettlement)
        live.set(cancelled.get(e.targetSeq)!, moved);
    }
    for (const p of persons) {
      for (const d of diseases) {
        const expected = { ...start.get(key(p.idNo, d))! };
        for (const l of live.values()) {
          if (l.idNo !== p.idNo || l.disease !== d) continue;
          expected.deductiblePaidFen += l.m.deductiblePaidFen;
          expected.poolPaidFen += l.m.poolPaidFen;
          expected.largeAmountPaidFen += l.m.largeAmountPaidFen;
          expected.selfPaySegmentUsedFen += l.m.selfPaySegmentUsedFen;
        }
        expect(accumulators(p.idNo, d), `${p.idNo} ${d || 'general'}`).toEqual(expected);
      }
    }
    // A chronic settlement never reaches the general accumulators' segment or the large-amount fund.
    for (const l of live.values())
      if (l.disease !== '') expect(l.m.selfPaySegmentUsedFen + l.m.largeAmountPaidFen).toBe(0);
    process.stdout.write(`chronic: SEED=${seed} ${chronicApplied} chronic settlements applied\n`);
  }, 120_000);
});
