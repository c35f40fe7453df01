// Visits over random histories through the real single writer (SEED=... replays; VISIT_RUNS sets
// the size): open, upload, withdraw, settle by visit, cancel, reverse, and retries, submitted in
// concurrent chunks so they share group commits. Afterwards, from the store:
//   - a visit has at most one live settlement, and a settled visit names it;
//   - the live settlement's total is the sum of its visit's lines (the lines cannot change while
//     settled: M02), and its split adds up to the fen;
//   - account = opening - account parts of the live settlements (visits move money exactly as
//     one-shot bills do).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntryKind, LedgerOp } from '../../engine/core/ledger-rules.js';
import { linesTotalFen, type VisitRecord, VisitState } from '../../engine/core/visits.js';
import type { SampleCard } from '../../engine/demo/demo.js';
import { decodeJournalEntry } from '../../engine/store/ledger-records.js';
import { type LedgerHarness, openLedgerHarness, type Reply } from '../support/ledger-harness.js';

const seed = Number(process.env['SEED'] ?? Date.now() % 2 ** 31);
const runs = Number(process.env['VISIT_RUNS'] ?? 40);

let h: LedgerHarness;
let persons: SampleCard[];
let codes: string[];
beforeAll(async () => {
  h = await openLedgerHarness();
  persons = h.samples.cards.filter((c) => c.scenario === 'issued').slice(0, 3);
  codes = h.samples.catalogue.filter((c) => c.class !== 3).map((c) => c.code);
});
afterAll(async () => {
  await h.close();
});

/** The line every visit starts with (sn L9: the random uploads use L0-L5). */
function firstLine(): [string, string, number, number, number, string] {
  return ['L9', codes[0]!, 1_000, 1_000, 1_000, 'B9'];
}

function balance(idNo: string): number {
  const a = h.account(idNo);
  return a.currentYearFen + a.priorYearsFen;
}

