// Bounded queues and task timeouts, with real worker threads slowed by the fault-test hook:
// overload is refused at once with 503 S01 + Retry-After; a task over its timeout is aborted, its
// requests answered 503 S01, and the pool replaces the worker.
import { describe, expect, it } from 'vitest';
import { servicePath } from '../../protocol/operations.js';
import { startTestEngine } from '../helpers.js';

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
  it('closes a connection that trickles its body, while other clients are answered', async () => {
    const { connect } = await import('node:net');
    const t = await startTestEngine({ SSC_DEMO_CARDS: '100', SSC_REQUEST_TIMEOUT_MS: '500' });
    try {
      const port = t.engine.port;
      const closedAfterMs = await new Promise<number>((resolve) => {
        const started = Date.now();
        const socket = connect(port, '127.0.0.1', () => {
          socket.write(
            'POST /ssc.v1.TransactionService/Inquire HTTP/1.1\r\nHost: x\r\nContent-Type: application/proto\r\nContent-Length: 100\r\n\r\nabc',
          );
        });
        socket.on('error', () => undefined);
        socket.on('close', () => resolve(Date.now() - started));
      });
      expect(closedAfterMs).toBeGreaterThanOrEqual(400);
      expect(closedAfterMs).toBeLessThan(5_000);
      expect((await inquire(t.engine.url)).status).toBe(200);
    } finally {
      await t.stop();
    }
  });
});
