/**
 * What WeChat's screen reader is given on a page rendered in miniprogram-simulate: the ARIA attributes the compiled
 * templates set on each rendered element (`aria-role` → ariaRole, …, as the client reads them), turned into the
 * (role, name) list of test/support/accessibility.js, and the controls found the way a screen-reader user finds
 * them: by role and name.
 */
const { templateAttr, normalize } = require('./simulator')
const { LISTED_ROLES } = require('../support/accessibility')

const isSet = (value) => value !== null && value !== undefined && value !== ''
const flag = (value) => (value === true || value === 'true' ? true : value === false || value === 'false' ? false : undefined)
const isHidden = (el) => flag(templateAttr(el, 'ariaHidden')) === true

/** Roles whose name, when they have no label, is their text (WAI-ARIA "name from content"). */
const NAME_FROM_CONTENT = new Set(['button', 'link', 'heading'])

/** The text a screen reader reads inside `el`: hidden parts left out, whitespace collapsed. */
function spokenText(el) {
  const parts = []
  const visit = (node) => {
    if (node.nodeType === 3) parts.push(node.textContent)
    else if (node.nodeType === 1 && !isHidden(node)) node.childNodes.forEach(visit)
  }
  visit(el)
  return normalize(parts.join(''))
}

/** A text field is WeChat's own input component; anything else has the role its template set, if any. */
function roleOf(el) {
  if (el.tagName === 'WX-INPUT') return 'textbox'
  const role = templateAttr(el, 'ariaRole')
  return isSet(role) ? String(role) : null
}

function nameOf(el, role) {
  const label = templateAttr(el, 'ariaLabel')
  if (isSet(label)) return normalize(String(label))
  return NAME_FROM_CONTENT.has(role) ? spokenText(el) : ''
}

/** Every rendered element a screen reader can reach, in reading order, with its role (or null). */
function reachableElements(page) {
  const found = []
  const visit = (el) => {
    if (isHidden(el)) return
    found.push({ el, role: roleOf(el) })
    Array.from(el.children).forEach(visit)
  }
  Array.from(page.comp.dom.children).forEach(visit)
  return found
}

/** The page's controls, headings and live regions: [{ role, name, level?, pressed?, el }]. */
function accessibleItems(page) {
  return reachableElements(page)
    .filter(({ role }) => role && LISTED_ROLES.has(role))
    .map(({ el, role }) => ({
      role,
      name: nameOf(el, role),
      level: role === 'heading' ? Number(templateAttr(el, 'ariaLevel')) : undefined,
      pressed: flag(templateAttr(el, 'ariaPressed')),
      el,
    }))
}

const isTappable = (el) => ['WX-VIEW', 'WX-TEXT'].includes(el.tagName) && Boolean(el.__wxElement?._vt?.event?.tap)

/** Tappable views a screen reader would not announce as a control with a name (should be none). */
function unannouncedControls(page) {
  return reachableElements(page)
    .filter(({ el }) => isTappable(el))
    .filter(({ el, role }) => !['button', 'link'].includes(role) || !nameOf(el, role))
    .map(({ el, role }) => `${el.tagName.toLowerCase()} role=${role} "${spokenText(el)}"`)
}

/** The control with `role` and accessible name `name`; throws with the page's list when there is none. */
function findControl(page, role, name) {
  const items = accessibleItems(page)
  const match = items.find((item) => item.role === role && item.name === name)
  if (!match) throw new Error(`no ${role} "${name}" on ${page.route}; the page has:\n${items.map((i) => `  ${i.role} "${i.name}"`).join('\n')}`)
  return match
}

/** Taps the control with `role` and name `name`, as a screen-reader user double-taps the focused control. */
async function tapControl(page, role, name) {
  await page.tapAt(findControl(page, role, name).el)
}

module.exports = { accessibleItems, unannouncedControls, findControl, tapControl, spokenText }
