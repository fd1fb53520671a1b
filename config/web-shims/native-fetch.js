// Stands in for the whatwg-fetch polyfill that Taro's H5 request API imports: every browser that can run the app at
// all has fetch (Taro's H5 components are custom elements, Chrome 54+ / iOS 10.3+; fetch is Chrome 42+ / iOS 10.1+).
export {}
