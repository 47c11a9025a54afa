/** The admin page (/admin): plain forms, without JavaScript, that add, change and remove who is who. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/test/browser.js';
import { startTestServer, type TestServer } from './helpers.js';
import { ADMIN, browserCookie, fetchAs } from './sessions.js';

const post = (server: TestServer, path: string, fields: Record<string, string>, lang = 'nl') =>
  fetchAs(server, `${path}?lang=${lang}`, { method: 'POST', redirect: 'manual', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields).toString() });

describe('the admin page', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer({ rateLimitMax: 0 })));
  after(() => server?.dispose());

  it('is in the asked language, and every field has a label', async () => {
    for (const [lang, title] of [['nl', 'Netwerkbeheer'], ['fr', 'Gestion du réseau'], ['en', 'Network admin']] as const) {
      const res = await fetchAs(server, `/admin?lang=${lang}`);
      assert.equal(res.status, 200);
      const page = await res.text();
      assert.match(page, new RegExp(`<html lang="${lang}">`));
      assert.match(page, new RegExp(`<h1>${title}</h1>`));
      assert.equal(/<script/.test(page.split('</head>')[1]!), false, 'no script in the page');
      assert.match(page, /<a href="\/admin" aria-current="page">/, 'the header links to it');
    }
    await post(server, '/admin/school-groups', { op: 'add', name: 'Groep Label' });
    await post(server, '/admin/centres', { op: 'add', name: 'CLB Label', schoolGroupId: (await server.store.schoolGroups())[0]!.id });
    const page = await (await fetchAs(server, '/admin')).text();
    const ids = [...page.matchAll(/<(?:input|select)(?![^>]*type="hidden")[^>]*\sid="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(ids.length > 10);
    for (const id of ids) assert.match(page, new RegExp(`<label[^>]*for="${id}"`), `label for ${id}`);
  });

  it('adds, renames and removes with plain form posts; a refusal shows the reason and keeps what was typed', async () => {
    const added = await post(server, '/admin/school-groups', { op: 'add', name: 'Scholengroep Formulier' });
    assert.equal(added.status, 303);
    assert.equal(added.headers.get('location'), '/admin?lang=nl&done=1');
    const group = (await server.store.schoolGroups()).find((g) => g.name === 'Scholengroep Formulier')!;
    assert.match(await (await fetchAs(server, '/admin?lang=nl&done=1')).text(), /role="status">De wijziging is bewaard\./);

    const centre = await post(server, '/admin/centres', { op: 'add', name: 'CLB Formulier', schoolGroupId: group.id });
    assert.equal(centre.status, 303);
    const centreId = (await server.store.centres()).find((c) => c.name === 'CLB Formulier')!.id;
    assert.equal((await post(server, '/admin/people', { op: 'add', name: 'Fien', email: 'fien@form.example', role: 'centre-member', centreId, schoolGroupId: '' })).status, 303);
    const person = (await server.store.personByEmail('fien@form.example'))!;
    assert.equal(person.centreId, centreId);
    // The row form sends every select; the role decides which place counts.
    assert.equal((await post(server, '/admin/people', { op: 'change', id: person.id, name: 'Fien V', role: 'school-group-viewer', centreId, schoolGroupId: group.id })).status, 303);
    assert.deepEqual(await server.store.person(person.id), { id: person.id, email: person.email, name: 'Fien V', role: 'school-group-viewer', schoolGroupId: group.id });
    // Promoting to network admin: the row still sends both places, and neither counts.
    assert.equal((await post(server, '/admin/people', { op: 'change', id: person.id, name: 'Fien V', role: 'network-admin', centreId, schoolGroupId: group.id })).status, 303);
    assert.equal((await server.store.person(person.id))!.role, 'network-admin');
    assert.equal((await post(server, '/admin/people', { op: 'change', id: person.id, name: 'Fien V', role: 'school-group-viewer', centreId, schoolGroupId: group.id })).status, 303);

    const taken = await post(server, '/admin/centres', { op: 'add', name: 'CLB Formulier', schoolGroupId: group.id }, 'fr');
    assert.equal(taken.status, 409);
    const page = await taken.text();
    assert.match(page, /role="alert">Un centre porte déjà ce nom\./);
    assert.match(page, /id="new-centre" name="name" required maxlength="200" value="CLB Formulier"/);

    const inUse = await post(server, '/admin/school-groups', { op: 'delete', id: group.id }, 'en');
    assert.equal(inUse.status, 409);
    assert.match(await inUse.text(), /still has centres or viewers/);
    assert.equal((await post(server, '/admin/centres', { op: 'change', id: centreId, name: 'CLB Formulier 2', schoolGroupId: group.id })).status, 303);
    assert.equal((await server.store.centre(centreId))!.name, 'CLB Formulier 2');
    assert.equal((await post(server, '/admin/people', { op: 'delete', id: person.id })).status, 303);
    assert.equal((await post(server, '/admin/centres', { op: 'delete', id: centreId })).status, 303);
    assert.equal((await post(server, '/admin/school-groups', { op: 'delete', id: group.id })).status, 303);
    assert.equal((await server.store.schoolGroups()).some((g) => g.id === group.id), false);
    assert.equal((await post(server, '/admin/school-groups', { op: 'nonsense' })).status, 400);

    // Each change is in the audit log once, by the API route the form called; a delete is recorded as asked,
    // before it is tried (so the refused one, still in use, is there too).
    const audit = (await (await fetchAs(server, '/api/audit?limit=500')).json()) as { items: Array<{ action: string; objectKind: string; objectId?: string }> };
    const entries = audit.items.filter((e) => e.objectKind === 'school-group' && e.objectId === group.id).map((e) => e.action).sort();
    assert.deepEqual(entries, ['change', 'delete', 'delete'], 'added, asked to remove while in use, removed');
  });

  it('marks a centre member director with a labelled box, on adding and in their row; the list says who is director; a refusal is localised', async () => {
    const group = (await server.store.addSchoolGroup({ name: 'Groep Directie' })).id;
    const centreId = (await server.store.addCentre({ name: 'CLB Directie', schoolGroupId: group })).id;
    for (const [lang, label, hint] of [['nl', 'Directeur', 'Een directeur krijgt'], ['fr', 'Directeur', 'Un directeur reçoit'], ['en', 'Director', 'A director receives']] as const) {
      const page = await (await fetchAs(server, `/admin?lang=${lang}`)).text();
      assert.match(page, new RegExp(`<input type="checkbox" id="new-person-director" name="director" value="true" aria-describedby="director-hint"> <label for="new-person-director">${label}</label>`));
      assert.match(page, new RegExp(`<p id="director-hint">${hint}`));
    }
    assert.equal((await post(server, '/admin/people', { op: 'add', name: 'Dirk', email: 'dirk@form.example', role: 'centre-member', centreId, schoolGroupId: '', director: 'true' })).status, 303);
    const dirk = (await server.store.personByEmail('dirk@form.example'))!;
    assert.equal(dirk.director, true);
    const page = await (await fetchAs(server, '/admin?lang=en')).text();
    const row = page.split('<tr>').find((r) => r.includes('dirk@form.example'))!;
    assert.match(row, /Centre member \(CLB Directie\), <strong>director<\/strong>/);
    assert.match(row, new RegExp(`<input type="checkbox" id="person-director-${dirk.id}" name="director" value="true" aria-describedby="director-hint" checked><label for="person-director-${dirk.id}">Director<span class="visually-hidden"> \\(Dirk\\)</span></label>`));

    // A row sent with the box unticked (a browser sends nothing for it) is no longer director.
    assert.equal((await post(server, '/admin/people', { op: 'change', id: dirk.id, name: 'Dirk', role: 'centre-member', centreId, schoolGroupId: '' })).status, 303);
    assert.equal((await server.store.person(dirk.id))!.director, undefined);
    assert.doesNotMatch((await (await fetchAs(server, '/admin?lang=en')).text()).split('<tr>').find((r) => r.includes('dirk@form.example'))!, /<strong>director/);

    // A viewer ticked as director: refused in the page's language, with what was typed (the box too) kept.
    const refused = await post(server, '/admin/people', { op: 'add', name: 'Vera', email: 'vera@form.example', role: 'school-group-viewer', centreId: '', schoolGroupId: group, director: 'true' }, 'fr');
    assert.equal(refused.status, 400);
    const again = await refused.text();
    assert.match(again, /role="alert">Seul un membre de centre peut être directeur\./);
    assert.match(again, /id="new-person-email" name="email" type="email" required maxlength="320" value="vera@form.example"/);
    assert.match(again, /id="new-person-director" name="director" value="true" aria-describedby="director-hint" checked>/);
    assert.equal(await server.store.personByEmail('vera@form.example'), undefined);
  });

  it('in Chromium, the director box is reached and ticked with the keyboard alone', { timeout: 120_000 }, async () => {
    const group = (await server.store.addSchoolGroup({ name: 'Groep Toetsenbord' })).id;
    const centreId = (await server.store.addCentre({ name: 'CLB Toetsenbord', schoolGroupId: group })).id;
    const browser: Browser = await launchChromium();
    try {
      const context = await browser.newContext();
      await context.addCookies([await browserCookie(server, ADMIN)]);
      const page = await context.newPage();
      // The form's post answered (303): the change is stored by then.
      const sent = () => page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/admin/people');
      await page.goto(`${server.url}/admin?lang=en`);
      await page.locator('#new-person-name').fill('Kim');
      await page.locator('#new-person-email').fill('kim@keys.example');
      await page.locator('#new-person-centre').selectOption(centreId);
      // From the school group's select, Tab goes to the box, Space ticks it, Tab and Enter add.
      await page.locator('#new-person-group').focus();
      await page.keyboard.press('Tab');
      const box = page.getByRole('checkbox', { name: 'Director', exact: true });
      assert.equal(await box.evaluate((el) => el === document.activeElement), true, 'the box follows the place in the tab order');
      await page.keyboard.press('Space');
      assert.equal(await box.isChecked(), true);
      await page.keyboard.press('Tab');
      await Promise.all([sent(), page.keyboard.press('Enter')]);
      await page.waitForURL(/done=1/);
      const kim = (await server.store.personByEmail('kim@keys.example'))!;
      assert.equal(kim.director, true);

      // In Kim's row: Space unticks the box, Tab to Save, Enter saves.
      const rowBox = page.getByRole('checkbox', { name: 'Director (Kim)', exact: true });
      await rowBox.focus();
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await Promise.all([sent(), page.keyboard.press('Enter')]);
      assert.equal((await server.store.person(kim.id))!.director, undefined);
    } finally {
      await browser.close();
    }
  });
});
