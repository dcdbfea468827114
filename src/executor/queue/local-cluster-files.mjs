// The files the local cluster starts, found from here in src/ or in the
// compiled library (dist/). Plain JavaScript: the notebook kernel compiles
// TypeScript it imports from src/ to CommonJS, where `import.meta` cannot be.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = import.meta.url;
const typescriptEntry = fileURLToPath(new URL('../../cli/main.ts', here));

/** The guard that ends a command with the process that started it. */
export const guardFile = fileURLToPath(new URL('./tie-to-parent.mjs', here));
/** The CLI's entry: TypeScript in src/ (run through tsx), JavaScript in dist/. */
export const cliEntry = existsSync(typescriptEntry) ? typescriptEntry : fileURLToPath(new URL('../../cli/main.js', here));
/** tsx's loader: workers load the project's functions (often TypeScript) through it. */
export const tsxLoader = import.meta.resolve('tsx');
