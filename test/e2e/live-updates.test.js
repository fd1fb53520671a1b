/**
 * The staff's updates file on the real server: nginx with deploy/nginx/ and publishing switched on
 * (snippets/xizhan-publish.conf, a staff password), over a web build configured with an updates URL.
 *   - the WebDAV side: who may PUT what, how big, how often; nothing else can be written;
 *   - the staff page in Chromium publishes a closure and a notice, the home page shows them, removing them puts it
 *     back; a notice shows from its `from` through its `until` date only (clock fixed);
 *   - broken files are ignored without a page error (a console warning only); offline, the last good copy holds.
 */
const fs = require('node:fs')
const net = require('node:net')
const path = require('node:path')
const { centre } = require('../../src/data/centre')
const { launchBrowser, PHONE } = require('../../scripts/lib/chromium')
const { startNginx } = require('../../scripts/lib/nginx')
const { ensureBuild } = require('../support/build')
const { UPDATES_BUILD } = require('../support/builds')
const { blockExternal, watchPage, pageSelector, recordStaticStatus, resultsDir, homePageBytes, HOME_BYTES_BUDGET } = require('./support')

const STAFF_PASSWORD = 'staff-test-Pw-2026'
const HOME = 'pages/index/index'
/** A summer afternoon in Beijing: open by the bundled hours (10:00–23:00). */
const SUMMER_AFTERNOON = '2026-07-15T15:00:00+08:00'

let webRoot
beforeAll(() => {
  webRoot = ensureBuild('h5', UPDATES_BUILD).out
}, 180000)

/** PUT over a raw socket (exact path, exact headers); resolves to the status code. */
function put(server, target, body, { password, user = 'staff' } = {}) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(server.port, '127.0.0.1')
    const head = [`PUT ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`]
    if (password !== undefined) head.push(`Authorization: Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`)
    let answer = ''
    socket.on('connect', () => socket.end(`${head.join('\r\n')}\r\n\r\n${body}`))
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')))
    socket.on('error', (error) => (answer ? resolve(Number(answer.slice(9, 12))) : reject(error)))
    socket.on('close', () => resolve(Number(answer.slice(9, 12))))
  })
}

const liveFile = (server) => path.join(server.dataDir, 'live', 'updates.json')
const updatesFile = (fields) => JSON.stringify({ version: 1, publishedAt: '2026-07-15T10:00:00+08:00', specialDays: [], notices: [], ...fields })

describe('publishing on nginx (WebDAV PUT behind basic auth)', () => {
  let server
  beforeAll(async () => {
    server = await startNginx({ webRoot, staffPassword: STAFF_PASSWORD })
  })
  afterAll(() => server?.stop())

  test('without a password or with a wrong one: 401, nothing written', async () => {
    expect(await put(server, '/live/updates.json', updatesFile())).toBe(401)
    expect(await put(server, '/live/updates.json', updatesFile(), { password: 'wrong' })).toBe(401)
    expect(await put(server, '/live/updates.json', updatesFile(), { password: STAFF_PASSWORD, user: 'admin' })).toBe(401)
    expect(fs.existsSync(liveFile(server))).toBe(false)
  })

  test('with the password: written, and served as JSON that is never cached without asking', async () => {
    const body = updatesFile({ notices: [{ id: 'a', title: '通知', body: '内容', from: '2026-07-15', until: '2026-07-15' }] })
    expect([201, 204]).toContain(await put(server, '/live/updates.json', body, { password: STAFF_PASSWORD }))
    const res = await fetch(new URL('/live/updates.json', server.url))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(res.headers.get('cache-control')).toBe('no-cache')
    // Data, not a page: nosniff, and none of the page-only policies (snippets/xizhan-file-headers.conf).
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toBeNull()
    expect(await res.text()).toBe(body)
    expect([201, 204]).toContain(await put(server, '/live/history/20260715T100000.json', body, { password: STAFF_PASSWORD }))
    const history = await (await fetch(new URL('/live/history/', server.url))).json()
    expect(history.map((entry) => entry.name)).toEqual(['20260715T100000.json'])
  })

  test('over 64 KB: 413, the file unchanged', async () => {
    const before = fs.readFileSync(liveFile(server), 'utf8')
    const big = updatesFile({ notices: [{ id: 'x', title: 'x', body: 'x'.repeat(70 * 1024), from: '2026-07-15', until: '2026-07-15' }] })
    expect(await put(server, '/live/updates.json', big, { password: STAFF_PASSWORD })).toBe(413)
    expect(fs.readFileSync(liveFile(server), 'utf8')).toBe(before)
  })

  test.each(['/index.html', '/r/legal', '/', '/js/evil.js', '/live/other.json', '/live/history/latest.json', '/live/history/', '/staff/index.html', '/404.html'])(
    'PUT %s is refused and changes nothing',
    async (target) => {
      const index = fs.readFileSync(path.join(webRoot, 'index.html'))
      const status = await put(server, target, '{"version":1}', { password: STAFF_PASSWORD })
      expect(status).toBeGreaterThanOrEqual(400)
      expect(status).toBeLessThan(500)
      expect(fs.readFileSync(path.join(webRoot, 'index.html')).equals(index)).toBe(true)
      expect(fs.existsSync(path.join(server.dataDir, 'live', 'other.json'))).toBe(false)
      expect(fs.existsSync(path.join(webRoot, 'js', 'evil.js'))).toBe(false)
    },
  )
})

