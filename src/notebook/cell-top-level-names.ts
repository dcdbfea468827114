/**
 * The names a cell declares at its top level and does not export itself:
 * functions, classes, enums, namespaces, variables (destructuring included),
 * interfaces, type aliases and imported bindings. tslab exports exactly these
 * from every cell (its `locals`), so that later cells see them.
 *
 * @example
 * ```ts
 * import { kernelTypeScript } from 'odibi-ts/dist/src/notebook/kernel-typescript.js';
 * import { cellTopLevelNames } from 'odibi-ts/dist/src/notebook/cell-top-level-names.js';
 * const ts = kernelTypeScript();
 * const file = ts.createSourceFile('cell.ts', "import { a } from 'x';\nconst { b, c: [d] } = f();\nfunction g() {}\nexport function h() {}", ts.ScriptTarget.ES2022);
 * cellTopLevelNames(ts, file); // ['a', 'b', 'd', 'g']
 * ```
 */
import type { KernelTypeScript } from './kernel-typescript.js';

type Ts = KernelTypeScript;
type Node = import('@tslab/typescript-for-tslab').Node;
type SourceFile = import('@tslab/typescript-for-tslab').SourceFile;

export function cellTopLevelNames(ts: Ts, file: SourceFile): string[] {
  const names: string[] = [];
  for (const statement of file.statements) {
    if (exported(ts, statement)) continue;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) names.push(...bindingNames(ts, declaration.name));
    } else if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (!clause || clause.isTypeOnly) continue;
      if (clause.name) names.push(clause.name.text);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text));
    } else if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isImportEqualsDeclaration(statement)) {
      if (statement.name) names.push(statement.name.text);
    } else if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) {
      names.push(statement.name.text);
    }
  }
  return [...new Set(names)];
}

function exported(ts: Ts, statement: Node): boolean {
  const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
  return (modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword || m.kind === ts.SyntaxKind.DeclareKeyword);
}

function bindingNames(ts: Ts, name: import('@tslab/typescript-for-tslab').BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) => (ts.isOmittedExpression(element) ? [] : bindingNames(ts, element.name)));
}
