/**
 * Every page of the weapp in one language, as WeChat's screen reader gets it (test/weapp/accessibility.js): every
 * tappable view is announced as a button or link with a name, every control and heading has a name in the page's
 * language, and the lists are written to test-results/a11y/weapp-<locale>.json for the parity check against
 * Chromium (test/e2e/a11y-parity.test.js). One boot per language: preferences are read when the app starts.
 */
const fs = require('node:fs')
const path = require('node:path')
const { LANGUAGE_NAMES } = require('../../../src/i18n/messages')
const { PAGES, describeItem, weappListsFile } = require('../../support/accessibility')
const { root } = require('../../support/build')
const { accessibleItems, unannouncedControls } = require('../accessibility')
const { bootSuite, dist, expectNoForbiddenCalls } = require('./common')

const ARABIC_SCRIPT = /[\u0600-\u06FF]/
/** In Uyghur every name is Uyghur, in Chinese none is: but each language's switch is named in its own script. */
const SPEAKS = {
  zh: { test: (name) => !ARABIC_SCRIPT.test(name), except: [LANGUAGE_NAMES.ug] },
  ug: { test: (name) => ARABIC_SCRIPT.test(name), except: [LANGUAGE_NAMES.zh] },
}

function describeAccessibility(locale) {
  const app = bootSuite(`a11y-${locale}`, 'pages/index/index', locale === 'zh' ? {} : { storage: { 'prefs.locale': locale } })
  const lists = {}

  afterAll(() => {
    const file = weappListsFile(locale)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, `${JSON.stringify({ locale, build: path.relative(root, dist), pages: lists }, null, 2)}\n`)
  })

  test.each(PAGES)(`$name (${locale}): every control says its role and name, in the page's language`, async ({ name, path: pagePath }) => {
    const [route, search] = pagePath.split('?')
    const page = await app.openPage(route, Object.fromEntries(new URLSearchParams(search || '')))
    const items = accessibleItems(page)
    lists[name] = items.map(describeItem)
    expect(unannouncedControls(page)).toEqual([])
    expect(items.filter((item) => item.role === 'heading' && ![1, 2].includes(item.level)).map(describeItem)).toEqual([])
    const named = items.filter((item) => !['status', 'alert'].includes(item.role))
    expect(named.filter((item) => !item.name).map(describeItem)).toEqual([])
    const { test: speaks, except } = SPEAKS[locale]
    expect(named.filter((item) => !except.includes(item.name) && !speaks(item.name)).map(describeItem)).toEqual([])
    page.close()
  })

  test('made no network call and used no privacy API (recorded over every test above)', () => {
    expectNoForbiddenCalls(app.recorder)
  })
}

module.exports = { describeAccessibility }
