import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Stories live next to their elements (`src/<element>/<element>.stories.ts`). The content packs and test
 * fixtures are served as static files, so stories load instruments the way a portal does (by URL).
 */
const config: StorybookConfig = {
  stories: ['../packages/elements/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: [
    { from: '../content', to: '/content' },
    { from: '../examples/other-network', to: '/other-network' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(vite) {
    // Use the sources (the "poolster-source" export condition), as the tests do.
    return {
      ...vite,
      resolve: { ...vite.resolve, conditions: ['poolster-source', 'browser', 'module', 'import', 'default'] },
    };
  },
};

export default config;
