"""Whether a piece of a plan ACTS: says that something is done (a step), not what is, what is meant, what is
promised, whom to call or what the complainant must do.

One test, read by the step reader (steps.py: which clause of a sentence is an act, where a sentence is parted) and
by the pass that turns paragraphs left unmapped into steps (extract._unmapped_acts):

    clause_acts("并及时通知客户")          -> True    a clause (no comma inside) that acts by its grammar
    shows_act("客服部应在当日回复")        -> True    the same, or a modal, or a verb of handling first
    sentence_acts("保持通讯畅通")          -> True    a whole sentence of a paragraph nobody else read
    sentence_acts("本预案所称投诉是指…")   -> False   a definition
    verb_clause("应立即解决")              -> True    a verb at the clause's head, after any subject, modal, adverb
    acts_inside("值班员应赶赴现场并及时通知班组") -> [8]  where a second act starts with no comma before it

A text in traditional characters is read in simplified ones before it reaches here (hant.read_simplified), so
every word below is written in simplified characters only.
"""

from __future__ import annotations

from plancraft.importer import recache as re

from . import vocab
from .roles import post_spans, posts_in, unit_spans
from .text import _PURPOSE_START, _deadline_in

# -- what is no act, whatever its verbs

PROMISE = re.compile(r"\b(?:promise|pledge|commit(?:ment)?s?|our values|we believe)\b|承诺|宗旨|服务理念", re.IGNORECASE)

# 学院成立应急处置工作领导小组，负责…: a group set up and its charge (the organisation), not a step
GROUP_SET_UP = re.compile(
    r"^[^，,。；;]{0,16}(?<!立即)(?<!迅速)(?:成立|设立|组建)[^，,。；;]{2,30}(?:小组|委员会|指挥部|工作组|办公室)[，,]\s*(?:由[^，,。]{2,20})?负责"
)

# What the complainant may do (you can ask for a review, 客户可通过电话…提出): an option, not a step of the procedure.
YOUR_OPTION = re.compile(
    r"^(?:(?:if|when|where)\b[^,]{2,120},\s*)?you\s+(?:can|may|could|might|are able to|are entitled to|have the right to)\b"
    # you may be contacted / asked / sent …: what we do to the complainant, said the other way round
    r"(?!\s+(?:also\s+)?be\s+(?:contacted|asked|invited|called|visited|sent|offered|given|told|informed|updated))|"
    r"^visit\b|^(?:[^，,。；;]{2,30}[，,])?(?:客户|投诉人|患者|消费者|您|旅客|乘客|游客|业主|用户|来访人|当事人|市民|居民|群众)"
    # 乘客可拨打服务热线投诉, 客户可直接到网点反映: a way to complain the complainant may take
    r"[^，,。]{0,10}(?:可(?:以|通过|向|拨打|致电|来电|直接|到|前往|登录|发送|来信|写信|采用|选择)|有权)|"
    # 如您对处理结果不满意，可以向…投诉: the complainant, named in the condition, may go on
    r"^(?:如果?|若|倘若)?(?:您|客户|投诉人|消费者)[^，,。；;]{0,30}[，,]\s*(?:您?(?:还)?(?:可以|可|有权))",
    re.IGNORECASE,
)

# What an organisation should build or improve (应建立…机制, 不断完善…制度, 加强…培训, 提高…意识): policy, not a step.
POLICY = re.compile(
    r"^[^，,；;]{0,12}?(?:应当?|应该|需要|要|须|必须|不断|进一步|积极)?(?:建立|健全|完善|制定|加强|提高|注重|重视|树立|增强|强化|"
    r"培养|提升)(?!的)[^，,。；;《]{0,24}?(?:机制|制度|体系|预案|意识|能力|水平|理念|文化|建设|素质|观念)"
)

DUTY = re.compile(r"^[^，,；;。]{2,24}?(?:负责|主管|分管|牵头负责)(?!人)")

# 该小组由…组成 / 主要职责是… / 是…的职能部门: what a body is made of and charged with (the organisation), not acts
ORG_TEXT = re.compile(
    r"由[^。；;]{2,40}组成|(?:主要|工作)?职责(?:是|为|包括|有)|(?:是|为|作为)[^，,。；;]{0,20}(?:职能|主管|归口管理)部门"
)

READER_ACTS = re.compile(r"^(?:[^,;]{0,80},\s*)?(?:you|please)\b", re.IGNORECASE)

# what no step says: a definition, contact details, the plan or its principles talked about, a commitment
NOT_AN_ACT = re.compile(
    # a phone as contact details, not the manner of an act (made to you in person or on the phone) nor its verb
    r"是指|指的是|系指|\bmeans\b|\brefers? to\b|(?<!on the )\bphone\b(?!\s+(?:the|them|him|her|back)\b)|\btel\b|\bemail\b|"
    r"\baddress\b|"
    # contact details (a number, an address), not an act that names a telephone (拨打120急救电话, 公布报修电话)
    r"(?:电话|传真|邮箱|地址|网址|邮编|热线)\s*(?:号码)?\s*(?:[:：为是]|\d{3,})|@|"
    # the plan or a rule talked about (本预案适用于…, 制度规定…), not one started or followed (立即启动应急预案)
    r"(?<!启动)(?<!执行)(?<!启用)(?:本|该|此)(?:预案|办法|制度)|(?<!启动)(?<!执行)(?<!启用)(?<!按照)(?<!依照)(?<!根据)(?<!按)[^，,。；;]{0,8}?(?:预案|办法|制度)"
    r"(?:是|为|的|由|规定|适用|用于|自|中|所)|(?:设立|制定|编制|修订|修改)[^，,。；;]{0,8}(?:预案|办法|制度)|原则|"
    # 以保护消费者合法权益为基础: what the work rests on, a principle; 对预案进行改进: the plan talked about
    r"对(?:本|该)?(?:预案|办法|制度)进行|(?:改进|完善|修订|修改|更新)[^，,。；;]{0,6}(?:预案|办法|制度)|"
    r"^以[^，,。；;]{2,30}为(?:基础|原则|宗旨|目标|核心|前提|重点|中心|导向|依据|准则|根本)|"
    r"this (?:plan|policy|procedure)|principles?|\bcommitted\b|www\.|https?://|"
    r"\(\d{2,4}\)\s?\d{3,4}|\d{3,5}[ -]\d{3,4}[ -]\d{3,4}",
    re.IGNORECASE,
)

# 各行要健全…流程 / 成立三级投诉处理体系: the organisation set up or built, not a step (立即成立… is one; 建立…机制 is
# a policy, 建立事件台账 a step)
SET_UP = re.compile(
    r"^[^，,；;。]{0,16}?(?:应当?|应该|要|须|必须|需要)?(?:建立|健全|完善|设立|(?<!立即)(?<!迅速)(?<!第一时间)成立)"
)

