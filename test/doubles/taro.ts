/**
 * Test double for @tarojs/taro: every API our platform layer calls is a jest.fn resolving like WeChat does on
 * success; tests make one reject to see the failure path. Router params are set per test with setRouterParams.
 */
let routerParams: Record<string, string | undefined> = {}
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
  getStorageSync: jest.fn(() => ''),
  setStorageSync: jest.fn(),
  getSystemInfoSync: jest.fn(() => ({ language: 'zh_CN', fontSizeSetting: 16 })),
  getAppBaseInfo: jest.fn(() => ({ language: 'zh_CN', fontSizeSetting: 16 })),
  getEnterOptionsSync: jest.fn(() => ({ scene: 1011 })),
  getCurrentPages: jest.fn(() => Array.from({ length: pageStackDepth }, () => ({}))),
}

export const useRouter = () => ({ params: routerParams })
export const useDidShow = jest.fn()
export const useDidHide = jest.fn()
export const useShareAppMessage = jest.fn()
export const useShareTimeline = jest.fn()

export function resetTaroDouble(): void {
  routerParams = {}
  pageStackDepth = 1
  jest.clearAllMocks()
}

export default Taro
