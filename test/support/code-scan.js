/**
 * Finds dynamic code evaluation (`eval(`, `new Function(` / `Function(`) in built JS and WXS. Occurrences that are
 * framework code are excused only by an entry below that names the framework source file and the exact source
 * text it was minified from; the test checks that text is really in that file, so the excuse is proven, not
 * asserted.
 */
const fs = require('node:fs')
const path = require('node:path')
const { root } = require('./build')

const PATTERN = /(?<![\w$.])eval\s*\(|(?<![\w$])new\s+Function\s*\(|(?<![\w$.])Function\s*\(/g

/** Proven framework occurrences. */
const FRAMEWORK = [
  {
    id: 'webpack-runtime-global',
    what: 'webpack 5 runtime __webpack_require__.g: globalThis fallback `new Function("return this")()` (no user input)',
    files: /^(runtime\.js|js\/app\.[0-9a-f]+\.js)$/,
    minified: /try\{return this\|\|new Function\("return this"\)\(\)\}/,
    source: { file: 'node_modules/webpack/lib/runtime/GlobalRuntimeModule.js', text: "return this || new Function('return this')();" },
  },
]

function scan(dir, files) {
  const found = []
  for (const file of files.filter((f) => /\.(js|wxs)$/.test(f))) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8')
    for (const m of text.matchAll(PATTERN)) {
      const context = text.slice(Math.max(0, m.index - 60), m.index + 60)
      const excuse = FRAMEWORK.find((f) => f.files.test(file) && f.minified.test(context))
      found.push({ file, offset: m.index, match: m[0], context, framework: excuse ? excuse.id : null })
    }
  }
  return found
}

/** Each framework excuse's source text really is in the framework file it names. */
function provenFramework() {
  return FRAMEWORK.map((f) => {
    const file = path.join(root, f.source.file)
    const present = fs.existsSync(file) && fs.readFileSync(file, 'utf8').includes(f.source.text)
    return { id: f.id, what: f.what, source: f.source, present }
  })
}

module.exports = { scan, provenFramework, FRAMEWORK }
