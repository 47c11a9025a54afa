import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { runCli } from '../../src/cli/main.js';
import { initMessages } from '../../src/cli/init/init-messages.js';
import { renderOverviewEmail } from '../../src/email/render-overview-email.js';
import { formatIssue, registerLanguage, type Instrument, type Response } from '../../src/index.js';
import { fixture, memoryIo } from './memory-io.js';

const read = <T>(name: string): T => JSON.parse(readFileSync(fixture(name), 'utf8')) as T;

// A host's own language, registered once for this process: as a network would do at start-up.
registerLanguage('de', {
  cli: { valid: 'gültig', warning: 'Warnung' },
  'cli-init': { notEmpty: '{folder} ist nicht leer: poolster init schreibt nur in einen neuen oder leeren Ordner.' },
  validation: { 'structure.unknown-key': 'Unbekanntes Feld: {keys}.' },
  email: { subject: 'Übersicht Selbstscan {title}', subjectWithCentre: 'Übersicht Selbstscan {title} – {centre}', submittedOn: 'Gesendet am {date}' },
});

describe('a language a host registers (German) on the Node side', () => {
  it('is spoken by the CLI', async () => {
    const io = memoryIo();
    const code = await runCli(['validate', fixture('three-stages.instrument.json'), '--lang', 'de'], io);
    assert.equal(code, 0, io.stderr);
    assert.match(io.stdout, /: gültig\n/);
    assert.equal(initMessages('de-DE').notEmpty('netz'), 'netz ist nicht leer: poolster init schreibt nur in einen neuen oder leeren Ordner.');
    assert.equal(initMessages('de').askFolder, 'Folder to create');
  });

  it('is spoken by a validation message, regional tags included, and English fills what it lacks', () => {
    const issue = { code: 'structure.unknown-key' as const, path: [], severity: 'error' as const, params: { keys: ['a', 'b'] } };
    assert.equal(formatIssue(issue, 'de'), 'Unbekanntes Feld: a, b.');
    assert.equal(formatIssue(issue, 'de-AT'), 'Unbekanntes Feld: a, b.');
    const missing = { code: 'structure.too-big' as const, path: [], severity: 'error' as const, params: { maximum: 3 } };
    assert.equal(formatIssue(missing, 'de'), 'Too large or too long: the maximum is 3.');
  });

  it('is spoken by the overview mail, with the date in German', () => {
    const mail = renderOverviewEmail(read<Instrument>('three-stages.instrument.json'), read<Response>('three-stages.response.json'), 'de');
    assert.match(mail.subject, /^Übersicht Selbstscan /);
    assert.match(mail.text, /\nGesendet am 1\. Oktober 2026/);
    assert.match(mail.html, /<html lang="de">/);
  });
});
