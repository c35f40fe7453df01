// The batch routes of the employer pages: collecting a batch (POST /admin/batches/{id}/pickup: the
// named agent only), its pickup slip and delivery list, and the register of returned cards.
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  type BatchCardRow,
  type BatchView,
  batchesOf,
  deliveryListForm,
  pickupSlipForm,
  type ReturnedRow,
  returnsForm,
} from './batch-pages.js';
import { employerLookupPage } from './employer-pages.js';
import { type Roster, rosterOf } from './employer-routes.js';
import { printLayout } from './forms.js';
import type { ConsoleKit } from './index.js';
import type { Session } from './session.js';

const batchIdShape = /^B\d{16}$/;

/** The employer's roster (its access decided by the admin route) and one of its batches, or the page sent. */
async function batchOf(
  kit: ConsoleKit,
  request: FastifyRequest,
  reply: FastifyReply,
  session: Session,
): Promise<{ roster: Roster; batch: BatchView } | FastifyReply> {
  const { code, batchId } = request.params as { code: string; batchId: string };
  const roster = await rosterOf(kit, request, reply, session, code);
  if (!('rows' in roster)) return roster;
  const rows = await kit.admin<{ rows: BatchCardRow[] }>(request, session, 'GET', `/admin/employers/${code}/batches`);
  if (rows.status !== 200) return kit.refused(request, reply, session, rows);
  const batch = batchIdShape.test(batchId) ? batchesOf(rows.body.rows).find((b) => b.batchId === batchId) : undefined;
  if (batch === undefined) return kit.send(reply, employerLookupPage(kit.ctx(request, session), batchId), 404);
  return { roster, batch };
}

export function registerBatchRoutes(kit: ConsoleKit): void {
  kit.form('/employers/:code/batches/:batchId/pickup', async (request, reply, session) => {
    const { code, batchId } = request.params as { code: string; batchId: string };
    if (!batchIdShape.test(batchId)) return kit.send(reply, employerLookupPage(kit.ctx(request, session)), 404);
    const answer = await kit.admin<{ cards?: number }>(request, session, 'POST', `/admin/batches/${batchId}/pickup`);
    if (answer.status !== 200) return kit.refused(request, reply, session, answer);
    return reply.redirect(`/console/employers/${code}?picked=${batchId}&cards=${answer.body.cards ?? 0}`, 303);
  });
  for (const [path, title, form] of [
    ['slip', 'form.slip', pickupSlipForm],
    ['list', 'form.list', deliveryListForm],
  ] as const) {
    kit.page(`/employers/:code/batches/:batchId/${path}`, async (request, reply, session) => {
      const found = await batchOf(kit, request, reply, session);
      if (!('batch' in found)) return found;
      const ctx = kit.ctx(request, session);
      const back = `/console/employers/${found.roster.head.code}`;
      return kit.send(reply, printLayout(ctx, ctx.t(title), back, form(ctx, found.roster.head, found.batch)));
    });
  }
  kit.page('/returns', async (request, reply, session) => {
    const answer = await kit.admin<{ rows: ReturnedRow[] }>(request, session, 'GET', '/admin/reports/returned');
    if (answer.status !== 200) return kit.refused(request, reply, session, answer);
    const ctx = kit.ctx(request, session);
    return kit.send(
      reply,
      printLayout(ctx, ctx.t('form.returns'), '/console/employers', returnsForm(ctx, answer.body.rows)),
    );
  });
}
