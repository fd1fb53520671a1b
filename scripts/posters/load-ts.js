/**
 * Lets plain Node `require` the app's TypeScript sources (src/data/centre.ts, src/domain/entry-link.ts, …) so the
 * posters read the same facts and link rule as the app: one source of truth, no copy. Each .ts file is transpiled
 * on the fly with the project's own `typescript` (transpileModule: no type check, types are simply dropped).
 */
const fs = require('node:fs')
const path = require('node:path')

const repoRoot = path.resolve(__dirname, '..', '..')

function installTsHook() {
  if (require.extensions['.ts']) return
  const ts = require('typescript')
  const compilerOptions = {
    module: ts.ModuleKind.CommonJS,
    target: ts.ScriptTarget.ES2020,
    esModuleInterop: true,
    jsx: ts.JsxEmit.ReactJSX,
    isolatedModules: true,
  }
  require.extensions['.ts'] = function compileTs(module, filename) {
    const source = fs.readFileSync(filename, 'utf8')
    const { outputText } = ts.transpileModule(source, { fileName: filename, compilerOptions })
    module._compile(outputText, filename)
  }
}

/** `require` a TypeScript module given relative to the repository root, e.g. `requireTs('src/data/centre')`. */
function requireTs(relativePath) {
  installTsHook()
  return require(path.join(repoRoot, relativePath))
}

module.exports = { requireTs, installTsHook, repoRoot }
