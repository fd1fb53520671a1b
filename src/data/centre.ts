/**
 * Every fact the app shows about the centre, copied exactly from the published article
 * (../shared/source/article.txt: 《阵地筑牢民生基 服务点亮群众家》, 库尔勒市融媒体中心, 2025-09-17).
 * Staff: change facts here and only here; README "Changing the facts" says how. Values the article does not
 * publish are marked as assumptions and say who must confirm them.
 */
import type { Centre, Room, SpecialDay } from '../../types/centre'

const rooms = [
  {
    id: 'service-hall',
    name: '便民服务大厅',
    otherNames: [],
    description:
      '作为党员群众的“贴心驿站”,提供全流程一站式服务。聚焦社保缴纳、退休认证等高频政务需求,专人协助梳理材料、对接流程、解读政策,免费提供打字复印、雨伞借用、手机充电等服务。',
    capacity: { kind: 'range', min: 10, max: 30 },
    equipment: {
      items: ['免费Wi-Fi', '咨询台', '休息座椅', '充电宝', '雨伞', '复印机', '图书杂志', '饮水机', '打码机'],
      partial: true,
    },
    scenarios: { items: ['日常业务办理', '政策咨询解答'], partial: true },
  },
  {
    id: 'deputy-reception',
    name: '人大代表接待室',
    otherNames: [],
    description:
      '社区人大代表定期坐班,与居民面对面拉家常、听诉求。从社区路灯维修到养老服务优化,逐条记录民生难题,及时反馈给相关部门,推动实事好事落地,让居民心声有回应、问题有解决。',
    capacity: { kind: 'range', min: 10, max: 15 },
    equipment: { items: ['桌椅', '饮水机'], partial: true },
    scenarios: { items: ['人大代表接待'], partial: false },
  },
  {
    id: 'reading',
    name: '图书阅览区',
    otherNames: [],
    description:
      '文学经典、科普读物、少儿绘本等健康书籍,满足群众阅读需求,让居民在墨香中汲取知识、交流感悟,成为滋养心灵的“精神粮仓”。',
    capacity: { kind: 'range', min: 10, max: 15 },
    equipment: { items: ['桌椅', '书籍'], partial: true },
    scenarios: { items: ['读书交流会', '学习研讨'], partial: true },
  },
  {
    id: 'mediation',
    name: '矛盾纠纷调解室',
    otherNames: ['心理咨询室', '妇女之家'],
    description:
      '聚焦邻里、家庭纠纷,以非诉讼调解为核心,提供专业思路技巧,联动社区调解员,耐心沟通化解矛盾。',
    capacity: { kind: 'range', min: 10, max: 12 },
    equipment: { items: ['沙发', '法律书籍', '减压玩具'], partial: true },
    scenarios: {
      items: ['调解矛盾纠纷', '心理疏导', '法律咨询', '反家暴科普', '手工编织', '家政技能培训'],
      partial: true,
    },
  },
  {
    id: 'after-school',
    name: '六点半小课堂',
    otherNames: [],
    description:
      '孩子放学后的“暖心驿站”,转岗教师、志愿者耐心辅导作业,返乡大学生教孩子们做手工、玩益智游戏等。',
    capacity: { kind: 'exact', count: 12 },
    equipment: { items: ['磁吸黑板', '桌椅', '教学用具', '图书资料', '手工材料'], partial: true },
    scenarios: { items: ['课后作业辅导', '兴趣培养'], partial: true },
  },
  {
    id: 'seniors',
    name: '老年活动室',
    otherNames: [],
    description:
      '提供麻将桌、围棋桌,供辖区老年人以棋会友、互唠家常。同时,配备血压仪、血糖仪、拐杖等用具,定期安排医护志愿者坐诊,为辖区老人提供健康义诊服务。',
    capacity: { kind: 'range', min: 10, max: 12 },
    equipment: {
      items: ['麻将桌', '围棋桌', '血压仪', '血糖仪', '体重秤', '床', '老花镜', '饮水机'],
      partial: true,
    },
    scenarios: { items: ['棋牌娱乐', '健康讲座', '义诊活动'], partial: true },
  },
  {
    id: 'points-shop',
    name: '积分超市',
    otherNames: [],
    description:
      '社区里的“文明加油站”,配备洗衣液、拖鞋、电饭锅等日常用品,通过参加活动、排查风险隐患等方式,进行积分并兑换家庭生活用品。同时为居民免费提供扳手、螺丝刀、电钻等工具借用服务,增添生活便利。',
    capacity: { kind: 'range', min: 8, max: 10 },
    equipment: { items: ['手套', '洗衣粉', '电焊机', '切割机', '电钻', '千斤顶'], partial: true },
    scenarios: { items: ['积分兑换', '临时借用工具'], partial: false },
  },
  {
    id: 'liaison',
    name: '社警企联络站',
    otherNames: [],
    description:
      '定期召开社企座谈会,了解并协调企业用工、场地安排等需求,帮助企业解决实际困难。联动社区民警、网格员,共同开展治安巡逻防控、安全教育宣传、矛盾纠纷化解等工作。',
    capacity: { kind: 'exact', count: 12 },
    equipment: { items: ['桌椅', '饮水机', '沙发'], partial: false },
    scenarios: { items: ['社企联络', '警社联络'], partial: true },
  },
  {
    id: 'lecture-hall',
    name: '理论宣讲平台',
    otherNames: ['党员远程教育平台', '国通语课堂'],
    description:
      '以“传思想、聚民心”为核心,邀请优秀党员讲解党的创新理论、惠民政策、时事热点,并结合社区案例互动答疑,让理论走进群众生活,凝聚思想共识。',
    capacity: { kind: 'range', min: 70, max: 80 },
    equipment: { items: ['桌椅', '投影仪'], partial: true },
    scenarios: { items: ['理论学习', '组织生活会', '在线学习', '国通语教学', '研讨交流'], partial: true },
  },
  {
    id: 'legal',
    name: '法律咨询室',
    otherNames: [],
    description:
      '居民身边的“法律贴心站”,党支部书记和“法律明白人”轮流坐班,耐心倾听居民诉求,解答居民在婚姻家庭、邻里纠纷、劳动用工、房屋租赁等领域的法律问题。',
    capacity: { kind: 'range', min: 4, max: 5 },
    equipment: { items: ['桌椅', '法律法规宣传手册'], partial: true },
    scenarios: { items: ['法律咨询', '法律法规宣传'], partial: true },
  },
] as const satisfies readonly Room[]

