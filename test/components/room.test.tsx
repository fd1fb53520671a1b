/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react'
import RoomPage from '../../src/pages/room/index'
import { renderPage, settle, Taro } from './harness'

afterEach(() => jest.useRealTimers())

test('shows every published fact of the room', () => {
  renderPage(RoomPage, { params: { id: 'mediation' } })
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('矛盾纠纷调解室')
  expect(screen.getByText(/心理咨询室、妇女之家/)).toBeInTheDocument()
  expect(document.querySelector('.room__capacity')).toHaveTextContent('容纳人数 10—12人')
  for (const item of ['沙发', '法律书籍', '减压玩具', '调解矛盾纠纷', '心理疏导', '法律咨询', '反家暴科普', '手工编织', '家政技能培训']) {
    expect(screen.getByText(item)).toBeInTheDocument()
  }
  expect(Taro.setNavigationBarTitle).toHaveBeenCalledWith({ title: '矛盾纠纷调解室' })
})

test('a single-number capacity reads as published', () => {
  renderPage(RoomPage, { params: { id: 'after-school' } })
  expect(document.querySelector('.room__capacity')).toHaveTextContent('容纳人数 12人')
})

test('the call button calls the contact', async () => {
  renderPage(RoomPage, { params: { id: 'legal' } })
  fireEvent.click(screen.getByRole('button', { name: '拨打电话' }))
  await settle()
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '15001581253' })
})

test.each([
  ['id', { id: 'legal' }],
  ['q (normal-link QR code)', { q: encodeURIComponent('https://xizhan.example/r/legal') }],
  ['q encoded twice', { q: encodeURIComponent(encodeURIComponent('https://xizhan.example/r/legal')) }],
  ['scene (小程序码)', { scene: encodeURIComponent('r=legal') }],
])('entry by %s opens the right room', (_, params) => {
  renderPage(RoomPage, { params })
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('法律咨询室')
})

test.each([
  ['an unknown id', { id: 'no-such-room' }],
  ['a missing id', {}],
  ['a garbled q', { q: '%E0%A4%A' }],
])('%s shows the not-found state and the room list, never a blank page', (_, params) => {
  renderPage(RoomPage, { params })
  expect(screen.getByRole('alert')).toHaveTextContent('没有找到这个功能室')
  expect(screen.getAllByRole('listitem')).toHaveLength(10)
})

test('opened straight from a QR code, the page offers a way home', () => {
  renderPage(RoomPage, { params: { id: 'legal' }, stackDepth: 1 })
  fireEvent.click(screen.getByRole('button', { name: '回到首页' }))
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' })
})

test('opened from another page, back is enough: no extra home button', () => {
  renderPage(RoomPage, { params: { id: 'legal' }, stackDepth: 2 })
  expect(screen.queryByRole('button', { name: '回到首页' })).toBeNull()
})

test('the front-door code opened on the room page goes home', () => {
  renderPage(RoomPage, { params: { q: encodeURIComponent('https://xizhan.example/r/') } })
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' })
})
