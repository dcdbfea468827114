// The notebook kernel's TypeScript (tslab, Node10 resolution) does not find vega-lite's
// type declarations; the import itself works there too.
// eslint-disable-next-line @typescript-eslint/ban-ts-comment
// @ts-ignore
import * as vegaLite from 'vega-lite';
import type { ChartSpec } from './chart-spec.js';

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
 * compileChart(layersChart([{ name: 'a', dependsOn: [] }])).warnings; // []
 * ```
 */
export function compileChart(spec: ChartSpec): CompiledChart {
  const warnings: string[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const compiled = vegaLite.compile(spec as any, { logger: collectingLogger(warnings) as any });
  return { vega: compiled.spec as unknown as Record<string, unknown>, warnings };
}
