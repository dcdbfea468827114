// Types of free-port.mjs, for the TypeScript tests that use it.
export function freePort(): Promise<number>;
export function portIsFree(port: number): Promise<boolean>;
