import { html, type Html } from './html.js';
import { ADMIN_MESSAGES, ROLE_NAMES } from './i18n/admin-messages.js';
import type { Language } from './i18n/language.js';
import { layout, type Who } from './pages.js';
import { ROLES, type Centre, type Person, type SchoolGroup } from './store/directory.js';

/** What the admin page shows: the network, and the outcome of the form sent last. */
export interface AdminView {
  who: Who;
  lang: Language;
  schoolGroups: SchoolGroup[];
  centres: Centre[];
  people: Person[];
  /** The change just saved. */
  done?: boolean;
  /** Why the form sent was refused, and what it held (shown again, so nothing typed is lost). */
  refused?: { message: string; form: Record<string, string> };
}

/**
 * /admin: school groups, centres and people, each with a form to add and, per row, to change and to
 * remove. Plain forms that post to /admin/…: it works without JavaScript. Every field has its label
 * (visible for the add forms, named after the row for the row forms), and the outcome is announced.
 */
export function adminPage(view: AdminView): string {
  const t = ADMIN_MESSAGES[view.lang];
  const roleNames = ROLE_NAMES[view.lang];
  const q = `?lang=${view.lang}`;
  const kept = (name: string) => view.refused?.form[name] ?? '';
  const groupName = (id: string | undefined) => view.schoolGroups.find((g) => g.id === id)?.name ?? '';
  const centreName = (id: string | undefined) => view.centres.find((c) => c.id === id)?.name ?? '';
  const options = (items: Array<{ id: string; name: string }>, selected: string | undefined, withNone: boolean) =>
    html`${withNone ? html`<option value="">${t.none}</option>` : false}${items.map((item) => html`<option value="${item.id}"${selected === item.id ? html` selected` : false}>${item.name}</option>`)}`;
  const roleOptions = (selected: string) => ROLES.map((role) => html`<option value="${role}"${selected === role ? html` selected` : false}>${roleNames[role]}</option>`);
  const removeForm = (action: string, id: string, label: string) =>
    html`<form method="post" action="${action}${q}" class="inline"><input type="hidden" name="op" value="delete"><input type="hidden" name="id" value="${id}"><button type="submit" aria-label="${t.remove}: ${label}">${t.remove}</button></form>`;
  const empty = (rows: unknown[], columns: number) => (rows.length === 0 ? html`<tr><td colspan="${columns}">${t.empty}</td></tr>` : false);

  const groups = view.schoolGroups.map(
    (g) => html`<tr>
<th scope="row">${g.name}</th>
<td><form method="post" action="/admin/school-groups${q}" class="inline"><input type="hidden" name="op" value="change"><input type="hidden" name="id" value="${g.id}">
<label class="visually-hidden" for="group-${g.id}">${t.name}: ${g.name}</label><input id="group-${g.id}" name="name" value="${g.name}" required maxlength="200">
<button type="submit">${t.save}</button></form> ${removeForm('/admin/school-groups', g.id, g.name)}</td>
</tr>`,
  );
  const centres = view.centres.map(
    (c) => html`<tr>
<th scope="row">${c.name}</th>
<td>${groupName(c.schoolGroupId)}</td>
<td><form method="post" action="/admin/centres${q}" class="inline"><input type="hidden" name="op" value="change"><input type="hidden" name="id" value="${c.id}">
<label class="visually-hidden" for="centre-${c.id}">${t.name}: ${c.name}</label><input id="centre-${c.id}" name="name" value="${c.name}" required maxlength="200">
<label class="visually-hidden" for="centre-group-${c.id}">${t.schoolGroup}: ${c.name}</label><select id="centre-group-${c.id}" name="schoolGroupId">${options(view.schoolGroups, c.schoolGroupId, false)}</select>
<button type="submit">${t.save}</button></form> ${removeForm('/admin/centres', c.id, c.name)}</td>
</tr>`,
  );
  const people = view.people.map(
    (p) => html`<tr>
<th scope="row">${p.name}</th>
<td>${p.email}</td>
<td>${roleNames[p.role]}${p.centreId ? html` (${centreName(p.centreId)})` : p.schoolGroupId ? html` (${groupName(p.schoolGroupId)})` : false}${p.director ? html`, <strong>${t.directorMark}</strong>` : false}</td>
<td><form method="post" action="/admin/people${q}" class="inline"><input type="hidden" name="op" value="change"><input type="hidden" name="id" value="${p.id}">
<label class="visually-hidden" for="person-${p.id}">${t.name}: ${p.name}</label><input id="person-${p.id}" name="name" value="${p.name}" required maxlength="200">
<label class="visually-hidden" for="person-role-${p.id}">${t.role}: ${p.name}</label><select id="person-role-${p.id}" name="role">${roleOptions(p.role)}</select>
<label class="visually-hidden" for="person-centre-${p.id}">${t.centre}: ${p.name}</label><select id="person-centre-${p.id}" name="centreId">${options(view.centres, p.centreId, true)}</select>
<label class="visually-hidden" for="person-group-${p.id}">${t.schoolGroup}: ${p.name}</label><select id="person-group-${p.id}" name="schoolGroupId">${options(view.schoolGroups, p.schoolGroupId, true)}</select>
<input type="checkbox" id="person-director-${p.id}" name="director" value="true" aria-describedby="director-hint"${p.director ? html` checked` : false}><label for="person-director-${p.id}">${t.director}<span class="visually-hidden"> (${p.name})</span></label>
<button type="submit">${t.save}</button></form> ${removeForm('/admin/people', p.id, p.name)}</td>
</tr>`,
  );

  const outcome: Html | false = view.refused
    ? html`<p class="status error" role="alert">${view.refused.message}</p>`
    : view.done
      ? html`<p class="status" role="status">${t.done}</p>`
      : false;
  return layout({
    title: `${t.title} – Poolster`,
    who: view.who,
    section: 'admin',
    lang: view.lang,
    main: html`<h1>${t.title}</h1>
<p class="lead">${t.intro}</p>
${outcome}
<section aria-labelledby="groups-title">
<h2 id="groups-title">${t.schoolGroups}</h2>
<form method="post" action="/admin/school-groups${q}" class="add"><input type="hidden" name="op" value="add">
<label for="new-group">${t.newSchoolGroup}</label> <input id="new-group" name="name" required maxlength="200" value="${view.refused?.form.kind === 'school-group' ? kept('name') : ''}">
<button type="submit">${t.add}</button></form>
<div class="table-wrap"><table class="scans"><thead><tr><th scope="col">${t.name}</th><th scope="col">${t.actions}</th></tr></thead>
<tbody>${groups}${empty(groups, 2)}</tbody></table></div>
</section>
<section aria-labelledby="centres-title">
<h2 id="centres-title">${t.centres}</h2>
<form method="post" action="/admin/centres${q}" class="add"><input type="hidden" name="op" value="add">
<label for="new-centre">${t.newCentre}</label> <input id="new-centre" name="name" required maxlength="200" value="${view.refused?.form.kind === 'centre' ? kept('name') : ''}">
<label for="new-centre-group">${t.schoolGroup}</label> <select id="new-centre-group" name="schoolGroupId" required>${options(view.schoolGroups, kept('schoolGroupId'), false)}</select>
<button type="submit">${t.add}</button></form>
<div class="table-wrap"><table class="scans"><thead><tr><th scope="col">${t.name}</th><th scope="col">${t.schoolGroup}</th><th scope="col">${t.actions}</th></tr></thead>
<tbody>${centres}${empty(centres, 3)}</tbody></table></div>
</section>
<section aria-labelledby="people-title">
<h2 id="people-title">${t.people}</h2>
<form method="post" action="/admin/people${q}" class="add"><input type="hidden" name="op" value="add">
<p id="place-hint">${t.placeHint}</p>
<p id="director-hint">${t.directorHint}</p>
<label for="new-person-name">${t.name}</label> <input id="new-person-name" name="name" required maxlength="200" value="${view.refused?.form.kind === 'person' ? kept('name') : ''}">
<label for="new-person-email">${t.email}</label> <input id="new-person-email" name="email" type="email" required maxlength="320" value="${view.refused?.form.kind === 'person' ? kept('email') : ''}">
<label for="new-person-role">${t.role}</label> <select id="new-person-role" name="role" aria-describedby="place-hint">${roleOptions(kept('role') || 'centre-member')}</select>
<label for="new-person-centre">${t.centre}</label> <select id="new-person-centre" name="centreId" aria-describedby="place-hint">${options(view.centres, kept('centreId'), true)}</select>
<label for="new-person-group">${t.schoolGroup}</label> <select id="new-person-group" name="schoolGroupId" aria-describedby="place-hint">${options(view.schoolGroups, kept('schoolGroupId'), true)}</select>
<input type="checkbox" id="new-person-director" name="director" value="true" aria-describedby="director-hint"${view.refused?.form.kind === 'person' && kept('op') === 'add' && kept('director') === 'true' ? html` checked` : false}> <label for="new-person-director">${t.director}</label>
<button type="submit">${t.add}</button></form>
<div class="table-wrap"><table class="scans"><thead><tr><th scope="col">${t.name}</th><th scope="col">${t.email}</th><th scope="col">${t.role}</th><th scope="col">${t.actions}</th></tr></thead>
<tbody>${people}${empty(people, 4)}</tbody></table></div>
</section>`,
  });
}
