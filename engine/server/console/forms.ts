// The seed's paper forms, as it lays them out, print-ready on A4 (print CSS in assets.ts): 附件1 the
// employer's authorization, 附件2 one person's pre-filled confirmation form, 附件3 the roster, 附件4
// the summary, 附件5 the not-returned list, 附件6 the notice. Printed forms carry ID numbers in full
// (the person checks them on paper); screen pages mask them.
import type { RosterRow, SummaryRow } from '../../cards/reports.js';
import { type Html, html } from './html.js';
import type { PageContext } from './layout.js';

/** A page with no navigation: the form, and a print button and back link that do not print. */
export function printLayout(ctx: PageContext, title: string, back: string, body: Html): Html {
  const { t } = ctx;
  return html`<!doctype html>
<html lang="${ctx.lang === 'zh' ? 'zh-CN' : 'en'}">
<head><meta charset="utf-8"><title>${title}</title>
<link rel="stylesheet" href="/console/assets/console.css">
<script src="/console/assets/console.js" defer></script></head>
<body class="form-page">
<p class="noprint"><a href="${back}">${t('error.back')}</a> <button type="button" data-print>${t('form.print')}</button></p>
<article class="form"><h1>${title}</h1>
${body}
</article>
</body></html>`;
}

/** 1 male, 2 female: the 17th digit of a GB 11643 number, odd for men. */
export function genderOf(idNo: string): 1 | 2 {
  return Number(idNo.charAt(16)) % 2 === 1 ? 1 : 2;
}

const line = (label: string, value: string): Html => html`<span class="field">${label}：<u>${value}</u></span>`;

export interface EmployerHead {
  code: string;
  name: string;
  insuredRegion: string;
}

function head(ctx: PageContext, e: EmployerHead, code = true): Html {
  const { t } = ctx;
  return html`<p class="form-head">${line(t('form.insuredRegion'), e.insuredRegion)}${code ? line(t('form.employerCode'), e.code) : html``}${line(t('form.employerName'), e.name)}</p>`;
}

export interface AuthorizationAgent {
  name: string;
  idNo: string;
}

export function authorizationForm(ctx: PageContext, e: EmployerHead, agents: readonly AuthorizationAgent[]): Html {
  const { t } = ctx;
  const rows = [0, 1, 2].map((i) => {
    const a = agents[i];
    return html`<tr><th rowspan="2">${t('form.agentName', { n: ['一', '二', '三'][i]! })}</th><td>${t('col.name')}</td><td>${a?.name ?? ''}</td></tr>
<tr><td>${t('col.idNo')}</td><td class="code idbox">${a?.idNo ?? ''}</td></tr>`;
  });
  return html`${head(ctx, e)}<table class="form-table">${rows}</table>
<p class="pledge">${t('form.a1Pledge')}</p><p class="right">${t('form.unitSeal')}<br>${t('form.date')}</p>`;
}

export interface ConfirmationFormInput {
  employer: EmployerHead;
  idNo: string;
  name: string;
  /** The police register had the person (a blank row otherwise, as the seed says). */
  inPoliceRegister: boolean;
  correctedName: string;
  phone: string;
  landline: string;
  address: string;
  postcode: string;
  bank: string;
}

