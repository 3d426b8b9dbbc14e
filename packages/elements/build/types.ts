import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { componentNames, packageDir, srcDir as src } from './package.js';

const root = join(packageDir, '..', '..');
const WORKSPACE_ONLY = /^@assist\/(client|contract)(\/|$)/;

/**
 * Type declarations of the npm build, one `.d.ts` per source file (the layout of `src/`), for the
 * files the public entry points reach. Not bundled: bundled declarations lose the
 * `declare module '../events.js'` augmentations through which every component adds its events to
 * `AssistEventMap`, and those are what type `addEventListener('assist-search', (e) => e.detail.query)`.
 *
 * The API client and the contract are bundled into the JavaScript and not published, so a public
 * declaration may not import them: a type alias it imports from them (e.g. `Availability`), or a
 * constant it uses as `typeof X` (a list of reasons), is written out structurally in place; anything
 * else (a class, a schema) fails the build with the file to fix (keep it private, or mark it `@internal`).
 */
export function emitTypes(outDir: string): string[] {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent({ ...config.config, include: [`${src}/**/*.ts`], exclude: [`${src}/**/*.test.ts`] }, ts.sys, root);
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationMap: false,
    stripInternal: true,
    types: [],
    outDir: join(root, '.types'),
    rootDir: join(root, 'packages'),
  };
  // Type errors are `pnpm typecheck`'s job; declarations are emitted from what the sources say.
  const program = ts.createProgram(parsed.fileNames, options);
  const checker = program.getTypeChecker();

  const declarations = new Map<string, string>();
  const result = program.emit(undefined, (fileName, text) => {
    const fromSrc = relative(join(root, '.types', 'elements', 'src'), fileName);
    if (!fromSrc.startsWith('..')) declarations.set(fromSrc, text);
  });
  if (result.emitSkipped) throw new Error('TypeScript skipped emitting declarations');

  const entries = ['index.d.ts', ...componentNames().map((name) => `${name}/${name}.d.ts`)];
  const reachable = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (reachable.has(file)) continue;
    const text = declarations.get(file);
    if (text === undefined) throw new Error(`No declarations for ${file}`);
    reachable.add(file);
    for (const specifier of moduleReferences(text)) {
      if (specifier.startsWith('.')) queue.push(normalize(join(dirname(file), specifier.replace(/\.js$/, '.d.ts'))));
    }
  }

  const written: string[] = [];
  for (const file of [...reachable].sort()) {
    const text = inlineWorkspaceTypes(file, declarations.get(file)!, program, checker, options);
    const target = join(outDir, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    written.push(target);
  }
  return written;
}

/** Modules a declaration file imports, re-exports or augments. */
function moduleReferences(text: string): string[] {
  const out: string[] = [];
  for (const statement of ts.createSourceFile('x.d.ts', text, ts.ScriptTarget.Latest).statements) {
    if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      out.push(statement.moduleSpecifier.text);
    } else if (ts.isModuleDeclaration(statement) && ts.isStringLiteral(statement.name)) {
      out.push(statement.name.text);
    }
  }
  return out;
}

/** Replaces type imports from the client or contract by the structure of the imported types. */
function inlineWorkspaceTypes(file: string, text: string, program: ts.Program, checker: ts.TypeChecker, options: ts.CompilerOptions): string {
  const declaration = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const sourcePath = join(src, file.replace(/\.d\.ts$/, '.ts'));
  const replacements: { start: number; end: number; text: string }[] = [];
  for (const statement of declaration.statements) {
    if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier) continue;
    const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
    if (!WORKSPACE_ONLY.test(specifier)) continue;
    const fail = (why: string) =>
      new Error(`${file}: ${why} from ${specifier} is part of the public types, but ${specifier} is not published. Keep it private or mark it @internal.`);
    if (ts.isExportDeclaration(statement)) throw fail('a re-export');
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings) || statement.importClause?.name) throw fail('an import that is not a named type import');
    const resolved = ts.resolveModuleName(specifier, sourcePath, options, ts.sys).resolvedModule;
    const moduleFile = resolved && program.getSourceFile(resolved.resolvedFileName);
    const moduleSymbol = moduleFile && checker.getSymbolAtLocation(moduleFile);
    if (!moduleSymbol) throw fail('a module that cannot be resolved');
    const exports = checker.getExportsOfModule(moduleSymbol);
    const local: string[] = [];
    for (const element of bindings.elements) {
      const name = (element.propertyName ?? element.name).text;
      let symbol = exports.find((s) => s.name === name);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias;
      if (symbol && symbol.flags & ts.SymbolFlags.TypeAlias) {
        local.push(`type ${element.name.text} = ${checker.typeToString(checker.getDeclaredTypeOfSymbol(symbol), undefined, flags)};`);
      } else if (symbol && symbol.flags & ts.SymbolFlags.Variable) {
        // A constant used as `typeof X` (e.g. a list of reasons `as const`); a schema is too big to copy.
        const type = checker.typeToString(checker.getTypeOfSymbol(symbol), undefined, flags);
        if (/\bZod|\$Zod/.test(type)) throw fail(`${name} (a schema)`);
        local.push(`declare const ${element.name.text}: ${type};`);
      } else {
        throw fail(`${name} (neither a type alias nor a constant)`);
      }
    }
    replacements.push({ start: statement.getStart(), end: statement.getEnd(), text: local.join('\n') });
  }
  let out = text;
  for (const r of replacements.sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + r.text + out.slice(r.end);
  return out;
}
