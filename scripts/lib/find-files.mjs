// Finds files by suffix under folders of the project (Node 20's test runner
// does not expand globs itself), skipping dependencies and hidden folders.
import fs from 'node:fs';
import path from 'node:path';

const SKIP = new Set(['node_modules', '.ipynb_checkpoints']);

/** Files under `dirs` (relative to `root`) whose names end with `suffix`, sorted, as paths relative to `root`. */
export function findFiles(root, dirs, suffix, { exclude = [] } = {}) {
  const found = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full);
      if (entry.name.startsWith('.') || SKIP.has(entry.name) || exclude.some((e) => rel === e || rel.startsWith(e + path.sep))) continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(suffix)) found.push(rel);
    }
  };
  for (const dir of dirs) walk(path.join(root, dir));
  return found.sort();
}
