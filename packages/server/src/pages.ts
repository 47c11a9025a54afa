import { fillPlaceholders, formatMessage } from '@poolster/schema';
import { html, type Html } from './html.js';
import { ADMIN_MESSAGES } from './i18n/admin-messages.js';
import type { Language } from './i18n/language.js';
import { errorPageTitle, PAGE_MESSAGES } from './i18n/page-messages.js';
import { SIGN_IN_MESSAGES } from './i18n/sign-in-messages.js';
import type { StoredSummary } from './store/store.js';

/**
 * The server's pages: plain HTML around the Poolster elements, one stylesheet (/host.css), scripts only
 * from files (/poolster.js, /dashboard.js), no inline code, so the strict page policy holds.
 */

type Section = 'scan' | 'dashboard' | 'report' | 'error' | 'sign-in' | 'admin' | 'join';

/** The signed-in person, shown in the header with a sign-out button. */
export interface Who {
  name: string;
  /** The network admin's header links to the admin page too. */
  role?: string;
}

/** A link to one of the pages: it carries `?lang=` when the page itself was asked with it, so the language stays. */
export const pageLink = (path: string, lang: Language, keepLang: boolean | undefined): string =>
  keepLang ? `${path}${path.includes('?') ? '&' : '?'}lang=${lang}` : path;

export function layout(options: { title: string; section: Section; main: Html; scripts?: string[]; who?: Who | undefined; lang?: Language; keepLang?: boolean }): string {
  const to = (path: string) => pageLink(path, options.lang ?? 'nl', options.keepLang);
  const current = (section: Section) => (options.section === section ? 'page' : false);
  const t = SIGN_IN_MESSAGES[options.lang ?? 'nl'];
  const p = PAGE_MESSAGES[options.lang ?? 'nl'];
  const account = options.who
    ? html`<form method="post" action="/sign-out" class="account"><span>${t.signedInAs} ${options.who.name}</span> <button type="submit">${t.signOut}</button></form>`
    : options.section === 'sign-in'
      ? false
      : html`<a href="/sign-in?lang=${options.lang ?? 'nl'}">${t.title}</a>`;
  return html`<!doctype html>
<html lang="${options.lang ?? 'nl'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/host.css">
${(options.scripts ?? []).map((src) => html`<script type="module" src="${src}"></script>\n`)}</head>
<body>
<a class="skip-link" href="#main">${p.skipLink}</a>
<header class="site-header">
<a class="brand" href="${to('/')}">Poolster</a>
<nav aria-label="${p.mainMenu}">
<a href="${to('/')}" aria-current="${current('scan') || 'false'}">${p.navScan}</a>
<a href="${to('/dashboard')}" aria-current="${current('dashboard') || 'false'}">${p.navDashboard}</a>
${options.who?.role === 'network-admin' ? html`<a href="${to('/admin')}" aria-current="${current('admin') || 'false'}">${ADMIN_MESSAGES[options.lang ?? 'nl'].title}</a>` : false}
</nav>
${account}
</header>
<main id="main" tabindex="-1">
${options.main}
</main>
</body>
</html>
`.value;
}

/** The zone of a page's times when its view names none (the server always passes its configured one). */
const PAGE_TIME_ZONE = 'Europe/Brussels';

/** A time in the server's time zone: the one its mails and the elements on its pages use too. */
const dateTime = (iso: string, lang: Language, timeZone = PAGE_TIME_ZONE) => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return html`${iso}`;
  const shown = new Intl.DateTimeFormat(PAGE_MESSAGES[lang].locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
  return html`<time datetime="${date.toISOString()}">${shown}</time>`;
};

const overviewLinks = (id: string, lang: Language) => {
  const p = PAGE_MESSAGES[lang];
  const base = `/api/responses/${encodeURIComponent(id)}/overview`;
  return html`<a href="${base}.html">${p.overviewHtml}</a>, <a href="${base}.txt">${p.overviewText}</a>, <a href="${base}.eml" download>${p.overviewMail}</a>`;
};

/**
 * Once sent, the scan's confirmation links to the scan's report page (`report-href`, `{id}` the response's id).
 * `instrumentId`: the scan keeps the centre's draft on this server, at /api/drafts/<instrumentId>. A member
 * of a centre (`rounds`) also gets the team round inside the scan: its element comes with its own script.
 */
export function scanPage(title: string, who?: Who, lang: Language = 'nl', instrumentId?: string, keepLang = false, rounds = false, timeZone = PAGE_TIME_ZONE): string {
  const p = PAGE_MESSAGES[lang];
  return layout({
    title,
    who,
    lang,
    keepLang,
    section: 'scan',
    scripts: rounds ? ['/poolster.js', '/poolster-rounds.js'] : ['/poolster.js'],
    main: html`<h1>${title}</h1>
<p class="lead">${p.scanLead}
${p.scanSentBefore}<a href="${pageLink('/dashboard', lang, keepLang)}">${p.dashboardLink}</a>${p.scanSentAfter}</p>
<poolster-scan src="/instrument.json" action="/api/responses" report-href="${pageLink('/report/{id}', lang, keepLang)}"${instrumentId ? html` draft-url="/api/drafts/${encodeURIComponent(instrumentId)}"` : ''} lang="${lang}" time-zone="${timeZone}">${
      rounds ? html`<poolster-round slot="round" rounds-url="/api/rounds"></poolster-round>` : ''
    }</poolster-scan>`,
  });
}

