import { macHeader } from '../../../protocol/mac.js';
import { AuthProblem, authProblemText } from '../../auth/terminal-keys.js';
import { hotListDeltas, hotListSnapshot } from '../../cards/hot-list.js';
import { TerminalStatus } from '../../core/model.js';
import { nowMs as clockNowMs } from '../../runtime/clock.js';
import { macFromHeader } from '../../wire/requests.js';
import { errors } from '../errors.js';
import { type AdminContext, adminError } from './context.js';
import { validHotRequest } from './helpers.js';

export function registerTerminalHotList(
  ctx: Pick<AdminContext, 'app' | 'deps' | 'store' | 'centre' | 'refusals'>,
): void {
  const { app, deps, store, centre, refusals } = ctx;
  // ---- terminals: hot list download, authenticated like every terminal request -----------------
  const terminalHot = (path: string, produce: (body: { sinceSequence?: number }) => object): void => {
    app.post(path, async (request, reply) => {
      let body: { terminalId: string; institutionCode: string; requestTimeMs: number; sinceSequence?: number };
      const raw = request.body as Buffer;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        refusals.note(errors.malformed.code);
        return adminError(reply, errors.malformed, 'body is not JSON');
      }
      if (!validHotRequest(body)) {
        refusals.note(errors.malformed.code);
        return adminError(
          reply,
          errors.malformed,
          'expected {terminalId, institutionCode, requestTimeMs, sinceSequence?}',
        );
      }
      deps.view.refresh();
      const terminal = deps.view.terminal(body.terminalId);
      if (
        terminal === undefined ||
        terminal.status !== TerminalStatus.Active ||
        terminal.institutionCode !== body.institutionCode
      ) {
        refusals.note(errors.terminalRefused.code);
        centre.audit(body.terminalId, path, errors.terminalRefused.code, request.ip, clockNowMs());
        return adminError(reply, errors.terminalRefused, '');
      }
      const mac = macFromHeader(request.headers[macHeader]);
      const problem = deps.keys.check(terminal, mac, raw, body.requestTimeMs, clockNowMs());
      if (problem !== AuthProblem.None) {
        refusals.note(errors.unauthenticated.code);
        centre.audit(body.terminalId, path, errors.unauthenticated.code, request.ip, clockNowMs());
        return adminError(reply, errors.unauthenticated, authProblemText(problem));
      }
      return reply.header('content-type', 'application/json').send(produce(body));
    });
  };
  terminalHot('/ssc.v1.HotList/Snapshot', () => hotListSnapshot(store, deps.settings));
  terminalHot('/ssc.v1.HotList/Deltas', (body) => hotListDeltas(store, deps.masterKey, body.sinceSequence ?? 0));
}
