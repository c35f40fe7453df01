// Bounded queues and task timeouts, with real worker threads slowed by the fault-test hook:
// overload is refused at once with 503 S01 + Retry-After; a task over its timeout is aborted, its
// requests answered 503 S01, and the pool replaces the worker.
import { describe, expect, it } from 'vitest';
import { call, header, signIn } from '../../protocol/client.js';
import { servicePath } from '../../protocol/operations.js';
import type { ssc } from '../../protocol/pb.js';
import { startTestEngine } from '../support/helpers.js';

const inquire = (url: string): Promise<Response> =>
  fetch(url + servicePath + 'Inquire', {
    method: 'POST',
    body: new Uint8Array(0),
    headers: { 'content-type': 'application/proto' },
  });

describe('dispatcher bounds', () => {
  it('refuses requests over the pending bound with 503 SSC_OVERLOADED (S01, Retry-After) and answers the rest', async () => {
    const t = await startTestEngine({
      SSC_DEMO_CARDS: '100',
      SSC_IDLE_INLINE: '0',
      SSC_THREADS: '1',
      SSC_TASKS_PER_THREAD: '1',
      SSC_BATCH_ITEMS_MAX: '1',
      SSC_PENDING_ITEMS_MAX: '2',
      SSC_TEST_BATCH_DELAY_MS: '150',
    });
    try {
      const responses = await Promise.all(Array.from({ length: 12 }, () => inquire(t.engine.url)));
      const refused = responses.filter((r) => r.status === 503);
      const answered = responses.filter((r) => r.status === 200);
      expect(refused.length).toBeGreaterThan(0);
      expect(answered.length).toBeGreaterThan(0);
      expect(refused.length + answered.length).toBe(12);
      for (const response of refused) {
        expect(response.headers.get('retry-after')).toBe('1');
        expect(await response.json()).toMatchObject({ code: 'unavailable', sscCode: 'SSC_OVERLOADED', reason: 'S01' });
      }
    } finally {
      await t.stop();
    }
  });

  it('aborts a task over its timeout: 503 SSC_WORKER_FAILED (S01), the pool replaces the worker', async () => {
    const t = await startTestEngine({
      SSC_DEMO_CARDS: '100',
      SSC_IDLE_INLINE: '0',
      SSC_THREADS: '1',
      SSC_TASK_TIMEOUT_MS: '40',
      SSC_TEST_BATCH_DELAY_MS: '400',
    });
    try {
      const response = await inquire(t.engine.url);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
      expect(await response.json()).toMatchObject({ code: 'unavailable', sscCode: 'SSC_WORKER_FAILED', reason: 'S01' });
      expect(t.engine.dispatcher.stats.timedOut).toBe(1);
      // The replaced worker comes back: readyz turns 200 again.
      let ready = 0;
      for (let i = 0; i < 50 && ready !== 200; i++) {
        ready = (await fetch(t.engine.url + '/readyz')).status;
        if (ready !== 200) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(ready).toBe(200);
    } finally {
      await t.stop();
    }
  });
});

describe('slow clients', () => {
  it('cuts off slowloris headers and bodies trickled byte by byte; other clients are answered meanwhile', async () => {
    const { connect } = await import('node:net');
    const t = await startTestEngine({ SSC_DEMO_CARDS: '100', SSC_REQUEST_TIMEOUT_MS: '500' });
    try {
      const port = t.engine.port;
      /** A client that sends `text` one byte every 50 ms (and never finishes); resolves when the server closes it. */
      const trickle = (text: string): Promise<number> =>
        new Promise((resolve) => {
          const started = Date.now();
          let index = 0;
          let timer: NodeJS.Timeout | undefined;
          const socket = connect(port, '127.0.0.1', () => {
            timer = setInterval(() => {
              if (index < text.length && !socket.destroyed) socket.write(text[index++]!);
            }, 50);
          });
          socket.on('error', () => undefined);
          socket.on('close', () => {
            clearInterval(timer);
            resolve(Date.now() - started);
          });
        });
      const slowHeaders =
        'POST /ssc.v1.TransactionService/Inquire HTTP/1.1\r\nHost: x\r\nX-Slow: ' + 'a'.repeat(10_000);
      const slowBody = `POST /ssc.v1.TransactionService/Inquire HTTP/1.1\r\nHost: x\r\nContent-Type: application/proto\r\nContent-Length: 10000\r\n\r\n${'b'.repeat(10_000)}`;
      const attackers = [
        ...Array.from({ length: 10 }, () => trickle(slowHeaders)),
        ...Array.from({ length: 10 }, () => trickle(slowBody)),
      ];
      // While the attack runs, ordinary requests are answered.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const during = await Promise.all(Array.from({ length: 5 }, () => inquire(t.engine.url)));
      for (const response of during) expect(response.status).toBe(200);
      const closedAfterMs = await Promise.all(attackers);
      for (const ms of closedAfterMs) {
        expect(ms).toBeGreaterThanOrEqual(400);
        expect(ms).toBeLessThan(5_000);
      }
      expect((await inquire(t.engine.url)).status).toBe(200);
    } finally {
      await t.stop();
    }
  });
});

describe('a worker thread dies mid-batch', () => {
  it('its requests get 503 SSC_WORKER_FAILED (S01), never a wrong or double answer; the pool replaces it', async () => {
    const t = await startTestEngine({
      SSC_DEMO_CARDS: '100',
      SSC_IDLE_INLINE: '0',
      SSC_THREADS: '1',
      SSC_TEST_WORKER_EXIT_EVERY: '3',
    });
    try {
      const terminal = t.terminal('ningboHospitalL3');
      const signNo = await signIn(t.engine.url, terminal);
      const card = t.samples.cards.find((c) => c.scenario === 'issued')!;
      const credential = { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo };
      const outcomes: string[] = [];
      for (let i = 0; i < 15; i++) {
        const request = { header: header(terminal, signNo, 100 + i), credential };
        const result = await call<ssc.v1.InquireReply>(t.engine.url, 'Inquire', request);
        if (result.httpStatus === 200) {
          outcomes.push(result.reply!.outcome!.reason!);
          continue;
        }
        expect(result.httpStatus).toBe(503);
        expect(result.error).toMatchObject({ sscCode: 'SSC_WORKER_FAILED', reason: 'S01' });
        expect(result.headers.get('retry-after')).toBe('1');
        outcomes.push('S01');
        // Read-only: the same request again is safe, and is answered by the replacement worker.
        const retry = await call<ssc.v1.InquireReply>(t.engine.url, 'Inquire', request);
        expect(retry.httpStatus).toBe(200);
        expect(retry.reply!.outcome!.reason).toBe('00');
      }
      expect(outcomes.filter((o) => o === 'S01').length).toBeGreaterThanOrEqual(3);
      expect(outcomes.filter((o) => o !== 'S01').every((o) => o === '00')).toBe(true);
      expect((await fetch(t.engine.url + '/readyz')).status).toBe(200);
    } finally {
      await t.stop();
    }
  });
});
