// Sign-in (9001) and sign-out (9002): the only writes of the authorization core. They run on the
// main thread, which owns the store's write side; a sign-in is committed (visible to every worker)
// before it is answered.
import { randomBytes } from 'node:crypto';
import { decideSignIn, decideSignOut, judgeSignInReplay, SignInReplay } from '../core/decide-sign-in.js';
import type { RequestContext } from '../core/model.js';
import type { ReasonCode } from '../core/reasons.js';
import { Reason } from '../core/reasons.js';
import type { DecisionSettings } from '../core/settings.js';
import type { LmdbReadView } from '../store/read-view.js';
import { decodeSignIn, encodeSignIn } from '../store/records.js';
import { absorbCommitError, type Store, StoreReadOnly } from '../store/store.js';

export interface SessionResult {
  reason: ReasonCode;
  field: string;
  signNo: string;
  expiresMs: number;
}

export class Sessions {
  constructor(
    private readonly store: Store,
    private readonly view: LmdbReadView,
    private readonly settings: DecisionSettings,
  ) {}

  async signIn(header: RequestContext, nowMs: number): Promise<SessionResult> {
    this.view.refresh();
    const decision = decideSignIn(this.view, header, nowMs, this.settings);
    if (decision.reason !== Reason.Approved)
      return { reason: decision.reason, field: decision.field, signNo: '', expiresMs: 0 };
    const record = {
      signNo: randomBytes(12).toString('hex'),
      operatorId: header.operatorId,
      signedInMs: nowMs,
      expiresMs: decision.expiresMs,
      msgId: header.msgId,
    };
    // Judged against the current record inside the write transaction: a replayed SignIn (the same
    // signed bytes within the clock window) gets the same answer and writes nothing.
    if (this.store.options.readOnly) throw new StoreReadOnly();
    let result: SessionResult = {
      reason: Reason.Approved,
      field: '',
      signNo: record.signNo,
      expiresMs: record.expiresMs,
    };
    await this.store
      .transact(() => {
        const buf = this.store.signIns.getBinary(header.terminalId);
        const current = buf === undefined ? undefined : decodeSignIn(buf);
        const judged = judgeSignInReplay(current, header.msgId, nowMs);
        if (judged === SignInReplay.Replay) {
          result = { reason: Reason.Approved, field: '', signNo: current!.signNo, expiresMs: current!.expiresMs };
        } else if (judged === SignInReplay.Stale) {
          result = { reason: Reason.InvalidField, field: 'header.msg_id', signNo: '', expiresMs: 0 };
        } else {
          void this.store.signIns.put(header.terminalId, encodeSignIn(record));
        }
      })
      .catch((error: unknown) => {
        absorbCommitError(error);
        throw error;
      });
    return result;
  }

  async signOut(header: RequestContext, nowMs: number): Promise<SessionResult> {
    this.view.refresh();
    const decision = decideSignOut(this.view, header, nowMs);
    if (decision.reason !== Reason.Approved)
      return { reason: decision.reason, field: decision.field, signNo: '', expiresMs: 0 };
    if (this.store.options.readOnly) throw new StoreReadOnly();
    // Remove only the sign-in this request named, checked inside the write transaction: a new
    // sign-in committed in between is left alone.
    await this.store
      .transact(() => {
        const buf = this.store.signIns.getBinary(header.terminalId);
        const current = buf === undefined ? undefined : decodeSignIn(buf);
        // The record stays with no sign-in number: it keeps the last sign-in's msg_id, so a
        // captured SignIn replayed after the sign-out is stale, not a new session.
        if (current !== undefined && current.signNo === header.signNo)
          void this.store.signIns.put(header.terminalId, encodeSignIn({ ...current, signNo: '', expiresMs: 0 }));
      })
      .catch((error: unknown) => {
        absorbCommitError(error);
        throw error;
      });
    return { reason: Reason.Approved, field: '', signNo: '', expiresMs: 0 };
  }
}
