// A deterministic simulation of the ledger writer, in the spirit of TigerBeetle's simulator: a
// seeded scheduler drives the real Ledger over a real LMDB store with interleaved clients —
// settlements, retries (same and different content), cancellations, reversals (before and after
// their original), replies lost after the commit, requests lost before reaching the writer, and
// writer restarts (a new Ledger over the same store, as after a crash) — and a model checks every
// reply and, at the end, the whole state. The seed is printed; SEED=... replays the same schedule.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SettleInput } from '../../engine/core/decide-pre-settle.js';
import { EntryKind } from '../../engine/core/ledger-rules.js';
import type { RequestContext } from '../../engine/core/model.js';
import { defaultDecisionSettings } from '../../engine/core/settings.js';
import { cancelDigest, reverseDigest, settleDigest } from '../../engine/ledger/digest.js';
import { Ledger, type LedgerOptions, type LedgerResult, ledgerCommitModes } from '../../engine/ledger/ledger.js';
import { decodeJournalEntry } from '../../engine/store/ledger-records.js';
import { LmdbReadView } from '../../engine/store/read-view.js';
import { decodeAccount } from '../../engine/store/records.js';
import { type LedgerHarness, openLedgerHarness, policy, type Reply } from '../support/ledger-harness.js';
import { prng } from '../support/prng.js';

const seed = Number(process.env['SEED'] ?? Date.now() % 2 ** 31);
const steps = Number(process.env['SIM_STEPS'] ?? 400);

let h: LedgerHarness;
beforeAll(async () => {
  process.stdout.write(`ledger-simulation: SEED=${seed} SIM_STEPS=${steps}\n`);
  h = await openLedgerHarness();
});
afterAll(async () => {
  await h.close();
});

/** What the model knows of one settle message. */
interface SettleMsg {
  input: SettleInput;
  /** Applied by the ledger (the model learns it from the reply, even one the client lost). */
  applied: boolean;
  settlementId: string;
  accountFen: number;
  /** Cancelled or reversed. */
  undone: boolean;
  /** A reversal arrived before it: the settle must be refused T03 when it comes. */
  preReversed: boolean;
}

type Action =
  | { kind: 'settle'; msg: SettleMsg; header: RequestContext }
  | { kind: 'conflict'; msg: SettleMsg }
  | { kind: 'cancel'; header: RequestContext; settlementId: string; target: SettleMsg | undefined }
  | { kind: 'reverse'; header: RequestContext; target: SettleMsg };

