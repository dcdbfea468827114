/**
 * The error catalogue: every stable error code, the shape of its message and
 * the usual fix. Codes never change meaning; new kinds get new codes.
 *
 * @example
 * ```ts
 * import { ERROR_CODES } from 'odibi-ts/dist/src/error-codes.js';
 * ERROR_CODES.GRAPH_CYCLE.hint;
 * ```
 */
export interface ErrorCodeInfo {
  /** What the message says, with `<placeholders>`. */
  readonly message: string;
  /** The usual fix. */
  readonly hint: string;
}

export const ERROR_CODES = {
  // Configuration (the project file)
  CONFIG_YAML_SYNTAX: { message: 'YAML syntax error: <detail>', hint: 'fix the YAML at the position shown (indentation, a missing colon or quote)' },
  CONFIG_FILE_NOT_FOUND: { message: 'project file <file> does not exist', hint: 'check the path, relative to the current folder' },
  CONFIG_FILE_UNREADABLE: { message: 'project file <file> cannot be read: <reason>', hint: 'check permissions and that the file is UTF-8 text' },
  CONFIG_UNKNOWN_KEY: { message: 'unknown key "<key>"', hint: 'did you mean "<closest>"? otherwise remove it' },
  CONFIG_WRONG_TYPE: { message: '<path> must be <expected>, got <received>', hint: 'change the value to the expected type' },
  CONFIG_MISSING_KEY: { message: '<path> is required', hint: 'add the key' },
  CONFIG_BAD_ENUM: { message: '<path> must be one of <allowed>, got "<value>"', hint: 'use one of the allowed values' },
  CONFIG_BAD_VALUE: { message: '<path>: <detail>', hint: 'see the configuration reference in the README' },
  CONFIG_UNKNOWN_CONNECTION: { message: 'connection "<name>" is not defined', hint: 'did you mean "<closest>"? connections are declared under `connections:`' },
  CONFIG_UNKNOWN_CONNECTION_TYPE: { message: 'connection type "<type>" is not registered', hint: 'use one of the registered types (local, memory) or register a new one' },
  CONFIG_UNKNOWN_DEPENDENCY: { message: 'node "<node>" depends on "<dep>", which no node defines', hint: 'did you mean "<closest>"?' },
  CONFIG_UNKNOWN_PIPELINE_DEPENDENCY: { message: 'pipeline "<pipeline>" depends on "<dep>", which no pipeline defines', hint: 'did you mean "<closest>"?' },
  CONFIG_DUPLICATE_NODE: { message: 'node name "<name>" is used more than once in pipeline "<pipeline>"', hint: 'give each node a unique name' },
  CONFIG_DUPLICATE_PIPELINE: { message: 'pipeline name "<name>" is used more than once', hint: 'give each pipeline a unique name' },
  CONFIG_EMPTY_NODE: { message: 'node "<node>" has nothing to do', hint: 'add at least one of read, transform or write' },
  CONFIG_UNKNOWN_OPERATION: { message: 'unknown operation "<op>"', hint: 'did you mean "<closest>"? see the operations reference' },
  CONFIG_UNKNOWN_FORMAT: { message: 'unknown format "<format>"', hint: 'use csv, json, arrow or parquet' },
  CONFIG_BAD_PARAMS: { message: 'operation "<op>": <detail>', hint: 'see the operation\'s example in the operations reference' },
  CONFIG_BAD_EXPRESSION: { message: 'expression "<expr>" is not allowed: <detail>', hint: 'use column references (d.col), literals, arithmetic, comparisons, boolean operators and the listed op.* functions' },
  CONFIG_UNKNOWN_FUNCTION: { message: 'function "<name>" is not registered', hint: 'did you mean "<closest>"? export it from a module listed under `functions:` or pass it in code' },
  CONFIG_FUNCTIONS_MODULE: { message: 'functions module <file> could not be loaded: <reason>', hint: 'check the path (relative to the project file) and that the module compiles' },
  CONFIG_RESERVED_NAME: { message: 'name "<name>" is reserved', hint: 'rename the node' },
  CONFIG_INVALID: { message: 'the project has <n> problem(s)', hint: 'fix each problem listed' },

  // Graph
  GRAPH_CYCLE: { message: 'dependency cycle: <a -> b -> a>', hint: 'remove one of the dependencies in the cycle' },
  GRAPH_PIPELINE_CYCLE: { message: 'pipeline dependency cycle: <a -> b -> a>', hint: 'remove one of the pipeline dependencies in the cycle' },
  GRAPH_MISSING_DEPENDENCY: { message: '"<node>" depends on "<dep>", which is not in the graph', hint: 'did you mean "<closest>"?' },
  GRAPH_DUPLICATE_NODE: { message: 'node "<name>" is defined more than once', hint: 'give each node a unique name' },
  GRAPH_UNKNOWN_SELECTOR: { message: 'selection term "<term>" matches no node', hint: 'did you mean "<closest>"? terms are name, +name, name+ or tag:x' },
  GRAPH_UNKNOWN_NODE: { message: 'no node named "<name>"', hint: 'did you mean "<closest>"?' },

  // Connections
  CONNECTION_PATH_ESCAPE: { message: 'path "<path>" resolves outside connection "<name>" (<base>)', hint: 'use a path relative to the connection\'s base_path, without ../ or an absolute path' },
  CONNECTION_NOT_FOUND: { message: 'connection "<name>" does not exist', hint: 'declare it under `connections:` or pass it in code' },
  CONNECTION_UNREACHABLE: { message: 'connection "<name>": base_path <base> does not exist', hint: 'create the folder or fix base_path' },
  CONNECTION_FILE_NOT_FOUND: { message: '<path> does not exist in connection "<name>"', hint: 'check the path, or run the node that writes it first' },
  CONNECTION_IO: { message: 'I/O error on <path>: <reason>', hint: 'check permissions and free space' },
  CONNECTION_EXISTS: { message: '<path> already exists and mode is error_if_exists', hint: 'use mode overwrite or append, or remove the file' },

  // Engine
  ENGINE_UNKNOWN: { message: 'engine "<name>" is not registered', hint: 'use "arquero" or register the engine' },
  ENGINE_READ: { message: 'cannot read <path> as <format>: <reason>', hint: 'check the file\'s format and contents' },
  ENGINE_WRITE: { message: 'cannot write <path> as <format>: <reason>', hint: 'check the path and the table\'s types' },
  ENGINE_UNKNOWN_COLUMN: { message: 'unknown column "<col>"; available: <columns>', hint: 'did you mean "<closest>"?' },
  ENGINE_UNKNOWN_TABLE: { message: 'no table named "<name>" in the context; available: <names>', hint: 'add the node to depends_on so its table is available' },
  ENGINE_STEP: { message: 'step <n> (<op>) failed: <reason>', hint: 'check the step\'s params against the operations reference' },
  ENGINE_SQL: { message: 'node "<node>", step <n> (sql): <DuckDB error> at line <l>, column <c> of the SQL; tables this step can see: <names>', hint: 'fix the SQL at the position shown' },
  ENGINE_SQL_REFUSED: { message: 'node "<node>", step <n> (sql): refused <what> at line <l>, column <c> of the SQL: <why>; tables this step can see: <names>', hint: 'an SQL step is one SELECT over the tables it can see; read files with a node\'s read:, write them with write:' },
  ENGINE_UNSUPPORTED: { message: '<what> is not supported by engine <engine>', hint: 'use another format or engine' },
  ENGINE_BAD_DATA: { message: '<path>: <detail>', hint: 'fix the input file' },

  // Nodes
  NODE_FAILED: { message: 'node "<node>" failed: <reason>', hint: 'see the cause' },
  NODE_VALIDATION: { message: 'validation failed: <rules>', hint: 'fix the data or relax the rule' },
  NODE_TIMEOUT: { message: 'attempt <n> timed out after <ms> ms', hint: 'raise timeout_ms or make the node faster' },
  NODE_FUNCTION: { message: 'function "<name>" threw: <reason>', hint: 'fix the function; the cause has its stack' },
  NODE_INJECTED: { message: 'injected failure', hint: 'remove the injection (inject / --fail) to run normally' },
  NODE_NO_INPUT: { message: 'node "<node>" has no input table', hint: 'add a read, or a dependency whose table the transform uses' },
  NODE_ABORTED: { message: 'node "<node>" was aborted', hint: 'the run was cancelled' },

  // Executors (where attempts run: workers through a Redis queue)
  EXECUTOR_REDIS_UNREACHABLE: { message: 'cannot reach Redis at <masked url> within <ms> ms: <reason>', hint: 'start Redis (redis-server) or fix executor.redis / --redis; credentials may come from ODIBI_REDIS_PASSWORD' },
  EXECUTOR_REDIS_LOST: { message: 'lost Redis at <masked url> during the run: <reason>', hint: 'restart Redis, then run again with --resume (the resume command is printed)' },
  EXECUTOR_NEEDS_FILE: { message: 'the queue executor needs a project loaded from a file', hint: 'load the project with loadProject / PipelineManager.fromYaml: workers load the same file' },
  EXECUTOR_STAGING: { message: 'staged table <path> of node "<node>": <reason>', hint: 'check that every worker and the scheduler see the staging folder (a shared folder in production)' },
  WORKER_LOST: { message: 'worker <name> stopped answering during attempt <n> of node "<node>"', hint: 'the attempt runs again on another worker within the node\'s retry policy (retry.max_attempts)' },
  WORKER_PROJECT_VERSION: { message: 'worker <name> runs project version <a>, the run sent <b>', hint: 'restart the worker on the current project (odibi worker <project>) and stop workers of the old version' },
  WORKER_RUN_GONE: { message: 'the run <id> is no longer alive', hint: 'its scheduler stopped; run again with --resume' },
  LOCAL_CLUSTER_START: { message: 'could not start <Redis | worker name> of the local cluster: <reason>', hint: 'run `npm run setup` (it installs redis-server); the message ends with what the process printed' },

  // Pipelines and manager
  PIPELINE_UNKNOWN: { message: 'no pipeline named "<name>"; available: <names>', hint: 'did you mean "<closest>"?' },
  PIPELINE_RESUME: { message: 'cannot resume from <file>: <reason>', hint: 'pass the results JSON written by a previous run of the same pipeline' },
  RESULTS_WRITE: { message: 'the results of this run could not be written to <file>: <reason>', hint: 'free some space or fix the permissions, then run again; the previous results file is unchanged' },
  RESULTS_INVALID: { message: 'results JSON is not valid: <detail>', hint: 'pass a file written by `odibi run --json` or results.toJSON()' },

  // Locks
  LOCK_HELD: { message: '<what> is locked by <holder> (pid <pid> on <host>, since <start>, renewed <n> s ago)', hint: 'let that run finish, or pass --wait to wait for it' },
  LOCK_TIMEOUT: { message: 'waited <n> s for <what>: it is still locked by <holder>', hint: 'wait longer (--wait SECONDS, or --wait alone), or stop that run' },

  // Notebooks and grading
  NOTEBOOK_RUN: { message: 'notebook <file> could not be executed: <reason>', hint: 'run `npm run setup` and check the kernel is installed' },
  GRADE_NOTEBOOK_UNREADABLE: { message: 'notebook <file> cannot be graded: <reason>', hint: 'pass the .ipynb file saved by Jupyter; if it is damaged, copy your answers into a fresh exercises/exercises.ipynb' },
  GRADE_NO_EXERCISES: { message: 'there are no exercises at <root>/exercises/src', hint: 'run the command inside the course project, or inside a folder written by `odibi course release`' },
  GRADE_EXERCISE_INVALID: { message: '<file>: <what is wrong with the exercise>', hint: 'see docs/exercises.md for the files of an exercise' },
  GRADE_CHECK_OUTSIDE_KERNEL: { message: 'check(<n>) needs the notebook kernel\'s record of cell runs', hint: 'call check() in a check cell of the exercises notebook (npm start), after running the answer cell' },
  STORY_WRITE: { message: 'story could not be written: <reason>', hint: 'check the story connection and path' },
  USAGE: { message: '<detail>', hint: 'run with --help' },
} as const satisfies Record<string, ErrorCodeInfo>;

/** A stable error code. */
export type ErrorCode = keyof typeof ERROR_CODES;
