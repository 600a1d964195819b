/**
 * The rule kinds, documented for the methodology page. Each check result
 * names its rule by id; `zh` is the rule's Chinese name shown with results,
 * `description` says what is compared, and `stated` / `computed` say what the
 * result's two values are.
 */
export interface RuleDoc {
  zh: string;
  description: string;
  /** What the result's `stated` value is. */
  stated: string;
  /** What the result's `computed` value is. */
  computed: string;
}

const WHOLE_AND_SUM = { stated: '文件写的总数（上级科目、合计）', computed: '文件写的各组成部分之和' };

export const RULES = {
  classification_tree: {
    zh: '分类科目上下级相加',
    description:
      '在同一张表（或同一段文字）里，按科目编码（不看名称）找上下级：功能分类 类（3位）＝所属各款（5位）之和，款＝所属各项（7位）之和；经济分类 类（3位）＝所属各款（5位）之和；表的“合计”行＝各类之和。表中空白的下级科目按未列出处理；正文中只列部分科目时，只检查下级之和不超过上级。',
    ...WHOLE_AND_SUM,
  },
  economic_split: {
    zh: '人员经费、公用经费与经济分类相符',
    description:
      '在基本支出经济分类明细表中，人员经费合计应等于工资福利支出（301）与对个人和家庭的补助（303）之和，公用经费合计应等于其余各类（商品和服务支出302、资本性支出310等）之和。',
    ...WHOLE_AND_SUM,
  },
  sum_parts: {
    zh: '总数等于各组成部分之和',
    description:
      '同一处（同一张表或同一段文字）写出的总数与其组成部分：基本支出＝人员经费＋公用经费；支出合计＝基本支出＋项目支出（及上缴上级、经营、对附属单位补助支出）；收入合计＝各项收入；收支总计＝本年合计＋结转结余；“三公”经费＝因公出国（境）费＋公务用车购置及运行维护费＋公务接待费；公务用车费＝购置费＋运行维护费；政府采购＝货物＋工程＋服务；固定资产原值＝净值＋累计折旧；资产＝负债＋净资产；编制数＝行政编制＋事业编制；实有人数＝在编＋其他在岗。按资金范围、阶段（年初预算、全年预算、决算）、项目和科目编码分别检查。表中空白的部分按未列出处理；正文中必须写出全部必需的部分才检查。若没有任何一处同时写出总数和各部分，就用各处最常见的数字核对一次。',
    ...WHOLE_AND_SUM,
  },
  project_list: {
    zh: '项目明细之和等于项目支出',
    description: '文件列出的各个项目金额（加上写明金额的涉密未公开部分）应等于项目支出总额；如果没有写明“其余”部分，列出的项目合计不得超过项目支出总额。',
    stated: '文件写的项目支出总额',
    computed: '列出的各项目金额（及涉密未公开部分）之和',
  },
  named_parts: {
    zh: '列明的组成部分不超过总数',
    description:
      '文件在某个总数下列出的部分（如公用经费中的差旅费、会议费、培训费，编辑时用 part_of 关联）相加不得超过该总数；若列出的部分正好构成一个完整的分解（如行政编制与事业编制之于编制数），则应相等。',
    stated: '文件写的总数',
    computed: '文件在其下列出的各部分之和',
  },
  same_quantity: {
    zh: '同一数字多处一致',
    description:
      '同一数量（相同概念、阶段、可比的资金范围、科目编码、项目）在不同地方（01–05表、正文说明、附件、汇总表、不同章节）出现时应相同。每处与“参照值”（出现最多的数字，并列时优先取表格、再取最早出现的）比较，而不是两两比较。同一处写出的两个不同数字视为不同的量（如年初与年末），不作比较。',
    stated: '被核对的这一处写的数字',
    computed: '参照值（同一数量在其他地方写得最多的数字）',
  },
  rate: {
    zh: '比率与金额相符',
    description:
      '文件写出的占比、执行率、控制率、到位率、增减率等，与用文件写出的分子、分母（of/base）算出的比率比较。四舍五入到所写小数位后相同为一致；考虑到分子分母本身也经过四舍五入（误差按区间传递到比率），再加上所写百分数最后一位的半个单位，仍能解释差异的为四舍五入误差。',
    stated: '文件写的百分比（增减率按增加为正、减少为负）',
    computed: '用文件写的分子、分母算出的百分比（比所写多保留两位小数）',
  },
  change: {
    zh: '增减额与前后金额相符',
    description: '文件写出的增减额（增加为正、减少为负）应等于两个被比较金额之差；误差为三个数字各自四舍五入误差之和。',
    stated: '文件写的增减额（增加为正、减少为负）',
    computed: '两个被比较金额之差',
  },
  indicator_weights: {
    zh: '指标分值之和',
    description:
      '绩效自评表中，同一一级指标下各三级指标的分值之和应等于该一级指标写明的分值；各一级指标分值之和应等于总分值。预算执行率（资金）部分的分值，有的表计入总分、有的另列，两种写法都接受。',
    stated: '写明的一级指标分值或总分值',
    computed: '下级指标（或各一级指标）分值之和',
  },
  indicator_score_cap: {
    zh: '得分不超过分值',
    description: '每个指标的得分不得超过其分值；未写指标分值时，一级指标下各指标得分之和不得超过该一级指标的分值。',
    stated: '分值（超出时）',
    computed: '得分（超出时）；全部未超出时两者皆空',
  },
  indicator_total_score: {
    zh: '各项得分之和等于总得分',
    description: '绩效自评表中各指标得分之和（按表的写法计入或不计入预算执行率部分）应等于表中写明的总得分。',
    stated: '写明的总得分',
    computed: '各指标得分之和',
  },
  indicator_execution: {
    zh: '绩效表中的执行率与资金执行情况相符',
    description: '绩效自评表中预算执行率一行（或指标）写的实际完成值，应与同一张表资金部分的执行数除以预算数相符；误差按比率的四舍五入规则计算。',
    stated: '绩效表写的实际执行率',
    computed: '执行数除以预算数算出的执行率',
  },
  statement: {
    zh: '文字表述与数字相符',
    description:
      '正文用文字作出的比较（如“决算数等于年初预算数”“与上年持平”“有所增加”），整理时记为“文字比较”并写明所比较的两个数字（of 与 base），再用这两个数字核对：说“等于、一致、持平”的，两数之差应在四舍五入误差以内；说“增加、增长”或“减少、下降”的，两数应朝所说方向相差，且超出四舍五入误差。',
    stated: '被比较的数字（of）',
    computed: '作比较基准的数字（base）',
  },
  standard_tables: {
    zh: '部门决算九张公开表齐全',
    description:
      '部门决算应公开公开01表至公开09表九张表（收入支出决算总表、收入决算表、支出决算表、财政拨款收入支出决算总表、一般公共预算财政拨款支出决算表、一般公共预算财政拨款基本支出决算明细表、政府性基金预算财政拨款收入支出决算表、国有资本经营预算财政拨款支出决算表、财政拨款“三公”经费支出决算表）。按原文中的表号（“公开07表”）或表名找表；表中没有任何数字的，应在表下说明（如“本表无数据”“没有使用……安排的支出”）。只适用于部门决算。',
    stated: '找到的表（有数据，或空表附说明）为 1，否则为 0',
    computed: '应公开的表：1',
  },
  required_sections: {
    zh: '部门决算情况说明齐全',
    description:
      '部门决算的文字说明应包括：收入支出决算总体情况，“三公”经费支出情况并说明增减原因，机关运行经费，政府采购支出（分货物、工程、服务，并写明授予中小企业合同金额及占比），国有资产占用情况，预算绩效情况和名词解释。按原文中的小标题找各部分（目录中的条目不算），正文不足十个字的部分按未写出处理。只适用于部门决算。',
    stated: '写出的必要内容项数',
    computed: '应写出的内容项数',
  },
  classification_depth: {
    zh: '支出分类细化到规定层级',
    description:
      '部门决算的支出功能分类应细化到“项”（7位科目编码），基本支出经济分类应细化到“款”（5位科目编码）。按整理录入的数字所带的科目编码判断。只适用于部门决算。',
    stated: '录入数字中最细的科目编码位数',
    computed: '规定的科目编码位数（功能分类7位，经济分类5位）',
  },
  evaluation_parts: {
    zh: '绩效自评报告要素齐全',
    description:
      '部门整体支出绩效自评报告应写出：资金情况（年初预算数、全年预算数、执行数、执行率），绩效指标表（每个三级指标有分值和得分），自评总分和评价等级，存在的问题和改进措施。按整理录入的数字、指标表和文字说明判断。只适用于绩效自评报告。',
    stated: '写出的要素项数',
    computed: '应写出的要素项数',
  },
} as const satisfies Record<string, RuleDoc>;

