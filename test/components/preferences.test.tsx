/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react'
import HomePage from '../../src/pages/index/index'
import RoomPage from '../../src/pages/room/index'
import { renderPage, settle, Taro } from './harness'

afterEach(() => jest.useRealTimers())

const pageRoot = () => document.querySelector('.page') as HTMLElement

test('switching to Uyghur lays the page out right to left and remembers it across a relaunch', () => {
  const first = renderPage(HomePage)
  fireEvent.click(screen.getByRole('button', { name: 'ئۇيغۇرچە' }))
  expect(pageRoot()).toHaveClass('page--rtl')
  expect(document.documentElement.dir).toBe('rtl')
  expect(Taro.setTabBarItem).toHaveBeenCalledWith({ index: 0, text: expect.not.stringMatching(/首页/) })
  first.unmount()

  renderPage(HomePage, { keepStorage: true })
  expect(pageRoot()).toHaveClass('page--rtl')
  expect(screen.getByRole('button', { name: 'ئۇيغۇرچە' })).toHaveAttribute('aria-pressed', 'true')
})

test('大字 scales the type and is remembered', () => {
  const first = renderPage(HomePage)
  expect(pageRoot().style.getPropertyValue('--text-scale')).toBe('1')
  fireEvent.click(screen.getByRole('button', { name: '大字' }))
  expect(pageRoot()).toHaveClass('page--large')
  expect(Number(pageRoot().style.getPropertyValue('--text-scale'))).toBeGreaterThanOrEqual(1.3)
  first.unmount()
  renderPage(HomePage, { keepStorage: true })
  expect(pageRoot()).toHaveClass('page--large')
})

test('a room in Uyghur shows both names and still calls the right number', async () => {
  Taro.setStorageSync('prefs.locale', 'ug')
  renderPage(RoomPage, { params: { id: 'legal' }, keepStorage: true })
  expect(screen.getByText('法律咨询室')).toBeInTheDocument()
  expect(screen.getByRole('heading', { level: 1 }).textContent).not.toMatch(/[\u4e00-\u9fff]/)
  fireEvent.click(document.querySelector('.action--primary') as HTMLElement)
  await settle()
  expect(Taro.makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '15001581253' })
})

test('storage that fails does not break the page', () => {
  renderPage(HomePage)
  Taro.setStorageSync.mockImplementationOnce(() => {
    throw new Error('quota')
  })
  fireEvent.click(screen.getByRole('button', { name: '大字' }))
  expect(pageRoot()).toHaveClass('page--large')
})

test('in H5 a switch is a focusable button that Enter and Space press', () => {
  renderPage(HomePage)
  const large = screen.getByRole('button', { name: '大字' })
  expect(large).toHaveAttribute('tabindex', '0')
  fireEvent.keyDown(large, { key: 'Enter' })
  expect(pageRoot()).toHaveClass('page--large')
  fireEvent.keyDown(large, { key: ' ' })
  expect(pageRoot()).not.toHaveClass('page--large')
  fireEvent.keyDown(large, { key: 'a' })
  expect(pageRoot()).not.toHaveClass('page--large')
})
