/**
 * One load of the same content in SurveyJS 2.5.38, answered through its interface with the same answers
 * as the scan: the centre's name and "Volgende", the 11 block pages, the final page (inspiring practices
 * checked, the priorities picked into the ranking by a click each), "Verzenden". Checks `survey.data` on
 * completion against what was clicked.
 */
import type { Browser, Locator } from 'playwright-core';
import type { Instrument } from '../../packages/schema/src/index.js';
import { checkSurveyJs, optionLabel, stageLabel, type AnswerPlan } from './answers.js';
import { escapeRegExp, freshContext, runFigures, type RunFigures } from './figures.js';
import { firstBlockTimes, probeFirstBlock, seen } from './first-block.js';
import { heapAfterGc } from './heap.js';
import { Actions, counters, scriptAndStyleBytes } from './measure.js';
import { tracePage } from './page-work.js';
import { surveyName } from './surveyjs-model.js';

export async function surveyJsRun(browser: Browser, url: string, instrument: Instrument, plan: AnswerPlan): Promise<RunFigures> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    const firstBlock = plan.blocks[0]!;
    // Its start is the first page's "Volgende" (under the centre's name), shown with the first question.
    await probeFirstBlock(
      page,
      {
        start: { selector: 'input[type=button], button', text: 'Volgende' },
        stage: { selector: `[data-name="${surveyName(firstBlock.block.id, 'current-stage')}"]`, inner: 'input[type=radio]' },
      },
      'Volgende',
    );
    const metrics = await counters(page);
    const bytes = scriptAndStyleBytes(page);
    const actions = new Actions();
    const question = (name: string) => page.locator(`[data-name="${name}"]`);
    // SurveyJS hides its inputs and draws the option itself: a person clicks the option's label.
    const choose = (input: Locator) => actions.click(input.locator('xpath=ancestor::label[1]'));
    const label = (blockId: string) => plan.blocks.find((b) => b.block.id === blockId)!.label;

    const start = performance.now();
    await page.goto(url);
    const centreName = question('centre-name').getByRole('textbox');
    // The probe first (it does not touch the page), then the locator, which then finds the field at once.
    await seen(page, 'start');
    await centreName.waitFor();
    const heapNoGc = (await metrics()).heap;
    const heap = await heapAfterGc(page);
    await actions.fill(centreName, plan.centre);
    await actions.click(page.getByRole('button', { name: 'Volgende' }));
    const introActions = actions.count;
    await seen(page, 'stage');
    await question(surveyName(firstBlock.block.id, 'current-stage')).getByRole('radio').first().waitFor();
    const firstStageOptionNode = performance.now() - start;
    const times = await firstBlockTimes(page);
    const received = await bytes.until(times.stageVisible);
    const heapAtBlock1 = await heapAfterGc(page);
    const trace = await tracePage(page);
    await trace.mark('block1');
    const atFirstBlock = await metrics();

    const drawingsTask: number[] = [];
    for (const [i, { block, answers }] of plan.blocks.entries()) {
      const at = (q: string) => question(surveyName(block.id, q));
      const radio = (q: string, name: string | RegExp) => at(q).getByRole('radio', { name, exact: typeof name === 'string' });
      const checkbox = (q: string, id: string) => at(q).getByRole('checkbox', { name: optionLabel(instrument, q, id), exact: true });
      // A stage's option starts with its name, then its text for the block.
      await choose(radio('current-stage', new RegExp(`^${escapeRegExp(stageLabel(instrument, answers.stage))} — `)));
      await choose(radio('ambition', optionLabel(instrument, 'ambition', answers.ambition)));
      await choose(radio('deliberate-choice', optionLabel(instrument, 'deliberate-choice', answers.deliberate)));
      if (answers.comment) await actions.fill(at('deliberate-choice').getByRole('textbox'), answers.comment);
      for (const id of answers.levers) await choose(checkbox('levers', id));
      for (const id of answers.obstacles) await choose(checkbox('obstacles', id));
      for (const id of answers.subgroups) await choose(checkbox('subgroups', id));
      await trace.mark(`next-${i}`);
      const before = await metrics();
      await actions.click(page.getByRole('button', { name: 'Volgende' }));
      const next = plan.blocks[i + 1];
      if (next) {
        await question(surveyName(next.block.id, 'current-stage')).getByRole('radio').first().waitFor();
        drawingsTask.push((await metrics()).task - before.task);
        await trace.mark(`drawn-${i}`);
      }
    }
    await question('inspiring-practices').waitFor();
    const afterAnswers = await metrics();
    await trace.mark('final');
    const answeringActions = actions.count - introActions;

    for (const id of plan.inspiring) await choose(question('inspiring-practices').getByRole('checkbox', { name: label(id), exact: true }));
    // Select to rank: a click on a block in the list of choices moves it to the end of the ranked list.
    for (const id of plan.priorities) {
      await actions.click(question('priorities').locator('.sv-ranking__container--from .sv-ranking-item', { hasText: label(id) }));
    }
    await actions.click(page.getByRole('button', { name: 'Verzenden' }));
    await page.waitForFunction(() => (window as unknown as { surveyResult?: unknown }).surveyResult !== undefined);
    await page.locator('.sd-completedpage').waitFor();
    const afterSending = await metrics();
    await trace.mark('sent');
    const traced = await trace.stop();

    checkSurveyJs(plan, (await page.evaluate(() => (window as unknown as { surveyResult: unknown }).surveyResult)) as Record<string, unknown>);
    return runFigures({
      received,
      times,
      firstQuestion: times.startVisible,
      firstStageOptionNode,
      heap,
      heapAtBlock1,
      heapNoGc,
      actions: { intro: introActions, answering: answeringActions, all: actions.count },
      drawingsTask,
      traced,
      task: { atFirstBlock: atFirstBlock.task, afterAnswers: afterAnswers.task, afterSending: afterSending.task },
    });
  } finally {
    await context.close();
  }
}
