import { centre } from '../../src/data/centre'
import { statusAt } from '../../src/domain/schedule'
import { bannerWords, pendingBannerContent, statusBannerContent } from '../../src/domain/status-label'
import { zh, zhStatusArea } from '../../src/i18n/zh'
import { bj } from './beijing-time'

const words = bannerWords(zh)
const content = (wallClock: string) => {
  const status = statusAt(bj(wallClock), centre.schedule)
  return statusBannerContent(status, zh.status, words, status.today.season.name)
}

describe('the status area (app and first-paint script alike)', () => {
  test('open on a winter noon: the words, today’s hours, the season, 新疆时间', () => {
    expect(content('2026-12-15 12:00')).toEqual({
      state: 'open',
      headline: '开放中',
      detail: '22:30 闭馆',
      lines: [
        { text: '今日开放 10:00—22:30', secondary: false },
        { text: '北京时间 · 冬季作息', secondary: true },
        { text: '新疆时间 08:00—20:30', secondary: true },
      ],
    })
  })

  test('a closed special day: no 新疆时间 line, the day’s note instead', () => {
    const schedule = { ...centre.schedule, specialDays: [{ date: '2027-01-29', closed: true, note: '春节闭馆' }] } as const
    const status = statusAt(bj('2027-01-29 12:00'), schedule)
    const shown = statusBannerContent(status, zh.status, words, status.today.season.name)
    expect(shown.state).toBe('closed')
    expect(shown.lines.map((l) => l.text)).toEqual(['今日闭馆', '北京时间 · 冬季作息', '春节闭馆'])
  })

  test('the inline script’s words are the app’s words', () => {
    expect(bannerWords(zhStatusArea)).toEqual(words)
    expect(zhStatusArea.status).toBe(zh.status)
  })
})

describe('the status area built ahead of time (pending)', () => {
  const pending = pendingBannerContent(centre.schedule.seasons, words, (season) => season.name)

  test('every season’s hours in Beijing time and no status word', () => {
    expect(pending).toEqual({
      state: 'pending',
      headline: '',
      detail: '',
      lines: [
        { text: '夏季作息 10:00—23:00', secondary: false },
        { text: '冬季作息 10:00—22:30', secondary: false },
        { text: '北京时间', secondary: true },
      ],
    })
    const text = JSON.stringify(pending)
    for (const word of [zh.status.open, zh.status.closingSoon, zh.status.closed]) expect(text).not.toContain(word)
  })
})
