/** The guard that ends a command with the process that started it (tie-to-parent.mjs). */
export declare const guardFile: string;
/** The CLI's entry: TypeScript in src/ (run through tsx), JavaScript in dist/. */
export declare const cliEntry: string;
/** tsx's loader, for `--import`. */
export declare const tsxLoader: string;
