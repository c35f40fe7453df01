// Seeded fuzzing of every entry point through the real server (real workers, real LMDB): HTTP
// protobuf (every unary method), HTTP JSON, the national envelope, TCP frames and the admin API.
// Inputs: mutated valid messages (flipped, truncated, inserted, duplicated bytes), random bytes,
// hostile JSON (wrong types, negative / huge / fractional money, 10k lines, deep nesting, invalid
// UTF-8, unknown enums, duplicate keys). Every reply must be a decision with a catalogue reason or a
// coded error; a refused input must change nothing (ledger and change-log sequences and the sum of
// all balances compared around every input); the server stays ready; heap growth stays bounded.
// SEED=... replays; FUZZ_RUNS=... inputs per entry point (CI: 300; the reported run: 100,000).
import { Socket } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminClient } from '../../engine/cli/admin-client.js';
import { chinaOffsetMs, dayMs } from '../../engine/core/china-time.js';
import { reasonCatalogue } from '../../engine/core/reasons.js';
import { allErrors } from '../../engine/server/errors.js';
import { decodeAccount } from '../../engine/store/records.js';
import { call, header, makeMsgId, signIn, type TerminalIdentity } from '../../protocol/client.js';
import { encodeFrame, FrameReader } from '../../protocol/frame.js';
import { macForTerminal, macHeader, terminalHeader } from '../../protocol/mac.js';
import { operations, servicePath } from '../../protocol/operations.js';
import type { ssc } from '../../protocol/pb.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';
import { nationalEnvelope } from '../support/national-envelope.js';

const seed = Number(process.env['SEED'] ?? Date.now() % 2 ** 31);
const runs = Number(process.env['FUZZ_RUNS'] ?? 300);
const reasons = new Set<string>(reasonCatalogue.map((r) => r.code));
const sscCodes = new Set(allErrors.map((e) => e.code));
const adminSecret = 'fuzz-admin-secret-01';

let t: TestEngine;
let terminal: TerminalIdentity;
let signNo = '';
let operator: AdminClient;
/** Valid protobuf bodies per unary method (the seeds of the mutations). */
const validBodies = new Map<string, Uint8Array>();
const counts = { inputs: 0, decisions: 0, refused: 0, stateChanges: 0 };
let heapBeforeBytes = 0;
/** The open visit of the seeds: hostile national visit requests may name it. */
let visitIdSeen = 'M000000000001';

interface Snapshot {
  ledger: number;
  changes: number;
  balanceFen: number;
}

function snapshot(): Snapshot {
  let balanceFen = 0;
  for (const { key, value } of t.engine.store.accounts.getRange({})) {
    if ((key as string).includes(':')) continue; // accumulators
    const account = decodeAccount(value as Buffer);
    balanceFen += account.currentYearFen + account.priorYearsFen;
  }
  return { ledger: t.engine.ledger.sequence, changes: t.engine.centre.sequence, balanceFen };
}

/** A refused input changed nothing; an accepted one may have (counted). */
function checkState(before: Snapshot, refused: boolean): void {
  counts.inputs++;
  const after = snapshot();
  if (refused) {
    counts.refused++;
    expect(after, 'a refused input changed the store').toEqual(before);
  } else {
    counts.decisions++;
    if (after.ledger !== before.ledger || after.changes !== before.changes) counts.stateChanges++;
  }
}

/** Today's China-time midnight (a filing's valid_from_ms). */
function todayChinaMs(): number {
  return Math.floor((Date.now() + chinaOffsetMs) / dayMs) * dayMs - chinaOffsetMs;
}

function expectCodedError(status: number, text: string): void {
  expect([400, 401, 403, 404, 409, 413, 415, 429, 503], `status ${status}: ${text.slice(0, 200)}`).toContain(status);
  const body = JSON.parse(text) as { sscCode?: string; code?: string };
  expect(sscCodes.has(body.sscCode ?? ''), `sscCode ${body.sscCode}`).toBe(true);
}

