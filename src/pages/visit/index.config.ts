export default definePageConfig({ navigationBarTitleText: '到访', enableShareAppMessage: true })
