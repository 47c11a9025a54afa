/**
 * A text that depends on a count: one form per plural category of the language
 * (`Intl.PluralRules`: zero, one, two, few, many, other). `other` is required because every language
 * has it; a category the message has no form for reads as `other`.
 */
export interface PluralForms {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** A message: plain text, or plural forms chosen by a `count` value. */
export type Message = string | PluralForms;

// One set of rules per language: a view may ask for every figure it shows.
const rulesByLanguage = new Map<string, Intl.PluralRules>();

function rulesFor(lang: string): Intl.PluralRules {
  let rules = rulesByLanguage.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(Intl.PluralRules.supportedLocalesOf(lang).length > 0 ? lang : 'en');
    rulesByLanguage.set(lang, rules);
  }
  return rules;
}

/** The plural category of `count` in `lang`: French says "0 module" and "1,5 modules", English "0 modules". */
export function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  return rulesFor(lang).select(count);
}

/** The form of `message` for `count`: the language's category when the message has it, else `other`. */
export function choosePlural(message: Message, lang: string, count: number | undefined): string {
  if (typeof message === 'string') return message;
  if (count === undefined) return message.other;
  return message[pluralCategory(lang, count)] ?? message.other;
}

export function isPluralForms(value: unknown): value is PluralForms {
  return typeof value === 'object' && value !== null && typeof (value as PluralForms).other === 'string';
}