# 领导小组下设办公室, 办公室设在…: the organisation built; "及时响应"是…的基本要求: what the work is; …，特制定本制度: why
# the plan was written
ABOUT_THE_WORK = re.compile(
    r"下设|设在|设于|挂靠|是[^，,；;。]{0,24}(?:基本要求|重要|关键|核心|根本|基础|前提|有效途径|重要手段)|特(?:制定|制订|修订|编制)本"
)
# 各网点要高度重视，加强协作: an attitude urged on everyone, and what goes with it, no step
URGED = re.compile(
    r"^[^，,。；;]{0,16}?(?:要|应当?|须|必须)(?:高度重视|充分认识|切实提高|提高认识|统一思想|加强领导|严肃对待|引起重视|增强[^，,。；;]{0,4}意识)"
)
# 企业需要把握…; 当收到投诉时企业应该…: what the organisation at large should do, a maxim said once, not a step
WHOLE_BODY_MUST = re.compile(
    r"^(?:[^，,。；;]{0,30}?(?:时|后|[，,]))?(?:银行|企业|公司|医院|机构|商家)(?:都|也|均)?(?:应当?|应该|需要|要|须|必须)"
)

# 投诉人应当提供…; 投诉人及被委托人应当…: what the one who complains must do, not a step
COMPLAINANT_MUST = re.compile(
    r"^(?:[^，,。；;]{0,20}?[，,])?(?:客户|患者|消费者|您|旅客|乘客|游客|业主|用户|当事人|被?委托人|(?:投诉|报修|来电|来访|举报|反映|申请|求助|报案)人)"
    r"(?:及[^，,。；;应须]{1,8})?(?:应当?|应该|须|必须|需要?)|"
    # 需提供真实姓名、联系方式: what one who complains must bring, said without naming them
    r"^(?:需要?|须|应当?|必须)(?:提供|出示|携带|填写|提交)[^，,。；;]{0,8}(?:姓名|身份|证件|联系方式|材料|证明|凭证|票据)"
)

# -- Chinese: a clause's grammar and its verbs

# …的 / …时 / …后 / …前 at the end, or 如 / 若 / 凡 / 当 / 一旦 / 待 at the start: the case the next act answers
# (应在…三日内 / 在…之前: the time of the act after it, said before it)
ZH_COND_END = re.compile(
    r"(?:的|(?<!同)时|的同时|(?<![先然随最之其])后|(?<!提)前|之后|以后|之前|以前|期间|过程中|之际|(?<![国省市区县院])内|以内|之内)$"
)

ZH_COND_START = re.compile(
    r"^(?:但|而)?(?:如果|如(?!实|下|何|期|数|此|同)|若|倘若|假如|如遇|凡是?|当(?!场|即|日|天|面|地|班|事人|前|时)|一旦|待|遇到?|"
    r"遇有|对于?|涉及|由于|因为|因(?![此而])|鉴于|虽然?|尽管)(?=[\u4e00-\u9fff\w])"
)

# A modal after the clause's subject (应, 须, 要, 负责, 不得), not inside a word (应急, 必要, 重要, 需求)
ZH_MODAL = re.compile(
    r"(?<![响相适反对供答])应(?!急|对|用|有|该是)|须|(?<![重主需必只想])要(?!求|素|点|害|是)|需(?!求)|不得|务必|必须"
)

# 在2小时内处理完毕 / 并在承诺时间内办结: when the act before is to be finished
ZH_DONE = re.compile(
    r"^(?:并且?|且)?(?:须|应|要)?(?:当场|当日|当天|及时|尽快)?(?:(?:在|于)?[^，,；;。]{1,16}?(?:内|以内|之内|前))?(?:全部|全面)?(?:处理|处置|办理)?"
    r"(?:完毕|完成|办结|结束|结案)[；;。]?$"
)

# A clause's verb phrase by its grammar: a joining word (并, 再, 然后, 同时), an adverb that stands before a verb
# (立即, 及时, 先), the agent (由X), a disposal or a direction (将…, 向…) or a time (在…内) before the verb
# an adverb that stands only before a verb (立即, 及时, 认真): what follows it is done
ZH_ADVERB_FIRST = re.compile(
    r"^(?:立即|立刻|及时|迅速|马上|尽快|第一时间|先|首先|当即|随即|即时|当场|主动|亲自|认真|耐心|积极|妥善|逐级|准确|如实|详细|"
    r"仔细|全面)(?=[\u4e00-\u9fff]{2})"
)
ZH_ACT_LEAD = re.compile(
    r"^(?:并且?|再|然后|随后|接着|继而|同时|另外|此外|另一方面|一方面|还|也)[，,]?\s*(?=[\u4e00-\u9fff]{2})|"
    rf"{ZH_ADVERB_FIRST.pattern}|"
    r"^(?:由(?!于|此|其他)|交由|改由)[^，,；;。]{2,20}?(?=[\u4e00-\u9fff]{2})|"
    r"^(?:将|把)[^，,；;。]{1,30}?(?:报|交|送|告|通|反馈|提交|移|转|传|发|录|存|归|回复|答复|纳入|列入|作为)|"
    r"^向[^，,；;。]{1,24}?(?:报告|汇报|说明|解释|反馈|通报|报送|致歉|道歉|告知|提出|提供|了解|发出|上报|报备|请示|求助)|"
    r"^(?:并)?(?:在|于)[^，,；;。]{1,20}?(?:内|以内|之内)(?=[\u4e00-\u9fff]{2})|"
    # how often (每5个工作日打开一次), or a thing and by whom (钥匙由办公室保管), then the verb
    r"^每\s*[\d一二三四五六七八九十两半]*\s*个?(?:工作日|日|天|周|月|季度|年|小时)[^，,；;。]{2,}|"
    r"^[^，,；;。由]{1,10}?(?<![理自缘原事经])由(?!于|此)[^，,；;。]{2,20}?(?<!组成)(?<!构成)(?<!担任)(?<!兼任)$"
)

# By a rule or through a means, then the verb (按领导指示办理, 通过系统转交…, 按《流程》予以处理), after its subject if any
ZH_BY_RULE = re.compile(
    r"^[^，,；;。]{0,10}?(?:按照?|依照|依据|通过|经由)[^，,；;。]{2,24}?"
    r"(?:处理|办理|传递|转交|移交|报送|上报|报告|通知|反馈|执行|答复|回复|提交|送达|发送|告知|予以|进行|给予)"
)

