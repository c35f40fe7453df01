// The benchmark tool's reports: a Markdown summary and an SVG chart (latency percentiles per
// scenario on a log scale; accepted load and p99 against offered load), written by hand: no
// charting dependency.
export interface ScenarioRow {
  scenario: string;
  transport: string;
  mode: string;
  offeredPerSecond: number;
  requestsPerSecond: number;
  p50Us: number;
  p99Us: number;
  p999Us: number;
  maxUs: number;
  serverP50Us: number;
  serverP99Us: number;
  /** Each server stage (receive, decode, queue, decide, encode, commit) at p50 / p99 / p99.9, µs. */
  serverStagesUs: Record<string, [number, number, number]>;
  /** The engine's main thread over the run: event-loop delay p99, longest GC pause, GC time (µs). */
  engineLoop: { eventLoopDelayP99Us: number; gcPauseMaxUs: number; gcPauseTotalUs: number };
  /**
   * The same event-loop delay measured in an idle process beside the run (bench/lib/canary.ts), p99
   * and max, µs: the machine's own stalls, which the engine's loop delay includes; and a 4 KB
   * write + fdatasync every 10 ms on the engine's disk, p99 and max: the disk's floor at the time.
   */
  idleProbe?: { delayP99Us: number; delayMaxUs: number; diskSyncP99Us: number; diskSyncMaxUs: number };
  /** CPU per thread of the engine (percent of one core): its main thread, then the others. */
  engineCpu: { mainPct: number; otherThreadsPct: number[] };
  /** The whole machine during the scenario, percent of one core (2 cores: up to 200): engine, generator and all. */
  machineBusyPct: number;
  /** LMDB's free list after the run, MB (ssc_lmdb_free_bytes): a long one slows every commit. */
  storeFreeMB?: number;
  errors: number;
}

/** A multi-step flow (bench/lib/flows.ts): flows per second, the whole flow's latency, each step's. */
export interface FlowRow {
  flow: string;
  clients: number;
  flowsPerSecond: number;
  flowP50Us: number;
  flowP99Us: number;
  /** Per step: client p99 and the engine's server-side p99 (µs). */
  steps: Record<string, { p99Us: number; serverP99Us: number }>;
  approvedFlows: number;
  flows: number;
  /** Steps declined, by step and reason (the bench cards include lost and uninsured ones). */
  declined: Record<string, number>;
  errors: number;
}

export interface Verdict {
  check: string;
  budget: string;
  measured: string;
  pass: boolean;
}

export const fmt = (n: number, digits = 0): string =>
  Number.isFinite(n) ? n.toLocaleString('en', { maximumFractionDigits: digits }) : '–';

