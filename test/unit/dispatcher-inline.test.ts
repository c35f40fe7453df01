// The inline dispatcher's scheduling (workers/pool.ts): the first request of an event-loop turn is
// decided at once, in the call that submitted it; the turn's later ones wait for its end and go as
// one batch, or as soon as inlineBatchItemsMax of them wait; requests submitted together (a TCP
// read's frames) are one batch decided before together() returns, or decided alone when there is one.
import { describe, expect, it } from 'vitest';
import { limits } from '../../engine/core/limits.js';
import type { Handled } from '../../engine/wire/handled.js';
import { Status } from '../../engine/wire/handled.js';
import { type Authorizer, OneReply } from '../../workers/authorize-batch.js';
import { ReplyBatchWriter, RequestBatchReader } from '../../workers/batch.js';
import { Dispatcher, type WorkerConfig } from '../../workers/pool.js';

/** An authorizer that answers each request with its own body and records how it was asked. */
function recordingAuthorizer(): Authorizer & { batches: number[]; ones: number } {
  const calls = { batches: [] as number[], ones: 0 };
  return Object.assign(calls, {
    run(batch: ArrayBuffer): ArrayBuffer {
      const requests = new RequestBatchReader(batch);
      const replies = new ReplyBatchWriter();
      for (let i = 0; i < requests.count; i++) {
        requests.next();
        replies.add(Status.Reply, Buffer.from(requests.body()), 0, 0, 0, 0, 255, true);
      }
      calls.batches.push(requests.count);
      return replies.finish(0);
    },
    decideOne(_op: number, _format: number, _auth: number, _mac: Uint8Array, body: Uint8Array): OneReply {
      calls.ones++;
      const reply = new OneReply();
      reply.add(Status.Reply, Buffer.from(body), 0, 0, 0, 0, 255, true);
      return reply;
    },
  });
}

function inlineDispatcher(authorizer: Authorizer, inlineBatchItemsMax = 64): Dispatcher {
  return new Dispatcher({
    mode: 'inline',
    threads: 1,
    tasksPerThread: 1,
    batchItemsMax: 64,
    inlineBatchItemsMax,
    batchWindowUs: 200,
    pendingItemsMax: 4096,
    queueWaitMaxMs: limits.queueWaitMaxMs,
    poolQueueTasksMax: 64,
    taskTimeoutMs: 5_000,
    worker: {} as WorkerConfig,
    inline: authorizer,
  });
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('the inline dispatcher', () => {
  it("decides a turn's first request at once, and the turn's later ones together at its end", async () => {
    const authorizer = recordingAuthorizer();
    const dispatcher = inlineDispatcher(authorizer);
    const answers: string[] = [];
    const submit = (text: string): void =>
      dispatcher.submit(1, 0, 0, new Uint8Array(0), Buffer.from(text), (r: Handled) => {
        expect(r.status).toBe(Status.Reply);
        answers.push(r.body.toString());
      });
    submit('a');
    expect(answers).toEqual(['a']); // before submit returned
    submit('b');
    submit('c');
    expect(answers).toEqual(['a']);
    await nextTurn();
    expect(answers).toEqual(['a', 'b', 'c']);
    expect(authorizer.ones).toBe(1);
    expect(authorizer.batches).toEqual([2]);
    // A new turn: its first request is again decided at once.
    submit('d');
    expect(answers).toEqual(['a', 'b', 'c', 'd']);
    expect(authorizer.ones).toBe(2);
    await dispatcher.close();
  });

  it("decides a long turn's waiting requests as soon as inlineBatchItemsMax wait, the rest at its end", async () => {
    const authorizer = recordingAuthorizer();
    const dispatcher = inlineDispatcher(authorizer, 3);
    const answers: string[] = [];
    const submit = (text: string): void =>
      dispatcher.submit(1, 0, 0, new Uint8Array(0), Buffer.from(text), (r: Handled) => answers.push(r.body.toString()));
    for (const text of ['a', 'b', 'c']) submit(text);
    expect(answers).toEqual(['a']); // the first at once; two wait
    submit('d');
    expect(answers).toEqual(['a', 'b', 'c', 'd']); // the third waiting one: decided now
    for (const text of ['e', 'f']) submit(text);
    expect(answers).toHaveLength(4);
    await nextTurn();
    expect(answers).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(authorizer.ones).toBe(1);
    expect(authorizer.batches).toEqual([3, 2]);
    // Frames submitted together are bounded by batchItemsMax, not the inline bound.
    dispatcher.together(() => {
      for (const text of ['g1', 'g2', 'g3', 'g4', 'g5']) submit(text);
      expect(answers).toHaveLength(6);
    });
    expect(authorizer.batches).toEqual([3, 2, 5]);
    await dispatcher.close();
  });

  it('decides what is submitted together as one batch before together() returns, a lone one by itself', async () => {
    const authorizer = recordingAuthorizer();
    const dispatcher = inlineDispatcher(authorizer);
    const answers: string[] = [];
    const submit = (text: string): void =>
      dispatcher.submit(1, 0, 0, new Uint8Array(0), Buffer.from(text), (r: Handled) => answers.push(r.body.toString()));
    dispatcher.together(() => {
      submit('f1');
      submit('f2');
      submit('f3');
      expect(answers).toEqual([]);
    });
    expect(answers).toEqual(['f1', 'f2', 'f3']);
    expect(authorizer.batches).toEqual([3]);
    dispatcher.together(() => submit('g'));
    expect(answers.at(-1)).toBe('g');
    expect(authorizer.ones).toBe(1);
    expect(authorizer.batches).toEqual([3]);
    await dispatcher.close();
  });
});
