import type { ChartSpec } from './chart-spec.js';

// vega-lite (and vega, in render-svg.ts) load on the first chart, not with the
// library: importing the library takes 0.65x the CPU time it took when they
// loaded with it (median of 10 runs each, alternated).

/** A Vega-Lite spec compiled to Vega, with every warning vega-lite logged. */
export interface CompiledChart {
  /** The Vega spec. */
  vega: Record<string, unknown>;
  /** Warnings (and errors) vega-lite logged while compiling; empty for a clean spec. */
  warnings: string[];
}

function collectingLogger(warnings: string[]): unknown {
  let level = 0;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error: (...args: unknown[]) => (warnings.push(`error: ${args.join(' ')}`), logger),
    warn: (...args: unknown[]) => (warnings.push(args.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/**
 * Compiles a Vega-Lite spec to Vega, collecting vega-lite's warnings instead
 * of printing them (tests assert that a chart compiles without any).
 *
 * @example
 * ```ts
 * import { layersChart } from 'odibi-ts';
 * import { compileChart } from 'odibi-ts/dist/src/viz/compile-chart.js';
 * (await compileChart(layersChart([{ name: 'a', dependsOn: [] }]))).warnings; // []
 * ```
 */
export async function compileChart(spec: ChartSpec): Promise<CompiledChart> {
  const warnings: string[] = [];
  // @ts-ignore -- the kernel's TypeScript (tslab, Node10 resolution) does not find vega-lite's declarations; tsc does
  const vegaLite = (await import('vega-lite')) as { compile(spec: unknown, options: unknown): { spec: unknown } };
  const compiled = vegaLite.compile(spec, { logger: collectingLogger(warnings) });
  return { vega: compiled.spec as unknown as Record<string, unknown>, warnings };
}
