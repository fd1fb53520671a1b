/**
 * What a screen-reader user meets on a page, in the form both clients are compared in: every control, heading and
 * live region in reading order, one line each — its role (a heading with its level, a toggle with its state) and
 * its accessible name, e.g. `heading 1 "上户镇西站社区党群服务中心"`, `button (pressed) "中文"`.
 * The weapp side (test/weapp/accessibility.js) writes its lists to test-results/a11y/; the Chromium side
 * (test/e2e/a11y-parity.test.js) compares Chromium's accessibility tree of the H5 build with them.
 */
const path = require('node:path')
const { root } = require('./build')

/** Every page, opened straight from a link; `ready`: an element the page shows once rendered. */
const PAGES = [
  { name: 'home', path: 'pages/index/index', ready: '.status' },
  { name: 'rooms', path: 'pages/rooms/index', ready: '.room-card' },
  { name: 'room-legal', path: 'pages/room/index?id=legal', ready: '.room__description' },
  { name: 'room-unknown', path: 'pages/room/index?id=no-such-room', ready: '.room__not-found' },
  { name: 'visit', path: 'pages/visit/index', ready: '.visit__steps' },
  { name: 'contact', path: 'pages/contact/index', ready: '.contact__phone' },
]

const LOCALES = ['zh', 'ug']

/** Controls, headings and live regions: the roles the lists hold. */
const LISTED_ROLES = new Set(['button', 'link', 'textbox', 'searchbox', 'heading', 'status', 'alert'])

/** One line per element: `role[ level][ (pressed|not pressed)] "name"`. */
function describeItem({ role, name, level, pressed }) {
  const kind = role === 'heading' ? `heading ${level}` : role
  const state = pressed === undefined ? '' : pressed ? ' (pressed)' : ' (not pressed)'
  return `${kind}${state} "${name}"`
}

/** The weapp's lists for `locale`: { pages: { <page name>: [line, …] } }. */
const weappListsFile = (locale) => path.join(root, 'test-results', 'a11y', `weapp-${locale}.json`)

module.exports = { PAGES, LOCALES, LISTED_ROLES, describeItem, weappListsFile }
