// The web console in a real browser: Debian's chromium driven by playwright-core (the test command
// installs chromium and a CJK font: test/support/ensure-system-packages.mjs). The engine is real
// (fastify on 127.0.0.1, LMDB, worker threads); swipes go to it over HTTP as a terminal's would.
// Flows: login (the token in an HttpOnly, SameSite=Strict cookie), card lookup, a temporary loss
// and the next swipe C02, its lifting, a formal loss lifted by maker-checker (the maker refused,
// hidden and by a forced POST), a reveal that lands in the timeline, CSRF refused, the hot list,
// live operations over SSE, the auditor's page. Every page is shot in zh and en (test-results/console),
// checked for Chinese glyphs and for overflow at 1280 px.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../engine/cards/records.js';
import { AdminClient } from '../../engine/cli/admin-client.js';
import type { SampleCard } from '../../engine/demo/demo.js';
import { call, header, signIn, type TerminalIdentity } from '../../protocol/client.js';
import { idCheckChar } from '../../protocol/id-number.js';
import type { ssc } from '../../protocol/pb.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const shots = join(process.cwd(), 'test-results', 'console');
const adminSecret = 'console-admin-secret-01';
const secret = 'console-staff-secret-01';

let t: TestEngine;
let browser: Browser;
let hospital: TerminalIdentity;
/** op1 through the admin API: the steps with no console page yet (production batches). */
let opApi: AdminClient;
let signNo: string;
let seq = 500;
let cards: SampleCard[];
/** What the browser reported as refused by a page's Content-Security-Policy (a page must need nothing it forbids). */
const cspViolations: string[] = [];

const idNo = (first17: string): string => first17 + idCheckChar(first17);
/** EMP001's people (by pinyin: 李娜, 王芳, 张伟) and the two employers' agents. */
const people = {
  zhang: idNo('33020319800101001'),
  li: idNo('33020319810202002'),
  wang: idNo('33020319830404004'),
  agent: idNo('33020319700707007'),
  otherAgent: idNo('33020319710808008'),
  other: idNo('33020319900909009'),
};

/** Two employers, their members matched against the police register, one agent each. */
async function seedEmployers(admin: AdminClient, op: AdminClient): Promise<void> {
  const members = [
    'id_no,name,insured_region,insurance_type,scheme,employer_code,employer_name,enrolled_regions,insured_from,retired',
    `${people.zhang},张伟,330203,310,employee,EMP001,宁波港务,,2010-01-01,0`,
    `${people.li},李娜,330203,310,employee,EMP001,宁波港务,,2010-01-01,0`,
    `${people.wang},王芳,330203,310,employee,EMP001,宁波港务,,2010-01-01,0`,
    `${people.other},赵强,330203,310,employee,EMP002,其他单位,,2010-01-01,0`,
  ].join('\n');
  const police = [
    'id_no,name,second_gen_id,household_region',
    `${people.zhang},张伟,1,330203`,
    `${people.li},李娜,1,330203`,
    `${people.other},赵强,1,330203`,
  ].join('\n');
  expect((await op.upload('/admin/imports/members', members, 'text/csv')).status).toBe(200);
  expect((await op.upload('/admin/imports/police', police, 'text/csv')).status).toBe(200);
  for (const [code, agentIdNo, staffId] of [
    ['EMP001', people.agent, 'agent1'],
    ['EMP002', people.otherAgent, 'agent2'],
  ] as const) {
    expect(
      (await op.put(`/admin/employers/${code}/authorization`, { agents: [{ idNo: agentIdNo, name: '陈经办' }] }))
        .status,
    ).toBe(200);
    expect(
      (await admin.post('/admin/staff', { staffId, role: Role.Agent, secret, employerCode: code, agentIdNo })).status,
    ).toBe(201);
  }
}

async function swipe(card: SampleCard): Promise<string> {
  const result = await call<ssc.v1.InquireReply>(t.engine.url, 'Inquire', {
    header: header(hospital, signNo, seq++),
    credential: { type: card.credentialType, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
  });
  expect(result.httpStatus).toBe(200);
  return result.reply!.outcome!.reason!;
}

/** A browser context of its own (cookies apart) signed in as staffId, in zh or en. */
async function signedIn(staffId: string, lang: 'zh' | 'en' = 'zh'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: lang === 'zh' ? 'zh-CN' : 'en',
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
  });
  await page.goto(`${t.engine.url}/console/`);
  if (lang === 'en') await page.goto(`${t.engine.url}/console/lang/en?back=/console/login`);
  await page.fill('#staffId', staffId);
  await page.fill('#secret', secret);
  const home = staffId.startsWith('agent') ? '**/console/employers/EMP00*' : '**/console/cards';
  await Promise.all([page.waitForURL(home), page.click('button[type=submit]')]);
  return { context, page };
}

