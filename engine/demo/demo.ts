// The embedded default dataset: a deterministic, realistic demo of Ningbo's card population written
// straight into LMDB. Same seed and clock, same bytes. Every card status, replaced cards (old card_sn
// hot-listed), legacy cards, suspended and terminated insurance, duplicate enrolments, hospitals of
// each level and pharmacies in every region, institutions elsewhere in Zhejiang (some in the
// provincial network) and outside it, terminals with sealed keys, referral and remote filings.
// The samples written to meta are the answer key used by the banner, the swipe CLI and the tests.

import { randomBytes } from 'node:crypto';
import { genderOfIdNumber } from '../../protocol/id-number.js';
import { demoTerminalKey, MacAlgorithm } from '../../protocol/mac.js';
import { sealKey } from '../auth/seal.js';
import { dayMs } from '../core/china-time.js';
import {
  type AccountRecord,
  Bank,
  CardKind,
  type CardRecord,
  CredentialType,
  type Filing,
  FilingKind,
  type HotEntry,
  HotReason,
  InstitutionType,
  InsuranceStatus,
  InsuranceType,
  type PersonRecord,
  type TerminalRecord,
  TerminalStatus,
  TerminalType,
} from '../core/model.js';
import { Reason, type ReasonCode } from '../core/reasons.js';
import {
  encodeAccount,
  encodeCard,
  encodeCatalogueItem,
  encodeFilings,
  encodeHotEntry,
  encodeInstitution,
  encodePerson,
  encodeRegionRows,
  encodeTerminal,
} from '../store/records.js';
import { chinaDateMs, regionTable } from '../store/regions-table.js';
import { hotListKey, type Store } from '../store/store.js';
import { configurePersonNumbers, personNoOf } from '../wire/person-no.js';
import { demoCatalogue, institutionSeeds } from './institutions.js';
import {
  areaOfDistrict,
  CardNumberSequence,
  cardStatusFor,
  expectedReason,
  givenChars,
  IdPlan,
  legacyCardNo,
  pickArea,
  type Scenario,
  scenarioFor,
  statusSince,
  surnames,
} from './population.js';
import { Prng } from './prng.js';

export interface SampleCard {
  scenario: Scenario;
  credentialType: number;
  cardNo: string;
  cardSn: string;
  idNo: string;
  expected: ReasonCode;
}

export interface SampleTerminal {
  role: string;
  terminalId: string;
  institutionCode: string;
  region: string;
  /** Its key is demoTerminalKey(master key, terminal id) (protocol/mac.ts); never stored in clear. */
  macAlgorithm: number;
}

export interface DemoSamples {
  seed: number;
  generatedMs: number;
  cards: SampleCard[];
  terminals: SampleTerminal[];
  /** A few catalogue items of each class, for trying PreSettle. */
  catalogue: { code: string; class: number; priceCapFen: number; classBShareBp: number }[];
}

export interface DemoOptions {
  cards: number;
  seed: number;
  nowMs: number;
  masterKey: Buffer;
  samplesPerScenario: number;
  /** Called after every chunk with the cards written so far. */
  onProgress?: (written: number, total: number) => void;
  /**
   * Every person insured in this division instead of Ningbo's (another pool's dataset, e.g. 330102
   * for Hangzhou's: a second pool of a replicated deployment, docs/REPLICATION.md).
   */
  insuredRegion?: string;
}

export interface DemoSummary {
  cards: number;
  persons: number;
  hotListEntries: number;
  institutions: number;
  terminals: number;
  filings: number;
  elapsedMs: number;
}

/** The demo's chronic filings: hypertension and diabetes (codes of the illustrative policy). */
const demoChronicDiseases = ['M03900', 'M07800'] as const;

/** Filings that came with the data (not registered through the ledger): FI + 12 digits. */
function importedFilingNo(serial: number): string {
  return 'FI' + String(serial).padStart(12, '0');
}

/**
 * Writes the demo dataset into an empty store. Chunks of cards go in one synchronous write
 * transaction each (no per-record commits), then everything is flushed before returning.
 */
