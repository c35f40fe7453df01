// Connect compatibility, checked with a client nobody here wrote: Connect-ES generated from the same
// ssc.proto by protoc-gen-es, over @connectrpc/connect-node, in binary and JSON.
import { type DescMessage, type Message, toBinary, toJsonString } from '@bufbuild/protobuf';
import { Code, ConnectError, createClient, type Interceptor } from '@connectrpc/connect';
import { createConnectTransport } from '@connectrpc/connect-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMsgId } from '../../protocol/client.js';
import { macForTerminal, macHeader } from '../../protocol/mac.js';
import {
  ClearingType,
  CredentialType,
  EntryKind,
  MedicalType,
  Operation,
  OperatorType,
  Result,
  SettlementState,
  TransactionService,
} from '../../protocol/ssc/v1/gen/es/ssc_pb.js';
import { startTestEngine, type TestEngine } from '../support/helpers.js';

/**
 * Signs each request as the terminal it names, over the bytes the transport sends: the binary or
 * JSON serialization of the message (for a streaming call, of its one request message).
 */
function macSigner(binary: boolean): Interceptor {
  const sign = (schema: DescMessage, message: Message & { header?: { terminalId?: string } }): string => {
    const bytes = binary ? toBinary(schema, message) : Buffer.from(toJsonString(schema, message), 'utf8');
    return Buffer.from(macForTerminal(message.header?.terminalId, bytes)).toString('hex');
  };
  return (next) => async (req) => {
    if (!req.stream) {
      req.header.set(macHeader, sign(req.method.input, req.message));
      return next(req);
    }
    const messages: Message[] = [];
    for await (const m of req.message) messages.push(m);
    req.header.set(macHeader, sign(req.method.input, messages[0]!));
    return next({
      ...req,
      message: (async function* () {
        yield* messages;
      })(),
    });
  };
}

let t: TestEngine;
beforeAll(async () => {
  t = await startTestEngine({ SSC_DEMO_CARDS: '500' });
});
afterAll(async () => {
  await t.stop();
});

