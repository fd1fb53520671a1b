/**
 * The home page's "我想…" shortcuts carry words, not rooms: every word must occur in some room's published facts
 * (name, other names, description, equipment, scenarios), or the shortcut would lead nowhere.
 */
import { centre } from '../../src/data/centre'
import { needs } from '../../src/data/needs'
import type { Room } from '../../types/centre'

const rooms: readonly Room[] = centre.rooms

function factsOf(room: Room): string[] {
  return [room.name, ...room.otherNames, room.description, ...room.equipment.items, ...room.scenarios.items]
}

describe('needs', () => {
  test('there are shortcuts', () => {
    expect(needs.length).toBeGreaterThan(0)
  })

  test('ids are unique ASCII kebab-case', () => {
    const ids = needs.map((n) => n.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  test('labels are non-empty and distinct', () => {
    const labels = needs.map((n) => n.label)
    for (const label of labels) expect(label.trim()).not.toBe('')
    expect(new Set(labels).size).toBe(labels.length)
  })

  test.each(needs.flatMap((n) => n.keywords.map((k) => [n.id, k] as const)))(
    '%s: keyword %s occurs in some room’s published facts',
    (_id, keyword) => {
      expect(keyword.trim()).toBe(keyword)
      expect(keyword).not.toBe('')
      const matching = rooms.filter((room) => factsOf(room).some((fact) => fact.includes(keyword)))
      expect(matching.map((r) => r.id)).not.toEqual([])
    },
  )
})
