import { parseEntry, roomLink, type EntryTarget } from '../../src/domain/entry-link'

const ROOM_IDS: ReadonlySet<string> = new Set(['legal', 'seniors', 'service-hall'])
const parse = (params: unknown) => parseEntry(params as never, ROOM_IDS)
const room = (roomId: string): EntryTarget => ({ kind: 'room', roomId })
const enc = encodeURIComponent

describe('entry links', () => {
  test.each<[string, unknown, EntryTarget]>([
    ['no parameters', {}, { kind: 'none' }],
    ['null options', null, { kind: 'none' }],
    ['id', { id: 'legal' }, room('legal')],
    ['id with spaces around', { id: '  legal ' }, room('legal')],
    ['unknown id', { id: 'nope' }, { kind: 'invalid', reason: 'unknown-room' }],
    ['empty id', { id: '' }, { kind: 'invalid', reason: 'malformed' }],
    ['id not a string', { id: 42 }, { kind: 'invalid', reason: 'malformed' }],
    ['q door link', { q: enc('https://xizhan.example/r/legal') }, room('legal')],
    ['q with trailing slash and query', { q: enc('https://xizhan.example/r/seniors/?from=door') }, room('seniors')],
    ['q encoded twice', { q: enc(enc('https://xizhan.example/r/legal')) }, room('legal')],
    ['q not encoded', { q: 'https://xizhan.example/r/legal' }, room('legal')],
    ['q front door', { q: enc('https://xizhan.example/r/') }, { kind: 'home' }],
    ['q front door without slash', { q: enc('https://xizhan.example/r') }, { kind: 'home' }],
    ['q site root', { q: enc('https://xizhan.example') }, { kind: 'home' }],
    ['q other path', { q: enc('https://xizhan.example/admin') }, { kind: 'invalid', reason: 'malformed' }],
    ['q unknown room', { q: enc('https://xizhan.example/r/pool') }, { kind: 'invalid', reason: 'unknown-room' }],
    ['q not a link', { q: 'hello' }, { kind: 'invalid', reason: 'malformed' }],
    ['q javascript:', { q: enc('javascript:alert(1)') }, { kind: 'invalid', reason: 'malformed' }],
    ['q broken escape', { q: '%E0%A4%A' }, { kind: 'invalid', reason: 'malformed' }],
    ['scene r=id', { scene: enc('r=legal') }, room('legal')],
    ['scene raw', { scene: 'r=seniors' }, room('seniors')],
    ['scene with other keys', { scene: enc('src=door&r=legal') }, room('legal')],
    ['scene r= (front door)', { scene: 'r=' }, { kind: 'home' }],
    ['scene without r', { scene: 'x=1' }, { kind: 'invalid', reason: 'malformed' }],
    ['scene r=a=b', { scene: 'r=a=b' }, { kind: 'invalid', reason: 'malformed' }],
    ['id wins over q', { id: 'legal', q: enc('https://x.example/r/seniors') }, room('legal')],
    ['prototype key as id', { id: '__proto__' }, { kind: 'invalid', reason: 'unknown-room' }],
    ['huge value', { id: 'a'.repeat(5000) }, { kind: 'invalid', reason: 'malformed' }],
  ])('%s', (_, params, expected) => {
    expect(parse(params)).toEqual(expected)
  })

  test('roomLink and parseEntry agree for every room and the front door', () => {
    for (const id of ROOM_IDS) expect(parse({ q: enc(roomLink('https://xizhan.example/', id)) })).toEqual(room(id))
    expect(parse({ q: enc(roomLink('https://xizhan.example')) })).toEqual({ kind: 'home' })
  })
})

describe('entry links never throw on random and hostile input', () => {
  /** Deterministic PRNG (mulberry32) so a failure is reproducible from its index. */
  function prng(seed: number) {
    let a = seed
    return () => {
      a = (a + 0x6d2b79f5) | 0
      let t = Math.imul(a ^ (a >>> 15), 1 | a)
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }
  }
  const random = prng(20261126)
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]
  const FRAGMENTS = ['%', '%2', '%E0%A4%A', '%25', '%00', 'r=', '&', '=', '/r/', 'https://', 'http://x/', '\u0000', '\uD800',
    '\uFFFF', '法律', '🙂', ' ', '\n', '?', '#', '..', '__proto__', 'constructor', 'legal', 'javascript:', '<script>', '\\', '"']
  const randomString = () => {
    const length = Math.floor(random() * 40)
    let text = ''
    for (let i = 0; i < length; i++) {
      text += random() < 0.5 ? pick(FRAGMENTS) : String.fromCharCode(Math.floor(random() * 0xffff))
    }
    return text
  }
  const randomValue = (): unknown =>
    pick([randomString, randomString, randomString, () => 42, () => null, () => ({}), () => ['legal'], () => undefined])()

  test('10,000 random parameter sets: a target every time, rooms only from the known ids', () => {
    for (let i = 0; i < 10_000; i++) {
      const params = { id: random() < 0.3 ? randomValue() : undefined, q: random() < 0.5 ? randomValue() : undefined, scene: randomValue() }
      let target: EntryTarget | undefined
      expect(() => (target = parse(params))).not.toThrow()
      expect(['none', 'home', 'room', 'invalid']).toContain(target?.kind)
      if (target?.kind === 'room') expect(ROOM_IDS.has(target.roomId)).toBe(true)
    }
  })

  test('non-object options never throw', () => {
    for (const options of [undefined, null, 0, 'id=legal', [], () => 1, Symbol('x')]) {
      expect(() => parse(options)).not.toThrow()
    }
  })
})
