/** Whether the processor is the TypeScript source (the library runs from src/ through tsx). */
export declare const processorFromSources: boolean;
/** The path of the sandboxed processor module (process-attempt-job). */
export declare const processorFile: string;
/** The URL of tsx's loader, for processes that run the TypeScript processor. */
export declare function tsxLoader(): string;
