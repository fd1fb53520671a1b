/**
 * What each poster says, taken from the app's own modules: the facts from src/data/centre.ts and the link rule
 * from src/domain/entry-link.ts (roomLink, parseEntry). Nothing here restates a fact.
 */
const { requireTs } = require('./load-ts')
const { PosterError } = require('./config')

const FRONT_DOOR = 'front-door'

function loadApp() {
  const { centre } = requireTs('src/data/centre')
  const { roomLink, parseEntry } = requireTs('src/domain/entry-link')
  return { centre, roomLink, parseEntry }
}

function shiftClock(clock, minutes) {
  const [h, m] = clock.split(':').map(Number)
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

/** Both seasons' hours as published (Beijing time), each also in 新疆时间 (UTC+6) for phones set to it. */
function hoursLines(schedule) {
  const toXinjiang = 360 - schedule.utcOffsetMinutes
  return schedule.seasons.map((season) => ({
    season: season.name,
    beijing: `${season.hours.opens}—${season.hours.closes}`,
    xinjiang: `${shiftClock(season.hours.opens, toXinjiang)}—${shiftClock(season.hours.closes, toXinjiang)}`,
  }))
}

/**
 * The link printed in a poster's QR code, checked against the app's own parser: a poster whose code the app would
 * not open on the right page is never drawn.
 */
function checkedLink(app, baseUrl, roomId, roomIds) {
  const link = app.roomLink(baseUrl, roomId)
  const target = app.parseEntry({ q: encodeURIComponent(link) }, roomIds)
  const ok = roomId ? target.kind === 'room' && target.roomId === roomId : target.kind === 'home'
  if (!ok) {
    throw new PosterError(`The app would not open ${roomId ?? 'the front door'} from ${link} (it reads ${JSON.stringify(target)})`)
  }
  return link
}

/**
 * One entry per poster: the front door first, then every room in the data module's order.
 * `uyghur` is { centreName?, roomNames: { [roomId]: string } } (see uyghur.js); missing names are simply omitted.
 */
function posterContents({ app = loadApp(), baseUrl, uyghur = { roomNames: {} } }) {
  const { centre } = app
  const roomIds = new Set(centre.rooms.map((room) => room.id))
  const shared = {
    centreName: centre.fullName,
    centreNameUg: uyghur.centreName,
    hours: hoursLines(centre.schedule),
    address: `${centre.address.city}${centre.address.town}${centre.address.street}`,
    contact: `${centre.contact.name} ${centre.contact.phone}`,
  }
  const frontDoor = {
    ...shared,
    key: FRONT_DOOR,
    roomId: undefined,
    title: '服务指南',
    // 便民 · 利民 · 惠民: the centre's published purpose.
    otherNames: [...centre.purpose],
    uyghurName: undefined,
    hint: '查看开放时间、功能室和联系方式',
    link: checkedLink(app, baseUrl, undefined, roomIds),
  }
  const rooms = centre.rooms.map((room) => ({
    ...shared,
    key: room.id,
    roomId: room.id,
    title: room.name,
    otherNames: [...room.otherNames],
    uyghurName: uyghur.roomNames?.[room.id],
    hint: '查看本室介绍和开放时间',
    link: checkedLink(app, baseUrl, room.id, roomIds),
  }))
  return [frontDoor, ...rooms]
}

module.exports = { posterContents, loadApp, hoursLines, FRONT_DOOR }
