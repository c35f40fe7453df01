import { mismatches, notReturned, returnedRegister, roster, summary } from '../../cards/reports.js';
import { errors } from '../errors.js';
import { type AdminContext, adminError, bodyOf, employerCode, format, idNo, name, paramsOf } from './context.js';

export function registerEmployerRoutes(ctx: AdminContext): void {
  const { store, centre, route, principal, param, body, now, formatQuery, answer, refuseAccess, inScope, sendList } =
    ctx;
  // ---- employers and agents -----------------------------------------------------------------
  route(
    'POST',
    '/employers',
    'employer.register',
    'Register an employer',
    {
      body: bodyOf({ code: employerCode, name: { type: 'string', minLength: 1, maxLength: 60 } }),
    },
    async (request, reply) => {
      const b = body<{ code: string; name: string }>(request);
      return answer(request, reply, await centre.registerEmployer(principal(request), b.code, b.name, now()), 201);
    },
  );
  route(
    'PUT',
    '/employers/:code/authorization',
    'employer.authorize',
    'Record the employer authorization (附件1): one to three agents; replaces the previous one whole',
    {
      params: paramsOf({ code: employerCode }),
      body: bodyOf({ agents: { type: 'array', minItems: 1, maxItems: 3, items: bodyOf({ idNo, name }) } }),
    },
    async (request, reply) => {
      const { agents } = body<{ agents: { idNo: string; name: string }[] }>(request);
      return answer(
        request,
        reply,
        await centre.authorizeAgents(principal(request), param(request, 'code'), agents, now()),
      );
    },
  );

  const employerList = (
    path: string,
    summaryText: string,
    produce: (code: string) => { rows: readonly object[]; file: string; extra?: object },
  ): void => {
    route(
      'GET',
      path,
      'employer.reports',
      summaryText,
      { params: paramsOf({ code: employerCode }), querystring: formatQuery },
      async (request, reply) => {
        const code = param(request, 'code');
        if (centre.employer(code) === undefined)
          return adminError(reply, errors.adminNotFound, 'employer not registered');
        if (!inScope(request, code))
          return refuseAccess(request, reply, errors.adminForbidden, 'not an agent of this employer');
        const { rows, file, extra } = produce(code);
        const as = (request.query as { format?: string }).format ?? 'json';
        if (extra !== undefined && as === 'json') return reply.send({ ...extra, count: rows.length, rows });
        return sendList(reply, rows, as, file);
      },
    );
  };
  employerList('/employers/:code/roster', 'The roster (附件3), sorted by the pinyin of the name', (code) => ({
    rows: roster(store, code),
    file: `roster-${code}`,
  }));
  employerList(
    '/employers/:code/summary',
    'The summary (附件4): returned forms per department (two levels) and bank',
    (code) => {
      const s = summary(store, code);
      return {
        rows: [...s.rows, { ...s.totals, department1: 'TOTAL' }],
        file: `summary-${code}`,
        extra: { totals: s.totals, notReturned: s.notReturned },
      };
    },
  );
  employerList(
    '/employers/:code/batches',
    "The employer's cards in production batches, one row per card, newest batch first: arrival, the collecting agent, the card and its holder",
    (code) => ({
      rows: centre.employerBatches(code).flatMap(({ cards, ...batch }) => cards.map((card) => ({ ...batch, ...card }))),
      file: `batches-${code}`,
    }),
  );
  employerList('/employers/:code/not-returned', 'People who have not returned a form (附件5)', (code) => ({
    rows: notReturned(store, code),
    file: `not-returned-${code}`,
  }));

  route(
    'GET',
    '/reports/police',
    'reports.police',
    'Police register comparison: mismatches and exclusions',
    {
      querystring: { type: 'object', properties: { format, employer: employerCode }, additionalProperties: false },
    },
    async (request, reply) => {
      const q = request.query as { format?: string; employer?: string };
      return sendList(reply, await mismatches(store, q.employer ?? ''), q.format ?? 'json', 'police-mismatches');
    },
  );
  route(
    'GET',
    '/reports/returned',
    'reports.returned',
    'Returned-cards register (社保卡退回登记表)',
    { querystring: formatQuery },
    async (request, reply) =>
      sendList(
        reply,
        returnedRegister(store),
        (request.query as { format?: string }).format ?? 'json',
        'returned-cards',
        ['cardNo', 'returnedMs', 'arrivalMs'],
      ),
  );
}
