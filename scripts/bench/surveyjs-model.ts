/**
 * The GO! instrument as a SurveyJS survey (JSON for `new Survey.Model(json)`), so that the benchmark can
 * measure SurveyJS on the same content as the scan: the introduction and the centre's name on the first
 * page, one page per building block with its reading material, its four stage texts and the same six
 * questions (with their comment boxes), then the final page (inspiring practices, priorities).
 *
 * Question names: `centre-name`, `<block id>/<question id>`, and the final questions' ids; SurveyJS keeps a
 * comment under `<name>-Comment`. Option values are the instrument's ids, so `survey.data` can be checked
 * against the same expected answers as the scan's response.
 */
import { fillPlaceholders, isListItem, localize, type Block, type Instrument, type Question, type RichText, type Text } from '../../packages/schema/src/index.js';

/** A SurveyJS element or page, as plain JSON (SurveyJS reads it with its serializer). */
export type SurveyJson = Record<string, unknown>;

export const surveyName = (blockId: string, questionId: string): string => `${blockId}/${questionId}`;

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The instrument's texts in its default language (the GO! content has only Dutch). */
function texts(instrument: Instrument) {
  const lang = instrument.defaultLanguage;
  const text = (t: Text | undefined): string => localize(t, lang, lang);
  const rich = (value: RichText | undefined, values: Record<string, string> = {}): string =>
    (value ?? [])
      .map((part) =>
        isListItem(part)
          ? `<ul>${part.list.map((item) => `<li>${escapeHtml(fillPlaceholders(text(item), values))}</li>`).join('')}</ul>`
          : `<p>${escapeHtml(fillPlaceholders(text(part), values))}</p>`,
      )
      .join('');
  return { text, rich };
}

/** A block's reading material as the scan shows it: the definition open, the rest behind a summary to open. */
function readingMaterial(instrument: Instrument, block: Block): string {
  const { text, rich } = texts(instrument);
  const section = (title: string, body: string) => (body ? `<details><summary>${escapeHtml(title)}</summary>${body}</details>` : '');
  const definition = block.definition ? `<h4>Definitie</h4>${rich(block.definition.text)}` : '';
  const references = (block.qualityReferences ?? []).map((r) => `<p><strong>${escapeHtml(r.code)}</strong> ${escapeHtml(text(r.text))}</p>`).join('');
  const scales = (block.developmentScales ?? []).map((s) => `<h5>${escapeHtml(`${s.code} ${text(s.title)}`)}</h5>${rich(s.text)}`).join('');
  const reflection = block.reflection
    ? `<p>${escapeHtml(text(block.reflection.intro))}</p><ul>${block.reflection.prompts.map((p) => `<li>${escapeHtml(text(p))}</li>`).join('')}</ul>`
    : '';
  const footnotes = (block.footnotes ?? []).map((f) => `<p>${escapeHtml(`${f.mark} ${text(f.text)}`)}</p>`).join('');
  return `<section aria-label="Achtergrond bij deze bouwsteen">${definition}${section('Kwaliteitsverwachtingen', references)}${section('Ontwikkelingsschalen', scales)}${section(text(block.reflection?.question) || 'Reflecties', reflection)}${section('Voetnoten', footnotes)}</section>${rich(instrument.placementNote)}`;
}

/** One of the instrument's block questions as a SurveyJS question for this block. */
function blockQuestion(instrument: Instrument, block: Block, question: Question): SurveyJson {
  const { text, rich } = texts(instrument);
  const name = text(block.name ?? block.title);
  const base: SurveyJson = {
    name: surveyName(block.id, question.id),
    title: fillPlaceholders(text(question.prompt), { block: name }),
    isRequired: question.required === true,
  };
  if ('requiredMessage' in question && question.requiredMessage) base.requiredErrorText = fillPlaceholders(text(question.requiredMessage), { block: name });
  const comment = 'comment' in question && question.comment ? { showCommentArea: true, commentText: text(question.comment.label) } : {};
  switch (question.type) {
    case 'stage':
      // The stage's name, then its text for this block: SurveyJS shows a choice's text as one run of text.
      return {
        ...base,
        type: 'radiogroup',
        choices: instrument.stages.map((stage) => ({
          value: stage.id,
          text: `${text(stage.label)}${stage.gloss ? ` (${text(stage.gloss)})` : ''} — ${(block.stages[stage.id] ?? [])
            .map((part) => (isListItem(part) ? part.list.map(text).join(' ') : text(part)))
            .join(' ')}`,
        })),
        ...comment,
      };
    case 'ambition':
    case 'single-choice':
      return { ...base, type: 'radiogroup', choices: question.options.map((o) => ({ value: o.id, text: text(o.label) })), ...comment };
    case 'multiple-choice': {
      const other = question.options.find((o) => o.other);
      return {
        ...base,
        type: 'checkbox',
        // An exclusive option ("none") clears the others when checked, as in the scan.
        choices: question.options.filter((o) => !o.other).map((o) => ({ value: o.id, text: text(o.label), ...(o.exclusive ? { isExclusive: true } : {}) })),
        ...(other ? { showOtherItem: true, otherText: text(other.label) } : {}),
        ...comment,
      };
    }
    default:
      return { ...base, type: 'html', html: rich([`(${question.type})`]) };
  }
}

