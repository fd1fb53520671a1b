/**
 * Domain types for the centre's facts. They are strict on purpose: a time like `25:00`, a month-day like `13-01`
 * or a room id that QR codes do not know is a compile error, not a bug found by a resident at the door.
 */

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9'
export type Hour = `${'0' | '1'}${Digit}` | `2${'0' | '1' | '2' | '3'}`
export type Minute = `${'0' | '1' | '2' | '3' | '4' | '5'}${Digit}`
/** A wall-clock time in Beijing time, `HH:mm`, 00:00–23:59. */
export type ClockTime = `${Hour}:${Minute}`

export type Month = `0${Exclude<Digit, '0'>}` | '10' | '11' | '12'
export type DayOfMonth = `0${Exclude<Digit, '0'>}` | `${'1' | '2'}${Digit}` | '30' | '31'
/** A calendar day without a year, `MM-DD`, used for season boundaries that repeat every year. */
export type MonthDay = `${Month}-${DayOfMonth}`
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = `${number}-${Month}-${DayOfMonth}`

/** Something the app states that the published article does not: the UI and README must say so. */
export interface Assumption {
  readonly assumed: true
  /** Why the value is what it is, and who must confirm it. */
  readonly note: string
}

export interface DailyHours {
  readonly opens: ClockTime
  readonly closes: ClockTime
}

export type SeasonId = 'summer' | 'winter'

export interface Season {
  readonly id: SeasonId
  /** As published: 夏季 / 冬季. */
  readonly name: string
  /** First day of the season, every year. The season lasts until the next season's start (may wrap the year end). */
  readonly starts: MonthDay
  readonly hours: DailyHours
}

/** A date that is closed, or open with other hours, overriding the season for that day only. */
export type SpecialDay =
  | { readonly date: IsoDate; readonly closed: true; readonly note: string }
  | { readonly date: IsoDate; readonly closed: false; readonly hours: DailyHours; readonly note: string }

export interface Schedule {
  /** All hours are Beijing time (UTC+8), whatever the phone's own time zone. */
  readonly timeZone: 'Asia/Shanghai'
  readonly utcOffsetMinutes: 480
  readonly seasons: readonly [Season, ...Season[]]
  /** The article publishes the hours but not the dates seasons change. */
  readonly seasonDates: Assumption
  readonly specialDays: readonly SpecialDay[]
}

/** A room's capacity as published: a range (10—30人) or a single number (12人). */
export type Capacity =
  | { readonly kind: 'range'; readonly min: number; readonly max: number }
  | { readonly kind: 'exact'; readonly count: number }

/** Stable ASCII ids: used in links, shares and door QR codes, so never rename one. */
export type RoomId =
  | 'service-hall'
  | 'deputy-reception'
  | 'reading'
  | 'mediation'
  | 'after-school'
  | 'seniors'
  | 'points-shop'
  | 'liaison'
  | 'lecture-hall'
  | 'legal'

/** A published list; `partial` is true where the article ends it with 等 ("and so on"). */
export interface PublishedList {
  readonly items: readonly [string, ...string[]]
  readonly partial: boolean
}

export interface Room {
  readonly id: RoomId
  readonly name: string
  /** The other names the article gives in brackets, e.g. 心理咨询室、妇女之家. */
  readonly otherNames: readonly string[]
  readonly description: string
  readonly capacity: Capacity
  readonly equipment: PublishedList
  readonly scenarios: PublishedList
}

export interface Contact {
  readonly name: string
  /** Mainland mobile number, 11 digits, no spaces. */
  readonly phone: string
}

export interface Address {
  readonly city: string
  readonly town: string
  readonly street: string
}

export interface Location {
  /** GCJ-02, the datum WeChat's map and openLocation use. */
  readonly coordinateSystem: 'GCJ-02'
  readonly latitude: number
  readonly longitude: number
  /** True until the centre has confirmed the point on a map. */
  readonly approximate: boolean
  readonly note: string
}

export interface TransitRoute {
  readonly line: string
  readonly alightAt: string
  readonly walkMetres: number
  /** The article's own sentence. */
  readonly published: string
}

export interface SourceArticle {
  readonly title: string
  readonly series: string
  readonly publisher: string
  readonly publishedOn: IsoDate
}

export interface Centre {
  readonly name: string
  readonly fullName: string
  readonly address: Address
  readonly floorAreaSquareMetres: number
  /** 便民、利民、惠民 */
  readonly purpose: readonly string[]
  /** The article says 11 function areas but describes 10; we show the 10 described. */
  readonly declaredAreaCount: number
  readonly rooms: readonly Room[]
  readonly schedule: Schedule
  readonly contact: Contact
  readonly location: Location
  readonly transit: TransitRoute
  readonly source: SourceArticle
  /** When staff last checked these facts against the centre. */
  readonly factsCheckedOn: IsoDate
}
