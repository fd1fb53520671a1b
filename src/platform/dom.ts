import { TaroNode } from '@tarojs/runtime'

type NodeWithContains = TaroNode & { contains?: (node: TaroNode | null) => boolean }

/**
 * WeChat only. Preact 10.22.1 asks `parentDom.contains(node)` before it inserts an element in front of an existing
 * sibling (a switch's tick, rooms coming back into a filtered list); Taro 4.2.1's mini-program DOM has no
 * `contains`, so that insert threw and Preact unmounted the page: a blank screen. This is DOM's Node.contains.
 */
export function supportNodeContains(): void {
  const node = TaroNode.prototype as NodeWithContains
  if (typeof node.contains === 'function') return
  node.contains = function contains(this: TaroNode, other: TaroNode | null): boolean {
    for (let current = other; current; current = current.parentNode) if (current === this) return true
    return false
  }
}
