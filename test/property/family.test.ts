// Family account sharing (家庭共济) over random families and histories, through the real single
// writer (SEED=... replays; FAMILY_RUNS sets the size): bindings made, changed and revoked between
// chunks; settlements, cancels, reversals of either and retries submitted in concurrent chunks that
// share group commits. Afterwards, from the store: no account below zero, and each person's balance
// = opening - own parts of their live settlements - family parts of the live settlements they paid
// for; so the sum over the family equals the opening balances minus the live settlements' account
// money.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntryKind, LedgerOp } from '../../engine/core/ledger-rules.js';
import type { FamilyBinding } from '../../engine/core/model.js';
import type { SampleCard } from '../../engine/demo/demo.js';
import { decodeJournalEntry } from '../../engine/store/ledger-records.js';
import { encodeAccount } from '../../engine/store/records.js';
import { type LedgerHarness, openLedgerHarness, type Reply } from '../support/ledger-harness.js';

const seed = Number(process.env['SEED'] ?? Date.now() % 2 ** 31);
const runs = Number(process.env['FAMILY_RUNS'] ?? 25);

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
  expect(a.currentYearFen, 'no account below zero').toBeGreaterThanOrEqual(0);
  expect(a.priorYearsFen, 'no account below zero').toBeGreaterThanOrEqual(0);
  return a.currentYearFen + a.priorYearsFen;
}

/** Writes a binding the way the card centre does (one put in a write transaction). */
function bind(beneficiary: number, payer: number | null, revoked: boolean): void {
  const idNo = persons[beneficiary]!.idNo;
  if (payer === null || payer === beneficiary) {
    h.store.env.transactionSync(() => h.store.families.removeSync(idNo));
    return;
  }
  const binding: FamilyBinding = {
    payerIdNo: persons[payer]!.idNo,
    validFromMs: 0,
    validToMs: 0,
    revokedMs: revoked ? 1 : 0,
  };
  h.store.env.transactionSync(() => h.store.families.putSync(idNo, binding));
}

const op = fc.oneof(
  // Large bills drain the own accounts, so relatives pay.
  fc.record({
    kind: fc.constant('settle' as const),
    who: fc.nat({ max: 2 }),
    bill: fc.array(fc.integer({ min: 1, max: 400_000 }), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('cancel' as const), ref: fc.nat() }),
  fc.record({ kind: fc.constant('reverse' as const), ref: fc.nat() }),
  fc.record({ kind: fc.constant('retry' as const), ref: fc.nat() }),
);
const binding = fc.record({
  beneficiary: fc.nat({ max: 2 }),
  payer: fc.option(fc.nat({ max: 2 })),
  revoked: fc.boolean(),
});

describe(`family account sharing over random histories (SEED=${seed})`, () => {
  it('no account below zero; each balance = opening - own live parts - family live parts paid', async () => {
    // Small own accounts and a first binding: a relative is drawn on in the shortest history
    // (SEED=735443695 reached none with the demo balances).
    h.store.env.transactionSync(() => {
      // Person 0 almost nothing of its own; the others enough to pay for a relative for a while.
      for (const [i, p] of persons.entries()) {
        const own =
          i === 0 ? { currentYearFen: 1_000, priorYearsFen: 500 } : { currentYearFen: 400_000, priorYearsFen: 100_000 };
        h.store.accounts.putSync(p.idNo, encodeAccount(own));
      }
    });
    bind(0, 1, false);
    const opening = new Map(persons.map((p) => [p.idNo, balance(p.idNo)]));
    const firstSeq = h.ledger.sequence;
    // One settlement the relative certainly pays for, before the random histories (which may
    // rebind or revoke before person 0 settles: SEED=735759521 drew on no relative).
    const first = await h.settle(h.settleInput(h.header(), persons[0]!, [10_000]));
    let familyPaid = Number(first.split?.['familyAccountPaidFen'] ?? 0);
    expect(familyPaid, 'the relative paid the first settlement').toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.array(binding, { maxLength: 2 }), fc.array(op, { minLength: 1, maxLength: 6 })), {
          minLength: 1,
          maxLength: 6,
        }),
        async (chunks) => {
          const sent: { retry: () => Promise<Reply>; msgId: string; settlementId: string; applied: boolean }[] = [];
          const pick = (ref: number) => (sent.length === 0 ? undefined : sent[ref % sent.length]);
          for (const [bindings, ops] of chunks) {
            for (const b of bindings) bind(b.beneficiary, b.payer, b.revoked);
            await Promise.all(
              ops.map(async (o) => {
                if (o.kind === 'settle') {
                  const input = h.settleInput(h.header(), persons[o.who]!, o.bill);
                  const reply = await h.settle(input);
                  const s = reply.split;
                  if (s !== undefined) {
                    const part = Number(s['accountPaidFen'] ?? 0) + Number(s['familyAccountPaidFen'] ?? 0);
                    expect(Number(s['personPartFen'])).toBe(part + Number(s['cashFen'] ?? 0));
                    familyPaid += Number(s['familyAccountPaidFen'] ?? 0);
                  }
                  sent.push({
                    retry: () => h.settle(input),
                    msgId: input.header.msgId,
                    settlementId: reply.settlementId ?? '',
                    applied: (reply.settlementId ?? '') !== '',
                  });
                  return;
                }
                const target = pick(o.ref);
                if (target === undefined) return;
                if (o.kind === 'retry') {
                  const reason = (await target.retry()).outcome?.reason ?? '';
                  if (target.applied) expect(['T01', 'T03', 'L02', 'T02']).toContain(reason);
                  return;
                }
                if (target.settlementId === '') return;
                const header = h.header();
                const reply =
                  o.kind === 'cancel'
                    ? await h.cancel(header, target.settlementId)
                    : await h.reverse(header, target.msgId, LedgerOp.Settle);
                expect(['00', 'T03']).toContain(reply.outcome?.reason);
                sent.push({
                  retry: () =>
                    o.kind === 'cancel'
                      ? h.cancel(header, target.settlementId)
                      : h.reverse(header, target.msgId, LedgerOp.Settle),
                  msgId: header.msgId,
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

    // The store against the journal: what is live, and who paid it.
    const live = new Map<number, { idNo: string; own: number; payer: string; family: number }>();
    for (const { key, value } of h.store.journal.getRange({ start: firstSeq + 1 })) {
      const e = decodeJournalEntry(key as number, value as Buffer);
      const m = e.movement;
      if (e.kind === EntryKind.Settle) {
        live.set(e.seq, {
          idNo: m.idNo,
          own: m.accountCurrentFen + m.accountPriorFen,
          payer: m.payerIdNo,
          family: m.familyCurrentFen + m.familyPriorFen,
        });
      } else if (e.kind === EntryKind.Cancel || (e.kind === EntryKind.Reverse && e.undidOp === LedgerOp.Settle)) {
        expect(live.delete(e.targetSeq)).toBe(true);
      }
    }
    for (const person of persons) {
      const own = [...live.values()].filter((l) => l.idNo === person.idNo).reduce((sum, l) => sum + l.own, 0);
      const paidForOthers = [...live.values()]
        .filter((l) => l.payer === person.idNo)
        .reduce((sum, l) => sum + l.family, 0);
      expect(balance(person.idNo), person.idNo).toBe(opening.get(person.idNo)! - own - paidForOthers);
    }
    process.stdout.write(`family: SEED=${seed} family account paid ${familyPaid} fen over the run\n`);
  }, 120_000);
});
