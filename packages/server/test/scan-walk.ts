/**
 * Walking the GO! scan in Chromium the way a team does (playwright-core's clicks drive a real pointer):
 * shared by the end-to-end tests, which leave the block "prevention" to answer through the page.
 */
import type { Locator, Page } from 'playwright-core';

/** The scan's current step heading, as shown. */
export const stepHeading = async (scan: Locator): Promise<string> => (await scan.locator('.step-heading').textContent())?.trim() ?? '';

/** Presses "Opslaan en verder" (or "Beginnen") and waits until the next step shows. */
export async function nextStep(page: Page, scan: Locator): Promise<void> {
  const heading = await stepHeading(scan);
  await scan.getByRole('button', { name: /^(Opslaan en verder|Beginnen)$/ }).click();
  await page.waitForFunction((previous) => document.querySelector('poolster-scan')?.shadowRoot?.querySelector('.step-heading')?.textContent?.trim() !== previous, heading);
}

/**
 * From where the scan is to the last step ("Verzenden"), answering the block "prevention" on the way
 * (the third stage, the ambition to evolve to systematic, a deliberate choice, people and culture as the
 * lever, no obstacles, no subgroups). Bounded by the number of steps, so a scan that never gets there fails.
 */
export async function walkToSend(page: Page, scan: Locator, maxSteps = 40): Promise<void> {
  const field = (q: string) => scan.locator(`[data-field="block/prevention/${q}"]`);
  const option = (q: string, label: string) => field(q).locator('.option', { hasText: label }).locator('input');
  for (let step = 0; step < maxSteps; step += 1) {
    if ((await stepHeading(scan)) === 'Verzenden') return;
    if (await field('current-stage').count()) {
      await field('current-stage').locator('input[type=radio]').nth(2).check();
      await option('ambition', 'evolueren naar systematisch').check();
      await option('deliberate-choice', 'is een welbewuste keuze').check();
      await option('levers', 'gelinkt aan mensen en cultuur').check();
      await option('obstacles', 'neen').check();
      await option('subgroups', 'nee').check();
    }
    await nextStep(page, scan);
  }
}