export function confirmationForm(ctx: PageContext, f: ConfirmationFormInput): Html {
  const { t } = ctx;
  const gender = t.dynamic('gender.', genderOf(f.idNo));
  const row = (label: string, name: string, id: string, sex: string): Html =>
    html`<tr><th>${label}</th><td>${name}</td><td>${sex}</td><td></td><td class="code idbox">${id}</td></tr>`;
  const box = (bank: string): Html =>
    html`<span class="check">${f.bank === bank ? '☑' : '☐'} ${t.dynamic('bank.', bank)}</span> `;
  return html`${head(ctx, f.employer)}
<table class="form-table"><colgroup><col class="w18"><col class="w16"><col class="w9"><col class="w11"><col class="w46"></colgroup><thead><tr><th>${t('form.category')}</th><th>${t('col.name')}</th><th>${t('col.gender')}</th><th>${t('col.ethnicity')}</th><th>${t('col.idNo')}</th></tr></thead><tbody>
${row(t('form.insuranceInfo'), f.name, f.idNo, gender)}
${f.inPoliceRegister ? row(t('form.policeInfo'), f.name, f.idNo, gender) : row(t('form.policeInfo'), '', '', '')}
${row(t('form.personalInfo'), f.correctedName, f.correctedName === '' ? '' : f.idNo, f.correctedName === '' ? '' : gender)}
</tbody></table>
<table class="form-table"><tr><th>${t('person.phone')}</th><td>${f.phone}</td><th>${t('person.landline')}</th><td>${f.landline}</td></tr>
<tr><th>${t('person.address')}</th><td>${f.address}</td><th>${t('person.postcode')}</th><td>${f.postcode}</td></tr></table>
<div class="form-split"><div><p>${t('form.declaration')}</p><p>${t('form.signature')}</p><p class="right">${t('form.date')}</p></div>
<div class="photo">${t('form.photo')}</div></div>
<p>${t('form.bankConsent')}${['ICBC', 'CCB', 'BOC'].map(box)}${t('form.bankConsentEnd')}</p>
<p>${t('form.signature')}</p><p class="right">${t('form.date')}</p>
<p>${t('form.centreStaff')}　　　　${t('form.reviewer')}　　　　${t('form.seal')}　${t('form.date')}</p>`;
}

export function rosterForm(ctx: PageContext, e: EmployerHead, rows: readonly RosterRow[]): Html {
  const { t } = ctx;
  return html`${head(ctx, e, false)}<table class="form-table"><thead><tr><th>${t('col.index')}</th><th>${t('col.name')}</th><th>${t('col.idNo')}</th><th>${t('col.gender')}</th><th>${t('col.qrCode')}</th></tr></thead><tbody>
${rows.map(
  (r, i) =>
    html`<tr><td>${i + 1}</td><td>${r.name}</td><td class="code">${r.idNo}</td><td>${t.dynamic('gender.', genderOf(r.idNo))}</td><td></td></tr>`,
)}</tbody></table><p>${t('form.total', { count: rows.length })}</p>`;
}

export function summaryForm(
  ctx: PageContext,
  e: EmployerHead,
  rows: readonly SummaryRow[],
  totals: SummaryRow,
  notReturned: number,
): Html {
  const { t } = ctx;
  const department = (r: SummaryRow): string => [r.department1, r.department2].filter((d) => d !== '').join(' / ');
  return html`${head(ctx, e, false)}<table class="form-table"><thead><tr><th>${t('col.index')}</th><th>${t('col.department')}</th><th>${t('bank.ICBC')}</th><th>${t('bank.CCB')}</th><th>${t('bank.BOC')}</th><th>${t('form.sum')}</th></tr></thead><tbody>
${rows.map(
  (r, i) =>
    html`<tr><td>${i + 1}</td><td>${department(r)}</td><td>${r.ICBC}</td><td>${r.CCB}</td><td>${r.BOC}</td><td>${r.total}</td></tr>`,
)}<tr class="sum"><td></td><td>${t('form.sum')}</td><td>${totals.ICBC}</td><td>${totals.CCB}</td><td>${totals.BOC}</td><td data-field="total">${totals.total}</td></tr></tbody></table>
<p>${t('form.received', { received: totals.total + notReturned, returned: totals.total })}</p>
<p>${t('form.agent')}　　　　　　${t('form.centreAgent')}</p><p class="right">${t('form.date')}</p>`;
}

export interface NotReturnedLine {
  idNo: string;
  name: string;
  department: string;
}

export function notReturnedForm(ctx: PageContext, e: EmployerHead, rows: readonly NotReturnedLine[]): Html {
  const { t } = ctx;
  return html`${head(ctx, e, false)}<table class="form-table"><thead><tr><th>${t('col.index')}</th><th>${t('col.department')}</th><th>${t('col.name')}</th><th>${t('col.idNo')}</th><th>${t('col.remark')}</th></tr></thead><tbody>
${rows.map(
  (r, i) =>
    html`<tr><td>${i + 1}</td><td>${r.department}</td><td>${r.name}</td><td class="code">${r.idNo}</td><td></td></tr>`,
)}</tbody></table><p>${t('form.agent')}</p><p class="right">${t('form.date')}</p>`;
}

export function noticeForm(ctx: PageContext): Html {
  const { t } = ctx;
  return html`<p class="pledge">${t('form.a6Body')}</p><p class="right">${t('form.a6Sign')}</p>`;
}
