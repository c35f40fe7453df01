// The web console's routes against hostile input, through the real server (no browser): no page
// answers 5xx, nothing changes without a session and its CSRF token, the language switch never
// redirects off the console, and every page carries its security headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../engine/cards/records.js';
import { AdminClient } from '../../engine/cli/admin-client.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';

const adminSecret = 'console-hostile-admin-01';
const secret = 'console-hostile-staff-01';
let t: TestEngine;
let cookie = '';
let csrf = '';

beforeAll(async () => {
  t = await startTestEngine({ SSC_DEMO_CARDS: '300', SSC_ADMIN_SECRET: adminSecret });
  const admin = new AdminClient(t.engine.url);
  expect((await admin.login('admin', adminSecret)).status).toBe(200);
  expect((await admin.post('/admin/staff', { staffId: 'op1', role: Role.Operator, secret })).status).toBe(201);
  const login = await fetch(`${t.engine.url}/console/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ staffId: 'op1', secret }).toString(),
    redirect: 'manual',
  });
  expect(login.status).toBe(303);
  cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const page = await (await fetch(`${t.engine.url}/console/cards`, { headers: { cookie } })).text();
  csrf = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
}, 60_000);

afterAll(async () => {
  await t.stop();
});

const get = (path: string, withCookie = true): Promise<Response> =>
  fetch(`${t.engine.url}${path}`, { headers: withCookie ? { cookie } : {}, redirect: 'manual' });

describe('the console against hostile input', () => {
  it('hostile paths and queries: never 5xx, security headers on every page', async () => {
    const card = t.samples.cards.find((c) => c.scenario === 'issued')!.cardNo;
    const paths = [
      '/console/',
      '/console/login',
      '/console/cards?no=%3Cscript%3E',
      '/console/cards?no=' + 'A'.repeat(5000),
      `/console/cards/${card}`,
      '/console/cards/%00%01',
      '/console/cards/..%2F..%2Fadmin',
      `/console/cards/${card}?done=%3Cb%3E&review=R1%3Cx%3E`,
      '/console/employers?code=%27%3B--',
      '/console/employers/NOPE0001',
      '/console/employers/EMP001/people/xxxxxxxxxxxxxxxx',
      '/console/employers/EMP001/forms/a9',
      '/console/employers/EMP001/batches/B0000000000000000/slip',
      '/console/employers/EMP001?page=-5',
      '/console/hot-list?reason=99',
      '/console/hot-list?reason=abc',
      '/console/imports/x/progress',
      '/console/imports/imp-nothing-0001/report.csv',
      '/console/reviews',
      '/console/audit',
      '/console/returns',
      '/console/assets/nope.js',
    ];
    for (const path of paths) {
      for (const withCookie of [true, false]) {
        const r = await get(path, withCookie);
        expect(r.status, `${path} ${withCookie}`).toBeLessThan(500);
        if (r.status === 200 && (r.headers.get('content-type') ?? '').startsWith('text/html')) {
          expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
          const body = await r.text();
          expect(body, path).not.toContain('<script>alert');
          expect(body, path).not.toContain('<b>');
        }
      }
    }
  });

  it('the language switch goes back only within the console', async () => {
    for (const back of [
      '//evil.example/x',
      'https://evil.example/',
      '/admin/staff',
      '/console/../admin',
      '/console/%2E%2E/admin',
      '/console//evil.example',
      '',
    ]) {
      const r = await get(`/console/lang/en?back=${encodeURIComponent(back)}`);
      expect(r.status).toBe(302);
      expect(r.headers.get('location'), back).toBe('/console/');
    }
    const ok = await get('/console/lang/en?back=%2Fconsole%2Fhot-list');
    expect(ok.headers.get('location')).toBe('/console/hot-list');
  });

  it('forms: no session or no CSRF token 403, wrong body types 415, huge bodies 413 — the card unchanged', async () => {
    const card = t.samples.cards.find((c) => c.scenario === 'issued')!;
    const post = (headers: Record<string, string>, body: string): Promise<Response> =>
      fetch(`${t.engine.url}/console/cards/${card.cardNo}/actions/temp-loss`, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
      });
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect((await post(form, 'note=x')).status).toBe(403);
    expect((await post({ ...form, cookie }, 'note=x')).status).toBe(403);
    expect((await post({ ...form, cookie }, `note=x&_csrf=${'A'.repeat(32)}`)).status).toBe(403);
    expect((await post({ 'content-type': 'application/json', cookie }, JSON.stringify({ _csrf: csrf }))).status).toBe(
      415,
    );
    expect((await post({ ...form, cookie }, `_csrf=${csrf}&note=${'x'.repeat(40_000)}`)).status).toBe(413);
    expect((await post({ ...form, cookie }, '%%%&&&==')).status).toBe(403);
    const page = await (await get(`/console/cards/${card.cardNo}`)).text();
    expect(page).toContain('data-reason="00"');
    // With the token, a bad op or a bad card number is a page, not an error.
    for (const path of [`/console/cards/${card.cardNo}/actions/nope`, '/console/cards/%3Cx%3E/actions/temp-loss']) {
      const r = await fetch(`${t.engine.url}${path}`, {
        method: 'POST',
        headers: { ...form, cookie },
        body: `_csrf=${csrf}&note=x`,
        redirect: 'manual',
      });
      expect(r.status, path).toBeLessThan(500);
    }
    expect((await get(`/console/cards/${card.cardNo}`)).status).toBe(200);
  });
});
