// A plausible wrong answer: compares with `<` instead of `<=`, so no node, not
// even one of the current layer, may ever start: the run ends at once with every
// node left unstarted.
export interface SchedulerView {
  running: number;
  currentLayer: number;
  layerOf(name: string): number;
}

export function layersBarrier(node: string, view: SchedulerView): boolean {
  return view.layerOf(node) < view.currentLayer;
}
