// Types of node-packages.mjs, for the TypeScript tests that use it.
export function nodePackagesStale(root: string): boolean;
export function installNodePackages(root: string, log: (message: string) => void): boolean;
