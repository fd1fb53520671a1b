/** @jest-environment jsdom */
/**
 * Home in Uyghur, in the real weapp build: the app is launched with the language a resident chose on an earlier
 * launch already in wx storage (prefs.locale = 'ug'), as WeChat would hand it back. (Its own file: preferences
 * are read once, when the app starts, so each stored state needs its own boot.)
 */
const { centre } = require('../../../src/data/centre')
const { LANGUAGE_NAMES } = require('../../../src/i18n/messages')
const { ug } = require('../../../src/i18n/ug/ui')
const { zh } = require('../../../src/i18n/zh')
const { findControl, tapControl } = require('../accessibility')
const { bootSuite, expectNoForbiddenCalls } = require('./common')

const ROUTE = 'pages/index/index'
const ARABIC_SCRIPT = /[\u0600-\u06FF]/
const app = bootSuite('home-ug', ROUTE, { storage: { 'prefs.locale': 'ug' } })
const { recorder } = app

/**
 * Classes of the page root (PageFrame's `.page`) as rendered. miniprogram-simulate scopes every class with the
 * component's name (`main--page main--page--rtl`); the scope is taken off again here.
 */
function rootClasses(page) {
  for (const el of page.comp.dom.querySelectorAll('[class]')) {
    const classes = el.getAttribute('class').split(/\s+/)
    const root = classes.find((c) => c === 'page' || /^[\w-]*?--page$/.test(c))
    if (root) return classes.map((c) => (c.startsWith(root) ? c.slice(root.length - 'page'.length) : c))
  }
  throw new Error(`no .page root on ${page.route}:\n${page.html().slice(0, 500)}`)
}

test('the app read the stored language at launch', () => {
  expect(recorder.log.filter((c) => c.api === 'getStorageSync').map((c) => c.args[0])).toContain('prefs.locale')
})

test('home renders in Uyghur, right to left', async () => {
  const page = await app.openPage(ROUTE)
  const text = page.text()
  expect(text).toMatch(ARABIC_SCRIPT)
  for (const words of [ug.common.call, ug.common.goThere, ug.common.rooms, ug.home.needsTitle]) expect(text).toContain(words)
  // No Chinese UI words (the centre's Chinese name and address may still appear under the Uyghur ones).
  for (const words of [zh.common.call, zh.common.goThere, zh.home.needsTitle]) expect(text).not.toContain(words)
  expect(rootClasses(page)).toEqual(expect.arrayContaining(['page', 'page--rtl', 'page--ug']))
  expect(rootClasses(page)).not.toContain('page--ltr')
  expect(rootClasses(page)).not.toContain('page--large')
  page.close()
})

test(`the button «${ug.common.call}» asks WeChat to dial 15001581253`, async () => {
  const page = await app.openPage(ROUTE)
  recorder.clear()
  await tapControl(page, 'button', ug.common.call)
  expect(recorder.callsTo('makePhoneCall').map((c) => c.args[0])).toEqual([{ phoneNumber: '15001581253' }])
  expect(centre.contact.phone).toBe('15001581253')
  page.close()
})

// Last: it changes the app-wide language.
test(`the ${LANGUAGE_NAMES.zh} switch turns the page back to Chinese and remembers it`, async () => {
  const page = await app.openPage(ROUTE)
  expect(findControl(page, 'button', LANGUAGE_NAMES.ug).pressed).toBe(true)
  await tapControl(page, 'button', LANGUAGE_NAMES.zh)
  expect(findControl(page, 'button', LANGUAGE_NAMES.zh).pressed).toBe(true)
  expect(findControl(page, 'button', LANGUAGE_NAMES.ug).pressed).toBe(false)
  expect(page.text()).toContain(zh.common.call)
  expect(rootClasses(page)).toEqual(expect.arrayContaining(['page--ltr', 'page--zh']))
  expect(rootClasses(page)).not.toContain('page--rtl')
  expect(recorder.storage.get('prefs.locale')).toBe('zh')
  page.close()
})

test('made no network call and used no privacy API (recorded over every test above)', () => {
  expectNoForbiddenCalls(recorder)
})
