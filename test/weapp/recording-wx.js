/**
 * A `wx` for the simulator that records every API call. It carries every API name of the official typings
 * (miniprogram-api-typings, interface Wx), because Taro wraps exactly the names it finds on `wx` (Object.keys):
 * a missing name would turn Taro.makePhoneCall into a "not supported" stub and hide the call.
 * Async APIs answer success({ errMsg: '<name>:ok' }) on the next tick, like the client after the user confirms.
 * Storage is a real key-value store, seedable per boot (`storage`), so a test can start the app with what a
 * resident chose on an earlier launch (e.g. { 'prefs.locale': 'ug' }).
 * `wx.request` is recorded like every call and answered by `server(options)` → { statusCode, data } (or null: the
 * phone is offline, "request:fail"); with no server every request fails.
 */
const fs = require('node:fs')
const path = require('node:path')

/** APIs that send data off the phone. */
const NETWORK_APIS = ['request', 'uploadFile', 'downloadFile', 'connectSocket', 'createTCPSocket', 'createUDPSocket', 'sendSocketMessage', 'reportAnalytics', 'reportEvent', 'reportMonitor', 'reportPerformance', 'login']
/** WeChat 隐私接口 (user-privacy APIs that need a privacy declaration) the app must never call. */
const PRIVACY_APIS = [
  'getLocation', 'getFuzzyLocation', 'chooseLocation', 'choosePoi', 'startLocationUpdate', 'startLocationUpdateBackground', 'onLocationChange',
  'setClipboardData', 'getClipboardData',
  'getUserInfo', 'getUserProfile', 'authorize', 'getPhoneNumber', 'chooseAddress', 'chooseInvoice', 'chooseInvoiceTitle',
  'getWeRunData', 'chooseImage', 'chooseMedia', 'chooseVideo', 'chooseMessageFile', 'saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum',
  'startRecord', 'getRecorderManager', 'createCameraContext', 'addPhoneContact', 'addPhoneCalendar', 'addPhoneRepeatCalendar',
  'getBluetoothDevices', 'openBluetoothAdapter', 'startWifi', 'getConnectedWifi', 'startSoterAuthentication', 'getSelectedTextRange',
]

let apiNames = null
function officialApiNames() {
  if (apiNames) return apiNames
  const file = path.join(path.dirname(require.resolve('miniprogram-api-typings/package.json')), 'types', 'wx', 'lib.wx.api.d.ts')
  const ts = require('typescript')
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false)
  const names = new Set()
  const visit = (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'Wx') {
      for (const member of node.members) if (ts.isMethodSignature(member) && ts.isIdentifier(member.name)) names.add(member.name.text)
      return
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  if (names.size < 200) throw new Error(`could not read the wx API list from ${file} (found ${names.size})`)
  apiNames = [...names].sort()
  return apiNames
}

/** Arguments without callbacks, so they can be compared and printed. */
function plain(value) {
  if (typeof value === 'function') return undefined
  if (Array.isArray(value)) return value.map(plain)
  if (value && typeof value === 'object') {
    const out = {}
    for (const [k, v] of Object.entries(value)) if (typeof v !== 'function') out[k] = plain(v)
    return out
  }
  return value
}

const SYSTEM = {
  brand: 'devtools', model: 'iPhone 13', pixelRatio: 2, screenWidth: 375, screenHeight: 812, windowWidth: 375, windowHeight: 812,
  statusBarHeight: 44, language: 'zh_CN', version: '8.0.50', system: 'iOS 17.0', platform: 'devtools', SDKVersion: '3.5.0',
  safeArea: { left: 0, right: 375, top: 44, bottom: 778, width: 375, height: 734 }, theme: 'light', fontSizeSetting: 16,
}

