// The card centre's web console under /console: server-rendered pages over the admin API. Every
// read and every action is the admin route itself, called in-process (fastify inject) with the
// session's bearer token, so roles, agent scope, maker-checker, validation, the audit trail and the
// refusal counters are the admin API's, unchanged. The console adds the session cookie, the CSRF
// check, the language and the rendering; it keeps no state of its own.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type Action, mayDo } from '../../cards/access.js';
import type { CardCentre } from '../../cards/card-centre.js';
import { Role } from '../../cards/records.js';
import type { TimelineEntry } from '../../cards/workflows/card-desk.js';
import type { DecisionSettings } from '../../core/settings.js';
import { nowMs } from '../../runtime/clock.js';
import { endIfAssertion } from '../../runtime/fatal.js';
import type { Store } from '../../store/store.js';
import { errors, type OperationalError } from '../errors.js';
import type { Refusals } from '../refusals.js';
import { allowedActions, consoleAction } from './actions.js';
import { consoleCss, consoleJs } from './assets.js';
import {
  type CardReply,
  cardPage,
  errorPage,
  loginPage,
  lookupPage,
  type ReviewRow,
  reviewsPage,
} from './card-pages.js';
import { registerEmployerPages } from './employer-routes.js';
import type { Html } from './html.js';
import { type Lang, langs, type MessageKey, translator } from './i18n.js';
import { registerImportPages } from './import-routes.js';
import type { PageContext } from './layout.js';
import { registerRecordPages } from './record-routes.js';
import { clearSession, csrfMatches, langOf, type Session, sessionOf, setLang, setSession } from './session.js';

export interface ConsoleDeps {
  store: Store;
  centre: CardCentre;
  settings: DecisionSettings;
  masterKey: Buffer;
  refusals: Refusals;
}

/** What a console page asks of the admin API: its status and JSON body. */
export interface AdminAnswer<T> {
  status: number;
  body: T;
}

/** The admin API's refusal body. */
interface AdminRefusal {
  sscCode?: string;
  message?: string;
}

const csp =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Card numbers as the admin API takes them. */
const cardNoShape = /^[A-Z0-9]{9}$|^\d{8,20}$/;

/** Everything a console route works with (built once in registerConsole). */
export interface ConsoleKit {
  app: FastifyInstance;
  deps: ConsoleDeps;
  ctx(request: FastifyRequest, session?: Session): PageContext;
  send(reply: FastifyReply, page: Html, status?: number): FastifyReply;
  admin<T>(
    request: FastifyRequest,
    session: Session,
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    body?: object,
  ): Promise<AdminAnswer<T>>;
  /** A page for the admin API's refusal (its status, its code, the message in the page's language). */
  refused(request: FastifyRequest, reply: FastifyReply, session: Session, answer: AdminAnswer<unknown>): FastifyReply;
  /** GET pages: the session, or a redirect to the login page. */
  page(
    url: string,
    handler: (request: FastifyRequest, reply: FastifyReply, session: Session) => Promise<FastifyReply>,
  ): void;
  /** POST forms: the session and its CSRF token, or 403 SSC_CONSOLE_CSRF (audited). */
  form(
    url: string,
    handler: (request: FastifyRequest, reply: FastifyReply, session: Session) => Promise<FastifyReply>,
  ): void;
  /** undefined when the role may do `action` (access.ts); else the refusal (403, audited) sent. */
  allowed(request: FastifyRequest, reply: FastifyReply, session: Session, action: Action): FastifyReply | undefined;
  /** A refusal the console itself decides (no session, no CSRF token, a role outside a page): counted and audited. */
  refuse(
    request: FastifyRequest,
    reply: FastifyReply,
    session: Session | undefined,
    error: OperationalError,
    message: MessageKey,
  ): FastifyReply;
}

