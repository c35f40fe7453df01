// Hot path: bench/micro/decide.ts. The core's ReadView over LMDB: lock-free reads through lmdb-js's
// reused buffers (getBinaryFast), decoded at once into plain records. The region table is small and
// read on every decision, so it is cached here and reloaded when its version in meta changes.

import { limits } from '../core/limits.js';
import type {
  AccountRecord,
  CardRecord,
  EVoucherRecord,
  FamilyBinding,
  Filing,
  HotEntry,
  InstitutionRecord,
  PersonRecord,
  ReadView,
  RegionRow,
  SignInRecord,
  TerminalRecord,
} from '../core/model.js';
import { withinPeriod } from '../core/model.js';
import type { Accumulators, CatalogueItem } from '../core/split.js';
import type { VisitRecord } from '../core/visits.js';
import {
  decodeAccount,
  decodeAccumulators,
  decodeCard,
  decodeCatalogueItem,
  decodeFilings,
  decodeHotEntry,
  decodeInstitution,
  decodePerson,
  decodeRegionRows,
  decodeSignIn,
  decodeTerminal,
} from './records.js';
import { accumulatorKey, hotListKey, type Store } from './store.js';

const noFilings: readonly Filing[] = Object.freeze([]);
/** wire/person-no.ts: P + 16 hex digits. */
const personNoShape = /^P[0-9A-F]{16}$/;

export class LmdbReadView implements ReadView {
  private regionRows = new Map<string, RegionRow[]>();
  private regionsVersion = -1;
  /** Catalogue items met so far (null: not in the catalogue); dropped when the catalogue changes. */
  private catalogueCache = new Map<string, (CatalogueItem & { name: string }) | null>();
  private catalogueVersion = -1;
  /** Terminal records decoded, with the bytes each was decoded from (terminal()). */
  private readonly terminalCache = new Map<string, { bytes: Buffer; record: TerminalRecord }>();

  constructor(private readonly store: Store) {
    this.refresh();
  }

  /**
   * Called once per batch: starts a fresh read snapshot and picks up a changed region table.
   * lmdb-js renews its read transaction on a timer, which never fires in a piscina worker that
   * waits on Atomics between tasks: without this reset a worker would read an old snapshot forever
   * (a sign-in or a loss report would stay invisible to it).
   */
  /**
   * Called after a batch: ends the read snapshot. An idle worker holding an old snapshot pins every
   * page written since (LMDB cannot reuse them), and the data file grows with every write: a
   * 100k-row import grew it by 960 MB before this, the ledger's commits likewise.
   */
  release(): void {
    this.store.env.resetReadTxn();
  }

  refresh(): void {
    this.store.env.resetReadTxn();
    const catalogueVersion = (this.store.meta.get('catalogue.version') as number | undefined) ?? 0;
    if (catalogueVersion !== this.catalogueVersion || this.catalogueCache.size >= limits.catalogueCacheItemsMax) {
      this.catalogueCache.clear();
      this.catalogueVersion = catalogueVersion;
    }
    const version = (this.store.meta.get('regions.version') as number | undefined) ?? 0;
    if (version === this.regionsVersion) return;
    const rows = new Map<string, RegionRow[]>();
    for (const { key, value } of this.store.regions.getRange({})) rows.set(key, decodeRegionRows(key, value));
    this.regionRows = rows;
    this.regionsVersion = version;
  }

