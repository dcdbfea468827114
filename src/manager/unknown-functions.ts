/**
 * Every function step of a project whose function is not registered, as
 * CONFIG_UNKNOWN_FUNCTION problems at the step's place in the project file,
 * with a did-you-mean.
 *
 * @example
 * ```ts
 * import { unknownFunctions } from 'odibi-ts/dist/src/manager/unknown-functions.js';
 * unknownFunctions(project, new Map()).map((p) => p.message);
 * ```
 */
import type { ProjectConfig } from '../config/types.js';
import type { TransformFunction } from '../engine/engine.js';
import type { Problem } from '../errors.js';
import { closestMatch } from '../text/closest-match.js';

export function unknownFunctions(project: ProjectConfig, functions: ReadonlyMap<string, TransformFunction>): Problem[] {
  const problems: Problem[] = [];
  project.pipelines.forEach((pipeline, p) => {
    pipeline.nodes.forEach((node, n) => {
      node.steps.forEach((step, i) => {
        if (step.kind !== 'function' || functions.has(step.function)) return;
        const closest = closestMatch(step.function, functions.keys());
        const at = step.location ?? node.location;
        problems.push({
          code: 'CONFIG_UNKNOWN_FUNCTION', pipeline: pipeline.name, node: node.name, step: i + 1, operation: step.function,
          file: at?.file ?? project.file, line: at?.line, column: at?.column,
          path: step.location?.path ?? `pipelines[${p}].nodes[${n}].transform.steps[${i}]`,
          message: `node "${node.name}" step ${i + 1}: function "${step.function}" is not registered; registered: ${[...functions.keys()].join(', ') || '(none)'}`,
          hint: `${closest ? `did you mean "${closest}"? ` : ''}export it from a module listed under \`functions:\` or pass it in code`,
        });
      });
    });
  });
  return problems;
}
