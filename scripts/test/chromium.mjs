import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere when it lives elsewhere. No test tool downloads a browser. */
export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags that let Chromium run headless as root on a machine without a network or a GPU. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

/** Installs Debian's Chromium when it is missing (the test command must work on a fresh machine). */
export function ensureChromium() {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  if (process.getuid?.() !== 0) {
    throw new Error(`Chromium not found at ${path}. Install it (sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  console.log('Installing Chromium from Debian (apt-get install chromium)…');
  execFileSync('apt-get', ['update'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!existsSync(path)) throw new Error(`Chromium was installed but is not at ${path}; set CHROMIUM_PATH.`);
  return path;
}
