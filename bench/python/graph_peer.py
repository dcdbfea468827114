"""Graph peer: topological order and layers (generations) with networkx and graphlib.

Reads a DAG file (one line per node: name<TAB>dep,dep,...), then times, inside Python
(file reading excluded), building the graph, the order and the layers; prints one JSON line.
Usage: graph_peer.py DAG_FILE RUNS [networkx,graphlib]
"""
import gc
import json
import statistics
import sys
import time


def load(path):
    nodes = []
    with open(path) as f:
        for line in f:
            name, _, deps = line.rstrip("\n").partition("\t")
            nodes.append((name, deps.split(",") if deps else []))
    return nodes


def networkx_once(nodes):
    import networkx as nx
    t0 = time.perf_counter()
    g = nx.DiGraph()
    g.add_nodes_from(name for name, _ in nodes)
    g.add_edges_from((dep, name) for name, deps in nodes for dep in deps)
    t1 = time.perf_counter()
    order = list(nx.topological_sort(g))
    t2 = time.perf_counter()
    layers = list(nx.topological_generations(g))
    t3 = time.perf_counter()
    assert len(order) == len(nodes) and sum(len(l) for l in layers) == len(nodes)
    return {"build": t1 - t0, "order": t2 - t1, "layers": t3 - t2, "count": len(layers)}


def graphlib_once(nodes):
    from graphlib import TopologicalSorter
    t0 = time.perf_counter()
    graph = {name: deps for name, deps in nodes}
    t1 = time.perf_counter()
    order = list(TopologicalSorter(graph).static_order())
    t2 = time.perf_counter()
    sorter = TopologicalSorter(graph)
    sorter.prepare()
    layers = []
    while sorter.is_active():
        ready = sorter.get_ready()
        layers.append(ready)
        sorter.done(*ready)
    t3 = time.perf_counter()
    assert len(order) == len(nodes) and sum(len(l) for l in layers) == len(nodes)
    return {"build": t1 - t0, "order": t2 - t1, "layers": t3 - t2, "count": len(layers)}


def timed(fn, nodes, runs):
    fn(nodes) if runs > 1 else None  # warm-up when there is time for it
    samples = []
    for _ in range(runs):
        gc.collect()
        samples.append(fn(nodes))
    out = {}
    for key in ("build", "order", "layers"):
        out[key] = statistics.median(s[key] for s in samples) * 1000
    out["total"] = statistics.median((s["build"] + s["order"] + s["layers"]) for s in samples) * 1000
    out["layerCount"] = samples[0]["count"]
    out["runs"] = runs
    return out


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    which = sys.argv[3].split(",") if len(sys.argv) > 3 else ["networkx", "graphlib"]
    nodes = load(path)
    result = {}
    if "networkx" in which:
        try:
            import networkx  # noqa: F401
            result["networkx"] = timed(networkx_once, nodes, runs)
        except ImportError:
            result["networkx"] = None
    if "graphlib" in which:
        result["graphlib"] = timed(graphlib_once, nodes, runs)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
