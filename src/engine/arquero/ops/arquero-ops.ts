/** Every operation's Arquero implementation, by operation name. */
import type { OperationName } from '../../../operations/operations.js';
import { aggregate } from './aggregate.js';
import type { ArqueroOp } from './arquero-op.js';
import { dedupe } from './dedupe.js';
import { derive } from './derive.js';
import { drop } from './drop.js';
import { filter } from './filter.js';
import { impute } from './impute.js';
import { join } from './join.js';
import { limit } from './limit.js';
import { orderby } from './orderby.js';
import { pivot } from './pivot.js';
import { rename } from './rename.js';
import { select } from './select.js';
import { union } from './union.js';
import { unpivot } from './unpivot.js';

export const ARQUERO_OPS: Record<OperationName, ArqueroOp<any>> = {
  filter, derive, select, rename, drop, dedupe, orderby, aggregate, join, union, pivot, unpivot, limit, impute,
};
