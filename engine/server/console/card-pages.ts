// The counter's pages: login, card lookup, one card (status, the next swipe's reason, the holder
// masked, the actions its status and the signed-in role allow, its timeline), and the review queue.
// Pure rendering: the data comes from the admin API (console/index.ts), the choices from card-rules.
import { mayDo } from '../../cards/access.js';
import type { CardView } from '../../cards/outcomes.js';
import type { CardDesk, TimelineEntry } from '../../cards/workflows/card-desk.js';
import { chinaDateTimeText } from '../../core/china-time.js';
import { type ReasonCode, reasonText } from '../../core/reasons.js';
import type { ConsoleAction } from './actions.js';
import { type Html, html } from './html.js';
import { csrfField, flash, layout, type PageContext } from './layout.js';

export function loginPage(ctx: PageContext, error?: string): Html {
  const { t } = ctx;
  return layout(
    ctx,
    t('login.title'),
    html`<form class="panel login" method="post" action="/console/login">
${flash(error, 'error')}
<label for="staffId">${t('login.staffId')}</label><input type="text" id="staffId" name="staffId" autocomplete="username" required maxlength="40">
<label for="secret">${t('login.secret')}</label><input type="password" id="secret" name="secret" autocomplete="current-password" required maxlength="200">
<p><button type="submit">${t('login.submit')}</button></p>
</form>`,
  );
}

export function lookupPage(ctx: PageContext, error?: string): Html {
  const { t } = ctx;
  return layout(
    ctx,
    t('cards.title'),
    html`${flash(error, 'error')}<form class="panel" method="get" action="/console/cards">
<label for="no">${t('cards.number')}</label>
<input type="search" id="no" name="no" required maxlength="20" autofocus>
<button type="submit">${t('cards.find')}</button>
</form>`,
  );
}

/** What GET /admin/cards/{no} answers. */
export type CardReply = CardView & CardDesk;

export function reasonBadge(ctx: PageContext, code: ReasonCode): Html {
  const text = reasonText(code);
  return html`<span class="badge ${code === '00' ? 'ok' : 'declined'}" data-reason="${code}">${code}</span> ${ctx.lang === 'zh' ? text.zh : text.en}`;
}

export interface CardPageInput {
  card: CardReply;
  actions: readonly ConsoleAction[];
  timeline: readonly TimelineEntry[];
  revealed?: { name: string; idNo: string };
  notice?: string;
  error?: string;
}

function actionForm(ctx: PageContext, cardNo: string, action: ConsoleAction): Html {
  const { t } = ctx;
  const cancel =
    action.op === 'cancellation'
      ? html`<label>${t('card.cancelReason')} <select name="reason">${(
          ['death', 'emigration', 'transfer-out'] as const
        ).map((r) => html`<option value="${r}">${t.dynamic('card.cancel.', r)}</option>`)}</select></label>`
      : html``;
  return html`<form class="action" method="post" action="/console/cards/${cardNo}/actions/${action.op}" data-op="${action.op}">
${csrfField(ctx)}<strong>${t.dynamic('op.', action.op)}</strong>${cancel}
<input type="text" name="note" required maxlength="60" aria-label="${t('card.note')}" placeholder="${t('card.notePlaceholder')}">
<button type="submit">${t.dynamic('op.', action.op)}</button>
</form>`;
}

function timelineTable(ctx: PageContext, rows: readonly TimelineEntry[]): Html {
  const { t } = ctx;
  if (rows.length === 0) return html`<p class="muted">${t('card.timeline.empty')}</p>`;
  const change = (row: TimelineEntry): string =>
    [
      row.before['status'] === undefined || row.after['status'] === undefined
        ? ''
        : `${t.dynamic('status.', String(row.before['status']))} → ${t.dynamic('status.', String(row.after['status']))}`,
      row.after['note'] === undefined ? '' : `「${String(row.after['note'])}」`,
    ]
      .filter((s) => s !== '')
      .join(' ');
  return html`<table><thead><tr><th>${t('col.time')}</th><th>${t('col.staff')}</th><th>${t('col.op')}</th><th>${t('col.change')}</th></tr></thead><tbody>
${rows.map(
  (row) =>
    html`<tr><td>${chinaDateTimeText(row.timeMs)}</td><td>${row.actor}</td><td>${t.optional('change.', row.op) ?? ''} <span class="muted code">${row.op}</span></td><td>${change(row)}</td></tr>`,
)}</tbody></table>`;
}

