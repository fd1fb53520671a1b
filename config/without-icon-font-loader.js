/**
 * Webpack loader for the web build: Taro's components style sheet carries WeUI's icon font as ~8 KB of base64
 * (~4.7 KB gzip of app.js) for components this app never uses on the web (Icon, Checkbox, Radio). The font's
 * @font-face goes; every other rule stays. (Taro's toast, loaded on demand, brings its own copy.)
 */
const WEUI_FONT_FACE = /@font-face\s*\{[^}]*font-family:\s*["']?weui["']?\s*;[^}]*\}/g

module.exports = function withoutIconFont(css) {
  return css.replace(WEUI_FONT_FACE, '')
}
