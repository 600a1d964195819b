/**
 * Names for the synthetic corpus: provinces, prefectures, counties and towns
 * made of common place-name characters (distinct by construction: the i-th
 * name is a bijective scramble of i over the character pools), and county
 * department types with the words of their line of work, which stand in for
 * the seeds' 网信 vocabulary so each department's text reads like its own.
 */

const FIRST = '青白石金龙凤云松桃柳梅兰竹安平和永丰富宁泰康新东西南北长高清明华阳溪岭塘源泉林峰沙湘澧沅资汨浏岳衡邵郴娄怀岑澄';
const SECOND = '山川河湖江水城田坪洲坝口溪岗冈陵原桥塘湾港浦渡峪台庄集营屯堡镇关岭谷林源泉乡阳阴头尾湄浔汀沱滩矶埠圩垸垭冲';
const THIRD = '上下中前后大小新老东西南北';

/** A distinct two- (or three-) character place name for index i of a namespace (salt keeps namespaces apart). */
export function placeName(i: number, salt: number): string {
  const a = FIRST.length;
  const b = SECOND.length;
  const space = a * b;
  // 7919 is prime and coprime with the pool sizes: i ↦ (i·7919 + salt) mod space is a bijection.
  const j = ((((i % space) * 7919 + salt) % space) + space) % space;
  const base = FIRST[j % a] + SECOND[Math.floor(j / a)];
  const round = Math.floor(i / space);
  return round === 0 ? base : THIRD[(round - 1) % THIRD.length] + base + (round > THIRD.length ? String(round) : '');
}

export interface SynthDepartment {
  /** Department type id in the synthetic registry (syn01 …). */
  id: string;
  /** The name people use (农业农村局). */
  name: string;
  /** The short form in a title (农业农村局 is its own short form; 人社局 for 人力资源和社会保障局). */
  short: string;
  en: string;
  /** Words of its line of work, used in its narrative and project names. */
  words: string[];
}

