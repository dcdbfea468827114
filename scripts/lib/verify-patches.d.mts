// Types of verify-patches.mjs, for the TypeScript tests that use it.
export function patchFiles(root: string): string[];
export function unappliedPatches(root: string): string[];
