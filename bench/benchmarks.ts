/** The benchmarks by id, in the order RESULTS.md lists them. */
import { graphBenchmark } from './graph.js';
import type { Benchmark } from './lib/report.js';

export const BENCHMARKS: Record<string, Benchmark> = {
  graph: graphBenchmark,
};
