import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { loadInstrumentSource } from '../../../packages/schema/src/assemble.js';
import type { Instrument } from '../../../packages/schema/src/instrument.js';
import { isListItem, type RichText } from '../../../packages/schema/src/primitives.js';
import { walkTexts } from '../../../packages/schema/src/texts.js';
import { validateInstrument } from '../../../packages/schema/src/validate-instrument.js';

const here = (path: string) => new URL(path, import.meta.url).pathname;
const instrument: Instrument = JSON.parse(await readFile(here('../instrument.json'), 'utf8'));
const blocks = instrument.clusters.flatMap((c) => c.blocks);
const block = (id: string) => blocks.find((b) => b.id === id)!;
const paragraphs = (rich: RichText) => rich.filter((p) => !isListItem(p));

/**
 * What the handbook holds per building block, counted in the handbook: quality expectations (RclbK),
 * development scales, reflection prompts, footnotes, and paragraphs per stage
 * (fragmentary, planned, integrated, systematic). Chapter 6's blocks have no reflection prompts but a
 * "contributes to quality" text instead.
 */
const HANDBOOK: Record<string, { refs: number; scales: number; prompts: number; footnotes: number; stages: number[]; contribution: boolean }> = {
  'student-advocate': { refs: 2, scales: 3, prompts: 17, footnotes: 1, stages: [2, 2, 2, 2], contribution: false },
  'integrated-core-processes': { refs: 4, scales: 2, prompts: 17, footnotes: 2, stages: [2, 2, 1, 1], contribution: false },
  prevention: { refs: 5, scales: 1, prompts: 8, footnotes: 2, stages: [3, 1, 2, 2], contribution: false },
  'strong-teamwork': { refs: 5, scales: 2, prompts: 10, footnotes: 1, stages: [1, 1, 1, 1], contribution: false },
  'internal-partnership': { refs: 4, scales: 1, prompts: 5, footnotes: 0, stages: [3, 3, 4, 3], contribution: false },
  'external-network': { refs: 3, scales: 4, prompts: 5, footnotes: 0, stages: [2, 2, 3, 2], contribution: false },
  'integral-policy': { refs: 2, scales: 1, prompts: 0, footnotes: 0, stages: [3, 2, 3, 3], contribution: true },
  'professional-learning-community': { refs: 2, scales: 1, prompts: 0, footnotes: 0, stages: [1, 1, 2, 1], contribution: true },
  'shared-leadership': { refs: 2, scales: 2, prompts: 0, footnotes: 0, stages: [2, 1, 2, 2], contribution: true },
  'inquiring-attitude': { refs: 3, scales: 1, prompts: 0, footnotes: 0, stages: [2, 2, 2, 2], contribution: true },
  'informed-practice': { refs: 2, scales: 1, prompts: 0, footnotes: 0, stages: [2, 3, 2, 3], contribution: true },
};

