// Durability under SIGKILL: the built engine as a child process takes a stream of settlements and
// is killed with SIGKILL at a random moment, then restarted, KILL_ROUNDS times (default 20).
// Afterwards, read straight from the store:
//   - every settlement whose reply the client received is in the journal, with the id it was given;
//   - no message id was applied twice;
//   - each person's account equals the opening balance minus the account parts in the journal,
//     and the year's accumulators equal the sums of the journal's movements.
// Requests whose reply never came are retried after the restart: each is answered 00 (applied now)
// or T01 (it had been applied before the kill), never both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EntryKind } from '../../engine/core/ledger-rules.js';
import { loadConfig } from '../../engine/server/config.js';
import type { DemoSamples, SampleCard } from '../../engine/store/demo.js';
import { decodeJournalEntry } from '../../engine/store/ledger-records.js';
import { decodeAccount, decodeAccumulators } from '../../engine/store/records.js';
import { accumulatorKey, defaultMapSizeBytes, Store } from '../../engine/store/store.js';
import { call, header, signIn, type TerminalIdentity } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { registerSampleKeys } from '../helpers.js';
import { type EngineChild, startChild, stopChild } from './engine-child.js';

const rounds = Number(process.env['KILL_ROUNDS'] ?? 20);
const seed = Number(process.env['SEED'] ?? Date.now() % 1_000_000);
const dataDir = mkdtempSync(join(tmpdir(), 'ssc-kill-'));
const env = {
  ...process.env,
  SSC_DATA_DIR: dataDir,
  SSC_PORT: '0',
  SSC_TCP_PORT: '0',
  SSC_DEMO_CARDS: '2000',
  SSC_LOG_LEVEL: 'warn',
  SSC_THREADS: '1',
};

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Small seeded generator (mulberry32): the kill moments and bills replay with SEED. */
function prng(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function readSamples(): DemoSamples {
  const store = Store.open({ path: dataDir, readOnly: true, mapSizeBytes: defaultMapSizeBytes });
  const samples = store.meta.get('demo.samples') as DemoSamples;
  void store.close();
  return samples;
}

type SettleRequest = ssc.v1.ISettleRequest & { header: ssc.v1.IRequestHeader };

describe('kill -9 under a settle load', () => {
  it(`keeps every acknowledged settlement, applies nothing twice (${rounds} kills, SEED=${seed})`, async () => {
    const random = prng(seed);
    let engine: EngineChild = await startChild(env);
    const samples = readSamples();
    registerSampleKeys(samples, loadConfig(env).masterKey);
    const cards = samples.cards.filter((c) => c.scenario === 'issued');
    const terminal: TerminalIdentity = samples.terminals.find((t) => t.role === 'ningboHospitalL3')!;
    const codes = samples.catalogue.filter((c) => c.class !== 3).map((c) => c.code);
    let sequence = 1;
    let signNo = await signIn(engine.url, terminal);

    const opening = new Map<string, number>();
    for (const card of cards) {
      const reply = await call<ssc.v1.InquireReply>(engine.url, 'Inquire', {
        header: header(terminal, signNo, sequence++),
        credential: { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
      });
      opening.set(card.idNo, Number(reply.reply?.person?.accountBalanceFen ?? 0));
    }

    const makeRequest = (card: SampleCard): SettleRequest => {
      const lines = [0, 1].map((i) => {
        const price = 500 + Math.floor(random() * 20_000);
        return {
          lineNo: i + 1,
          catalogueCode: codes[Math.floor(random() * codes.length)]!,
          quantityMilli: 1_000,
          unitPriceFen: price,
          amountFen: price,
        };
      });
      return {
        header: header(terminal, signNo, sequence++),
        credential: { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
        medicalType: 11,
        useAccount: true,
        totalFen: lines.reduce((sum, l) => sum + l.amountFen, 0),
        lines,
      };
    };

    /** msg id -> settlement id, for every reply 00 / T01 the client received. */
    const acknowledged = new Map<string, string>();
    let unanswered: SettleRequest[] = [];

    const requests = new Map<string, SettleRequest>();
    const send = async (request: SettleRequest, url: string, expectDuplicate = false): Promise<boolean> => {
      let result: Awaited<ReturnType<typeof call<ssc.v1.SettleReply>>>;
      try {
        result = await call<ssc.v1.SettleReply>(url, 'Settle', request);
      } catch {
        return false; // connection reset by the kill: no answer
      }
      expect(result.httpStatus).toBe(200);
      const reason = result.reply?.outcome?.reason;
      expect(expectDuplicate ? ['T01'] : ['00', 'L01', 'T01']).toContain(reason);
      requests.set(request.header.msgId!, request);
      const before = acknowledged.get(request.header.msgId!);
      if (before !== undefined) expect(result.reply!.settlementId).toBe(before);
      acknowledged.set(request.header.msgId!, result.reply!.settlementId);
      return true;
    };

    for (let round = 0; round < rounds; round++) {
      // Requests left without an answer by the last kill: retried with the same msg id.
      for (const request of unanswered) expect(await send(request, engine.url)).toBe(true);
      unanswered = [];
      // A few acknowledged ones retried after the restart: the original reply, marked duplicate.
      for (const msgId of [...acknowledged.keys()].slice(-5)) {
        const request = requests.get(msgId)!;
        request.header.signNo = signNo;
        expect(await send(request, engine.url, true)).toBe(true);
      }

      let killed = false;
      const url = engine.url;
      const loops = Array.from({ length: 12 }, async () => {
        while (!killed) {
          const request = makeRequest(cards[Math.floor(random() * cards.length)]!);
          if (!(await send(request, url))) {
            unanswered.push(request);
            return;
          }
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.floor(random() * 400)));
      killed = true;
      expect(await stopChild(engine.child, 'SIGKILL')).toBeNull();
      await Promise.all(loops);
      engine = await startChild(env);
      signNo = await signIn(engine.url, terminal);
      for (const request of unanswered) request.header.signNo = signNo;
    }
    for (const request of unanswered) expect(await send(request, engine.url)).toBe(true);
    expect(await stopChild(engine.child, 'SIGTERM')).toBe(0);
    expect(acknowledged.size).toBeGreaterThan(rounds * 5);

    // The store, read directly.
    const store = Store.open({ path: dataDir, readOnly: true, mapSizeBytes: defaultMapSizeBytes });
    try {
      const applied = new Map<string, string>();
      const spent = new Map<string, number>();
      const pool = new Map<string, number>();
      for (const { key, value } of store.journal.getRange({})) {
        const entry = decodeJournalEntry(key as number, value as Buffer);
        expect(entry.kind).toBe(EntryKind.Settle);
        expect(applied.has(entry.msgId)).toBe(false);
        applied.set(entry.msgId, 'S' + String(entry.seq).padStart(12, '0'));
        const m = entry.movement;
        spent.set(m.idNo, (spent.get(m.idNo) ?? 0) + m.accountCurrentFen + m.accountPriorFen);
        const yearKey = accumulatorKey(m.idNo, m.medicalYear);
        pool.set(yearKey, (pool.get(yearKey) ?? 0) + m.poolPaidFen);
      }
      for (const [msgId, settlementId] of acknowledged) expect(applied.get(msgId)).toBe(settlementId);
      expect(applied.size).toBe(acknowledged.size);
      for (const card of cards) {
        const account = decodeAccount(store.accounts.getBinary(card.idNo)!);
        expect(account.currentYearFen + account.priorYearsFen).toBe(
          opening.get(card.idNo)! - (spent.get(card.idNo) ?? 0),
        );
      }
      for (const [yearKey, poolPaidFen] of pool) {
        expect(decodeAccumulators(store.accounts.getBinary(yearKey)!).poolPaidFen).toBe(poolPaidFen);
      }
    } finally {
      await store.close();
    }
  }, 300_000);
});
