/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react'
import { centre } from '../../src/data/centre'
import VisitPage from '../../src/pages/visit/index'
import { getWeappControl, queryWeappControl, renderPage, settle, Taro } from './harness'

afterEach(() => {
  jest.useRealTimers()
  Reflect.deleteProperty(process.env, 'TARO_ENV')
})

/** The page as built for a platform (TARO_ENV is a build-time constant in the real builds). */
function visitPageFor(platform: 'weapp' | 'h5') {
  process.env.TARO_ENV = platform
  return VisitPage
}

test('both seasons with dates and hours, the one in force marked', () => {
  renderPage(visitPageFor('h5'), { at: '2026-12-15 12:00' })
  expect(screen.getByText('10:00—23:00')).toBeInTheDocument()
  expect(screen.getByText('10:00—22:30')).toBeInTheDocument()
  expect(screen.getByText('5月1日—9月30日')).toBeInTheDocument()
  expect(screen.getByText('10月1日—4月30日')).toBeInTheDocument()
  expect(screen.getByText('当前').parentElement).toHaveTextContent('冬季')
})

test('the bus route as published', () => {
  renderPage(visitPageFor('h5'))
  expect(screen.getByText(/乘坐 12路 公交车/)).toBeInTheDocument()
  expect(screen.getByText(/在 桥头 公交车站下车/)).toBeInTheDocument()
  expect(screen.getByText(/步行 100 米左右/)).toBeInTheDocument()
})

test('in WeChat, 导航 opens the centre’s point in WeChat’s map', async () => {
  renderPage(visitPageFor('weapp'))
  expect(screen.getByTestId('map')).toHaveAttribute('data-latitude', String(centre.location.latitude))
  fireEvent.click(getWeappControl('button', '导航'))
  await settle()
  expect(Taro.openLocation).toHaveBeenCalledWith({
    latitude: centre.location.latitude,
    longitude: centre.location.longitude,
    name: centre.name,
    address: '库尔勒市上户镇大墩子路12号',
    scale: 17,
  })
})

test('in a 朋友圈 single-page view (scene 1154) there is a hint instead of a failing button', () => {
  Taro.getEnterOptionsSync.mockReturnValue({ scene: 1154 })
  renderPage(visitPageFor('weapp'))
  expect(queryWeappControl('button', '导航')).toBeNull()
  expect(screen.getByText(/朋友圈里打开时不能使用导航/)).toBeInTheDocument()
  Taro.getEnterOptionsSync.mockReturnValue({ scene: 1011 })
})

test('in H5 a link opens the same point in a web map', () => {
  renderPage(visitPageFor('h5'))
  const link = screen.getByRole('link', { name: '在地图中打开' })
  expect(link.getAttribute('href')).toContain(`position=${centre.location.longitude},${centre.location.latitude}`)
  expect(screen.queryByRole('button', { name: '导航' })).toBeNull()
})

test('the approximate-coordinates note shows while the data says so', () => {
  renderPage(visitPageFor('h5'))
  expect(screen.getByText(/位置说明（待确认）/)).toBeInTheDocument()
})
