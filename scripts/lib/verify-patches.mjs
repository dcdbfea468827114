// Checks that every patch under patches/ is applied: each line a patch adds
// must be present in the file it patches.
import fs from 'node:fs';
import path from 'node:path';

/** The patch files, in the order patch-package applies them. */
export function patchFiles(root) {
  const dir = path.join(root, 'patches');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((name) => name.endsWith('.patch')).sort().map((name) => path.join(dir, name));
}

/** Added lines per target file of one patch. */
function addedLines(patchText) {
  const byFile = new Map();
  let target;
  for (const line of patchText.split('\n')) {
    if (line.startsWith('+++ ')) {
      target = line.slice(4).replace(/^b\//, '');
      byFile.set(target, []);
    } else if (target && line.startsWith('+') && line.slice(1).trim().length > 3) {
      byFile.get(target).push(line.slice(1));
    }
  }
  return byFile;
}

/** The patch files that are not (fully) applied in node_modules. */
export function unappliedPatches(root) {
  const missing = [];
  for (const file of patchFiles(root)) {
    for (const [target, lines] of addedLines(fs.readFileSync(file, 'utf8'))) {
      const targetPath = path.join(root, target);
      const text = fs.existsSync(targetPath) ? fs.readFileSync(targetPath, 'utf8') : '';
      if (!lines.every((line) => text.includes(line))) {
        missing.push(path.relative(root, file));
        break;
      }
    }
  }
  return missing;
}
