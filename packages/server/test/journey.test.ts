/**
 * The newcomer's journey after `npm ci && npm start`, in Chromium (playwright-core, real pointer clicks):
 * the demo network is seeded and its sign-in links printed as main.ts does; a centre member signs in with
 * the printed link, starts the scan on one laptop, continues it on a second one (a new link asked for by
 * mail, read from the outbox folder) where it stopped, and sends it; the director's overview and the
 * school group's notice land in the outbox folder; the school group's viewer and the admin see the scan,
 * and a member of a centre of the other school group does not.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/test/browser.js';
import { DEMO_DOMAIN, demoLinks, seedDemo } from '../src/demo.js';
import { ensureDropIn, goResponse, startTestServer, tempDir, type TestServer } from './helpers.js';
import { nextStep, stepHeading, walkToSend } from './scan-walk.js';

const MEMBER = `antwerpen@${DEMO_DOMAIN}`;
const CENTRE = 'CLB Antwerpen';
const VIEWER = `noord@${DEMO_DOMAIN}`;
const ADMIN = `beheer@${DEMO_DOMAIN}`;
const OTHER_GROUP_MEMBER = `gent@${DEMO_DOMAIN}`;
const DRAFT = '/api/drafts/go-clb-poolster';

/** One mail of the outbox folder: its headers and its text, quoted-printable undone. */
interface OutboxMail {
  to: string;
  subject: string;
  body: string;
}

function decodeMail(source: string): OutboxMail {
  const [head = '', ...rest] = source.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(unfolded)?.[1]?.trim() ?? '';
  // Subjects may be encoded words (=?UTF-8?Q?…?=); the body parts quoted-printable.
  const subject = header('Subject').replace(/=\?UTF-8\?([QB])\?(.*?)\?=\s*/gi, (_m, kind: string, text: string) =>
    kind.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'),
  );
  const body = Buffer.from(
    rest.join('\n\n').replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
    'latin1',
  ).toString('utf8');
  return { to: header('To'), subject, body };
}

