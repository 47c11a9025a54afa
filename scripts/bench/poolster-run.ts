/**
 * One load of the scan (the drop-in on a page that embeds only the scan), answered through the interface
 * as a team would: the centre's name and "Beginnen", the 11 blocks, the final page, sending. Checks the
 * response sent (the `poolster-submit` event's detail) against what was clicked.
 */
import type { Browser } from 'playwright-core';
import type { Instrument, Response } from '../../packages/schema/src/index.js';
import { checkPoolster, optionLabel, stageLabel, type AnswerPlan } from './answers.js';
import { escapeRegExp, freshContext, runFigures, type RunFigures } from './figures.js';
import { firstBlockTimes, loadBreakdown, probeDefined, probeFirstBlock, seen } from './first-block.js';
import { heapAfterGc } from './heap.js';
import { Actions, counters, scriptAndStyleBytes } from './measure.js';
import { tracePage } from './page-work.js';

/** Steps from the final page to "sent" are pressed through as they come (overview, warning), at most this many. */
const MAX_SENDING_STEPS = 6;

export async function poolsterRun(browser: Browser, url: string, instrument: Instrument, plan: AnswerPlan): Promise<RunFigures> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    // The answers as sent: the detail of the (cancelable) submit event, kept before the scan sends them.
    await page.addInitScript(() => {
      document.addEventListener('poolster-submit', (e) => {
        (window as unknown as { poolsterSent: unknown }).poolsterSent = structuredClone((e as CustomEvent<{ response: unknown }>).detail.response);
      });
    });
    const firstBlock = plan.blocks[0]!;
    await probeFirstBlock(
      page,
      {
        start: { selector: 'button', text: 'Beginnen' },
        stage: { selector: `[data-field="block/${firstBlock.block.id}/current-stage"]`, inner: 'input[type=radio], [role=radio]' },
      },
      'Beginnen',
    );
    await probeDefined(page, 'poolster-scan');
    const metrics = await counters(page);
    const bytes = scriptAndStyleBytes(page);
    const actions = new Actions();
    const scan = page.locator('poolster-scan');
    const field = (blockId: string, questionId: string) => scan.locator(`[data-field="block/${blockId}/${questionId}"]`);

    const start = performance.now();
    await page.goto(url);
    await seen(page, 'start');
    const heapNoGc = (await metrics()).heap;
    const heap = await heapAfterGc(page);
    const centreName = scan.locator('input[data-field="context/centre-name"]');
    await actions.fill(centreName, plan.centre);
    await actions.click(scan.getByRole('button', { name: 'Beginnen', exact: true }));
    const introActions = actions.count;
    // The probe first (it does not touch the page), then the locator, which then finds the option at once.
    await seen(page, 'stage');
    await field(firstBlock.block.id, 'current-stage').getByRole('radio').first().waitFor();
    const firstStageOptionNode = performance.now() - start;
    const times = await firstBlockTimes(page);
    const breakdown = await loadBreakdown(page, times, '/instrument.json');
    const received = await bytes.until(times.stageVisible);
    const heapAtBlock1 = await heapAfterGc(page);
    const trace = await tracePage(page);
    await trace.mark('block1');
    const afterRender = await metrics();

    const drawingsTask: number[] = [];
    for (const [i, { block, answers }] of plan.blocks.entries()) {
      const radio = (q: string, name: string) => field(block.id, q).getByRole('radio', { name, exact: true });
      const checkbox = (q: string, id: string) => field(block.id, q).getByRole('checkbox', { name: optionLabel(instrument, q, id), exact: true });
      await actions.check(radio('current-stage', stageLabel(instrument, answers.stage)));
      await actions.check(radio('ambition', optionLabel(instrument, 'ambition', answers.ambition)));
      await actions.check(radio('deliberate-choice', optionLabel(instrument, 'deliberate-choice', answers.deliberate)));
      if (answers.comment) await actions.fill(scan.getByRole('textbox', { name: /^Toelichting bij ‘Welbewuste keuze’/ }), answers.comment);
      for (const id of answers.levers) await actions.check(checkbox('levers', id));
      for (const id of answers.obstacles) await actions.check(checkbox('obstacles', id));
      for (const id of answers.subgroups) await actions.check(checkbox('subgroups', id));
      await trace.mark(`next-${i}`);
      const before = await metrics();
      await actions.click(scan.getByRole('button', { name: 'Opslaan en verder' }));
      const next = plan.blocks[i + 1];
      if (next) {
        await scan.getByRole('heading', { level: 2, name: next.label, exact: true }).waitFor();
        drawingsTask.push((await metrics()).task - before.task);
        await trace.mark(`drawn-${i}`);
      }
    }
    await scan.getByRole('heading', { name: 'Over alle bouwstenen heen' }).waitFor();
    const afterAnswers = await metrics();
    await trace.mark('final');
    const answeringActions = actions.count - introActions;

    const title = (blockId: string) => plan.blocks.find((b) => b.block.id === blockId)!.title;
    for (const id of plan.inspiring) await actions.check(scan.getByRole('checkbox', { name: title(id), exact: true }));
    for (const id of plan.priorities) {
      await actions.click(scan.getByRole('button', { name: new RegExp(`^Toevoegen als Prioriteit \\d+: .*${escapeRegExp(title(id))}`) }));
    }
    // On to sending: through the overview and the warning before sending, as many steps as the scan has.
    const sent = () => page.evaluate(() => (window as unknown as { poolsterSent?: unknown }).poolsterSent !== undefined);
    const stepHeading = async () => (await scan.locator('.step-heading').first().textContent())?.trim() ?? '';
    for (let step = 0; !(await sent()); step += 1) {
      if (step === MAX_SENDING_STEPS) throw new Error(`Poolster: not sent after ${MAX_SENDING_STEPS} steps from the final page (at "${await stepHeading()}")`);
      const heading = await stepHeading();
      const submit = scan.getByRole('button', { name: 'Antwoorden definitief verzenden' });
      await actions.click((await submit.count()) > 0 ? submit : scan.getByRole('button', { name: 'Opslaan en verder' }));
      await page.waitForFunction(
        (previous) =>
          (window as unknown as { poolsterSent?: unknown }).poolsterSent !== undefined ||
          document.querySelector('poolster-scan')?.shadowRoot?.querySelector('.step-heading')?.textContent?.trim() !== previous,
        heading,
      );
    }
    await scan.getByRole('heading', { name: 'Scan verstuurd' }).waitFor();
    const afterSending = await metrics();
    await trace.mark('sent');
    const traced = await trace.stop();

    checkPoolster(plan, (await page.evaluate(() => (window as unknown as { poolsterSent: unknown }).poolsterSent)) as Response);
    return runFigures({
      received,
      times,
      firstQuestion: times.firstBlock,
      firstStageOptionNode,
      breakdown,
      heap,
      heapAtBlock1,
      heapNoGc,
      actions: { intro: introActions, answering: answeringActions, all: actions.count },
      drawingsTask,
      traced,
      task: { atFirstBlock: afterRender.task, afterAnswers: afterAnswers.task, afterSending: afterSending.task },
    });
  } finally {
    await context.close();
  }
}
