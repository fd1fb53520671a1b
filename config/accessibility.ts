import type { PluginItem } from '@tarojs/taro/types/compile'

/**
 * The ARIA attributes WeChat reads (base library ≥ 2.7.1, under its own names: `aria-role`, not `role`) on the
 * components the app uses. Taro's generated base.wxml binds none of them, so @tarojs/plugin-inject adds each to
 * every template of its component, bound to the page-data key Taro's runtime derives from the JSX prop of the same
 * name (`aria-role` → ariaRole → its short alias). src/components/semantics.ts is what sets them.
 * Only what the app uses: every attribute is repeated in every template level of base.wxml.
 */
export const WEAPP_ARIA_ATTRIBUTES = {
  View: ['aria-role', 'aria-label', 'aria-level', 'aria-live', 'aria-pressed', 'aria-hidden'],
  Text: ['aria-hidden'],
  Input: ['aria-label'],
} as const

/** An attribute with no default: WeChat gets the bound value, or nothing when the element has none. */
const NO_DEFAULT = ''

export const weappAriaPlugin: PluginItem = [
  '@tarojs/plugin-inject',
  {
    components: Object.fromEntries(
      Object.entries(WEAPP_ARIA_ATTRIBUTES).map(([component, attributes]) => [
        component,
        Object.fromEntries(attributes.map((attribute) => [attribute, NO_DEFAULT])),
      ]),
    ),
  },
]
