/**
 * A policy team of seven places every GO! block in a team round, in Chromium against the real server
 * (playwright-core, real pointer clicks): the facilitator presents the scan on a 1920×1080 screen and opens
 * a round for all blocks; seven people join on their phones with the code, each in a browser of their own,
 * and place each block privately; the shared screen counts, reveals the spread, and the team records the
 * stage it agrees on with a note. One phone loses its connection and its placement arrives when it is back;
 * one block is voted on again. The sent scan carries the counts and the notes and passes validateResponse
 * and the JSON Schema. The time from a placement to the facilitator's screen is printed, not asserted.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validateResponse, type Instrument, type Response } from '@poolster/schema';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/test/browser.js';
import { DEMO_DOMAIN, demoLinks, seedDemo } from '../src/demo.js';
import { ensureDropIn, goInstrument, goResponse, startTestServer, type TestServer } from './helpers.js';
import { nextStep } from './scan-walk.js';

const FACILITATOR = `antwerpen@${DEMO_DOMAIN}`;
const CENTRE = 'CLB Antwerpen';
const PEOPLE = 7;
/** The block voted on again after its first reveal. */
const REVOTED = 10;
/** The block one phone places while its connection is gone. */
const OFFLINE_BLOCK = 1;

/**
 * Where person `p` places block `b` (a stage index): five at one stage, two a stage higher, and on the
 * second block one person two stages higher, so the screen shows agreement words of two kinds.
 */
const placement = (p: number, b: number): number => (b % 3) + (p < 5 ? 0 : 1) + (b === 1 && p === 6 ? 1 : 0);
/** The stage the team agrees on: the one most placed it at. */
const agreed = (b: number): number => b % 3;

