"""Words that tell what a heading, a post or a level is: the usual titles of Chinese and English
emergency plans mapped to the plan format's sections. Data only; extend the tables, not the code.
"""

from __future__ import annotations

from plancraft.importer import recache as re

# (section key, words). The first entry whose word occurs in a heading wins, so the more specific
# titles come first (信息报告 before 报告, 后期处置 before 处置, 预案管理 before 预案).
SECTIONS: list[tuple[str, tuple[str, ...]]] = [
    ("general", ("总则", "general provisions", "introduction", "引言", "前言", "概述", "overview")),
    ("purpose", ("编制目的", "目的", "宗旨", "purpose", "objective", "aim of", "aims")),
    ("basis", ("编制依据", "制定的依据", "依据", "basis", "legal framework", "legislation", "references")),
    (
        "scope",
        (
            "适用范围",
            "适用对象",
            "范围",
            "受理条件",
            "投诉条件",
            "不予受理",
            "不受理的",
            "scope",
            "applicability",
            "who this applies",
            "application",
            "what can't i complain",
            "what can’t i complain",
            "what we cannot deal",
            "what we can't deal",
            "what we can’t deal",
            # who and what the procedure is for: the scope, not what is done
            "who can complain",
            "who can make a complaint",
            "who may complain",
            "who can use this",
            "what is a complaint",
            "what can i complain about",
            "what you can complain about",
        ),
    ),
    (
        "aftermath",
        (
            "后期处置",
            "善后",
            "恢复重建",
            "总结评估",
            "事后",
            "aftermath",
            "after the incident",
            "post-incident",
            "recovery",
            "lessons learned",
            "learning from",
            "follow-up",
        ),
    ),
    (
        "review",
        (
            "预案管理",
            # supplementary provisions: who interprets the plan (本预案由…负责解释), when it is revised and takes effect
            "附则",
            "预案的优化",
            "预案修订",
            "预案更新",
            "修订",
            "预案评估",
            "review of this",
            "plan review",
            "reviewing this",
            "maintenance of this",
            "plan maintenance",
            "revision",
            "policy review",
            "review of this policy",
            "review of the policy",
            "review of this procedure",
            "document review",
        ),
    ),
    ("annexes", ("附件", "附录", "annex", "appendix", "schedule ")),
    (
        "principles",
        ("工作原则", "基本原则", "处置原则", "处理原则", "原则", "准则", "指导思想", "principles", "principle"),
    ),
    (
        "organisation",
        (
            "组织机构",
            "组织体系",
            "组织领导",
            "组织架构",
            "指挥机构",
            "指挥体系",
            "组织指挥",
            "应急组织",
            "工作机构",
            "办事机构",
            "应急机构",
            "指挥部",
            "领导小组",
            "工作小组",
            "应急小组",
            "机构与职责",
            "机构及职责",
            "机构设置",
            "职责分工",
            "岗位职责",
            "职责",
            "organisation",
            "organization",
            "roles and responsibilities",
            "responsibilities",
            "governance",
            "who does what",
            "who is responsible",
        ),
    ),
    (
        "levels",
        (
            "事件分级",
            "分级标准",
            "分类分级",
            "分级",
            "等级",
            "级别",
            "程度界定",  # 质量事故程度界定: how grave, set by the loss
            "severity",
            "levels",
            "classification",
            "grading",
            "grades",
            "categories",
        ),
    ),
    (
        "time_limits",
        (
            "处理时限",
            "时限要求",
            "时限",
            "期限",
            "time limits",
            "timescales",
            "timeframes",
            "deadlines",
            "response times",
            "resolution time",
            "response time",
            "how long",
        ),
    ),
    (
        "limits",
        (
            "限额",
            "额度",
            "赔付标准",
            # 赔偿权限 / 审批权限: who may pay or approve how much
            "赔偿权限",
            "赔付权限",
            "补偿权限",
            "审批权限",
            "limits",
            "caps",
            "authority limits",
            "compensation",
            "goodwill payment",
        ),
    ),
    ("monitoring", ("预警", "监测", "预防", "事件预测", "风险防范", "monitoring", "early warning", "prevention")),
    ("reporting", ("信息报告", "信息报送", "报告制度", "上报", "报告", "reporting", "notification")),
    ("media", ("舆情", "新闻发布", "媒体", "宣传报道", "media", "press", "public communication")),
    ("privacy", ("信息安全", "保密", "隐私", "客户信息保护", "privacy", "confidentiality", "data protection")),
    ("support", ("应急保障", "保障措施", "保障", "资源", "设备", "support", "resources", "equipment")),
    ("training", ("培训", "宣传教育", "宣教", "training", "awareness")),
    ("drills", ("演练", "演习", "drill", "exercise", "rehearsal")),
    ("accountability", ("责任追究", "奖惩", "问责", "考核", "奖励与责任", "accountability", "discipline", "sanctions")),
    (
        "channels",
        (
            "投诉渠道",
            "受理方式",
            "投诉方式",
            "投诉途径",
            "受理途径",
            "受理渠道",
            "渠道",
            "channels",
            "how to complain",
            "contact us",
            "contacting us",
            "how to contact",
            "contacting",
            "ways to complain",
            "making a complaint",
            "how to make a complaint",
            "联系方式",
            "联系电话",
            "投诉电话",
            "contact details",
            # 投诉接待时间及地点: where and when complaints are received, not what is done with them
            "接待时间",
            "受理时间",
            "接待地点",
            "受理地点",
            "时间及地点",
            "时间和地点",
            "时间与地点",
        ),
    ),
    (
        "scenarios",
        (
            "应急处置",
            "应急响应",
            "处置流程",
            "处置程序",
            "处理程序",
            "处理流程",
            "处置措施",
            "响应措施",
            "应急措施",
            # 电梯困人救援方法, 现场救援: the rescue a plan sets out is its procedure
            "救援方法",
            "解救方法",
            # 參、實施方式 / 实施办法: how the plan is carried out, what is done
            "实施方式",
            "实施办法",
            "执行方式",
            "应对方法",
            "现场救援",
            "抢险救援",
            "事故救援",
            "处置",
            "响应",
            "流程",
            "程序",
            "步骤",
            "措施",
            "应对",
            "的处理",
            "应急预案",
            "处理",
            "受理",
            "调查",
            "response",
            "procedure",
            "process",
            "handling",
            "steps",
            "what to do",
            "escalation",
            "escalating",
            "appeal",
            "acknowledg",
            "答复",
            "核实",
            "办理",
            "what happens next",
            "what happens after",
            "what we will do",
            "what we do next",
            "how we deal with",
            "how we handle",
            "how we will handle",
            "how we will deal",
            "how we'll",
            "how we’ll",
            "how your complaint will be",
            "what happens",
            "what to expect",
            "investigat",
            "our response",
            "final response",
            "responding to",
            "resolving",
            "回访",
            "结案",
            "登记",
            "what will happen",
            "not satisfied",
            "still unhappy",
            "remain unhappy",
            "remain dissatisfied",
            "complaints about",
            "complaint about",
            "complaints relating to",
            "complaints regarding",
            "complaints involving",
            "next steps",
            "actions",
            "investigation",
            "stage ",
            "stages",
            "step ",
            "phase ",
            "阶段",
        ),
    ),
]

