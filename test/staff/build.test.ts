/**
 * The staff page as built for the host (scripts/staff/build.js): index.html plus content-hashed JS and CSS under
 * /staff/, fit for the site's CSP (script-src 'self', strict styles): no inline script, no <style>, no style
 * attribute, absolute asset URLs. Not in the Taro app: no Taro code in it.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// The build script is plain CommonJS (run by node directly).
const { buildStaffPage } = require('../../scripts/staff/build.js') as { buildStaffPage: (outDir: string) => { dir: string; files: string[] } }

const out = mkdtempSync(join(tmpdir(), 'staff-build-'))
let built: { dir: string; files: string[] }
let html: string

beforeAll(async () => {
  built = buildStaffPage(out)
  html = readFileSync(join(out, 'staff', 'index.html'), 'utf8')
}, 60_000)
afterAll(() => rmSync(out, { recursive: true, force: true }))

test('writes staff/index.html and one hashed script and stylesheet', () => {
  expect(built.dir).toBe(join(out, 'staff'))
  expect(built.files).toEqual(['index.html', expect.stringMatching(/^staff\.[A-Z0-9]{8}\.js$/), expect.stringMatching(/^staff\.[A-Z0-9]{8}\.css$/)])
  for (const file of built.files) expect(existsSync(join(out, 'staff', file))).toBe(true)
})

test('the page refers to them by absolute /staff/ URLs, and to nothing else (not even a favicon)', () => {
  const urls = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]).filter((url) => url !== 'data:,')
  expect(html).toContain('<link rel="icon" href="data:,">')
  expect(urls.sort()).toEqual([`/staff/${built.files[1]}`, `/staff/${built.files[2]}`].sort())
})

test('no inline script, no <style>, no style attribute, no inline event handler', () => {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
  expect(scripts).toHaveLength(1)
  for (const [, attributes, body] of scripts) {
    expect(attributes).toMatch(/\bsrc="\/staff\//)
    expect(body.trim()).toBe('')
  }
  expect(html).not.toMatch(/<style\b/i)
  expect(html).not.toMatch(/\sstyle=/i)
  expect(html).not.toMatch(/\son[a-z]+=/i)
})

test('a Chinese, phone-sized page', () => {
  expect(html).toContain('<html lang="zh-CN">')
  expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">')
  expect(html).toContain('<div id="staff"></div>')
})

test('the script carries the app’s own checks and words, and no Taro', () => {
  const script = readFileSync(join(out, 'staff', built.files[1]), 'utf8')
  expect(script).toContain('from-after-until') // src/domain/updates.ts
  expect(script).toContain('即将闭馆') // src/i18n/zh.ts
  expect(script).not.toMatch(/@tarojs|getStorageSync/)
  expect(script).not.toMatch(/\beval\(|new Function\(/)
})
