/** @jest-environment jsdom */
/**
 * The staff's updates file in the pages: a published closure and notice reach the status, the next opening, the
 * visit page and the home page; a broken file, an offline phone and an app built without an updates URL never
 * show anything alarming. The clock is a fixed Beijing instant, so the device's zone plays no part.
 */
import { act, screen } from '@testing-library/react'
import HomePage from '../../src/pages/index/index'
import VisitPage from '../../src/pages/visit/index'
import type { Updates } from '../../types/updates'
import { renderPage, settle, showAgain, Taro } from './harness'

afterEach(() => {
  jest.useRealTimers()
  jest.restoreAllMocks()
})

/** Published on 2027-01-20: closed on 2027-01-29 (春节), and a health check notice 01-20..01-25. */
const published: Updates = {
  version: 1,
  publishedAt: '2027-01-20T10:00:00+08:00',
  specialDays: [{ date: '2027-01-29', closed: true, note: '春节闭馆' }],
  notices: [
    { id: 'yizhen-0125', title: '周六上午义诊', body: '1月25日 10:00—12:00，老年活动室。', from: '2027-01-20', until: '2027-01-25' },
    { id: 'old', title: '旧的通知', body: '已经过期', from: '2027-01-01', until: '2027-01-19' },
  ],
}

describe('home page with published updates', () => {
  test('shows today’s notice in a card under its heading, not an expired one', async () => {
    renderPage(HomePage, { at: '2027-01-22 15:00', updatesFile: published })
    await settle()
    expect(screen.getByRole('heading', { name: '通知' })).toBeInTheDocument()
    expect(screen.getByText('周六上午义诊')).toBeInTheDocument()
    expect(screen.getByText('1月25日 10:00—12:00，老年活动室。')).toBeInTheDocument()
    expect(screen.queryByText('旧的通知')).not.toBeInTheDocument()
  })

  test('no notice for the day: no card at all', async () => {
    renderPage(HomePage, { at: '2027-01-26 09:00', updatesFile: published })
    await settle()
    expect(screen.queryByRole('heading', { name: '通知' })).not.toBeInTheDocument()
  })

  test('a closure published for today: closed today, with the note, and when it opens next', async () => {
    renderPage(HomePage, { at: '2027-01-29 11:00', updatesFile: published })
    await settle()
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('已闭馆')
    expect(status).toHaveTextContent('明天 10:00 开放')
    expect(status).toHaveTextContent('今日闭馆')
    expect(status).toHaveTextContent('春节闭馆')
  })

  test('the first paint does not wait for the file: bundled facts first, the closure once it arrives', async () => {
    renderPage(HomePage, { at: '2027-01-29 11:00', updatesFile: published })
    expect(screen.getByRole('status')).toHaveTextContent('开放中')
    await settle()
    expect(screen.getByRole('status')).toHaveTextContent('已闭馆')
  })

  test('the app fetches only the public file: one GET, nothing about the resident', async () => {
    renderPage(HomePage, { at: '2027-01-22 15:00', updatesFile: published })
    await settle()
    expect(Taro.request).toHaveBeenCalledTimes(1)
    const [options] = Taro.request.mock.calls[0] as unknown as [Record<string, unknown>]
    expect(options).toEqual(expect.objectContaining({ url: '/live/updates.json', method: 'GET' }))
    expect(options).not.toHaveProperty('data')
    expect(options).not.toHaveProperty('header')
  })

  test('markup in a notice is shown as the characters typed, never as markup', async () => {
    const title = '<b>义诊</b><img src=x onerror=alert(1)>'
    const { container } = renderPage(HomePage, {
      at: '2027-01-22 15:00',
      updatesFile: { ...published, notices: [{ ...published.notices[0], title }] },
    })
    await settle()
    expect(screen.getByText(title)).toBeInTheDocument()
    expect(container.querySelector('b, img')).toBeNull()
  })

  test('in Uyghur the heading is Uyghur and the notice reads as published', async () => {
    renderPage(HomePage, { at: '2027-01-22 15:00', updatesFile: published }).unmount()
    Taro.setStorageSync('prefs.locale', 'ug')
    renderPage(HomePage, { at: '2027-01-22 15:00', updatesFile: published, keepStorage: true })
    await settle()
    expect(screen.getByRole('heading', { name: 'ئۇقتۇرۇش' })).toBeInTheDocument()
    expect(screen.getByText('周六上午义诊')).toBeInTheDocument()
  })
})

