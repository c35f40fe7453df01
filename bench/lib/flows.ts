// The flows the benchmark times end to end over TCP: a hospital's outpatient visit as an HIS runs
// it (2201 open, 2204 ten fee lines, 2206 pre-settle and 2207 settle by visit) and, beside it, a
// pharmacy's one-shot settlement of a ten-line bill (2102).
import type { DemoSamples } from '../../engine/demo/demo.js';
import { distinctMsgId, header } from '../../protocol/client.js';
import type { ssc } from '../../protocol/pb.js';
import { benchBill } from './bill.js';
import type { BenchDataset } from './dataset.js';
import type { Flow } from './flow-load.js';

type Terminal = DemoSamples['terminals'][number];

export const visitFlowLines = 10;

/** A header with a msg id never used before in the run (the caller's: one sequence per run). */
export type FreshHeader = (terminal: Terminal, signNo: string) => ssc.v1.IRequestHeader;

/** A fresh-header maker of its own (for a process that sends nothing else). */
export function freshHeaders(): FreshHeader {
  let sequence = 0;
  const startMs = Date.now();
  return (terminal, signNo) => {
    const k = sequence++;
    return { ...header(terminal, signNo, k), msgId: distinctMsgId(terminal.institutionCode, startMs, k) };
  };
}

function credential(data: BenchDataset, i: number): ssc.v1.ICredential {
  const c = data.cards[(i * 7919) % data.cards.length]!;
  return { type: 3, cardNo: c.cardNo, cardSn: c.cardSn, idNo: c.idNo };
}

const codesOf = (data: BenchDataset): string[] =>
  data.samples.catalogue.filter((c) => c.class !== 3).map((c) => c.code);

/** 2201 -> 2204 (10 lines) -> 2206 -> 2207 at the hospital terminal. */
export function outpatientVisit(data: BenchDataset, signNo: () => string, fresh: FreshHeader): Flow {
  const codes = codesOf(data);
  return async (client, i, step) => {
    const t = data.terminal;
    const opened = await step('OpenVisit', () =>
      client.call<ssc.v1.VisitReply>('OpenVisit', {
        header: fresh(t, signNo()),
        credential: credential(data, i),
        medicalType: 11,
      }),
    );
    // A declined opening (the bench cards include lost, cancelled, uninsured ones) ends the flow.
    if (opened.visitId === '') return;
    const visitId = opened.visitId;
    const bill = benchBill(i, codes, visitFlowLines, 11);
    const lines = bill.lines.map((l) => ({ ...l, sn: `FD${l.lineNo}`, batchNo: 'B1' }));
    await step('UploadFees', () =>
      client.call<ssc.v1.UploadFeesReply>('UploadFees', { header: fresh(t, signNo()), visitId, lines }),
    );
    const settle = { visitId, useAccount: true, totalFen: bill.totalFen };
    await step('PreSettle', () =>
      client.call<ssc.v1.SettleReply>('PreSettle', { header: fresh(t, signNo()), ...settle }),
    );
    await step('Settle', () => client.call<ssc.v1.SettleReply>('Settle', { header: fresh(t, signNo()), ...settle }));
  };
}

/** 2102 with the same ten-line bill at the pharmacy terminal. */
export function pharmacySettle(data: BenchDataset, signNo: () => string, fresh: FreshHeader): Flow {
  const codes = codesOf(data);
  const pharmacy = data.samples.terminals.find((x) => x.role === 'ningboPharmacy')!;
  return async (client, i, step) => {
    await step('Settle', () =>
      client.call<ssc.v1.SettleReply>('Settle', {
        header: fresh(pharmacy, signNo()),
        credential: credential(data, i),
        ...benchBill(i, codes, visitFlowLines, 41),
      }),
    );
  };
}
