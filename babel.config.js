// Taro's preset for the app builds; a plain Node preset for jest, which runs the same TS/TSX sources directly.

/**
 * The web build's browsers: those that can run the app at all (Taro's H5 components are custom elements) and the
 * pre-rendered pages' inline script (ES2017, scripts/web/prerender.js). Older browsers still read those pages.
 * Compiling to ES5 instead cost ~5 KB gzip of helpers and regenerator on the home page (issue 10).
 * The weapp keeps package.json's browserslist: WeChat's own JS engines on old phones.
 */
const WEB_TARGETS = 'chrome >= 61, safari >= 11, ios_saf >= 11, firefox >= 63'

module.exports = (api) => {
  if (api.env('test')) {
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-react', { runtime: 'automatic' }],
        '@babel/preset-typescript',
      ],
    }
  }
  const platform = api.cache.using(() => process.env.TARO_ENV)
  return {
    // Same choice as config/index.ts uiFramework(): Preact for both builds.
    presets: [['taro', { framework: 'preact', ts: true, compiler: 'webpack5', ...(platform === 'h5' ? { targets: WEB_TARGETS } : {}) }]],
  }
}
