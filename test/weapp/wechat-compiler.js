/**
 * WeChat's own template and style compilers (npm miniprogram-compiler: bin/linux/wcc, bin/linux/wcsc), the ones
 * the DevTools and the upload pipeline use. The package ships them without the run bit, so they are copied to a
 * temp dir and made executable there (node_modules stays untouched).
 */
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

let binDir = null

function compilerPath(name) {
  if (process.platform !== 'linux') throw new Error(`WeChat compiler check runs on Linux only (here: ${process.platform})`)
  if (!binDir) {
    const source = path.join(path.dirname(require.resolve('miniprogram-compiler/package.json')), 'bin', 'linux')
    binDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wechat-compiler-'))
    for (const bin of ['wcc', 'wcsc']) {
      fs.copyFileSync(path.join(source, bin), path.join(binDir, bin))
      fs.chmodSync(path.join(binDir, bin), 0o755)
    }
  }
  return path.join(binDir, name)
}

/** Removes the temp copy of the compilers (call from afterAll). */
function cleanup() {
  if (binDir) fs.rmSync(binDir, { recursive: true, force: true })
  binDir = null
}

function listByExt(dir, ext) {
  const out = []
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(child)
      } else if (entry.name.endsWith(ext)) out.push(child)
    }
  }
  walk('')
  return out.sort()
}

/** "file:line:col" locations the compilers print, e.g. `pages/index/index.wxml:4:1: unexpected end`. */
function locations(text) {
  const found = []
  const re = /([\w./-]+\.(?:wxml|wxs|wxss))(?::(\d+)(?::(\d+))?|\((\d+):(\d+)\))/g
  let m
  while ((m = re.exec(text))) found.push({ file: m[1], line: Number(m[2] ?? m[4]), column: Number(m[3] ?? m[5]) })
  return found
}

function run(bin, args, cwd) {
  const res = spawnSync(compilerPath(bin), args, { cwd, maxBuffer: 64 * 1024 * 1024 })
  if (res.error) throw res.error
  const stderr = res.stderr.toString()
  const stdout = res.stdout.toString()
  // wcsc reports some errors on stdout with exit 0 ("ERR: file(line:col): ..."); treat any ERR line as failure.
  const errLines = `${stderr}\n${stdout.slice(0, 4000)}`
    .split('\n')
    .filter((l) => /^ERR:|error|unexpected|expect|not found|invalid/i.test(l) && !/^error file count: 0/.test(l))
  const ok = res.status === 0 && !/^ERR:/m.test(stderr) && !/^ERR:/m.test(stdout.slice(0, 4000))
  return { ok, status: res.status, stderr, stdout, message: ok ? '' : (errLines.join('\n') || stderr || `exit ${res.status}`).trim() }
}

/**
 * Compiles all .wxml + .wxs of a mini-program root in one wcc run (templates import each other, so wcc needs the
 * full list, like the DevTools). Custom components (usingComponents) are declared the way the DevTools do.
 */
function compileWxml(rootDir) {
  const wxml = listByExt(rootDir, '.wxml')
  const wxs = listByExt(rootDir, '.wxs')
  const entries = []
  let count = 0
  for (const file of wxml) {
    const json = path.join(rootDir, file.replace(/\.wxml$/, '.json'))
    if (!fs.existsSync(json)) continue
    const using = Object.keys(JSON.parse(fs.readFileSync(json, 'utf8')).usingComponents || {})
    if (using.length === 0) continue
    count++
    entries.push(file, String(using.length), ...using)
  }
  const componentArg = [String(count), ...entries].join(' ')
  const result = run('wcc', ['-d', '-cc', componentArg, ...wxml, ...wxs, '-gn', '$gwx'], rootDir)
  return { ...result, files: [...wxml, ...wxs], locations: locations(result.message) }
}

/** Compiles every .wxss of a mini-program root with wcsc (components' styles first, as the DevTools order them). */
function compileWxss(rootDir) {
  const all = listByExt(rootDir, '.wxss')
  const components = all.filter((f) => {
    const json = path.join(rootDir, f.replace(/\.wxss$/, '.json'))
    return fs.existsSync(json) && JSON.parse(fs.readFileSync(json, 'utf8')).component === true
  })
  const others = all.filter((f) => !components.includes(f))
  if (all.length === 0) return { ok: true, files: [], message: '', locations: [] }
  const result = run('wcsc', ['-db', '-pc', String(components.length), ...components, ...others], rootDir)
  return { ...result, files: all, locations: locations(result.message) }
}

/**
 * Each .wxss as the root file with lint on (-lc), the others passed as import candidates (app.wxss imports
 * app-origin.wxss and common.wxss), so a failure names exactly one root file.
 */
function compileWxssEach(rootDir) {
  const all = listByExt(rootDir, '.wxss')
  return all.map((file) => {
    const result = run('wcsc', ['-lc', '-db', file, ...all.filter((f) => f !== file)], rootDir)
    return { file, ...result, locations: locations(result.message) }
  })
}

module.exports = { compileWxml, compileWxss, compileWxssEach, listByExt, locations, compilerPath, cleanup }
