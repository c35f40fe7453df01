// Shard = insured pool. One deployment may serve several pools (a province: one stream per pool, its
// own engines), and a terminal may reach any engine: a request goes to the pool its insured person
// belongs to. The routing table lives in a KV bucket (ssc_routes: division code -> pool), written by
// each pool's leader when it starts to lead (every division its regions table puts in its pool now)
// and watched by every engine. A request names its person's insured region in the header
// (`insured_region`; the national envelope's `insuplc_admdvs`): a region routed to another pool is
// sent to that pool's leader (WriteForwarding.toPool); an unnamed or unrouted region, or this
// engine's own pool, is decided here as before.
//
// A request that names no region but carries a card (Inquire, PreSettle, Settle, OpenVisit) whose
// card this engine's store does not hold is offered to the other pools' leaders in turn, each told
// to decide it only if it holds the card (forward.ts, a card probe): the first that does decides
// it, and the card is remembered as that pool's; when none does, it is decided here (an unknown
// card) and not asked about again for a minute. Both memories are bounded.

import { OpId } from '../../protocol/operations.js';
import { withinPeriod } from '../core/model.js';
import { decodeRegionRows } from '../store/records.js';
import type { Store } from '../store/store.js';
import { Format } from '../wire/replies.js';
import type { StreamLog } from './stream-log.js';

/** The operations whose request carries the person's Credential as field 2 (its card_no: field 2). */
const credentialOps = new Set<number>([OpId.Inquire, OpId.PreSettle, OpId.Settle, OpId.OpenVisit]);

/** Cards remembered as another pool's, and cards no pool held, at most (each map cleared when full). */
const cardMemoryMax = 100_000;
/** How long a card no pool held is decided here without asking the other pools again. */
const unknownCardMs = 60_000;

/** A request's credential card number, read from its bytes without decoding the rest ('' if none). */
export function peekCardNo(op: number, format: number, body: Uint8Array): string {
  if (!credentialOps.has(op)) return '';
  // The Credential is field 2 of the four requests; card_no is its field 2.
  return peekString(format, body, { message: 'credential', names: ['cardNo', 'card_no'] }, [2, 2], 32);
}

/** Every division code the store's regions table puts in `pool` now (a leader publishes them). */
export function divisionsServedBy(store: Store, pool: string, nowMs: number): string[] {
  const divisions: string[] = [];
  for (const { key, value } of store.regions.getRange({})) {
    const row = decodeRegionRows(key, value).find((r) => withinPeriod(nowMs, r.validFromMs, r.validToMs));
    if (row?.poolCode === pool) divisions.push(key);
  }
  return divisions;
}

/** A request's header.insured_region, read from its bytes without decoding the rest ('' if none). */
export function peekInsuredRegion(format: number, body: Uint8Array): string {
  // Every request message has its RequestHeader as field 1; insured_region is the header's field 9.
  return peekString(format, body, { message: 'header', names: ['insuredRegion', 'insured_region'] }, [1, 9], 12);
}

/**
 * A string field of a sub-message, read from a request's bytes without decoding the rest: in JSON
 * `message.<one of names>`, in protobuf field `fields[1]` of the message at field `fields[0]` (''
 * when absent, malformed or longer than bytesMax).
 */
function peekString(
  format: number,
  body: Uint8Array,
  json: { message: string; names: readonly string[] },
  fields: readonly [number, number],
  bytesMax: number,
): string {
  if (format === Format.Json) {
    try {
      const message = (JSON.parse(Buffer.from(body).toString('utf8')) as Record<string, Record<string, unknown>>)?.[
        json.message
      ];
      const value = json.names.map((name) => message?.[name]).find((v) => v !== undefined);
      return typeof value === 'string' && value.length <= bytesMax ? value : '';
    } catch {
      return '';
    }
  }
  const outer = lastField(body, 0, body.length, fields[0]);
  if (outer === undefined) return '';
  const inner = lastField(body, outer[0], outer[1], fields[1]);
  return inner === undefined || inner[1] - inner[0] > bytesMax
    ? ''
    : Buffer.from(body.buffer, body.byteOffset + inner[0], inner[1] - inner[0]).toString('latin1');
}

