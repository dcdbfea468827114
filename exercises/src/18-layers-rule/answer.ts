/** What a dispatch rule may look at. */
export interface SchedulerView {
  running: number;
  currentLayer: number;
  layerOf(name: string): number;
}

/** The layers strategy: a ready node may start only once every earlier layer has ended. */
export function layersBarrier(node: string, view: SchedulerView): boolean {
  // BEGIN SOLUTION
  // currentLayer is the lowest layer with a node still waiting or running: nodes of
  // that layer may start, nodes of later layers wait for it to end.
  return view.layerOf(node) <= view.currentLayer;
  // END SOLUTION
}
