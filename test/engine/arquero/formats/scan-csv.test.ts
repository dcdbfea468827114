import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanCsv, withoutBlankLines } from '../../../../src/engine/arquero/formats/scan-csv.js';

const findRaggedRow = (text: string, delimiter: string) => scanCsv(text, delimiter).ragged;

test('finds the first record whose width differs from the header', () => {
  assert.deepEqual(findRaggedRow('a,b\n1,2\n3\n', ','), { line: 3, expected: 2, found: 1 });
  assert.deepEqual(findRaggedRow('a\tb\n1\t2\t3\n', '\t'), { line: 2, expected: 2, found: 3 });
});

test('respects quotes, escaped quotes, CRLF and blank lines', () => {
  assert.equal(findRaggedRow('a,b\r\n"x,""y""",2\r\n\r\n"multi\nline",3\r\n', ','), undefined);
});

test('reports the line a multi-line record starts on', () => {
  assert.deepEqual(findRaggedRow('a,b\n"x\ny"\n', ','), { line: 2, expected: 2, found: 1 });
});

test('property: whatever Arquero writes is never ragged and reads back the same', async () => {
  const fc = await import('fast-check');
  const aq = await import('arquero');
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é'), minLength: 1, maxLength: 6 })
    .filter((s) => s.trim() === s && s !== '');
  fc.assert(
    fc.property(fc.array(fc.tuple(text, text), { minLength: 1, maxLength: 5 }), (rows) => {
      const table = aq.table({ x: rows.map((r) => r[0]), y: rows.map((r) => r[1]) });
      const csv = aq.toCSV(table);
      if (findRaggedRow(csv, ',') !== undefined) return false;
      const back = aq.fromCSV(csv, { autoType: false });
      return JSON.stringify(back.objects()) === JSON.stringify(table.objects());
    }),
    { seed: 7, numRuns: 300 },
  );
});

/** Arquero's own reading of delimited text: the records its parser makes (blank lines dropped). */
async function arqueroRecords(text: string, delimiter: string): Promise<string[][]> {
  const { delimitedTextTransformer } = await import('arquero/src/format/stream/delimited-text-stream.js' as string) as {
    delimitedTextTransformer(d: string): { transform(chunk: string, c: { enqueue(rows: string[][]): void }): void; flush(c: { enqueue(rows: string[][]): void }): void };
  };
  const rows: string[][] = [];
  const parser = delimitedTextTransformer(delimiter);
  const sink = { enqueue: (batch: string[][]) => void rows.push(...batch) };
  parser.transform(text, sink);
  parser.flush(sink);
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

test('a quote further into a field is an ordinary character, as Arquero reads it', () => {
  assert.deepEqual(findRaggedRow('id,name\n1,O"Brien\n2,x,extra\n', ','), { line: 3, expected: 2, found: 3 });
  assert.equal(findRaggedRow('id,size\n1,5" screen\n2,"7"" tab"\n', ','), undefined);
});

test('a lone carriage return ends a record and a line', () => {
  assert.deepEqual(findRaggedRow('a,b\r1,2\r3\r', ','), { line: 3, expected: 2, found: 1 });
  assert.deepEqual(findRaggedRow('a,b\r\n"x\ry",2\r\n3\r\n', ','), { line: 4, expected: 2, found: 1 });
});

/**
 * Delimited text built from records of known widths, with the line each starts on: plain fields
 * (which may hold a quote, but not first), quoted fields holding delimiters, line breaks and
 * doubled quotes, blank lines, and any of the three line endings.
 */
function recordsArbitrary(fc: typeof import('fast-check'), delimiter: string) {
  const plain = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '"', '.'), maxLength: 4 }).filter((f) => !f.startsWith('"'));
  const quoted = fc.array(fc.constantFrom('a', delimiter, '\n', '\r\n', '\r', '""', ' '), { maxLength: 4 }).map((parts) => `"${parts.join('')}"`);
  // (a record of one empty quoted field is left out: Arquero's records cannot tell it from a blank line)
  const record = fc.array(fc.oneof(plain, quoted), { minLength: 1, maxLength: 4 }).filter((f) => !(f.length === 1 && f[0] === '""'));
  const eol = fc.constantFrom('\n', '\r\n', '\r');
  return fc.tuple(fc.array(fc.tuple(record, eol), { minLength: 1, maxLength: 6 }), fc.boolean()).map(([lines, trailing]) => {
    let text = '';
    const records: { line: number; width: number }[] = [];
    lines.forEach(([fields, end], k) => {
      const body = fields.join(delimiter);
      // a record starts on the line after every line break before it (a \r then a \n read as one)
      if (body !== '') records.push({ line: 1 + (text.match(/\r\n|\n|\r/g) ?? []).length, width: fields.length });
      text += body + (k < lines.length - 1 || trailing ? end : '');
    });
    return { text, records };
  });
}

test('property: the first record of another width is found, at the line it starts on, and Arquero reads the same widths', async () => {
  const fc = await import('fast-check');
  for (const delimiter of [',', ';', '|', '\t', '^', '-']) {
    await fc.assert(fc.asyncProperty(recordsArbitrary(fc, delimiter), async ({ text, records }) => {
      const bad = records.find((r) => r.width !== records[0]!.width);
      const expected = bad && { line: bad.line, expected: records[0]!.width, found: bad.width };
      assert.deepEqual(findRaggedRow(text, delimiter), expected);
      assert.deepEqual((await arqueroRecords(text, delimiter)).map((r) => r.length), records.map((r) => r.width), 'Arquero reads these records');
    }), { numRuns: 500 });
  }
});

test('a quote never closed is found with the line it opened on; a closed one is not', () => {
  assert.equal(scanCsv('id,name\n1,"abc\n2,d\n', ',').openQuoteLine, 2);
  assert.equal(scanCsv('id,name\n1,"ab\nc"\n2,d\n', ',').openQuoteLine, undefined);
});

test('blank lines are found (outside quotes only) and can be dropped', () => {
  const text = 'a,b\n1,2\n\n"x\n\ny",3\r\n\r\n';
  const scan = scanCsv(text, ',');
  assert.equal(scan.ragged, undefined);
  assert.equal(withoutBlankLines(text, scan.blankLines), 'a,b\n1,2\n"x\n\ny",3\r\n');
});
