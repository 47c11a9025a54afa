import { lateWordsReady, loadLateWords } from '../i18n/words-loader.js';
import { loadOnce } from '../shared/load-once.js';

/**
 * The messages beside the fields and in the error summary (field-messages.ts, with their words and the
 * validation messages among the late words): in the drop-in, files of their own, fetched with the scan's last
 * steps at idle once the first block is drawn, or at once the first time the scan has an error to show
 * (answering.ts waits for them before it shows one). A failed load is tried again at the next need.
 */
type FieldMessages = typeof import('./field-messages.js');

export const loadFieldMessages = loadOnce<FieldMessages>(() => import('./field-messages.js'));

/** The messages' code once here, else undefined. */
export const fieldMessages = (): FieldMessages | undefined => loadFieldMessages.loaded();

/** Whether an error can be worded now in `lang`: the messages' code and the late words are here. */
export const errorWordsReady = (lang: string): boolean => fieldMessages() !== undefined && lateWordsReady(lang);

/** Loads what wording an error in `lang` takes. */
export const loadErrorWords = (lang: string): Promise<unknown> => Promise.all([loadFieldMessages(), loadLateWords(lang)]);
