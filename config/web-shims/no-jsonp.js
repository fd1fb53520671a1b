// Stands in for jsonp-retry: Taro's H5 request uses it only for `jsonp: true`, which the app never asks for.
export default function jsonpUnsupported() {
  return Promise.reject(new Error('JSONP is not part of this build'))
}
