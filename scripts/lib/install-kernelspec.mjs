// Installs the tslab kernelspec into <root>/.jupyter/share/jupyter (JUPYTER_PATH),
// pointing at the project's own tslab.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { jupyterDirs, jupyterEnv } from '../../src/notebook/jupyter-env.mjs';

function tslabBinary(root) {
  return path.join(root, 'node_modules', '.bin', 'tslab');
}

/** Whether the kernelspec exists and starts this project's tslab. */
export function kernelspecInstalled(root) {
  try {
    const spec = JSON.parse(fs.readFileSync(jupyterDirs(root).kernelspec, 'utf8'));
    return spec.argv?.[0] === tslabBinary(root) && fs.existsSync(tslabBinary(root));
  } catch {
    return false;
  }
}

/** Runs `tslab install --python=<python> --binary <root>/node_modules/.bin/tslab --prefix <root>/.jupyter`. */
export function installKernelspec(root, python, log) {
  const args = [tslabBinary(root), 'install', `--python=${python}`, '--binary', tslabBinary(root), '--prefix', jupyterDirs(root).base];
  log(`installing the TypeScript kernel: tslab ${args.slice(1).join(' ')}`);
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    env: jupyterEnv({ root, python }).env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    return false;
  }
  return kernelspecInstalled(root);
}
