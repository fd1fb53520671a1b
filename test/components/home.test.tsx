/** @jest-environment jsdom */
import { act, fireEvent, screen } from '@testing-library/react'
import HomePage from '../../src/pages/index/index'
import { renderPage, settle, Taro } from './harness'

afterEach(() => jest.useRealTimers())

describe('home page status (device zone is irrelevant: the clock is a fixed instant)', () => {
  test.each([
    ['a summer evening', '2026-07-15 22:45', '即将闭馆', '23:00'],
    ['a summer afternoon', '2026-07-15 15:00', '开放中', '23:00 闭馆'],
    ['a winter evening after 22:30', '2026-12-15 22:45', '已闭馆', '明天 10:00 开放'],
    ['a morning before 10:00', '2026-12-15 08:30', '已闭馆', '今天 10:00 开放'],
  ])('%s (%s Beijing) shows %s · %s', (_, at, headline, detail) => {
    renderPage(HomePage, { at })
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent(headline)
    expect(status).toHaveTextContent(detail)
  })

  test('shows the Xinjiang-time equivalent of today’s hours', () => {
    renderPage(HomePage, { at: '2026-12-15 12:00' })
    expect(screen.getByRole('status')).toHaveTextContent('新疆时间 08:00—20:30')
  })

  test('the status moves on by itself while the page is open', () => {
    renderPage(HomePage, { at: '2026-07-15 21:58' })
    expect(screen.getByRole('status')).toHaveTextContent('开放中')
    act(() => jest.advanceTimersByTime(3 * 60_000))
    expect(screen.getByRole('status')).toHaveTextContent('即将闭馆')
  })
})

describe('home page actions', () => {
  test('拨打电话 calls the contact', async () => {
    renderPage(HomePage)
    fireEvent.click(screen.getByRole('button', { name: '拨打电话' }))
    await settle()
    expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '15001581253' })
    expect(Taro.showModal).not.toHaveBeenCalled()
  })

  test('a cancelled call shows nothing; a failed one shows the number to dial by hand', async () => {
    renderPage(HomePage)
    Taro.makePhoneCall.mockRejectedValueOnce({ errMsg: 'makePhoneCall:fail cancel' })
    fireEvent.click(screen.getByRole('button', { name: '拨打电话' }))
    await settle()
    expect(Taro.showModal).not.toHaveBeenCalled()

    Taro.makePhoneCall.mockRejectedValueOnce({ errMsg: 'makePhoneCall:fail system error' })
    fireEvent.click(screen.getByRole('button', { name: '拨打电话' }))
    await settle()
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('150 0158 1253') }))
  })

  test('到这里去 and 功能室 open their tabs', () => {
    renderPage(HomePage)
    fireEvent.click(screen.getByRole('button', { name: '到这里去' }))
    fireEvent.click(screen.getByRole('button', { name: '功能室' }))
    expect(Taro.switchTab).toHaveBeenNthCalledWith(1, { url: '/pages/visit/index' })
    expect(Taro.switchTab).toHaveBeenNthCalledWith(2, { url: '/pages/rooms/index' })
  })

  test.each([
    ['社保缴纳·退休认证', 'service-hall'],
    ['法律问题', 'legal'],
    ['邻里纠纷·心理疏导', 'mediation'],
    ['孩子作业辅导', 'after-school'],
    ['量血压·义诊', 'seniors'],
    ['借工具·积分兑换', 'points-shop'],
    ['向人大代表反映', 'deputy-reception'],
  ])('我想… %s opens %s', (label, roomId) => {
    renderPage(HomePage)
    fireEvent.click(screen.getByRole('link', { name: label }))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/r/${roomId}` })
  })
})

describe('home page entry links', () => {
  test('a door code for a room opens that room', () => {
    renderPage(HomePage, { params: { q: encodeURIComponent('https://xizhan.example/r/seniors') } })
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/r/seniors' })
  })

  test('a garbled code leaves the resident home with a short message', () => {
    renderPage(HomePage, { params: { scene: '%E0%A4%A' } })
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '二维码无法识别，已为您打开首页' }))
    expect(Taro.navigateTo).not.toHaveBeenCalled()
  })
})

describe('home page on the web', () => {
  afterEach(() => Reflect.deleteProperty(window, '__XIZHAN_PRERENDER__'))

  test('built ahead of time (prerender): the hours of both seasons and no status word', () => {
    window.__XIZHAN_PRERENDER__ = true
    renderPage(HomePage, { at: '2026-07-15 15:00' })
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('夏季作息 10:00—23:00')
    expect(status).toHaveTextContent('冬季作息 10:00—22:30')
    for (const word of ['开放中', '即将闭馆', '已闭馆']) expect(status).not.toHaveTextContent(word)
  })

  test('the actions are real links (they work before the app runs)', () => {
    renderPage(HomePage)
    expect(screen.getByRole('button', { name: '拨打电话' })).toHaveAttribute('href', 'tel:15001581253')
    expect(screen.getByRole('button', { name: '到这里去' })).toHaveAttribute('href', '/visit')
    expect(screen.getByRole('button', { name: '功能室' })).toHaveAttribute('href', '/rooms')
    expect(screen.getByRole('link', { name: '法律问题' })).toHaveAttribute('href', '/r/legal')
  })
})
