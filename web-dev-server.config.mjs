import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';

/** `npm run dev`: the scan from its TypeScript sources, on the GO! content, at http://127.0.0.1:8765/examples/dev/. */
export default {
  port: Number(process.env.PORT ?? 8765),
  hostname: '127.0.0.1',
  open: false,
  watch: false,
  appIndex: undefined,
  // poolster-source: our packages' TypeScript sources (see package.json exports); development: Lit's dev build.
  nodeResolve: { exportConditions: ['poolster-source', 'browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) })],
};
