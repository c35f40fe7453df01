// Shard = insured pool. One deployment may serve several pools (a province: one stream per pool, its
// own engines), and a terminal may reach any engine: a request goes to the pool its insured person
// belongs to. The routing table lives in a KV bucket (ssc_routes: division code -> pool), written by
// each pool's leader when it starts to lead (every division its regions table puts in its pool now)
// and watched by every engine. A request names its person's insured region in the header
// (`insured_region`; the national envelope's `insuplc_admdvs`): a region routed to another pool is
// sent to that pool's leader (WriteForwarding.toPool); an unnamed or unrouted region, or this
// engine's own pool, is decided here as before.

import { withinPeriod } from '../core/model.js';
import { decodeRegionRows } from '../store/records.js';
import type { Store } from '../store/store.js';
import { Format } from '../wire/replies.js';
import type { StreamLog } from './stream-log.js';

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
  if (format === Format.Json) {
    try {
      const header = (JSON.parse(Buffer.from(body).toString('utf8')) as { header?: Record<string, unknown> })?.header;
      const region = header?.['insuredRegion'] ?? header?.['insured_region'];
      return typeof region === 'string' ? region : '';
    } catch {
      return '';
    }
  }
  // Every request message has its RequestHeader as field 1; insured_region is the header's field 9.
  const header = lastField(body, 0, body.length, 1);
  if (header === undefined) return '';
  const region = lastField(body, header[0], header[1], 9);
  return region === undefined || region[1] - region[0] > 12
    ? ''
    : Buffer.from(body.buffer, body.byteOffset + region[0], region[1] - region[0]).toString('latin1');
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

export class PoolRoutes {
  /** division code -> the pool serving it, as the bucket holds it now. */
  private readonly routes = new Map<string, string>();
  private stopWatching: (() => void) | undefined;

  constructor(
    private readonly log: StreamLog,
    readonly ownPool: string,
  ) {}

  /** Follows the routing table from now on (its current entries first). */
  start(): void {
    this.stopWatching = this.log.watchRoutes((division, pool) => {
      if (pool === '') this.routes.delete(division);
      else this.routes.set(division, pool);
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

  stop(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }
}
