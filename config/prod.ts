import type { UserConfigExport } from '@tarojs/cli'

export default {
  // Taro's mini-program build escapes every non-ASCII character (\uXXXX, 6 bytes); WeChat reads UTF-8 JS, where a
  // Chinese or Uyghur character takes 2–3 bytes, and our facts and translations are mostly such text.
  terser: { enable: true, config: { output: { ascii_only: false } } },
  // Template nesting levels in the weapp's base.wxml (default 16): each level repeats every component's template.
  // Deeper trees still render, through Taro's recursive custom component.
  baseLevel: 8,
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
