/**
 * The platform side of the updates file with a fake Taro.request: one GET of the file as text, a 3 s timeout of
 * our own (a request that never answers still ends), every failure an answer rather than a throw, and the last
 * good copy in storage. Where the file is read from: the configured URL in WeChat, its path on the page's origin
 * in H5, nothing when none is configured.
 */
import { updatesLocation } from '../../src/platform/env'
import { fetchUpdatesText, readLastGoodUpdates, UPDATES_TIMEOUT_MS, writeLastGoodUpdates } from '../../src/platform/updates'
import Taro, { resetTaroDouble } from '../doubles/taro'

const URL = 'https://xizhan.example/live/updates.json'
const TARO_ENV = process.env.TARO_ENV

beforeEach(() => resetTaroDouble())
afterEach(() => {
  jest.useRealTimers()
  delete process.env.UPDATES_URL
  if (TARO_ENV === undefined) delete (process.env as Partial<NodeJS.ProcessEnv>).TARO_ENV
  else process.env.TARO_ENV = TARO_ENV
})

describe('fetchUpdatesText', () => {
  test('a 200 with text: the text; asked as one GET of the file with nothing else', async () => {
    Taro.request.mockResolvedValue({ statusCode: 200, data: '{"version":1}', errMsg: 'request:ok' })
    await expect(fetchUpdatesText(URL)).resolves.toEqual({ ok: true, text: '{"version":1}' })
    expect(Taro.request).toHaveBeenCalledWith({ url: URL, method: 'GET', dataType: 'text', responseType: 'text', timeout: UPDATES_TIMEOUT_MS })
  })

  test.each([
    ['404 (nothing published)', { statusCode: 404, data: '<html>Not Found</html>', errMsg: 'request:ok' }],
    ['500', { statusCode: 500, data: '', errMsg: 'request:ok' }],
    ['200 with parsed JSON instead of text', { statusCode: 200, data: { version: 1 }, errMsg: 'request:ok' }],
  ])('%s: a failed answer', async (_, response) => {
    Taro.request.mockResolvedValue(response)
    await expect(fetchUpdatesText(URL)).resolves.toEqual({ ok: false, reason: 'status' })
  })

  test('a network failure: a failed answer, never a rejection', async () => {
    Taro.request.mockRejectedValue({ errMsg: 'request:fail net::ERR_INTERNET_DISCONNECTED' })
    await expect(fetchUpdatesText(URL)).resolves.toEqual({ ok: false, reason: 'network' })
  })

  test('Taro.request itself throwing (an old base library): a failed answer', async () => {
    Taro.request.mockImplementationOnce(() => {
      throw new Error('request is not supported')
    })
    await expect(fetchUpdatesText(URL)).resolves.toEqual({ ok: false, reason: 'network' })
  })

  test('no answer within 3 s: a timeout, even if the request never ends', async () => {
    jest.useFakeTimers()
    Taro.request.mockReturnValue(new Promise(() => undefined))
    const answer = fetchUpdatesText(URL)
    let settled = false
    answer.then(() => (settled = true))
    await jest.advanceTimersByTimeAsync(UPDATES_TIMEOUT_MS - 1)
    expect(settled).toBe(false)
    await jest.advanceTimersByTimeAsync(1)
    await expect(answer).resolves.toEqual({ ok: false, reason: 'timeout' })
  })

  test('a late answer after the timeout changes nothing', async () => {
    jest.useFakeTimers()
    let respond: (value: { statusCode: number; data: string; errMsg: string }) => void = () => undefined
    Taro.request.mockReturnValue(new Promise((resolve) => (respond = resolve)))
    const answer = fetchUpdatesText(URL)
    await jest.advanceTimersByTimeAsync(UPDATES_TIMEOUT_MS)
    respond({ statusCode: 200, data: '{}', errMsg: 'request:ok' })
    await expect(answer).resolves.toEqual({ ok: false, reason: 'timeout' })
  })
})

describe('the last good copy', () => {
  test('is kept as text and read back', () => {
    expect(readLastGoodUpdates()).toBeNull()
    writeLastGoodUpdates('{"version":1}')
    expect(readLastGoodUpdates()).toBe('{"version":1}')
  })

  test('storage that fails reads as none and a failed write is silent', () => {
    Taro.getStorageSync.mockImplementationOnce(() => {
      throw new Error('storage unavailable')
    })
    Taro.setStorageSync.mockImplementationOnce(() => {
      throw new Error('quota exceeded')
    })
    expect(() => writeLastGoodUpdates('{}')).not.toThrow()
    expect(readLastGoodUpdates()).toBeNull()
  })

  test('something else under the key (an older app’s object) reads as none', () => {
    Taro.setStorageSync('updates.lastGood', { version: 1 })
    expect(readLastGoodUpdates()).toBeNull()
  })
})

describe('updatesLocation', () => {
  test('none configured: null (nothing is fetched)', () => {
    expect(updatesLocation()).toBeNull()
    process.env.UPDATES_URL = ''
    expect(updatesLocation()).toBeNull()
  })

  test('WeChat fetches the configured URL; H5 the same path on its own origin', () => {
    process.env.UPDATES_URL = URL
    process.env.TARO_ENV = 'weapp'
    expect(updatesLocation()).toBe(URL)
    process.env.TARO_ENV = 'h5'
    expect(updatesLocation()).toBe('/live/updates.json')
  })
})
