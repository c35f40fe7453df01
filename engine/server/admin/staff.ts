import type { Outcome } from '../../cards/card-centre.js';
import { Role } from '../../cards/records.js';
import type { Principal } from '../../cards/staff.js';
import { secretLengthMax, secretLengthMin, staffIdShape } from '../../cards/staff.js';
import { errors } from '../errors.js';
import { type AdminContext, adminError, bodyOf, employerCode, idNo, paramsOf } from './context.js';

export function registerStaffRoutes(ctx: AdminContext): void {
  const { centre, route, principal, param, body, now, answer, refuseAccess } = ctx;
  // ---- staff ------------------------------------------------------------------------------
  route(
    'POST',
    '/login',
    'login',
    'Exchange a staff id and secret for a bearer token',
    {
      body: bodyOf({
        staffId: { type: 'string', maxLength: 40 },
        secret: { type: 'string', maxLength: secretLengthMax },
      }),
    },
    async (request, reply) => {
      const { staffId, secret } = body<{ staffId: string; secret: string }>(request);
      const result = await centre.login(staffId, secret, request.ip, now());
      if (result.kind === 'throttled') {
        reply.header('retry-after', String(Math.ceil(result.retryAfterMs / 1000)));
        return refuseAccess(request, reply, errors.adminThrottled, 'too many wrong logins: wait, or ask an admin');
      }
      if (result.kind === 'wrong')
        return refuseAccess(request, reply, errors.adminUnauthenticated, 'wrong staff id or secret');
      return reply.send({ token: result.token, expiresMs: result.expiresMs, role: result.role });
    },
  );
  route('POST', '/logout', 'logout', 'End this session: the bearer token stops working', {}, async (request, reply) => {
    // The token was checked by the route's hook: this is its holder ending it.
    await centre.logout((request.headers.authorization ?? '').slice(7).trim());
    return reply.code(204).send();
  });
  route(
    'POST',
    '/staff',
    'staff.create',
    'Create a staff account (agents name their employer and their own ID number)',
    {
      body: bodyOf(
        {
          staffId: { type: 'string', pattern: staffIdShape.source },
          role: { type: 'string', enum: [Role.Operator, Role.Reviewer, Role.Agent, Role.Auditor, Role.Admin] },
          secret: { type: 'string', minLength: secretLengthMin, maxLength: secretLengthMax },
          employerCode,
          agentIdNo: idNo,
        },
        ['staffId', 'role', 'secret'],
      ),
    },
    async (request, reply) => {
      const b = body<{ staffId: string; role: Role; secret: string; employerCode?: string; agentIdNo?: string }>(
        request,
      );
      if (b.role === Role.Agent && (b.employerCode === undefined || b.agentIdNo === undefined))
        return adminError(reply, errors.adminInvalid, 'an agent needs employerCode and agentIdNo');
      const outcome = await centre.createStaff(
        principal(request),
        b.staffId,
        b.role,
        b.secret,
        b.employerCode ?? '',
        b.agentIdNo ?? '',
        now(),
      );
      return answer(request, reply, outcome, 201);
    },
  );
  /** An admin action on one staff account, recorded in the change log by the centre. */
  const staffAction = (
    path: string,
    action: 'staff.disable' | 'staff.unlock',
    summary: string,
    act: (actor: Principal, staffId: string, nowMs: number) => Promise<Outcome<unknown>>,
  ): void =>
    route(
      'POST',
      `/staff/:staffId/${path}`,
      action,
      summary,
      { params: paramsOf({ staffId: { type: 'string', pattern: staffIdShape.source } }) },
      async (request, reply) => answer(request, reply, await act(principal(request), param(request, 'staffId'), now())),
    );
  staffAction('disable', 'staff.disable', 'Disable a staff account (its tokens stop working)', (a, id, t) =>
    centre.disableStaff(a, id, t),
  );
  staffAction(
    'unlock',
    'staff.unlock',
    "Lift an account's login back-off after wrong secrets (recorded in the change log)",
    (a, id, t) => centre.unlockStaff(a, id, t),
  );
}
