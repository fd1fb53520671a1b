export default defineAppConfig({
  pages: ['pages/index/index', 'pages/rooms/index', 'pages/visit/index', 'pages/contact/index', 'pages/room/index'],
  window: {
    navigationBarBackgroundColor: '#b3261e',
    navigationBarTitleText: '西站社区党群服务中心',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f1ee',
  },
  tabBar: {
    color: '#4d4d4d',
    selectedColor: '#b3261e',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/rooms/index', text: '功能室', iconPath: 'assets/tab/rooms.png', selectedIconPath: 'assets/tab/rooms-active.png' },
      { pagePath: 'pages/visit/index', text: '到访', iconPath: 'assets/tab/visit.png', selectedIconPath: 'assets/tab/visit-active.png' },
      { pagePath: 'pages/contact/index', text: '联系', iconPath: 'assets/tab/contact.png', selectedIconPath: 'assets/tab/contact-active.png' },
    ],
  },
})