# Headings that describe the plan itself rather than a section of it.
NOT_SECTIONS = (
    "要素",
    "组成",
    "必要性",
    "重要性",
    "意义",
    "背景",
    "结语",
    "结束语",
    "有关要求",
    "注意事项",
    "什么是",  # 什么是预防接种异常反应？: what a thing is, a definition
    "是什么",
    "其他",
    "conclusion",
)


# A heading that describes the event (its causes, features, the situation), under a procedure or not: what stands under
# it is no part of what is done (原因分析：因生产、运输等原因导致校服无法按时供应).
_DESCRIBES = re.compile(
    r"^[\u4e00-\u9fff]{0,8}(?:原因分析|原因|特征|特点|情景描述|事件描述|风险分析|危害分析|基本情况|概况)$|"
    r"^什么是|是什么[？?]?$|"
    r"^(?:background|causes?|description of the (?:incident|event))$",
    re.IGNORECASE,
)


def describes(title: str) -> bool:
    return bool(_DESCRIBES.match(title.strip().rstrip("：:")))


# A title word inside a longer word that means something else: 项目的顾客 holds no 目的 (purpose), a Service Level
# Objective (a response target) no objective of the plan
_INSIDE_OTHER_WORD = {
    "目的": re.compile(r"(?<![项题科节名盲])目的"),
    "objective": re.compile(r"(?<!service level )(?<!service-level )\bobjective"),
}


def _names(word: str, title: str) -> bool:
    inside = _INSIDE_OTHER_WORD.get(word)
    if inside:
        return bool(inside.search(title))
    if word.isascii():  # an English word as a word: "Immediate Supervisor" holds no "media"
        return bool(re.search(rf"\b{re.escape(word)}", title))  # a stem goes on (acknowledg-ement)
    return word in title


# A stage or step of the procedure named first (First Step: Immediate Supervisor, Final Step: Human Resources, Stage 2
# – Review): a part of the procedure, whatever the words after it name
_STAGE_FIRST = re.compile(
    r"^(?:(?:stage|step|phase)\s*(?:\d|one|two|three|four|five)|(?:first|second|third|fourth|fifth|final)\s+(?:stage|step|phase))\b",
    re.IGNORECASE,
)
# A tier a complaint is taken on to, named by what is done at it (Review, Independent review, Appeal, Escalation
# Procedure, External Procedure, 复核)
TIER_TITLE = re.compile(
    r"^(?:(?:internal|independent|final|second|further|formal|management|external)\s+)?(?:review|appeal|escalation)s?"
    r"(?:\s+(?:stage|procedure|process))?\s*$|^external\s+(?:procedure|process|stage)\s*$|^(?:复核|复查|申诉|再次申诉)$|"
    r"^escalated\s+(?:complaints?|concerns?|cases?|stage)\s*$",
    re.IGNORECASE,
)
# The stage before the first numbered one, where a complaint is settled without the formal procedure (Informal process,
# Making an informal complaint, Pre-Phase, Local resolution): a stage of the procedure too, its first tier
INFORMAL_STAGE = re.compile(
    r"^(?:(?:(?:making|raising|how\s+to\s+(?:make|raise))\s+)?(?:the\s+|an\s+)?informal\b|pre-?\s*(?:phase|stage)\b|"
    r"(?:local|early|frontline|front-line|on-the-spot)\s+resolution\b|initial\s+(?:complaint|concern)s?$)",
    re.IGNORECASE,
)


# What a post or group is charged with, as a label: 主要职能： / 工作要求： over a group's charges (a lead-in, no duty and
# no procedure), 组长职责： at the end of a lead-in
DUTIES_WORDS = "职责|职能|分工|任务"
DUTIES_LABEL = re.compile(rf"(?:其)?(?:主要|工作|岗位)?(?:{DUTIES_WORDS}|要求)\s*(?:是|为|如下|包括)?\s*[：:]?")