export function cardPage(ctx: PageContext, input: CardPageInput): Html {
  const { t } = ctx;
  const { card, revealed } = input;
  const mayReveal = ctx.principal !== undefined && mayDo(ctx.principal.role, 'card.reveal') && revealed === undefined;
  const holder = html`<dl>
<dt>${t('card.holderName')}</dt><dd data-field="name">${revealed?.name ?? card.holder.nameMasked}</dd>
<dt>${t('card.holderIdNo')}</dt><dd data-field="idNo" class="code">${revealed?.idNo ?? card.holder.idNoMasked}</dd>
</dl>${
    mayReveal
      ? html`<form method="post" action="/console/cards/${card.cardNo}/holder">${csrfField(ctx)}<button class="secondary" type="submit">${t('card.reveal')}</button></form>`
      : revealed === undefined
        ? html``
        : html`<p class="muted">${t('card.revealed')}</p>`
  }`;
  return layout(
    ctx,
    t('card.title', { cardNo: card.cardNo }),
    html`${flash(input.notice)}${flash(input.error, 'error')}
<div class="grid">
<section><dl>
<dt>${t('card.status')}</dt><dd><span class="badge" data-status="${card.status}">${t.dynamic('status.', card.status)}</span></dd>
<dt>${t('card.nextSwipe')}</dt><dd data-field="swipe">${reasonBadge(ctx, card.swipeReason)}</dd>
<dt>${t('card.since')}</dt><dd>${chinaDateTimeText(card.statusSinceMs)}</dd>
<dt>${t('card.cardSn')}</dt><dd class="code">${card.cardSn}</dd>
<dt>${t('card.kind')}</dt><dd>${t.dynamic('card.kind.', card.kind)}</dd>
<dt>${t('col.stage')}</dt><dd data-field="stage">${card.issuanceStage === '' ? '—' : t.dynamic('stage.', card.issuanceStage)}</dd>
<dt>${t('card.bank')}</dt><dd>${card.bankActive ? t('card.bank.on') : t('card.bank.off')}</dd>
</dl></section>
<section><h2>${t('card.holder')}</h2>${holder}</section>
</div>
<section><h2>${t('card.actions')}</h2>${
      input.actions.length === 0
        ? html`<p class="muted">${t('card.noActions')}</p>`
        : input.actions.map((a) => actionForm(ctx, card.cardNo, a))
    }</section>
<section><h2>${t('card.timeline')}</h2>${timelineTable(ctx, input.timeline)}</section>`,
  );
}

/** What GET /admin/reviews answers per row. */
export interface ReviewRow {
  reviewId: string;
  kind: string;
  cardNo: string;
  requestedBy: string;
  requestedMs: number;
  note: string;
}

export function reviewsPage(ctx: PageContext, rows: readonly ReviewRow[], notice?: string, error?: string): Html {
  const { t, principal } = ctx;
  const decide = (row: ReviewRow): Html => {
    if (principal === undefined || !mayDo(principal.role, 'review.decide')) return html``;
    if (row.requestedBy === principal.staffId) return html`<span class="muted">${t('reviews.own')}</span>`;
    const button = (approve: boolean): Html =>
      html`<form class="inline" method="post" action="/console/reviews/${row.reviewId}">${csrfField(ctx)}<input type="hidden" name="approve" value="${approve ? '1' : '0'}"><button type="submit" class="${approve ? '' : 'secondary'}">${t(approve ? 'reviews.approve' : 'reviews.reject')}</button></form>`;
    return html`${button(true)} ${button(false)}`;
  };
  const body =
    rows.length === 0
      ? html`<p class="muted">${t('reviews.empty')}</p>`
      : html`<table><thead><tr><th>${t('col.request')}</th><th>${t('col.card')}</th><th>${t('col.requestedBy')}</th><th>${t('col.time')}</th><th>${t('col.note')}</th><th>${t('col.decision')}</th></tr></thead><tbody>
${rows.map(
  (row) =>
    html`<tr data-review="${row.reviewId}"><td>${row.reviewId}<br><span class="muted">${t.dynamic('reviews.kind.', row.kind)}</span></td><td class="code"><a href="/console/cards/${row.cardNo}">${row.cardNo}</a></td><td>${row.requestedBy}</td><td>${chinaDateTimeText(row.requestedMs)}</td><td>${row.note}</td><td>${decide(row)}</td></tr>`,
)}</tbody></table>`;
  return layout(ctx, t('reviews.title'), html`${flash(notice)}${flash(error, 'error')}<section>${body}</section>`);
}

export function errorPage(ctx: PageContext, message: string, code: string): Html {
  const { t } = ctx;
  return layout(
    ctx,
    t('error.title'),
    html`<section>${flash(message, 'error')}<p class="muted code">${code}</p><p><a href="/console/">${t('error.back')}</a></p></section>`,
  );
}
