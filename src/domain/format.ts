/** Display formats for facts; pure. */
import type { Address, Capacity, MonthDay } from '../../types/centre'

/** As published: 10—30 or 12 (the caller adds 人 in the reader's language). */
export function formatCapacity(capacity: Capacity): string {
  return capacity.kind === 'range' ? `${capacity.min}—${capacity.max}` : String(capacity.count)
}

/** The most people a room holds, for "≥ N people" filters. */
export function maxCapacity(capacity: Capacity): number {
  return capacity.kind === 'range' ? capacity.max : capacity.count
}

/** The address as written in Chinese: 库尔勒市上户镇大墩子路12号. */
export function formatAddress(address: Address): string {
  return `${address.city}${address.town}${address.street}`
}

/** A mainland mobile number grouped 3-4-4 for reading aloud: 150 0158 1253. */
export function groupPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  return digits.length === 11 ? `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}` : phone
}

/**
 * A mainland mobile number as a screen reader should say it: digit by digit, with a pause between the 3-4-4 groups
 * (1 5 0, 0 1 5 8, 1 2 5 3) — left as one word, 15001581253 is read as a number in the billions.
 */
export function spokenPhone(phone: string): string {
  const spaced = (group: string) => group.split('').join(' ')
  return groupPhone(phone).split(' ').map(spaced).join(', ')
}

/** 05-01 → { month: 5, day: 1 } */
export function monthDayParts(monthDay: MonthDay): { month: number; day: number } {
  const [month, day] = monthDay.split('-').map(Number)
  return { month, day }
}

/** A phone number as a link that dials it (the web's call action works even before any script runs). */
export function telLink(phone: string): string {
  return `tel:${phone}`
}