beforeAll(async () => {
  process.stdout.write(`fuzz-entry-points: SEED=${seed} FUZZ_RUNS=${runs}\n`);
  t = await startTestEngine({ SSC_DEMO_CARDS: '300', SSC_ADMIN_SECRET: adminSecret, SSC_LOG_LEVEL: 'silent' });
  terminal = t.terminal('ningboHospitalL3');
  signNo = await signIn(t.engine.url, terminal);
  const card = t.samples.cards.find((c) => c.scenario === 'issued')!;
  const credential = { type: 3, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo };
  const code = t.samples.catalogue.find((c) => c.class === 1)!.code;
  const bill = {
    credential,
    medicalType: 11,
    useAccount: true,
    totalFen: 1_500,
    lines: [{ lineNo: 1, catalogueCode: code, quantityMilli: 1_000, unitPriceFen: 1_500, amountFen: 1_500 }],
  };
  const h = header(terminal, signNo, 1);
  // A real open visit, so mutated visit requests reach its checks (not only M01).
  const opened = await call<ssc.v1.VisitReply>(t.engine.url, 'OpenVisit', {
    header: header(terminal, signNo, 3),
    credential,
    medicalType: 11,
  });
  const visitId = opened.reply?.visitId ?? '';
  expect(visitId).toMatch(/^M\d{12}$/);
  visitIdSeen = visitId;
  const feeLine = { sn: 'F1', catalogueCode: code, quantityMilli: 1_000, unitPriceFen: 1_500, amountFen: 1_500 };
  const messages: Record<string, object> = {
    SignIn: { header: header(terminal, '', 2) },
    SignOut: { header: { ...h, signNo: 'nope' } },
    Inquire: { header: h, credential, medicalType: 11 },
    PreSettle: { header: h, ...bill },
    Settle: { header: h, ...bill },
    CancelSettlement: { header: h, settlementId: 'S000000000001' },
    Reverse: { header: h, originalMsgId: makeMsgId(terminal.institutionCode, Date.now(), 7), originalOperation: 1 },
    ReconcileTotals: { header: h, periodFromMs: Date.now() - 86_400_000, periodToMs: Date.now() },
    OpenVisit: { header: h, credential, medicalType: 11, personNo: 'P1', hisVisitNo: 'MZ1' },
    UpdateVisit: { header: h, visitId, diagnoses: [{ type: '1', order: 1, code: 'J06.900', name: '感冒' }] },
    UploadFees: { header: h, visitId, lines: [feeLine, { ...feeLine, sn: 'F2', batchNo: 'B2' }] },
    WithdrawFees: { header: h, visitId, batchNo: 'B2' },
    CancelVisit: { header: h, visitId },
    DecodeEVoucher: { header: h, qrCode: `EVQR1.${'a'.repeat(32)}.${'A'.repeat(22)}` },
    RegisterFiling: { header: h, credential, kind: 3, diseaseCode: 'M03900', validFromMs: todayChinaMs() },
    RevokeFiling: { header: h, credential, filingNo: 'F000000000001', memo: '撤销' },
    QueryFilings: { header: h, credential, kind: 3 },
    ListDiseases: { header: h },
  };
  for (const spec of operations) {
    if (spec.streaming) continue;
    validBodies.set(spec.method, spec.request.encode(messages[spec.method]!).finish());
  }
  const admin = new AdminClient(t.engine.url);
  await admin.login('admin', adminSecret);
  await admin.post('/admin/staff', { staffId: 'fuzz-op', role: 'operator', secret: 'fuzz-operator-secret' });
  operator = new AdminClient(t.engine.url);
  await operator.login('fuzz-op', 'fuzz-operator-secret');
  heapBeforeBytes = process.memoryUsage().heapUsed;
}, 120_000);

afterAll(async () => {
  const heapGrowthMb = Math.round((process.memoryUsage().heapUsed - heapBeforeBytes) / 1024 ** 2);
  process.stdout.write(
    `fuzz-entry-points: SEED=${seed} inputs ${counts.inputs}, decisions ${counts.decisions} (${counts.stateChanges} changed state), refused ${counts.refused}, heap growth ${heapGrowthMb} MB\n`,
  );
  await t?.stop();
});

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), value: fc.constant(0) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), value: fc.nat({ max: 40 }) }),
);
type Mutation = { kind: 'flip' | 'truncate' | 'insert' | 'duplicate'; at: number; value: number };

function mutate(bytes: Uint8Array, steps: Mutation[]): Uint8Array {
  let out = Array.from(bytes);
  for (const step of steps) {
    const at = out.length === 0 ? 0 : step.at % out.length;
    if (step.kind === 'flip') out[at] = step.value;
    else if (step.kind === 'truncate') out = out.slice(0, at);
    else if (step.kind === 'insert') out.splice(at, 0, step.value);
    else out = out.concat(out.slice(at, at + step.value)); // a repeated field (protobuf: last wins)
  }
  return Uint8Array.from(out);
}

