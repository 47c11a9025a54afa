import type { Instrument } from '../../instrument.js';
import { formatPath } from '../../issues.js';
import { localize } from '../../localize.js';
import { formatIssue } from '../../messages/index.js';
import type { PlacedIssue } from '../source.js';
import { previewMessages } from './preview-messages.js';

export type PreviewView = 'scan' | 'report' | 'compare';

export const VIEW_PATHS: Record<PreviewView, string> = { scan: '/', report: '/report', compare: '/compare' };

export interface PageState {
  lang: string;
  /** Present when the instrument is valid. */
  instrument?: Instrument;
  issues: readonly PlacedIssue[];
  /** False when @poolster/elements is not installed: the page says how to install it. */
  elements: boolean;
}

/** Text for HTML: every value in the page is escaped, never markup (texts come from the author's files). */
const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** `blocks/prevention.json:12:5`: where the author finds it, as the terminal prints it. */
export const placeOf = (placed: PlacedIssue): string =>
  placed.line === undefined ? placed.file : `${placed.file}:${placed.line}:${placed.column}`;

function issueList(id: string, heading: string, issues: readonly PlacedIssue[], lang: string): string {
  const items = issues
    .map((placed) => {
      const path = placed.path.length > 0 ? ` <span class="path">${escape(formatPath(placed.path))}</span>` : '';
      return `<li><code class="place">${escape(placeOf(placed))}</code>${path}: ${escape(formatIssue(placed.issue, lang))}</li>`;
    })
    .join('\n');
  return `<section class="issues ${id}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${escape(heading)}</h2>\n<ul>\n${items}\n</ul>\n</section>`;
}

/**
 * One page of the preview: a menu of the three views (links, so each view has its own address and the
 * browser's history works), then the view's element; or, while the instrument is not valid, the list of
 * problems with the file, line and column of each. The elements load from the installed drop-in only.
 */
export function renderPage(view: PreviewView, state: PageState): string {
  const m = previewMessages(state.lang);
  const errors = state.issues.filter((i) => i.issue.severity === 'error');
  const warnings = state.issues.filter((i) => i.issue.severity === 'warning');
  const title = state.instrument ? localize(state.instrument.title, state.lang, state.instrument.defaultLanguage) : '';
  const heading = m.heading(title || '…');
  const nav = (Object.keys(VIEW_PATHS) as PreviewView[])
    .map((v) => `<li><a href="${VIEW_PATHS[v]}"${v === view ? ' aria-current="page"' : ''}>${escape(m[v])}</a></li>`)
    .join('');
  const lang = escape(state.lang);
  let body: string;
  if (!state.instrument) {
    body = `${issueList('errors', m.issuesHeading(errors.length), errors, state.lang)}\n<p>${escape(m.issuesHelp)}</p>`;
  } else if (!state.elements) {
    body = `<p class="missing" role="alert">${escape(m.noElements)}</p>`;
  } else {
    const element = {
      scan: `<poolster-scan src="/instrument.json" lang="${lang}" draft-key="poolster-preview"></poolster-scan>`,
      report: `<poolster-report src="/instrument.json" response-src="/response.json" lang="${lang}"></poolster-report>`,
      compare: `<poolster-compare lang="${lang}"></poolster-compare>`,
    }[view];
    const note = view === 'scan' ? '' : `<p class="note">${escape(m.generated)}</p>\n`;
    body = `${note}${element}`;
  }
  const warningList = warnings.length > 0 ? `\n${issueList('warnings', m.warningsHeading(warnings.length), warnings, state.lang)}` : '';
  const dropIn = state.instrument && state.elements ? '\n<script type="module" src="/elements/poolster.js"></script>' : '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(`${heading} · ${m[view]}`)}</title>
<link rel="stylesheet" href="/preview.css">
<script type="module" src="/preview.js"></script>${dropIn}
</head>
<body>
<header>
<h1>${escape(heading)}</h1>
<nav aria-label="${escape(m.navLabel)}"><ul>${nav}</ul></nav>
<p class="live">${escape(m.live)}</p>
</header>
<main>
${body}${warningList}
</main>
</body>
</html>
`;
}

/** The page's own script: reload on the server's signal (Server-Sent Events), and give the comparison its data. */
export const PREVIEW_SCRIPT = `const events = new EventSource('/events');
events.addEventListener('reload', () => location.reload());
const compare = document.querySelector('poolster-compare');
if (compare) {
  const [instrument, scans] = await Promise.all([fetch('/instrument.json'), fetch('/scans.json')].map((p) => p.then((r) => r.json())));
  compare.instrument = instrument;
  compare.entries = scans;
}
`;

export const PREVIEW_STYLES = `body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 0 1rem 2rem; color: #1b1b1b; }
header { border-bottom: 1px solid #c8c8c8; margin-bottom: 1rem; }
h1 { font-size: 1.4rem; margin: 1rem 0 0.5rem; }
nav ul { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; }
nav a { display: inline-block; padding: 0.5rem 0.25rem; color: #0b4f9c; }
nav a[aria-current="page"] { font-weight: 700; color: #1b1b1b; text-decoration-thickness: 3px; }
.live, .note { color: #4a4a4a; font-size: 0.9rem; }
.issues { border-left: 4px solid #b3261e; padding: 0.25rem 1rem; margin: 1rem 0; background: #fdf3f2; }
.issues.warnings { border-color: #8a5a00; background: #fff8e6; }
.issues li { margin: 0.4rem 0; }
.place { font-weight: 700; }
.path { font-family: ui-monospace, monospace; }
.missing { border-left: 4px solid #b3261e; padding: 0.5rem 1rem; background: #fdf3f2; }
`;
