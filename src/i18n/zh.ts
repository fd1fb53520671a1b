/**
 * Every Chinese UI string. Facts (room names, hours, the contact) are not here: they come from src/data.
 * Other locales must provide the same keys (checked by test/i18n).
 */
import type { StatusWords } from '../domain/status-label'

const status: StatusWords = {
  open: '开放中',
  closingSoon: '即将闭馆',
  closed: '已闭馆',
  closesAt: (time) => `${time} 闭馆`,
  closingAt: (time) => `${time}`,
  opensAt: (day, time) => `${day} ${time} 开放`,
  noOpening: '暂无开放安排，请电话咨询',
  today: '今天',
  tomorrow: '明天',
  weekdays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  monthDay: (month, day) => `${month}月${day}日`,
}

const common = {
  call: '拨打电话',
  goThere: '到这里去',
  rooms: '功能室',
  home: '回到首页',
  beijingTime: '北京时间',
  xinjiangTime: (time: string) => `新疆时间 ${time}`,
  hours: (opens: string, closes: string) => `${opens}—${closes}`,
  people: (count: string) => `${count}人`,
  andMore: '等',
  listSeparator: '、',
  /** A value the article does not publish, labelled as such: 换季日期（待确认）：… */
  assumedNote: (topic: string, note: string) => `${topic}（待确认）：${note}`,
}

const home = {
  todayHours: '今日开放',
  season: (name: string) => `${name}作息`,
  closedToday: '今日闭馆',
  noticesTitle: '通知',
  needsTitle: '我想…',
  roomsSummary: (count: number) => `共 ${count} 个功能室`,
  address: '地址',
  shareTitle: '西站社区党群服务中心：开放时间、功能室、联系电话',
}

export const zh = {
  locale: 'zh' as 'zh' | 'ug',
  dir: 'ltr' as 'ltr' | 'rtl',
  status,
  tabs: { home: '首页', rooms: '功能室', visit: '到访', contact: '联系' },
  common,
  prefs: {
    language: '语言',
    largeText: '大字',
  },
  home,
  rooms: {
    title: '功能室',
    searchPlaceholder: '搜索功能室、设备或服务',
    searchLabel: '搜索',
    clearSearch: '清除',
    capacityAll: '不限人数',
    capacityAtLeast: (n: number) => `≥${n}人`,
    capacityFilterLabel: '按容纳人数筛选',
    resultCount: (n: number) => `找到 ${n} 个功能室`,
    empty: '没有找到相关的功能室',
    emptyHint: '换个词试试，比如“血压”“复印”“法律”。',
    clearAll: '清除搜索条件',
    capacity: '容纳',
    shareTitle: '西站社区党群服务中心的功能室',
  },
  room: {
    otherNames: '又称',
    capacity: '容纳人数',
    equipment: '配备设备',
    scenarios: '适用场景',
    callHint: '咨询请联系',
    notFound: '没有找到这个功能室',
    notFoundHint: '二维码可能已经过期或被损坏。下面是中心的全部功能室：',
    shareTitle: (name: string) => `西站社区党群服务中心 · ${name}`,
  },
  visit: {
    title: '到访',
    hoursTitle: '开放时间',
    current: '当前',
    seasonRange: (from: string, to: string) => `${from}—${to}`,
    seasonDatesNote: '换季日期',
    specialDaysTitle: '近期特别安排',
    specialClosed: '闭馆',
    addressTitle: '地址',
    addressHint: '长按地址可以复制',
    navigate: '导航',
    openWebMap: '在地图中打开',
    mapUnavailable: '在朋友圈里打开时不能使用导航。请点右下角“前往小程序”后再点导航，或按下面的地址和公交路线前往。',
    approximate: '位置说明',
    busTitle: '公交路线',
    busLine: (line: string) => `乘坐 ${line} 公交车`,
    busAlight: (stop: string) => `在 ${stop} 公交车站下车`,
    busWalk: (metres: number) => `步行 ${metres} 米左右即可到达`,
    shareTitle: '怎么去西站社区党群服务中心',
  },
  contact: {
    title: '联系',
    person: '咨询联系人',
    callFailedTitle: '没有拨通',
    callFailed: (number: string) => `请用手机拨打：${number}`,
    saveHint: '长按号码可以复制或存入通讯录',
    ok: '知道了',
    shareTitle: '西站社区党群服务中心联系电话',
  },
  entry: {
    unusableLink: '二维码无法识别，已为您打开首页',
    unknownRoom: '没有找到这个功能室，已为您打开首页',
  },
  source: (date: string) => `信息来源：库尔勒市融媒体中心 ${date}`,
}

/** The status area's words alone, for the pre-rendered home page's inline script (src/web/first-paint-status.ts). */
export const zhStatusArea = { status, common, home }

export type Messages = typeof zh