# What goes on with the act before it: its purpose or manner (以便…, 确保…, 避免…), never an act of its own
# (不得推诿, 严禁…: what the act must not be, said after it)
ZH_TAIL = re.compile(
    r"^(?:以便?|以免|以防|从而|进而|确保|保证|使其?|使得|避免|防止|做到|直至|直到|为了?|"
    r"不得|不准|不许|不要|严禁|禁止|切勿|切忌)"
)

# More verbs an officialese step opens with when its actor is known (保持通讯畅通, 设置警戒区域, 开通服务热线, 封锁现场):
# a clause that starts with one of them is an act, unless the verb is the first half of a noun (维修人员, 监控中心,
# 保障措施, 巡查情况)
ACT_VERBS = (
    "保持", "设置", "加强", "开通", "保管", "封锁", "封闭", "调配", "保护", "派人", "派遣", "切断", "关闭", "公布", "公示",
    "公告", "决定", "预支", "维护", "巡查", "巡视", "监测", "监控", "观察", "警戒", "隔离", "消毒", "抢救", "救援", "撤离",
    "清理", "清除", "更换", "维修", "抢险", "护送", "陪同", "询问", "了解", "听取", "倾听", "赔偿", "补偿", "退还", "退回",
    "更正", "道歉", "致歉", "提醒", "劝说", "劝离", "制止", "阻止", "控制", "部署", "指挥", "调度", "增派", "调集", "调派",
    "出动", "抽调", "准备", "储备", "配备", "检测", "鉴定", "取证", "拍照", "录像", "备份", "下发", "传达", "宣传", "通告",
    "播报", "开放", "重启", "复核", "审查", "审批", "批准", "签署", "交接", "值守", "到岗", "待命", "集合", "赶往", "前往",
    "到达", "到场", "撤回", "约谈", "走访", "慰问", "跟进", "追踪", "督办", "查找", "排查", "查处", "填报", "报备", "备案",
    "申请", "联络", "对接", "协商", "会商", "研判", "指定", "指导", "支援", "开启", "启用", "打开", "停用", "切换",
    "佩戴", "携带", "分发", "发放", "发出", "上交", "转达", "转告", "转报", "呈报", "送交", "送往", "带离", "疏通", "加固",
    "平息", "答疑", "接听", "接收", "上门", "回电", "致电", "留存", "保留", "赔付", "支付", "垫付", "冻结",
    "止付", "挂失", "研究", "讨论", "听证", "复查", "纠察", "张榜", "悬挂", "设立", "配置", "安装", "拆除", "堵漏", "抢通",
)  # fmt: skip
_NOUN_AFTER_VERB = (
    "人员", "部门", "单位", "小组", "机构", "中心", "部", "班", "队", "组", "员", "机制", "制度", "措施", "情况", "能力",
    "水平", "体系", "结果", "记录", "工作(?:由|是|应)", "的", "是", "为", "期限", "时限", "范围", "岗位", "地点", "时间", "方式",
)  # fmt: skip

# A clause that is an act of its own: a verb of handling first, after a joining word, a manner word or a time
# (并及时处理, 建立投诉档案, 迅速拨打“110”, 在服务大厅张贴…, 于七日之内将…回复…, 确保问题得到解决).
SERIAL_VERB = re.compile(
    r"^(?:并且?|同时|再|然后|随后|且)?[，,]?\s*"
    r"(?:立即|及时|即时|当场|迅速|马上|尽快|认真|积极|主动|妥善|快速|第一时间|亲自|统一|直接|共同|逐级|如实|详细|耐心|全面|仔细|准确)*"
    r"(?:(?:在|于)[^，,；;。]{1,16}?(?:内|以内|之内|前)|(?:在|于)\s*[\d一二三四五六七八九十两半]+\s*个?(?:分钟|小时|工作日|日|天|周)"
    r"|将[^，,；;。]{1,30}?(?=上报|报告|报送|移交|转交|回复|答复|告知|通知|反馈|提交|形成|归档|整理|送))?"
    r"(?:由其|并由其)?(?:立即|及时|即时|当场|迅速|马上|尽快|认真|积极|主动|妥善|快速|第一时间|亲自|统一|直接|共同|逐级|如实|详细|耐心|全面|仔细|准确)*"
    r"(?!(?:处理|调查|受理|处置|核查|接待)(?:部门|人员|单位|小组|机构))(?:(?:建立|进行|做好|通知|报告|上报|报送|报(?!表|道|酬|销|名|刊|纸|价|考|警|销)|汇报|组织|安排|协助|配合|预判|拨打|引导|张贴|调查|核实|核查|查明|处理|"
    r"回复|答复|联系|记录|登记|受理|移交|转交|告知|说明|解释|采取|启动|调取|形成|提出|制定|跟踪|回访|归档|整理|预估|"
    r"恢复|检查|抢修|修复|清点|安置|转移|解决|办结|"
    r"分析|评估|安抚|落实|督促|责成|排除|疏散|发布|通报|赶赴|赶到|派员|派出(?!所)|指派|收集|提供|填写|审核|核对|保存|封存|"
    r"开展|召开|确定|确认|反馈|沟通|协调|请示|整改|改正|纠正|总结|汇总|存档|建档|调解|接待|解答|指点|带到|带至|带领|移送|"
    r"提交|递交|送达|发送|编写|撰写|召集|成立|暂停|停止|维持|劝导|疏导|救治|报警|求助|对[^，,；;。]{1,20}?进行|"
    r"向[^，,；;。]{1,24}?(?:报告|汇报|说明|解释|反馈|通报|报送|致歉|道歉|告知)|现场处置|处置)"
    # 处理期限自…起计算, 调查结果…, 回复内容…: the verb is a noun's first half, the clause no act
    r"(?!期限|时限|结果|意见|进度|方案|流程|程序|决定|内容|表|单|簿|工作(?:由|是|应))|"
    # a verb of ACT_VERBS after a joining word or a word of promptness (…，并保持通讯畅通; …，及时开通热线): a bare one
    # after a comma as often says an aim (…，保持专业性)
    r"^(?:并且?|同时|再|然后|随后|且)?[，,]?\s*(?:并且?|同时|再|然后|随后|且|立即|及时|即时|迅速|马上|尽快|第一时间)[，,]?\s*"
    rf"(?:{'|'.join(ACT_VERBS)})(?!{'|'.join(_NOUN_AFTER_VERB)}))"
)
# A sentence that opens with its verb, of handling (SERIAL_VERB) or another an officialese step opens with (ACT_VERBS):
# a step whose actor the heading or the list names. Only a sentence's start: after a comma these verbs as often
# say an aim (…，保持专业性, …，保障银行声誉)
VERB_FIRST = re.compile(
    rf"{SERIAL_VERB.pattern}|^(?:(?:立即|及时|迅速|马上|尽快|认真|积极|主动|妥善|第一时间|视情况|必要时)[，,]?)*"
    rf"(?:{'|'.join(ACT_VERBS)})(?!{'|'.join(_NOUN_AFTER_VERB)})"
)

