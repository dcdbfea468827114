/** The benchmarks by id, in the order RESULTS.md lists them. */
import { classGradingBenchmark } from './class-grading.js';
import { dataBenchmark } from './data.js';
import { executorsBenchmark } from './executors.js';
import { largerThanMemoryBenchmark } from './duckdb-larger-than-memory.js';
import { graphBenchmark } from './graph.js';
import { memoryBenchmark } from './memory.js';
import { notebooksBenchmark } from './notebooks.js';
import { overheadBenchmark } from './overhead.js';
import { schedulingBenchmark } from './scheduling.js';
import type { Benchmark } from './lib/report.js';

export const BENCHMARKS: Record<string, Benchmark> = {
  graph: graphBenchmark,
  overhead: overheadBenchmark,
  scheduling: schedulingBenchmark,
  data: dataBenchmark,
  memory: memoryBenchmark,
  notebooks: notebooksBenchmark,
  larger: largerThanMemoryBenchmark,
  executors: executorsBenchmark,
  class: classGradingBenchmark,
};
