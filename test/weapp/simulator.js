/**
 * Runs the real production weapp (.test-build/weapp) in miniprogram-simulate: WXML compiled by WeChat's official
 * wcc (compiler: 'official'), the compiled logic layer (app.js, taro.js, vendors.js, page chunks) executed as is,
 * `Page` shimmed onto `Component`, and a recording `wx`.
 *
 * One jest test file per page: the webpack runtime in the build installs each chunk once per module registry,
 * and jest gives every test file a fresh registry, so each file boots the app once and loads its page once
 * (rendering that page as many times as it likes).
 *
 * Must run in a jsdom test environment (`@jest-environment jsdom` docblock).
 */
const fs = require('node:fs')
const path = require('node:path')
const { createRecordingWx } = require('./recording-wx')

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))
/** Monotonic milliseconds; unaffected by a frozen Date. */
const now = () => Number(process.hrtime.bigint() / 1000000n)

async function waitFor(predicate, { timeout = 5000, interval = 10, what = 'condition' } = {}) {
  const started = now()
  for (;;) {
    const value = predicate()
    if (value) return value
    if (now() - started > timeout) throw new Error(`timed out after ${timeout} ms waiting for ${what}`)
    await sleep(interval)
  }
}

/** Text as a reader sees it: whitespace collapsed. */
const normalize = (text) => (text || '').replace(/\s+/g, ' ').trim()

/**
 * An attribute as the template set it. Built-in components (input, map, …) are bare stand-ins in the simulator,
 * so their attributes live on the virtual node (`_vt.attrs`), not on the DOM element.
 */
function templateAttr(el, name) {
  const vt = el && el.__wxElement && el.__wxElement._vt
  const attr = vt && vt.attrs.find((a) => a.name === name)
  return attr ? attr.value : el && el.getAttribute ? el.getAttribute(name) : null
}

/** Page options → Component definition (functions become methods; lifecycles are driven by openPage). */
function pageToComponent(options) {
  const methods = {}
  const data = {}
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === 'function') methods[key] = value
    else if (key === 'data') Object.assign(data, value)
  }
  return { data, methods }
}

/**
 * `storage`: what the app finds in wx storage at launch (key → value), e.g. { 'prefs.locale': 'ug' }.
 * `server`: answers wx.request (see recording-wx.js); by default the phone is offline.
 */
