// A plausible shortcut: a layer may start once the one before it has *started*
// emptying, i.e. "no more than one layer ahead". It agrees with the barrier on
// two layers, and lets layer 2 start before layer 1 has ended.
export interface SchedulerView {
  running: number;
  currentLayer: number;
  layerOf(name: string): number;
}

export function layersBarrier(node: string, view: SchedulerView): boolean {
  return view.layerOf(node) <= view.currentLayer + (view.running > 0 && view.layerOf(node) > 1 ? 1 : 0);
}
