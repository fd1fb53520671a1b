/**
 * The staff page's words (Chinese only: staff work in Chinese). What the home page says in the preview is not
 * here: it comes from the app's own dictionary, src/i18n/zh.ts.
 */
import { UPDATES_LIMITS, type UpdatesProblem, type UpdatesRule } from '../domain/updates'
import type { Failure } from './server'

export const words = {
  title: '西站社区党群服务中心 · 发布开放安排和通知',
  intro: '在这里填写闭馆日、调整开放时间的日子和通知。点“发布”后几分钟内，小程序和网页就会显示。所有日期和时间都是北京时间。',
  loading: '正在读取当前发布的内容…',
  loadFailed: (reason: string) => `没有读到当前发布的内容：${reason}为免覆盖已发布的内容，请刷新页面再试。`,
  brokenLive: '当前发布的文件有错误，小程序会忽略它。已从空白开始，请重新填写后发布。',
  nothingPublished: '还没有发布过内容，从空白开始。',
  retry: '重新读取',
  specialDaysTitle: '闭馆和调整开放时间',
  specialDaysEmpty: '没有特别安排：按平常的开放时间。',
  addClosedDay: '＋ 添加闭馆日',
  addOtherHours: '＋ 添加调整开放时间的日子',
  day: (n: number) => `特别安排 ${n}`,
  date: '日期',
  kind: '安排',
  closed: '全天闭馆',
  otherHours: '调整开放时间',
  opens: '开门时间',
  closes: '关门时间',
  note: '说明（例如：春节闭馆）',
  noticesTitle: '通知',
  noticesEmpty: '没有通知。',
  addNotice: '＋ 添加通知',
  notice: (n: number) => `通知 ${n}`,
  noticeTitle: '标题',
  noticeBody: '内容',
  from: '从哪天开始显示',
  until: '显示到哪天（含这一天）',
  remove: '删除',
  previewTitle: '预览：首页会这样显示',
  previewDate: '日期',
  previewTime: '时间',
  previewInvalid: '内容有误，改好后才能预览。',
  problemsTitle: '发布前请先改好：',
  publishTitle: '发布',
  password: '工作人员密码',
  publish: '发布',
  publishing: '正在发布…',
  needPassword: '请先填写工作人员密码。',
  published: (at: string) => `已发布（${at}）。小程序和网页几分钟内就会显示新内容。`,
  historyNotSaved: (reason: string) => `已发布，但历史副本没有保存：${reason}`,
  historyTitle: '历史版本',
  showHistory: '查看历史版本',
  historyEmpty: '还没有历史版本。',
  restore: '载入这个版本',
  restored: (at: string) => `已载入 ${at} 的版本。检查无误后，填写密码并点“发布”即可恢复。`,
  historyFailed: (reason: string) => `没有读到历史版本：${reason}`,
}

/** A failed call, in words that say what to do. */
export const failureWords: Record<Failure, string> = {
  unauthorized: '密码不对。请检查后再试。',
  'too-large': '内容太多，服务器不接收。请删去一些通知或特别安排。',
  network: '网络连接失败，内容没有发出。请检查网络后再试，填写的内容都还在。',
  server: '服务器出错了，请稍后再试，填写的内容都还在。',
  'broken-file': '这个文件有错误，不能载入。',
}

const FIELDS: Record<string, string> = {
  version: '版本号',
  publishedAt: '发布时间',
  date: '日期',
  closed: '安排',
  hours: '开放时间',
  opens: '开门时间',
  closes: '关门时间',
  note: '说明',
  id: '编号',
  title: '标题',
  body: '内容',
  from: '开始日期',
  until: '结束日期',
}

/** 'specialDays.2.hours.opens' → 特别安排 3 · 开门时间 */
function placeOf(at: string): string {
  const [list, index, ...field] = at.split('.')
  const listName = list === 'specialDays' ? '特别安排' : list === 'notices' ? '通知' : FIELDS[list] ?? '文件'
  const item = index === undefined ? listName : `${listName} ${Number(index) + 1}`
  const last = field[field.length - 1]
  return last ? `${item} · ${FIELDS[last] ?? last}` : item
}

function ruleWords(rule: UpdatesRule, at: string): string {
  const field = at.split('.').pop() ?? ''
  const limit = (UPDATES_LIMITS as Record<string, number>)[field]
  switch (rule) {
    case 'json':
      return '不是完整的文件（可能没有传完）'
    case 'too-large':
      return '文件太大'
    case 'shape':
      return '没有填写或格式不对'
    case 'version':
      return '版本号应为 1'
    case 'timestamp':
      return '发布时间格式不对'
    case 'date':
      return '请选择一个存在的日期'
    case 'time':
      return '请填写 00:00 到 23:59 之间的时间'
    case 'required':
      return '不能为空'
    case 'too-long':
      return `太长了，最多 ${limit} 个字`
    case 'id':
      return '编号只能用字母、数字、- 和 _'
    case 'too-many':
      return `太多了，最多 ${limit} 条`
    case 'from-after-until':
      return '结束日期不能早于开始日期'
    case 'id-twice':
      return '有两条通知编号相同'
    case 'closes-not-after-opens':
      return '关门时间要晚于开门时间'
    case 'date-twice':
      return '同一天有两条安排，请删去一条'
  }
}

/** One sentence per problem, e.g. 特别安排 1 · 日期：请选择一个存在的日期 */
export function problemText(problem: UpdatesProblem): string {
  return `${placeOf(problem.at)}：${ruleWords(problem.rule, problem.at)}`
}