/** What the dashboard shows: the comparison (filled by /dashboard.js), then one page of the stored scans. */
export interface DashboardView {
  /** How many scans are stored. */
  total: number;
  /** This page of them, newest first. */
  scans: StoredSummary[];
  /** The cursor of the next page, when there is one. */
  next?: string;
  /** Whether this is a later page (it links back to the first). */
  later: boolean;
  who?: Who;
  lang?: Language;
  /** Whether the page was asked with `?lang=`: its links then carry it. */
  keepLang?: boolean;
  /** The server's time zone (IANA name). */
  timeZone?: string;
}

export function dashboardPage(view: DashboardView): string {
  const lang = view.lang ?? 'nl';
  const p = PAGE_MESSAGES[lang];
  const to = (path: string) => pageLink(path, lang, view.keepLang);
  const rows = view.scans.map(
    (s) => html`<tr>
<th scope="row"><a href="${to(`/report/${encodeURIComponent(s.id)}`)}">${s.centre || p.noName}</a></th>
<td>${dateTime(s.submittedAt, lang, view.timeZone)}</td>
<td>${s.instrumentVersion}</td>
<td>${overviewLinks(s.id, lang)}</td>
</tr>`,
  );
  const pages = [
    view.later ? html`<a href="${to('/dashboard')}">${p.newest}</a>` : false,
    view.next ? html`<a href="${to(`/dashboard?cursor=${encodeURIComponent(view.next)}`)}" rel="next">${p.older}</a>` : false,
  ].filter((link): link is Html => link !== false);
  return layout({
    title: `${p.dashboardTitle} – Poolster`,
    who: view.who,
    lang,
    keepLang: view.keepLang === true,
    section: 'dashboard',
    scripts: ['/poolster.js', '/dashboard.js'],
    main: html`<h1>${p.dashboardTitle}</h1>
${
  view.total === 0
    ? html`<p class="lead">${p.noScans} <a href="${to('/')}">${p.noScansLink}</a> ${p.noScansAfter}</p>`
    : html`<p class="lead">${formatMessage(p.submittedCount, lang, { count: view.total })}.</p>
<section aria-labelledby="compare-title">
<h2 id="compare-title">${p.compareTitle}</h2>
<p>${p.compareLead}</p>
<p id="compare-status" class="status" role="status" data-failed="${p.compareFailed}"></p>
<poolster-compare lang="${lang}"></poolster-compare>
</section>
<section aria-labelledby="list-title">
<h2 id="list-title">${p.listTitle}</h2>
<div class="table-wrap">
<table class="scans">
<thead><tr><th scope="col">${p.columnCentre}</th><th scope="col">${p.columnSubmitted}</th><th scope="col">${p.columnVersion}</th><th scope="col">${p.columnOverview}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
${pages.length > 0 ? html`<nav class="pages" aria-label="${p.morePages}">${pages.map((link, i) => html`${i > 0 ? ' · ' : ''}${link}`)}</nav>` : false}
</section>`
}`,
  });
}

/** What a report page needs to know of its scan. */
export interface ReportView {
  who?: Who;
  id: string;
  centre: string;
  submittedAt: string;
  lang?: Language;
  /** Whether the page was asked with `?lang=`: its links then carry it. */
  keepLang?: boolean;
  /** The server's time zone (IANA name). */
  timeZone?: string;
}

export function reportPage(scan: ReportView): string {
  const lang = scan.lang ?? 'nl';
  const p = PAGE_MESSAGES[lang];
  const name = scan.centre || p.noName;
  return layout({
    title: `${fillPlaceholders(p.reportTitle, { name })} – Poolster`,
    who: scan.who,
    lang,
    keepLang: scan.keepLang === true,
    section: 'report',
    scripts: ['/poolster.js'],
    // The page's own chrome (the way back, the heading the report repeats, the mail links) is not printed:
    // the printed report is the element's, for a director to read.
    main: html`<p class="back no-print"><a href="${pageLink('/dashboard', lang, scan.keepLang)}">${p.back}</a></p>
<h1 class="no-print">${p.reportHeading}: ${name}</h1>
<p class="lead no-print">${p.reportSubmitted} ${dateTime(scan.submittedAt, lang, scan.timeZone)}. ${p.reportOverview} ${overviewLinks(scan.id, lang)}.</p>
<poolster-report src="/instrument.json" response-src="/api/responses/${encodeURIComponent(scan.id)}" lang="${lang}" time-zone="${scan.timeZone ?? PAGE_TIME_ZONE}"></poolster-report>`,
  });
}

export function errorPage(status: number, message: string, lang: Language = 'nl'): string {
  const p = PAGE_MESSAGES[lang];
  const title = errorPageTitle(p, status);
  return layout({
    title: `${title} – Poolster`,
    section: 'error',
    lang,
    main: html`<h1>${title}</h1>
<p>${message}</p>
<p>${status === 401 ? html`<a href="/sign-in?lang=${lang}">${SIGN_IN_MESSAGES[lang].title}</a> · ` : false}<a href="/">${p.toScan}</a> · <a href="/dashboard">${p.toDashboard}</a></p>`,
  });
}
