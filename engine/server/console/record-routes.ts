// The console's record pages: the hot list and the audit through their admin routes, and live
// operations from the engine's /metrics, pushed to the page over server-sent events.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { HotListDeltas, HotListSnapshot } from '../../cards/hot-list.js';
import { principalOf } from '../../cards/staff.js';
import { nowMs } from '../../runtime/clock.js';
import type { ConsoleKit } from './index.js';
import { type LiveState, livePage, livePanels, nextLiveState, parseMetrics } from './live.js';
import { type AuditRow, auditPage, type ChangeRow, hotListPage } from './record-pages.js';
import type { Session } from './session.js';

/** Recent rows a record page shows. */
const recentRows = 50;
/** Live pages open at once at most (each pulls /metrics every liveIntervalMs). */
const liveStreamsMax = 16;
const liveIntervalMs = 2_000;

export function registerRecordPages(kit: ConsoleKit): void {
  registerHotListPage(kit);
  registerAuditPage(kit);
  registerLivePages(kit);
}

function registerHotListPage(kit: ConsoleKit): void {
  kit.page('/hot-list', async (request, reply, session) => {
    const snapshot = await kit.admin<HotListSnapshot>(request, session, 'GET', '/admin/hot-list');
    if (snapshot.status !== 200) return kit.refused(request, reply, session, snapshot);
    const { sequence, count, digest, entries } = snapshot.body;
    const since = Math.max(0, sequence - 500);
    const deltas = await kit.admin<HotListDeltas>(request, session, 'GET', `/admin/hot-list/deltas?since=${since}`);
    const byReason = new Map<number, number>();
    for (const e of entries) byReason.set(e.reason, (byReason.get(e.reason) ?? 0) + 1);
    const reason = Number((request.query as { reason?: string }).reason ?? '0');
    return kit.send(
      reply,
      hotListPage(kit.ctx(request, session), {
        count,
        sequence,
        digest,
        byReason,
        deltas: (deltas.body.deltas ?? []).slice(-recentRows).reverse(),
        reason: Number.isInteger(reason) && reason >= 0 && reason <= 7 ? reason : 0,
      }),
    );
  });
}

function registerAuditPage(kit: ConsoleKit): void {
  kit.page('/audit', async (request, reply, session) => {
    const { store } = kit.deps;
    const last = (db: typeof store.audit): number => {
      for (const key of db.getKeys({ reverse: true, limit: 1 })) return key as number;
      return 0;
    };
    const since = (db: typeof store.audit): number => Math.max(0, last(db) - recentRows);
    const refusals = await kit.admin<{ rows: AuditRow[] }>(
      request,
      session,
      'GET',
      `/admin/audit?since=${since(store.audit)}`,
    );
    if (refusals.status !== 200) return kit.refused(request, reply, session, refusals);
    const changes = await kit.admin<{ rows: ChangeRow[] }>(
      request,
      session,
      'GET',
      `/admin/changes?since=${since(store.changes)}`,
    );
    return kit.send(
      reply,
      auditPage(kit.ctx(request, session), [...refusals.body.rows].reverse(), [...(changes.body.rows ?? [])].reverse()),
    );
  });
}

function registerLivePages(kit: ConsoleKit): void {
  const mayWatch = (request: FastifyRequest, reply: FastifyReply, session: Session): FastifyReply | undefined =>
    kit.allowed(request, reply, session, 'metrics.read');

  kit.page('/live', async (request, reply, session) => {
    return mayWatch(request, reply, session) ?? kit.send(reply, livePage(kit.ctx(request, session)));
  });

  let streams = 0;
  kit.page('/live/events', async (request, reply, session) => {
    const refused = mayWatch(request, reply, session);
    if (refused !== undefined) return refused;
    if (streams >= liveStreamsMax) return reply.code(503).header('retry-after', '5').send();
    streams++;
    const ctx = kit.ctx(request, session);
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    let previous: LiveState | undefined;
    let busy = false;
    const tick = async (): Promise<void> => {
      if (busy) return;
      busy = true;
      try {
        // The session ends the stream: logged out, expired or disabled.
        if (typeof principalOf(kit.deps.store, session.token, nowMs()) === 'number') return end();
        const metrics = await kit.app.inject({ method: 'GET', url: '/metrics' });
        const samples = parseMetrics(metrics.body);
        const state = nextLiveState(samples, Date.now(), previous);
        const panels = livePanels(ctx, samples, state, previous);
        previous = state;
        reply.raw.write(`event: panels\ndata: ${JSON.stringify(panels)}\n\n`);
      } finally {
        busy = false;
      }
    };
    const timer = setInterval(() => void tick(), liveIntervalMs);
    let ended = false;
    const end = (): void => {
      if (ended) return;
      ended = true;
      streams--;
      clearInterval(timer);
      reply.raw.end();
    };
    reply.raw.once('close', end);
    void tick();
    return reply;
  });
}
