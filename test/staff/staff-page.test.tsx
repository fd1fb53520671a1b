/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 * @jsxImportSource preact
 */
// (Preact's "browser" export is an ES module jest would not transform: take its CommonJS build.)
/**
 * The staff page (src/staff) in jsdom against a fake host: it loads what is published, edits, previews the home
 * page with the app's own engine and words, refuses what the app would refuse, and publishes with two PUTs behind
 * basic auth. Failures (wrong password, too large, no network) say so plainly and keep everything typed.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/dom'
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { TextEncoder } from 'node:util'
import { StaffApp } from '../../src/staff/StaffApp'
import { createStaffServer } from '../../src/staff/server'
import { centre } from '../../src/data/centre'
import { checkUpdates } from '../../src/domain/updates'
import type { Updates } from '../../types/updates'

// Browsers have it; jest's jsdom does not (the page sends the password as UTF-8).
Object.assign(globalThis, { TextEncoder })

/** 2027-01-29 09:00 Beijing: a Friday in winter (10:00—22:30), before opening. */
const NOW = Date.parse('2027-01-29T09:00:00+08:00')
const PASSWORD = 'xizhan-2027'

const published: Updates = {
  version: 1,
  publishedAt: '2027-01-20T10:00:00+08:00',
  specialDays: [{ date: '2027-01-29', closed: true, note: '春节闭馆' }],
  notices: [{ id: 'yizhen', title: '周六上午义诊', body: '老年活动室', from: '2027-01-25', until: '2027-01-31' }],
}

interface Call {
  readonly method: string
  readonly path: string
  readonly authorization: string | undefined
  readonly body: string | undefined
}

interface HostSetup {
  /** The live file's text; undefined: nothing published (404). */
  live?: string
  history?: Record<string, string>
  /** Every PUT answers with this status (e.g. 413), whatever the password. */
  putStatus?: number
  /** The network is down for these methods. */
  offline?: readonly string[]
}

/** nginx as the page sees it: the live file, the history folder (autoindex JSON), WebDAV PUT behind basic auth. */
function fakeHost(setup: HostSetup = {}) {
  const files = new Map<string, string>(Object.entries(setup.history ?? {}).map(([name, text]) => [`/live/history/${name}`, text]))
  if (setup.live !== undefined) files.set('/live/updates.json', setup.live)
  const calls: Call[] = []
  const answer = (status: number, text = '') => ({ status, ok: status >= 200 && status < 300, text: async () => text }) as Response
  const fetch = jest.fn(async (path: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET'
    const headers = (init.headers ?? {}) as Record<string, string>
    calls.push({ method, path, authorization: headers.Authorization, body: init.body as string | undefined })
    if (setup.offline?.includes(method)) throw new TypeError('Failed to fetch')
    if (method === 'GET' && path === '/live/history/') {
      const listing = [...files.keys()]
        .filter((key) => key.startsWith('/live/history/'))
        .map((key) => ({ name: key.slice('/live/history/'.length), type: 'file', mtime: 'Fri, 29 Jan 2027 01:00:00 GMT', size: 1 }))
      return answer(200, JSON.stringify([...listing, { name: 'old', type: 'directory', mtime: '', size: 0 }]))
    }
    if (method === 'GET') return files.has(path) ? answer(200, files.get(path)) : answer(404, '<html>404 Not Found</html>')
    if (setup.putStatus) return answer(setup.putStatus)
    if (headers.Authorization !== `Basic ${Buffer.from(`staff:${PASSWORD}`).toString('base64')}`) return answer(401)
    files.set(path, init.body as string)
    return answer(201)
  })
  return { fetch, calls, files, puts: () => calls.filter((call) => call.method === 'PUT') }
}

function openPage(host: ReturnType<typeof fakeHost>) {
  document.body.innerHTML = '<div id="staff"></div>'
  render(<StaffApp server={createStaffServer(host.fetch as unknown as typeof fetch)} now={() => NOW} />, document.getElementById('staff') as HTMLElement)
}

const item = (name: string) => screen.getByRole('group', { name })
const field = (container: HTMLElement, label: string) => within(container).getByLabelText(label) as HTMLInputElement
/** Each event is flushed (rendered) before the next, as a person's taps and typing are. */
const type = (input: HTMLElement, value: string) => act(() => void fireEvent.input(input, { target: { value } }))
const click = (element: HTMLElement) => act(() => void fireEvent.click(element))
const preview = () => screen.getByTestId('preview')
const banner = () => screen.findByRole('alert')
const publishWith = async (password: string) => {
  type(screen.getByLabelText('工作人员密码'), password)
  click(screen.getByRole('button', { name: '发布' }))
}

