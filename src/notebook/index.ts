// Notebook tooling beside the library's display (`show` and `liveProgress`
// are in the main index): running a notebook headlessly through the real
// kernel, the project's Jupyter environment, and the pieces a front end needs
// to show values its own way, Markdown with drawn diagrams, and the lesson's
// "predict before you run" checks. Re-exports only. In a notebook:
// `import { runNotebook } from 'odibi-ts/dist/src/notebook/index.js'`.
export {
  runNotebook,
  type RunNotebookOptions, type NotebookRunResult, type CellRunResult, type CellStatus, type CellError, type NotebookOutput,
} from './run-notebook.js';
export { jupyterEnv, type JupyterEnv, type JupyterEnvOptions } from './jupyter-env.mjs';
export { toMimeBundle } from './to-mime-bundle.js';
export type { MimeBundle } from './mime-bundle.js';
export { showOn } from './show.js';
export { kernelDisplay } from './kernel-display.js';
export { textDisplay, type DisplaySink } from './display-sink.js';
export { showMarkdown } from './show-markdown.js';
export { markdownBundle, type MarkdownBundleOptions } from './markdown-bundle.js';
export { mermaidDiagrams, mermaidDiagramFile, type MermaidDiagram } from './mermaid-diagrams.js';
export { checkPrediction } from './check-prediction.js';
export { comparePrediction, type PredictionCheck, type PredictionOptions, type PredictionRow } from './compare-prediction.js';
export { predictionBundle } from './prediction-bundle.js';
