/**
 * Column names a table can hold. A name that every JavaScript object
 * already has (`toString`, `valueOf`, `constructor`, `hasOwnProperty`,
 * `__proto__`...) would be read back as that member, or set an object's
 * prototype, wherever a row or a set of columns is a plain object: values
 * would change or vanish without a word. Such names are refused where they
 * enter (a file's header or keys, a step's output), as are duplicate names,
 * which would lose a column.
 *
 * @example
 * ```ts
 * import { reservedColumnName, checkColumnNames } from 'odibi-ts/dist/src/operations/check-column-names.js';
 * console.log(reservedColumnName('toString')); // true
 * try {
 *   checkColumnNames(['id', 'id'], 'orders.csv');
 * } catch (error) {
 *   console.log((error as { code: string }).code); // ENGINE_BAD_DATA
 * }
 * ```
 */
import { OdibiError } from '../errors.js';

const RESERVED: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Whether `name` is a member of every JavaScript object, so no column may be called that. */
export function reservedColumnName(name: string): boolean {
  return RESERVED.has(name);
}

/** The hint for a reserved name. */
export function reservedNameHint(name: string): string {
  return `rename the column (for example to "${name}_"): every JavaScript object has a member "${name}", so a table cannot hold a column of that name`;
}

/** Throws ENGINE_BAD_DATA naming the first reserved or duplicate name among `names` (the columns of `where`). */
export function checkColumnNames(names: readonly string[], where: string): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (reservedColumnName(name)) {
      throw new OdibiError('ENGINE_BAD_DATA', `${where}: column "${name}" is not allowed: its name is that of a member of every JavaScript object`, { hint: reservedNameHint(name) });
    }
    if (seen.has(name)) {
      throw new OdibiError('ENGINE_BAD_DATA', `${where}: column "${name}" appears twice; the second would replace the first`, { hint: 'give each column its own name' });
    }
    seen.add(name);
  }
}
