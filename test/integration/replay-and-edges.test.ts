// Rough edges found from outside (hardening issue, item 4): what a replayed SignIn may do, msg_ids
// dated in the future, a missing sign_no, body-less admin POSTs, the import spool after a crash,
// and where the CLIs find the engine.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../engine/cards/records.js';
import { AdminClient } from '../../engine/cli/admin-client.js';
import { engineUrl } from '../../engine/cli/engine-url.js';
import { loadConfig } from '../../engine/config.js';
import { startEngine } from '../../engine/main.js';
import { decodeSignIn } from '../../engine/store/records.js';
import { call, header, makeMsgId, type TerminalIdentity } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';

const adminSecret = 'edges-admin-secret';
let t: TestEngine;
let terminal: TerminalIdentity;
let sequence = 100;

beforeAll(async () => {
  t = await startTestEngine({ SSC_DEMO_CARDS: '300', SSC_ADMIN_SECRET: adminSecret });
  terminal = t.terminal('ningboHospitalL3');
});
afterAll(async () => t.stop());

const record = () => {
  const buf = t.engine.store.signIns.getBinary(terminal.terminalId);
  return buf === undefined ? undefined : decodeSignIn(buf);
};

describe('SignIn replay', () => {
  it('the same signed request again: the same answer, nothing written, nobody logged out', async () => {
    const first = { header: header(terminal, '', sequence++) };
    const a = await call<ssc.v1.SignInReply>(t.engine.url, 'SignIn', first);
    expect(a.reply?.outcome?.reason).toBe('00');
    const stored = record();
    // Before: every replay within the clock window made a new session (1,036 of 1,036 accepted).
    for (let i = 0; i < 20; i++) {
      const again = await call<ssc.v1.SignInReply>(t.engine.url, 'SignIn', first);
      expect(again.reply?.outcome?.reason).toBe('00');
      expect(again.reply?.signNo).toBe(a.reply?.signNo);
    }
    expect(record()).toEqual(stored);
    // A newer sign-in replaces it; the old request replayed is stale (V01 header.msg_id).
    const newer = await call<ssc.v1.SignInReply>(t.engine.url, 'SignIn', { header: header(terminal, '', sequence++) });
    expect(newer.reply?.signNo).not.toBe(a.reply?.signNo);
    const stale = await call<ssc.v1.SignInReply>(t.engine.url, 'SignIn', first);
    expect(stale.reply?.outcome).toMatchObject({ reason: 'V01', field: 'header.msg_id' });
    expect(record()?.signNo).toBe(newer.reply?.signNo);
  });

  it('after a sign-out, the last sign-in replayed does not open a session again', async () => {
    const request = { header: header(terminal, '', sequence++) };
    const signedIn = await call<ssc.v1.SignInReply>(t.engine.url, 'SignIn', request);
    const out = await call<ssc.v1.SignOutReply>(t.engine.url, 'SignOut', {
      header: header(terminal, signedIn.reply!.signNo, sequence++),
    });
    expect(out.reply?.outcome?.reason).toBe('00');
    const replay = await call<ssc.v1.SignInReply>(t.engine.url, 'SignIn', request);
    expect(replay.reply?.outcome).toMatchObject({ reason: 'V01', field: 'header.msg_id' });
    expect(record()?.signNo).toBe('');
  });
});

