// The corpus of bad and good inputs (test/fixtures/corpus/corpus.json): a temporary copy to run
// in, and the first stage that rejects a project file, with its problems as plain data.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { safeLoadProject } from '../../src/config/load-project.js';
import { ConfigError } from '../../src/config/config-error.js';
import { OdibiError } from '../../src/errors.js';
import { PipelineManager } from '../../src/manager/pipeline-manager.js';

export interface RejectCase {
  case: string;
  file: string;
  stage: Stage;
  code: string;
  words: string[];
  line?: number;
  setup?: string;
  /** What `odibi run` reports instead, when it differs (it does not check the environment first). */
  runCode?: string;
  runWords?: string[];
}

/** Where a bad input is caught: loading the file, building the manager, validating the environment, running. */
export type Stage = 'load' | 'build' | 'validate' | 'run';

/** One reported problem, whatever stage reported it. */
export interface Reported {
  code: string;
  message: string;
  hint?: string;
  file?: string;
  line?: number;
  node?: string;
}

export const CORPUS = path.resolve(import.meta.dirname, '../fixtures/corpus');
export const REJECT: RejectCase[] = JSON.parse(readFileSync(path.join(CORPUS, 'corpus.json'), 'utf8')).reject;

/** A temporary copy of the corpus with the folders and links git cannot hold; call `remove()` after. */
export function corpusCopy(): { root: string; remove: () => void } {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'odibi-corpus-'));
  const root = path.join(tmp, 'corpus');
  cpSync(CORPUS, root, { recursive: true });
  mkdirSync(path.join(root, 'data/folder.csv'));
  mkdirSync(path.join(root, 'reject/folder-project.yaml'));
  writeFileSync(path.join(tmp, 'secret.csv'), 'password\nhunter2\n');
  symlinkSync(path.join(tmp, 'secret.csv'), path.join(root, 'data/escape-link.csv'));
  return { root, remove: () => rmSync(tmp, { recursive: true, force: true }) };
}

/** The first stage that rejects `file`, and what it reported; `undefined` when every stage accepts it. */
export async function firstRejection(file: string): Promise<{ stage: Stage; problems: Reported[] } | undefined> {
  const loaded = safeLoadProject(file);
  if (!loaded.ok) return { stage: 'load', problems: loaded.problems };
  let manager: PipelineManager;
  try {
    manager = await PipelineManager.fromYaml(file, { storyWriter: false });
  } catch (error) {
    if (error instanceof ConfigError) return { stage: 'build', problems: [...error.problems] };
    if (error instanceof OdibiError) return { stage: 'build', problems: [{ code: error.code, message: error.message, hint: error.hint, ...error.location }] };
    throw error;
  }
  const errors = [];
  for (const name of manager.list()) errors.push(...(await manager.get(name).validate()).errors);
  if (errors.length > 0) return { stage: 'validate', problems: errors };
  const results = Object.values(await manager.run());
  const failed = results.flatMap((r) => r.nodeResults.filter((n) => n.status === 'failed'));
  if (failed.length === 0) return undefined;
  return { stage: 'run', problems: failed.map((n) => ({ node: n.name, code: n.error!.code, message: n.error!.message, hint: n.error!.hint })) };
}
