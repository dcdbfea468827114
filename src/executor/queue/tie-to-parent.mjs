// Runs a command as long as the process that started this one lives: when
// this process's stdin closes (its parent exited, was killed, or closed the
// pipe), the command is killed. Prints `pid <n>` (the command's pid) first,
// then passes the command's output through; exits with the command. Used by
// the local cluster of the lessons, so that Redis and workers started from
// a notebook never outlive its kernel.
//
//   node tie-to-parent.mjs <command> [args...]
import { spawn } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
child.once('spawn', () => process.stdout.write(`pid ${child.pid}\n`));
child.once('error', (error) => {
  process.stderr.write(`cannot start ${command}: ${error.message}\n`);
  process.exit(127);
});
child.once('exit', (code, signal) => process.exit(code ?? (signal === 'SIGKILL' ? 137 : 143)));
const end = () => child.kill('SIGKILL');
process.stdin.on('end', end);
process.stdin.on('close', end);
process.stdin.resume();
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => child.kill(signal));
