import { expect } from '@open-wc/testing';
import { validateInstrument } from '../../src/validate-instrument.js';
import { brokenMeaning, brokenStructure, clone, goInstrument, pairs, sixStages, threeStages } from './fixtures.js';

describe('validateInstrument', () => {
  it('accepts the GO! CLB instrument without a single issue', async () => {
    expect(validateInstrument(await goInstrument())).to.deep.equal([]);
  });

  it('accepts instruments with three and with six stages, in other languages', async () => {
    expect(validateInstrument(await threeStages())).to.deep.equal([]);
    expect(validateInstrument(await sixStages())).to.deep.equal([]);
  });

  it('reports structural mistakes with their exact paths', async () => {
    expect(pairs(validateInstrument(await brokenStructure()))).to.have.members([
      'structure.invalid-version @ version',
      'structure.unknown-question-type @ blockQuestions/0/type',
      'structure.invalid-type @ clusters/0/blocks/0/title',
      'structure.unknown-key @ ',
    ]);
  });

  it('reports mistakes of meaning: duplicate ids, unresolved references, missing stage texts', async () => {
    const found = pairs(validateInstrument(await brokenMeaning()));
    expect(found).to.include.members([
      'instrument.duplicate-id @ stages/2/id',
      'instrument.unknown-stage-question @ blockQuestions/1/relativeTo',
      'instrument.unknown-footnote @ clusters/0/blocks/1/reflection/footnotes/0',
      'instrument.missing-stage-description @ clusters/1/blocks/0/stages',
    ]);
  });

  it('requires at least two stages and one building block', async () => {
    const one = clone(await sixStages());
    one.stages = one.stages.slice(0, 1);
    expect(pairs(validateInstrument(one))).to.include('structure.too-small @ stages');
    const empty = clone(await sixStages());
    empty.clusters = [];
    expect(pairs(validateInstrument(empty))).to.include('structure.too-small @ clusters');
  });

  it('requires every text in the default language and warns about a missing translation', async () => {
    const instrument = clone(await threeStages());
    instrument.title = { fr: 'Seulement en français' };
    instrument.publisher = { en: 'Only English' };
    const issues = validateInstrument(instrument);
    expect(issues.find((i) => i.path.join('/') === 'title')).to.include({ code: 'instrument.missing-default-language', severity: 'error' });
    expect(issues.find((i) => i.path.join('/') === 'publisher')).to.include({ code: 'instrument.missing-translation', severity: 'warning' });
  });

  it('flags a default language missing from the list of languages', async () => {
    const instrument = clone(await sixStages());
    instrument.defaultLanguage = 'fr';
    expect(pairs(validateInstrument(instrument))).to.include('instrument.default-language-not-listed @ defaultLanguage');
  });

  it('warns about placeholders that are not allowed where they stand', async () => {
    const instrument = clone(await sixStages());
    instrument.blockQuestions[0]!.prompt = 'Waar staat {blok}?';
    instrument.title = 'Scan voor {block}';
    const issues = validateInstrument(instrument).filter((i) => i.code === 'instrument.unknown-placeholder');
    expect(pairs(issues)).to.have.members(['instrument.unknown-placeholder @ blockQuestions/0/prompt', 'instrument.unknown-placeholder @ title']);
    expect(issues.every((i) => i.severity === 'warning')).to.equal(true);
  });

  it('checks a question’s own message and the text after sending like every other text', async () => {
    const instrument = clone(await threeStages());
    instrument.blockQuestions[0]!.requiredMessage = { en: 'Choose a stage for {block}', fr: 'Choisissez un stade pour {bloc}' };
    instrument.finalQuestions[0]!.requiredMessage = { en: 'Choose your priorities' };
    instrument.afterSubmit = [{ en: 'Your director receives the overview.' }];
    expect(pairs(validateInstrument(instrument))).to.have.members([
      'instrument.unknown-placeholder @ blockQuestions/0/requiredMessage',
      'instrument.missing-translation @ finalQuestions/0/requiredMessage',
      'instrument.missing-translation @ afterSubmit/0',
    ]);
    instrument.blockQuestions[0]!.requiredMessage = { en: 'Choose a stage for {block}', fr: 'Choisissez un stade pour {block}' };
    instrument.finalQuestions[0]!.requiredMessage = { en: 'Choose your priorities', fr: 'Choisissez vos priorités' };
    instrument.afterSubmit = [{ en: 'Your director receives the overview.', fr: 'Votre direction reçoit l’aperçu.' }];
    expect(validateInstrument(instrument)).to.deep.equal([]);
  });

  it('rejects limits that cannot be met', async () => {
    const instrument = clone(await sixStages());
    const ranking = instrument.finalQuestions[0]!;
    if (ranking.type !== 'block-ranking') throw new Error('fixture changed');
    ranking.min = 3;
    ranking.max = 3;
    expect(pairs(validateInstrument(instrument))).to.include('instrument.limit-above-block-count @ finalQuestions/0/min');
    ranking.min = 2;
    ranking.max = 1;
    expect(pairs(validateInstrument(instrument))).to.include('instrument.min-above-max @ finalQuestions/0/min');
  });

  it('rejects an ambition option that points at an unknown stage, and duplicate option ids', async () => {
    const instrument = clone(await sixStages());
    const ambition = instrument.blockQuestions[1]!;
    if (ambition.type !== 'ambition') throw new Error('fixture changed');
    ambition.options[1]!.stage = 's9';
    ambition.options[2]!.id = ambition.options[1]!.id;
    expect(pairs(validateInstrument(instrument))).to.include.members([
      'instrument.unknown-stage @ blockQuestions/1/options/1/stage',
      'instrument.duplicate-id @ blockQuestions/1/options/2/id',
    ]);
  });

  it('never throws, and always answers with issues that have a path', () => {
    const inputs: unknown[] = [undefined, null, 0, 'instrument', [], {}, { clusters: 'x' }, { stages: [{}], clusters: [{ blocks: [null] }] }];
    for (const input of inputs) {
      const issues = validateInstrument(input);
      expect(issues.length, JSON.stringify(input)).to.be.greaterThan(0);
      for (const i of issues) {
        expect(i.path).to.be.an('array');
        expect(i.severity).to.be.oneOf(['error', 'warning']);
      }
    }
  });
});
