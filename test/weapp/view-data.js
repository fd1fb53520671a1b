/**
 * "Only what is used": every key Taro's runtime sends to WeChat's view layer must be bound by the template that
 * renders its node (base.wxml). A key no template reads costs bytes in every setData for nothing.
 */
const fs = require('node:fs')
const path = require('node:path')

/** Keys Taro's templates read through the template machinery itself (node name, stable id). */
const STRUCTURAL = new Set(['nn', 'sid'])
/** Taro sends every element's child list; for a component that takes no children (input) it is always []. */
const isEmptyChildList = (key, value) => key === 'cn' && Array.isArray(value) && value.length === 0

/** Node name (nn) → the data keys its templates read (`i.<key>`), over every template level and variant. */
function templateKeys(dist) {
  const wxml = fs.readFileSync(path.join(dist, 'base.wxml'), 'utf8')
  const keys = new Map()
  for (const [, nn, body] of wxml.matchAll(/<template name="tmpl_\d+_(\w+?)(?:_focus|_blur)?">([\s\S]*?)<\/template>/g)) {
    const bound = keys.get(nn) || new Set()
    for (const [, key] of body.matchAll(/\bi\.(\w+)/g)) bound.add(key)
    keys.set(nn, bound)
  }
  return keys
}

/** 'root.cn.[0].cn.[2]' → the node at that path in `data`, or undefined. */
function nodeAt(data, segments) {
  return segments.reduce((node, segment) => {
    if (node === undefined || node === null) return undefined
    const index = /^\[(\d+)\]$/.exec(segment)
    return index ? node[Number(index[1])] : node[segment]
  }, data)
}

/**
 * Every key in the page's setData payloads (first render and updates) that no template of its node binds, as
 * `<payload #> <path> (nn <node name>)`.
 */
function unboundKeys(page, keys) {
  const found = []
  const checkNode = (node, where) => {
    if (!node || typeof node !== 'object' || !('nn' in node)) return
    const bound = keys.get(String(node.nn)) || new Set()
    for (const key of Object.keys(node)) {
      if (!STRUCTURAL.has(key) && !isEmptyChildList(key, node[key]) && !bound.has(key)) found.push(`${where}.${key} = ${JSON.stringify(node[key])} (nn ${node.nn})`)
    }
    ;(node.cn || []).forEach((child, i) => checkNode(child, `${where}.cn.[${i}]`))
  }
  page.setDataPayloads.forEach((json, n) => {
    for (const [keyPath, value] of Object.entries(JSON.parse(json))) {
      const where = `#${n} ${keyPath}`
      if (Array.isArray(value)) value.forEach((node, i) => checkNode(node, `${where}.[${i}]`))
      else if (value && typeof value === 'object') checkNode(value, where)
      else {
        const segments = keyPath.split('.')
        const key = segments.pop()
        const node = segments.length > 1 ? nodeAt(page.instance.data, segments) : null
        if (node && 'nn' in node && !STRUCTURAL.has(key) && !(keys.get(String(node.nn)) || new Set()).has(key)) {
          found.push(`${where} = ${JSON.stringify(value)} (nn ${node.nn})`)
        }
      }
    }
  })
  return found
}

module.exports = { templateKeys, unboundKeys }
