/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react'
import RoomsPage from '../../src/pages/rooms/index'
import { renderPage, Taro } from './harness'

afterEach(() => jest.useRealTimers())

const listedRooms = () => screen.queryAllByRole('listitem').map((item) => item.querySelector('[role=link]')?.getAttribute('aria-label'))
const search = (text: string) => fireEvent.change(screen.getByPlaceholderText('搜索功能室、设备或服务'), { target: { value: text } })

const ALL = ['便民服务大厅', '人大代表接待室', '图书阅览区', '矛盾纠纷调解室', '六点半小课堂', '老年活动室', '积分超市', '社警企联络站', '理论宣讲平台', '法律咨询室']

test('lists all 10 rooms in the article’s order', () => {
  renderPage(RoomsPage)
  expect(listedRooms()).toEqual(ALL)
})

test.each([
  ['血压', ['老年活动室']],
  ['电钻', ['积分超市']],
  ['妇女之家', ['矛盾纠纷调解室']],
  ['国通语', ['理论宣讲平台']],
  ['复印', ['便民服务大厅']],
])('search %s finds %j', (text, expected) => {
  renderPage(RoomsPage)
  search(text)
  expect(listedRooms()).toEqual(expected)
})

test.each([
  ['≥10人', ALL.filter((name) => name !== '法律咨询室')],
  ['≥30人', ['便民服务大厅', '理论宣讲平台']],
  ['≥50人', ['理论宣讲平台']],
])('capacity chip %s', (chip, expected) => {
  renderPage(RoomsPage)
  fireEvent.click(screen.getByRole('button', { name: chip }))
  expect(screen.getByRole('button', { name: chip })).toHaveAttribute('aria-pressed', 'true')
  expect(listedRooms()).toEqual(expected)
})

test('search and chip combine; an empty result says so and offers to clear', () => {
  renderPage(RoomsPage)
  fireEvent.click(screen.getByRole('button', { name: '≥50人' }))
  search('血压')
  expect(listedRooms()).toEqual([])
  expect(screen.getByText('没有找到相关的功能室')).toBeInTheDocument()
  fireEvent.click(screen.getByRole('button', { name: '清除搜索条件' }))
  expect(listedRooms()).toEqual(ALL)
})

test('a room card opens its page', () => {
  renderPage(RoomsPage)
  fireEvent.click(screen.getByRole('link', { name: '法律咨询室' }))
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/r/legal' })
})
