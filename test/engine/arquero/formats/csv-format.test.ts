import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvFormat } from '../../../../src/engine/arquero/formats/csv-format.js';

const bytes = (text: string) => new TextEncoder().encode(text);

test('the columns of a CSV file are those decoding it gives, read from the header alone', () => {
  for (const text of ['id,amount\n1,2\n', '\uFEFFid,amount\r\n1,2', '"a,b",c\n1,2\n', '"two\nlines",c\n1,2\n', '"say ""hi""",c\n1,2\n', 'x, y \n1,2\n']) {
    const decoded = csvFormat.decode(bytes(text), {}, 'test.csv');
    assert.deepEqual(csvFormat.columns(bytes(text), {}, 'test.csv'), (decoded as { columnNames(): string[] }).columnNames(), JSON.stringify(text));
  }
  assert.deepEqual(csvFormat.columns(bytes('"a,b",c\n'), {}, 'test.csv'), ['a,b', 'c']);
  assert.deepEqual(csvFormat.columns(bytes('a;b\n1;2\n'), { delimiter: ';' }, 'test.csv'), ['a', 'b']);
});

test('the header is not cheaply known without a header line, or after skipped or comment lines', () => {
  assert.equal(csvFormat.columns(bytes('1,2\n'), { header: false }, 'test.csv'), undefined);
  assert.equal(csvFormat.columns(bytes('junk\na,b\n'), { skip: 1 }, 'test.csv'), undefined);
  assert.equal(csvFormat.columns(bytes('# note\na,b\n'), { comment: '#' }, 'test.csv'), undefined);
  assert.equal(csvFormat.columns(bytes(''), {}, 'test.csv'), undefined);
});
