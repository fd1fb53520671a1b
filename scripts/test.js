#!/usr/bin/env node
/**
 * `npm test`: every test, in stages. The schedule suites run again under the device zones residents' phones use
 * (Asia/Urumqi = 新疆时间) and UTC, to prove the status never depends on the phone's zone.
 * Ends with one line "tests: N passed, N failed" summed over all stages.
 */
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

const root = path.resolve(__dirname, '..')
const jestBin = require.resolve('jest/bin/jest')

const stages = [
  { name: 'unit + component (Asia/Shanghai)', tz: 'Asia/Shanghai', args: [] },
  { name: 'schedule engine (Asia/Urumqi)', tz: 'Asia/Urumqi', args: ['test/domain'] },
  { name: 'schedule engine (UTC)', tz: 'UTC', args: ['test/domain'] },
  { name: 'weapp build (WeChat compiler + simulator)', tz: 'Asia/Shanghai', args: ['--config', 'test/weapp/jest.config.js'] },
  { name: 'H5 build in Chromium (walk, clock, axe)', tz: 'Asia/Shanghai', args: ['--config', 'test/e2e/jest.config.js', '--runInBand'] },
]

let passed = 0
let failed = 0
let broken = []
for (const stage of stages) {
  const report = path.join(os.tmpdir(), `jest-${process.pid}-${stage.tz.replace('/', '-')}.json`)
  console.log(`\n=== ${stage.name}`)
  const run = spawnSync(process.execPath, [jestBin, '--json', `--outputFile=${report}`, ...stage.args], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TZ: stage.tz },
  })
  const result = fs.existsSync(report) ? JSON.parse(fs.readFileSync(report, 'utf8')) : null
  if (result) {
    passed += result.numPassedTests
    failed += result.numFailedTests
    fs.rmSync(report)
  }
  if (run.status !== 0 || !result || result.numTotalTests === 0) broken.push(stage.name)
}

console.log('')
if (broken.length > 0) console.log(`failed stages: ${broken.join('; ')}`)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(broken.length > 0 ? 1 : 0)