/** Rules about what a document contains (rather than whether its figures agree): the transparency scorecard reads them. */
export const STRUCTURAL_RULES = ['standard_tables', 'required_sections', 'classification_depth', 'evaluation_parts'] as const;

/** Whether a rule is structural (what the document contains) rather than about whether its figures agree. */
export const isStructuralRule = (rule: string): boolean => (STRUCTURAL_RULES as readonly string[]).includes(rule);

export type RuleId = keyof typeof RULES;
export const RULE_IDS = Object.keys(RULES) as RuleId[];

/**
 * How the checks work, for the methodology page: statuses, tolerance, funding
 * scopes, what is not checked. Chinese text, one paragraph each.
 */
export const METHOD_NOTES = {
  statuses: {
    zh: '核验结果',
    description:
      '一致：数字完全相符。尾数差异：差额不超过各数字公布精度所能解释的四舍五入误差，不算矛盾。不一致：差额超出四舍五入误差，是文件自身的矛盾。无法核对：参与核对的数字涉密未公开、本表无数据或文件没有写出，这样的数字不当作零。',
  },
  tolerance: {
    zh: '四舍五入误差怎么算',
    description:
      '每个公布的数字按它印出来的小数位数看作四舍五入的结果：写到两位小数的万元数（如89.93）可能是89.925到89.935之间的任何数，误差半个最小单位（0.005万元，即50元）；写到六位小数的万元数已精确到分，没有误差；没有小数的万元数（如15）按±0.5万元计。一次核对的允许误差是所有参与数字各自误差之和，例如三个两位小数的部分加一个两位小数的总数：4×0.005万元＝200元。百分比一定是除出来的，按所写最后一位的半个单位计误差，并把金额本身的四舍五入误差按区间传递到比率上。人数、个数是精确的；指标分值和得分为整数时是精确的，带小数时按最后一位的半个单位计。允许误差比所写最后一位的一个单位还宽时（几个数字的误差相加，或金额没有写小数，如“30万元”按29.5万至30.5万元计），核验说明写明最多可差多少；比率则写明按金额所写的位数算得的比率可在什么范围内。核验结果中与文件所载值比较的，或是本站按原文数字算出的数（标为“本站计算”），或是文件另一处写的数（标为“文件另一处所载”）。',
  },
  scopes: {
    zh: '资金范围',
    description:
      '“全部资金”“财政拨款”“一般公共预算财政拨款”的数字一般是不同的量，只有当文件表明单位没有其他资金（写明政府性基金、国有资本经营预算、事业收入、其他收入等为零或“本表无数据”，且没有任何一处写出这类资金的非零金额）时，才把它们以及未说明范围的数字当作同一个量比较；政府性基金和国有资本经营预算资金表明为零时，“财政拨款”与“一般公共预算财政拨款”视为同一个量。人数、得分等不分资金范围。',
  },
  places: {
    zh: '在哪里找组成部分',
    description:
      '总数与组成部分优先在同一处（同一张表或同一段文字）里找；表中空白的栏目不录入，按未列出处理；正文只有写出全部必需部分时才检查相等。同一处写出的两个不同数字（如年初与年末）按出现顺序分别配对。没有任何一处同时写出总数和全部组成部分时，用各处最常见的数字核对一次。',
  },
  duplicates: {
    zh: '避免重复报告',
    description:
      '同一数量在多处出现时，每处只与参照值比较一次，而不是两两比较；只出现一次的数字不产生核对。总数下只列出一个部分且未超过总数时不单列一条结果。已由“总数等于各组成部分之和”核对过的关联不再作为“列明的组成部分”重复核对。',
  },
} as const satisfies Record<string, { zh: string; description: string }>;
