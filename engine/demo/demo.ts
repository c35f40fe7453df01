// The embedded default dataset: a deterministic, realistic demo of Ningbo's card population written
// straight into LMDB. Same seed and clock, same bytes. Every card status, replaced cards (old card_sn
// hot-listed), legacy cards, suspended and terminated insurance, duplicate enrolments, hospitals of
// each level and pharmacies in every region, institutions elsewhere in Zhejiang (some in the
// provincial network) and outside it, terminals with sealed keys, referral and remote filings.
// The samples written to meta are the answer key used by the banner, the swipe CLI and the tests.

import { randomBytes } from 'node:crypto';
import { genderOfIdNumber, idCheckChar } from '../../protocol/id-number.js';
import { demoTerminalKey, MacAlgorithm } from '../../protocol/mac.js';
import { sealKey } from '../auth/seal.js';
import { chinaFields, dayMs } from '../core/china-time.js';
import {
  type AccountRecord,
  Bank,
  CardKind,
  type CardRecord,
  CardStatus,
  CredentialType,
  DesignationStatus,
  type Filing,
  FilingKind,
  type HotEntry,
  HotReason,
  type InstitutionRecord,
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
import { chinaDateMs, ningboInsuredRegions, regionTable } from '../store/regions-table.js';
import { hotListKey, type Store } from '../store/store.js';

const hexByte = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, '0'));

/** sfc32: small, fast, deterministic. */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 16; i++) this.next();
  }

  /** Uniform 32-bit unsigned integer. */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Integer in [0, n). */
  below(n: number): number {
    return Math.floor((this.next() / 4294967296) * n);
  }

  /** True with probability perMille / 1000. */
  chance(perMille: number): boolean {
    return this.below(1000) < perMille;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  /** Uppercase hex, chars a multiple of 8. */
  hex(chars: number): string {
    let out = '';
    for (let i = 0; i < chars; i += 8) {
      const word = this.next();
      out +=
        hexByte[word >>> 24]! + hexByte[(word >>> 16) & 0xff]! + hexByte[(word >>> 8) & 0xff]! + hexByte[word & 0xff]!;
    }
    return out;
  }
}

const surnames = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤应屠竺舒俞',
];
const givenChars = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文斌波宇浩凯鹏飞鑫欣怡佳琳晨曦雪梅海燕晓东亮俊峰婷轩涵瑞博宁甬慈姚象翔昊然思远嘉诚志永',
];

const otherBirthplaces = ['330102', '330302', '330602', '340102', '410102', '510104', '320102'];

export type Scenario =
  | 'issued'
  | 'tempLost'
  | 'tempLostLapsed'
  | 'formallyLost'
  | 'damaged'
  | 'replaced'
  | 'replacedNewCard'
  | 'awaitingPickup'
  | 'inProduction'
  | 'generated'
  | 'returned'
  | 'cancelled'
  | 'hotFraud'
  | 'hotAdministrative'
  | 'suspended'
  | 'terminated'
  | 'notInsured'
  | 'outsidePeriod'
  | 'duplicateEnrolment'
  | 'filedHangzhou'
  | 'legacyMagnetic'
  | 'legacyCountyIc';

/** Card scenarios per 100,000 cards: realistic shares, every status present. */
const scenarioShares: readonly [Scenario, number][] = [
  ['tempLost', 600],
  ['tempLostLapsed', 400],
  ['formallyLost', 900],
  ['damaged', 400],
  ['replaced', 2_000],
  ['awaitingPickup', 1_200],
  ['inProduction', 500],
  ['generated', 300],
  ['returned', 400],
  ['cancelled', 1_500],
  ['hotFraud', 60],
  ['hotAdministrative', 60],
  ['suspended', 2_500],
  ['terminated', 1_500],
  ['notInsured', 500],
  ['outsidePeriod', 300],
  ['duplicateEnrolment', 300],
  ['filedHangzhou', 1_500],
  ['legacyMagnetic', 800],
  ['legacyCountyIc', 400],
];

function scenarioFor(prng: Prng): Scenario {
  let roll = prng.below(100_000);
  for (const [scenario, share] of scenarioShares) {
    if (roll < share) return scenario;
    roll -= share;
  }
  return 'issued';
}

/** The decision each scenario's credential gets at a signed-in Ningbo hospital terminal. */
export const expectedReason: Record<Scenario, ReasonCode> = {
  issued: Reason.Approved,
  tempLost: Reason.CardTempLost,
  tempLostLapsed: Reason.Approved,
  formallyLost: Reason.CardFormallyLost,
  damaged: Reason.CardSuperseded,
  replaced: Reason.CardSuperseded, // presenting the old card_sn
  replacedNewCard: Reason.Approved, // the same card number with its new card_sn
  awaitingPickup: Reason.CardNotIssued,
  inProduction: Reason.CardNotIssued,
  generated: Reason.CardNotIssued,
  returned: Reason.CardNotIssued,
  cancelled: Reason.CardCancelled,
  hotFraud: Reason.CardHotListed,
  hotAdministrative: Reason.CardHotListed,
  suspended: Reason.InsuranceSuspended,
  terminated: Reason.InsuranceTerminated,
  notInsured: Reason.PersonNotInsured,
  outsidePeriod: Reason.InsuranceSuspended,
  duplicateEnrolment: Reason.DuplicateEnrolment,
  filedHangzhou: Reason.Approved,
  legacyMagnetic: Reason.CardLegacyExpired,
  legacyCountyIc: Reason.CardLegacyExpired,
};

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

