/**
 * Resolves a connection-relative path to an absolute file path that is
 * guaranteed to stay inside the connection's base folder: `../` escapes,
 * absolute paths and symbolic links that point out are refused.
 *
 * @example
 * ```ts
 * import { resolveInside } from 'odibi-ts/dist/src/connections/resolve-inside.js';
 * await resolveInside('/data', 'raw/orders.csv', 'local'); // '/data/raw/orders.csv'
 * ```
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { OdibiError } from '../errors.js';

/** The lexical check only (no file-system access): refuses absolute paths and `../` escapes. */
export function resolveLexically(basePath: string, relativePath: string, connection: string): string {
  if (typeof relativePath !== 'string' || relativePath === '' || relativePath.includes('\0')) {
    throw escape(String(relativePath), connection, basePath, 'the path is empty or contains a NUL character');
  }
  if (path.isAbsolute(relativePath) || path.win32.isAbsolute(relativePath)) {
    throw escape(relativePath, connection, basePath, 'absolute paths are not allowed');
  }
  const resolved = path.resolve(basePath, relativePath);
  if (!isInside(basePath, resolved)) throw escape(relativePath, connection, basePath);
  return resolved;
}

/** Lexical check, then follows symbolic links of the deepest existing part of the path. */
export async function resolveInside(basePath: string, relativePath: string, connection: string): Promise<string> {
  const resolved = resolveLexically(basePath, relativePath, connection);
  const realBase = await realWithRemainder(basePath);
  const realExisting = await realWithRemainder(resolved);
  if (!isInside(realBase, realExisting)) {
    throw escape(relativePath, connection, basePath, `it goes through a symbolic link to ${realExisting}`);
  }
  return resolved;
}

function isInside(base: string, target: string): boolean {
  const rel = path.relative(base, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

async function deepestExisting(file: string): Promise<string> {
  let current = file;
  for (;;) {
    try {
      await realpath(current);
      return current;
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return current;
      current = parent;
    }
  }
}

/** The real path of the deepest existing part, plus the part that does not exist yet (a base folder may not exist before the first write). */
async function realWithRemainder(file: string): Promise<string> {
  const existing = await deepestExisting(file);
  return path.join(await realpathOrSelf(existing), path.relative(existing, file));
}

async function realpathOrSelf(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    return path.resolve(file);
  }
}

function escape(relativePath: string, connection: string, basePath: string, why?: string): OdibiError {
  return new OdibiError(
    'CONNECTION_PATH_ESCAPE',
    `path "${relativePath}" resolves outside connection "${connection}" (${basePath})${why ? `: ${why}` : ''}`,
    { hint: "use a path relative to the connection's base_path, without ../, an absolute path or a link pointing out" },
  );
}
