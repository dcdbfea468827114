import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLearnerIds } from '../../../src/grading/class/read-learner-ids.js';
import { OdibiError } from '../../../src/errors.js';

test('file and id columns (or learner), paths with either slash, quoted fields', () => {
  assert.deepEqual([...parseLearnerIds('file,id\nweek1/ana.ipynb,a.silva\n"b, o.ipynb",b.ng\n', 'ids.csv')], [['week1/ana.ipynb', 'a.silva'], ['b, o.ipynb', 'b.ng']]);
  assert.deepEqual([...parseLearnerIds('learner,file\ncy,sub\\cy.ipynb\n', 'ids.csv')], [['sub/cy.ipynb', 'cy']]);
});

test('a CSV without the columns, or with an empty field, is a usage error naming the file and line', () => {
  assert.throws(() => parseLearnerIds('name,student\na,b\n', 'ids.csv'), (e: unknown) => e instanceof OdibiError && e.code === 'USAGE' && /ids\.csv needs the columns file and id, it has name, student/.test(e.message));
  assert.throws(() => parseLearnerIds('file,id\nana.ipynb,\n', 'ids.csv'), (e: unknown) => e instanceof OdibiError && /ids\.csv, line 2: both file and id are needed/.test(e.message));
});
