// The imports page's routes: the upload handed to the admin import route as a stream (fastify
// inject with the session's token and the import's id), its progress, and its report as CSV. The
// upload is a script's POST, so its CSRF token travels in a header (x-csrf-token).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ImportReport } from '../../cards/import.js';
import { toCsv } from '../../cards/reports.js';
import { limits } from '../../core/limits.js';
import { nowMs } from '../../runtime/clock.js';
import { importIdShape } from '../admin/import-progress.js';
import { errors } from '../errors.js';
import { importKinds, importReportFragment, importsPage } from './import-pages.js';
import type { ConsoleKit } from './index.js';
import { csrfMatches, type Session, sessionOf } from './session.js';

/** Finished reports kept for their CSV download, at most (the oldest forgotten first). */
const reportsKeptMax = 32;

export async function registerImportPages(kit: ConsoleKit, c: FastifyInstance): Promise<void> {
  const reports = new Map<string, { staffId: string; report: ImportReport }>();
  const mayImport = (request: FastifyRequest, reply: FastifyReply, session: Session): FastifyReply | undefined =>
    kit.allowed(request, reply, session, 'import');

  kit.page('/imports', async (request, reply, session) => {
    return mayImport(request, reply, session) ?? kit.send(reply, importsPage(kit.ctx(request, session)));
  });

  // Its own context: the upload's body types are taken as streams here only.
  await c.register(async (u) => {
    u.addContentTypeParser(['text/csv', 'application/x-ndjson'], (_request, payload, done) => done(null, payload));
    u.post('/imports/:id/upload', { bodyLimit: limits.importBytesMax }, async (request, reply) => {
      const session = sessionOf(request, kit.deps.store, kit.deps.masterKey, nowMs());
      if (session === undefined || !csrfMatches(session.csrf, request.headers['x-csrf-token']))
        return kit.refuse(
          request,
          reply,
          session,
          errors.consoleCsrf,
          session === undefined ? 'error.session' : 'error.csrf',
        );
      const refused = mayImport(request, reply, session);
      if (refused !== undefined) return refused;
      const id = (request.params as { id: string }).id;
      const kind = (request.query as { kind?: string }).kind ?? '';
      if (!importIdShape.test(id) || !(importKinds as readonly string[]).includes(kind))
        return reply.code(400).type('text/plain; charset=utf-8').send(errors.adminInvalid.code);
      // The import may outlast the idle timeout once the upload is in (the request's own receive
      // deadline still bounds the upload), as on the admin route. (Run for a follower, the request
      // is injected: its socket is a mock without timeouts.)
      if (typeof request.raw.socket?.setTimeout === 'function') request.raw.socket.setTimeout(0);
      const answer = await kit.app.inject({
        method: 'POST',
        url: `/admin/imports/${kind === 'legacy' ? 'legacy-cards' : kind}`,
        headers: {
          authorization: `Bearer ${session.token}`,
          'content-type': String(request.headers['content-type']),
          'x-ssc-import-id': id,
        },
        payload: request.body as NodeJS.ReadableStream,
        remoteAddress: request.ip,
      });
      if (answer.statusCode !== 200) {
        const body = answer.json() as { sscCode?: string; message?: string };
        return reply
          .code(answer.statusCode)
          .type('text/plain; charset=utf-8')
          .send(`${body.sscCode ?? ''} ${body.message ?? ''}`);
      }
      const report = answer.json() as ImportReport;
      reports.set(id, { staffId: session.principal.staffId, report });
      if (reports.size > reportsKeptMax) reports.delete(reports.keys().next().value!);
      return kit.send(reply, importReportFragment(kit.ctx(request, session), id, report));
    });
  });

  kit.page('/imports/:id/progress', async (request, reply, session) => {
    const id = (request.params as { id: string }).id;
    if (!importIdShape.test(id)) return reply.code(404).send({});
    const answer = await kit.admin<object>(request, session, 'GET', `/admin/imports/${id}/progress`);
    return reply.code(answer.status).send(answer.body);
  });

  kit.page('/imports/:id/report.csv', async (request, reply, session) => {
    const kept = reports.get((request.params as { id: string }).id);
    if (kept === undefined || kept.staffId !== session.principal.staffId) return reply.code(404).send('');
    const { report } = kept;
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="import-${report.kind}-rejected.csv"`)
      .send(toCsv(report.rejected, ['line', 'reason']));
  });
}
