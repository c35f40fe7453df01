// Nobody in who does not belong, route by route: every admin route (read from the OpenAPI document,
// so a new route is covered the day it is added) with no token, a forged token, an expired token,
// a disabled account, a role it does not admit, and another employer's agent; every terminal
// operation with no MAC, a wrong MAC, another institution's terminal, and an expired sign-in.
// Each is refused with its code, counted in the audit trail (admin) or refusals (terminals), and
// changes nothing (ledger and change-log sequences, balances).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role } from '../../engine/cards/records.js';
import { tokenKey } from '../../engine/cards/staff.js';
import { AdminClient } from '../../engine/cli/admin-client.js';
import { encodeSignIn } from '../../engine/store/records.js';
import { header, makeMsgId, signIn, type TerminalIdentity } from '../../protocol/client.js';
import { idCheckChar } from '../../protocol/id-number.js';
import { macForTerminal, macHeader } from '../../protocol/mac.js';
import { operations, servicePath } from '../../protocol/operations.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';

const adminSecret = 'matrix-admin-secret';
const secret = 'matrix-staff-secret';
let t: TestEngine;
let hospital: TerminalIdentity;
let other: TerminalIdentity;
let signNo = '';
const clients: Record<string, AdminClient> = {};
const agentId = (() => {
  const first17 = '33020319750505005';
  return first17 + idCheckChar(first17);
})();

function state(): { ledger: number; changes: number; balances: string } {
  const balances: string[] = [];
  for (const { value } of t.engine.store.accounts.getRange({}))
    balances.push(Buffer.from(value as Buffer).toString('hex'));
  return { ledger: t.engine.ledger.sequence, changes: t.engine.centre.sequence, balances: balances.join() };
}

/** Refusals accounted for: records written, plus those folded into a source's window summary. */
function auditCount(): number {
  let n = t.engine.centre.auditTrail.summarised;
  for (const _ of t.engine.store.audit.getKeys({})) n++;
  return n;
}

beforeAll(async () => {
  t = await startTestEngine({ SSC_DEMO_CARDS: '300', SSC_ADMIN_SECRET: adminSecret });
  hospital = t.terminal('ningboHospitalL3');
  other = t.terminal('ningboHospitalL2');
  signNo = await signIn(t.engine.url, hospital);
  const admin = new AdminClient(t.engine.url);
  expect((await admin.login('admin', adminSecret)).status).toBe(200);
  clients['admin'] = admin;
  const op = new AdminClient(t.engine.url);
  for (const [staffId, role] of [
    ['m-op', Role.Operator],
    ['m-rev', Role.Reviewer],
    ['m-aud', Role.Auditor],
    ['m-gone', Role.Operator],
  ] as const) {
    expect((await admin.post('/admin/staff', { staffId, role, secret })).status).toBe(201);
  }
  await op.login('m-op', secret);
  clients['operator'] = op;
  expect((await op.post('/admin/employers', { code: 'EMPA', name: 'A' })).status).toBe(201);
  expect((await op.post('/admin/employers', { code: 'EMPB', name: 'B' })).status).toBe(201);
  expect(
    (await op.put('/admin/employers/EMPB/authorization', { agents: [{ idNo: agentId, name: '代理' }] })).status,
  ).toBe(200);
  expect(
    (
      await admin.post('/admin/staff', {
        staffId: 'm-agent-b',
        role: Role.Agent,
        secret,
        employerCode: 'EMPB',
        agentIdNo: agentId,
      })
    ).status,
  ).toBe(201);
  for (const id of ['m-rev', 'm-aud', 'm-agent-b', 'm-gone']) {
    const c = new AdminClient(t.engine.url);
    expect((await c.login(id, secret)).status).toBe(200);
    clients[id] = c;
  }
  expect((await admin.post('/admin/staff/m-gone/disable')).status).toBe(200);
  // An expired token, as a login 9 hours ago would have left it.
  const expired = new AdminClient(t.engine.url);
  expired.token = 'expired-token-for-the-matrix-test-0000000000';
  await t.engine.store.staffTokens.put(tokenKey(expired.token), { staffId: 'm-op', expiresMs: Date.now() - 3_600_000 });
  clients['expired'] = expired;
});
afterAll(async () => {
  await t.stop();
});

interface RouteSpec {
  method: string;
  path: string;
  roles: string[];
}

