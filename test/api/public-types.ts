// The named types that the public API's signatures mention: what a user
// needs in order to write those types down. Found with the TypeScript
// compiler API from src/index.ts; a type declared in src/ that a public
// signature uses must itself be public.
import ts from 'typescript';
import path from 'node:path';

export interface PublicApi {
  /** Every name src/index.ts exports (values and types). */
  exported: string[];
  /** Types declared in src/ that a public signature mentions but src/index.ts does not export, with where. */
  missing: { type: string; usedBy: string }[];
}

function isOwn(decl: ts.Declaration, srcDir: string): boolean {
  return path.resolve(decl.getSourceFile().fileName).startsWith(srcDir);
}

function isTypeDeclaration(decl: ts.Declaration): boolean {
  return ts.isInterfaceDeclaration(decl) || ts.isTypeAliasDeclaration(decl) || ts.isClassDeclaration(decl) || ts.isEnumDeclaration(decl);
}

/**
 * The signatures a declaration exposes: parameters, return and declared
 * types of functions, constructors, methods, accessors and class
 * properties; function types (an interface's method, a function-typed
 * property or type alias); what a class or interface extends or implements.
 * The data shapes of interfaces (non-function properties) are not
 * signatures: a user reaches their types through the exported interface.
 */
function signatureParts(node: ts.Node): ts.Node[] {
  if (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) {
    const members = (node.members as ts.NodeArray<ts.Node>).filter((m) => {
      const flags = ts.getCombinedModifierFlags(m as ts.Declaration);
      const name = (m as ts.NamedDeclaration).name;
      return !(flags & ts.ModifierFlags.Private) && !(name && ts.isPrivateIdentifier(name));
    });
    return [...(node.heritageClauses ?? []), ...(node.typeParameters ?? []), ...members.flatMap((m) => memberParts(m, ts.isClassDeclaration(node)))];
  }
  if (ts.isTypeAliasDeclaration(node)) return isFunctionType(node.type) ? [node.type] : [];
  return memberParts(node, true);
}

function isFunctionType(type: ts.TypeNode | undefined): boolean {
  return type !== undefined && (ts.isFunctionTypeNode(type) || ts.isConstructorTypeNode(type));
}

function memberParts(node: ts.Node, propertiesAreSignatures: boolean): ts.Node[] {
  if (ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isConstructorDeclaration(node) || ts.isGetAccessor(node)
    || ts.isSetAccessor(node) || ts.isMethodSignature(node) || ts.isCallSignatureDeclaration(node) || ts.isConstructSignatureDeclaration(node)) {
    return [...(node.typeParameters ?? []), ...node.parameters, ...(node.type ? [node.type] : [])];
  }
  if (ts.isPropertySignature(node)) return isFunctionType(node.type) ? [node.type!] : [];
  if (ts.isPropertyDeclaration(node) || ts.isVariableDeclaration(node)) return node.type && (propertiesAreSignatures || isFunctionType(node.type)) ? [node.type] : [];
  return [];
}

export function publicApi(root: string): PublicApi {
  const srcDir = path.join(root, 'src') + path.sep;
  const index = path.join(root, 'src', 'index.ts');
  const program = ts.createProgram([index], { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, skipLibCheck: true, noEmit: true, types: ['node'] });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(index)!)!;
  const exports = checker.getExportsOfModule(moduleSymbol);
  const resolve = (s: ts.Symbol) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
  const exportedTargets = new Set(exports.map(resolve));
  const missing = new Map<string, string>();
  const seen = new Set<ts.Node>();
  const visit = (node: ts.Node, owner: string): void => {
    if (seen.has(node)) return;
    seen.add(node);
    // (`typeof X` of a value is not a type a user writes down: an exported alias of it is enough.)
    if (ts.isTypeReferenceNode(node) || ts.isExpressionWithTypeArguments(node)) {
      const name = ts.isTypeReferenceNode(node) ? node.typeName : node.expression;
      const symbol = checker.getSymbolAtLocation(name);
      const target = symbol && resolve(symbol);
      const decl = target?.declarations?.[0];
      if (target && decl && isOwn(decl, srcDir) && isTypeDeclaration(decl) && !exportedTargets.has(target) && !missing.has(target.name)) {
        missing.set(target.name, owner);
      }
    }
    // Function bodies and initialisers are not part of a signature.
    if (ts.isBlock(node)) return;
    ts.forEachChild(node, (child) => visit(child, owner));
  };
  for (const symbol of exports) {
    for (const decl of resolve(symbol).declarations ?? []) {
      if (!isOwn(decl, srcDir)) continue;
      for (const part of signatureParts(decl)) visit(part, symbol.name);
    }
  }
  return { exported: exports.map((s) => s.name).sort(), missing: [...missing].map(([type, usedBy]) => ({ type, usedBy })).sort((a, b) => a.type.localeCompare(b.type)) };
}

/** The names each module exports (paths relative to the project root, `.ts` sources). */
export function moduleExports(root: string, modules: readonly string[]): Map<string, Set<string>> {
  const files = modules.map((m) => path.join(root, m));
  const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, skipLibCheck: true, noEmit: true, types: ['node'] });
  const checker = program.getTypeChecker();
  return new Map(modules.map((m, i) => {
    const source = program.getSourceFile(files[i]!);
    const symbol = source && checker.getSymbolAtLocation(source);
    return [m, new Set(symbol ? checker.getExportsOfModule(symbol).map((s) => s.name) : [])];
  }));
}
