/**
 * Uyghur (ئۇيغۇرچە) labels for the home page's "我想…" shortcuts (src/data/needs.ts), keyed by need id.
 * Words match those used in rooms.ts, so a shortcut and the room it opens say the same thing.
 * Every entry stays reviewed: false until a native speaker at the centre has checked it (README.md here).
 */
import type { NeedId } from '../../data/needs'
import type { NamedTranslation } from '../../../types/translation'

export const needsUg = {
  'social-security': { reviewed: false, text: 'ئىجتىمائىي سۇغۇرتا پۇلى تاپشۇرۇش · پېنسىيە دەلىللەش' },
  'legal-advice': { reviewed: false, text: 'قانۇن مەسىلىسى' },
  dispute: { reviewed: false, text: 'قولۇم-قوشنا ماجىراسى · پىسخىك يېتەكلەش' },
  homework: { reviewed: false, text: 'بالىلارنىڭ تاپشۇرۇقىغا يېتەكچىلىك قىلىش' },
  'health-check': { reviewed: false, text: 'قان بېسىمى ئۆلچەش · ھەقسىز كېسەل كۆرۈش' },
  'tools-points': { reviewed: false, text: 'ئەسۋاب ئارىيەت ئېلىش · نومۇرغا بۇيۇم ئالماشتۇرۇش' },
  deputy: { reviewed: false, text: 'خەلق قۇرۇلتىيى ۋەكىلىگە ئەھۋال ئىنكاس قىلىش' },
  mandarin: { reviewed: false, text: 'دۆلەت ئورتاق تىلى ئۆگىنىش' },
  reading: { reviewed: false, text: 'كىتاب ئوقۇش · تەسىرات ئالماشتۇرۇش' },
} satisfies Partial<Record<NeedId, NamedTranslation>>
