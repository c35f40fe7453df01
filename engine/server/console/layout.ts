// The frame of every console page: the navigation the signed-in role may use, the language switch,
// logout (a POST with the CSRF token), and the page itself.
import { type Action, mayDo } from '../../cards/access.js';
import { Role } from '../../cards/records.js';
import type { Principal } from '../../cards/staff.js';
import { type Html, html } from './html.js';
import type { Lang, MessageKey, translator } from './i18n.js';

export interface PageContext {
  t: ReturnType<typeof translator>;
  lang: Lang;
  /** This page's path and query (the language switch comes back here). */
  path: string;
  principal?: Principal;
  /** The session's CSRF token: every form that POSTs carries it. */
  csrf: string;
}

/** An agent's employer page is their own employer's; staff look employers up. */
const employerHref = (p: Principal): string =>
  p.role === Role.Agent ? `/console/employers/${p.employerCode}` : '/console/employers';

const sections: readonly { href: string | ((p: Principal) => string); label: MessageKey; action: Action }[] = [
  { href: employerHref, label: 'nav.employer', action: 'employer.reports' },
  { href: '/console/cards', label: 'nav.cards', action: 'card.read' },
  { href: '/console/imports', label: 'nav.imports', action: 'import' },
  { href: '/console/reviews', label: 'nav.reviews', action: 'review.list' },
  { href: '/console/hot-list', label: 'nav.hotList', action: 'hotList.read' },
  { href: '/console/live', label: 'nav.live', action: 'metrics.read' },
  { href: '/console/audit', label: 'nav.audit', action: 'audit.read' },
];

/** The hidden field every POST form carries. */
export function csrfField(ctx: PageContext): Html {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrf}">`;
}

export function layout(ctx: PageContext, title: string, body: Html): Html {
  const { t, principal } = ctx;
  const other: Lang = ctx.lang === 'zh' ? 'en' : 'zh';
  const nav =
    principal === undefined
      ? html``
      : html`<nav>${sections
          .filter((s) => mayDo(principal.role, s.action))
          .map(
            (s) => html`<a href="${typeof s.href === 'string' ? s.href : s.href(principal)}">${t(s.label)}</a>`,
          )}</nav>
        <span class="muted">${t('session.as', { staffId: principal.staffId, role: t.dynamic('role.', principal.role) })}</span>
        <form method="post" action="/console/logout">${csrfField(ctx)}<button type="submit">${t('nav.logout')}</button></form>`;
  return html`<!doctype html>
<html lang="${ctx.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t('app.title')}</title>
<link rel="stylesheet" href="/console/assets/console.css">
<script src="/console/assets/console.js" defer></script>
</head>
<body>
<header><span class="brand">${t('app.title')}</span>${nav}
<a href="/console/lang/${other}?back=${encodeURIComponent(ctx.path)}" lang="${other === 'zh' ? 'zh-CN' : 'en'}">${t('nav.language')}</a></header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;
}

export function flash(text: string | undefined, kind: 'info' | 'error' = 'info'): Html {
  if (text === undefined || text === '') return html``;
  return html`<p class="flash${kind === 'error' ? ' error' : ''}" role="${kind === 'error' ? 'alert' : 'status'}">${text}</p>`;
}
