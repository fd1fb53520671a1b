/**
 * Every UI string in Uyghur (ئۇيغۇرچە), the same keys as src/i18n/zh.ts. Short, plain and polite (سىز forms),
 * for elderly readers. Times, numbers and phone numbers stay as digits; dates read "5-ئاينىڭ 1-كۈنى".
 * Facts (room names, hours, the contact) are not here: they come from src/data and the other files in this folder.
 * Not reviewed yet by a native speaker at the centre: see README.md here.
 */
import type { StatusWords } from '../../domain/status-label'
import type { Messages } from '../zh'

const centreShort = 'غەربىي ۋوگزال مەھەللىسى پارتىيە-ئاممىۋى مۇلازىمەت مەركىزى'

const status: StatusWords = {
  open: 'ھازىر ئوچۇق',
  closingSoon: 'پات ئارىدا تاقىلىدۇ',
  closed: 'ھازىر تاقاق',
  // No case suffix after the time: its vowel harmony would depend on how the number is read aloud.
  closesAt: (time) => `تاقىلىش ۋاقتى ${time}`,
  closingAt: (time) => `سائەت ${time}`,
  opensAt: (day, time) => `${day} سائەت ${time} ئېچىلىدۇ`,
  noOpening: 'ھازىرچە ئېچىلىش ئورۇنلاشتۇرۇلمىغان، تېلېفون قىلىپ سوراڭ',
  today: 'بۈگۈن',
  tomorrow: 'ئەتە',
  weekdays: ['يەكشەنبە', 'دۈشەنبە', 'سەيشەنبە', 'چارشەنبە', 'پەيشەنبە', 'جۈمە', 'شەنبە'],
  monthDay: (month, day) => `${month}-ئاينىڭ ${day}-كۈنى`,
}