/** A body signed as the hospital terminal (so it reaches the decoder), posted to a unary route. */
async function postSigned(
  path: string,
  body: Uint8Array,
  contentType: string,
): Promise<{ status: number; bytes: Uint8Array }> {
  const mac = Buffer.from(macForTerminal(terminal.terminalId, body)).toString('hex');
  const response = await fetch(t.engine.url + path, {
    method: 'POST',
    body,
    headers: { 'content-type': contentType, [macHeader]: mac, [terminalHeader]: terminal.terminalId },
  });
  return { status: response.status, bytes: new Uint8Array(await response.arrayBuffer()) };
}

const unaryMethods = operations.filter((o) => !o.streaming).map((o) => o.method);

async function httpProtoInput(method: string, body: Uint8Array): Promise<void> {
  const before = snapshot();
  const { status, bytes } = await postSigned(servicePath + method, body, 'application/proto');
  if (status === 200) {
    const spec = operations.find((o) => o.method === method)!;
    const reply = spec.reply.decode(bytes) as unknown as { outcome: { reason: string } };
    expect(reasons.has(reply.outcome.reason), `${method} reason ${reply.outcome.reason}`).toBe(true);
    checkState(before, false);
    return;
  }
  expectCodedError(status, Buffer.from(bytes).toString('utf8'));
  checkState(before, true);
}

async function httpJsonInput(method: string, text: string | Uint8Array): Promise<void> {
  const before = snapshot();
  const body = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const { status, bytes } = await postSigned(servicePath + method, body, 'application/json');
  const reply = Buffer.from(bytes).toString('utf8');
  if (status === 200) {
    const parsed = JSON.parse(reply) as { outcome: { reason: string } };
    expect(reasons.has(parsed.outcome.reason), `${method} reason ${parsed.outcome.reason}`).toBe(true);
    checkState(before, false);
    return;
  }
  expectCodedError(status, reply);
  checkState(before, true);
}

/** Money values a hostile client might send. */
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(-1, 0, 1.5, 1e20, -1e20, Number.MAX_SAFE_INTEGER + 2, 2 ** 63),
  fc.double(),
  fc.constantFrom('12', '1e3', 'NaN', '', null, true, [], {}),
);