describe('a newcomer’s journey, as after npm start', { timeout: 600_000 }, () => {
  let server: TestServer;
  let browser: Browser;
  let outboxDir: string;
  const links = new Map<string, string>();
  const pageErrors: string[] = [];
  let responseId = '';
  let stoppedAt = '';

  /** The mails in the outbox folder so far. */
  const outbox = async (): Promise<OutboxMail[]> => {
    const files = (await readdir(outboxDir).catch(() => [])).filter((name) => name.endsWith('.eml'));
    return Promise.all(files.map(async (name) => decodeMail(await readFile(join(outboxDir, name), 'utf8'))));
  };
  /** Waits (bounded by the test's timeout) for a mail the predicate accepts. */
  const mailTo = async (predicate: (mail: OutboxMail) => boolean): Promise<OutboxMail> => {
    for (;;) {
      const found = (await outbox()).find(predicate);
      if (found) return found;
      await server.mail.runOnce();
      // Polled for the condition, not timed: a short pause between looks at the folder.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  /** A fresh browser (another laptop: nothing shared), signed in with a link through its confirmation button. */
  const signedIn = async (link: string): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 800 } });
    context.on('weberror', (error) => pageErrors.push(error.error().message));
    const page = await context.newPage();
    await page.goto(link);
    await page.getByRole('button', { name: 'Aanmelden' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    return { context, page };
  };

  /**
   * The draft as the server keeps it, once it holds `step`: read at once, or after the page's save that carries
   * that step was answered (waited for as an event, never for a fixed time).
   */
  const serverDraftAt = async (page: Page, context: BrowserContext, step: string): Promise<{ step?: string; response: { id: string } }> => {
    const read = async () => {
      const stored = await context.request.get(`${server.url}${DRAFT}`);
      return stored.status() === 200 ? ((await stored.json()) as { step?: string; response: { id: string } }) : undefined;
    };
    const saved = page.waitForResponse(
      (res) => res.url().endsWith(DRAFT) && res.request().method() === 'PUT' && res.ok() && (JSON.parse(res.request().postData() ?? '{}') as { step?: string }).step === step,
    );
    const now = await read();
    if (now?.step === step) {
      saved.catch(() => undefined);
      return now;
    }
    await saved;
    const envelope = await read();
    assert.ok(envelope, 'the server keeps the draft');
    return envelope;
  };

  /** The server's draft once it holds `step`, asked again after a short pause between looks (no page left to listen to). */
  const serverDraftHolding = async (context: BrowserContext, step: string): Promise<{ step?: string }> => {
    for (;;) {
      const stored = await context.request.get(`${server.url}${DRAFT}`);
      const envelope = stored.status() === 200 ? ((await stored.json()) as { step?: string }) : undefined;
      if (envelope?.step === step) return envelope;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  before(async () => {
    ensureDropIn();
    outboxDir = await tempDir();
    server = await startTestServer({ outboxDir, notice: () => undefined });
    // What main.ts does for `npm start` on an empty embedded database.
    assert.equal(await seedDemo(server.store), true, 'the demo network is registered');
    for (const line of await demoLinks(server.store, server.signIn, server.url)) {
      const match = /<([^>]+)> \(.*\): (\S+)$/.exec(line);
      if (match) links.set(match[1]!, match[2]!);
    }
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('prints a sign-in link for each demo person', () => {
    for (const email of [MEMBER, VIEWER, ADMIN, OTHER_GROUP_MEMBER]) assert.match(links.get(email) ?? '', /\/sign-in\/[A-Za-z0-9_-]{43}$/, email);
  });

  it('a centre member starts the scan on one laptop; the draft is kept on the server with its step', async () => {
    const { context, page } = await signedIn(links.get(MEMBER)!);
    const scan = page.locator('poolster-scan');
    await scan.locator('.step-heading').waitFor();
    // Most answers as a host would prefill them; one block is left for the second laptop.
    const draft = await goResponse({ status: 'draft', centre: CENTRE, skipBlock: 'prevention' });
    responseId = draft.id;
    await page.evaluate((value) => {
      (document.querySelector('poolster-scan') as unknown as { value: unknown }).value = value;
    }, draft);
    await nextStep(page, scan);
    await nextStep(page, scan);
    const current = () => scan.locator('[aria-current="step"]').getAttribute('data-step-id');
    const envelope = await serverDraftAt(page, context, (await current()) ?? '');
    assert.equal(envelope.response.id, responseId);
    // One more step, and the team closes the laptop at once, well within the sync's pause: leaving the page sends
    // that step straight away, in a request that outlives the page.
    await nextStep(page, scan);
    stoppedAt = await stepHeading(scan);
    const step = (await current()) ?? '';
    await page.close();
    assert.equal((await serverDraftHolding(context, step)).step, step, 'the draft knows the step the laptop closed on');
    await context.close();
  });

  it('on a second laptop, a link asked for by mail opens the draft where the team stopped; the team sends it', async () => {
    // A new link: asked for on the sign-in page, read from the mail in the outbox folder.
    const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 800 } });
    context.on('weberror', (error) => pageErrors.push(error.error().message));
    const ask = await context.newPage();
    await ask.goto(`${server.url}/sign-in`);
    await ask.getByLabel('E-mailadres').fill(MEMBER);
    await ask.getByRole('button', { name: 'Stuur me een aanmeldlink' }).click();
    await ask.getByRole('heading', { name: 'Kijk in je mailbox' }).waitFor();
    const mail = await mailTo((m) => m.to.includes(MEMBER) && m.subject === 'Je aanmeldlink voor Poolster');
    const link = /(http:\/\/\S+\/sign-in\/[A-Za-z0-9_-]{43})/.exec(mail.body)?.[1];
    assert.ok(link, 'the mail holds a sign-in link');
    await context.close();

    const { page } = await signedIn(link);
    const scan = page.locator('poolster-scan');
    await scan.getByText(`Ga verder bij ${stoppedAt}`).waitFor();
    assert.equal(await stepHeading(scan), stoppedAt, 'lands on the step where the first laptop stopped');

    await walkToSend(page, scan);
    await scan.getByRole('button', { name: 'Antwoorden definitief verzenden' }).click();
    await scan.getByRole('heading', { name: 'Scan verstuurd' }).waitFor();
    const sentId = await page.evaluate(() => (document.querySelector('poolster-scan') as unknown as { value: { id: string } }).value.id);
    assert.equal(sentId, responseId, 'the scan begun on the first laptop is the one sent');
  });

  it('the director’s overview and the school group’s notice are in the outbox folder', async () => {
    const overview = await mailTo((m) => m.to.includes(MEMBER) && m.subject.includes(CENTRE));
    assert.match(overview.body, /<html/i, 'an HTML part');
    assert.ok(overview.body.includes(CENTRE), 'the overview names the centre');
    const notice = await mailTo((m) => m.to.includes(VIEWER));
    assert.ok(notice.body.includes(`/report/${responseId}`), 'the notice links to the report');
  });

  it('the school group’s viewer and the admin see the scan; a member of another group’s centre does not', async () => {
    const viewer = await signedIn(links.get(VIEWER)!);
    await viewer.page.goto(`${server.url}/dashboard`);
    await viewer.page.getByRole('link', { name: CENTRE }).click();
    await viewer.page.waitForURL(`**/report/${responseId}`);
    await viewer.page.locator('poolster-report h2', { hasText: CENTRE }).waitFor();

    const admin = await signedIn(links.get(ADMIN)!);
    await admin.page.goto(`${server.url}/dashboard`);
    await admin.page.getByRole('link', { name: CENTRE }).waitFor();

    const other = await signedIn(links.get(OTHER_GROUP_MEMBER)!);
    const dashboard = await other.page.goto(`${server.url}/dashboard`);
    assert.equal(dashboard?.status(), 200);
    assert.equal(await other.page.getByText(CENTRE).count(), 0, 'the other centre’s scan is not on their dashboard');
    const report = await other.page.goto(`${server.url}/report/${responseId}`);
    assert.equal(report?.status(), 404);
    assert.deepEqual(pageErrors, [], 'no page broke on the way');
  });
});
