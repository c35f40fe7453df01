import type { FastifyRequest } from 'fastify';
import { hotListDeltas, hotListSnapshot } from '../../cards/hot-list.js';
import { type AdminContext, seqText } from './context.js';

export function registerRecordRoutes(ctx: AdminContext): void {
  const { deps, store, route } = ctx;
  // ---- change log, audit, hot list --------------------------------------------------------
  const pageQuery = {
    type: 'object',
    properties: { since: seqText, limit: { type: 'string', pattern: '^\\d{1,5}$' } },
    additionalProperties: false,
  } as const;
  const page = (request: FastifyRequest): { since: number; limit: number } => {
    const q = request.query as { since?: string; limit?: string };
    return { since: Number(q.since ?? '0'), limit: Math.min(Math.max(Number(q.limit ?? '1000'), 1), 10_000) };
  };
  route(
    'GET',
    '/changes',
    'changes.read',
    'The change log after a sequence (no personal data in clear)',
    { querystring: pageQuery },
    async (request, reply) => {
      const { since, limit } = page(request);
      const rows: object[] = [];
      for (const { key, value } of store.changes.getRange({ start: since + 1, limit })) {
        const change = value as { hot: object | null };
        rows.push({
          sequence: key,
          ...(value as object),
          hot: change.hot === null ? null : { ...change.hot, keySealed: undefined },
        });
      }
      return reply.send({ count: rows.length, rows });
    },
  );
  route(
    'GET',
    '/audit',
    'audit.read',
    'Refused accesses (401/403)',
    { querystring: pageQuery },
    async (request, reply) => {
      const { since, limit } = page(request);
      const rows: object[] = [];
      for (const { key, value } of store.audit.getRange({ start: since + 1, limit }))
        rows.push({ sequence: key, count: 1, ...(value as object) });
      return reply.send({ count: rows.length, rows });
    },
  );
  route(
    'GET',
    '/hot-list',
    'hotList.read',
    'Hot list snapshot: entries, sequence, xxh3 digest',
    {},
    async (_request, reply) => reply.send(hotListSnapshot(store, deps.settings)),
  );
  route(
    'GET',
    '/hot-list/deltas',
    'hotList.read',
    'Hot list changes after a sequence',
    { querystring: pageQuery },
    async (request, reply) => {
      const { since, limit } = page(request);
      return reply.send(hotListDeltas(store, deps.masterKey, since, limit));
    },
  );
}
