/**
 * Translations of the centre's facts, kept apart from the seed facts (src/data) and keyed by the data's ids, one
 * file per kind so the centre's staff can review them. Chinese (the data itself) is the fallback for anything
 * missing; test/i18n lists what is missing.
 */
import type { RoomId, SeasonId } from './centre'

export interface Reviewable {
  /** false until a native speaker at the centre has checked this entry (README: "Reviewing translations"). */
  readonly reviewed: boolean
}

export interface RoomTranslation extends Reviewable {
  readonly name: string
  readonly otherNames: readonly string[]
  readonly description: string
  /** Same order and length as the room's published equipment items. */
  readonly equipment: readonly string[]
  /** Same order and length as the room's published scenarios. */
  readonly scenarios: readonly string[]
}

export type RoomTranslations = Partial<Record<RoomId, RoomTranslation>>

export interface NamedTranslation extends Reviewable {
  readonly text: string
}

export type SeasonTranslations = Partial<Record<SeasonId, NamedTranslation>>

export interface CentreTranslation extends Reviewable {
  readonly name: string
  readonly fullName: string
  readonly address: string
  readonly contactName: string
  readonly seasonDatesNote: string
  readonly locationNote: string
}

export interface TransitTranslation extends Reviewable {
  /** The stop's name as residents say it; the Chinese name is shown beside it for the bus display. */
  readonly alightAt: string
  readonly published: string
}