def not_a_section(title: str) -> bool:
    """The title says what no section of the plan holds (注意事项, 背景, 要素组成); 小组成员 holds no 组成."""
    lowered = re.sub(r"组成员", "", title.lower())
    return any(word in lowered for word in NOT_SECTIONS)


def section_for(title: str) -> str | None:
    lowered = title.lower()
    if not_a_section(lowered) and not any(w in lowered for w in ("职责", "原则", "时限", "流程", "程序")):
        return None
    if re.search(r"(?:如何|怎样|怎么|怎麼)(?:处理|处置|应对|办理|解决|救治|抢救)", lowered):
        return "scenarios"  # 如何处理预防接种异常反应？: how a case is handled, what is done
    if re.search(r"(?:小组|指挥部|委员会|工作组|领导组)(?:成员)?(?:及其?|和)?(?:工作)?(?:职责)?$", lowered):
        return "organisation"  # 突发地震灾害应急处置指挥小组: a group the plan sets up, whatever it is to handle
    if INFORMAL_STAGE.match(lowered) or re.fullmatch(
        r"(?:[a-z]\s*[.):：]\s*)?(?:making\s+a\s+)?formal\s+(?:complaints?|approach)", lowered
    ):
        return "scenarios"  # Initial Complaint / Formal Complaint: a way a complaint is taken, what is done in it
    if _STAGE_FIRST.match(lowered):
        # a step of the procedure, whatever the words after it name (Human Resources, Immediate Supervisor), unless
        # they name the ways to complain (Step one – contact us) or the grades
        key = section_for(_STAGE_FIRST.sub("", lowered).strip(" :：–—-"))
        return key if key in ("channels", "levels") else "scenarios"
    if re.search(r"分级负责(?:责任)?人", lowered):
        return "organisation"  # 工作网络与分级负责责任人: who is responsible at each level, a roster
    if re.search(r"分级(?:派单|派发|分派|转办|交办|流转|处理|办理)", lowered):
        return "scenarios"  # 分级派单: complaints handed on by their grade, what is done with each
    if re.search(r"(?:作|按)(?:如下|以下|下列)(?:程序|流程|方式)?(?:处理|办理|处置)$", lowered):
        return "scenarios"  # 对投诉受理范围的投诉，区别不同情况作如下处理: what is done, whatever the words before it name
    if re.search(r"首问(?:负)?责任?制", lowered):
        return "scenarios"  # 首问责任制度: who takes a complaint first and what they do with it (问责 only in its letters)
    for key, words in SECTIONS:
        if any(_names(word, lowered) for word in words):
            if (
                key == "monitoring"
                and len(lowered) <= 12
                and re.search(r"预防|防范|prevention", lowered)
                and not re.search(r"预警|监测|预报|监控|预测|warning|monitor", lowered)
            ):
                return "scenarios"  # (一)预防 / 预防措施 / Prevention: what is done beforehand, each measure a step
            if key == "monitoring" and re.search(r"(?:预警|预报)[^，,]{0,6}后[^，,]{0,6}(?:处置|处理|响应|应对)$", lowered):
                return "scenarios"  # 破坏性地震预警后的先期处置: what is done once the warning is given
            if key == "reporting" and re.search(r"(?:处置|处理|响应)[^，,]{0,4}(?:程序|流程)", lowered):
                return "scenarios"  # 应急处置报告程序: what is done, and to whom it is reported, at each grade
            if key == "drills" and re.search(r"(?:事件|事故|险情|突发)[^，,]{0,4}(?:处置|处理|应对)$", lowered):
                return "scenarios"  # 防暴演练与暴力事件处置: what is done when the event comes, not the drill alone
            if key == "accountability" and re.search(r"(?:程序|流程)$", lowered):
                return "scenarios"  # 考核程序: the steps of an assessment, not rewards and sanctions
            if key == "media" and re.search(
                r"(?:事件|曝光|危机)[^，,]{0,4}(?:处置|处理|应对|响应)|(?:处置|应对)(?:流程|程序|预案)|类?(?:投诉|客诉)(?:案件)?$|类案件$",
                lowered,
            ):
                # 媒体曝光事件处置 / 舆情事件应对 / 新闻媒体类投诉案件: a kind of event or complaint and what is done with it,
                # not media rules
                return "scenarios"
            if key == "support" and re.search(r"(?:流程|程序|步骤)(?:如下)?[:：]?$", lowered):
                # 人力资源外包及派遣流程, 天气设备防护具体步骤如下：: a procedure, whatever its subject (资源, 设备)
                return "scenarios"
            if key == "support" and re.search(r"人力资源|human resources", lowered) and not re.search(r"保障|support", lowered):
                continue  # 人力资源服务: the service a firm sells or a department, not the resources kept for an emergency
            if (
                key == "support"
                and not re.search(r"保障|资源|support|resources", lowered)
                and re.search(r"恢复|故障|事故|停运|运行|抢修|维修|处置|处理|failure|breakdown", lowered)
            ):
                return "scenarios"  # 设备恢复运行 / 设备故障处置: what is done with the equipment, not the equipment kept
            return key
    if re.search(r"[\u4e00-\u9fff]{2}预案$", lowered) and not re.search(r"本预案$", lowered):
        return "scenarios"  # 灭火和应急疏散预案 / 防汛预案: a plan for one kind of event, what is done in it
    if re.fullmatch(r"[\u4e00-\u9fff]{4,16}纠纷", lowered):
        # 消费者之间权益纠纷 / 消费者与我公司出现权益纠纷: a kind of dispute, how it is settled (运费争议 under a procedure
        # stays one of its cases)
        return "scenarios"
    return None


