// Stands in for the `platform` user-agent parser, which Taro's H5 getDeviceInfo / getSystemInfoSync read for brand,
// model and OS. The app asks only getAppBaseInfo (language), so on the web those fields say 'unknown'.
export default {}
