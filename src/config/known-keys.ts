/**
 * The keys a zod object schema allows at a config path, found by walking the
 * schema (objects, lists, records, optional wrappers). Used for did-you-mean
 * on unknown keys. Internal.
 */
import type { z } from 'zod';
import type { ConfigPath } from './config-path.js';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
}

/** Allowed keys of the object at `path` in `schema` (empty when it is not an object). */
export function knownKeys(schema: z.ZodType, path: ConfigPath): string[] {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    current = unwrap(current);
    const def = defOf(current);
    if (def?.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def?.type === 'array') current = def.element;
    else if (def?.type === 'record') current = def.valueType;
    else return [];
  }
  const def = defOf(unwrap(current));
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current && ['optional', 'nullable', 'default'].includes(defOf(current)?.type ?? '')) current = defOf(current)?.innerType;
  return current;
}

function defOf(schema: z.ZodType | undefined): Def | undefined {
  return (schema as unknown as { _zod?: { def: Def } } | undefined)?._zod?.def;
}
