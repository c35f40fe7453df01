import { createReadStream, rmSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { type ImportFormat, type ImportKind, runImport } from '../../cards/import.js';
import { limits } from '../../core/limits.js';
import { errors } from '../errors.js';
import { type AdminContext, adminError, paramsOf } from './context.js';
import { spoolUpload } from './helpers.js';
import { ImportProgressBoard, importIdShape } from './import-progress.js';

export function registerImportRoutes(ctx: AdminContext): void {
  const { centre, log, refusals, spoolDir, route, principal, now, param } = ctx;
  const board = new ImportProgressBoard();
  // ---- imports ----------------------------------------------------------------------------
  const importRoute = (path: string, kind: ImportKind, summaryText: string): void => {
    route(
      'POST',
      path,
      'import',
      summaryText,
      {
        bodyLimit: limits.importBytesMax,
        description:
          'Body: CSV with a header row (text/csv) or JSON Lines (application/x-ndjson), streamed. Header x-ssc-import-id (8-40 of A-Z a-z 0-9 _ -) names the import for GET /admin/imports/{id}/progress.',
      },
      async (request, reply) => {
        const contentType = request.headers['content-type'] ?? '';
        const as: ImportFormat = contentType.startsWith('text/csv') ? 'csv' : 'jsonl';
        // The upload is spooled first (owner-only, in the data folder), so the request is received
        // within SSC_REQUEST_TIMEOUT_MS however long the import then takes; the socket may idle
        // meanwhile.
        const spool = await spoolUpload(request.body as Readable, spoolDir, limits.importBytesMax);
        // The rest of a refused upload is not read: the connection closes after the answer (kept
        // alive, the client's next request on it waited behind the unread body and got 408).
        if (spool === 'too-large' || spool === 'storage' || spool === 'aborted') reply.header('connection', 'close');
        if (spool === 'too-large')
          return adminError(reply, errors.bodyTooLarge, `imports are at most ${limits.importBytesMax} bytes`);
        if (spool === 'storage') {
          refusals.note(errors.storeUnavailable.code);
          return adminError(
            reply.header('retry-after', '1'),
            errors.storeUnavailable,
            'the upload could not be spooled',
          );
        }
        if (spool === 'aborted') return adminError(reply, errors.adminInvalid, 'the upload ended before its end');
        // (An in-process call from the web console has a mock socket: the console's own is released there.)
        if (typeof request.raw.socket.setTimeout === 'function') request.raw.socket.setTimeout(0);
        const nowMs = now();
        const source = createReadStream(spool, { highWaterMark: 256 * 1024 });
        const named = String(request.headers['x-ssc-import-id'] ?? '');
        const id =
          importIdShape.test(named) && board.start(named, principal(request).staffId, kind, statSync(spool).size)
            ? named
            : '';
        const report = await runImport(centre, principal(request), kind, as, source, {
          nowMs,
          insuredRegionOf: centre.insuredRegionResolver(nowMs),
          ...(id === '' ? {} : { onProgress: (rows, rejected) => board.update(id, source.bytesRead, rows, rejected) }),
        }).finally(() => {
          rmSync(spool, { force: true });
          if (id !== '') board.finish(id);
        });
        if (id !== '') board.update(id, source.bytesRead, report.rows, report.rejectedCount);
        log.info(
          { kind, rows: report.rows, rejected: report.rejectedCount, rowsPerSecond: report.rowsPerSecond },
          'import finished',
        );
        return reply.send(report);
      },
    );
  };
  route(
    'GET',
    '/imports/:importId/progress',
    'import',
    'How far an import named by x-ssc-import-id has got (its starter only): bytes read, rows, rejected, done',
    { params: paramsOf({ importId: { type: 'string', pattern: importIdShape.source } }) },
    async (request, reply) => {
      const progress = board.of(param(request, 'importId'), principal(request).staffId);
      if (progress === undefined) return adminError(reply, errors.adminNotFound, 'no such import of yours');
      return reply.send(progress);
    },
  );
  importRoute('/imports/members', 'members', 'Import member data from the contribution systems (idempotent)');
  importRoute('/imports/police', 'police', 'Import a police household-register extract and compare');
  importRoute('/imports/legacy-cards', 'legacy', 'Import legacy magnetic / county IC cards (dual-card transition)');
}
