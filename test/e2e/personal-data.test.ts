// No personal data in clear where it does not belong: the built engine (debug logging) is driven
// through every entry point (HTTP protobuf and JSON, the national envelope, TCP, the admin API),
// with accepted, declined and malformed requests that carry card numbers, ID numbers, names and
// phone numbers; then its logs, every error reply, /metrics and /stats are scanned for them.
// Also: the data folder and its files are owner-only.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminClient } from '../../engine/cli/admin-client.js';
import { loadConfig } from '../../engine/config.js';
import type { DemoSamples } from '../../engine/demo/demo.js';
import { Store } from '../../engine/store/store.js';
import { call, header, signIn, type TerminalIdentity } from '../../protocol/client.js';
import { idCheckChar } from '../../protocol/id-number.js';
import { macHeader } from '../../protocol/mac.js';
import type { ssc } from '../../protocol/pb.js';
import { TcpClient } from '../../protocol/tcp-client.js';
import { type EngineChild, startChild, stopChild } from '../support/engine-child.js';
import { registerSampleKeys } from '../support/helpers.js';
import { nationalEnvelope, postNational } from '../support/national-envelope.js';

const dataDir = mkdtempSync(join(tmpdir(), 'ssc-pii-'));
const adminSecret = 'pii-admin-secret-01';
let engine: EngineChild;
let samples: DemoSamples;
let hospital: TerminalIdentity;
let tcpPort = 0;
/** Bodies of every reply that was not a plain success, and every decline's text. */
const errorBodies: string[] = [];
const secrets = new Set<string>();

const imported = [
  { idNo: idOf('33020319900101123'), name: '欧阳娜娜', phone: '13912345678' },
  { idNo: idOf('33020319910202234'), name: '司马光明', phone: '13887654321' },
];

function idOf(first17: string): string {
  return first17 + idCheckChar(first17);
}

async function note(response: Response): Promise<void> {
  const text = await response.text();
  if (response.status !== 200) errorBodies.push(text);
}

beforeAll(async () => {
  engine = await startChild({
    ...process.env,
    SSC_DATA_DIR: dataDir,
    SSC_PORT: '0',
    SSC_TCP_PORT: '0',
    SSC_DEMO_CARDS: '500',
    SSC_LOG_LEVEL: 'debug',
    SSC_THREADS: '1',
    SSC_ADMIN_SECRET: adminSecret,
  });
  for (let i = 0; i < 50 && !/TCP \d+/.test(engine.output()); i++) await new Promise((r) => setTimeout(r, 50));
  tcpPort = Number(/TCP (\d+)/.exec(engine.output())?.[1]);
  const store = Store.open({ path: dataDir, readOnly: true, mapSizeBytes: 2 ** 32 });
  samples = store.meta.get('demo.samples') as DemoSamples;
  await store.close();
  registerSampleKeys(samples, loadConfig({}).masterKey);
  hospital = samples.terminals.find((t) => t.role === 'ningboHospitalL3')!;
  for (const c of samples.cards) {
    secrets.add(c.cardNo);
    secrets.add(c.idNo);
  }
  for (const p of imported) {
    secrets.add(p.idNo);
    secrets.add(p.name);
    secrets.add(p.phone);
  }
}, 120_000);