/** The blocks in order, with the label the scan shows ("4.1 Behartiger van de leerling"). */
export function blocksOf(instrument: Instrument): Array<{ block: Block; title: string; label: string }> {
  const { text } = texts(instrument);
  return instrument.clusters
    .flatMap((c) => c.blocks)
    .map((block) => ({ block, title: text(block.title), label: `${block.number ? `${block.number} ` : ''}${text(block.title)}` }));
}

/** The final questions: inspiring practices as a checkbox list, the priorities as a ranking of the chosen blocks. */
function finalQuestion(instrument: Instrument, question: Question): SurveyJson {
  const { text } = texts(instrument);
  const choices = blocksOf(instrument).map(({ block, label }) => ({ value: block.id, text: label }));
  const base = {
    name: question.id,
    title: text(question.prompt),
    isRequired: question.required === true,
    ...('requiredMessage' in question && question.requiredMessage ? { requiredErrorText: text(question.requiredMessage) } : {}),
  };
  if (question.type === 'block-pick') {
    return {
      ...base,
      type: 'checkbox',
      ...(question.help ? { description: text(question.help) } : {}),
      choices: [...choices, ...(question.none ? [{ value: question.none.id, text: text(question.none.label), isExclusive: true }] : [])],
      ...(question.max ? { maxSelectedChoices: question.max } : {}),
      ...(question.min ? { minSelectedChoices: question.min } : {}),
    };
  }
  if (question.type === 'block-ranking') {
    // "Select to rank": blocks are picked into an ordered list (a click or a drag each), with a minimum
    // and a maximum, which is what the priorities are: 3 to 5 distinct blocks, most important first.
    return {
      ...base,
      type: 'ranking',
      selectToRankEnabled: true,
      selectToRankAreasLayout: 'vertical',
      choices,
      ...(question.max ? { maxSelectedChoices: question.max } : {}),
      ...(question.min ? { minSelectedChoices: question.min } : {}),
    };
  }
  return { ...base, type: 'comment' };
}

/** The whole survey, in the instrument's default language, with SurveyJS's own navigation buttons. */
export function surveyJsModel(instrument: Instrument): SurveyJson {
  const { text, rich } = texts(instrument);
  const intro = instrument.intro.map((section) => `<details><summary>${escapeHtml(text(section.title))}</summary>${rich(section.body)}</details>`).join('');
  const stages = `<h4>De stadia</h4><ul>${instrument.stages.map((s) => `<li><strong>${escapeHtml(`${text(s.label)}${s.gloss ? ` (${text(s.gloss)})` : ''}`)}</strong></li>`).join('')}</ul>`;
  const context = instrument.contextQuestions.map((q) => ({ type: 'text', name: q.id, title: text(q.prompt), isRequired: q.required === true }));
  return {
    locale: instrument.defaultLanguage,
    title: text(instrument.title),
    showQuestionNumbers: 'off',
    pages: [
      { name: 'intro', title: 'Inleiding', elements: [{ type: 'html', name: 'intro-text', html: `${intro}${stages}` }, ...context] },
      ...blocksOf(instrument).map(({ block, label }) => ({
        name: `block:${block.id}`,
        title: label,
        elements: [{ type: 'html', name: `${block.id}/reading`, html: readingMaterial(instrument, block) }, ...instrument.blockQuestions.map((q) => blockQuestion(instrument, block, q))],
      })),
      ...(instrument.finalQuestions.length ? [{ name: 'final', title: 'Over alle bouwstenen heen', elements: instrument.finalQuestions.map((q) => finalQuestion(instrument, q)) }] : []),
    ],
  };
}