# ---------------------------------------------------------------- posts (roles)

# Nouns that name a post; a role is the shortest run of words ending in one of them.
POST_SUFFIXES = (
    # staff posts named by their work (值班员, 调度员, 网格员): posts where the sentence gives them work
    "值班员",
    "驾驶员",
    "调度员",
    "保安员",
    "网格员",
    "质检员",
    "监督员",
    "巡查员",
    "抢修员",
    "话务员",
    "接线员",
    "营业员",
    "乘务员",
    "讲解员",
    "督导员",
    "核查员",
    "稽核员",
    "检查员",
    "副组长",
    "组长",
    "副总指挥",
    "总指挥",
    "副主任",
    "主任",
    "副行长",
    "行长",
    "副经理",
    "经理",
    "负责人",
    "主管",
    "联络人",
    "联系人",
    "专员",
    "柜员",
    "保安人员",
    "保安",
    "值班人员",
    "值守人员",
    "经办人员",
    "经办人",
    "承办人",
    "客服人员",
    "发言人",
    "责任人",
    "管理员",
    "副秘书长",
    "秘书长",
    "秘书",
    "干事",
    "局长",
    "处长",
    "科长",
    "部长",
    "院长",
    "校长",
    "园长",  # a kindergarten's head
    "馆长",
    "站长",
    "总经理",
    "董事长",
    "总监",
    "首问责任人",
    "网点人员",
    "工作人员",
    "骨干",
    "人员",
    "部门",
    "专人",
    "管理层",
    "领导",
    "协调员",
    "接待员",
    "辅导员",
    "安检员",
    "宿管员",
    "值机员",
    "导游员",
    "服务员",
    "收费员",
    "售票员",
    "联络员",
    "调解员",
    "信息员",
    "安全员",
    "操作员",
    "审核员",
    "书记",
    "办公室",
    "科室",
    "处理中心",
    "服务中心",
    "指挥中心",
    "抢修单位",
    "责任单位",
    "承办单位",
    "牵头单位",
    "主办单位",
    "协办单位",
    "服务热线",
    "合规部",
    "保卫部",
    "办公厅",
    "受理人",
    "协会",
    "站长",
    "所长",
    "队长",
    "班长",
    "店长",
    "护士长",
    "值班长",
    "厂长",
    "馆长",
    "专管员",
    "客户经理",
    "委员",
    "顾问",
    # staff named by their trade (主办会计, 客服坐席, 当班医生, 站务员): posts where they act
    "会计",
    "出纳",
    "坐席",
    "座席",
    "医生",
    "医师",
    "护士",
    "导医",  # a hospital's guide at the door
    "医助",  # a doctor's assistant
    "接待人",  # 第一接待人: who first takes the complaint
    "律师",
    "站务员",
    "理赔员",
    "客服员",
    "营销员",
    "协管员",
    "稽查员",
    "检修员",
    "抄表员",
    "收银员",
    # posts of hotels, shops and schools (大堂副理, 收银课长, 领班, 班主任): posts where they act
    "副理",
    "课长",
    "领班",
    "班主任",
    "教师",
    "老师",
    "店员",
    "校医",  # a school's doctor
    "校办",  # a school's office (学校办公室)
    "股长",  # the head of a section (安全股股长)
    "助理",  # 管业助理, 总经理助理: an assistant post
    "主席",  # 工会主席, 工会副主席: the chair of a union or a committee
)
# A post named by its work and 员 (秩序维护员, 客房服务员, 设备维修员): any such word the lists above lack; not members,
# customers or people a harm befalls (成员, 会员, 学员, 伤员), nor a verb (动员, 派员, 裁员)
_ANY_STAFF = r"(?<=[\u4e00-\u9fff]{2})(?<![成动裁减党会学伤病团社满全增超派专委职官演人队组议船海雇])员(?![工额])"
# A desk named by its work and 岗 (投诉受理岗, 综合岗, 门岗): not being at, leaving or taking a post (在岗, 离岗, 上岗)
# nor the post itself (岗位, 岗前培训)
_ANY_DESK = r"(?<=[\u4e00-\u9fff])(?<![在到上下离站值返顶轮守换转定坚驻待脱空同本各该全每爱加排有设龙岗串漏一替双人])岗(?![位前亭哨楼]|人员|员)"
# A delegate seated for those they speak for (家长代表, 学生代表, 管理者代表, 客服代表, 法人代表): not the verb (这代表,
# 代表公司出席) nor the body of delegates (职工代表大会)
_DELEGATE_OF = r"(?:(?<=家长)|(?<=[生工者会户民友服售药业人员师级主])(?<!与会))代表"
_ANY_DELEGATE = _DELEGATE_OF + r"(?!大会|会|团|着|了|的|性|作用|意见)"
# How a post's name ends: a listed post, or anyone of the staff, a desk or a delegate so named
_POST_ENDINGS = "|".join([*sorted(POST_SUFFIXES, key=len, reverse=True), _ANY_STAFF, _ANY_DESK, _ANY_DELEGATE])
ROLE_PATTERN = re.compile(
    r"(?:我行|本行|我公司|本公司|全体|所有|各)?(?P<role>[^\s由的和或及在向应将请对是为与、，。；：,;:（）()“”\"'《》0-9A-Za-z—–\-]{0,8}?"
    rf"(?:{_POST_ENDINGS}))"
    rf"(?!小组|组(?!织|成|建)|班子|干部|机构|全|下|们|中心|制|之间|间|领导|负责人|主任|经理|主管|专员|总监|部门|办公室|员|委员|助理|{_DELEGATE_OF}|"
    r"(?<=委员)会|(?<=部)门|(?<=科室|处室|部门)(?:工作)?人员|(?<=会计)(?:师|科|部|处|室|凭证|核算|账|报表|档案)|"
    r"(?<=医师|护士)(?:长|站)|(?<=校医)[院务室]|(?<=院长|校长|行长|局长|厂长|所长|站长)[室办]|(?<=导医|医助)[生师院疗务学药护理手]|(?<=律师)(?:事务所|函)|(?<=秘书)[处室科]|(?<=协会)(?:秘书|副?会长|理事)|(?<=保安)(?:部|处|队|科|室)|(?<=园长|馆长|站长)[期廊颈久远度])"  # 保卫部门 is one post, not 保卫部 and a 门; so is 科室工作人员
)
# Units named by their ending (护理部, 财务科, 纪检监察室, 业务质量管理科, 客户服务中心, 抢修队): a unit is a role only
# where the sentence gives it work (roles.agent_posts), since these endings also end common words (全部, 处理).
UNIT_PATTERN = re.compile(
    r"(?:我行|本行|我公司|本公司|各)?(?P<role>[^\s由的和或及在向应将请对是为与、，。；：,;:（）()“”\"'《》0-9A-Za-z—–\-/／到至其]{1,10}?"
    r"(?:办公室|委员会|中心|(?<![全内外局细干大])部(?!分|署|门|长|件|位|属|落|队|室)|(?<![学专])科(?!学|技|目|研|普|长|员|室|口罩)|"
    r"(?<![教会议接待休息候诊宾解档案])室(?!内|外|主任)|(?<![到好之妥随此住各])处(?!理|置|臵|罚|分|于|在|长|境)|"
    r"(?<![军部团乐排插])队(?!伍|员|长)|"
    # 县住建局, 市场监管局: a bureau (a member of a government's own plan; outside a company's, roles.outside_body)
    r"(?<![大全格结布当变骗赌饭邮棋开终出败胜时政])局(?!长|面|势|部|限|外|内|中|里|域)|"
    # 供电所, 营业所 (not 场所, 住所, 派出所 — an outside body)
    r"(?<![场住厕处诊寓居出之其无有派务])所(?![有以在谓属得需述长要涉致提作采发做说示列购購持携])|"
    # 供热公司, 物业公司, 经营公司: a company named by its trade, that the plan gives work (not a legal name: 有限公司)
    r"(?<=物业|供热|保洁|保安|维保|经营|专业|施工|监理|安保|物流|物管)公司(?![的章名法])|"
    # 信访办, 党政办, 综治办: an office named by the usual short form of its work
    r"(?<=信访|党政|综治|维稳|综合|总经|纪委|督查|政务|行政|政法|安委|应急)办(?![理法公事结件好成妥])|"
    # 春运办, 热线办, 医患办: any office so named, not the verb in 承办, 督办, 交办 …
    r"(?<=[\u4e00-\u9fff]{2})(?<![承督交转代主协查包开举创操经领帮照兴申缓首来好难要就去再可能该上下来常不护成正拖么任怎咋特急即导])"
    r"办(?![理法公事结件好成妥学班税案证照字文]|发(?!出|布))))"
    r"(?!小组|工作组|班子|干部|机构|们|主任|经理|负责人|领导|人员|成员|部门)"
)
NOT_UNITS = {
    "部门",
    "中心",
    "单位",
    "各部门",
    "其他部门",
    "职能部门",
    "有关部门",
    "相关部门",
    "科室",
    "处室",
    "各科室",
    "各处室",
    "内部",
    "外部",
    "全部",
    "本部",
    "总部",
    "工作组",
    "小组",
}

