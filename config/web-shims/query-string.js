// Stands in for query-string (and its three helper packages, ~3.6 KB gzip): Taro's H5 router and APIs call only
// parse(search) and parse(search, { decode: false }). Same answers as its parse: '+' is a space when decoding, a
// key without '=' is null, a repeated key gives an array, keys sorted. A malformed %-escape (a garbled door code)
// is kept as written instead of half-decoded; src/domain/entry-link.ts then says the link is unusable.
function decodeLeniently(text) {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

export function parse(query, options) {
  const decode = !options || options.decode !== false
  const read = decode ? decodeLeniently : (text) => text
  const found = Object.create(null)
  if (typeof query !== 'string') return found
  for (const parameter of query.trim().replace(/^[?#&]/, '').split('&')) {
    if (!parameter) continue
    const text = decode ? parameter.replace(/\+/g, ' ') : parameter
    const at = text.indexOf('=')
    const key = read(at < 0 ? text : text.slice(0, at))
    const value = at < 0 ? null : read(text.slice(at + 1))
    found[key] = key in found ? [].concat(found[key], value) : value
  }
  const sorted = Object.create(null)
  for (const key of Object.keys(found).sort()) sorted[key] = found[key]
  return sorted
}

export default { parse }