async function openCard(page: Page, cardNo: string): Promise<void> {
  await page.goto(`${t.engine.url}/console/cards`);
  await page.fill('#no', cardNo);
  await Promise.all([
    page.waitForURL(`**/console/cards/${cardNo}`),
    page.click('form[action="/console/cards"] button'),
  ]);
}

/** Submits an action of the card page; accepted, the page comes back with its notice in the URL. */
async function act(page: Page, op: string, note: string, accepted = true): Promise<void> {
  const form = page.locator(`form[data-op="${op}"]`);
  await form.locator('input[name=note]').fill(note);
  const landed = accepted ? page.waitForURL(/\/console\/cards\/\w+\?/) : page.waitForURL(`**/actions/${op}`);
  await Promise.all([landed, form.locator('button').click()]);
}

/** True when the page's font draws '社' differently from a code point no font has (a missing-glyph box). */
async function drawsChinese(page: Page): Promise<boolean> {
  // Run in the page (a string: this file is type-checked without the DOM library).
  const script = `(() => {
    const font = getComputedStyle(document.body).font;
    const draw = (text) => {
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 40;
      const g = canvas.getContext('2d');
      g.font = font.replace(/\\d+px/, '28px');
      g.fillText(text, 2, 30);
      return canvas.toDataURL();
    };
    return draw('社') !== draw('\\u{10FFFD}') && draw('社') !== draw('保');
  })()`;
  return (await page.evaluate(script)) as boolean;
}

/** A screenshot kept as an artefact, the glyph check, and no horizontal overflow at 1280 px. */
async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  expect(await drawsChinese(page), `${name}: Chinese glyphs`).toBe(true);
  const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
  expect(overflow, `${name}: horizontal overflow at 1280 px`).toBeLessThanOrEqual(0);
  expect(cspViolations, name).toEqual([]);
}

