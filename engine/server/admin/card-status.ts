import { cardView } from '../../cards/card-centre.js';
import { CancelReason, CardOp } from '../../core/card-rules.js';
import { errors } from '../errors.js';
import { type AdminContext, adminError, bodyOf, cardParams, paramsOf, printableText } from './context.js';

/** A staff member's reason for a card step: short, printable, and no digit run that could be an ID, phone or card number. */
const note = { type: 'string', maxLength: 60, pattern: `^(?!.*\\d{6})${printableText.slice(1)}` } as const;
const noteBody = bodyOf({ note }, []);
const noteOf = (value: unknown): string => (value as { note?: string }).note ?? '';

/** What the counter sees of a card beyond its status (the web console's card page and review queue). */
export function registerCardDeskRoutes(ctx: AdminContext): void {
  const { centre, route, principal, param, now, answer } = ctx;
  route(
    'GET',
    '/cards/:cardNo',
    'card.read',
    "A card's status, the reason its next swipe gets, its holder masked",
    { params: cardParams },
    async (request, reply) => {
      const cardNo = param(request, 'cardNo');
      const card = centre.card(cardNo);
      if (card === undefined) return adminError(reply, errors.adminNotFound, 'no such card');
      return reply.send({ ...cardView(card, 0), ...centre.cardDesk(cardNo, now()) });
    },
  );
  route(
    'GET',
    '/cards/:cardNo/timeline',
    'card.read',
    "The card's change-log entries, newest first",
    { params: cardParams },
    async (request, reply) => {
      const cardNo = param(request, 'cardNo');
      if (centre.card(cardNo) === undefined) return adminError(reply, errors.adminNotFound, 'no such card');
      const rows = centre.cardTimeline(cardNo);
      return reply.send({ count: rows.length, rows });
    },
  );
  route(
    'POST',
    '/cards/:cardNo/holder',
    'card.reveal',
    "The holder's name and ID number in clear (logged in the change log as reveal-holder)",
    { params: cardParams },
    async (request, reply) =>
      answer(request, reply, await centre.revealHolder(principal(request), param(request, 'cardNo'), now())),
  );
  route('GET', '/reviews', 'review.list', 'Requests waiting for a second person', {}, async (_request, reply) => {
    const rows = centre.pendingReviews();
    return reply.send({ count: rows.length, rows });
  });
}

export function registerCardStatusRoutes(ctx: AdminContext): void {
  const { centre, route, principal, param, body, now, answer } = ctx;
  // ---- card status operations -------------------------------------------------------------
  const cardOpRoute = (path: string, op: CardOp, summaryText: string): void => {
    route(
      'POST',
      `/cards/:cardNo/${path}`,
      'card.operate',
      summaryText,
      { params: cardParams, body: noteBody },
      async (request, reply) =>
        answer(
          request,
          reply,
          await centre.cardOperation(principal(request), param(request, 'cardNo'), op, now(), 0, noteOf(request.body)),
        ),
    );
  };
  cardOpRoute('temp-loss', CardOp.ReportTempLoss, 'Temporary loss report (lapses after the configured TTL)');
  cardOpRoute('formal-loss', CardOp.ReportFormalLoss, 'Formal loss report');
  cardOpRoute('temp-loss-lift', CardOp.LiftTempLoss, 'Lift a temporary loss');
  cardOpRoute('damage', CardOp.ReportDamage, 'Damage report');
  cardOpRoute('bank-activation', CardOp.ActivateBank, 'Bank function activated (medical use unaffected)');
  cardOpRoute('retirement', CardOp.RetireLegacy, 'Retire a legacy card');
  route(
    'POST',
    '/cards/:cardNo/cancellation',
    'card.cancel',
    'Cancellation (death, emigration, transfer out)',
    {
      params: cardParams,
      body: bodyOf({ reason: { type: 'string', enum: ['death', 'emigration', 'transfer-out'] }, note }, ['reason']),
    },
    async (request, reply) => {
      const reason = body<{ reason: string }>(request).reason;
      const code =
        reason === 'death'
          ? CancelReason.Death
          : reason === 'emigration'
            ? CancelReason.Emigration
            : CancelReason.TransferOut;
      return answer(
        request,
        reply,
        await centre.cardOperation(
          principal(request),
          param(request, 'cardNo'),
          CardOp.Cancel,
          now(),
          code,
          noteOf(request.body),
        ),
      );
    },
  );
  route(
    'POST',
    '/cards/:cardNo/replacement',
    'card.replace',
    'Replacement: new card_sn, the old one hot-listed; the new card follows the issuance steps',
    { params: cardParams, body: noteBody },
    async (request, reply) =>
      answer(
        request,
        reply,
        await centre.replace(principal(request), param(request, 'cardNo'), now(), noteOf(request.body)),
        201,
      ),
  );
  route(
    'POST',
    '/cards/:cardNo/formal-loss-lift',
    'card.requestFormalLossLift',
    'Request lifting a formal loss (a different reviewer approves)',
    { params: cardParams, body: noteBody },
    async (request, reply) =>
      answer(
        request,
        reply,
        await centre.requestLiftFormalLoss(principal(request), param(request, 'cardNo'), now(), noteOf(request.body)),
        202,
      ),
  );
  route(
    'POST',
    '/reviews/:reviewId',
    'review.decide',
    'Approve or reject a pending request (maker-checker)',
    {
      params: paramsOf({ reviewId: { type: 'string', pattern: '^R\\d{1,15}$' } }),
      body: bodyOf({ approve: { type: 'boolean' } }),
    },
    async (request, reply) =>
      answer(
        request,
        reply,
        await centre.approveReview(
          principal(request),
          param(request, 'reviewId'),
          body<{ approve: boolean }>(request).approve,
          now(),
        ),
      ),
  );
}