describe('msg_id and sign_no at the edge', () => {
  it('a msg_id dated after the clock window is refused on every operation, before anything is written', async () => {
    const signed = await call<ssc.v1.SignInReply>(t.engine.url, 'SignIn', { header: header(terminal, '', sequence++) });
    const signNo = signed.reply!.signNo;
    const future = (ms: number) => ({
      ...header(terminal, signNo, sequence++),
      msgId: makeMsgId(terminal.institutionCode, Date.now() + ms, sequence++),
    });
    const ledgerBefore = t.engine.ledger.sequence;
    const card = t.samples.cards.find((c) => c.scenario === 'issued')!;
    const credential = { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo };
    const code = t.samples.catalogue.find((c) => c.class === 1)!.code;
    const bill = {
      credential,
      medicalType: 11,
      totalFen: 100,
      lines: [{ lineNo: 1, catalogueCode: code, quantityMilli: 1_000, unitPriceFen: 100, amountFen: 100 }],
    };
    for (const [method, body] of [
      ['Inquire', { credential }],
      ['Settle', bill],
      ['SignIn', {}],
    ] as const) {
      // Year 9999 (it used to be accepted and never aged out) and one hour ahead.
      for (const ahead of [7_900 * 365 * 86_400_000, 3_600_000]) {
        const r = await call(t.engine.url, method, { ...body, header: future(ahead) });
        expect(r.httpStatus, `${method} ${ahead}`).toBe(401);
        expect(r.error?.message).toMatch(/msg_id is dated after the clock window/);
      }
    }
    expect(t.engine.ledger.sequence).toBe(ledgerBefore);
    // Within the window (a terminal clock a minute fast) is fine.
    const r = await call<ssc.v1.InquireReply>(t.engine.url, 'Inquire', { credential, header: future(60_000) });
    expect(r.reply?.outcome?.reason).toBe('00');
  });

  it('a request with no sign_no is declined I04 (not signed in), as the README says; a malformed one V01', async () => {
    const card = t.samples.cards.find((c) => c.scenario === 'issued')!;
    const credential = { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo };
    const none = await call<ssc.v1.InquireReply>(t.engine.url, 'Inquire', {
      credential,
      header: header(terminal, '', sequence++),
    });
    expect(none.reply?.outcome?.reason).toBe('I04');
    const bad = await call<ssc.v1.InquireReply>(t.engine.url, 'Inquire', {
      credential,
      header: header(terminal, 'not a sign-in!', sequence++),
    });
    expect(bad.reply?.outcome).toMatchObject({ reason: 'V01', field: 'header.sign_no' });
  });
});

describe('admin and CLI edges', () => {
  it('a POST that needs no body is accepted without one (it was "body must be object")', async () => {
    const admin = new AdminClient(t.engine.url);
    expect((await admin.login('admin', adminSecret)).status).toBe(200);
    expect(
      (await admin.post('/admin/staff', { staffId: 'e-op', role: Role.Operator, secret: 'edges-op-secret' })).status,
    ).toBe(201);
    const op = new AdminClient(t.engine.url);
    expect((await op.login('e-op', 'edges-op-secret')).status).toBe(200);
    const card = t.samples.cards.filter((c) => c.scenario === 'issued').at(-1)!;
    const bare = await fetch(`${t.engine.url}/admin/cards/${card.cardNo}/temp-loss`, {
      method: 'POST',
      headers: { authorization: `Bearer ${op.token}` },
    });
    expect(bare.status).toBe(200);
    const lift = await fetch(`${t.engine.url}/admin/cards/${card.cardNo}/temp-loss-lift`, {
      method: 'POST',
      headers: { authorization: `Bearer ${op.token}`, 'content-type': 'application/json' },
    });
    expect(lift.status).toBe(200);
  });

  it('every CLI finds the engine the same way: --url, SSC_URL, else SSC_HOST and SSC_PORT', () => {
    expect(engineUrl(undefined, { SSC_PORT: '9123' })).toBe('http://127.0.0.1:9123');
    expect(engineUrl(undefined, { SSC_PORT: '9123', SSC_HOST: '0.0.0.0' })).toBe('http://127.0.0.1:9123');
    expect(engineUrl(undefined, { SSC_URL: 'http://10.1.1.1:80', SSC_PORT: '9123' })).toBe('http://10.1.1.1:80');
    expect(engineUrl('http://x:1', { SSC_PORT: '9123' })).toBe('http://x:1');
    expect(engineUrl(undefined, {})).toBe('http://127.0.0.1:8080');
  });

  it('an import spool left by a killed engine is removed at the next start', async () => {
    const spool = join(t.dataDir, 'import-spool');
    mkdirSync(spool, { recursive: true });
    writeFileSync(join(spool, '1700000000000-abcdef'), 'idNo,name\n330203199001011237,张三\n');
    const second = await startEngine(
      loadConfig({
        SSC_DATA_DIR: t.dataDir,
        SSC_PORT: '0',
        SSC_TCP_PORT: '0',
        SSC_LOG_LEVEL: 'silent',
        SSC_THREADS: '1',
      }),
    ).catch((error: unknown) => error);
    // The same folder is open in this process already; what matters is the spool went at start.
    expect(existsSync(spool) ? readdirSync(spool) : []).toEqual([]);
    if (typeof (second as { close?: unknown }).close === 'function')
      await (second as { close(): Promise<void> }).close();
  });
});

