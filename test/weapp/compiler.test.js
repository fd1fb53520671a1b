/**
 * Every template (.wxml), WXS module (.wxs) and style (.wxss) of the production weapp build compiles with WeChat's
 * own compilers (wcc, wcsc from npm miniprogram-compiler). A compiler error fails with the file and line.
 */
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { builtFiles } = require('../support/build')
const { dist } = require('./pages/common')
const { compileWxml, compileWxss, compileWxssEach, cleanup } = require('./wechat-compiler')

afterAll(cleanup)

function failure(kind, result) {
  const where = result.locations.map((l) => `${l.file}:${l.line}:${l.column}`).join(', ') || 'no location reported'
  return `${kind} failed at ${where}\n${result.message}`
}

/** Runs `check` on a throw-away copy of the build (which the check may break), then removes the copy. */
function withCopyOfBuild(check) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-broken-'))
  fs.cpSync(dist, copy, { recursive: true })
  try {
    return check(copy)
  } finally {
    fs.rmSync(copy, { recursive: true, force: true })
  }
}

describe('WeChat compilers on the production build', () => {
  const files = builtFiles(dist)
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))

  test('every page in app.json was built (.js, .json, .wxml)', () => {
    const missing = app.pages.flatMap((page) => ['.js', '.json', '.wxml'].map((ext) => `${page}${ext}`)).filter((f) => !files.includes(f))
    expect(missing).toEqual([])
    for (const item of app.tabBar?.list ?? []) expect(app.pages).toContain(item.pagePath)
  })

  test('wcc compiles every .wxml and .wxs', () => {
    const result = compileWxml(dist)
    expect(result.files.sort()).toEqual(files.filter((f) => /\.(wxml|wxs)$/.test(f)).sort())
    if (!result.ok) throw new Error(failure('wcc', result))
    expect(result.stdout).toContain('$gwx')
  })

  test('wcsc compiles every .wxss (together, as the DevTools do)', () => {
    const result = compileWxss(dist)
    expect(result.files.sort()).toEqual(files.filter((f) => f.endsWith('.wxss')).sort())
    if (!result.ok) throw new Error(failure('wcsc', result))
  })

  test('wcsc compiles each .wxss on its own with lint on', () => {
    const failed = compileWxssEach(dist).filter((r) => !r.ok)
    if (failed.length) throw new Error(failed.map((r) => failure(`wcsc ${r.file}`, r)).join('\n\n'))
  })
})

describe('the compiler check can fail', () => {
  test('a broken WXML copy is rejected with its file and line', () => {
    withCopyOfBuild((copy) => {
      const page = path.join(copy, 'pages/index/index.wxml')
      const lines = fs.readFileSync(page, 'utf8').split('\n').length
      fs.appendFileSync(page, '\n<view class="broken">\n  <text>{{ unclosed </text>\n')
      const result = compileWxml(copy)
      expect(result.ok).toBe(false)
      expect(result.message).toMatch(/pages\/index\/index\.wxml:\d+:\d+/)
      const location = result.locations.find((l) => l.file === 'pages/index/index.wxml')
      expect(location.line).toBeGreaterThan(lines)
      console.log(`wcc on a broken copy: ${result.message}`)
    })
  })

  test('a wx:else without wx:if is rejected', () => {
    withCopyOfBuild((copy) => {
      fs.appendFileSync(path.join(copy, 'pages/index/index.wxml'), '\n<view wx:else>orphan</view>\n')
      const result = compileWxml(copy)
      expect(result.ok).toBe(false)
      expect(result.message).toMatch(/pages\/index\/index\.wxml:\d+:\d+: Bad attr `wx:else`/)
    })
  })

  test('a broken WXS module is rejected with its file and line', () => {
    withCopyOfBuild((copy) => {
      fs.appendFileSync(path.join(copy, 'utils.wxs'), '\nvar broken = function( { \n')
      const result = compileWxml(copy)
      expect(result.ok).toBe(false)
      expect(result.locations.map((l) => l.file)).toContain('utils.wxs')
    })
  })

  test('a broken WXSS copy is rejected with its file and line', () => {
    withCopyOfBuild((copy) => {
      fs.appendFileSync(path.join(copy, 'app.wxss'), '\n.broken{color:red\n')
      const together = compileWxss(copy)
      expect(together.ok).toBe(false)
      expect(together.locations.map((l) => l.file)).toContain('app.wxss')
      const each = compileWxssEach(copy).find((r) => r.file === 'app.wxss')
      expect(each.ok).toBe(false)
      console.log(`wcsc on a broken copy: ${together.message}`)
    })
  })
})
