// Types of library-build.mjs, for the TypeScript tests that use it.
export const STAMP: string;
export function buildInputs(root: string): Record<string, string>;
export function changedInputs(root: string): string[];
export function describeChanges(changed: string[]): string;
export function ensureLibraryLink(root: string): boolean;
export function buildLibrary(root: string): Promise<{ ok: boolean; seconds: number; output: string }>;
export function ensureLibraryBuilt(root: string, log: (message: string) => void): Promise<boolean>;
export function watchLibrary(root: string, say: (message: string) => void, options?: { debounceMs?: number }): () => Promise<void>;
