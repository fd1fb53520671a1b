/**
 * The `send` fallback of `npm start` (scripts/lib/web-server.js) routes as nginx does (deploy/nginx/snippets/
 * xizhan-app.conf): a page is its pre-rendered copy when the build has one, else the script-only app.html.
 */
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { resolveWebPath } = require('../../scripts/lib/web-server') as {
  resolveWebPath: (pathname: string, exists: (file: string) => boolean) => { file: string; asset: boolean } | null
}

const built = new Set(['/index.html', '/app.html', '/rooms/index.html', '/r/legal/index.html', '/js/app.1234abcd.js'])
const exists = (file: string) => built.has(file)
const fileFor = (pathname: string) => resolveWebPath(pathname, exists)?.file ?? null

test.each([
  ['/', '/index.html'],
  ['/r/', '/index.html'],
  ['/r/legal', '/r/legal/index.html'],
  ['/r/legal/', '/r/legal/index.html'],
  ['/r/no-such-room', '/app.html'],
  ['/rooms', '/rooms/index.html'],
  ['/visit', '/app.html'],
  ['/js/app.1234abcd.js', '/js/app.1234abcd.js'],
])('%s → %s', (pathname, file) => {
  expect(fileFor(pathname)).toBe(file)
})

test('missing assets and hidden files are 404s, never a page', () => {
  expect(fileFor('/js/app.00000000.js')).toBeNull()
  expect(fileFor('/.nginx-csp.conf')).toBeNull()
})

test('without a pre-rendered home page (a build without Chromium) / is the app', () => {
  expect(resolveWebPath('/', (file) => file === '/app.html')?.file).toBe('/app.html')
})