describe('deterministic simulation of the ledger writer', () => {
  it(`every reply matches the model, and so does the final state (SEED=${seed})`, async () => {
    const random = prng(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const options: LedgerOptions = {
      groupItemsMax: 1 + Math.floor(random() * 8),
      commit: pick(ledgerCommitModes),
      pendingItemsMax: 100_000,
      retentionMs: 72 * 3_600_000,
      messagesMax: 1_000_000,
      pruneItemsMax: 1_024,
    };
    let ledger = h.ledger;
    // Each restart commits the next way (sync, pipelined, serial), so one run exercises every mode.
    let commits = ledgerCommitModes.indexOf(options.commit);
    const restart = async (): Promise<void> => {
      await ledger.drained();
      const commit = ledgerCommitModes[commits++ % ledgerCommitModes.length]!;
      ledger = new Ledger(h.store, new LmdbReadView(h.store), defaultDecisionSettings, policy, { ...options, commit });
    };
    await restart();
    const cards = h.samples.cards.filter((c) => c.scenario === 'issued');
    const opening = new Map<string, number>();
    for (const card of cards) {
      const buf = h.store.accounts.getBinary(card.idNo);
      const account = buf === undefined ? { currentYearFen: 0, priorYearsFen: 0 } : decodeAccount(buf);
      opening.set(card.idNo, account.currentYearFen + account.priorYearsFen);
    }
    const settles: SettleMsg[] = [];
    const unreached: Action[] = [];
    const stats = { replies: 0, lostReplies: 0, lostRequests: 0, restarts: 0 };
    /** How often each judgement was exercised (a branch never taken would prove nothing). */
    const seen: Record<string, number> = {};
    const saw = (what: string): void => {
      seen[what] = (seen[what] ?? 0) + 1;
    };

    const run = (action: Action): Promise<LedgerResult> =>
      new Promise((resolve) => {
        if (action.kind === 'settle' || action.kind === 'conflict') {
          const input =
            action.kind === 'settle'
              ? action.msg.input
              : { ...action.msg.input, totalFen: action.msg.input.totalFen + 1 };
          ledger.settle(input.header, input, settleDigest(input.header, input), resolve);
        } else if (action.kind === 'cancel') {
          ledger.cancel(action.header, action.settlementId, cancelDigest(action.header, action.settlementId), resolve);
        } else {
          const original = action.target.input.header.msgId;
          ledger.reverse(action.header, original, 1, reverseDigest(action.header, original, 1), resolve);
        }
      });

    /** The model's judgement of a reply, given everything before it in submission order. */
    const judge = (action: Action, reply: Reply): void => {
      const reason = reply.outcome?.reason;
      if (action.kind === 'conflict') {
        expect(reason, 'same msg id, other content').toBe('T04');
        saw('conflict T04');
        return;
      }
      if (action.kind === 'settle') {
        const msg = action.msg;
        if (msg.preReversed && !msg.applied) {
          expect(reason, 'settle after its reversal').toBe('T03');
          saw('settle after its reversal T03');
          return;
        }
        if (msg.applied) {
          expect(reason, 'retry of an applied settle').toBe(msg.undone ? 'T03' : 'T01');
          if (!msg.undone) expect(reply.settlementId).toBe(msg.settlementId);
          saw(msg.undone ? 'retry of an undone settle T03' : 'retry T01');
          return;
        }
        expect(['00', 'L01'], 'a fresh settle').toContain(reason);
        saw('fresh settle');
        msg.applied = true;
        msg.settlementId = reply.settlementId!;
        msg.accountFen = Number(reply.split?.['accountPaidFen'] ?? 0);
        return;
      }
      if (action.kind === 'cancel') {
        const target = action.target;
        if (target === undefined || !target.applied) {
          expect(['T02', 'T01'], 'cancel of an unknown settlement').toContain(reason);
          saw('cancel unknown T02');
          return;
        }
        if (reason === 'T01') return; // a retried cancel: its first reply stands
        if (target.undone) {
          expect(reason, 'cancel of an undone settlement').toBe('T03');
          saw('cancel undone T03');
          return;
        }
        expect(reason, 'cancel of a live settlement').toBe('00');
        saw('cancel live 00');
        target.undone = true;
        return;
      }
      const target = action.target;
      if (reason === 'T01') return;
      if (!target.applied && target.preReversed) {
        expect(reason, 'a second reversal before the original').toBe('T03');
        saw('second reversal before original T03');
        return;
      }
      if (!target.applied) {
        expect(reason, 'reversal before its original').toBe('00');
        saw('reversal before original 00');
        target.preReversed = true;
        return;
      }
      if (target.undone) {
        expect(reason, 'reversal of an undone settlement').toBe('T03');
        saw('reversal undone T03');
        return;
      }
      expect(reason, 'reversal of a live settlement').toBe('00');
      saw('reversal live 00');
      target.undone = true;
    };

    const newAction = (): Action => {
      const r = random();
      if (r < 0.45 || settles.length === 0) {
        const header = h.header();
        const card = pick(cards);
        const prices = Array.from({ length: 1 + Math.floor(random() * 3) }, () => 100 + Math.floor(random() * 30_000));
        const msg: SettleMsg = {
          input: h.settleInput(header, card, prices, random() < 0.8),
          applied: false,
          settlementId: '',
          accountFen: 0,
          undone: false,
          preReversed: false,
        };
        settles.push(msg);
        return { kind: 'settle', msg, header };
      }
      const msg = pick(settles);
      if (r < 0.6) return { kind: 'settle', msg, header: msg.input.header }; // a retry
      // Other content under a msg id the writer has seen (one it has not seen would simply be new).
      if (r < 0.65) return msg.applied ? { kind: 'conflict', msg } : { kind: 'settle', msg, header: msg.input.header };
      if (r < 0.82) {
        // Now and then a settlement id the writer never gave (a terminal's typo, another host's id):
        // without it, a run of 300 steps could miss T02 (a seed did: only unapplied targets gave it).
        const live = msg.applied && random() >= 0.05;
        const known = live
          ? msg.settlementId
          : `S${String(900_000_000 + Math.floor(random() * 1000)).padStart(12, '0')}`;
        return { kind: 'cancel', header: h.header(), settlementId: known, target: live ? msg : undefined };
      }
      return { kind: 'reverse', header: h.header(), target: msg };
    };

    for (let step = 0; step < steps; step++) {
      const fault = random();
      if (fault < 0.04) {
        await restart(); // the writer process restarted: a new Ledger, state from the store only
        stats.restarts++;
        continue;
      }
      // A group of actions submitted in the same turn (they may share a group commit), some of
      // them lost before reaching the writer; the ones lost earlier are retried now.
      const batch: Action[] = unreached.splice(0, unreached.length);
      const size = 1 + Math.floor(random() * 12);
      for (let i = 0; i < size; i++) {
        const action = newAction();
        if (random() < 0.05) {
          unreached.push(action);
          stats.lostRequests++;
        } else batch.push(action);
      }
      const loseReplies = random() < 0.1;
      const results = await Promise.all(batch.map(run));
      for (let i = 0; i < batch.length; i++) {
        const result = results[i]!;
        expect(result.status, 'no refusal from a healthy writer').toBe(0);
        // Lost replies still happened: the model learns the truth, the client only sees retries later.
        judge(batch[i]!, result.reply as Reply);
        stats.replies++;
      }
      if (loseReplies) stats.lostReplies += batch.length;
    }
    await ledger.drained();
    process.stdout.write(`ledger-simulation: SEED=${seed} ${JSON.stringify({ ...stats, options, seen })}\n`);
    if (steps >= 300)
      expect(Object.keys(seen).length, `judgements exercised: ${Object.keys(seen).join(', ')}`).toBeGreaterThanOrEqual(
        9,
      );

    // The final state against the model.
    const journal = new Map<string, number>();
    let expectedSeq = 1;
    for (const { key, value } of h.store.journal.getRange({})) {
      expect(key).toBe(expectedSeq++);
      const entry = decodeJournalEntry(key as number, value as Buffer);
      expect(journal.has(entry.msgId)).toBe(false);
      journal.set(entry.msgId, entry.kind);
    }
    const spent = new Map<string, number>();
    for (const msg of settles) {
      expect(journal.get(msg.input.header.msgId) === EntryKind.Settle, `settle ${msg.input.header.msgId}`).toBe(
        msg.applied,
      );
      if (msg.applied && !msg.undone)
        spent.set(msg.input.credential.idNo, (spent.get(msg.input.credential.idNo) ?? 0) + msg.accountFen);
    }
    for (const card of cards) {
      const buf = h.store.accounts.getBinary(card.idNo);
      const account = buf === undefined ? { currentYearFen: 0, priorYearsFen: 0 } : decodeAccount(buf);
      expect(account.currentYearFen + account.priorYearsFen, card.idNo.slice(-4)).toBe(
        opening.get(card.idNo)! - (spent.get(card.idNo) ?? 0),
      );
    }
    expect(stats.replies).toBeGreaterThan(steps);
  }, 600_000);
});
