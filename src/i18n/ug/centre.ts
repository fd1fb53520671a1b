/**
 * Uyghur (ئۇيغۇرچە) translations of the centre's own facts (src/data/centre.ts): names, address, contact name,
 * the notes on assumed values, season names and the published bus directions.
 * Every entry stays reviewed: false until a native speaker at the centre has checked it (README.md here).
 */
import type { CentreTranslation, SeasonTranslations, TransitTranslation } from '../../../types/translation'

export const centreUg = {
  reviewed: false,
  name: 'شاڭخۇ بازىرى غەربىي ۋوگزال مەھەللىسى پارتىيە-ئاممىۋى مۇلازىمەت مەركىزى',
  fullName: 'كورلا شەھىرى شاڭخۇ بازىرى غەربىي ۋوگزال مەھەللىسى پارتىيە-ئاممىۋى مۇلازىمەت مەركىزى',
  address: 'كورلا شەھىرى شاڭخۇ بازىرى دادۇنزى يولى 12-نومۇر',
  /** 阿斯耶·艾力木, reconstructed from the Chinese characters: the centre must confirm the spelling she uses. */
  contactName: 'ئاسىيە ئەلىم',
  seasonDatesNote:
    'ماقالىدە پەقەت ياز ۋە قىش پەسلىدىكى ئېچىلىش ۋاقتىلا ئېلان قىلىنغان، پەسىل ئالمىشىش چېسلاسى ئېلان قىلىنمىغان. ' +
    'بۇ يەردە شىنجاڭنىڭ ئادىتى (ئاپتونوم رايوننىڭ ھەر يىلى ئېلان قىلىدىغان ئىش ۋاقتى ئۇقتۇرۇشى) بويىچە ' +
    '5-ئاينىڭ 1-كۈنىدىن باشلاپ ياز پەسلى، 10-ئاينىڭ 1-كۈنىدىن باشلاپ قىش پەسلى دەپ ۋاقىتلىق بېكىتىلدى. ' +
    'مەركەز خادىملىرىنىڭ جەزملەشتۈرۈپ بېرىشىنى سورايمىز.',
  locationNote:
    'ماقالىدىكى خەرىتە رەسىم بولۇپ، كوئوردىناتى ئېلان قىلىنمىغان. بۇ ئورۇن مۆلچەر بىلەن بەلگىلەنگەن. ' +
    'يېقىن ئەتراپقا يەتكەندىن كېيىن «دادۇنزى يولى 12-نومۇر» (大墩子路12号) دېگەن ئىشىك نومۇرىنى ئىزدەڭ؛ ' +
    'مەركەز جەزملەشتۈرگەندىن كېيىن يېڭىلىنىدۇ.',
} satisfies CentreTranslation

export const seasonsUg = {
  summer: { reviewed: false, text: 'ياز' },
  winter: { reviewed: false, text: 'قىش' },
} satisfies SeasonTranslations

export const transitUg = {
  reviewed: false,
  /** 桥头 "bridge head": what Uyghur-speaking residents are likely to call the stop; the bus shows 桥头. */
  alightAt: 'كۆۋرۈك بېشى',
  published:
    'تۇرۇۋاتقان ئورنىڭىزغا قاراپ 12-نومۇرلۇق ئاپتوبۇسقا ئولتۇرۇپ، «كۆۋرۈك بېشى» ئاپتوبۇس بېكىتىدە چۈشۈپ، ' +
    'تەخمىنەن 100 مېتىر پىيادە ماڭسىڭىزلا يېتىپ بارالايسىز.',
} satisfies TransitTranslation