export async function registerConsole(app: FastifyInstance, deps: ConsoleDeps): Promise<void> {
  const { store, masterKey } = deps;
  await app.register(
    async (c) => {
      c.removeAllContentTypeParsers();
      c.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: 16 * 1024 },
        (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
      );
      c.addHook('onSend', async (_request, reply, payload) => {
        reply
          .header('content-security-policy', csp)
          .header('x-content-type-options', 'nosniff')
          .header('referrer-policy', 'no-referrer')
          .header('cache-control', 'no-store');
        return payload;
      });
      const kit = consoleKit(app, c, deps);
      c.setErrorHandler((error: { statusCode?: number; code?: string }, request, reply) => {
        // A broken invariant ends the process, as everywhere (runtime/fatal.ts), never a page.
        endIfAssertion('console', error);
        const status = error.statusCode !== undefined && error.statusCode < 500 ? error.statusCode : 500;
        if (status === 500)
          app.ssclog.error({ code: error.code, route: request.routeOptions.url }, 'console page failed');
        return kit.send(reply, errorPage(kit.ctx(request), '', error.code ?? 'SSC_INTERNAL'), status);
      });
      c.get('/assets/console.css', async (_request, reply) => reply.type('text/css; charset=utf-8').send(consoleCss));
      c.get('/assets/console.js', async (_request, reply) =>
        reply.type('text/javascript; charset=utf-8').send(consoleJs),
      );
      // Home: the login page, an agent's own employer, or card lookup for the centre's staff.
      c.get('/', async (request, reply) => {
        const session = sessionOf(request, store, masterKey, nowMs());
        if (session === undefined) return reply.redirect('/console/login');
        const { role, employerCode } = session.principal;
        return reply.redirect(role === Role.Agent ? `/console/employers/${employerCode}` : '/console/cards');
      });
      c.get('/lang/:lang', async (request, reply) => {
        const lang = (request.params as { lang: string }).lang as Lang;
        const back = (request.query as { back?: string }).back ?? '';
        if (langs.includes(lang)) setLang(reply, lang);
        // Back within the console only: no other path, no host, no dot segments.
        const within = /^\/console\/[\w\-/?=&%.]*$/.test(back) && !back.includes('//') && !/\.\.|%2e/i.test(back);
        return reply.redirect(within ? back : '/console/');
      });
      registerLogin(kit, c);
      registerCardPages(kit);
      registerReviewPages(kit);
      registerRecordPages(kit);
      registerEmployerPages(kit);
      await registerImportPages(kit, c);
    },
    { prefix: '/console' },
  );
}