  /**
   * A request looks its terminal up two or three times (the transport's MAC check, the pipeline,
   * the decision), and the terminal record, its sealed keys included, was 9.5% of what an Inquire
   * allocated (bench:alloc). A record is decoded again only when its stored bytes differ from
   * those it was decoded from: a changed status or key is seen at once.
   */
  terminal(terminalId: string): TerminalRecord | undefined {
    const buf = this.store.terminals.getBinaryFast(terminalId);
    if (buf === undefined) return undefined;
    // getBinaryFast answers in lmdb-js's shared buffer, its length set to the value's: a view of
    // exactly the value's bytes (Buffer methods would see the whole shared buffer).
    const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.length);
    const known = this.terminalCache.get(terminalId);
    if (known !== undefined && known.bytes.equals(bytes)) return known.record;
    const record = decodeTerminal(terminalId, buf);
    if (this.terminalCache.size >= limits.terminalCacheItemsMax) this.terminalCache.clear();
    // The shared buffer is overwritten by the next read: the bytes kept are a copy.
    this.terminalCache.set(terminalId, { bytes: Buffer.from(bytes), record });
    return record;
  }

  institution(code: string): InstitutionRecord | undefined {
    const buf = this.store.institutions.getBinaryFast(code);
    return buf === undefined ? undefined : decodeInstitution(code, buf);
  }

  signIn(terminalId: string): SignInRecord | undefined {
    const buf = this.store.signIns.getBinaryFast(terminalId);
    return buf === undefined ? undefined : decodeSignIn(buf);
  }

  card(cardNo: string): CardRecord | undefined {
    const buf = this.store.cards.getBinaryFast(cardNo);
    return buf === undefined ? undefined : decodeCard(cardNo, buf);
  }

  hotEntry(cardNo: string, cardSn: string): HotEntry | undefined {
    const buf = this.store.hotList.getBinaryFast(hotListKey(cardNo, cardSn));
    return buf === undefined ? undefined : decodeHotEntry(buf);
  }

  person(idNo: string): PersonRecord | undefined {
    const buf = this.store.persons.getBinaryFast(idNo);
    return buf === undefined ? undefined : decodePerson(idNo, buf);
  }

  account(idNo: string): AccountRecord | undefined {
    const buf = this.store.accounts.getBinaryFast(idNo);
    return buf === undefined ? undefined : decodeAccount(buf);
  }

  filings(idNo: string): readonly Filing[] {
    const buf = this.store.filings.getBinaryFast(idNo);
    return buf === undefined ? noFilings : decodeFilings(buf);
  }

  /**
   * Every bill line looks an item up: 4 of a 4-line settlement's ~14 LMDB gets. The catalogue
   * changes rarely (a writer bumps meta 'catalogue.version'), so items are kept once read.
   */
  catalogueItem(code: string): CatalogueItem | undefined {
    const cached = this.catalogueCache.get(code);
    if (cached !== undefined) return cached ?? undefined;
    const buf = this.store.catalogue.getBinaryFast(code);
    const item = buf === undefined ? null : decodeCatalogueItem(code, buf);
    this.catalogueCache.set(code, item);
    return item ?? undefined;
  }

  accumulators(idNo: string, medicalYear: number, diseaseCode = ''): Accumulators {
    const buf = this.store.accounts.getBinaryFast(accumulatorKey(idNo, medicalYear, diseaseCode));
    return buf === undefined
      ? { deductiblePaidFen: 0, poolPaidFen: 0, largeAmountPaidFen: 0, selfPaySegmentUsedFen: 0 }
      : decodeAccumulators(buf);
  }

  idNoOfPersonNo(personNo: string): string | undefined {
    return personNoShape.test(personNo) ? (this.store.personNumbers.get(personNo) as string | undefined) : undefined;
  }

  familyBinding(beneficiaryIdNo: string): FamilyBinding | undefined {
    return this.store.families.get(beneficiaryIdNo) as FamilyBinding | undefined;
  }

  evoucher(token: string): EVoucherRecord | undefined {
    return token.length === 0 ? undefined : (this.store.evouchers.get(token) as EVoucherRecord | undefined);
  }

  visit(seq: number): VisitRecord | undefined {
    return seq === 0 ? undefined : (this.store.visits.get(seq) as VisitRecord | undefined);
  }

  region(code: string, nowMs: number): RegionRow | undefined {
    const rows = this.regionRows.get(code);
    if (rows === undefined) return undefined;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (withinPeriod(nowMs, row.validFromMs, row.validToMs)) return row;
    }
    return undefined;
  }
}
