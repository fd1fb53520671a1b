import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { resolveUpdatesUrl } from '../../config/updates-url'

const configWith = (content: object) => {
  const file = join(mkdtempSync(join(tmpdir(), 'updates-url-')), 'posters.config.json')
  writeFileSync(file, JSON.stringify(content))
  return file
}

describe('the updates URL, fixed at build time', () => {
  test('the repository ships it empty: no updates, no request', () => {
    expect(resolveUpdatesUrl({} as NodeJS.ProcessEnv)).toBe('')
  })

  test('posters.config.json gives it; UPDATES_URL wins, even empty', () => {
    const file = configWith({ updatesUrl: 'https://xizhan.example.cn/live/updates.json' })
    expect(resolveUpdatesUrl({} as NodeJS.ProcessEnv, file)).toBe('https://xizhan.example.cn/live/updates.json')
    expect(resolveUpdatesUrl({ UPDATES_URL: 'https://other.example.cn/live/updates.json' } as NodeJS.ProcessEnv, file)).toBe(
      'https://other.example.cn/live/updates.json',
    )
    expect(resolveUpdatesUrl({ UPDATES_URL: '' } as NodeJS.ProcessEnv, file)).toBe('')
  })

  test.each(['xizhan.example.cn/live/updates.json', 'https://xizhan.example.cn', 'ftp://x.cn/u.json', 'https://x.cn/u.json?x=1'])(
    '%s is refused with a clear message',
    (value) => {
      expect(() => resolveUpdatesUrl({ UPDATES_URL: value } as NodeJS.ProcessEnv)).toThrow(/full address of the file/)
    },
  )
})