describe('a team round: seven phones, one shared screen, every GO! block', { timeout: 900_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let instrument: Instrument;
  let facilitator: Page;
  let scan: Locator;
  let round: Locator;
  let code = '';
  const phones: Array<{ context: BrowserContext; page: Page; vote: Locator }> = [];
  const pageErrors: string[] = [];
  const delays: number[] = [];
  let responseId = '';

  /** The facilitator's line "Deelnemers: n · placed/joined ingeschaald" for the block on screen. */
  const counts = () => round.locator('.counts');
  const waitForCounts = (text: string) => counts().filter({ hasText: text }).waitFor();

  /** One phone places the block on its screen: the stage by index, then "keep" as the ambition; waits until it is sent. */
  async function place(phone: (typeof phones)[number], b: number, expectStatus = 'Verstuurd'): Promise<void> {
    const { vote } = phone;
    await vote.locator('h2#block-title').filter({ hasText: instrument.clusters.flatMap((c) => c.blocks)[b]!.number ?? '' }).waitFor();
    await vote.locator('poolster-stage-picker input[type=radio]').nth(placement(phones.indexOf(phone), b)).check();
    await vote.locator('poolster-choice-group.ambition').getByRole('radio', { name: 'dit aanhouden' }).check();
    await vote.locator('[part=status]').filter({ hasText: expectStatus }).waitFor();
  }

  const nextOnPhone = (phone: (typeof phones)[number]) => phone.vote.getByRole('button', { name: 'Volgende bouwsteen' }).click();

  before(async () => {
    ensureDropIn();
    instrument = await goInstrument();
    server = await startTestServer({ notice: () => undefined });
    assert.equal(await seedDemo(server.store), true);
    const links = new Map<string, string>();
    for (const line of await demoLinks(server.store, server.signIn, server.url)) {
      const match = /<([^>]+)> \(.*\): (\S+)$/.exec(line);
      if (match) links.set(match[1]!, match[2]!);
    }
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1920, height: 1080 } });
    context.on('weberror', (error) => pageErrors.push(error.error().message));
    facilitator = await context.newPage();
    await facilitator.goto(links.get(FACILITATOR)!);
    await facilitator.getByRole('button', { name: 'Aanmelden' }).click();
    await facilitator.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    scan = facilitator.locator('poolster-scan');
    round = facilitator.locator('poolster-round');
  });

  after(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('the facilitator presents the scan and opens a round for all blocks, with the ambition', async () => {
    await scan.locator('.step-heading').waitFor();
    // The team answered the block's other questions before; the stages are what the round is for.
    const draft = await goResponse({ status: 'draft', centre: CENTRE });
    for (const answers of Object.values(draft.blocks)) delete answers['current-stage'];
    responseId = draft.id;
    await facilitator.evaluate((value) => {
      (document.querySelector('poolster-scan') as unknown as { value: unknown }).value = value;
    }, draft);
    await nextStep(facilitator, scan);
    await scan.getByRole('button', { name: 'Presenteren op een gedeeld scherm' }).click();
    await scan.locator('.presentation').waitFor();
    await round.getByRole('button', { name: 'Teamronde' }).click();
    await round.getByRole('radio', { name: /^Alle bouwstenen/ }).check();
    await round.getByRole('checkbox', { name: 'Vraag ook de ambitie' }).check();
    await round.getByRole('button', { name: 'Start een teamronde' }).click();
    code = ((await round.locator('.strip-code').textContent()) ?? '').trim();
    assert.match(code, /^[2-9A-HJ-NP-Z]{6}$/, 'a join code on the screen');
    const link = await round.locator('.join-link a').first().getAttribute('href');
    assert.equal(link, `${server.url}/join/${code}`, 'and the link the QR code carries');
    assert.equal(await round.locator('.panel .join-qr svg.qr path').count(), 1, 'and a QR code of it, made in the page, open for the room');
  });

  it('seven people join on their phones with the code only', async () => {
    for (let p = 0; p < PEOPLE; p += 1) {
      const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      context.on('weberror', (error) => pageErrors.push(error.error().message));
      const page = await context.newPage();
      // Typed as people type it: lower case, with a space.
      await page.goto(`${server.url}/join`);
      await page.getByLabel('Code').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
      await page.getByRole('button', { name: 'Meedoen' }).click();
      const vote = page.locator('poolster-vote');
      await vote.locator('h2#block-title').waitFor();
      phones.push({ context, page, vote });
      await waitForCounts(`Deelnemers: ${p + 1}`);
    }
  });

  it('each placement of the first block reaches the shared screen, which never says who chose what', async () => {
    for (const [p, phone] of phones.entries()) {
      const startedAt = Date.now();
      await phone.vote.locator('poolster-stage-picker input[type=radio]').nth(placement(p, 0)).check();
      await waitForCounts(`${p + 1}/${PEOPLE} ingeschaald`);
      delays.push(Date.now() - startedAt);
      await phone.vote.locator('poolster-choice-group.ambition').getByRole('radio', { name: 'dit aanhouden' }).check();
      await phone.vote.locator('[part=status]').filter({ hasText: 'Verstuurd' }).waitFor();
    }
    const sorted = [...delays].sort((a, b) => a - b);
    // A figure for the closing note, not a check: a busy machine is slower.
    console.log(`placement to the facilitator's screen: median ${sorted[Math.floor(sorted.length / 2)]} ms, slowest ${sorted.at(-1)} ms (${PEOPLE} placements, Chromium, loopback)`);
    assert.equal(await round.locator('.distribution').count(), 0, 'no distribution before the reveal');
    const shown = (await round.evaluate((el) => el.shadowRoot!.textContent ?? '')).replace(/\s+/g, ' ');
    for (const stage of instrument.stages) {
      const label = typeof stage.label === 'string' ? stage.label : (stage.label['nl'] ?? '');
      assert.equal(new RegExp(`(^|[^\\p{L}])${label}($|[^\\p{L}])`, 'u').test(shown), false, `the stage ${label} is not named before the reveal`);
    }
  });

  it('the phones place every other block; one loses its connection and its placement arrives when it is back', async () => {
    const offline = phones[PEOPLE - 1]!;
    await Promise.all(
      phones.map(async (phone) => {
        for (let b = 1; b < instrument.clusters.flatMap((c) => c.blocks).length; b += 1) {
          await nextOnPhone(phone);
          if (phone === offline && b === OFFLINE_BLOCK) {
            await phone.context.setOffline(true);
            await place(phone, b, 'Wachten op de verbinding');
            await phone.context.setOffline(false);
            await phone.vote.locator('[part=status]').filter({ hasText: 'Verstuurd' }).waitFor();
          } else await place(phone, b);
        }
      }),
    );
  });

  it('block by block the screen reveals the spread, and the team records its stage with a note', async () => {
    const blocks = instrument.clusters.flatMap((c) => c.blocks);
    for (const [b, block] of blocks.entries()) {
      await scan.locator('.presentation h2.step-heading').filter({ hasText: `${block.number} ` }).waitFor();
      await waitForCounts(`${PEOPLE}/${PEOPLE} ingeschaald`);
      await round.getByRole('button', { name: 'Toon de spreiding' }).click();
      const bars = round.locator('.distribution li');
      await bars.first().waitFor();
      const shown = (await bars.locator('.count [aria-hidden=true]').allTextContents()).map(Number);
      const expected = instrument.stages.map((_, s) => phones.filter((_, p) => placement(p, b) === s).length);
      assert.deepEqual(shown, expected, `the distribution of ${block.number}`);
      assert.equal(await round.locator('.spread strong').textContent(), b === 1 ? 'grote spreiding' : 'enige spreiding');
      if (b === REVOTED) {
        await round.getByRole('button', { name: 'Opnieuw stemmen' }).click();
        await waitForCounts(`0/${PEOPLE} ingeschaald`);
        await Promise.all(
          phones.map(async (phone) => {
            await phone.vote.getByText('Het team stemt opnieuw over deze bouwsteen').waitFor();
            await place(phone, b);
          }),
        );
        await waitForCounts(`${PEOPLE}/${PEOPLE} ingeschaald`);
        await round.getByRole('button', { name: 'Toon de spreiding' }).click();
        await bars.first().waitFor();
      }
      // The team agrees: the stage by its key on the presenter's keyboard, then the note and "Vastleggen".
      await round.getByRole('button', { name: 'Vastleggen' }).focus();
      await facilitator.keyboard.press(String(agreed(b) + 1));
      if (b < 2) await round.getByLabel(/^Notitie/).fill(`We twijfelden tussen ${instrument.stages[agreed(b)]!.id} en de volgende, omdat blok ${b + 1} …`);
      await round.getByRole('button', { name: 'Vastleggen' }).click();
      await round.getByText('Vastgelegd in de scan.').waitFor();
      if (b < blocks.length - 1) await scan.getByRole('button', { name: 'Volgende bouwsteen' }).click();
    }
  });

  it('closing the round deletes the placements; the phones say thank you', async () => {
    await round.getByRole('button', { name: 'Teamronde' }).click();
    await round.getByRole('button', { name: 'Sluit de ronde' }).click();
    await round.getByRole('button', { name: 'Ja, sluit de ronde' }).click();
    await Promise.all(phones.map((phone) => phone.vote.getByRole('heading', { name: 'Bedankt' }).waitFor()));
    const db = (server.store as unknown as { db: { query<R>(sql: string): Promise<R[]> } }).db;
    assert.deepEqual(await db.query('SELECT * FROM round_ballots'), [], 'no placement is kept');
  });

  it('the sent scan carries every block’s counts and the notes, and passes validateResponse and the JSON Schema', async () => {
    await scan.getByRole('button', { name: 'Presentatie verlaten' }).click();
    await scan.locator('poolster-progress-nav').getByRole('button', { name: 'Verzenden' }).click();
    await scan.getByRole('button', { name: 'Antwoorden definitief verzenden' }).click();
    await scan.getByRole('heading', { name: 'Scan verstuurd' }).waitFor();
    const stored = await facilitator.request.get(`${server.url}/api/responses/${responseId}`);
    assert.equal(stored.status(), 200);
    const response = (await stored.json()) as Response;
    const blocks = instrument.clusters.flatMap((c) => c.blocks);
    for (const [b, block] of blocks.entries()) {
      const team = response.team?.[block.id];
      assert.ok(team?.votes, `${block.number} has its counts`);
      assert.equal(team.votes.participants, PEOPLE);
      const expected: Record<string, number> = {};
      for (let p = 0; p < PEOPLE; p += 1) {
        const stage = instrument.stages[placement(p, b)]!.id;
        expected[stage] = (expected[stage] ?? 0) + 1;
      }
      assert.deepEqual(team.votes.current, expected, `${block.number}: the counts`);
      assert.deepEqual(team.votes.ambition, { keep: PEOPLE }, `${block.number}: the ambition counts`);
      assert.equal(response.blocks[block.id]?.['current-stage']?.choice, instrument.stages[agreed(b)]!.id, `${block.number}: the agreed stage`);
      assert.equal(team.note !== undefined, b < 2, `${block.number}: a note where the team wrote one`);
    }
    assert.deepEqual(
      validateResponse(instrument, response).filter((i) => i.severity === 'error'),
      [],
    );
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const schema = JSON.parse(await readFile(new URL('../../schema/generated/response.schema.json', import.meta.url), 'utf8')) as object;
    const valid = ajv.compile(schema);
    assert.equal(valid(response), true, JSON.stringify(valid.errors));
    assert.deepEqual(pageErrors, [], 'no page broke on the way');
  });
});