export async function generateDemo(
  store: Store,
  options: DemoOptions,
): Promise<{ summary: DemoSummary; samples: DemoSamples }> {
  const started = Date.now();
  // The person-number index is keyed like the engine's numbers (same master key).
  configurePersonNumbers(options.masterKey);
  const prng = new Prng(options.seed);
  const { nowMs } = options;
  const samples: DemoSamples = { seed: options.seed, generatedMs: nowMs, cards: [], terminals: [], catalogue: [] };
  const sampleCounts = new Map<Scenario, number>();

  // Reference data: regions, institutions, terminals.
  const regions = regionTable();
  const institutions = institutionSeeds(nowMs);
  const hangzhouNetwork = institutions.find((s) => s.role === 'hangzhouNetwork')!.record;
  let terminalCount = 0;
  store.env.transactionSync(() => {
    for (const [code, rows] of regions) store.regions.putSync(code, encodeRegionRows(rows));
    store.meta.putSync('regions.version', 1);
    store.meta.putSync('catalogue.version', 1);
    for (const item of demoCatalogue(prng)) {
      store.catalogue.putSync(item.code, encodeCatalogueItem(item));
      if (samples.catalogue.length < 40)
        samples.catalogue.push({
          code: item.code,
          class: item.class,
          priceCapFen: item.priceCapFen,
          classBShareBp: item.classBShareBp,
        });
    }
    for (const seed of institutions) {
      const institution = seed.record;
      store.institutions.putSync(institution.code, encodeInstitution(institution));
      const type = institution.type === InstitutionType.Pharmacy ? TerminalType.Pos : TerminalType.His;
      for (let n = 1; n <= 3; n++) {
        const terminalId = `${institution.code}-${String(n).padStart(2, '0')}`;
        // Sample terminals get keys derived from the master key (the CLI and tests act as them);
        // every other terminal a random one. Pharmacy POS terminals use HMAC-SM3.
        const key = seed.role === undefined ? randomBytes(32) : demoTerminalKey(options.masterKey, terminalId);
        const disabled = n === 3;
        const terminal: TerminalRecord = {
          terminalId,
          institutionCode: institution.code,
          type,
          status: disabled ? TerminalStatus.Disabled : TerminalStatus.Active,
          keySealed: sealKey(options.masterKey, key),
          nextKeySealed: new Uint8Array(0),
          macAlgorithm: type === TerminalType.Pos ? MacAlgorithm.HmacSm3 : MacAlgorithm.HmacSha256,
        };
        store.terminals.putSync(terminalId, encodeTerminal(terminal));
        terminalCount++;
        if (seed.role !== undefined && n <= 1) {
          samples.terminals.push({
            role: seed.role,
            terminalId,
            institutionCode: institution.code,
            region: institution.region,
            macAlgorithm: terminal.macAlgorithm,
          });
        }
        if (seed.role === 'ningboHospitalL3' && disabled) {
          samples.terminals.push({
            role: 'disabledTerminal',
            terminalId,
            institutionCode: institution.code,
            region: institution.region,
            macAlgorithm: terminal.macAlgorithm,
          });
        }
      }
    }
  });

  // Persons and cards, in chunks. Keys are generated in ascending order (ID numbers by birthplace,
  // date and sequence; card numbers with random gaps) so LMDB appends instead of rewriting random
  // pages on every commit: random-order inserts fell from 108k to 29k cards/s by 1M cards.
  const plan = new IdPlan(prng, options.cards);
  const cardNumbers = new CardNumberSequence(prng, options.cards);
  const chunkCards = 50_000;
  let written = 0;
  let persons = 0;
  let hotEntries = 0;
  let filings = 0;
  let legacySerial = 0;
  let lastWrite: Promise<boolean> = Promise.resolve(true);

  while (written < options.cards) {
    const end = Math.min(options.cards, written + chunkCards);
    for (let index = written; index < end; index++) {
      const scenario = scenarioFor(prng);
      const idNo = plan.next();
      const male = genderOfIdNumber(idNo) === 1;
      const birthplace = idNo.slice(0, 6);
      const ningboHousehold = birthplace.startsWith('3302');
      const area = ningboHousehold ? areaOfDistrict(birthplace) : pickArea(prng);
      const birthYear = Number(idNo.slice(6, 10));
      const age = new Date(nowMs).getUTCFullYear() - birthYear;
      const retired = age >= (male ? 60 : 55);
      const insuranceType =
        scenario === 'filedHangzhou' || prng.chance(850)
          ? InsuranceType.EmployeeBasic
          : prng.chance(330)
            ? InsuranceType.CivilServant
            : InsuranceType.Resident;
      const person: PersonRecord = {
        idNo,
        name: prng.pick(surnames) + prng.pick(givenChars) + (prng.chance(700) ? prng.pick(givenChars) : ''),
        gender: male ? 1 : 2,
        insuredRegion: options.insuredRegion ?? area.insuredRegion,
        insuranceType,
        insuranceStatus:
          scenario === 'suspended'
            ? InsuranceStatus.Suspended
            : scenario === 'terminated'
              ? InsuranceStatus.Terminated
              : scenario === 'notInsured'
                ? InsuranceStatus.NotInsured
                : InsuranceStatus.Normal,
        insuredFromMs: chinaDateMs(2000 + prng.below(20), 1 + prng.below(12), 1),
        insuredToMs: scenario === 'outsidePeriod' ? nowMs - (1 + prng.below(300)) * dayMs : 0,
        retired,
        duplicateEnrolment: scenario === 'duplicateEnrolment',
        ningboHousehold,
      };
      lastWrite = store.persons.put(idNo, encodePerson(person));
      lastWrite = store.personNumbers.put(personNoOf(idNo), idNo);
      const account: AccountRecord = {
        currentYearFen: prng.below(500_000),
        priorYearsFen: prng.chance(600) ? prng.below(3_000_000) : 0,
      };
      lastWrite = store.accounts.put(idNo, encodeAccount(account));
      persons++;

      const legacy = scenario === 'legacyMagnetic' || scenario === 'legacyCountyIc';
      const cardNo = legacy ? legacyCardNo(++legacySerial) : cardNumbers.next();
      let cardSn = legacy ? '' : prng.hex(32);
      let presentedSn = cardSn;
      const card: CardRecord = {
        cardNo,
        cardSn,
        holderIdNo: idNo,
        kind:
          scenario === 'legacyMagnetic'
            ? CardKind.LegacyMagnetic
            : scenario === 'legacyCountyIc'
              ? CardKind.LegacyCountyIc
              : CardKind.Ssc,
        status: cardStatusFor(scenario),
        statusSinceMs: statusSince(prng, scenario, nowMs),
        bank: legacy ? Bank.None : ((1 + prng.below(3)) as CardRecord['bank']),
        bankActive: !legacy && prng.chance(800),
        changeSeq: 0,
      };
      const hot = (reason: HotEntry['reason'], sn: string, sinceMs: number): void => {
        hotEntries++;
        lastWrite = store.hotList.put(
          hotListKey(cardNo, sn),
          encodeHotEntry({ reason, sinceMs, sequence: hotEntries }),
        );
      };
      if (scenario === 'replaced') {
        // The old card_sn stays on the hot list; the card number now carries a new one.
        const oldSn = cardSn;
        cardSn = prng.hex(32);
        card.cardSn = cardSn;
        hot(HotReason.Replaced, oldSn, card.statusSinceMs);
        presentedSn = oldSn;
      }
      if (scenario === 'tempLost') hot(HotReason.TempLost, cardSn, card.statusSinceMs);
      if (scenario === 'formallyLost') hot(HotReason.FormallyLost, cardSn, card.statusSinceMs);
      if (scenario === 'damaged') hot(HotReason.Damaged, cardSn, card.statusSinceMs);
      if (scenario === 'cancelled') hot(HotReason.Cancelled, cardSn, card.statusSinceMs);
      if (scenario === 'hotFraud') hot(HotReason.Fraud, cardSn, card.statusSinceMs);
      if (scenario === 'hotAdministrative') hot(HotReason.Administrative, cardSn, card.statusSinceMs);
      lastWrite = store.cards.put(cardNo, encodeCard(card));

      const personFilings: Filing[] = [];
      if (scenario === 'filedHangzhou' || prng.chance(5)) {
        const byInstitution = prng.chance(500);
        personFilings.push({
          kind: byInstitution ? FilingKind.Referral : FilingKind.RemoteDesignation,
          targetRegion: byInstitution ? '' : hangzhouNetwork.region,
          targetInstitution: byInstitution ? hangzhouNetwork.code : '',
          validFromMs: nowMs - 30 * dayMs,
          validToMs: scenario === 'filedHangzhou' ? nowMs + 150 * dayMs : nowMs - dayMs,
          diseaseCode: '',
          filingNo: importedFilingNo(filings + personFilings.length + 1),
          institutionCode: '',
        });
      }
      if (scenario === 'chronicFiled') {
        // No PRNG draw: the other cards' data stays as it was without this scenario.
        personFilings.push({
          kind: FilingKind.Chronic,
          targetRegion: '',
          targetInstitution: '',
          validFromMs: nowMs - 200 * dayMs,
          validToMs: 0,
          diseaseCode: demoChronicDiseases[index % demoChronicDiseases.length]!,
          filingNo: importedFilingNo(filings + personFilings.length + 1),
          institutionCode: '',
        });
      }
      if (personFilings.length > 0) {
        lastWrite = store.filings.put(idNo, encodeFilings(personFilings));
        filings += personFilings.length;
      }

      const taken = sampleCounts.get(scenario) ?? 0;
      if (taken < options.samplesPerScenario) {
        sampleCounts.set(scenario, taken + 1);
        samples.cards.push({
          scenario,
          credentialType:
            scenario === 'legacyMagnetic'
              ? CredentialType.LegacyMagnetic
              : scenario === 'legacyCountyIc'
                ? CredentialType.LegacyCountyIc
                : CredentialType.SscCard,
          cardNo,
          cardSn: presentedSn,
          idNo,
          expected: expectedReason[scenario],
        });
        if (scenario === 'replaced') {
          samples.cards.push({
            scenario: 'replacedNewCard',
            credentialType: CredentialType.SscCard,
            cardNo,
            cardSn,
            idNo,
            expected: Reason.Approved,
          });
        }
      }
    }
    // lmdb-js batches these puts into a few transactions on its write thread; wait per chunk to bound memory.
    await lastWrite;
    written = end;
    options.onProgress?.(written, options.cards);
  }

  const summary: DemoSummary = {
    cards: written,
    persons,
    hotListEntries: hotEntries,
    institutions: institutions.length,
    terminals: terminalCount,
    filings,
    elapsedMs: 0,
  };
  await store.meta.put('demo.samples', samples);
  await store.meta.put('dataset', { demo: true, seed: options.seed, generatedMs: nowMs, ...summary });
  await store.env.flushed;
  summary.elapsedMs = Date.now() - started;
  return { summary, samples };
}
