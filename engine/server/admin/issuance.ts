import { parseChinaDate } from '../../core/china-time.js';
import { clockOffsetMs, setClockOffsetMs } from '../../runtime/clock.js';
import { errors } from '../errors.js';
import { type AdminContext, adminError, bodyOf, cardParams, employerCode, paramsOf } from './context.js';

export function registerIssuanceRoutes(ctx: AdminContext): void {
  const { deps, centre, log, route, principal, param, body, now, answer, refuseAccess } = ctx;
  // ---- production, pickup, delivery, sweep ------------------------------------------------
  route(
    'POST',
    '/batches',
    'batch.create',
    'A production batch of generated cards (one employer, or all)',
    {
      body: bodyOf({ employerCode, cardsMax: { type: 'integer', minimum: 1, maximum: 100_000 } }, []),
    },
    async (request, reply) => {
      const b = body<{ employerCode?: string; cardsMax?: number }>(request);
      return answer(
        request,
        reply,
        await centre.createBatch(principal(request), b.employerCode ?? '', b.cardsMax ?? 100_000, now()),
        201,
      );
    },
  );
  const batchParams = paramsOf({ batchId: { type: 'string', pattern: '^B\\d{16}$' } });
  route(
    'POST',
    '/batches/:batchId/arrival',
    'batch.arrival',
    "The factory's delivery accepted: cards await pickup",
    { params: batchParams },
    async (request, reply) =>
      answer(request, reply, await centre.recordArrival(principal(request), param(request, 'batchId'), now())),
  );
  route(
    'POST',
    '/batches/:batchId/pickup',
    'batch.pickup',
    "A named agent collects the employer's cards of the batch (the agent is recorded)",
    { params: batchParams },
    async (request, reply) =>
      answer(request, reply, await centre.pickup(principal(request), param(request, 'batchId'), now())),
  );
  route(
    'POST',
    '/cards/:cardNo/delivery',
    'card.deliver',
    'Delivered to the person, who signs: the card becomes usable',
    {
      params: cardParams,
      body: bodyOf({ signature: { type: 'string', minLength: 1, maxLength: 16_384 } }),
    },
    async (request, reply) =>
      answer(
        request,
        reply,
        await centre.deliver(
          principal(request),
          param(request, 'cardNo'),
          body<{ signature: string }>(request).signature,
          now(),
        ),
      ),
  );
  route(
    'POST',
    '/sweeps/returns',
    'sweep.returns',
    "Run the sweep now, or as of the start of a China date (six-month returns counted from the agent's pickup; lapsed temporary losses back to issued); it also runs on a schedule. A date after today is refused in the production profile.",
    { body: bodyOf({ asOf: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } }, []) },
    async (request, reply) => {
      const { asOf } = body<{ asOf?: string }>(request);
      let atMs = now();
      if (asOf !== undefined) {
        const startMs = parseChinaDate(asOf);
        if (startMs === undefined) return adminError(reply, errors.adminInvalid, 'asOf: not a calendar date');
        atMs = startMs;
        if (deps.profile === 'production' && atMs > now())
          return adminError(reply, errors.adminConflict, 'asOf after today: not in the production profile');
      }
      const { returned, lapsed } = await centre.sweepReturns(principal(request), atMs);
      return reply.send({ returned: returned.length, lapsedTempLosses: lapsed, asOfMs: atMs });
    },
  );
  route(
    'POST',
    '/clock',
    'clock.set',
    "Set the engine clock's offset from the wall clock (test and staging profiles only; 403 in production)",
    { body: bodyOf({ offsetMs: { type: 'integer', minimum: -315_360_000_000, maximum: 315_360_000_000 } }) },
    async (request, reply) => {
      if (deps.profile === 'production')
        return refuseAccess(request, reply, errors.adminForbidden, 'the clock is fixed in the production profile');
      setClockOffsetMs(body<{ offsetMs: number }>(request).offsetMs);
      log.warn({ staff: principal(request).staffId, offsetMs: clockOffsetMs() }, 'engine clock offset changed');
      return reply.send({ offsetMs: clockOffsetMs(), nowMs: now() });
    },
  );
}
