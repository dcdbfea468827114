// Random expressions of the allowed subset, typed (n: number, b: boolean, s: text), over the
// columns of `expressionData` (missing values in each) and the param $.k: the translation to SQL
// must give what Arquero gives, NaN, null and undefined included. `aggregates` wraps them in
// aggregate functions and arithmetic on the results.
import * as aq from 'arquero';
import fc from 'fast-check';

export const expressionData = aq.table({ n1: [1, null, -2.5, 0, 7], n2: [null, 3, 0, 0.5, -1], s: ['ab', null, '', 'Q1', ' b '], b: [true, null, false, true, null] });

/** Groups (`g`, `k`, with missing keys) for aggregate and pivot steps. */
export const groupedData = aq.table({ g: ['a', 'b', null, 'a', 'b', 'c'], k: ['x', 'y', 'x', null, 'x', 'y'], n1: [1, null, -2.5, 0, 7, null], n2: [null, 3, 0, 0.5, -1, null], s: ['ab', null, '', 'Q1', ' b ', null], b: [true, null, false, true, null, null] });

export const expressions = fc.letrec((tie) => ({
  n: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('d.n1', 'd.n2', '2', '-2.5', '0', '$.k', 'null', 'undefined'),
    fc.tuple(tie('n'), fc.constantFrom('+', '-', '*', '/', '%', '**'), tie('n')).map(([a, o, b]) => `(${a} ${o} ${b})`),
    tie('n').map((a) => `-(${a})`),
    fc.tuple(fc.constantFrom('abs', 'round', 'floor', 'ceil', 'sign', 'trunc', 'exp'), tie('n')).map(([f, a]) => `op.${f}(${a})`),
    fc.tuple(tie('b'), tie('n'), tie('n')).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
    fc.tuple(tie('n'), tie('n')).map(([a, b]) => `(${a} ?? ${b})`),
    fc.tuple(tie('n'), tie('n')).map(([a, b]) => `op.greatest(${a}, ${b})`),
    tie('s').map((a) => `op.length(${a})`),
  ),
  b: fc.oneof({ depthSize: 'small' },
    fc.constantFrom('d.b', 'true', 'false'),
    fc.tuple(tie('n'), fc.constantFrom('<', '>', '<=', '>=', '===', '!==', '==', '!='), tie('n')).map(([a, o, b]) => `(${a} ${o} ${b})`),
    fc.tuple(tie('s'), fc.constantFrom('===', '!==', '<', '>='), tie('s')).map(([a, o, b]) => `(${a} ${o} ${b})`),
    fc.tuple(tie('b'), fc.constantFrom('&&', '||'), tie('b')).map(([a, o, b]) => `(${a} ${o} ${b})`),
    tie('b').map((a) => `!(${a})`),
    tie('n').map((a) => `op.is_nan(${a})`),
    tie('s').map((a) => `op.startswith(${a}, 'a')`),
  ),
  s: fc.oneof({ depthSize: 'small' },
    fc.constantFrom('d.s', "'x'", "''"),
    fc.tuple(tie('s'), tie('s')).map(([a, b]) => `(${a} + ${b})`),
    tie('s').map((a) => `op.upper(${a})`),
    tie('s').map((a) => `op.trim(${a})`),
    tie('s').map((a) => `op.substring(${a}, 1, 3)`),
    tie('s').map((a) => `op.padstart(${a}, 3, '-')`),
    fc.tuple(tie('s'), tie('s')).map(([a, b]) => `(${a} || ${b})`),
    fc.tuple(tie('b'), tie('s'), tie('s')).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
  ),
}));

const AGG = ['count', 'sum', 'mean', 'average', 'min', 'max', 'median', 'distinct', 'valid', 'invalid', 'stdev', 'stdevp', 'variance', 'variancep', 'product', 'any', 'mode'];
export const aggregates: fc.Arbitrary<string> = fc.letrec((tie) => ({
  a: fc.oneof({ depthSize: 'small' },
    fc.tuple(fc.constantFrom(...AGG), expressions.n).map(([f, e]) => f === 'count' ? 'op.count()' : `op.${f}(${e})`),
    fc.tuple(fc.constantFrom('min', 'max', 'any', 'distinct', 'valid'), expressions.s).map(([f, e]) => `op.${f}(${e})`),
    fc.tuple(fc.constantFrom(0, 0.25, 1), fc.constantFrom('d.n1', 'd.n2')).map(([p, e]) => `op.quantile(${e}, ${p})`),
    fc.tuple(tie('a'), fc.constantFrom('+', '-', '*', '/'), tie('a')).map(([a, o, b]) => `(${a} ${o} ${b})`),
    tie('a').map((a) => `op.round(${a})`),
    tie('a').map((a) => `(${a} ?? -1)`),
    fc.tuple(tie('a'), tie('a')).map(([a, b]) => `(${a} > ${b} ? ${a} : $.k)`),
  ),
})).a as fc.Arbitrary<string>;
