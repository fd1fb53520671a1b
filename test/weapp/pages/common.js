/**
 * Shared by the per-page simulator tests: where the build is, the recorded facts, and the metrics for the bench.
 */
const fs = require('node:fs')
const path = require('node:path')
const { outputDir, root } = require('../../support/build')
const { UPDATES_BUILD } = require('../../support/builds')
const { bootApp } = require('../simulator')
const { templateKeys, unboundKeys } = require('../view-data')

/** The weapp build under test: .test-build/weapp (built by globalSetup); WEAPP_DIST points elsewhere. */
const dist = process.env.WEAPP_DIST ? path.resolve(process.env.WEAPP_DIST) : outputDir('weapp')
/** The same app built with an updates URL (UPDATES_BUILD.env), also built by globalSetup. */
const updatesDist = outputDir('weapp', '.test-build', UPDATES_BUILD.variant)

const METRICS_DIR = path.join(root, 'test-results', 'weapp-pages')

/** First setData payload size and rendered node count, for the bench (merged by globalTeardown). */
function recordMetrics(name, page) {
  fs.mkdirSync(METRICS_DIR, { recursive: true })
  const metrics = {
    page: name,
    route: page.route,
    query: page.query,
    firstSetDataBytes: page.firstSetDataBytes,
    setDataCalls: page.setDataPayloads.length,
    renderedNodes: page.nodeCount(),
  }
  fs.writeFileSync(path.join(METRICS_DIR, `${name.replace(/[^\w-]+/g, '_')}.json`), `${JSON.stringify(metrics, null, 2)}\n`)
  return metrics
}

/**
 * Boots the app as launched at `launchPath`, with `storage` (key → value) already in wx storage; `server` answers
 * wx.request; `build`: another build folder (e.g. updatesDist).
 */
function boot(launchPath, { storage, server, build = dist } = {}) {
  return bootApp({ dist: build, launchPath, storage, server })
}

/** Fails with the offending calls when the app used the network or a privacy API. */
function expectNoForbiddenCalls(recorder) {
  expect(recorder.forbidden()).toEqual([])
}


/**
 * Freezes only `Date` (timers keep running, so Taro's scheduling still works) at a moment given as a
 * Beijing wall-clock time, e.g. '2026-12-15T22:45'.
 */
function freezeBeijingTime(local) {
  jest.useFakeTimers({
    now: new Date(`${local}:00+08:00`),
    doNotFake: ['hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'],
  })
}


/** Every wx call a test file saw, as an artefact (test-results/weapp-wx-calls/<name>.json). */
function saveCalls(name, recorder) {
  const dir = path.join(root, 'test-results', 'weapp-wx-calls')
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(recorder.log, null, 2)}\n`)
}

/**
 * Boots the app for one test file named `name`: every wx call is saved as an artefact after the file; any console
 * error, and any data key sent to the view layer that no template binds, fails the test that caused it (checked
 * after each test, so a failure names its flow).
 */
function bootSuite(name, launchPath, options) {
  const app = boot(launchPath, options)
  const keys = templateKeys(dist)
  const openedInTest = []
  const openPage = app.openPage
  app.openPage = async (...args) => {
    const page = await openPage(...args)
    openedInTest.push(page)
    return page
  }
  afterAll(() => saveCalls(name, app.recorder))
  afterEach(() => {
    const problems = app.consoleProblems.splice(0)
    const unbound = openedInTest.splice(0).flatMap((page) => unboundKeys(page, keys).map((key) => `${page.route}: ${key}`))
    expect(problems).toEqual([])
    expect(unbound).toEqual([])
  })
  return app
}

module.exports = { dist, updatesDist, recordMetrics, bootSuite, expectNoForbiddenCalls, freezeBeijingTime }
