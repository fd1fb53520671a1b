import { centre } from '../../src/data/centre'
import { needs } from '../../src/data/needs'
import { statusAt } from '../../src/domain/schedule'
import { statusLabelText } from '../../src/domain/status-label'
import { missingTranslations, roomView } from '../../src/i18n/facts'
import { messagesFor } from '../../src/i18n/messages'
import { needsUg } from '../../src/i18n/ug/needs'
import { roomsUg } from '../../src/i18n/ug/rooms'
import { zh } from '../../src/i18n/zh'
import { bj } from '../domain/beijing-time'

/** Every key path of a dictionary, with the kind of value (string / function / array length). */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}:function`]
  if (Array.isArray(value)) return [`${path}:array(${value.length})`]
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, inner]) => shape(inner, path ? `${path}.${key}` : key))
  }
  return [`${path}:${typeof value}`]
}

describe('Uyghur dictionary', () => {
  const ug = messagesFor('ug')

  test('has every key of the Chinese one, of the same kind', () => {
    expect(shape(ug).sort()).toEqual(shape(zh).sort())
  })

  test('no string is left empty or in Chinese', () => {
    const strings = shape(ug).length
    const texts: string[] = []
    const collect = (value: unknown) => {
      if (typeof value === 'string') texts.push(value)
      else if (value && typeof value === 'object') Object.values(value).forEach(collect)
    }
    collect(ug)
    expect(strings).toBeGreaterThan(50)
    // Chinese may stand only where WeChat itself shows Chinese (quoted in «»).
    for (const text of texts.filter((t) => !['zh', 'ug', 'ltr', 'rtl'].includes(t))) {
      expect(text.trim()).not.toBe('')
      expect(text.replace(/«[^»]*»/g, '')).not.toMatch(/[\u4e00-\u9fff]/)
    }
  })

  test('reads right to left', () => {
    expect(ug.dir).toBe('rtl')
    expect(zh.dir).toBe('ltr')
  })
})

describe('fact translations', () => {
  test('every room id has its translation, item for item', () => {
    for (const room of centre.rooms) {
      const t = roomsUg[room.id]
      expect(t).toBeDefined()
      expect(t?.equipment).toHaveLength(room.equipment.items.length)
      expect(t?.scenarios).toHaveLength(room.scenarios.items.length)
      expect(t?.otherNames).toHaveLength(room.otherNames.length)
    }
  })

  test('every need has its translation', () => {
    for (const need of needs) expect(needsUg[need.id]?.text).toBeTruthy()
  })

  test('nothing is missing (this list names any gap: fill it in src/i18n/ug/)', () => {
    expect(missingTranslations()).toEqual([])
  })

  test('in Uyghur a room keeps its Chinese name for the sign on the door; in Chinese there is no second name', () => {
    const legal = centre.rooms.find((room) => room.id === 'legal')!
    expect(roomView(legal, 'ug').signName).toBe('法律咨询室')
    expect(roomView(legal, 'zh')).toEqual(expect.objectContaining({ name: '法律咨询室', signName: null }))
  })

  test('a translation that does not match the published list falls back to Chinese', () => {
    const seniors = centre.rooms.find((room) => room.id === 'seniors')!
    const broken = { ...seniors, equipment: { ...seniors.equipment, items: [...seniors.equipment.items, '多出来的'] as [string, ...string[]] } }
    expect(roomView(broken, 'ug').equipment.items).toEqual(broken.equipment.items)
  })

  test('unreviewed entries are counted for the staff (information, not a failure)', () => {
    const unreviewed = Object.values(roomsUg).filter((t) => !t?.reviewed).length
    console.info(`Uyghur room translations awaiting review: ${unreviewed} of ${centre.rooms.length}`)
    expect(unreviewed).toBeGreaterThanOrEqual(0)
  })
})

describe('status label in both languages, same engine, same Beijing-time rules', () => {
  test.each([
    ['2026-07-15 15:00', 'open'],
    ['2026-07-15 22:30', 'closing-soon'],
    ['2026-12-15 22:45', 'closed'],
  ])('%s Beijing is %s in both', (at, state) => {
    const status = statusAt(bj(at), centre.schedule)
    expect(status.state).toBe(state)
    const zhLabel = statusLabelText(status, messagesFor('zh').status)
    const ugLabel = statusLabelText(status, messagesFor('ug').status)
    const expectedZh = { open: '开放中 · 23:00 闭馆', 'closing-soon': '即将闭馆 · 23:00', closed: '已闭馆 · 明天 10:00 开放' }
    expect(zhLabel).toBe(expectedZh[state as keyof typeof expectedZh])
    expect(ugLabel).not.toMatch(/[\u4e00-\u9fff]/)
    expect(ugLabel).toContain(state === 'closed' ? '10:00' : '23:00')
    const headline = messagesFor('ug').status[state === 'closing-soon' ? 'closingSoon' : (state as 'open' | 'closed')]
    expect(ugLabel.startsWith(headline)).toBe(true)
  })
})
