import { ownScaffoldWords, type ScaffoldWords } from './scaffold-words.js';

/** What a new instrument is made from: the answers to `poolster init`'s questions. */
export interface ScaffoldPlan {
  name?: string;
  languages: string[];
  /** The stages' names in the first language, or only how many there are (the names left to write). */
  stages: string[] | number;
  clusters: number;
  blocks: number;
  /** The `$schema` values, relative to the folder (root) and to its blocks/ folder (blocks). */
  schema: { root: string; block: string };
}

type Json = Record<string, unknown>;
type Text = Record<string, string>;

/**
 * The files of a new source folder, by path relative to it: `instrument.json` and `blocks/<id>.json`.
 * The result is a valid instrument as it stands, so the scan can be previewed at once; every text the
 * author still has to write is marked with TODO in its own language. Each stage is described once, with
 * `{block}`, for every block (assembling fills it in per block); a block file overrides a stage by
 * giving its own text under `stages`, so a new author writes one text per stage instead of one per block.
 */
export function scaffoldFiles(plan: ScaffoldPlan): Record<string, Json> {
  const { languages } = plan;
  const words = (lang: string): { w: ScaffoldWords; own: boolean } => {
    const own = ownScaffoldWords(lang);
    return { w: own ?? ownScaffoldWords('en')!, own: own !== undefined };
  };
  /** A text in every language; where a language has no words of its own, the English ones to translate. */
  const text = (pick: (w: ScaffoldWords) => string, toWrite = false): Text =>
    Object.fromEntries(
      languages.map((lang) => {
        const { w, own } = words(lang);
        return [lang, toWrite || !own ? w.todo(pick(w)) : pick(w)];
      }),
    );
  const todo = (pick: (w: ScaffoldWords) => string): Text => text(pick, true);
  /** A name given in the first language: as it is there, marked for translation in the others. */
  const named = (value: string): Text =>
    Object.fromEntries(languages.map((lang, i) => [lang, i === 0 ? value : words(lang).w.todo(value)]));
  const same = (value: string): Text => Object.fromEntries(languages.map((lang) => [lang, value]));

  const stages = stageList(plan.stages);
  const stageLabel = (stage: (typeof stages)[number]): Text =>
    stage.name === undefined ? todo((w) => w.stageLabel(stage.n)) : named(stage.name);
  const labelFor = (stage: (typeof stages)[number], lang: string): string =>
    stage.name ?? `${words(lang).w.stageLabel(stage.n)}`;

  const blockIds = Array.from({ length: plan.blocks }, (_, i) => `block-${i + 1}`);
  const clusters = Array.from({ length: plan.clusters }, (_, c) => ({
    id: `cluster-${c + 1}`,
    title: todo((w) => w.clusterTitle(c + 1)),
    blocks: blockIds.filter((_, b) => Math.floor((b * plan.clusters) / plan.blocks) === c),
  }));

  const root: Json = {
    $schema: plan.schema.root,
    schemaVersion: 1,
    id: slug(plan.name ?? '') || 'my-scan',
    version: '0.1.0',
    title: plan.name ? same(plan.name) : todo((w) => w.title),
    publisher: plan.name ? same(plan.name) : todo((w) => w.title),
    description: todo((w) => w.description),
    defaultLanguage: languages[0],
    languages,
    blockPlaceholder: text((w) => w.blockPlaceholder),
    stages: stages.map((stage) => ({
      id: stage.id,
      label: stageLabel(stage),
      description: [
        Object.fromEntries(languages.map((lang) => [lang, words(lang).w.todo(words(lang).w.stageDescription(labelFor(stage, lang)))])),
      ],
    })),
    intro: [{ id: 'about', title: text((w) => w.aboutTitle), body: [todo((w) => w.aboutBody)] }],
    contextQuestions: [{ id: 'organisation', type: 'text', prompt: text((w) => w.organisation), required: true }],
    blockQuestions: [
      { id: 'now', type: 'stage', prompt: text((w) => w.now), required: true },
      {
        id: 'next',
        type: 'ambition',
        prompt: text((w) => w.next),
        required: true,
        relativeTo: 'now',
        options: [
          { id: 'stay', label: text((w) => w.stay) },
          ...stages.slice(1).map((stage) => ({
            id: `to-${stage.id}`,
            label: Object.fromEntries(languages.map((lang) => [lang, reachLabel(words(lang), labelFor(stage, lang))])),
            stage: stage.id,
          })),
        ],
      },
    ],
    finalQuestions: [
      {
        id: 'priorities',
        type: 'block-ranking',
        prompt: text((w) => w.priorities),
        required: true,
        min: 1,
        max: Math.min(3, plan.blocks),
        slotLabel: text((w) => w.priority),
      },
    ],
    clusters,
  };

  const files: Record<string, Json> = { 'instrument.json': root };
  blockIds.forEach((id, b) => {
    files[`blocks/${id}.json`] = {
      $schema: plan.schema.block,
      id,
      title: todo((w) => w.blockTitle(b + 1)),
      name: todo((w) => w.blockName(b + 1)),
      definition: { text: [todo((w) => w.blockDefinition)] },
      qualityReferences: [],
      developmentScales: [],
      footnotes: [],
    };
  });
  return files;
}

function reachLabel({ w, own }: { w: ScaffoldWords; own: boolean }, label: string): string {
  return own ? w.reach(label) : w.todo(w.reach(label));
}

/** Stage ids from their names ("Geïntegreerd" → "geintegreerd"), or stage-1, stage-2 … when unnamed. */
function stageList(stages: string[] | number): Array<{ id: string; n: number; name?: string }> {
  if (typeof stages === 'number') return Array.from({ length: stages }, (_, i) => ({ id: `stage-${i + 1}`, n: i + 1 }));
  const seen = new Set<string>();
  return stages.map((name, i) => {
    let id = slug(name);
    if (!id || seen.has(id)) id = `stage-${i + 1}`;
    seen.add(id);
    return { id, n: i + 1, name };
  });
}

/** An id from a name: accents dropped, lower case, words joined by "-", at most 64 characters. */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}
