// Types of find-files.mjs, for the TypeScript tests that use it.
export function findFiles(root: string, dirs: string[], suffix: string, options?: { exclude?: string[] }): string[];