function consoleKit(app: FastifyInstance, c: FastifyInstance, deps: ConsoleDeps): ConsoleKit {
  const { store, masterKey, centre, refusals } = deps;
  const ctx = (request: FastifyRequest, session?: Session): PageContext => {
    const lang = langOf(request);
    return {
      t: translator(lang),
      lang,
      path: request.url,
      csrf: session?.csrf ?? '',
      ...(session === undefined ? {} : { principal: session.principal }),
    };
  };
  const send = (reply: FastifyReply, page: Html, status = 200): FastifyReply =>
    reply.code(status).type('text/html; charset=utf-8').send(page.text);
  const refuse: ConsoleKit['refuse'] = (request, reply, session, error, message) => {
    refusals.note(error.code);
    centre.audit(session?.principal.staffId ?? '', request.routeOptions.url ?? '', error.code, request.ip, nowMs());
    return send(reply, errorPage(ctx(request, session), ctx(request).t(message), error.code), error.httpStatus);
  };
  return {
    app,
    deps,
    ctx,
    send,
    refuse,
    async admin<T>(
      request: FastifyRequest,
      session: Session,
      method: 'GET' | 'POST' | 'PUT',
      url: string,
      body?: object,
    ) {
      const response = await app.inject({
        method,
        url,
        headers: {
          authorization: `Bearer ${session.token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
        remoteAddress: request.ip,
      });
      const json =
        String(response.headers['content-type'] ?? '').startsWith('application/json') && response.body !== '';
      return { status: response.statusCode, body: (json ? response.json() : {}) as T };
    },
    allowed(request, reply, session, action) {
      return mayDo(session.principal.role, action)
        ? undefined
        : refuse(request, reply, session, errors.adminForbidden, 'error.forbidden');
    },
    refused(request, reply, session, answer) {
      const body = answer.body as AdminRefusal;
      const page = ctx(request, session);
      const message =
        body.sscCode === errors.adminForbidden.code
          ? page.t('error.forbidden')
          : (body.message ?? String(answer.status));
      return send(reply, errorPage(page, message, body.sscCode ?? ''), answer.status);
    },
    page(url, handler) {
      c.get(url, async (request, reply) => {
        const session = sessionOf(request, store, masterKey, nowMs());
        if (session === undefined) return reply.redirect('/console/login');
        return handler(request, reply, session);
      });
    },
    form(url, handler) {
      c.post(url, async (request, reply) => {
        const session = sessionOf(request, store, masterKey, nowMs());
        const given = (request.body as Record<string, unknown> | undefined)?.['_csrf'];
        if (session === undefined || !csrfMatches(session.csrf, given))
          return refuse(
            request,
            reply,
            session,
            errors.consoleCsrf,
            session === undefined ? 'error.session' : 'error.csrf',
          );
        return handler(request, reply, session);
      });
    },
  };
}

function registerLogin(kit: ConsoleKit, c: FastifyInstance): void {
  c.get('/login', async (request, reply) => kit.send(reply, loginPage(kit.ctx(request))));
  c.post('/login', async (request, reply) => {
    const form = (request.body ?? {}) as Record<string, unknown>;
    const staffId = typeof form['staffId'] === 'string' ? form['staffId'] : '';
    const secret = typeof form['secret'] === 'string' ? form['secret'] : '';
    const response = await kit.app.inject({
      method: 'POST',
      url: '/admin/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ staffId, secret }),
      remoteAddress: request.ip,
    });
    const t = kit.ctx(request).t;
    if (response.statusCode === 429) {
      const seconds = response.headers['retry-after'] ?? '';
      return kit.send(reply, loginPage(kit.ctx(request), t('login.throttled', { seconds: String(seconds) })), 429);
    }
    if (response.statusCode !== 200) return kit.send(reply, loginPage(kit.ctx(request), t('login.wrong')), 401);
    const { token, expiresMs } = response.json() as { token: string; expiresMs: number };
    setSession(reply, token, (expiresMs - nowMs()) / 1000);
    return reply.redirect('/console/', 303);
  });
  kit.form('/logout', async (request, reply, session) => {
    await kit.admin(request, session, 'POST', '/admin/logout');
    clearSession(reply);
    return reply.redirect('/console/login', 303);
  });
}

/** The card page: the card through GET /admin/cards/{no}, its timeline, and the actions offered. */
async function renderCard(
  kit: ConsoleKit,
  request: FastifyRequest,
  reply: FastifyReply,
  session: Session,
  cardNo: string,
  extra: { revealed?: { name: string; idNo: string }; notice?: string; error?: string; status?: number } = {},
): Promise<FastifyReply> {
  const ctx = kit.ctx(request, session);
  if (!cardNoShape.test(cardNo)) return kit.send(reply, lookupPage(ctx, ctx.t('cards.invalid')), 400);
  const card = await kit.admin<CardReply>(request, session, 'GET', `/admin/cards/${cardNo}`);
  if (card.status === 404) return kit.send(reply, lookupPage(ctx, ctx.t('card.notFound')), 404);
  if (card.status !== 200) return kit.refused(request, reply, session, card);
  const timeline = await kit.admin<{ rows: TimelineEntry[] }>(
    request,
    session,
    'GET',
    `/admin/cards/${cardNo}/timeline`,
  );
  const record = kit.deps.centre.card(cardNo);
  const actions =
    record === undefined ? [] : allowedActions(record, session.principal.role, nowMs(), kit.deps.settings);
  const page = cardPage(ctx, { card: card.body, actions, timeline: timeline.body.rows ?? [], ...extra });
  return kit.send(reply, page, extra.status ?? 200);
}

function registerCardPages(kit: ConsoleKit): void {
  kit.page('/cards', async (request, reply, session) => {
    const no = ((request.query as { no?: string }).no ?? '').trim().toUpperCase();
    const ctx = kit.ctx(request, session);
    if (no === '') return kit.send(reply, lookupPage(ctx));
    if (!cardNoShape.test(no)) return kit.send(reply, lookupPage(ctx, ctx.t('cards.invalid')), 400);
    return reply.redirect(`/console/cards/${no}`, 303);
  });
  kit.page('/cards/:cardNo', async (request, reply, session) => {
    const cardNo = (request.params as { cardNo: string }).cardNo;
    const query = request.query as { done?: string; review?: string };
    const t = kit.ctx(request, session).t;
    const done = consoleAction(query.done ?? '');
    const notice =
      query.review !== undefined && /^R\d{1,15}$/.test(query.review)
        ? t('card.requested', { reviewId: query.review })
        : done === undefined
          ? undefined
          : t('card.done', { op: t.dynamic('op.', done.op) });
    return renderCard(kit, request, reply, session, cardNo, notice === undefined ? {} : { notice });
  });
  kit.form('/cards/:cardNo/holder', async (request, reply, session) => {
    const cardNo = (request.params as { cardNo: string }).cardNo;
    if (!cardNoShape.test(cardNo)) return renderCard(kit, request, reply, session, cardNo);
    const revealed = await kit.admin<{ name: string; idNo: string }>(
      request,
      session,
      'POST',
      `/admin/cards/${cardNo}/holder`,
    );
    if (revealed.status !== 200) return kit.refused(request, reply, session, revealed);
    return renderCard(kit, request, reply, session, cardNo, { revealed: revealed.body });
  });
  kit.form('/cards/:cardNo/actions/:op', async (request, reply, session) => {
    const { cardNo, op } = request.params as { cardNo: string; op: string };
    const action = consoleAction(op);
    if (action === undefined || !cardNoShape.test(cardNo)) return renderCard(kit, request, reply, session, cardNo);
    const form = request.body as Record<string, unknown>;
    const note = typeof form['note'] === 'string' ? form['note'].trim() : '';
    const body = op === 'cancellation' ? { reason: form['reason'], note } : { note };
    const answer = await kit.admin<{ reviewId?: string; message?: string }>(
      request,
      session,
      'POST',
      `/admin/cards/${cardNo}/${op}`,
      body,
    );
    if (answer.status === 401 || answer.status === 403) return kit.refused(request, reply, session, answer);
    if (answer.status >= 300) {
      const error = `${(answer.body as AdminRefusal).message ?? ''} (${(answer.body as AdminRefusal).sscCode ?? answer.status})`;
      return renderCard(kit, request, reply, session, cardNo, { error, status: answer.status });
    }
    const next = answer.body.reviewId === undefined ? `done=${op}` : `review=${answer.body.reviewId}`;
    return reply.redirect(`/console/cards/${cardNo}?${next}`, 303);
  });
}

function registerReviewPages(kit: ConsoleKit): void {
  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    session: Session,
    notice?: string,
    error?: string,
    status = 200,
  ): Promise<FastifyReply> => {
    const list = await kit.admin<{ rows: ReviewRow[] }>(request, session, 'GET', '/admin/reviews');
    if (list.status !== 200) return kit.refused(request, reply, session, list);
    return kit.send(reply, reviewsPage(kit.ctx(request, session), list.body.rows, notice, error), status);
  };
  kit.page('/reviews', async (request, reply, session) => show(request, reply, session));
  kit.form('/reviews/:reviewId', async (request, reply, session) => {
    const reviewId = (request.params as { reviewId: string }).reviewId;
    const approve = (request.body as Record<string, unknown>)['approve'] === '1';
    const t = kit.ctx(request, session).t;
    if (!/^R\d{1,15}$/.test(reviewId)) return show(request, reply, session, undefined, reviewId, 400);
    const answer = await kit.admin<AdminRefusal>(request, session, 'POST', `/admin/reviews/${reviewId}`, { approve });
    if (answer.status === 200)
      return show(request, reply, session, t(approve ? 'reviews.approved' : 'reviews.rejected', { reviewId }));
    const error = `${answer.body.message ?? ''} (${answer.body.sscCode ?? answer.status})`;
    return show(request, reply, session, undefined, error, answer.status);
  });
}
