import { html, type Html } from './html.js';
import { ADMIN_MESSAGES } from './i18n/admin-messages.js';
import type { Language } from './i18n/language.js';
import { SIGN_IN_MESSAGES } from './i18n/sign-in-messages.js';
import type { StoredSummary } from './store/store.js';

/**
 * The server's pages: plain HTML around the Poolster elements, one stylesheet (/host.css), scripts only
 * from files (/poolster.js, /dashboard.js), no inline code, so the strict page policy holds.
 */

type Section = 'scan' | 'dashboard' | 'report' | 'error' | 'sign-in' | 'admin';

/** The signed-in person, shown in the header with a sign-out button. */
export interface Who {
  name: string;
  /** The network admin's header links to the admin page too. */
  role?: string;
}

export function layout(options: { title: string; section: Section; main: Html; scripts?: string[]; who?: Who | undefined; lang?: Language }): string {
  const current = (section: Section) => (options.section === section ? 'page' : false);
  const t = SIGN_IN_MESSAGES[options.lang ?? 'nl'];
  const account = options.who
    ? html`<form method="post" action="/sign-out" class="account"><span>${t.signedInAs} ${options.who.name}</span> <button type="submit">${t.signOut}</button></form>`
    : options.section === 'sign-in'
      ? false
      : html`<a href="/sign-in">${t.title}</a>`;
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
<a class="skip-link" href="#main">Naar de inhoud</a>
<header class="site-header">
<a class="brand" href="/">Poolster</a>
<nav aria-label="Hoofdmenu">
<a href="/" aria-current="${current('scan') || 'false'}">Scan invullen</a>
<a href="/dashboard" aria-current="${current('dashboard') || 'false'}">Dashboard</a>
${options.who?.role === 'network-admin' ? html`<a href="/admin" aria-current="${current('admin') || 'false'}">${ADMIN_MESSAGES[options.lang ?? 'nl'].title}</a>` : false}
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

const dateTime = (iso: string) => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return html`${iso}`;
  const shown = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  return html`<time datetime="${date.toISOString()}">${shown}</time>`;
};

const overviewLinks = (id: string) => {
  const base = `/api/responses/${encodeURIComponent(id)}/overview`;
  return html`<a href="${base}.html">overzicht (HTML)</a>, <a href="${base}.txt">tekst</a>, <a href="${base}.eml" download>e-mail (.eml)</a>`;
};

/** `instrumentId`: the scan keeps the centre's draft on this server, at /api/drafts/<instrumentId>. */
export function scanPage(title: string, who?: Who, instrumentId?: string): string {
  return layout({
    title,
    who,
    section: 'scan',
    scripts: ['/poolster.js'],
    main: html`<h1>${title}</h1>
<p class="lead">Vul de scan samen met je team in. Je antwoorden blijven als klad op dit toestel bewaard tot je ze verzendt.
Verzonden scans staan op het <a href="/dashboard">dashboard</a>.</p>
<poolster-scan src="/instrument.json" action="/api/responses"${instrumentId ? html` draft-url="/api/drafts/${encodeURIComponent(instrumentId)}"` : ''} lang="nl"></poolster-scan>`,
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
}

export function dashboardPage(view: DashboardView): string {
  const rows = view.scans.map(
    (s) => html`<tr>
<th scope="row"><a href="/report/${encodeURIComponent(s.id)}">${s.centre || '(zonder naam)'}</a></th>
<td>${dateTime(s.submittedAt)}</td>
<td>${s.instrumentVersion}</td>
<td>${overviewLinks(s.id)}</td>
</tr>`,
  );
  const pages = [
    view.later ? html`<a href="/dashboard">Nieuwste scans</a>` : false,
    view.next ? html`<a href="/dashboard?cursor=${encodeURIComponent(view.next)}" rel="next">Oudere scans</a>` : false,
  ].filter((link): link is Html => link !== false);
  return layout({
    title: 'Dashboard – Poolster',
    who: view.who,
    section: 'dashboard',
    scripts: ['/poolster.js', '/dashboard.js'],
    main: html`<h1>Dashboard</h1>
${
  view.total === 0
    ? html`<p class="lead">Nog geen ingediende scans. <a href="/">Vul de scan in</a> en verzend hem: hij verschijnt hier.</p>`
    : html`<p class="lead">${view.total === 1 ? '1 ingediende scan' : `${view.total} ingediende scans`}.</p>
<section aria-labelledby="compare-title">
<h2 id="compare-title">Vergelijking</h2>
<p>De laatste scan van elk centrum.</p>
<p id="compare-status" class="status" role="status"></p>
<poolster-compare lang="nl"></poolster-compare>
</section>
<section aria-labelledby="list-title">
<h2 id="list-title">Ingediende scans</h2>
<div class="table-wrap">
<table class="scans">
<thead><tr><th scope="col">Centrum</th><th scope="col">Ingediend</th><th scope="col">Versie</th><th scope="col">Overzicht</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>
${pages.length > 0 ? html`<nav class="pages" aria-label="Meer scans">${pages.map((link, i) => html`${i > 0 ? ' · ' : ''}${link}`)}</nav>` : false}
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
}

export function reportPage(scan: ReportView): string {
  const name = scan.centre || '(zonder naam)';
  return layout({
    title: `${name} – rapport – Poolster`,
    who: scan.who,
    section: 'report',
    scripts: ['/poolster.js'],
    main: html`<p class="back"><a href="/dashboard">Terug naar het dashboard</a></p>
<h1>Rapport: ${name}</h1>
<p class="lead">Ingediend ${dateTime(scan.submittedAt)}. Het overzicht van alle antwoorden, klaar voor een e-mail: ${overviewLinks(scan.id)}.</p>
<poolster-report src="/instrument.json" response-src="/api/responses/${encodeURIComponent(scan.id)}" lang="nl"></poolster-report>`,
  });
}

export function errorPage(status: number, message: string): string {
  const titles: Record<number, string> = {
    400: 'Ongeldige aanvraag',
    401: 'Aanmelden',
    403: 'Geen toegang',
    404: 'Niet gevonden',
    413: 'Te groot',
    415: 'Verkeerd formaat',
    421: 'Verkeerd adres',
    429: 'Te veel aanvragen',
    500: 'Serverfout',
    503: 'Even niet beschikbaar',
  };
  const title = titles[status] ?? 'Fout';
  return layout({
    title: `${title} – Poolster`,
    section: 'error',
    main: html`<h1>${title}</h1>
<p>${message}</p>
<p>${status === 401 ? html`<a href="/sign-in">Aanmelden</a> · ` : false}<a href="/">Naar de scan</a> · <a href="/dashboard">Naar het dashboard</a></p>`,
  });
}
