import { fileURLToPath } from 'node:url';

/** The repository's root folder (the server’s defaults are relative to it, whatever the working directory). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The server’s own static files (page CSS, the dashboard script, the icon). */
export const PUBLIC_DIR = fileURLToPath(new URL('../public/', import.meta.url));
