// An employer's production batches (the agent collects arrived cards here) and the three issuance
// forms around them: the pickup slip (领取单), the delivery list the holders sign (发放清单), and the
// card centre's register of returned cards (退回登记表).
import { mayDo } from '../../cards/access.js';
import { chinaDateTimeText } from '../../core/china-time.js';
import type { EmployerHead } from './forms.js';
import { type Html, html } from './html.js';
import { csrfField, type PageContext } from './layout.js';

/** One row of GET /admin/employers/{code}/batches: a card of a batch. */
export interface BatchCardRow {
  batchId: string;
  createdMs: number;
  arrivalMs: number;
  pickedUpBy: string;
  cardNo: string;
  holderIdNo: string;
  name: string;
  status: string;
  deliveredMs: number;
}

export interface BatchView {
  batchId: string;
  createdMs: number;
  arrivalMs: number;
  pickedUpBy: string;
  cards: BatchCardRow[];
}

/** Rows grouped by batch, in the order the route gives them (newest batch first). */
export function batchesOf(rows: readonly BatchCardRow[]): BatchView[] {
  const byId = new Map<string, BatchView>();
  for (const row of rows) {
    let batch = byId.get(row.batchId);
    if (batch === undefined) {
      batch = {
        batchId: row.batchId,
        createdMs: row.createdMs,
        arrivalMs: row.arrivalMs,
        pickedUpBy: row.pickedUpBy,
        cards: [],
      };
      byId.set(row.batchId, batch);
    }
    batch.cards.push(row);
  }
  return [...byId.values()];
}

const day = (ms: number): string => (ms === 0 ? '' : chinaDateTimeText(ms).slice(0, 10));

export function batchesSection(ctx: PageContext, code: string, batches: readonly BatchView[]): Html {
  const { t, principal } = ctx;
  if (batches.length === 0)
    return html`<section><h2>${t('batches.title')}</h2><p class="muted">${t('batches.empty')}</p></section>`;
  const mayCollect = principal !== undefined && mayDo(principal.role, 'batch.pickup');
  const state = (b: BatchView): Html => {
    if (b.arrivalMs === 0) return html`${t('batches.notArrived')}`;
    if (b.pickedUpBy !== '')
      return html`${t('batches.pickedUp', { staffId: b.pickedUpBy })} <a href="/console/employers/${code}/batches/${b.batchId}/slip">${t('form.slip')}</a> <a href="/console/employers/${code}/batches/${b.batchId}/list">${t('form.list')}</a>`;
    return mayCollect
      ? html`<form class="inline" method="post" action="/console/employers/${code}/batches/${b.batchId}/pickup">${csrfField(ctx)}<button type="submit">${t('batches.pickup')}</button></form>`
      : html`${t('batches.awaiting')}`;
  };
  return html`<section><h2>${t('batches.title')}</h2><table><thead><tr><th>${t('col.batch')}</th><th>${t('col.created')}</th><th>${t('col.arrival')}</th><th>${t('batches.cards')}</th><th>${t('col.action')}</th></tr></thead><tbody>
${batches.map(
  (b) =>
    html`<tr data-batch="${b.batchId}"><td class="code">${b.batchId}</td><td>${day(b.createdMs)}</td><td>${day(b.arrivalMs)}</td><td>${b.cards.length}</td><td>${state(b)}</td></tr>`,
)}</tbody></table></section>`;
}

export function pickupSlipForm(ctx: PageContext, e: EmployerHead, batch: BatchView): Html {
  const { t } = ctx;
  return html`<p class="pledge">${t('form.slipText', { employer: e.name, count: batch.cards.length, batchId: batch.batchId })}</p>
<table class="form-table"><thead><tr><th>${t('col.index')}</th><th>${t('col.cardNo')}</th><th>${t('col.name')}</th></tr></thead><tbody>
${batch.cards.map((c, i) => html`<tr><td>${i + 1}</td><td class="code">${c.cardNo}</td><td>${c.name}</td></tr>`)}
</tbody></table>
<p>${t('form.picker')} ${batch.pickedUpBy}</p><p>${t('form.issuer')}</p><p class="right">${t('form.date')}</p>`;
}

export function deliveryListForm(ctx: PageContext, e: EmployerHead, batch: BatchView): Html {
  const { t } = ctx;
  return html`<p class="form-head"><span class="field">${t('form.employerName')}：<u>${e.name}</u></span><span class="field">${t('col.batch')}：<u>${batch.batchId}</u></span></p>
<table class="form-table"><colgroup><col class="w9"><col class="w16"><col class="w18"><col class="w46"><col class="w11"></colgroup><thead><tr><th>${t('col.index')}</th><th>${t('col.name')}</th><th>${t('col.cardNo')}</th><th>${t('col.idNo')}</th><th>${t('col.signature')}</th></tr></thead><tbody>
${batch.cards.map(
  (c, i) =>
    html`<tr><td>${i + 1}</td><td>${c.name}</td><td class="code">${c.cardNo}</td><td class="code idbox">${c.holderIdNo}</td><td></td></tr>`,
)}</tbody></table><p>${t('form.agent')}</p><p class="right">${t('form.date')}</p>`;
}

export interface ReturnedRow {
  cardNo: string;
  returnedMs: number;
  arrivalMs: number;
}

export function returnsForm(ctx: PageContext, rows: readonly ReturnedRow[]): Html {
  const { t } = ctx;
  return html`<table class="form-table"><thead><tr><th>${t('col.index')}</th><th>${t('col.cardNo')}</th><th>${t('col.arrival')}</th><th>${t('col.returned')}</th><th>${t('col.remark')}</th></tr></thead><tbody>
${rows.map(
  (r, i) =>
    html`<tr><td>${i + 1}</td><td class="code">${r.cardNo}</td><td>${day(r.arrivalMs)}</td><td>${day(r.returnedMs)}</td><td></td></tr>`,
)}</tbody></table><p>${t('form.total', { count: rows.length })}</p>`;
}
