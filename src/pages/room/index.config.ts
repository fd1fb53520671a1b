export default definePageConfig({ navigationBarTitleText: '功能室', enableShareAppMessage: true })
