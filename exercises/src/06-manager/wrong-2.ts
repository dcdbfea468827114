// A plausible shortcut: looks for cycles only while pulling in what the selection
// needs, so a cycle among pipelines that were not selected goes unnoticed.
export interface ManagedPipeline {
  name: string;
  dependsOn: string[];
}

export interface ManagerOutcome {
  order: string[];
  completed: string[];
  failed: string[];
  skipped: string[];
}

export function runPipelines(pipelines: ManagedPipeline[], selected: string[] | undefined, failing: string[]): ManagerOutcome {
  const byName = new Map(pipelines.map((p) => [p.name, p]));
  const names = pipelines.map((p) => p.name);
  for (const s of selected ?? []) {
    if (!byName.has(s)) throw new Error(`no pipeline named "${s}"; available: ${names.join(', ')}`);
  }
  const chosen = new Set<string>();
  const pull = (name: string, path: string[]): void => {
    if (path.includes(name)) throw new Error(`pipeline cycle: ${[...path.slice(path.indexOf(name)), name].join(' -> ')}`);
    if (chosen.has(name)) return;
    for (const dep of byName.get(name)!.dependsOn) pull(dep, [...path, name]);
    chosen.add(name);
  };
  for (const name of selected ?? names) pull(name, []);
  const out: ManagerOutcome = { order: [], completed: [], failed: [], skipped: [] };
  while (out.order.length < chosen.size) {
    const p = pipelines.find((x) => chosen.has(x.name) && !out.order.includes(x.name) && x.dependsOn.every((d) => out.order.includes(d)))!;
    out.order.push(p.name);
    if (p.dependsOn.some((d) => !out.completed.includes(d))) out.skipped.push(p.name);
    else if (failing.includes(p.name)) out.failed.push(p.name);
    else out.completed.push(p.name);
  }
  return out;
}
