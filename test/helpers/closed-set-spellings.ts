/**
 * Finds where the names of a closed set (strategies, formats, statuses...)
 * are spelled outside the file that defines the set's `as const` list (or
 * the list of another set with the same name, such as `fail_fast`).
 * Allowed there: a single name the type checker checks against a closed type
 * (`status === 'success'`, `case 'layers':`, an argument, field or return
 * value typed by the set). Reported: a name checked against no closed type
 * (a plain string), and any list of two or more names of one set (array or
 * union type), which is a second copy of the set, even when typed.
 */
import ts from 'typescript';

export interface ClosedSet {
  name: string;
  names: readonly string[];
  /** The file that defines the list (absolute path). */
  file: string;
  /** False: the names are at home in `file`, but spellings elsewhere are not reported. */
  checked?: boolean;
}

export interface Spelling {
  file: string;
  line: number;
  set: string;
  text: string;
  why: 'copy of the list' | 'not checked against the set';
}

export function findSpellings(files: readonly string[], sets: readonly ClosedSet[]): Spelling[] {
  const program = ts.createProgram([...files], {
    strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: ['node'],
  });
  const checker = program.getTypeChecker();
  const found: Spelling[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`not compiled: ${file}`);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        const home = sets.some((set) => set.file === file && set.names.includes(node.text));
        for (const set of home ? [] : sets) {
          if (set.checked === false || !set.names.includes(node.text)) continue;
          const why = judge(node, set, checker);
          if (why) found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, set: set.name, text: node.text, why });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function judge(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral, set: ClosedSet, checker: ts.TypeChecker): Spelling['why'] | undefined {
  const parent = node.parent;
  if (ts.isLiteralTypeNode(parent)) {
    const union = ts.isUnionTypeNode(parent.parent) ? parent.parent.types : [];
    return union.filter((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) && set.names.includes(t.literal.text)).length > 1 ? 'copy of the list' : undefined;
  }
  if (ts.isArrayLiteralExpression(parent)) {
    const members = parent.elements.filter((e) => ts.isStringLiteralLike(e) && set.names.includes(e.text));
    if (members.length > 1) return 'copy of the list';
  }
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)) return undefined;
  return isClosedType(checkedAgainst(node, checker)) ? undefined : 'not checked against the set';
}

/** The type a literal is checked against: the other side of a comparison, the switch, or its contextual type. */
function checkedAgainst(node: ts.Expression, checker: ts.TypeChecker): ts.Type | undefined {
  const parent = node.parent;
  if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(parent.operatorToken.kind)) {
    return checker.getTypeAtLocation(parent.left === node ? parent.right : parent.left);
  }
  if (ts.isCaseClause(parent)) return checker.getTypeAtLocation(parent.parent.parent.expression);
  return checker.getContextualType(node);
}

/** A union of string literals (optionally with undefined or null): no plain string. */
function isClosedType(type: ts.Type | undefined): boolean {
  if (!type) return false;
  const parts = type.isUnion() ? type.types : [type];
  const literals = parts.filter((t) => (t.flags & ts.TypeFlags.StringLiteral) !== 0);
  return literals.length > 0 && parts.every((t) => (t.flags & (ts.TypeFlags.StringLiteral | ts.TypeFlags.Undefined | ts.TypeFlags.Null)) !== 0);
}