export const ug: Messages = {
  // zh.ts declares locale as the literal 'zh', so Messages only admits 'zh' here; widen it there to drop this cast.
  locale: 'ug',
  dir: 'rtl',
  status,
  tabs: { home: 'باش بەت', rooms: 'ئۆيلەر', visit: 'بېرىش', contact: 'ئالاقە' },
  common: {
    call: 'تېلېفون قىلىش',
    goThere: 'بۇ يەرگە بېرىش',
    rooms: 'مۇلازىمەت ئۆيلىرى',
    home: 'باش بەتكە قايتىش',
    beijingTime: 'بېيجىڭ ۋاقتى',
    xinjiangTime: (time: string) => `شىنجاڭ ۋاقتى ${time}`,
    // Ranges are isolated left-to-right (U+2066 … U+2069): in right-to-left text "10:00—22:30" would else read
    // as "22:30—10:00". Word joiners (U+2060) keep a range on one line.
    hours: (opens: string, closes: string) => `\u2066${opens}\u2060—\u2060${closes}\u2069`,
    people: (count: string) => `\u2066${count}\u2069 كىشى`,
    // Leading space: the room card appends this straight after the last item (zh 等 needs none).
    andMore: ' قاتارلىقلار',
    listSeparator: '، ',
    assumedNote: (topic: string, note: string) => `${topic} (تېخى ئېنىق ئەمەس): ${note}`,
  },
  prefs: {
    language: 'تىل',
    largeText: 'چوڭ خەت',
  },
  home: {
    todayHours: 'بۈگۈنكى ئېچىلىش ۋاقتى',
    season: (name: string) => `${name} پەسلى ئىش ۋاقتى`,
    closedToday: 'بۈگۈن ئېچىلمايدۇ',
    // The notices themselves are shown as published, in Chinese.
    noticesTitle: 'ئۇقتۇرۇش',
    needsTitle: 'نېمە ئىش قىلماقچىسىز؟',
    roomsSummary: (count: number) => `جەمئىي ${count} مۇلازىمەت ئۆيى`,
    address: 'ئادرېس',
    shareTitle: `${centreShort}: ئېچىلىش ۋاقتى، مۇلازىمەت ئۆيلىرى، ئالاقە تېلېفونى`,
  },
  rooms: {
    title: 'مۇلازىمەت ئۆيلىرى',
    searchPlaceholder: 'ئۆي، ئۈسكۈنە ياكى مۇلازىمەت ئىزدەڭ',
    searchLabel: 'ئىزدەش',
    clearSearch: 'ئۆچۈرۈش',
    capacityAll: 'ھەممىسى',
    // Words, not ≥: in right-to-left text the sign is mirrored and would read as ≤.
    capacityAtLeast: (n: number) => `كەم دېگەندە ${n} كىشى`,
    capacityFilterLabel: 'سىغىدىغان كىشى سانى بويىچە تاللاش',
    resultCount: (n: number) => `${n} ئۆي تېپىلدى`,
    empty: 'مۇناسىۋەتلىك ئۆي تېپىلمىدى',
    emptyHint: 'باشقا سۆز بىلەن ئىزدەپ بېقىڭ، مەسىلەن: «قان بېسىمى»، «كۆپەيتىش»، «قانۇن».',
    clearAll: 'ئىزدەش شەرتلىرىنى ئۆچۈرۈش',
    capacity: 'سىغىمى',
    shareTitle: `${centreShort}نىڭ مۇلازىمەت ئۆيلىرى`,
  },
  room: {
    otherNames: 'باشقا نامى',
    capacity: 'سىغىدىغان كىشى سانى',
    equipment: 'ئۈسكۈنىلەر',
    scenarios: 'نېمە ئىشلارغا ئىشلىتىلىدۇ',
    callHint: 'سوراش ئۈچۈن ئالاقىلىشىڭ:',
    notFound: 'بۇ ئۆي تېپىلمىدى',
    notFoundHint: 'ئىككى ئۆلچەملىك كودنىڭ ۋاقتى ئۆتكەن ياكى بۇزۇلغان بولۇشى مۇمكىن. تۆۋەندە مەركەزنىڭ ھەممە ئۆيلىرى بار:',
    shareTitle: (name: string) => `${centreShort} · ${name}`,
  },
  visit: {
    title: 'بېرىش',
    hoursTitle: 'ئېچىلىش ۋاقتى',
    current: 'ھازىرقى',
    seasonRange: (from: string, to: string) => `${from} — ${to}`,
    seasonDatesNote: 'پەسىل ئالمىشىش ۋاقتى',
    specialDaysTitle: 'يېقىنقى ئالاھىدە ئورۇنلاشتۇرۇشلار',
    specialClosed: 'ئېچىلمايدۇ',
    addressTitle: 'ئادرېس',
    addressHint: 'ئادرېسنى ئۇزۇن بېسىپ كۆچۈرەلەيسىز',
    navigate: 'يول باشلاش',
    openWebMap: 'خەرىتىدە ئېچىش',
    // 前往小程序 is WeChat's own button, which WeChat shows in Chinese, so it is quoted as the resident sees it.
    mapUnavailable:
      'دوستلار چەمبىرىكىدە ئاچقاندا يول باشلاشنى ئىشلەتكىلى بولمايدۇ. ' +
      'ئوڭ تەرەپ ئاستىدىكى «前往小程序» كۇنۇپكىسىنى بېسىپ، ئاندىن «يول باشلاش» كۇنۇپكىسىنى بېسىڭ؛ ' +
      'ياكى تۆۋەندىكى ئادرېس ۋە ئاپتوبۇس لىنىيەسى بويىچە بېرىڭ.',
    approximate: 'ئورۇن ھەققىدە ئىزاھات',
    busTitle: 'ئاپتوبۇس لىنىيەسى',
    // The data's line is written the Chinese way (12路): keep the number, say "No. 12 bus".
    busLine: (line: string) => `${line.replace(/\s*路$/, '')}-نومۇرلۇق ئاپتوبۇسقا ئولتۇرۇڭ`,
    busAlight: (stop: string) => `«${stop}» بېكىتىدە چۈشۈڭ`,
    busWalk: (metres: number) => `تەخمىنەن ${metres} مېتىر پىيادە ماڭسىڭىز يېتىپ بارىسىز`,
    shareTitle: `${centreShort}گە قانداق بارىمىز`,
  },
  contact: {
    title: 'ئالاقە',
    person: 'ئالاقىلىشىدىغان كىشى',
    callFailedTitle: 'تېلېفون ئۇلانمىدى',
    callFailed: (number: string) => `يانفونىڭىزدىن مۇنۇ نومۇرغا تېلېفون قىلىڭ: ${number}`,
    saveHint: 'نومۇرنى بېسىپ تۇرسىڭىز، كۆچۈرەلەيسىز ياكى تېلېفونىڭىزغا ساقلىيالايسىز',
    ok: 'ماقۇل',
    shareTitle: `${centreShort}نىڭ ئالاقە تېلېفونى`,
  },
  entry: {
    unusableLink: 'ئىككى ئۆلچەملىك كودنى تونۇغىلى بولمىدى، سىزگە باش بەت ئېچىلدى',
    unknownRoom: 'بۇ ئۆي تېپىلمىدى، سىزگە باش بەت ئېچىلدى',
  },
  source: (date: string) => `ئۇچۇر مەنبەسى: كورلا شەھەرلىك ئۇيغۇنلاشقان مېدىيا مەركىزى ${date}`,
}
