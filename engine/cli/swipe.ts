// Try the engine like a terminal: `npm run swipe -- inquire --card <no>`.
// Reads the card's card_sn and holder ID from the demo store (as a terminal reads them from the
// chip), signs in with a demo terminal, sends Inquire over HTTP and prints the decision.

import { parseArgs } from 'node:util';
import { call, header, signIn, type TerminalIdentity } from '../../protocol/client.js';
import { demoTerminalKey, registerTerminalKey } from '../../protocol/mac.js';
import type { ssc } from '../../protocol/pb.js';
import { loadConfig } from '../config.js';
import type { DemoSamples, SampleTerminal } from '../demo/demo.js';
import { decodeCard } from '../store/records.js';
import { Store } from '../store/store.js';
import { AdminClient } from './admin-client.js';
import { engineUrl } from './engine-url.js';

const usage = `usage: npm run swipe -- inquire --card <card no> [--sn <card_sn>] [--id <ID no>]
                      [--terminal <role or terminal id>] [--json] [--url http://127.0.0.1:8080]
       npm run swipe -- inquire --evoucher <QR code | ID no>
                      (an e-voucher: decoded by the terminal, then its token is the credential;
                      with an ID number the card centre issues the voucher first: SSC_TOKEN of an
                      operator, see npm run cards -- login)
       npm run swipe -- presettle --card <card no> [--medical-type 11|13|14|21|41] [--lines 6] [--no-account] ...
                      (a bill of demo catalogue items of every class; nothing is written)
       npm run swipe -- settle --card <card no> [same options as presettle]
                      (the same bill, settled: durable, prints the settlement id)
       npm run swipe -- cancel --settlement <id> [--terminal <role>]   cancel a settlement
       npm run swipe -- samples        list the demo cards and terminals
roles: ningboHospitalL3 (default), ningboHospitalL2, ningboClinic, ningboPharmacy, hangzhouNetwork,
       hangzhouNoNetwork, shanghai, suspendedInstitution, expiredInstitution, disabledTerminal`;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      card: { type: 'string' },
      sn: { type: 'string' },
      id: { type: 'string' },
      terminal: { type: 'string', default: 'ningboHospitalL3' },
      json: { type: 'boolean', default: false },
      url: { type: 'string' },
      help: { type: 'boolean', default: false },
      'medical-type': { type: 'string', default: '11' },
      lines: { type: 'string', default: '6' },
      'no-account': { type: 'boolean', default: false },
      settlement: { type: 'string' },
      evoucher: { type: 'string' },
    },
  });
  const command = positionals[0];
  const commands = ['inquire', 'presettle', 'settle', 'cancel', 'samples'];
  if (values.help || command === undefined || !commands.includes(command)) {
    process.stdout.write(usage + '\n');
    process.exit(command === undefined || values.help ? 0 : 2);
  }
  const config = loadConfig();
  const store = Store.open({ path: config.dataDir, readOnly: true, mapSizeBytes: config.mapSizeBytes });
  const samples = store.meta.get('demo.samples') as DemoSamples | undefined;
  if (samples === undefined) throw new Error('no demo samples in the store (start the engine once with demo data)');
  if (command === 'samples') {
    for (const c of samples.cards)
      process.stdout.write(`${c.scenario.padEnd(20)} ${c.cardNo.padEnd(13)} expect ${c.expected}\n`);
    for (const t of samples.terminals) process.stdout.write(`terminal ${t.role.padEnd(22)} ${t.terminalId}\n`);
    await store.close();
    return;
  }
  if (command === 'cancel') {
    await store.close();
    await cancel(config.masterKey, samples, values);
    return;
  }
  if (values.evoucher !== undefined) {
    await store.close();
    await evoucherInquire(config.masterKey, samples, values.evoucher, values);
    return;
  }
  if (values.card === undefined) throw new Error('--card or --evoucher is required');
  const sample = samples.cards.find((c) => c.cardNo === values.card);
  const buf = store.cards.getBinary(values.card);
  const card = buf === undefined ? undefined : decodeCard(values.card, buf);
  await store.close();
  const terminal = actAs(samples, values.terminal, config.masterKey);
  const url = engineUrl(values.url);
  const codec = values.json ? 'json' : 'proto';
  const signNo = await signIn(url, terminal, codec);
  const credentialType = sample?.credentialType ?? (card !== undefined && card.kind !== 1 ? card.kind + 2 : 3);
  const credential = {
    type: credentialType,
    cardNo: values.card,
    cardSn: values.sn ?? sample?.cardSn ?? card?.cardSn ?? '',
    idNo: values.id ?? card?.holderIdNo ?? '',
  };
  if (command === 'presettle' || command === 'settle') {
    await presettle(
      command === 'settle' ? 'Settle' : 'PreSettle',
      url,
      codec,
      terminal,
      signNo,
      credential,
      samples,
      values,
    );
    return;
  }
  const result = await call<ssc.v1.InquireReply>(
    url,
    'Inquire',
    { header: header(terminal, signNo, 2), credential },
    codec,
  );
  if (result.reply === undefined) {
    process.stdout.write(`HTTP ${result.httpStatus}: ${JSON.stringify(result.error)}\n`);
    process.exit(1);
  }
  const { outcome, person, timings, budgetUs } = result.reply;
  process.stdout.write(
    [
      `terminal   ${terminal.terminalId} (${values.terminal})`,
      `result     ${outcome?.result === 1 ? 'APPROVED' : 'DECLINED'}  reason ${outcome?.reason}  ${outcome?.messageEn} / ${outcome?.messageZh}`,
      person
        ? `person     ${person.nameMasked}  ${person.idNoMasked}  gender ${person.gender}  insured region ${person.insuredRegion}  insurance ${person.insuranceType} status ${person.insuranceStatus}  account ${(Number(person.accountBalanceFen) / 100).toFixed(2)} yuan`
        : 'person     -',
      `server us  receive ${timings?.receiveUs} decode ${timings?.decodeUs} queue ${timings?.queueUs} decide ${timings?.decideUs} encode ${timings?.encodeUs} total ${timings?.totalUs} (budget ${budgetUs})`,
    ].join('\n') + '\n',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`swipe: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

/**
 * Inquire with an e-voucher: the QR code given (or issued now by the card centre for an ID number,
 * with the operator token in SSC_TOKEN) is decoded as the terminal, then its token is the credential.
 */
async function evoucherInquire(
  masterKey: Buffer,
  samples: DemoSamples,
  given: string,
  values: { terminal?: string; url?: string; json?: boolean },
): Promise<void> {
  const terminal = actAs(samples, values.terminal, masterKey);
  const url = engineUrl(values.url);
  let qrCode = given;
  if (!given.startsWith('EVQR1.')) {
    const admin = new AdminClient(url);
    admin.token = process.env['SSC_TOKEN'] ?? '';
    const issued = await admin.post<{ qrCode: string }>(`/admin/persons/${given}/evouchers`, { businessType: '01101' });
    if (issued.status !== 200)
      throw new Error(`issuing an e-voucher: HTTP ${issued.status} ${JSON.stringify(issued.body)}`);
    qrCode = issued.body.qrCode;
  }
  const codec = values.json === true ? 'json' : 'proto';
  const signNo = await signIn(url, terminal, codec);
  const decoded = await call<ssc.v1.DecodeEVoucherReply>(
    url,
    'DecodeEVoucher',
    { header: header(terminal, signNo, oneOffSequence()), qrCode },
    codec,
  );
  const d = decoded.reply;
  process.stdout.write(
    `decoded    reason ${d?.outcome?.reason ?? decoded.httpStatus}  ${d?.outcome?.messageEn ?? ''}  token ${d?.ecToken ?? '-'}  business type ${d?.businessType ?? '-'}\n`,
  );
  if (d === undefined || d.ecToken === '') process.exit(1);
  const result = await call<ssc.v1.InquireReply>(
    url,
    'Inquire',
    { header: header(terminal, signNo, oneOffSequence()), credential: { type: 1, cardNo: d.ecToken } },
    codec,
  );
  const r = result.reply;
  process.stdout.write(
    [
      `result     ${r?.outcome?.result === 1 ? 'APPROVED' : 'DECLINED'}  reason ${r?.outcome?.reason}  ${r?.outcome?.messageEn} / ${r?.outcome?.messageZh}`,
      r?.person
        ? `person     ${r.person.nameMasked}  ${r.person.idNoMasked}  person no ${r.person.personNo}  account ${(Number(r.person.accountBalanceFen) / 100).toFixed(2)} yuan`
        : 'person     -',
    ].join('\n') + '\n',
  );
}

/** A msg id sequence for a one-off CLI call (two calls in one second must not share an id). */
function oneOffSequence(): number {
  return Math.floor(Math.random() * 10_000);
}

/**
 * The demo terminal named by role or id, its key registered: demo sample terminals' keys derive
 * from the master key, so the CLI signs as the chosen one.
 */
function actAs(samples: DemoSamples, roleOrId: string | undefined, masterKey: Buffer): SampleTerminal {
  const terminal = samples.terminals.find((t) => t.role === roleOrId || t.terminalId === roleOrId);
  if (terminal === undefined) throw new Error(`unknown terminal ${roleOrId}`);
  registerTerminalKey(terminal.terminalId, demoTerminalKey(masterKey, terminal.terminalId), terminal.macAlgorithm);
  return terminal;
}

async function cancel(
  masterKey: Buffer,
  samples: DemoSamples,
  values: { terminal?: string; settlement?: string; url?: string; json?: boolean },
): Promise<void> {
  if (values.settlement === undefined) throw new Error('--settlement is required');
  const terminal = actAs(samples, values.terminal, masterKey);
  const url = engineUrl(values.url);
  const codec = values.json === true ? 'json' : 'proto';
  const signNo = await signIn(url, terminal, codec);
  const result = await call<ssc.v1.CancelSettlementReply>(
    url,
    'CancelSettlement',
    { header: header(terminal, signNo, oneOffSequence()), settlementId: values.settlement },
    codec,
  );
  if (result.reply === undefined) {
    process.stdout.write(`HTTP ${result.httpStatus}: ${JSON.stringify(result.error)}
`);
    process.exit(1);
  }
  const { outcome, reversedSplit, accountBalanceAfterFen, timings } = result.reply;
  process.stdout.write(
    [
      `result     ${outcome?.result === 1 ? 'CANCELLED' : 'DECLINED'}  reason ${outcome?.reason}  ${outcome?.messageEn} / ${outcome?.messageZh}`,
      `returned   account ${(Number(reversedSplit?.accountPaidFen ?? 0) / 100).toFixed(2)} yuan; balance now ${(Number(accountBalanceAfterFen ?? 0) / 100).toFixed(2)} yuan`,
      `server us  decide ${timings?.decideUs} commit ${timings?.commitUs} total ${timings?.totalUs}`,
    ].join('\n') + '\n',
  );
}

/** Sends a bill of demo catalogue items (every class) to PreSettle or Settle and prints the split in yuan. */
async function presettle(
  method: 'PreSettle' | 'Settle',
  url: string,
  codec: 'proto' | 'json',
  terminal: TerminalIdentity,
  signNo: string,
  credential: object,
  samples: DemoSamples,
  values: { terminal?: string; 'medical-type'?: string; lines?: string; 'no-account'?: boolean },
): Promise<void> {
  const count = Math.max(1, Math.min(50, Number(values.lines ?? 6)));
  const lines = Array.from({ length: count }, (_, i) => {
    const item = samples.catalogue[(i * 7) % samples.catalogue.length]!;
    const quantity = 1 + (i % 3);
    const unitPriceFen = 1_000 + ((i * 3_517) % 40_000);
    return {
      lineNo: i + 1,
      catalogueCode: item.code,
      quantityMilli: 1_000 * quantity,
      unitPriceFen,
      amountFen: unitPriceFen * quantity,
    };
  });
  const request = {
    header: header(terminal, signNo, oneOffSequence()),
    credential,
    medicalType: Number(values['medical-type'] ?? 11),
    useAccount: values['no-account'] !== true,
    lines,
    totalFen: lines.reduce((sum, l) => sum + l.amountFen, 0),
  };
  const result = await call<ssc.v1.SettleReply>(url, method, request, codec);
  if (result.reply === undefined) {
    process.stdout.write(`HTTP ${result.httpStatus}: ${JSON.stringify(result.error)}\n`);
    process.exit(1);
  }
  const { outcome, split, timings, budgetUs, policyVersion, settlementId, accountBalanceAfterFen } = result.reply;
  const yuan = (fen: unknown): string => (Number(fen ?? 0) / 100).toFixed(2);
  const out = [
    `terminal   ${terminal.terminalId} (${values.terminal})`,
    `result     ${outcome?.result === 1 ? 'APPROVED' : 'DECLINED'}  reason ${outcome?.reason}  ${outcome?.messageEn} / ${outcome?.messageZh}`,
  ];
  if (split) {
    out.push(
      `bill       total ${yuan(split.totalFen)}  self-pay ${yuan(split.selfPayFen)}  over cap ${yuan(split.overCapFen)}  class B first ${yuan(split.classBFirstFen)}  in policy ${yuan(split.inPolicyFen)}`,
      `fund       deductible ${yuan(split.deductiblePaidFen)}  pool ${yuan(split.poolPaidFen)}  large amount ${yuan(split.largeAmountPaidFen)}  fund total ${yuan(split.fundTotalFen)}`,
      `person     part ${yuan(split.personPartFen)}  account ${yuan(split.accountPaidFen)}  cash ${yuan(split.cashFen)}  (yuan; policy ${policyVersion}, illustrative)`,
    );
  }
  if (method === 'Settle' && settlementId) {
    out.push(
      `settled    ${settlementId}  account balance now ${yuan(accountBalanceAfterFen)} yuan (cancel: npm run swipe -- cancel --settlement ${settlementId})`,
    );
  }
  out.push(
    `server us  decode ${timings?.decodeUs} queue ${timings?.queueUs} decide ${timings?.decideUs} encode ${timings?.encodeUs} commit ${timings?.commitUs} total ${timings?.totalUs} (budget ${budgetUs})`,
  );
  process.stdout.write(out.join('\n') + '\n');
}
