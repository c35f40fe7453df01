// The LMDB environment and its named databases. One environment per data folder; the main thread
// opens it read-write (the single writer), each worker thread opens it read-only and shares the
// process's one memory mapping. Every lmdb-js option that matters is set explicitly.

import { chmodSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { type Database, type Key, open, type RootDatabase } from 'lmdb';
import { limits } from '../core/limits.js';
import { clearUnsynced, currentBootId, markUnsynced, unsyncedBoot } from './unsynced.js';

/** Store.space(): the data file's pages, in use or free. */
export interface StoreSpace {
  /** Pages up to the last one ever written (the file may be larger: lmdb-js grows it ahead). */
  fileBytes: number;
  usedBytes: number;
  /** On LMDB's free list: reused by later commits, returned to the disk only by a compacting copy. */
  freeBytes: number;
  /** At least a fifth of the pages and 64 MB free: a compaction in a maintenance window pays. */
  compactionAdvised: boolean;
}

/** Below this much free space a compaction is not worth a stop (store.space()). */
const compactionAdvisedFreeBytes = 64 * 1024 * 1024;

/** Bump when any record layout or key scheme changes; a store of another version refuses to open. */
export const schemaVersion = 9;
const schemaTag = 'ssc-settlement-engine';

export interface StoreOptions {
  path: string;
  readOnly: boolean;
  /** Virtual address space reserved for the map; the file grows as needed (sparse). */
  mapSizeBytes: number;
  /**
   * false: commits are not fsynced (a replica of a pool, whose stream keeps every record durable:
   * docs/REPLICATION.md), guarded by a marker of the boot it is open under (store/unsynced.ts).
   * Default true: every commit is synced (money waits for `flushed`). Ignored by a read-only open,
   * and where the system names no boot.
   */
  syncCommits?: boolean;
}

export const defaultMapSizeBytes = 64 * 1024 ** 3;

export class StoreError extends Error {
  constructor(
    readonly code:
      | 'SSC_STORE_VERSION'
      | 'SSC_STORE_MISSING'
      | 'SSC_STORE_CORRUPT'
      | 'SSC_STORE_UNSYNCED'
      | 'SSC_CLUSTER_SNAPSHOT',
    message: string,
  ) {
    super(message);
  }
}

type BinaryDb = Database<Buffer, string>;

export interface SchemaInfo {
  tag: string;
  version: number;
  createdMs: number;
}

export class Store {
  readonly env: RootDatabase;
  /** card number -> card record */
  readonly cards: BinaryDb;
  /** citizen ID number -> person record */
  readonly persons: BinaryDb;
  /**
   * citizen ID number -> personal account, and citizen ID number + ':' + medical year -> that
   * year's accumulators: a settlement's two random-key updates land on the same B-tree page.
   */
  readonly accounts: BinaryDb;
  /** card number + ':' + card_sn -> hot list entry */
  readonly hotList: BinaryDb;
  /** institution code -> institution record */
  readonly institutions: BinaryDb;
  /** terminal id -> terminal record */
  readonly terminals: BinaryDb;
  /** terminal id -> current sign-in */
  readonly signIns: BinaryDb;
  /** citizen ID number -> filings (referral, remote designation, chronic: core/filings.ts) */
  readonly filings: BinaryDb;
  /** catalogue code -> drug / service item (class, price cap, Class B share) */
  readonly catalogue: BinaryDb;
  /** The ledger's change log: sequence number -> settlement, cancellation or reversal (append-only). */
  readonly journal: Database<Buffer, number>;
  /** settlement sequence number -> sequence number of the entry that undid it (cancel or reversal) */
  readonly undone: Database<Buffer, number>;
  /** Idempotency records: time-first message key (see messageKey) -> what that message did. */
  readonly messages: BinaryDb;
  /** Visits (core/visits.ts): the opening's sequence number -> the visit with its fee lines (msgpack). */
  readonly visits: Database<unknown, number>;
  /** citizen ID number + ':' + visit id -> 1, while the visit is open (the open-visits bound). */
  readonly openVisits: Database<unknown, string>;
  /** e-voucher token -> its record (core/model.ts EVoucherRecord, msgpack); pruned once expired. */
  readonly evouchers: Database<unknown, string>;
  /** beneficiary's citizen ID number -> the family binding (core/model.ts FamilyBinding, msgpack). */
  readonly families: Database<unknown, string>;
  /** China-time day + institution + insurance type + clearing type -> net counts and sums. */
  readonly totals: BinaryDb;
  /** division code -> its rows (pool membership over time) */
  readonly regions: BinaryDb;
  /** schema, dataset description, demo samples, counters (msgpack values) */
  readonly meta: Database<unknown, string>;
  /** Card centre (msgpack records, engine/cards/records.ts): citizen ID number -> issuance application */
  readonly members: Database<unknown, string>;
  /** employer code -> employer and its current agent authorization */
  readonly employers: Database<unknown, string>;
  /** employer code + ':' + citizen ID number -> 1 (the employer's roster, in key order) */
  readonly employerMembers: Database<unknown, string>;
  /** card number -> the returned-cards register entry (社保卡退回登记表) */
  readonly returns: Database<unknown, string>;
  /** staff id -> staff account (role, scope, hashed secret) */
  readonly staff: Database<unknown, string>;
  /** SHA-256 of a staff token (hex) -> token record; the token itself is never stored */
  readonly staffTokens: Database<unknown, string>;
  /** production batch id -> its cards and dates */
  readonly batches: Database<unknown, string>;
  /** review id -> a change awaiting a second staff member (maker-checker) */
  readonly reviews: Database<unknown, string>;
  /** The card centre's change log: sequence -> change (no personal data in clear; append-only). */
  readonly changes: Database<unknown, number>;
  /** family-binding import id -> the rows awaiting their checker (家庭共济, maker-checker) */
  readonly familyImports: Database<unknown, string>;
  /** audit sequence -> a refused admin or terminal access (401/403) */
  readonly audit: Database<unknown, number>;
  /**
   * person number (psn_no, wire/person-no.ts) -> citizen ID number: the number is one-way, so the
   * national requests that carry only psn_no (filings 2501-2506, 5301 / 5302) are resolved here.
   * Written wherever a person is created (the import, the demo data).
   */
  readonly personNumbers: Database<unknown, string>;
  private open = true;
  /**
   * When the pool is replicated (engine/replication): every writer's transaction goes through it —
   * decided, appended to the replicated log, then applied here — instead of committing directly.
   * Undefined: the embedded single box.
   */
  replicator: Replicator | undefined = undefined;

  private constructor(
    env: RootDatabase,
    readonly options: StoreOptions,
  ) {
    this.env = env;
    const binary = (name: string): BinaryDb =>
      env.openDB<Buffer, string>({ name, encoding: 'binary', keyEncoding: 'ordered-binary', cache: false });
    this.cards = binary('cards');
    this.persons = binary('persons');
    this.accounts = binary('accounts');
    this.hotList = binary('hot-list');
    this.institutions = binary('institutions');
    this.terminals = binary('terminals');
    this.signIns = binary('sign-ins');
    this.filings = binary('filings');
    this.catalogue = binary('catalogue');
    this.journal = env.openDB<Buffer, number>({
      name: 'journal',
      encoding: 'binary',
      keyEncoding: 'ordered-binary',
      cache: false,
    });
    this.undone = env.openDB<Buffer, number>({
      name: 'undone',
      encoding: 'binary',
      keyEncoding: 'ordered-binary',
      cache: false,
    });
    this.messages = binary('messages');
    this.totals = binary('totals');
    this.regions = binary('regions');
    // Card-centre records: msgpack with shared structures (field names stored once per database, not
    // per record): a member record is ~80 B instead of ~280 B, so a 100k-row import dirties a third
    // of the pages (bench/load/card-import.ts).
    const msgpack = <K extends string | number>(name: string): Database<unknown, K> =>
      env.openDB<unknown, K>({
        name,
        encoding: 'msgpack',
        keyEncoding: 'ordered-binary',
        cache: false,
        sharedStructuresKey: Symbol.for('structures'),
      });
    this.meta = env.openDB<unknown, string>({
      name: 'meta',
      encoding: 'msgpack',
      keyEncoding: 'ordered-binary',
      cache: false,
    });
    this.members = msgpack<string>('members');
    this.employers = msgpack<string>('employers');
    this.employerMembers = msgpack<string>('employer-members');
    this.returns = msgpack<string>('returns');
    this.staff = msgpack<string>('staff');
    this.staffTokens = msgpack<string>('staff-tokens');
    this.batches = msgpack<string>('batches');
    this.reviews = msgpack<string>('reviews');
    this.changes = msgpack<number>('changes');
    this.familyImports = msgpack<string>('family-imports');
    // Plain msgpack (no shared structures): worker threads read visits from their read-only
    // snapshot; a visit's lines are tuples, so field names are not repeated per line anyway.
    const plain = <K extends string | number>(name: string): Database<unknown, K> =>
      env.openDB<unknown, K>({ name, encoding: 'msgpack', keyEncoding: 'ordered-binary', cache: false });
    this.visits = plain<number>('visits');
    this.openVisits = plain<string>('open-visits');
    this.evouchers = plain<string>('evouchers');
    this.families = plain<string>('families');
    this.personNumbers = plain<string>('person-numbers');
    this.audit = msgpack<number>('audit');
  }

  /**
   * Opens (creating when writable) the store at options.path and checks its schema version.
   * A read-only open of a folder without a store fails with SSC_STORE_MISSING.
   */
  static open(options: StoreOptions): Store {
    const fresh = !existsSync(join(options.path, 'data.mdb'));
    if (!fresh) checkMetaPages(join(options.path, 'data.mdb'));
    if (fresh && options.readOnly) {
      throw new StoreError('SSC_STORE_MISSING', `no store in ${options.path} (start the engine once to create it)`);
    }
    const boot = currentBootId();
    // A marker beside no data file guards nothing (the file was taken away, a backup to come).
    if (fresh && !options.readOnly && unsyncedBoot(options.path) !== undefined) clearUnsynced(options.path);
    const lastUnsynced = fresh ? undefined : unsyncedBoot(options.path);
    if (lastUnsynced !== undefined && lastUnsynced !== boot) {
      throw new StoreError(
        'SSC_STORE_UNSYNCED',
        `the machine stopped while the store in ${options.path} held commits not yet on disk (a replica commits without fsync; the pool's stream keeps its records): it may be torn. Start this replica from a backup of another one or a fresh snapshot (docs/REPLICATION.md, "A new replica")`,
      );
    }
    const unsynced = options.syncCommits === false && !options.readOnly && boot !== '';
    if (!options.readOnly) {
      mkdirSync(options.path, { recursive: true, mode: 0o700 });
      chmodSync(options.path, 0o700);
      if (unsynced) markUnsynced(options.path, boot);
    }
    const env = openEnvironment(options, {
      path: options.path,
      // The path is always a folder: lmdb-js otherwise guesses from a dot in the name (a data folder
      // named like /var/lib/ssc.engine or mktemp's /tmp/tmp.XXXX was opened as a file: EISDIR).
      noSubdir: false,
      readOnly: options.readOnly,
      mapSize: options.mapSizeBytes,
      maxDbs: 32,
      maxReaders: 126,
      pageSize: 4096,
      // Commits become visible first and durable a moment later; money waits for `flushed`. A
      // replica's commits are never synced (syncCommits false); a read-only open takes the
      // process's environment as the writer opened it (lmdb-js refuses another sync mode).
      ...(options.readOnly
        ? {}
        : unsynced
          ? { overlappingSync: false, noSync: true }
          : { overlappingSync: true, noSync: false }),
      noMetaSync: false,
      useWritemap: false,
      remapChunks: false,
      eventTurnBatching: true,
      commitDelay: 0,
      cache: false,
    });
    const store = new Store(env, options);
    if (!options.readOnly) {
      for (const file of readdirSync(options.path, { withFileTypes: true }))
        if (file.isFile()) chmodSync(join(options.path, file.name), 0o600);
    }
    store.checkSchema(fresh);
    return store;
  }

  private checkSchema(fresh: boolean): void {
    const found = this.meta.get('schema') as SchemaInfo | undefined;
    if (found === undefined) {
      if (this.options.readOnly)
        throw new StoreError('SSC_STORE_MISSING', `store in ${this.options.path} has no schema record`);
      if (!fresh && this.cards.getKeysCount() > 0) {
        throw new StoreError('SSC_STORE_VERSION', `store in ${this.options.path} has data but no schema record`);
      }
      const info: SchemaInfo = { tag: schemaTag, version: schemaVersion, createdMs: Date.now() };
      this.meta.putSync('schema', info);
      return;
    }
    if (found.tag !== schemaTag || found.version !== schemaVersion) {
      throw new StoreError(
        'SSC_STORE_VERSION',
        `store in ${this.options.path} is ${String(found.tag)} v${String(found.version)}; this engine reads ${schemaTag} v${schemaVersion}`,
      );
    }
  }

  /**
   * Every named database by its LMDB name: what the replication log's records name, and what the
   * store digest covers.
   */
  namedDatabases(): Map<string, Database<unknown, Key>> {
    const out = new Map<string, Database<unknown, Key>>();
    for (const value of Object.values(this)) {
      const db = value as Database<unknown, Key> & { name?: unknown };
      if (
        value !== this.env &&
        db !== null &&
        typeof db === 'object' &&
        typeof db.name === 'string' &&
        // A read-only store's databases have no put: getRange is every database's.
        typeof db.getRange === 'function'
      )
        out.set(db.name, db);
    }
    return out;
  }

  /**
   * Where the data file's pages are: in some database's tree, or on LMDB's free list. Pages freed by
   * deletes and by copy-on-write are reused by later commits, but the file never shrinks, and a
   * long free list makes every commit slower (a bulk-loaded 1M-card store held 119 of its 407 MB
   * free, and its settlements' commits took four times as long: docs/BENCHMARKS.md). A compacting
   * copy (`npm run backup`, engine/store/compact.ts) leaves none. Cheap: one stat per database.
   */
  space(): StoreSpace {
    type TreeStats = { treeBranchPageCount: number; treeLeafPageCount: number; overflowPages: number };
    const pages = (t: TreeStats | undefined): number =>
      t === undefined ? 0 : t.treeBranchPageCount + t.treeLeafPageCount + t.overflowPages;
    const env = this.env.getStats() as {
      pageSize: number;
      lastPageNumber: number;
      root?: TreeStats;
      free?: TreeStats;
    };
    // Two meta pages, the main database (the names of the others) and the free list's own tree.
    let used = 2 + pages(env.root) + pages(env.free);
    for (const db of this.namedDatabases().values()) used += pages(db.getStats() as TreeStats);
    const filePages = env.lastPageNumber + 1;
    const freePages = Math.max(0, filePages - used);
    return {
      fileBytes: filePages * env.pageSize,
      usedBytes: (filePages - freePages) * env.pageSize,
      freeBytes: freePages * env.pageSize,
      compactionAdvised: freePages * env.pageSize >= compactionAdvisedFreeBytes && freePages >= filePages / 5,
    };
  }

  /**
   * A writer's transaction (sessions, terminal keys): through the replicator when replicated, else
   * this store's own asynchronous transaction. Resolves once committed.
   */
  transact<T>(fn: () => T): Promise<T> {
    return this.replicator === undefined ? this.env.transaction(fn) : this.replicator.commit(fn);
  }

  get isOpen(): boolean {
    return this.open;
  }

  async close(): Promise<void> {
    this.open = false;
    await this.env.close();
    // Whatever this process wrote to the file, synced: nothing unsynced remains (store/unsynced.ts).
    if (!this.options.readOnly && unsyncedBoot(this.options.path) !== undefined) {
      const fd = openSync(join(this.options.path, 'data.mdb'), 'r+');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      clearUnsynced(this.options.path);
    }
  }
}

/**
 * A replicated store's commit path (engine/replication/node.ts): runs `decide` inside a write
 * transaction whose writes are recorded and appended to the log before they are applied; resolves
 * with decide's result once the writes are durable, rejects (nothing written) when this node may
 * not write or the log refused.
 */
export interface Replicator {
  /**
   * Decides (writes recorded), appends, applies; resolves with decide's result once applied.
   * onDecided is called when the decision is made or refused, before the next one starts.
   */
  commit<T>(decide: () => T, onDecided?: (refused?: unknown) => void): Promise<T>;
  /** fn over the store as the next decision will see it (appended, not yet applied writes included). */
  readAhead<T>(fn: () => T): T;
  /** True while this replica may not answer reads (a follower past its lag bound, or out of touch). */
  readsRefused(): boolean;
  /** The pool stream's last sequence applied to this store. */
  readonly appliedSeq: number;
  /** This replica writes (leads the pool) now. */
  readonly leading: boolean;
}

/** Accumulators live next to the account they belong to (same database, adjacent key). */
export function accumulatorKey(idNo: string, medicalYear: number, diseaseCode = ''): string {
  const year = idNo + ':' + String(medicalYear);
  return diseaseCode === '' ? year : year + ':' + diseaseCode;
}

/**
 * A msg_id (institution 12 + yyyyMMddHHmmss + sequence 4) rearranged time first, so the idempotency
 * records written by one group commit share pages (they are all "now") and pruning by age is a
 * range delete from the start.
 */
export function messageKey(msgId: string): string {
  return msgId.slice(12, 26) + msgId.slice(0, 12) + msgId.slice(26);
}

const metaMagic = 0xbeefc0de;
/** Where LMDB's meta record sits in each of the two meta pages (after the page header). */
const metaMagicOffset = 24;

/**
 * LMDB does not check a data file before mapping it: a file with a garbage header crashed the
 * process (SIGSEGV) instead of failing. Both meta pages are checked for LMDB's magic number first.
 */
function checkMetaPages(file: string): void {
  const head = Buffer.alloc(4096 + metaMagicOffset + 8);
  const fd = openSync(file, 'r');
  let bytes = 0;
  try {
    bytes = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  const magicAt = (offset: number): boolean => bytes >= offset + 4 && head.readUInt32LE(offset) === metaMagic;
  if (bytes === 0) return; // an empty file: LMDB initialises it
  if (!magicAt(metaMagicOffset) && !magicAt(4096 + metaMagicOffset)) {
    throw new StoreError(
      'SSC_STORE_CORRUPT',
      `${file} is not an LMDB data file (no valid meta page); restore it from a backup`,
    );
  }
}

/**
 * A failed commit (disk full, read-only or failing file system) rejects every write of its batch
 * with an Error whose `commitError` is a second, internal promise holding LMDB's own error; nobody
 * awaits that one, and an unhandled rejection would end the process. Whoever catches a write
 * failure passes it here.
 */
export function absorbCommitError(error: unknown): void {
  const inner = (error as { commitError?: Promise<unknown> } | undefined)?.commitError;
  if (inner !== undefined && typeof inner.catch === 'function') inner.catch(() => undefined);
}

/** A write asked of a store opened read-only (a read-only data folder): answered 503 S01. */
export class StoreReadOnly extends Error {
  readonly code = 'SSC_STORE_READ_ONLY';
  constructor() {
    super('the store is read-only');
  }
}

/** True for an error raised by LMDB's writer (an errno-coded failure from lmdb-js), not by our code. */
export function isStorageError(error: unknown): boolean {
  const e = error as { code?: unknown; stack?: string; commitError?: unknown } | undefined;
  if (e === undefined || e === null) return false;
  if (e.commitError !== undefined) return true;
  if (e.code === 'SSC_STORE_READ_ONLY' || e.code === 'SSC_STORE_UNAVAILABLE') return true;
  // A replicated store that may not write now (engine/replication): the same 503 S01, retry later.
  if (e.code === 'SSC_NOT_LEADER' || e.code === 'SSC_REPLICATION_FENCED' || e.code === 'SSC_REPLICATION_UNAVAILABLE')
    return true;
  return typeof e.code === 'number' && typeof e.stack === 'string' && e.stack.includes('/lmdb/');
}

/** lmdb-js's open, with an unreadable data file turned into a coded start-up error. */
function openEnvironment(options: StoreOptions, settings: Parameters<typeof open>[0]): RootDatabase {
  try {
    return open(settings as Parameters<typeof open>[0] & { path: string });
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    if (/MDB_INVALID|MDB_CORRUPTED|MDB_VERSION_MISMATCH|MDB_PAGE_NOTFOUND|not an LMDB/i.test(message)) {
      throw new StoreError(
        'SSC_STORE_CORRUPT',
        `${options.path}/data.mdb is not a readable LMDB file (${message.split('\n')[0]})`,
      );
    }
    throw error;
  }
}

export function hotListKey(cardNo: string, cardSn: string): string {
  return cardNo + ':' + cardSn;
}

/** Entries one scan reads per event-loop turn (a city's 8M cards would otherwise hold the loop for seconds). */
const scanEntriesPerTurn = limits.scanEntriesPerTurn;

/**
 * Visits every entry of db in key order, scanEntriesPerTurn per event-loop turn; visit returns
 * false to stop. Each turn reads a fresh snapshot: callers re-check what they found inside the
 * write transaction that acts on it.
 */
export async function scanInTurns(
  db: Database<unknown, string> | Database<Buffer, string>,
  visit: (key: string, value: unknown) => unknown,
): Promise<void> {
  let after: string | undefined;
  for (;;) {
    let read = 0;
    for (const { key, value } of db.getRange(
      after === undefined ? { limit: scanEntriesPerTurn } : { start: after, limit: scanEntriesPerTurn + 1 },
    )) {
      if (key === after) continue;
      read++;
      after = key as string;
      if (visit(key as string, value) === false) return;
    }
    if (read < scanEntriesPerTurn) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
