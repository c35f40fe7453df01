// Idempotency records are bounded in time and in number; a pruned message id is refused (V01
// header.msg_id), so a late retry can never be settled a second time, also after a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDecisionSettings } from '../../engine/core/settings.js';
import { settleDigest } from '../../engine/ledger/digest.js';
import { Ledger } from '../../engine/ledger/ledger.js';
import { LmdbReadView } from '../../engine/store/read-view.js';
import { type LedgerHarness, openLedgerHarness, policy, type Reply } from '../support/ledger-harness.js';

let h: LedgerHarness;
beforeAll(async () => {
  // A generous time slice: this test counts what one pass prunes (the slice is tested below).
  h = await openLedgerHarness({ messagesMax: 3, retentionMs: 60 * 60_000, pruneSliceUs: 1_000_000 });
});
afterAll(async () => {
  await h.close();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('idempotency retention', () => {
  it('prunes the oldest records beyond the bound and refuses their ids afterwards', async () => {
    const card = h.samples.cards.find((c) => c.scenario === 'issued')!;
    const inputs = Array.from({ length: 5 }, () => h.settleInput(h.header(), card, [1_000]));
    for (const input of inputs) expect((await h.settle(input)).outcome?.reason).toBe('00');
    await pause(150); // pruning runs at most every 100 ms (limits.ledgerPruneIntervalMs), inside a group's transaction
    expect((await h.settle(h.settleInput(h.header(), card, [1_000]))).outcome?.reason).toBe('00');
    expect(h.ledger.stats.pruned).toBeGreaterThanOrEqual(3);
    const late = await h.settle(inputs[0]!);
    expect(late.outcome?.reason).toBe('V01');
    expect((late.outcome as { field?: string }).field).toBe('header.msg_id');
    // The newest ones are still answered as duplicates.
    expect((await h.settle(inputs[4]!)).outcome?.reason).toBe('T01');

    // A new writer on the same store (a restart) keeps refusing the pruned ids.
    const restarted = new Ledger(h.store, new LmdbReadView(h.store), defaultDecisionSettings, policy, {
      groupItemsMax: 16,
      commit: 'pipelined',
      pendingItemsMax: 100,
      retentionMs: 60 * 60_000,
      messagesMax: 1_000,
      pruneItemsMax: 100,
    });
    const again = await new Promise<Reply>((resolve) =>
      restarted.settle(inputs[1]!.header, inputs[1]!, settleDigest(inputs[1]!.header, inputs[1]!), (r) =>
        resolve(r.reply as Reply),
      ),
    );
    expect(again.outcome?.reason).toBe('V01');
    await restarted.drained();
  });

  it('stops a pruning pass at its time slice, after one record at least', async () => {
    // A slice of 0: every pass ends after its first record (progress, never a stall of the writer).
    const sliced = await openLedgerHarness({ messagesMax: 2, retentionMs: 60 * 60_000, pruneSliceUs: 0 });
    try {
      const card = sliced.samples.cards.find((c) => c.scenario === 'issued')!;
      for (let i = 0; i < 6; i++)
        expect((await sliced.settle(sliced.settleInput(sliced.header(), card, [1_000]))).outcome?.reason).toBe('00');
      const passes = [];
      for (let i = 0; i < 3; i++) {
        await pause(150);
        const before = sliced.ledger.stats.pruned;
        expect((await sliced.settle(sliced.settleInput(sliced.header(), card, [1_000]))).outcome?.reason).toBe('00');
        passes.push(sliced.ledger.stats.pruned - before);
      }
      // Five over the bound before each pass (each settles one more): one pruned per pass.
      expect(passes).toEqual([1, 1, 1]);
    } finally {
      await sliced.close();
    }
  });

  it('refuses a msg id older than the retention time', async () => {
    const card = h.samples.cards.find((c) => c.scenario === 'issued')!;
    const input = h.settleInput(h.header(), card, [1_000]);
    const old = { ...input.header, msgId: input.header.msgId.slice(0, 12) + '20200101080000' + '0001' };
    const reply = await h.settle({ ...input, header: old });
    expect(reply.outcome?.reason).toBe('V01');
  });
});
