// The fatal path from every context (hardening issue, item 1): the built engine as a child process
// with an assertion failure injected (SSC_TEST_FAULT=<context>:<n>) inside an LMDB write
// transaction (ledger, card centre), a piscina worker, the inline authorizer, an HTTP route, an
// admin route, a TCP socket event and a timer. Each time the process must end (never hang: before
// the fix it stayed alive on a futex inside the ledger's transaction), killed by SIGABRT after one
// fatal line on stderr; restarted on the same data, everything acknowledged before is there exactly
// once and nothing of the failed transaction is.
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminClient } from '../../engine/cli/admin-client.js';
import { loadConfig } from '../../engine/config.js';
import type { DemoSamples, SampleCard } from '../../engine/demo/demo.js';
import { fatalSignal } from '../../engine/runtime/fatal.js';
import { decodeJournalEntry } from '../../engine/store/ledger-records.js';
import { defaultMapSizeBytes, Store } from '../../engine/store/store.js';
import { call, header, signIn, type TerminalIdentity } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { type EngineChild, startChild, stopChild } from '../support/engine-child.js';
import { registerSampleKeys } from '../support/helpers.js';

const adminSecret = 'fatal-test-admin-secret';
const dataDir = mkdtempSync(join(tmpdir(), 'ssc-fatal-'));
const baseEnv = {
  ...process.env,
  SSC_DATA_DIR: dataDir,
  SSC_PORT: '0',
  SSC_TCP_PORT: '0',
  SSC_DEMO_CARDS: '500',
  SSC_LOG_LEVEL: 'warn',
  SSC_THREADS: '1',
  SSC_ADMIN_SECRET: adminSecret,
};
/** How long the process may take to end once the fault fired (it used to never end). */
const endBoundMs = 10_000;

let samples: DemoSamples;
let terminal: TerminalIdentity;
let cards: SampleCard[];
let sequence = 1;

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

beforeAll(async () => {
  const engine = await startChild(baseEnv); // generates the demo data once
  await stopChild(engine.child);
  const store = Store.open({ path: dataDir, readOnly: true, mapSizeBytes: defaultMapSizeBytes });
  samples = store.meta.get('demo.samples') as DemoSamples;
  await store.close();
  registerSampleKeys(samples, loadConfig(baseEnv).masterKey);
  terminal = samples.terminals.find((t) => t.role === 'ningboHospitalL3')!;
  cards = samples.cards.filter((c) => c.scenario === 'issued');
}, 60_000);