# 运行中心接电话的工作人员应立即将…报告…: a clause whose subject must act at once; 如…，则做好记录: a case and what is then done
ZH_ACT = re.compile(
    r"(?:^|[，,；;])\s*[^，,；;。]{0,30}?(?:应当?|须|必须)(?:立即|及时|迅速|马上|第一时间)|"
    r"^(?:如果?|若|如遇|一旦)[^。；;]{2,60}[，,]\s*(?:则|即|应|须|要)[\u4e00-\u9fff]{2,}"
)

# 我们将在收到投诉后1个工作日内与您联系 / 本行会指定专人…: what we do, said to the customer (after any leading clause)
ZH_WE_DO = re.compile(
    r"^(?:[^。；;]{0,40}?[，,]\s*)?(?:我们|我行|本行|我公司|本公司|我司|我中心|本中心|我院|本院|我局|本局)"
    r"(?:将|会|承诺|一定|保证|都会|均会|也会|还会|"
    # 本公司接获申诉后，将主动协调双方: what it does once the complaint reaches it
    r"(?:接获|接到|收到)[^，,。；;]{0,12}?后[，,]?\s*(?:将|会|即|立即))(?!是)|"
    # …等纠纷事宜，本公司应先洽会员寻求解决: what it must do, after a case however long
    r"^(?:[^。；;]{0,100}?[，,]\s*)?(?:我行|本行|我公司|本公司|我司|本中心|本院|本局)(?:并|亦|也)?应当?(?=先|即|立即|及时|协助|负责|依|按|派)"
)

# A clause whose subject (30 characters at most) must do something: 值班人员应立即…, 各部门须…, 客服部负责…;
# not 应急/应用/需求/要求/重要 (words, not a modal)
ZH_MODAL_ACT = re.compile(
    r"^[^，,；;。：:]{0,30}?(?:应当|应该|(?<!反|响|相|适|供|答|效|对)应|必须|(?<!必|无)须|(?<![重主需只想必紧纲扼首摘])要|负责(?!人)|"
    # 现场负责人有权让…离开: an authority given is what the post does when it must; 中心将于3日内回复: what it will do
    r"有权|(?<![即则并])将(?!来|近|要|会))"
    # …要高度重视 / 应切实加强 / 要坚持…: an attitude urged, not an act
    r"(?!急|用|(?<=应)对|答|变|聘|届|有|求|点|素|是|为|以|能|见|靠|行|知|注意|高度|重视|充分|切实|坚持|树立|牢固|始终|本着|增强|提高认识)"
    r"(?:立即|及时|迅速|马上|尽快|认真|主动|妥善|第一时间|在[^，,；;。]{1,16}?(?:内|前))?[\u4e00-\u9fff]"
)

# 由客服部负责答复 / 统一由综合部通知…: the one charged named after 由
ZH_BY = re.compile(
    r"^(?:[^，,。；;]{0,20}[，,])?由(?!于|此|衷)[^，,。；;]{2,20}?(?:负责|牵头|进行|组织|处理|办理|答复|回复|通知|报告|核实|调查|"
    rf"决定|联系|安排|协调|{'|'.join(ACT_VERBS)})"
)

# 接到报修后…, 发现漏水时…: a case of news received, and what is done then
AFTER_NEWS = re.compile(r"(?:接到|收到|接报|发现|受理|接获)[^，,。；;]{0,30}?(?:后|时)")

PROMPT = re.compile(r"立即|及时|迅速|马上|尽快|第一时间|随即|当即|当场")

# -- English

WE_DO = re.compile(
    # If …, / In order to …, / During our investigation (,) / This means that: what comes before the main clause
    r"^(?:(?:(?:if|where|when|once|after|before|upon|on|in|for|during|as soon as|this means that|then)\b[^.;]{0,160}?"
    r"(?:,\s*|\s+(?=we\b))))?(?:then\s+)?(?:we|our [a-z ]{2,30}?)"
    # Our Team Members are trained in handling complaints and will listen…: what they are, then what they will do
    r"(?:\s+(?:are|is)\s+[a-z ]{2,40}?\s+and)?\s*(?:(?:'|’)ll|will|shall|must|aim to|try to|endeavour to|"
    r"may\s+(?:also\s+)?(?:ask|contact|request|need to (?:ask|contact)))\b|"
    # Your complaint will be acknowledged / will then be investigated: what is done to it
    r"^(?:your|the|a|each|every)\s+complaint\s+will\s+(?:then\s+|also\s+)?be\s+[a-z]+ed\b|"
    # Your submission will be sent to…; Where a mistake has been made an apology will be offered; every effort will be
    # made to…: what is done, said in the passive (not "will not be", not what the customer is)
    r"^(?:(?:where|if|when|once)\b[^,;]{0,80}?(?:,\s*|\s)(?=an?\s|the\s|every\s|all\s|your\s))?(?:your|the|an?|every|all|each|any)\s"
    r"[a-z ,/-]{2,60}?\s(?:will|shall)\s(?:then\s|also\s|always\s|normally\s)?be\s(?!able\b|entitled\b|required\b|asked\b)"
    r"(?:[a-z]+(?:ed|en|t)|made|done|told|paid|laid)\b",
    re.IGNORECASE,
)

# we / the officer / Our Complaints Team will, should, must …, after any leading clause (If …, / When …,)
EN_MODAL_ACT = re.compile(
    r"^(?:(?:[Ii]f|[Ww]here|[Ww]hen|[Oo]nce|[Aa]fter|[Bb]efore|[Aa]s soon as|[Ww]ithin|[Oo]n|[Uu]pon)\b[^.;]{0,120}?,\s*)?"
    r"(?:[Ww]e|(?:[Tt]he|[Oo]ur|[Aa]n?|[Ee]ach|[Ee]very|[Aa]ll|[Aa]ny)\s+[A-Za-z][A-Za-z -]{1,40}?|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})"
    r"\s+(?:will|should|shall|must|(?:'|’)ll)\s+(?:then\s+|also\s+|usually\s+|normally\s+|always\s+)?(?!be\s+able|not\b)[a-z]{2,}"
)

