/**
 * The two pages the benchmark loads, served from loopback by the project's static server: the scan as a
 * page that embeds it (the drop-in and nothing else), and the same content in SurveyJS 2.5.38 (its UMD
 * builds, its Dutch strings and its default theme, straight from node_modules).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dropInRoutes, GO_INSTRUMENT, goInstrument, repo } from '../test/e2e-scan.js';
import { serveStatic, type StaticServer } from '../test/static-server.js';
import { surveyJsModel } from './surveyjs-model.js';

export const POOLSTER_PAGE = '/poolster.html';
export const SURVEYJS_PAGE = '/surveyjs.html';
/** A page with nothing on it: its heap is the floor every page starts from. */
export const EMPTY_PAGE = '/empty.html';

const POOLSTER_HTML = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Poolster</title><script type="module" src="/poolster.js"></script></head>
<body><main><poolster-scan src="/instrument.json" draft-key="bench"></poolster-scan></main></body></html>`;

/**
 * SurveyJS as its documentation embeds it: survey-core, survey-js-ui and the Dutch strings as scripts, the
 * default theme's style sheet; the survey's JSON is fetched (like the scan's instrument, it is not counted
 * in the bytes). `window.surveyResult` receives `survey.data` on completion, for the check.
 */
const SURVEYJS_HTML = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>SurveyJS</title>
<link rel="stylesheet" href="/survey-core/survey-core.min.css">
<script src="/survey-core/survey.core.min.js"></script>
<script src="/survey-js-ui/survey-js-ui.min.js"></script>
<script src="/survey-core/i18n/dutch.min.js"></script></head>
<body><main><div id="survey"></div></main>
<script type="module">
const json = await (await fetch('/surveyjs-model.json')).json();
const survey = new Survey.Model(json);
survey.onComplete.add((sender) => { window.surveyResult = sender.data; });
window.survey = survey;
survey.render(document.getElementById('survey'));
</script></body></html>`;

/** Starts the static server with both pages, the instrument and the SurveyJS model generated from it. */
export async function servePages(): Promise<StaticServer> {
  const dir = repo('node_modules/.cache/poolster-bench');
  mkdirSync(dir, { recursive: true });
  const file = (name: string, text: string) => {
    writeFileSync(`${dir}/${name}`, text);
    return `${dir}/${name}`;
  };
  const modules = (pkg: string, files: string[]) => Object.fromEntries(files.map((f) => [`/${pkg}/${f}`, repo(`node_modules/${pkg}/${f}`)]));
  return serveStatic(dir, {
    routes: {
      ...dropInRoutes(),
      '/instrument.json': GO_INSTRUMENT,
      [POOLSTER_PAGE]: file('poolster.html', POOLSTER_HTML),
      [SURVEYJS_PAGE]: file('surveyjs.html', SURVEYJS_HTML),
      [EMPTY_PAGE]: file('empty.html', '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Leeg</title></head><body></body></html>'),
      '/surveyjs-model.json': file('surveyjs-model.json', JSON.stringify(surveyJsModel(goInstrument()))),
      ...modules('survey-core', ['survey-core.min.css', 'survey.core.min.js', 'i18n/dutch.min.js']),
      ...modules('survey-js-ui', ['survey-js-ui.min.js']),
    },
  });
}