EN_ROLE_PATTERN = re.compile(
    r"\b(?P<role>(?:Heads?|Directors?|Chief)\s+of\s+(?:[A-Z][\w&-]*)(?:\s+(?:and\s+|&\s+)?[A-Z][\w&-]*){0,3}|"
    # the Chair of the Parish Council, Clerk to the Governors: a post of a named body
    r"(?:Chair(?:man|person)?|Clerk)\s+(?:of|to)\s+the\s+(?:[A-Z][\w&-]*)(?:\s+[A-Z][\w&-]*){0,3}|"
    r"(?:[Hh]eads?)\s+of\s+(?:the\s+)?(?:department|service|team|unit|directorate)|"
    # (Quality Assurance (QA) Department: its short name may stand before the last word)
    r"(?:[A-Z][a-z]+\s+){1,3}(?:\([A-Z]{2,6}\)\s+)?(?:[Mm]anager|[Oo]fficer|[Dd]irector|Head|Lead|Leader|[Cc]oordinator|"
    r"[Cc]ontroller|[Ss]upervisor|[Aa]dviser|[Aa]dvisor|[Tt]eam(?!\s+(?:[Ll]eader|[Mm]anager|[Mm]ember|[Ll]ead)\b)|Committee|"
    r"Chair|Secretary|Executive|Clerk|[Hh]andler|"
    r"[Ii]nvestigator|[Rr]epresentative|[Cc]hampion|Panel|[Ss]pecialist|[Aa]dvocate|[Cc]onsultant|[Aa]nalyst|"
    r"[Aa]dministrator|[Cc]aseworker|Department)s?(?!\s+(?:of|for)\s+[A-Z])|"
    r"(?:senior|duty|complaints?|customer service|case|branch|team|frontline|front-line|front line)\s+"
    r"(?:manager|officer|handler|team|adviser|lead|staff))\b"
)