const hostileJson = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
  fc
    .record({
      totalFen: hostileNumber,
      medicalType: fc.oneof(hostileNumber, fc.constantFrom('MEDICAL_TYPE_UNKNOWN_99', 99, -1)),
      useAccount: fc.oneof(fc.boolean(), hostileNumber),
      lines: fc.oneof(
        fc.array(
          fc.record({
            lineNo: hostileNumber,
            amountFen: hostileNumber,
            quantityMilli: hostileNumber,
            unitPriceFen: hostileNumber,
            catalogueCode: fc.string(),
          }),
          { maxLength: 5 },
        ),
        fc.constant('many'),
      ),
      credential: fc.oneof(fc.jsonValue(), fc.record({ type: hostileNumber, cardNo: fc.string(), idNo: fc.string() })),
    })
    .map((v) => {
      const value = { header: header(terminal, signNo, 3), ...v } as Record<string, unknown>;
      if (v.lines === 'many') {
        value['lines'] = Array.from({ length: 10_000 }, (_, i) => ({
          lineNo: i + 1,
          catalogueCode: 'X',
          quantityMilli: 1000,
          unitPriceFen: 1,
          amountFen: 1,
        }));
      }
      return JSON.stringify(value);
    }),
  fc.nat({ max: 20_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.nat({ max: 5_000 }).map((depth) => `{"header":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`),
  fc.constant(`{"totalFen":1,"totalFen":2,"header":{"msgId":"x","msgId":"y"}}`),
);

describe(`fuzzing every entry point (SEED=${seed}, ${runs} inputs each)`, () => {
  it('HTTP protobuf: mutated valid bodies of every unary method, and random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...unaryMethods),
        fc.oneof(
          {
            weight: 4,
            arbitrary: fc.array(mutation, { minLength: 1, maxLength: 6 }).map((m) => ({ steps: m, random: undefined })),
          },
          {
            weight: 1,
            arbitrary: fc.uint8Array({ maxLength: 600 }).map((r) => ({ steps: [] as Mutation[], random: r })),
          },
        ),
        async (method, input) => {
          await httpProtoInput(method, input.random ?? mutate(validBodies.get(method)!, input.steps));
        },
      ),
      { seed, numRuns: runs },
    );
  }, 3_600_000);

  it('HTTP JSON: hostile values, 10k lines, deep nesting, duplicate keys, invalid UTF-8', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('Inquire', 'PreSettle', 'Settle', 'CancelSettlement', 'Reverse'),
        hostileJson,
        fc.boolean(),
        async (method, text, breakUtf8) => {
          const bytes = Buffer.from(text, 'utf8');
          if (breakUtf8 && bytes.length > 2) bytes[Math.floor(bytes.length / 2)] = 0xff;
          await httpJsonInput(method, bytes);
        },
      ),
      { seed, numRuns: runs },
    );
  }, 3_600_000);

  it('national envelope: every infno with hostile input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '9001',
          '9002',
          '1101',
          '2101',
          '2102',
          '2103',
          '2206',
          '2207',
          '2208',
          '2601',
          '3201',
          '2201',
          '2202',
          '2203A',
          '2204',
          '2205',
          '2301',
          '2302',
          '2303',
          '2304',
          '2305',
          '2401',
          '2402',
          '2403',
          '2404',
          '2405',
          '9999',
          '',
        ),
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            data: fc.dictionary(
              fc.constantFrom(
                'mdtrt_cert_type',
                'mdtrt_cert_no',
                'card_sn',
                'certno',
                'med_type',
                'medfee_sumamt',
                'acct_used_flag',
                'mdtrt_id',
                'psn_no',
                'chrg_bchno',
                'begntime',
                'endtime',
              ),
              fc.oneof(fc.string(), hostileNumber, fc.constant(visitIdSeen)),
            ),
            feedetail: fc.oneof(
              fc.jsonValue(),
              fc.array(
                fc.dictionary(
                  fc.constantFrom(
                    'feedetl_sn',
                    'med_list_codg',
                    'cnt',
                    'pric',
                    'det_item_fee_sumamt',
                    'mdtrt_id',
                    'psn_no',
                    'chrg_bchno',
                  ),
                  fc.oneof(fc.string(), hostileNumber),
                ),
                { maxLength: 4 },
              ),
            ),
          }),
        ),
        fc.boolean(),
        async (infno, input, shuffleEnvelope) => {
          // Visit sections (mdtrtinfo / dscginfo / diseinfo) reuse the hostile data section.
          const record = input as Record<string, unknown> | null;
          if (record !== null && typeof record === 'object' && 'data' in record && infno.startsWith('24')) {
            record['mdtrtinfo'] = record['data'];
            record['dscginfo'] = record['data'];
            record['diseinfo'] = record['feedetail'];
          }
          const envelope = nationalEnvelope(terminal, signNo, infno, input, 9);
          if (shuffleEnvelope) envelope['msgid'] = input;
          const before = snapshot();
          const { status, bytes } = await postSigned(
            '/fsi/api',
            Buffer.from(JSON.stringify(envelope) ?? 'null'),
            'application/json',
          );
          const text = Buffer.from(bytes).toString('utf8');
          if (status === 200) {
            const reply = JSON.parse(text) as { infcode: number; ssc_reason?: string; ssc_code?: string };
            expect([0, -1]).toContain(reply.infcode);
            expect(
              reply.ssc_reason === undefined || reply.ssc_reason === '' || reasons.has(reply.ssc_reason),
              `reason ${reply.ssc_reason}`,
            ).toBe(true);
            checkState(before, reply.infcode !== 0);
            return;
          }
          expect([400, 401, 403, 413, 415, 503]).toContain(status);
          checkState(before, true);
        },
      ),
      { seed, numRuns: runs },
    );
  }, 3_600_000);

  it('TCP: mutated and random frames; the server answers or closes, never hangs or crashes', async () => {
    /** One connection at a time; its own reader and waiters, so a late close of an old one touches nothing. */
    interface Connection {
      socket: Socket;
      waiting: ((frame: { type: number; payload: Buffer } | undefined) => void)[];
      open: boolean;
    }
    let connection: Connection | undefined;
    const connect = async (): Promise<Connection> => {
      const socket = new Socket();
      const reader = new FrameReader(256 * 1024);
      const c: Connection = { socket, waiting: [], open: true };
      await new Promise<void>((resolve, reject) =>
        socket.connect(t.engine.tcpPort, '127.0.0.1', resolve).once('error', reject),
      );
      socket.on('data', (chunk: Buffer) => {
        reader.push(chunk);
        for (let frame = reader.next(); frame !== undefined; frame = reader.next()) c.waiting.shift()?.(frame);
      });
      socket.on('close', () => {
        c.open = false;
        while (c.waiting.length > 0) c.waiting.shift()!(undefined);
      });
      socket.on('error', () => undefined);
      return c;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...unaryMethods),
        fc.array(mutation, { minLength: 0, maxLength: 4 }),
        fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 255 })),
        fc.oneof(fc.constant(-1), fc.integer({ min: 0, max: 65_535 })),
        async (method, steps, type, opOverride) => {
          if (connection === undefined || !connection.open) connection = await connect();
          const c = connection;
          const spec = operations.find((o) => o.method === method)!;
          const payload = mutate(validBodies.get(method)!, steps);
          const op = opOverride >= 0 ? opOverride : Number(spec.infno[0]);
          const before = snapshot();
          const answered = new Promise<{ type: number; payload: Buffer } | undefined>((resolve) => {
            c.waiting.push(resolve);
            setTimeout(() => resolve(undefined), 5_000);
          });
          c.socket.write(encodeFrame(type, op, 1, payload, macForTerminal(terminal.terminalId, payload)));
          const frame = await answered;
          if (frame === undefined) {
            // Closed after a frame it cannot read (bad type): coded error first, then the close.
            expect(type === 1 || type === 4).toBe(false);
            checkState(before, true);
            return;
          }
          expect([2, 3, 5, 6]).toContain(frame.type);
          if (frame.type === 3) {
            const error = JSON.parse(frame.payload.toString('utf8')) as { sscCode: string };
            expect(sscCodes.has(error.sscCode)).toBe(true);
            checkState(before, true);
            if (type !== 1) {
              c.open = false;
              c.socket.destroy();
            }
            return;
          }
          if (frame.type === 2) {
            const reply = spec.reply.decode(frame.payload) as unknown as { outcome: { reason: string } };
            if (op === Number(spec.infno[0]) || spec.infno.includes(String(op)))
              expect(reasons.has(reply.outcome.reason)).toBe(true);
          }
          checkState(before, false);
        },
      ),
      { seed, numRuns: runs },
    );
    connection?.socket.destroy();
  }, 3_600_000);

  it('admin API: every route with hostile bodies, tokens and parameters', async () => {
    const routes: [string, string][] = [
      ['POST', '/admin/employers'],
      ['PUT', '/admin/employers/EMP001/authorization'],
      ['PUT', '/admin/persons/330203198001010010/confirmation'],
      ['POST', '/admin/persons/330203198001010010/review'],
      ['POST', '/admin/persons/330203198001010010/region-transfer'],
      ['POST', '/admin/batches'],
      ['POST', '/admin/batches/B1234567890123456/arrival'],
      ['POST', '/admin/cards/A00000001/temp-loss'],
      ['POST', '/admin/cards/A00000001/cancellation'],
      ['POST', '/admin/cards/A00000001/delivery'],
      ['POST', '/admin/reviews/R1'],
      ['POST', '/admin/staff'],
      ['POST', '/admin/login'],
      ['GET', '/admin/employers/EMP001/roster?format=xml'],
      ['GET', '/admin/changes?since=-1'],
      ['POST', '/admin/imports/members'],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(
          hostileJson,
          fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
          fc.string({ maxLength: 300 }),
        ),
        fc.constantFrom('operator', 'none', 'forged', 'garbage'),
        fc.constantFrom('application/json', 'text/csv', 'text/plain', ''),
        fc.string({ maxLength: 30 }),
        async ([method, path], body, who, contentType, pathNoise) => {
          const headers: Record<string, string> = {};
          if (contentType !== '') headers['content-type'] = contentType;
          if (who === 'operator') headers['authorization'] = `Bearer ${operator.token}`;
          if (who === 'forged') headers['authorization'] = 'Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
          if (who === 'garbage') headers['authorization'] = `Bearer ${body.slice(0, 200).replace(/[^\x20-\x7e]/g, '')}`;
          const target = pathNoise === '' ? path : `${path}${encodeURIComponent(pathNoise)}`;
          const before = snapshot();
          const response = await fetch(t.engine.url + target, {
            method,
            headers,
            ...(method === 'GET' ? {} : { body }),
          });
          const text = await response.text();
          if (response.status < 300) {
            checkState(before, false);
            return;
          }
          expectCodedError(response.status, text);
          checkState(before, true);
        },
      ),
      { seed, numRuns: runs },
    );
  }, 3_600_000);

  it('is still ready, every worker up, and heap growth bounded', async () => {
    expect((await fetch(`${t.engine.url}/readyz`)).status).toBe(200);
    expect(counts.inputs).toBeGreaterThanOrEqual(runs * 5);
    expect(process.memoryUsage().heapUsed - heapBeforeBytes).toBeLessThan(256 * 1024 ** 2);
  });
});
