export default definePageConfig({ navigationBarTitleText: '联系', enableShareAppMessage: true })
