/**
 * Says in one line whether the compiled library a notebook imports (`dist/`)
 * is up to date with `src/`. Notebooks import the build, not the sources, so
 * an edit to src/ reaches them only after a rebuild (`npm start` rebuilds on
 * every change; `npm run setup` does it once) and a kernel restart. The first
 * cell of every notebook calls it, so a stale build is said where the
 * learner looks first. Outside this project's checkout it says nothing.
 *
 * @example
 * ```ts
 * import { checkLibraryBuild } from 'odibi-ts';
 * checkLibraryBuild(); // prints "odibi-ts 0.1.0: the compiled library in dist/ is up to date with src/"
 * ```
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { findProjectRoot } from './jupyter-env.mjs';

/** What {@link checkLibraryBuild} found. */
export interface LibraryBuildStatus {
  /** False when an input of the build changed after it (or there is no build). */
  fresh: boolean;
  /** Inputs added, changed or deleted since the build (`src/...`, `package.json`, tsconfig files). */
  changed: string[];
}

type BuildModule = { changedInputs(root: string): string[]; describeChanges(changed: string[]): string };

/** The status of the build, and one line about it on stdout (stderr when stale). Undefined outside a checkout. */
export function checkLibraryBuild(options: { root?: string } = {}): LibraryBuildStatus | undefined {
  const root = options.root ?? findProjectRoot({ required: false });
  const script = root && path.join(root, 'scripts', 'lib', 'library-build.mjs');
  if (!root || !script || !fs.existsSync(script) || !fs.existsSync(path.join(root, 'src'))) return undefined;
  const build = createRequire(script)(script) as BuildModule;
  const changed = build.changedInputs(root);
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string }).version;
  if (changed.length === 0) {
    console.log(`odibi-ts ${version}: the compiled library in dist/ is up to date with src/`);
  } else {
    console.warn(`odibi-ts ${version}: the compiled library in dist/ is OLDER than src/ (changed: ${build.describeChanges(changed)}). `
      + '`npm start` rebuilds it when it sees a change (or run `npm run setup`); then restart the kernel (Kernel > Restart) to use the new build.');
  }
  return { fresh: changed.length === 0, changed };
}