# Groups: a name ending in one of these.
GROUP_SUFFIXES = ("领导小组", "工作小组", "工作组", "受理小组", "应急小组", "小组", "指挥部", "指挥中心", "委员会", "办公室")
GROUP_PATTERN = re.compile(
    r"(?:成立|设立|组建|设置)(?:了)?(?:一个)?(?P<name>[^，。；,;：:]{0,30}?(?:" + "|".join(GROUP_SUFFIXES) + r"))"
)

# Vague words that are not posts on their own.
NOT_ROLES = {
    "谁主管",  # 谁主管，谁负责: a principle, nobody
    "谁负责",
    "负责人",
    "工作人员",
    "员工",
    "相关人员",
    "有关人员",
    "骨干",
    "主管",
    "经理",
    "人员",
    "部门",
    "领导",
    "各部门",
    "统一领导",
    "办公室",
    "中心",
    "单位",
    "各单位",
    "书记",
    "全体员工",
    "所有员工",
    "其他部门",
    "客户",
    "投诉人员",
    "责任人",
    "指挥",
    # a responsibility, not a post (X为第一责任人, 首问负责制), and a kind of unit named alone
    "第一责任人",
    "首问责任人",
    "首问负责人",
    "直接责任人",
    "主要责任人",
    "科室",
    "处室",
}
# The members of a group (小组所有人员, 工作组成员) are the group, not another post. Vague posts (相关部门,
# 有关负责人) are kept: a plan that gives work to them is transcribed as it is, vague.
VAGUE_POST = re.compile(
    r"(?:小组|工作组|组)(?:所有|全体)?(?:人员|成员)$|组成人员$|成员名单$|(?:第一|直接|首问)(?:责任人|负责人)$|^主要(?:责任人|负责人)$|"
    # people an incident involves, not staff (无关人员, 围观人员), and a group's members named as units
    r"(?:正常|无关|闲杂|外来|可疑|围观|涉事|伤亡|受伤|重伤|轻伤|被困|受困|遇险|伤病|上访|来访|其他|其它|闹事|滋事|肇事|醉酒|大规模|大批|大量)人员$|"
    r"^成员(?:部门|单位)$|^具体(?:负责人|责任人)$|^有?(?:伤|闹事|滋事|肇事)者$|"
    r"^(?:以|如)?下(?:列)?人员$|^(?:以上|上述)人员$|"  # 由以下人员组成: the people listed next, no post
    r"^在(?:岗|职)(?:工作)?人员$|"  # the staff on duty, all of them
    r"^(?:参加|参与|出席|列席|与会|参演|参训)人员$|"  # those who take part (演练记录：时间、内容、参加人员): no post
    r"(?:其他|其它)(?:部门|单位|科室|处室|人员|机构)$|统一领导$|"  # 校内其他部门: the others; 统一领导: a principle
    r"^(?:任何|任一|每个|每一)"  # 任何部门和个人不得…: anyone, no post
)
# Words before a post that are not part of its name (verbs of assigning, quantities, modal words).
# Cut a candidate after the last of these (a verb or particle before the post's own name).
ROLE_CUT = re.compile(
    r".*(?:设立|设置|确定|指派|指定|配备|安排|组织|培训|包括|包含|一名|一个|要求|协调|联系|通知|上报|报告|提高|培养|"
    r"注重|加强|明确|保护|确保|尽力|使|让|请(?!示)|由|向|影响|经由|且|时(?![段间期刻])|当(?!事|班|值|地|日|天|台|晚|夜)|(?<![责主信专])任(?!何)|担任|成立|建立|需要|等|哪些|配合|给予|形成|落实|汇报|报|交办|"
    r"移交|转交|提交|根据|按照|依据|了解|跟踪|提示|会同|通过|完成|调配|简称|必须|督促|联合|协助|指导|告知|报请|请示|"
    r"征求|抄送|送交|交由|会商|会办(?!公)|邀请|召集|做好|开展|负责(?!人)|统称|(?<=[\u4e00-\u9fff])之(?![内后前间外中上下])(?=[\u4e00-\u9fff]{2})(?!(?:人员|工作人员|单位|部门|员工|同仁|职员)$)|"
    # an adverb or a verb of the act before the post it governs (立即带领保安, 尽量提供…, 办理本部门…)
    r"立即|立刻|马上|迅速|尽快|尽量|随即|带领|率领|提供|拨打|致电|办理|本(?=(?:部门|单位|科室|处室|岗位)$)|公布|公示|张贴|开通|"
    r"设(?=(?:副)?(?:组长|总指挥|指挥长|主任|秘书长)|成员|组员)|"  # 小组设组长1名: the title the group sets, not 小组设组长
    # a harm or cause before the people it befalls (造成人员受伤, 导致人员伤亡): people, no post
    r"造成|导致|引起|致使|引发|"
    # a clause of how many before the unit it concerns (如闹事人员较多部门应…): no part of its name
    r"较多|过多|众多|"
    # a verb of drawing on or fitting to a unit (可抽调中心办公室工作人员, 结合学生社区中心工作实际)
    r"抽调|结合|"
    # what is done to people, not a post (安抚被困人员, 疏散站外人员, 解救受困人员)
    r"(?:安抚|疏散|解救|救助|救治|护送|慰问|劝离|撤离|转移|营救|抢救|规劝|劝说|劝阻|制止)(?=[\u4e00-\u9fff]{2})(?![\u4e00-\u9fff]{0,4}(?:组|队|班))|"
    # a case handed to the post (一般投诉派售后专员, 工单转客服主管)
    r"(?<=投诉|事件|案件|问题|工单|诉求|客诉)(?:派|转)|"
    # verbs a post is the object of (属于职能科室, 责成有关部门, 询问相关人员, 工程部反馈总指挥, 按领导批示)
    r"属于|责成|批转|询问|泄露|反馈|对接|服从|听从|按(?=[\u4e00-\u9fff]{2})|追究|表彰|处分|问责(?!任)|推动|推进|促进|履行|接受|(?<![移转提])交(?![通流易换付纳叉界接警办由给])|(?<![已曾])经(?![理营费济验常办过历纪手由治管]))"
)
ROLE_LEAD = re.compile(
    # a word of a case or exception before the post (除值班经理外, 如监控中心…, 若总经理不在, 依主管…, 安排好…)
    r"^(?:除|如(?!意)|若|倘若|假如|依(?=[\u4e00-\u9fff]{3})|因(?=[\u4e00-\u9fff]{3})|好(?=[\u4e00-\u9fff]{3})|"
    r"该|进行|应该|应当|应|需要|须要|需|须|要|并|标注|公布|公示|张贴|本(?=[\u4e00-\u9fff]{2})|同时|指派|指定|设立|设置|配备|安排|组织|培训|包括|包含|一名|一个|"
    r"专业的|要求|协调|联系|通知|上报|报告|由|向|请|让|经由|经(?![理营费济验常办过历纪手治管])|定期|及时|建立|成立|设(?![备施计])|派|其中|以及|和|或|"
    r"将|对|给|为|是|在(?!岗|职)|与|持续为|尽快|立即|任(?!何)(?=[\u4e00-\u9fff]{2})|多个|各个|明确|从(?=第)|以(?=[\u4e00-\u9fff]{2})|—|-)+"
)

