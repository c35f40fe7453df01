// Seeded fuzzing of the Inquire route through the real server: mutated valid protobuf bodies,
// random bytes, random JSON values. Every reply must be a decision with a catalogue reason (200)
// or a coded Connect error (400), and the server must stay ready. SEED=... replays a run;
// FUZZ_RUNS=... sets the count (CI runs the default).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reasonCatalogue } from '../../engine/core/reasons.js';
import { header, signIn } from '../../protocol/client.js';
import { macForTerminal, macHeader, terminalHeader } from '../../protocol/mac.js';
import { servicePath } from '../../protocol/operations.js';
import { v1 } from '../../protocol/pb.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';

const seed = Number(process.env['SEED'] ?? Date.now() % 2 ** 31);
const runs = Number(process.env['FUZZ_RUNS'] ?? 300);
const reasons = new Set(reasonCatalogue.map((r) => r.code));

let t: TestEngine;
let valid: Uint8Array;

beforeAll(async () => {
  process.stdout.write(`hostile-input fuzz seed: SEED=${seed} (runs ${runs})\n`);
  t = await startTestEngine({ SSC_DEMO_CARDS: '500' });
  const terminal = t.terminal('ningboHospitalL3');
  const signNo = await signIn(t.engine.url, terminal);
  const card = t.samples.cards.find((c) => c.scenario === 'issued')!;
  valid = v1.InquireRequest.encode({
    header: header(terminal, signNo, 1),
    credential: { type: 3, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
    medicalType: 11,
  }).finish();
});

afterAll(async () => {
  await t.stop();
});

/** Every input is signed as the hospital terminal, so it reaches the decoder and the decision. */
async function post(body: Uint8Array | string, contentType: string): Promise<void> {
  const bytes0 = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const mac = Buffer.from(macForTerminal(t.terminal('ningboHospitalL3').terminalId, bytes0)).toString('hex');
  const response = await fetch(t.engine.url + servicePath + 'Inquire', {
    method: 'POST',
    body: bytes0,
    headers: {
      'content-type': contentType,
      [macHeader]: mac,
      [terminalHeader]: t.terminal('ningboHospitalL3').terminalId,
    },
  });
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (response.status === 200) {
    const reply =
      contentType === 'application/json' ? JSON.parse(Buffer.from(bytes).toString()) : v1.InquireReply.decode(bytes);
    expect(reasons.has(reply.outcome.reason), `reason ${reply.outcome.reason}`).toBe(true);
    return;
  }
  const error = JSON.parse(Buffer.from(bytes).toString()) as { code: string; sscCode: string };
  if (response.status === 401) {
    // A mutation that names another known terminal (whose key this body is not signed with).
    expect(error.sscCode).toBe('SSC_UNAUTHENTICATED');
    return;
  }
  expect(response.status).toBe(400);
  expect(error.code).toBe('invalid_argument');
  expect(error.sscCode).toBe('SSC_MALFORMED');
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), value: fc.constant(0) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
);

function mutate(
  bytes: Uint8Array,
  steps: { kind: 'flip' | 'truncate' | 'insert'; at: number; value: number }[],
): Uint8Array {
  let out = Array.from(bytes);
  for (const step of steps) {
    const at = out.length === 0 ? 0 : step.at % out.length;
    if (step.kind === 'flip') out[at] = step.value;
    else if (step.kind === 'truncate') out = out.slice(0, at);
    else out.splice(at, 0, step.value);
  }
  return Uint8Array.from(out);
}

describe('hostile input to Inquire', () => {
  it('mutated valid protobuf bodies get a decision or SSC_MALFORMED', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 6 }), async (steps) => {
        await post(mutate(valid, steps), 'application/proto');
      }),
      { seed, numRuns: runs },
    );
  });

  it('random bytes get a decision or SSC_MALFORMED', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        await post(bytes, 'application/proto');
      }),
      { seed, numRuns: runs },
    );
  });

  it('random JSON values (and JSON shaped like a request) get a decision or SSC_MALFORMED', async () => {
    const requestLike = fc.record({
      header: fc.dictionary(
        fc.constantFrom(
          'msgId',
          'terminalId',
          'institutionCode',
          'signNo',
          'requestTimeMs',
          'care_region',
          'operatorType',
        ),
        fc.jsonValue(),
      ),
      credential: fc.oneof(
        fc.jsonValue(),
        fc.record({ type: fc.jsonValue(), cardNo: fc.jsonValue(), idNo: fc.jsonValue() }),
      ),
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), requestLike), async (value) => {
        await post(JSON.stringify(value) ?? 'null', 'application/json');
      }),
      { seed, numRuns: runs },
    );
  });

  it('is still ready after the run', async () => {
    expect((await fetch(t.engine.url + '/readyz')).status).toBe(200);
  });
});
