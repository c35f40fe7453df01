// The ledger without HTTP: a real LMDB store in a temp folder with demo data, a signed-in terminal,
// and promise wrappers around settle / cancel / reverse. For property tests that drive thousands
// of operations and then read the store directly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SettleInput } from '../../engine/core/decide-pre-settle.js';
import type { AccountRecord, RequestContext } from '../../engine/core/model.js';
import { defaultDecisionSettings } from '../../engine/core/settings.js';
import { type DemoSamples, generateDemo, type SampleCard } from '../../engine/demo/demo.js';
import { cancelDigest, commandDigest, reverseDigest, settleDigest } from '../../engine/ledger/digest.js';
import { Ledger, type LedgerOptions, type LedgerResult } from '../../engine/ledger/ledger.js';
import type { LedgerCommand } from '../../engine/ledger/work.js';
import { Sessions } from '../../engine/sessions/sessions.js';
import { loadPolicyFile } from '../../engine/store/policy-file.js';
import { LmdbReadView } from '../../engine/store/read-view.js';
import { decodeAccount } from '../../engine/store/records.js';
import { defaultMapSizeBytes, Store } from '../../engine/store/store.js';
import { distinctMsgId } from '../../protocol/client.js';

export const policy = loadPolicyFile('engine/core/policies/ningbo-2011-illustrative.json');

export interface LedgerHarness {
  store: Store;
  ledger: Ledger;
  view: LmdbReadView;
  samples: DemoSamples;
  /** A fresh header with a new msg id from the signed-in hospital terminal. */
  header(): RequestContext;
  settleInput(header: RequestContext, card: SampleCard, unitPricesFen: number[], useAccount?: boolean): SettleInput;
  settle(input: SettleInput): Promise<Reply>;
  cancel(header: RequestContext, settlementId: string): Promise<Reply>;
  reverse(header: RequestContext, originalMsgId: string, originalOp: number): Promise<Reply>;
  /** A person's account as stored (zeros when none). */
  account(idNo: string): AccountRecord;
  /** A visit request (open, update, upload, withdraw, cancel) or a filing, through the same writer. */
  visit(header: RequestContext, command: LedgerCommand): Promise<Reply>;
  close(): Promise<void>;
}

/** The decoded reply fields the tests look at. */
export type Reply = {
  outcome?: { reason?: string; duplicate?: boolean };
  settlementId?: string;
  visitId?: string;
  lineCount?: number;
  totalFen?: number;
  undone?: boolean;
  split?: Record<string, number>;
  accountBalanceAfterFen?: number;
};

const ledgerDefaults: LedgerOptions = {
  groupItemsMax: 512,
  commit: 'pipelined',
  pendingItemsMax: 100_000,
  retentionMs: 72 * 3_600_000,
  messagesMax: 1_000_000,
  pruneItemsMax: 1_024,
};

function replyOf(result: LedgerResult): Reply {
  if (result.status !== 0) throw new Error(`ledger status ${result.status}`);
  return result.reply as Reply;
}

export async function openLedgerHarness(options: Partial<LedgerOptions> = {}): Promise<LedgerHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'ssc-ledger-'));
  const store = Store.open({ path: dir, readOnly: false, mapSizeBytes: defaultMapSizeBytes });
  await generateDemo(store, {
    cards: 1_000,
    seed: 42,
    nowMs: Date.now(),
    masterKey: Buffer.alloc(32, 7),
    samplesPerScenario: 3,
  });
  const samples = store.meta.get('demo.samples') as DemoSamples;
  const terminal = samples.terminals.find((t) => t.role === 'ningboHospitalL3')!;
  const view = new LmdbReadView(store);
  const ledger = new Ledger(store, new LmdbReadView(store), defaultDecisionSettings, policy, {
    ...ledgerDefaults,
    ...options,
  });
  let sequence = 0;
  const startMs = Date.now();
  const header = (): RequestContext => {
    const k = sequence++;
    return {
      msgId: distinctMsgId(terminal.institutionCode, startMs, k),
      terminalId: terminal.terminalId,
      institutionCode: terminal.institutionCode,
      operatorId: 'op001',
      operatorType: 1,
      signNo,
      requestTimeMs: Date.now(),
      careRegion: terminal.region,
      insuredRegion: '',
    };
  };
  let signNo = '';
  signNo = (await new Sessions(store, view, defaultDecisionSettings).signIn(header(), Date.now())).signNo;
  const catalogue = samples.catalogue.filter((c) => c.class !== 3).map((c) => c.code);
  return {
    store,
    ledger,
    view,
    samples,
    header,
    settleInput(h, card, unitPricesFen, useAccount = true) {
      const lines = unitPricesFen.map((price, i) => ({
        lineNo: i + 1,
        catalogueCode: catalogue[(price + i) % catalogue.length]!,
        quantityMilli: 1_000,
        unitPriceFen: price,
        amountFen: price,
      }));
      return {
        header: h,
        credential: { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
        medicalType: 11,
        insuranceType: 0,
        useAccount,
        totalFen: lines.reduce((sum, l) => sum + l.amountFen, 0),
        lines,
        visitId: '',
        personNo: '',
        diseaseCode: '',
      };
    },
    settle: (input) =>
      new Promise((resolve) =>
        ledger.settle(input.header, input, settleDigest(input.header, input), (r) => resolve(replyOf(r))),
      ),
    cancel: (h, id) => new Promise((resolve) => ledger.cancel(h, id, cancelDigest(h, id), (r) => resolve(replyOf(r)))),
    reverse: (h, original, op) =>
      new Promise((resolve) =>
        ledger.reverse(h, original, op, reverseDigest(h, original, op), (r) => resolve(replyOf(r))),
      ),
    account(idNo) {
      const buf = store.accounts.getBinary(idNo);
      return buf === undefined ? { currentYearFen: 0, priorYearsFen: 0 } : decodeAccount(buf);
    },
    visit: (h, command) =>
      new Promise((resolve) =>
        ledger.command(h, command, commandDigest(h, command.op, command), (r) => resolve(replyOf(r))),
      ),
    async close() {
      await ledger.drained();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
