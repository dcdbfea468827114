/** A pipeline of exercise 6 and the pipelines it needs. */
export interface ManagedPipeline {
  name: string;
  dependsOn: string[];
}

/** What a multi-pipeline run did. */
export interface ManagerOutcome {
  order: string[];
  completed: string[];
  failed: string[];
  skipped: string[];
}

/** Runs the selected pipelines (all when undefined) with what they need, in dependency order. */
export function runPipelines(pipelines: ManagedPipeline[], selected: string[] | undefined, failing: string[]): ManagerOutcome {
  // BEGIN SOLUTION
  const byName = new Map(pipelines.map((p) => [p.name, p]));
  const names = pipelines.map((p) => p.name);
  for (const s of selected ?? []) {
    if (!byName.has(s)) throw new Error(`no pipeline named "${s}"; available: ${names.join(', ')}`);
  }
  const done = new Set<string>();
  const walk = (name: string, path: string[]): void => {
    if (path.includes(name)) throw new Error(`pipeline cycle: ${[...path.slice(path.indexOf(name)), name].join(' -> ')}`);
    if (done.has(name)) return;
    for (const dep of byName.get(name)!.dependsOn) walk(dep, [...path, name]);
    done.add(name);
  };
  for (const name of names) walk(name, []);
  const chosen = new Set<string>();
  const pull = (name: string): void => {
    if (chosen.has(name)) return;
    chosen.add(name);
    byName.get(name)!.dependsOn.forEach(pull);
  };
  (selected ?? names).forEach(pull);
  const out: ManagerOutcome = { order: [], completed: [], failed: [], skipped: [] };
  while (out.order.length < chosen.size) {
    const p = pipelines.find((x) => chosen.has(x.name) && !out.order.includes(x.name) && x.dependsOn.every((d) => out.order.includes(d)))!;
    out.order.push(p.name);
    if (p.dependsOn.some((d) => !out.completed.includes(d))) out.skipped.push(p.name);
    else if (failing.includes(p.name)) out.failed.push(p.name);
    else out.completed.push(p.name);
  }
  return out;
  // END SOLUTION
}
