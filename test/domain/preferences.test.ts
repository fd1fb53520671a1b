import { initialPreferences, LARGE_TEXT_SCALE, textScale } from '../../src/domain/preferences'

describe('first-launch preferences', () => {
  test.each([
    ['nothing known', {}, null, null, { locale: 'zh', largeText: false }],
    ['WeChat in Uyghur', {}, 'ug', null, { locale: 'ug', largeText: false }],
    ['browser ug-CN', {}, 'ug-CN', null, { locale: 'ug', largeText: false }],
    ['WeChat zh_CN', {}, 'zh_CN', 1, { locale: 'zh', largeText: false }],
    ['WeChat font set larger', {}, 'zh_CN', 1.3, { locale: 'zh', largeText: true }],
    ['stored choice wins over system', { locale: 'zh', largeText: false }, 'ug', 1.5, { locale: 'zh', largeText: false }],
    ['stored garbage is ignored', { locale: 'fr', largeText: 'yes' }, 'zh_CN', 1, { locale: 'zh', largeText: false }],
  ])('%s', (_, stored, systemLanguage, systemFontScale, expected) => {
    expect(initialPreferences({ stored, systemLanguage, systemFontScale })).toEqual(expected)
  })
})

describe('text scale', () => {
  test('follows WeChat’s font setting, within bounds', () => {
    expect(textScale(false, null)).toBe(1)
    expect(textScale(false, 1.2)).toBe(1.2)
    expect(textScale(false, 0.8)).toBe(1)
    expect(textScale(false, 5)).toBe(2)
  })
  test('large mode never goes below its minimum, and keeps a larger system setting', () => {
    expect(textScale(true, 1)).toBe(LARGE_TEXT_SCALE)
    expect(textScale(true, 1.6)).toBe(1.6)
  })
})
