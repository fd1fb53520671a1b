export default definePageConfig({
  navigationBarTitleText: '西站社区党群服务中心',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
