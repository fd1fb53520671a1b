/**
 * The web build's stand-ins for packages Taro's H5 APIs import (config/web-shims/, wired in config/index.ts) keep
 * the answers the app depends on; and what config/index.ts leaves out of the web build stays unused.
 */
import fs from 'node:fs'
import path from 'node:path'
/* eslint-disable @typescript-eslint/no-var-requires */
const queryString = require('../../config/web-shims/query-string').default as {
  parse: (query: string, options?: { decode?: boolean }) => Record<string, string | null | (string | null)[]>
}
const jsonpUnsupported = require('../../config/web-shims/no-jsonp').default as () => Promise<never>
/* eslint-enable @typescript-eslint/no-var-requires */

const root = path.resolve(__dirname, '../..')
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')

describe('query-string stand-in: parse as Taro calls it', () => {
  test.each([
    ['?id=legal', { id: 'legal' }],
    ['id=legal&q=x', { id: 'legal', q: 'x' }],
    ['?q=https%3A%2F%2Fexample.cn%2Fr%2Flegal', { q: 'https://example.cn/r/legal' }],
    ['?name=a+b', { name: 'a b' }],
    ['?flag', { flag: null }],
    ['?a=1&a=2', { a: ['1', '2'] }],
    ['?a=&b=2', { a: '', b: '2' }],
    ['', {}],
    ['?&&', {}],
    ['#x=1', { x: '1' }],
  ])('%s', (search, expected) => {
    expect({ ...queryString.parse(search) }).toEqual(expected)
  })

  test('keys come sorted, as query-string sorts them', () => {
    expect(Object.keys(queryString.parse('?z=1&a=2&m=3'))).toEqual(['a', 'm', 'z'])
  })

  test('decode: false leaves escapes and + as written', () => {
    expect({ ...queryString.parse('?q=a%2Fb+c', { decode: false }) }).toEqual({ q: 'a%2Fb+c' })
  })

  test('a garbled escape (a damaged door code) is kept as written, never thrown', () => {
    expect({ ...queryString.parse('?q=%E4%B8%ZZ&scene=%') }).toEqual({ q: '%E4%B8%ZZ', scene: '%' })
  })

  test('not a string: nothing', () => {
    expect({ ...queryString.parse(undefined as unknown as string) }).toEqual({})
  })
})

test('JSONP (never asked for) fails as an answer, not a crash', async () => {
  await expect(jsonpUnsupported()).rejects.toThrow(/JSONP/)
})

describe('AbortController stand-in', () => {
  const shim = path.join(root, 'config/web-shims/abort-controller.js')
  const original = globalThis.AbortController
  // The shim speaks to `window`, as Taro's request does (jest runs these in Node).
  beforeEach(() => Object.assign(globalThis, { window: globalThis }))
  afterEach(() => {
    globalThis.AbortController = original
    delete (globalThis as { window?: unknown }).window
  })

  test('a browser without AbortController gets a constructor Taro’s request can use (its signal is none)', () => {
    // @ts-expect-error: the browser this stands for has none
    delete globalThis.AbortController
    jest.isolateModules(() => require(shim))
    const controller = new globalThis.AbortController()
    expect(controller.signal).toBeUndefined()
    expect(() => controller.abort()).not.toThrow()
  })

  test('a browser with AbortController keeps its own', () => {
    jest.isolateModules(() => require(shim))
    expect(globalThis.AbortController).toBe(original)
  })
})

test('every stand-in in config/web-shims/ is wired into the web build', () => {
  const config = read('config/index.ts')
  for (const file of fs.readdirSync(path.join(root, 'config/web-shims'))) expect(config).toContain(`'${file}'`)
})

test('no page pulls to refresh (the web build leaves out that web component)', () => {
  const sources = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : [path.join(dir, e.name)]))
  const pulling = sources(path.join(root, 'src')).filter((file) => /enablePullDownRefresh|usePullDownRefresh/.test(fs.readFileSync(file, 'utf8')))
  expect(pulling).toEqual([])
})

test("Taro's components style sheet goes to the web build without WeUI's icon font, every other rule kept", () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const withoutIconFont = require('../../config/without-icon-font-loader') as (css: string) => string
  const css = read('node_modules/@tarojs/components/dist/taro-components/taro-components.css')
  expect(css).toMatch(/font-family:\s*weui/)
  const trimmed = withoutIconFont(css)
  expect(trimmed).not.toMatch(/@font-face[^}]*weui/)
  expect(trimmed).not.toContain('base64')
  expect(css.length - trimmed.length).toBeGreaterThan(5000)
  expect(trimmed.replace(/\s/g, '')).toBe(css.replace(/@font-face\s*\{[^}]*\}/, '').replace(/\s/g, ''))
})
