import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import path from 'node:path'
import { createSwcRegister } from '@tarojs/helper'

// Taro compiles only config/ when it loads the config; the web addresses are app code (src/domain), so let the
// same compiler load that one pure module too.
createSwcRegister({ only: [(file: string) => file === path.resolve(__dirname, '../src/domain/web-routes.ts')] })
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { CUSTOM_ROUTES } = require('../src/domain/web-routes') as typeof import('../src/domain/web-routes')
import { resolveUpdatesUrl } from './updates-url'
import { weappAriaPlugin } from './accessibility'

/**
 * Preact (React's API through preact/compat, supported by @tarojs/plugin-framework-react) in both builds: in the
 * weapp React's reconciler alone was ~95 KB of a 330 KB budget; on the web it is ~40 KB gzip of script on the
 * critical path of a resident waiting on a weak signal (README, Performance). Pages and components are written
 * once against React's API; the jest component tests run them under React.
 */
export function uiFramework(): 'react' | 'preact' {
  return 'preact'
}

/** Packages Taro's H5 APIs import → the file in config/web-shims/ the web build uses instead. */
const WEB_SHIMS = {
  'whatwg-fetch': 'native-fetch.js',
  'abortcontroller-polyfill/dist/abortcontroller-polyfill-only': 'abort-controller.js',
  'jsonp-retry': 'no-jsonp.js',
  platform: 'unknown-device.js',
  'query-string': 'query-string.js',
}

// https://docs.taro.zone/docs/next/config#defineconfig-辅助函数
export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'xizhan-community-centre',
    date: '2026-11-26',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // One folder per platform, so both builds can exist side by side (project.config.json points at dist/weapp).
    outputRoot: process.env.TARO_OUTPUT_ROOT ?? `dist/${process.env.TARO_ENV}`,
    plugins: [weappAriaPlugin],
    // src/platform/env.ts reads it: the weapp fetches this URL, H5 its path on the page's own origin.
    defineConstants: { 'process.env.UPDATES_URL': JSON.stringify(resolveUpdatesUrl()) },
    copy: { patterns: [], options: {} },
    framework: uiFramework(),
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      // Absolute asset URLs: a page opened at /r/legal must load /js/…, not /r/js/….
      publicPath: '/',
      staticDirectory: 'static',
      // Real paths, not #/…: the door codes hold https://<domain>/r/<room id>, and that address must open the room
      // in any browser (and survive a reload) — see README "Web addresses".
      router: { mode: 'browser', customRoutes: CUSTOM_ROUTES },
      webpackChain(chain) {
        // Taro splits only initial chunks, so every lazily loaded page carried its own copy of the shared code
        // (data, components, Taro's H5 components): share it between pages instead — but not in pieces of a few
        // hundred bytes (Taro's minSize is 0): the home page fetched seven such chunks, each costing a request and
        // its headers; below 8 KB a shared piece stays inside each page that uses it.
        chain.optimization.splitChunks({ ...chain.optimization.get('splitChunks'), chunks: 'all', minSize: 8000 })
        // Taro's H5 APIs import polyfills and a user-agent parser for every API, used or not: ~18 KB gzip on the
        // home page (issue 10's bytes budget). Each shim says what it stands in for and why that is safe here.
        for (const [request, shim] of Object.entries(WEB_SHIMS)) chain.resolve.alias.set(`${request}$`, path.join(__dirname, 'web-shims', shim))
        chain.module
          .rule('withoutIconFont')
          .test(/@tarojs[\\/]components[\\/].*\.css$/)
          .enforce('pre')
          .use('withoutIconFont')
          .loader(path.join(__dirname, 'without-icon-font-loader.js'))
        // Taro's H5 plugin registers its pull-to-refresh web component in every app (~2 KB gzip); it is used only by
        // a page with enablePullDownRefresh, which no page has (test/config/web-build.test.ts keeps it so).
        chain.plugin('mainPlugin').tap(([options, ...rest]) => {
          const meta = options.loaderMeta
          if (meta) {
            meta.extraImportForWeb = meta.extraImportForWeb.replace(/^import \{ defineCustomElementTaroPullToRefreshCore \}.*\n/m, '')
            meta.execBeforeCreateWebApp = meta.execBeforeCreateWebApp.replace(/^defineCustomElementTaroPullToRefreshCore\(\)\n/m, '')
          }
          return [options, ...rest]
        })
      },
      // The tab icons as files, not data: URIs: inlined, all eight rode in app.js (~8.5 KB gzip) and the four shown
      // again in every pre-rendered page (~5 KB); as files a phone fetches the four it shows once, then keeps them.
      imageUrlLoaderOption: { limit: true, name: 'static/images/[name].[contenthash:8][ext]' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