describe('the GO! CLB content pack', () => {
  it('is valid, without a single warning', () => {
    assert.deepEqual(validateInstrument(instrument), []);
  });

  it('is the assembly of its source folder (run npm run generate after editing src/)', async () => {
    const assembled = await loadInstrumentSource(here('../src'), { readFile: (p) => readFile(p, 'utf8') });
    assert.ok(assembled.ok);
    assert.deepEqual(instrument, assembled.instrument);
  });

  it('has the 3 clusters and 11 building blocks of chapters 4 to 6, in order', () => {
    assert.deepEqual(
      instrument.clusters.map((c) => [c.title, c.blocks.map((b) => `${b.number} ${b.title}`)]),
      [
        ['De leerlingenbegeleiding geboden door CLB', ['4.1 Behartiger van de leerling', '4.2 Geïntegreerde benadering van de kernprocessen', '4.3 Preventie']],
        ['Sterke partnerschappen binnen het ecosysteem', ['5.1 Sterk teamwerk', '5.2 Sterk partnerschap: intern binnen GO!', '5.3 Sterk netwerk: netoverstijgend en extern']],
        [
          'Het CLB-beleid',
          [
            '6.1 Integraal beleid',
            '6.2 Ontwikkeling als professionele leergemeenschap (PLG)',
            '6.3 Vanuit gedeeld leiderschap',
            '6.4 Onderzoekende houding',
            '6.5 Geïnformeerde praktijken',
          ],
        ],
      ],
    );
  });

  it('has the four stages of the continuum with their glosses and generic descriptions', () => {
    assert.deepEqual(
      instrument.stages.map((s) => [s.id, s.label, s.gloss ?? null]),
      [
        ['fragmentary', 'Fragmentair', null],
        ['planned', 'Planmatig', 'plan'],
        ['integrated', 'Geïntegreerd', 'plan + do'],
        ['systematic', 'Systematisch', 'plan + do + check + act'],
      ],
    );
    for (const stage of instrument.stages) assert.match(String(stage.description[0]), /\{block\}/);
  });

  for (const [id, expected] of Object.entries(HANDBOOK)) {
    it(`${id}: every reference, scale, prompt, footnote and stage paragraph of the handbook`, () => {
      const b = block(id);
      assert.ok(b, `block ${id} is missing`);
      assert.ok(paragraphs(b.definition.text).length >= 1, 'definition');
      assert.equal(b.qualityReferences.length, expected.refs, 'quality references');
      for (const ref of b.qualityReferences) assert.match(ref.code, /^RclbK - [A-Z]+ ?\d+$/);
      assert.equal(b.developmentScales.length, expected.scales, 'development scales');
      assert.equal(b.reflection?.prompts.length ?? 0, expected.prompts, 'reflection prompts');
      assert.equal(b.footnotes.length, expected.footnotes, 'footnotes');
      assert.equal(b.contribution !== undefined, expected.contribution, 'contribution text');
      const stageParagraphs = instrument.stages.map((s) => paragraphs(b.stages[s.id] ?? []).length);
      assert.deepEqual(stageParagraphs, expected.stages, 'paragraphs per stage');
      for (const s of instrument.stages) {
        for (const p of b.stages[s.id]!) assert.ok(typeof p === 'string' && p.trim().length > 40, `${s.id}: a short or empty paragraph`);
      }
    });
  }

  it('asks the six block questions of chapter 7.2 with every option', () => {
    const q = instrument.blockQuestions;
    assert.deepEqual(q.map((x) => [x.id, x.type, x.required]), [
      ['current-stage', 'stage', true],
      ['ambition', 'ambition', true],
      ['deliberate-choice', 'single-choice', true],
      ['levers', 'multiple-choice', true],
      ['obstacles', 'multiple-choice', true],
      ['subgroups', 'multiple-choice', true],
    ]);
    assert.equal(q[0]!.prompt, 'Op welke wijze is ons centrum vandaag bezig met {block}?');
    const ambition = q[1]!;
    assert.ok(ambition.type === 'ambition');
    assert.deepEqual(ambition.options.map((o) => o.stage ?? 'keep'), ['keep', 'planned', 'integrated', 'systematic']);
    for (const id of ['levers', 'obstacles']) {
      const question = q.find((x) => x.id === id)!;
      assert.ok(question.type === 'multiple-choice');
      assert.deepEqual(question.options.map((o) => [o.id, o.exclusive ?? false]), [
        ['mission-vision-strategy', false],
        ['people-culture', false],
        ['systems-structure', false],
        ['none', true],
      ]);
      assert.equal(question.comment?.label, 'Toelichting');
    }
    const subgroups = q[5]!;
    assert.ok(subgroups.type === 'multiple-choice');
    assert.deepEqual(subgroups.options.map((o) => [o.id, o.exclusive ?? false, o.other ?? false]), [
      ['no', true, false],
      ['teams', false, false],
      ['working-groups', false, false],
      ['disciplines', false, false],
      ['sites', false, false],
      ['other', false, true],
    ]);
    assert.equal(q[2]!.type === 'single-choice' && q[2]!.options.length, 3);
  });

  it('asks the cross-cutting questions of chapter 7.3 about its own building blocks', () => {
    const [inspiring, priorities] = instrument.finalQuestions;
    assert.ok(inspiring?.type === 'block-pick' && priorities?.type === 'block-ranking');
    assert.deepEqual([inspiring.max, inspiring.none?.id, inspiring.required], [3, 'not-yet', true]);
    assert.deepEqual([priorities.min, priorities.max, priorities.required], [3, 5, true]);
  });

  it('carries the intro, the outcome indicators and the closing warning', () => {
    assert.ok(instrument.intro.length >= 6);
    assert.deepEqual(
      instrument.outcomeIndicators?.groups.map((g) => g.title),
      ['Algemeen', 'Leerrecht', 'Totale ontwikkeling', 'Gelijke onderwijskansen', 'Inclusie', 'Welbevinden'],
    );
    assert.match(String(instrument.closingNote?.[0]), /definitief zullen verzonden worden/);
  });

  it('keeps no PDF damage: bullets, line breaks, double spaces, page furniture, glued footnote marks', () => {
    const damage: string[] = [];
    walkTexts(instrument, (text, path) => {
      for (const value of typeof text === 'string' ? [text] : Object.values(text)) {
        const where = path.join('/');
        if (/[\uf0a7•\u00ad\n\t]/.test(value)) damage.push(`${where}: bullet, soft hyphen or line break`);
        if (/ {2}|^ | $/.test(value)) damage.push(`${where}: extra spaces`);
        if (/Handleiding bij de inschalingstool|\[deze bouwsteen\]/.test(value)) damage.push(`${where}: page furniture or raw placeholder`);
        if (/[a-zé](?:[2-9]|1[0-9]):/.test(value)) damage.push(`${where}: a footnote number glued to a word`);
      }
    });
    assert.deepEqual(damage, []);
  });

  it('keeps the handbook’s own oddities for the content owner to decide (4.1: W5 repeats W6)', () => {
    const [, w5, w6] = block('student-advocate').developmentScales;
    assert.deepEqual([w5!.code, w6!.code], ['W5', 'W6']);
    assert.deepEqual(w5!.text, w6!.text);
  });
});
