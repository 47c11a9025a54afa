import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Folders no test file lives in: dependencies, build output, tool caches. */
const SKIPPED = new Set(['node_modules', 'dist', 'storybook-static', 'coverage']);

/**
 * A glob as the test configs write them (`*` inside one folder or file name, `**` across folders) as a
 * regular expression over paths relative to the repository, with `/` separators.
 */
export function globToRegExp(glob) {
  let source = '';
  for (let i = 0; i < glob.length; i += 1) {
    const char = glob[i];
    if (char === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/** Every file under `root` matching one of `globs`, as sorted relative paths. */
export function findFiles(root, globs) {
  const patterns = globs.map(globToRegExp);
  const found = [];
  const walk = (relative) => {
    for (const entry of readdirSync(join(root, relative), { withFileTypes: true })) {
      if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (patterns.some((pattern) => pattern.test(path))) found.push(path);
    }
  };
  walk('');
  return found.sort();
}