# the same within the sentence (Within two days of receipt the manager will write to you; …, and we will call you)
EN_MODAL_INSIDE = re.compile(
    r"\b(?:[Ww]e|[Tt]hey|[Tt]he\s+[a-z]+(?:\s+[a-z]+){0,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})"
    r"\s+(?:will|should|must|shall|(?:'|’)ll)\s+(?!not\b|be\s+able)[a-z]{2,}"
)

# what is done said in the passive: the complaint is logged / will be investigated / should be acknowledged
EN_PASSIVE = re.compile(
    r"\b(?:is|are|will be|should be|must be|shall be)\s+(?:then\s+|also\s+|usually\s+|normally\s+|promptly\s+)?[a-z]+(?:ed|en)\b"
)

# Duty Manager summons ambulance / The Complaints Officer acknowledges…: a post, then what it does in the present
# (is, has, needs say what it is or must have, not an act)
EN_POST_DOES = re.compile(
    r"^(?:[Tt]he\s+)?(?:" + vocab.EN_ROLE_PATTERN.pattern + r")\s+(?:then\s+|also\s+|immediately\s+|promptly\s+)?"
    r"(?!is\b|has\b|was\b|does\b|needs\b|means\b|remains\b)[a-z]{3,}(?<![su]s)s\b"
)

# an imperative, after any leading clause (Log the call. / If the caller is abusive, end the call.): a first word
# that is no function word and no -s, -ing, -ed or -ly form
EN_IMPERATIVE = re.compile(
    r"^(?:(?:[Ii]f|[Ww]hen|[Ww]here|[Oo]nce|[Aa]fter|[Bb]efore|[Aa]s soon as|[Oo]n|[Uu]pon|[Tt]hen|[Ff]inally|[Nn]ext|"
    r"[Ff]irst(?:ly)?|[Ss]econd(?:ly)?)\b[^.;]{0,120}?,\s*|[Tt]hen\s+)?(?:[Pp]lease\s+)?(?P<w>[A-Za-z]{3,})\s+[a-z]"
)

# The verbs a procedure's acts open with, in their plain form (respond, make, pass …): "and respond within 2 weeks",
# "and make a final decision" is a second act of the same actor; an item that is only one of them (Apologise) acts.
EN_VERBS = frozenset(
    "acknowledge advise agree allocate answer apologise apologize appoint approve arrange ask assess assign "
    "attempt call carry check circulate close collect communicate compensate complete confirm consider contact convene "
    "correct deal decide determine discuss document email ensure escalate establish explain file fix follow forward "
    "gather give handle help hold identify inform interview investigate invite issue keep let listen log look make meet "
    "monitor notify obtain offer organise organize outline pass pay phone prepare provide publish put raise reconsider "
    "record refer refund register reimburse reply report request resolve respond restore return review ring seek send "
    "set settle share sign speak submit take talk telephone tell text track try update uphold visit write".split()
)

NOT_VERB = frozenset(
    "the this that these those there it our your their if when where we you they he she however in on at for as all "
    "any each every some most many an and but who what how why which not may can will must should could would one "
    "two three its her his from with by to of after before once then here no yes".split()
)


def duties_only(sentence: str) -> bool:
    """Every clause gives a post its charge (集团物业管理中心负责对一级重大事件启动Ⅰ级响应，地区物业公司负责…): who is
    in charge of what, said once for the whole plan, not a step of a procedure."""
    clauses = [c for c in re.split(r"[，,；;]", sentence) if c.strip()]
    return len(clauses) >= 2 and sum(1 for c in clauses if DUTY.match(c.strip())) >= 2 and not _deadline_in(sentence)


def clause_acts(clause: str) -> bool:
    """Whether a clause (no comma inside) is an act by its grammar: a verb phrase after a joining word, an adverb,
    an agent or a preposition, a modal after its subject (网点负责人应…, 赔偿也应…), a post and what it does, or a
    verb of handling first."""
    clause = re.sub(r"(?<=\d),(?=\d{3})", "", clause.strip())  # 2,000元: the number read whole
    if len(clause) < 3 or ZH_TAIL.match(clause) or ZH_COND_END.search(clause):
        return False
    if re.match(r"^(?:主要)?负责", clause):
        return False  # 成立…小组，负责…: the charge of what was just named, not an act of its own
    if ZH_COND_START.match(clause) and not (
        re.match(r"^对于?", clause) and (ZH_MODAL.search(clause) or SERIAL_VERB.match(clause))
    ):
        # 如需疏散，…: the case; 对…进行核查 is an act; 待系统恢复后及时通知客户: the case, then its act
        case = re.match(r"^[^，,；;。]{2,24}?(?:后|时)(?=[\u4e00-\u9fff]{2})", clause)
        return bool(case) and clause_acts(clause[case.end() :])
    if ZH_DONE.match(clause):
        return False  # 由其直接处理，在2小时内处理完毕: by when the act before is done, not another act
    if (
        ZH_ACT_LEAD.match(clause)
        or SERIAL_VERB.match(clause)
        or (ZH_BY_RULE.match(clause) and not re.search(r"可(?!能)", clause))  # 按程序可到…投诉: an option
    ):
        return True
    m = ZH_MODAL.search(clause)
    if (
        m
        and re.match(r"^(?:当|该)?(?:视|根据|按照|依据|依照|结合|本着|针对)", clause[m.end() :])
        and not ZH_BY_RULE.match(clause[m.end() :])
        and not re.search(r"做好|开展|组织|安排|进行|予以|给予|采取", clause[m.end() :])
    ):
        return False  # 分管领导应视情况紧急程度，亲自…: the basis of the act said after it (not 应按照…做好…)
    if m and m.start() <= 12 and len(clause) - m.end() >= 2:
        return True  # 网点负责人应…, 赔偿也应…, 原接待员工不得…: a subject, then its modal and verb
    posts = [(start, end) for _, start, end in post_spans(clause) + unit_spans(clause)]
    end = 0
    for start, stop in sorted(posts):  # 组长、副组长、成员临时成立…: the posts that open the clause are its subject
        if start > end + 1 or (start > end and (end == 0 or clause[end] not in "、/和及或与")):
            break
        end = max(end, stop)
    rest = clause[end:]
    return end > 0 and len(rest) >= 2 and not re.match(r"^(?:的|之|、|和|及(?!时)|与|或|等|是|为|在内)", rest)


def shows_act(clause: str) -> bool:
    """A clause whose words show an act: read as an act (clause_acts), a modal, or a verb of handling first."""
    return bool(clause_acts(clause) or ZH_MODAL.search(clause) or SERIAL_VERB.match(clause))


