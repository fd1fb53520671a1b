/**
 * Test double for @tarojs/taro: every API our platform layer calls is a jest.fn resolving like WeChat does on
 * success; tests make one reject to see the failure path. Router params are set per test with setRouterParams.
 */
let routerParams: Record<string, string | undefined> = {}
/** WeChat's local storage, in memory: survives re-renders within a test, as storage survives a relaunch. */
const storage = new Map<string, unknown>()
let pageStackDepth = 1

export function setRouterParams(params: Record<string, string | undefined>): void {
  routerParams = params
}

export function setPageStackDepth(depth: number): void {
  pageStackDepth = depth
}

const ok = () => jest.fn(() => Promise.resolve({ errMsg: 'ok' }))

const Taro = {
  makePhoneCall: ok(),
  addPhoneContact: ok(),
  openLocation: ok(),
  showToast: ok(),
  showModal: ok(),
  navigateTo: ok(),
  redirectTo: ok(),
  switchTab: ok(),
  reLaunch: ok(),
  setNavigationBarTitle: ok(),
  getStorageSync: jest.fn((key: string) => (storage.has(key) ? storage.get(key) : '')),
  setStorageSync: jest.fn((key: string, value: unknown) => void storage.set(key, value)),
  setTabBarItem: ok(),
  getSystemInfoSync: jest.fn(() => ({ language: 'zh_CN', fontSizeSetting: 17 })),
  getAppBaseInfo: jest.fn(() => ({ language: 'zh_CN', fontSizeSetting: 17 })),
  getEnterOptionsSync: jest.fn(() => ({ scene: 1011 })),
  getCurrentPages: jest.fn(() => Array.from({ length: pageStackDepth }, () => ({}))),
  /** No server by default: tests that fetch answer with mockResolvedValue / mockRejectedValue. */
  request: jest.fn((): Promise<{ statusCode?: number; data?: unknown; errMsg: string }> => Promise.reject({ errMsg: 'request:fail no server in tests' })),
}

export const useRouter = () => ({ params: routerParams })
export const useDidShow = jest.fn()
export const useDidHide = jest.fn()
export const useReady = jest.fn()
export const useShareAppMessage = jest.fn()
export const useShareTimeline = jest.fn()

export function resetTaroDouble(): void {
  routerParams = {}
  storage.clear()
  pageStackDepth = 1
  jest.clearAllMocks()
}

export default Taro