/** The bounds of the last length-delimited `field` in body[start, end) (undefined when absent or malformed). */
function lastField(body: Uint8Array, start: number, end: number, field: number): [number, number] | undefined {
  let pos = start;
  let found: [number, number] | undefined;
  const varint = (): number => {
    let value = 0;
    // Up to ten bytes (an int64 such as request_time_ms takes six); beyond 2^53 only skipped, never used.
    for (let shift = 0; shift < 70; shift += 7) {
      if (pos >= end) return -1;
      const byte = body[pos++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    return -1;
  };
  while (pos < end) {
    const tag = varint();
    if (tag < 0) return undefined;
    const wireType = tag & 7;
    if (wireType === 0) {
      if (varint() < 0) return undefined;
    } else if (wireType === 1) pos += 8;
    else if (wireType === 5) pos += 4;
    else if (wireType === 2) {
      const length = varint();
      if (length < 0 || pos + length > end) return undefined;
      if (tag >>> 3 === field) found = [pos, pos + length];
      pos += length;
    } else return undefined;
  }
  return pos === end ? found : undefined;
}

/** Where to ask for a card this store does not hold. */
export interface CardQuestion {
  cardNo: string;
  /** The pools to ask, in turn (the one that held it last time alone, when known). */
  pools: string[];
}

export class PoolRoutes {
  /** division code -> the pool serving it, as the bucket holds it now. */
  private readonly routes = new Map<string, string>();
  private stopWatching: (() => void) | undefined;
  /** Cards another pool decided (card number -> pool). Kept in memory only, never logged. */
  private readonly cardPools = new Map<string, string>();
  /** Cards no pool held -> until when they are decided here without asking. */
  private readonly unknownCards = new Map<string, number>();
  private readonly cardCounts = { asked: 0, found: 0, unknown: 0 };
  /** Every pool the routing table names but this one (kept as the table changes). */
  private others: string[] = [];

  constructor(
    private readonly log: StreamLog,
    readonly ownPool: string,
    /** This engine's store holds the card. */
    private readonly holdsCard: (cardNo: string) => boolean = () => true,
  ) {}

  /**
   * A request with a card this store does not hold, and other pools to ask: the card and the pools,
   * in the order to ask them. Undefined: decided here (no card, a card held here, no other pool, or
   * a card no pool held a moment ago).
   */
  cardQuestion(op: number, format: number, body: Uint8Array, nowMs = Date.now()): CardQuestion | undefined {
    // A pool alone in the table (the usual deployment) pays nothing here.
    if (this.others.length === 0) return undefined;
    const cardNo = peekCardNo(op, format, body);
    if (cardNo === '' || this.holdsCard(cardNo)) return undefined;
    const known = this.cardPools.get(cardNo);
    if (known !== undefined) return { cardNo, pools: [known, ...this.others.filter((p) => p !== known)] };
    const until = this.unknownCards.get(cardNo);
    if (until !== undefined && until > nowMs) return undefined;
    return { cardNo, pools: this.others };
  }

  /** What the pools answered: the pool that decided the card, or '' when none held it. */
  noteCard(cardNo: string, pool: string, nowMs = Date.now()): void {
    this.cardCounts.asked++;
    if (pool === '') {
      this.cardCounts.unknown++;
      this.cardPools.delete(cardNo);
      if (this.unknownCards.size >= cardMemoryMax) this.unknownCards.clear();
      this.unknownCards.set(cardNo, nowMs + unknownCardMs);
      return;
    }
    this.cardCounts.found++;
    this.unknownCards.delete(cardNo);
    if (this.cardPools.size >= cardMemoryMax) this.cardPools.clear();
    this.cardPools.set(cardNo, pool);
  }

  /** Follows the routing table from now on (its current entries first). */
  start(): void {
    this.stopWatching = this.log.watchRoutes((division, pool) => {
      if (pool === '') this.routes.delete(division);
      else this.routes.set(division, pool);
      this.others = [...new Set(this.routes.values())].filter((p) => p !== this.ownPool).sort();
    });
  }

  /** This pool serves these divisions (its leader, on leading). */
  async publish(divisions: readonly string[]): Promise<void> {
    for (const division of divisions) await this.log.putRoute(division, this.ownPool);
  }

  /** The pool a division is routed to ('' when the table does not name it). */
  poolOf(division: string): string {
    return this.routes.get(division) ?? '';
  }

  /** Another pool this request's person belongs to, or '' (decided here). */
  foreignPool(format: number, body: Uint8Array): string {
    if (this.routes.size === 0) return '';
    const region = peekInsuredRegion(format, body);
    if (region === '') return '';
    const pool = this.poolOf(region);
    return pool === this.ownPool ? '' : pool;
  }

  /** Divisions routed to each pool (for /stats). */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const pool of this.routes.values()) counts[pool] = (counts[pool] ?? 0) + 1;
    return counts;
  }

  /** Cards asked of the other pools since start: found in one, or held by none (for /stats). */
  cardsAsked(): { asked: number; found: number; unknown: number } {
    return { ...this.cardCounts };
  }

  stop(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }
}
