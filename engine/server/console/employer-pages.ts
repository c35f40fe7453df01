// The employer agent's pages (and staff's view of an employer): the roster by pinyin with ID numbers
// masked, one person's confirmation form with the person's own bank choice (one person, one bank:
// there is no bulk choice anywhere), and the reviewer's decision on a submitted form.
import { mayDo } from '../../cards/access.js';
import { type Html, html } from './html.js';
import { csrfField, flash, layout, type PageContext } from './layout.js';

export interface RosterView {
  ref: string;
  name: string;
  idNoMasked: string;
  stage: string;
  mismatch: string;
  bank: string;
  cardStatus: string;
  department: string;
}

export const banks = ['ICBC', 'CCB', 'BOC'] as const;

/** A catalogue label for a stage with its mismatch, if any. */
function stageText(ctx: PageContext, stage: string, mismatch: string): string {
  const base = ctx.t.dynamic('stage.', stage);
  return mismatch === '' ? base : `${base}（${ctx.t.dynamic('mismatch.', mismatch)}）`;
}

export function bankText(ctx: PageContext, bank: string): string {
  return ctx.t.optional('bank.', bank) ?? ctx.t('bank.none');
}

export function employerLookupPage(ctx: PageContext, error?: string): Html {
  const { t, principal } = ctx;
  const returns =
    principal !== undefined && mayDo(principal.role, 'reports.returned')
      ? html`<p><a class="button secondary" href="/console/returns">${t('form.returns')}</a></p>`
      : html``;
  return layout(
    ctx,
    t('nav.employer'),
    html`${flash(error, 'error')}<form class="panel" method="get" action="/console/employers">
<label for="code">${t('form.employerCode')}</label> <input type="search" id="code" name="code" required maxlength="20">
<button type="submit">${t('cards.find')}</button></form>${returns}`,
  );
}

/** Roster rows a page shows (the printed roster, 附件3, has them all). */
export const rosterPageRows = 200;

export function rosterPage(
  ctx: PageContext,
  employer: { code: string; name: string },
  all: readonly RosterView[],
  pageIndex: number,
  batches: Html = html``,
  notice?: string,
): Html {
  const pages = Math.max(1, Math.ceil(all.length / rosterPageRows));
  const at = Math.min(Math.max(0, pageIndex), pages - 1);
  const rows = all.slice(at * rosterPageRows, (at + 1) * rosterPageRows);
  const { t } = ctx;
  const base = `/console/employers/${employer.code}`;
  const forms = (['a1', 'a3', 'a4', 'a5', 'a6'] as const).map(
    (f) => html`<a class="button secondary" href="${base}/forms/${f}">${t.dynamic('form.', f)}</a> `,
  );
  const table =
    rows.length === 0
      ? html`<p class="muted">${t('employer.empty')}</p>`
      : html`<table><thead><tr><th>${t('col.index')}</th><th>${t('col.name')}</th><th>${t('col.idNo')}</th><th>${t('col.stage')}</th><th>${t('col.department')}</th><th>${t('col.bank')}</th><th>${t('col.cardStatus')}</th><th>${t('col.action')}</th></tr></thead><tbody>
${rows.map(
  (r, i) =>
    html`<tr data-ref="${r.ref}"><td>${at * rosterPageRows + i + 1}</td><td>${r.name}</td><td class="code">${r.idNoMasked}</td><td>${stageText(ctx, r.stage, r.mismatch)}</td><td>${r.department}</td><td>${r.bank === 'none' ? '' : bankText(ctx, r.bank)}</td><td>${r.cardStatus === '' ? '' : (t.optional('status.', r.cardStatus) ?? r.cardStatus)}</td><td><a href="${base}/people/${r.ref}">${t('person.open')}</a></td></tr>`,
)}</tbody></table>`;
  return layout(
    ctx,
    t('employer.title', { name: employer.name, code: employer.code }),
    html`${flash(notice)}<section><h2>${t('employer.forms')}</h2><p class="forms">${forms}</p></section>
${batches}
<section><h2>${t('employer.roster')}</h2><p data-field="count">${t('form.total', { count: all.length })}</p>${table}
${
  pages === 1
    ? html``
    : html`<nav class="pages">${Array.from({ length: pages }, (_, p) =>
        p === at ? html`<strong>${p + 1}</strong> ` : html`<a href="${base}?page=${p + 1}">${p + 1}</a> `,
      )}</nav>`
}</section>`,
  );
}