function bootApp({ dist, launchPath = 'pages/index/index', storage = {}, server }) {
  if (typeof window === 'undefined') throw new Error('simulator needs the jsdom test environment')
  if (!fs.existsSync(path.join(dist, 'app.js'))) throw new Error(`no weapp build at ${dist}`)
  // miniprogram-simulate installs its own `wx` when loaded; ours replaces it afterwards.
  const simulate = require('miniprogram-simulate')
  const recorder = createRecordingWx({ launchPath, storage, server })
  global.wx = recorder.wx
  let app = null
  const stack = []
  const appJson = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8'))
  global.App = (options) => {
    app = options
  }
  global.getApp = () => app
  global.getCurrentPages = () => stack.slice()
  global.Page = (options) => global.Component(pageToComponent(options))
  global.__wxConfig = { ...appJson, envVersion: 'release' }
  // What the app logs as an error or warning (uncaught errors in effects, Taro's "not supported" notices).
  const consoleProblems = []
  for (const level of ['error', 'warn']) {
    const original = console[level].bind(console)
    console[level] = (...args) => {
      consoleProblems.push({ level, message: args.map((a) => (a instanceof Error ? a.stack || a.message : typeof a === 'string' ? a : JSON.stringify(a))).join(' ').slice(0, 500) })
      original(...args)
    }
  }

  require(path.join(dist, 'app.js'))
  if (!app) throw new Error('app.js did not call App()')
  const launch = { path: launchPath, query: {}, scene: 1001, referrerInfo: {} }
  app.onLaunch?.call(app, launch)
  app.onShow?.call(app, launch)

  const loaded = {}
  let ComponentClass = null

  /**
   * Opens `route` with `query` like the client: onLoad(query) → onShow → onReady, then waits for the first
   * setData and for rendering to settle.
   */
  async function openPage(route, query = {}) {
    if (!appJson.pages.includes(route) && !(appJson.subPackages || appJson.subpackages || []).some((p) => p.pages.some((pg) => `${p.root.replace(/\/$/, '')}/${pg}` === route))) {
      throw new Error(`${route} is not in app.json pages: ${appJson.pages.join(', ')}`)
    }
    if (!loaded[route]) loaded[route] = simulate.load(path.join(dist, route), { rootPath: dist })
    const comp = simulate.render(loaded[route])
    ComponentClass = ComponentClass || Object.getPrototypeOf(comp.constructor)
    const host = document.createElement('div')
    document.body.appendChild(host)
    comp.attach(host)
    const inst = comp.instance
    const setDataPayloads = []
    const originalSetData = inst.setData
    inst.setData = function recordSetData(data, callback) {
      setDataPayloads.push(JSON.stringify(data))
      return originalSetData.call(this, data, callback)
    }
    inst.route = route
    inst.__route__ = route
    inst.options = { ...query }
    stack.push(inst)
    inst.onLoad({ ...query })
    inst.onShow()
    inst.onReady()
    await waitFor(() => setDataPayloads.length > 0, { what: `first setData of ${route}` })
    const page = makePage({ route, query, comp, inst, host, setDataPayloads })
    await page.settle()
    return page
  }

  function makePage({ route, query, comp, inst, host, setDataPayloads }) {
    const elements = () => [...comp.dom.querySelectorAll('*')]
    const page = {
      route,
      query,
      comp,
      instance: inst,
      setDataPayloads,
      get firstSetDataBytes() {
        return Buffer.byteLength(setDataPayloads[0] || '', 'utf8')
      },
      text: () => normalize(comp.dom.textContent),
      nodeCount: () => elements().length,
      html: () => comp.dom.innerHTML,
      /** Elements by tag (e.g. 'wx-input') with their template attributes. */
      elements: (tag) =>
        elements()
          .filter((e) => e.tagName === tag.toUpperCase())
          .map((e) => ({ el: e, attr: (name) => templateAttr(e, name) })),
      /** Waits until no setData arrived for `quiet` ms. */
      async settle(quiet = 80, timeout = 3000) {
        const started = now()
        let seen = setDataPayloads.length
        let since = now()
        while (now() - since < quiet && now() - started < timeout) {
          await sleep(10)
          if (setDataPayloads.length !== seen) {
            seen = setDataPayloads.length
            since = now()
          }
        }
      },
      /**
       * The innermost rendered element whose text is exactly `label` (a button's own label), else the innermost
       * one whose text contains it.
       */
      findByText(label) {
        const want = normalize(label)
        const innermost = (list) => list.filter((el) => !list.some((other) => other !== el && el.contains(other)))[0] || null
        const all = elements()
        return innermost(all.filter((el) => normalize(el.textContent) === want)) || innermost(all.filter((el) => normalize(el.textContent).includes(want)))
      },
      /**
       * The element a user taps for the control labelled `label`: a <button> (wx-button) or a tappable element
       * (bindtap) that contains the text. Throws with the rendered tree when there is none.
       */
      findTappable(label) {
        const inner = page.findByText(label)
        if (!inner) throw new Error(`no element with text "${label}" on ${route}. Rendered text: ${page.text()}`)
        for (let el = inner; el && el !== comp.dom; el = el.parentElement) {
          const wxNode = el.__wxElement
          const events = (wxNode && wxNode._vt && wxNode._vt.event) || {}
          if (el.tagName === 'WX-BUTTON' || events.tap) return el
        }
        throw new Error(`"${label}" on ${route} is not inside a button or a tappable element:\n${inner.outerHTML}`)
      },
      /** Taps the control labelled `label` the way the client does: a tap event at the innermost element, bubbling. */
      async tap(label) {
        const target = page.findTappable(label)
        const inner = page.findByText(label)
        await page.tapAt(inner.__wxElement ? inner : target)
        return target
      },
      /** A tap event at rendered element `el`, bubbling, then waits for the page to settle. */
      async tapAt(el) {
        new ComponentClass(el.__wxElement).dispatchEvent('tap', { detail: { x: 10, y: 10 } })
        await sleep(0)
        await page.settle()
      },
      /** Input into the first <input> whose placeholder contains `placeholder`. */
      async input(placeholder, value) {
        const el = elements().find((e) => e.tagName === 'WX-INPUT' && String(templateAttr(e, 'placeholder') || '').includes(placeholder))
        if (!el) throw new Error(`no input with placeholder "${placeholder}" on ${route}`)
        new ComponentClass(el.__wxElement).dispatchEvent('input', { detail: { value, cursor: value.length, keyCode: 0 } })
        await sleep(0)
        await page.settle()
        return el
      },
      close() {
        inst.onHide?.()
        inst.onUnload?.()
        const index = stack.indexOf(inst)
        if (index >= 0) stack.splice(index, 1)
        comp.detach()
        host.remove()
      },
    }
    return page
  }

  return { app, recorder, openPage, simulate, consoleProblems }
}

module.exports = { bootApp, waitFor, sleep, normalize, templateAttr }