beforeAll(async () => {
  expect(existsSync(chromiumPath), `chromium at ${chromiumPath} (apt-get install -y chromium fonts-wqy-zenhei)`).toBe(
    true,
  );
  mkdirSync(shots, { recursive: true });
  t = await startTestEngine({ SSC_DEMO_CARDS: '600', SSC_ADMIN_SECRET: adminSecret, SSC_IDLE_INLINE: '0' });
  const admin = new AdminClient(t.engine.url);
  expect((await admin.login('admin', adminSecret)).status).toBe(200);
  for (const [staffId, role] of [
    ['op1', Role.Operator],
    ['rev1', Role.Reviewer],
    ['rev2', Role.Reviewer],
    ['aud1', Role.Auditor],
    ['aud9', Role.Auditor],
  ] as const)
    expect((await admin.post('/admin/staff', { staffId, role, secret })).status).toBe(201);
  opApi = new AdminClient(t.engine.url);
  expect((await opApi.login('op1', secret)).status).toBe(200);
  await seedEmployers(admin, opApi);
  hospital = t.terminal('ningboHospitalL3');
  signNo = await signIn(t.engine.url, hospital);
  cards = t.samples.cards.filter((c) => c.scenario === 'issued');
  expect(cards.length).toBeGreaterThanOrEqual(3);
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true });
  process.stdout.write(
    `console: chromium ${browser.version()} (playwright-core built for a newer one: stable CDP only)\n`,
  );
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('the web console in chromium', () => {
  it('login keeps the token out of page script: HttpOnly, SameSite=Strict; logout ends the token', async () => {
    const { context, page } = await signedIn('op1');
    const cookie = (await context.cookies()).find((c) => c.name === 'ssc_console')!;
    expect([cookie.httpOnly, cookie.sameSite, cookie.path]).toEqual([true, 'Strict', '/console']);
    expect(await page.evaluate('document.cookie')).not.toContain(cookie.value);
    expect(await page.content()).not.toContain(cookie.value);
    await shoot(page, 'cards-zh');
    await Promise.all([page.waitForURL('**/console/login'), page.click('form[action="/console/logout"] button')]);
    // The token itself no longer works, not only the cookie.
    const r = await fetch(`${t.engine.url}/admin/cards/${cards[0]!.cardNo}`, {
      headers: { authorization: `Bearer ${cookie.value}` },
    });
    expect(r.status).toBe(401);
    await shoot(page, 'login-zh');
    // The admin API's login throttling applies: past five wrong secrets for an account, a wait (429).
    for (let i = 0; i < 6; i++)
      await page.request.post(`${t.engine.url}/console/login`, { form: { staffId: 'aud9', secret: `wrong-${i}` } });
    await page.fill('#staffId', 'aud9');
    await page.fill('#secret', secret);
    const [throttled] = await Promise.all([
      page.waitForResponse('**/console/login'),
      page.click('button[type=submit]'),
    ]);
    expect(throttled.status()).toBe(429);
    expect(await page.textContent('.flash.error')).toContain('错误次数过多');
    await context.close();
  });

  it('a temporary loss on the card page: the next swipe is declined C02; lifted, it is approved', async () => {
    const card = cards[0]!;
    expect(await swipe(card)).toBe('00');
    const { context, page } = await signedIn('op1');
    await page.goto(`${t.engine.url}/console/hot-list`);
    const hotBefore = Number(await page.textContent('[data-field=count]'));
    await openCard(page, card.cardNo);
    expect(await page.getAttribute('[data-field=swipe] .badge', 'data-reason')).toBe('00');
    // Masked in the HTML itself, not hidden by the page.
    const source = await page.content();
    expect(source).not.toContain(card.idNo);
    expect(source).toContain(`${card.idNo.slice(0, 6)}********${card.idNo.slice(-4)}`);
    // Only what the status allows: an issued card offers a loss report, never a lift.
    expect(await page.locator('form[data-op="temp-loss"]').count()).toBe(1);
    expect(await page.locator('form[data-op="temp-loss-lift"]').count()).toBe(0);
    await act(page, 'temp-loss', '持卡人来电挂失');
    expect(await page.textContent('.flash')).toContain('临时挂失');
    expect(await page.getAttribute('[data-field=swipe] .badge', 'data-reason')).toBe('C02');
    expect(await page.textContent('table')).toContain('持卡人来电挂失');
    expect(await swipe(card)).toBe('C02');
    await shoot(page, 'card-zh');
    await page.goto(`${t.engine.url}/console/hot-list`);
    expect(Number(await page.textContent('[data-field=count]'))).toBe(hotBefore + 1);
    await shoot(page, 'hot-list-zh');
    await openCard(page, card.cardNo);
    await act(page, 'temp-loss-lift', '卡已找到');
    expect(await page.getAttribute('[data-field=swipe] .badge', 'data-reason')).toBe('00');
    expect(await swipe(card)).toBe('00');
    // A note that looks like an ID or phone number is refused by the admin API, and nothing changes.
    await act(page, 'temp-loss', '电话13800000000', false);
    expect(await page.textContent('.flash.error')).toContain('SSC_ADMIN_INVALID');
    expect(await swipe(card)).toBe('00');
    await context.close();
  });

  it('a formal loss is lifted only by a second reviewer: the maker is offered nothing and refused when forcing it', async () => {
    const card = cards[1]!;
    const op = await signedIn('op1');
    await openCard(op.page, card.cardNo);
    await act(op.page, 'formal-loss', '柜面正式挂失');
    expect(await swipe(card)).toBe('C03');
    await op.context.close();
    const maker = await signedIn('rev1');
    await openCard(maker.page, card.cardNo);
    await act(maker.page, 'formal-loss-lift', '持卡人找回卡片');
    const reviewId = new URL(maker.page.url()).searchParams.get('review')!;
    expect(reviewId).toMatch(/^R\d+$/);
    await maker.page.goto(`${t.engine.url}/console/reviews`);
    const row = maker.page.locator(`tr[data-review="${reviewId}"]`);
    expect(await row.locator('button').count()).toBe(0);
    expect(await row.textContent()).toContain('须由他人复核');
    await shoot(maker.page, 'reviews-zh');
    // Forced: the maker posts the approval with a valid CSRF token of their own.
    const csrf = await maker.page.getAttribute('input[name=_csrf]', 'value');
    const forced = await maker.page.request.post(`${t.engine.url}/console/reviews/${reviewId}`, {
      form: { _csrf: csrf!, approve: '1' },
    });
    expect(forced.status()).toBe(403);
    expect(await forced.text()).toContain('SSC_ADMIN_SAME_REVIEWER');
    expect(await swipe(card)).toBe('C03');
    await maker.context.close();
    const checker = await signedIn('rev2');
    await checker.page.goto(`${t.engine.url}/console/reviews`);
    await Promise.all([
      checker.page.waitForLoadState('load'),
      checker.page.locator(`tr[data-review="${reviewId}"] button`).first().click(),
    ]);
    expect(await checker.page.textContent('.flash')).toContain(reviewId);
    expect(await swipe(card)).toBe('00');
    await checker.context.close();
  });

  it('CSRF: a form posted without the token is refused 403 and changes nothing; a reveal is logged in the timeline', async () => {
    const card = cards[2]!;
    const { context, page } = await signedIn('op1');
    await openCard(page, card.cardNo);
    const refused = await page.request.post(`${t.engine.url}/console/cards/${card.cardNo}/actions/temp-loss`, {
      form: { note: '无令牌' },
    });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain('SSC_CONSOLE_CSRF');
    expect(await swipe(card)).toBe('00');
    await Promise.all([page.waitForLoadState('load'), page.click('form[action$="/holder"] button')]);
    expect(await page.textContent('[data-field=idNo]')).toBe(card.idNo);
    await openCard(page, card.cardNo);
    expect(await page.textContent('[data-field=idNo]')).not.toBe(card.idNo);
    expect(await page.textContent('table')).toContain('reveal-holder');
    await context.close();
    // The auditor sees the refusal.
    const auditor = await signedIn('aud1');
    await auditor.page.goto(`${t.engine.url}/console/audit`);
    expect(await auditor.page.textContent('main')).toContain('SSC_CONSOLE_CSRF');
    await shoot(auditor.page, 'audit-zh');
    await auditor.context.close();
  });

  it('live operations update over server-sent events from the engine metrics', async () => {
    const { context, page } = await signedIn('op1');
    await page.goto(`${t.engine.url}/console/live`);
    for (let i = 0; i < 20; i++) await swipe(cards[0]!);
    // Polled from here: a predicate evaluated in the page would be refused by the page's own CSP (no eval).
    const deadline = Date.now() + 15_000;
    while (Number((await page.getAttribute('#live', 'data-updates')) ?? '0') < 2 && Date.now() < deadline)
      await page.waitForTimeout(200);
    expect(Number(await page.getAttribute('#live', 'data-updates'))).toBeGreaterThanOrEqual(2);
    expect(Number(await page.textContent('[data-field=ledger]'))).toBeGreaterThanOrEqual(0);
    expect(await page.locator('#live-stages table tbody tr').count()).toBeGreaterThan(0);
    await shoot(page, 'live-zh');
    await context.close();
  });

  it('every page in English too: no missing catalogue key, Chinese data still drawn', async () => {
    const { context, page } = await signedIn('op1', 'en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await shoot(page, 'cards-en');
    await openCard(page, cards[0]!.cardNo);
    expect(await page.textContent('h1')).toBe(`Card ${cards[0]!.cardNo}`);
    await shoot(page, 'card-en');
    for (const name of ['hot-list', 'reviews', 'live']) {
      const r = await page.goto(`${t.engine.url}/console/${name}`);
      expect(r!.status(), name).toBe(200);
      await shoot(page, `${name}-en`);
    }
    await context.close();
  });
});

/** The person's row of a roster page, by name. */
function rosterRow(page: Page, name: string) {
  return page.locator('tbody tr', { hasText: name });
}

/** A printable form saved as A4 PDF (chromium's print), checked to fit the page width in print media. */
async function printToPdf(page: Page, name: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
  expect(overflow, `${name}: wider than A4`).toBeLessThanOrEqual(0);
  expect(await drawsChinese(page), `${name}: Chinese glyphs`).toBe(true);
  const pdf = await page.pdf({ path: join(shots, `${name}.pdf`), format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(cspViolations, name).toEqual([]);
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe("the employer agent's pages and the printed forms", () => {
  it('the agent sees their roster by pinyin, ID numbers masked, and confirms one person with that person’s bank', async () => {
    const { context, page } = await signedIn('agent1');
    expect(page.url()).toContain('/console/employers/EMP001');
    const names = await page.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(names).toEqual(['李娜', '王芳', '张伟']);
    const source = await page.content();
    for (const id of [people.zhang, people.li, people.wang]) expect(source).not.toContain(id);
    await shoot(page, 'employer-zh');
    await Promise.all([page.waitForURL('**/people/*'), rosterRow(page, '张伟').locator('a').click()]);
    expect(await page.content()).not.toContain(people.zhang);
    // One radio group per person: no control chooses a bank for more than one person.
    expect(await page.locator('input[type=radio][name=bank]').count()).toBe(3);
    await page.fill('input[name=phone]', '13800000000');
    await page.fill('input[name=address]', '宁波市海曙区中山路1号');
    await page.fill('input[name=postcode]', '315000');
    await page.fill('input[name=department1]', '码头一部');
    await page.check('input[name=bank][value=CCB]');
    await shoot(page, 'person-zh');
    await Promise.all([page.waitForURL('**?done=confirmed'), page.click('form.person-form button[type=submit]')]);
    expect(await page.getAttribute('[data-field=stage]', 'data-stage')).toBe('submitted');
    expect(await page.textContent('[data-field=bank]')).toBe('中国建设银行');
    await context.close();
  });

  it("an agent cannot open another employer's people, by page or by reference", async () => {
    const { context, page } = await signedIn('agent2');
    const own = await page.goto(`${t.engine.url}/console/employers/EMP002`);
    expect(own!.status()).toBe(200);
    const foreign = await page.goto(`${t.engine.url}/console/employers/EMP001`);
    expect(foreign!.status()).toBe(403);
    expect(await page.content()).not.toContain('张伟');
    // A reference copied from EMP001's roster, opened under EMP001 and under the agent's own employer.
    const agent1 = await signedIn('agent1');
    const href = await rosterRow(agent1.page, '李娜').locator('a').getAttribute('href');
    await agent1.context.close();
    expect((await page.goto(`${t.engine.url}${href}`))!.status()).toBe(403);
    const ref = href!.split('/').pop();
    expect((await page.goto(`${t.engine.url}/console/employers/EMP002/people/${ref}`))!.status()).toBe(404);
    expect(await page.content()).not.toContain('李娜');
    await context.close();
  });

  it('a reviewer approves the form (the card is generated) and prints 确认表 and the employer forms to A4 PDF', async () => {
    const { context, page } = await signedIn('rev1');
    await page.goto(`${t.engine.url}/console/employers/EMP001`);
    await Promise.all([page.waitForURL('**/people/*'), rosterRow(page, '张伟').locator('a').click()]);
    const person = page.url();
    await Promise.all([
      page.waitForURL('**?done=approved'),
      page.locator('form[action$="/review"] button').first().click(),
    ]);
    expect(await page.getAttribute('[data-field=stage]', 'data-stage')).toBe('final');
    expect(await page.textContent('.flash')).toMatch(/卡片已生成：[A-Z0-9]{9}/);
    await page.goto(`${person.split('?')[0]}/form`);
    expect(await page.textContent('h1')).toBe('宁波市社会保障卡个人信息确认及申领表');
    // The printed form is pre-filled, the person's own bank ticked, the ID number in full for checking.
    const form = await page.textContent('article');
    expect(form).toContain(people.zhang);
    expect(form).toContain('☑ 中国建设银行');
    expect(form).toContain('☐ 中国工商银行');
    await printToPdf(page, 'form-a2-zh');
    for (const f of ['a1', 'a3', 'a4', 'a5', 'a6']) {
      const r = await page.goto(`${t.engine.url}/console/employers/EMP001/forms/${f}`);
      expect(r!.status(), f).toBe(200);
      await printToPdf(page, `form-${f}-zh`);
    }
    await page.goto(`${t.engine.url}/console/employers/EMP001/forms/a4`);
    expect(await page.textContent('[data-field=total]')).toBe('1');
    await page.goto(`${t.engine.url}/console/employers/EMP001/forms/a5`);
    expect(await page.textContent('article')).toContain('李娜');
    await context.close();
  });

  it('the agent collects the produced cards and prints the pickup slip (领取单) and the delivery list (发放清单)', async () => {
    const batch = await opApi.post<{ batchId: string }>('/admin/batches', { employerCode: 'EMP001' });
    expect(batch.status).toBe(201);
    const { batchId } = batch.body;
    expect((await opApi.post(`/admin/batches/${batchId}/arrival`, {})).status).toBe(200);
    const { context, page } = await signedIn('agent1');
    const row = page.locator(`tr[data-batch="${batchId}"]`);
    await Promise.all([page.waitForURL(`**picked=${batchId}*`), row.locator('button').click()]);
    expect(await page.textContent('.flash')).toContain('1 张卡');
    await page.click(`tr[data-batch="${batchId}"] a[href$="/slip"]`);
    expect(await page.textContent('h1')).toBe('社会保障卡领取单');
    expect(await page.textContent('article')).toContain('张伟');
    await printToPdf(page, 'form-slip-zh');
    await page.goto(`${t.engine.url}/console/employers/EMP001/batches/${batchId}/list`);
    expect(await page.textContent('article')).toContain(people.zhang);
    await printToPdf(page, 'form-list-zh');
    // Another employer's agent: neither the page nor the collection.
    const other = await signedIn('agent2');
    expect((await other.page.goto(`${t.engine.url}/console/employers/EMP001/batches/${batchId}/slip`))!.status()).toBe(
      403,
    );
    await other.context.close();
    await context.close();
    const staff = await signedIn('op1');
    expect((await staff.page.goto(`${t.engine.url}/console/returns`))!.status()).toBe(200);
    await printToPdf(staff.page, 'form-returns-zh');
    await staff.context.close();
  });
});

/** A members file of `count` valid rows for EMP003, with three bad lines among them. */
function membersFile(count: number): { text: string; bad: number[] } {
  const lines = [
    'id_no,name,insured_region,insurance_type,scheme,employer_code,employer_name,enrolled_regions,insured_from,retired',
  ];
  const bad: number[] = [];
  const dayMs = 86_400_000;
  for (let i = 0; i < count; i++) {
    // 330205, a birth date from 1975-01-01 on, a three-digit sequence: unique and valid.
    const birth = new Date(Date.UTC(1975, 0, 1) + Math.floor(i / 999) * dayMs)
      .toISOString()
      .slice(0, 10)
      .replaceAll('-', '');
    const first17 = `330205${birth}${String((i % 999) + 1).padStart(3, '0')}`;
    const good = idNo(first17);
    lines.push(`${good},员工,330205,310,employee,EMP003,宁波新材料,,2015-01-01,0`);
    if (i === 10 || i === count / 2 || i === count - 3) {
      lines.push(
        `${first17}${good.endsWith('0') ? '1' : '0'},错号,330205,310,employee,EMP003,宁波新材料,,2015-01-01,0`,
      );
      bad.push(lines.length);
    }
  }
  return { text: `${lines.join('\n')}\n`, bad };
}

describe('imports in the console', () => {
  it('an import shows its progress and its rejected lines, and gives the report as CSV', async () => {
    const { context, page } = await signedIn('op1');
    await page.goto(`${t.engine.url}/console/imports`);
    await shoot(page, 'imports-zh');
    const file = membersFile(20_000);
    // Every value the bar takes, watched from outside the page's own script.
    await page.evaluate(`(() => {
      window.barValues = [];
      const bar = document.getElementById('import-bar');
      new MutationObserver(() => window.barValues.push(Number(bar.getAttribute('value')))).observe(bar, { attributes: true });
    })()`);
    await page.selectOption('select[name=kind]', 'members');
    await page.setInputFiles('input[type=file]', {
      name: 'members.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(file.text),
    });
    await page.click('#import button[type=submit]');
    await page.waitForSelector('#import-progress[data-state=done]', { timeout: 120_000 });
    const values = (await page.evaluate('window.barValues')) as number[];
    expect(values.at(-1)).toBe(100);
    expect(
      values.some((v) => v > 0 && v < 100),
      JSON.stringify(values),
    ).toBe(true);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(Number(await page.textContent('[data-field=rows]'))).toBe(20_003);
    expect(Number(await page.textContent('[data-field=rejected]'))).toBe(3);
    const lines = await page.locator('table.rejected tbody tr td:first-child').allTextContents();
    expect(lines.map(Number)).toEqual(file.bad);
    expect(await page.textContent('table.rejected')).toContain('check digit');
    await shoot(page, 'imports-done-zh');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href$="report.csv"]')]);
    const csv = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toBe('line,reason');
    expect(csv.split('\n').filter((l) => l !== '')).toHaveLength(4);
    // The roster of the imported employer has them all.
    await page.goto(`${t.engine.url}/console/employers/EMP003`);
    expect(await page.textContent('[data-field=count]')).toContain('20000');
    expect(await page.locator('tbody tr').count()).toBe(200);
    await context.close();
  }, 180_000);

  it('an upload without the CSRF header is refused and imports nothing', async () => {
    const { context, page } = await signedIn('op1');
    const r = await page.request.post(`${t.engine.url}/console/imports/imp-forged-0001/upload?kind=members`, {
      headers: { 'content-type': 'text/csv' },
      data: membersFile(5).text.replaceAll('EMP003', 'EMP004'),
    });
    expect(r.status()).toBe(403);
    expect((await page.goto(`${t.engine.url}/console/employers/EMP004`))!.status()).toBe(404);
    await context.close();
  });
});
