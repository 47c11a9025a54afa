/**
 * A web-test-runner plugin: a browser test asks Node for Playwright's ARIA snapshot of an element of its
 * page (roles and accessible names as assistive technology gets them, shadow roots included), to check a
 * name against an implementation of the accessible-name rules other than the page's own code.
 * `executeServerCommand('aria-snapshot', { selector: '#steps' })` → the snapshot's YAML text.
 */
export function ariaSnapshotCommand() {
  return {
    name: 'poolster-aria-snapshot',
    async executeCommand({ command, payload, session }) {
      if (command !== 'aria-snapshot') return undefined;
      if (typeof payload?.selector !== 'string' || payload.selector === '') throw new Error('aria-snapshot needs a selector');
      if (session.browser.type !== 'playwright') throw new Error(`aria-snapshot needs playwright, not ${session.browser.type}`);
      return session.browser.getPage(session.id).locator(payload.selector).ariaSnapshot();
    },
  };
}
