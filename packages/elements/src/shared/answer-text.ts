import { isAnswered, modelOf, type Answer, type Instrument, type Question, type Text } from '@poolster/schema';
import { format } from '../i18n/strings.js';

export interface AnswerWords {
  /** Reads a content text in the shown language. */
  text(value: Text | undefined): string;
  /** "Not answered" in the interface language. */
  notAnswered: string;
  /** How a rank reads, with {n} and {label}: "{n}. {label}". */
  rank: string;
}

/** An answer in words, as the team gave it: one line per chosen option, block or rank. */
export function answerText(instrument: Instrument, q: Question, answer: Answer | undefined, words: AnswerWords): string[] {
  if (!answer || !isAnswered(q, answer)) return [words.notAnswered];
  const block = (id: string) => {
    const entry = modelOf(instrument).blockById.get(id);
    return entry ? words.text(entry.block.title) : id;
  };
  switch (q.type) {
    case 'text':
      return [answer.text ?? ''];
    case 'stage': {
      const stage = instrument.stages.find((s) => s.id === answer.choice);
      return [stage ? words.text(stage.label) : (answer.choice ?? '')];
    }
    case 'ambition':
    case 'single-choice': {
      const option = q.options.find((o) => o.id === answer.choice);
      return [option ? words.text(option.label) : (answer.choice ?? '')];
    }
    case 'multiple-choice':
      return (answer.choices ?? []).map((id) => {
        const option = q.options.find((o) => o.id === id);
        const label = option ? words.text(option.label) : id;
        return option?.other && answer.other ? `${label} ${answer.other}` : label;
      });
    case 'block-pick':
      return answer.none && q.none ? [words.text(q.none.label)] : (answer.blocks ?? []).map(block);
    case 'block-ranking':
      return (answer.blocks ?? []).map((id, i) => format(words.rank, { n: i + 1, label: block(id) }));
  }
}