afterEach(() => {
  render(null, document.getElementById('staff') as HTMLElement)
})

describe('loading', () => {
  test('the published file is loaded into the editor and the preview reads like the home page', async () => {
    openPage(fakeHost({ live: JSON.stringify(published) }))
    const day = await screen.findByRole('group', { name: '特别安排 1' })
    expect(field(day, '日期').value).toBe('2027-01-29')
    expect(within(day).getByLabelText('全天闭馆')).toBeChecked()
    expect(field(day, '说明（例如：春节闭馆）').value).toBe('春节闭馆')
    expect(field(item('通知 1'), '标题').value).toBe('周六上午义诊')
    // Today, 09:00: the app's own words for a published closure, and the notice of the week.
    expect(preview()).toHaveTextContent('已闭馆')
    expect(preview()).toHaveTextContent('明天 10:00 开放')
    expect(preview()).toHaveTextContent('今日闭馆')
    expect(preview()).not.toHaveTextContent('今日开放')
    expect(preview()).toHaveTextContent('春节闭馆')
    expect(preview()).toHaveTextContent('通知周六上午义诊老年活动室')
  })

  test('the preview follows the chosen date and time; a notice shows from its first day through its last only', async () => {
    openPage(fakeHost({ live: JSON.stringify(published) }))
    await screen.findByRole('group', { name: '特别安排 1' })
    const section = screen.getByRole('region', { name: '预览：首页会这样显示' })
    type(field(section, '时间'), '15:00')
    for (const [date, shown] of [['2027-01-24', false], ['2027-01-25', true], ['2027-01-31', true], ['2027-02-01', false]] as const) {
      type(field(section, '日期'), date)
      await waitFor(() => expect(preview()).toHaveTextContent('开放中'))
      if (shown) expect(preview()).toHaveTextContent('周六上午义诊')
      else expect(preview()).not.toHaveTextContent('周六上午义诊')
    }
  })

  test('nothing published yet (404): an empty editor, said plainly', async () => {
    openPage(fakeHost())
    expect(await screen.findByText('还没有发布过内容，从空白开始。')).toBeInTheDocument()
    expect(screen.getByText('没有特别安排：按平常的开放时间。')).toBeInTheDocument()
    expect(screen.getByText('没有通知。')).toBeInTheDocument()
  })

  test('a broken live file: an empty editor and a message, never a crash', async () => {
    openPage(fakeHost({ live: '{"version":1,"publishedAt":"2027-01' }))
    expect(await banner()).toHaveTextContent('当前发布的文件有错误')
    expect(screen.getByText('没有通知。')).toBeInTheDocument()
  })

  test('the live file cannot be read (network): no editor to publish over it, and a retry', async () => {
    const host = fakeHost({ live: JSON.stringify(published), offline: ['GET'] })
    openPage(host)
    expect(await banner()).toHaveTextContent('网络连接失败')
    expect(screen.queryByRole('button', { name: '发布' })).not.toBeInTheDocument()
    host.fetch.mockClear()
    click(screen.getByRole('button', { name: '重新读取' }))
    await waitFor(() => expect(host.fetch).toHaveBeenCalledTimes(1))
  })
})

