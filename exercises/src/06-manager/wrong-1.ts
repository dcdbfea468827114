// A plausible wrong answer: pulls in only the DIRECT dependencies of the
// selected pipelines, and skips only pipelines whose dependency failed.
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
  const names = pipelines.map((p) => p.name);
  for (const s of selected ?? []) {
    if (!names.includes(s)) throw new Error(`no pipeline named "${s}"; available: ${names.join(', ')}`);
  }
  const chosen = new Set<string>();
  for (const s of selected ?? names) {
    chosen.add(s);
    for (const d of pipelines.find((p) => p.name === s)!.dependsOn) chosen.add(d);
  }
  const out: ManagerOutcome = { order: [], completed: [], failed: [], skipped: [] };
  for (let round = 0; round < pipelines.length; round++) {
    for (const p of pipelines) {
      if (!chosen.has(p.name) || out.order.includes(p.name)) continue;
      if (!p.dependsOn.every((d) => out.order.includes(d) || !chosen.has(d))) continue;
      out.order.push(p.name);
      if (p.dependsOn.some((d) => out.failed.includes(d))) out.skipped.push(p.name);
      else if (failing.includes(p.name)) out.failed.push(p.name);
      else out.completed.push(p.name);
    }
  }
  if (out.order.length < chosen.size) throw new Error('cycle between pipelines');
  return out;
}
