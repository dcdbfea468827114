// Types of readme.mjs, for the TypeScript scripts and tests that use it.
export const ORDER: string[];
export function buildReadme(root: string): string;
