/**
 * Production builds for the real-client checks (test/weapp, test/e2e) and `npm run bench`.
 *
 * Builds go to .test-build/<platform> (config/index.ts honours TARO_OUTPUT_ROOT), never to dist/, so a test run
 * can't race a developer's `npm run build:*`. A build is reused when its stamp (hash of every build input) still
 * matches: the same command on the same inputs gives the same output, so one `npm test` builds each platform once.
 *
 * Test builds have no updates URL (UPDATES_URL=''), whatever posters.config.json says, so "no URL, no request" is
 * what they test; a build with one is a variant with its own folder, e.g.
 * ensureBuild('weapp', { variant: 'updates', env: { UPDATES_URL: 'https://…/live/updates.json' } }).
 */
const { spawnSync } = require('node:child_process')
const crypto = require('node:crypto')
const fs = require('node:fs')
const path = require('node:path')

const root = path.resolve(__dirname, '../..')
const STAMP = '.build-stamp'
const INPUT_DIRS = ['src', 'config', 'types', 'scripts/web', 'scripts/staff']
const INPUT_FILES = ['package.json', 'package-lock.json', 'babel.config.js', 'tsconfig.json', 'project.config.json', 'posters.config.json']

function outputDir(platform, base = '.test-build', variant = '') {
  return path.join(root, base, variant ? `${platform}-${variant}` : platform)
}

function listFiles(dir) {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name)
      return entry.isDirectory() ? listFiles(full) : entry.isFile() ? [full] : []
    })
    .sort()
}

/** Hash of everything a build reads from the project (sources, config, lock file) plus the platform and `env`. */
function inputHash(platform, env = {}) {
  const hash = crypto.createHash('sha256').update(`${platform}\n${process.version}\n${JSON.stringify(env)}\n`)
  const files = [...INPUT_DIRS.flatMap((d) => listFiles(path.join(root, d))), ...INPUT_FILES.map((f) => path.join(root, f))]
  for (const file of files) {
    if (!fs.existsSync(file)) continue
    hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file)).update('\0')
  }
  return hash.digest('hex')
}

/**
 * The production build of `platform` into `out`, as `npm run build:<platform>` makes it: `taro build`, and for the
 * web the steps after it (scripts/web/finish-build.js). Returns the wall time in milliseconds. Throws with the
 * tail of the build log when the build fails.
 */
function runBuild(platform, out, env = {}) {
  const taro = path.join(root, 'node_modules', '.bin', 'taro')
  const started = process.hrtime.bigint()
  const run = spawnSync(taro, ['build', '--type', platform], {
    cwd: root,
    env: { ...process.env, ...env, NODE_ENV: 'production', TARO_OUTPUT_ROOT: path.relative(root, out), FORCE_COLOR: '0', CI: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const log = readableLog(`${run.stdout || ''}\n${run.stderr || ''}`)
  // Taro prints webpack errors but does not always exit non-zero; treat both as failure.
  const failed = run.status !== 0 || run.error || /Failed to compile|ERROR in |Compiled with (some )?errors|编译失败/.test(log)
  if (failed) {
    const errorAt = log.search(/ERROR in |Error:|error /)
    const excerpt = (errorAt >= 0 ? log.slice(errorAt) : log).split('\n').slice(0, 80).join('\n')
    throw new Error(`taro build --type ${platform} failed (exit ${run.status}${run.error ? `, ${run.error.message}` : ''}):\n${excerpt}`)
  }
  if (platform === 'h5') require('../../scripts/web/finish-build').finishWebBuild(out, env)
  return Number(process.hrtime.bigint() - started) / 1e6
}

/** The build log without colour codes and progress-bar redraws. */
function readableLog(raw) {
  return raw
    .replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
    .split(/\r?\n|\r/)
    .filter((line) => line.trim() && !/Webpack █|^\s*\.\.\.|^\s*\S*encies \d+\/\d+ modules|^\s*(building|sealing|emitting|done|setup|cache)\b/i.test(line))
    .join('\n')
}

/**
 * A production build of `platform` in .test-build/<platform>[-<variant>], reused when the inputs have not changed.
 * `env`: build-time settings (e.g. UPDATES_URL) on top of the test default of no updates URL.
 */
function ensureBuild(platform, { log = console.log, variant = '', env = {} } = {}) {
  const out = outputDir(platform, '.test-build', variant)
  const buildEnv = { UPDATES_URL: '', ...env }
  const stampFile = path.join(out, STAMP)
  const hash = inputHash(platform, buildEnv)
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === hash) {
    log(`[build] reusing ${path.relative(root, out)} (inputs unchanged)`)
    return { out, reused: true, ms: 0 }
  }
  fs.rmSync(out, { recursive: true, force: true })
  log(`[build] taro build --type ${platform} → ${path.relative(root, out)} …`)
  const ms = runBuild(platform, out, buildEnv)
  fs.writeFileSync(stampFile, hash)
  log(`[build] ${platform} built in ${(ms / 1000).toFixed(1)} s`)
  return { out, reused: false, ms }
}

/** Files the build wrote (relative paths, '/' separators), without our stamp. */
function builtFiles(out) {
  return listFiles(out)
    .map((f) => path.relative(out, f).split(path.sep).join('/'))
    .filter((f) => f !== STAMP)
}

module.exports = { root, outputDir, ensureBuild, runBuild, builtFiles, inputHash, STAMP }
