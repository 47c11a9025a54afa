import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** Where screenshots taken by browser tests are kept (git-ignored; CI can keep the folder as an artefact). */
const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url);

/**
 * A web-test-runner plugin: a browser test asks Node for a screenshot of its own page, kept as a test
 * artefact so a person can look at what a layout measurement measured.
 * `executeServerCommand('save-screenshot', { name: 'presentation-1920x1080' })` → the file's path.
 */
export function screenshotCommand() {
  return {
    name: 'poolster-screenshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'save-screenshot') return undefined;
      if (!/^[a-z0-9-]+$/.test(payload?.name ?? '')) throw new Error('save-screenshot needs a name of lowercase letters, digits and hyphens');
      if (session.browser.type !== 'playwright') throw new Error(`save-screenshot needs playwright, not ${session.browser.type}`);
      await mkdir(ARTIFACTS, { recursive: true });
      const path = fileURLToPath(new URL(`${payload.name}.png`, ARTIFACTS));
      await session.browser.getPage(session.id).screenshot({ path });
      return path;
    },
  };
}
