/** The file URL of the step worker's entry module (step-worker.mjs). */
export declare const stepWorkerUrl: URL;
