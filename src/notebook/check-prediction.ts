import { comparePrediction, type PredictionOptions } from './compare-prediction.js';
import { textDisplay } from './display-sink.js';
import { kernelDisplay } from './kernel-display.js';
import { predictionBundle } from './prediction-bundle.js';

/**
 * "Predict before you run": compares the learner's prediction with what
 * happened and shows the verdict in the cell (see `comparePrediction`). An
 * empty prediction shows "Write your prediction ...", never an error, and
 * gives no answer away. Returns the check.
 *
 * @example
 * ```ts
 * import { checkPrediction } from 'odibi-ts/dist/src/notebook/index.js';
 * const myPrediction = { skipped: ['D', 'E'] };
 * checkPrediction(myPrediction, { skipped: ['D', 'E'] }, { question: 'Which nodes are skipped?', unordered: ['skipped'] });
 * ```
 */
export function checkPrediction(predicted: Readonly<Record<string, unknown>> | null | undefined, actual: Readonly<Record<string, unknown>>, options: PredictionOptions = {}): void {
  (kernelDisplay() ?? textDisplay()).display(predictionBundle(comparePrediction(predicted, actual, options)));
}