describe('editing and publishing', () => {
  test('a closure for today and a notice: the live file and its dated copy, PUT with the staff password', async () => {
    const host = fakeHost()
    openPage(host)
    await screen.findByText('没有通知。')
    click(screen.getByRole('button', { name: '＋ 添加闭馆日' }))
    const day = await screen.findByRole('group', { name: '特别安排 1' })
    expect(field(day, '日期').value).toBe('2027-01-29')
    type(field(day, '说明（例如：春节闭馆）'), '停电，临时闭馆')
    click(screen.getByRole('button', { name: '＋ 添加通知' }))
    const notice = await screen.findByRole('group', { name: '通知 1' })
    type(field(notice, '标题'), '周六上午义诊')
    type(field(notice, '内容'), '1月30日 10:00—12:00，老年活动室。')
    type(field(notice, '显示到哪天（含这一天）'), '2027-01-30')
    await waitFor(() => expect(preview()).toHaveTextContent('停电，临时闭馆'))
    expect(preview()).toHaveTextContent('周六上午义诊')

    await publishWith(PASSWORD)
    expect(await screen.findByText(/^已发布/)).toHaveTextContent('已发布（2027-01-29 09:00）。小程序和网页几分钟内就会显示新内容。')

    const expected = {
      version: 1,
      publishedAt: '2027-01-29T09:00:00+08:00',
      specialDays: [{ date: '2027-01-29', closed: true, note: '停电，临时闭馆' }],
      notices: [{ id: expect.stringMatching(/^[A-Za-z0-9_-]+$/), title: '周六上午义诊', body: '1月30日 10:00—12:00，老年活动室。', from: '2027-01-29', until: '2027-01-30' }],
    }
    const auth = `Basic ${Buffer.from(`staff:${PASSWORD}`).toString('base64')}`
    expect(host.puts().map((call) => [call.path, call.authorization])).toEqual([
      ['/live/updates.json', auth],
      ['/live/history/20270129T090000.json', auth],
    ])
    for (const call of host.puts()) {
      const file = JSON.parse(call.body as string)
      expect(file).toEqual(expected)
      expect(checkUpdates(file, centre.schedule).ok).toBe(true)
    }
  })

  test('other hours: the season’s hours to start from, the preview with the new ones', async () => {
    openPage(fakeHost())
    await screen.findByText('没有通知。')
    click(screen.getByRole('button', { name: '＋ 添加调整开放时间的日子' }))
    const day = await screen.findByRole('group', { name: '特别安排 1' })
    expect(within(day).getByLabelText('调整开放时间')).toBeChecked()
    expect(field(day, '开门时间').value).toBe('10:00')
    expect(field(day, '关门时间').value).toBe('22:30')
    type(field(day, '关门时间'), '18:00')
    await waitFor(() => expect(preview()).toHaveTextContent('今日开放 10:00—18:00'))
    click(within(day).getByLabelText('全天闭馆'))
    await waitFor(() => expect(preview()).toHaveTextContent('今日闭馆'))
    expect(within(day).queryByLabelText('开门时间')).not.toBeInTheDocument()
  })

  test('removing the published closure: the preview reads normally again, and that is what is published', async () => {
    const host = fakeHost({ live: JSON.stringify(published) })
    openPage(host)
    const day = await screen.findByRole('group', { name: '特别安排 1' })
    click(within(day).getByRole('button', { name: '删除' }))
    click(within(item('通知 1')).getByRole('button', { name: '删除' }))
    await waitFor(() => expect(preview()).toHaveTextContent('今天 10:00 开放'))
    expect(preview()).not.toHaveTextContent('春节闭馆')
    await publishWith(PASSWORD)
    await screen.findByText(/已发布/)
    expect(JSON.parse(host.files.get('/live/updates.json') as string)).toMatchObject({ specialDays: [], notices: [] })
  })

  test('invalid input is refused before publishing, with what to fix; nothing is sent', async () => {
    const host = fakeHost()
    openPage(host)
    await screen.findByText('没有通知。')
    click(screen.getByRole('button', { name: '＋ 添加调整开放时间的日子' }))
    click(screen.getByRole('button', { name: '＋ 添加通知' }))
    const day = await screen.findByRole('group', { name: '特别安排 1' })
    const notice = item('通知 1')
    type(field(day, '开门时间'), '18:00')
    type(field(day, '关门时间'), '09:00')
    type(field(notice, '从哪天开始显示'), '2027-02-05')
    type(field(notice, '显示到哪天（含这一天）'), '2027-02-01')
    await waitFor(() => expect(screen.getByText('内容有误，改好后才能预览。')).toBeInTheDocument())

    await publishWith(PASSWORD)
    const alert = await banner()
    expect(alert).toHaveTextContent('发布前请先改好')
    expect(alert).toHaveTextContent('特别安排 1 · 开放时间：关门时间要晚于开门时间')
    expect(alert).toHaveTextContent('通知 1 · 标题：不能为空')
    expect(alert).toHaveTextContent('通知 1：结束日期不能早于开始日期')
    expect(host.puts()).toEqual([])
  })

  test('a date that does not exist or a time out of range is refused', async () => {
    const host = fakeHost()
    openPage(host)
    await screen.findByText('没有通知。')
    click(screen.getByRole('button', { name: '＋ 添加调整开放时间的日子' }))
    const day = await screen.findByRole('group', { name: '特别安排 1' })
    type(field(day, '日期'), '2027-02-30')
    type(field(day, '关门时间'), '25:00')
    await publishWith(PASSWORD)
    const alert = await banner()
    expect(alert).toHaveTextContent('特别安排 1 · 日期：请选择一个存在的日期')
    expect(alert).toHaveTextContent('特别安排 1 · 关门时间：请填写 00:00 到 23:59 之间的时间')
    expect(host.puts()).toEqual([])
  })

  test('no password: asked for, nothing sent', async () => {
    const host = fakeHost({ live: JSON.stringify(published) })
    openPage(host)
    await screen.findByRole('group', { name: '特别安排 1' })
    click(screen.getByRole('button', { name: '发布' }))
    expect(await banner()).toHaveTextContent('请先填写工作人员密码')
    expect(host.puts()).toEqual([])
  })
})