/** The opening hours (a module of its own so the pre-rendered page's inline status script carries only these). */
export const centreSchedule = {
  timeZone: 'Asia/Shanghai',
  utcOffsetMinutes: 480,
  seasons: [
    { id: 'summer', name: '夏季', starts: '05-01', hours: { opens: '10:00', closes: '23:00' } },
    { id: 'winter', name: '冬季', starts: '10-01', hours: { opens: '10:00', closes: '22:30' } },
  ],
  seasonDates: {
    assumed: true,
    note:
      '文章只公布了夏季、冬季的开放时间，没有公布换季日期。这里按新疆惯例（自治区每年的作息时间通知）' +
      '暂定 5月1日起为夏季、10月1日起为冬季，请中心工作人员确认。',
  },
  // Staff add closures and changed hours here, e.g. { date: '2027-01-29', closed: true, note: '春节闭馆' }.
  specialDays: [] as readonly SpecialDay[],
} as const satisfies Centre['schedule']

export const centre = {
  name: '上户镇西站社区党群服务中心',
  fullName: '库尔勒市上户镇西站社区党群服务中心',
  address: { city: '库尔勒市', town: '上户镇', street: '大墩子路12号' },
  floorAreaSquareMetres: 600,
  purpose: ['便民', '利民', '惠民'],
  declaredAreaCount: 11,
  rooms,
  schedule: centreSchedule,
  contact: { name: '阿斯耶·艾力木', phone: '15001581253' },
  location: {
    coordinateSystem: 'GCJ-02',
    latitude: 41.7996,
    longitude: 86.0789,
    approximate: true,
    note: '文章中的地图是图片，没有公布坐标。此位置为估算，到达附近后请按门牌“大墩子路12号”寻找；待中心确认后更新。',
  },
  transit: {
    line: '12路',
    alightAt: '桥头',
    walkMetres: 100,
    published: '可根据您所在的位置选择乘坐12路公交车,在桥头公交车站下车,步行100米左右即可到达。',
  },
  source: {
    title: '阵地筑牢民生基 服务点亮群众家',
    series: '【我身边的党群服务阵地】(梨城党建)',
    publisher: '库尔勒市融媒体中心',
    publishedOn: '2025-09-17',
  },
  factsCheckedOn: '2026-11-26',
} as const satisfies Centre

export type CentreData = typeof centre
