// Server-side stage quantiles from the engine's own /metrics: scrape before and after a run,
// subtract the histogram buckets, interpolate inside the bucket. Works for every transport without
// decoding replies in the load generator.
export type Buckets = Map<string, number[]>; // series key -> cumulative counts per bucket bound
export interface Scrape {
  bounds: number[];
  series: Buckets;
  /** Plain gauges and counters by name (event-loop lag, GC pauses, ...). */
  gauges: Map<string, number>;
}

const gaugeLine = /^(ssc_[a-z0-9_]+) (\d+(?:\.\d+)?(?:e[-+]?\d+)?)$/;

const line =
  /^ssc_stage_seconds_bucket\{operation="([^"]+)",transport="([^"]+)",stage="([^"]+)",le="([^"]+)"\} (\d+(?:\.\d+)?)$/;

export async function scrape(url: string): Promise<Scrape> {
  const text = await (await fetch(url + '/metrics')).text();
  const series: Buckets = new Map();
  const bounds: number[] = [];
  const gauges = new Map<string, number>();
  for (const row of text.split('\n')) {
    const g = gaugeLine.exec(row);
    if (g !== null) gauges.set(g[1]!, Number(g[2]));
    const m = line.exec(row);
    if (m === null) continue;
    const key = `${m[1]}|${m[2]}|${m[3]}`;
    const le = m[4] === '+Inf' ? Number.POSITIVE_INFINITY : Number(m[4]);
    let counts = series.get(key);
    if (counts === undefined) {
      counts = [];
      series.set(key, counts);
    }
    if (counts.length === bounds.length) bounds.push(le);
    counts.push(Number(m[5]));
  }
  return { bounds, series, gauges };
}

/** The q-quantile (0..1) in microseconds of a stage between two scrapes; NaN without samples. */
export function quantileUs(before: Scrape, after: Scrape, key: string, q: number): number {
  const a = after.series.get(key);
  if (a === undefined) return Number.NaN;
  const b = before.series.get(key) ?? a.map(() => 0);
  const counts = a.map((v, i) => v - (b[i] ?? 0));
  const total = counts[counts.length - 1] ?? 0;
  if (total <= 0) return Number.NaN;
  const target = q * total;
  let previousCount = 0;
  let previousBound = 0;
  for (let i = 0; i < counts.length; i++) {
    const bound = after.bounds[i]!;
    if (counts[i]! >= target) {
      if (!Number.isFinite(bound)) return previousBound * 1e6;
      const inBucket = counts[i]! - previousCount;
      const fraction = inBucket === 0 ? 1 : (target - previousCount) / inBucket;
      return (previousBound + (bound - previousBound) * fraction) * 1e6;
    }
    previousCount = counts[i]!;
    previousBound = bound;
  }
  return Number.NaN;
}