def sentence_acts(part: str, listed: bool = False) -> bool:
    """One sentence of a paragraph nobody else read says that something is done: a subject that must do something,
    由X + verb, a verb first, we/the officer will…, an imperative; not a policy, a promise, a definition, contact
    details, a body set up, a post's standing charge, a case only, a label and its value, what the complainant or
    the reader must or may do. `listed`: the sentence is an item of a list."""
    part = part.strip()
    case = case_label(part)
    if case and sentence_acts(part[case:], listed):
        return True  # 在现场投诉：导医先问询…，通知…: a case, then what is done in it
    if no_act(part):
        return False
    if re.search(r"[\u4e00-\u9fff]", part):
        clauses = [c.strip() for c in re.split(r"[，,；;]", part) if c.strip()]
        # a clause that opens with its verb, outside brackets (…当值班(若总值班遇此事件,第一时间通知…): a note)
        outside = [c.strip() for c in re.split(r"[，,；;]", re.sub(r"[（(][^（()）]*[）)]", "", part)) if c.strip()]
        return bool(
            any(ZH_MODAL_ACT.match(c) and _modal_acts(c, part, listed) for c in clauses)
            # 第一接待人先进行安抚: a post the vocabulary does not know, then what it does first
            or any((m := _SUBJECT_THEN_ADVERB.match(c)) and verb_clause(c[m.end() :]) for c in outside)
            # 值班员接报后，立即组织…; 办公室统一协调，组织各部门…: a clause that opens with its verb, wherever it stands
            or any(VERB_FIRST.match(c) for c in outside)
            # …，认真核对客户信息; 及时转告值班长: a clause that opens with an adverb that only a verb follows
            or any(ZH_ADVERB_FIRST.match(c) for c in outside)
            # 接到报告后，值班经理应与客户协商…: the sentence's first clause, or the one a case or time governs, a verb
            # clause (verb_clause, as the step reader reads it)
            or any(
                verb_clause(c)
                and not re.search(r"负责(?!人)", c)  # a standing charge is read with the modals (_modal_acts)
                and not re.match(r"^(?:定期|每(?:年|半年|季度|月))", c)  # a routine of the year, not the response
                and (k == 0 or ZH_COND_END.search(outside[k - 1]) or ZH_COND_START.match(outside[k - 1]))
                for k, c in enumerate(outside)
            )
            or AFTER_NEWS.search(part)
            or ZH_BY.match(part)
            or ZH_WE_DO.match(part)
            or ZH_ACT.search(part)
        )
    passive = EN_PASSIVE.search(part)
    if EN_MODAL_ACT.match(part) or EN_MODAL_INSIDE.search(part) or WE_DO.match(part) or passive or EN_POST_DOES.match(part):
        return True
    m = EN_IMPERATIVE.match(part)
    if part.lower() in EN_VERBS:
        return True  # an item that is its verb alone: Apologise.
    return bool(m) and not re.search(r"(?:ing|ed|s|(?<!p)ly)$", m.group("w")) and m.group("w").lower() not in NOT_VERB


# 在电话、网络上进行投诉： / 退费顾客： / 发生争执时：: a label that names a case (not 投诉渠道：, 接待时间：)
CASE_LABEL = re.compile(
    # 受理投诉： / 保护好现场：: a label that names the act, not the case
    r"^(?![A-Za-z]?(?:受理|处理|解释|避免|保护|保護|做好|核实|调查|答复|回复|登记|记录|安抚|报告|上报|跟踪|回访|接待|协调|解决|"
    r"及时|立即|认真|耐心))"
    r"(?=[^：:，,。]{0,16}(?:投诉|来访|来电|上门|现场|发生|出现|遇到|退费|退款|不满|纠纷|(?:的|费|款)(?:顾客|客户)|时|后)[:：])"
    r"(?![^：:，,。]{0,16}(?:渠道|方式|电话|地址|邮箱|信箱|时间|时限|期限|网址|热线|职责|任务|地点|联系|范围|内容|原则|目的)[:：])"
    r"[^：:，,。]{2,16}[:：]"
)


def case_label(text: str) -> int:
    """Where the text goes on after a label that names a case (在现场投诉：…), or 0: not a post's act named as a label
    (前台通过广播安慰顾客：…)."""
    m = CASE_LABEL.match(text)
    if not m or any(start == 0 for _, start, _ in post_spans(m.group()) + unit_spans(m.group())):
        return 0
    return m.end()


# 导医先问询…: a short subject, then an adverb of order or haste (what it does is read after it); not the reader's
# (建议先电话联系…) or the customer's
_SUBJECT_THEN_ADVERB = re.compile(
    r"^(?!客户|患者|消费者|您|你|旅客|乘客|游客|业主|用户|顾客|投诉人|来访人|来电人|请|請|建议|建議|可)(?![^，,]{0,8}(?:建议|建議))"
    r"[\u4e00-\u9fff]{2,8}?"
    r"(?:首先|先行|先|立即|立刻|及时|迅速|马上|随即|当即|提前)"
)


def no_act(part: str) -> bool:
    """Whatever its verbs, the sentence says nothing done: a policy, a promise, a definition, contact details, a body
    set up, a post's standing charge, a case only, a label and its value, what the complainant or the reader must or
    may do. sentence_acts asks it first."""
    part = part.strip()
    return bool(
        POLICY.search(part)
        or PROMISE.search(part)
        or NOT_AN_ACT.search(part)
        or _PURPOSE_START.search(part)
        or duties_only(part)
        or GROUP_SET_UP.search(part)
        or YOUR_OPTION.match(part)
        or SET_UP.match(part)
        or COMPLAINANT_MUST.match(part)
        or ORG_TEXT.search(part)
        or re.search(r"的[;；。]?$", part)  # a case named (…索要小费的), not what is done about it
        or re.match(r"^[^：:，,。]{1,16}[:：]", part)  # a label and its value (接待时间：…, Write to us: …)
        or READER_ACTS.match(part)  # what the reader may or should do
        or WHOLE_BODY_MUST.match(part)
        or URGED.match(part)
        or ABOUT_THE_WORK.search(part)
        or re.match(r"^可以?(?:通过|采取|采用)", part)  # 可以通过回访等方式了解…: a way one may take, not a step
    )


