// Taro's preset for the app builds; a plain Node preset for jest, which runs the same TS/TSX sources directly.
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
  return {
    // Same choice as config/index.ts uiFramework(): Preact for both builds.
    presets: [['taro', { framework: 'preact', ts: true, compiler: 'webpack5' }]],
  }
}
