// Types of worker-entry.mjs.

/** The class-grading worker's entry file and the Node options to start it with (tsx for the sources). */
export declare function workerEntry(): { file: string; execArgv: string[] };