/** Resolves with how the child ended, or rejects when it is still running after the bound. */
function ended(engine: EngineChild): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const { child } = engine;
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the engine did not end within ${endBoundMs} ms of the fault (hung)`));
    }, endBoundMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}

function settleRequest(signNo: string, card: SampleCard, amountFen: number): ssc.v1.ISettleRequest {
  return {
    header: header(terminal, signNo, sequence++),
    credential: { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
    medicalType: 11,
    useAccount: true,
    totalFen: amountFen,
    lines: [
      {
        lineNo: 1,
        catalogueCode: samples.catalogue.find((c) => c.class === 1)!.code,
        quantityMilli: 1_000,
        unitPriceFen: amountFen,
        amountFen,
      },
    ],
  };
}

async function settle(url: string, request: ssc.v1.ISettleRequest): Promise<ssc.v1.SettleReply> {
  const result = await call<ssc.v1.SettleReply>(url, 'Settle', request);
  expect(result.httpStatus).toBe(200);
  return result.reply!;
}

/** The journal read straight from the store: gap-free sequences and msg id -> settlement count. */
function journal(): { entries: number; byMsgId: Map<string, number> } {
  const store = Store.open({ path: dataDir, readOnly: true, mapSizeBytes: defaultMapSizeBytes });
  const byMsgId = new Map<string, number>();
  let expected = 1;
  for (const { key, value } of store.journal.getRange({})) {
    expect(key, 'journal without gaps').toBe(expected++);
    const entry = decodeJournalEntry(key as number, value as Buffer);
    byMsgId.set(entry.msgId, (byMsgId.get(entry.msgId) ?? 0) + 1);
  }
  void store.close();
  return { entries: expected - 1, byMsgId };
}

async function expectFatalEnd(engine: EngineChild, component: string): Promise<void> {
  const end = await ended(engine);
  expect(end).toEqual({ code: null, signal: fatalSignal });
  expect(engine.output()).toMatch(
    new RegExp(`ssc ${component}: fatal: SSC_ASSERTION: assertion failed: injected fault in `),
  );
}

/**
 * Restarts without the fault: the acknowledged settlements answer T01 with their original ids (each
 * in the journal once), the one in flight at the fault was never applied (its retry is new: 00).
 */
async function checkAfterRestart(acknowledged: ssc.v1.ISettleRequest[], ids: string[], lost: ssc.v1.ISettleRequest[]) {
  const before = journal();
  for (const request of lost) expect(before.byMsgId.get(request.header!.msgId!)).toBeUndefined();
  for (const request of acknowledged) expect(before.byMsgId.get(request.header!.msgId!)).toBe(1);
  const engine = await startChild(baseEnv);
  try {
    for (let i = 0; i < acknowledged.length; i++) {
      const reply = await settle(engine.url, acknowledged[i]!);
      expect(reply.outcome?.reason).toBe('T01');
      expect(reply.settlementId).toBe(ids[i]);
    }
    for (const request of lost) expect((await settle(engine.url, request)).outcome?.reason).toBe('00');
  } finally {
    await stopChild(engine.child);
  }
  const after = journal();
  for (const request of [...acknowledged, ...lost]) expect(after.byMsgId.get(request.header!.msgId!)).toBe(1);
}

describe('an assertion failure ends the engine from every context, data intact', () => {
  it('inside the ledger write transaction (the group being written never commits)', async () => {
    const engine = await startChild({ ...baseEnv, SSC_TEST_FAULT: 'ledger:3' });
    const signNo = await signIn(engine.url, terminal);
    const acknowledged = [
      settleRequest(signNo, cards[0 % cards.length]!, 1_234),
      settleRequest(signNo, cards[1 % cards.length]!, 2_345),
    ];
    const ids = [];
    for (const request of acknowledged) ids.push((await settle(engine.url, request)).settlementId);
    const lost = settleRequest(signNo, cards[2 % cards.length]!, 3_456);
    await expect(call(engine.url, 'Settle', lost)).rejects.toThrow();
    await expectFatalEnd(engine, 'ledger');
    await checkAfterRestart(acknowledged, ids, [lost]);
  }, 60_000);

  for (const [context, extraEnv] of [
    ['worker', { SSC_WORKERS: 'pool', SSC_IDLE_INLINE: '0' }],
    ['inline', { SSC_WORKERS: 'inline' }],
  ] as const) {
    it(`in the ${context} authorizer (a decision, read-only)`, async () => {
      const engine = await startChild({ ...baseEnv, ...extraEnv, SSC_TEST_FAULT: `${context}:2` });
      const signNo = await signIn(engine.url, terminal);
      const acknowledged = [settleRequest(signNo, cards[3 % cards.length]!, 1_111)];
      const ids = [(await settle(engine.url, acknowledged[0]!)).settlementId];
      const inquire = {
        header: header(terminal, signNo, sequence++),
        credential: {
          type: cards[3 % cards.length]!.credentialType,
          cardNo: cards[3 % cards.length]!.cardNo,
          cardSn: cards[3 % cards.length]!.cardSn,
        },
      };
      expect((await call<ssc.v1.InquireReply>(engine.url, 'Inquire', inquire)).httpStatus).toBe(200);
      await expect(
        call(engine.url, 'Inquire', { ...inquire, header: header(terminal, signNo, sequence++) }),
      ).rejects.toThrow();
      await expectFatalEnd(engine, context);
      await checkAfterRestart(acknowledged, ids, []);
    }, 60_000);
  }

  it('in an HTTP route on the main thread (no 500 and carry on)', async () => {
    const engine = await startChild({ ...baseEnv, SSC_TEST_FAULT: 'http:3' });
    const signNo = await signIn(engine.url, terminal); // route 1
    const acknowledged = [settleRequest(signNo, cards[4 % cards.length]!, 4_321)];
    const ids = [(await settle(engine.url, acknowledged[0]!)).settlementId]; // route 2
    const lost = settleRequest(signNo, cards[5 % cards.length]!, 5_432);
    await expect(call(engine.url, 'Settle', lost)).rejects.toThrow(); // route 3
    await expectFatalEnd(engine, 'http');
    await checkAfterRestart(acknowledged, ids, [lost]);
  }, 60_000);

  it('inside the card-centre write transaction and in an admin route', async () => {
    const card = cards[6 % cards.length]!;
    // cards:5 -> admin login (1), operator created (2), operator login (3), temporary loss (4), its
    // lift (5) never commits.
    let engine = await startChild({ ...baseEnv, SSC_TEST_FAULT: 'cards:5' });
    let admin = new AdminClient(engine.url);
    expect((await admin.login('admin', adminSecret)).status).toBe(200);
    const operatorSecret = 'fatal-operator-secret';
    expect(
      (await admin.post('/admin/staff', { staffId: 'op-fatal', role: 'operator', secret: operatorSecret })).status,
    ).toBe(201);
    const operator = new AdminClient(engine.url);
    expect((await operator.login('op-fatal', operatorSecret)).status).toBe(200);
    expect((await operator.post(`/admin/cards/${card.cardNo}/temp-loss`)).status).toBe(200);
    await expect(operator.post(`/admin/cards/${card.cardNo}/temp-loss-lift`)).rejects.toThrow();
    await expectFatalEnd(engine, 'card centre');
    // admin:2 -> login (1), the next admin request (2).
    engine = await startChild({ ...baseEnv, SSC_TEST_FAULT: 'admin:2' });
    admin = new AdminClient(engine.url);
    expect((await admin.login('admin', adminSecret)).status).toBe(200);
    await expect(admin.get(`/admin/cards/${card.cardNo}`)).rejects.toThrow();
    await expectFatalEnd(engine, 'admin');
    engine = await startChild(baseEnv);
    try {
      const again = new AdminClient(engine.url);
      expect((await again.login('op-fatal', operatorSecret)).status).toBe(200);
      const now = await again.get<{ status: string }>(`/admin/cards/${card.cardNo}`);
      expect(now.body.status).toBe('temp-lost'); // the loss committed, the lift did not
    } finally {
      await stopChild(engine.child);
    }
  }, 90_000);

  it('in a TCP socket event and in a timer (the process-level handler)', async () => {
    let engine = await startChild({ ...baseEnv, SSC_TEST_FAULT: 'tcp:1' });
    const tcpPort = Number(/TCP (\d+)/.exec(engine.output())![1]);
    const socket = connect({ host: '127.0.0.1', port: tcpPort });
    socket.on('error', () => undefined);
    socket.write(Buffer.from([0, 0, 0, 8, 1, 2, 3, 4, 5, 6, 7, 8]));
    await expectFatalEnd(engine, 'engine');
    socket.destroy();
    engine = await startChild({ ...baseEnv, SSC_TEST_FAULT: 'timer:25' });
    await expectFatalEnd(engine, 'engine');
    expect(journal().entries).toBeGreaterThan(0);
  }, 60_000);
});