def _modal_acts(clause: str, part: str, listed: bool) -> bool:
    """A modal clause is an act when its subject is a post or unit, or it names none, or the act is urgent or
    has a deadline: 银行应该严格认真地对待这些投诉 (any bank, anytime) is a maxim, 客服专员应在2小时内回复 a step."""
    subject, *modal = re.split(r"(应当|应该|应|必须|须|要|负责(?!人)|有权|将)", clause, maxsplit=1)
    subject = re.sub(r"^(?:视情况|必要时|如有必要|立即|及时|迅速|马上|尽快|第一时间|同时|并)", "", subject.strip())
    if PROMPT.search(part) or _deadline_in(part):
        return True
    # 1、客服部负责受理投诉并登记 2、工程部负责…: in a list, a unit's standing charge, not a step, unless urgent or timed;
    # items that open with 负责 under the unit's heading (（一）负责登记投诉 （二）负责转交…) are its acts in turn
    return (not listed or modal[:1] != ["负责"] or not subject.strip()) and bool(
        posts_in(subject) or UNIT_FIRST.match(subject.strip()) or not subject.strip()
    )


# A post or unit named by its ending at the start of a subject, the ones a plan gives work to by kind (各部门, 经理,
# 各网点, 值班室, 抢修队): who acts, even when roles.py has no title for it; not the organisation at large (燃气公司应该
# 认真对待每一位用户: a maxim)
UNIT_FIRST = re.compile(
    r"^(?:各|各级|各个|每个|所有|全体|相关|有关)?[\u4e00-\u9fff]{0,10}?(?:部门|部|室|科|处|中心|办|小组|组|单位|人员|负责人|责任人|"
    r"员|长|领导|分行|支行|网点|分公司|经理|主任|专员|班|所|站|队|局|委|团队)"
)


# Where a clause goes on with a second act without a comma: 并/并且 or a word of promptness, then a verb
_NEXT_ACT_INSIDE = re.compile(r"并且?|及时|立即|迅速|马上|随即|同时")
_ENDS_IN_VERB = re.compile(
    rf"(?:{'|'.join(ACT_VERBS)}|受理|登记|核实|核查|调查|处理|处置|答复|回复|记录|通知|报告|上报|整理|分析|汇总|审核|转交|"
    r"移交|协调|跟踪|落实|解决|评估|收集|检查|抢修|清点|安抚|疏散|引导|解释|说明)$"
)
# 并 inside a word or saying no act (合并, 并非, 并不, 并列): no second act after it
_NOT_AND = re.compile(r"并(?:非|不|未|没|无|列|行|发|购|存|重|举|入|轨|案|处|用)")
# what stands right before a word of promptness that belongs to the verb after it (应及时, 要立即, 并及时, 能迅速)
_BOUND_BEFORE = "应要须需并且和与、将地均都也再即能可以必不给予对向在于就则时后前的"


def acts_inside(clause: str) -> list[int]:
    """Offsets in a clause (no comma inside) where a second act starts with no comma before it (值班员应立即赶赴现场
    并及时通知维修班组 -> before 并; 核实情况及时答复客户 -> before 及时): after four characters or more that
    already act, a joining word or a word of promptness followed by a verb of handling (SERIAL_VERB)."""
    cuts: list[int] = []
    last = 0
    for m in _NEXT_ACT_INSIDE.finditer(clause):
        at = m.start()
        if at - last < 4 or (m.group().startswith("并") and (_NOT_AND.match(clause, at) or clause[at - 1] in "合兼吞归")):
            continue
        if not m.group().startswith("并") and clause[at - 1] in _BOUND_BEFORE:
            continue
        rest = clause[at:]
        # the part before, without the joining word or adverb it opens with (并对重大事件…: no act before 及时)
        before = re.sub(r"^(?:并且?|同时|及时|立即|迅速|马上|随即)", "", clause[last:at])
        if len(rest) < 4 or not SERIAL_VERB.match(rest) or ZH_DONE.match(rest) or re.match(r"^并且?[\u4e00-\u9fff]{2,3}的", rest):
            continue  # …并进行的挽留: a noun phrase, no act
        if ZH_COND_END.search(before) or ZH_COND_START.match(before) or not (clause_acts(before) or VERB_FIRST.match(before)):
            continue  # 能自行处理的组织…: the case, then its act
        agent = re.search(r"(?:由|交由)([^，,。；;由]{1,10})$", before)
        if agent and not clause_acts(agent.group(1)) and not re.search(r"负责|处理|进行|收集|组织", agent.group(1)):
            continue  # 重大投诉由副组长立即报告组长: who acts, named by 由, then the act itself
        if (
            m.group().startswith("并")
            and not re.match(r"^并且?(?:立即|及时|迅速|马上|随即|同时|尽快|第一时间|在|于|向|将)", rest)
            and (len(before) < 6 or len(rest) < 6)
        ):
            continue  # 核实情况并答复患者, 接收并登记…: one act of two verbs, said short, no word of its own for the second
        if (
            m.group().startswith("并")
            and _ENDS_IN_VERB.search(before)
            and not re.match(r"^并且?(?:立即|及时|迅速|马上|随即|尽快|第一时间|向|将)", rest)
        ):
            continue  # 负责接收并登记投诉信息: two verbs of one object, one act
        if _deadline_in(clause[:at]):
            continue  # 须在24小时内进行现场处置并报告…: with no comma between, the time holds for both acts
        cuts.append(at)
        last = at
    return cuts


# -- a verb clause (an act) or a noun clause / complement: where a Chinese sentence is parted