# Levels (severity words, grades, colours) are read in levels.py.

# ---------------------------------------------------------------- English words for ids

# Chinese words -> English for readable ids; the rest is written in pinyin.
ID_WORDS: dict[str, str] = {
    "领导小组": "leading-group",
    "工作小组": "working-group",
    "工作组": "working-group",
    "应急小组": "response-team",
    "小组": "group",
    "指挥部": "command",
    "指挥中心": "command-centre",
    "委员会": "committee",
    "办公室": "office",
    "副组长": "deputy-leader",
    "组长": "leader",
    "成员": "members",
    "副总指挥": "deputy-commander",
    "总指挥": "commander",
    "副行长": "vice-president",
    "行长": "president",
    "副主任": "deputy-director",
    "主任": "director",
    "副经理": "deputy-manager",
    "总经理": "general-manager",
    "大堂经理": "lobby-manager",
    "客户经理": "account-manager",
    "经理": "manager",
    "负责人": "head",
    "主管": "supervisor",
    "联络人": "liaison",
    "联系人": "contact",
    "发言人": "spokesperson",
    "保安人员": "guard",
    "保安": "guard",
    "柜员": "teller",
    "值班人员": "duty-staff",
    "值守人员": "duty-staff",
    "经办人员": "handler",
    "承办人": "handler",
    "客服人员": "customer-service",
    "客服": "customer-service",
    "工作人员": "staff",
    "人员": "staff",
    "领导": "leader",
    "员工": "staff",
    "营业网点": "outlet",
    "网点": "outlet",
    "综合部": "general-office",
    "综合管理部": "general-office",
    "办公室主任": "office-director",
    "营业部": "business-dept",
    "运营部": "operations",
    "科技": "it",
    "工会": "union",
    "个人金融部": "retail-banking",
    "公司业务部": "corporate-banking",
    "国际结算部": "intl-settlement",
    "风险管理": "risk",
    "法务": "legal",
    "合规": "compliance",
    "保卫部门": "security-department",
    "保卫部": "security",
    "保卫": "security",
    "部门": "department",
    "各部门": "departments",
    "分行": "branch",
    "支行": "sub-branch",
    "总行": "head-office",
    "省行": "provincial",
    "公司": "company",
    "物业": "property",
    "服务中心": "service-centre",
    "客户服务": "customer-service",
    "应急": "emergency",
    "一般": "general",
    "较大": "serious",
    "重大": "major",
    "特别重大": "extreme",
    "严重": "severe",
    "轻微": "minor",
    "投诉": "complaint",
    "客户": "customer",
    "群体性": "group",
    "过激": "aggressive",
    "媒体": "media",
    "舆情": "public-opinion",
    "首问": "first-contact",
    "处理": "handling",
    "应急预案": "plan",
    "预案": "plan",
    "派出所": "police",
    "公安": "police",
    "监管": "regulator",
    "银保监": "regulator",
    "人民银行": "pboc",
    # grades (the text is lowercased first: Ⅰ级 reads ⅰ级) and the words of a grading
    "ⅰ级": "level-1",
    "一级": "level-1",
    "i级": "level-1",
    "ⅱ级": "level-2",
    "二级": "level-2",
    "ii级": "level-2",
    "ⅲ级": "level-3",
    "三级": "level-3",
    "iii级": "level-3",
    "ⅳ级": "level-4",
    "四级": "level-4",
    "iv级": "level-4",
    "ⅴ级": "level-5",
    "五级": "level-5",
    "v级": "level-5",
    "ⅵ级": "level-6",
    "六级": "level-6",
    "vi级": "level-6",
    # letter grades (A类事件, D级): the letter kept, as the document names the grade
    "a级": "level-a",
    "b级": "level-b",
    "c级": "level-c",
    "d级": "level-d",
    "a类": "class-a",
    "b类": "class-b",
    "c类": "class-c",
    "d类": "class-d",
    "响应": "response",
    "时限": "time-limit",
    "预警": "warning",
    "红色": "red",
    "橙色": "orange",
    "黄色": "yellow",
    "蓝色": "blue",
    "事件": "incident",
    "处置": "response",
    "紧急": "urgent",
    "复杂": "complex",
    "简单": "simple",
    "普通": "ordinary",
    "主要负责人": "chief",
    "法律": "legal",
    "运营": "operations",
    "营销": "marketing",
    "工作": "work",
    "组": "team",
    "专班": "task-force",
    "协调": "coordination",
    "现场": "on-site",
    "宣传": "publicity",
    "部": "dept",
    "科": "section",
    "室": "office",
    # posts and units plans name often (an id in words reads better than pinyin)
    "顾问": "adviser",
    "副秘书长": "deputy-secretary-general",
    "秘书长": "secretary-general",
    "秘书": "secretary",
    "主任委员": "chair",
    "副主任委员": "deputy-chair",
    "委员": "member",
    "联络员": "liaison",
    "信息员": "information-officer",
    "协调员": "coordinator",
    "接待员": "receptionist",
    "调解员": "mediator",
    "安全员": "safety-officer",
    "审核员": "reviewer",
    "管理员": "administrator",
    "专员": "officer",
    "专人": "designated-officer",
    "值班室": "duty-room",
    "值班队长": "duty-captain",
    "值班领导": "duty-leader",
    "值班长": "duty-chief",
    "值班": "duty",
    "队长": "captain",
    "班长": "shift-leader",
    "信访办": "petition-office",
    "信访": "petition",
    "党政办": "party-government-office",
    "责任单位": "responsible-unit",
    "承办单位": "handling-unit",
    "牵头单位": "lead-unit",
    "单位": "unit",
    "分管领导": "leader-in-charge",
    "主要领导": "principal-leader",
    "分公司": "branch-company",
    "安保": "security",
    "科室": "departments",
    "管理": "management",
    # 管理者代表, 客服代表, 家长代表: a delegate (the ISO "management representative")
    "管理者": "management",
    "法定代表人": "legal-representative",
    "代表人": "representative",
    "代表": "representative",
    "家长": "parent",
    "学生": "student",
    "教师": "teacher",
    "质量": "quality",
    "业务": "business",
    "服务": "service",
    "中心": "centre",
    "热线": "hotline",
    "调度": "dispatch",
    "护理部": "nursing",
    "医务科": "medical-affairs",
    "财务": "finance",
    "纪检监察": "discipline-inspection",
    "消费者权益保护": "consumer-protection",
    "协会": "association",
    "保险": "insurance",
    "行业": "industry",
    "相关": "relevant",
    "有关": "relevant",
    "受理": "intake",
    "接待": "reception",
    "售后": "after-sales",
    "调查": "investigation",
    "抢修": "repair",
    "党委书记": "party-secretary",
    "书记": "secretary",
    "副局长": "deputy-director-general",
    "局长": "director-general",
    "处长": "division-head",
    "科长": "section-chief",
    "部长": "department-head",
    "董事长": "chairman",
    "院长": "president",
    "护士长": "head-nurse",
    "店长": "store-manager",
    "站长": "station-master",
    "总监": "chief-officer",
}