const action = fc.oneof(
  fc.record({ kind: fc.constant('open' as const), who: fc.nat({ max: 2 }) }),
  fc.record({
    kind: fc.constant('upload' as const),
    ref: fc.nat(),
    lines: fc.array(fc.tuple(fc.nat({ max: 5 }), fc.integer({ min: 1, max: 30_000 })), { minLength: 1, maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('withdraw' as const), ref: fc.nat(), sn: fc.nat({ max: 5 }) }),
  fc.record({ kind: fc.constant('settle' as const), ref: fc.nat() }),
  fc.record({ kind: fc.constant('cancel' as const), ref: fc.nat() }),
  fc.record({ kind: fc.constant('reverse' as const), ref: fc.nat() }),
  fc.record({ kind: fc.constant('closeVisit' as const), ref: fc.nat() }),
  fc.record({ kind: fc.constant('retry' as const), ref: fc.nat() }),
);

describe(`visits over random histories (SEED=${seed})`, () => {
  it('settle a visit at most once, from its lines, with money exact', async () => {
    const opening = new Map(persons.map((p) => [p.idNo, balance(p.idNo)]));
    const visits: { id: string; who: number }[] = [];
    const settlements: { id: string; msgId: string }[] = [];
    const retries: { call: () => Promise<Reply>; applied: boolean }[] = [];
    const pick = <T>(list: T[], ref: number): T | undefined =>
      list.length === 0 ? undefined : list[ref % list.length];
    const visitTotal = (id: string): number => {
      const v = h.store.visits.get(Number(id.slice(1))) as VisitRecord | undefined;
      return v === undefined ? 0 : linesTotalFen(v.lines);
    };
    const firstSeq = h.ledger.sequence;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(action, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        async (chunks) => {
          for (const chunk of chunks) {
            await Promise.all(
              chunk.map(async (a) => {
                const header = h.header();
                if (a.kind === 'open') {
                  const c = persons[a.who]!;
                  const command = {
                    op: 4 as const,
                    credential: { type: c.credentialType, cardNo: c.cardNo, cardSn: c.cardSn, idNo: c.idNo },
                    medicalType: 11,
                    insuranceType: 0,
                    personNo: '',
                    hisVisitNo: '',
                    beginMs: 0,
                    departmentCode: '',
                    doctorCode: '',
                    diagnoses: [],
                    diseaseCode: '',
                  };
                  const reply = await h.visit(header, command);
                  expect(['00', 'M03']).toContain(reply.outcome?.reason);
                  if (reply.visitId) {
                    visits.push({ id: reply.visitId, who: a.who });
                    // Every visit gets a first line, so settlements are common in short histories.
                    const first = { op: 6 as const, visitId: reply.visitId, personNo: '', lines: [firstLine()] };
                    expect((await h.visit(h.header(), first)).outcome?.reason).toMatch(/^(00|M02)$/);
                  }
                  retries.push({ call: () => h.visit(header, command), applied: reply.outcome?.reason === '00' });
                  return;
                }
                if (a.kind === 'cancel' || a.kind === 'reverse') {
                  const s = pick(settlements, a.ref);
                  if (s === undefined) return;
                  const reply =
                    a.kind === 'cancel'
                      ? await h.cancel(header, s.id)
                      : await h.reverse(header, s.msgId, LedgerOp.Settle);
                  expect(['00', 'T03']).toContain(reply.outcome?.reason);
                  retries.push({
                    call: () =>
                      a.kind === 'cancel' ? h.cancel(header, s.id) : h.reverse(header, s.msgId, LedgerOp.Settle),
                    applied: reply.outcome?.reason === '00',
                  });
                  return;
                }
                if (a.kind === 'retry') {
                  const retry = pick(retries, a.ref);
                  if (retry === undefined) return;
                  const reason = (await retry.call()).outcome?.reason ?? '';
                  // An applied request retried is its first answer (T01), or T03 once undone since; one
                  // declined at first wrote nothing and is decided afresh (it may apply now, once).
                  if (retry.applied) expect(['T01', 'T03']).toContain(reason);
                  else if (reason === '00') retry.applied = true;
                  return;
                }
                const v = pick(visits, a.ref);
                if (v === undefined) return;
                if (a.kind === 'upload') {
                  const command = {
                    op: 6 as const,
                    visitId: v.id,
                    personNo: '',
                    lines: a.lines.map(([sn, price]): [string, string, number, number, number, string] => [
                      `L${sn}`,
                      codes[(sn + price) % codes.length]!,
                      1_000,
                      price,
                      price,
                      `B${sn % 2}`,
                    ]),
                  };
                  const reply = await h.visit(header, command);
                  // V01: two lines with one sn in the request; M04: an sn already there with other content.
                  expect(['00', 'M02', 'M04', 'V01']).toContain(reply.outcome?.reason);
                } else if (a.kind === 'withdraw') {
                  const command = {
                    op: 7 as const,
                    visitId: v.id,
                    personNo: '',
                    sns: [`L${a.sn}`],
                    batchNo: '',
                    all: false,
                  };
                  expect(['00', 'M02', 'V01']).toContain((await h.visit(header, command)).outcome?.reason);
                } else if (a.kind === 'closeVisit') {
                  const command = { op: 8 as const, visitId: v.id, personNo: '' };
                  expect(['00', 'M02']).toContain((await h.visit(header, command)).outcome?.reason);
                } else {
                  const input = { ...h.settleInput(header, persons[v.who]!, [1]), lines: [], visitId: v.id };
                  input.totalFen = visitTotal(v.id);
                  const reply = await h.settle(input);
                  // V02: the lines changed between reading the total and settling; V01: no lines.
                  expect(['00', 'L01', 'M02', 'V01', 'V02']).toContain(reply.outcome?.reason);
                  if (reply.settlementId) settlements.push({ id: reply.settlementId, msgId: header.msgId });
                  retries.push({ call: () => h.settle(input), applied: (reply.settlementId ?? '') !== '' });
                }
              }),
            );
          }
        },
      ),
      { seed, numRuns: runs },
    );

    // The store against the journal.
    const live = new Map<number, { visitSeq: number; idNo: string; account: number; total: number }>();
    for (const { key, value } of h.store.journal.getRange({ start: firstSeq + 1 })) {
      const entry = decodeJournalEntry(key as number, value as Buffer);
      const record = (seq: number, e: typeof entry) =>
        live.set(seq, {
          visitSeq: e.targetSeq,
          idNo: e.movement.idNo,
          account: e.movement.accountCurrentFen + e.movement.accountPriorFen,
          total: e.movement.totalFen,
        });
      if (entry.kind === EntryKind.Settle) record(entry.seq, entry);
      else if (
        entry.kind === EntryKind.Cancel ||
        (entry.kind === EntryKind.Reverse && entry.undidOp === LedgerOp.Settle)
      )
        expect(live.delete(entry.targetSeq)).toBe(true);
      else if (entry.kind === EntryKind.Reverse && entry.undidOp === LedgerOp.CancelSettlement) {
        const cancel = decodeJournalEntry(entry.targetSeq, h.store.journal.getBinary(entry.targetSeq)!);
        record(cancel.targetSeq, decodeJournalEntry(cancel.targetSeq, h.store.journal.getBinary(cancel.targetSeq)!));
      }
    }
    const liveByVisit = new Map<number, number[]>();
    for (const [seq, l] of live) liveByVisit.set(l.visitSeq, [...(liveByVisit.get(l.visitSeq) ?? []), seq]);
    let settledVisits = 0;
    for (const v of visits) {
      const visit = h.store.visits.get(Number(v.id.slice(1))) as VisitRecord;
      const own = liveByVisit.get(visit.seq) ?? [];
      expect(own.length, `visit ${v.id}: live settlements`).toBeLessThanOrEqual(1);
      if (visit.state === VisitState.Settled) {
        settledVisits++;
        expect(own).toEqual([visit.settlementSeq]);
        expect(live.get(visit.settlementSeq)!.total).toBe(linesTotalFen(visit.lines));
      } else expect(own).toEqual([]);
    }
    process.stdout.write(
      `visits: SEED=${seed} ${visits.length} opened, ${settlements.length} settlements, ${live.size} live, ${settledVisits} visits settled now\n`,
    );
    // The histories did reach settlements (a property over no settlement proves nothing).
    expect(settlements.length).toBeGreaterThan(0);
    for (const person of persons) {
      const spent = [...live.values()].filter((l) => l.idNo === person.idNo).reduce((sum, l) => sum + l.account, 0);
      expect(balance(person.idNo)).toBe(opening.get(person.idNo)! - spent);
    }
  }, 120_000);
});
