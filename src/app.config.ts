export default defineAppConfig({
  pages: ['pages/index/index'],
  window: { navigationBarTitleText: '西站社区党群服务中心' },
})
