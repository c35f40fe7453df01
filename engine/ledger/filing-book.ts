// Filings inside the writer's transaction (book.ts routes RegisterFiling / RevokeFiling here, after
// the caller and msg-id checks every write shares): the person (psn_no or credential), then the
// judgement (core/filings.ts), then the person's filings rewritten — expired ones dropped, so the
// list stays bounded — with a change-log entry and the idempotency record. The next decision on any
// thread reads the new list from its snapshot (checkRegion, chronicFiled).

import {
  type FilingCommand,
  filingNoOf,
  judgeRegisterFiling,
  judgeRevokeFiling,
  liveFilings,
  type RegisterFilingCommand,
  resolveFilingPerson,
} from '../core/filings.js';
import { EntryKind, noMovement } from '../core/ledger-rules.js';
import type { Filing, FilingKind } from '../core/model.js';
import type { BenefitPolicy } from '../core/policy.js';
import { Reason } from '../core/reasons.js';
import type { DecisionSettings } from '../core/settings.js';
import type { LmdbReadView } from '../store/read-view.js';
import { encodeFilings } from '../store/records.js';
import type { Store } from '../store/store.js';
import { personNoOf } from '../wire/person-no.js';
import { filingMessage } from '../wire/replies.js';
import { budgetOf } from './replies.js';
import type { BookTools } from './visit-book.js';
import type { Work } from './work.js';

export class FilingBook {
  constructor(
    private readonly store: Store,
    private readonly view: LmdbReadView,
    private readonly settings: DecisionSettings,
    private readonly policy: BenefitPolicy,
    private readonly tools: BookTools,
  ) {}

  apply(work: Work, key: string, nowMs: number): undefined {
    const c = work.command as FilingCommand;
    const here = work.header.institutionCode;
    const who = resolveFilingPerson(this.view, c.personNo, c.credential, here, nowMs, this.settings);
    if (who.reason !== Reason.Approved)
      return this.tools.answer(work, this.tools.declined(work, who.reason, who.field));
    const idNo = who.person!.idNo;
    const filings = this.view.filings(idNo);
    let kept: Filing[];
    let filing: Filing;
    let seq: number;
    if (c.op === 10) {
      const judged = judgeRegisterFiling(
        this.view,
        this.policy,
        this.view.institution(here)!,
        who.person!,
        filings,
        c,
        nowMs,
      );
      if (judged.reason !== Reason.Approved)
        return this.tools.answer(work, this.tools.declined(work, judged.reason, judged.field));
      seq = this.tools.nextSeq();
      filing = filingOf(c, filingNoOf(seq), here);
      kept = [...liveFilings(filings, nowMs), filing];
    } else {
      const judged = judgeRevokeFiling(filings, c.filingNo, here);
      if (judged.reason !== Reason.Approved)
        return this.tools.answer(work, this.tools.declined(work, judged.reason, judged.field));
      seq = this.tools.nextSeq();
      filing = filings[judged.index]!;
      kept = liveFilings(
        filings.filter((_, i) => i !== judged.index),
        nowMs,
      );
    }
    this.tools.answer(work, {
      outcome: this.tools.head(work, Reason.Approved, '', nowMs),
      filing: filingMessage(filing, this.policy),
      personNo: personNoOf(idNo),
      budgetUs: budgetOf(work.op),
    });
    if (kept.length === 0) void this.store.filings.remove(idNo);
    else void this.store.filings.put(idNo, encodeFilings(kept));
    const kind = c.op === 10 ? EntryKind.RegisterFiling : EntryKind.RevokeFiling;
    this.tools.writeEntry(work, seq, kind, 0, 0, noMovement, nowMs);
    this.tools.remember(work, key, seq);
    return undefined;
  }
}

function filingOf(c: RegisterFilingCommand, filingNo: string, institutionCode: string): Filing {
  return {
    kind: c.kind as FilingKind,
    targetRegion: c.targetInstitution === '' ? c.targetRegion : '',
    targetInstitution: c.targetInstitution,
    validFromMs: c.validFromMs,
    validToMs: c.validToMs,
    diseaseCode: c.diseaseCode,
    filingNo,
    institutionCode,
  };
}
