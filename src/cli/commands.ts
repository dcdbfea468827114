/**
 * The subcommands of `odibi`, loaded lazily so each command only imports
 * what it needs. Adding a command = one file in commands/ exporting a
 * {@link CliCommand}, plus one line here.
 */
import type { CliCommand } from './cli-context.js';

/** A subcommand's name and how to load it. */
export interface CommandEntry {
  name: string;
  load: () => Promise<CliCommand>;
}

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'validate', load: async () => (await import('./commands/validate.js')).validateCommand },
  { name: 'plan', load: async () => (await import('./commands/plan.js')).planCommand },
  { name: 'run', load: async () => (await import('./commands/run.js')).runCommand },
  { name: 'story', load: async () => (await import('./commands/story.js')).storyCommand },
  { name: 'staging', load: async () => (await import('./commands/staging.js')).stagingCommand },
  { name: 'worker', load: async () => (await import('./commands/worker.js')).workerCommand },
  { name: 'grade', load: async () => (await import('./commands/grade.js')).gradeCommand },
  { name: 'course', load: async () => (await import('./commands/course.js')).courseCommand },
];
