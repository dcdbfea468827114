import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rebaseImports } from '../../src/grading/rebase-imports.js';

const from = '/p/exercises';
const to = '/p/grades/.work/mine-1';

test('relative module paths point at the same files from the work folder', () => {
  const code = [
    "import { layers } from '../src/index.js';",
    'import type { X } from "./local.js";',
    "import '../src/side-effect.js';",
    "const m = await import('../src/a.js');",
    "const r = require('../src/b.js');",
  ].join('\n');
  assert.equal(
    rebaseImports(code, from, to),
    [
      "import { layers } from '../../../src/index.js';",
      'import type { X } from "../../../exercises/local.js";',
      "import '../../../src/side-effect.js';",
      "const m = await import('../../../src/a.js');",
      "const r = require('../../../src/b.js');",
    ].join('\n'),
  );
});

test('packages, absolute paths and ordinary strings are left alone', () => {
  const code = "import { display } from 'tslab';\nimport x from '/abs/x.js';\nconst s = 'from ../src/index.js';\nconst t = \"../not-an-import\";";
  assert.equal(rebaseImports(code, from, to), code);
});
