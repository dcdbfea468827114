import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRaggedRow } from '../../../../src/engine/arquero/formats/find-ragged-row.js';

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

/** A direct character-by-character reading of the same rules: the oracle for the fast scan. */
function referenceRaggedRow(text: string, delimiter: string): { line: number; expected: number; found: number } | undefined {
  const records: { line: number; fields: number }[] = [];
  let fields = 1, line = 1, start = 1, quoted = false, empty = true;
  const end = (): void => { if (!empty) records.push({ line: start, fields }); fields = 1; empty = true; };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '\n') line++;
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') [quoted, empty] = [true, false];
    else if (c === delimiter) [fields, empty] = [fields + 1, false];
    else if (c === '\r' && text[i + 1] === '\n') continue;
    else if (c === '\n' || c === '\r') { end(); if (c === '\n') line++; start = line; }
    else empty = false;
  }
  end();
  const bad = records.find((r) => r.fields !== records[0]!.fields);
  return bad && { line: bad.line, expected: records[0]!.fields, found: bad.fields };
}

test('property: the scan agrees with a plain reading of the rules on any text', async () => {
  const fc = await import('fast-check');
  const text = fc.string({ unit: fc.constantFrom('a', ',', ';', '"', '\n', '\r', '\r\n', ' '), maxLength: 40 });
  fc.assert(fc.property(text, fc.constantFrom(',', ';'), (t, d) => {
    assert.deepEqual(findRaggedRow(t, d), referenceRaggedRow(t, d));
  }), { numRuns: 3000 });
});

test('property: quote-free text (the line-at-a-time check) agrees with the plain reading', async () => {
  const fc = await import('fast-check');
  const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '.', '|', '-', '^'), maxLength: 3 });
  const line = (d: string) => fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(d));
  const text = (d: string) => fc.tuple(fc.array(line(d), { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
    .map(([lines, eol, trailing]) => lines.join(eol) + (trailing ? eol : ''));
  for (const d of [',', '|', '\t', '^', '-']) {
    fc.assert(fc.property(text(d), (t) => {
      assert.deepEqual(findRaggedRow(t, d), referenceRaggedRow(t, d));
    }), { numRuns: 1500 });
  }
});