/** What GET /admin/persons/{idNo} answers (the fields a page shows). */
export interface PersonReply {
  name: string;
  insuredRegion: string;
  employerCode: string;
  stage: string;
  mismatch: string;
  exclusion: string;
  reviewedBy: string;
  cardNo: string;
  confirmation: {
    phone: string;
    landline: string;
    address: string;
    postcode: string;
    bank: number;
    department1: string;
    department2: string;
    correctedName: string;
    enteredBy: string;
  } | null;
}

export const bankCodes: Record<number, string> = { 1: 'ICBC', 2: 'CCB', 3: 'BOC' };

export interface PersonPageInput {
  employerCode: string;
  ref: string;
  idNoMasked: string;
  person: PersonReply;
  notice?: string;
  error?: string;
}

function confirmForm(ctx: PageContext, input: PersonPageInput): Html {
  const { t } = ctx;
  const c = input.person.confirmation;
  const field = (name: string, label: string, value: string, extra: Html = html``): Html =>
    html`<label>${label}<br><input type="text" name="${name}" value="${value}"${extra}></label>`;
  const chosen = c === null ? '' : (bankCodes[c.bank] ?? '');
  return html`<form class="panel person-form" method="post" action="/console/employers/${input.employerCode}/people/${input.ref}/confirmation">${csrfField(ctx)}
<div class="grid">
${field('phone', t('person.phone'), c?.phone ?? '', html` required pattern="1[0-9]{10}" maxlength="11"`)}
${field('landline', t('person.landline'), c?.landline ?? '', html` maxlength="20"`)}
${field('address', t('person.address'), c?.address ?? '', html` required maxlength="120"`)}
${field('postcode', t('person.postcode'), c?.postcode ?? '', html` required pattern="[0-9]{6}" maxlength="6"`)}
${field('department1', t('person.department1'), c?.department1 ?? '', html` maxlength="40"`)}
${field('department2', t('person.department2'), c?.department2 ?? '', html` maxlength="40"`)}
${input.person.mismatch === 'not-in-police-register' ? field('correctedName', t('person.correctedName'), c?.correctedName ?? '', html` maxlength="30"`) : html``}
</div>
<fieldset><legend>${t('person.bankChoice')}</legend>${banks.map(
    (b) =>
      html`<label class="bank"><input type="radio" name="bank" value="${b}" required${chosen === b ? html` checked` : html``}> ${t.dynamic('bank.', b)}</label> `,
  )}</fieldset>
<p><button type="submit">${t('person.confirm')}</button></p></form>`;
}

export function personPage(ctx: PageContext, input: PersonPageInput): Html {
  const { t, principal } = ctx;
  const { person } = input;
  const stage = person.stage;
  const mayConfirm =
    principal !== undefined &&
    mayDo(principal.role, 'person.confirm') &&
    (stage === 'matched' || stage === 'mismatch' || stage === 'submitted');
  const mayReview = principal !== undefined && mayDo(principal.role, 'person.review') && stage === 'submitted';
  const review = mayReview
    ? html`<section><h2>${t('person.review')}</h2>${[true, false].map(
        (approve) =>
          html`<form class="inline" method="post" action="/console/employers/${input.employerCode}/people/${input.ref}/review">${csrfField(ctx)}<input type="hidden" name="approve" value="${approve ? '1' : '0'}"><button type="submit" class="${approve ? '' : 'secondary'}">${t(approve ? 'reviews.approve' : 'reviews.reject')}</button></form> `,
      )}</section>`
    : html``;
  return layout(
    ctx,
    t('person.title', { name: person.name }),
    html`${flash(input.notice)}${flash(input.error, 'error')}<section><dl>
<dt>${t('col.name')}</dt><dd data-field="name">${person.name}</dd>
<dt>${t('col.idNo')}</dt><dd class="code" data-field="idNo">${input.idNoMasked}</dd>
<dt>${t('col.stage')}</dt><dd data-field="stage" data-stage="${stage}">${stageText(ctx, stage, person.mismatch)}</dd>
<dt>${t('col.bank')}</dt><dd data-field="bank">${person.confirmation === null ? t('bank.none') : bankText(ctx, bankCodes[person.confirmation.bank] ?? '')}</dd>
</dl>${
      person.confirmation === null
        ? html``
        : html`<p><a class="button secondary" href="/console/employers/${input.employerCode}/people/${input.ref}/form">${t('person.print')}</a></p>`
    }</section>
${mayConfirm ? confirmForm(ctx, input) : html``}${review}`,
  );
}