/** Every admin route with its parameters filled in (from the OpenAPI document). */
async function adminRoutes(): Promise<RouteSpec[]> {
  const doc = (await (await fetch(`${t.engine.url}/admin/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { security?: unknown[] }>>;
  };
  const fill: Record<string, string> = {
    staffId: 'm-aud',
    code: 'EMPA',
    idNo: agentId,
    batchId: 'B1234567890123456',
    cardNo: t.samples.cards.find((c) => c.scenario === 'issued')!.cardNo,
    reviewId: 'R1',
  };
  const routes: RouteSpec[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      if (op.security === undefined) continue; // login
      routes.push({
        method: method.toUpperCase(),
        path: path.replace(/\{(\w+)\}/g, (_, p: string) => fill[p] ?? 'x'),
        roles: [],
      });
    }
  }
  return routes;
}

describe('admin API: every route refuses callers who do not belong', () => {
  it('no token, forged, expired, disabled: 401 SSC_ADMIN_UNAUTHENTICATED, audited, nothing changed', async () => {
    const routes = await adminRoutes();
    expect(routes.length).toBeGreaterThan(30);
    const anonymous = new AdminClient(t.engine.url);
    const forged = new AdminClient(t.engine.url);
    forged.token = 'Zm9yZ2VkLXRva2VuLW5vdC1pc3N1ZWQtYnktdGhlLWVuZ2luZQ';
    for (const route of routes) {
      for (const [who, client] of [
        ['none', anonymous],
        ['forged', forged],
        ['expired', clients['expired']!],
        ['disabled', clients['m-gone']!],
      ] as const) {
        const before = state();
        const audits = auditCount();
        const r = await client.request<{ sscCode: string }>(
          route.method,
          route.path,
          route.method === 'GET' ? undefined : {},
        );
        expect(r.status, `${who} ${route.method} ${route.path}`).toBe(401);
        expect(r.body.sscCode).toBe('SSC_ADMIN_UNAUTHENTICATED');
        expect(state()).toEqual(before);
        // The audit record is written without holding up the refusal: wait for it (at most 1 s).
        for (let i = 0; i < 100 && auditCount() <= audits; i++) await new Promise((resolve) => setTimeout(resolve, 10));
        expect(auditCount(), `${who} ${route.path} audited`).toBeGreaterThan(audits);
      }
    }
  });

  it('a role the route does not admit: 403 SSC_ADMIN_FORBIDDEN, audited, nothing changed', async () => {
    const routes = await adminRoutes();
    let refused = 0;
    for (const route of routes) {
      // Every signed-in role may end its own session (tested in test/e2e/console-browser.test.ts).
      if (route.path === '/admin/logout') continue;
      const isWrite = route.method !== 'GET';
      // The auditor changes nothing anywhere; the admin only manages staff.
      const candidates = isWrite && !route.path.startsWith('/admin/staff') ? ['m-aud', 'admin'] : ['m-agent-b'];
      for (const who of candidates) {
        const before = state();
        const r = await clients[who]!.request<{ sscCode: string }>(route.method, route.path, isWrite ? {} : undefined);
        if (r.status < 300) continue; // a read this role may do (e.g. the agent's own scope)
        if (r.status === 403) {
          refused++;
          const audits = auditCount();
          expect(audits).toBeGreaterThan(0);
          expect(['SSC_ADMIN_FORBIDDEN', 'SSC_ADMIN_SAME_REVIEWER']).toContain(r.body.sscCode);
        } else expect([400, 404, 409]).toContain(r.status); // admitted, then refused on its merits
        expect(state(), `${who} ${route.method} ${route.path}`).toEqual(before);
      }
    }
    expect(refused).toBeGreaterThan(25);
  });

  it("another employer's agent: 403 on every route about employer EMPA or its people", async () => {
    const agent = clients['m-agent-b']!;
    for (const path of [
      '/admin/employers/EMPA/roster',
      '/admin/employers/EMPA/summary',
      '/admin/employers/EMPA/not-returned',
    ]) {
      const r = await agent.get<{ sscCode: string }>(path);
      expect(r.status, path).toBe(403);
      expect(r.body.sscCode).toBe('SSC_ADMIN_FORBIDDEN');
    }
    expect((await agent.get('/admin/employers/EMPB/roster')).status).toBe(200);
  });
});

describe('terminal operations: every method refuses callers who do not belong', () => {
  const unary = operations.filter((o) => !o.streaming && o.method !== 'SignIn');
  function body(method: string, terminal: TerminalIdentity, sign: string, seq: number): Uint8Array {
    const spec = operations.find((o) => o.method === method)!;
    const card = t.samples.cards.find((c) => c.scenario === 'issued')!;
    const code = t.samples.catalogue.find((c) => c.class === 1)!.code;
    const h = header(terminal, sign, seq);
    const dayMs = 86_400_000;
    const midnight = Math.floor((Date.now() + 8 * 3_600_000) / dayMs) * dayMs - 8 * 3_600_000;
    const bill = {
      credential: { type: 3, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
      medicalType: 11,
      totalFen: 900,
      lines: [{ lineNo: 1, catalogueCode: code, quantityMilli: 1_000, unitPriceFen: 900, amountFen: 900 }],
    };
    const messages: Record<string, object> = {
      SignOut: { header: h },
      Inquire: { header: h, credential: bill.credential },
      PreSettle: { header: h, ...bill },
      Settle: { header: h, ...bill },
      CancelSettlement: { header: h, settlementId: 'S000000000001' },
      Reverse: { header: h, originalMsgId: makeMsgId(terminal.institutionCode, Date.now(), 1), originalOperation: 1 },
      ReconcileTotals: {
        header: h,
        insuranceType: 310,
        clearingType: 11,
        periodFromMs: midnight - 86_400_000,
        periodToMs: midnight,
      },
      // The caller is checked before the visit is looked up: any visit id will do.
      OpenVisit: { header: h, credential: bill.credential, medicalType: 11 },
      UpdateVisit: { header: h, visitId: 'M000000000001', medicalType: 11 },
      UploadFees: {
        header: h,
        visitId: 'M000000000001',
        lines: [{ sn: '1', catalogueCode: code, quantityMilli: 1_000, unitPriceFen: 900, amountFen: 900 }],
      },
      WithdrawFees: { header: h, visitId: 'M000000000001', all: true },
      CancelVisit: { header: h, visitId: 'M000000000001' },
      DecodeEVoucher: { header: h, qrCode: `EVQR1.${'a'.repeat(32)}.${'A'.repeat(22)}` },
      // A filing that would be registered (a chronic one) or revoked, were the caller admitted.
      RegisterFiling: { header: h, credential: bill.credential, kind: 3, diseaseCode: 'M03900', validFromMs: midnight },
      RevokeFiling: { header: h, credential: bill.credential, filingNo: 'F000000000001' },
      QueryFilings: { header: h, credential: bill.credential },
      ListDiseases: { header: h },
    };
    return spec.request.encode(messages[method]!).finish();
  }
  async function post(method: string, bytes: Uint8Array, mac: string | undefined) {
    const headers: Record<string, string> = { 'content-type': 'application/proto' };
    if (mac !== undefined) headers[macHeader] = mac;
    const response = await fetch(t.engine.url + servicePath + method, { method: 'POST', headers, body: bytes });
    const out = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, out };
  }

  it('no MAC and a wrong MAC: 401 SSC_UNAUTHENTICATED; nothing changed', async () => {
    let seq = 1_000;
    for (const spec of unary) {
      for (const mac of [undefined, 'ab'.repeat(32)]) {
        const before = state();
        const r = await post(spec.method, body(spec.method, hospital, signNo, seq++), mac);
        expect(r.status, `${spec.method} mac ${mac === undefined ? 'none' : 'wrong'}`).toBe(401);
        expect(JSON.parse(Buffer.from(r.out).toString()).sscCode).toBe('SSC_UNAUTHENTICATED');
        expect(state()).toEqual(before);
      }
    }
  });

  it("another institution's terminal (claiming this hospital): I02; nothing changed", async () => {
    let seq = 2_000;
    const impostor = { ...other, institutionCode: hospital.institutionCode, region: hospital.region };
    for (const spec of unary) {
      const before = state();
      const bytes = body(spec.method, impostor, signNo, seq++);
      const r = await post(spec.method, bytes, Buffer.from(macForTerminal(other.terminalId, bytes)).toString('hex'));
      expect(r.status, spec.method).toBe(200);
      const reply = spec.reply.decode(r.out) as unknown as { outcome: { reason: string } };
      expect(reply.outcome.reason, spec.method).toBe('I02');
      expect(state()).toEqual(before);
    }
  });

  it('an expired sign-in: I04; nothing changed', async () => {
    const expiredSignNo = 'expiredsignno000000000000';
    await t.engine.store.signIns.put(
      hospital.terminalId,
      encodeSignIn({
        signNo: expiredSignNo,
        operatorId: 'op001',
        signedInMs: Date.now() - 2 * 86_400_000,
        expiresMs: Date.now() - 86_400_000,
        msgId: '',
      }),
    );
    let seq = 3_000;
    for (const spec of unary.filter((o) => o.method !== 'SignOut')) {
      const before = state();
      const bytes = body(spec.method, hospital, expiredSignNo, seq++);
      const r = await post(spec.method, bytes, Buffer.from(macForTerminal(hospital.terminalId, bytes)).toString('hex'));
      expect(r.status, spec.method).toBe(200);
      const reply = spec.reply.decode(r.out) as unknown as { outcome: { reason: string } };
      expect(reply.outcome.reason, spec.method).toBe('I04');
      expect(state()).toEqual(before);
    }
    const refusals = (await (await fetch(`${t.engine.url}/stats`)).json()) as { refusals: Record<string, number> };
    expect(refusals.refusals['SSC_UNAUTHENTICATED']).toBeGreaterThan(0);
  });
});
