/**
 * Takes from the process what a graded answer must not have, before any of
 * its code runs: signalling or debugging other processes (`kill`, `_kill`,
 * `_debugProcess`), native code and internal bindings (`dlopen`, `binding`,
 * `_linkedBinding`, `getBuiltinModule`), changing users, reading the
 * environment file, ending the process (`exit` throws instead, so a case fails
 * and the others still run), standard input, and the network globals
 * (`fetch`, `WebSocket`, ...). Runs only inside the sandbox's child.
 */

/** Process functions removed before the answer runs. */
export const REMOVED_PROCESS_FUNCTIONS = [
  'kill', '_kill', 'abort', 'reallyExit', 'dlopen', 'binding', '_linkedBinding', 'getBuiltinModule', 'loadEnvFile', 'openStdin',
  '_debugProcess', '_debugEnd', '_startProfilerIdleNotifier', '_stopProfilerIdleNotifier', 'setUncaughtExceptionCaptureCallback',
  'initgroups', 'setgroups', 'setegid', 'seteuid', 'setgid', 'setuid',
] as const;

/** Globals that reach the network. */
export const REMOVED_GLOBALS = ['fetch', 'WebSocket', 'EventSource', 'XMLHttpRequest', 'Request', 'Response', 'Headers', 'FormData'] as const;

export function hardenProcess(): void {
  for (const name of REMOVED_PROCESS_FUNCTIONS) remove(process, name);
  for (const name of ['stdin', 'report', 'mainModule']) remove(process, name);
  for (const name of REMOVED_GLOBALS) remove(globalThis, name);
  Object.defineProperty(process, 'exit', {
    value: () => {
      throw new Error('process.exit() is not allowed while grading: return a value or throw an error instead');
    },
    writable: false,
    configurable: false,
  });
}

function remove(target: object, name: string): void {
  if (!(name in target)) return;
  if (!Reflect.deleteProperty(target, name) || name in target) {
    Object.defineProperty(target, name, { value: undefined, writable: false, configurable: false });
  }
}