# Verbs an act of a plan opens with, besides those of ACT_VERBS (SERIAL_VERB's are among them): what is done to a complaint, a
# complainant, staff at fault or a scene (纳入考核, 列入统计, 平息怒气, 将双方分开, 减免20%, 协商约定…)
HEAD_VERBS = (
    "纳入", "列入", "计入", "录入", "输入", "登入", "上传", "约定", "商定", "议定", "稳定", "缓和", "化解", "消除", "平复",
    "分开", "隔开", "劝阻", "劝解", "劝退", "说服", "开导", "安慰", "劝慰", "批评", "教育", "处罚", "惩处", "考核", "扣除",
    "扣发", "扣减", "罚款", "问责", "追责", "追究", "处分", "警告", "告诫", "约见", "减免", "免除", "免收", "退款", "退费",
    "退货", "换货", "返还", "归还", "交还", "补办", "补发", "补录", "补齐", "补交", "赔礼", "签字", "签收", "签订", "签发",
    "出具", "开具", "核定", "认定", "界定", "判定", "判断", "定性", "定级", "分类", "分级", "升级", "降级", "终止", "解除",
    "撤销", "注销", "补救", "挽回", "弥补", "做出", "作出", "给予", "予以", "提请", "报请", "呈请", "转办", "交办", "催办",
    "承办", "办理", "结案", "销号", "查看", "查验", "查询", "查阅", "调阅", "访问", "反映", "统计", "评价", "划分", "分配",
    "分派", "委派", "布置", "澄清", "公开", "披露", "答复", "回答", "解决", "出面", "介入", "接管", "进驻", "参与", "参加",
    "出席", "列席", "主持", "贯彻", "执行", "遵守", "监督", "把关", "接洽", "采集", "获取", "保全", "固定", "录音", "送医",
    "拨打", "检修", "值班", "申诉", "复议", "起诉", "应诉", "曝光", "辞退", "开除", "发还", "寄送", "邮寄", "送回", "转送",
    "移送", "引导", "指引", "疏导", "劝导", "通知", "告知", "转交", "移交", "提交", "上报", "报告", "汇报", "请示", "核实",
    "核查", "调查", "处理", "处置", "回复", "回访", "登记", "记录", "受理", "接待", "安抚", "解释", "说明", "沟通", "协调",
    "联系", "组织", "安排", "启动", "采取", "开展", "召开", "做好", "进行", "确认", "确定", "反馈", "通报", "整改", "纠正",
    "归档", "存档", "整理", "汇总", "总结", "分析", "评估", "收集", "提供", "填写", "审核", "核对", "保存", "封存", "建立",
    "制定", "提出", "跟踪", "落实", "督促", "责成", "排除", "疏散", "发布", "赶赴", "赶到", "派员", "指派", "调解", "解答",
    "带领", "递交", "送达", "发送", "编写", "撰写", "召集", "成立", "暂停", "停止", "维持", "救治", "报警", "求助", "恢复",
    "检查", "抢修", "修复", "清点", "安置", "转移", "办结", "调取", "形成", "张贴", "协助", "配合", "预判", "预估", "放置",
    "摆放", "拉起", "展示", "出示", "看管", "看守", "照看", "把守",
    # what is said to a complainant to win them round (讲清道理, 讲明政策, 取得谅解, 征得同意, 争取理解)
    "讲清", "讲明", "讲解", "说清", "取得", "求得", "征得", "征求", "争取", "赢得", "稳住", "劝返",
)  # fmt: skip
_VERBS = "|".join(dict.fromkeys(ACT_VERBS + HEAD_VERBS))
_VERB = rf"(?:{_VERBS})(?!{'|'.join(_NOUN_AFTER_VERB)}|期限|时限|意见|方案|流程|程序|内容|表|单)"
# What may stand before a clause's verb: a joining word, an adverb of manner or promptness, a modal, a time or place
# (在…内, 于…前), the one acted on or reached (将…, 把…, 向…, 对…, 与…, 给…), a rule or means (按…, 根据…, 通过…)
_ZH_ADVERB = (
    r"(?:并且?|且|同时|再|然后|随后|接着|另外|此外|还|也|均|都|一律|立即|立刻|及时|即时|当场|当即|随即|迅速|马上|尽快|"
    r"尽量|尽可能|认真|积极|主动|妥善|快速|第一时间|亲自|统一|直接|共同|逐级|耐心|热情|如实|详细|仔细|全面|准确|再次|"
    r"重新|另行|分别|一并|逐一|按时|定期|务必|先|首先|当面|书面|电话|现场|及早|切实|严格|依法|据实)"
)
_ZH_MODAL_WORD = (
    r"(?:应当|应该|(?<![响相适反对供答])应(?!急|对|用|有)|必须|须|需要|(?<![重主需必只想])要(?!求|素|点|害|是)|需(?!求)|负责)"
)
_ZH_BEFORE_VERB = (
    r"(?:(?:在|于|到|赴|去|从)[^，,；;。]{1,20}?|(?:将|把|向|与|同|跟|给|替|为|会同|协同|联合|配合)[^，,；;。]{1,24}?|"
    # 对…进行/予以/做好…: 对 names what the act is done to; with any other verb it as often names the matter (对跨省办理
    # 业务产生的投诉，…)
    r"对[^，,；;。]{1,24}?(?=进行|做好|予以|给予|作出|做出|开展|实施|采取|加强)|"
    r"(?:按照?|依照|依据|根据|通过|经由|利用|采用|用)[^，,；;。]{1,24}?|以[^，,；;。]{1,12}?(?:方式|形式|名义|途径))"
)
# what a noun phrase ends with: a 对-clause that ends so names the matter of the act after it
_MATTER_END = r"(?:问题|情况|事件|事项|投诉|人员|客户|纠纷|行为|现象|部门|单位|案件|事故|信息|意见)$"
VERB_HEAD = re.compile(
    rf"^(?:{_ZH_ADVERB}[，,、]?\s*)*(?:{_ZH_MODAL_WORD})?(?:{_ZH_ADVERB})*(?:{_ZH_BEFORE_VERB})?(?:{_ZH_ADVERB})*{_VERB}"
)


def verb_clause(clause: str) -> bool:
    """Whether a clause (no comma inside) is a verb clause, an act: a verb at its head after an optional subject
    (a post or unit), adverbs, a modal and a phrase of time, place, object or means (并纳入考核, 尽可能将双方分开,
    应立即解决, 在通报范围内通报…, 值班经理应与客户协商…); not a noun clause (涉及人员、时间、地点), a manner
    (以书面方式), a purpose (以便…, 为了…), a result (确保…, 做到…) or a time (在…后, …时)."""
    clause = clause.strip()
    if len(clause) < 2 or (ZH_TAIL.match(clause) and not re.match(r"^以(?![便免防])", clause)) or ZH_COND_END.search(clause):
        return False  # 以便…: a purpose; 以书面形式告知客户: a manner, then the act
    if ZH_COND_START.match(clause) and not re.match(r"^对(?!于)", clause):
        return False  # 如需疏散 / 对于…: a case; 对责任人进行批评教育 is an act
    if VERB_HEAD.match(clause):
        return True
    if re.match(r"^对(?!于)", clause) and not re.search(_MATTER_END, clause):
        # 对客户反映的问题认真调查核实: what the act is done to, then the act (a verb after the last 的); not a matter
        # named (对无口可归或涉及多个信访问题，…)
        if re.search(_VERB, clause.rsplit("的", 1)[-1] if "的" in clause else clause[2:]):
            return True
    # the subject first: a post or unit, then its act (值班经理应与客户协商…, 客服部立即联系…)
    spans = sorted((start, end) for _, start, end in post_spans(clause) + unit_spans(clause))
    subject = spans[0][1] if spans and spans[0][0] == 0 else 0
    if not subject:
        m = UNIT_FIRST.match(clause)
        subject = m.end() if m and ZH_MODAL.match(clause[m.end() :]) else 0
    rest = clause[subject:]
    return bool(subject) and bool(VERB_HEAD.match(rest))


# 应保存、归档…, 负责接收并登记…: a verb with no object of its own, which shares the one after it
ENDS_IN_BARE_VERB = re.compile(rf"(?:{_VERBS})$")