test('publishing is off without a staff password: PUT is refused', async () => {
  const server = await startNginx({ webRoot })
  try {
    // /live/ is read-only there: any method but GET and HEAD is denied.
    expect(await put(server, '/live/updates.json', updatesFile(), { password: STAFF_PASSWORD })).toBe(403)
    expect(fs.existsSync(liveFile(server))).toBe(false)
  } finally {
    await server.stop()
  }
})

test('PUTs are rate-limited (429 after a burst), which slows password guessing; reading never is', async () => {
  const server = await startNginx({ webRoot, staffPassword: STAFF_PASSWORD })
  try {
    const statuses = []
    for (let i = 0; i < 16; i++) statuses.push(await put(server, '/live/updates.json', updatesFile(), { password: `guess-${i}` }))
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses).toContain(429)
    const reads = []
    for (let i = 0; i < 40; i++) reads.push((await fetch(new URL('/live/updates.json', server.url))).status)
    expect(reads.filter((status) => status !== 404)).toEqual([])
  } finally {
    await server.stop()
  }
})

describe('in the browser', () => {
  let server
  let browser
  const problems = []
  const external = []
  const warnings = []

  beforeAll(async () => {
    server = await startNginx({ webRoot, staffPassword: STAFF_PASSWORD })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })
  /**
   * The browser's own network log for the updates file (404 before anything is published, or offline) is what these
   * tests set up, and the app is checked to cope with it; any other console error, or any page error, still fails.
   */
  const isExpectedFetchFailure = (problem) =>
    problem.kind === 'console.error' && /\/live\/updates\.json$/.test(problem.at ?? '') && /^Failed to load resource/.test(problem.text)
  afterEach(() => {
    expect(problems.splice(0).filter((problem) => !isExpectedFetchFailure(problem))).toEqual([])
    expect(external.splice(0)).toEqual([])
  })

  /** A fresh phone (own storage) with the clock at `at`. */
  async function phone(at) {
    const context = await browser.newContext(PHONE)
    await blockExternal(context, external)
    await context.clock.install({ time: new Date(at) })
    const page = await context.newPage()
    watchPage(page, problems)
    page.on('console', (msg) => msg.type() === 'warning' && warnings.push(msg.text()))
    return { context, page }
  }

  /** The home page's shown text once the app has settled (its updates fetched and applied or ignored). */
  async function homeText(page) {
    const responded = page.waitForResponse((r) => r.url().endsWith('/live/updates.json'), { timeout: 10000 }).catch(() => null)
    await page.goto(new URL('/', server.url).href)
    await page.locator(pageSelector(HOME)).filter({ visible: true }).last().getByText(centre.name).first().waitFor({ timeout: 20000 })
    await responded
    await page.waitForTimeout(500)
    return (await page.locator(pageSelector(HOME)).filter({ visible: true }).last().innerText()).replace(/\s+/g, ' ')
  }

  const writeLive = (text) => {
    fs.writeFileSync(liveFile(server), text)
    fs.chmodSync(liveFile(server), 0o644)
  }

  test('the staff page publishes a closure for today and a notice; home shows them; removing them restores it', async () => {
    fs.rmSync(liveFile(server), { force: true })
    const { context, page } = await phone(SUMMER_AFTERNOON)
    try {
      expect(await homeText(page)).toContain('开放中')

      await page.goto(new URL('/staff/', server.url).href)
      await page.getByText('还没有发布过内容').waitFor()
      await page.getByRole('button', { name: '＋ 添加闭馆日' }).click()
      await page.getByLabel('说明（例如：春节闭馆）').fill('停电检修')
      await page.getByRole('button', { name: '＋ 添加通知' }).click()
      await page.getByLabel('标题').fill('周六上午义诊')
      await page.getByLabel('内容').fill('7月18日 10:00—12:00，老年活动室。')
      await page.getByLabel('工作人员密码').fill(STAFF_PASSWORD)
      await page.getByRole('button', { name: '发布', exact: true }).click()
      await page.getByText(/^已发布（/).waitFor()
      await page.screenshot({ path: path.join(resultsDir('live-updates'), 'staff.png'), fullPage: true })
      const published = JSON.parse(fs.readFileSync(liveFile(server), 'utf8'))
      expect(published.specialDays).toEqual([{ date: '2026-07-15', closed: true, note: '停电检修' }])
      expect(published.notices.map((n) => [n.title, n.from, n.until])).toEqual([['周六上午义诊', '2026-07-15', '2026-07-15']])
      expect(fs.readdirSync(path.join(server.dataDir, 'live', 'history'))).toHaveLength(1)

      const closed = await homeText(page)
      expect(closed).toContain('已闭馆')
      expect(closed).toContain('停电检修')
      expect(closed).toContain('周六上午义诊')
      expect(closed).toContain('7月18日 10:00—12:00，老年活动室。')
      await page.screenshot({ path: path.join(resultsDir('live-updates'), 'home-closure-notice.png') })

      await page.goto(new URL('/staff/', server.url).href)
      await page.getByLabel('说明（例如：春节闭馆）').waitFor()
      const remove = page.getByRole('button', { name: '删除' })
      while ((await remove.count()) > 0) await remove.first().click()
      await page.getByLabel('工作人员密码').fill(STAFF_PASSWORD)
      await page.getByRole('button', { name: '发布', exact: true }).click()
      await page.getByText(/^已发布（/).waitFor()

      const normal = await homeText(page)
      expect(normal).toContain('开放中')
      expect(normal).not.toContain('停电检修')
      expect(normal).not.toContain('周六上午义诊')
    } finally {
      await context.close()
    }
  })

  test.each([
    ['2027-01-19T12:00:00+08:00', false],
    ['2027-01-20T09:00:00+08:00', true],
    ['2027-01-25T22:00:00+08:00', true],
    ['2027-01-26T00:30:00+08:00', false],
  ])('a notice from 2027-01-20 until 2027-01-25, at %s: shown %s', async (at, shown) => {
    writeLive(updatesFile({ notices: [{ id: 'yizhen-0125', title: '周六上午义诊', body: '1月25日 10:00—12:00，老年活动室。', from: '2027-01-20', until: '2027-01-25' }] }))
    const { context, page } = await phone(at)
    try {
      expect((await homeText(page)).includes('周六上午义诊')).toBe(shown)
    } finally {
      await context.close()
    }
  })

  const BROKEN = [
    ['truncated JSON', () => updatesFile({ specialDays: [{ date: '2026-07-15', closed: true, note: '坏文件' }] }).slice(0, 60)],
    ['wrong types', () => JSON.stringify({ version: '1', publishedAt: 5, specialDays: {}, notices: 'none' })],
    ['25:00', () => updatesFile({ specialDays: [{ date: '2026-07-15', closed: false, hours: { opens: '10:00', closes: '25:00' }, note: '坏文件' }] })],
    ['a date that does not exist', () => updatesFile({ specialDays: [{ date: '2026-02-30', closed: true, note: '坏文件' }] })],
    ['10 000 notices', () => updatesFile({ notices: Array.from({ length: 10000 }, (_, i) => ({ id: `n${i}`, title: '坏文件', body: 'x', from: '2026-07-15', until: '2026-07-15' })) })],
  ]

  test.each(BROKEN)('a broken file (%s) is ignored: no page error, a console warning, the bundled hours stand', async (_name, make) => {
    writeLive(make())
    warnings.splice(0)
    const { context, page } = await phone(SUMMER_AFTERNOON)
    try {
      const text = await homeText(page)
      expect(text).toContain('开放中')
      expect(text).not.toContain('坏文件')
      const ignored = () => warnings.some((w) => /updates file ignored/.test(w))
      for (let waited = 0; !ignored() && waited < 5000; waited += 100) await page.waitForTimeout(100)
      expect(ignored()).toBe(true)
    } finally {
      await context.close()
    }
  })

  test('a closure this phone already received is in the pre-rendered page’s first paint, not only after the app starts', async () => {
    writeLive(updatesFile({ specialDays: [{ date: '2026-07-15', closed: true, note: '停电检修' }] }))
    const { context, page } = await phone(SUMMER_AFTERNOON)
    try {
      expect(await homeText(page)).toContain('停电检修')
      await context.addInitScript(recordStaticStatus)
      await page.reload()
      await page.waitForFunction(() => !document.getElementById('static'))
      const frames = await page.evaluate(() => window.__statusFrames)
      expect(frames.length).toBeGreaterThan(0)
      expect(frames[0].text).toContain('已闭馆')
      expect(frames[0].text).toContain('停电检修')
      expect(frames.some((frame) => frame.text.includes('开放中'))).toBe(false)
    } finally {
      await context.close()
    }
  })

  test(`as deployed (a build with the updates URL, a closure and a notice published), the home page's bytes stay within ${HOME_BYTES_BUDGET} B`, async () => {
    writeLive(
      updatesFile({
        specialDays: [{ date: '2026-07-15', closed: true, note: '停电检修' }],
        notices: [{ id: 'clinic', title: '义诊通知', body: '本周六上午在老年活动室有义诊，欢迎参加。', from: '2026-07-15', until: '2026-07-31' }],
      }),
    )
    const { context, page } = await phone(SUMMER_AFTERNOON)
    try {
      const { total, sent } = await homePageBytes(page, new URL('/', server.url).href)
      expect(sent.map((r) => r.path)).toContain('/live/updates.json')
      expect(await page.locator(pageSelector(HOME)).filter({ visible: true }).last().innerText()).toContain('义诊通知')
      expect(total).toBeLessThanOrEqual(HOME_BYTES_BUDGET)
    } finally {
      await context.close()
    }
  })

  test('offline after one good fetch: the stored copy still applies', async () => {
    writeLive(updatesFile({ specialDays: [{ date: '2026-07-15', closed: true, note: '停电检修' }] }))
    const { context, page } = await phone(SUMMER_AFTERNOON)
    try {
      expect(await homeText(page)).toContain('停电检修')
      fs.rmSync(liveFile(server))
      await context.route('**/live/updates.json', (route) => route.abort('internetdisconnected'))
      const offline = await homeText(page)
      expect(offline).toContain('已闭馆')
      expect(offline).toContain('停电检修')
    } finally {
      await context.close()
    }
  })
})
