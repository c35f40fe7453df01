// GET /metrics: per-stage latency histograms per operation and transport, decisions by reason,
// refusals by code, pool / ledger / LMDB / event-loop gauges; label sets that never carry a card,
// terminal or person.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limits } from '../../engine/core/limits.js';
import { call, header, signIn } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { TcpClient } from '../../protocol/tcp-client.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';

let t: TestEngine;
beforeAll(async () => {
  t = await startTestEngine({ SSC_DEMO_CARDS: '500' });
});
afterAll(async () => {
  await t.stop();
});

async function scrape(): Promise<string> {
  const response = await fetch(`${t.engine.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

describe('metrics', () => {
  it('exports stages, decisions, refusals and gauges, with no personal data in any label', async () => {
    const terminal = t.terminal('ningboHospitalL3');
    const signNo = await signIn(t.engine.url, terminal);
    for (const card of t.samples.cards.filter((c) => c.credentialType === 3)) {
      await call<ssc.v1.InquireReply>(t.engine.url, 'Inquire', {
        header: header(terminal, signNo, 10),
        credential: { type: 3, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
      });
    }
    const tcp = await TcpClient.connect({ host: '127.0.0.1', port: t.engine.tcpPort });
    await tcp.call('Inquire', { header: header(terminal, signNo, 11), credential: { type: 3 } });
    await tcp.close();
    await fetch(`${t.engine.url}/ssc.v1.TransactionService/Inquire`, {
      method: 'POST',
      headers: { 'content-type': 'application/proto' },
      body: Buffer.from([0xff, 0xff]),
    });
    const text = await scrape();
    expect(text).toMatch(
      /ssc_stage_seconds_bucket\{operation="Inquire",transport="http",stage="total",le="0\.001"\} \d+/,
    );
    expect(text).toMatch(/ssc_stage_seconds_count\{operation="Inquire",transport="tcp",stage="decide"\} 1/);
    expect(text).toMatch(/ssc_stage_seconds_count\{operation="SignIn",transport="http",stage="total"\} \d+/);
    expect(text).toMatch(/ssc_decisions_total\{operation="Inquire",reason="00"\} \d+/);
    expect(text).toMatch(/ssc_decisions_total\{operation="Inquire",reason="C03"\} \d+/);
    expect(text).toMatch(/ssc_decisions_total\{operation="Inquire",reason="V01"\} 1/);
    expect(text).toMatch(/ssc_refused_total\{code="SSC_MALFORMED"\} 1/);
    for (const gauge of [
      'ssc_pool_threads 2',
      'ssc_dispatch_queue_depth 0',
      'ssc_ledger_sequence',
      'ssc_lmdb_file_bytes',
      'ssc_lmdb_used_bytes',
      'ssc_lmdb_free_bytes',
      'ssc_event_loop_lag_p99_seconds',
      'ssc_batch_items_count',
    ]) {
      expect(text).toContain(gauge);
    }
    // /stats says how much of the data file is free (a compaction's worth), in whole pages.
    const { store } = (await (await fetch(`${t.engine.url}/stats`)).json()) as {
      store: { fileBytes: number; usedBytes: number; freeBytes: number; compactionAdvised: boolean };
    };
    expect(store.usedBytes + store.freeBytes).toBe(store.fileBytes);
    expect(store.usedBytes % 4096).toBe(0);
    expect(store.usedBytes).toBeGreaterThan(0);
    expect(store.compactionAdvised).toBe(false);
    for (const card of t.samples.cards) {
      expect(text).not.toContain(card.cardNo);
      if (card.idNo !== '') expect(text).not.toContain(card.idNo);
    }
    expect(text).not.toContain(terminal.terminalId);
  });

  it('counts group commits and their flush time once money moves', async () => {
    const terminal = t.terminal('ningboHospitalL3');
    const signNo = await signIn(t.engine.url, terminal);
    const card = t.samples.cards.find((c) => c.scenario === 'issued')!;
    const item = t.samples.catalogue.find((c) => c.class === 1)!;
    const settled = await call<ssc.v1.SettleReply>(t.engine.url, 'Settle', {
      header: header(terminal, signNo, 20),
      credential: { type: 3, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
      medicalType: 11,
      totalFen: 100,
      lines: [{ lineNo: 1, catalogueCode: item.code, quantityMilli: 1_000, unitPriceFen: 100, amountFen: 100 }],
    });
    expect(settled.reply?.outcome?.reason).toBe('00');
    // /metrics is rendered at most once per limits.metricsCacheMs: the next rendering shows it.
    await new Promise((resolve) => setTimeout(resolve, limits.metricsCacheMs + 50));
    const text = await scrape();
    expect(text).toMatch(/ssc_ledger_group_items_count \d+/);
    expect(text).toMatch(/ssc_ledger_commit_seconds_count \d+/);
    expect(text).toMatch(/ssc_stage_seconds_count\{operation="Settle",transport="http",stage="commit"\} 1/);
  });
});
