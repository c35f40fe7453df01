// Live operations, from the engine's own /metrics (Prometheus text): swipes per second, the decline
// mix by reason, p99 per operation against its latency budget and per stage, the ledger sequence, the
// store's size and the event-loop delay. Drawn as inline SVG on the server; a page's EventSource
// receives the panels every liveIntervalMs (console/index.ts).
import { latencyBudgetUs, type OperationName } from '../../core/budgets.js';
import { type Html, html } from './html.js';
import { layout, type PageContext } from './layout.js';

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus text exposition -> samples (comments and malformed lines skipped). */
export function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (match === null) continue;
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[pair[1]!] = pair[2]!;
    const value = Number(match[3]);
    if (Number.isFinite(value)) samples.push({ name: match[1]!, labels, value });
  }
  return samples;
}

/** One look at the metrics, and what the panels show from it (against the previous look). */
export interface LiveState {
  atMs: number;
  decisions: number;
  /** Cumulative stage histogram buckets: "operation|stage|le" -> count. */
  buckets: Map<string, number>;
  swipesPerSecond: number[];
}

export function nextLiveState(samples: readonly Sample[], nowMs: number, previous?: LiveState): LiveState {
  const decisions = samples.filter((s) => s.name === 'ssc_decisions_total').reduce((sum, s) => sum + s.value, 0);
  const buckets = new Map<string, number>();
  for (const s of samples) {
    if (s.name !== 'ssc_stage_seconds_bucket') continue;
    const key = `${s.labels['operation']}|${s.labels['stage']}|${s.labels['le']}`;
    buckets.set(key, (buckets.get(key) ?? 0) + s.value);
  }
  const rate =
    previous === undefined ? 0 : ((decisions - previous.decisions) * 1000) / Math.max(1, nowMs - previous.atMs);
  const series = [...(previous?.swipesPerSecond ?? []), Math.max(0, rate)].slice(-60);
  return { atMs: nowMs, decisions, buckets, swipesPerSecond: series };
}

/** p99 in ms of one operation's stage over the window since `previous` (cumulative when none); -1: no data. */
function p99Ms(state: LiveState, previous: LiveState | undefined, operation: string, stage: string): number {
  const rows: { le: number; count: number }[] = [];
  for (const [key, count] of state.buckets) {
    const [op, st, le] = key.split('|');
    if (op !== operation || st !== stage) continue;
    rows.push({
      le: le === '+Inf' ? Number.POSITIVE_INFINITY : Number(le),
      count: count - (previous?.buckets.get(key) ?? 0),
    });
  }
  rows.sort((a, b) => a.le - b.le);
  const total = rows.at(-1)?.count ?? 0;
  if (total <= 0) return -1;
  const found = rows.find((r) => r.count >= total * 0.99);
  return found === undefined || !Number.isFinite(found.le) ? Number.POSITIVE_INFINITY : found.le * 1000;
}

function sparkline(values: readonly number[]): Html {
  const max = Math.max(1, ...values);
  const points = values.map((v, i) => `${(i * 300) / 59},${110 - (v / max) * 100}`).join(' ');
  return html`<svg class="chart" viewBox="0 0 300 120" preserveAspectRatio="none" role="img"><polyline points="${points}"></polyline><text x="4" y="12">${Math.round(max)}/s</text></svg>`;
}

function bars(rows: readonly { label: string; value: number }[]): Html {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return html`<svg class="chart bars" viewBox="0 0 300 ${Math.max(24, rows.length * 22)}" role="img">${rows.map(
    (r, i) =>
      html`<text x="4" y="${i * 22 + 15}">${r.label}</text><rect x="44" y="${i * 22 + 4}" width="${(r.value / max) * 200}" height="14"></rect><text x="${50 + (r.value / max) * 200}" y="${i * 22 + 15}">${r.value}</text>`,
  )}</svg>`;
}

const budgetOf = (operation: string): number | undefined =>
  latencyBudgetUs[(operation.charAt(0).toLowerCase() + operation.slice(1)) as OperationName];

const msText = (ms: number): string => (ms < 0 ? '—' : Number.isFinite(ms) ? ms.toFixed(ms < 10 ? 2 : 0) : '> max');

/** The live panels as HTML, keyed by element id. */
export function livePanels(
  ctx: PageContext,
  samples: readonly Sample[],
  state: LiveState,
  previous: LiveState | undefined,
): Record<string, string> {
  const { t } = ctx;
  const value = (name: string): number => samples.find((s) => s.name === name)?.value ?? 0;
  const declines = new Map<string, number>();
  for (const s of samples)
    if (s.name === 'ssc_decisions_total' && s.labels['reason'] !== '00' && s.value > 0)
      declines.set(s.labels['reason']!, (declines.get(s.labels['reason']!) ?? 0) + s.value);
  const operations = [...new Set([...state.buckets.keys()].map((k) => k.split('|')[0]!))];
  const stageRows = operations
    .map((op) => ({ op, total: p99Ms(state, previous, op, 'total'), queue: p99Ms(state, previous, op, 'queue') }))
    .filter((r) => r.total >= 0);
  return {
    'live-swipes':
      html`<p><strong data-field="rate">${(state.swipesPerSecond.at(-1) ?? 0).toFixed(1)}</strong> /s</p>${sparkline(state.swipesPerSecond)}`
        .text,
    'live-declines': bars([...declines].sort((a, b) => b[1] - a[1]).map(([label, v]) => ({ label, value: v }))).text,
    'live-stages':
      html`<table><thead><tr><th>${t('col.op')}</th><th>${t('live.queueP99')}</th><th>${t('live.totalP99')}</th><th>${t('live.budget')}</th></tr></thead><tbody>${stageRows.map(
        (r) => {
          const budgetMs = (budgetOf(r.op) ?? 0) / 1000;
          return html`<tr><td>${r.op}</td><td>${msText(r.queue)}</td><td class="${r.total > budgetMs && budgetMs > 0 ? 'badge declined' : ''}">${msText(r.total)}</td><td>${budgetMs > 0 ? budgetMs : '—'}</td></tr>`;
        },
      )}</tbody></table>`.text,
    'live-figures':
      html`<dl><dt>${t('live.ledgerSequence')}</dt><dd data-field="ledger">${value('ssc_ledger_sequence')}</dd>
<dt>${t('live.storeBytes')}</dt><dd>${(value('ssc_lmdb_file_bytes') / 1048576).toFixed(1)} MiB</dd>
<dt>${t('live.eventLoop')}</dt><dd>${(value('ssc_event_loop_lag_p99_seconds') * 1000).toFixed(2)}</dd></dl>`.text,
  };
}

export function livePage(ctx: PageContext): Html {
  const { t } = ctx;
  const panel = (id: string, title: string): Html =>
    html`<section><h2>${title}</h2><div id="${id}"><p class="muted">${t('live.waiting')}</p></div></section>`;
  return layout(
    ctx,
    t('live.title'),
    html`<div id="live" data-events="/console/live/events" class="grid">
${panel('live-swipes', t('live.swipes'))}${panel('live-declines', t('live.declines'))}
${panel('live-stages', t('live.stages'))}${panel('live-figures', t('live.figures'))}
</div>`,
  );
}
