import { aspectQuestions, modelOf, type Answer, type Instrument, type Question, type Response, type Text } from '@poolster/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { format } from '../i18n/strings.js';
import { answerText } from '../shared/answer-text.js';
import { aspectTable, type AspectColumn, type AspectRow } from './aspect-table.js';
import type { ReportStrings } from './report.strings.js';
import { teamRound } from './team-round.js';

export interface DetailWords {
  instrument: Instrument;
  response: Response;
  text: (value: Text | undefined) => string;
  stageLabels: string[];
  t: ReportStrings;
  lang: string;
}

/**
 * Every answer, per cluster and block, under the questions' short labels ("Hefbomen"): the full question
 * is read in the scan, and repeating it for every block made the printed report eight pages long.
 */
export function details(w: DetailWords): TemplateResult {
  const { instrument, response, text, t } = w;
  return html`<section class="details" aria-labelledby="details-heading">
    <h3 id="details-heading">${t.detailsTitle}</h3>
    ${aspectSections(w)}
    ${instrument.clusters.map(
      (cluster) => html`<section class="cluster" aria-label=${text(cluster.title)}>
        <h4 class="cluster-title">${text(cluster.title)}</h4>
        ${cluster.blocks.map(
          (block) => html`<article class="block" aria-label=${`${block.number ? `${block.number} ` : ''}${text(block.title)}`}>
            <h5>${block.number ? `${block.number} ` : ''}${text(block.title)}</h5>
            ${teamRound(instrument, response.team?.[block.id], w.stageLabels, text(block.title), t, w.lang)}
            <dl class="answers">${instrument.blockQuestions.map((q) => row(w, q, response.blocks[block.id]?.[q.id]))}</dl>
          </article>`,
        )}
      </section>`,
    )}
    ${instrument.finalQuestions.length
      ? html`<section class="cluster final" aria-label=${t.finalTitle}>
          <h4 class="cluster-title">${t.finalTitle}</h4>
          <dl class="answers">${instrument.finalQuestions.map((q) => row(w, q, response.final[q.id]))}</dl>
        </section>`
      : nothing}
  </section>`;
}

function row(w: DetailWords, q: Question, answer: Answer | undefined): TemplateResult {
  const lines = answerText(w.instrument, q, answer, { text: w.text, notAnswered: w.t.notAnswered, rank: w.t.rank });
  return html`<dt>${w.text(q.label ?? q.prompt)}</dt>
    <dd>
      ${lines.length > 1 ? html`<ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>` : lines[0]}
      ${answer?.comment ? html`<p class="comment">${format(w.t.comment, { text: answer.comment })}</p>` : nothing}
    </dd>`;
}

/**
 * How many blocks name each option of the other multiple-choice block questions (subgroup differences),
 * one table per question. Levers and obstacles (the aspect questions) are counted in the summary.
 */
function aspectSections({ instrument, response, text, t }: DetailWords): TemplateResult[] {
  const countable = (q: Question) => (q.type === 'multiple-choice' ? q.options.filter((o) => !o.exclusive && !o.other) : []);
  const groups = new Map<string, Question[]>();
  const inSummary = new Set(aspectQuestions(instrument));
  for (const q of instrument.blockQuestions) {
    if (inSummary.has(q)) continue;
    const options = countable(q);
    if (options.length === 0) continue;
    const signature = options.map((o) => o.id).sort().join('|');
    groups.set(signature, [...(groups.get(signature) ?? []), q]);
  }
  const blockCount = modelOf(instrument).blocks.length;
  return [...groups.values()].map((questions, g) => {
    const rows: AspectRow[] = countable(questions[0]!).map((o) => ({ id: o.id, label: text(o.label) }));
    const columns: AspectColumn[] = questions.map((q) => ({
      title: text(q.label ?? q.prompt),
      counts: Object.fromEntries(
        rows.map((row) => [row.id, Object.values(response.blocks).filter((answers) => answers[q.id]?.choices?.includes(row.id)).length]),
      ),
    }));
    const title = questions.length > 1 ? t.aspectsTitle : text(questions[0]!.label ?? questions[0]!.prompt);
    return html`<section class="aspects" aria-labelledby=${`aspects-${g}`}>
      <h4 id=${`aspects-${g}`}>${title}</h4>
      ${aspectTable(rows, columns, blockCount, t)}
    </section>`;
  });
}