# What a paragraph is about, read from its topic (its label or first sentence) when its heading
# maps to no section. Stricter than the heading words: a sentence uses many of those in passing.
TOPICS: list[tuple[str, re.Pattern]] = [
    ("accountability", re.compile(r"追究.{0,20}责任|(?<!首)问责|责任追究|处分|与绩效挂钩|accountab|disciplinary", re.IGNORECASE)),
    ("media", re.compile(r"新闻媒体|媒体记者|记者采访|舆情|the media\b|press enquir", re.IGNORECASE)),
    ("privacy", re.compile(r"隐私|保密|个人信息|信息安全|数据泄露|confidential|personal data|data protection", re.IGNORECASE)),
    ("drills", re.compile(r"演练|演习|drill|exercise", re.IGNORECASE)),
    ("training", re.compile(r"培训|training", re.IGNORECASE)),
    (
        "review",
        re.compile(
            r"(?:修订|完善|优化|更新|评估|审查|审议)(?:和补充)?(?:应急)?预案|预案(?:的)?(?:修订|优化|更新|评估|实施效果)|"
            r"review (?:of )?this (?:plan|procedure)",
            re.IGNORECASE,
        ),
    ),
    ("channels", re.compile(r"投诉渠道|受理渠道|投诉热线|投诉电话|how to (?:make a )?complain", re.IGNORECASE)),
    # (监控中心, 监控室, 监控录像: a room or its cameras, no topic of watching for what may come)
    ("monitoring", re.compile(r"监测|监控(?!中心|室|设备|录像|系统|人员|画面|视频|摄像)|预警|monitor", re.IGNORECASE)),
    ("aftermath", re.compile(r"善后|总结经验|经验教训|回访|满意度调查|持续改进|lessons learn", re.IGNORECASE)),
    (
        "scenarios",
        re.compile(
            r"应急处理|应急处置|处理措施|处置措施|响应和处置|应急响应|处理流程|处理程序|接待|受理投诉|调查|安抚|劝解|"
            r"报警|赔偿|过激|处理好|妥善处理|解决(?:客户)?投诉|^(?:遇到?|当|如|若|对于?|凡)[^，。]{2,30}(?:时|的)[，,]|"
            r"handl|respond|investigat",
            re.IGNORECASE,
        ),
    ),
]


def topic_for(text: str) -> str | None:
    for key, pattern in TOPICS:
        if pattern.search(text):
            return key
    return None
