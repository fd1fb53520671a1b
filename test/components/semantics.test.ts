import { WEAPP_ARIA_ATTRIBUTES } from '../../config/accessibility'
import { semantics, type Semantics } from '../../src/components/semantics'

afterEach(() => Reflect.deleteProperty(process.env, 'TARO_ENV'))

const everything: Semantics = { role: 'button', label: '拨打电话', level: 2, live: 'polite', pressed: false, hidden: true }

test('on the web: ARIA as browsers read it', () => {
  process.env.TARO_ENV = 'h5'
  expect(semantics(everything)).toEqual({
    role: 'button',
    'aria-label': '拨打电话',
    'aria-level': 2,
    'aria-live': 'polite',
    'aria-pressed': 'false',
    'aria-hidden': true,
  })
})

test('in WeChat: the same, with the role as aria-role', () => {
  process.env.TARO_ENV = 'weapp'
  expect(semantics(everything)).toEqual({
    'aria-role': 'button',
    'aria-label': '拨打电话',
    'aria-level': 2,
    'aria-live': 'polite',
    'aria-pressed': false,
    'aria-hidden': true,
  })
})

test('unset values are left out, so they never travel to the view layer', () => {
  process.env.TARO_ENV = 'weapp'
  expect(semantics({ role: 'heading', level: 1 })).toEqual({ 'aria-role': 'heading', 'aria-level': 1 })
})

test('every attribute semantics() sets in WeChat is bound by the weapp templates (config/accessibility.ts)', () => {
  process.env.TARO_ENV = 'weapp'
  const bound: readonly string[] = WEAPP_ARIA_ATTRIBUTES.View
  expect(Object.keys(semantics(everything)).filter((name) => !bound.includes(name))).toEqual([])
})
