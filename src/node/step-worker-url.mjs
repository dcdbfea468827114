// Where the step worker's entry is, next to this file in src/ or in the
// compiled library (dist/). Plain JavaScript: the notebook kernel compiles
// TypeScript it imports from src/ to CommonJS, where `import.meta` cannot be.
export const stepWorkerUrl = new URL('./step-worker.mjs', import.meta.url);
