// Exercise 12's harness: runs in the grading sandbox and calls the answer with one case's input.
import { summariseProject } from '../../../src/grading/summarise-project.js';

/** Exercise 12's answer takes no input. */
export type Ex12Input = Record<string, never>;

/** What the real loader makes of the answer's YAML (its problems, or the pipelines' layers and nodes). */
export function run(retailProjectYaml: any) {
  const yaml: unknown = retailProjectYaml();
  if (typeof yaml !== 'string') throw new Error(`retailProjectYaml() returned ${typeof yaml}, not the YAML text`);
  return summariseProject(yaml);
}
