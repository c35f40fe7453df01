// The change log's writer inside one card-centre transaction: gap-free sequence numbers in commit
// order, subjects as keyed tags (never in clear), hot-list effects with the card number sealed.
import { createHmac, hash } from 'node:crypto';
import { sealKey } from '../auth/seal.js';
import type { HotReason } from '../core/model.js';
import { hotListKey, type Store } from '../store/store.js';
import type { ChangeRecord, HotChange } from './records.js';

/** The change log's writer inside one transaction: sequence numbers are taken in commit order. */
export class ChangeLog {
  private last: number;

  constructor(
    private readonly store: Store,
    private readonly tagKey: Buffer,
    private readonly masterKey: Buffer,
  ) {
    this.last = 0;
    for (const key of store.changes.getKeys({ reverse: true, limit: 1 })) this.last = key as number;
  }

  tag(subject: string): string {
    return subjectTagOf(this.tagKey, subject);
  }

  append(change: Omit<ChangeRecord, 'subjectTag' | 'hot'> & { subject: string; hot?: HotChange | null }): number {
    const seq = ++this.last;
    const record: ChangeRecord = {
      timeMs: change.timeMs,
      actor: change.actor,
      op: change.op,
      subjectTag: this.tag(change.subject),
      before: change.before,
      after: change.after,
      hot: change.hot ?? null,
    };
    this.store.changes.putSync(seq, record);
    return seq;
  }

  /** Adds or removes the hot list entry of cardNo + cardSn, and logs it in the same change. */
  hotChange(
    cardNo: string,
    cardSn: string,
    added: boolean,
    reason: HotReason,
    sinceMs: number,
    expiresMs: number,
  ): HotChange {
    return {
      added,
      keySealed: sealKey(this.masterKey, Buffer.from(hotListKey(cardNo, cardSn))).toString('base64'),
      reason,
      sinceMs,
      expiresMs,
    };
  }

  get nextSequence(): number {
    return this.last + 1;
  }
}

/** The secret behind change-log subject tags, derived from the master key. */
export function changeLogTagKey(masterKey: Buffer): Buffer {
  return createHmac('sha256', masterKey).update('ssc change-log subject tag').digest();
}

/**
 * The change log's subject tag: SHA-256 over a secret prefix (derived from the master key) and the
 * identifier, 16 hex. One-shot hash: an HMAC object per imported row cost ~5% of an import. A tag
 * links the entries of one subject; without the master key it reveals nothing of the identifier.
 */
export function subjectTagOf(tagKey: Buffer, subject: string): string {
  return hash('sha256', tagKey.toString('hex') + subject, 'hex').slice(0, 16);
}