describe('time an operator can drive', () => {
  it('the injectable clock: a temporary loss lapses by itself ten days on, seen by the next swipe', async () => {
    const admin = new AdminClient(t.engine.url);
    expect((await admin.login('admin', adminSecret)).status).toBe(200);
    expect(
      (await admin.post('/admin/staff', { staffId: 'clk-op', role: Role.Operator, secret: 'clock-op-secret' })).status,
    ).toBe(201);
    const op = new AdminClient(t.engine.url);
    expect((await op.login('clk-op', 'clock-op-secret')).status).toBe(200);
    const card = t.samples.cards.filter((c) => c.scenario === 'issued').at(-2)!;
    const credential = { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo };
    const swipeAt = async (offsetMs: number): Promise<string> => {
      const at = Date.now() + offsetMs;
      const signedIn = await call<ssc.v1.SignInReply>(t.engine.url, 'SignIn', {
        header: header(terminal, '', sequence++, at),
      });
      if (signedIn.reply === undefined) return `${signedIn.httpStatus}`;
      const reply = await call<ssc.v1.InquireReply>(t.engine.url, 'Inquire', {
        credential,
        header: header(terminal, signedIn.reply!.signNo, sequence++, at),
      });
      return reply.reply?.outcome?.reason ?? `${reply.httpStatus}`;
    };
    expect((await op.post(`/admin/cards/${card.cardNo}/temp-loss`)).status).toBe(200);
    expect(await swipeAt(0)).toBe('C02');
    const elevenDays = 11 * 86_400_000;
    const set = await admin.post<{ offsetMs: number; nowMs: number }>('/admin/clock', { offsetMs: elevenDays });
    expect(set.status).toBe(200);
    expect(set.body.nowMs - Date.now()).toBeGreaterThan(elevenDays - 60_000);
    // Every thread reads the same clock: the worker's decision sees the lapse (terminals sign with
    // the engine's time; a request signed with the wall clock is now outside the clock window).
    expect(await swipeAt(elevenDays)).toBe('00');
    expect(await swipeAt(0)).toBe('401');
    expect((await admin.post('/admin/clock', { offsetMs: 0 })).status).toBe(401); // its token expired in engine time
    await admin.login('admin', adminSecret);
    expect((await admin.post('/admin/clock', { offsetMs: 0 })).status).toBe(200);
    // Back in time, the terminal's next SignIn carries a msg_id older than its last one: stale (V01),
    // as any replayed sign-in is; its last session (signed in eleven days on) is still the current one.
    const back = await call<ssc.v1.SignInReply>(t.engine.url, 'SignIn', { header: header(terminal, '', sequence++) });
    expect(back.reply?.outcome).toMatchObject({ reason: 'V01', field: 'header.msg_id' });
  });

  it('the production profile refuses the clock and every test hook at start', () => {
    expect(() => loadConfig({ SSC_PROFILE: 'production', SSC_CLOCK_OFFSET_MS: '1000' })).toThrow(/SSC_CLOCK_OFFSET_MS/);
    expect(() => loadConfig({ SSC_PROFILE: 'production', SSC_TEST_FAULT: 'ledger:1' })).toThrow(/SSC_TEST_FAULT/);
    expect(loadConfig({ SSC_PROFILE: 'staging', SSC_CLOCK_OFFSET_MS: '1000' }).clockOffsetMs).toBe(1000);
    expect(() => loadConfig({ SSC_PROFILE: 'prod' })).toThrow(/SSC_PROFILE/);
  });
});
