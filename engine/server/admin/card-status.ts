import { cardView } from '../../cards/card-centre.js';
import { CancelReason, CardOp } from '../../core/card-rules.js';
import { errors } from '../errors.js';
import { type AdminContext, adminError, bodyOf, cardParams, paramsOf } from './context.js';

export function registerCardStatusRoutes(ctx: AdminContext): void {
  const { centre, route, principal, param, body, now, answer } = ctx;
  // ---- card status operations -------------------------------------------------------------
  route('GET', '/cards/:cardNo', 'card.read', "A card's status", { params: cardParams }, async (request, reply) => {
    const card = centre.card(param(request, 'cardNo'));
    if (card === undefined) return adminError(reply, errors.adminNotFound, 'no such card');
    return reply.send(cardView(card, 0));
  });
  const cardOpRoute = (path: string, op: CardOp, summaryText: string): void => {
    route(
      'POST',
      `/cards/:cardNo/${path}`,
      'card.operate',
      summaryText,
      { params: cardParams },
      async (request, reply) =>
        answer(request, reply, await centre.cardOperation(principal(request), param(request, 'cardNo'), op, now())),
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
      body: bodyOf({ reason: { type: 'string', enum: ['death', 'emigration', 'transfer-out'] } }),
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
        await centre.cardOperation(principal(request), param(request, 'cardNo'), CardOp.Cancel, now(), code),
      );
    },
  );
  route(
    'POST',
    '/cards/:cardNo/replacement',
    'card.replace',
    'Replacement: new card_sn, the old one hot-listed; the new card follows the issuance steps',
    { params: cardParams },
    async (request, reply) =>
      answer(request, reply, await centre.replace(principal(request), param(request, 'cardNo'), now()), 201),
  );
  route(
    'POST',
    '/cards/:cardNo/formal-loss-lift',
    'card.requestFormalLossLift',
    'Request lifting a formal loss (a different reviewer approves)',
    { params: cardParams },
    async (request, reply) =>
      answer(
        request,
        reply,
        await centre.requestLiftFormalLoss(principal(request), param(request, 'cardNo'), now()),
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