interface InstitutionSeed {
  record: InstitutionRecord;
  role?: string;
}

function institutionSeeds(nowMs: number): InstitutionSeed[] {
  const seeds: InstitutionSeed[] = [];
  const since = chinaDateMs(2011, 1, 1);
  let serial = 0;
  const add = (
    type: InstitutionRecord['type'],
    level: number,
    region: string,
    name: string,
    extra: Partial<InstitutionRecord> = {},
    role?: string,
  ): void => {
    serial++;
    const prefix = type === InstitutionType.Pharmacy ? 'P' : 'H';
    const code = prefix + region + String(serial).padStart(5, '0');
    const record: InstitutionRecord = {
      code,
      name,
      type,
      level,
      region,
      designation: DesignationStatus.Designated,
      designatedFromMs: since,
      designatedToMs: 0,
      provincialNetwork: false,
      ...extra,
    };
    seeds.push(role === undefined ? { record } : { record, role });
  };
  for (const area of ningboInsuredRegions) {
    for (const district of area.districts) {
      const roleSuffix = district === '330203' ? '' : undefined;
      if (district === '330203' || district === '330282' || district === '330281') {
        add(
          InstitutionType.Hospital,
          3,
          district,
          `${district}三级医院`,
          { provincialNetwork: true },
          roleSuffix === undefined ? undefined : 'ningboHospitalL3',
        );
      }
      add(
        InstitutionType.Hospital,
        2,
        district,
        `${district}二级医院`,
        {},
        district === '330212' ? 'ningboHospitalL2' : undefined,
      );
      add(
        InstitutionType.Clinic,
        1,
        district,
        `${district}社区卫生服务中心`,
        {},
        district === '330203' ? 'ningboClinic' : undefined,
      );
      for (let i = 0; i < 3; i++) {
        add(
          InstitutionType.Pharmacy,
          0,
          district,
          `${district}定点药店${i + 1}`,
          {},
          district === '330204' && i === 0 ? 'ningboPharmacy' : undefined,
        );
      }
    }
  }
  add(
    InstitutionType.Hospital,
    2,
    '330205',
    '暂停定点医院',
    { designation: DesignationStatus.Suspended },
    'suspendedInstitution',
  );
  add(
    InstitutionType.Hospital,
    2,
    '330206',
    '定点到期医院',
    { designatedToMs: nowMs - 30 * dayMs },
    'expiredInstitution',
  );
  add(InstitutionType.Hospital, 3, '330106', '杭州省网医院', { provincialNetwork: true }, 'hangzhouNetwork');
  add(InstitutionType.Hospital, 2, '330102', '杭州非省网医院', { provincialNetwork: false }, 'hangzhouNoNetwork');
  add(InstitutionType.Hospital, 3, '330602', '绍兴省网医院', { provincialNetwork: true });
  add(InstitutionType.Hospital, 2, '330302', '温州医院', { provincialNetwork: false });
  add(InstitutionType.Hospital, 3, '310101', '上海医院', { provincialNetwork: false }, 'shanghai');
  return seeds;
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
        insuredRegion: area.insuredRegion,
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

      if (scenario === 'filedHangzhou' || prng.chance(5)) {
        const byInstitution = prng.chance(500);
        const filing: Filing = {
          kind: byInstitution ? FilingKind.Referral : FilingKind.RemoteDesignation,
          targetRegion: byInstitution ? '' : hangzhouNetwork.region,
          targetInstitution: byInstitution ? hangzhouNetwork.code : '',
          validFromMs: nowMs - 30 * dayMs,
          validToMs: scenario === 'filedHangzhou' ? nowMs + 150 * dayMs : nowMs - dayMs,
        };
        lastWrite = store.filings.put(idNo, encodeFilings([filing]));
        filings++;
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

function pickArea(prng: Prng): (typeof ningboInsuredRegions)[number] {
  let roll = prng.below(1000);
  for (const area of ningboInsuredRegions) {
    if (roll < area.weight) return area;
    roll -= area.weight;
  }
  return ningboInsuredRegions[0]!;
}

/** Legacy cards: 12 digits, ascending. */
function legacyCardNo(serial: number): string {
  return '9' + String(serial).padStart(11, '0');
}

function areaOfDistrict(district: string): (typeof ningboInsuredRegions)[number] {
  for (const area of ningboInsuredRegions) if (area.districts.includes(district)) return area;
  return ningboInsuredRegions[0]!;
}

const birthStartMs = chinaDateMs(1935, 1, 1);
const birthDays = Math.floor((chinaDateMs(2020, 12, 31) - birthStartMs) / dayMs);
const birthDates = Array.from({ length: birthDays }, (_, day) => {
  const birth = chinaFields(birthStartMs + day * dayMs);
  return (
    String(birth.getUTCFullYear()) +
    String(birth.getUTCMonth() + 1).padStart(2, '0') +
    String(birth.getUTCDate()).padStart(2, '0')
  );
});
const birthplaces = [...new Set([...ningboInsuredRegions.flatMap((a) => a.districts), ...otherBirthplaces])].sort();

/**
 * Unique citizen ID numbers handed out in ascending order. A first pass draws each person's
 * birthplace (95% a Ningbo district, by population weight), birth date and gender into counts;
 * next() then walks birthplace, date and sequence in order (sequence parity is the gender).
 */
class IdPlan {
  private readonly counts: Uint16Array;
  private place = 0;
  private day = 0;
  private seq = 0;
  private handed = 0;

  constructor(
    prng: Prng,
    private readonly total: number,
  ) {
    this.counts = new Uint16Array(birthplaces.length * birthDays * 2);
    for (let i = 0; i < total; i++) {
      for (;;) {
        const birthplace = prng.chance(50) ? prng.pick(otherBirthplaces) : prng.pick(pickArea(prng).districts);
        const slot =
          (birthplaces.indexOf(birthplace) * birthDays + prng.below(birthDays)) * 2 + (prng.chance(510) ? 1 : 0);
        if (this.counts[slot]! >= 500) continue; // three sequence digits, one parity per gender
        this.counts[slot]!++;
        break;
      }
    }
  }

  next(): string {
    if (this.handed >= this.total) throw new Error('assertion: IdPlan exhausted');
    for (;;) {
      if (this.seq >= 1000) {
        this.seq = 0;
        this.day++;
        if (this.day >= birthDays) {
          this.day = 0;
          this.place++;
        }
      }
      const seq = this.seq++;
      const slot = (this.place * birthDays + this.day) * 2 + (seq & 1);
      if (seq >> 1 >= this.counts[slot]!) {
        if ((seq & 1) === 1 && seq >> 1 >= this.counts[slot - 1]! && seq >> 1 >= this.counts[slot]!) this.seq = 1000;
        continue;
      }
      this.handed++;
      const first17 = birthplaces[this.place]! + birthDates[this.day]! + String(seq).padStart(3, '0');
      return first17 + idCheckChar(first17);
    }
  }
}

/** Random-looking SSC card numbers (a letter and 8 digits) in ascending order, with random gaps. */
class CardNumberSequence {
  private value = 0;
  private readonly gapMax: number;

  constructor(
    private readonly prng: Prng,
    total: number,
  ) {
    this.gapMax = Math.max(2, Math.floor((1.9 * 26e8) / (total + 1)));
  }

  next(): string {
    this.value += 1 + this.prng.below(this.gapMax);
    if (this.value >= 26e8) throw new Error('assertion: card number space exhausted');
    return String.fromCharCode(65 + Math.floor(this.value / 1e8)) + String(this.value % 1e8).padStart(8, '0');
  }
}

function cardStatusFor(scenario: Scenario): CardRecord['status'] {
  switch (scenario) {
    case 'tempLost':
    case 'tempLostLapsed':
      return CardStatus.TempLost;
    case 'formallyLost':
      return CardStatus.FormallyLost;
    case 'damaged':
      return CardStatus.Damaged;
    case 'awaitingPickup':
      return CardStatus.AwaitingPickup;
    case 'inProduction':
      return CardStatus.InProduction;
    case 'generated':
      return CardStatus.Generated;
    case 'returned':
      return CardStatus.Returned;
    case 'cancelled':
      return CardStatus.Cancelled;
    default:
      return CardStatus.Issued;
  }
}

function statusSince(prng: Prng, scenario: Scenario, nowMs: number): number {
  if (scenario === 'tempLost') return nowMs - prng.below(9 * dayMs);
  if (scenario === 'tempLostLapsed') return nowMs - 11 * dayMs - prng.below(60 * dayMs);
  return nowMs - prng.below(3_000) * dayMs;
}

/**
 * The demo drug and service catalogue: 1,200 drugs (D...) and 300 services (S...). About half
 * Class A, a third Class B with a first self-pay share of 5-20%, the rest self-pay; 40% of the
 * covered items have a unit price cap.
 */
function demoCatalogue(
  prng: Prng,
): { code: string; name: string; class: number; priceCapFen: number; classBShareBp: number }[] {
  const items: { code: string; name: string; class: number; priceCapFen: number; classBShareBp: number }[] = [];
  for (let i = 0; i < 1_500; i++) {
    const drug = i < 1_200;
    const roll = prng.below(100);
    const itemClass = roll < 50 ? 1 : roll < 85 ? 2 : 3;
    const capped = itemClass !== 3 && prng.chance(400);
    items.push({
      code: (drug ? 'D' : 'S') + String(i + 1).padStart(6, '0'),
      name: (drug ? '药品' : '诊疗项目') + String(i + 1).padStart(4, '0'),
      class: itemClass,
      priceCapFen: capped ? 500 + prng.below(50_000) : 0,
      classBShareBp: itemClass === 2 ? 500 + 100 * prng.below(16) : 0,
    });
  }
  return items;
}
