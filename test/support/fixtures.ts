// A plain in-memory ReadView and records for unit tests of the pure core.

import {
  type AccountRecord,
  Bank,
  CardKind,
  type CardRecord,
  CardStatus,
  DesignationStatus,
  type EVoucherRecord,
  type FamilyBinding,
  type Filing,
  type HotEntry,
  type InstitutionRecord,
  InstitutionType,
  InsuranceStatus,
  InsuranceType,
  type PersonRecord,
  type ReadView,
  type RegionRow,
  type RequestContext,
  type SignInRecord,
  type TerminalRecord,
  TerminalStatus,
  TerminalType,
  withinPeriod,
} from '../../engine/core/model.js';
import type { Accumulators, CatalogueItem } from '../../engine/core/split.js';
import type { VisitRecord } from '../../engine/core/visits.js';
import { regionTable } from '../../engine/store/regions-table.js';
import { idCheckChar } from '../../protocol/id-number.js';

export const nowMs = Date.UTC(2026, 10, 28, 2, 0, 0);
export const dayMs = 86_400_000;

export class MemoryView implements ReadView {
  terminals = new Map<string, TerminalRecord>();
  institutions = new Map<string, InstitutionRecord>();
  signIns = new Map<string, SignInRecord>();
  cards = new Map<string, CardRecord>();
  hot = new Map<string, HotEntry>();
  persons = new Map<string, PersonRecord>();
  accounts = new Map<string, AccountRecord>();
  filingsByPerson = new Map<string, Filing[]>();
  regions = regionTable();
  visitRows = new Map<number, VisitRecord>();
  evoucherRows = new Map<string, EVoucherRecord>();
  familyRows = new Map<string, FamilyBinding>();

  terminal(id: string) {
    return this.terminals.get(id);
  }
  institution(code: string) {
    return this.institutions.get(code);
  }
  signIn(id: string) {
    return this.signIns.get(id);
  }
  card(no: string) {
    return this.cards.get(no);
  }
  hotEntry(no: string, sn: string) {
    return this.hot.get(no + ':' + sn);
  }
  person(id: string) {
    return this.persons.get(id);
  }
  account(id: string) {
    return this.accounts.get(id);
  }
  filings(id: string) {
    return this.filingsByPerson.get(id) ?? [];
  }
  catalogueItems = new Map<string, CatalogueItem>();
  accumulatorRows = new Map<string, Accumulators>();
  catalogueItem(code: string) {
    return this.catalogueItems.get(code);
  }
  visit(seq: number): VisitRecord | undefined {
    return this.visitRows.get(seq);
  }

  evoucher(token: string): EVoucherRecord | undefined {
    return this.evoucherRows.get(token);
  }

  familyBinding(idNo: string): FamilyBinding | undefined {
    return this.familyRows.get(idNo);
  }

  personNumbers = new Map<string, string>();
  idNoOfPersonNo(personNo: string): string | undefined {
    return this.personNumbers.get(personNo);
  }

  accumulators(idNo: string, year: number, diseaseCode = ''): Accumulators {
    return (
      this.accumulatorRows.get(idNo + ':' + year + (diseaseCode === '' ? '' : ':' + diseaseCode)) ?? {
        deductiblePaidFen: 0,
        poolPaidFen: 0,
        largeAmountPaidFen: 0,
        selfPaySegmentUsedFen: 0,
      }
    );
  }
  region(code: string, at: number): RegionRow | undefined {
    return this.regions.get(code)?.find((row) => withinPeriod(at, row.validFromMs, row.validToMs));
  }
}

export const holderId = '330203199001011237';
export const cardNo = 'B12345678';
export const cardSn = '0123456789ABCDEF0123456789ABCDEF';

export function institution(code: string, region: string, extra: Partial<InstitutionRecord> = {}): InstitutionRecord {
  return {
    code,
    name: 'test',
    type: InstitutionType.Hospital,
    level: 3,
    region,
    designation: DesignationStatus.Designated,
    designatedFromMs: 0,
    designatedToMs: 0,
    provincialNetwork: false,
    ...extra,
  };
}

/** A view where a signed-in Ningbo level-3 hospital terminal swipes an issued card of an insured person. */
export function happyView(): MemoryView {
  const view = new MemoryView();
  view.institutions.set('H33020300001', institution('H33020300001', '330203'));
  view.terminals.set('T1', {
    terminalId: 'T1',
    institutionCode: 'H33020300001',
    type: TerminalType.His,
    status: TerminalStatus.Active,
    keySealed: new Uint8Array(0),
    nextKeySealed: new Uint8Array(0),
    macAlgorithm: 1,
  });
  view.signIns.set('T1', {
    signNo: 'abc123',
    operatorId: 'op',
    signedInMs: nowMs - 1000,
    expiresMs: nowMs + dayMs,
    msgId: '',
  });
  view.cards.set(cardNo, {
    cardNo,
    cardSn,
    holderIdNo: holderId,
    kind: CardKind.Ssc,
    status: CardStatus.Issued,
    statusSinceMs: nowMs - 100 * dayMs,
    bank: Bank.Icbc,
    bankActive: true,
    changeSeq: 0,
  });
  view.persons.set(holderId, {
    idNo: holderId,
    name: '张三丰',
    gender: 1,
    insuredRegion: '330282',
    insuranceType: InsuranceType.EmployeeBasic,
    insuranceStatus: InsuranceStatus.Normal,
    insuredFromMs: 0,
    insuredToMs: 0,
    retired: false,
    duplicateEnrolment: false,
    ningboHousehold: true,
  });
  view.accounts.set(holderId, { currentYearFen: 12_345, priorYearsFen: 100 });
  return view;
}

/** The envelope of a request from terminal T1 of the happy view, signed in. */
export function requestHeader(): RequestContext {
  return {
    msgId: 'H33020300001202611281000000001',
    terminalId: 'T1',
    institutionCode: 'H33020300001',
    operatorId: 'op',
    operatorType: 1,
    signNo: 'abc123',
    requestTimeMs: nowMs,
    careRegion: '330203',
    insuredRegion: '',
  };
}

/** The members import's header row (engine/cards/import.ts). */
export const membersCsvHeader =
  'id_no,name,insured_region,insurance_type,scheme,employer_code,employer_name,enrolled_regions,insured_from,retired';

/**
 * Member row i of a synthetic import: a valid ID number born in birthYear (month, day and sequence
 * from i; distinct for i below 21,000), a Chinese name, urban Ningbo, employee insurance.
 */
export function memberCsvRow(i: number, birthYear: number, surname: string, employerCode: string): string {
  const first17 = `330203${birthYear}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`;
  const name = `${surname}${[...String(i)].map((d) => '零一二三四五六七八九'[Number(d)]).join('')}`;
  return `${first17 + idCheckChar(first17)},${name},330203,310,employee,${employerCode},测试单位,,2010-01-01,0`;
}
