// Types of find-notebooks.mjs, for the TypeScript scripts and tests that use it.
export const NOTEBOOK_FOLDERS: string[];
export function findNotebooks(root: string, folders?: string[]): string[];
