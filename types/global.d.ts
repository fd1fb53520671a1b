/// <reference types="@tarojs/taro" />
/// <reference path="../node_modules/miniprogram-api-typings/index.d.ts" />

declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'h5'
    /** The updates file's URL, fixed at build time (config/updates-url.ts); '' or absent = none. */
    UPDATES_URL?: string
  }
}
