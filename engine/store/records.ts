// Hot path: bench/micro/decide.ts. The layout of each record type in the store. Keys are not
// repeated inside values: the reader passes the key back in. Bump a version when a layout changes.
import { assert } from '../core/assert.js';
import { limits } from '../core/limits.js';
import type {
  AccountRecord,
  Bank,
  CardKind,
  CardRecord,
  CardStatus,
  DesignationStatus,
  Filing,
  FilingKind,
  Gender,
  HotEntry,
  HotReason,
  InstitutionRecord,
  InstitutionType,
  InsuranceStatus,
  InsuranceType,
  PersonRecord,
  RegionRow,
  SignInRecord,
  TerminalRecord,
  TerminalStatus,
  TerminalType,
} from '../core/model.js';
import type { Accumulators, CatalogueItem } from '../core/split.js';
import { RecordReader, RecordWriter } from './record-codec.js';

const writer = new RecordWriter();
const reader = new RecordReader();

/** Version 2 adds the card's last change sequence (maker-checker binding); version 1 reads as 0. */
export function encodeCard(card: CardRecord): Buffer {
  return writer
    .start(2)
    .u8(card.kind)
    .u8(card.status)
    .u8(card.bank)
    .bool(card.bankActive)
    .int(card.statusSinceMs)
    .str(card.cardSn)
    .str(card.holderIdNo)
    .int(card.changeSeq)
    .finish();
}

export function decodeCard(cardNo: string, buf: Buffer): CardRecord {
  const version = reader.startAny(buf, 1, 2, 'card');
  const kind = reader.u8() as CardKind;
  const status = reader.u8() as CardStatus;
  const bank = reader.u8() as Bank;
  const bankActive = reader.bool();
  const statusSinceMs = reader.int();
  const cardSn = reader.str();
  const holderIdNo = reader.str();
  const changeSeq = version >= 2 ? reader.int() : 0;
  reader.done('card');
  return { cardNo, cardSn, holderIdNo, kind, status, statusSinceMs, bank, bankActive, changeSeq };
}

export function encodePerson(person: PersonRecord): Buffer {
  const flags = (person.retired ? 1 : 0) | (person.duplicateEnrolment ? 2 : 0) | (person.ningboHousehold ? 4 : 0);
  return writer
    .start(1)
    .u8(person.gender)
    .u8(person.insuranceStatus)
    .u8(flags)
    .u16(person.insuranceType)
    .int(person.insuredFromMs)
    .int(person.insuredToMs)
    .str(person.insuredRegion)
    .str(person.name)
    .finish();
}

export function decodePerson(idNo: string, buf: Buffer): PersonRecord {
  const r = reader.start(buf, 1, 'person');
  const gender = r.u8() as Gender;
  const insuranceStatus = r.u8() as InsuranceStatus;
  const flags = r.u8();
  const insuranceType = r.u16() as InsuranceType;
  const insuredFromMs = r.int();
  const insuredToMs = r.int();
  const insuredRegion = r.str();
  const name = r.str();
  r.done('person');
  return {
    idNo,
    name,
    gender,
    insuredRegion,
    insuranceType,
    insuranceStatus,
    insuredFromMs,
    insuredToMs,
    retired: (flags & 1) !== 0,
    duplicateEnrolment: (flags & 2) !== 0,
    ningboHousehold: (flags & 4) !== 0,
  };
}

export function encodeAccount(account: AccountRecord): Buffer {
  assert(account.currentYearFen >= 0 && account.priorYearsFen >= 0, 'account balances never negative');
  return writer.start(1).int(account.currentYearFen).int(account.priorYearsFen).finish();
}

export function decodeAccount(buf: Buffer): AccountRecord {
  const r = reader.start(buf, 1, 'account');
  const currentYearFen = r.int();
  const priorYearsFen = r.int();
  r.done('account');
  assert(currentYearFen >= 0 && priorYearsFen >= 0, 'stored balances never negative');
  return { currentYearFen, priorYearsFen };
}

export function encodeHotEntry(entry: HotEntry): Buffer {
  return writer.start(1).u8(entry.reason).int(entry.sinceMs).int(entry.sequence).finish();
}

export function decodeHotEntry(buf: Buffer): HotEntry {
  const r = reader.start(buf, 1, 'hot list');
  const reason = r.u8() as HotReason;
  const sinceMs = r.int();
  const sequence = r.int();
  r.done('hot list');
  return { reason, sinceMs, sequence };
}

export function encodeInstitution(institution: InstitutionRecord): Buffer {
  return writer
    .start(1)
    .u8(institution.type)
    .u8(institution.level)
    .u8(institution.designation)
    .bool(institution.provincialNetwork)
    .int(institution.designatedFromMs)
    .int(institution.designatedToMs)
    .str(institution.region)
    .str(institution.name)
    .finish();
}

export function decodeInstitution(code: string, buf: Buffer): InstitutionRecord {
  const r = reader.start(buf, 1, 'institution');
  const type = r.u8() as InstitutionType;
  const level = r.u8();
  const designation = r.u8() as DesignationStatus;
  const provincialNetwork = r.bool();
  const designatedFromMs = r.int();
  const designatedToMs = r.int();
  const region = r.str();
  const name = r.str();
  r.done('institution');
  return { code, name, type, level, region, designation, designatedFromMs, designatedToMs, provincialNetwork };
}

