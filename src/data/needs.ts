/**
 * "我想…" shortcuts on the home page. A need names no room: it carries words from the published facts, and
 * src/domain/needs.ts finds the room whose facts match them best, so a change to the rooms moves the shortcut too.
 * Every keyword must occur in some room's published facts (checked by test/data/needs.test.ts).
 */
export interface Need {
  /** Stable id, also the key of the need's translations. */
  readonly id: string
  readonly label: string
  readonly keywords: readonly [string, ...string[]]
}

export const needs = [
  { id: 'social-security', label: '社保缴纳·退休认证', keywords: ['社保缴纳', '退休认证'] },
  { id: 'legal-advice', label: '法律问题', keywords: ['法律咨询', '法律法规'] },
  { id: 'dispute', label: '邻里纠纷·心理疏导', keywords: ['纠纷', '心理疏导'] },
  { id: 'homework', label: '孩子作业辅导', keywords: ['辅导作业', '课后作业辅导'] },
  { id: 'health-check', label: '量血压·义诊', keywords: ['血压', '义诊'] },
  { id: 'tools-points', label: '借工具·积分兑换', keywords: ['工具借用', '积分兑换'] },
  { id: 'deputy', label: '向人大代表反映', keywords: ['人大代表'] },
  { id: 'mandarin', label: '学国通语', keywords: ['国通语'] },
  { id: 'reading', label: '看书·读书交流', keywords: ['书籍', '读书交流会'] },
] as const satisfies readonly Need[]

export type NeedId = (typeof needs)[number]['id']
