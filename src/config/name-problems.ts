/**
 * Names and references between names: duplicate pipeline or node names, the
 * reserved node name `current`, names the selection grammar cannot express,
 * dependencies on names that do not exist (with did-you-mean). Internal.
 */
import { closestMatch } from '../text/closest-match.js';
import { formatConfigPath } from './config-path.js';
import type { RawProblem } from './raw-problem.js';
import type { RawEntry, RawPipelineEntry } from './raw-pipelines.js';

/** Node names the runner keeps for itself. */
export const RESERVED_NODE_NAMES: readonly string[] = ['current'];

/** Problems of pipeline names, pipeline dependencies, and, per pipeline, node names and node dependencies. */
export function nameProblems(pipelines: readonly RawPipelineEntry[]): RawProblem[] {
  const problems = duplicates(pipelines, 'pipeline');
  problems.push(...unknownDependencies(pipelines, 'pipeline'));
  for (const p of pipelines) {
    problems.push(...duplicates(p.nodes, 'node', p.name), ...badNodeNames(p.nodes, p.name));
    problems.push(...unknownDependencies(p.nodes, 'node', p.name, pipelines));
  }
  return problems;
}

function duplicates(entries: readonly RawEntry[], kind: 'pipeline' | 'node', pipeline?: string): RawProblem[] {
  const first = new Map<string, RawEntry>();
  const problems: RawProblem[] = [];
  for (const e of entries) {
    if (e.name === undefined) continue;
    const earlier = first.get(e.name);
    if (earlier === undefined) {
      first.set(e.name, e);
      continue;
    }
    const key = kind === 'pipeline' ? 'pipeline' : 'name';
    const scope = kind === 'node' ? ` in pipeline "${pipeline}"` : '';
    problems.push({
      code: kind === 'pipeline' ? 'CONFIG_DUPLICATE_PIPELINE' : 'CONFIG_DUPLICATE_NODE',
      path: [...e.path, key],
      message: `${kind} name "${e.name}" is used more than once${scope} (first at ${formatConfigPath(earlier.path)})`,
      hint: `give each ${kind} a unique name`,
      [kind]: e.name,
    });
  }
  return problems;
}

function badNodeNames(nodes: readonly RawEntry[], pipeline?: string): RawProblem[] {
  const problems: RawProblem[] = [];
  for (const n of nodes) {
    if (n.name === undefined) continue;
    const path = [...n.path, 'name'];
    if (RESERVED_NODE_NAMES.includes(n.name)) {
      problems.push({ code: 'CONFIG_RESERVED_NAME', path, message: `node name "${n.name}" is reserved (it means the table being transformed)`, hint: `rename the node, e.g. "${n.name}_data"`, pipeline, node: n.name });
    } else if (!/^[^\s,+:]+$/.test(n.name)) {
      problems.push({ code: 'CONFIG_BAD_VALUE', path, message: `node name "${n.name}" contains a space, comma, plus or colon`, hint: 'use letters, digits, _ - or . so selections like +name and tag:x stay unambiguous', pipeline, node: n.name });
    }
  }
  return problems;
}

function unknownDependencies(entries: readonly RawEntry[], kind: 'pipeline' | 'node', pipeline?: string, pipelines: readonly RawPipelineEntry[] = []): RawProblem[] {
  const known = entries.flatMap((e) => (e.name === undefined ? [] : [e.name]));
  const knownSet = new Set(known);
  const problems: RawProblem[] = [];
  for (const e of entries) {
    for (const dep of e.dependsOn) {
      if (knownSet.has(dep.name)) continue;
      const closest = closestMatch(dep.name, known);
      const elsewhere = kind === 'node' ? pipelines.find((p) => p.name !== pipeline && p.nodes.some((n) => n.name === dep.name)) : undefined;
      const hint = closest
        ? `did you mean "${closest}"?`
        : elsewhere
          ? `"${dep.name}" is a node of pipeline "${elsewhere.name}": add that pipeline to this pipeline's depends_on and read its output through a connection`
          : `known ${kind}s: ${known.join(', ') || 'none'}`;
      problems.push({
        code: kind === 'pipeline' ? 'CONFIG_UNKNOWN_PIPELINE_DEPENDENCY' : 'CONFIG_UNKNOWN_DEPENDENCY',
        path: [...e.path, 'depends_on', dep.position],
        message: kind === 'pipeline' ? `pipeline "${e.name}" depends on "${dep.name}", which no pipeline defines` : `node "${e.name}" depends on "${dep.name}", which no node of pipeline "${pipeline}" defines`,
        hint,
        ...(kind === 'pipeline' ? { pipeline: e.name } : { pipeline, node: e.name }),
      });
    }
  }
  return problems;
}