export function encodeTerminal(terminal: TerminalRecord): Buffer {
  return writer
    .start(2)
    .u8(terminal.type)
    .u8(terminal.status)
    .str(terminal.institutionCode)
    .u8(terminal.macAlgorithm)
    .bytes(terminal.keySealed)
    .bytes(terminal.nextKeySealed)
    .finish();
}

export function decodeTerminal(terminalId: string, buf: Buffer): TerminalRecord {
  const r = reader.start(buf, 2, 'terminal');
  const type = r.u8() as TerminalType;
  const status = r.u8() as TerminalStatus;
  const institutionCode = r.str();
  const macAlgorithm = r.u8();
  const keySealed = r.bytes();
  const nextKeySealed = r.bytes();
  r.done('terminal');
  return { terminalId, institutionCode, type, status, keySealed, nextKeySealed, macAlgorithm };
}

/** Version 2 adds the msg_id of the sign-in (replay judgement); version 1 records read as ''. */
export function encodeSignIn(signIn: SignInRecord): Buffer {
  return writer
    .start(2)
    .int(signIn.signedInMs)
    .int(signIn.expiresMs)
    .str(signIn.signNo)
    .str(signIn.operatorId)
    .str(signIn.msgId)
    .finish();
}

export function decodeSignIn(buf: Buffer): SignInRecord {
  const version = reader.startAny(buf, 1, 2, 'sign-in');
  const signedInMs = reader.int();
  const expiresMs = reader.int();
  const signNo = reader.str();
  const operatorId = reader.str();
  const msgId = version >= 2 ? reader.str() : '';
  reader.done('sign-in');
  return { signNo, operatorId, signedInMs, expiresMs, msgId };
}

/** Version 2 adds the disease, the filing number and the registering institution. */
export function encodeFilings(filings: readonly Filing[]): Buffer {
  assert(filings.length <= limits.filingsPerPersonMax, 'filings per person bounded');
  const w = writer.start(2).u8(filings.length);
  for (const filing of filings) {
    w.u8(filing.kind)
      .int(filing.validFromMs)
      .int(filing.validToMs)
      .str(filing.targetRegion)
      .str(filing.targetInstitution)
      .str(filing.diseaseCode)
      .str(filing.filingNo)
      .str(filing.institutionCode);
  }
  return w.finish();
}

export function decodeFilings(buf: Buffer): Filing[] {
  const version = reader.startAny(buf, 1, 2, 'filings');
  const count = reader.u8();
  const filings: Filing[] = [];
  for (let i = 0; i < count; i++) {
    const kind = reader.u8() as FilingKind;
    const validFromMs = reader.int();
    const validToMs = reader.int();
    const targetRegion = reader.str();
    const targetInstitution = reader.str();
    const diseaseCode = version >= 2 ? reader.str() : '';
    const filingNo = version >= 2 ? reader.str() : '';
    const institutionCode = version >= 2 ? reader.str() : '';
    filings.push({
      kind,
      targetRegion,
      targetInstitution,
      validFromMs,
      validToMs,
      diseaseCode,
      filingNo,
      institutionCode,
    });
  }
  reader.done('filings');
  return filings;
}

/** All rows of one division code (its history). */
export function encodeRegionRows(rows: readonly RegionRow[]): Buffer {
  assert(rows.length > 0 && rows.length <= 16, 'region history bounded');
  const w = writer.start(1).u8(rows.length);
  for (const row of rows) {
    w.int(row.validFromMs)
      .int(row.validToMs)
      .str(row.name)
      .str(row.insuredRegion)
      .str(row.poolCode)
      .str(row.provinceCode);
  }
  return w.finish();
}

export function decodeRegionRows(code: string, buf: Buffer): RegionRow[] {
  const r = reader.start(buf, 1, 'region');
  const count = r.u8();
  const rows: RegionRow[] = [];
  for (let i = 0; i < count; i++) {
    const validFromMs = r.int();
    const validToMs = r.int();
    const name = r.str();
    const insuredRegion = r.str();
    const poolCode = r.str();
    const provinceCode = r.str();
    rows.push({ code, name, insuredRegion, poolCode, provinceCode, validFromMs, validToMs });
  }
  r.done('region');
  return rows;
}

export function encodeCatalogueItem(item: CatalogueItem & { name: string }): Buffer {
  return writer.start(1).u8(item.class).u16(item.classBShareBp).int(item.priceCapFen).str(item.name).finish();
}

export function decodeCatalogueItem(code: string, buf: Buffer): CatalogueItem & { name: string } {
  const r = reader.start(buf, 1, 'catalogue');
  const itemClass = r.u8();
  const classBShareBp = r.u16();
  const priceCapFen = r.int();
  const name = r.str();
  r.done('catalogue');
  return { code, class: itemClass, priceCapFen, classBShareBp, name };
}

export function encodeAccumulators(acc: Accumulators): Buffer {
  return writer
    .start(1)
    .int(acc.deductiblePaidFen)
    .int(acc.poolPaidFen)
    .int(acc.largeAmountPaidFen)
    .int(acc.selfPaySegmentUsedFen)
    .finish();
}

export function decodeAccumulators(buf: Buffer): Accumulators {
  const r = reader.start(buf, 1, 'accumulators');
  const deductiblePaidFen = r.int();
  const poolPaidFen = r.int();
  const largeAmountPaidFen = r.int();
  const selfPaySegmentUsedFen = r.int();
  r.done('accumulators');
  return { deductiblePaidFen, poolPaidFen, largeAmountPaidFen, selfPaySegmentUsedFen };
}
