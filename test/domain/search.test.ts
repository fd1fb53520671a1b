import { centre } from '../../src/data/centre'
import { needs } from '../../src/data/needs'
import { resolveNeeds } from '../../src/domain/needs'
import { bestRoomFor, searchRooms } from '../../src/domain/search'
import { formatCapacity, groupPhone, maxCapacity, spokenPhone } from '../../src/domain/format'

const names = (query: Parameters<typeof searchRooms>[1]) => searchRooms(centre.rooms, query).map((room) => room.name)

describe('room search', () => {
  test.each([
    ['血压', ['老年活动室']],
    ['电钻', ['积分超市']],
    ['妇女之家', ['矛盾纠纷调解室']],
    ['心理咨询室', ['矛盾纠纷调解室']],
    ['国通语', ['理论宣讲平台']],
    ['党员远程教育', ['理论宣讲平台']],
    ['wi-fi', ['便民服务大厅']],
    ['  WI FI ', ['便民服务大厅']],
    ['法律 书籍', ['矛盾纠纷调解室']],
    ['游泳池', []],
  ])('%s → %j', (text, expected) => {
    expect(names({ text })).toEqual(expected)
  })

  test('an empty query lists every room in the article’s order', () => {
    expect(searchRooms(centre.rooms, { text: '' }).map((r) => r.id)).toEqual(centre.rooms.map((r) => r.id))
  })

  test.each([
    [10, 9],
    [30, 2],
    [50, 1],
  ])('≥%i people: %i rooms (by the most a room holds)', (minPeople, count) => {
    expect(names({ minPeople })).toHaveLength(count)
  })

  test('bestRoomFor prefers the room whose own facts say it, and answers null when nothing matches', () => {
    expect(bestRoomFor(centre.rooms, ['法律咨询', '法律法规'])?.id).toBe('legal')
    expect(bestRoomFor(centre.rooms, ['游泳'])).toBeNull()
  })
})

describe('我想… shortcuts', () => {
  test('each need leads to the room that serves it', () => {
    const byNeed = Object.fromEntries(resolveNeeds(needs, centre.rooms).map(({ need, roomId }) => [need.id, roomId]))
    expect(byNeed).toEqual({
      'social-security': 'service-hall',
      'legal-advice': 'legal',
      dispute: 'mediation',
      homework: 'after-school',
      'health-check': 'seniors',
      'tools-points': 'points-shop',
      deputy: 'deputy-reception',
      mandarin: 'lecture-hall',
      reading: 'reading',
    })
  })
})

describe('formats', () => {
  test('capacity as published', () => {
    expect(formatCapacity({ kind: 'range', min: 10, max: 30 })).toBe('10—30')
    expect(formatCapacity({ kind: 'exact', count: 12 })).toBe('12')
    expect(maxCapacity({ kind: 'exact', count: 12 })).toBe(12)
  })
  test('phone grouped 3-4-4', () => {
    expect(groupPhone('15001581253')).toBe('150 0158 1253')
    expect(groupPhone('12345')).toBe('12345')
  })
  test('phone spoken digit by digit, pausing between the groups', () => {
    expect(spokenPhone('15001581253')).toBe('1 5 0, 0 1 5 8, 1 2 5 3')
    expect(spokenPhone('12345')).toBe('1 2 3 4 5')
  })
})