describe('when publishing fails, it says why and nothing typed is lost', () => {
  async function typeANoticeAndPublish(host: ReturnType<typeof fakeHost>, password: string) {
    openPage(host)
    await screen.findByRole('group', { name: '特别安排 1' })
    type(field(item('通知 1'), '标题'), '改过的标题')
    await publishWith(password)
    return banner()
  }

  test.each<[string, HostSetup, string, string]>([
    ['a wrong password (401)', {}, 'wrong', '密码不对'],
    ['too large (413)', { putStatus: 413 }, PASSWORD, '内容太多'],
    ['a server error (500)', { putStatus: 500 }, PASSWORD, '服务器出错了'],
    ['no network', { offline: ['PUT'] }, PASSWORD, '网络连接失败'],
  ])('%s', async (_, setup, password, message) => {
    const host = fakeHost({ live: JSON.stringify(published), ...setup })
    expect(await typeANoticeAndPublish(host, password)).toHaveTextContent(message)
    expect(field(item('通知 1'), '标题').value).toBe('改过的标题')
    expect(field(item('特别安排 1'), '说明（例如：春节闭馆）').value).toBe('春节闭馆')
    expect((screen.getByLabelText('工作人员密码') as HTMLInputElement).value).toBe(password)
    expect(host.files.get('/live/updates.json')).toBe(JSON.stringify(published))
  })
})

describe('history', () => {
  const older: Updates = { ...published, publishedAt: '2027-01-10T08:00:00+08:00', specialDays: [{ date: '2027-01-15', closed: true, note: '盘点' }], notices: [] }

  test('lists the dated copies newest first and restores one: loaded into the editor, then published', async () => {
    const host = fakeHost({
      live: JSON.stringify(published),
      history: { '20270110T080000.json': JSON.stringify(older), '20270120T100000.json': JSON.stringify(published), 'notes.txt': 'x' },
    })
    openPage(host)
    await screen.findByRole('group', { name: '特别安排 1' })
    click(screen.getByRole('button', { name: '查看历史版本' }))
    const list = await screen.findByRole('list')
    expect(within(list).getAllByRole('listitem').map((li) => li.firstChild?.textContent)).toEqual(['2027-01-20 10:00:00', '2027-01-10 08:00:00'])

    click(within(within(list).getAllByRole('listitem')[1]).getByRole('button', { name: '载入这个版本' }))
    expect(await screen.findByRole('status')).toHaveTextContent('已载入 2027-01-10 08:00:00 的版本')
    expect(field(item('特别安排 1'), '日期').value).toBe('2027-01-15')
    expect(screen.getByText('没有通知。')).toBeInTheDocument()

    await publishWith(PASSWORD)
    await screen.findByText(/已发布/)
    expect(JSON.parse(host.files.get('/live/updates.json') as string)).toMatchObject({ specialDays: older.specialDays, notices: [] })
    // The list now shows the new dated copy too.
    await waitFor(() => expect(screen.getByText('2027-01-29 09:00:00')).toBeInTheDocument())
  })

  test('no history folder yet: said plainly', async () => {
    openPage(fakeHost({ live: JSON.stringify(published) }))
    await screen.findByRole('group', { name: '特别安排 1' })
    click(screen.getByRole('button', { name: '查看历史版本' }))
    expect(await screen.findByText('还没有历史版本。')).toBeInTheDocument()
  })
})