afterAll(async () => {
  if (engine !== undefined) await stopChild(engine.child, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('personal data stays out of logs, error replies and metrics', () => {
  it('drives every entry point with good, declined and malformed requests', async () => {
    const url = engine.url;
    const signNo = await signIn(url, hospital);
    let seq = 10;
    // HTTP protobuf and JSON: every demo scenario (approvals and declines), pre-settle, settle, cancel.
    for (const c of samples.cards) {
      const credential = { type: c.credentialType, cardNo: c.cardNo, cardSn: c.cardSn, idNo: c.idNo };
      for (const codec of ['proto', 'json'] as const) {
        const r = await call<ssc.v1.InquireReply>(
          url,
          'Inquire',
          { header: header(hospital, signNo, seq++), credential },
          codec,
        );
        if (r.httpStatus !== 200) errorBodies.push(JSON.stringify(r.error));
      }
    }
    const issued = samples.cards.find((c) => c.scenario === 'issued')!;
    const line = samples.catalogue[0]!;
    const settle = await call<ssc.v1.SettleReply>(url, 'Settle', {
      header: header(hospital, signNo, seq++),
      credential: { type: issued.credentialType, cardNo: issued.cardNo, cardSn: issued.cardSn, idNo: issued.idNo },
      medicalType: 11,
      useAccount: true,
      totalFen: 1_000,
      lines: [{ lineNo: 1, catalogueCode: line.code, quantityMilli: 1_000, unitPriceFen: 1_000, amountFen: 1_000 }],
    });
    expect(settle.httpStatus).toBe(200);
    await call(url, 'CancelSettlement', {
      header: header(hospital, signNo, seq++),
      settlementId: settle.reply!.settlementId,
    });
    // Malformed and invalid requests carrying personal data in the wrong places.
    const bad = [
      `{"header":{"terminalId":"${hospital.terminalId}"},"credential":{"type":3,"cardNo":"${issued.cardNo}","idNo":"${issued.idNo}9"}}`,
      `{"${issued.idNo}":1,"credential":{"cardNo":"${issued.cardNo}"}}`,
      `{"header":{"msgId":"${issued.idNo}"},"credential":{"type":"${imported[0]!.name}"}}`,
      `not json ${issued.cardNo} ${imported[0]!.phone}`,
    ];
    for (const body of bad) {
      const response = await fetch(`${url}/ssc.v1.TransactionService/Inquire`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await note(response);
    }
    const garbage = Buffer.concat([Buffer.from([0x0a, 0x40]), Buffer.from(`${issued.cardNo}${issued.idNo}`)]);
    await note(
      await fetch(`${url}/ssc.v1.TransactionService/Inquire`, {
        method: 'POST',
        headers: { 'content-type': 'application/proto' },
        body: garbage,
      }),
    );
    // A known terminal with a wrong MAC (refused and logged by code).
    await note(
      await fetch(`${url}/ssc.v1.TransactionService/Inquire`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [macHeader]: '00'.repeat(32) },
        body: JSON.stringify({
          header: header(hospital, signNo, seq++),
          credential: { type: 3, cardNo: issued.cardNo, cardSn: issued.cardSn },
        }),
      }),
    );

    // National envelope: a decline (lost card) and a malformed input.
    const lost = samples.cards.find((c) => c.scenario === 'formallyLost')!;
    for (const input of [
      { data: { mdtrt_cert_type: '03', mdtrt_cert_no: lost.cardNo, card_sn: lost.cardSn, certno: lost.idNo } },
      { data: { mdtrt_cert_type: '03', mdtrt_cert_no: `${lost.cardNo}X`, certno: `${lost.idNo}1` } },
    ]) {
      const { status, text } = await postNational(
        url,
        hospital,
        nationalEnvelope(hospital, signNo, '1101', input, seq++),
      );
      if (status !== 200 || JSON.parse(text).infcode !== 0) errorBodies.push(text);
    }

    // TCP: an inquiry, a malformed payload, an unknown operation.
    const tcp = await TcpClient.connect({ host: '127.0.0.1', port: tcpPort, reconnect: false });
    await tcp.call('Inquire', {
      header: header(hospital, signNo, seq++),
      credential: { type: 3, cardNo: lost.cardNo, cardSn: lost.cardSn, idNo: lost.idNo },
    });
    for (const [op, payload] of [
      [1101, `${lost.cardNo}${lost.idNo}`],
      [9999, lost.idNo],
    ] as const) {
      // Error frames reject the call; their text is what the terminal sees.
      const refused = await tcp.send(1, op, Buffer.from(payload)).then(
        () => '',
        (error: Error) => `${(error as { code?: string }).code ?? ''} ${error.message}`,
      );
      expect(refused).not.toBe('');
      errorBodies.push(refused);
    }
    await tcp.close();

    // Admin API: import (with rejected rows), a form with a phone number, refusals.
    const admin = new AdminClient(url);
    expect((await admin.login('admin', adminSecret)).status).toBe(200);
    expect(
      (await admin.post('/admin/staff', { staffId: 'op1', role: 'operator', secret: 'operator-secret-1' })).status,
    ).toBe(201);
    const op = new AdminClient(url);
    await op.login('op1', 'operator-secret-1');
    const csv = [
      'id_no,name,insured_region,insurance_type,employer_code',
      ...imported.map((p) => `${p.idNo},${p.name},330203,310,EMPPII1`),
      `${imported[0]!.idNo.slice(0, 17)}0,${imported[0]!.name},330203,310,EMPPII1`,
      `${imported[1]!.idNo},${imported[1]!.name},999999,310,EMPPII1`,
    ].join('\n');
    const report = await op.upload('/admin/imports/members', csv, 'text/csv');
    expect(report.status).toBe(200);
    errorBodies.push(JSON.stringify((report.body as { rejected: unknown }).rejected));
    await op.upload(
      '/admin/imports/police',
      `id_no,name,second_gen_id,household_region\n${imported[0]!.idNo},${imported[0]!.name},1,330203\n`,
      'text/csv',
    );
    for (const p of imported) {
      const r = await op.put(`/admin/persons/${p.idNo}/confirmation`, {
        phone: p.phone,
        address: '宁波市鄞州区',
        postcode: '315100',
        bank: 'ICBC',
      });
      if (r.status !== 200) errorBodies.push(r.text);
    }
    const wrong = await op.put(`/admin/persons/${imported[0]!.idNo}/confirmation`, {
      phone: imported[0]!.phone,
      address: 1,
      postcode: 'x',
      bank: 'ICBC',
    });
    expect(wrong.status).toBe(400);
    errorBodies.push(wrong.text);
    const anonymous = new AdminClient(url);
    errorBodies.push((await anonymous.get(`/admin/persons/${imported[0]!.idNo}`)).text);
    errorBodies.push((await anonymous.login('op1', imported[0]!.phone)).text);
    errorBodies.push((await op.get(`/admin/persons/${imported[1]!.idNo}9`)).text);
    expect(errorBodies.length).toBeGreaterThan(12);
  }, 120_000);

  it('finds none of them in logs, error replies, /metrics or /stats', async () => {
    const metrics = await (await fetch(`${engine.url}/metrics`)).text();
    const stats = await (await fetch(`${engine.url}/stats`)).text();
    expect(metrics).toContain('ssc_');
    // Logs: every JSON log line and everything on stderr (the banner's synthetic sample list is not a log).
    const logs = engine
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{') || line.includes('Error') || line.includes('error'))
      .join('\n');
    expect(logs).toContain('"level"');
    const places: [string, string][] = [
      ['logs', logs],
      ['error replies', errorBodies.join('\n')],
      ['/metrics', metrics],
      ['/stats', stats],
    ];
    expect(secrets.size).toBeGreaterThan(50);
    for (const [where, text] of places) {
      for (const secret of secrets) {
        const at = text.indexOf(secret);
        expect(at, `${where} contains personal data: …${text.slice(Math.max(0, at - 80), at + 40)}…`).toBe(-1);
      }
    }
  });

  it('keeps the data folder and its files owner-only', () => {
    expect(statSync(dataDir).mode & 0o077).toBe(0);
    for (const file of readdirSync(dataDir)) expect(statSync(join(dataDir, file)).mode & 0o077, file).toBe(0);
  });
});
