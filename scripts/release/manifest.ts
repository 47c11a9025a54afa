/** The release folder's manifest: release.json (for tools) and README.md (for people), from one object. */
import type { ReleasedFile } from './integrity.js';

export interface ReleaseManifest {
  /** The version of @poolster/elements, whose drop-in this is. */
  version: string;
  tarballs: (ReleasedFile & { name: string; version: string })[];
  dropIn: {
    folder: string;
    files: ReleasedFile[];
    /** Where the manifest's example lines assume the drop-in folder is served (`/poolster/`). */
    servedAt: string;
    /** The exact `<script type="module" … integrity=… crossorigin>` line per entry. */
    scriptTags: Record<string, string>;
    /** An import map whose `integrity` covers the files the entries load by import(). */
    importMap: { integrity: Record<string, string> };
    note: string;
  };
}

/** Where the examples assume the drop-in folder is served; a page that serves it elsewhere changes the paths. */
export const DEFAULT_SERVED_AT = '/poolster/';

/**
 * Why the import map: `integrity` on a script tag covers that one file, and the drop-in's entry loads the
 * rest from beside itself by import(). An import map's `integrity` (Chromium 127+, Safari 18, Firefox 138)
 * gives those files a hash too; a browser without it loads them unchecked.
 */
export const SRI_NOTE =
  'The integrity attribute of a <script> covers only the file it loads. poolster.js loads poolster-core.js and, when first needed, ' +
  'the other files of this folder by import(), which that attribute does not check. To have every file checked, put the import map ' +
  'below in the page before the <script> (browsers with import map integrity: Chromium 127+, Safari 18+, Firefox 138+; others load ' +
  'the imported files unchecked). Its keys are URLs: where the folder is not served at the path shown, change them to match.';

export function buildManifest(
  version: string,
  tarballs: ReleaseManifest['tarballs'],
  dropInFolder: string,
  dropInFiles: ReleasedFile[],
  entries: readonly string[],
  servedAt: string = DEFAULT_SERVED_AT,
): ReleaseManifest {
  const byName = new Map(dropInFiles.map((file) => [file.path.slice(dropInFolder.length + 1), file]));
  const scriptTags: Record<string, string> = {};
  for (const entry of entries) {
    const file = byName.get(entry);
    if (!file) throw new Error(`the drop-in has no ${entry}`);
    scriptTags[entry] = `<script type="module" src="${servedAt}${entry}" integrity="${file.integrity}" crossorigin="anonymous"></script>`;
  }
  const integrity = Object.fromEntries([...byName].map(([name, file]) => [`${servedAt}${name}`, file.integrity]));
  return { version, tarballs, dropIn: { folder: dropInFolder, files: dropInFiles, servedAt, scriptTags, importMap: { integrity }, note: SRI_NOTE } };
}

const row = (file: ReleasedFile) => `| \`${file.path}\` | ${file.bytes} | \`${file.integrity}\` |`;

/** The manifest as a README for the people who receive the folder. */
export function renderReadme(manifest: ReleaseManifest): string {
  const { dropIn } = manifest;
  return [
    `# Poolster ${manifest.version}: release folder`,
    '',
    'Made by `npm run release`. Nothing here is on a package registry: install from these files.',
    '',
    '## npm packages',
    '',
    '| file | bytes | integrity (sha384) |',
    '|---|---|---|',
    ...manifest.tarballs.map(row),
    '',
    'Install in a project (the elements need the schema package beside them):',
    '',
    '```sh',
    `npm install ${manifest.tarballs.map((t) => `./release/${t.path}`).join(' ')}`,
    '```',
    '',
    'Publish to a registry, when that is decided: `npm publish ./release/<file>.tgz`, the schema package first.',
    '',
    `## The drop-in (\`${dropIn.folder}/\`)`,
    '',
    `Copy the whole \`${dropIn.folder}/\` folder to the web server (the lines below assume it is served at \`${dropIn.servedAt}\`).`,
    '',
    '| file | bytes | integrity (sha384) |',
    '|---|---|---|',
    ...dropIn.files.map(row),
    '',
    'The script lines:',
    '',
    '```html',
    ...Object.values(dropIn.scriptTags),
    '```',
    '',
    dropIn.note,
    '',
    '```html',
    '<script type="importmap">',
    JSON.stringify(dropIn.importMap, null, 2),
    '</script>',
    '```',
    '',
  ].join('\n');
}