export function markdown(
  title: string,
  settings: Record<string, unknown>,
  rows: ScenarioRow[],
  verdicts: Verdict[],
  sweep: ScenarioRow[],
  flows: FlowRow[] = [],
): string {
  const out = [`# ${title}`, '', '```', JSON.stringify(settings, null, 2), '```', '', '## Scenarios', ''];
  out.push(
    '| scenario | transport | mode | offered/s | accepted/s | p50 µs | p99 µs | p99.9 µs | max µs | server p50 µs | server p99 µs | errors |',
  );
  out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    out.push(
      `| ${r.scenario} | ${r.transport} | ${r.mode} | ${fmt(r.offeredPerSecond)} | ${fmt(r.requestsPerSecond)} | ${fmt(r.p50Us)} | ${fmt(r.p99Us)} | ${fmt(r.p999Us)} | ${fmt(r.maxUs)} | ${fmt(r.serverP50Us)} | ${fmt(r.serverP99Us)} | ${r.errors} |`,
    );
  }
  if (sweep.length > 0) {
    out.push(
      '',
      '## Offered load sweep (knee)',
      '',
      '| offered/s | accepted/s | p50 µs | p99 µs | server p99 µs |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const r of sweep)
      out.push(
        `| ${fmt(r.offeredPerSecond)} | ${fmt(r.requestsPerSecond)} | ${fmt(r.p50Us)} | ${fmt(r.p99Us)} | ${fmt(r.serverP99Us)} |`,
      );
  }
  out.push(
    '',
    '## Server stages (p50 / p99 / p99.9 µs, from the engine histograms), the main thread, CPU',
    '',
    '| scenario | receive | decode | queue | decide | encode | commit | loop delay p99 | idle probe p99 / max | disk probe p99 / max | GC max / total | CPU main / others % | machine % | store free MB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  const triple = (t: [number, number, number] | undefined): string =>
    t === undefined || !Number.isFinite(t[1]) ? '–' : t.map((v) => fmt(v)).join(' / ');
  for (const r of [...rows, ...sweep]) {
    const st = r.serverStagesUs;
    out.push(
      `| ${r.scenario} | ${triple(st['receive'])} | ${triple(st['decode'])} | ${triple(st['queue'])} | ${triple(st['decide'])} | ${triple(st['encode'])} | ${triple(st['commit'])} | ${fmt(r.engineLoop.eventLoopDelayP99Us)} | ${r.idleProbe === undefined ? '– | –' : `${fmt(r.idleProbe.delayP99Us)} / ${fmt(r.idleProbe.delayMaxUs)} | ${fmt(r.idleProbe.diskSyncP99Us)} / ${fmt(r.idleProbe.diskSyncMaxUs)}`} | ${fmt(r.engineLoop.gcPauseMaxUs)} / ${fmt(r.engineLoop.gcPauseTotalUs)} | ${r.engineCpu.mainPct} / ${r.engineCpu.otherThreadsPct.join(',')} | ${r.machineBusyPct} | ${r.storeFreeMB ?? '–'} |`,
    );
  }
  if (flows.length > 0) {
    out.push(
      '',
      '## Flows (TCP, closed loop; each step answered before the next is sent)',
      '',
      '| flow | clients | flows/s | flow p50 µs | flow p99 µs | step p99 µs (server p99) | approved / flows | errors |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const f of flows) {
      const steps = Object.entries(f.steps)
        .map(([name, s]) => `${name} ${fmt(s.p99Us)} (${fmt(s.serverP99Us)})`)
        .join(', ');
      out.push(
        `| ${f.flow} | ${f.clients} | ${fmt(f.flowsPerSecond, 1)} | ${fmt(f.flowP50Us)} | ${fmt(f.flowP99Us)} | ${steps} | ${fmt(f.approvedFlows)} / ${fmt(f.flows)} | ${f.errors} |`,
      );
    }
  }
  out.push('', '## Verdict', '', '| check | budget | measured | result |', '| --- | --- | --- | --- |');
  for (const v of verdicts) out.push(`| ${v.check} | ${v.budget} | ${v.measured} | ${v.pass ? 'pass' : '**FAIL**'} |`);
  return out.join('\n') + '\n';
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A budget row's limits: the engine's server-side p99 budget and the end-to-end one, in µs. */
export interface RowBudget {
  serverUs: number;
  endToEndUs?: number;
}

/**
 * Two panels: latency p50/p99/p99.9 per scenario (log scale) with the server-side p99 (blue dot) and,
 * on budget rows, the budget lines (blue: server, black: end to end); and the offered-load sweep.
 */
export function svg(rows: ScenarioRow[], sweep: ScenarioRow[], budgets = new Map<string, RowBudget>()): string {
  const width = 960;
  const barPanel = 40 + rows.length * 26;
  const height = barPanel + (sweep.length > 0 ? 300 : 40);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="10" y="18" font-size="14">Client latency per scenario (µs, log scale): p50 / p99 / p99.9; blue dot: server p99; lines: budgets (blue server, black end to end)</text>`,
  ];
  const left = 260;
  const right = width - 20;
  const lo = 10;
  const hi = 1e6;
  const x = (us: number): number => left + ((Math.log10(Math.max(lo, Math.min(hi, us))) - 1) / 5) * (right - left);
  for (const tick of [10, 100, 1_000, 10_000, 100_000, 1_000_000]) {
    parts.push(`<line x1="${x(tick)}" y1="28" x2="${x(tick)}" y2="${barPanel}" stroke="#ddd"/>`);
    parts.push(
      `<text x="${x(tick)}" y="${barPanel + 12}" text-anchor="middle">${tick >= 1000 ? tick / 1000 + ' ms' : tick + ' µs'}</text>`,
    );
  }
  rows.forEach((r, i) => {
    const y = 34 + i * 26;
    parts.push(`<text x="10" y="${y + 12}">${escapeXml(`${r.scenario} (${r.transport}, ${r.mode})`)}</text>`);
    parts.push(`<rect x="${left}" y="${y}" width="${Math.max(0, x(r.p999Us) - left)}" height="16" fill="#f4c7c3"/>`);
    parts.push(`<rect x="${left}" y="${y}" width="${Math.max(0, x(r.p99Us) - left)}" height="16" fill="#f09a8f"/>`);
    parts.push(`<rect x="${left}" y="${y}" width="${Math.max(0, x(r.p50Us) - left)}" height="16" fill="#d9534f"/>`);
    if (Number.isFinite(r.serverP99Us))
      parts.push(`<circle cx="${x(r.serverP99Us)}" cy="${y + 8}" r="4" fill="#337ab7"/>`);
    const budget = budgets.get(r.scenario);
    if (budget !== undefined) {
      parts.push(
        `<line x1="${x(budget.serverUs)}" y1="${y - 2}" x2="${x(budget.serverUs)}" y2="${y + 18}" stroke="#337ab7" stroke-width="2"/>`,
      );
      if (budget.endToEndUs !== undefined)
        parts.push(
          `<line x1="${x(budget.endToEndUs)}" y1="${y - 2}" x2="${x(budget.endToEndUs)}" y2="${y + 18}" stroke="#000" stroke-width="2"/>`,
        );
    }
  });
  if (sweep.length > 0) {
    const top = barPanel + 40;
    const bottom = height - 30;
    const maxRate = Math.max(...sweep.map((r) => Math.max(r.offeredPerSecond, r.requestsPerSecond)));
    const maxP99 = Math.max(...sweep.map((r) => r.p99Us));
    const sx = (rate: number): number => 60 + (rate / maxRate) * (width - 120);
    const syRate = (rate: number): number => bottom - (rate / maxRate) * (bottom - top);
    const syP99 = (us: number): number => bottom - (us / maxP99) * (bottom - top);
    parts.push(
      `<text x="10" y="${top - 12}" font-size="14">Offered load sweep: accepted/s (blue) and client p99 (red) against offered/s</text>`,
    );
    parts.push(`<line x1="60" y1="${bottom}" x2="${width - 60}" y2="${bottom}" stroke="#333"/>`);
    const path = (pick: (r: ScenarioRow) => number, y: (v: number) => number): string =>
      sweep
        .map((r, i) => `${i === 0 ? 'M' : 'L'}${sx(r.offeredPerSecond).toFixed(1)},${y(pick(r)).toFixed(1)}`)
        .join(' ');
    parts.push(`<path d="${path((r) => r.requestsPerSecond, syRate)}" fill="none" stroke="#337ab7" stroke-width="2"/>`);
    parts.push(`<path d="${path((r) => r.p99Us, syP99)}" fill="none" stroke="#d9534f" stroke-width="2"/>`);
    for (const r of sweep) {
      parts.push(
        `<text x="${sx(r.offeredPerSecond)}" y="${bottom + 14}" text-anchor="middle">${fmt(r.offeredPerSecond)}</text>`,
      );
      parts.push(
        `<text x="${sx(r.offeredPerSecond)}" y="${syP99(r.p99Us) - 4}" text-anchor="middle" fill="#d9534f">${fmt(r.p99Us / 1000, 1)} ms</text>`,
      );
    }
  }
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}
