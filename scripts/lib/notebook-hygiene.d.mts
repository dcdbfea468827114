// Types of notebook-hygiene.mjs, for the TypeScript test that uses it.
export function notebookProblems(notebook: { cells?: unknown[]; metadata?: unknown }): string[];