for (const useBinaryFormat of [true, false]) {
  describe(`Connect-ES client (${useBinaryFormat ? 'binary' : 'JSON'})`, () => {
    it('signs in, inquires (approved and declined), settles, cancels, signs out', async () => {
      const client = createClient(
        TransactionService,
        createConnectTransport({
          baseUrl: t.engine.url,
          httpVersion: '1.1',
          useBinaryFormat,
          interceptors: [macSigner(useBinaryFormat)],
        }),
      );
      const terminal = t.terminal('ningboPharmacy');
      let sequence = useBinaryFormat ? 1 : 5_001;
      const header = (signNo: string) => ({
        msgId: makeMsgId(terminal.institutionCode, Date.now(), sequence++),
        terminalId: terminal.terminalId,
        institutionCode: terminal.institutionCode,
        operatorId: 'op001',
        operatorType: OperatorType.STAFF,
        signNo,
        requestTimeMs: BigInt(Date.now()),
        careRegion: terminal.region,
      });
      const signIn = await client.signIn({ header: header('') });
      expect(signIn.outcome?.reason).toBe('00');
      expect(signIn.signNo).toMatch(/^[0-9a-f]{24}$/);
      expect(signIn.signExpiresMs).toBeGreaterThan(BigInt(Date.now()));
      expect(signIn.timings?.totalUs).toBeGreaterThan(0);

      for (const card of t.samples.cards.filter((c) => ['issued', 'formallyLost', 'suspended'].includes(c.scenario))) {
        const reply = await client.inquire({
          header: header(signIn.signNo),
          credential: { type: CredentialType.SSC_CARD, cardNo: card.cardNo, cardSn: card.cardSn, idNo: card.idNo },
        });
        expect(reply.outcome?.reason).toBe(card.expected);
        expect(reply.outcome?.result).toBe(card.expected === '00' ? Result.APPROVED : Result.DECLINED);
        expect(reply.budgetUs).toBe(1000);
        expect(reply.timings?.totalUs).toBeGreaterThan(0);
        if (card.expected === '00') expect(typeof reply.person?.accountBalanceFen).toBe('bigint');
      }

      const buyer = t.samples.cards.find((c) => c.scenario === 'issued')!;
      const item = t.samples.catalogue.find((c) => c.class === 1)!;
      const settled = await client.settle({
        header: header(signIn.signNo),
        credential: { type: CredentialType.SSC_CARD, cardNo: buyer.cardNo, cardSn: buyer.cardSn, idNo: buyer.idNo },
        medicalType: MedicalType.PHARMACY,
        useAccount: true,
        totalFen: 1_999n,
        lines: [
          { lineNo: 1, catalogueCode: item.code, quantityMilli: 1_000n, unitPriceFen: 1_999n, amountFen: 1_999n },
        ],
      });
      expect(settled.outcome?.reason).toBe('00');
      expect(settled.split?.poolPaidFen).toBe(0n);
      expect(settled.split?.totalFen).toBe(1_999n);
      expect(settled.timings?.commitUs).toBeGreaterThan(0);
      const cancelled = await client.cancelSettlement({
        header: header(signIn.signNo),
        settlementId: settled.settlementId,
      });
      expect(cancelled.outcome?.reason).toBe('00');
      expect(cancelled.reversedSplit?.totalFen).toBe(1_999n);

      // PreSettle, then a second settlement undone by Reverse, then the day reconciled.
      const bill = {
        credential: { type: CredentialType.SSC_CARD, cardNo: buyer.cardNo, cardSn: buyer.cardSn, idNo: buyer.idNo },
        medicalType: MedicalType.PHARMACY,
        useAccount: true,
        totalFen: 500n,
        lines: [{ lineNo: 1, catalogueCode: item.code, quantityMilli: 1_000n, unitPriceFen: 500n, amountFen: 500n }],
      };
      const pre = await client.preSettle({ header: header(signIn.signNo), ...bill });
      expect(pre.outcome?.reason).toBe('00');
      expect(pre.settlementId).toBe('');
      const settleHeader = header(signIn.signNo);
      const second = await client.settle({ header: settleHeader, ...bill });
      expect(second.split).toEqual(pre.split);
      const reversed = await client.reverse({
        header: header(signIn.signNo),
        originalMsgId: settleHeader.msgId,
        originalOperation: Operation.SETTLE,
      });
      expect(reversed.undone).toBe(true);
      const dayMs0 = 86_400_000;
      const day0 = Math.floor((Date.now() + 8 * 3_600_000) / dayMs0) * dayMs0 - 8 * 3_600_000;
      const totals = await client.reconcileTotals({
        header: header(signIn.signNo),
        insuranceType: settled.person?.insuranceType,
        clearingType: ClearingType.PHARMACY,
        periodFromMs: BigInt(day0),
        periodToMs: BigInt(day0 + dayMs0),
      });
      expect(totals.outcome?.reason).toBe('00');
      expect(totals.settledCount).toBeGreaterThanOrEqual(2);
      expect(totals.cancelledCount).toBeGreaterThanOrEqual(2);

      // The detail listing (3202) streams today's entries of this institution: the settlement,
      // now cancelled, and the cancel.
      const dayMs = 86_400_000;
      const from = Math.floor((Date.now() + 8 * 3_600_000) / dayMs) * dayMs - 8 * 3_600_000;
      const listed = [];
      for await (const detail of client.listSettlements({
        header: header(signIn.signNo),
        periodFromMs: BigInt(from),
        periodToMs: BigInt(from + dayMs),
      })) {
        listed.push(detail);
      }
      const mine = listed.find((d) => d.entryId === settled.settlementId);
      expect(mine?.state).toBe(SettlementState.CANCELLED);
      expect(mine?.totalFen).toBe(1_999n);
      const cancelEntry = listed.find((d) => d.kind === EntryKind.CANCEL && d.settlementId === settled.settlementId);
      expect(cancelEntry?.accountFen).toBe(mine?.accountFen);
      // A decline is the stream's error, with the reason code in its metadata.
      const refused = (async () => {
        for await (const _ of client.listSettlements({
          header: { ...header(signIn.signNo), signNo: 'stale0000' },
          periodFromMs: BigInt(from),
          periodToMs: BigInt(from + dayMs),
        })) {
          // nothing is streamed
        }
      })();
      await expect(refused).rejects.toSatisfy(
        (error: unknown) =>
          ConnectError.from(error).code === Code.PermissionDenied &&
          ConnectError.from(error).metadata.get('ssc-reason') === 'I04',
      );

      const nope = client.settle({ header: { ...header(signIn.signNo), terminalId: '' } });
      await expect(nope).resolves.toSatisfy(
        (reply: { outcome?: { field: string } }) => reply.outcome?.field === 'header.terminal_id',
      );

      const out = await client.signOut({ header: header(signIn.signNo) });
      expect(out.outcome?.reason).toBe('00');
    });
  });
}