describe('visit page with published updates', () => {
  test('lists the published closure among the coming special days', async () => {
    renderPage(VisitPage, { at: '2027-01-22 15:00', updatesFile: published })
    await settle()
    expect(screen.getByText('近期特别安排')).toBeInTheDocument()
    expect(screen.getByText(/2027-01-29\s+闭馆\s+春节闭馆/)).toBeInTheDocument()
  })
})

describe('when the file cannot be used, the resident sees the bundled facts and nothing alarming', () => {
  const silenceWarn = () => jest.spyOn(console, 'warn').mockImplementation(() => undefined)

  test.each([
    ['truncated JSON', JSON.stringify(published).slice(0, 60)],
    ['wrong types', JSON.stringify({ ...published, specialDays: [{ date: '2027-01-29', closed: 'yes', note: '' }] })],
    ['25:00', JSON.stringify({ ...published, specialDays: [{ date: '2027-01-29', closed: false, hours: { opens: '10:00', closes: '25:00' }, note: '' }] })],
    ['a date that does not exist', JSON.stringify({ ...published, specialDays: [{ date: '2027-02-30', closed: true, note: '' }] })],
    ['10 000 notices', JSON.stringify({ ...published, notices: Array.from({ length: 10_000 }, (_, i) => ({ ...published.notices[0], id: `n${i}` })) })],
  ])('%s: ignored with a console warning (not an error)', async (_, text) => {
    const warn = silenceWarn()
    const error = jest.spyOn(console, 'error')
    renderPage(HomePage, { at: '2027-01-29 11:00', updatesFile: text })
    await settle()
    expect(screen.getByRole('status')).toHaveTextContent('开放中')
    expect(screen.queryByRole('heading', { name: '通知' })).not.toBeInTheDocument()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('updates file ignored (/live/updates.json)'))
    expect(error).not.toHaveBeenCalled()
  })

  /** One launch that fetched the published file, then the app closed. */
  async function launchedOnceWithPublishedFile(at: string) {
    const first = renderPage(HomePage, { at, updatesFile: published })
    await settle()
    first.unmount()
  }

  test('a broken file after a good one: the last good copy stands', async () => {
    await launchedOnceWithPublishedFile('2027-01-29 11:00')
    silenceWarn()
    renderPage(HomePage, { at: '2027-01-29 11:00', updatesFile: '{"version":1,"publishedAt":', keepStorage: true })
    await settle()
    expect(screen.getByRole('status')).toHaveTextContent('春节闭馆')
  })

  test('offline after one good fetch: the stored copy still applies, from the first paint', async () => {
    await launchedOnceWithPublishedFile('2027-01-22 15:00')
    renderPage(HomePage, { at: '2027-01-22 15:00', offline: true, keepStorage: true })
    expect(screen.getByText('周六上午义诊')).toBeInTheDocument()
    await settle()
    expect(Taro.request).toHaveBeenCalledTimes(1)
    expect(screen.getByText('周六上午义诊')).toBeInTheDocument()
  })

  test('no updates URL built in: no request at all, and a stored copy is not used', async () => {
    await launchedOnceWithPublishedFile('2027-01-29 11:00')
    renderPage(HomePage, { at: '2027-01-29 11:00', keepStorage: true })
    await settle()
    await showAgain()
    expect(Taro.request).not.toHaveBeenCalled()
    expect(screen.getByRole('status')).toHaveTextContent('开放中')
  })
})

describe('fetching again when the app is shown again', () => {
  test('at most every 10 minutes', async () => {
    renderPage(HomePage, { at: '2027-01-22 15:00', updatesFile: published })
    await settle()
    expect(Taro.request).toHaveBeenCalledTimes(1)
    act(() => jest.advanceTimersByTime(9 * 60_000))
    await showAgain()
    expect(Taro.request).toHaveBeenCalledTimes(1)
    act(() => jest.advanceTimersByTime(2 * 60_000))
    await showAgain()
    expect(Taro.request).toHaveBeenCalledTimes(2)
  })

  test('a closure published while the app was in the background shows once it is fetched', async () => {
    renderPage(HomePage, { at: '2027-01-29 11:00', updatesFile: { ...published, specialDays: [] } })
    await settle()
    expect(screen.getByRole('status')).toHaveTextContent('开放中')
    Taro.request.mockResolvedValue({ statusCode: 200, data: JSON.stringify(published), errMsg: 'request:ok' })
    act(() => jest.advanceTimersByTime(10 * 60_000))
    await showAgain()
    expect(screen.getByRole('status')).toHaveTextContent('春节闭馆')
  })
})