const DEPARTMENTS: [string, string, string, string][] = [
  ['农业农村局', '农业农村局', 'Agriculture and rural affairs', '耕地保护 高标准农田 种子 农机 灌溉 畜禽养殖 农产品质量 乡村振兴 农技推广 动物防疫'],
  ['教育局', '教育局', 'Education', '义务教育 校舍维修 营养改善 教师培训 学前教育 课后服务 校园安全 控辍保学 职业教育 教研'],
  ['卫生健康局', '卫健局', 'Health', '疫苗接种 基本公卫 家庭医生 妇幼保健 疾病预防 健康档案 医疗服务 爱国卫生 计划免疫 老年健康'],
  ['水利局', '水利局', 'Water resources', '河道治理 饮水安全 山塘清淤 防汛抗旱 水土保持 河长制 灌区改造 堤防加固 水库巡查 节水'],
  ['自然资源局', '自然资源局', 'Natural resources', '国土空间规划 不动产登记 地质灾害 耕地占补 测绘 矿产 土地整治 林地 确权 用地审批'],
  ['住房和城乡建设局', '住建局', 'Housing and construction', '老旧小区 危房改造 保障性住房 市政道路 燃气安全 建筑工地 污水管网 物业管理 城镇供水 排涝'],
  ['交通运输局', '交通局', 'Transport', '农村公路 道路养护 客运站 桥梁检测 超限治理 公交 危桥改造 路政 运输安全 物流'],
  ['民政局', '民政局', 'Civil affairs', '低保 特困供养 养老服务 儿童福利 殡葬改革 社会救助 婚姻登记 社区治理 残疾人补贴 临时救助'],
  [
    '人力资源和社会保障局',
    '人社局',
    'Human resources and social security',
    '就业创业 技能培训 社保卡 劳动监察 人才引进 工伤保险 养老保险 职称评审 农民工 公益性岗位',
  ],
  ['市场监督管理局', '市场监管局', 'Market regulation', '食品安全 特种设备 计量检定 商标 价格监督 药品监管 市场主体 质量抽检 知识产权 广告监测'],
  ['应急管理局', '应急局', 'Emergency management', '安全生产 防灾减灾 应急演练 危化品 森林防火 救灾物资 隐患排查 应急预案 地震 消防'],
  ['生态环境分局', '生态环境分局', 'Ecology and environment', '大气污染 水质监测 固体废物 环评 噪声 土壤 黑臭水体 排污许可 环境执法 秸秆禁烧'],
  ['文化旅游广电体育局', '文旅广体局', 'Culture, tourism and sport', '非遗 景区 全民健身 图书馆 文物保护 广播电视 送戏下乡 旅游推介 体育赛事 农家书屋'],
  ['司法局', '司法局', 'Justice', '法律援助 人民调解 社区矫正 普法 公证 法治宣传 安置帮教 律师 行政复议 基层法治'],
  ['审计局', '审计局', 'Audit', '审计项目 经济责任 预算执行 专项资金 审计整改 投资审计 离任审计 内部审计 财务收支 绩效审计'],
  ['统计局', '统计局', 'Statistics', '经济普查 人口抽样 统计调查 农业普查 数据质量 统计执法 住户调查 名录库 价格调查 统计分析'],
  ['商务局', '商务局', 'Commerce', '招商引资 外贸 电子商务 消费促进 市场体系 家政服务 外资 成品油 商贸流通 展会'],
  ['发展和改革局', '发改局', 'Development and reform', '重点项目 价格监测 粮食储备 节能 项目申报 以工代赈 社会信用 规划编制 能源 营商环境'],
  ['工业和信息化局', '工信局', 'Industry and IT', '工业园区 中小企业 技改 产业链 通信基站 专精特新 节能降耗 企业帮扶 数字经济 用电'],
  ['科学技术局', '科技局', 'Science and technology', '科技特派员 高新技术企业 科普 成果转化 研发投入 科技项目 创新平台 知识产权 农业科技 人才'],
  ['退役军人事务局', '退役军人局', 'Veterans affairs', '优抚 退役安置 烈士纪念 双拥 就业培训 光荣牌 服务站 帮扶援助 军休 褒扬'],
  ['医疗保障局', '医保局', 'Healthcare security', '医保基金 异地就医 医疗救助 参保 药品集采 门诊统筹 基金监管 待遇保障 定点医药 支付方式'],
  ['林业局', '林业局', 'Forestry', '植树造林 森林防火 林长制 病虫害防治 古树名木 天然林 湿地 野生动物 苗圃 林下经济'],
  ['城市管理综合执法局', '城管局', 'Urban management', '市容环卫 垃圾分类 违建整治 园林绿化 路灯 占道经营 渣土 公厕 停车 户外广告'],
  ['行政审批服务局', '行政审批局', 'Administrative approvals', '一网通办 政务大厅 帮代办 证照 审批事项 窗口服务 好差评 网上办 容缺受理 企业开办'],
  ['信访局', '信访局', 'Petitions', '来信来访 矛盾纠纷 领导接访 积案化解 网上信访 信访事项 群众诉求 回访 调处 稳控'],
  ['机关事务服务中心', '机关事务中心', 'Government offices', '公务用车 办公用房 节约型机关 食堂 物业 会务 公共机构节能 资产处置 安保 维修'],
  ['融媒体中心', '融媒体中心', 'County media centre', '新闻采编 短视频 客户端 直播 广播 电视节目 新闻稿件 融媒 宣传报道 舆论引导'],
  ['档案馆', '档案馆', 'Archives', '档案接收 数字化 库房 查档 档案征集 修志 史料 档案安全 鉴定 编研'],
  ['总工会', '总工会', 'Trade union', '职工之家 困难职工 劳模 技能竞赛 送温暖 女职工 职工疗休养 工会会员 法律服务 普惠服务'],
  ['妇女联合会', '妇联', "Women's federation", '妇女儿童 家庭教育 巾帼 维权 两癌筛查 留守儿童 最美家庭 妇女创业 家风 关爱'],
  ['共青团县委', '团县委', 'Youth league', '青年志愿者 少先队 希望工程 青少年 团组织 青年创业 暑期实践 助学 青年之家 关爱留守'],
  ['科学技术协会', '科协', 'Science association', '科普宣传 科技馆 院士工作站 学会 科普大篷车 青少年科技 科普基地 农村科普 科技工作者 科普日'],
  ['残疾人联合会', '残联', 'Disabled persons federation', '康复救助 辅具适配 残疾人就业 无障碍 托养 残疾证 盲人按摩 残疾儿童 助残 评残'],
  ['供销合作社', '供销社', 'Supply and marketing cooperative', '农资供应 庄稼医院 冷链 电商服务站 农产品收购 基层社 再生资源 专业合作社 日用品 配送'],
  ['公安局', '公安局', 'Public security', '治安巡逻 交通管理 户籍 反诈 禁毒 视频监控 出入境 警务室 消防监督 刑侦'],
  ['财政局', '财政局', 'Finance', '预算编制 国库集中支付 政府采购 绩效评价 债务管理 资产管理 财政监督 惠民惠农 乡镇财政 会计管理'],
  ['乡村振兴局', '乡村振兴局', 'Rural revitalisation', '防返贫监测 产业帮扶 驻村帮扶 小额信贷 易地搬迁 帮扶车间 消费帮扶 雨露计划 光伏 就业帮扶'],
  ['粮食和物资储备局', '粮食局', 'Grain and reserves', '粮食收购 储备粮 仓储 粮油质量 应急保供 粮库 最低收购价 轮换 物资储备 粮情'],
  ['气象局', '气象局', 'Meteorology', '天气预报 人工增雨 雷电防护 预警信息 自动气象站 农业气象 气象灾害 观测 防雹 气候'],
];

export const DEPARTMENT_TYPES: SynthDepartment[] = DEPARTMENTS.map(([name, short, en, words], i) => ({
  id: `syn${String(i + 1).padStart(2, '0')}`,
  name,
  short,
  en,
  words: words.split(' '),
}));

/** Words any department's text may use for the seeds' generic work words. */
export const COMMON_WORDS =
  '督查 调研 台账 考核 专题会议 联席会议 责任制 工作机制 信息报送 队伍建设 作风建设 业务培训 宣讲 走访 整改 排查 巡查 督办 规范化 标准化 数字化 网格化 示范点 试点 服务站 工作站 志愿服务 群众满意度 办结率 覆盖率'.split(
    ' ',
  );

/** Project name endings. */
export const PROJECT_ENDINGS = ['项目', '专项经费', '工作经费', '建设项目', '运行经费', '补助资金', '提质改造项目', '专项行动经费'];