function createRecordingWx({ launchPath = 'pages/index/index', storage: seed = {}, server = () => null } = {}) {
  const calls = []
  /** WeChat keeps each value as given (a boolean stays a boolean); a missing key reads as ''. */
  const storage = new Map(Object.entries(seed))
  const storageInfo = () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 })
  /** Every call since boot; clear() empties only `calls`. */
  const log = []
  const chain = () => {
    const q = new Proxy({}, { get: (_, k) => (k === 'exec' ? (cb) => setTimeout(() => cb && cb([]), 0) : () => q) })
    return q
  }
  const syncAnswers = {
    getSystemInfoSync: () => ({ ...SYSTEM }),
    getWindowInfo: () => ({ ...SYSTEM }),
    getDeviceInfo: () => ({ ...SYSTEM }),
    getAppBaseInfo: () => ({ ...SYSTEM }),
    getSystemSetting: () => ({ bluetoothEnabled: false, locationEnabled: false, wifiEnabled: true, deviceOrientation: 'portrait' }),
    getAppAuthorizeSetting: () => ({}),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'touristappid', envVersion: 'release', version: '' } }),
    getLaunchOptionsSync: () => ({ path: launchPath, query: {}, scene: 1001 }),
    getEnterOptionsSync: () => ({ path: launchPath, query: {}, scene: 1001 }),
    getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 48, right: 365, bottom: 80, left: 278 }),
    canIUse: () => true,
    getStorageSync: (key) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key, data) => {
      storage.set(key, data)
    },
    removeStorageSync: (key) => {
      storage.delete(key)
    },
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: storageInfo,
    nextTick: (fn) => setTimeout(fn, 0),
    createSelectorQuery: chain,
    createIntersectionObserver: chain,
    getUpdateManager: () => ({ onCheckForUpdate() {}, onUpdateReady() {}, onUpdateFailed() {}, applyUpdate() {} }),
    getPerformance: () => ({ now: () => Date.now(), createObserver: () => ({ observe() {}, disconnect() {} }), getEntries: () => [] }),
    getRealtimeLogManager: () => ({ info() {}, warn() {}, error() {}, setFilterMsg() {}, addFilterMsg() {} }),
    getLogManager: () => ({ log() {}, info() {}, warn() {}, debug() {} }),
    getSystemInfo: null, // async below, with SYSTEM as the answer
  }
  /** The async storage APIs, on the same store, and the network: each returns the answer to give on the next tick. */
  const asyncStorage = {
    getStorage: ({ key }) => () => (storage.has(key) ? { data: storage.get(key), errMsg: 'getStorage:ok' } : { errMsg: 'getStorage:fail data not found' }),
    setStorage: ({ key, data }) => () => (storage.set(key, data), { errMsg: 'setStorage:ok' }),
    removeStorage: ({ key }) => () => (storage.delete(key), { errMsg: 'removeStorage:ok' }),
    clearStorage: () => () => (storage.clear(), { errMsg: 'clearStorage:ok' }),
    getStorageInfo: () => () => ({ ...storageInfo(), errMsg: 'getStorageInfo:ok' }),
    request: (options) => () => {
      const response = server(plain(options))
      return response ? { header: {}, ...response, errMsg: 'request:ok' } : { errMsg: 'request:fail no server' }
    },
  }
  const wx = { env: { USER_DATA_PATH: 'wxfile://usr' } }
  for (const name of officialApiNames()) {
    wx[name] = (...args) => {
      const call = { api: name, args: args.map(plain) }
      calls.push(call)
      log.push(call)
      const sync = syncAnswers[name]
      if (sync) return sync(...args)
      const options = args[0]
      const answerLater = asyncStorage[name] && options && typeof options === 'object' ? asyncStorage[name](options) : null
      if (answerLater) {
        setTimeout(() => {
          const answer = answerLater()
          const callback = answer.errMsg.endsWith(':ok') ? options.success : options.fail
          if (typeof callback === 'function') callback(answer)
          if (typeof options.complete === 'function') options.complete(answer)
        }, 0)
        return undefined
      }
      if (/^(on|off)[A-Z]/.test(name) || /Sync$/.test(name) || /^create[A-Z]/.test(name)) return undefined
      if (options && typeof options === 'object') {
        const res = name === 'getSystemInfo' ? { ...SYSTEM, errMsg: `${name}:ok` } : { errMsg: `${name}:ok` }
        setTimeout(() => {
          if (typeof options.success === 'function') options.success(res)
          if (typeof options.complete === 'function') options.complete(res)
        }, 0)
      }
      return undefined
    }
  }
  return {
    wx,
    calls,
    log,
    /** What the app stored (key → value), starting from the seed. */
    storage,
    callsTo: (api) => calls.filter((c) => c.api === api),
    forbidden: () => log.filter((c) => NETWORK_APIS.includes(c.api) || PRIVACY_APIS.includes(c.api)),
    clear: () => calls.splice(0, calls.length),
  }
}

module.exports = { createRecordingWx, officialApiNames, NETWORK_APIS, PRIVACY_APIS }
