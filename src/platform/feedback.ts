// What the app tells the resident when something did not work. The weapp (and jest) show WeChat's own toast and
// modal at once; the web build takes feedback.h5.ts instead (Taro's platform-file rule), which loads them first.
export { showToast, showNotice } from './dialogs'
