"""Make plans/heldout/sources/NAME.docx (and plans/heldout2/, heldout3/...) from NAME.txt: the published text as a Word document.

    python scripts/heldout_docx.py                # (re)writes every sources/NAME.docx of every held-out set
    python scripts/heldout_docx.py heldout2       # only the second held-out set (plans/heldout2/sources/)
    python scripts/heldout_docx.py heldout4       # only the fourth held-out set (plans/heldout4/sources/)

The .docx files are unseen documents for `plancraft import` (issue 19): the text of the source exactly as
published, with the source's own headings as Word headings (at the depth its numbering gives them) and its
bullets as a bulleted list. They are NOT rendered by plancraft. Left out of the .docx are the address
block at the top of NAME.txt and what the hosting web page adds around the document (the upload site's
format/size lines, a preview's page markers, "How is this webpage?"). A stored text that ran paragraphs
together is split only where the document's own numbering starts a new item.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "plans" / "heldout" / "sources"
SOURCES2 = ROOT / "plans" / "heldout2" / "sources"
SOURCES4 = ROOT / "plans" / "heldout4" / "sources"

# Per source: the title (Word's Title style; given where the stored text lost it, taken from the
# same text's other copy named in NAME.txt), heading patterns -> level, lines to leave out, and
# patterns where a run-together paragraph is split before the document's own item numbers.
LAYOUT: dict[str, dict] = {
    "xiamen-cdc-complaints": {
        "title": "行风或工作质量投诉处理流程",
        "skip": [r"^行风或工作质量投诉处理流程:$"],
        "headings": [(r"^受理登记及答复期限:$", 1)],
    },
    "postal-insurance-complaints": {
        "title": "保险投诉处理流程及应急预案",
        "strip": [r"^第1篇:保险公司应急预案 保险投诉 处理流程及应急预案 ", r"\n2、"],
        "split": r" (?=[一二三四五六七八九十]、)| (?=[12]、属于)| (?=\(\d\))| (?=XX年)",
        "headings": [(r"^四、投诉案件的处理程序$", 1)],
    },
    "postal-agency-insurance-emergency": {
        "title": "代理保险业务突发事件应急预案",
        "headings": [(r"^[一二三四五六七八九十]、", 1), (r"^\([一二三四五六七八九十]\)", 2), (r"^\d\. ", 3)],
    },
    "dazhu-hospital-complaints": {
        "title": "人民医院投诉处理制度",
        "skip": [r"^人民医院投诉处理制度$", r"^- (格式|大小|文档页数):"],
        "split": r"(?<=:)(?=一、)",
    },
    "highland-council-complaints": {
        "title": "How to make a complaint",
        "skip": [r"^How to make a complaint$", r"^How is this webpage\?$"],
        "headings": [(r"^What happens when you complain$", 1), (r"^Stage [12] – ", 2)],
    },
    "efg-hk-complaints": {
        "title": "We welcome your feedback",
        "skip": [r"^We welcome your feedback$"],
        "headings": [
            (r"^Acknowledgment and response of complaints$", 1),
            (r"^Alternative avenue to Financial Dispute Resolution Centre$", 1),
        ],
    },
    "gv-water-complaints": {
        "title": "Complaints handling",
        "headings": [(r"^Disputes over money$", 1), (r"^Not satisfied with the outcome\?$", 1)],
    },
    "birmingham-council-complaints": {
        "title": "The complaints process",
        "skip": [r"^The complaints process$"],
        "headings": [(r"^Stage [12] – ", 1), (r"^If you are unhappy with our review response$", 1)],
    },
}


# The second held-out set (plans/heldout2/). `title` None: the stored text has no title of its own and none is
# made up; `bullet`: the pattern of a bulleted line; `headings_once`: each heading pattern marks only its first
# line (a later line with the same words is text, e.g. an address block's first line).
LAYOUT2: dict[str, dict] = {
    "pingdingshan-petition-levels": {
        "title": "“五级应急预案” 保年底节前稳定",
        "skip": [r"^“五级应急预案” 保年底节前稳定$", r"^时间:2014-11-28 \| 浏览:"],
        "headings": [(r"^[一二三四五]级应急预案$", 1)],
    },
    "town-holiday-complaints": {
        "title": "国庆中秋假期处理投诉应急预案",
        "skip": [r"^处理投诉应急预案\(总3页\)$", r"^国庆中秋假期处理投诉应急预案$"],
        "split": r"(?<=^一、 目的:)|(?<=^五、 处理时效:)",
        "headings": [(r"^[一二三四五六]、", 1)],
    },
    "nanchong-insurance-major-complaints": {
        "title": "南充市保險行業(yè)重大投訴事件應急處理辦法",
        "skip": [r"^電 話:", r"^投訴電話:", r"^網\(wǎng\) 址:", r"^南充市保險行業\(yè\)重大投訴事件應急處理辦法$"],
        "headings": [(r"^[一二三]、", 1)],
    },
    "samsung-insurance-complaints": {
        "title": None,
        "skip": [r"^-$"],
        "headings": [(r"^\d\.保险消费投诉", 1), (r"^(投诉受理:|投诉处理$|时效要求$|不予受理的情况$)", 2)],
    },
    "scotcourts-complaints": {
        "title": "SCTS Complaints Procedure",
        "skip": [r"^SCTS Complaints Procedure$", r"^\[\.\.\.\]$"],
        "bullet": r"^[•-] ",
        "headings": [
            (r"^(What is a complaint|What can I complain about|What can’t I complain about|Who can complain)\?$", 1),
            (r"^[12] (Front Line Response|Investigation)$", 2),
        ],
    },
    "kroo-complaints": {
        "title": "How can I raise a complaint?",
        "skip": [
            r"^How can I raise a complaint\?$",
            r"^Did this answer your question\?$",
            r"^Team Kroo$",
            r"^• Updated$",
            r"^Was this article helpful\?$",
        ],
        "headings_once": True,
        "headings": [
            (r"^Next steps$", 2),
            (r"^Financial Ombudsman Service$", 2),
            (r"^When will I receive a response to my complaint\?$", 1),
        ],
    },
}

# The third held-out set (plans/heldout3/). `stop`: the first line of what the hosting page adds after a cut-off
# preview (left out with everything after it); `join`: the stored text broke the document's lines at the page width, so
# a line is joined to the paragraph before it when that paragraph does not end in punctuation, unless the line starts
# a new item (the pattern).
LAYOUT3: dict[str, dict] = {
    "property-major-events-levels": {
        "title": "物业管理重大事件应急响应管理规定(试行)",
        "skip": [r"^xd\.ag 香当", r"^物业突发性紧急事件现场处理方法$", r"^物业管理重大事件应急响应管理规定$", r"^\(试行\)$"],
        "stop": r"^下载文档到电脑",
        "headings": [(r"^第[一二三四五六七八九十]+章", 1)],
    },
    "nanjingjie-branch-petition": {
        "title": "南京街客户信访风险应急处理预案",
        "skip": [r"^- \d、", r"^查看更多$", r"^南京街客户信访风险应急处理预案$"],
        "join": r"^(\d、|组长:|副组长:|成员:)",
        "headings": [(r"^[一二三四五六七八九十]、", 1), (r"^[((][一二三四五六七八九十][))]", 2)],
    },
    "lanling-bus-complaints": {
        "title": None,
        "skip": [r"^扫一扫在手机打开当前页面$"],
        "headings": [(r"^[一二三四五六]、", 1)],
    },
    "bank-branch-consumer-disputes": {
        "title": "XX银行XX分行消费者纠纷突发事件应急预案",
        "skip": [r"^XX银行XX分行消费者纠纷(重大)?突发事件应急预案$", r"^\d\. \d、"],
        "headings": [(r"^第[一二三四五六七八九十]+章", 1), (r"^[((][一二三四五六七八九十][))]", 2)],
    },
    "power-station-outage-service": {
        "title": "供电所应急处置状态下优质服务工作方案",
        "skip": [r"^供电所优质服务投诉应急处理流程$", r"^- (格式|大小|文档页数):"],
        "strip": [r"(?m)^供电所应急处置状态下优质服务工作方案(?=为)", r"—1—"],
        "split": r"(?<=^一、指导思想)|(?<=^二、工作举措)|(?<=响应机制)(?=畅通)|(?<=告知服务)(?=畅通)|(?<=现场处置)(?=1\.)",
        "headings": [(r"^[一二三四五六七八九十]、", 1), (r"^[((][一二三四五六七八九十][))]", 2)],
    },
    "hospital-cas-complaints": {
        "title": "投诉方式和信息",
        "skip": [r"^公告公示 网站首页", r"^投诉方式和信息$", r"^2019/06/03$"],
        "headings": [
            (r"^(院领导接待日的具体时间和地点|我院投诉接待电话是多少)[??]$", 2),
            (r"^(院领导接待日制度|信访工作制度)$", 1),
        ],
    },
}

# The fourth held-out set (plans/heldout4/). `table`: where the source really has a table whose cells the stored
# text gives one to a line: (pattern of the first header cell, number of columns); every line from there to the end
# of the text is a cell, filled row by row (a row the stored text cuts off keeps its missing cells empty).
LAYOUT4: dict[str, dict] = {
    "cornwall-nhs-complaints": {
        "title": None,
        "bullet": r"^- ",
        "headings": [(r"^[1-4]\. (Acknowledgement|Assessment|Investigation|Checking)$", 1)],
    },
    "simplybe-ie-complaints": {"title": "How to make a complaint", "bullet": r"^- ", "headings": []},
    "hospital-complaints-emergency": {
        "title": None,
        "bullet": r"^- ",
        "headings": [(r"^[一二三]、", 1), (r"^\d\. \S{2,8}$", 2)],
    },
    "tourism-visitor-complaints": {
        "title": "游客举报投诉制度",
        "skip": [r"^游客举报投诉制度$"],
        "headings": [
            (r"^[一二三四五]、", 1),
            (r"^\d\.(现场投诉|线上渠道|其他方式|登记|调查|处理|反馈|归档)$", 2),
            (r"^附件$", 1),
            (r"^投诉表$", 2),
        ],
    },
    "property-complaints-guide": {
        "title": "日常业主/客户投诉物业处理工作指南",
        "skip": [r"^日常业主/客户投诉物业处理工作指南$", r"^2025-12-17 16:49:55 admin$"],
        "headings": [(r"^[一二]、", 1), (r"^\(一\)", 2)],
        "table": (r"^岗位$", 4),
    },
}

# The fifth held-out set (plans/heldout5/); none of its six sources has a table.
LAYOUT5: dict[str, dict] = {
    "bank-consumer-major-incidents": {
        "title": "XX银行消费者重大突发事件应急预案",
        "skip": [r"^XX银行消费者重大突发事件应急预案$"],
        "headings": [(r"^目录$", 1), (r"^第[一二三四]部分", 1), (r"^\(一\)业务处理小组$", 2)],
    },
    "daqing-rcb-branch-incidents": {
        "title": "突发事件应急预案",
        "skip": [r"^突发事件应急预案$"],
        "headings": [(r"^一、", 1), (r"^\(一\)一般突发事件", 2)],
    },
    "school-uniform-incidents": {
        "title": None,
        "headings": [(r"^[一二三]、", 1), (r"^\([一二]\)", 2), (r"^\d\. (事件分级|处置措施|原因分析)", 3)],
    },
    "property-water-outage": {
        "title": "突发停水应急处理预案",
        "skip": [r"^突发停水应急处理预案$"],
        "headings": [(r"^2供水突然中断$", 1), (r"^(图表说明|文字说明):$", 2), (r"^\d\.\d\S{2,6}:$", 3)],
    },
    "bishopsgate-complaints": {"title": "Complaints", "headings": []},
    "pantaenius-complaints": {"title": "Complaints", "headings": [(r"^The Financial Ombudsman Service$", 2)]},
}

# The sixth held-out set (plans/heldout6/): Chinese finance plans; none of the stored sources has a table. `strip`
# removes a document-sharing site's page-preview markers (1、 2、 3、 at the start of each preview page, which cut
# words in two) so that the text runs on; `split` then breaks the run-together text only before the document's own
# numbering (一、 / (一)) or after a heading that the stored text ran into its first sentence.
LAYOUT6: dict[str, dict] = {
    "village-bank-wealth-complaints": {
        "title": "村镇银行理财业务突发事件应急预案",
        "strip": [r"^1、村镇银行理财业务突发事件应急预案", r"\n[23]、"],
        "split": r"(?=[一二三]、)|(?=\([一二三]\))|(?<=预防与预警)(?=对)|(?<=应急措施)(?=若)",
        "headings": [(r"^[一二三]、", 1)],
    },
    "bank-hall-complaints": {
        "title": "银行投诉厅堂应急预案",
        "skip": [r"^银行投诉厅堂应急预案$"],
        "bullet": r"^- ",
        "headings": [(r"^[一二三]、", 1), (r"^\d\. ", 2)],
    },
    "hengtai-securities-complaints": {
        "title": "恒泰证券有限责任公司营业部客户投诉管理办法",
        "skip": [r"^恒泰证券有限责任公司营业部客户投诉管理办法$"],
        "headings": [],
    },
    "psbc-branch-service-incidents": {
        "title": "营业网点服务应急处理预案",
        "skip": [r"^营业网点服务应急处理预案$"],
        "split": r" *(?=[((][一二三四五六七][))])",
        "headings": [(r"^[一二三四五六七八九十]+、.*应急预案$", 1)],
    },
    "yangjiang-financial-major-complaints": {
        "title": "阳江市金融机构重大金融消费投诉应急处置预案(参考文本)",
        "skip": [r"^阳江市金融机构重大金融消费投诉应急处置预案"],
        "headings": [(r"^[一二三四五六七八九十]+、", 1), (r"^[((][一二三四五六七八九十]+[))]", 2)],
    },
}

# The seventh held-out set (plans/heldout7/). `pipe_table`: the stored text gives the page's table one row a line with
# its cells between "|" (a Markdown-style separator row after the header); consecutive such lines become one Word
# table. `strip` removes the mirror site's pinyin glosses after characters (務(wù) -> 務), which the organisation's own
# document does not have.
LAYOUT7: dict[str, dict] = {
    "anglian-water-complaints": {
        "title": "How to make a complaint",
        "skip": [r"^How to make a complaint$"],
        "headings": [(r"^Stage (One|Two|Three):$", 1)],
    },
    "cashlab-complaints": {
        "title": None,
        "bullet": r"^- ",
        "pipe_table": True,
        "headings": [(r"^(Information Collection|Our Process|Response Requirements|Response Timeframes)$", 1)],
    },
    "yuexi-water-complaints": {
        "title": "投訴機制",
        "skip": [r"^投訴機制$"],
        "strip": [r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)"],
        "headings": [(r"^[一二三]、", 1)],
    },
    "mianyang-airport-complaints": {
        "title": "旅客须知",
        "skip": [r"^旅客须知$"],
        "join": r"^(\d\.|[一二三四]、)",
        "headings": [(r"^[一二三四]、", 1)],
    },
    "zjgsu-business-school-student-incidents": {
        "title": "浙江工商大学工商管理学院学生突发事件应急处理预案",
        "skip": [r"^浙江工商大学工商管理学院学生突发事件应急处理预案$"],
        "headings": [],
    },
}

ENGLISH = {
    "highland-council-complaints",
    "birmingham-council-complaints",
    "efg-hk-complaints",
    "gv-water-complaints",
    "scotcourts-complaints",
    "kroo-complaints",
    "cornwall-nhs-complaints",
    "simplybe-ie-complaints",
    "bishopsgate-complaints",
    "pantaenius-complaints",
    "anglian-water-complaints",
    "cashlab-complaints",
}
LAYOUT8: dict[str, dict] = {
    "h8-1": {
        "title": "天津市旅游投诉工作应急预案",
        "strip": [r"目录.*?\(7\)(?=天津市)"],
        "split": r"(?<=工作应急预案)(?=天津市旅游局)|(?<=天津市旅游局)(?=二00七年九月)|(?<=九月)(?=天津市)|(?<=[^\d.])(?=\d(?:\.\d){0,2}[\u4e00-\u9fff])",
        "skip": [r"^天津市旅游投诉工作应急预案$", r"^\[\.\.\.\]$"],
        "headings": [
            (r"^\d(总则|组织领导和工作职责)$", 1),
            (r"^\d\.\d[^\d.]{2,12}$", 2),
            (r"^\d\.\d\.\d[^\d.][^。]{1,14}。$", 3),
            (r"^\d\.\d\.\d\.\d.{2,20}紧急情况$", 4),
        ],
    },
    "h8-2": {
        "title": "山东省旅游局关于印发《山东省旅游投诉工作应急预案》的通知",
        "skip": [r"^山东省旅游局关于印发《山东省旅游投诉工作应急预案》的通知$"],
        "headings": [(r"^3\.[2-9]\S{4,20}应急处置程序$", 2)],
    },
    "h8-3": {
        "title": "信用社营业网点服务突发事件应急预案",
        "strip": [r"^1、(信用社营业网点服务突发事件应急预案){3}", r"\n[23]、"],
        "split": r"(?=第[一二三四五六七八九十]+条)|(?<=工作原则)(?=处置)|(?<=工作职责)(?=联社)|(?<=工作职责:)|(?=\([一二三四五六七八九十]\))|(?<=[;:])(?=\d、)",
        "headings": [(r"^第[二三]条\S+(原则|职责)$", 1), (r"^\([一二三]\)\S+职责:$", 2)],
    },
    "h8-4": {
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [(r"^What happens next\?$", 1), (r"^What if you’re not happy with the outcome of the complaint\?$", 1)],
    },
    "h8-5": {"title": None, "english": True, "headings": [(r"^Our (Internal|external) complaints process$", 1)]},
}

LAYOUT9: dict[str, dict] = {
    "h9-1": {
        "title": "物业公司投诉处理应急预案",
        "strip": [r"^物业公司投诉处理应急预案"],
        "split": r"(?=[一二三四五六七八九十]、)|(?=\([一二三四五六七八九十]\))|(?=\d\.)|(?<=\(一\)编制目的)|(?<=\(二\)适用范围)"
        r"|(?<=\(三\)基本原则)|(?<=投诉处理领导小组)(?=组长)|(?=职责:)",
        "headings": [(r"^[一二三四五六七八九十]、", 1), (r"^\([一二三四五六七八九十]\)", 2)],
    },
    "h9-2": {
        "title": None,
        "skip": [r"^银行寻衅滋事应急预案演练$"],
        "split": r"(?<=^第二节组织机构)|(?<=^第三节应急处理要求)|(?<=^第四节应急处理预案)|(?<=成立应急处理领导小组)"
        r"|(?<=[^副])(?=组长:)|(?=副组长:)|(?=成员:)",
        "headings": [(r"^第[一二三四五六七八九十]节", 1), (r"^一、服务大厅客流", 2)],
    },
    "h9-3": {
        "title": "重要客户投诉大量客户集中投诉应急预案",
        "strip": [r"^第第PAGE\\MERGEFORMAT1页共NUMPAGES\\MERGEFORMAT1页重要客户投诉大量客户集中投诉应急预案"],
        "split": r"(?=[一二三四五六七八九十]、)|(?=1适用范围)|(?<=1适用范围)|(?=2响应分级)|(?<=2响应分级)"
        r"|(?=1应急组织形式)|(?<=构成单位)",
        "headings": [(r"^[一二三四五六七八九十]、", 1), (r"^\d(适用范围|响应分级|应急组织形式及构成单位)$", 2)],
    },
    "h9-4": {
        "title": "How to make a complaint",
        "english": True,
        "skip": [r"^How to make a complaint$"],
        "bullet": r"^- ",
        "headings": [(r"^(Raise your concerns|What happens next|And finally)$", 1)],
    },
    "h9-5": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [(r"^(Contacting us|Additional assistance|Resolving your complaint)$", 1)],
    },
}

# The tenth held-out set (plans/heldout10/). `strip` in h10-1 removes what the sharing site put into the text: its page
# numbers (13, 14) and the spaces it set around highlighted words (危机事件, 分公司总经理室成员) and inside "( 2)"; a
# space after 第…条/章/节 stays, as a Chinese author types it. None of the five sources has a table.
LAYOUT10: dict[str, dict] = {
    "h10-1": {
        "title": "嘉禾人寿保险股份有限公司危机管理暂行规定",
        "skip": [r"^嘉禾人寿保险公司危机管理制度\(编辑修改稿\)内容摘要:$"],
        "strip": [
            r" 1[34] (?=\S)",
            r"(?<=。) (?=[\u4e00-\u9fff])",
            r"(?<=\() ",
            r"(?<=\d\)) ",
            r"(?<=[\u4e00-\u9fff])(?<![条章节]) (?=[\u4e00-\u9fff])",
        ],
        "split": r" *(?=\(\d\))| *(?=第[一二三四五六七八九十]+[章节条] )",
        "headings": [(r"^第[一二三四五六七八九十]+章 ", 1), (r"^第[一二三四五六七八九十]+节 ", 2)],
    },
    "h10-2": {
        "title": "医院信访稳定工作应急预案",
        "skip": [r"^- (1|0|约.*|\d{4}-\d\d-\d\d 发布于.*|举报)$", r"^医院信访稳定工作应急预案$"],
        "bullet": r"^- ?",
        "headings": [(r"^[一二三四五六七八九十]、", 1), (r"^\d\.(指挥部职责|\S{2,6}组(\(|$))", 2)],
    },
    "h10-3": {
        "title": "电商平台客户投诉应急预案",
        "skip": [
            r"^电商平台客户投诉应急预案(_第\d页)?$",
            r"^已阅读\d页",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
        ],
        "split": r"(?<=应急预案)(?=第一部分)",
        "headings": [(r"^第[一二三四五六七八九十]部分", 1), (r"^[一二三四五六七八九十]、", 2), (r"^\d[一二三四]级响应:$", 3)],
    },
    "h10-4": {
        "title": "首问责任制",
        "skip": [r"^首问责任制$", r"^发稿时间:", r"^Copyright ", r"^地址:"],
        "headings": [],
    },
    "h10-5": {
        "title": "How we deal with your complaint",
        "english": True,
        "skip": [r"^How we deal with your complaint$", r"^Page Last Updated:"],
        "headings": [(r"^Stage (One|Two) - ", 1), (r"^Ombudsman$", 1)],
    },
}

# The eleventh held-out set (plans/heldout11/): made blind for the importer (issue 19). Numbering is typed in the text as the
# sources have it; only the sections a real author would style as headings are headings. h11-3's preview ran the document
# into one paragraph with page numbers (1、 2、 3、) at each preview page: `strip` removes the site's line and the page
# numbers, `split` breaks the text only before the document's own numbering or after a heading run into its first sentence.
LAYOUT11: dict[str, dict] = {
    "h11-1": {
        "title": "某快递突发事件应急预案",
        "skip": [r"^某快递突发事件应急预案$"],
        "headings": [(r"^[一二三四五]、", 1)],
    },
    "h11-2": {
        "title": "天津市住房公积金管理中心管理部服务大厅突发事件应急预案",
        "skip": [r"^天津市管公积金$", r"^天津市住房公积金管理中心管理部服务大厅突发事件应急预案$"],
        "headings": [(r"^[一二三四]、突发事件", 1)],
    },
    "h11-3": {
        "title": "XXXX客运中心站旅客投诉处理制度",
        "strip": [r"^《客运中心站旅客投诉处理制度\.docx》[^\n]*\n", r"^1、", r"\n[23]、"],
        "split": r"(?<=处理制度)(?=为全方面)|(?=[一二三]、)|(?<=投诉分类)(?=根据)|(?=[1-4]、)|(?=\([1-4]\))",
        "skip": [r"^XXXX客运中心站旅客投诉处理制度$"],
        "headings": [(r"^[一二三]、投诉", 1)],
    },
    "h11-4": {
        "title": "Complaints Proceedure",
        "english": True,
        "skip": [r"^Complaints Proceedure$"],
        "headings": [(r"^(Overview|If you wish to raise a complaint|Process)$", 1)],
    },
    "h11-5": {
        "title": "Comments and Complaints Procedure",
        "english": True,
        "skip": [r"^Comments and Complaints Procedure$"],
        "bullet": r"^- ",
        "headings": [(r"^Ombudsman$", 1)],
    },
}

# The twelfth held-out set (plans/heldout12/). `bar_tables`: the stored text gives a page's table one cell to a line,
# each cell ending in " |" (an empty cell is a line "|"; a cell of two lines has its "|" alone on the next line); the
# table starts at a line whose first cell matches a key, the value is its number of columns, and it ends at the first
# line that neither ends in "|" nor is followed by a line "|" (a cell the stored text cuts off at its very end stays
# the last cell). `strip` in h12-3 removes the original file's page numbers ("- - 1") and the spaces its line breaks
# left between two Chinese characters ("重 要"), which the organisation's Word file does not have.
LAYOUT12: dict[str, dict] = {
    "h12-1": {
        "title": None,
        "bullet": r"^- ",
        "skip": [r"^通过以上预案的制定和$"],
        "headings": [(r"^[一二三四五六七八九十]、", 1)],
    },
    "h12-2": {
        "title": "2025银行金融机构营业网点服务突发事件应急处理预案",
        "skip": [
            r"_第\d页$",
            r"^已阅读\d页",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^2025银行金融机构营业网点服务突发事件应急处理预案$",
        ],
        "split": r"(?=[一二]、)|(?=\([一二三四]\))|(?<=\(一\)编制目的)|(?<=\(二\)编制依据)|(?<=\(三\)适用范围)"
        r"|(?<=\(四\)工作原则)|(?<=\(一\)应急领导小组)|(?=[1-5]\.[^\d])",
        "headings": [(r"^[一二]、", 1), (r"^\([一二三四]\)\S{4,6}$", 2)],
    },
    "h12-3": {
        "title": "联通营业厅的应急预案",
        "strip": [r"(?m)^- - \d$", r" - - \d", r"(?<=[\u4e00-\u9fff])(?<!节) (?=[\u4e00-\u9fff])(?![一二三四五六七八九十]、)"],
        "skip": [r"^您的当前位置:首页正文$", r"^2023-01-20 来源:易榕旅网$", r"^联通营业厅的应急预案$"],
        "split": r" (?=第[一二三四五六七八九十]节)| (?=[一二三四五六七八九十]、)| (?=\d、)| (?=\(\d\))",
        "join": r"^(第[一二三四五六七八九十]节|[一二三四五六七八九十]、|\d、|\(\d\))",
        "headings": [(r"^第[一二三四五六七八九十]节 \S+$", 1), (r"^[一二三四五六七八九十]、\S{2,8}$", 2)],
    },
    "h12-4": {
        "title": "东吴期货有限公司客户投诉渠道及投诉处理流程",
        "skip": [r"^东吴期货有限公司客户投诉渠道及投诉处理流程$", r"^作者:管理员$", r"^时间:2018/9/26 "],
        "headings": [(r"^\([一二]\)东吴期货客户投诉(渠道|处理流程)", 1)],
    },
    "h12-5": {
        "title": "Credit Union Ombudservice",
        "english": True,
        "skip": [r"^Credit Union Ombudservice$"],
        "bar_tables": {r"^1st Level - Supervisor$": 1, r"^Action$": 2, r"^Title$": 2},
        "headings": [(r"^(Complaint Process|Credit Union Action|Credit Union Contacts)$", 1)],
    },
}

# The thirteenth held-out set (plans/heldout13/): made blind for the importer (issue 19). Numbering is typed in the text as the
# sources type it; Word heading styles only where an author would use them. h13-2's preview ran the document into one
# paragraph: `strip` removes the sharing site's title prefix and `split` breaks the text only before the document's own
# 第…章 / 第…条 / 一、 / 第…步 numbering. h13-3's stored text kept the spaces of the original's line breaks inside words
# (客户关 系部): `strip` removes a space between two Chinese characters (or after ,、), and `join` mends the one paragraph
# the store broke in two (2.5). h13-1's lone "。" line is the store's gap, not the document's.
LAYOUT13: dict[str, dict] = {
    "h13-1": {
        "title": "中国移动江苏公司徐州分公司营业厅应急处置预案(试行)",
        "skip": [r"^中国移动江苏公司徐州分公司营业厅应急处置预案\(试行\)$", r"^移动分公司营业厅应急处置预案\(试行\)$", r"^。$"],
        "headings": [(r"^第[一二三四五六七八九十]+章 ", 1), (r"^火灾应急预案$", 2)],
    },
    "h13-2": {
        "title": "营业厅应急预案实施标准",
        "skip": [r"^营业厅应急预案实施标准$", r"^整理文档很辛苦", r"^免费阅读已结束", r"^阅读已结束", r"^资源描述$"],
        "strip": [r"(?m)^营业厅应急预案实施标准(?=第一章)"],
        "split": r"(?=第[一二三四五六七八九十]+[章条])|(?=[一二三四]、)|(?=单个营业厅出现故障:)|(?=第[一二三四五]步:)",
        "headings": [(r"^第[一二三四五六七八九十]+章", 1)],
    },
    "h13-3": {
        "title": "顾客投诉管理制度",
        "skip": [
            r"^您的当前位置:首页正文$",
            r"^4s店顾客投诉管理制度$",
            r"^2021-03-18 来源:爱站旅游$",
            r"^导读4s店顾客投诉管理制度$",
        ],
        "strip": [r"(?m)^顾客投诉管理制度 (?=1\. 总则)", r"(?<=[\u4e00-\u9fff,、]) (?=[\u4e00-\u9fff])"],
        "split": r" (?=1\.2 )",
        "join": r"^\d",
        "headings": [(r"^\d\. \S{2,10}$", 1)],
    },
    "h13-4": {
        "title": "Our complaints procedure",
        "english": True,
        "skip": [r"^Intro$", r"^Our complaints procedure$", r"^Our new complaints policy$"],
        "headings": [(r"^(The stages of making a complaint|Housing Ombudsman)$", 1), (r"^Stage [12]$", 2)],
    },
    "h13-5": {
        "title": "Complaint acknowledgement and response",
        "english": True,
        "bullet": r"^- ",
        "headings": [],
    },
}

# The fourteenth held-out set (plans/heldout14/): made blind for the importer (issue 19). Numbering is typed in the text as
# the sources have it; only the sections a real author would style as headings are headings. Where a sharing site ran the
# document into one paragraph, `split` breaks it again only before the document's own numbering (第…章, 一、, (一), 1、)
# or after a heading that the copy ran into its first sentence; `strip` removes the site's header line.
LAYOUT14: dict[str, dict] = {
    "h14-1": {
        "title": "应急预案",
        "strip": [r"^1、", r"\n[23]、"],
        "split": r"(?<=^应急预案) | (?=执 行 人:)| (?=批 准 人:)| (?=目 录)|(?<=目 录)(?=前 言3)|(?<=\d)(?=[一二三四五六七八九十]+、)"
        r"|(?<=13)(?=前 言为了)|(?<=前 言)(?=为了)|(?<=一、一般客诉)(?=当客人)| (?=处理措施:)|(?<=处理措施:) | (?=[l2-7]、)"
        r"|(?<=。)(?=[一二]、(?:一般|重大)客诉)|(?<=二、重大客诉) (?=\(一\))",
        "skip": [r"^应急预案$"],
        "headings": [(r"^前 言$", 1), (r"^[一二]、(一般|重大)客诉$", 1)],
    },
    "h14-2": {
        "title": None,
        "split": r" +(?=\(三\))",
        "headings": [(r"^\([三五]\)对到市委、市政府或农林局", 2)],
    },
    "h14-3": {
        "title": "旅游安全突发事件应急预案",
        "strip": [r"(?s)^.*?资源描述\n+1、", r"\n+2、", r"^旅游安全突发事件应急预案旅游安全突发事件应急预案"],
        "split": r"(?<=。)(?=一、一级突发事件)|(?<=。一、一级突发事件)(?=一级突发事件:)|(?=处理办法:)|(?<=处理办法:)"
        r"|(?<=。)(?=\([一二三四]\)(?:本地|省内|省外|国外)事件)",
        "headings": [(r"^一、一级突发事件$", 1)],
    },
    "h14-4": {
        "title": "旅游投诉管理办法",
        "strip": [r"^旅游投诉管理办法 -+ 旅游投诉管理办法 "],
        "split": r"(?=第[一二三四]章)|(?<=第一章总则)|(?<=第二章投诉受理管理与组织)|(?<=第三章旅游投诉接待)|(?<=第四章旅游投诉受理)"
        r"|(?=[一二三四五六七八九十]、)| ?(?=\([一二三四五]\))",
        "headings": [(r"^第[一二三四]章", 1)],
    },
    "h14-5": {
        "title": "Dispute Resolution",
        "english": True,
        "skip": [r"^Dispute Resolution$", r"^\[PDF\]Dispute Resolution", r"^0 downloads"],
        "split": r"(?<=^Dispute Resolution) (?=Your problems)"
        r"| (?=What is a Dispute\?)|(?<=What is a Dispute\?) "
        r"| (?=Let’s talk about it)|(?<=Let’s talk about it) "
        r"| (?=Who do you complain to\?)|(?<=Who do you complain to\?) "
        r"| (?=How long will it take\?)|(?<=How long will it take\?) ",
        "headings": [(r"^(What is a Dispute\?|Let’s talk about it|Who do you complain to\?|How long will it take\?)$", 1)],
    },
}

# The fifteenth held-out set (plans/heldout15/): made blind for the importer (issue 19). Numbering is typed in the text as
# the sources have it; only what an author would style as a heading is a heading (第…章, the rules' own title on a page).
# h15-1's text came from a PDF: `strip` removes the spaces its line breaks left between two Chinese characters (not after
# 条/章, nor in “总 则”) and the page-number residue “973”, and `join` mends the one paragraph it broke in two (“途/径”).
# h15-2's preview ran the document into three pieces numbered by the sharing site (1、 2、 3、): `strip` removes those
# numbers and `split` breaks the text only before the document's own 第…条 and its principles' 1、 to 4、.
LAYOUT15: dict[str, dict] = {
    "h15-1": {
        "title": None,
        "strip": [r"(?<=[\u4e00-\u9fff])(?<![条章总]) (?=[\u4e00-\u9fff])", r"(?<=登记。)973"],
        "join": r"^(第[一二三四五六七八九十]+[章条]|\([一二三四五六七八九十]\))",
        "headings": [(r"^第[一二三四五六七八九十]+章 ", 1)],
    },
    "h15-2": {
        "title": "证券有限责任公司经纪业务客户信访与投诉处理管理办法(试行)",
        "strip": [r"^1、", r"\n[23]、"],
        "split": r"(?=第[一二三四五六七八九十]+条)|(?<=:)(?=1、)|(?<=;)(?=[234]、)",
        "skip": [r"^证券有限责任公司经纪业务客户信访与投诉处理管理办法\(试行\)$"],
        "headings": [],
    },
    "h15-3": {
        "title": None,
        "headings": [(r"^投诉处理规则$", 1), (r"^第十四章客户投诉的处理流程$", 2)],
    },
    "h15-4": {
        "title": "富国基金管理有限公司客户投诉处理细则",
        "skip": [r"^富国基金管理有限公司客户投诉处理细则$"],
        "headings": [],
    },
    "h15-5": {
        "title": "Investment-Related Complaint Resolution Process",
        "english": True,
        "skip": [r"^Locate Us$", r"^Investment-Related Complaint Resolution Process$"],
        "headings": [(r"^Step (One|Two)$", 1)],
    },
}


# The forty-ninth held-out set (plans/heldout49/): other finance (a securities company, a financing-guarantee company, a
# life insurer, a fund company, an Irish credit union). `skip` takes off the sharing sites' notices and the mirror
# page's leftover tags; a page without headings of its own has only its title as a heading.
LAYOUT49: dict[str, dict] = {
    "h49-1": {
        "title": "ⅩⅩ证券公司证券营业部重大事项报告制度",
        "skip": [r"^证券公司证券营业部重大事项报告制度$", r"^- [123]、", r"^ⅩⅩ证券公司证券营业部重大事项报告制度$"],
        "headings": [(r"^第[一二]章(总则|报告范围)$", 1)],
    },
    "h49-2": {
        "title": "重大业务风险和突发事件预警制度",
        "skip": [r"^风险和突发事件预警制度$", r"^- [123]、", r"^重大业务风险和突发事件预警制度$"],
        "sub": [(r"事件的性\n质", "事件的性质")],  # a line break inside a word
    },
    "h49-3": {
        "title": "xx保险公司客户投诉管理办法实施细则",
        "skip": [r"^第一范文网 - ", r"^xx保险公司客户投诉管理办法实施细则$", r"^来源:用户分享 ", r"^说明:文章内容仅供预览"],
        "split": r" (?=[345]、)| (?=第九条 )",
    },
    "h49-4": {
        "title": "客户投诉与建议",
        "skip": [r"^(• )?<", r"^• 投诉与建议$", r"^客户投诉与建议$", r"^666\.png$"],
    },
    "h49-5": {
        "title": "Disputes & Complaints – Statement 2022",
        "english": True,
        "skip": [r"^Tipperary Credit Union$", r"^Disputes & Complaints – Statement 2022$"],
    },
}

# The fifty-first held-out set (plans/heldout51/): commerce and enterprises (two scenic areas' emergency plans, two property
# managers' complaint rules, a UK estate agent). `sub` puts a line break before the document's own numbering where a sharing
# site ran its lines together, then takes out the spaces a PDF's line ends left between two Chinese characters.
LAYOUT51: dict[str, dict] = {
    "h51-1": {
        "title": "2025年万佛湖管委会“五一”假日旅游安全应急救援预案",
        "skip": [r"^搜索热词:$", r"^当前位置:网站首页", r"^【应急预案】2025年万佛湖管委会", r"^发布时间:2025-04-28"],
        "headings": [
            (r"^一、事故类型和危害程度分析$", 1),
            (r"^、组织机构及职责$", 1),
            (r"^\(一\)指挥机构$", 2),
            (r"^二\)总指挥工作职责$", 2),
            (r"^\(三\)副总指挥工作职责$", 2),
        ],
    },
    "h51-2": {
        "title": "青岛森林野生动物世界景区旅游高峰期安全应急预案",
        "strip": [r"^旅游景区旅游旺季高峰期安全应急预案\n青岛[^\n]*\n青岛森林野生动物世界景区旅游高峰期安全应急预案 "],
        "sub": [
            (r" (?=[一二]、|[1-4]、)", "\n"),
            (r"(?<=本预案适应的范围) |(?<=应急救援指挥系统及主要职责) ", "\n"),
            (r"(?<=应急救援工作。) (?=应急救援指挥组组长)|(?<=主要负责人担任。) (?=应急救援指挥组的主要职责是)", "\n"),
            (r"(?<=[\u4e00-\u9fff,]) (?=[\u4e00-\u9fff《])", ""),
        ],
        "headings": [(r"^[一二]、(本预案适应的范围|应急救援指挥系统及主要职责)$", 1)],
    },
    "h51-3": {
        "title": "商住大厦业主、用户投诉处理的管理规定",
        "strip": [r"^商住大厦业主、用户投诉处理的管理规定"],
        "split": r"(?=\([1-8]\))|(?=[abc]\.(?:普通投诉|特殊或紧急投诉|非工作时间的投诉)。)",
    },
    "h51-4": {
        "title": "園區(qū)業(yè)戶報(bào)修、投訴調(diào)度處理工作流程",
        "skip": [r"^園區\(qū\)業\(yè\)戶報\(bào\)修、投訴調\(diào\)度處理工作流程$"],
        "headings": [(r"^[123]、(定義|職責\(zé\)|主要投訴分類)$", 1)],
    },
    "h51-5": {
        "title": "Estate agency complaints process",
        "english": True,
        "skip": [r"^Estate agency complaints process$", r"^harrisonmurray\.co\.uk$", r"^thenottingham\.com$"],
        "headings": [
            (r"^Complaints process$", 1),
            (r"^LEVEL [12]$", 2),
            (r"^Complaint about a branch( manager)?\.$", 3),
        ],
    },
}


# The fifty-third held-out set (plans/heldout53/): other finance (a property insurer's rainstorm plan, another's catastrophe
# claims guide, a life insurer's complaint page, a futures company's complaint rules, a UK insurance broker). `skip` leaves
# out what the hosting page adds (an article's date and hit count, a sharing site's file lines); `sub` takes out the sharing
# site's preview-page numbers ("2、", "3、") that cut "水文等/部门" and "财务、/后勤保障" in two.
LAYOUT53: dict[str, dict] = {
    "h53-1": {
        "title": "中华财险天津分公司发布暴雨灾害应急预案",
        "skip": [r"^中华财险天津分公司发布暴雨灾害应急预案$", r"^2016-07-21$", r"^访问量:", r"^内容提要:"],
        "headings": [
            (r"^成立理赔部暴雨灾害应急领导小组$", 1),
            (r"^[二三]、(灾害性车险案件定义|做好暴雨灾害服务工作)$", 1),
        ],
    },
    "h53-2": {
        "title": "中国人民财产保险股份有限公司政策性农房保险大灾理赔工作指引",
        "skip": [r"^欢迎来到天天文库$", r"^浏览记录$", r"^ID:\d+$", r"^大小:", r"^页数:", r"^时间:", r"^《\(0053\)"],
        "strip": [r"(?m)^1、中国人民财产保险股份有限公司政策性农房保险大灾理赔工作指引"],
        "sub": [(r"\n[23]、", "")],
        "split": r"(?=第[一二]章)|(?<=第一章总则)|(?<=第二章临灾预警)|(?<=第一章灾后应急处理)|(?=第[一二三四五六]条)",
        "headings": [(r"^第[一二]章(总则|临灾预警|灾后应急处理)$", 1)],
    },
    "h53-3": {
        "title": None,
        "headings": [(r"^(联系方式|投诉处理流程|投诉须知)$", 1)],
    },
    "h53-4": {
        "title": None,
        "headings": [(r"^第[一二]章 (总则|监督管理)$", 1)],
    },
    "h53-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [
            (r"^(HOW WE HANDLE COMPLAINTS|WHAT HAPPENS WHEN WE RECEIVE A COMPLAINT|AFTER WE HAVE INVESTIGATED A COMPLAINT)$", 1)
        ],
    },
}


# set name -> (folder of NAME.txt / NAME.docx, layouts)
# The sixteenth held-out set (plans/heldout16/): made blind for the importer (issue 19); utilities, transport and health.
# Numbering is typed in the text as the sources have it; only the sections an author would style as headings are headings.
# h16-1's copy ran the page into one paragraph: `split` breaks it only before the page's own 一、 / (一) / 1. numbering.
# h16-4 is a mirror that adds pinyin after characters (網(wǎng)絡): `strip` removes them, as for yuexi-water-complaints.
LAYOUT16: dict[str, dict] = {
    "h16-1": {
        "title": None,
        "split": r" (?=[一二]、)| (?=\([一二三四五六]\))| (?=[1-8]\.)",
        "headings": [(r"^[一二]、", 1)],
    },
    "h16-2": {
        "title": None,
        "headings": [(r"^3\.[12] 投诉的", 2)],
    },
    "h16-3": {
        "title": None,
        "skip": [r"^仟咯文库 方案大全$", r"^客运站春运应急预案范文4篇$", r"^发布时间: "],
        "headings": [(r"^[1-4]、I{1,3}V?级应急响应行动。$", 3)],
    },
    "h16-4": {
        "title": "公交投訴受理流程",
        "strip": [r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)"],
        "skip": [r"^請輸入關鍵字:$", r"^您當前的位置:", r"^公交投訴受理流程$", r"^發布時間:"],
        "headings": [(r"^[一二三四五]、", 1)],
    },
    "h16-5": {
        "title": None,
        "english": True,
        "headings": [(r"^How we investigate complaints - what to expect$", 1), (r"^Stage [123] - ", 2)],
    },
}

# set name -> (folder of NAME.txt / NAME.docx, layouts)
# The seventeenth held-out set (plans/heldout17/): made blind for the importer (issue 19). Numbering is typed in the text as
# the sources have it; only the sections an author would style as headings are headings. `sub` (pattern, replacement), applied
# after `strip`, mends what a copy moved: h17-2's preview left each item's number ("二、") at the end of the paragraph before
# it and broke sentences where the original's lines ended (mended by `join`); h17-1's copy broke three sentences in two.
# h17-4's preview ran the text together, put page numbers ("1、" "2、" "3、") at the start of each page, cutting words, and
# left the original's line-break spaces inside words ("旅游投 诉"): `strip` removes them, as the Word file has none.
LAYOUT17: dict[str, dict] = {
    "h17-1": {
        "title": "(新城购物广场)突发事件应急处理预案",
        "strip": [r"(?m)^\(新城购物广场\)突发事件应急处理预案(?=提要)"],
        "sub": [(r"处理\n多需要", "处理多需要"), (r"“顾客\n永远是对的”\n服务原则", "“顾客永远是对的”服务原则")],
        "skip": [r"^商场突发事件的处理预案$"],
        "split": r"(?<=。)(?=顾客冲突时的处理:)|(?<=顾客冲突时的处理:)(?=1一般性争吵)|(?<=不可偏袒。)(?=2发生动手事件时)",
        "headings": [(r"^[一二三四五六七八九十]、", 1), (r"^\([12]\)", 2)],
    },
    "h17-2": {
        "title": "物业项目公司重大事件报告制度",
        "strip": [
            r"(?m)^物业项目公司重大事件报告制度(?=为及时)",
            r"薪酬制度奖惩制度考勤制度办公室管理规章制度房地产公司规章制度办公室日",
        ],
        "sub": [(r" ([二三四五])、\n+", r"\n\1、"), (r"(?<=四、) ", "")],
        "skip": [
            r"^物业公司重大事件报告制度$",
            r"^时间:2023-08-12 ",
            r"^说明:文章内容仅供预览",
            r"^\d / 2$",
            r"^精品资料欢迎下载$",
            r"^本文来源:",
        ],
        "join": r"^[一二三四五六七八九十]、",
        "headings": [],
    },
    "h17-3": {
        "title": None,
        "headings": [(r"^[一二三四五六七八九十]、\S{2,8}$", 1)],
    },
    "h17-4": {
        "title": "旅游投诉管理制度",
        "strip": [
            r"^1、",
            r"\n[23]、",
            r"^旅游投诉管理制度(?=根据)",
            r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff“])",
            r"(?<=[,、“]) ",
            r" (?=[,、])",
        ],
        "split": r"(?=[一二三四五六]、)|(?=[1-4]、)",
        "headings": [(r"^三、旅游投诉的分类及处理程序$", 1)],
    },
    "h17-5": {
        "title": "Compensation for service failure",
        "english": True,
        "skip": [r"^Compensation for service failure$"],
        "headings": [
            (
                r"^(Compensation for repairs|Proactive refund of service charges|Fixed award for missed appointments"
                r"|Out-of-pocket expenses|Timescales)$",
                1,
            )
        ],
    },
}

# set name -> (folder of NAME.txt / NAME.docx, layouts)
# The eighteenth held-out set (plans/heldout18/): made blind for the importer (issue 19). Numbering is typed in the text as
# the sources have it; only the sections a real author would style as headings are headings. Where a sharing site ran the
# document into one paragraph (h18-1), `split` breaks it again only before the document's own numbering (第…章, 第…条, (一))
# or after a chapter heading the copy ran into its first sentence; `strip` removes the site's furniture and summary (h18-2),
# the title the copy ran into the first chapter (h18-1, h18-3) and a preview page number (h18-1). Where a page broke its
# sentences across lines (h18-4, h18-5), `join` mends a Chinese line and `rejoin` an English line break (replaced by one
# space, as the words had it).
LAYOUT18: dict[str, dict] = {
    "h18-1": {
        "title": "**公司危机管理制度",
        "strip": [r"^\*\*公司危机管理制度(?=第一章)", r"(?<=三类等级:)2(?=\(一\))"],
        "split": r"(?=第[一二三四五六七八九十]+[章条])|(?<=^第一章总则)|(?<=^第二章危机应急组织体系及职责)"
        r"|(?<=^第三章危机等级、预防和应急准备)|(?=\([一二三]\))",
        "headings": [(r"^第[一二三]章", 1)],
    },
    "h18-2": {
        "title": "汽车 4S 店客户投诉处理流程",
        "strip": [r"(?s)^.*?初步推断客户的投\n"],
        "skip": [r"^汽车 4S 店客户投诉处理流程$"],
        "headings": [(r"^\(一\)客户投诉处理流程$", 1)],
    },
    "h18-3": {
        "title": "客户投诉处理规定",
        "strip": [r"(?m)^客户投诉处理规定(?=第一章)"],
        "skip": [r"^北京市房地产经纪纠纷投诉处理管理规定$", r"^- 格式:", r"^- 大小:", r"^- 文档页数:"],
        "split": r"(?<=^第一章目的)|(?<=^第二章适用范围)|(?<=^第三章房产公司客服部职责)|(?<=^第四章作业指引)"
        r"|(?<=一、工程质量投诉处理流程)(?=1、)",
        "headings": [(r"^第[一二三四]章", 1), (r"^一、工程质量投诉处理流程$", 2)],
    },
    "h18-4": {
        "title": "投訴",
        "skip": [
            r"^<",
            r"^• <",
            r"^深圳市中易達物流有限公司 服務熱線",
            r"^聯系我們 CONTACT US$",
            r"^(公司地址|投訴|建議|會員注冊)$",
            r"^投訴 您當前的位置",
        ],
        "join": r"^(\d、|[一二]、|\([一二]\))",
        "headings": [(r"^[一二]、處理(時限|標準)$", 1), (r"^\([一二]\)(快件|經濟件)賠償$", 2)],
    },
    "h18-5": {
        "title": "MCSK Complaints Procedure",
        "english": True,
        "skip": [r"^MCSK Complaints [Pp]rocedure$"],
        "rejoin": [r"(?<=[a-z,;)])\n(?=[a-z(])"],
        "headings": [(r"^Complaints Procedure$", 1), (r"^\d\. \S.*\?$", 2)],
    },
}

# set name -> (folder of NAME.txt / NAME.docx, layouts)
# The nineteenth held-out set (plans/heldout19/): made blind for the importer (issue 19), as LAYOUT14. `h19-1`'s sharing
# site ran the plan into one paragraph: `split` breaks it again only before its own numbering (一、, (1)); the numbered
# sections are whole sentences an author types as paragraphs, so the plan's only heading is its title. `h19-2`'s copy
# broke lines at the page width (“到医患/办”): `join` mends them. `h19-3` is page 2 of its document and has no title,
# nor has `h19-4`'s stored passage (none is made up; its levels are paragraphs, as the page sets them). `h19-5`'s copy
# broke its last bullet inside a sentence (“up to / £50,000”): `strip` mends it.
LAYOUT19: dict[str, dict] = {
    "h19-1": {
        "title": "县烟草专卖局举报投诉处理预案",
        "strip": [r"(?s)^.*?请在三一办公上搜索。\n+", r"^县烟草专卖局举报投诉处理预案"],
        "split": r"(?<=。)(?=[一二三四五]、)| (?=三、)|(?<=。)(?=\([123]\))",
        "headings": [],
    },
    "h19-2": {
        "title": "省人民医院投诉处理管理制度(五)",
        "skip": [r"^第1篇 省中心医院投诉处理管理制度5$", r"^省人民医院投诉处理管理制度\(五\)$"],
        "join": r"^第",
        "headings": [(r"^第[一二三四五六七八九十]章", 1)],
    },
    "h19-3": {
        "title": None,
        "headings": [(r"^\([三四五]\)", 2)],
    },
    "h19-4": {
        "title": None,
        "english": True,
        "headings": [(r"^Right of appeal$", 1)],
    },
    "h19-5": {
        "title": "How will you resolve the complaint?",
        "english": True,
        "strip": [r"\n(?= {4}£50,000)", r"(?<=up to ) {3}(?=£)"],
        "skip": [r"^How will you resolve the complaint\?$"],
        "headings": [],
    },
}

# set name -> (folder of NAME.txt / NAME.docx, layouts)
# The twentieth held-out set (plans/heldout20/): made blind for the importer (issue 19), as heldout14. The title is in Word's
# Title style; the run-in stage names of `h20-1` (受理投诉。…) and the numbered items (1、) are ordinary paragraphs; `skip`
# drops the site's navigation lines, notices, file facts and `h20-4`'s image caption and empty "Last reviewed:" line; `join`
# puts together again a sentence the preview broke over two paragraphs (`h20-2`'s item 5).
LAYOUT20: dict[str, dict] = {
    "h20-1": {
        "title": "投诉处理流程",
        "skip": [r"^2017年10月19日", r"^站点导航$", r"^便捷服务 首页", r"^投诉处理流程$", r"^发布时间:2015-06-15"],
    },
    "h20-2": {
        "title": "电力客户来信来访及投诉处理制度",
        "skip": [r"^\d\. \d、", r"^电力客户来信来访及投诉处理制度$"],
        "join": r"^(市场营销部|为了|\d+、)",
    },
    "h20-3": {
        "title": "XXXX供水有限公司投诉处理制度",
        "skip": [r"^自来水公司制度【", r"^- (格式|大小|文档页数):", r"^XXXX供水有限公司投诉处理制度$"],
        "split": r"(?<=^XXXX供水有限公司投诉处理制度)(?=为使)|(?<=^一、工作目标)|(?<=^二、投诉处理范围)|(?<=^三、投诉处理时限)"
        r"|(?<=^四、投诉处理要求)|(?<=:)(?=1、)|(?<=;)(?=2、)",
        "headings": [(r"^[一二三四]、(工作目标|投诉处理范围|投诉处理时限|投诉处理要求)$", 1)],
    },
    "h20-4": {
        "title": "Our commitment to you",
        "english": True,
        "skip": [r"^Our commitment to you$", r"^Last reviewed:$", r"^Customer service agent wearing headset\.$"],
        "headings": [
            (r"^(About our Guaranteed Standards Scheme|Appointments|Responding to written complaints|Billing queries)$", 1),
            (r"^Written questions about your water and wastewater services$", 1),
        ],
    },
    "h20-5": {
        "title": "Our Complaints Procedure",
        "english": True,
        "skip": [r"^Our Complaints Procedure$"],
        "headings": [(r"^(Who to contact first|Timescales for our response|Our final response)$", 1)],
    },
}

# set name -> (folder of NAME.txt / NAME.docx, layouts)


# The twenty-first held-out set (plans/heldout21/): made blind for the importer (issue 19). As LAYOUT14: numbering typed
# in the text as the sources have it; only the sections an author would style as headings are headings; a run-together
# copy is split again only before the document's own numbering or after a heading the copy ran into its first sentence.
LAYOUT21: dict[str, dict] = {
    "h21-1": {
        "title": "医疗纠纷事件应急预案",
        "strip": [r"^医疗纠纷事件应急预案"],
        "split": r"(?<=^1\.总则)(?=1・1 )|(?<=编制目的)(?=为维护)|(?<=。)(?=1\.[2-5] )|(?<=编制依据)(?=根据)"
        r"|(?<=适用范围)(?=重大医疗)|(?<=启动预案条件)(?=符合)|(?<=。)(?=[1-8]\))|(?<=处置原则)(?=\(一\))"
        r"|(?<=。)(?=\([二三]\))|(?<=。)(?=2\.应急机制)|(?<=2\.应急机制)(?=2\.1 )|(?<=应急机构)(?=组 长)"
        r"|(?<=xxx)(?=副组长)|(?<=xxx)(?=成 员)",
        "headings": [(r"^[12]\.(总则|应急机制)$", 1), (r"^1[・.][1-5] \S+$", 2), (r"^2\.1 应急机构$", 2)],
    },
    "h21-2": {
        "title": None,
        "headings": [(r"^一、投诉处理程序:$", 1)],
    },
    "h21-3": {
        "title": "安吉县图书馆读者意见处理反馈机制与制度",
        "skip": [r"^高级检索>>$", r"^相关信息$", r"^安吉县图书馆读者意见处理反馈机制与制度$", r"^创建时间:"],
        "headings": [(r"^[一二]、", 1)],
    },
    "h21-4": {
        "title": None,
        "headings": [(r"^[一二三四]、", 1)],
    },
    "h21-5": {
        "title": "Stage 1 Complaint",
        "english": True,
        "skip": [r"^Stage 1 Complaint$"],
        "headings": [],
    },
}

# set name -> (folder of NAME.txt / NAME.docx, layouts)
LAYOUT22: dict[str, dict] = {
    "h22-1": {
        "title": None,
        "split": r" (?=[2-4], )|(?<=^1, 顧客投訴) |(?<=收銀線排隊) (?=A )|(?<=員工工作狀態) (?=A )|(?<=應急突發狀況) (?=打架:)"
        r"| (?=[A-F] )| (?=(?:媒體突發采訪|意外傷害|刑事案件|意外恐嚇|停電):)",
        "headings": [(r"^[1-4], ", 1)],
    },
    "h22-2": {
        "title": "商场突发事件处理规范",
        "skip": [
            r"^QZBDSBGL05-8-2021\.商场突发事件处理规范\.pdf$",
            r"^Q/ZBDSB(GL05-8—2021)?$",
            r"^I{1,2}$",
            r"^商场突发事件处理规范$",
        ],
        "join": r"^(?:[a-z]\)|\d|前言|目录|浙北大厦)",
        "headings": [(r"^前言$", 1), (r"^5突发事件应急管理预案$", 1)],
    },
    "h22-3": {
        "title": "投诉处理流程",
        "skip": [r"^汽车4S店投诉处理流程$", r"^合集下载$", r"^- [123]、", r"^投诉处理流程$"],
        "join": r"^(?:第[一二三]层|\d、|[一二三]、|投诉处理流程)",
        "headings": [(r"^一、投诉处理的三个层次:$", 1), (r"^投诉处理流程:$", 1)],
    },
    "h22-4": {
        "title": "物业公司投诉处理制度和回访管理制度",
        "strip": [r"^物业公司投诉处理制度和回访管理制度"],
        "split": r"(?=[123]\. )|(?=\(\d\))|(?<=业主/客户投诉的受理)|(?<=2\. 投诉的识别)|(?<=客服部前台对有效投诉的处理)",
        "headings": [(r"^[123]\. (业主/客户投诉的受理|投诉的识别|客服部前台对有效投诉的处理)$", 1)],
    },
    "h22-5": {
        "title": "Complaints Process",
        "english": True,
    },
}

# The twenty-third held-out set (plans/heldout23/): made blind for the importer (issue 19), as LAYOUT22. Numbering typed in the
# text as the sources have it; only the sections an author would style as headings are headings (chapters, the numbered parts of
# a 总则, an English page's questions); a run-together copy is split again only before the document's own numbering (第X章, 第X条,
# 一、, (一), 1.1, (1)) or after a heading the copy ran into its first sentence. `strip` drops the sharing sites' preview markers
# (“1、” “2、” “3、”, which are not the document's own numbering and fall inside sentences) and joins the sentence they cut.
LAYOUT23: dict[str, dict] = {
    "h23-1": {
        "title": "农村商业银行突发事件应急处置预案",
        "strip": [r"^1、农村商业银行突发事件应急处置预案", r"\n[23]、"],
        "split": r"(?=第[一二三四五六七八九十]+章 )|(?=第[一二三四五六七八九十]+条)",
        "headings": [(r"^第[一二三四五六七八九十]+章 ", 1)],
    },
    "h23-2": {
        "title": "内蒙古农村信用社突发事件总体应急预案(讨论",
        "skip": [r"^首页 商行概括 ", r"^内蒙古太仆寺农村商业银行 > ", r"^内蒙古农村信用社突发事件总体应急预案\(讨论$"],
        "split": r"(?<=^1 总则) | (?=1\.[12]\S)|(?<=1\.1目的和依据) |(?<=1\.2适用范围和事件分类) | (?=\([1-8]\))",
        "headings": [(r"^1 总则$", 1), (r"^1\.[12]\S+$", 2)],
    },
    "h23-3": {
        "title": "鞍山银行消费者投诉管理实施办法",
        "skip": [r"^鞍山银行消费者投诉管理实施办法$"],
        "headings": [(r"^第一章 总 则$", 1)],
    },
    "h23-4": {
        "title": "市商业银行支行客户投诉管理办法",
        "skip": [r"^下载本文档$", r"^版权说明:", r"^文档简介$"],
        "strip": [r"1、市商业银行支行客户投诉管理办法 ", r"\n[23]、"],
        "split": r" (?=[一二三四五六]、)|(?<=、管理范围) |(?<=、指导思想) |(?<=、工作原则) |(?<=、组织领导)(?=\(一\))"
        r"| (?=\([一二三四五]\))|(?<=、工作职责) | (?=\d负责)",
        "headings": [(r"^[一二三四五六]、(管理范围|指导思想|工作原则|组织领导|工作职责|处理流程)$", 1)],
    },
    "h23-5": {
        "title": None,
        "english": True,
        "skip": [r"^This website uses cookies\."],
        "headings": [
            (r"^How do I make a complaint\?$", 1),
            (r"^What happens after I receive written acknowledgement of my complaint\?$", 1),
        ],
    },
}


# The twenty-fourth held-out set (plans/heldout24/): made blind for the importer (issue 19). As LAYOUT22: numbering typed
# in the text as the sources have it; only the sections an author would style as headings are headings; a run-together
# copy is split again only before the document's own numbering or after a heading the copy ran into its first sentence;
# what the hosting page adds (download notices, page header and navigation, an uploader's watermark) is left out.
LAYOUT24: dict[str, dict] = {
    "h24-1": {
        "title": "XX公司重大突发事件应急管理规程",
        "skip": [
            r"^XX保险股份有限公司XX公司重大突发事件应急管理规程$",
            r"^- [123]、",
            r"^XX公司$",
            r"^重大突发事件应急管理规程$",
        ],
        "join": r"^\d、",
        "headings": [(r"^[一二]、(适用范围|职责和权限)$", 1), (r"^\([一二]\)重大突发事件应急处置(领导小组|办公室)$", 2)],
    },
    "h24-2": {
        "title": None,
        "strip": [r"文档收集自网络,仅用于个人学习"],
        "split": r"(?=[1-6]\.(?:公司总值班室|集中交易系统|信息技术部|根据故障点|系统运维团队))|(?=事件处置流程当总部)"
        r"|(?<=事件处置流程)(?=当总部)|(?=\([1-5]\)如果是)",
        "headings": [(r"^事件处置流程$", 1)],
    },
    "h24-3": {
        "title": "瑞达期货客户投诉、纠纷处理的工作流程",
        "skip": [
            r"^您好,欢迎来到瑞达期货!",
            r"^瑞达期货(微信公众号|新浪微博|国际期货)$",
            r"^客服热线:",
            r"^当前位置:首页",
            r"^投资者教育$",
            r"^瑞达期货客户投诉、纠纷处理的工作流程$",
            r"^时间:2014-03-03",
        ],
        "split": r"(?<=^\(四\)   投诉、纠纷的回复:)",
        "headings": [(r"^\([一二三四]\)\s+(投诉受理:|投诉调查:|投诉办理|投诉、纠纷的回复:)$", 1)],
    },
    "h24-4": {
        "title": "创金合信基金客户投诉方式及处理流程",
        "skip": [r"^创金合信基金客户投诉方式及处理流程$"],
        "headings": [
            (r"^[1-4]\.(客户投诉渠道|投诉处理流程|投诉处理时限|投诉处理工作的基本要求)$", 1),
            (r"^\([1-4]\)(客服热线电话|在线客服|电子邮件|邮寄信函)$", 2),
        ],
    },
    "h24-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [
            r"^Boroughbridge Insurance Brokers - Complaints Procedure at Boroughbridge Insurance Brokers$",
            r"^Complaints Procedure$",
        ],
        "headings": [(r"^Acknowledging a complaint$", 1)],
    },
}


# The twenty-fifth held-out set (plans/heldout25/): made blind for the importer (issue 19), as LAYOUT22. `h25-1` has no
# title or heading in the stored copy: its title is the name it gives itself in its first sentence ("特制定维稳应急预案");
# `h25-2`'s "1、" / "2、" are the preview's chunk numbers (left out; the sentence the second chunk continues is joined
# again); `h25-4`'s "【篇1】" is the sharing site's collection mark, left out with the collection's title lines.
LAYOUT25: dict[str, dict] = {
    "h25-1": {
        "title": "维稳应急预案",
    },
    "h25-2": {
        "title": "中心卫生院突发群体性事件应急处置工作预案",
        "skip": [
            r"^医院突发群体性事件应急处置工作预案\.doc",
            r"^上传人:",
            r"^返回 下载 相关 举报$",
            r"^第\d页 / 共3页$",
            r"^亲,该文档总共3页",
            r"^资源描述$",
            r"^《医院突发群体性事件应急处置工作预案\.doc》由会员分享",
        ],
        "strip": [r"(?m)^1、中心卫生院突发群体性事件应急处置工作预案 "],
        "sub": [(r"(?<=现场指挥、处置。)\n\n2、(?=尽快控制事态的发展)", "")],
        "split": r"(?=一、组织机构与职责)|(?<=一、组织机构与职责)|(?<=1\.组织机构:) |(?<=职责:)(?=\(1\))|(?<=。)(?=\(2\))",
        "headings": [(r"^一、组织机构与职责$", 1), (r"^(1\.组织机构:|2、职责:)$", 2)],
    },
    "h25-3": {
        "title": "平顶山学院学生资助工作咨询投诉处理制度",
        "skip": [
            r"^• (加入收藏|设为首页|联系我们|栏目导航)$",
            r"^平顶山学院学生资助工作咨询投诉处理制度(\(2017年\))?$",
            r"^发布日期:2019/3/6",
        ],
        "headings": [(r"^[一二三四]、", 1)],
    },
    "h25-4": {
        "title": None,
        "skip": [r"^自来水公司服务流程制度$", r"^自来水公司规章制度$"],
        "strip": [r"自来水公司规章制度自来水公司规章制度【篇1】"],
        "split": r"(?<=^1、目的:)|(?<=^2、范围:)|(?<=包括:)(?=2\.1)|(?<=^3、职责)(?=3\.1)|(?<=^4、工作程序)(?=4\.1)",
        "headings": [(r"^[1-4]、(目的:|范围:|职责|工作程序)$", 1)],
    },
    "h25-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^Stage (one|two) — ", 1), (r"^Phase 1$", 2)],
    },
}


# The twenty-sixth held-out set (plans/heldout26/): made blind for the importer (issue 19), as LAYOUT22. Numbering typed in
# the text as the sources have it; only the sections an author styles as headings are headings. `h26-1`'s copy puts the
# hotel's name above the title: the title is in Word's Title style and the name follows it as a paragraph. `h26-2` and
# `h26-4` were run together by the site: `split` breaks them again only before their own numbering (一、, 1, 1), 3、) or
# after a heading run into its first sentence; the site's "f" at a page join is left out (`strip`), and `h26-4`'s copy,
# which broke two sentences at the line end (“和客人/方便”, “包括客/人姓名”), is mended by `join`. `h26-4` is page 2 of its
# document and has no title (none is made up). `h26-3`'s permission table (rows with " | ") is a Word table (`sub` marks
# its rows for `pipe_table`); the help desk's "Created at" line is left out.
LAYOUT26: dict[str, dict] = {
    "h26-1": {
        "title": "关于停水、停电、停气应急方案",
        "skip": [r"^关于停水、停电、停气应急方案$"],
        "headings": [(r"^\([一二三]\)", 1), (r"^总经理办公室\(白天\)、值班经理\(夜间\)$", 2)],
    },
    "h26-2": {
        "title": "应急预案管理和演练制度",
        "skip": [r"^应急预案管理和演练制度$"],
        "strip": [r"(?m)^f(?=3报送领导)"],
        "split": r"(?<=。)(?=[二三]、)|(?<=二、一般事件、案件、安全生产事故的报告)|(?<=三、报告的方法与要求)"
        r"|(?<=[。;])(?=\d{1,2}[^\d])",
        "headings": [
            (r"^应急预案管理制度$", 1),
            (r"^[二三]、(一般事件、案件、安全生产事故的报告|报告的方法与要求)$", 2),
        ],
    },
    "h26-3": {
        "title": "G-N-007 餐食质量投诉处理流程",
        "skip": [r"^G-N-007 餐食质量投诉处理流程$", r"^PMS产品运营组Created at:"],
        "sub": [(r"(?m)^(?=[^|\n]+ \| [^\n]*\|$)", "| ")],
        "pipe_table": True,
        "headings": [
            (r"^(处理权限建议|标准流程:|禁忌言行)$", 1),
            (r"^[1-6]\.(接受投诉|了解情况|制定处理方案|立即行动|结果反馈及复盘|后续跟进)$", 2),
        ],
    },
    "h26-4": {
        "title": None,
        "strip": [r"(?m)^f(?=1、客人投诉处理总流程)"],
        "split": r"(?<=。)(?=5\)总经理)|(?<=。)(?=[34]、宾客投诉处理中心)|(?<=宾客投诉处理中心的工作流程)(?=1宾客)"
        r"|(?<=。)(?=[2-6][楼属投遇])|(?<=宾客投诉处理中心工作时限)(?=1\))|(?<=。)(?=[2-4]\))|(?<=。)(?=四、)",
        "join": r"^(?:\d、|\d\)|[1-6][宾楼属投遇]|四、|受理客人投诉)",
        "headings": [
            (r"^[34]、宾客投诉处理中心", 2),
            (r"^四、餐厅宾客投诉处理流程与规范$", 1),
            (r"^[12]、(客人投诉处理总流程|轻微、一般性)", 2),
        ],
    },
    "h26-5": {
        "title": "Code of Practice",
        "english": True,
        "skip": [r"^Code of Practice$"],
        "headings": [(r"^(Step [123]|Alternative Dispute Resolution \(ADR\) Process)$", 1)],
    },
}


# The twenty-seventh held-out set (plans/heldout27/): made blind for the importer (issue 19). As LAYOUT22: numbering typed
# in the text as the sources have it; only the sections an author would style as headings are headings; a run-together
# copy is split again only before the document's own numbering or after a heading the copy ran into its first sentence.
LAYOUT27: dict[str, dict] = {
    "h27-1": {
        "title": "农民工群体性事件处置应急预案",
        "strip": [
            r"农民工群体性事件处置应急预案农民工群体性事件处置应急预案(?=1\.总则)",
            r"1农民工群体性事件处置应急预案(?=2\.事件分级)",
        ],
        "skip": [
            r"^电脑桌面$",
            r"^添加小米粒文库到电脑桌面$",
            r"^安装后可以在桌面快捷访问$",
            r"^农民工群体性事件处置应急预案(VIP免费|_第\d页)$",
        ],
        "split": r"(?<=^1\.总则)|(?<=编制目的)|(?<=编制依据)|(?<=工作原则)|(?<=适用范围)|(?=1\.[2-4](?:编制|工作|适用))"
        r"|(?=2\.事件分级)|(?<=2\.事件分级)|(?=2\.[1-3]出现)|(?=\(\d\))",
        "headings": [(r"^[12]\.(总则|事件分级)$", 1), (r"^1\.[1-4](编制目的|编制依据|工作原则|适用范围)$", 2)],
    },
    "h27-2": {
        "title": "交付风险应急预案",
        "strip": [r"^交付风险应急预案"],
        "split": r"(?=[一二]、业主)|(?<=聚众闹事的处置程序)|(?<=游行事件的处置程序)(?=发生)|(?=\d、)|(?=[AB]、)",
        "headings": [(r"^[一二]、业主", 1)],
    },
    "h27-3": {
        "title": "产品质量投诉处理流程",
        "strip": [r"产品质量投诉,是指[^\n]*?一、产品质量投诉处理流程"],
        "skip": [r"^产品质量投诉处理流程$", r"^如题所述$"],
        "headings": [(r"^\([一二]\)", 1)],
    },
    "h27-4": {
        "title": "学员投诉受理制度",
        "skip": [r"^东升驾校之东升驾校学员投诉受理制度$", r"^驾校 学员投诉受理制度$", r"^学员投诉受理制度$", r"^1。$"],
        "stop": r"^学员投诉受理制度范本$",
        "headings": [(r"^[一二]、", 1)],
    },
    "h27-5": {
        "title": "Complaint Handling Procedure",
        "english": True,
        "skip": [r"^Complaint Handling Procedure$"],
        "headings": [(r"^1\. Receiving a Complaint$", 1)],
    },
}


LAYOUT28: dict[str, dict] = {
    "h28-1": {
        "title": "客户投诉应急预案",
        "skip": [r"^投诉应急预案$", r"^客户投诉应急预案$"],
        "join": r"^(?:[一二三四五六七八九十]、|\d、|为保障|对一般客户投诉)",
        "headings": [(r"^[一二三]、(成立|处理客户投诉应急预案的|不同情况)", 1), (r"^1、处理一般客户投诉的应急预案$", 2)],
    },
    "h28-2": {
        "title": "银行舆情风险处置应急预案",
        "skip": [r"^以下是小编为大家带来的", r"^银行舆情风险处置应急预案精选1$"],
        "headings": [(r"^第[一二]章(总则|组织机构)$", 1)],
    },
    "h28-3": {
        "title": "银行客户投诉管理办法",
        "strip": [r"^1、银行客户投诉管理办法"],
        "sub": [(r"\n[23]、", "")],  # the sharing site's page pieces, cut inside a sentence: joined again
        "split": r" (?=第[一二三四五六七八九十]+条 )|(?<=^第一章 总则) |(?<=。)(?=第二章)|(?<=^第二章 投诉处理原则) ",
        "headings": [(r"^第[一二]章 (总则|投诉处理原则)$", 1)],
    },
    "h28-4": {
        "title": "某某农村商业银行股份有限公司客户投诉(信访)处理办法",
        "skip": [r"^某某农村商业银行股份有限公司$", r"^客户投诉.信访.处理办法$"],
        "split": r"(?<=^第二章客户投诉处理原则)(?=第三条)",
        "join": r"^(?:第[一二三四五六七八九十]+[章条]|.草案.)",
        "headings": [(r"^第[一二]章(总则|客户投诉处理原则)$", 1)],
    },
    "h28-5": {
        "title": None,
        "english": True,
        "sub": [(r"(Service at:)\n(Address: )", r"\1 \2")],  # the ombudsman's address follows "at:" in one sentence
        "headings": [
            (r"^(When things go wrong|What to do|If you are unhappy with our resolution)$", 1),
            (r"^(Making a complaint|Our complaints procedure|Financial Ombudsman Service)\.$", 2),
        ],
    },
}


LAYOUT29: dict[str, dict] = {
    "h29-1": {
        "title": "紧急重大事件预案处理和报告制度",
        "skip": [r"^已阅读5页", r"^版权说明", r"^文档简介$"],
        "sub": [(r"紧急重大事件预案处理和报告制度紧急重大事件预案处理和报告制度 ", "")],
        "split": r" (?=第[一二三四五六七八九十]+条 )| (?=[一二三四] )| (?=[1-5] (?:因|中心|其他))",
    },
    "h29-2": {
        "title": "中邮人寿保险股份有限公司四川分公司应对满期给付突发事件应急预案",
        "skip": [
            r"^中邮人寿保险股份(有限)?公司四川分公司应对满期给付突发事件应急预案$",
            r"^合集下载$",
            r"^\d\. [123]、",
        ],
        "headings": [(r"^第[一二三四五六七八九十]+章", 1)],
    },
    "h29-3": {
        "title": "前海期貨客戶投訴管理辦法",
        "skip": [r"^前海期貨客戶投訴管理辦法$", r"^[?\s]+$"],
        "sub": [(r"(?<=條)\?+\s*", " "), (r"(?m)^(?:\? )+", ""), (r"(?m)\?+$", "")],
        "headings": [(r"^第[一二三四五六七八九十]+條 ", 1)],
    },
    "h29-4": {
        "title": "中国人寿保险股份有限公司客户投诉管理措施实行细则",
        "skip": [
            r"^保险公司投诉新版制度_第\d页$",
            r"^已阅读5页",
            r"^下载本文档$",
            r"^版权说明",
            r"^文档简介$",
            r"^中国人寿保险股份有限公司客户投诉管理措施实行细则$",
        ],
        "sub": [(r"(?m)^1、(?=中国人寿)", ""), (r"\n\n2、(?=有关部门)", "")],
        "split": r"(?=第[一二三四五六七八九十]+章)|(?=第[一二三四五六七八九十]+条 )|(?<=章总则)|(?<=章投诉机构及职责)|(?=[1-4]、)",
        "headings": [(r"^第[一二三四五六七八九十]+章", 1)],
    },
    "h29-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints$", r"^insurance_slide_bg$", r"^Procedure$", r"^Complaints Procedure$"],
        "headings": [(r"^Formal Complaints Procedure$", 1)],
    },
}


LAYOUT30: dict[str, dict] = {
    "h30-1": {
        "title": "某某省肿瘤医院信访突发事件和群体性事件处置预案",
        # the sharing site's page-split numbers (1、 2、 3、) and its notice are not part of the Word file
        "sub": [(r"\n[23]、", ""), (r"1、本文为WOrd文档,可编辑修改", "")],
        "skip": [
            r"^信访突发事件和群体性事件处置预案\.docx$",
            r"^《信访突发事件和群体性事件处置预案\.docx》由会员分享",
            r"^某某省肿瘤医院信访突发事件和群体性事件处置预案$",
        ],
        "split": r"(?<=赣肿医办字202\*175号)|(?<=处置预案)(?=各科室[::])|(?<=各科室[::])|(?<=本预案。)(?=一、)"
        r"|(?<=一、处置原则)|(?=[((][一二三四五][))])",
        "headings": [(r"^一、处置原则$", 1)],
    },
    "h30-2": {
        "title": "停熱及恢復(fù)供熱信息",
        "skip": [
            r"^停熱及恢復\(fù\)供熱信息$",
            r"^發\(fā\)布時間[::]$",
            r"^\d{4}-\d{2}-\d{2}$",
            r"^預\(yù\)覽次數\(shù\)[::]$",
        ],
        "split": r"(?<=暖氣報停[::])(?=1\.)|(?=[23]\.(?:分公司|電話)報停)",
    },
    "h30-3": {
        "title": "定州市政務服務中心投訴受理制度",
        "skip": [r"^定州市政務服務中心投訴受理制度$"],
    },
    "h30-4": {
        "title": None,
        # the statistics table of the page, as a Word table
        "sub": [(r"(?m)^(序号|\d) \| ", r"| \1 | ")],
        "pipe_table": True,
        "headings": [
            (r"^停水信息公告管理规定$", 1),
            (r"^[一二三]、(目的|适用范围|职责分工)$", 2),
            (r"^\(一\)停水作业实施部门$", 3),
        ],
    },
    "h30-5": {
        "title": "What happens next?",
        "english": True,
        "skip": [r"^skip to main content$", r"^What happens next\?$"],
    },
}


LAYOUT31: dict[str, dict] = {
    "h31-1": {
        "title": None,
        "sub": [
            (r"(?:r\]Ma|0d4P|!N|6&\.Y/|\+\{|\{%u|- : g|dEjn0xDrV|\*\)z\\b)(?=Р)", ""),
            (r"(?<=消防应急处理预案)m(?=Р)", ""),
        ],
        "split": r"Р",
        "headings": [
            (r"^十、注意事项$", 1),
            (r"^第二章应急预案程序及预案的相关内容$", 1),
            (r"^一、消防应急处理预案$", 2),
        ],
    },
    "h31-2": {
        "title": "大厦(写字楼)物业保安部内部制度:应急预案",
        "skip": [r"^最新文章 导航$", r"^编辑:物业经理人2020-08-29$", r"^大厦\(写字楼\)物业保安部内部制度:应急预案$"],
        "headings": [(r"^第三部分:应急预案$", 1), (r"^消防应急预案$", 2), (r"^[一二]、火情(报警|确认):$", 3)],
    },
    "h31-3": {
        "title": "超市投诉处理制度",
        "skip": [r"^超市投诉处理制度$", r"^更新时间:", r"^说明:文章内容仅供预览"],
        "headings": [
            (r"^投诉处理制度$", 1),
            (r"^[一二三]、(受理内容|受理方法|投诉处理工作要求)$", 2),
            (r"^消费者投诉受理、处理管理制度$", 1),
        ],
    },
    "h31-4": {
        "title": "客户投诉处理流程及规范",
        "strip": [r"客户投诉处理流程及规范Revised at 16:25 am on June 10, 2021I hope tomorrow will definitely be better"],
        "skip": [r"^商场顾客投诉范围及工作流程$", r"^合集下载$", r"^客户投诉处理流程及规范$"],
        "split": r"(?<=一、目的)|(?<=二、适用范围)|(?<=三、职责)|(?=[二三]、)|(?=[1-7]、)",
        "headings": [(r"^[一二三]、(目的|适用范围|职责)$", 1)],
    },
    "h31-5": {
        "title": "How we handle your complaints - Ofcom approved code of practice",
        "english": True,
        "skip": [r"^How we handle your complaints - Ofcom approved code of practice$"],
    },
}


# The thirty-second held-out set (plans/heldout32/): made blind for the importer (issue 19), as LAYOUT22. Numbering typed in
# the text as the sources have it; only the sections an author would style as headings are headings (chapters, a lead-in that
# stands as its own paragraph, an English page's level names); a run-together copy is split again only before the document's
# own numbering (第X章, 第X条, (一)) or after a heading the copy ran into its first sentence; what the hosting page adds (file
# names, upload facts, page markers, download notices, breadcrumb, the form's "Select Complaint Type") is left out, and the
# sharing sites' page pieces (“1、” “2、”, which fall inside sentences) are dropped and the sentence they cut is joined again.
LAYOUT32: dict[str, dict] = {
    "h32-1": {
        "title": "村镇银行突发事件总体应急预案",
        "skip": [r"^村镇银行突发事件总体应急预案\.docx$", r"^《村镇银行突发事件总体应急预案\.docx》由会员分享"],
        "sub": [(r"1、村镇银行突发事件总体应急预案(?=第一章)", ""), (r"第三条\n2、 ", "第三条 ")],
        "split": r"(?=第[一二三四五六七八九十]+章 )|(?<=第一章 总 则)|(?=第[一二三四五六七八九十]+条 )| ?(?=\([一二]\))",
        "headings": [(r"^第一章 总 则$", 1)],
    },
    "h32-2": {
        "title": "村镇银行安全管理与案件纠纷突发事件应急预案",
        "skip": [
            r"^收藏 分享",
            r"^村镇银行安全管理与案件纠纷突发事件应急预案\.docx",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^第\d+页 / 共13页$",
            r"^亲,该文档总共13页",
            r"^资源描述$",
        ],
        "sub": [
            (r"1、村镇银行安全管理与案件纠纷突发事件应急预案(?=第一章)", ""),
            (r"突发事件应急处\n\n2、置", "突发事件应急处置"),
        ],
        "split": r"(?=第[一二三四五六七八九十]+章 )|(?<=第一章 总 则)|(?<=第二章 机构、职责和程序)|(?=第[一二三四五六七八九十]+条 )"
        r"|(?=\([一二]\))",
        "headings": [(r"^第[一二]章 (总 则|机构、职责和程序)$", 1)],
    },
    "h32-3": {
        "title": "信用社(银行)客户投诉管理办法(试行)",
        "skip": [r"^信用社[((]银行[))]客户投诉管理办法[((]试行[))]$", r"^\d\. [123]、"],
        "sub": [(r"欺骗、\n\n误导", "欺骗、误导")],  # the preview's text layer broke the sentence: one paragraph again
        "headings": [(r"^第一章总则$", 1)],
    },
    "h32-4": {
        "title": None,
        "sub": [(r"Р", "\n")],  # the site's text layer marks each paragraph of the document with “Р”
        "headings": [(r"^十一、对首问责任人的处理:$", 1)],
    },
    "h32-5": {
        "title": "Register a Complaint",
        "english": True,
        "skip": [r"^Register a Complaint$", r"^\d\. (Home|/|Register a Complaint)$", r"^Select Complaint Type$"],
        "headings": [
            (r"^Internal Machinery to Handle Customer Complaints / Grievances$", 1),
            (r"^(Branch \(Level 1\)|Customer Grievance Cell \(Level 2\)|Grievance Redressal Committee \(Level 3\))$", 2),
        ],
    },
}


# The thirty-third held-out set (plans/heldout33/): made blind for the importer (issue 19), as LAYOUT22. The sharing
# sites' page-split numbers (“1、” “2、” “3、” at a page's start) and file lines are not part of the Word file; a word
# the split cut in two is one word again; the document's own numbering is typed in the text.
LAYOUT33: dict[str, dict] = {
    "h33-1": {
        "title": "代理保险业务客户投诉及危机事件处理预案",
        "sub": [(r"(?m)^1、代理保险业务客户投诉及危机事件处理预案", ""), (r"\n2、", "")],
        "skip": [r"^代理保险业务客户投诉及危机事件处理预案\.doc$", r"^《代理保险业务客户投诉及危机事件处理预案\.doc》由会员分享"],
        "split": r"(?=[一二]、(?:客户投诉及|组织体系))|(?=\([一二]\))|(?<=\(一\)客户投诉)(?=客户投诉是指)"
        r"|(?<=\(二\)危机事件)(?=危机事件是指)|(?<=\(一\)组织体系)(?=各省)|(?<=\(二\)领导小组主要职责)(?=1\.)"
        r"|(?=[1-5]\.(?!\d))",
        "headings": [
            (r"^[一二]、(客户投诉及危机事件定义|组织体系和主要职责)$", 1),
            (r"^\([一二]\)(客户投诉|危机事件|组织体系|领导小组主要职责)$", 2),
        ],
    },
    "h33-2": {
        "title": "证券股份有限公司代理销售金融产品业务应急预案",
        "sub": [(r"(?m)^1、证券股份有限公司代理销售金融产品业务应急预案", ""), (r"\n\n2、", "")],
        "skip": [
            r"^收藏 分销\(赏\)$",
            r"^证券股份有限公司代理销售金融产品业务应急预案模版\.doc",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^第\d页 / 共4页$",
            r"^亲,该文档总共4页",
            r"^资源描述$",
        ],
        "split": r"(?<=\(2014年9月修订\))|(?<=第一章 总则)|(?=第[一二三四五]条 )|(?=\([一二三四]\))",
        "headings": [(r"^第一章 总则$", 1)],
    },
    "h33-3": {
        "title": "经纪业务客户投诉处理指引",
        "sub": [(r"(?m)^1、1经纪业务客户投诉处理指引", ""), (r"\n[23]、", ""), (r"(?<=快速反应原则)2(?=对于)", "")],
        "split": r"(?=第 [12] 章 )|(?<=第 1 章 总则)|(?<=第 2 章 工作原则及机制)|(?=第[一二三]条 )|(?=\([一二三]\))"
        r"|(?<=换位思考原则)|(?<=有法可依原则)|(?<=快速反应原则)",
        "headings": [(r"^第 [12] 章 (总则|工作原则及机制)$", 1), (r"^\([一二三]\)(换位思考|有法可依|快速反应)原则$", 2)],
    },
    "h33-4": {
        "title": "客户投诉管理办法(试行)",
        "sub": [(r"委\n1\nf托人", "委托人"), (r"设置意\n见箱", "设置意见箱"), (r"问题的,\n视为", "问题的,视为")],
        "skip": [r"^客户投诉管理办法\(试行\)$"],
        "split": r"(?=第[一二]章)|(?<=第一章总则)|(?<=第二章客户投诉渠道)|(?=第[一二三四五六七八]条)|(?=\([一二三四五]\))",
        "headings": [(r"^第[一二]章(总则|客户投诉渠道)$", 1)],
    },
    "h33-5": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Complaints$"],
        "headings": [
            (
                r"^(Rights of the Credit Union|Who can make a complaint\?|How do I make a complaint\?|Responding to a Complaint)$",
                1,
            ),
            (r"^Within (one|3) days?$", 2),
        ],
    },
}


# The thirty-fourth held-out set (plans/heldout34/): made blind for the importer (issue 19), as LAYOUT22. Numbering typed
# in the text; the sections a Chinese author styles as headings as Word headings; a paragraph the copy ran together is split
# again only before the document's own numbering (and after a run-in section name); the sharing sites' page markers
# ("1、" "2、" "3、" at a page break, a lone page number) and notices, and the page's own title line, are not in the Word file.
LAYOUT34: dict[str, dict] = {
    "h34-1": {
        "title": "京沪高速公路鲁苏省界收费站 收费广场突发事件应急预案",
        "skip": [r"^收费广场突发事件应急预案$", r"^京沪高速公路鲁苏省界收费站 收费广场突发事件应急预案$", r"^1$"],
        "split": r" (?=2、大量人员)| (?=[二三]、)|(?<=\(以下简称应急小组\)) (?=组 长)| (?=\(一\)发生)",
        "headings": [(r"^[一二三四]、(事故风险分析|组织机构及职责|防范处理措施|应急处理程序)$", 1)],
    },
    "h34-2": {
        "title": "金华经济技术开发区 医疗纠纷群体性事件应急处置工作预案",
        # the site's information-disclosure box, date/source line, "分享:" and "朗读" are not part of the Word file
        "skip": [
            r"^• ",
            r"^11330700MB10327095/2015-05280$",
            r"^金华经济技术开发区 医疗纠纷群体性事件应急处置工作预案$",
            r"^金华经济技术开发区$",
            r"^2015-07-11$",
            r"^主动公开$",
            r"^日期:2015-07-11",
            r"^分享:$",
            r"^朗读$",
        ],
        "headings": [(r"^总则$", 1), (r"^1\.[123](编制目的|编制依据|适用范围)$", 2)],
    },
    "h34-3": {
        "title": "XXXX燃气有限公司投诉处理管理制度",
        "sub": [
            (r"处理原\n2、则", "处理原则"),
            (r"(?m)^1、XXXX燃气有限公司投诉处理管理制度", ""),
            (r"(?<=[。;))])(?=[2-6]、)|(?=3、公司成立)|(?=1、目的)", "\n"),
            (r"(?<=^1、目的)|(?<=\n1、目的)|(?<=2、适用范围)|(?<=4、处理原则)|(?<=5、处理时效)|(?<=6、应急处理程序)", "\n"),
            (r"(?<=纠纷案件处理)(?=1\))|(?<=[。;])(?=[1-4]\))|(?<=主任)(?=2\)职能职责)|(?=D受理投诉)", "\n"),
        ],
        "skip": [r"^燃气有限公司投诉处理管理制度\.docx$", r"^《燃气有限公司投诉处理管理制度\.docx》由会员分享"],
        "headings": [
            (r"^[1-6]、(目的|适用范围|处理原则|处理时效|应急处理程序)$", 1),
            (r"^3、公司成立消费维权服务站,负责经营运作过程中的各种纠纷案件处理$", 1),
        ],
    },
    "h34-4": {
        "title": "*镇卫生院信访工作制度",
        "sub": [
            (r"职务\n2、行为", "职务行为"),
            (r"上级\n3、领导机关", "上级领导机关"),
            (r"^1、\*镇卫生院信访工作制度", ""),
        ],
        "split": r"(?=第[一二三四五]条 )|(?=\([一二三四五]\))",
    },
    "h34-5": {
        "title": "Complaints Procedure – Water",
        "english": True,
        "skip": [r"^ATTENTION WATER CUSTOMERS:", r"^×$", r"^Complaints Procedure – Water$"],
        "headings": [(r"^(Stage One|Stage Two|External Process)$", 1)],
    },
}


# The thirty-fifth held-out set (plans/heldout35/): made blind for the importer (issue 19), as LAYOUT22. Numbering typed in
# the text as the sources have it; only the sections an author would style as headings are headings; a run-together copy is
# split again only before the document's own numbering (一、, 1., 3.1, 1), (1)), after a heading the copy ran into its first
# sentence, or (h35-4, a table the preview ran into one line) before each row of the table; what the hosting page adds (page
# title line, automatic summary, figure placeholder, sharing notices, the preview's "1、" "2、" markers) is left out. h35-4's
# doubled words (the preview repeats every text block) are kept as found: undoing them would be guessing.
LAYOUT35: dict[str, dict] = {
    "h35-1": {
        "title": "商场突发事件应急预案",
        "skip": [r"^商场突发事件应急预案( 应急预案 商场应急预案)?$", r"^导读:", r"^图1$"],
        "split": r" (?=[一二]、)| (?=\d\.)| (?=\(\d\) )",
        "join": r"^(?:\d|[一二]、|\(\d\)|说明|组长|任务|紧急)",
        "headings": [(r"^紧急突发事件概述$", 1), (r"^[一二]、紧急事件(的种类|处理小组)$", 1)],
    },
    "h35-2": {
        "title": None,
        "sub": [(r"</p>$", "")],
        "split": r"(?=\d\.\d+[^\d])|(?=[2-6]\.(?:范围|职责|内容|相关文件|相关记录))"
        r"|(?<=^1\.目的)|(?<=\d\.范围)|(?<=\d\.职责)|(?<=\d\.内容)|(?<=\d\.相关文件)|(?<=\d\.相关记录)",
        "headings": [(r"^[1-6]\.(目的|范围|职责|内容|相关文件|相关记录)$", 1)],
    },
    "h35-3": {
        "title": "酒店受理投诉的程序",
        "sub": [(r"\n1、 ", "\n"), (r"\n2、", "")],
        "skip": [
            r"^酒店受理投诉程序\.docx$",
            r"^《酒店受理投诉程序\.docx》由会员分享",
            r"^- (配套讲稿|特殊限制):$",
            r"^如PPT文件的首页",
            r"^部分文档作品中含有的$",
            r"^酒店受理投诉程序_物业经理人$",
            r"^酒店受理投诉的程序$",
        ],
        "split": r" (?=[1-6]\))| (?=投诉者 时 间)| (?=以上投诉电话)|(?<=酒店受理投诉程序_物业经理人) |(?<=酒店受理投诉的程序) ",
    },
    "h35-4": {
        "title": None,
        "sub": [(r"\n1、赔偿条件", "\n赔偿条件"), (r"\n2、", "")],
        "skip": [r"^版权说明:", r"^文档简介$"],
        "split": r"(?=类型类型)| ?(?="
        + "|".join(
            re.escape(word * 2)
            for word in (
                "有异味",
                "调料包内有杂质",
                "面饼内有杂质",
                "面块有污染",
                "面块发霉",
                "空袋",
                "包装、料包破损",
                "少面、少料",
                "无批号或批号不清楚",
                "五、客诉赔付标准:",
                "消费者投诉热线赔偿权限",
                "营销总公司赔偿权限",
                "综合法务部赔偿权限",
                "营销公司消费者投诉受理、反馈记录台帐",
            )
        )
        + r")|(?<=五、客诉赔付标准:五、客诉赔付标准:)|(?=HL/JL\.YX-8\.2-02)",
        "headings": [(r"^五、客诉赔付标准:五、客诉赔付标准:$", 1)],
    },
    "h35-5": {
        "title": "Customer Complaint Procedure",
        "english": True,
        "skip": [r"^Customer Complaint Procedure$"],
        "headings": [(r"^We are Members of The Property Ombudsman$", 1)],
    },
}


# The thirty-sixth held-out set (plans/heldout36/): made blind for the importer (issue 19), as LAYOUT22. Numbering typed in
# the text as the sources have it; only the sections an author would style as headings are headings; what the hosting page
# adds (a sharing site's notices, date and summary lines, a cookie line, the page's HTML tags) is left out. `h36-1`'s page
# ran the text into one line with <br> tags: it is split at them. `h36-2`'s converted copy set each article number (第一条)
# on a line of its own: it is joined to its article again.
LAYOUT36: dict[str, dict] = {
    "h36-1": {
        "title": None,
        "sub": [(r"<h3>", ""), (r"<br>", "\n")],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h36-2": {
        "title": "中国邮政储蓄银行营业网点服务应急处理预案",
        "sub": [
            (r"\A中国邮政储蓄银行营业网点服务应急处理预案\n", ""),
            (r"(第[一二三四五]条)\n\n", r"\1 "),
            (r"第四章\n\n附 则", "第四章 附 则"),
        ],
        "skip": [r"^时间:2019-05-13", r"^简介:写写帮文库", r"^第一篇:"],
        "headings": [(r"^第[一二]章 (总 则|应急处理要求)$", 1)],
    },
    "h36-3": {
        "title": "经纪业务客户投诉处理实施细则(试行)",
        "skip": [
            r"^中国银河证券股份有限公司经纪业务客户投诉处理实施细则$",
            r"^\d\. \d、",
            r"^经纪业务客户投诉处理实施细则\(试行\)$",
        ],
        "headings": [(r"^第一章总则$", 1)],
    },
    "h36-4": {
        "title": "消费者权益保护/投诉处理",
        "sub": [(r"点击本链接打开", "")],
        "skip": [r"^消费者权益保护/投诉处理$"],
        "headings": [(r"^\([一二三]\)", 1), (r"^(正式立案|调查核实投诉事宜并完成处理决定)$", 2)],
    },
    "h36-5": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^We only use cookies for website functionality and security\.$", r"^Complaints$"],
        "headings": [
            (r"^How to make a complaint$", 1),
            (r"^Step (one|two) – ", 2),
            (r"^(Personal customers|Business customers|Intermediaries and brokers)$", 3),
        ],
    },
}


# The thirty-seventh held-out set (plans/heldout37/): public services (a government service centre, a district's water
# supply, a power company's hotline, a city's 12345 hotline, a London borough), made blind for the importer (issue 19), as
# LAYOUT22. Numbering typed in the text as the sources have it; where the page carries a notice (通知) with the plan as
# its attachment, the notice's title is the Title and the plan's own title a heading; a title or sentence the page broke
# over two lines is joined again (`sub`); what the hosting page adds (navigation, page metadata, "文章附圖") is left out.
LAYOUT37: dict[str, dict] = {
    "h37-1": {
        "title": "关于印发《福州市行政(市民)服务中心突发公共事件应急处置预案》的通知",
        "sub": [
            (r"应\n\n急处置预案", "应急处置预案"),
            (r"服务中心\n\n突发公共事件应急处置预案", "服务中心突发公共事件应急处置预案"),
            (r"刘艳侠\n\n", "刘艳侠"),
            (r"市民\n\n服务中心工作小组", "市民服务中心工作小组"),
        ],
        "skip": [r"^关于印发《", r"^时间:2016-09-20"],
        "headings": [
            (r"^福州市行政\(市民\)服务中心突发公共事件应急处置预案$", 1),
            (r"^[一二]、(适用范围|组织机构和工作职责)$", 2),
        ],
    },
    "h37-2": {
        "title": "武清区供水突发事件应急预案",
        "skip": [r"^您的当前位置", r"^武清区供水突发事件应急预案$", r"^来源:应急办", r"^字体大小", r"^保护视力色"],
        "headings": [(r"^1  总则$", 1), (r"^1\.[1-3] (编制目的|编制依据|事件分级)$", 2), (r"^1\.3\.[12]具备", 3)],
    },
    "h37-3": {
        "title": "電力熱線86865598工單咨詢、舉報投訴管理實施細則",
        "skip": [r"^電力熱線86865598工單咨詢、舉報投訴管理$", r"^文章附圖$", r"^實 施 細 則$"],
        "headings": [(r"^(一、 目的|二、 受理部門|三、“86865598”服務內容及規范)$", 1)],
    },
    "h37-4": {
        "title": "市政府辦公室關于印發《宜興市12345政府公共服務熱線運行管理暫行辦法》的通知",
        "skip": [
            r"^2011年第06期$",
            r"^市政府辦公室關于印發",
            r"^來源:宜興市人民政府網站",
            r"^(文號|制發機關|成文日期|文件類別|文件狀態) ",
        ],
        "headings": [(r"^宜興市12345政府公共服務熱線運行管理暫行辦法$", 1)],
    },
    "h37-5": {
        "title": "The complaints process",
        "english": True,
        "skip": [r"^The complaints process$"],
        "bullet": r"^- ",
        "headings": [(r"^Stage one$", 1), (r"^Chief Executive’s stage$", 1)],
    },
}


LAYOUT38: dict[str, dict] = {
    "h38-1": {
        "title": "商店 超市 开业应急预案",
        "skip": [r"^商店 超市 开业应急预案$"],
        "headings": [(r"^[一二]、(突发事件处理原则|各类突发事件的处理):$", 1), (r"^[23]、(停电|火警)应急措施:$", 2)],
    },
    "h38-2": {
        "title": None,
        "split": r" (?=\d,?、)| (?=\(\d\))",
        "headings": [(r"^一、職責\(zé\):$", 1), (r"^\d,?、(物業\(yè\)安全部|金庫|客服部|生鮮部|收貨部)$", 2)],
    },
    "h38-3": {
        "title": "消费者投诉治理制度",
        "split": r"\s*(?<![一二三四五六七八九十])(?=[一二三四五六七八九十]+、)",
        "skip": [r"^消费者投诉治理制度$"],
    },
    "h38-4": {
        "title": "C酒店大堂副理处理客人投诉程序",
        "skip": [r"^C酒店大堂副理处理客人投诉程序$", r"^0 次访问$"],
        "headings": [(r"^酒店大堂副理处理客人投诉程序\(五\)。$", 1)],
    },
    "h38-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^Stage (One|Two|Three|Four):$", 1)],
    },
}


# The thirty-ninth held-out set (plans/heldout39/): made blind for the importer (issue 19), as LAYOUT22: enterprises and
# institutions. Numbering typed in the text as the sources have it; only the sections an author would style as headings are
# headings; a run-together copy is split again only before the document's own numbering or after a heading the copy ran into
# its first sentence; what the hosting page adds (the sharing site's notice and preview markers “1、” “2、”, the page's
# date and font-size lines, the page header “编号 … 页码1/2”) is left out.
LAYOUT39: dict[str, dict] = {
    "h39-1": {
        "title": "XXXX职业学院预防非法聚集事件应急预案",
        "skip": [r"^职业学院预防非法聚集事件应急预案\.docx$", r"^《职业学院预防非法聚集事件应急预案\.docx》由会员分享"],
        "strip": [r"(?m)^1、XXXX职业学院预防非法聚集事件应急预案", r"\n[23]、"],
        "split": r"(?=[一二]、)|(?<=组织机构与职责)|(?<=等级划分)|(?=\([一二三]\))|(?<=应急领导小组)(?=组长)|(?<=\(二\)职责)",
        "headings": [(r"^[一二]、(组织机构与职责|等级划分)$", 1), (r"^\([一二]\)(成立处置非法聚集应急领导小组|职责)$", 2)],
    },
    "h39-2": {
        "title": "农民工讨薪突发事件应急预案",
        "skip": [r"^农民工讨薪突发事件应急预案$", r"^发布时间:", r"^字号:$"],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h39-3": {
        "title": "顾客抱怨通报制度",
        "strip": [r"^编号顾客抱怨通报制度页码1/21"],
        "split": r"(?=[1-4]\. ?(?:目的|范围|职责|程序))|(?<=^1\. 目的)|(?<=2\.范围)|(?<=3\.职责)|(?<=4\.程序)|(?=3\.[1-4] )"
        r"|(?=4\.1\.[1-3] )|(?=附录 1:)|(?=编制:)",
        "headings": [(r"^[1-4]\. ?(目的|范围|职责|程序)$", 1)],
    },
    "h39-4": {
        "title": "学生投诉问题反馈工作制度",
        "skip": [r"^学生投诉问题反馈工作制度$"],
        "headings": [(r"^第[一二三四五六]章", 1)],
    },
    "h39-5": {
        "title": "Complaints Procedure",
        "english": True,
        "bullet": r"^- ",
    },
}


# The fortieth held-out set (plans/heldout40/): made blind for the importer (issue 19), as LAYOUT22: banks and other
# finance. Numbering typed in the text as the sources have it; only the sections an author would style as headings are
# headings; a line broken at the end of a PDF line is joined again (`join`); a run-together copy is split again only
# before the document's own numbering or after a heading the copy ran into its first sentence; what the hosting page adds
# (copyright notices, file name, uploader and page-preview lines, the sharing site's markers “1、” “2、”, the site's menu
# and telephone line) is left out.
LAYOUT40: dict[str, dict] = {
    "h40-1": {
        "title": "農(nóng)發(fā)行皮山縣支行營業(yè)網(wǎng)點(diǎn)服務(wù)服務(wù)突發(fā)事件應(yīng)急預(yù)案",
        "skip": [
            r"^版權\(quán\)說明:",
            r"^文檔簡介$",
            r"^農\(nóng\)發\(fā\)行皮山縣支行營業\(yè\)網\(wǎng\)點\(diǎn\)服務\(wù\)服務\(wù\)$",
            r"^突發\(fā\)事件應\(yīng\)急預\(yù\)案$",
        ],
        "join": r"^(?:[一二三]、|\([一二三]\)|\(\d\)|職責\(zé\):|小組長:|組員:)",
        "headings": [(r"^一、組織體系及職責\(zé\)$", 1), (r"^\([一二]\)", 2)],
    },
    "h40-2": {
        "title": "11农村11银行股份有限公司突发事件应急预案",
        "skip": [
            r"^3突发事件应急预案\.doc",
            r"^上传人:",
            r"^返回 下载",
            r"^第\d页 / 共8页$",
            r"^点击查看更多",
            r"^资源描述$",
            r"^《3突发事件应急预案\.doc》",
        ],
        "strip": [r"(?m)^1、11农村11银行股份有限公司突发事件应急预案", r"\n\n2、"],
        "split": r"(?=[一二三]、总则)|(?<=^一、总则)|(?=\([一二三]\))|(?<=目的和依据)|(?<=工作原则)|(?<=适用范围)"
        r"|(?=[123]、处置本行)",
        "headings": [(r"^一、总则$", 1), (r"^\([一二三]\)(目的和依据|工作原则|适用范围)$", 2)],
    },
    "h40-3": {
        "title": "渤海期货股份有限公司客户投诉管理办法",
        "skip": [r"^渤海期货股份有限公司客户投诉管理办法$"],
        "headings": [(r"^第[一二]章", 1)],
    },
    "h40-4": {
        "title": "广东省农村信用社客户投诉处理工作指引",
        "skip": [r"^广东省农村信用社客户投诉处理工作指引$", r"^[123]\. [123]、"],
        "join": r"^(?:第[一二三四五六七八九十]+[章条]|粤农信联发|广东省农村信用社客户投诉处理工作指$)",
        "headings": [(r"^第一章总则$", 1)],
    },
    "h40-5": {
        "title": "The Complaints Process",
        "english": True,
        "skip": [r"^Why Choose Us Contact Us", r"^Call us on 01664", r"^The Complaints Process$"],
    },
}


# The forty-first set (public services): the sharing sites' notices and the page's navigation lines (“全文预览”,
# “上传者:…”, “文档介绍”, “Comments and complaints”) are left out; where a copy ran the text into one paragraph
# (h41-1, h41-3) it is split again only before the document's own numbering or after a heading; the sharing site's
# “Р” paragraph marks (h41-4) and its preview numbers “1、” “2、” “3、” (h41-3) are not the document's.
LAYOUT41: dict[str, dict] = {
    "h41-1": {
        "title": None,
        "split": r"(?=[234]\.0)|(?=3\.[1-4])|(?<=1\.0目的)|(?<=2\.0适用范围)|(?<=3\.0职责)",
        "headings": [(r"^[1-4]\.0(目的|适用范围|职责|实施规程)$", 1)],
    },
    "h41-2": {
        "title": None,
        "headings": [(r"^第[一二]章", 1)],
    },
    "h41-3": {
        "title": "虹桥小学家长及学生投诉处理制度 (2013年)",
        "strip": [r"^1、虹桥小学家长及学生投诉处理制度 \(2013年\)", r"\n[23]、"],
        "split": r"(?=[一二三]、)|(?<=一、指导思想)|(?<=二、处理投诉的原则及方法)|(?<=三、接受投诉的形式)|(?=\([一二三]\))",
        "headings": [(r"^[一二三]、(指导思想|处理投诉的原则及方法|接受投诉的形式)$", 1)],
    },
    "h41-4": {
        "title": "柿树湾小学家长及学生投诉处理制度及实施办法",
        "skip": [r"^全文预览$", r"^柿树湾小学家长及学生投诉处理制度及实施办法$", r"^上传者:", r"^文档介绍$"],
        "split": r"Р|(?=5、记录建档)",
        "headings": [(r"^[六七]、", 1)],
    },
    "h41-5": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Comments and complaints$", r"^Complaints procedure$"],
        "headings": [
            (r"^Complaint stages$", 1),
            (r"^Stage [12]$", 2),
            (r"^How we can respond to complaints$", 1),
        ],
    },
}


LAYOUT42: dict[str, dict] = {
    "h42-1": {
        "title": "超市突发事件应急预案",
        "skip": [
            r"^欢迎访问范文百科",
            r"^超市突发事件应急预案$",
            r"^安卓百科 分享",
            r"^在平平淡淡的学习",
            r"^超市突发事件应急预案篇1$",
        ],
        "headings": [(r"^[一二]、(制定的目的|应急组织机构与职责)$", 1), (r"^2、职责分工$", 2)],
    },
    "h42-2": {
        "title": "商超市场保供应急预案",
        "skip": [
            r"^现在位置:",
            r"^超市保供应急预案\(专业15篇\)$",
            r"^时间:2024-03-26",
            r"^应急预案应该包括",
            r"^商超市场保供应急预案$",
        ],
    },
    "h42-3": {
        "title": "駕校學(xué)員投訴受理制度",
        "skip": [r"^駕校學\(xué\)員投訴受理制度$"],
        "headings": [(r"^一、學\(xué\)員投訴內\(nèi\)容$", 1)],
    },
    "h42-4": {
        "title": "酒店前厅部规章制度之大堂副理处理各种投诉的权限模板",
        "skip": [r"^《酒店前厅部规章制度之大堂副理处理各种投诉的权限模板\.docx》由会员分享"],
        "strip": [r"(?m)^酒店前厅部规章制度之大堂副理处理各种投诉的权限模板(?=为使酒店)"],
        "split": r"(?=[一二三四五]、)",
    },
    "h42-5": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Value my vehicle$", r"^Complaints procedure$"],
        "headings": [(r"^(What can I do\?|Making a formal complaint|Alternative Dispute Resolution \(ADR\))$", 1)],
    },
}


LAYOUT43: dict[str, dict] = {
    "h43-1": {
        "title": None,
        "skip": [r"^1$"],
        "split": r"(?<=1、总则) (?=1\.1编制目的)|(?<=的事件;) (?=②)|(?<=的事件。) (?=2\.2)",
        "headings": [
            (r"^[12]、(总则|群体性事件分级)$", 1),
            (r"^1\.[1-4](编制目的|编制依据|适用范围|工作原则)$", 2),
            (r"^2\.[12](特别重大|重大)群体性事件包括:$", 2),
        ],
    },
    "h43-2": {
        "title": None,
        "headings": [(r"^[123]、", 1), (r"^[13]\.[12][^.]", 2), (r"^3\.1\.[12]", 3)],
    },
    "h43-3": {
        "title": "客户投诉管理制度",
        "strip": [r"^客户投诉管理制度"],
        "split": r"(?=第[一二三四五六七]条 )|(?<=第一条 目的)|(?<=第二条 范围)|(?<=第三条 适用)|(?<=第四条 处理程序)|"
        r"(?<=第五条 客户投诉分类)|(?<=第六条 处理部门)|(?<=第七条 处理职责)|(?=[12](?:业务部|质量管理部))|(?=\([1-4]\))|"
        r"(?<=区分为:)(?=1非)|(?<=造成\)。)(?=2质量)|(?<=^1业务部)|(?<=^2质量管理部)",
        "headings": [(r"^第[一二三四五六七]条 \S+$", 1), (r"^[12](业务部|质量管理部)$", 2)],
    },
    "h43-4": {
        "title": "投诉处理管理制度",
        "strip": [r"^投诉处理管理制度"],
        "split": r"(?=[一二三四五六]、 ?(?:目的|职责|投诉受理|投诉处理|投诉反馈|其他))|(?<=目的) |(?<=职责) |(?<=投诉受理) |(?<=投诉处理) |"
        r"(?<=投诉反馈)(?=对投诉者)|(?<=其他) |(?<=标明,在市消费者协会指导下开展工作,具体工作由办公室负责承担。) |(?<=进程情况。) |"
        r"(?<=必须包括:)(?=1\.)|(?=[2-4]\. )|(?<=处理意见)(?=语气)",
        "headings": [(r"^[一二三四五六]、 ?(目的|职责|投诉受理|投诉处理|投诉反馈|其他)$", 1)],
    },
    "h43-5": {
        "title": "Stage 1: Frontline / Local Resolution",
        "english": True,
        "skip": [r"^Skip to main content Skip to navigation$", r"^Stage 1: Frontline / Local Resolution$"],
    },
}


# The forty-fourth held-out set (plans/heldout44/): banks. `sub` takes off the sharing site's page marks ("f" before a
# page's first line); `strip` joins a word the site's paragraph numbers ("7、") cut in two.
LAYOUT44: dict[str, dict] = {
    "h44-1": {
        "title": "中国邮政储蓄银行营业网点客户投诉处理规范(2014年修订版)",
        "skip": [r"^中国邮政储蓄银行营业网点客户投诉处理规范\(2014年修订版\)$", r"^1$"],
        "sub": [(r"(?m)^f(?=目录|第一章总则$|3三人)", "")],
        "split": r"(?=\([一二]\))|(?=[1245](?:涉及账户|客户再次|已在或|由监管))|(?=第五条)",
        "headings": [(r"^第一章总则$", 1)],
    },
    "h44-2": {
        "title": None,
        "strip": [r"^6、", r"\n7、"],
        "sub": [(r"\n9、", "\n")],
        "split": r"(?=第[八九]条)|(?=第四章)|(?<=第四章投诉处理职责分工)|(?=各成员单位的具体职责如下)|"
        r"(?=\((?:[一二三四五六七八]|十[五六])\))",
        "headings": [(r"^第四章投诉处理职责分工$", 1)],
    },
    "h44-3": {
        "title": None,
        "skip": [r"^f精品文档$"],
        "split": r"(?<=第四章监督、投诉机制建设)|(?=第十[二三四五六]条)|(?=\(二\))|(?<=以下内容:)(?=1因)|(?<=;)(?=[2-6]因|3其他)",
        "headings": [(r"^第四章监督、投诉机制建设$", 1)],
    },
    "h44-4": {
        "title": "关于印发《xx银行金融消费者权益保护工作方案》的通知",
        "skip": [r"^银行金融消费者权益保护工作领导小组$", r"^- (格式|大小|文档页数):"],
        "strip": [r"^(?:.*\n){4}关于印发《xx银行金融消费者权益保护工作方案》的通知"],
        "split": r"(?<=4月11日印发)|(?<=一、指导思想)(?=为加强)|(?<=二、组织机构)(?=成立)|(?<=三、工作职责)(?=\()|"
        r"(?=\(二\)运营)|(?<=工作职责:)|(?=[2-5]、)",
        "headings": [(r"^[一二三]、(指导思想|组织机构|工作职责)$", 1), (r"^\([一二]\).*工作职责:$", 2)],
    },
    "h44-5": {
        "title": "Making a complaint",
        "english": True,
    },
}


LAYOUT45: dict[str, dict] = {
    "h45-1": {
        "title": "客户投诉流程及须知",
        "skip": [r"^服务中心 > 客户服务手册$", r"^客户投诉流程及须知$"],
        "headings": [(r"^[一二]、(投诉渠道|投诉须知)$", 1)],
    },
    "h45-2": {
        "title": "东吴期货客户投诉处理制度",
        "strip": [r"^1、东吴期货客户投诉处理制度"],
        "sub": [(r"\n[23]、", "")],  # the sharing site's page numbers, each falling inside a sentence
        "split": r"(?=第[一二]章 )|(?<=第一章 总 则)|(?<=第二章 客户投诉职责分工)|(?=第[一二三四五六]条、)",
        "headings": [(r"^第[一二]章 (总 则|客户投诉职责分工)$", 1)],
    },
    "h45-3": {
        "title": None,
        "headings": [(r"^第[一二三]章 ", 1)],
    },
    "h45-4": {
        "title": "金融消费者投诉处理办法",
        "skip": [r"^当前位置:文档之家", r"^xxx公司金融消费者投诉处理办法$", r"^金融消费者投诉处理办法$"],
        "sub": [(r"提供\n的支付服务", "提供的支付服务")],  # a line break inside a sentence
    },
    "h45-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [
            (
                r"^(What is a complaint\?|Written Acknowledgement|Full and Detailed Response|Final Response|"
                r"Complaint Handling rules relating to referral of complaints between firms\.)$",
                1,
            )
        ],
    },
}


# The forty-sixth held-out set (plans/heldout46/): public services (a government service hall, a school, a hospital, a
# water company, a county council).
LAYOUT46: dict[str, dict] = {
    "h46-1": {
        "title": "三门峡市政务服务中心投诉管理办法",
        "skip": [r"^当前位置:首页>", r"^三门峡市政务服务中心投诉管理办法$", r"^发布日期:2022-10-28 17:28 来源:"],
        "headings": [(r"^[一二三]、(投诉方式|投诉受理|投诉处理)$", 1)],
    },
    "h46-2": {
        "title": "新沂六中群体性事件应急预案",
        "skip": [
            r"^收藏 分销\(赏\)$",
            r"^2023年新沂六中群体性事件应急预案\.doc",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^第\d页 / 共6页$",
            r"^点击查看更多>>$",
            r"^资源描述$",
        ],
        "strip": [r"(?m)^新沂六中群体性事件应急预案 (?=为有效)"],
        "split": r" (?=本预案所称)| (?=[一二]、)|(?<=监管与预报) |(?<=应急处理) | (?=\([一二三]\))|"
        r"(?<=监管机构和工作职责) |(?<=监管范围和种类) |(?<=监管方式) | (?=监管种类:)",
        "headings": [
            (r"^[一二]、(监管与预报|应急处理)$", 1),
            (r"^\([一二三]\)(监管机构和工作职责|监管范围和种类|监管方式)$", 2),
        ],
    },
    "h46-3": {
        "title": "投诉管理制度",
        "skip": [r"^投诉管理制度$"],
    },
    "h46-4": {
        "title": "黃山水務(wù)控股集團有限公司投訴受理制度",
        "skip": [r"^黃山水務\(wù\)控股集團有限公司投訴受理制度$", r"^發布日期:2022-10-27 "],
        "headings": [(r"^[一二]、(投訴范圍|投訴方法)$", 1), (r"^、投訴受理程序$", 1)],
    },
    "h46-5": {
        "title": "What we will do if you complain – corporate complaints",
        "english": True,
        "skip": [
            r"^Cookie Policy$",
            r"^This website works best using cookies\.",
            r"^Council Services:$",
            r"^What we will do if you complain – corporate complaints$",
        ],
        "headings": [
            (r"^(Corporate complaints|What happens next\?|What if I am still not happy\?)$", 1),
            (r"^(Stage one - making a corporate complaint|Stage two - review|Resolving all complaints)$", 2),
        ],
    },
}


LAYOUT47: dict[str, dict] = {
    "h47-1": {
        "title": "突发事件应急预案",
        "strip": [r"^突发事件应急预案"],
        "split": r"(?=[一二三]、)|(?<=一、目的:)|(?<=二、总则:)|(?<=的应急措施:) |(?=[1-5]、)|(?=A、)|(?<=冲突事件应急措施:)(?=\(1\))",
        "headings": [(r"^[一二三]、(目的|总则|处理下列突发事件的应急措施):$", 1), (r"^A、游行示威引发的冲突事件应急措施:$", 2)],
    },
    "h47-2": {
        "title": "商场突发事件应急预案",
        "strip": [r"^商场突发事件应急预案"],
        "skip": [r"^Copyright ©", r"^工信部备案号:", r"^公安局备案号:", r"^本站为C2C"],
        "split": r"(?<=紧急突发事件概述) |(?=[一二]、)|(?<=紧急事件的种类)(?=1\.)|(?=[2-9]\. )|(?<=紧急事件处理小组)(?=总指挥)|"
        r"(?<=\))(?=副总指挥|领导小组|通讯联络|紧急抢险组|安全疏导组|救护组|图1)|(?<=图1)(?=紧急事件突发性高)",
        "headings": [(r"^紧急突发事件概述$", 1), (r"^[一二]、 ?紧急事件(的种类|处理小组)$", 1)],
    },
    "h47-3": {
        "title": "投诉处理制度",
        "skip": [r"^视频1 视频21 ", r"^超市投诉处理制度$", r"责编:小OO$", r"^文档$", r"^投诉处理制度$"],
        "headings": [(r"^[一二三]、(受理内容|受理方法|投诉处理工作要求)$", 1)],
    },
    "h47-4": {
        "title": "小区业户投诉调度处理规程",
        "skip": [r"^客服制度 导航$", r"^小区业户投诉调度处理规程$", r"^编辑:物业经理人"],
        "join": r"^\d\.",
        "headings": [(r"^[123]\.工作(目的|职责|指引)$", 1), (r"^3\.1 管理处调度人员$", 2)],
    },
    "h47-5": {
        "title": "Complaint handling policy",
        "english": True,
        "skip": [r"^Customer Service$", r"^Complaint handling policy$"],
        "headings": [(r"^Our commitment to you$", 1), (r"^Your rights$", 1)],
    },
}

# set name -> (folder of NAME.txt / NAME.docx, layouts)

# The forty-eighth held-out set (plans/heldout48/): banks (a village bank, a county 农信联社, a 信用社(银行) sub-branch, a
# rural commercial bank, an Indian co-operative bank). `sub` takes out what the hosting pages put into the text (h48-1's
# two inserted phrases; h48-4's page mark "f") and joins a heading or word a line break cut in two.
LAYOUT48: dict[str, dict] = {
    "h48-1": {
        "title": "村镇银行安全保卫突发事件应急预案",
        "skip": [r"^村镇银行安全保卫突发事件应急预案$"],
        "sub": [(r"tabitha simmons信用卡取现手续费", ""), (r"经济学考研", ""), (r"处置工\n作中", "处置工作中")],
        "split": r"(?<=^第三条适用范围)|(?<=^第四条处置原则)",
        "headings": [(r"^第[一二]章", 1), (r"^第[三四]条(适用范围|处置原则)$", 2)],
    },
    "h48-2": {
        "title": "信用社(銀行)電話銀行業(yè)務(wù)風(fēng)險(xiǎn)防范預(yù)案",
        "skip": [r"^第一篇:", r"^信用社\(銀行\)電話銀行業\(yè\)務\(wù\)風\(fēng\)險\(xiǎn\)防范預\(yù\)案$"],
        "sub": [(r"一、總\n則", "一、總則")],
        "headings": [(r"^[一二]、", 1), (r"^\([一二三]\)", 2)],
    },
    "h48-3": {
        "title": "银行信访工作管理办法",
        "skip": [r"^信用社\(银行\)信访管理规定$", r"^合集下载$", r"^银行信访工作管理办法$"],
        "strip": [r"(?m)^银行信访工作管理办法(?=银行信访工作制度)"],
        "split": r"(?<=^银行信访工作制度)|(?=一、指导思想)|(?<=一、指导思想)|(?<=二、信访工作的方针和原则)|(?<=三、信访工作职责)",
        "headings": [(r"^[一二三]、(指导思想|信访工作的方针和原则|信访工作职责)$", 1)],
    },
    "h48-4": {
        "title": None,
        "skip": [r"^全球旧事资料 分类$"],
        "sub": [(r";\nf4因", ";4因")],
        "split": r"(?=\(二\)重大投诉事件主要)|(?<=[:;])(?=[1-6]因|3其他)|(?=第十[六七八九]条)|(?=第五章)|(?<=第五章金融消费争议处理流程)|"
        r"(?<=[:;。])(?=[一二三四五]、)|(?<=的处理流程)(?=各支行)",
        "headings": [(r"^第五章金融消费争议处理流程$", 1)],
    },
    "h48-5": {
        "title": None,
        "english": True,
        "headings": [(r"^Escalation Level 0[123]$", 1)],
    },
}


# The fifty-second held-out set (plans/heldout52/): banks (a sub-branch's natural-disaster plan, a branch's complaint plan
# for a system changeover, China Construction Bank's customer service centre rules, ICBC's complaint guide, Nationwide UK
# (Ireland)). Left out is what the hosting page adds: the sharing sites' document names, download notices and page marks
# (h52-1, h52-2), the site's paragraph numbers "1、" "2、" (h52-2, the second cutting "客户投诉" in two) and h52-4's
# table bar "|".
LAYOUT52: dict[str, dict] = {
    "h52-1": {
        "title": "××支行自然灾害突发事件应急预案",
        "skip": [
            r"^银行支行自然灾害突发事件应急预案$",
            r"^[123]\. [123]、",
            r"^××支行$",
            r"^自然灾害突发事件应急预案$",
        ],
        "headings": [(r"^[一二]、(预警预防|预想场景及应急处置)$", 1), (r"^预想场景一:雨水灾害$", 2)],
    },
    "h52-2": {
        "title": "*银行*分行IT蓝图项目投产工作客户投诉处理应急预案",
        "skip": [r"^银行投诉应急处理_第[123]页$", r"^已阅读5页", r"^下载本文档$", r"^版权说明:", r"^文档简介$"],
        "sub": [
            (r"(?m)^1、\*银行\*分行IT蓝图项目投产工作客户投诉处理应急预案(?=为确保)", ""),
            (r"二、客户投\n\n2、诉", "二、客户投诉"),
        ],
        "split": r"(?=[一二]、客户投诉)|(?<=应急预案制定的依据)(?=根据)|(?<=应急处理的组织领导)(?=1、)|(?=(?:副组长|成员):)|"
        r"(?<=如下。)(?=组长:)|(?<=负责人。)(?=具体名单)",
        "headings": [(r"^[一二]、客户投诉(处理应急预案制定的依据|应急处理的组织领导)$", 1)],
    },
    "h52-3": {
        "title": None,
        "headings": [(r"^第[六七八]章 (风险防范|统计报告和档案管理|业务考核)$", 1)],
    },
    "h52-4": {
        "title": "中國(guó)工商銀行客戶投訴指南",
        "skip": [r"^中國\(guó\)工商銀行客戶投訴指南$", r"^\|$"],
        "split": r" (?=一、投訴方式)|(?<=一、投訴方式) | (?=\([一二]\)|\?。)",
        "headings": [(r"^[一二]、投訴(方式|處理流程:)$", 1)],
    },
    "h52-5": {
        "title": "Our Quality of service",
        "english": True,
        "skip": [r"^Our Quality of service$"],
        "headings": [(r"^(Our approach to handling your complaint|If you’re not satisfied)$", 1)],
    },
}


# The fiftieth held-out set (plans/heldout50/): public services (a water company, a hospital, a street office's 12345
# hotline rules, a city's 12320 health hotline, an Irish county council). Left out is what the hosting page adds: the
# model-text sites' titles, introductions and "篇" headings (h50-1, h50-2), the page's index number and disclosure type
# (h50-3), the page's source/author/date/font-size lines (h50-4) and the web form's note (h50-5).
LAYOUT50: dict[str, dict] = {
    "h50-1": {
        "title": None,
        "skip": [r"^村级供水应急预案\(精选19篇\)$", r"^在平日的学习、工作和生活里", r"^村级供水应急预案 1$"],
        "headings": [
            (r"^[一二三]、(组织机构:|应急预案启动及具体办法。|应急准备:)$", 1),
            (r"^第[一二三四]小组:(安全生产组|管网抢修组|后勤保障组|新闻联络组)$", 2),
        ],
    },
    "h50-2": {
        "title": None,
        "skip": [r"^2022网信办事处关于停电突发预案", r"^制定停电应急预案是为了"],
        "headings": [(r"^四、紧急情况报告程序及内容:$", 1)],
    },
    "h50-3": {
        "title": "夏阳街道12345市民服务热线工作管理办法",
        "skip": [r"^夏阳街道12345市民服务热线工作管理办法$", r"^QF4017004-2022-001$", r"^主动公开$"],
        "headings": [(r"^[一二]、(工作原则|工作程序)$", 1), (r"^[12]\.(工单流转|退单与签派)$", 2)],
    },
    "h50-4": {
        "title": "12320卫生热线简介",
        "skip": [
            r"^12320卫生热线简介$",
            r"^来源:$",
            r"^十堰市疾病预防控制中心 +\| +作者:$",
            r"^\| +发布日期:$",
            r"^2021-12-24 +\| +\[大 +中 +小\]$",
        ],
        "headings": [(r"^12320卫生热线(主要职责|办理流程及时限)$", 1)],
    },
    "h50-5": {
        "title": "Complaint Procedure",
        "english": True,
        "skip": [r"^Complaint Procedure$", r"^\* indicates required field$"],
        "headings": [
            (r"^Complaints Procedure$", 1),
            (r"^Stage [123]—", 2),
            (r"^Do you use this procedure for all complaints\?$", 2),
            (r"^The Office of the Ombudsman$", 2),
        ],
    },
}


# The fifty-fourth held-out set (plans/heldout54/): public services (a township health centre, a district tax bureau's tax
# service hall, a city bus group's service hotline, a university's residential college, an Australian university). `skip`
# takes off the sharing site's format lines and the mirror site's advertising line and page header; `split` breaks a
# run-together paragraph only after a heading or before the document's own item numbers.
LAYOUT54: dict[str, dict] = {
    "h54-1": {
        "title": "医院突发公共卫生事件应急预案范文",
        "skip": [
            r"^突发公共卫生事件应急预案$",
            r"^- (格式|大小|文档页数):",
            r"^医院突发公共卫生事件应急预案范文$",
        ],
        "split": r"(?<=^医院突发公共卫生事件应急预案范文)(?=为科学规范)|(?<=^一、目标任务)(?=\(一\))|"
        r"(?<=^二、预防与应急组织)(?=\(一\))|(?<=\(一\)突发事件应急医疗救治小组)(?=____)|(?<=职责:)(?=1、)",
        "headings": [(r"^[一二]、(目标任务|预防与应急组织)$", 1), (r"^\(一\)突发事件应急医疗救治小组$", 2)],
    },
    "h54-2": {
        "title": None,
        "split": r"(?<=。)(?=\([一二三]\))|(?<=以下三类:)(?=\(一\))",
        "headings": [(r"^第[一二三]章 ", 1)],
    },
    "h54-3": {
        "title": "服務熱線投訴受理制度",
        "skip": [
            r"^欧美亚洲一区二区三区蜜桃",
            r"^X$",
            r"^蕪湖市公共交通集團歡迎您!$",
            r"^服務熱線$",
            r"^0553-5712345$",
            r"^服務熱線投訴受理制度$",
            r"^發\(fā\)布日期:",
        ],
        "headings": [(r"^[一二三四]、", 1)],
    },
    "h54-4": {
        "title": None,
        "skip": [r"^时间:2021-11-07 文章作者:"],
        "headings": [(r"^[一二]、投诉(渠道及处理方式|纪律)$", 1)],
    },
    "h54-5": {
        "title": "Options for resolution",
        "english": True,
        "bullet": r"^• ",
        "skip": [r"^Options for resolution$"],
        "headings": [(r"^Expected timeline for resolution$", 1)],
    },
}


# The fifty-fifth held-out set (plans/heldout55/): commerce and enterprises (a hotel, property management, express
# delivery, car repair, an Irish broadband provider). `skip` leaves out the sharing sites' repeated title and summary
# lines, a converter's "Newly compiled ..." line and page numbers; `strip` the watermark a site put into h55-4.
LAYOUT55: dict[str, dict] = {
    "h55-1": {
        "title": "星逸酒店火灾和突发事件应急预案",
        "skip": [r"^星逸酒店火灾和突发事件应急预案$", r"^Newly compiled on November 23, 2020$"],
        "headings": [(r"^1、组成人员:$", 1), (r"^星逸酒店火灾应急预案$", 1), (r"^一、处置火灾事故的组织:$", 2)],
    },
    "h55-2": {
        "title": "物业服务突发事件处理规程",
        "skip": [r"^物业服务突发事件处理规程$"],
        "strip": [r"(?m)^物业服务突发事件处理规程1\.0 目的[^\n]*\n"],
        "sub": [(r"(?m)^物业服务突发事件处理规程 (?=1\.0 目的)", "")],
        "split": r" (?=[2-4]\.0 )| (?=3\.[1-3] )| (?=4\.1 工程类)| (?=4\.1\.1 电力中断事故)| (?=4\.1\.1\.[1-7])|"
        r"(?<=1\.0 目的) |(?<=2\.0 适用范围) |(?<=3\.0 职责) |(?<=4\.0 程序要点) |(?<=4\.1 工程类) |(?<=4\.1\.1 电力中断事故) ",
        "headings": [
            (r"^[1-4]\.0 (目的|适用范围|职责|程序要点)$", 1),
            (r"^4\.1 工程类$", 2),
            (r"^4\.1\.1 电力中断事故$", 3),
        ],
    },
    "h55-3": {
        "title": "客户投诉部管理条例",
        "skip": [r"^客户投诉部管理条例$", r"^第 1 页$"],
        "sub": [(r"第一章\n普通快件处理程序", "第一章 普通快件处理程序")],
        "join": r"^第[一二三四五六七八九十]+[章节条]",
        "headings": [(r"^第一章 普通快件处理程序$", 1), (r"^第一节 发件网点承担责任情形$", 2)],
    },
    "h55-4": {
        "title": "汽车维修用户投诉处理制度",
        "skip": [r"^汽车维修用户投诉处理制度$", r"^1$"],
        "strip": [r"中国汽车质量投诉网(?=4、)"],
        "sub": [(r"管理\n领导责任", "管理领导责任")],
        "headings": [(r"^四、用户投诉处理程序:$", 1)],
    },
    "h55-5": {
        "title": "Code of Practice for Complaint Handling",
        "english": True,
        "skip": [r"^Code of Practice for Complaint Handling$"],
        "bullet": r"^- ",
        "split": r"(?<=^1\. Introduction) |(?<=^2\. Contacting Us with Complaints) |"
        r"(?<=^3\. Handling and Recording Complaints) |(?<=^4\. Resolving Your Complaint) ",
        "headings": [
            (
                r"^[1-5]\. (Introduction|Contacting Us with Complaints|Handling and Recording Complaints|"
                r"Resolving Your Complaint|Refunds)$",
                1,
            )
        ],
    },
}

# The fifty-seventh held-out set (plans/heldout57/): public bodies and services (a toll station, a county's Spring
# Festival transport plan, a land-registration centre, a university library, an English council). `h57-1` and `h57-3`
# have no title in the stored copy, and none is made up; `h57-2`'s is the page's heading (the county's notice).
LAYOUT57: dict[str, dict] = {
    "h57-1": {
        "title": None,
        "headings": [(r"^[一二]、(收费现场突发事件处置应急领导组|职责分工)$", 1)],
    },
    "h57-2": {
        "title": "连南瑶族自治县人民政府印发《连南瑶族自治县2011年春运工作方案》和《连南瑶族自治县2011年春运应急预案》的通知",
        "skip": [r"^法搜网--中国法律信息搜索网$", r"^连南瑶族自治县人民政府印发《"],
        "headings": [(r"^4\.5发生大规模旅客滞留事件$", 2), (r"^4\.5\.[12]", 3)],
    },
    "h57-3": {
        "title": None,
        "skip": [r"^扫描二维码分享本页面$", r"^京公网安备"],
        "headings": [(r"^\([一二三四五六]\)", 1)],
    },
    "h57-4": {
        "title": "关于书记、馆长信箱的说明",
        "skip": [r"^关于书记、馆长信箱的说明$"],
        "headings": [(r"^[一二三四]、", 1)],
    },
    "h57-5": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Complaints procedure$"],
        "headings": [(r"^Stage [123]$", 1), (r"^Review by the Local Government Ombudsman$", 1)],
    },
}

# The fifty-eighth held-out set (plans/heldout58/): enterprises (a motorway operating company's news-incident plan, a
# construction group's plan for migrant workers' mass incidents, a food company's and a software company's complaint
# rules, a UK housebuilder). `strip`/`sub` take off the sharing sites' paragraph numbers ("1、", "2、"), one of which
# falls inside a sentence in h58-3.
LAYOUT58: dict[str, dict] = {
    "h58-1": {
        "title": None,
        "headings": [(r"^[一二三四]、", 1)],
    },
    "h58-2": {
        "title": "xx 公司农民工群体性大事应急预案",
        "strip": [r"^《农民工群体性事件应急预案\.docx》[^\n]*\n", r"^1、xx 公司农民工群体性大事应急预案"],
        "sub": [(r"\n2、(?=二、组织体系)", "\n")],
        "split": r"(?=[一二三]、(?:指导思想|组织体系|工作职责):)|(?<=[一二三]、指导思想:)|(?<=二、组织体系:)|(?<=三、工作职责:)|"
        r"(?=[一二](?:集团|各单位)应急指挥领导小组\d)|(?<=应急指挥领导小组)(?=1、)|(?<=[。,])(?=[23]、)",
        "headings": [(r"^[一二三]、(指导思想|组织体系|工作职责):$", 1), (r"^[一二](集团|各单位)应急指挥领导小组$", 2)],
    },
    "h58-3": {
        "title": "食品公司消費(fèi)者投訴處理制度",
        "skip": [
            r"^食品公司消費\(fèi\)者投訴處理制度_第\d頁$",
            r"^全文預\(yù\)覽已結\(jié\)束$",
            r"^下載本文檔$",
            r"^版權\(quán\)說明:",
            r"^文檔簡介$",
        ],
        "strip": [r"(?m)^1、食品公司消費\(fèi\)者投訴處理制度"],
        "sub": [(r"\n\n2、(?=產\(chǎn\)品的品種)", "")],
        "split": r"(?=[1-5]、(?:目的|范圍|職責\(zé\)|投訴性質\(zhì\)區\(qū\)分|投訴受理))|(?<=1、目的)|(?<=2、范圍)|"
        r"(?<=3、職責\(zé\))|(?<=4、投訴性質\(zhì\)區\(qū\)分)|(?<=5、投訴受理)|(?<=。)(?=品管技術)|(?<=。)(?=3相應)|"
        r"(?=4\.1產)|(?<=投訴)(?=[234](?:產|其他))|(?=5\.1顧客)|(?<=。)(?=2運)|(?<=:)(?=1提出)|(?<=:)(?=2\. [2-8])|"
        r"(?<=。)(?=3 了解)|(?<=。)(?=注:)",
        "headings": [
            (r"^[1-5]、(目的|范圍|職責\(zé\)|投訴性質\(zhì\)區\(qū\)分|投訴受理)$", 1),
        ],
    },
    "h58-4": {
        "title": "客诉处理",
        "skip": [r"^客诉处理$"],
        "bullet": r"^- ",
        "headings": [
            (r"^(投诉渠道|处理流程|处理承诺|投诉范围)$", 1),
            (r"^(联系方式|投诉受理时间|标准处理流程|紧急投诉处理|服务承诺|处理原则|可受理的投诉|投诉要求)$", 2),
        ],
    },
    "h58-5": {
        "title": "COMPLAINTS, CONCERNS AND COMPLIMENTS",
        "english": True,
        "skip": [r"^COMPLAINTS, CONCERNS AND COMPLIMENTS$"],
        "headings": [(r"^(HOW WE HANDLE YOUR COMPLAINT|NHBC HOME WARRANTY POLICY)$", 1)],
    },
}


# The fifty-sixth held-out set (plans/heldout56/): finance (a Taiwan branch of a French credit insurer, a Taiwan insurance
# broker, two Taiwan banks, an Indian district co-operative bank). `sub` joins the words h56-2's page broke with a blank
# line and types h56-4's item numbers ("1.", "a.", alone on their lines) into the item they number.
LAYOUT56: dict[str, dict] = {
    "h56-1": {
        "title": "公司治理 - 申訴處理資訊",
        "skip": [
            r"^跳到主要內容$",
            r"^:::$",
            r"^公司治理 - 申訴處理資訊$",
            r"^※申報頻率$",
            r"^除主管機關另有規定外",
            r"^金融監督管理委員會保險局 版$",
        ],
        "split": r"(?<=^申訴處理流程) |(?<=。) (?=[2-7]\. )|(?<=[。:]) (?=\([1-3]\) )",
        "headings": [(r"^申訴處理流程$", 1)],
    },
    "h56-2": {
        "title": "鼎綸保險經紀人有限公司消費爭議處理要點",
        "skip": [r"^客戶權益$", r"^鼎綸保險經紀人有限公司消費爭議處理要點$"],
        "sub": [(r"\n\n(?=其他利害關係人|書」|記簿,|上述處理情形|三\)之方式|間內向爭議)", "")],
        "headings": [(r"^四、消費爭議申訴之受理方式$", 1), (r"^五、處理流程及時效$", 1)],
    },
    "h56-3": {
        "title": "信託業務紛爭處理程序",
        "skip": [r"^:::$", r"^信託業務紛爭處理程序$"],
        "bullet": r"^- ",
        "headings": [(r"^第[一二三四五]條 \S+$", 1)],
    },
    "h56-4": {
        "title": "客戶申訴與處理程序",
        "skip": [r"^客戶申訴與處理程序$", r"^公告內容$", r"^無標題文件$", r"^© 2017 渣打國際商業銀行版權所有$"],
        "sub": [(r"(?m)^ *([1-4a-c])\.\n *(?=\S)", r"\1. ")],
        "headings": [(r"^[13]\. 申訴(內容|調查/回應程序):$", 1)],
    },
    "h56-5": {
        "title": "The Grievance Redressal Mechanism",
        "english": True,
        "skip": [r"^The Grievance Redressal Mechanism$"],
        "rejoin": [r"\n (?=\S)"],
        "bullet": r"^- ",
    },
}


# The fifty-ninth held-out set (plans/heldout59/): consumer services (a supermarket, a hotel, a property management office,
# a restaurant, a UK garage). `strip` takes off the sharing sites' page numbers ("1、", "2、", "3、"), joining the word
# they cut in two.
LAYOUT59: dict[str, dict] = {
    "h59-1": {
        "title": "超市平安消费应急预案",
        "strip": [r"^1、超市平安消费应急预案 ", r"\n[23]、"],
        "split": r"(?=一、应急救援组织)|(?<=一、应急救援组织)|(?=\([一二三四]\))|(?<=\(一\) 指挥部职责)|(?<=\(二\)指挥职责)|"
        r"(?<=\(三\)指挥部成员职责)|(?<=\(四\)预案要点)|(?=[123]、(?:平安事故报告员|通知120|通知119|全体员工|明晰|预案指挥员))",
        "headings": [
            (r"^一、应急救援组织$", 1),
            (r"^\([一二三四]\) ?(指挥部职责|指挥职责|指挥部成员职责|预案要点)$", 2),
        ],
    },
    "h59-2": {
        "title": "酒店管理中十项应急预案",
        "skip": [
            r"^酒店管理中十项应急预案(\.docx)?$",
            r"^- (文档编号|上传时间|格式|页数|大小):",
            r"^《酒店管理中十项应急预案\.docx》由会员分享",
        ],
        "split": r"(?<=事件应急预案)(?=安保部:)",
        "headings": [(r"^酒店(电梯突发困人|突发冒水)事件应急预案$", 1), (r"^(安保部|客房|前厅|大堂副理|工程部):$", 2)],
    },
    "h59-3": {
        "title": "管理处信息反馈(投诉处理)程序",
        "skip": [r"^管理处信息反馈\(投诉处理\)程序$", r"^99位用户关注$"],
    },
    "h59-4": {
        "title": "餐厅投诉管理制度",
        "skip": [r"^《餐厅投诉管理制度\.docx》由会员分享"],
        "strip": [r"(?m)^1、餐厅投诉管理制度(?=1\.就餐)", r"\n2、(?=撤换)"],
        "split": r"(?=1\.就餐)|(?=[2-9]、)",
    },
    "h59-5": {
        "title": "CUSTOMER COMPLAINTS PROCESS",
        "english": True,
        "skip": [r"^CUSTOMER COMPLAINTS PROCESS$"],
        "headings": [(r"^Step (One|Two)$", 1), (r"^Alternative Dispute Resolution$", 1)],
    },
}


# The sixtieth held-out set (plans/heldout60/): hospitals and health centres. `skip` leaves out what the hosting page adds
# (the sharing site's download notices, the page title, breadcrumbs and date line, the empty author/source lines).
LAYOUT60: dict[str, dict] = {
    "h60-1": {
        "title": "医院突发治安事件应急预案及流程",
        "skip": [r"^医院突发治安事件应急预案及流程$", r"^- [123]、"],
        "headings": [(r"^[一二]、(组织机构:|突发治安事件的预防)$", 1)],
    },
    "h60-2": {
        "title": "淮南东方医院集团凤凰医院投诉接待与处理程序公示",
        "skip": [
            r"^行风投诉 - ",
            r"^首页 > ",
            r"^淮南东方医院集团凤凰医院投诉接待与处理程序公示$",
            r"^2024-08-02 11:15:340$",
        ],
        "headings": [(r"^[一二三四五]、", 1)],
    },
    "h60-3": {
        "title": None,
        "join": r"^[1-6]\.",
        "headings": [(r"^作業流程說明:$", 1), (r"^[1-6]\.\S+$", 2)],
    },
    "h60-4": {
        "title": "(纠纷处理)滕州市东郭中心卫生院解决医疗纠纷的合法途径",
        "skip": [r"^\(纠纷处理\)滕州市东郭中心卫生院解决医疗纠纷的合法途径$", r"^作者:$", r"^来自:$", r"^时间:2025-05-08"],
    },
    "h60-5": {
        "title": "Complaints",
        "english": True,
    },
}


# The sixty-first held-out set (plans/heldout61/): schools, universities and training schools. `h61-3`'s sharing site
# marks each paragraph and table cell of the original with "Р"; the text is split there and the cells are kept as
# paragraphs in their order (the table's rows cannot be told apart in the copy).
LAYOUT61: dict[str, dict] = {
    "h61-1": {
        "title": "中北大学突发事件总体应急预案(修订)",
        "skip": [r"^中北大学突发事件总体应急预案\(修订\)$", r"^发布时间:\[2019-11-29\]发布者:"],
        "headings": [
            (r"^一、 总则$", 1),
            (r"^\([一二三]\) +(编制目的|编制依据|工作原则)$", 2),
            (r"^[1-4]\.(以人为本|统一指挥|分级负责|依法处置)", 3),
        ],
    },
    "h61-2": {
        "title": "灌南县大圈学校校车安全事故防范紧急预案",
        "strip": [r"^精选优质文档-倾情为你奉上灌南县大圈学校校车安全事故防范紧急预案"],
        "split": r"(?=\([一二]\))|(?<=工作原则:) |(?<=指挥体系:) |(?<=原则;) (?=[234]、)|(?<=领导小组:) |"
        r"(?=副组长 :)|(?=成 员 :)|(?=安全员 :)|(?<=相 玲)(?=2、)|(?<=或成员。) (?=3、)",
        "headings": [(r"^\([一二]\)校车安全事故应急处理的(工作原则|指挥体系):$", 1)],
    },
    "h61-3": {
        "title": None,
        "sub": [(r"不利Р影响", "不利影响")],  # a mark inside a sentence: the copy's line break, not a paragraph
        "split": r"Р",
        "headings": [(r"^(8\.投诉处理程序|10\.特别补充规定):$", 1)],
    },
    "h61-4": {
        "title": "学院工作投诉管理制度",
        "skip": [r"^学院工作投诉管理制度$"],
        "headings": [(r"^[一二三]、(投诉对象|可投诉内容|投诉方法)$", 1)],
    },
    "h61-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Home Page$", r"^Britannia Village Primary School$", r"^Complaints Procedure$"],
        "headings": [(r"^Stage ?[12] – (Informal|Formal)$", 1)],
    },
}


# The sixty-second held-out set (plans/heldout62/): utilities and property management. `strip` takes off a sharing
# site's mark before the text and joins the words its page numbers ("2、", "3、") cut in two; `skip` leaves out a
# question-and-answer page's own lines around the answer that holds the plan.
LAYOUT62: dict[str, dict] = {
    "h62-1": {
        "title": "深圳市馨居佳物业管理有限公司突发停电应急处置预案",
        "strip": [r"^深圳市馨居佳物业管理有限公司突发停电应急处置预案"],
        "split": r"(?<=密级:E)(?=为加强)|(?=[123]、(?:应急组织构成和职责|预警信息发布|应急响应程序):)|"
        r"(?<=应急组织构成和职责:)|(?<=预警信息发布:)|(?<=应急响应程序:)|(?=2、应急抢险分队构成)|"
        r"(?=2\.[12](?:工程抢险组|后勤支援组))|(?=2、应急处置原则)|(?=2\.[123](?:必要时|注重|注意))|(?=3基本应急响应)|"
        r"(?<=3基本应急响应)|(?=3\.1市电停电)|(?<=故障停电\):)",
        "headings": [
            (r"^[123]、(应急组织构成和职责|预警信息发布|应急响应程序):$", 1),
            (r"^3基本应急响应$", 2),
            (r"^3\.1市电停电\(含市电故障停电\):$", 3),
        ],
    },
    "h62-2": {
        "title": "停电事故突发事件处理预案",
        "skip": [
            r"^永发信息网$",
            r"^对50户以上的居民小区供电局提供客户经理服务吗",
            r"^答案:1 +悬赏:0 +手机版$",
            r"^解决时间 ",
            r"^最佳答案$",
        ],
        "strip": [r"(?m)^停电事故突发事件处理预案(?=1\.目的)"],
        "split": r"(?<=^1\.目的)|(?<![\d.])(?=[2-6]\.(?:\d|范围|事件|通用|特殊))|(?<=2\.范围)|(?<=3\.事件级别的定义)|"
        r"(?<=4\.事件处理组织机构、职责分工)|(?<=5\.通用处理程序)|(?<=发生停电事故:)|(?<=供电恢复:)",
        "headings": [
            (r"^[1-6]\.(目的|范围|事件级别的定义|事件处理组织机构、职责分工|通用处理程序|特殊处理)$", 1),
            (r"^5\.[13](发生停电事故|供电恢复):$", 2),
        ],
    },
    "h62-3": {
        "title": None,
        "strip": [r"^www\.fdcsky\.cn房地产商域网"],
        "split": r"(?<=^1目的)|(?=[2-5](?:适用范围|职责|工作程序|未经管理处))|(?<=2适用范围)|(?<=3职责)|(?<=4工作程序)|"
        r"(?<=直接向公司投诉的处理:)|(?<![\d.])(?=[3-5]\.\d)",
        "headings": [(r"^[1-5](目的|适用范围|职责|工作程序|未经管理处直接向公司投诉的处理:)$", 1)],
    },
    "h62-4": {
        "title": "XXXX水务集团有限公司投诉管理制度",
        "skip": [r"^《水务集团有限公司投诉管理制度\.docx》由会员分享"],
        "strip": [r"(?m)^1、XXXX水务集团有限公司投诉管理制度", r"\n2、(?=XX水务集团XXXXXX)", r"\n3、(?=个工作日内答复)"],
        "split": r"(?=[一二三]、)|(?<=一、投诉范围)|(?<=二、投诉渠道)|(?<=三、投诉受理程序)|(?=[1-6]、)",
        "headings": [(r"^[一二三]、(投诉范围|投诉渠道|投诉受理程序)$", 1)],
    },
    "h62-5": {
        "title": "Service Complaints",
        "english": True,
        "skip": [r"^Home / Service Complaints$", r"^Service Complaints$"],
        "headings": [(r"^Complaints Handling Procedure: The 2-Stage Process$", 1)],
    },
}


# The sixty-third held-out set (plans/heldout63/): transport, telecoms and tourism (a travel agency twice, a hotel, a coach
# station, TfGM). `h63-1` has no title line: its Title is the name its first sentence gives it.
LAYOUT63: dict[str, dict] = {
    "h63-1": {
        "title": "旅行社安全事故報告和處理制度",
        "split": r"(?<=;)(?=[2-5]、)",
    },
    "h63-2": {
        "title": "*****旅行社安全管理制度",
        "skip": [
            r"^旅行社安全管理制度\.docx$",
            r"^《旅行社安全管理制度\.docx》由会员分享",
            r"^旅行社安全管理制度$",
            r"^\*\*\*\*\*旅行社安全管理制度$",
        ],
        "sub": [(r"(?<=安全维)\n(?=护制度)", "")],
        "headings": [(r"^第一部分安全生产责任制$", 1), (r"^1-[12]", 2)],
    },
    "h63-3": {
        "title": "客人投诉处理标准",
        "skip": [r"^客人投诉处理标准$"],
        "headings": [(r"^8\.[1-4] ", 1)],
    },
    "h63-4": {
        "title": "春运应急预案",
        "skip": [r"^春运应急预案$"],
        "headings": [
            (r"^一、应急求援$", 1),
            (r"^[123]、(应急救援机构的设置|应急救援指挥领导小组|应急救援指挥部小组职责)$", 2),
            (r"^\(1\)应急救援指挥领导小组职责$", 3),
        ],
    },
    "h63-5": {
        "title": "Complaints",
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (
                r"^(What to expect after you make a complaint|If you're not satisfied with the outcome of your complaint"
                r"|Our commitment to you|If we a complaint is unreasonable)$",
                1,
            ),
        ],
    },
}


# The sixty-fourth held-out set (plans/heldout64/): logistics, express delivery and e-commerce. `skip` leaves out what the
# hosting page adds (a collection's title, date, editor's introduction and piece number; a sharing site's page mark).
LAYOUT64: dict[str, dict] = {
    "h64-1": {
        "title": None,
        "skip": [
            r"^运输公司各种的应急预案$",
            r"^2023-07-19 应急预案$",
            r"^在平凡的学习、工作、生活中",
            r"^运输公司各种的应急预案 1$",
        ],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h64-2": {
        "title": None,
        "headings": [(r"^[一二三]、", 1)],
    },
    "h64-3": {
        "title": "物流公司客户投诉管理制度",
        "strip": [r"^物流公司客户投诉管理制度"],
        "sub": [(r"第1页/共12页", "")],
        "split": r"(?=[二三四]、(?:范围|适用文件|内容))|(?<=一、目的)|(?<=二、范围)|(?<=三、适用文件)|(?<=四、内容)|"
        r"(?=\([一二三]\))|(?<=\([一二三]\)(?:投诉来源|投诉渠道|投诉类型))|(?=[12]、(?:外部|内部|业务))",
        "headings": [(r"^[一二三四]、(目的|范围|适用文件|内容)$", 1), (r"^\([一二三]\)(投诉来源|投诉渠道|投诉类型)$", 2)],
    },
    "h64-4": {
        "title": "物流客服部管理制度",
        "strip": [r"^物流客服部管理制度"],
        "split": r"(?<=^1、 工作内容) | (?=[2-9]\.)|(?=二、了解客户)|(?<=二、了解客户) |(?=[23]、 了解)",
        "headings": [(r"^1、 工作内容$", 1), (r"^二、了解客户$", 1)],
    },
    "h64-5": {
        "title": "Complaints & Escalations Procedure",
        "english": True,
        "skip": [r"^Complaints & Escalations Procedure$"],
        "bullet": r"^- ",
        "headings": [
            (r"^(What can I complain about\?|What our complaints procedure does not cover|How do I make a complaint\?)$", 1),
            (r"^Stage [123]$", 2),
        ],
    },
}


# The sixty-fifth held-out set (plans/heldout65/): car repair and dealers, a manufacturer's after-sales complaints. `sub`
# takes off the document site's page marks ("1/5", "2/5") and joins a line the copy broke inside a sentence.
LAYOUT65: dict[str, dict] = {
    "h65-1": {
        "title": "汽车维修厂安全生产突发事件应急预案",
        "skip": [r"^您好,欢迎访问三七文档$", r"^当前位置:首页 > "],
        "sub": [(r"1/5汽车维修厂安全生产突发事件应急预案(?=为提高)", ""), (r"2/5(?=1、公司总经办根)", "")],
        "split": r"(?=[一二三]、(?:适用范围|工作机制|应急组织体系与职责))|(?<=一、适用范围)|(?<=二、工作机制)|"
        r"(?<=三、应急组织体系与职责)|(?=\([一二]\)本公司)|(?=[123]、(?:安全生产领导|抢险救灾|公司总经办))|"
        r"(?=\(一\)各级部门)|(?<=各级部门的应急组织与职责)",
        "headings": [(r"^[一二三]、(适用范围|工作机制|应急组织体系与职责)$", 1), (r"^\(一\)各级部门的应急组织与职责$", 2)],
    },
    "h65-2": {
        "title": "汽修厂安全应急预案",
        "skip": [r"^汽修厂安全应急预案$", r"给大家分享了汽修厂安全的应急预案,欢迎借鉴!$"],
        "sub": [(r"(?<=应急指挥、成员)\n(?=以及)", "")],
        "headings": [(r"^[一二三]、(应急指挥|应急准备|应急措施:)$", 1)],
    },
    "h65-3": {
        "title": "汽车4S店客户投诉处理程序",
        "skip": [r"^汽车4S店客户投诉处理程序$", r"^因篇幅问题不能全部显示"],
        "headings": [
            (r"^[1-4]\.(目的|适用范围|相关文件|投诉处理流程)$", 1),
            (r"^4\.[1-3](投诉处理员|部门经理\(负责人\)|总经理)$", 2),
        ],
    },
    "h65-4": {
        "title": None,
        "headings": [(r"^(内容|培 训)$", 1)],
    },
    "h65-5": {
        "title": "CUSTOMER COMPLAINTS HANDLING PROCEDURE",
        "english": True,
        "skip": [r"^CUSTOMER COMPLAINTS HANDLING PROCEDURE$"],
        "headings": [
            (
                r"^(The Aim of Our Complaints Procedure|What you need to do in the event of raising a complaint:"
                r"|What happens next\?|What to do if you are dissatisfied with our response to your complaint)$",
                1,
            ),
            (r"^(Talk to a manager on site|Within (a week|four weeks|eight weeks))$", 2),
        ],
    },
}


# The sixty-sixth held-out set (plans/heldout66/): food, restaurants and retail (a fast-food chain's crisis manual, a
# store's complaint rules, a pharmacy's quality-complaint rules, a college canteen's food-safety plan, a UK pharmacy).
# `skip` leaves out the sharing sites' page lines and notices; `split` cuts the run-together copies only before the
# documents' own numbering or after a heading; `rejoin` joins h66-5's lines broken inside a sentence.
LAYOUT66: dict[str, dict] = {
    "h66-1": {
        "title": "KFC危机处理手册",
        "skip": [r"^餐饮公司危机处理手册模板_第\d页$", r"^已阅读5页", r"^下载本文档$", r"^版权说明:", r"^文档简介$"],
        "strip": [r"(?m)^KFC危机处理手册(?=目录)"],
        "split": r"(?<=^目录)(?=一、)|(?<=参考回复)(?=一、)|(?<=埋怨)(?=1、)|(?=2、假如)|(?<![不])(?=应该:)|(?=不应该:)",
        "headings": [(r"^一、食品卫生\(或异物\)埋怨$", 1), (r"^[12]、(用户|假如).*\?$", 2)],
    },
    "h66-2": {
        "title": "商场对客户投诉处理制度",
        "strip": [r"^商场对客户投诉处理制度"],
        "split": r"(?<=处理要求) |(?=[一二三]、 ?(?:用户|要求))|(?<=用户埋怨分析)|(?<=用户投诉处理标准)|(?<=三、要求)|"
        r"(?=\([一二三四五六七]\)\. )|(?<=主要有:)(?=1\. )|(?<=[^\s\d])(?=[2-5]\. (?:收银|服务|现有|取消))|"
        r"(?<=一经查出:)(?=第一次)|(?<=处罚)(?=第[二三]次)|(?<=处理投诉权限) | (?=2\.客服经理)",
        "headings": [(r"^商场对用户投诉处理要求$", 1), (r"^[一二三]、 ?(用户埋怨分析|用户投诉处理标准|要求)$", 2)],
    },
    "h66-3": {
        "title": "药品质量投诉处理制度",
        "strip": [r"^药品质量投诉处理制度"],
        "skip": [r"^温馨提示:公共场所 禁止吸烟$"],
        "split": r"(?=[一二]、处理)|(?<=处理原则:)|(?<=处理程序:)|(?=[1-4]、)|(?=\([一二三四五]\))|(?<=检讨。)(?=假劣)|"
        r"(?<=12331)|(?<=流程图)|(?<=总结跟进)(?=报告书)|(?<=报告书及记录)(?=处理结果的反馈)|(?<=的反馈)(?=质量投诉的接待)|"
        r"(?<=接待受理)(?=质量投诉的调查)| (?=温馨提示)",
        "headings": [(r"^[一二]、处理(原则|程序):$", 1), (r"^药品质量投诉处理流程图$", 1)],
    },
    "h66-4": {
        "title": "学院食品安全应急预案",
        "skip": [r"^《学院食品安全应急预案\.docx》由会员分享"],
        "strip": [r"(?m)^学院食品安全应急预案(?=为进一步)"],
        "split": r"(?=[一二]、(?:组织机构|突发性事件处理程序))|(?<=组织机构)(?=\(-\))|(?=\(二\)突发性)|(?<=领导小组)(?=组长)|"
        r"(?<=处理小组)(?=组长)|(?<=:)(?=副组长:|成员:|工作人员:)|(?<=处理程序)(?=1、)|(?<=。)(?=[2-7]、)",
        "headings": [
            (r"^[一二]、(组织机构|突发性事件处理程序)$", 1),
            (r"^\((-|二)\)突发性事件处理(领导)?小组$", 2),
        ],
    },
    "h66-5": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "rejoin": [r"(?<=[^.:\n])\n *(?=[a-z])"],
        "headings": [(r"^Complaint (Standards|Handling):$", 1)],
    },
}


# The sixty-seventh held-out set (plans/heldout67/): energy, construction and industry. `h67-4`'s "1、" / "2、" / "3、"
# are the sharing site's chunk numbers (left out; the sentence a chunk continues is joined again, as LAYOUT25's h25-2);
# `h67-1`'s "第七条" line the copy broke in two is joined again (as LAYOUT63's h63-2).
LAYOUT67: dict[str, dict] = {
    "h67-1": {
        "title": "服务窗口客户投诉处理办法(试行)",
        "skip": [r"^加油站客户投诉处理办法$", r"^- [123]、", r"^服务窗口客户投诉处理办法\(试行\)$", r"^\*$"],
        "sub": [(r"(?<=服务窗口的管理)\n(?=工作,接受)", "")],
        "headings": [(r"^第[一二]章", 1)],
    },
    "h67-2": {
        "title": "农民工群体性突发事件应急预案",
        "skip": [
            r"^1 / 8$",
            r"^文档名称:$",
            r"^农民工群体性突发事件应急预案\.doc$",
            r"^格式:doc",
            r"^下载后只包含",
            r"^如果您已付费下载过本站文档",
            r"^(分享|预览|下载得到文件列表|文档介绍)$",
            r"^上传人:",
            r"^文档介绍:农民工群体性突发事件应急预案$",
        ],
        "headings": [(r"^[三四]、(工作职责|报告程序)$", 1), (r"^\([一二]\)(应急指挥领导小组|所属项目部)$", 2)],
    },
    "h67-3": {
        "title": None,
        "headings": [(r"^\([一二三四]\)(跑、冒油品|接卸混油|加錯油品|加油機亂碼)$", 1)],
    },
    "h67-4": {
        "title": None,
        "strip": [r"^1、"],
        "sub": [(r"(?<=问题)\n2、(?=严重时)", ""), (r"(?<=连同)\n3、(?=客户的退货报告)", "")],
        "split": r"(?=[1-4]\.0(?:目的|范围|职责|程序))|(?<=1\.0目的:)|(?<=2\.0范围:)|(?<=3\.0职责)|(?<=4\.0程序)|"
        r"(?=3\.1业务部)|(?=3\. 2相关)|(?=4\.1 客户)|(?<=4\.1 客户投诉的接收:)|(?=4\.2 客户投诉/退货)|"
        r"(?=[4-7]\. 2\.[1-4])|(?=4\.2\.[5-7] )",
        "headings": [(r"^[1-4]\.0(目的:|范围:|职责|程序)$", 1), (r"^4\.[12] 客户投诉(的接收:|/退货的处理)$", 2)],
    },
    "h67-5": {
        "title": None,
        "english": True,
        "headings": [(r"^Stage [1-4] – ", 1)],
    },
}


# The sixty-eighth held-out set (plans/heldout68/): finance other than big banks (four insurers' complaint pages and
# rules, a Scottish credit union). `skip` takes off what the hosting page adds (navigation, section name, footer).
LAYOUT68: dict[str, dict] = {
    "h68-1": {
        "title": "投诉指南",
        "skip": [r"^关于我们$", r"^X$", r"^投诉指南$", r"^当前位置:"],
        "headings": [(r"^三、投诉方式:$", 1), (r"^四、投诉应当由投诉者本人提出", 1)],
    },
    "h68-2": {
        "title": None,
        "headings": [(r"^[二三四]、", 1)],
    },
    "h68-3": {
        "title": "客服電話(huà)、投訴渠道和投訴處理程序",
        "skip": [r"^公開\(kāi\)信息披露$", r"^客服電話\(huà\)、投訴渠道和投訴處理程序$", r"^Copyright 2008"],
        "headings": [(r"^投訴渠道:$", 1), (r"^投訴處理程序:$", 1), (r"^投訴處理時\(shí\)效:$", 1)],
    },
    "h68-4": {
        "title": "新华人寿保险股份有限公司业务投诉管理规定",
        "strip": [r"^新华人寿保险股份有限公司业务投诉管理规定"],
        "split": r"(?<=客户服务部)(?=200)|(?=目录)|(?<=目录)|(?<=\d)(?=第[一二三四五六七八九]章 )|(?<=总则)(?=第一条)|"
        r"(?=第[二三四五六]条 )|(?=\(一\))",
        "headings": [(r"^第一章 总则$", 1)],
    },
    "h68-5": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Complaints$"],
        "bullet": r"^– ",
        "headings": [(r"^Our Complaints Procedure$", 1), (r"^[A-Z][A-Z ]+$", 2)],
    },
}


# The sixty-ninth held-out set (plans/heldout69/): community and social services (a sports hall, a home for the elderly,
# a home-care centre, a community time bank, a UK care home). `strip` takes off the sharing sites' notices and the
# collector's introduction; `sub` joins `h69-1`'s sentence that the sharing site's page mark ("2、") cut in two.
LAYOUT69: dict[str, dict] = {
    "h69-1": {
        "title": "体育馆突发公共事件应急预案",
        "strip": [
            r"^体育馆突发公共事件应急预案\.docx\n",
            r"^《体育馆突发公共事件应急预案\.docx》[^\n]*\n",
            r"^1、体育馆突发公共事件应急预案",
            r"\n- 配套讲稿:[\s\S]*$",
        ],
        "sub": [(r"(?<=迅速启动预案)\n2、(?=,指挥调动)", "")],
        "split": r"(?=一\.成立)|(?<=成立领导小组)(?=组长:)|(?=副组长:)|(?=成员:场馆)|(?=[1-5] \.)|(?=二\.领导小组)|"
        r"(?<=主要职责)|(?=[三四五] \.)|(?<=三 \.处置原则)|(?<=处置突发事件的范围)|(?<=任务处置)",
        "headings": [(r"^([一二]|[三四五] )\.(成立领导小组|领导小组的主要职责|处置原则|处置突发事件的范围|任务处置)$", 1)],
    },
    "h69-2": {
        "title": None,
        "strip": [r"^标题 \| 养老院跌倒老人应急预案 \|\n", r"^范文 \| [^\n]*?欢迎大家分享。 养老院跌倒老人应急预案\(通用6篇\)1"],
        "split": r" (?=[一二三四五]、)| (?=\([一二三四五六]\))| (?=\d\.)| (?=成员:)|(?<=一、应急小组) |(?<=二、适用范围) |"
        r"(?<=三、事件责任及处理流程) |(?<=四、自伤、伤人应急预案) |(?<=五、摔倒、坠床应急预案) ",
        "headings": [
            (r"^[一二三四五]、(应急小组|适用范围|事件责任及处理流程|自伤、伤人应急预案|摔倒、坠床应急预案)$", 1),
            (r"^\([一二]\)(体表接触污染的血及体液|锐器刺伤)$", 2),
        ],
    },
    "h69-3": {
        "title": "镇居家养老服务中心服务投诉制度",
        "strip": [r"^文本内容:\n镇居家养老服务中心服务投诉制度"],
        "split": r"(?<=四、投诉受理)(?=中心工作人员)|(?<=五、受理时限)(?=对所受理)",
        "headings": [(r"^[一二三四五]、(服务投诉适用范围|受理途径|受理方法|投诉受理|受理时限)$", 1)],
    },
    "h69-4": {
        "title": "投诉处理制度",
        "skip": [r"^欢迎来到时间银行!$", r"^当前位置:首页-关于我们$", r"^投诉处理制度$", r"^发布时间:2024-02-20 浏览次数:$"],
        "headings": [(r"^第[一二三]条 (投诉范围|受理途径|受理流程)$", 1)],
    },
    "h69-5": {
        "title": "Complaints",
        "english": True,
        "headings": [(r"^Response Timescales:$", 1)],
    },
}


# The seventieth held-out set (plans/heldout70/): telecoms, internet and software. `h70-1`'s page marks ("2、", "3、" at
# the start of a stored page) are taken off where they cut a sentence; `h70-2`'s lines broken inside a sentence are
# joined (`join`), each numbered clause (3.1 …) and heading starting its own paragraph. `h70-3`'s reprint page shows the
# title twice: its headline (the Title) and the document's own title line in the article (a heading).
LAYOUT70: dict[str, dict] = {
    "h70-1": {
        "title": "中国联通郸县分公司通信保障应急预案",
        "strip": [r"^版权说明:.*\n文档简介\n1、中国联通郸县分公司通信保障应急预案", r"\n2、(?=落实)", r"\n3、(?=组成)"],
        "split": r"(?=[一二三四]、(?:目的|工作原则|预案适用范围|组织指挥体系))|(?<=一、目的)|(?<=二、工作原则)|"
        r"(?<=三、预案适用范围)|(?<=四、组织指挥体系)|(?=[1-4]、“)|(?=重大突发事件抢险工程队:)|(?=队长:黄)|"
        r"(?=副队长:)|(?=队员:)",
        "headings": [(r"^[一二三四]、(目的|工作原则|预案适用范围|组织指挥体系)$", 1)],
    },
    "h70-2": {
        "title": None,
        "skip": [r"^background image$"],
        "join": r"^(\d\.\d|客户问题类型$|本程序采用|4\.1 )",
        "headings": [(r"^(目的|适用范围|职责|术语及缩略语|工作程序)$", 1), (r"^客户问题类型$", 2)],
    },
    "h70-3": {
        "title": "经济日报-中国经济网举报受理和处置管理办法",
        "skip": [
            r"^您的位置首页",
            r"^• ",
            r"^免责声明:",
            r"^TAGS标签更多>>$",
        ],
        "strip": [r"^您的位置首页  商业  经济\n\n经济日报-中国经济网举报受理和处置管理办法\n"],
        "headings": [(r"^经济日报-中国经济网举报受理和处置管理办法$", 1)],
    },
    "h70-4": {
        "title": "違法和不良信息舉報受理和處置管理辦法",
        "skip": [
            r"^丁香社区五月天",
            r"^首頁 ",
            r"^關\(guān\)于我們>>",
            r"^關\(guān\)于違法和不良信息舉報方式的說明$",
            r"^2010-10-28 10:00$",
            r"^違法和不良信息舉報受理和處置管理辦法$",
        ],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h70-5": {
        "title": "Complaints Handling Procedure",
        "english": True,
        "skip": [r"^Complaints Handling Procedure$"],
    },
}


# The seventy-first held-out set (plans/heldout71/): government-run service points and public institutions (a tax
# service hall, a university library, a county legal-aid complaints guide, a street office's legal-aid notice, a UK
# museum). `skip` leaves out the pages' navigation, catalogue lines and image placeholders.
LAYOUT71: dict[str, dict] = {
    "h71-1": {
        "title": None,
        "headings": [(r"^第一章 总 则$", 1)],
    },
    "h71-2": {
        "title": None,
        "headings": [(r"^[一二三四]、", 1), (r"^1\.消防应急预案$", 2)],
    },
    "h71-3": {
        "title": "法律援助投诉受理办事指南",
        "skip": [
            r"^法律援助投诉受理办事指南$",
            r"^日期:2025-01-23$",
            r"^大中小$",
            r"^<image>",
            r"^扫一扫在手机打开当前页$",
        ],
        "headings": [(r"^[一二三四五六七八]、", 1)],
    },
    "h71-4": {
        "title": "法律援助投诉处理信息",
        "skip": [
            r"^• (无障碍|长辈版)$",
            r"^澄江街道办事处$",
            r"^您现在所在的位置:",
            r"^(索引号|组配分类|发布机构|主题分类|名称|文号|生成日期|发布日期):",
            r"^法律援助投诉处理信息$",
            r"^发布时间:",
        ],
        "split": r"(?<=^二、投诉处理) ",
        "headings": [(r"^[一二]、投诉(事项范围:|处理)$", 1)],
    },
    "h71-5": {
        "title": "Complaints procedure",
        "english": True,
        "headings": [
            (r"^Complaint made (in person at the museum|via email or post)$", 1),
            (r"^Should you still be unsatified with our response \(Stage 2\):$", 1),
        ],
    },
}


# The seventy-second held-out set (plans/heldout72/): banks (a city bank's branch complaint rules, a large bank's major
# incident procedure, a rural credit union's branch service plan, a joint-stock bank's branch reputation-risk rules, an
# Indian bank's complaint levels). `sub` takes out the sharing sites' page number ("1") and their piece numbers ("1、",
# "2、") where they cut a sentence or stand before the title.
LAYOUT72: dict[str, dict] = {
    "h72-1": {
        "title": "XX银行营业网点客户投诉处理办法及流程",
        "skip": [r"^- (51|0|约2\.48千字|约 4页|2021-10-12 发布于陕西|举报)$", r"^银行营业网点客户投诉处理办法及流程$"],
        "strip": [r"XX银行营业网点客户投诉处理办法\n及流程\n"],
        "sub": [(r"回\n1\n复", "回复")],
        "headings": [(r"^第[一二三]章 ", 1)],
    },
    "h72-2": {
        "title": "重大突發(fā)事件應(yīng)急處理流程(暫行)",
        "skip": [r"^全文預\(yù\)覽已結\(jié\)束$", r"^下載本文檔$", r"^版權\(quán\)說明:", r"^文檔簡介$"],
        "sub": [(r"附件重大突發\(fā\)事件應\(yīng\)急處理流程\(暫行\)", "附件\n")],
        "split": r"(?<=一、重大突發\(fā\)事件的范圍)|(?=一、重大)|(?<=包括但不限于:)|(?=\([一二三四五六七]\))|(?<=二、處理流程)|(?=二、處理流程)",
        "headings": [(r"^[一二]、(重大突發\(fā\)事件的范圍|處理流程)$", 1)],
    },
    "h72-3": {
        "title": "XXX農(nóng)村信用社營(yíng)業(yè)網(wǎng)點(diǎn)服務(wù)突發(fā)事件應(yīng)急解決預(yù)案",
        "skip": [r"^版權\(quán\)說\(shuō\)明:", r"^文檔簡\(jiǎn\)介$"],
        "sub": [
            (
                r"1、XXX農\(nóng\)村信用社營\(yíng\)業\(yè\)網\(wǎng\)點\(diǎn\)服務\(wù\)突發\(fā\)事件應\(yīng\)急解決預\(yù\)案(?=第一條)",
                "",
            ),
            (r"應\(yīng\)按\n2、照", "應(yīng)按照"),
        ],
        "split": r"(?=第[二三]條)|(?<=第二條服務\(wù\)突發\(fā\)事件解決工作原則)|(?<=第三條 服務\(wù\)突發\(fā\)事件解決領\(lǐng\)導\(dǎo\)小組工作職責\(zé\))",
        "headings": [(r"^第[二三]條 ?服務\(wù\)突發\(fā\)事件解決\S+$", 1)],
    },
    "h72-4": {
        "title": "華夏銀行石家莊分行聲譽風(fēng)險管理實施細(xì)則",
        "skip": [r"^華夏銀行石家莊分行聲譽風\(fēng\)險管理實施細\(xì\)則$"],
    },
    "h72-5": {
        "title": None,
        "english": True,
        "split": r"(?<=\) :) |(?<=\):) ",
        "headings": [(r"^Level [–-] \d \([A-Za-z ]+ Level\) ?:$", 1)],
    },
}


# The seventy-third held-out set (plans/heldout73/): private and specialist health care, and the nearest sector where the
# store had too few (hospitals). The sharing sites ran most texts into one paragraph; they are split only before the
# documents' own numbers and after their headings. `h73-3`'s "2、" is a sharing-site page mark inside "24 小时内".
LAYOUT73: dict[str, dict] = {
    "h73-1": {
        "title": "门诊突发事件预警系统",
        "strip": [r"(?m)^资源描述\n门诊突发事件预警系统(?=1\.门诊成立)"],
        "skip": [r"^门诊突发事件预警系统\.doc", r"^上传人:", r"^返回 下载 相关 举报$", r"^第\d页 / 共3页$", r"^亲,该文档"],
        "split": r"(?<=。)(?=[123]\.)|(?<=。)(?=监测与预警|突发事件应急报告制度)|(?<=。监测与预警)(?=1\.)|"
        r"(?<=。突发事件应急报告制度)(?=1\.)|(?<=0991-2836327)(?=2\.职能部门)",
        "headings": [(r"^(监测与预警|突发事件应急报告制度)$", 1)],
    },
    "h73-2": {
        "title": "XX县中医医院应急管理协调机制",
        "strip": [r"^XX县中医医院应急管理协调机制"],
        "split": r"(?=[一二三四]、)|(?<=一、领导小组)(?=组长)|(?<=专业分组及职责:)(?=1\.)|(?=[23]\.院内)|(?=\([123]\))|"
        r"(?<=的职责:)(?=1、)|(?<=[;。])(?=[2-5]、)|(?<=协调的方式方法:)",
        "headings": [(r"^[一二三四]、", 1)],
    },
    "h73-3": {
        "title": "门店质量事故、质量投诉管理制度",
        "strip": [r"^1、门店质量事故、质量投诉管理制度", r"\n2、"],
        "split": r"(?=[2-5]、(?:依据|适用范围|责任人|内容))|(?<=^1、目的:)|(?<=2、依据:)|(?<=3、适用范围:)|(?<=4、责任人:)|"
        r"(?<=5、内容:)|(?=5\.[1-8] )",
        "headings": [(r"^[1-5]、(目的|依据|适用范围|责任人|内容):$", 1)],
    },
    "h73-4": {
        "title": "药品质量投诉管理制度",
        "sub": [(r"对本制度\n\n的实施负责", "对本制度的实施负责")],
        "skip": [r"^药品质量投诉管理制度$", r"^\d\. \d、"],
        "split": r"(?<=^1\. 目的:)|(?<=^2\. 范围:)|(?<=^3\. 责任:)",
        "headings": [(r"^[1-4]\. (目的|范围|责任|内容):$", 1)],
    },
    "h73-5": {
        "title": "Client Complaint Procedure",
        "english": True,
        "skip": [r"^Client Complaint Procedure$"],
    },
}


# The seventy-fourth held-out set (plans/heldout74/): early and vocational education (two kindergartens' emergency plans,
# a vocational college's and a technical school's complaint procedures, an Oxford college's day nursery). `skip` takes
# off the sharing sites' page lines (file name, uploader, page markers, "下载本文", the update time, a stray page number).
LAYOUT74: dict[str, dict] = {
    "h74-1": {
        "title": "幼儿园突发事件应急领导机制",
        "skip": [
            r"^幼儿园突发事件应急领导机制(\.doc)?$",
            r"^上传人:wj ",
            r"^下载 相关 举报$",
            r"^幼儿园突发事件应急领导机制\.doc_第\d页$",
            r"^第\d页 / 共3页$",
            r"^亲,该文档总共3页",
            r"^(下载资源|资源描述)$",
            r"^《幼儿园突发事件应急领导机制\.doc》由会员分享",
        ],
        "headings": [(r"^一、组织机构及职责任务$", 1), (r"^\([一二三]\)(突发事件应急领导小组|设立现场处置机构)", 2)],
    },
    "h74-2": {
        "title": "塔窝幼儿园群体性事件应急预案",
        "skip": [r"^塔窝幼儿园群体性事件应急预案( 下载本文)?$", r"^内容发布更新时间 :", r"^1$"],
        "split": r"(?<=应急处置基本原则) (?=1、以人为本原则)",
        "headings": [
            (r"^[一二]、(幼儿园群体性突发事件应急处置基本原则|应急组织与职责)$", 1),
            (r"^[123]、(以人为本|预防为主|层层负责、快速反应)原则$", 2),
            (r"^[12]、(我园群体性突发事件应急处置小组|领导小组主要职责)$", 2),
        ],
    },
    "h74-3": {
        "title": None,
        "headings": [(r"^[一二三]、(适用范围|投诉渠道|投诉流程)$", 1), (r"^\([一二]\)(一般性问题|重大/复杂问题)$", 2)],
    },
    "h74-4": {
        "title": None,
        "headings": [(r"^[一二三四五]、(接收投诉|投诉调查|投诉处理|改进措施|监督与评估)$", 1)],
    },
    "h74-5": {
        "title": "Balliol Day Nursery: Concerns and Complaints from Parents or Carers",
        "english": True,
        "skip": [r"^Balliol Day Nursery: Concerns and Complaints from Parents or Carers$"],
        "headings": [(r"^(Procedure|Making a complaint)$", 1), (r"^Stage [12]$", 2)],
    },
}


# The seventy-fifth held-out set (plans/heldout75/): hospitality and leisure (an amusement park, a city park, a cinema, a
# resort hotel, a UK leisure trust). `skip` leaves out what the hosting page adds (a sharing site's notices, a page's
# date line, an editor's lead-in, a navigation bar) and the lines that repeat the title.
LAYOUT75: dict[str, dict] = {
    "h75-1": {
        "title": "景区大型游乐设施专项应急预案",
        "skip": [
            r"^- [123]、",
            r"^查看更多$",
            r"^景区大型游乐设施专项应急预案$",
            r"^Last updated at ",
            r"^4■一",
        ],
        "headings": [(r"^(目的|适用范围|管理职责)$", 1)],
    },
    "h75-2": {
        "title": None,
        "headings": [(r"^[一二]、(总则|组织机构及职责)$", 1), (r"^\([一二三]\)", 2)],
    },
    "h75-3": {
        "title": "电影院自然灾害应急预案",
        "skip": [r"^电影院自然灾害应急预案$", r"^时间:2022-04-12 ", r"^在我们平凡的日常里"],
        "headings": [(r"^[一二三四]、", 1)],
    },
    "h75-4": {
        "title": "卧虎山庄紧急事件处理制度",
        "skip": [
            r"^公文范文 ",
            r"^卧虎山庄紧急事件处理制度$",
            r"^\[类别:",
            r"^卧虎山庄紧急事件处理制度提要:",
            r"^文章来自www\.liushuye\.com$",
        ],
    },
    "h75-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^About$", r"^Complaints Procedure$"],
        "headings": [
            (r"^Complaints Procedure in Stages$", 1),
            (r"^(Mission Statement|Customer Commitment|Pendle Leisure Trust's Complaints Procedure|Contact Details)$", 2),
            (r"^(Our commitment to you|Stage [123])$", 3),
        ],
    },
}


# The seventy-sixth held-out set (plans/heldout76/): funeral services (a district funeral management office, two cities'
# funeral emergency plans, a township's Qingming grave-sweeping plan with its cemetery, a UK woodland burial ground).
# `skip` leaves out what the hosting pages add (h76-1's information bar, h76-2's "| 法规", h76-4's date stamp, app link
# and the site's 发布部门/发布文号 labels); h76-3's copy, one paragraph, is split before its own numbering and units.
LAYOUT76: dict[str, dict] = {
    "h76-1": {
        "title": "舟山市普陀区殡葬管理所防汛防台应急预案",
        "skip": [
            r"^索引号 ",
            r"^发布机构 ",
            r"^组配分类 ",
            r"^公开方式 ",
            r"^统一编号",
            r"^舟山市普陀区殡葬管理所防汛防台应急预案$",
            r"^发布日期:",
            r"^浏览次数:",
            r"^信息来源:",
        ],
        "headings": [(r"^一、应急工作体系及职责$", 1), (r"^\((一|二)\)(防汛防台应急领导小组:|人员职责)$", 2)],
    },
    "h76-2": {
        "title": "嘉峪关市殡葬突发事件应急预案",
        "skip": [r"^嘉峪关市殡葬突发事件应急预案$", r"^\| 法规$"],
        "headings": [
            (r"^[12]、(总则|应急指挥体系及职责)$", 1),
            (r"^[12]\.[1-4](编制目的|编制依据|适用范围|工作原则|应急指挥机构及成员单位|指挥机构的主要职责)$", 2),
        ],
    },
    "h76-3": {
        "title": None,
        "split": r"(?=三、应急指挥组织机构及职责)|(?<=三、应急指挥组织机构及职责)|(?<=工作,)(?=(?:党政办|派出所|镇卫生院):)|"
        r"(?<=祭扫\.)(?=林业站:)|(?<=劝导,)(?=\(一\))|(?<=现象时:)(?=1\.)|(?<=工作,)(?=祭扫群众)|(?<=情况时:)(?=1\.)|"
        r"(?<=车辆,)(?=附件:)|(?=2\.清明节祭扫期间沿山镇)|(?=沿山镇人民政府2023)|(?=附件1:)|(?<=工作领导小组)(?=为加强)",
        "headings": [(r"^三、应急指挥组织机构及职责$", 1), (r"^附件1:", 1)],
    },
    "h76-4": {
        "title": "湖南省永州市人民政府办公室关于印发《永州市殡葬突发事件应急预案》的通知",
        "skip": [
            r"^湖南省永州市人民政府办公室关于印发《永州市殡葬突发事件应急预案》的通知$",
            r"^2020年07月22日21:12:34$",
            r"^APP永久免费入口$",
            r"^发布部门: ",
            r"^发布文号: ",
        ],
        "headings": [
            (r"^永州市殡葬突发事件应急预案$", 1),
            (r"^[12]、(总则|应急指挥体系及职责)$", 2),
            (r"^[12]\.[1-4](编制目的|编制依据|适用范围|工作原则|应急指挥机构及指挥部成员单位)$", 3),
        ],
    },
    "h76-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^[12]\. (Make early contact|Making a formal complaint)$", 1)],
    },
}


# The seventy-seventh held-out set (plans/heldout77/): lottery operators, and (the store having few texts of that sector)
# sports venues and events and an internet café. `h77-2`'s page opens with the last item of the piece before it.
LAYOUT77: dict[str, dict] = {
    "h77-1": {
        "title": "(2021年)中国福利彩票发行管理中心开奖信息发布管理办法",
        "skip": [r"^\(2021年\)中国福利彩票发行管理中心开奖信息发布管理办法法律查询$"],
        "headings": [(r"^第七条开奖公告的发布流程:$", 1)],
    },
    "h77-2": {
        "title": "体育馆突发事件应急预案演练方案最新4",
        "skip": [r"^10\)事后记录一切有关资料", r"^体育馆突发事件应急预案演练方案最新4$"],
        "headings": [
            (r"^[一二三四]、(工作原则|现状与适用范围|应急处理机构|预防预警行动)$", 1),
            (r"^[12]、(行动方案|行动重点)$", 2),
        ],
    },
    "h77-3": {
        "title": "大型体育赛事活动应急预案",
        "skip": [r"^体育赛事应急预案$", r"^大型体育赛事活动应急预案$"],
        "split": r"(?<=^一、预案背景)|(?<=^二、预案目标)|(?<=^三、预案适用范围)|(?<=^四、工作原则)|(?<=^五、应急组织体系)|"
        r"(?<=^六、应急响应)|(?<=^七、应急处置措施)",
        "headings": [(r"^[一二三四五六七]、(预案背景|预案目标|预案适用范围|工作原则|应急组织体系|应急响应|应急处置措施)$", 1)],
    },
    "h77-4": {
        "title": "网吧突发事件安全应急预案",
        "skip": [r"^5636网吧资讯$", r"^网吧突发事件安全应急预案$", r"^来源:小唐时间:"],
    },
    "h77-5": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Complaints procedure$"],
        "headings": [(r"^(Your feedback is important to us|By email|By post|By telephone)$", 1)],
    },
}


# The seventy-eighth held-out set (plans/heldout78/): taxi companies and taxi licensing authorities. `h78-1` leaves out
# the hosting page's chrome (its title line, date line, the compilation's heading and blurb); `h78-2` and `h78-3` have no
# title of their own in the stored copy, and none is made up.
LAYOUT78: dict[str, dict] = {
    "h78-1": {
        "title": "出租車公司春運應急預案1",
        "skip": [
            r"^出租車公司春運應急預案1?$",
            r"^時間:2023-01-09",
            r"^2023年出租車公司春運應急預案\(通用6篇\)$",
            r"^在平平淡淡的日常中",
        ],
        "headings": [(r"^[一二]、(組織領導|保障措施)$", 1)],
    },
    "h78-2": {
        "title": None,
        "split": r"\s+(?=第[二三四]章 |第[六七九]条 投诉|第 投诉处理|[1-3]\. )",
        "headings": [(r"^第[一二三四]章 \S+$", 1), (r"^第[六七九]?条? ?投诉(接收|调查|处理|回复)$", 2)],
    },
    "h78-3": {
        "title": None,
        "headings": [(r"^[五六]、", 1), (r"^\([一二三]\)\S{4}$", 2)],
    },
    "h78-4": {
        "title": "出租车投诉举报制度",
        "skip": [r"^出租车投诉举报制度$"],
        "headings": [(r"^(投诉举报的受理范围|二、投诉与举报的渠道)$", 1), (r"^\([一二三四]\)\S+$", 2)],
    },
    "h78-5": {
        "title": "Making a complaint",
        "english": True,
        "skip": [r"^Private Hire and Hackney Carriage licences$", r"^Making a complaint$"],
        "headings": [
            (
                r"^(How do I complain and what information do I need to supply\?|What happens next\?|What might be the outcome\?)$",
                1,
            )
        ],
    },
}


# The seventy-ninth held-out set (plans/heldout79/): elderly care homes and home-care providers. `h79-1` was run into
# one paragraph by its sharing site and is split before the document's own numbering; `h79-2`, `h79-3` and `h79-4` are
# each the first text of a page of model texts, the page's own lines (its title, time, blurb) left out.
LAYOUT79: dict[str, dict] = {
    "h79-1": {
        "title": "养老院投诉处理制度",
        "strip": [r"^养老院投诉处理制度"],
        "split": r"(?=[一二三四]、(?:投诉途径与渠道|受理投诉条件|投诉处理|处罚措施))|"
        r"(?<=投诉途径与渠道)|(?<=受理投诉条件)|(?<=三、投诉处理)|(?<=处罚措施)|"
        r"(?<=[。;:])(?=[1-5]、)|(?<=投诉箱。)(?=2、)",
        "headings": [(r"^[一二三四]、(投诉途径与渠道|受理投诉条件|投诉处理|处罚措施)$", 1)],
    },
    "h79-2": {
        "title": None,
        "skip": [
            r"^<menuitem ",
            r"^養\(yǎng\)老院公共衛\(wèi\)生事件應\(yīng\)急預\(yù\)案(范文\(通用10篇\))?$",
            r"^時間:2023-06-24 ",
            r"^在日常學\(xué\)習",
            r"^養\(yǎng\)老院公共衛\(wèi\)生事件應\(yīng\)急預\(yù\)案1$",
        ],
        "headings": [(r"^[一二三]、(組織機\(jī\)構\(gòu\)|人員配置|消防預\(yù\)案)$", 1)],
    },
    "h79-3": {
        "title": None,
        "skip": [
            r"^- 相關\(guān\)推薦$",
            r"^養\(yǎng\)老院老人墜床應急預案\(精選6篇\)1?$",
            r"^在學習、工作乃至生活中",
        ],
        "headings": [(r"^[一二]、消防安全工作(領\(lǐng\)導組織機構\(gòu\)|成員的責任分工)$", 1)],
    },
    "h79-4": {
        "title": None,
        "skip": [
            r"^养老机构突发事件应急预案演练样例\(精选8篇\)$",
            r"^网友 分享 时间:$",
            r"^【写作参考】",
            r"^养老机构突发事件应急预案演练【第一篇】$",
        ],
        "headings": [(r"^(主要职责|应急前准备|应急过程行动):$", 1)],
    },
    "h79-5": {
        "title": "Complaints Procedure",
        "english": True,
    },
}


# The eightieth held-out set (plans/heldout80/): retail pharmacies and a pharmaceutical manufacturer. `stop` leaves out
# the second document the sharing site put on h80-3's page; `sub` joins the word "一般" its copy cut in two.
LAYOUT80: dict[str, dict] = {
    "h80-1": {
        "title": "门店质量投诉的管理制度",
        "skip": [r"^您好,欢迎访问三七文档$", r"^当前位置:"],
        "split": r"(?=[一二三四五]、(?:目的|依据|范围|职责|内容):)|(?<=[一二三四五]、目的:)|(?<=[一二三四五]、依据:)|"
        r"(?<=[一二三四五]、范围:)|(?<=[一二三四五]、职责:)|(?<=[一二三四五]、内容:)|(?=[1-4]\.(?=[门顾确]))",
        "headings": [(r"^[一二三四五]、(目的|依据|范围|职责|内容):$", 1)],
    },
    "h80-2": {
        "title": None,
        "split": r"(?=八、药品不良反应报告制度)|(?<=八、药品不良反应报告制度)(?=制度名称)|(?<=批准时间)(?=业负责人|管员负责)|"
        r"(?=[⑴⑵])|(?=3、在日常)|(?=品不良反应报告范围)",
        "headings": [(r"^八、药品不良反应报告制度$", 1)],
    },
    "h80-3": {
        "title": "药品用户投诉处理规定",
        "skip": [r"^当前位置:", r"^药品用户投诉处理规定$"],
        "sub": [(r"性质一\n\n般", "性质一般")],
        "stop": r"^商场对顾客投诉的处理规定$",
        "headings": [(r"^[1-6] ?(目的|范围|责任|定义|内容|记录)$", 1), (r"^4\.[1-3]\S+:$", 2)],
    },
    "h80-4": {
        "title": None,
        "english": True,
        "headings": [(r"^The Investigation$", 1)],
    },
}


# The eighty-first held-out set (plans/heldout81/): restaurants, catering and canteen operators. `strip` takes off the
# page's number and repeated title before the first heading, `sub` joins the lines the copy wrapped mid-sentence (h81-1)
# and takes off the library's line marks "Р" (h81-2) and rejoins a heading the copy broke in two (h81-3).
LAYOUT81: dict[str, dict] = {
    "h81-1": {
        "title": "投诉及危机处理方案",
        "strip": [r"^投诉及危机处理方案\n\n81 投诉及危机处理方案 "],
        "sub": [(r"\n+", "")],
        "split": r"(?<=投诉处理方案) |(?<=\(一\) 投诉途径) | ?(?=[123]、)| (?=\([二三四]\) ?)|(?<=处理程序:) |(?<=危机转变) |"
        r"(?<=解决用户投诉的实施方案) | (?=\([123]\) )",
        "headings": [
            (r"^一、 投诉处理方案$", 1),
            (r"^\([一二三四]\) ?(投诉途径|处理程序:|危机转变|解决用户投诉的实施方案)$", 2),
        ],
    },
    "h81-2": {
        "title": None,
        "sub": [(r"Р", "")],
        "split": r"(?=(?:事后处理|给予折扣|免单|经济赔偿|职能部门调解|投诉方式)\?)|(?=4\.\?投诉处理权限)|(?<=4\.\?投诉处理权限)|"
        r"(?<=为第二责任人。)|(?<=直至圆满解决投诉。)|(?<=直至圆满解决。)",
        "headings": [(r"^4\.\?投诉处理权限$", 1)],
    },
    "h81-3": {
        "title": "食物中毒应急预案",
        "sub": [(r"4\.1\.1\n食物中毒事件的报告", "4.1.1 食物中毒事件的报告")],
        "skip": [r"^全部版块 我的主页$", r"^论坛 提问 ", r"^64 0$", r"^2025-07-03$", r"^食物中毒应急预案$"],
        "stop": r"^附件列表$",
        "split": r"(?<=^1\.目的)",
        "join": r"^(\d\.|[①②③④]|文件|《)",
        "headings": [
            (r"^[1-4]\.(目的|适用范围|参考|食物中毒应急处置预案)$", 1),
            (r"^4\.1\.1 食物中毒事件的报告$", 2),
        ],
    },
    "h81-4": {
        "title": "温泉酒店管理人员折扣权限规定",
        "skip": [r"^【#文档大全网# 导语】", r"^温泉酒店管理人员折扣权限规定$"],
        "split": r" (?=[23]、酒店)",
        "join": r"^([0-9]+|[一二三])、",
        "headings": [(r"^[一二三]、", 1)],
    },
    "h81-5": {
        "title": "Sodexo Limited Complaints Policy",
        "english": True,
        "skip": [r"^Sodexo Limited Complaints Policy$"],
        "headings": [(r"^[1-4]\. ", 1)],
    },
}


# The eighty-second held-out set (plans/heldout82/): private dental, eye and outpatient clinics were asked for; the store
# had none with an organisation, so the nearest sector: a county hospital's and a hospital's outpatient departments, a
# community health centre, a children's hospital's complaints page, and a UK dental practice's complaints procedure.
LAYOUT82: dict[str, dict] = {
    "h82-1": {
        "title": "三台县人民医院门诊突发事件预警系统(修订)",
        "skip": [r"^门诊突发事件预警系统$", r"^三台县人民医院门诊突发事件预警系统\(修订\)$"],
        "split": r"(?<=预警系统\(修订\))(?=一、)|(?<=应急领导小组)(?=由分管)|(?=二、门诊突发事件类别)|"
        r"(?<=突发事件类别)(?=门诊突发事件主要)|(?=[12]\.突发(?:患者个体|公共卫生)事件是指)|(?=三、风险分级)|"
        r"(?<=三、风险分级)(?=根据)",
        "headings": [(r"^[一二三]、(成立门诊突发事件应急领导小组|门诊突发事件类别|风险分级)$", 1)],
    },
    "h82-2": {
        "title": "门诊突发事件处理制度",
        "strip": [r"\('门诊突发事件处理制度(?=一、)"],
        "skip": [
            r"^Login$",
            r"^升级VIP",
            r"^当前位置",
            r"^门诊突发事件处理制度(,门诊突发事件应急预案及处理流程)?$",
            r"^收藏$",
            r"^本作品内容为",
        ],
        "split": r"(?=[一二三四五]、)",
    },
    "h82-3": {
        "title": "社区卫生服务中心突发公共卫生事件社区卫生应急预案",
        "skip": [
            r"^1 / 3$",
            r"^文档名称:$",
            r"^社区卫生服务中心突发公共卫生事件社区卫生应急预案\.doc$",
            r"^格式:doc",
            r"^下载后只包含",
            r"^如果您已付费",
            r"^分享$",
            r"^预览$",
            r"^上传人:",
            r"^下载得到文件列表$",
            r"^文档介绍",
        ],
        "headings": [(r"^[一二]、(目的、原则:|应急组织机构与职责)$", 1), (r"^组织机构$", 2)],
    },
    "h82-4": {
        "title": "投诉举报",
        "skip": [r"^投诉举报$"],
        "headings": [(r"^温馨提示:$", 1)],
    },
    "h82-5": {
        "title": "Complaints Procedure & Information",
        "english": True,
        "bullet": r"^·\s+",
        "skip": [r"^Complaints Procedure & Information$"],
        "headings": [(r"^(How to complain|What happens next\?|Complaining on behalf of someone)$", 1)],
    },
}


# The eighty-third held-out set (plans/heldout83/): airports and the nearest passenger-transport sectors (a city's plan for
# airport flight delays, a county transport bureau's spring-festival road plan, two cities' rail/road passenger-stranding
# plans, an airport's complaints procedure). `sub` in h83-1 runs the contents list into one paragraph so that its entries
# ("1.1  编制目的") are not taken for the body's headings of the same words.
LAYOUT83: dict[str, dict] = {
    "h83-1": {
        "title": "邵阳市民航大面积航班延误应急预案",
        "skip": [
            r"^注册 登录 适老化和无障碍$",
            r"^网站支持IPV6$",
            r"^邵阳市民航大面积航班延误应急预案$",
            r"^发布时间:",
            r"^打印$",
        ],
        "sub": [(r"(?<=[\u4e00-\u9fff])(?<!目录)\n\n(?=\d)", " ")],
        "headings": [
            (r"^目录$", 1),
            (r"^[12]\. (总则|应急指挥体系及职责)$", 1),
            (r"^[12]\.\d\s*(编制目的|编制依据|适用范围|工作原则|组织机构)$", 2),
        ],
    },
    "h83-2": {
        "title": None,
        "skip": [r"^汽車\(chē\)站春運", r"^在日常生活或是工作學"],
        "headings": [
            (r"^一、極端惡劣天氣", 1),
            (r"^。(ㄒ唬|ǘ)", 2),
        ],
    },
    "h83-3": {
        "title": "杭州市铁路公路旅客滞留事件应急预案(2023版)",
        "skip": [r"^杭州市铁路公路旅客滞留事件应急预案\(2023版\)$", r"^• (发布日期|访问次数|来源):"],
        "headings": [(r"^1 总则$", 1), (r"^1\.[1-4] (编制目的|编制依据|适用范围|工作原则)$", 2)],
    },
    "h83-4": {
        "title": "南京鐵路車站大面積旅客滯留事件路地聯動應急預案",
        "skip": [
            r"^《南京鐵路車站大面積旅客滯留事件路地聯動應急預案》是為了",
            r"^2024年2月,南京市人民政府辦公廳印發",
            r"^基本介紹$",
            r"^- ",
            r"^發布信息",
            r"^內容全文$",
        ],
        "headings": [(r"^1 總則$", 1), (r"^1\.[12] 編制(目的|依據)$", 2)],
    },
    "h83-5": {
        "title": "Complaints Policy & Procedure",
        "english": True,
        "skip": [r"^Complaints Policy & Procedure", r"^You are here:"],
        "rejoin": [r"(?<=Bristol)\n(?=Airport values)"],
        "headings": [(r"^[1-5]\. [A-Z]", 1), (r"^Stage [12]$", 2)],
    },
}


# The eighty-fourth held-out set (plans/heldout84/): a bank's credit card centre, two motor finance companies (one of
# them twice) and a UK motor finance lender. h84-2's run-in item headings ("(1)客户服务。") and h84-3's run-in
# leads ("投诉处理方面,", "客户服务方面,") are split off their paragraphs; what the hosting pages add (h84-3's 发表时间 line, h84-4's date, "|" and 消保新闻) is left out.
LAYOUT84: dict[str, dict] = {
    "h84-1": {
        "title": None,
        "headings": [(r"^[一二三]、 (消费投诉主体流程|消费投诉受理渠道|注意事项):$", 1)],
    },
    "h84-2": {
        "title": None,
        "split": r"(?<=\(1\)客户服务。)|(?<=\(2\)客户投诉处理机制。)|(?<=\(3\)客户满意度调查。)|(?<=\(4\)金融知识普及和金融消费者教育机制。)",
        "headings": [(r"^\([1-4]\)\S+。$", 1)],
    },
    "h84-3": {
        "title": "上汽通用汽车金融有限责任公司2020年度消费者服务与投诉处理情况报告",
        "skip": [r"^上汽通用汽车金融有限责任公司2020年度消费者服务与投诉处理情况报告$", r"^发表时间:"],
        "split": r"(?<=^投诉处理方面,)|(?<=^客户服务方面,)",
        "headings": [(r"^(投诉处理|客户服务)方面,$", 1)],
    },
    "h84-4": {
        "title": "东风汽车金融有限公司关于2024年度客户投诉及处理情况的公告",
        "skip": [
            r"^2025\.01\.30$",
            r"^\|$",
            r"^消保新闻$",
            r"^东风汽车金融有限公司关于2024年度客户投诉及处理情况的公告$",
            r"^东风汽车金融有限公司$",
            r"^关于2024年度客户投诉及处理情况的公告$",
        ],
        "headings": [(r"^[一二]、2024年投诉", 1), (r"^\(一\)稳健有效", 2)],
    },
    "h84-5": {
        "title": "What happens once I have raised my complaint",
        "english": True,
    },
}


# The eighty-fifth held-out set (plans/heldout85/): lift installation and maintenance companies and, as the nearest sector,
# special-equipment users (a lift company's emergency measures, a lift-maintenance complaints rule, two lift users' plans,
# a UK building maintenance company's complaints procedure). h85-1 leaves out the site's "时间"/"简介" lines and its
# "第一篇:" line; h85-3 and h85-4 are split again before their own numbering, which the sharing site ran into one paragraph.
LAYOUT85: dict[str, dict] = {
    "h85-1": {
        "title": "电梯工程应急措施",
        "skip": [r"^电梯工程应急措施$", r"^时间:2019-05-14", r"^简介:写写帮文库", r"^第一篇:电梯工程应急措施$"],
        "headings": [
            (r"^[1-6]、(目的|适用范围|职责|应急组织|电梯困人救援方法)$", 1),
            (r"^5应急电话$", 1),
            (r"^4\.[123](公司|工程部|维保部)应急小组$", 2),
        ],
    },
    "h85-2": {
        "title": "电梯维保投诉管理制度",
        "strip": [r"^电梯维保投诉管理制度"],
        "split": r"(?=一:投诉的定义)|(?<=一:投诉的定义)|(?=二、投诉预防)|(?<=规章制度:)|"
        r"(?=[2-7]、(?:不得|客户|同一|困人|电梯维修))|(?=三、投诉的处理原则)|(?<=处理原则:)",
        "headings": [(r"^(一:投诉的定义|二、投诉预防的各项规章制度:|三、投诉的处理原则:)$", 1)],
    },
    "h85-3": {
        "title": "货运电梯事故应急预案",
        "strip": [r"^精选优质文档-倾情为你奉上货运电梯事故应急预案"],
        "split": r"(?=领导小组联系电话)|(?=电梯维保单位电话)|(?=物业电工电话)|(?=电梯发生事故后应第一时间)|"
        r"(?=事故处理的一般原则)|(?<=事故处理的一般原则)|(?=[1-4]、)",
        "headings": [(r"^事故处理的一般原则$", 1)],
    },
    "h85-4": {
        "title": "电梯应急措施和救援预案",
        "strip": [r"^电梯应急措施和救援预案 "],
        "split": r"(?=[一二三]、 )|(?<=紧急电话)|(?<=二、 时间:)|(?<=处理程序:)|(?<=120或999)(?=2、)|(?<=119)(?=3、)|"
        r"(?<!\d)(?=(?:1[01]|[1-9])、 )",
        "headings": [(r"^[一二三]、 (紧急电话|时间:|接报电梯紧急情况的处理程序:)$", 1)],
    },
    "h85-5": {
        "title": "Complaints Procedure of Becheley Building Maintenance LTD",
        "english": True,
        "skip": [r"^Complaints Procedure of  Becheley Building Maintenance LTD  PAGE 1$"],
        "bullet": r"^·\s+",
        "headings": [
            (r"^(Publicised Contact Details for Complaints:|Receiving Complaints|Resolving Complaints)$", 1),
            (r"^Stage One$", 2),
        ],
    },
}


# The eighty-sixth held-out set (plans/heldout86/): home decoration, furniture and appliance after-sales companies. `sub`
# lays out h86-3's document-control block (its page number left out) and joins h86-4's words the sharing site's page
# marks ("2、", "3、") cut in two; `skip` leaves out h86-2's page furniture and h86-3's sign-off line.
LAYOUT86: dict[str, dict] = {
    "h86-1": {
        "title": None,
        "headings": [(r"^[一二]、", 1), (r"^[12]\.[1-4] ?[^0-9]{2,12}$", 2)],
    },
    "h86-2": {
        "title": "工程报修",
        "skip": [r"^特色工艺$", r"^s h a n g h a i$", r"^工程报修$", r"^Engineering service$", r"^室内装修$"],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h86-3": {
        "title": "客户服务管理程序",
        "sub": [
            (
                r"^韦邦家具\(集团\)有限公司文件编号WB-PD-03-08客户服务管理程序版本号A修订号00文件类型程序文件"
                r"生效日期2004\.4\.1管理部门品管部页码4/6",
                "韦邦家具(集团)有限公司\n文件编号WB-PD-03-08\n版本号A\n修订号00\n文件类型程序文件\n生效日期2004.4.1\n管理部门品管部\n",
            )
        ],
        "split": r"(?=5\.[23]售)|(?<=5\.2售中服务)|(?<=5\.3售后服务)|(?=5\.[23]\.[1-6])|(?=拟制审批$)",
        "skip": [r"^拟制审批$"],
        "headings": [(r"^5\.[23]售[中后]服务$", 1)],
    },
    "h86-4": {
        "title": "XX装修公司客户投诉处理管理制度",
        "strip": [r"^1、 XX装修公司客户投诉处理管理制度 "],
        "sub": [(r"\n[23]、", "")],
        "split": r"(?=第[一二三]章)|(?=第[一二三四五六]条)|(?=\([一二三四五六七]\))|(?<=第一条 目的)|(?<=第二条 适用范围)|"
        r"(?<=第三条 签单后的客户回访处理办法)|(?<=第四条 客户主要反映的问题)|(?<=第五条 客户反映问题的方式)",
        "headings": [(r"^第[一二三]章 ", 1), (r"^第[一二三四五六]条", 2)],
    },
    "h86-5": {
        "title": "Step-by-step complaints procedure",
        "english": True,
        "skip": [r"^Step-by-step complaints procedure$"],
        "headings": [(r"^(How & where to complain|How long will it take\?|If we cannot resolve your complaint)$", 1)],
    },
}


# The eighty-seventh held-out set (plans/heldout87/): private education and training (a tax college's trainee plan, a
# university's practical-training plan, a vocational school, a Singapore private school, a Dublin language school).
# `skip` leaves out what the hosting page adds (a link to another college's site, "【相关阅读】", a breadcrumb, a page's
# navigation) and the title line the Title style already holds; the document's own numbered sections are headings.
LAYOUT87: dict[str, dict] = {
    "h87-1": {
        "title": "培训学员突发事件应急处置预案",
        "skip": [r"^长沙税务干部学院官网:", r"^【相关阅读】$", r"^培训学员突发事件应急处置预案$"],
        "headings": [(r"^[一二三]、(指导思想|工作原则|组织机构与职责)$", 1), (r"^\((一|二)\)(突发事件应急处置工作小组|职)$", 2)],
    },
    "h87-2": {
        "title": "沈阳大学学生实习实训安全应急预案",
        "skip": [r"^沈阳大学学生实习实训安全应急预案$"],
        "headings": [(r"^[一二三]、(总则|应急组织指挥体系及职责|预警与应急处置)$", 1), (r"^\(一\)预警机制$", 2)],
    },
    "h87-3": {
        "title": "保定工程技术学校学生投诉举报流程",
        "skip": [r"^当前位置:主页 > 通知公告 >$", r"^保定工程技术学校学生投诉举报流程$"],
        "headings": [(r"^[一二三四]、(投诉举报理由|投诉受理程序|投诉举报方式|善后处理)$", 1)],
    },
    "h87-4": {
        "title": "学生意见与投诉条例",
        "skip": [r"^Home / 学生意见与投诉条例$", r"^学生意见与投诉条例$"],
    },
    "h87-5": {
        "title": None,
        "english": True,
        "headings": [(r"^(First|Second) Stage \((Informal|Formal) Complaint\)$", 1)],
    },
}


# The eighty-eighth held-out set (plans/heldout88/): department stores and shopping centres (and, nearest, a
# hypermarket chain). `sub` turns the sharing site's paragraph mark "Р" into a line break.
LAYOUT88: dict[str, dict] = {
    "h88-1": {
        "title": None,
        "sub": [(r" ?Р ?", "\n")],
        "headings": [(r"^四、其他投诉受理流程$", 1), (r"^[67]、(补偿|费用收回)$", 2), (r"^[123]、(电话|信件|服务)投诉$", 2)],
    },
    "h88-2": {
        "title": None,
        "sub": [(r" ?Р ?", "\n")],
        "headings": [(r"^4\.[345][^.\d]", 1), (r"^4\.3\.[12][^.\d]", 2)],
    },
    "h88-3": {
        "title": "商场突发事件的处理",
        "strip": [r"^商场突发事件的处理"],
        "split": r"(?=紧急事件的种类)|(?<=紧急事件的种类)|(?<!\d)(?=(?:1[0-4]|[1-9])[、.])|(?=[一二]、)|(?=[12]\))|"
        r"(?<=如何预防顾客之间发生冲突)|(?=保持商场温度)|(?<=一般性争吵)|(?=根据当时)|(?<=发生动手事件时)|"
        r"(?<=。)(?=把冲突|注意自身|尽量留住|客服人员到场)",
        "headings": [
            (r"^紧急事件的种类$", 1),
            (r"^[一二]、", 1),
            (r"^[12]、(如何预防顾客之间发生冲突|顾客冲突时的处理)$", 2),
            (r"^[12]\)(一般性争吵|发生动手事件时)$", 3),
        ],
    },
    "h88-4": {
        "title": None,
        "split": r"(?<=【導\(dǎo\)讀】)|(?<=。)",
        "headings": [(r"^【導\(dǎo\)讀】$", 1)],
    },
    "h88-5": {
        "title": None,
        "english": True,
        "headings": [(r"^[1-4]\. (Identifying|Our Responsibilities|Our Approach|Complaints Escalation)", 1)],
    },
}


# The eighty-ninth held-out set (plans/heldout89/): new-energy vehicles, charging and car dealers/repairers. `strip` takes
# off the sharing sites' page heads; `join` puts together the lines a PDF broke inside a sentence.
LAYOUT89: dict[str, dict] = {
    "h89-1": {
        "title": "电动车充电应急预案",
        "strip": [r"^(?:.*\n)*?文档介绍:RUSER redacted on the night of December 17,2020\n电动车充电应急预案\n"],
        "headings": [(r"^(适用范围|工作原则)$", 1)],
    },
    "h89-2": {
        "title": "一汽-群眾投訴管理系統管理規定解讀",
        "strip": [r"^(?:.*\n)*?文檔簡介\n\n一汽-群眾投訴管理系統管理規定解讀"],
        "split": r"(?=2021-12-10整理)|(?=開發使用用戶投訴管理系統的目的)|(?<=開發使用用戶投訴管理系統的目的)|"
        r"(?=確定經銷商內部)|(?=確定投訴處理及信息)|(?=加快用戶投訴)|(?=改進工作質量)|(?=提高用戶的滿意度)|"
        r"(?=用戶投訴管理系統適用范圍)|(?<=用戶投訴管理系統適用范圍)|(?=一汽-群眾群眾品牌事業部)|(?=一汽-群眾銷售有限)|"
        r"(?=用戶投訴管理系統相關術語)|(?<=用戶投訴管理系統相關術語)|(?=一般投訴指)|(?=升級投訴指)|(?=重大投訴由)",
        "headings": [(r"^用戶投訴管理系統(適用范圍|相關術語)$|^開發使用用戶投訴管理系統的目的$", 1)],
    },
    "h89-3": {
        "title": None,
        "strip": [r"^(?:.*\n)*?篇1\n"],
        "skip": [r"^\($"],
        "join": r"^(?:\d\)|[一二]、|\(一\))",
        "headings": [
            (r"^[一二]、(目的|活动内容):$", 1),
            (r"^\(一\)重点用户的排查及处理:$", 2),
            (r"^(定义|范围|级别分类|排查)$", 3),
        ],
    },
    "h89-4": {
        "title": "汽车维修企业客户投诉处理制度",
        "strip": [r"^汽车维修企业客户投诉处理制度\n"],
        "skip": [
            r"^2025-04-10 版权声明 我要投稿$",
            r"^汽车维修企业客户投诉处理制度\(共11篇\)$",
            r"^汽车维修企业客户投诉处理制度 篇1$",
        ],
        "stop": r"^汽车维修企业客户投诉处理制度 篇2$",
        "join": r"^\d\.",
        "headings": [(r"^汽车维修质量承诺制度$", 1)],
    },
    "h89-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
    },
}


# The ninetieth held-out set (plans/heldout90/): toll stations, a motorway service-area company, a car park and a UK
# parking operator. `skip` leaves out what the hosting page adds (a preview's "内容预览:", "…………" and member notices,
# an upload site's format/size lines, a site footer via `stop`) and the title line the Title style already holds;
# `split` breaks a run-together text only before the document's own numbering or after a heading.
LAYOUT90: dict[str, dict] = {
    "h90-1": {
        "title": "高速公路收费站突发事件应急预案",
        "skip": [
            r"^内容预览:$",
            r"^高速公路收费站突发事件应急预案$",
            r"^…………$",
            r"^全文共560字",
            r"^新来的客人请",
            r"^刚注册会员请",
            r"^未登陆用户请",
            r"^秘书文库--",
        ],
        "headings": [(r"^[一二三]、(组织领导|应急方案内容:|处罚措施)$", 1), (r"^\([123]\)、\S+应急措施$", 2)],
    },
    "h90-2": {
        "title": "收费站雾天应急处置预案",
        "strip": [r"^收费站雾天应急处置预案 "],
        "stop": r"^Copyright ©",
        "split": r" (?=[一二三]、)| (?=组 长:|副组长:|组 员:|注:)| (?=\((?:一|二)\))|(?<=领导小组:) |(?<=职责分工) |"
        r"(?<=响应时间) |(?<=人员层级:) |(?<=响应层级:) ",
        "headings": [
            (r"^[一二三]、(成立雾天应急工作领导小组:|职责分工|响应层级和响应时间)$", 1),
            (r"^\((一|二)\)(人员|响应)层级:$", 2),
        ],
    },
    "h90-3": {
        "title": "高速公路服务区服务质量投诉管理办法",
        "strip": [r"^高速公路服务区服务质量投诉管理办法"],
        "split": r"(?=[2-6]、)|(?=[⑴⑵⑶⑷]、)",
    },
    "h90-4": {
        "title": "欣泰世纪大厦停车场应急预案",
        "skip": [r"^停车管理应急预案$", r"^- (格式|大小|文档页数):", r"^欣泰世纪大厦停车场应急预案$"],
        "split": r"(?<=向公司汇报。)(?=\(二\))",
        "headings": [
            (r"^[一二]、(应急预案流程图|应急预案整体方案)$", 1),
            (r"^\((一|二)\)(火灾紧急状况应急预案:|特殊天气应急预案)$", 2),
        ],
    },
    "h90-5": {
        "title": "Parking Charge Notices & Appeals",
        "english": True,
        "skip": [r"^Parking Charge Notices & Appeals$"],
        "headings": [(r"^(Paying Your|Appealing your) Parking Charge Notice$", 1)],
    },
}


# The ninety-first held-out set (plans/heldout91/): amusement parks, water parks and zoos (a theme park's emergency plan,
# a water park's ride-stoppage plan, a swimming hall's drowning plan as the nearest sector, a zoo's rule on visitors'
# uncivil behaviour, Colchester Zoo's complaints procedure). `sub` turns the sharing site's paragraph mark "Р" into a line
# break; `split` breaks a run-together text only before the document's own numbering; `skip` leaves out the title line
# the Title style already holds and the stored copy's last, cut-off heading ("Wha").
LAYOUT91: dict[str, dict] = {
    "h91-1": {
        "title": None,
        "sub": [(r"[ \t]*Р[ \t]*", "\n")],
        "headings": [(r"^4 后期处置$", 1), (r"^4\.[12] (紧急疏散|大型设备事故)后期处置$", 2), (r"^4\.2\.1 设备恢复运行$", 3)],
    },
    "h91-2": {
        "title": "水上乐园大喇叭应急预案",
        "skip": [r"^水上乐园大喇叭应急预案$"],
        "headings": [(r"^[1-4]、(事件处理状态|预案启动程序|大型设备事故后期处置|设备恢复运行)$", 1)],
    },
    "h91-3": {
        "title": "游泳馆溺水事故应急预案",
        "strip": [r"^精选优质文档-倾情为你奉上游泳馆溺水事故应急预案"],
        "split": r"(?=[二三]、)|(?<=^一、目的)|(?<=二、应急领导小组及职责) |(?<=三、 游泳馆应急救援程序) |(?<=。) (?=[234]\.)",
        "headings": [(r"^[一二三]、 ?(目的|应急领导小组及职责|游泳馆应急救援程序)$", 1)],
    },
    "h91-4": {
        "title": "不文明行为“重点监测名单”管理制度",
        "skip": [r"^不文明行为“重点监测名单”管理制度$"],
    },
    "h91-5": {
        "title": None,
        "english": True,
        "skip": [r"^Wha$"],
        "headings": [(r"^(Our Promise|What to do if you have a complaint|How long will it take\?)$", 1)],
    },
}


# The ninety-second held-out set (plans/heldout92/): social-insurance, medical-insurance and housing-fund agencies (a housing
# fund centre's and a medical-insurance bureau's emergency plans, a human-resources and social-security bureau's complaint
# rules, a city administrative service centre's complaint rules as the nearest sector, NHS Pensions' complaints page).
# `skip` leaves out what the hosting page adds (the open-government index lines, "浏览次数", "字号") and the title line the
# Title style already holds; `rejoin` mends a line break inside an English sentence.
LAYOUT92: dict[str, dict] = {
    "h92-1": {
        "title": "郑州住房公积金管理中心关于印发《郑州住房公积金管理中心突发公共事件总体应急预案》的通知",
        "skip": [r"^• ", r"^郑州住房公积金管理中心关于印发《郑州住房公积金管理中心突发公共事件总体应急预案》的通知$"],
        "headings": [
            (r"^[一二]、(应急工作原则|突发公共事件主要内容)$", 1),
            (r"^\([一二三四]\)(依法施行|统一指挥|协作配合|快速反应)$", 2),
        ],
    },
    "h92-2": {
        "title": "【应急预案】六安市医疗保障局应急管理预案",
        "skip": [r"^【应急预案】六安市医疗保障局应急管理预案$", r"^浏览次数:", r"^字号:$"],
        "headings": [(r"^[一二]、(组织领导|工作原则)$", 1), (r"^\([一二]\)(领导小组成员名单|工作职责)$", 2)],
    },
    "h92-3": {
        "title": None,
        "headings": [(r"^[一二三四]、", 1)],
    },
    "h92-4": {
        "title": None,
        "headings": [(r"^[5-7]、(投诉调查|投诉处理|其他规定)。$", 1)],
    },
    "h92-5": {
        "title": "Complaints and Disputes",
        "english": True,
        "skip": [r"^Complaints and Disputes$"],
        "rejoin": [r"(?<=If we cannot resolve)\n(?=your complaint informally)"],
        "headings": [
            (r"^(What to do if things go wrong|How do I complain\?|What is the dispute resolution procedure\?)$", 1),
            (r"^Where you can get further advice$", 1),
        ],
    },
}


# The ninety-third held-out set (plans/heldout93/): law firms and the nearest sector (a judicial bureau's emergency plan).
# `sub` joins the lines a web page's layout broke inside one item (h93-3) and takes off the spaces after its numbers.
LAYOUT93: dict[str, dict] = {
    "h93-1": {
        "title": "司法局应对突发事件预案",
        "skip": [r"^索引号 ", r"^生成日期 ", r"^司法局应对突发事件预案$", r"^来源: 日期:"],
        "split": r"(?<=\(一\)应急指挥中心。)|(?<=\(二\)应急办公室。)",
        "headings": [
            (r"^[一二]、(总则|组织指挥及职责任务)$", 1),
            (r"^\([一二三]\)(目的及依据|工作原则|适用范围)$", 2),
            (r"^\([一二]\)应急(指挥中心|办公室)。$", 2),
        ],
    },
    "h93-2": {
        "title": "投诉查处制度",
        "skip": [r"^投诉查处制度$"],
        "headings": [(r"^第[三五七]条 \S+$", 1), (r"^第[四六]条 .*:$", 1)],
    },
    "h93-3": {
        "title": "湖南广济律师事务所投诉查处制度",
        "skip": [r"^湖南广济律师事务所投诉查处制度$"],
        "sub": [
            (r"(?<=由专)\n\n +(?=人负责)", ""),
            (r"(?<=投诉)\n\n(?=登记薄)", ""),
            (r"(?<=联系)\n\n(?=方式)", ""),
            (r"(?<=证据;)\n\n(?=接投诉)", ""),
            (r"(?<=[一二三四五六]、) +", ""),
        ],
    },
    "h93-4": {
        "title": "投诉查处制度",
        "skip": [r"^投诉查处制度_第\d页$", r"^已阅读", r"^下载本文档$", r"^版权说明:", r"^文档简介$", r"^投诉查处制度$"],
        "split": r"(?<=^投诉查处制度)(?=投诉调查制度)|(?<=投诉调查制度)(?=为了规范)|(?=\([一二三四五六]\))|"
        r"(?<=违反律师执业规范的情况。)",
        "headings": [(r"^投诉调查制度$", 1)],
    },
    "h93-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^Making a complaint$", 1), (r"^Investigating the complaint$", 1)],
    },
}


# The ninety-fourth held-out set (plans/heldout94/): mining, chemical and manufacturing enterprises (a gear manufacturer's
# fire plan, a mining company's mine-flooding plan, a mine's emergency rescue rules, a coal mine's rescue organisation,
# Helensburgh Coal's complaints protocol for Metropolitan Mine). `split` breaks a run-together text only before the
# document's own numbering or posts; `skip` leaves out what the hosting page adds (the sharing site's footer, the
# page's date, yumpu's page furniture) and the stored copy's last, cut-off heading ("(二)、"); `sub` takes off yumpu's
# <strong> tags.
LAYOUT94: dict[str, dict] = {
    "h94-1": {
        "title": None,
        "headings": [(r"^[一二三四]、", 1), (r"^\?。ㄒ唬本仍|^\?。ǘ碧幹", 2)],
    },
    "h94-2": {
        "title": "矿山井下透水重大事故应急救援",
        "strip": [r"^矿山井下透水重大事故应急救援 "],
        "split": r"(?=[123](?:接警|应急启动|救援行动) )|(?<=^1接警) |(?<=2应急启动) |(?<=3救援行动) |(?<=。) (?=\([1-4]\))",
        "skip": [r"^Copyright ©", r"^工信部备案号", r"^公安局备案号", r"^本站为C2C"],
        "headings": [(r"^[123](接警|应急启动|救援行动)$", 1)],
    },
    "h94-3": {
        "title": "某矿重特大事故应急救援制度",
        "strip": [r"^某矿重特大事故应急救援制度 "],
        "split": r"(?=第[一二三]条:)|(?<=领导小组) |(?<=第三条:职责) |(?=副组长:|成 员:|生产矿长:|总工程师:|安监处长:|办 公 室:|供应公司、保卫科:)|"
        r"(?<=行政负责人)(?=办公室设在)|(?<=负责应急预案汇总整理、修订工作及监督整改落实工作。) ",
        "headings": [(r"^第二条:矿成立事故应急救援预案实施领导小组$", 1), (r"^第三条:职责$", 1)],
    },
    "h94-4": {
        "title": "应急救援组织机构职责",
        "skip": [r"^应急救援组织机构职责$", r"^2023-04-28$", r"^\(二\)、$"],
        "headings": [
            (r"^第[一二]篇:", 1),
            (r"^应急救援组织机构和职责$", 2),
            (r"^[一二三]、(应急救援指挥部|应急救援办公室|各部门自救组|应急救援工作原则|应急救援工作的组织领导)", 2),
            (r"^\(一\)、指挥部主要职责$", 3),
        ],
    },
    "h94-5": {
        "title": "Metropolitan Mine – Traffic Management Plan",
        "english": True,
        "sub": [(r"</?strong>", "")],
        "split": r"(?=12\.2 COMPLAINTS)|(?<=12\.2 COMPLAINTS)|(?=• )|(?<=complaints register\.)(?=For each)",
        "skip": [
            r"^11\.07\.2015 Views$",
            r"^Metropolitan Mine Traffic Management Plan - Peabody Energy$",
            r"^SHOW (MORE|LESS)$",
            r"^• No tags were found\.\.\.$",
            r"^Create successful ePaper yourself$",
            r"^Turn your PDF publications",
            r"^Metropolitan Mine – Traffic Management Plan$",
        ],
        "headings": [(r"^12\.2 COMPLAINTS$", 1)],
    },
}


# The ninety-fifth held-out set (plans/heldout95/): broadcasting safety plans of local broadcasting authorities, a
# propaganda department's news-media plan and a pay-TV provider's complaints code. `skip` takes off the pages' menus
# and repeated titles; `split` cuts the run-together copies (h95-3, h95-4) again before the documents' own numbering.
LAYOUT95: dict[str, dict] = {
    "h95-1": {
        "title": None,
        "skip": [r"^> 政务公开"],
        "headings": [(r"^[一二]、(总则|组织指挥体系及职责)$", 1), (r"^\([一二三]\)\S+$", 2)],
    },
    "h95-2": {
        "title": "嵊泗县广播电视安全播出应急预案",
        "skip": [r"^• \d$", r"^精彩活动$", r"^当前位置:", r"^嵊泗县广播电视安全播出应急预案$", r"^2015-08-05$"],
        "headings": [(r"^[12]、(总则|组织指挥体系及职责)$", 1), (r"^[12]\.\d\S+$", 2)],
    },
    "h95-3": {
        "title": "镇江市广播电视安全播出应急预案",
        "skip": [r"^\|$", r"^镇江市广播电视安全播出应急预案$"],
        "split": r" (?=二○○七年)| (?=镇江市广播电视安全播出应急预案 )| (?=1总则)| (?=1\.[1-4])| (?=2组织)| (?=2\.[12])|"
        r" (?=\([1-3]\))|(?<=年十月三十一日) |(?<=安全播出应急预案) (?=1总则)|(?<=1总则) |(?<=编制目的) |(?<=编制依据) |"
        r"(?<=适用范围) |(?<=工作原则) |(?<=及职责) |(?<=框架描述) |(?<=负责领导、组织和协调全市的广播电视安全播出应急工作。) ",
        "headings": [(r"^[12](总则|组织指挥体系及职责)$", 1), (r"^[12]\.[1-4]\S+$", 2)],
    },
    "h95-4": {
        "title": "中共###委宣传部关于印发《应对突发公共事件新闻媒体应急处置预案》的通知",
        "skip": [r"^中共###委宣传部关于印发"],
        "split": r"(?<=〔2011〕号)(?=中共)|(?<=的通知)(?=各镇党委)|(?<=驻旗企业:)|(?=一、工作原则)|(?<=一、工作原则)|"
        r"(?=\([一二三]\))|(?=二、组织指挥)|(?<=二、组织指挥体系及职责)|(?<!副)(?=组长:)|(?=副组长:)|(?=成员:)",
        "headings": [(r"^[一二]、(工作原则|组织指挥体系及职责)$", 1)],
    },
    "h95-5": {
        "title": "Sky Customer Complaints Code of Practice",
        "english": True,
    },
}


# The ninety-sixth held-out set (plans/heldout96/): kindergartens and a nursery (a town kindergarten's 园长接待日 notice,
# three kindergartens' emergency plans, a London nursery's complaints procedure). `sub` takes off the sharing site's page
# numbers ("1、", "2、" before a page's first line) and a site's inserted words; `skip` its notices; `split` cuts the
# run-together copy (h96-2) again before the document's own numbering.
LAYOUT96: dict[str, dict] = {
    "h96-1": {
        "title": None,
        "headings": [(r"^园长接待日$", 1), (r"^(接待时间|接待地点|接待对象|接待内容|接待流程|温馨提示)$", 2)],
    },
    "h96-2": {
        "title": "2024幼儿园食品安全事故应急处置预案",
        "skip": [r"^2024幼儿园食品安全事故应急处置预案\.docx$", r"^《2024幼儿园", r"^- 配套讲稿:$", r"^如PPT文件"],
        "sub": [
            (r"(?m)^[12]、(?=2024幼儿园食品安全事故应急处置预案为|2 \.资源调配)", ""),
            (r"^.*\n.*\n2024幼儿园食品安全事故应急处置预案(?=为切实)", ""),
        ],
        "split": r"(?=[一二三]、(?:幼儿园基本情况|食品安全突发事件|建立健全))|(?<=幼儿园基本情况)|(?<=应急指挥小组构成及职责)|"
        r"(?<=快速逐级报告制度)|(?=副组长:)|(?=成员:XX\(业务)|(?=指挥小组职责:)|(?=应急领导小组构成:)|(?=报告内容应包括:)|"
        r"(?<=[:。;])(?=[123] \.)",
        "headings": [(r"^[一二三]、(幼儿园基本情况|食品安全突发事件应急指挥小组构成及职责|建立健全快速逐级报告制度)$", 1)],
    },
    "h96-3": {
        "title": None,
        "skip": [r"^🔗更多内容请下载文档$"],
        "headings": [(r"^[一二]、 (成立幼儿园安全工作领导小组|预案实施):$", 1), (r"^\(一\)防火预案:$", 2)],
    },
    "h96-4": {
        "title": "幼儿园突发安全事故应急预案",
        "skip": [r"^幼儿园突发安全事故应急预案$"],
        "sub": [(r"(?m)^幼儿园应急预案(?=3\.预防为主原则)", "")],
        "headings": [(r"^一、总则$", 1), (r"^\([一二三四]\)(编制目的|适用范围|工作原则|事故的级别划定)$", 2)],
    },
    "h96-5": {
        "title": "Policy and Procedure for Complaints",
        "english": True,
        "skip": [r"^Policy and Procedure for Complaints$"],
        "headings": [(r"^Internal Complaints Procedure$", 1), (r"^Stage [12]$", 2)],
    },
}


# The ninety-seventh held-out set (plans/heldout97/): guesthouses and hotels. `strip` takes off the sharing site's
# lines before a document's text; `sub` turns a page's empty list marker ("-" on its own line) into a bullet.
LAYOUT97: dict[str, dict] = {
    "h97-1": {
        "title": "旅馆治安管理制度及突发事件应急方案(一)",
        "skip": [r"^旅馆治安管理制度及突发事件应急方案\(一\)$"],
        "headings": [(r"^百客酒店治安管理制度$", 1)],
    },
    "h97-2": {
        "title": "酒店突發(fā)事件應急預案(精選九篇)",
        "strip": [r"^[\s\S]*?(?=酒店突發\(fā\)事件應急預案篇一)"],
        "split": r"(?<=報警。) (?=\(2\))",
        "headings": [(r"^酒店突發\(fā\)事件應急預案篇一$", 1), (r"^1、搶劫案件應急措施:$", 2)],
    },
    "h97-3": {
        "title": "各类应急预案样本",
        "strip": [r"^[\s\S]*?(?=应急预案-1 火警应急预案)"],
        "split": r" (?=步骤-Steps)| (?=[123]、 )| (?=l )| (?=- )|(?<=报告和扑救) |(?<=接警和应急处理) |(?<=现场处理) ",
        "bullet": r"^l ",
        "headings": [(r"^应急预案-1 火警应急预案$", 1), (r"^[123]、 \S+$", 2)],
    },
    "h97-4": {
        "title": "大堂副理职责与投诉案例",
        "strip": [r"^[\s\S]*?(?=\(如火警)"],
    },
    "h97-5": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "sub": [(r"(?m)^-\n", "• ")],
        "headings": [(r"^[1-8]\. [A-Z]", 1)],
    },
}


# The ninety-eighth held-out set (plans/heldout98/): agricultural and farmers' markets. `h98-2` keeps the sharing
# site's traditional characters with their bracketed pinyin, as the stored copy has them.
LAYOUT98: dict[str, dict] = {
    "h98-1": {
        "title": "市场突发公共事件应急预案",
        "skip": [r"^市场突发公共事件应急预案_第\d页$", r"^已阅读", r"^下载本文档$", r"^版权说明", r"^文档简介$"],
        "sub": [(r"(?m)^市场突发公共事件应急预案 (?=为构造)", "")],
        "split": r" (?=[一二三] (?:农贸市场概况|市场突发公共事件类型|应急处置组织机构及职责))|(?<=农贸市场概况) |"
        r"(?<=市场突发公共事件类型) |(?<=应急处置组织机构及职责) |(?<=特制定本预案) |"
        r" (?=[1-4] (?:灾害性事件|突发公共食品安全事件|商品交易市场|各类治安刑事案件))|"
        r" (?=一 成立应急工作领导小组)|(?<=一 成立应急工作领导小组) | (?=二 应急工作领导小组下设)|(?<=个应急处置专业组) |"
        r" (?=[12] (?:消防灭火组|治安救护组))",
        "headings": [
            (r"^[一二三] (农贸市场概况|市场突发公共事件类型|应急处置组织机构及职责)$", 1),
            (r"^(一 成立应急工作领导小组|二 应急工作领导小组下设 3 个应急处置专业组)$", 2),
        ],
    },
    "h98-2": {
        "title": "農(nóng)貿(mào)市場(chǎng)突發(fā)事件應(yīng)急預(yù)案",
        "skip": [
            r"^科達\(dá\)農\(nóng\)貿\(mào\)市場\(chǎng\)突發\(fā\)事件應\(yīng\)急預\(yù\)案\.doc_第\d頁\(yè\)$",
            r"^已閱讀",
            r"^下載本文檔$",
            r"^版權\(quán\)說明",
            r"^文檔簡\(jiǎn\)介$",
            r"^農\(nóng\)貿\(mào\)市場\(chǎng\)突發\(fā\)事件應\(yīng\)急預\(yù\)案$",
        ],
        "split": r"(?=一、市場\(chǎng\)火災)|(?<=火災\(zāi\)應\(yīng\)急預\(yù\)案)(?=宗旨)|(?<=。)(?=[一二三四]、)|(?<=:)(?=1、)",
        "headings": [(r"^一、市場\(chǎng\)火災\(zāi\)應\(yīng\)急預\(yù\)案$", 1)],
    },
    "h98-3": {
        "title": "农贸市场消费者投诉处理制度",
        "skip": [r"^农贸市场消费者投诉处理制度$", r"^合集下载$", r"^\d\. \d、", r"^相关文档$", r"^最新文档$"],
    },
    "h98-4": {
        "title": "市场安全应急预案",
        "skip": [r"^市场人多繁杂"],
        "sub": [(r"(?m)^(?:市场安全应急预案)+(?=[一二]、)", "")],
        "headings": [(r"^一、总 则$", 1), (r"^二、 市场安全应急指挥系统及职责$", 1)],
    },
    "h98-5": {
        "title": "Truro Farmers Market complaints procedure",
        "english": True,
        "skip": [r"^Truro Farmers Market complaints procedure$"],
        "rejoin": [r"(?<=organisation in)\n(?=this case)", r"(?<=complaint)\n(?=process\.)"],
        "bullet": r"^– ",
        "headings": [(r"^[1-7]\. [A-Z][^:]*:$", 1), (r"^Additional Considerations:$", 1)],
    },
}


# The ninety-ninth held-out set (plans/heldout99/): couriers and logistics companies. `sub` takes off what the copy
# added inside the text (the conversion mark "^p", the line break inside "成员" and "及流程,并负责实施") and joins the
# section numbers "1" and "2" the copy set on their own lines back to their headings; h99-5's bullets (a symbol-font
# character the copy lost) are the lines that begin with a space.
LAYOUT99: dict[str, dict] = {
    "h99-1": {
        "title": None,
        "headings": [(r"^[一二三四]、 ?(投诉范围|投诉有限期|投诉受理|投诉处理)$", 1)],
    },
    "h99-2": {
        "title": "物流快递理赔管理制度",
        "skip": [r"^当前位置:", r"^时间:2022", r"^下面是小编", r"^推荐访问:"],
        "headings_once": True,
        "headings": [(r"^物流快递理赔管理制度$", 1)],
        "strip": [r"^当前位置:[^\n]*\n\n物流快递理赔管理制度\n", r"(?<=供大家参考。\n\n)物流快递理赔管理制度\n"],
    },
    "h99-3": {
        "title": "管理部仓库火灾事故应急处置方案",
        "skip": [r"^第 1 页 共 4 页$"],
        "sub": [
            (r"^管理部仓库火灾事故应急处置方案 1\n总则 ", "1 总则\n"),
            (r"\n2\n事件特征 ", "\n2 事件特征\n"),
            (r"\^p ", ""),
            (r"成\n员:", "成员:"),
        ],
        "split": r" (?=\d\.\d(?:\.\d)? )|(?<=编制目的) |(?<=编制依据) |(?<=适用范围) |(?<=和事件类型) |(?<=地点和装置) |"
        r"(?<=可能造成的危害) |(?<=出现的征兆) |(?<=组织机构及职责) |(?<=领导小组) |(?<=3\.2 职责) | (?=副组长:)| (?=成员:)",
        "headings": [(r"^[123] (总则|事件特征|组织机构及职责)$", 1), (r"^\d\.\d \S+$", 2)],
    },
    "h99-4": {
        "title": "物流客服中心服务标准",
        "skip": [r"^物流客服中心服务标准\.docx$", r"^《物流客服中心服务标准\.docx》由会员分享", r"^物流客服中心服务标准$"],
        "sub": [(r"(?<=及流程,)\n(?=并负责实施)", "")],
        "headings": [(r"^(客服中心|客服主管):$", 1), (r"^工作(目标|要点|难点|禁忌):$", 2)],
    },
    "h99-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "sub": [(r"(?m)^ (?=[A-Z])", "• ")],
        "rejoin": [r"(?<=quality of service)\n(?=emanating)", r"(?<=a mail)\n(?=item)", r"(?<=respond to the)\n(?=customer)"],
        "headings": [(r"^(Contact Details|Logging and Investigating|Timeframe for Response)$", 1)],
    },
}


# The hundredth held-out set (plans/heldout100/): banks, an insurer, a credit union and a central bank. `rejoin`
# joins h100-5's sentences the page broke at the line end ("Leixlip & District / Credit Union", "if unresolved to / arbitration",
# "at / the current level"). h100-5's notice title "Complaints Procedure" is the Title (its second "Complaints
# Procedure", a section of the notice, stays a heading); the site's cookie notice, contact line, date and page name are
# left out.
LAYOUT100: dict[str, dict] = {
    "h100-1": {
        "title": "中国人民银行办公厅关于印发《中国人民银行总行机关处置突发性群体上访事件工作预案》的通知",
        "skip": [r"^中国人民银行办公厅关于印发《中国人民银行总行机关处置突发性群体上访事件工作预案》的通知$"],
        "headings": [
            (r"^中国人民银行总行机关处置突发性群体上访事件工作预案$", 1),
            (r"^[一二三]、(受理范围|工作原则|组织机构)$", 2),
        ],
    },
    "h100-2": {
        "title": "企業金融客戶承作結構型商品交易之交易糾紛申訴管道(適用於本行企業暨機構客戶總事業群及商業金融事業群之企業客戶)",
        "skip": [
            r"^Citibank Taiwan$",
            r"^回花旗首頁 客戶資料安全保護政策 花旗全球網站$",
            r"^企業金融客戶承作結構型商品交易之交易糾紛申訴管道\(適用於",
        ],
        "headings": [(r"^一、 本行客戶申訴處理流程$", 1)],
    },
    "h100-3": {
        "title": "三信商業銀行信託業務紛爭受理方式與處理流程",
        "skip": [r"^Top$", r"^三信商業銀行信託業務紛爭受理方式與處理流程$"],
        "headings": [(r"^第[一二三四]條 \(\S+\)$", 1)],
    },
    "h100-4": {
        "title": "一般处理投诉流程",
        "skip": [r"^一般处理投诉流程$"],
    },
    "h100-5": {
        "title": "Complaints Procedure",
        "english": True,
        "strip": [r"(?<=Member Notice\n\n)Complaints Procedure\n"],
        "rejoin": [
            r"(?<=Leixlip & District)\n\n(?=Credit Union to try)",
            r"(?<=if unresolved to)\n\n(?=arbitration by)",
            r"(?<=resolve same at)\n\n(?=the current level)",
        ],
        "skip": [
            r"^Cookies help website users",
            r"^If you wish, you can change your cookie settings",
            r"^Tel: 01 6244930",
            r"^20 August 2017$",
            r"^Complaints$",
        ],
        "headings": [
            (r"^(Ethos|Complaints Procedure|Complaints Handling Process)$", 1),
            (r"^(Escalation levels:|Nominated Officials|Step 1 Verbal & Written Complaints)$", 2),
        ],
    },
}


# The hundred-and-first held-out set (plans/heldout101/): public utilities (two water companies, a county heating
# unit, a city gas company, an Australian water corporation). Left out is what the hosting page adds: the sharing
# site's breadcrumb, repeated titles and preview-cover notice (h101-1), the government page's column names and
# disclosure table (h101-2), the model-text site's collection title, upload lines, introduction and "篇一" heading
# (h101-3), the company site's contact block, column names and date line (h101-4). Where a copy ran a heading into its
# text (h101-1: "1目的规范……", "4工作程序客户服务中心热线处理程序流程客户服务中心接到……") it is split after the heading.
LAYOUT101: dict[str, dict] = {
    "h101-1": {
        "title": "自来水公司服务流程制度",
        "skip": [r"^当前位置:文档之家", r"^自来水公司服务流程制度$", r"^自来水公司服务流程制度\(总4页\)"],
        "sub": [(r"(?m)^自来水公司服务流程制度(?=1目的)", "")],
        "split": r"(?<=^1目的)|(?<=^2范围)|(?<=^3职责)|(?<=^4工作程序)|(?<=热线处理程序流程)(?=客户服务中心接到)",
        "headings": [(r"^[1-4](目的|范围|职责|工作程序)$", 1), (r"^客户服务中心热线处理程序流程$", 2)],
    },
    "h101-2": {
        "title": "费县和源水务有限公司服务标准",
        "skip": [
            r"^政府信息公开$",
            r"^规章制度$",
            r"^费县和源水务有限公司服务标准$",
            r"^2024-05-17 ",
            r"^索 引 号",
            r"^文  号",
            r"^信息类别",
            r"^公开程序",
        ],
        "split": r"(?<=首问处理:)(?=\(1\))",
        "headings": [(r"^一、工单处理规范$", 1)],
    },
    "h101-3": {
        "title": "单位供暖应急预案",
        "skip": [
            r"^单位供暖应急预案\(精选9篇\)$",
            r"^格式:DOC ",
            r"^时间:2023-09-14 ",
            r"^在日常的学习、工作、生活中",
            r"^单位供暖应急预案篇一$",
        ],
        "headings": [(r"^\(一\)建立冬季供热应急指挥机构$", 1)],
    },
    "h101-4": {
        "title": "聊城新奥燃气服务考核管理办法",
        "skip": [
            r"^联系我们$",
            r"^电 话:",
            r"^地 址:",
            r"^规章制度",
            r"^来源: 时间:",
            r"^聊城新奥燃气服务考核管理办法$",
        ],
        "headings": [
            (r"^[1-5]、(考核原则|服务组织及职责|考核周期|考核依据|考核程序)$", 1),
            (r"^2\.[12](服务领导小组|服务考核小组)$", 2),
        ],
    },
    "h101-5": {
        "title": "Complaints and disputes",
        "english": True,
        "skip": [r"^Complaints and disputes$"],
        "headings": [
            (r"^(Making an enquiry or complaint|How we handle enquiries and complaints|Customer Liaison Coordinator)$", 1)
        ],
    },
}


# The hundred-and-second held-out set (plans/heldout102/): local government and public-service hotlines. The notices'
# titles (关于印发…的通知) are the Title, as h44-4's; h102-3's line of the wiki's contents ("適用範圍,上訪事件等級,…")
# and h102-4's search prompt, entry marks and site footer are what the hosting page adds; h102-4's run-in labels
# ("一、投诉受理部门:") are split off as headings.
LAYOUT102: dict[str, dict] = {
    "h102-1": {
        "title": "关于印发《磨溪镇“12345”政府服务热线平台办理工作制度》的通知",
        "skip": [r"^关于印发《磨溪镇“12345”政府服务热线平台办理工作制度》的通知$"],
        "headings": [(r"^磨溪镇“12345”政府服务热线平台办理工作制度$", 1), (r"^[一二]、(机构设置|工作职责)$", 2)],
    },
    "h102-2": {
        "title": "关于印发《回马镇2018年全国“两会”期间信访维稳接访劝返工作预案》的通知",
        "skip": [r"^关于印发《回马镇2018年全国“两会”期间信访维稳接访劝返工作预案》的通知$"],
        "headings": [
            (r"^回马镇2018年全国“两会”期间信访维稳接访劝返工作预案$", 1),
            (r"^[一二]、(总体要求|组织机构)$", 2),
            (r"^\([一二]\)(领导小组|接访小组)$", 3),
        ],
    },
    "h102-3": {
        "title": "突發群體性事件應急處置預案",
        "skip": [r"^突發群體性事件應急處置預案$", r"^適用範圍,上訪事件等級,組織指揮機構,應急處置工作,$"],
        "headings": [(r"^(適用範圍|上訪事件等級|組織指揮機構)$", 1)],
    },
    "h102-4": {
        "title": "兰州市政务大厅投诉处理制度",
        "skip": [
            r"^请输入您要查询的百科知识:$",
            r"^词条 兰州市政务大厅投诉处理制度$",
            r"^释义$",
            r"^兰州市政务大厅投诉处理制度$",
            r"^随便看$",
            r"^百科全书收录",
            r"^Copyright © ",
            r"^更新时间:",
        ],
        "split": r"(?<=^一、投诉受理部门:)|(?<=^二、投诉内容:)|(?<=^三、投诉方法:)|(?<=^四、投诉受理:)",
        "headings": [(r"^[一二三四五]、投诉(受理部门|内容|方法|受理|处理):$", 1)],
    },
    "h102-5": {
        "title": "Corporate complaints procedure",
        "english": True,
        "skip": [r"^Corporate complaints procedure$"],
        "headings": [(r"^Stage [12]:$", 1)],
    },
}


# The hundred-and-third held-out set (plans/heldout103/): hospitals, clinics and health institutions. `h103-1`'s stored
# copy runs a call-out chart and the plan into one paragraph; it is split only after a heading and before the chart's
# own numbered support units (whose numbers follow the phone number before them: "55552.工務監控室"). `h103-2` loses
# the sharing site's page marks ("1 / 7", "2 / 7"); `h103-4` joins the word the site's paragraph number ("2、") cut.
LAYOUT103: dict[str, dict] = {
    "h103-1": {
        "title": None,
        "split": r"(?<=成大醫院危機事件通報流程\(手機簡碼\))|(?=是否發生於假日或夜間)|(?=警戒組:56110)|(?=其他支援單位:)|"
        r"(?<=其他支援單位:)|(?<=5555)(?=2\.工務)|(?<=2119)(?=3\.消防局)|(?<=119)(?=4\.開元)|(?<=2370384)(?=5\.自來水)|"
        r"(?<=0800-000876)(?=6\.台電)|(?<=2132891)(?=7\.欣南)|(?=成大醫院醫療糾紛危機管理計畫)|"
        r"(?<=成大醫院醫療糾紛危機管理計畫)(?=秘書室訂)|(?<=97/07/15)|(?<=壹、前言:)|(?=[一二]、(?:現況分析|潛在原因):)|"
        r"(?<=現況分析:)|(?<=潛在原因:)",
        "headings": [
            (r"^成大醫院(危機事件通報流程\(手機簡碼\)|醫療糾紛危機管理計畫)$", 1),
            (r"^壹、前言:$", 2),
            (r"^[一二]、(現況分析|潛在原因):$", 3),
        ],
    },
    "h103-2": {
        "title": "***卫生院 卫生应急预案",
        "strip": [r"^1 / 7 \*\*\*卫生院 卫生应急预案 "],
        "sub": [(r" 2 / 7 ", " ")],
        "split": r" (?=[一二四]、)| (?=三 、)|(?<=成员 :) |(?<=全 面 工作) |(?<=抢救组织工作) |(?<=组织工作) (?=孙桂云)| (?=成 员:)|"
        r" (?=赵庆霞\(内科)| (?=刘晓宁)|(?<=应急队成员) | (?=副队长:)",
        "headings": [(r"^三 、突发公共卫生事件医疗应急领 导小 组 成员 :$", 1), (r"^四、应急队成员$", 1)],
    },
    "h103-3": {
        "title": "淮南市120急救指挥中心投诉处理相关程序",
        "skip": [r"^淮南市120急救指挥中心投诉处理相关程序$", r"^发布日期:2024-02-23", r"^分享到:$"],
        "headings": [(r"^[1-4]、(投诉渠道|投诉方式|市120投诉接待时间及地点|市120办公室投诉处理流程。)$", 1)],
    },
    "h103-4": {
        "title": "关于纠纷顾客处理流程的通知",
        "strip": [r"^《医美整形纠纷顾客处理流程方式\.docx》由会员分享[^\n]*\n1、关于纠纷顾客处理流程的通知"],
        "sub": [(r"(?<=对顾客的)\n2、(?=安抚)", "")],
        "split": r"(?=[一二三四五]、)|(?<=[::;])(?=[123]、)|(?=、(?:导医先|若现场|当客服))|(?<=四、纠纷处理流程)|(?<=五、其他)",
        "headings": [(r"^[一二三四五]、", 1)],
    },
    "h103-5": {
        "title": "Complaints policy",
        "english": True,
        "rejoin": [r"(?<=passed on immediately to)\n\n(?=Dr Hatahet)"],
    },
}


# The hundred-and-fourth held-out set (plans/heldout104/): manufacturing, chemical plants, mines and construction.
# `h104-1`'s page chrome (the site's navigation line and the page title three times) is what the hosting page adds; a
# word the copy broke over two lines ("配/置相关物资") is joined again, and the date run into "1总则" and the second
# grade run into the first grade's last item are split. `h104-3`'s sharing site ran the cover and the text into one
# paragraph: it is split after the cover's lines and before the document's own numbers (1、 … 4、, 3.1, 4.1). `h104-4`
# has no title or heading of its own: the question's heading on the answers page is its title, as h43-5's page
# heading; the page's "如题所述", answer line and "相似回答" are left out. `h104-5`'s run-together item "b." is split off.
LAYOUT104: dict[str, dict] = {
    "h104-1": {
        "title": "突发环境事件应急预案",
        "skip": [
            r"^文档库 最新最全的文档下载$",
            r"^当前位置:文档库 › 化工企业 应急预案$",
            r"^化工企业 应急预案$",
            r"^突发环境事件应急预案$",
        ],
        "sub": [(r"(?<=立即更换或者配)\n\n(?=置相关物资)", "")],
        "split": r"(?<=2013年3月8日)(?=1总则)|(?<=发展趋势的。)(?=\(二\))",
        "headings": [(r"^批准页$", 1), (r"^1总则$", 1), (r"^1\.[123](编制目的|编制依据|事故分级)$", 2)],
    },
    "h104-2": {
        "title": "煤矿信访工作应急预案",
        "skip": [r"^范文$", r"^位置:首页 > 范文 > 应急预案$", r"^煤矿信访工作应急预案$", r"^发布时间:2019-04-23 14:15:47$"],
        "headings": [
            (r"^[一二三]、 ?(应急预案适用范围|处置突发性事件遵循的原则|工作机构及职责)$", 1),
            (r"^1、组织指挥机构$", 2),
        ],
    },
    "h104-3": {
        "title": "钢结构质量售后服务管理制度",
        "skip": [r"^钢结构质量售后服务管理制度\.doc$", r"^《钢结构质量售后服务管理制度\.doc》由会员分享"],
        "strip": [r"(?m)^钢结构质量售后服务管理制度 (?=安徽鸿路)"],
        "split": r"(?<=股份有限公司) (?=文件编号)|(?<=HLQC-1007) (?=页 数)|(?<=页 数: 7) (?=钢结构质量售后服务管理规程)|"
        r"(?<=管理规程) (?=版次)|(?<=分发号) (?=为打造)|(?<=特制定本制度。) (?=1、)|"
        r"(?<=、目的) |(?<=、适用范围) |(?<=、内容) |(?<=、质量投诉处理程序) | (?=[234]、)| (?=[34]\.[12])",
        "headings": [(r"^[1-4]、(目的|适用范围|内容|质量投诉处理程序)$", 1)],
    },
    "h104-4": {
        "title": "达钢集团的管理制度",
        "skip": [r"^达钢集团的管理制度$", r"^如题所述$", r"^第1个回答 +2016-05-31$", r"^相似回答$"],
    },
    "h104-5": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "split": r"(?<=Acknowledge receipt of your complaint)(?=b\. Gather)",
        "headings": [(r"^Our commitment to you\.$", 1), (r"^What we will do$", 1), (r"^STAGE [1-4]$", 1)],
    },
}


# The hundred-and-fifth held-out set (plans/heldout105/): schools, universities and a primary school's complaints
# procedure. `h105-1` leaves out the school site's footer that the stored copy puts before the plan; `h105-2` the
# information site's navigation and publication lines (its title is the page's and the plan's own); `h105-5`'s
# items are the page's bulleted list ("-"), its empty item kept.
LAYOUT105: dict[str, dict] = {
    "h105-1": {
        "title": None,
        "skip": [
            r"^建宁县第一中学 All rights reserved$",
            r"^违法和不良信息举报电话:",
            r"^本站已通过国家IP/ICP备案",
            r"^!\[\]\(\) \|$",
            r"^\|$",
        ],
        "headings": [(r"^[一二三]、", 1), (r"^\([一二三四]\)", 2)],
    },
    "h105-2": {
        "title": "曲阜师范大学食品安全类突发事件应急预案",
        "skip": [
            r"^网站首页",
            r"^当前位置:",
            r"^曲阜师范大学食品安全类突发事件应急预案$",
            r"^信息来源: 曲阜师范大学 发布日期:",
        ],
        "headings": [(r"^一、食物中毒事件应急处理组织机构及职责$", 1), (r"^[123]\. ?(医疗救护组|原因调查组:|善后处理组:)$", 2)],
    },
    "h105-3": {
        "title": None,
        "headings": [(r"^[一二三四]、“校长信箱”", 1)],
    },
    "h105-4": {
        "title": None,
        "headings": [(r"^阶段[一二三四]:", 1)],
    },
    "h105-5": {
        "title": "Complaints Procedure in Primary Schools",
        "english": True,
        "bullet": r"^-(?: |$)",
        "headings": [(r"^Stage [1-4]$", 1)],
    },
}


# `h106-3`'s duty table, one cell a line for `bar_tables`: 分工, 姓名, 职务, 职责, 联系电话 (names and phones blank).
_H106_3_ROWS = [
    ("分工", "姓名", "职务", "职责", "联系电话"),
    ("组长", "", "董事长", "全面负责应急处置工作", ""),
    ("副组长", "", "总经理", "协助指挥应急处置工作", ""),
    ("", "", "党支部书记", "负责现场指挥", ""),
    ("组员", "", "副总经理", "负责应急物资、器材", ""),
    ("", "", "工会主席", "协助现场指挥", ""),
    ("", "", "客运站副站长", "负责站前广场、候船区域紧急处置", ""),
    ("", "", "副站长", "负责待渡停车场、码头区域应急处置", ""),
    ("", "", "调度主任", "负责船期、泊位安排、发布船期信息", ""),
    ("", "", "工程部副经理", "负责设备设施抢修", ""),
    ("", "", "旅行社总经理", "", ""),
    ("", "", "货运部副经理", "负责应急预备队", ""),
]
_H106_3_TABLE = "\n" + "".join(f"{cell}|\n" for row in _H106_3_ROWS for cell in row)


# The hundred-and-sixth held-out set (plans/heldout106/): transport (bus stations, a port's passenger terminal, an
# airport, a coach operator). `h106-1`'s stored copy breaks lines inside sentences ("總指揮未" / "到場時"): they are
# joined again (`join`). `h106-3` loses the sharing site's page marks ("2、", "3、" where a page of the Word file begins,
# in the middle of a word: "待渡" / "停车场") and its duty table (分工、姓名、职务、职责、联系电话, names and phone
# numbers left blank), which the site ran into one line, is given back as a Word table of five columns, one cell a line
# for `bar_tables` (the row of 旅行社总经理 has no duty of its own in the text). `h106-4`'s section numbers, which the
# site set at the end of the paragraph before ("特制订本办法。 2"), are put back before their headings.
LAYOUT106: dict[str, dict] = {
    "h106-1": {
        "title": "雙池客運站突發事件應急預案",
        "skip": [r"^第一篇:2012汽車客運站突發事件應急預案$", r"^雙池客運站突發事件應急預案$"],
        "split": r"(?<=\))(?=副組長:)",
        "join": r"^(組長:|副組長:|成員:|值班電話:|為了|在專業|在火災|發現)",
        "headings": [
            (r"^[一二]、(組織指揮機構及職責任務|應急響應)$", 1),
            (r"^\([一二]\)發生(火災、爆炸時的應急響應|群體斗毆)$", 2),
        ],
    },
    "h106-2": {
        "title": "突发地震灾害应急救援处置预案",
        "strip": [r"^突发地震灾害应急救援处置预案"],
        "split": r"(?=[一二三]、突发地震灾害)|(?<=一、突发地震灾害应急处置指挥小组)(?=组 长)|(?=副组长:)|(?=成 员:)|"
        r"(?=应急处置指挥小组办公室)|(?<=指挥小组工作职责)|(?<=三、突发地震灾害情况的应急处置)|(?=\(一\)破坏性)|"
        r"(?<=预警后的先期处置)|(?=[12]、(?:在接到|应急指挥))",
        "headings": [
            (r"^[一二三]、突发地震灾害(应急处置指挥小组|应急处置指挥小组工作职责|情况的应急处置)$", 1),
            (r"^\(一\)破坏性地震预警后的先期处置$", 2),
        ],
    },
    "h106-3": {
        "title": "2011年春运应急处置预案",
        "strip": [r"1、2011年春运应急处置预案(?=一、编制目的)"],
        "sub": [
            (r"\n\n[23]、", ""),
            (r"(?<=有关要求实施。)(?=五、应急措施)", "\n"),
            (
                r"(?<=客运站站负责应急处置的落实。)分工姓名职务职责联系电话组长董事长全面负责应急处置工作副组长总经理协助指挥"
                r"应急处置工作党支部书记负责现场指挥组员副总经理负责应急物资、器材工会主席协助现场指挥客运站副站长负责站前广场、"
                r"候船区域紧急处置副站长负责待渡停车场、码头区域应急处置调度主任负责船期、泊位安排、发布船期信息工程部副经理负责"
                r"设备设施抢修旅行社总经理货运部副经理负责应急预备队",
                _H106_3_TABLE,
            ),
        ],
        "skip": [
            r"^2011年春运应急处置预案2$",
            r"^ID:38083404$",
            r"^大小:47\.00 KB$",
            r"^页数:4页$",
            r"^时间:2019-06-02$",
            r"^2011年春运应急处置预案2_第\d页$",
            r"^资源描述:$",
            r"^《2011年春运应急处置预案2》由会员上传分享",
        ],
        "bar_tables": {r"^分工$": 5},
        "split": r"(?<=一、编制目的)|(?=二、编制依据)|(?<=二、编制依据)|(?=[12]、《)|(?=三、职责)|(?<=三、职责)|"
        r"(?=[12]、(?:公司春运|客运站站))|(?<=四、处置程序)|(?=五、应急措施)|(?<=五、应急措施)|(?<=客轮船期变更)|(?=\(\d\))",
        "headings": [
            (r"^[一二三四五]、(编制目的|编制依据|职责|处置程序|应急措施)$", 1),
            (r"^1、客轮船期变更$", 2),
        ],
    },
    "h106-4": {
        "title": "武汉XX机场旅客投诉处理管理办法(仅适用于商业有关的投诉事项)",
        "sub": [
            (r"(?m)^1\n\n目的$", "1 目的"),
            (r"(?m) ([2-5])\n\n(适用范围|术语|管理原则|管理职责)$", r"\n\1 \2"),
            (r"(?<=并交由公司)\n\n(?=各职能部门)", ""),
        ],
        "skip": [
            r"^XX机场旅客投诉处理管理办法$",
            r"^2022-04-17 11:43:23",
            r"^#文档大全网# 导语】",
            r"^投诉处理,旅客,管理办法,机场$",
            r"^武汉XX机场旅客投诉处理管理办法\(仅适用于商业有关的投诉事项\)$",
            r"^文号: 类别:$",
        ],
        "split": r" (?=5\.\d(?:\.\d)? )",
        "headings": [(r"^[1-5] (目的|适用范围|术语|管理原则|管理职责)$", 1), (r"^5\.[1-3] ", 2)],
    },
    "h106-5": {
        "title": "Complaints Procedure",
        "english": True,
        "headings": [(r"^What will happen when I complain\?$", 1)],
    },
}


# The hundred-and-seventh held-out set (plans/heldout107/): retail chains, a car dealer, an e-commerce platform and a
# telecom operator. `h107-1`'s stored copy runs the whole text (its table too) into one paragraph with the sharing site's
# page marks ("1/9", "2/9"): it is split only after a heading and before the document's own numbering, the table's cells
# stay one run of text (split where the page break repeats its header row). `h107-2` and `h107-3` lose the page's date,
# author and reading-time lines and, in `h107-2`, the start of another article that follows the text on the page.
LAYOUT107: dict[str, dict] = {
    "h107-1": {
        "title": "红星美凯龙商场客诉处理管理办法",
        "strip": [r"^1/9红星美凯龙商场客诉处理管理办法"],
        "sub": [(r"√2/9关键项", "√\n关键项")],
        "split": r"(?<=特制定本办法。)(?=一、)|(?<=一、客诉基本含义)(?=\(一\))|(?<=\(一\)定义)(?=顾客)|(?=\(二\)等级划分)|"
        r"(?<=\(二\)等级划分)(?=为更好)|(?<=详见如下表格:)(?=关键项)|(?=详细说明如下:)|(?<=详细说明如下:)(?=1\.高等级)|"
        r"(?<=1\.高等级客诉)(?=\(1\))|(?=\([23]\)涉)",
        "headings": [(r"^一、客诉基本含义$", 1), (r"^\([一二]\)(定义|等级划分)$", 2), (r"^1\.高等级客诉$", 3)],
    },
    "h107-2": {
        "title": "特約店應急事件應對機制",
        "skip": [
            r"^特約店應急事件應對機制$",
            r"^2023-02-03 19:57:04 字數 743 閱讀 2750$",
            r"^應急事件處理$",
            r"^旅遊者錢物丟失的$",
        ],
    },
    "h107-3": {
        "title": "客服糾紛處理原則",
        "skip": [r"^客服糾紛處理原則$", r"^- (Allan Hou|9月23日|讀畢需時 3 分鐘)$", r"^已更新:10月16日$"],
        "headings": [(r"^(無貨可出|假押出貨|收取非網頁公告之其他費用|標錯價格|銷售爭議)$", 1)],
    },
    "h107-4": {
        "title": "客戶服務約章",
        "skip": [r"^客戶服務約章$"],
        "headings": [(r"^(聯繫我們|服務選擇|賬單及繳費|意見及投訴|服務表現指標)$", 1)],
    },
    "h107-5": {
        "title": "FCA COMPLAINTS PROCEDURE",
        "english": True,
        "skip": [r"^FCA COMPLAINTS PROCEDURE$"],
        "headings": [(r"^What happens if your complaint cannot be resolved right away in the dealership\?$", 1)],
    },
}


# The hundred-and-eighth held-out set (plans/heldout108/): banks, insurers and securities firms. `sub` takes the page's
# bullet off the three section names of h108-2 (they are its headings) and puts h108-3's numbers ("一、", "(一)") back on
# the line of their heading or item, from which the page had split them.
LAYOUT108: dict[str, dict] = {
    "h108-1": {
        "title": "关于XX人寿XX中心支公司重大舆情事件应急处置预案的报告",
        "strip": [r"^关于XX人寿XX中心支公司重大舆情事件应急处置预案的报告"],
        "split": r"(?<=^XX银保监分局:)|(?=一、启动时机和范围)|(?<=一、启动时机和范围)(?=当公司)|(?=二、启动流程)|"
        r"(?<=二、启动流程)(?=\(一\))|(?<=\(一\)启动权限)(?=XX人寿)|(?=\(二\)工作分工)|(?<=\(二\)工作分工)(?=应急处置)",
        "headings": [(r"^[一二]、(启动时机和范围|启动流程)$", 1), (r"^\([一二]\)(启动权限|工作分工)$", 2)],
    },
    "h108-2": {
        "title": "合作金庫商業銀行信託業務紛爭受理方式與處理流程",
        "sub": [(r"(?m)^  • (?=紛爭案件(受理申訴之方式與程序|適當調查申訴之程序|回應申訴之程序)$)", "")],
        "skip": [
            r"^很抱歉,本網頁使用script",
            r"^首頁 個人金融 保險/信託$",
            r"^信託公告$",
            r"^(合作金庫商業銀行)?信託業務紛爭受理方式與處理流程$",
        ],
        "headings": [(r"^紛爭案件(受理申訴之方式與程序|適當調查申訴之程序|回應申訴之程序)$", 1)],
    },
    "h108-3": {
        "title": None,
        "sub": [(r"(?m)^([一二三四]、)\n\n", r"\1"), (r"(?m)^(\([一二]\))\n", r"\1")],
        "headings": [(r"^[一二三四]、(訂定依據及目的|受理申訴之程序|調查客戶申訴案件之程序|回應申訴之程序)$", 1)],
    },
    "h108-4": {
        "title": None,
        "headings": [(r"^[二三]、 (調查客戶申訴案件之程序|回應客戶申訴之程序)$", 1)],
    },
    "h108-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^(Receiving complaints|Responding to complaints)$", 1)],
    },
}


# The hundred-and-ninth held-out set (plans/heldout109/): property management, a real-estate developer, hotels, a
# letting agent. `sub` takes off the web page's "</p>" left at the end of h109-1's text; `stop` leaves out the page's
# comment bar after it; h109-2's items are separated by runs of spaces only, so it is split at those runs.
LAYOUT109: dict[str, dict] = {
    "h109-1": {
        "title": "大厦业/租户投诉制度",
        "skip": [r"^大厦业/租户投诉制度$", r"^发布于 2022-04-23 00:00:00$"],
        "sub": [(r"</p>", "")],
        "stop": r"^0 条评论$",
        "split": r"(?<=^一、适用范围)|(?=二、工作程序)|(?<=二、工作程序)(?=A\])|(?<=[.。:])(?=[A-F]\])",
        "headings": [(r"^[一二]、(适用范围|工作程序)$", 1)],
    },
    "h109-2": {
        "title": "客户投诉处理管理规定",
        "skip": [r"^酒店客户投诉处理 管理 规定$", r"^客户投诉处理管理规定$"],
        "split": r" {3,}",
        "headings": [
            (r"^六、客户投诉的处理$", 1),
            (r"^一\)投诉处理程序$", 2),
            (r"^1 、消费中投诉$", 3),
            (r"^[12] \)投诉(本部门|其他部门)$", 4),
        ],
    },
    "h109-3": {
        "title": "客户投诉处理规定",
        "skip": [r"^房地产公司客户投诉处理规定 模版$", r"^- [123]、", r"^客户投诉处理规定$"],
        "split": r"(?<=。)(?=二、负责受理)",
        "join": r"^(\d、|[一二三四]、)",
        "headings": [(r"^第[一二三四]章", 1), (r"^一、工程质量投诉处理流程$", 2)],
    },
    "h109-4": {
        "title": "酒店大堂经理工作流程",
        "skip": [r"^酒店大堂经理工作流程$"],
        "headings": [(r"^标题 : ", 1)],
    },
    "h109-5": {
        "title": "Complaints Process",
        "english": True,
        "skip": [r"^Complaints Process$"],
        "headings": [(r"^(Our Complaint Process|Important Information On Complaints)$", 1)],
    },
}


# The hundred-and-tenth held-out set (plans/heldout110/): water, gas, power and heating utilities and a county office's
# 12345 hotline. `h110-1`'s title stands before the notice it came with; `h110-3`'s copy ran its parts into one
# paragraph (split again before each part and after its name); `h110-4`'s copy broke "一、总" / "则", put each
# article number on its own line and broke one sentence (joined again), and the sharing site's summary is left out.
LAYOUT110: dict[str, dict] = {
    "h110-1": {
        "title": "济源示范区大面积停电事件应急预案",
        "skip": [r"^济源示范区大面积停电事件应急预案$"],
        "headings": [(r"^1 总则$", 1), (r"^1\.[1-5] \S+$", 2), (r"^1\.5\.1 ", 3)],
    },
    "h110-2": {
        "title": "山东聚源热力话务服务中心",
        "skip": [
            r"^热线电话: 0537-2316625 968107 \| sdjyrljt@163\.com \| 联系 欢迎登录聚源热力网站$",
            r"^供热服务$",
            r"^供热服务——供热服务信息$",
            r"^山东聚源热力话务服务中心$",
        ],
        "headings": [(r"^[一二三]、(服务内容|服务准则|违诺责任)$", 1), (r"^[567]、(热服务|供热服务)“", 2)],
    },
    "h110-3": {
        "title": None,
        "skip": [r"^来源: 时间:2025-05-20 09:50$"],
        "split": r" (?=[二三四五]、)|(?<=、气压气质) |(?<=、用户报装) |(?<=、服务收费) |(?<=、停气抢修) |(?<=、客户服务) | (?=[23]\.)",
        "headings": [(r"^[一二三四五]、(气压气质|用户报装|服务收费|停气抢修|客户服务)$", 1)],
    },
    "h110-4": {
        "title": "县长信箱件、12345公众服务热线工单回复办理管理办法",
        "sub": [(r"一、总\n则", "一、总则"), (r"(第[一二三四五]条)\n", r"\1 "), (r"分散处理;\n对外互动", "分散处理;对外互动")],
        "skip": [
            r"^12345公众服务热线工单回复办理制度 县长信箱件",
            r"^县长信箱件、12345公众服务热线工单回复办理$",
            r"^管理办法$",
        ],
        "headings": [(r"^[一二]、(总则|工作程序)$", 1)],
    },
    "h110-5": {
        "title": None,
        "english": True,
        "headings": [(r"^The Energy Ombudsman$", 1)],
    },
}


# The hundred-and-eleventh held-out set (plans/heldout111/): hospitals, a community health centre, a children-and-families
# foundation and a UK care home. `h111-1`'s stored copy runs the plan into one paragraph after the sharing site's preview
# images and notices (left out); it is split only before the plan's own numbers (1.–4.2.2) and the posts of its group,
# and after a heading. `h111-4`'s page is a list: its four sub-headings lose their list mark, the rest stay bullets.
LAYOUT111: dict[str, dict] = {
    "h111-1": {
        "title": "医院暴力袭医、伤医事件应急处理预案",
        "skip": [r"^!\[", r"^下载本文档$", r"^版权说明:", r"^文档简介$"],
        "strip": [r"(?m)^医院暴力袭医、伤医事件应急处理预案(?=1\.目的)"],
        "split": r"(?<=1\.目的:)|(?=[234]\.(?:范围|定义|权责))|(?<=2\.范围:)|(?<=3\.定义:)|(?=4\.[12](?:组织|职能))|(?<=4\.1组织架构)|"
        r"(?=4\.2\.[12]应急)|(?=4\.2\.1\.[12])|(?<=领导小组)(?=组长:院长)|(?=副组长:)|(?<=。)(?=组员:)|(?<=分工)(?=组长:)",
        "headings": [
            (r"^[1-4]\.(目的:|范围:|定义:|权责)$", 1),
            (r"^4\.[12](组织架构|职能)$", 2),
            (r"^4\.2\.[12]应急领导小组(职责|分工)$", 3),
        ],
    },
    "h111-2": {
        "title": "投诉反馈制度",
        "skip": [r"^社区卫生服务中心投诉反馈制度$", r"^合集下载$", r"^相关主题$", r"^- [123]、", r"^投诉反馈制度$"],
        "headings": [(r"^[一二三]、(受理部门:|投诉途径:|工作程序)$", 1)],
    },
    "h111-3": {
        "title": "建構民眾溝通申訴管道─",
        "skip": [r"^建構民眾溝通申訴管道─$"],
        "split": r"(?<=^一\.目的:)|(?<=^二\.範圍:)",
        "headings": [(r"^[一二三四五]\.(目的|範圍|權責|定義|作業內容):$", 1), (r"^5\.[12](申訴、抱怨案件之處理:|案件處理)$", 2)],
    },
    "h111-4": {
        "title": "服務使用者權益保障要點",
        "skip": [r"^Q&A$", r"^- 服務使用者權益保障要點$"],
        "sub": [(r"(?m)^- (?=(?:服務對象:|申訴流程:|申訴調查原則|申訴管道及聯絡方式)$)", "")],
        "bullet": r"^- ",
        "headings": [(r"^(服務對象:|申訴流程:|申訴調查原則|申訴管道及聯絡方式)$", 1)],
    },
    "h111-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [
            (r"^(Complaint Policy|How to Complain)$", 1),
            (r"^(In person|If Unresolved|If this is still Insufficient)$", 2),
        ],
    },
}

# The hundred-and-twelfth held-out set (plans/heldout112/): an e-commerce company's complaint mechanism, a network
# company's emergency rules, a warehouse's accident plan, a Taiwanese online shop's dispute rules and a UK courier's
# complaints procedure. `h112-1`'s list marks (•) go, its items keep their typed numbers; `h112-2`'s stored copy runs the
# rules into one paragraph: it is split only before the articles (第一条 …) and their numbered items, and after the two
# article headings; `h112-3`'s line broken inside ⑶ is joined again; `h112-4`'s three ●-subheadings of 三、 lose their
# mark, its other ● items stay bullets.
LAYOUT112: dict[str, dict] = {
    "h112-1": {
        "title": "投诉机制",
        "skip": [r"^投诉机制$"],
        "sub": [(r"(?m)^  • ", "")],
        "headings": [
            (r"^[一二三四五]、(机制目的|适用范围|核心服务原则|投诉受理规范|投诉处理流程)$", 1),
            (r"^\([一二三]\)(受理渠道|响应时效|信息记录)$", 2),
        ],
    },
    "h112-2": {
        "title": "公司突发事件应急管理制度",
        "skip": [r"^公司突发事件应急管理制度$"],
        "split": r" (?=第[一二三]条)| (?=[1-5]、)|(?<=;)(?=4、)|(?<=第二条事件对象:)|(?<=第三条应急小组的组建:)",
        "headings": [(r"^第[二三]条(事件对象|应急小组的组建):$", 1)],
    },
    "h112-3": {
        "title": "仓库事故应急预案",
        "skip": [r"^仓库事故应急预案$", r"^仓库在企业的整个供应链中起着至关重要的作用"],
        "join": r"^(⑴|⑵|⑶|⑷|组长:|副组长:|成 员:)",
        "headings": [
            (r"^[12]\. (总则|组织机构及职责)$", 1),
            (r"^(1\.[123] (目的|工作原则|适用范围)|2\.[12] (组织机构|仓库应急领导小组职责))$", 2),
        ],
    },
    "h112-4": {
        "title": "交易糾紛爭議處理辦法",
        "sub": [(r"(?m)^●(?=應(?:釐清買方之訴求內容|查明事實之真相|檢查本公司作業程序有無缺失)$)", "")],
        "bullet": r"^●",
        "headings": [
            (r"^[一二三]、 (目的|消費者權益保障措施及消費糾紛爭議處理原則|交易糾紛爭議處理說明)$", 1),
            (r"^應(釐清買方之訴求內容|查明事實之真相|檢查本公司作業程序有無缺失)$", 2),
        ],
    },
    "h112-5": {
        "title": "YJD Complaints Handling Procedure",
        "english": True,
        "skip": [r"^Go to our Facebook page", r"^logologo$", r"^YJD Complaints Handling Procedure$"],
        "headings": [(r"^[12]\. CUSTOMER COMPLAINTS REGARDING (COURIER|POSTAL) ITEMS$", 1)],
    },
}


# The hundred-and-thirteenth held-out set (plans/heldout113/): a scenic-area company, a restaurant and a UK leisure-centre
# operator. `h113-1` keeps the notice that sets up the safety group before the plan; the sharing site's banner, page
# title, share line and page number are left out. `h113-2`'s stored copy runs the text into one paragraph; it is split
# only before the text's own numbering (一、, 1、–4、) and after its heading. `h113-3`'s items keep their “· ” marks typed in.
LAYOUT113: dict[str, dict] = {
    "h113-1": {
        "title": "安全生产事故应急处置预案",
        "skip": [
            r"^好文档 - ",
            r"^景区旅游安全应急预案成立安全生产工作领导小组\s*$",
            r"^天下 分享",
            r"^1$",
            r"^安全生产事故应急处置预案$",
        ],
        "sub": [
            (
                r"为了加强景区旅游安全管理工作,保障旅游者人身、财物安全,提高\n\n景区",
                "为了加强景区旅游安全管理工作,保障旅游者人身、财物安全,提高景区",
            )
        ],
        "split": r"(?=一、应急处置原则)|(?<=一、应急处置原则)|(?=二、组织体系:)|(?<=二、组织体系:)",
        "headings": [
            (r"^关于成立安全生产工作领导小组的通知$", 1),
            (r"^[一二]、(应急处置原则|组织体系:)$", 1),
        ],
    },
    "h113-2": {
        "title": "餐饮业投诉管理制度",
        "strip": [r"^餐饮业投诉管理制度(?=顾客投诉)"],
        "split": r"(?=一、宾客投诉原因:)|(?<=一、宾客投诉原因:)|(?=[234]、对)",
        "headings": [(r"^一、宾客投诉原因:$", 1)],
    },
    "h113-3": {
        "title": "Customer complaints policy",
        "english": True,
        "skip": [r"^Customer complaints policy$"],
        "headings": [
            (
                r"^(Our approach|What is a complaint\?|How to raise a complaint\?|Our complaints process|Our commitment to you)$",
                1,
            ),
            (r"^Customer complaints policy & process$", 1),
            (r"^Stage [12]: .*$", 2),
            (r"^Central Customer Experience team contact details:$", 1),
        ],
    },
}


# The hundred-and-fourteenth held-out set (plans/heldout114/): a securities firm, a futures firm, an insurance branch and
# a UK financial adviser. `h114-1` and `h114-4` keep the sharing sites' upload notes and navigation (left out). `h114-2`'s
# copy runs its articles into one paragraph: it is split only before its own article and chapter numbers; the words the
# copying site put into the text ("亚搏官方", "足球外围") and its line of unrelated titles are left out.
LAYOUT114: dict[str, dict] = {
    "h114-1": {
        "title": "东亚前海**证券有限责任公司客户投诉管理办法",
        "skip": [
            r"^证券股份有限公司客户投诉管理办法\.docx",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^第\d页 / 共6页$",
            r"^点击查看更多",
            r"^下载资源$",
            r"^资源描述$",
            r"^《证券股份有限公司客户投诉管理办法\.docx》",
            r"^东亚前海\*\*证券有限责任公司客户投诉管理办法$",
        ],
        "headings": [(r"^第一章总则$", 1), (r"^第二条 投诉渠道$", 2)],
    },
    "h114-2": {
        "title": "华泰证券股份有限公司客户投诉处理系统",
        "skip": [r"^BB雷电pk ", r"^日期:2021-01-25", r"^中国证券金融股份有限公司 是证金公司吗"],
        "strip": [r"亚搏官方 ", r"足球外围 "],
        "split": r"(?=第[二三四]条)|(?<=第二章部门职责)",
        "headings": [(r"^第二章部门职责$", 1)],
    },
    "h114-3": {
        "title": "应急处理",
        "skip": [r"^应急处理$"],
        "headings": [
            (r"^[一二]、(行情显示中断时|期货交易中断时)的应急措施$", 1),
            (r"^\((一\)交易线路出现间隔性中断|二\)交易系统中断无法进入网上交易系统):$", 2),
        ],
    },
    "h114-4": {
        "title": "某保险分公司客户咨询投诉管理办法",
        "skip": [
            r"^注册 会员中心",
            r"^保险专业资源下载网站$",
            r"^0755-21659566$",
            r"^上传资料 在线充值$",
            r"^腾晟招聘$",
            r"^当前位置:",
            r"^某保险分公司客户咨询投诉管理办法\(3页\)\.pdf$",
        ],
        "headings": [(r"^[一二]、(XXXXX咨询、投诉案件|保险监管及新闻媒体类投诉案件)$", 1)],
    },
    "h114-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [
            (
                r"^(Receipt of a complaint by the firm|Acknowledgement of a complaint|Investigating complaints|"
                r"Customer contact)$",
                1,
            )
        ],
    },
}


LAYOUT115: dict[str, dict] = {
    "h115-1": {
        "title": None,
        "headings": [
            (r"^[一二]、(组织机构|自然灾害类事件的应急处置程序)$", 1),
            (r"^\((一|二)\)(成立市医疗保障局|领导小组职责|地震)", 2),
        ],
    },
    "h115-2": {
        "title": "灵台县博物馆地震应急处置预案",
        "skip": [
            r"^博物馆地震应急处置预案\.doc_第\d页$",
            r"^已阅读5页",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^灵台县博物馆地震应急处置预案$",
        ],
        "split": r"(?<=罗义奎)(?=灵台县博物馆关于)|(?<=报 告)(?=县文广局)|(?=附:灵台县)|(?=二一一年八月)|(?=主题词:)|"
        r"(?<=报告)(?=灵台县博物馆 2011)|(?<=共印5份 )(?=灵台县博物馆地震)|(?<=灵台县博物馆地震应急处置预案 )(?=为加强我馆)|"
        r"(?=[一二三]、)|(?<=一、工作原则 )|(?<=二、 适用范围 )|(?<=三、应急组织机构及职责 )|(?=\(一\)应急指挥部)|"
        r"(?<=\(一\)应急指挥部 )|(?=副总指挥:)|(?= 职责:)|(?=成员:孙立峰)|(?=\(1\)加强领导)",
        "headings": [
            (r"^[一二三]、\s*(工作原则|适用范围|应急组织机构及职责)$", 1),
            (r"^\(一\)应急指挥部$", 2),
        ],
    },
    "h115-3": {
        "title": "东营市政务服务中心投诉制度",
        "skip": [
            r"^首页 >> 市政务服务中心管理办公室$",
            r"^>> 组织机构 >> 工作规则$",
            r"^索 引 号:",
            r"^文  号:",
            r"^内容概述:$",
            r"^东营市政务服务中心投诉制度$",
        ],
        "sub": [(r"\n\s*6\n、", "\n6、")],
        "headings": [(r"^第三条投诉范围及内容$", 1)],
    },
    "h115-4": {
        "title": "長(zhǎng)春新區(qū)公共資源交易中心投訴處理制度",
        "skip": [r"^長\(zhǎng\)春新區\(qū\)公共資源交易中心投訴處理制度$"],
        "headings": [],
    },
    "h115-5": {
        "title": "What to expect when you complain",
        "english": True,
        "skip": [r"^What to expect when you complain$"],
        "headings": [(r"^Stage one$", 1)],
    },
}


# The hundred-and-sixteenth held-out set (plans/heldout116/): a kindergarten's safety-information reporting rules, a
# kindergarten's closure emergency plan, a skills-assessment body's rules for candidates' complaints, a Singapore
# school's complaints rules and a UK day nursery's complaints procedure. `h116-1`'s line broken inside 公安部门 is joined
# again; `h116-2`'s stored copy runs the plan into one paragraph after its title: it is split only before the plan's own
# numbering (一、 … 三、, (一) … (五), 三)) and after its headings; the sharing sites' and pages' furniture is left out.
LAYOUT116: dict[str, dict] = {
    "h116-1": {
        "title": "塔窝幼儿园安全信息报告制度",
        "skip": [r"^塔窝幼儿园安全信息报告制度$"],
        "sub": [(r"向公安部\n门报告", "向公安部门报告")],
        "headings": [],
    },
    "h116-2": {
        "title": "幼儿园临时封闭应急预案",
        "skip": [
            r"^幼儿园临时封闭应急预案\.docx$",
            r"^《幼儿园临时封闭应急预案\.docx》由会员分享",
            r"^- (配套讲稿|特殊限制|关 键 词):$",
            r"^如PPT文件的首页",
            r"^部分文档作品中含有",
            r"^- 幼儿园 临时 封闭 应急 预案$",
        ],
        "strip": [r"(?m)^幼儿园临时封闭应急预案(?=一、)"],
        "split": r"(?=[二三]、(?:日常|事件))|(?<=落实各部门职责)|(?<=日常工作要求)|(?<=事件应急处理)|(?=\([一二三四五]\))|(?<=;)(?=三\))",
        "headings": [(r"^[一二三]、(成立突发事件领导小组,落实各部门职责|日常工作要求|事件应急处理)$", 1)],
    },
    "h116-3": {
        "title": "考生投诉处理办法",
        "skip": [r"^考生投诉处理办法$"],
        "headings": [],
    },
    "h116-4": {
        "title": "学生意见与投诉条例",
        "skip": [r"^Home / 学生意见与投诉条例$", r"^学生意见与投诉条例$", r"^\s+$"],
        "headings": [],
    },
    "h116-5": {
        "title": "Complaints and Compliments",
        "english": True,
        "skip": [r"^Complaints and Compliments$", r"^\s+$"],
        "headings": [(r"^Internal complaints procedure\s*$", 1), (r"^Stage [123]$", 2)],
    },
}


# The hundred-and-seventeenth held-out set (plans/heldout117/): broadcasting — a district radio-and-TV station's emergency
# plan, a station's broadcast-accident reporting rules, a county station's playout-room rules with their emergency plan, a
# county culture-and-broadcasting bureau's plan — and a UK internet provider's complaints procedure. `h117-1`'s and
# `h117-3`'s stored copies run the text into one paragraph: they are split only before the document's own numbers
# (1.总则 … 1.4, (1) …) and after a heading; the sharing site's “1、”/“2、” page marks go. `h117-2`'s page prints the rules
# twice: the second copy (cut off) is the page's, not the document's, and goes.
LAYOUT117: dict[str, dict] = {
    "h117-1": {
        "title": "1广播电视台播出应急预案",
        "skip": [
            r"^1广播电视台播出应急预案$",
            r"^ID:\d+$",
            r"^大小:",
            r"^页数:",
            r"^时间:",
            r"^1广播电视台播出应急预案_第\d页$",
            r"^资源描述:$",
            r"^《1广播电视台播出应急预案》由会员上传分享",
        ],
        "sub": [(r"(?m)^1、(?=1\.总则)", ""), (r"\(2\)\n\n2、", "(2)")],
        "split": r"(?<=1\.总则)|(?=1\.[1-4](?:目的|工作原则|编制依据|适用范围))|(?<=1\.1目的)|(?<=1\.2工作原则)|(?<=1\.3编制依据)|"
        r"(?<=1\.4适用范围)|(?=\([1-5]\))",
        "headings": [(r"^1\.总则$", 1), (r"^1\.[1-4](目的|工作原则|编制依据|适用范围)$", 2)],
    },
    "h117-2": {
        "title": "安全播出事故报告管理制度",
        "strip": [r"(?s)(?<=并接受上级的处理意见。)\n+安全播出事故报告管理制度\n.*$"],
        "skip": [r"^安全播出事故报告管理制度$"],
        "headings": [(r"^[一二三]、(报告程序|报告内容|重大事故处置)$", 1)],
    },
    "h117-3": {
        "title": "XX县广电台播出机房安全播出管理规定",
        "skip": [
            r"^预览加载中",
            r"^\d/6$",
            r"^在线预览结束",
            r"^如果您无法下载资料",
            r"^[123]、(部分资料下载|已购买过的文档|资料包下载后)",
        ],
        "strip": [r"(?m)^XX县广电台播出机房安全播出管理规定(?=为了保证)"],
        "split": r"(?=一广播电视安全播出应急预案)|(?<=一广播电视安全播出应急预案)(?=为了保障)|(?=1\.电视安全播出应急预案)|"
        r"(?<=1\.电视安全播出应急预案)|(?=\([1-4]\))",
        "headings": [(r"^一广播电视安全播出应急预案$", 1), (r"^1\.电视安全播出应急预案$", 2)],
    },
    "h117-4": {
        "title": "青神县文化广播影视新闻出版局广播电视安全播出突发事件应急预案",
        "skip": [r"^青神县文化广播影视新闻出版局广播电视安全播出突发事件应急预案$", r"^日期:", r"^分享:"],
        "headings": [(r"^1\.总则$", 1), (r"^1\.(1\.目的|2工作原则|3编制依据)$", 2)],
    },
    "h117-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^(Complaints Timing|How do I make a formal complaint\?|What happens next\?)$", 1)],
    },
}


# The hundred-and-eighteenth held-out set (plans/heldout118/): fuel and energy retail and services: a provincial power
# company's rules on complaints and reports, a gas company's notice with its service rules, two petrol-station emergency
# procedures and a UK energy company's complaints page. `h118-1`'s stored copy runs the rules into three chunks marked
# 1、2、3、 by the sharing site, which break sentences: the marks go and the chunks are joined again, then split only
# before the chapters, the articles and the items (一)…(十) of 第六条. `h118-3`'s page number and the sharing site's line
# inside a sentence go. `h118-4`'s stored text starts at 3.1 (no title of its own); `h118-5` has no heading, its title is
# the page's (from its address).
LAYOUT118: dict[str, dict] = {
    "h118-1": {
        "title": "电力公司行风投诉举报管理办法",
        "skip": [
            r"^欢迎来到天天文库$",
            r"^浏览记录$",
            r"^ID:6427154$",
            r"^大小:",
            r"^页数:",
            r"^时间:2018-01-13$",
            r"^《电力公司行风投诉举报管理办法》由会员上传分享",
            r"^电力公司行风投诉举报管理办法$",
        ],
        "sub": [(r"\n[23]、", ""), (r"(?m)^1、(?=电力公司)", "")],
        "split": r"(?=第[一二三四五六七八九十]+章)|(?=第[一二三四五六七八九十]+条)|(?<=总则)|(?<=章受理)|(?=\([一二三四五六七八九十]\))",
        "headings": [(r"^第[一二]章(总则|受理)$", 1)],
    },
    "h118-2": {
        "title": "关于印发《服务管理办法(修订)》《客户经理制度(修订)》《用户投诉管理办法(修订)》的通知",
        "skip": [r"^关于印发《服务管理办法\(修订\)》《客户经理制度\(修订\)》《用户投诉管理办法\(修订\)》的通知$"],
        "headings": [(r"^服务管理办法\(修订\)$", 1), (r"^第[一二]章 (总则|职责分工)$", 2)],
    },
    "h118-3": {
        "title": "加油站油品数质量纠纷应急处理流程",
        "skip": [r"^加油站油品数质量纠纷应急处理流程$"],
        "sub": [(r"样品\n1 / 3\n传播优秀Word版文档 ,希望对您有帮助,可双击去除!\n均应", "样品均应")],
        "headings": [],
    },
    "h118-4": {
        "title": None,
        "headings": [(r"^3\.[1-3]、", 1)],
    },
    "h118-5": {
        "title": "Making a complaint if we get things wrong",
        "english": True,
        "headings": [],
    },
}


LAYOUT119: dict[str, dict] = {
    "h119-1": {
        "title": "北京华康公益基金会应急方案",
        "skip": [r"^北京华康公益基金会应急方案$", r"^2019-03-19 14:59:26$"],
        "headings": [(r"^[一二三四]、(指导思想|适用范围|组织领导|工作职责)$", 1)],
    },
    "h119-2": {
        "title": None,
        "headings": [
            (r"^[一二三]、\s*(目的|应急处置组织架构|应急处置流程)$", 1),
            (r"^[123]、(应急响应团队|角色和职责|事件的辨识和报告|紧急响应和调查|应急处置措施)$", 2),
        ],
    },
    "h119-3": {
        "title": "深圳市投资商会——应对投资行业突发事件预案",
        "skip": [r"^深圳市投资商会$", r"^深圳市投资商会——应对投资行业突发事件预案$", r"^发布时间:", r"^浏览量:"],
        "headings": [(r"^[一二]、(总则|事件等级)$", 1), (r"^[123],(目的|工作原则|适用范围)$", 2)],
    },
    "h119-4": {
        "title": "鹤山市红十字会突发公共事件应急预案",
        "skip": [r"^欢迎来到鹤山市红十字会网站$", r"^您现在的位置:", r"^鹤山市红十字会突发公共事件应急预案$"],
        "headings": [
            (r"^[12]\. (总则|组织体系及职责任务)$", 1),
            (r"^(1\.[1-4] (目的|工作原则|编制依据|适用范围)|2\.[12] 应急(工作领导及指挥机构|执行机构及职责任务))$", 2),
        ],
    },
    "h119-5": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Complaints$"],
        "headings": [],
    },
}


# The hundred-and-twentieth held-out set (plans/heldout120/): plans of organisations for group complaints and group
# petitions (群体上访, 集体投诉) — a heating company's service-crisis plan, a school's petition plan, a company's plan for
# petitions, a city trade union federation's plan for workers' group petitions — and an Australian electricity
# distributor's dispute resolution process. `h120-1` has no title stored; `h120-2`'s line of members broken in two is
# joined again; the sharing sites' notices and the reposting site's source line are left out.
LAYOUT120: dict[str, dict] = {
    "h120-1": {
        "title": None,
        "headings": [
            (r"^[一二三四]、(指导思想|供热服务危机类型|供热服务应急处理分工|应急响应)$", 1),
            (r"^\([一二三]\)(一般危机|重要危机|重大危机)$", 2),
        ],
    },
    "h120-2": {
        "title": "学校信访工作应急预案",
        "skip": [r"^- (258|0|约2\.15千字|约 5页|2019-05-26 发布于江西|举报)$", r"^学校信访工作应急预案$"],
        "rejoin": [r"(?<=马金红)\n(?=张春晖)"],
        "headings": [
            (r"^[一二三]、(预案适用范围|应急指导原则|应急组织机构)$", 1),
            (r"^\([一二]\)信访工作领导小组主要(成员|职责)$", 2),
        ],
    },
    "h120-3": {
        "title": "人员上访事件应急处置预案",
        "skip": [
            r"^企业上访事件应急处置预案\.doc$",
            r"^[1-4]\. [1-4]、",
            r"^查看更多$",
            r"^人员上访事件应急处置预案$",
        ],
        "headings": [(r"^第一章总则$", 1)],
    },
    "h120-4": {
        "title": "长沙市总工会处置职工群体性*事件预案",
        "skip": [r"^长沙市总工会处置职工群体性\*事件预案$", r"^www\.pmceo\.com-物业经理人$"],
        "headings": [(r"^[一二]、(适用范围|组织领导)$", 1)],
    },
    "h120-5": {
        "title": "Dispute resolution process",
        "english": True,
        "skip": [r"^Dispute resolution process$", r"^Contact usDispute resolution process$", r"^Documents and resources$"],
        "headings": [(r"^(We welcome your feedback|Lodging a complaint)$", 1), (r"^Step [123]$", 2)],
    },
}


# The hundred-and-twenty-first held-out set (plans/heldout121/): customer complaint procedures with deadlines, any
# sector: two heating companies, a water company, a company's after-sales "1372" rapid response and an Irish bank's
# complaints steps. `h121-1`'s stored copy runs the rules into one paragraph (with the sharing site's stray spaces): it is
# split only before the document's own numbers (一、…四、, (一)…(三), 1.…3.) and after the two sub-headings; `h121-2`
# and `h121-3` have no title of their own in the stored text; `h121-4`'s page was turned into traditional characters by
# the site and opens with its location bar (left out).
LAYOUT121: dict[str, dict] = {
    "h121-1": {
        "title": "用户投诉处理制度",
        "strip": [r"^用户投诉处理制度(?=为了)"],
        "split": r"(?<=。)(?=[一二三四]、)|(?=\([一二三]\))|(?<=原则)(?=1\.)|(?<=依据)(?=1\.)|(?<=。)(?=[23]\.)",
        "headings": [
            (r"^[一二三四]、(处理用户投诉的原则和依据|用户投诉处理工作的管理|投诉的接待|投诉处理的流程)$", 1),
            (r"^\([一二]\)(处理原则|处理依据)$", 2),
        ],
    },
    "h121-2": {
        "title": None,
        "skip": [r"^扫一扫在手机上查看当前页面$", r"^您访问的链接即将离开"],
        "headings": [(r"^[一二三四]、(受理部门:|受理内容:|受理方法:|投诉处理工作要求)$", 1)],
    },
    "h121-3": {
        "title": None,
        "headings": [(r"^[一二三]、(投诉处理范围|投诉处理方法|投诉处理要求)$", 1)],
    },
    "h121-4": {
        "title": "售后服務1372快速反應機制",
        "skip": [r"^您所在地的位置:", r"^售后服務1372快速反應機制$"],
        "headings": [(r"^(1小時反應|3小時回復|72小時解決)$", 1)],
    },
    "h121-5": {
        "title": "Making a complaint about your account",
        "english": True,
        "skip": [r"^Making a complaint about your account$", r"^Was this article helpful\?$"],
        "headings": [
            (
                r"^[1-5]\. (Submit your complaint|We’ll acknowledge your complaint within 5 business days after the date "
                r"we receive your complaint|We’ll look into what’s happened|We’ll tell you what we’ve found|"
                r"If you’re not happy)$",
                1,
            )
        ],
    },
}


# The hundred-and-twenty-second held-out set (plans/heldout122/): organisations' own emergency plans found by kind of
# document across sectors (a building group's fire plan, a company's command-post duties, a water group's leading group,
# a company's rescue duties and plan rules) and a Canadian hospital foundation's complaints policy. None of the four
# Chinese copies keeps its title, so none is made up (`title` None). `h122-2` and `h122-4` run the text into one paragraph:
# it is split only before and after the groups' names and before their numbered items; `h122-4`'s page-break residue
# (a line break and an “f”) goes.
_H122_2 = "副总指挥副总经理|抢险救援组生产主管|疏散警戒组行政主管|医疗救护组仓库主管|通讯联络组前台|后勤保障组财务主管"
LAYOUT122: dict[str, dict] = {
    "h122-1": {
        "title": None,
        "headings": [(r"^(应急预案的任务和目标|火灾事故应急救援组织机构)$", 1)],
    },
    "h122-2": {
        "title": None,
        "split": rf"(?=(?:{_H122_2}))|(?<=副总经理)(?=\(1\))|(?<=主管)(?=其任务|\(1\))|(?<=前台)(?=其任务)|(?<=[;。])(?=\(\d\))",
        "headings": [(rf"^({_H122_2})$", 1)],
    },
    "h122-3": {
        "title": None,
        "skip": [r"^朗读$"],
        "headings": [(r"^[一二]、集团应急管理工作领导小组(办公室)?主要职责$", 1)],
    },
    "h122-4": {
        "title": None,
        "sub": [(r"进行\nf现场", "进行现场"), (r"\nf(?=\(4\)|三、)", "")],
        "split": r"(?=[6-9](?:信息发布组|物资供应组|应急救援队职责|事故发生单位))|(?<=职责\(办公室\))|(?<=职责\(财务部\))"
        r"|(?<=救援队职责)|(?<=单位职责)|(?=\(\d\)、)|(?=三、应急计划)|(?<=管理制度。)|(?=2应急预案编制)",
        "headings": [
            (r"^三、应急计划管理制度。$", 1),
            (r"^[6-9](信息发布组职责\(办公室\)|物资供应组职责\(财务部\)|应急救援队职责|事故发生单位职责)$", 2),
        ],
    },
    "h122-5": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [
            (r"^(Receipt of Complaints|Response and Resolution)$", 1),
            (r"^(Verbal Complaints|Written Complaints)$", 2),
        ],
    },
}


# The hundred-and-twenty-third held-out set (plans/heldout123/): complaint-handling rules of organisations of any sector
# with articles (第一条 …): a property company's rules for its service-quality hotline, two listed companies' rules for
# investor complaints, a tobacco bureau's rules for complaints and reports, and a US company's complaint resolution
# procedure for its employees. `h123-1`'s stored copy runs the rules into one paragraph: it is split only before the
# articles and their items (1) …; the PDF line breaks of `h123-2` and `h123-3` are joined again inside a paragraph.
LAYOUT123: dict[str, dict] = {
    "h123-1": {
        "title": "物业服务质量监督热线管理规定",
        "strip": [r"^物业服务质量监督热线管理规定(?=第一条)"],
        "split": r"(?=第[一二三]条)|(?=\([1-4]\))",
        "headings": [(r"^第[一二三]条", 1)],
    },
    "h123-2": {
        "title": "投资者投诉处理工作制度(2025 年 11 月)",
        "skip": [r"^公告日期:2025-11-12$", r"^投资者投诉处理工作制度\(2025 年 11 月\)$"],
        "join": r"^(第[一二三四五六七八九十]+[章条]|\([一二三四五六七八九十]\)|公司与投资者)",
        "headings": [(r"^第[一二]章 (总则|责任部门及工作职责)$", 1)],
    },
    "h123-3": {
        "title": "通裕重工股份有限公司投资者投诉处理工作制度",
        "skip": [
            r"^通裕重工: 通裕重工股份有限公司投资者投诉处理工作制度\(2025年12月\)$",
            r"^来源:证券之星",
            r"^关注证券之星官方微博:$",
            r"^通裕重工股份有限公司投资者投诉处理工作制度$",
        ],
        "join": r"^(第[一二三四五六七八九十]+[章条]|\(2025 年 12 月\))",
        "headings": [(r"^第[一二]章 (总则|工作机制与人员安排)$", 1)],
    },
    "h123-4": {
        "title": "投诉举报处理制度",
        "skip": [r"^文档库 最新最全的文档下载$", r"^当前位置:文档库", r"^投诉举报处理制度$"],
        "join": r"^(第[一二三]条|\([一二三]\)|[1-9]、)",
        "headings": [
            (r"^第[一二三]条(制定投诉举报处理制度的依据|受理投诉举报的组织机构|投诉举报组织机构的责任)$", 1),
            (r"^\(一\)市局投诉举报工作领导小组办公室$", 2),
        ],
    },
    "h123-5": {
        "title": "Complaint Resolution",
        "english": True,
        "headings": [(r"^(First Step: Immediate Supervisor|Second Step: Department Head|Final Step: Human Resources)$", 1)],
    },
}


# The hundred-and-twenty-fourth held-out set (plans/heldout124/): service commitments and complaint rules that say who
# answers a complaint and within how long, of organisations of any sector: a car-dealer group's complaint rules, a gas
# company's and a water company's service commitments, an online-marketing company's service commitment and a UK
# housing association's complaints procedure. The hosting pages' furniture goes; `h124-4`'s line broken inside item 9
# is joined again; `h124-4` has no heading of its own: its Word title says what the page is (服务承诺).
LAYOUT124: dict[str, dict] = {
    "h124-1": {
        "title": "客户投诉管理制度",
        "skip": [
            r"^客户投诉管理制度$",
            r"^时间:2023-06-29",
            r"^在现实社会中,制度的使用频率",
            r"^客户投诉管理制度1$",
        ],
        "headings": [(r"^(1\. 总则|2\.客户投诉处理流程)$", 1)],
    },
    "h124-2": {
        "title": "服 務 承 諾",
        "skip": [r"^寶明燃氣服務承諾$", r"^2019-03-11 來自:", r"^服 務 承 諾$"],
        "headings": [(r"^[一二三四五六七]、(服務形象|供氣承諾|包裝承諾|安全保障|運營保障|抄收承諾|投訴處理)$", 1)],
    },
    "h124-3": {
        "title": "服务承诺",
        "skip": [
            r"^关于我们$",
            r"^ABOUT US$",
            r"^全部分类$",
            r"^服务承诺$",
            r"^- (分类|发布时间|访问量):",
            r"^概要:$",
            r"^详情$",
            r"^扫二维码用手机看$",
        ],
    },
    "h124-4": {
        "title": "服务承诺",
        "skip": [r"^/m/show\.aspx"],
        "join": r"^[1-9]、",
    },
    "h124-5": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Complaints procedure$"],
        "headings": [
            (r"^(Purpose|THE COMPLAINTS PROCESS|1\. How to access the Complaints Procedure)$", 1),
            (r"^Within \d+ (working )?days", 2),
        ],
        "bullet": r"^- ",
    },
}


# The hundred-and-twenty-fifth held-out set (plans/heldout125/): organisations' own on-site procedures for incidents,
# searched by kind of document across sectors: a Beijing shopping mall's procedure for suspicious objects and bomb
# threats, a building management office's procedure for fights, a hotel's plan for power cuts, a named hotel's plan for
# people trapped in a lift, and a UK academy trust's complaints procedure. The stored copies of `h125-1`, `h125-3` and
# `h125-4` run the text into one paragraph: it is split only before the document's own numbering (1.目的, 3.1, 4.1.1;
# (一), 1 、, ( 1 ); 一、, 1、) and after a heading that the copy ran into its first item.
LAYOUT125: dict[str, dict] = {
    "h125-1": {
        "title": "商场各类可疑物及炸弹恐吓事件处理流程",
        "strip": [r"^商场各类可疑物及炸弹恐吓事件处理流程(?=1\.目的)"],
        "split": r"(?=[2-4]\.(?:适用范围|职责|工作程序))|(?<=^1\.目的)|(?<=2\.适用范围)|(?<=3\.职责)|(?<=4\.工作程序)"
        r"|(?=3\.[1-4] ?(?:保安|客服|工程))|(?=4\.1各部门)|(?=4\.1\.\d)",
        "headings": [(r"^[1-4]\.(目的|适用范围|职责|工作程序)$", 1)],
    },
    "h125-2": {
        "title": "殴斗应急处理规程",
        "skip": [
            r"^\(www\.fang668\.com\) 专业的工程资料网站$",
            r"^建筑文章频道 :",
            r"^当前位置: ",
            r"^殴斗应急处理规程$",
            r"^http://www\.fang668\.com 日期:",
            r"^殴斗应急处理规程,保安管理",
        ],
        "headings": [(r"^\(一\) 殴斗应急处理程序 :$", 1), (r"^\(二\)殴斗应急处理方案:$", 1)],
    },
    "h125-3": {
        "title": "停电应急处理方案",
        "skip": [r"^星级酒店宾馆饭店停电应急预案$"],
        "strip": [r"停电应急处理方案 +(?=\(一\))"],
        "split": r"(?<=正常停电) +| +(?=\d 、)| +(?=\( \d \))|(?<=保卫部) +(?=安排)",
        "headings": [(r"^\(一\)正常停电$", 1), (r"^\d 、(工程部|前厅部|房务部|保卫部|餐厅|后厨)$", 2)],
    },
    "h125-4": {
        "title": "悦兰达酒店应急预案",
        "strip": [r"^精选优质文档-倾情为你奉上悦兰达酒店应急预案"],
        "split": r"(?<=电梯困人应急预案)(?=1、)|(?=[2-5]、(?:总台人员|安保部经理|工程部|若工程部))",
        "headings": [(r"^一、电梯困人应急预案$", 1)],
    },
    "h125-5": {
        "title": "Complaint - Academy/School",
        "english": True,
        "skip": [r"^Complaint - Academy/School$"],
        "headings": [(r"^Stage [12]: (Informal|Formal Complaint)$", 1)],
    },
}


LAYOUT126: dict[str, dict] = {
    "h126-1": {
        "title": "投诉处理办法和流程",
        "strip": [r"(?m)^投诉处理办法和流程(?=目的:)"],
        "skip": [r"^投诉处理流程$", r"^- 格式:docx$", r"^- 大小:", r"^- 文档页数:"],
        "split": r"(?=[1-4]、(?:业务人员记录|判断投诉|责任部门分析|实施处理方案))|(?=[1-4]\.1(?:当|业务|各))|(?=●涉及到大额)",
        "bullet": r"^●",
        "headings": [
            (r"^一、投诉处理步骤:$", 1),
            (r"^[1-4]、(业务人员记录投诉内容|判断投诉是否成立|责任部门分析投诉原因|实施处理方案、回访并收集客户意见)$", 2),
        ],
    },
    "h126-2": {
        "title": "业主(住户)投诉的处理规定",
        "skip": [r"^业主\(住户\)投诉的处理规定$", r"^Pm86\.Com$", r"^2009-11-22 12:07:34$", r"^收藏$", r"^下一篇$"],
        "headings": [],
    },
    "h126-3": {
        "title": "客户投诉处理五个流程",
        "strip": [r"宝岛优品—倾心为你打造精品文档", r"^客户投诉处理五个流程"],
        "split": r"(?=客户投诉处理流程[一二三四五]:)",
        "headings": [],
    },
    "h126-4": {
        "title": "某业主投诉处理管理制度",
        "strip": [r"^某业主投诉处理管理制度"],
        "split": r"(?=[1-3]\. (?:总则|投诉受理|投诉处理))|(?=[23]\.[1-4] 投诉)|(?=[1-4]\. (?:初步核实|解决方案|解决结果))|(?=• )",
        "join": r"^([1-4]\. |[23]\.[1-4] |• )",
        "headings": [
            (r"^[1-3]\. (总则|投诉受理|投诉处理(?!程序))", 1),
            (r"^[23]\.[1-4] 投诉", 2),
        ],
    },
    "h126-5": {
        "title": "Complaint Classification & Escalation Guidelines",
        "english": True,
        "sub": [
            (r"\| Note: \|\n", "Note: "),
            (r" \|\n", "\n"),
            (r"and\nEnquiries", "and Enquiries"),
            (r"and Level\n4 complaints", "and Level 4 complaints"),
            (r"without\nTIO involvement", "without TIO involvement"),
        ],
        "rejoin": [r"(?<=[^.:|\n])\n(?=[a-z(‘])"],
        "skip": [r"^Complaint Classification & Escalation Guidelines$", r"^Click here for a PDF version"],
        "bullet": r"^- ",
        "headings": [
            (r"^[12]\. (Definition of Complaints and Enquiries|Complaint characteristics)$", 1),
            (r"^2\.1 Level 1 Complaint characteristics$", 2),
        ],
    },
}


# The hundred-and-twenty-seventh held-out set (plans/heldout127/): complaint and after-sales rules that name money
# amounts a post may pay or approve, found by kind of document: an e-commerce platform's after-sales rules (补偿权限 by
# post), a supermarket's complaint compensation standards, a hotel's powers for its assistant lobby manager, a retail
# chain's graded authority for complaints, and a UK train operator's complaints page. The stored texts give each table
# row on one line with the cells run together by spaces, so the rows stay paragraphs (the cell boundaries are lost).
LAYOUT127: dict[str, dict] = {
    "h127-1": {
        "title": "售后问题处理规范",
        "skip": [r"^《售后问题处理规范》\(修订\)公示通知\(2022-7-15\)$", r"^售后问题处理规范$"],
        "headings": [(r"^[一二三]、(适用范围|处理权限|处理类型)$", 1), (r"^1、(退货权限|补偿场景及处理)$", 2)],
    },
    "h127-2": {
        "title": "客戶處理標準與流程",
        "skip": [r"^特黄特色的大片", r"^客戶處理標準與流程$"],
        "headings": [(r"^Content and procedure of complaint publicity$", 1)],
    },
    "h127-3": {
        "title": "大堂副理的工作權(quán)限",
        "skip": [
            r"^国产成人做受免费视频",
            r"^年最新大堂副理崗位職責\(zé\)及工作流程$",
            r"^大風\(fēng\)車考試網\(wǎng\)$",
            r"^2017年最新大堂副理崗位職責\(zé\)及工作流程$",
            r"^大堂副理的工作權\(quán\)限$",
        ],
        "split": r"(?<=。)(?=3、)",
    },
    "h127-4": {
        "title": "连锁零售门店怎么分级授权处理客诉及突发事件",
        "skip": [r"^连锁零售门店怎么分级授权处理客诉及突发事件$"],
        "split": r"(?<=:)(?=1、涉及)|(?<=;)(?=[23]、)",
        "headings": [(r"^[一二三]、", 1)],
    },
    "h127-5": {
        "title": "Making a complaint",
        "english": True,
        "skip": [r"^Skip to main content$", r"^Making a complaint$"],
        "bullet": r"^\s*• ",
        "headings": [
            (
                r"^(What to include with your complaint|Helping you make a complaint|Responding to complaints"
                r"|Complaints handling performance|Complaints handling performance in previous years"
                r"|Complaints Handling Procedure|Rail Ombudsman)$",
                1,
            )
        ],
    },
}


LAYOUT128: dict[str, dict] = {
    "h128-1": {
        "title": "呼叫中心的客戶投訴的處理和上報",
        "skip": [
            r"^双性猛男",
            r"^捷訊通信$",
            r"^服務熱線: 4007-188-668 免費試用$",
            r"^呼叫中心的客戶投訴的處理和上報$",
            r"^來源: 捷訊通信",
        ],
        "headings": [(r"^呼叫中心$", 1)],
    },
    "h128-2": {
        "title": "服務投訴管理制度",
        "skip": [
            r"^- 公司客戶服務投訴管理制度 推薦度:$",
            r"^- 相關推薦$",
            r"^服務投訴管理制度$",
            r"^隨著社會不斷地進步",
            r"^服務投訴管理制度1$",
        ],
        "split": r"(?<=。)(?=2、1、3)|(?<=。)(?=2、2對)",
        "headings": [(r"^[12]、(投訴的受理|投訴的調查處理)$", 1), (r"^2、[12]對", 2)],
    },
    "h128-3": {
        "title": "Resolving complaints",
        "english": True,
        "skip": [],
        "headings": [(r"^(What we cover|What you can expect to happen)$", 1), (r"^Step [1-4]$", 2)],
    },
}


LAYOUT129: dict[str, dict] = {
    "h129-1": {
        "title": "安徽医科大学附属口腔医院医疗纠纷及投诉处理接待制度",
        "skip": [r"^安徽医科大学附属口腔医院医疗纠纷及投诉处理接待制度$"],
        "split": r"(?=[2-5](?:范围|定义|职责|内容)\d)|(?<=^1目的)|(?<=\d范围)(?=21)|(?<=\d定义)(?=31)|(?<=\d职责)(?=41)|"
        r"(?<=\d内容)(?=51)|(?=4[2-4](?:办公室|总务科|责任科室):)|(?<=受理原则:)(?=511)|(?<=原则:)(?=513)",
        "headings": [
            (r"^[1-5](目的|范围|定义|职责|内容)$", 1),
            (r"^51医疗投诉受理原则:$", 2),
        ],
    },
    "h129-2": {
        "title": "投诉纠纷顾客处理流程",
        "skip": [
            r"^全文预览$",
            r"^(整形医院)?投诉纠纷顾客处理流程$",
            r"^上传者:",
            r"^文档介绍$",
            r"^(收藏|分享|举报|下载此文档)$",
        ],
        "split": r"(?<=^投诉纠纷顾客处理流程)|(?<=客人)(?=客服经理\(电话)|(?=客服经理\()|(?=客服主管[(,])|(?=协商不了)|"
        r"(?=(?:普通|严重|重大)投)|(?<=(?:普通|严重|重大)投)|(?<=[)。])(?=诉纠纷)|(?<=[)。]诉纠纷)|(?=如营销总监)|"
        r"(?=客服将投诉)|(?=客服部回复)|(?=长沙市医学会)|(?=客服部配合)|(?=按照鉴定结果)|(?=客服存档)|(?=备注:)|(?<=备注:)|(?=2、“退费)",
        "headings": [(r"^备注:$", 1)],
    },
    "h129-3": {
        "title": "医美整形顾客修复、转项目作业SOP流程",
        "skip": [r"^医美整形顾客修复、转项目作业SOP流程$", r"^合集下载$", r"^\d\. [123]、"],
        "headings": [
            (r"^[345]\.(双方协商方案|修复单生效|统计报表)$", 1),
            (r"^3\.[34]\.(服务质量投诉|医疗质量投诉):$", 2),
        ],
    },
    "h129-4": {
        "title": "医疗机构投诉举报接待制度",
        "skip": [r"^医疗机构投诉举报接待制度$", r"^医院总值班:", r"^单位地址:", r"^交通指引:", r"^Copyright"],
        "headings": [],
    },
    "h129-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "bullet": r"^• ",
        "headings": [
            (r"^(Practice procedures|The important time scales are|Complaining on behalf of someone else)$", 1),
        ],
    },
}


LAYOUT130: dict[str, dict] = {
    "h130-1": {
        "title": "饮食服务中心关于处理食堂投诉的规定",
        "skip": [r"^饮食服务中心关于处理食堂投诉的规定$"],
        "headings": [
            (r"^[一二三四五]、(适用范围|举报投诉报告类型|处罚种类|投诉处理流程|投诉情况应用)$", 1),
            (r"^\((一|二)\)(现场投诉。|其他类型投诉)$", 2),
        ],
    },
    "h130-2": {
        "title": "师生投诉处置制度",
        "skip": [r"^师生投诉处置制度$"],
    },
    "h130-3": {
        "title": "职业学院食堂投诉受理制度",
        "split": r"(?<=^职业学院食堂投诉受理制度)(?=为规范)",
        "skip": [r"^职业学院食堂投诉受理制度$"],
    },
    "h130-4": {
        "title": "学院后勤管理处食品安全事故防治应急处理预案",
        "sub": [(r"群\n2、防群控", "群防群控"), (r"(?m)^1、(?=学院后勤管理处)", "")],
        "split": (
            r"(?<=应急处理预案)(?=为了)|(?<=。)(?=一、总则)|(?<=一、总则)(?=一旦)|(?<=。)(?=二、适用范围)"
            r"|(?<=二、适用范围)(?=本预案)|(?<=。)(?=三、组织领导)|(?<=职责分工)(?=\(一\))"
            r"|(?<=应急领导小组)(?=组长)|(?<=处长)(?=副组长)|(?<=副处长)(?=成员)|(?<=工作人员)(?=根据)"
            r"|(?<=。)(?=\(二\))|(?<=。)(?=学院发生)"
        ),
        "skip": [
            r"^学院后勤管理处食品安全事故防治应急处理预案\.docx$",
            r"^《学院后勤管理处食品安全事故防治应急处理预案\.docx》由会员分享",
            r"^学院后勤管理处食品安全事故防治应急处理预案$",
        ],
        "headings": [
            (r"^[一二三]、(总则|适用范围|组织领导与职责分工)$", 1),
            (r"^\(一\)校园内突发重大食品安全事故应急领导小组$", 2),
        ],
    },
    "h130-5": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "bullet": r"^\s*• ",
        "headings": [
            (r"^(Purpose of This Policy|How to Submit a Complaint|What to Expect)$", 1),
            (
                r"^(Required Information|Processing Time:|Acknowledgment:|Investigation:|Response:"
                r"|Possible Resolutions:)$",
                2,
            ),
        ],
    },
}


# The hundred-and-thirty-first held-out set (plans/heldout131/): transport companies' own plans and procedures, found
# by kind of document: a company's vehicle traffic-accident plan with a named leading group, a unit's traffic-accident
# plan with a safety section and named leaders, a training team's plan for its staff commuter buses, a bus company's
# service-quality complaint rules, and a Welsh bus company's customer charter. The sharing sites ran three of them into
# one paragraph (h131-2 in three preview pages cut mid-sentence); they are split again only before the document's own
# numbering and posts, or after a heading run into its text, and h131-2's page pieces are joined where they were cut.
LAYOUT131: dict[str, dict] = {
    "h131-1": {
        "title": "车辆交通事故应急预案",
        "strip": [r"(?m)^车辆交通事故应急预案(?=一、)"],
        "skip": [r"^资源预览内容$", r"^第\d页 / 共4页$", r"^亲,该文档总共", r"^资源描述$"],
        "split": r"(?=[一二三四五]、(?:编制目的|编制依据|内容与适用范围|小组成员|应急预案))|(?<=一、编制目的)"
        r"|(?<=二、编制依据)|(?<=三、内容与适用范围)|(?<=四、小组成员及主要职责:)|(?<=五、应急预案)"
        r"|(?=[1-4]\.\s?(?:事故发生后|需其它|事故调查|善后处理))|(?=应急联系方式:)",
        "headings": [
            (r"^[一二三四五]、(编制目的|编制依据|内容与适用范围|小组成员及主要职责:|应急预案)$", 1),
            (r"^\(一\)交通事故应急处理$", 2),
        ],
    },
    "h131-2": {
        "title": "交通事故应急预案",
        "strip": [r"(?m)^1、交通事故应急预案(?=为了)"],
        "sub": [(r"\n2、", ""), (r"\n3、", "")],
        "skip": [r"^《交通事故应急预案\.docx》由会员分享"],
        "split": r"(?=1领导小组及职责)|(?<=1领导小组及职责)|(?=组长:刘)|(?=副组长:)|(?=成员:陈)|(?=办公室设在)"
        r"|(?=2应急方案:)|(?<=2应急方案:)|(?=[1-4] \.[1-3])|(?=3应急程序:)|(?<=3应急程序:)|(?<=事故快速处理:)"
        r"|(?=3\.[1-3]\.[1-3])|(?=3\.2重大)|(?<=重大交通事故处理:)",
        "headings": [
            (r"^[123](领导小组及职责|应急方案:|应急程序:)$", 1),
            (r"^(4 \.1事故快速处理:|3\.2重大交通事故处理:)$", 2),
        ],
    },
    "h131-3": {
        "title": "延能化靖边培训队通勤车交通事故应急预案",
        "strip": [r"(?m)^延能化靖边培训队通勤车交通事故应急预案(?=为了)"],
        "skip": [r"^通勤车交通事故应急预案$", r"^整理文档很辛苦", r"^免费阅读已结束", r"^阅读已结束", r"^资源描述$"],
        "split": r"(?=[一二三四]、(?:组织机构|诱发交通事故|预防办法|应急处理程序))|(?<=一、组织机构)"
        r"|(?<=二、诱发交通事故的主要因素)|(?<=三、预防办法和措施)|(?<=四、应急处理程序)|(?=组长:总带队)|(?=成员:各分队)"
        r"|(?=[1-6]、(?:加强|选择|定期|做好|不准|由司机|事故车辆|处置乘车))|(?=\([12]\)(?:如有|员工))",
        "headings": [(r"^[一二三四]、(组织机构|诱发交通事故的主要因素|预防办法和措施|应急处理程序)$", 1)],
    },
    "h131-4": {
        "title": "长岛祥坤运输有限公司公交服务质量投诉处理制度",
        "skip": [r"^长岛祥坤运输有限公司公交服务质量投诉处理制度$"],
        "headings": [(r"^第[二三四五]条 投诉(方式|范围|受理|调查):$", 1)],
    },
    "h131-5": {
        "title": "Customer Charter",
        "english": True,
        "skip": [r"^Customer Charter$"],
        "headings": [
            (r"^(operate a reliable bus service|listen to our customers|communicate with our customers)$", 1),
        ],
    },
}

LAYOUT132: dict[str, dict] = {
    "h132-1": {
        "title": "第四十一节投诉处理管理制度",
        "split": r"(?<=第四十一节投诉处理管理制度)(?=1、)|(?=[2-6]、(?:适用范围|公司成立|处理原则|处理时效|应急处理程序))"
        r"|(?<=1、目的:)|(?<=2、适用范围)|(?<=4、处理原则:)|(?<=5、处理时效:)|(?<=6、应急处理程序:)"
        r"|(?=[1-4]\)(?:组织机构|职能职责|客观公正|查清事实|维护公司|满足游客|受理投诉|现场处理|提出处理方案))"
        r"|(?<=1\)组织机构)|(?<=2\)职能职责:)|(?<!副)(?=站长:)|(?=副站长:)|(?=成员:场务部)|(?=[①②③④])",
        "skip": [r"^第四十一节投诉处理管理制度$"],
        "headings": [
            (r"^[1-6]、(目的:|适用范围|处理原则:|处理时效:|应急处理程序:)$", 1),
            (r"^3、公司成立消费维权服务站,负责经营运作过程中的各种纠纷案件处理。$", 1),
            (r"^[12]\)(组织机构|职能职责:)$", 2),
        ],
    },
    "h132-2": {
        "title": "鹤山市博物馆投诉处理制度",
        "skip": [r"^您所在的位置:", r"^\[图文\]鹤山市博物馆投诉处理制度$", r"^作者:佚名"],
        "headings": [(r"^[一二三四]、(受理部门|投诉的渠道和方式|投诉的受理过程|投诉的答复和处理)$", 1)],
    },
    "h132-3": {
        "title": "",
        "bullet": r"^- ",
        "headings": [(r"^(目的和目標|意見渠道|評估和解決方案|開發意見流程)$", 1)],
    },
    "h132-4": {
        "title": "意见政策",
        "skip": [r"^意见政策$"],
        "bullet": r"^- ",
        "headings": [(r"^(目的和目标|意见渠道|评估和解决方案)$", 1)],
    },
    "h132-5": {
        "title": "Complaints policy",
        "english": True,
        "skip": [r"^Complaints policy$"],
    },
}

LAYOUT133: dict[str, dict] = {
    "h133-1": {
        "title": "住户投诉处理标准作业规程",
        "strip": [r"^住户投诉处理标准作业规程(?=1、目的)"],
        "split": r"(?<=1、目的)|(?=2、适用范围)|(?<=2、适用范围)|(?=3、职责)|(?<=3、职责)|"
        r"(?=[234]、(?:服务中心任务|管理处相关|住户服务中心))|(?=4、程序要点)|(?<=4、程序要点)|(?<=处理投诉的基本原则)|"
        r"(?=2、接待投诉作)|(?=3、投诉界定)|(?<=3、投诉界定)|(?=\([123]\)(?:重大|重要|轻微|当接到))|(?=[abc]、)|"
        r"(?=4、投诉接待)|(?<=4、投诉接待)|(?=――)",
        "headings": [
            (r"^[1-4]、(目的|适用范围|职责|程序要点)$", 1),
            (r"^[1-4]、(处理投诉的基本原则|投诉界定|投诉接待)$", 2),
        ],
    },
    "h133-2": {
        "title": "住户投诉处理工作规程",
        "skip": [r"^您好,欢迎访问三七文档$", r"^当前位置:"],
        "strip": [r"(?m)^住户投诉处理工作规程受控文件未经批准不得复制第1页共1页"],
        "split": r"(?<=1\.0目的)|(?=[2-5]\.0(?:适用范围|定义|职责|工作程序))|(?<=2\.0适用范围)|(?<=3\.0定义)|(?<=4\.0职责)|"
        r"(?<=5\.0工作程序)|(?=[345]\.[1-7][^0-9条])",
        "headings": [(r"^[1-5]\.0(目的|适用范围|定义|职责|工作程序)$", 1)],
    },
    "h133-3": {
        "title": "住宅小区住户投诉处理程序",
        "skip": [
            r"^下载此文档$",
            r"^住宅小区住户投诉处理程序\.docx$",
            r"^文档分类:",
            r"^1/3",
            r"^下载提示$",
            r"^• [123]\.",
            r"^文档列表 文档介绍$",
            r"^住宅小区住户投诉处理程序$",
            r"来自淘豆网",
        ],
        "headings": [(r"^(目的|适用范围|引用文件|职责|工作程序):$", 1)],
    },
    "h133-4": {
        "title": "集中供热服务标准",
        "skip": [r"^首页 宝鸡信息 宝鸡资讯$", r"^集中供热服务标准$", r"^\(来源:网站编辑", r"^文章正文$"],
        "split": r"(?<=提高效率。)(?=\(1\))|(?=\([2-8]\)(?:实地|核定|工程|预交|竣工|签订|建立))",
        "headings": [(r"^第[一二三]章", 1)],
    },
    "h133-5": {
        "title": "Timeframe for responses",
        "english": True,
        "skip": [r"^Timeframe for responses$"],
        "headings": [(r"^(Formal Complaint \(Stage 1\):|Internal Review \(Stage 2\):|Case closure)$", 1)],
    },
}

LAYOUT134: dict[str, dict] = {
    "h134-1": {
        "title": "**证券营业部前台业务人员客户申诉与纠纷管理规定",
        "skip": [r"^资源描述$", r"^\*\*证券营业部前台业务人员客户申诉与纠纷管理规定$"],
        "headings": [(r"^第[一二三]章 ", 1)],
    },
    "h134-2": {
        "title": "",
        "skip": [r"^400-810-5599$", r"^services@nanhuafunds\.com$"],
        "headings": [(r"^[一二]、(聯\(lián\)系方式|投訴與建議處理流程)$", 1)],
    },
    "h134-3": {
        "title": "客戶投訴回應與改善",
        "skip": [r"^客戶投訴回應與改善$", r"^TOP$", r"^• 客戶投訴回應與改善$"],
        "headings": [(r"^消費爭議處理制度$", 1)],
    },
    "h134-4": {
        "title": "統一綜合保險代理人股份有限公司金融消費爭議處理制度(含申訴程序及標準作業流程)",
        "skip": [
            r"^保戶服務$",
            r"^金融消費爭議處理$",
            r"^統一綜合保險代理人股份有限公司$",
            r"^金融消費爭議處理制度\(含申訴程序及標準作業流程\)$",
        ],
        "headings": [(r"^第[一二]條 (規範目的|適用範圍)$", 1), (r"^\(二\) 爭議類型$", 2)],
    },
    "h134-5": {
        "title": "",
        "english": True,
        "headings": [(r"^Within (48 hours|5 days|8 weeks)$", 1)],
    },
}

LAYOUT135: dict[str, dict] = {
    "h135-1": {
        "title": "网购商品投诉处理管理办法",
        "skip": [r"^网购商品投诉处理管理办法$", r"^温馨提示:", r"^8 页,", r"^本文档由 "],
        "split": r"(?=制度正文目录:)|(?=制度名称:)|(?<=电商010)(?=1\.目的:)|(?<=1\.目的:)|(?<=2\.范围:)|(?<=3\.名词解释:)"
        r"|(?<=4\.职责:)|(?<=5\.作业内容:)|(?<=5\.1处理原则:)|(?<=5\.2处理过程:)|(?<!\d)(?=[2-5]\.(?:范围|名词解释|职责|作业内容):)"
        r"|(?=[245]\.[12](?:适用|发布|分部|处理))|(?=5\.1\.[1-3])|(?=5\.2\.[12](?:电子|客服))|(?<=5\.2\.1电子商务部人员受理)"
        r"|(?=5\.2\.1\.[1-3])",
        "headings": [
            (r"^[1-5]\.(目的|范围|名词解释|职责|作业内容):$", 1),
            (r"^5\.[12](处理原则|处理过程):$", 2),
            (r"^5\.2\.[12](电子商务部人员受理|客服受理)$", 3),
        ],
    },
    "h135-2": {
        "title": "电梯维修服务管理制度",
        "skip": [r"^background image$", r"^电梯维修服务管理制度$"],
        "sub": [
            (r"(?m)^[ \t]*([1-4]) [ \t]*\n(?:[ \t]*\n)*[ \t]*(?=(?:范围|职责|一般程序):)", r"\1 "),
            (r"(?m)^[ \t]*(4\.2) [ \t]*\n(?:[ \t]*\n)*[ \t]*(?=维修:)", r"\1 "),
            (r"(?m)^[ \t]*(3\.1|4\.1) [ \t]*\n[ \t]*", r"\1 "),
            (r"(?m)^[ \t]*(3\.2)\n[ \t]*", r"\1 "),
        ],
        "join": r"^\d(\.\d)+ ",
        "headings": [(r"^[1-4] (目的|范围|职责|一般程序):$", 1), (r"^4\.2 维修:$", 2)],
    },
    "h135-3": {
        "title": "",
        "skip": [r"^background image$"],
        "join": r"^(\d、|第六条、|\([一二三]\)、)",
        "headings": [(r"^第六条、客户投诉管理制度:$", 1), (r"^1、客户投诉管理办法:$", 2)],
    },
    "h135-4": {
        "title": "",
        "headings": [(r"^(引言|步骤[一二三]:\S+)$", 1)],
    },
    "h135-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^What will happen next\?$", 1)],
    },
}

LAYOUT136: dict[str, dict] = {
    "h136-1": {
        "title": "吕蒙乡敬老院消防应急预案",
        "skip": [r"^吕蒙乡敬老院消防应急预案$"],
        "headings": [(r"^消防安全工作领导组织机构$", 1)],
    },
    "h136-2": {
        "title": "养老机构投诉管理制度",
        "strip": [r"机构养老(?=8、)"],
        "skip": [r"^养老机构投诉管理制度$", r"^版权声明:"],
    },
    "h136-3": {
        "title": "社区事务受理中心投诉反响制度",
        "strip": [r"^1、社区事务受理中心投诉反响制度 ", r"\(更多精彩文章来自“秘书不求人\)"],
        "sub": [(r"\n[23]、", "")],
        "split": r" (?=[一二三]、)| (?=[1-4]、)|(?<=一、受理部门:) ",
        "headings": [(r"^[一二三]、(受理部门:|投诉途径:|工作程序)$", 1)],
    },
    "h136-4": {
        "title": "意見表達、讚賞及投訴的處理程序",
        "skip": [r"^意見表達、讚賞及投訴的處理程序$"],
        "headings": [(r"^Comments, compliments, and complaints handling procedures$", 1)],
    },
    "h136-5": {
        "title": "Complaint Procedure",
        "english": True,
    },
}

LAYOUT137: dict[str, dict] = {
    "h137-1": {
        "title": "Emergency Procedure of Poison & Explosive threat",
        "skip": [r"^当前位置:", r"^时间:", r"^Emergency Procedure of Poison & Explosive threat$"],
        "headings": [(r"^[45]\. (处置程序Procedure|严格控制商场出入口Strict Controlling of Entrance and Exit)$", 1)],
    },
    "h137-2": {
        "title": "商场接受和处理顾客投诉的管理制度",
        "skip": [r"^商场接受和处理顾客投诉的管理制度(\.docx)?$", r"^《商场接受和处理顾客投诉的管理制度\.docx》"],
        "sub": [(r"(?m)^1、(?=商场接受)", ""), (r"(?<=理由)\n2、", "")],
        "split": r"(?=[一二三四]、)|(?<=受理程序)|(?<=[;。:])(?=[1-8]、)",
        "headings": [(r"^四、受理程序$", 1)],
    },
    "h137-3": {
        "title": "客訴處理流程操作規(guī)范",
        "skip": [r"^第一篇:", r"^客訴處理流程操作規\(guī\)范$", r"^[↓│]$"],
        "split": r"(?=貳、)|(?=叁、)",
        "headings": [
            (r"^叁、客訴處理流程:$", 1),
            (r"^[一二]、顧客.*處理流程:$", 2),
        ],
    },
    "h137-4": {
        "title": "",
        "skip": [r"^正文內", r"^超市客服部\(已改無錯字\)$", r"^2023-01-27 "],
        "strip": [r"【正文】 "],
        "split": r"(?=⑴)|(?=⑵)|(?=顧客退 /換作業)|(?<=流程描述) |(?=退換貨基本要求)|(?<=退換貨基本要求) |(?<=。) ",
        "headings": [(r"^(顧客退 /換作業\(yè\)流程描述|退換貨基本要求)$", 1)],
    },
    "h137-5": {
        "title": "Customer Service Policy",
        "english": True,
        "skip": [r"^Customer Service Policy$"],
        "headings": [(r"^[1-3]\. (Why have a policy\?|Our Customer Charter|Our customer standards)$", 1)],
    },
}

LAYOUT138: dict[str, dict] = {
    "h138-1": {
        "title": "学员投诉受理制度",
        "skip": [r"^第一篇:学员投诉受理制度$", r"^学员投诉受理制度$"],
        "split": r"(?<=[;:])(?=\(\d\)、)",
        "headings": [(r"^[一二三四]、(学员投诉内容|学员投诉方式|投诉管理|投诉处理)$", 1)],
    },
    "h138-2": {
        "title": "活动安全应急预案",
        "skip": [r"^活动安全应急预案$", r"^文件夹$", r"^总结是一堂课,"],
        "headings": [(r"^[1-3]、(应急指挥小组|医疗救援小组|现场控制小组)。$", 1)],
    },
    "h138-3": {
        "title": "高新区第一幼儿园突发舆情管理应对预案",
        "skip": [
            r"^索引号:",
            r"^公开范围:",
            r"^发布单位:",
            r"^公开方式:",
            r"^高新区第一幼儿园突发舆情管理应对预案$",
            r"^发布日期:",
        ],
        "headings": [(r"^[一二]、\S+$", 1), (r"^\([一二三四]\)\S+$", 2)],
    },
    "h138-4": {
        "title": "",
        "headings": [
            (r"^[一二三四]、\S+$", 1),
            (r"^\([一二]\)(领导小组|职责分工)$", 2),
            (r"^[1-3]、(指挥小组|医疗救援组|后勤保障组):?$", 2),
        ],
    },
    "h138-5": {
        "title": "Complaints & Compliments",
        "english": True,
        "skip": [r"^top of page$", r"^logo\.png$", r"^Complaints & Compliments$"],
        "rejoin": [r"(?<=[a-z,/])\n\n(?=[a-z]|Protection|Unit|Owner)"],
        "headings": [(r"^Internal complaints procedure$", 1), (r"^Stage [1-3]$", 2)],
    },
}

LAYOUT139: dict[str, dict] = {
    "h139-1": {
        "title": "旅客抱怨",
        "skip": [r"^跳到主要內容區塊$", r"^澎湖機場$", r"^:::目前位置:", r"^旅客抱怨$", r"^最後更新日期:"],
        "sub": [(r"(?m)^a\.[ \t]*\n[ \t]*\n[ \t]*", "a. ")],
        "headings": [(r"^[三四]、 (旅客抱怨來源與處理程序|面對旅客抱怨應有之正確態度):$", 1)],
    },
    "h139-2": {
        "title": "外遊旅客及本地旅遊服務投訴表格及須知",
        "skip": [r"^外遊旅客及本地旅遊服務投訴表格及須知$"],
        "sub": [(r"(?m)^(II|III)\.\n\s*\n(?=處理範圍|投訴須知)", r"\1.")],
        "headings": [(r"^(I\.序言|II\.處理範圍|III\.投訴須知)$", 1)],
    },
    "h139-3": {
        "title": "Complaints Handling Policy",
        "english": True,
        "skip": [r"^Complaints Handling Policy$", r"^hello\.$"],
        "headings": [(r"^(Our complaints policy|What will happen next\?)$", 1)],
    },
}

LAYOUT140: dict[str, dict] = {
    "h140-1": {
        "title": "分公司投訴處理管理辦法(試行)",
        "skip": [
            r"^亚洲成a人片",
            r"^電信投訴處理專員崗位職責",
            r"^發\(fā\)布時\(shí\)間:",
            r"^千文網",
            r"^第一篇:",
            r"^分公司投訴處理管理辦法\(試行\)$",
        ],
        "split": r" (?=[㈠⒈])",
        "headings": [(r"^一、投訴管理細\(xì\)則$", 1), (r"^㈠投訴受理的總體要求$", 2), (r"^⒈|^⒉|^⒊", 3)],
    },
    "h140-2": {
        "title": "中国电信随县分公司应急通信保障实施方案",
        "strip": [r" 1 / 28"],
        "sub": [
            (r"实施方案 (?=1 总则 1\.1 编制目的 1\.2)", "实施方案\n"),
            (r" 1 总则 1\.1 编制目的 (?=应急通信保障是指)", "\n1 总则\n1.1 编制目的\n"),
            (r"特制定本预案。 1\.2 编制依据 ", "特制定本预案。\n1.2 编制依据\n"),
            (r"规章制度。 1\.3 适用范围 ", "规章制度。\n1.3 适用范围\n"),
            (r"工作。 (?=1、重大)", "工作。\n"),
        ],
        "skip": [r"^应急通信保障应急预案\.pdfVIP$", r"^• ", r"^中国电信随县分公司应急通信保障实施方案$"],
        "headings": [(r"^1 总则$", 1), (r"^1\.[1-3] (编制目的|编制依据|适用范围)$", 2)],
    },
    "h140-3": {
        "title": "黄河科技学院校园网络用户投诉受理表",
        "sub": [
            (r"业务文档 \? 黄河科技学院校园网络用户投诉受理表 ", "业务文档 ?\n黄河科技学院校园网络用户投诉受理表\n"),
            (r" 黄河科技学院校园网用户投诉管理办法 ", "\n黄河科技学院校园网用户投诉管理办法\n"),
        ],
        "split": r" (?=[1-5]、)",
        "skip": [
            r"^黄河科技学院校网络用户投诉受理表\.doc",
            r"^• ",
            r"^现代教育技术中心网络管理科 业务文档",
            r"^黄河科技学院校园网络用户投诉受理表$",
            r"^文档评论",
            r"^1亿VIP精品文档$",
            r"^相关文档$",
        ],
        "headings": [(r"^黄河科技学院校园网用户投诉管理办法$", 1)],
    },
    "h140-4": {
        "title": "服务标准",
        "skip": [r"^Now: 首页", r"^服务标准$"],
        "headings": [],
    },
    "h140-5": {
        "title": "Complaints Code of Practice",
        "english": True,
        "skip": [r"^top of page$", r"^LinkedIn-Post", r"^Complaints Code of Practice$"],
        "headings": [(r"^Step [1-3]$", 1), (r"^Alternative Dispute Resolution \(ADR\) Process$", 1)],
    },
}

LAYOUT141: dict[str, dict] = {
    "h141-1": {
        "title": "质量查询与投诉操作规程",
        "skip": [r"^质量查询与投诉操作规程$"],
        "headings": [
            (r"^五、内容:$", 1),
            (r"^1、质量查询$", 2),
            (r"^1\.[12]、(客户对本公司的质量查询|对供货方的质量查询):$", 3),
        ],
    },
    "h141-2": {
        "title": "售后服务与投诉管理操作规程",
        "skip": [r"^当前位置:文档之家", r"^售后服务与投诉管理操作规程$"],
        "sub": [(r"(?<=有效性或)\n\n(?=设计性能)", "")],
        "split": r"(?<=分为以下几个类型:)(?=4\.1 )",
        "headings": [(r"^四、主要内容:$", 1), (r"^1、具体职责$", 2)],
    },
    "h141-3": {
        "title": "药品售后服务管理规程",
        "skip": [r"^药品售后服务管理规程$", r"^SMP-FY002药品售后服务管理规程版本号:00 共2页第2页$"],
        "sub": [
            (r"(?<=用户至上,)\n\n(?=注意社交礼仪)", ""),
            (r"(?<=\(具体样式)\n\n(?=见文件后附)", ""),
            (r"(?<=《市场信息反馈记录》)\n\n(?=\(具体样式)", ""),
            (r"(?<=转交质量管理部)\n\n(?=按照)", ""),
        ],
        "headings": [(r"^4\.内容:$", 1), (r"^4\.[12]\.(售后服务|信息反馈)$", 2)],
    },
    "h141-4": {
        "title": "抱怨處理程序",
        "skip": [r"^抱怨處理程序$", r"^意見反映$", r"^※ 還可輸入字數"],
        "headings": [(r"^[2-5]\. (現場抱怨或電話抱怨處理原則|抱怨處理形式|處理權責|後續處理)$", 1)],
    },
    "h141-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^(Time limit for making a complaint|Form of communications|Procedure before investigation)$", 1)],
    },
}

LAYOUT142: dict[str, dict] = {
    "h142-1": {
        "title": None,
        "skip": [r"^- (来源|作者|发布时间):$", r"^2021-06-17 15:21$"],
        "headings": [
            (r"^[一二三]、(指导思想和目的|组织机构和任务|组织程序)$", 1),
            (r"^[1-4]\.(灭火、应急疏散预案领导小组|灭火行动组|疏散引导组|通讯联络组|安全救护组)$", 2),
        ],
    },
    "h142-2": {
        "title": "停电事故突发事件处理预案",
        "sub": [
            (r"(?m)^1、(?=停电事故突发事件处理预案)", ""),
            (r"(?m)^2、(?=4、停电后)", ""),
            (r" 5\n3、、(?=场务员工)", "\n5、"),
        ],
        "skip": [r"^停电事故突发事件处理预案$"],
        "split": r"(?<=^停电事故突发事件处理预案) (?=突发事件处理-停电)|(?<=突发事件处理-停电) (?=1\.发现)| (?=[23]、停电后)",
        "headings": [(r"^突发事件处理-停电$", 1)],
    },
    "h142-3": {
        "title": "陕西国际商贸学院第十届阳光体育运动会安全工作预案",
        "skip": [r"^通知公告$", r"^陕西国际商贸学院第十届阳光体育运动会安全工作预案$", r"^发布时间:2017-04-14作者:$"],
        "headings": [(r"^\([一二三四]\)(突发事件处置组|会场安全保卫组|消防安全组|交通安全组)$", 1)],
    },
    "h142-4": {
        "title": "隆回县影剧院突发事件应急救援预案",
        "skip": [
            r"^【预案】隆回县影剧院突发事故应急救援预案\.docx",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^第\d页 / 共5页$",
            r"^亲,该文档总共5页",
            r"^资源描述$",
            r"^《【预案】隆回县影剧院突发事故应急救援预案\.docx》由会员分享",
            r"^隆回县影剧院突发事件应急救援预案$",
        ],
        "sub": [(r"(?m)^1、(?=隆回县影剧院突发事件应急救援预案)", ""), (r"1、\n\n2、(?=造成人员伤亡)", "1、")],
        "split": r"(?<=^隆回县影剧院突发事件应急救援预案)(?=为贯彻)|(?<=制定本应急预案。)(?=一、目的)|(?<=一、目的)(?=1、)|"
        r"(?<=;)(?=2、积极)|(?<=财产安全。)(?=二、编制依据)|(?<=二、编制依据)(?=依据)|(?<=制定本预案。)(?=三、适用范围)|"
        r"(?<=三、适用范围)(?=1、)|(?<=;)(?=[23]、)",
        "headings": [(r"^[一二三]、(目的|编制依据|适用范围)$", 1)],
    },
    "h142-5": {
        "title": "Making a complaint",
        "english": True,
    },
}

LAYOUT143: dict[str, dict] = {
    "h143-1": {
        "title": "家政服务公司客户投诉处理制度",
        "skip": [
            r"_第\d页$",
            r"^全文预览已结束$",
            r"^下载本文档$",
            r"^版权说明",
            r"^文档简介$",
            r"^家政服务公司客户投诉处理制度$",
        ],
        "sub": [
            (r"(家政服务公司客户投诉处理制度)(第一章)", r"\1\n\2"),
            (r"(第[一二三四]章(?:总则|适用范围|投诉的登记与分类|投诉处理流程))", r"\n\1\n"),
            (r"(?<=。)(?=\d\.)", "\n"),
        ],
        "headings": [(r"^第[一二三四]章\S+$", 1)],
    },
    "h143-2": {
        "title": "家政服务公司客户投诉处理制度",
        "skip": [
            r"_第\d页$",
            r"^全文预览已结束$",
            r"^下载本文档$",
            r"^版权说明",
            r"^文档简介$",
            r"^家政服务公司客户投诉处理(制度|流程)$",
        ],
        "sub": [
            (r"(家政服务公司客户投诉处理流程)(家政服务公司客户投诉处理制度)(第一章)", r"\1\n\2\n\3"),
            (r"(第[一二三四五]章(?:总则|适用范围|投诉处理的原则|投诉渠道|投诉受理流程))", r"\n\1\n"),
            (r"(?<=[。:])(?=(?:及时性|公正性|透明性|改进性|电话投诉|书面投诉|在线投诉|面对面投诉|\d\.投诉接收):)", "\n"),
        ],
        "headings": [(r"^第[一二三四五]章\S+$", 1)],
    },
    "h143-3": {
        "title": "律师事务所投诉管理制度",
        "skip": [r"^版权说明", r"^文档简介$", r"^律师事务所投诉管理制度$"],
        "sub": [
            (r"(律师事务所投诉管理制度)(一、总则)", r"\1\n\2"),
            (r"(?<=。)(?=[一二三]、)", "\n"),
            (r"(一、总则|二、投诉受理)(?=\()", r"\1\n"),
            (r"(\((?:一|二|三)\)(?:目的|适用范围|基本原则|受理渠道|受理条件|受理流程))", r"\n\1\n"),
            (r"(?<=。)(?=\d\.)", "\n"),
        ],
        "headings": [
            (r"^[一二]、(总则|投诉受理)$", 1),
            (r"^\([一二三]\)(目的|适用范围|基本原则|受理渠道|受理条件|受理流程)$", 2),
        ],
    },
    "h143-4": {
        "title": "申訴機制",
        "sub": [(r"(\(一\) 案件之受理:)", r"\1\n")],
        "headings": [(r"^\([一二三]\) 案件之\S+:$", 1)],
    },
    "h143-5": {
        "title": "Complaints Procedure",
        "english": True,
        "headings": [(r"^Stage [12] – internal procedure$", 1)],
    },
}

LAYOUT144: dict[str, dict] = {
    "h144-1": {
        "title": "徐州新城区A3-3、4号地块施工总承包三标段工程农民工工资及分包工程款支付应急预案",
        "skip": [r"^徐州新城区A3-3、4号地块施工总承包三标段工程农民工工资及分包工程款支付应急预案$"],
        "sub": [
            (r"^1、(?=徐州新城区)", ""),
            (r"在公司经理得\n2、领导下", "在公司经理得领导下"),
            (r"引发得突\n3、发事件等。", "引发得突发事件等。"),
            (
                r"(支付应急预案) (编制人: 审核人:) (中铁建设集团有限公司华东分公司第五项目部)(2013年11月20日)(目 录)",
                r"\1\n\2\n\3\n\4\n\5\n",
            ),
            (r"(?<=[\u4e00-\u9fff.\s]\d)(?=\d、)", "\n"),
            (r"(民工工资管理制度10)(?=1、工作原则)", r"\1\n"),
            (r"(1、工作原则|2、适用范围|3、项目应急组织机构)(?=坚持|本预案|\()", r"\n\1\n"),
            (r"(?<=[:;])(?=\d \))", "\n"),
            (r"(?<=。) ?(?=\(\d\)、)", "\n"),
        ],
        "headings": [(r"^[123]、(工作原则|适用范围|项目应急组织机构)$", 1)],
    },
    "h144-2": {
        "title": "劳务应急预案",
        "skip": [r"^劳务应急预案$"],
        "sub": [(r"(编制单位:北京城建北方重庆熙城项目部) (劳务应急预案)", r"\1\n\2")],
        "headings": [(r"^第一章总则$", 1)],
    },
    "h144-3": {
        "title": "交房期间业主维权突发事件应急预案",
        "skip": [r"^交房期间业主维权突发事件应急预案(汇编)?$"],
        "sub": [
            (r"(应急预案)(一、目的:)", r"\1\n\2\n"),
            (r"(?<=[。:])([二三四五]、[^:]+:)", r"\n\1\n"),
            (r"(?<=[。;:])(?=\d、)", "\n"),
            (r"(?<=。)(?=建议采取措施:)", "\n"),
            (r"(?<=:)(?=副组长:|成员:)", "\n"),
        ],
        "headings": [(r"^[一二三四五]、.+:$", 1)],
    },
    "h144-4": {
        "title": "交房应急预案",
        "skip": [
            r"^1 / 9$",
            r"^文档名称:$",
            r"^规章制度-应急预案--",
            r"^格式:docx",
            r"^下载后只包含",
            r"^如果您已付费",
            r"^分享$",
            r"^预览$",
            r"^上传人:",
            r"^下载得到文件列表$",
            r"^文档介绍$",
            r"^交房应急预案$",
        ],
        "sub": [
            (r"文档介绍:(交房应急预案)(?=小区停电)", r"\1\n"),
            (r"(?<=。)(?=->电梯困人)", "\n"),
            (r"(?<=。)(?=[三四六]、)", "\n"),
            (r"(四、业主出现脚扭伤、划伤、突发疾病等:)", r"\1\n"),
            (r"(?<=。)(?=业主故意生事)", "\n"),
            (r"(六、 交房纠纷处理预案)(?=主要为)", r"\1\n"),
            (r"(?<=[等;])(?=\([一二三]\))", "\n"),
        ],
        "headings": [(r"^三、做好消防应急准备", 1), (r"^四、业主出现脚扭伤", 1), (r"^六、 交房纠纷处理预案$", 1)],
    },
    "h144-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "rejoin": [r"(?<=raise)\n(?=this with)"],
        "headings": [
            (r"^Step [123] – ", 1),
            (r"^(What you need to provide|Our promise to you)$", 2),
        ],
    },
}

LAYOUT145: dict[str, dict] = {
    "h145-1": {
        "title": "省道125线吴江收费站堵车应急处理预案",
        "skip": [r"^收费站堵车应急处理预案 联系客服$", r"^发布时间 : 星期日", r"^省道125线吴江收费站堵车应急处理预案$"],
        "sub": [
            (r"(?m)^[羂肂莇螄肄膂螈蒆螃腿羄薂节薀蚆]", ""),  # the sharing site's stray character at the start of a paragraph
            (r"分为三级。Ⅲ级:\n\n平均", "分为三级。\nⅢ级:平均"),
        ],
        "join": r"^(\(\d\)|[一二三]、|组 长|副组长|组 员|Ⅲ级)",
        "headings": [
            (r"^[一二三]、(指导思想和要求|组织机构|堵车情况的分类、等级)$", 1),
            (r"^\([12]\)(以人为本,确保安全|防控结合,协同应对)$", 2),
        ],
    },
    "h145-2": {
        "title": "厦金直航客运码头旅客紧急疏散和救援预案",
        "skip": [
            r"^索引号:",
            r"^发布机构:",
            r"^内容概述:",
            r"^厦金直航客运码头旅客紧急疏散和救援预案$",
            r"^发布时间:2013-07-30",
            r"^厦金直航客运码头旅客$",
            r"^紧急疏散和救援预案$",
        ],
        "headings": [(r"^1 总则$", 1), (r"^1\.[12] (编制目的|工作原则)$", 2)],
    },
    "h145-3": {
        "title": "民眾抱怨﹙申訴﹚事項標準處理程序",
        "skip": [
            r"^跳到主要內容區塊$",
            r"^字型小 字型中 字型大$",
            r"^最後更新日期:",
            r"^民眾抱怨﹙申訴﹚事項標準處理程序$",
        ],
        "headings": [(r"^總 說$", 1), (r"^壹、民眾抱怨", 1), (r"^[一二三]、 民眾", 2)],
    },
    "h145-4": {
        "title": "顧客抱怨處理程序",
        "skip": [r"^跳到主要內容區塊$", r"^字型小 字型中 字型大$", r"^最後更新日期:", r"^顧客抱怨處理程序$"],
        # the flow chart, which the stored copy gives one cell a line, column by column: three columns (上級交辦,
        # 書面、網路, 口頭、電話), each with its three steps and its time, as a table of five rows
        "sub": [
            (
                r"(?m)^(上級交辦)\n" + r"(.+)\n" * 29,
                "| \\g<1> \\g<2> | \\g<3> \\g<4> | \\g<5> \\g<6> |\n| \\g<7> \\g<8> | \\g<13> \\g<14> | \\g<19> \\g<20> |\n| \\g<9> \\g<10> | \\g<15> \\g<16> | \\g<21> \\g<22> |\n| \\g<11> \\g<12> | \\g<17> \\g<18> | \\g<23> \\g<24> |\n| \\g<25> \\g<26> | \\g<27> \\g<28> | \\g<29> \\g<30> |\n",
            )
        ],
        "pipe_table": True,
        "headings": [(r"^顧客抱怨及處理程序流程表$", 1), (r"^陳情管道$", 1)],
    },
    "h145-5": {
        "title": "Community complaints procedure",
        "english": True,
        "skip": [r"^Skipped to content$", r"^Community complaints procedure$"],
        "headings": [(r"^How the complaints process works$", 1)],
    },
}

LAYOUT146: dict[str, dict] = {
    "h146-1": {
        "title": "裕民县巴尔鲁克旅游景区游客承载预警机制",
        "skip": [r"^索引号:", r"^生效日期:", r"^文 号:", r"^裕民县巴尔鲁克旅游景区游客承载预警机制$"],
        "headings": [(r"^[一二三]、(应急领导小组|预警机制目标|监测与预警指标)$", 1)],
    },
    "h146-2": {
        "title": "如皋市园林管理处突发事件应急预案",
        "skip": [r"^N$", r"^ews information$", r"^新闻资讯$", r"^如皋市园林管理处突发事件应急预案$", r"^来源:NBA九小球直播"],
    },
    "h146-3": {
        "title": None,
        "headings": [(r"^[一二]、(投诉流程:|调解工作规则)$", 1), (r"^(投诉限制|时间安排):$", 2)],
    },
    "h146-4": {
        "title": None,
        "headings": [(r"^[一二四五六]、投诉举报(受理部门|途径|受理程序|事宜)$|^五、责任追究$", 1)],
    },
    "h146-5": {
        "title": "Our Fundraising Complaints Process",
        "english": True,
        "skip": [r"^Our Fundraising Complaints Process$"],
        "headings": [(r"^Stage [123]: ", 1)],
    },
}

LAYOUT147: dict[str, dict] = {
    "h147-1": {
        "title": "质量问题投诉处理原则与技巧",
        "sub": [
            (r"(?m)^1、(?=质量问题投诉处理原则与技巧)", ""),
            (r"时\n2、效", "时效"),
            (r"库存\n3、及", "库存及"),
        ],
        "split": r"(?<=质量问题投诉处理原则与技巧)(?=一、)|(?<=如何应对:)|(?<=处理:)(?=1\. )|(?<=。)(?=2\. )|"
        r"(?<=原则)(?=[345]\. )|(?<=原则)(?=二、)|(?<=界定)(?=1\. )|(?<=以下)(?=2\. )|(?<=元)(?=3\. )|"
        r"(?<=元)(?=三、)|(?<=处理权限)|(?<=。)(?=[四五]、)|(?<=时效:)|(?<=\))(?=六、)|(?<=制度:)|"
        r"(?<=\))(?=2\.质量)|(?<=流程:)",
        "skip": [r"^质量问题投诉处理原则与技巧$"],
        "headings": [(r"^[一二三四五六]、 ", 1)],
    },
    "h147-2": {
        "title": None,
        "split": r"(?<=[;:。)])(?=\.)|(?<=\.(?:目的|范围|定义|职责):)|(?<=\.要求)|(?<=\.要求总则)|(?=“”如果属于)|(?<=。)(?=品管部负责:)|(?<=处理。)(?=“业务主管)|"
        r"(?<=。)(?=对策进度控制)|(?<=的跟踪:)",
        "headings": [(r"^\.(目的|范围|定义|职责):$|^\.要求$", 1), (r"^总则$|^对策进度控制及实施效果的跟踪:$", 2)],
    },
    "h147-3": {
        "title": "质量异议处理管理细则",
        "skip": [r"^产品质量异议处理管理细则\.pdfVIP$", r"^•", r"^质量异议处理管理细则$"],
        "sub": [(r" 1 (?=4\. 负责协助)", " ")],
        "split": r"(?<=^质量异议处理管理细则) (?=第一章)|(?<=第一章 总 则) | (?=本管理方法)| (?=第二章)|(?<=第二章 职 责) |"
        r" (?=(?:销售部|责任部门)职责:)|(?<=职责:) | (?=\d{1,2}\. )",
        "headings": [(r"^第[一二]章 [总职] [则责]$", 1), (r"^(质保部|销售部|责任部门)职责:$", 2)],
    },
    "h147-4": {
        "title": "顾客投诉与退货品处理程序",
        "skip": [r"^ISO9001:2015\+3C客户投诉控制程序$", r"^- (格式|大小|文档页数):", r"^顾客投诉与退货品处理程序$"],
        "split": r"(?<=\(ISO9001:2015\))(?=1范围)|(?<=1范围)(?=本标准)|(?<=2规范性引用文件)(?=《)|(?<=》)(?=3定义)|"
        r"(?<=3定义)(?=市场)|(?<=4管理职责)(?=4\.1)|(?<=各模块的工作职责)(?=4\.1\.1)",
        "headings": [
            (r"^[123]\. (目的|范围|职责):$", 1),
            (r"^3\.[1-5] \S+$", 2),
            (r"^市场质量投诉应急管理规范\(ISO9001:2015\)$", 1),
            (r"^[1-4](范围|规范性引用文件|定义|管理职责)$", 2),
            (r"^4\.1市场应急机制中各模块的工作职责$", 3),
        ],
    },
    "h147-5": {
        "title": "Customer Feedback and Complaints",
        "english": True,
        "skip": [r"^2008-QOP-72-02 – Customer Feedback and Complaints$"],
        "headings": [(r"^(I|II|III) (PURPOSE|APPLICATION|PROCEDURE)$", 1), (r"^[123]\. [A-Z]", 2)],
    },
}

LAYOUT148: dict[str, dict] = {
    "h148-1": {
        "title": "加油站投诉处理管理办法",
        "skip": [
            r"^您的当前位置:首页正文$",
            r"^加油站投诉处理办法$",
            r"^2022-12-21 来源:好走旅游网$",
            r"^加油站投诉处理管理办法$",
        ],
        "split": r"(?<=投诉内容分类。) (?=1\. )| (?=\(\d\))| (?=3。 )",
        "headings": [(r"^第[一二]章 (总则|客户投诉分类)$", 1)],
    },
    "h148-2": {
        "title": "加油站应急救援预案",
        "skip": [r"^加油站应急救援预案$"],
        "split": r"(?<=^加油站应急救援预案)(?=一、)|(?<=一、加油站概况)|(?<=二、预案适用围)|(?<=三、处理原则)|"
        r"(?<=四、组织机构及职责)(?=\(一\))|(?<=设置如下:) |(?=\(二\)应急救援领导小组)|(?<=\(二\)应急救援领导小组)(?=1、)|"
        r"(?<=1、成员)|(?=成员:乐海华)|(?=2、职责)|(?<=2、职责)|(?=\( 2 \))",
        "headings": [
            (r"^[一二三四]、(加油站概况|预案适用围|处理原则|组织机构及职责)$", 1),
            (r"^\([一二]\)应急救援(组织机构设置如下:|领导小组)$", 2),
            (r"^[12]、(成员|职责)$", 3),
        ],
    },
    "h148-3": {
        "title": "灌口供銷社石油加油站防自然災害預案",
        "skip": [r"^第一篇:9、加油站防自然災害預案$", r"^灌口供銷社石油加油站防自然災害預案$"],
        "sub": [(r"做好險\n情的監護", "做好險情的監護")],
        "split": r"(?<=^二、聯防聯動單位:)",
        "headings": [(r"^[一二三四五]、(組織機構|聯防聯動單位:|主管部門電話和報警電話|防范細則|應急儲備物資)$", 1)],
    },
    "h148-4": {
        "title": None,
        "headings": [
            (r"^5\.6加油站人员烧伤、烫伤急救程序$", 2),
            (r"^[678](应急结束|应急物资和装备保障|附则)$", 1),
            (r"^(6\.[12]|8\.1)(程序终止条件|处置现场评估|演练要求)$", 2),
        ],
    },
    "h148-5": {
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [(r"^Publicised Contact Details for Complaints:$|^Receiving Complaints$|^Stage One$", 1)],
    },
}

LAYOUT149: dict[str, dict] = {
    "h149-1": {
        "title": "投诉举报处理制度",
        "skip": [r"^投诉举报处理制度$", r"^•$"],  # the title line; the stored copy ends on an empty list item
        "headings": [
            (r"^第[一二]章 ", 1),
            (r"^第[一二三四]条 ", 2),
            (r"^(客观公正|及时高效|用户至上|保密|溯源整改)原则$", 3),
            (r"^(用户投诉|商户举报|骑手申诉|其他违规举报)类$", 3),
        ],
    },
    "h149-2": {
        "title": "网络课程退换说明",
        "skip": [
            r"^网络课程退换说明$",
            r"^2018/4/19 10:17:44$",
            r"^来源:$",
            r"^2024考研人数已公布",
            r"^上一篇:",
            r"^下一篇:",
            r"^热门推荐$",
        ],
        "headings": [(r"^(退课规定|退课流程|换课规定|换课流程):$|^【备注】$", 1)],
    },
    "h149-3": {
        "title": "客诉处理",
        # the page's list marks (“  • ”) are the hosting page's; each numbered heading and its text are a list item there
        "sub": [(r"(?m)^  • ", "")],
        "skip": [r"^栏目导航$", r"^客诉处理$"],
        "headings": [(r"^[1-7]\. ?\S{4,8}$", 1)],
    },
    "h149-4": {
        "title": "突发事件应急制度",
        "skip": [r"^突发事件应急制度$"],
        "headings": [(r"^技术安全方面:$", 1), (r"^1、信息安全审核$", 2)],
    },
    "h149-5": {
        "title": "How We Handle Your Complaint",
        "english": True,
        "skip": [r"^How We Handle Your Complaint$"],
        "headings": [(r"^Level One:$", 1)],
    },
}

LAYOUT150: dict[str, dict] = {
    "h150-1": {
        "title": "网上干洗不干净有赔偿么",
        "skip": [
            r"^嗨!欢迎光临洁E库!$",
            r"^当前位置: ",
            r"^网上干洗不干净有赔偿么$",
            r"^来源:U袋洗 ",
            r"^关键字: ",
            r"^注:本文信息仅供参考$",
            r"^还可以查看更多相关信息$",
            r"^网上洗衣",
            r"^(关于我们|使用说明|配送说明|售后服务|支付方式)$",
            r"^(公司简介|新手指南|闪电取件|洗后咨询|在线支付) ",
            r"^U袋洗是广州",
        ],
        "headings": [(r"^赔付条款如下:$", 1)],
    },
    "h150-2": {
        "title": None,
        "split": r" (?=[二三四]、)",
        "headings": [(r"^[一二三四]、", 1), (r"^处理客人当面口头投诉的程序:$", 1)],
    },
    "h150-3": {
        "title": "THE GLAMOUR GARAGE — COMPLAINTS POLICY",
        "english": True,
        "sub": [(r"(?m)^-\n(?!\d\. )", "- ")],
        "bullet": r"^- ",
        "skip": [r"^Complaints Policy$", r"^📄 THE GLAMOUR GARAGE — COMPLAINTS POLICY$", r"^-$"],
        "headings": [(r"^[1-6]\. [A-Z]", 1)],
    },
}

LAYOUT151: dict[str, dict] = {
    "h151-1": {
        "title": "停车场突发事故应急预案",
        "skip": [
            r"^欢迎来到天天文库$",
            r"^浏览记录$",
            r"^(ID|大小|页数|时间):",
            r"^《停车场突发事故应急演练预案》由会员上传分享",
        ],
        "strip": [r"(?m)^1、停车场突发事故应急预案(?=为保障)", r"\n[23]、"],
        "split": r"(?=[一二]、)|(?<=及其类别)|(?=\([一二三]\))|(?<=事故级别)|(?<=[。])(?=[12]、)|(?<=[。])(?=[123]、)|"
        r"(?<=[一二]级突发事故)(?=\(1\))|(?<=[。])(?=\([23]\))|(?<=与职责)|(?<=\(一\)工作原则)|(?<=\(二\)组织机构)|"
        r"(?<!副)(?=组长:)|(?=副组长:)|(?=成 员:)",
        "headings": [
            (r"^[一二]、", 1),
            (r"^\(三\)突发事故级别$|^\([一二]\)(工作原则|组织机构)$", 2),
            (r"^[12]、[一二]级突发事故$", 3),
        ],
    },
    "h151-2": {
        "title": "德胜地下停车场应急预案",
        "skip": [
            r"^停车场应急预案\.docx$",
            r"^想预览更多内容",
            r"^申明敬告:$",
            r"^本站所有内容均由合作方或网友上传",
            r"^文档介绍$",
            r"^德胜地下停车场应急预案$",
        ],
        "join": r"^(\d\.\d|[一二三四五六七八九十]、|\([a-z]\))",
        "headings": [(r"^一、总则$", 1), (r"^1\.[1-4]\?\S+$", 2), (r"^1\.4\.1\?一级突发事故$", 3)],
    },
    "h151-3": {
        "title": "停车场突发事件应急方案",
        "skip": [r"^- [1-7]、", r"^查看更多$", r"^停车场突发事件应急方案$"],
        "join": r"^(\d ?、|\(\d)",
        "headings": [(r"^1、停电$|^2 、收银系统$", 1)],
    },
    "h151-4": {
        "title": "大厦停车场管理计划书",
        "skip": [r"^大厦停车场管理计划书\(3\)$", r"^规章制度2018-12-06王新老师$", r"^大厦停车场管理计划书$"],
        "headings": [
            (r"^[三四]、 (组织指挥|突发情况处置)$", 1),
            (r"^、 ?(火灾情况|车辆被盗、被砸情况|纠纷情况|事故处理)$", 2),
        ],
    },
    "h151-5": {
        "title": "Complaint Policy",
        "english": True,
        "skip": [r"^COMPLAINT POLICY$", r"^Complaint Policy$"],
        "split": r" (?=To (?:publicise|make sure|gather) )| (?=All complaint information)",
        "headings": [(r"^(Purpose|Our Policy|Procedure|Resolving Complaints)$", 1), (r"^Stage One$", 2)],
    },
}

LAYOUT152: dict[str, dict] = {
    "h152-1": {
        "title": "大学生群体突发事件应急工作预案",
        "skip": [r"^大学生群体突发事件应急工作预案$", r"^合集下载$", r"^[123]\. [123]、"],
        "strip": [r"(?m)^大学生群体突发事件应急工作预案大学生群体突发事件应急工作预案(?=切实)"],
        "sub": [(r"齐抓共管,\n综合治理", "齐抓共管,综合治理")],
        "headings": [
            (r"^[一二]、学生群体性事件", 1),
            (r"^\([一二]\)学生群体性事件", 2),
        ],
    },
    "h152-2": {
        "title": None,
        "headings": [(r"^第[一二三]章 ", 1)],
    },
    "h152-3": {
        "title": "烟台文化旅游职业学院 学生申诉管理规定(试行)",
        "skip": [r"^烟台文化旅游职业学院 学生申诉管理规定\(试行\)$"],
        "headings": [(r"^第[一二三]章 ", 1)],
    },
    "h152-4": {
        "title": "关于建立突发事件信息报送制度的通知",
        "skip": [r"^关于建立突发事件信息报送制度的通知$", r"^发布日期:2013-10-15 浏览次数:"],
        "headings": [(r"^[一二三四]、(报送程序|信息报送形式、时限|信息报送内容|责任追究)$", 1)],
    },
    "h152-5": {
        "title": "Student Complaints Procedure",
        "english": True,
        "skip": [r"^Student Complaints Procedure$"],
        "sub": [
            (r"(?m)^Stage of ProcedureTimescaleResponsibility$", "| Stage of Procedure | Timescale | Responsibility |"),
            (
                r"(?m)^([^|\n]+)\n((?:\d+ working days from|As early as possible)[^\n]+)\n([^\n]+)$",
                r"| \1 | \2 | \3 |",
            ),
            (r"(?m)^Suspension of Procedure\n\nSIRT member$", "| Suspension of Procedure |  | SIRT member |"),
        ],
        "pipe_table": True,
        "headings": [
            (r"^Timescales for complaint responses$", 1),
            (r"^Requesting a review of a decision that your complaint is inadmissible$", 1),
        ],
    },
}

LAYOUT153: dict[str, dict] = {
    "h153-1": {
        "title": "群体性突发社会安全事件应急预案",
        "skip": [r"^群体性突发社会安全事件应急预案$"],
        "headings": [(r"^\d \S", 1), (r"^\d\.\d \S", 2)],
    },
    "h153-2": {
        "title": "突发事件总总体应急急预案(20111)",
        "skip": [r"^突发事件总体应急预案64036\.docx$", r"^《突发事件总体应急预案64036\.docx》由会员分享"],
        "strip": [r"(?m)^1、 突发事件总总体应急急预案\(20111\)", r"\n[23]、"],
        "split": r"(?=1 总则则)|(?=1\.[123] (?:编制|分类))|(?<=编制目目的)(?=全面)|(?<=编制依依据)(?=根据)|"
        r"(?=1\.3\.11分类类)|(?=1\.3\.11\.[12] )|(?=1\.3\.22 海南)|(?=1\.3\.22\.[123] )",
        "headings": [(r"^1 总则则$", 1), (r"^1\.[123] (编制目目的|编制依依据|分类与与分级)$", 2), (r"^1\.3\.11分类类$", 3)],
    },
    "h153-3": {
        "title": "池州市华东有色矿业有限公司马头铜铝矿突发环境事件应急预案",
        "skip": [r"^某矿业马头铜钼矿突发环境事件应急预案\.docx$", r"^《某矿业马头铜钼矿突发环境事件应急预案\.docx》由会员分享"],
        "strip": [r"(?m)^1、池州市华东有色矿业有限公司马头铜铝矿突发环境事件应急预案(?=编制单位)", r"\n[23]、"],
        "split": r"(?=版本号)|(?=实施日期)|(?=安金开盛字)|(?<=26号)(?=关于成立)|(?<=领导小组的通知)(?=公司各部门)|"
        r"(?<=公司各部门:)|(?<!副)(?=组长:)|(?=副组长:)|(?=成员:)|(?=特此通知)|(?<=特此通知)|"
        r"(?=突发环境事件应急预案公布批准书)|(?<=公布批准书)|(?=安徽金开盛矿业有限公司批准人)|(?<=批准人:)|"
        r"(?<=九月五日)(?=1总则)",
        "headings": [(r"^关于成立.*领导小组的通知$", 1), (r"^突发环境事件应急预案公布批准书$", 1)],
    },
    "h153-4": {
        "title": "石圪台煤矿信访维稳管理办法",
        "skip": [
            r"^石圪台煤矿信访维稳管理办法Word文件下载\.docx",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^第\d+页 / 共10页$",
            r"^亲,该文档总共10页",
            r"^(下载资源|资源描述)$",
            r"^《石圪台煤矿信访维稳管理办法Word文件下载\.docx》由会员分享",
        ],
        "headings": [],
    },
    "h153-5": {
        "title": "How to make a complaint",
        "english": True,
        "skip": [r"^How to make a complaint$", r"^[1-4]$"],
        "headings": [(r"^Step [1-4]$", 1)],
    },
}

LAYOUT154: dict[str, dict] = {
    "h154-1": {
        "title": "水旱灾害防御工作办法",
        "skip": [r"^水旱灾害防御工作办法$", r"^您当前所在的位置: ", r"^> 水旱灾害防御 \| "],
        "headings": [(r"^第[一二]章 ", 1)],
    },
    "h154-2": {
        "title": "红寺堡区水务局2021年水旱灾害防御应急工作预案",
        "skip": [r"^红寺堡区水务局2021年水旱灾害防御$", r"^应急工作预案$"],
        "headings": [(r"^一、汛情分级$", 1), (r"^\([12]\)[ⅠⅡ]级预警$", 2)],
    },
    "h154-3": {
        "title": "园林处暑期救援预案",
        "skip": [r"^……", r"^收藏《园林处暑期救援预案》\)$"],
        "headings": [(r"^[一二]、", 1), (r"^⒈应急组织$", 2)],
    },
    "h154-4": {
        "title": "市政设施接入和使用投诉处理制度",
        "skip": [r"^市政设施接入和使用投诉处理制度$"],
        "headings": [(r"^[一二三四五六]、", 1)],
    },
    "h154-5": {
        "title": "Customer Complaints",
        "english": True,
        "skip": [r"^Customer Complaints$"],
        "headings": [(r"^(What should you include|What we will do)$", 1)],
    },
}

LAYOUT155: dict[str, dict] = {
    "h155-1": {
        "title": "融媒体中心防汛应急预案",
        "skip": [
            r"^分享$",
            r"^2023年融媒体中心防汛应急预案\.docx$",
            r"^下载文档$",
            r"^(ID|大小|页数|格式|时间):",
            r"^收藏 分享赚钱$",
            r"^温馨提示:$",
            r"^[1-4]\. ",
            r"^网站客服:",
            r"^2023 媒体 中心 防汛 应急 预案$",
        ],
        "strip": [r"(?m)^融媒体中心防汛应急预案 (?=为做好)"],
        "split": r" (?=[一二三]、)|(?<=、总体要求) |(?<=、组织领导) |(?<=、应急措施) |(?<=情况。) (?=1、)| (?=2、)",
        "headings": [(r"^[一二三]、(总体要求|组织领导|应急措施)$", 1), (r"^\(一\)启动全媒体新闻宣传应急预案", 2)],
    },
    "h155-2": {
        "title": "商洛之窗網違法和不良信息舉報受理和處置管理辦法",
        "skip": [r"^首頁", r"^商洛之窗網違法和不良信息舉報受理和處置管理辦法$", r"^2018-01-22 15:49:51$"],
        "headings": [(r"^[一二三]、舉報信息(受理范疇|受理流程|處置流程)$", 1)],
    },
    "h155-3": {
        "title": "举报受理和处置管理办法",
        "headings": [],
    },
    "h155-4": {
        "title": "投诉流程",
        "skip": [r"^投诉流程$"],
        "headings": [
            (r"^(如何进行投诉|投诉处理方式|无回复情况说明|错误更正|个人信息收集)$", 1),
            (r"^(需提供的信息|编辑类投诉)$", 2),
        ],
    },
    "h155-5": {
        "title": "BCB Complaints Procedure – Broadcasting",
        "english": True,
        "skip": [r"^BCB Complaints Procedure – Broadcasting$"],
        "headings": [
            (r"^How we handle your complaint$", 1),
            (r"^(How does the complaints process work\?|Stage One: Making a complaint|Stage Two: The reply – .+)$", 2),
        ],
    },
}

LAYOUT156: dict[str, dict] = {
    "h156-1": {
        "title": "新型冠状病毒感染的肺炎疫情防控应急预案",
        "skip": [
            r"^殡仪馆应急预案$",
            r"^时间:2022-09-25",
            r"^• 相关推荐$",
            r"^殡仪馆最新疫情防控应急预案$",
            r"^在学校抑或是社会中",
            r"^殡仪馆应急预案 篇1$",
        ],
        "headings": [(r"^[一二三四]、", 1), (r"^[12]、(综合管理组|紧急行动组)$", 2), (r"^\(一\)日常管理$", 2)],
    },
    "h156-2": {
        "title": "殡葬服务机构新型冠状病毒感染肺炎疫情防控应急预案",
        "skip": [
            r"^泡面作文>",
            r"^殡仪馆安全工作实施方案优秀7篇$",
            r"^发布时间:$",
            r"^为了确保工作或事情有序地进行",
            r"^殡仪馆安全工作实施方案\(精选10 篇一$",
        ],
        "headings": [(r"^[一二三]、(组织领导|指导思想|应急预案)$", 1)],
    },
    "h156-3": {
        "title": "东丰县殡葬管理所安全应急预案",
        "sub": [(r"(?m)^组\n长:", "组长:")],
        "skip": [r"^殡葬管理所应急预案_", r"^殡葬管理所应急预案由刀豆文库", r"^东丰县殡葬管理所安全应急预案$"],
        "headings": [(r"^[一二三]、", 1), (r"^\(一\)事故类型$", 2), (r"^1、火灾$", 3)],
    },
    "h156-4": {
        "title": "宣城市社会福利机构安全事故应急预案",
        "skip": [
            r"^关于下发《宣城市社会福利机构安全事故应急预案》的通知$",
            r"^各县市区民政局:$",
            r"^现将《宣城市社会福利机构安全事故应急预案》下发给你们",
            r"^二〇〇九年一月九日$",
            r"^宣城市社会福利机构安全事故应急预案$",
        ],
        "headings": [(r"^一、市民政局成立", 1), (r"^二、预案适用范围及启动条件$", 1), (r"^三、安全事故责任及处理程序$", 1)],
    },
    "h156-5": {
        "title": "Dignity Pre-Arrangement Complaint Handling Process",
        "english": True,
        "skip": [r"^Dignity Pre-Arrangement Complaint Handling Process$"],
        "headings": [(r"^Step [1-5] ", 1)],
    },
}

LAYOUT157: dict[str, dict] = {
    "h157-1": {
        "title": "",
        "headings": [(r"^(投诉处理流程|事故处理流程):$", 1)],
    },
    "h157-2": {
        "title": "安徽诚兴网络货运平台咨询投诉",
        "headings": [],
    },
    "h157-3": {
        "title": "兄弟搬家聯合保障執行細則",
        "skip": [r"^服務電話$", r"^微信下單$", r"^返回頂部$", r"^公司動態$", r"^news$", r"^兄弟搬家聯合保障執行細則$"],
        "headings": [(r"^執行細則:$", 1)],
    },
    "h157-4": {
        "title": "提單丟失如何處理?",
        "skip": [r"^正文內\(nèi\)容$", r"^提單丟失如何處理\?-資料下載頁$", r"^2024-10-13 21:13本頁面$"],
        "strip": [r"【正文】 "],
        "split": r"(?=\(二\)上報審核)|(?<=上報審核)(?=貨物丟失初審)|(?<=虛假案件。)|(?<=安保責\(zé\)任。)"
        r"|(?<=以上丟失)(?=2000元)|(?<=以下丟失)(?=2000元)",
        "headings": [(r"^\(二\)上報審核$", 1), (r"^2000元(\(含\)以上|以下)丟失$", 2)],
    },
    "h157-5": {
        "title": "Website Complaints Policy",
        "english": True,
        "skip": [r"^Skip to content$", r"^Website Complaints Policy$"],
        "headings": [
            (
                r"^(Introduction|Scope and Application|Logging Complaints|Investigating Complaints|Resolving Complaints"
                r"|Escalating Complaints)$",
                1,
            )
        ],
    },
}

LAYOUT158: dict[str, dict] = {
    "h158-1": {
        "title": "",
        "headings": [(r"^[一二]、(突发事件应急处理小组:|应急处置措施)$", 1), (r"^\([一二三]\)\S+紧急处置措施$", 2)],
    },
    "h158-2": {
        "title": "营销外围业务运维介绍",
        "skip": [r"^营销外围业务$", r"^[运维介绍]$", r"^目录$", r"^(\d |[ABC] )?\S+ \d{1,2}$"],
        "headings": [(r"^运营和维护服务简介$", 1), (r"^服务时间$", 2)],
        "table": (r"^故障级别$", 3),
    },
    "h158-3": {
        "title": "数据中心运维服务与管理方案",
        "strip": [r"^数据中心运维服务与管理方案 ", r" ?数 据 中 心 运 维 服 务 与 管 理 方 案 --第 1页"],
        "split": r" (?=[一二]\. )| (?=\d\. \S)| (?=\([1-3]\))| (?=(?:I |Ⅱ|III |Ⅳ)级)| (?=技术支持人员在解决)",
        "headings": [(r"^一\. 服务与管理$", 1), (r"^[12]\. (服务时间|行为规范)$", 2)],
    },
    "h158-4": {
        "title": "市场管理系统应急管理制度",
        "skip": [
            r"^市场管理系统应急管理制度\.docx",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^第\d页 / 共3页$",
            r"^亲,该文档",
            r"^资源描述$",
            r"^《市场管理系统应急管理制度\.docx》",
        ],
        "sub": [(r"信\n\n2、息部", "信息部"), (r"1、市场管理系统应急管理制度(?=第1条)", "")],
        "split": r"(?=第[1-4]条)|(?=[1-4] ?\.(?:信息部|物质|人力|应急|建立))|(?=\([1-4]\))",
        "headings": [],
    },
    "h158-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^Stage (One|Two)$", 1)],
    },
}

LAYOUT159: dict[str, dict] = {
    "h159-1": {
        "title": "食品生产企业质量投诉处理制度",
        "skip": [r"^《食品生产企业质量投诉处理制度\.docx》由会员分享"],
        "strip": [r"(?m)^1、食品生产企业质量投诉处理制度(?=Ok目的)", r"\n2、(?=投诉的处理结果)"],
        "split": r"(?<=Ok目的)|(?=0[2-5]、)|(?<=02、处理原则)|(?<=03、部门及职责)|(?<=04、投诉调查与结果分析)|"
        r"(?<=05、投诉结果的答复)|(?=\([1-5]\))",
        "headings": [(r"^(Ok目的|0[2-5]、(处理原则|部门及职责|投诉调查与结果分析|投诉结果的答复))$", 1)],
    },
    "h159-2": {
        "title": "消费者投诉管理制度",
        "strip": [r"^食品公司消费者投诉管理制度\n\n合集下载\n(?:  \d\. .*\n)+"],
        "sub": [(r"(?<=[^。:\n])\n\n(?=[^\d\n])", "")],
        "skip": [r"^消费者投诉管理制度$"],
        "headings": [(r"^[1-4]\.0 (总则|管理原则|投诉分类|投诉处理)$", 1), (r"^4\.1 服务质量投诉$", 2)],
    },
    "h159-3": {
        "title": "医疗器械质量投诉、事故调查和处理报告工作程序",
        "split": r"(?<=^1\.目的:)|(?=[2-5]\.(?:依据|适用范围|职责|工作程序):)|(?<=2\.依据:)|(?<=3\.适用范围:)|"
        r"(?<=4\.职责:)|(?<=5\.工作程序:)|(?=5\.[1-3](?:\.\d)?[^\d.])|(?=质量文件编号)",
        "headings": [(r"^[1-5]\.(目的|依据|适用范围|职责|工作程序):$", 1)],
    },
    "h159-4": {
        "title": "医疗器械——不良事件监测和再评价制度",
        "skip": [r"^不良事件监测和再评价控制程序$", r"^医疗器械——不良事件监测和再评价制度$"],
        "split": r"(?<=^三、个例医疗器械不良事件)|(?<=^3\.1个例医疗器械不良事件调查)",
        "headings": [(r"^三、个例医疗器械不良事件$", 1), (r"^3\.1个例医疗器械不良事件调查$", 2)],
    },
    "h159-5": {
        "title": "Customer Complaint & Recall Procedure",
        "english": True,
        "skip": [r"^Customer Complaint & Recall Procedure$"],
        "bullet": r"^(?=(?:B2C \(|All food and drink|Suspected or confirmed|Non-safety complaints|UK mainland|"
        r"Customer name and|Product name|Batch|Purchase date|Description of the issue|Any photo|Initial response|"
        r"Food Safety \(|Quality Issue \(|Packaging or Labelling$|Customer Service or Delivery$|Minor –|Moderate –|"
        r"Major –|Quantity in quarantine|Date quarantined))",
    },
}

LAYOUT160: dict[str, dict] = {
    "h160-1": {
        "title": "投诉渠道搭建通知",
        "skip": [r"^2021-0225$", r"^投诉渠道搭建通知$", r"^微信截图_20210225110637\.png$"],
        "headings": [
            (r"^投诉处理流程$", 1),
            (r"^[一二三四五六]、(服务投诉及受理途径|接收投诉|投诉定级|责任判定|异议处理|投诉完结)$", 2),
        ],
    },
}

LAYOUT161: dict[str, dict] = {
    "h161-1": {
        "title": "體檢應(yīng)急預案",
        "skip": [r"^體檢應\(yīng\)急預案(\(通用3篇\)| 篇1)$"],
        "headings": [
            (r"^(一、目標與范圍|組織機構\(gòu\)及職責|三、預防機制)$", 1),
            (r"^(。ㄒ唬┙M織機構\(gòu\)|。ǘ┛h教育局|\(三\)縣人民醫|。ㄋ模┛h衛|\(五\)各有關|。ㄒ唬╅_展動態)", 2),
        ],
    },
    "h161-2": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Complaints$"],
        "headings": [(r"^(The Process|Actions)$", 1)],
    },
}

LAYOUT162: dict[str, dict] = {
    "h162-1": {
        "title": "公证员投诉处理制度",
        "split": r"(?<=制定本制度。)(?=一、)| (?=[二三四]、)| (?=1、投诉人)",
    },
    "h162-2": {
        "title": "檢舉或申訴",
        "sub": [(r"• 申訴範圍", "申訴範圍")],
        "skip": [r"^HOME法扶服務檢舉或申訴檢舉或申訴$", r"^檢舉或申訴$", r"^• 檢舉或申訴$", r"^• 發佈日期:"],
        "headings": [(r"^(申訴範圍|申訴方式|申訴流程|提出申訴後有何影響|注意事項)$", 1)],
    },
    "h162-3": {
        "title": "民眾陳情(抱怨)處理規定及程序",
    },
    "h162-4": {
        "title": "Complaints procedure",
        "english": True,
        "strip": [r"^Complaints procedure\n\nWhere to send a complaint[^\n]*\n\n"],
        "headings": [(r"^Complaints procedure$", 1), (r"^Stage [12] complaints$", 1)],
    },
}

LAYOUT163: dict[str, dict] = {
    "h163-1": {
        "title": "服务大厅应急工作预案",
        "skip": [r"^服务大厅应急工作预案$"],
        "headings": [(r"^[一二三四]、(适用范围|基本原则|机构职责|工作机制)$", 1)],
    },
    "h163-2": {
        "title": "福州住房公积金管理中心服务大厅应急方案",
        "skip": [
            r"^您现在的位置:",
            r"^• (福州住房公积金管理中心服务大厅应急方案|发布时间:|【字体大小:|来源:|上一条:|下一条:)",
        ],
        "sub": [(r"(?m)^  • (?=为相应创建)", "")],
    },
    "h163-3": {
        "title": "衡山县不动产登记中心投诉制度",
        "skip": [r"^衡山县不动产登记中心投诉制度$", r"^相关阅读:$"],
        "headings": [(r"^[一二三]、(直接投诉|电话投诉|投诉内容办理)$", 1)],
    },
    "h163-4": {
        "title": None,
        "skip": [r"^文件下载:$", r"^关联文件:$"],
        "headings": [
            (
                r"^[一二三四五六七八]、(项目名称:|适用范围|投诉受理范围|受理程序|投诉受理部门、电话|受理地址及办理时间|办理时限|办理流程)$",
                1,
            )
        ],
    },
    "h163-5": {
        "title": None,
        "headings": [(r"^\([一二三四五六]\)(拨打|通过|前往|如反映)", 1)],
    },
}

LAYOUT164: dict[str, dict] = {
    "h164-1": {
        "title": "燃气企业投诉处理制度",
        "skip": [r"^华洁燃气投诉处理制度$", r"^燃气企业投诉处理制度$"],
        "stop": r"^燃气用户投诉管理制度$",
        "headings": [(r"^[一二三四]、(投诉受理|处理程序|投诉处理要求|监督措施)$", 1)],
    },
    "h164-2": {
        "title": "Our complaints procedure for energy customers",
        "english": True,
        "skip": [r"^Our complaints procedure for energy customers$"],
        "headings": [(r"^Step [12] – (Talk to us|Head of Customer Service Team)$", 1)],
    },
}

LAYOUT165: dict[str, dict] = {
    "h165-1": {
        "title": "恒通顺达驾校安全生产应急预案",
        "skip": [r"^您好,欢迎访问三七文档$"],
        "strip": [r"(?m)^恒通顺达驾校安全生产应急预案(?=为了)"],
        "split": r"(?=一、安全生产)|(?<=应急指挥部)(?=地点:)|(?=二\.安全)|(?<=机构人员)(?=总指挥:)|(?=副总指挥:)|"
        r"(?=办公室:常玲)|(?=值班员:)|(?=三\.应急分队)|(?<=及成员)(?=队长:)|(?=副队长:)|(?=成员:张玉)|(?=四、安全事故)|"
        r"(?=\([一二三四]\))|(?=\([1-5]\))|(?=1、雾天)",
        "headings": [
            (r"^(一、安全生产应急指挥部|二\.安全生产应急指挥机构人员|三\.应急分队及成员|四、安全事故抢险救灾应急预案)$", 1),
            (r"^\([一二三四]\)、?(火灾事故|交通事故|恶劣气候条件和自然灾害事故|雨雾天气)应急预案$", 2),
            (r"^1、雾天$", 3),
        ],
    },
    "h165-2": {
        "title": None,
        "headings": [
            (r"^[一二]\.(工作原则|应急组织体系及职责)$", 1),
            (r"^[㈠㈡㈢](预防为主|依法管理|快速反应|安全工作领导小组|运动队安全工作组|运动队安全工作组织机构主要职责)$", 2),
            (r"^⒈安全工作领导小组职责$", 3),
        ],
    },
    "h165-3": {
        "title": None,
        "headings": [
            (r"^[一二]、(工作原则|应急组织体系及职责)$", 1),
            (r"^\([一二三]\)(预防为主|依法管理|快速反应)$", 2),
        ],
    },
    "h165-4": {
        "title": "湖北理工学院体育赛事活动紧急事故应对预案",
        "skip": [r"^湖北理工学院体育赛事活动紧急事故应对预案$", r"^作者:王沂 "],
        "split": r"(?<=^1\.1 目的 )|(?<=^1\.2依据 )|(?<=^1\.3 适用范围 )|(?<=^1\.4 工作原则 )|(?<=^2\.1 应急指挥部 )|"
        r"(?=\([2-5]\))",
        "headings": [
            (r"^[12]\. (总则|组织机构与职责)$", 1),
            (r"^(1\.[1-4] ?(目的|依据|适用范围|工作原则)|2\.1 应急指挥部)$", 2),
        ],
    },
    "h165-5": {
        "title": None,
        "english": True,
        "headings": [(r"^(Pre- Phase|Phase 1 \(Official\)|Phase 2|Phase 3)$", 1)],
    },
}

LAYOUT166: dict[str, dict] = {
    "h166-1": {
        "title": "Any Individual Can Make a Complaint to Dublin Bus Under the Disability Act 2005",
        "english": True,
        "skip": [r"^Any Individual Can Make a Complaint to Dublin Bus Under the Disability Act 2005$"],
        "headings": [
            (
                r"^(Complaints|Registering and Acknowledging Complaints|Screening of Complaints|Request for Information"
                r"|Action while Awaiting Reports|Interviews)$",
                1,
            ),
        ],
        "bullet": r"^·\s+",
    },
}

LAYOUT167: dict[str, dict] = {
    "h167-1": {
        "title": "食品安全事故应急预案",
        "skip": [r"^食品安全事故应急预案$", r"^\.\.\.$", r"^附件列表$"],
        "sub": [(r"\(非常设部门\)\n:组 长:\n", "(非常设部门):\n组 长:"), (r"成 员:\n", "成 员:"), (r"院 长:\n", "院 长:")],
        "split": r"(?=副组长:)|(?<=侯月昭)(?=2。)",
        "join": r"^(\d[.。]|[一二三四]、|组 长|副组长|成 员|院 长|负责人|\(成员如下\))",
        "headings": [(r"^[一二三四]、(目的:|适用范围:|工作原则 :|组织保障:)$", 1)],
    },
    "h167-2": {
        "title": "幼儿园食物中毒应急预案",
        "skip": [
            r"^1 / 3$",
            r"^文档名称:$",
            r"^幼儿园食物中毒应急预案\.doc$",
            r"^格式:doc",
            r"^下载后只包含",
            r"^如果您已付费",
            r"^分享$",
            r"^预览$",
            r"^上传人:",
            r"^下载得到文件列表$",
            r"^文档介绍$",
        ],
        "strip": [r"文档介绍:幼儿园食物中毒应急预案幼儿园食物中毒应急预案"],
        "split": r"(?=[一二]、)|(?<=应急救援工作。)|(?<=事故处置步骤)|(?=\([一二三]\))|(?=[123]、)|(?=副组长:|组员:)|(?<!副)(?=组长:)",
        "headings": [(r"^一、设立学校食物中毒事件应急小组", 1), (r"^二、事故处置步骤$", 1)],
    },
    "h167-3": {
        "title": "公司员工食物中毒应急处理预案",
        "skip": [r"^公司员工食物中毒应急处理预案$"],
        "split": r"(?<=^3职责)|(?<=^4工作程序)|(?<=就医。)(?=各组分工)|(?<=各组分工)(?=通讯组)|(?<=报告中毒者情况。)(?=事件调查)"
        r"|(?<=事件调查)(?=在事件调查中)",
        "headings": [(r"^[1-4](目的|适用范围|职责|工作程序)$", 1), (r"^(事件报告|各组分工|事件调查)$", 2)],
    },
    "h167-4": {
        "title": "学校食堂投诉受理制度",
        "strip": [r"^学校食堂投诉受理制度 "],
        "split": r"(?=[1-5]\.)",
    },
    "h167-5": {
        "title": "How to make a complaint",
        "english": True,
        "skip": [r"^Complaints policy$", r"^How to make a complaint$"],
        "headings": [(r"^(Informal process|Formal process)$", 1), (r"^Stage one$", 2)],
    },
}

LAYOUT168: dict[str, dict] = {
    "h168-1": {
        "title": "大连海事大学图书馆应急预案",
        "skip": [r"^大连海事大学图书馆应急预案$"],
        "headings": [
            (r"^\([一二]\)突发事件的(分类|应急预案)$", 1),
            (r"^[12]、(组织机构:|消防应急预案)$", 2),
            (r"^\(1\)火灾处置程序$", 3),
        ],
    },
    "h168-2": {
        "title": "图书馆消防应急预案",
        "skip": [
            r"^设为首页 \| 加入收藏",
            r"^政策法规$",
            r"^您现在的位置:",
            r"^图书馆消防应急预案$",
            r"^时间:2019-12-26",
        ],
        "headings": [
            (r"^[一二三]、(总则|预案的启动|预案的组织机构和职责)$", 1),
            (r"^[123]\.(指挥组|通讯组|楼层疏散引导组)。", 2),
        ],
    },
    "h168-3": {
        "title": None,
        "headings": [(r"^五、具体人员分工及任务安排:$", 1), (r"^领导组:$", 2)],
    },
    "h168-4": {
        "title": "博物馆突发事件应急预案",
        "skip": [r"^下面是小编整理的", r"^博物馆突发事件应急预案1$"],
        "headings": [
            (r"^[一二]、(总则|应急组织体系及职责)$", 1),
            (r"^\([一二]\)(目的及依据|工作原则)$", 2),
        ],
    },
    "h168-5": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [
            r"^(Skip to content|Translate page|Change text size|More \+|Legal information)$",
            r"^Complaints procedure$",
        ],
        "bullet": r"^• ",
        "headings": [
            (r"^The policy$", 1),
            (r"^(What is a complaint\?|Scope|Who should handle a complaint\?)$", 2),
        ],
    },
}

LAYOUT169: dict[str, dict] = {
    "h169-1": {
        "title": "自贡市保险行业协会消费者投诉处理机制",
        "skip": [r"^协会公文$", r"^自贡市保险行业协会消费者投诉处理机制$", r"^来源:自贡市保险行业协会 作者:"],
        "split": r" (?=[一二三四五][\.、])| (?=\d[\.、])",
        "headings": [(r"^(二\.人员要求:|三\.保险消费投诉处理工作人员职责:|四、受理范围|五、保险消费投诉案件的办理。)$", 1)],
    },
    "h169-2": {
        "title": None,
        "headings": [(r"^第[一二]章 ", 1), (r"^[一二三]、", 2), (r"^\([一二三]\)", 3)],
    },
    "h169-3": {
        "title": "保险消费投诉处理机制建设工作方案",
        "skip": [r"^电 话:", r"^投诉电话:", r"^网 址:", r"^保险消费投诉处理机制建设工作方案$"],
        "headings": [(r"^[一二三四]、(工作目标|组织架构|受理范围|处理流程):$", 1), (r"^[12]、(业务范围|来源、渠道范围):$", 2)],
    },
    "h169-4": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Skip To Content$"],
    },
    "h169-5": {
        "title": None,
        "english": True,
        "headings": [(r"^(WHAT IS A COMPLAINT|HOW TO CONTACT US WITH YOUR COMPLAINT|OUR COMMITMENT TO YOU)$", 1)],
    },
}

LAYOUT170: dict[str, dict] = {
    "h170-1": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [
            (r"^[1-3]\. (Acknowledging|Investigating|Resolving) your complaint$|^4\. Informing you of our decision$", 1)
        ],
    },
    "h170-2": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [(r"^(Complaints Made Verbally|Complaints Made via Email or Letter|Investigation)$", 1)],
    },
    "h170-3": {
        "title": "CRVS Complaints Policy",
        "english": True,
        "skip": [r"^CRVS Complaints Policy$"],
        "bullet": r"^- ",
        "headings": [(r"^(Introduction|Procedure)$", 1)],
    },
    "h170-4": {
        "title": "Complaints Policy",
        "english": True,
        "bullet": r"^•\s+",
        "headings": [(r"^(Introduction|Our aims|The complaints process|Privacy policy)$", 1)],
    },
    "h170-5": {
        "title": "Complaint Procedure Summary",
        "english": True,
        "skip": [r"^Complaint Procedure Summary$"],
        "bullet": r"^- ",
        "headings": [(r"^Stage 1: Clinic Manager$", 1)],
    },
}

LAYOUT171: dict[str, dict] = {
    "h171-1": {
        "title": "鋼產品質量異議處理管理細則",
        "skip": [r"_第\d頁$", r"^已閱讀\d頁", r"^下載本文檔$", r"^版權說明:", r"^文檔簡介$", r"^鋼產品質量異議處理管理細則$"],
        "strip": [r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", r"(?m)^1、(?=吉林)", r"\n+2、"],
        "split": r"(?=制度編碼:)|(?=制度頁數:)|(?<=共12頁)|(?=磊靜陽)|(?=主辦單位:)|(?=發布日期:)|(?=生效日期:)|"
        r"(?=第[一二]章)|(?<=第一章總則)|(?<=第二章職責)|(?=第[一二三四五]條)|(?<=第五條技術質量處職責)|(?=[1-4] \.負責)",
        "headings": [(r"^第[一二]章(總則|職責)$", 1)],
    },
    "h171-2": {
        "title": "產品質量異議管理辦法(試行)",
        "skip": [r"_第\d頁$", r"^已閱讀\d頁", r"^下載本文檔$", r"^版權說明:", r"^文檔簡介$", r"^產品質量異議管理辦法\(試行\)$"],
        "strip": [
            r"(?m)^1、(?=產品)",
            r"\n+[23]、",
            r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])",
            r" +(?=[,。:;、)])",
            r"(?<=[,。:;、(]) +",
        ],
        "split": r"(?<=\(試行\))|(?=[1-3] \.(?:目的|適用范圍|定義))|(?<=目的:)|(?<=適用范圍:)|(?<=定義:)|(?=3\.[1-4] )|"
        r"(?=4、管理流程)|(?<=管理流程:)|(?=4\.[12]\. )|(?<=投訴受理:)|(?<=成立調查小組:)",
        "headings": [(r"^([1-3] \.(目的|適用范圍|定義):|4、管理流程:)$", 1), (r"^4\.[12]\. (投訴受理|成立調查小組):$", 2)],
    },
    "h171-3": {
        "title": "环境污染事故应急预案",
        "skip": [r"^环境污染事故应急预案$"],
        "split": r"(?=1\.总则)|(?<=1\.总则)|(?<![\d.])(?=1\.[123] )|(?<=编制目的)|(?<=编制依据)|(?<=1\.3 适用范围)|"
        r"(?=2\.组织)|(?<=组织机构与职责)|(?=2\.[12] 机构)|(?<=2\.1 机构组成)|(?<=2\.2 机构职责)|(?<![\d.])(?=2\.1\.[12] )|"
        r"(?<=领导机构:)|(?<=执行机构:)|(?<!副 )(?=组 长:)|(?=副 组 长:)|(?=主要成员:)|(?=成员单位:)|(?=2\.2\.1×)|"
        r"(?<=领导小组职责)|(?=2\.2\.1\.[12] )",
        "headings": [
            (r"^[12]\.(总则|组织机构与职责)$", 1),
            (r"^(1\.[123] (编制目的|编制依据|适用范围)|2\.[12] (机构组成|机构职责))$", 2),
            (r"^(2\.1\.[12] (领导|执行)机构:|2\.2\.1×公司环境污染事故应急领导小组职责)$", 3),
        ],
    },
    "h171-4": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [(r"^[1-7]\. [A-Z]", 1)],
    },
}

LAYOUT172: dict[str, dict] = {
    "h172-1": {
        "title": "坂田街道突发社会安全事件应急预案",
        "headings": [
            (r"^[一二三]、(总则|分级|组织指挥体系及职责)$", 1),
            (r"^(1\.[1-4](编制目的|工作原则|编制依据|适用范围)|3\.1应急指挥机构与职责)$", 2),
        ],
    },
    "h172-2": {
        "title": "关于做好全国两会期间信访稳定工作的应急预案",
        "skip": [
            r"^您的位置:",
            r"^关于做好全国“两会”期间信访稳定工作的应 急 预 案$",
            r"^来源:香花镇",
            r"^关于做好全国两会期间信访稳定工作的$",
            r"^应 急 预 案$",
        ],
        "headings": [(r"^一、总体要求和工作原则$", 1), (r"^2、工作原则。$", 2)],
    },
    "h172-3": {
        "title": "社區綜治維穩工作制度",
        "strip": [r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)"],
        "skip": [r"^社區綜治維穩工作制度1$"],
        "headings": [(r"^綜治協管員工作職責:$", 1)],
    },
    "h172-4": {
        "title": "社区工作者投诉处理制度",
        "skip": [r"^释义 \|$"],
        "strip": [r"(?m)^律师分析: ", r"(?m) *【法律依据】.*$"],
        "split": r"(?=一、投诉范围)|(?<=一、投诉范围)|(?=\((?:一|二|三|四|五)\))|(?=二、 投诉受理)|(?<=二、 投诉受理)|"
        r"(?=三、投诉处理)|(?<=三、投诉处理)|(?=[123]、(?:社区负责人|被投诉人))",
        "headings": [(r"^(一、投诉范围|二、 投诉受理|三、投诉处理)$", 1)],
    },
    "h172-5": {
        "title": "Complaints Procedure and Policy",
        "english": True,
        "skip": [
            r"^Complaints Procedure and Policy$",
            r"^Document Date$",
            r"^Created by$",
            r"^Parish Clerk$",
            r"^Accessible version of document$",
        ],
        "bullet": r"^– ",
        "headings": [(r"^How a complaint should be dealt with$", 1)],
    },
}

LAYOUT173: dict[str, dict] = {
    "h173-1": {
        "title": "医疗投诉管理制度",
        "skip": [
            r"^范文资料网>",
            r"^医疗投诉管理制度$",
            r"^时间:",
            r"^• 相关推荐$",
            r"^患者的投诉对于医院改进服务",
            r"^医疗投诉管理制度\(精选6篇\)$",
            r"^医疗投诉管理制度 1$",
        ],
        "headings": [(r"^第一章 总则$", 1)],
    },
    "h173-2": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Gas House Lane Surgery$", r"^Complaints Procedure$"],
        "bullet": r"^- ",
        "headings": [(r"^[1-6]\. [A-Z]", 1)],
    },
    "h173-3": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "bullet": r"^- ",
        "headings": [(r"^Formal Complaints Resolution Procedure$", 1), (r"^Stage 1 – Local Resolution$", 2)],
    },
    "h173-4": {
        "title": "Suggestions and Complaints",
        "english": True,
        "skip": [r"^Suggestions and Complaints$"],
        "headings": [(r"^(How to complain|What happens next\?)$", 1)],
    },
    "h173-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "rejoin": [r"\n {4}(?=\S)", r"(?<=other adult)\n(?=who has an interest)"],
        "bullet": r"^• ",
        "headings": [(r"^(Receiving Complaints|Periods for Making a Complaint|Complaints Handling)$", 1)],
    },
}

LAYOUT174: dict[str, dict] = {
    "h174-1": {
        "title": "突发事件应急预案",
        "skip": [r"^突发事件应急预案$", r"^更新时间:", r"^说明:文章内容仅供预览"],
        "split": r"(?<=;) (?=\d、)|(?<=;) (?=\([二三]\))|(?<=包括:) (?=1、)",
        "headings": [
            (r"^一、突发事件级别和分类$", 1),
            (r"^\([一二三]\)(一般|较大|重大)突发事件\([DCB]级\)$", 2),
        ],
    },
    "h174-2": {
        "title": "安徽绩溪农村合作银行重大事项管理规定",
        "skip": [r"^全文预览已结束$", r"^下载本文档$", r"^版权说明:", r"^文档简介$"],
        "strip": [r"(?m)^安徽绩溪农村合作银行重大事项管理规定(?=第一条)"],
        "split": r"(?=第[一二三四]条 )|(?<=报告。)(?=\([一二三四五六七八]\))|(?<=;)(?=\([二三四五六七八]\))",
        "headings": [],
    },
    "h174-3": {
        "title": "Thank you. Your complaint has been submitted.",
        "english": True,
        "skip": [r"^Thank you\. Your complaint has been submitted\.$"],
        "bullet": r"^- ",
        "headings": [],
    },
    "h174-4": {
        "title": "Complaints Policy and Procedure",
        "english": True,
        "skip": [r"^Complaints Policy and Procedure$"],
        "headings": [],
    },
}

LAYOUT175: dict[str, dict] = {
    "h175-1": {
        "title": "安徽新华学院学生公寓突发事件应急处置预案",
        "skip": [r"^安徽新华学院学生公寓突发事件应急处置预案$"],
        "sub": [(r"“120”\n+报警。", "“120”报警。")],
        "headings": [
            (r"^[一二三]、(本预案的适用范围|突发事件信息报送流程|突发事件的应急处理)$", 1),
            (r"^学生突发疾病的处理程序$", 2),
        ],
    },
    "h175-2": {
        "title": "学生公寓突发事件应急处置预案",
        "skip": [r"^您现在的位置:", r"^学生公寓突发事件应急处置预案$", r"^发布日期:2021-06-22"],
        "headings": [(r"^[1-4]\.(适用范围|指导思想|领导机构|信息报送)$", 1), (r"^3\.3领导小组主要职责$", 2)],
    },
    "h175-3": {
        "title": "考试安全类突发事件应急处置预案",
        "skip": [r"^沙巴体育$", r"^沙巴体育:考试安全类突发事件应急处置预案$", r"^文章索引号:", r"^文章作者:"],
        "headings": [
            (r"^[一二]、(适用范围和事件分类|组织机构与职责)$", 1),
            (r"^\([一二]\)(适用范围|事件分类|学校成立考试安全类突发事件应急处置工作领导小组)", 2),
        ],
    },
    "h175-4": {
        "title": "best365官网平台学生投诉管理办法",
        "skip": [r"^best365官网平台学生投诉管理办法$"],
        "headings": [(r"^[一二三四]、(总则与目的|投诉范围与方式|成立学生投诉处理委员会|投诉受理与核实)$", 1)],
    },
    "h175-5": {
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [(r"^Stage [12] – ", 1)],
    },
}

LAYOUT176: dict[str, dict] = {
    "h176-1": {
        "title": "服务投诉处理规范",
        "skip": [r"^服务投诉处理规范$"],
        "headings": [
            (r"^[1-6] (范围|规范性引用文件|术语和定义|投诉对象|受理范围|投诉方式)$", 1),
            (r"^3\.1 服务投诉处理$", 2),
        ],
    },
    "h176-2": {
        "title": "杭州市上城区溯采社会发展服务中心安全应急预案",
        "skip": [r"^杭州市上城区溯采社会发展服务中心$", r"^安全应急预案$"],
        "headings": [
            (r"^[一二]、(指导原则|具体预案)$", 1),
            (r"^\([一二]\)(安全应急工作要求|安全事故应急预案)$", 2),
            (r"^[12]、(路途安全|出行纪律)$", 3),
        ],
    },
    "h176-3": {
        "title": "中国红十字会总会自然灾害应急预案",
        "skip": [r"^中国红十字会总会自然灾害应急预案$"],
        "sub": [(r"生\n活救助", "生活救助")],
        "headings": [
            (r"^(总则|组织体系及职责任务)$", 1),
            (r"^1\.[1-4] (编制目的|编制依据|适用范围|工作原则)$", 2),
            (r"^2\.1 应急组织机构及职责$", 2),
            (r"^2\.1\.1 应急领导机构$", 3),
        ],
    },
    "h176-4": {
        "title": "江苏省红十字会自然灾害等突发公共事件应急预案(试行)",
        "skip": [r"^政策法规$", r"^江苏省红十字会自然灾害等突发公共事件应急预案\(试行\)$", r"^时间:2008-12-24"],
        "split": r"(?<=2\.1\.1应急领导机构)\s+(?=江苏省)",
        "headings": [
            (r"^(1、 总则|2应急指挥体系及职责任务)$", 1),
            (r"^(1\.1目的和依据|1\.2 工作原则和适用范围|2\.1应急组织机构及职责)$", 2),
            (r"^2\.1\.1应急领导机构$", 3),
        ],
    },
    "h176-5": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Complaints$"],
        "headings": [(r"^(Introduction|Purpose|Procedure)$", 1)],
    },
}

LAYOUT177: dict[str, dict] = {
    "h177-1": {
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [(r"^Complaints Procedures$", 1), (r"^How (do I make a complaint|will we deal with your complaint)\?$", 2)],
    },
    "h177-2": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Menu$", r"^Complaints Procedure$"],
        "headings": [(r"^Our complaints procedure$", 1), (r"^What will happen next\?$", 2)],
    },
    "h177-3": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "rejoin": [r"(?<=firm’s)\n(?=understanding)", r"(?<=refer the)\n(?=matter)", r"(?<=complaint)\n(?=to the ICAEW)"],
        "headings": [
            (
                r"^(Our obligations|Regulatory Obligations|Initial Acknowledgement letter|Subsequent Investigation"
                r"|Investigation not complete within 6 weeks)$",
                1,
            )
        ],
    },
}

LAYOUT178: dict[str, dict] = {
    "h178-1": {
        "title": "厦门市地方税务局办税服务厅突发事件应急预案",
        "skip": [r"^第一篇:厦门市地方税务局办税服务厅突发事件应急预案$", r"^厦门市地方税务局办税服务厅突发事件应急预案$"],
        "split": r"(?<=^一、适用范围) ",
        "headings": [(r"^[一二]、(适用范围|应急处置原则)$", 1)],
    },
    "h178-2": {
        "title": "南京市地方税务局关于印发受理纳税人投诉举报建议事项处理规程的通知",
        "skip": [r"^纳税服务投诉制度流程$", r"^- (格式|大小|文档页数):"],
        "strip": [
            r"乐税智库文档财税法规策划 乐税网南京市地方税务局关于印发受理纳税人投诉举报建议事项处理规程的通知【标 签】.*?【税 种】纳税服务(?=各分局)"
        ],
        "split": r" (?=现将)|(?<=二○○九年九月三十日) | (?=第[一二]章)| (?=第[一二三四五]条)",
        "headings": [
            (r"^南京市地方税务局受理纳税人投诉举报建议事项处理规程$", 1),
            (r"^第[一二]章 (总 则|受理、分工)$", 2),
        ],
    },
    "h178-3": {
        "title": "纳税服务投诉管理实施办法(试行)",
        "skip": [r"^纳税服务投诉管理实施办法\(试行\)$"],
        "sub": [(r"工作人 —1—\n员", "工作人员")],
        "headings": [(r"^第一章 总 则$", 1)],
    },
    "h178-4": {
        "title": "门诊、住院收费系统瘫痪应急预案",
        "strip": [r"^1、门诊、住院收费系统瘫痪应急预案"],
        "sub": [(r"应\n2、急领导小组", "应急领导小组"), (r"负责\n3、人在", "负责人在")],
        "split": r"(?<=一、编制目的:)|(?=二、适用范围:)|(?<=二、适用范围:)|(?=三、工作原则)|(?<=三、工作原则)|"
        r"(?=[12](?:预防为主|统一指挥))|(?=四、事件分级:)|(?<=四、事件分级:)|(?=五、应急响应:)|(?<=五、应急响应:)|"
        r"(?=2、事件报告)",
        "headings": [
            (r"^[一二三四五]、(编制目的:|适用范围:|工作原则|事件分级:|应急响应:)$", 1),
            (r"^1、级瘫痪应急响应$", 2),
        ],
    },
    "h178-5": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Complaints procedure$"],
        "sub": [(r"(?m)^-\n", "- ")],
        "bullet": r"^- ",
        "headings": [
            (r"^(Make a complaint|If you’re unhappy with how a judge or a magistrate has acted)$", 1),
            (r"^(If you’re unhappy with our service|Review|Appeal)$", 2),
        ],
    },
}

LAYOUT179: dict[str, dict] = {
    "h179-1": {
        "title": "房地产中介投诉处理流程方法",
        "skip": [
            r"^\(www\.fang668\.com\) 专业的工程资料网站$",
            r"^建筑文章频道 :",
            r"^当前位置: ",
            r"^房地产中介投诉处理流程方法$",
            r"^http://www\.fang668\.com 日期:",
            r"^房地产中介投诉处理流程方法,房地产制度,",
        ],
        "headings": [(r"^[ⅠⅡ]、(中介店及经纪人被投诉的处理|中介店被投诉及曝光的处理)$", 1)],
    },
    "h179-2": {
        "title": None,
        "english": True,
        "headings": [
            (
                r"^Stage [1-5]-? ?(Your complaint|Our acknowledgement|Our Investigation|Review of the decision|Property Ombudsman):$",
                1,
            )
        ],
    },
    "h179-3": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^What will happen next\?$", 1)],
    },
    "h179-4": {
        "title": "COMPLAINTS PROCEDURE",
        "english": True,
        "skip": [r"^COMPLAINTS PROCEDURE$"],
        "sub": [(r"Lettings\.\nAddress: The Property Ombudsman", "Lettings. Address: The Property Ombudsman")],
        "bullet": r"^- ",
        "headings": [(r"^Stage (one|two)$", 1)],
    },
    "h179-5": {
        "title": None,
        "english": True,
        "skip": [r"^-$"],
        "bullet": r"^- ",
        "headings": [(r"^Stage (one|two) complaint$", 1), (r"^Contacting the Housing Ombudsman$", 1)],
    },
}

LAYOUT180: dict[str, dict] = {
    "h180-1": {
        "title": "内外部投诉和申诉控制程序",
        "headings": [
            (r"^(目的|范围|职责与权限|管理控制程序)$", 1),
            (r"^投诉/申诉的(接收|登记与分类|转交与调查|处理与反馈|跟踪与改进)$", 2),
        ],
    },
    "h180-2": {
        "title": "突发事件的应急措施保安部",
        "skip": [r"^应急措施$", r"^突发事件的应急措施保安部$", r"^时间:2021-06-24 16:26:18"],
        "headings": [
            (r"^[一二三四]、(组织领导|处置原则|突发事件的级别与范围|处置措施)$", 1),
            (r"^\((一|二)\)(级别|范围)。$", 2),
        ],
    },
    "h180-3": {
        "title": "管理机制:监督、培训与投诉处理",
        "skip": [r"^管理机制:监督、培训与投诉处理$", r"^2025-12-11 16:25:03 admin$", r"^(首页|服务|新闻|联系|微信)$"],
        "headings": [(r"^\((一|二|三)\)(三级巡检监督体系|保洁团队培训|投诉处理闭环)$", 1)],
    },
    "h180-4": {
        "title": "保安应急计划和措施标准范例",
        "skip": [r"^保安应急计划和措施标准范例$", r"^合集下载$", r"^相关主题$", r"^- [123]、"],
        "join": r"^[1-3]、",
        "headings": [(r"^[一二三四五]、(目的|适用范围|职责|计划|实施)$", 1)],
    },
    "h180-5": {
        "title": "Compliants Policy",
        "english": True,
        "skip": [r"^Email Support$", r"^Call Support ", r"^Working Hours 24/7$", r"^Quick Quote$", r"^Compliants Policy$"],
        "headings": [(r"^1\.\s+(What is a complaint\?|Our standards for handling complaints)$", 1)],
    },
}

LAYOUT181: dict[str, dict] = {
    "h181-1": {
        "title": "電梯安全事故應急救援預案",
        "sub": [(r"(?m)^\?\?\? ", "")],
        "headings": [
            (r"^[一二三]、 (本預案的適用范圍|應急救援組織機構|應急救援組織的職責)$", 1),
            (r"^\(一\) 指揮部職責$", 2),
        ],
    },
    "h181-2": {
        "title": "电梯事故现场应急处理基本措施",
        "skip": [r"^background image$", r"^电梯事故现场应急处理基本措施$"],
        "join": r"^\d",
        "headings": [(r"^1 岗位职责$", 1), (r"^1\.[1-5] \S+$", 2)],
    },
    "h181-3": {
        "title": "电梯困人处理应急预案",
        "skip": [r"^电梯困人处理应急预案\(共5篇\)$", r"^电梯困人处理应急预案$"],
        "split": r"(?<=\(共5篇\)) |(?<=[12]\.目的) |(?<=适用范围) | (?=\d\.(?:目的|适用范围|职责|处理程序|\d))| (?=4$)",
        "headings": [(r"^[1-4]\.(目的|适用范围|职责|处理程序)$", 1), (r"^4\.1 发觉电梯困人:$", 2)],
    },
    "h181-4": {
        "title": "Customer Complaints Policy",
        "english": True,
        "skip": [r"^Customer Complaints Policy$"],
        "rejoin": [
            r"(?<=considered)\n(?=by them)",
            r"(?<=the Normal)\n(?=procedure as)",
            r"(?<=reached the Escalation)\n(?=procedure will)",
            r"(?<=no further)\n(?=documentation)",
            r"(?<=checklist)\n(?=to ensure)",
            r"(?<=availability)\n(?=of both)",
            r"(?<=Dispute Resolution)\n(?=Ombudsman)",
            r"(?<=to refer)\n(?=your complaint)",
        ],
        "headings": [(r"^(Normal|Escalation|External) Procedure$", 1)],
    },
    "h181-5": {
        "title": "Complaints policy",
        "english": True,
        "skip": [r"^Complaints policy$"],
        "headings": [],
    },
}

LAYOUT182: dict[str, dict] = {
    "h182-1": {
        "title": None,
        "headings": [
            (r"^3\.3\.[5-7](综合办|财务部|客服中心)$", 3),
            (r"^3\.3应急指挥人员识别标志$", 3),
            (r"^4预防与预警$", 1),
            (r"^4\.[12]事故(预防|预警)$", 2),
            (r"^4\.2\.1预警条件$", 3),
        ],
    },
    "h182-2": {
        "title": None,
        "split": r"(?<=。)(?=(?:[89]|1[0-3])、)|(?=\([123]\)、)",
        "headings": [(r"^1[23]、建立服务质量(监督、奖惩机制|违诺赔偿、奖励专项基金)$", 2)],
    },
    "h182-3": {
        "title": "站务安全应急处理程序",
        "skip": [r"^地铁集团站务安全应急处理程序", r"^《地铁集团站务安全应急处理程序", r"^站务安全应急处理程序$"],
        "headings": [(r"^[1-4](目的|适用范围|引用文本|总则)$", 1)],
    },
    "h182-4": {
        "title": "客运二部大客流应急处理预案",
        "skip": [r"^客运大客流应急处理预案_精品", r"^\d\. \d、", r"^查看更多$"],
        "sub": [(r"(?m)^\? \? 客运二部大客流应急处理预案 ", "")],
        "split": r"(?<=总则)|(?<=处理原则)|(?<=物品准备)|(?= \d(?:\.\d)?\?{5} )",
        "headings": [(r"^[1-3]\?{5} (总则|处理原则|物品准备)$", 1)],
    },
    "h182-5": {
        "title": "Complaints Handling Procedure",
        "english": True,
        "skip": [r"^Complaints Handling Procedure$"],
        "bullet": r"^•\s+",
        "headings": [(r"^[1-4]\. (Scope|Let us know|Our Frontline Staff|The Care Team)$", 1)],
    },
}

LAYOUT183: dict[str, dict] = {
    "h183-1": {
        "title": "洪河农场重特大农机事故应急预案",
        "skip": [
            r"^洪河农场重特大农机事故应急预案$",
            r"^ID:\d+$",
            r"^大小:",
            r"^页数:",
            r"^时间:2019-11-27$",
            r"_第\d页$",
            r"^资源描述:$",
            r"^《洪河农场重特大农机事故应急预案》由会员上传分享",
            r"^3$",
        ],
        "strip": [r"(?m)^1、洪河农场重特大农机事故应急预案(?=一、编制目的)"],
        "sub": [(r"制定\n\n2、洪河农场重特人", "制定洪河农场重特人")],
        "split": r"(?=[一二三四]、(?:编制目的|适用范围|基本原则|突发农机事故分类))|(?<=一、编制目的)|(?<=二、适用范围)|"
        r"(?<=三、基本原则)|(?<=四、突发农机事故分类)|(?=[1-6]\.(?:坚持|局部|分级|生命|安全第一|事故处理))",
        "headings": [(r"^[一二三四]、(编制目的|适用范围|基本原则|突发农机事故分类)$", 1)],
    },
    "h183-2": {
        "title": "牧场应急预案",
        "skip": [r"\.pdf$", r"^《牧场大风灾害、暴雪冰雹"],
        "strip": [r"(?m)^1、牧场应急预案 "],
        "sub": [(r"屋顶等高\n2、处易坠落物", "屋顶等高处易坠落物")],
        "split": r"(?<=挤奶设备故障应急预案 )(?=1 大风灾害应急方案 为)|(?<=应急方案 )(?=为有效防范)|"
        r"(?=适用范围:)|(?=\(一\)预防)|(?=\(二\)应急准备:)|(?<=\(一\)预防 )|(?<=\(二\)应急准备:)|"
        r"(?=[1-8]、(?:密切|加固|开展|对干草|检查|牛舍|加强|做好|牧场))",
        "headings": [(r"^1 大风灾害应急方案$", 1), (r"^\((一|二)\)(预防|应急准备:)$", 2)],
    },
    "h183-3": {
        "title": "屠宰企业消费者投诉受理制度",
        "skip": [r"^《屠宰企业消费者投诉受理制度\.docx》由会员分享"],
        "strip": [r"(?m)^1、屠宰企业消费者投诉受理制度(?=1、 目的)"],
        "sub": [(r"由业务部具\n2、体处理", "由业务部具体处理"), (r"不能换\n3、货的", "不能换货的")],
        "split": r"(?=[1-4]、 ?(?:目的|定义|投诉分类|投诉处理))|(?<=1、 目的)|(?<=2、定义)|(?<=3、投诉分类)|(?<=4、投诉处理)|"
        r"(?<![\d.])(?=1\.1(?:\.[12])? )|(?<![\d.])(?=4\.[1-4](?:\.[12])? )|(?<=4\.1 服务质量投诉)|(?<=4\.2 产品质量投诉)",
        "headings": [(r"^[1-4]、 ?(目的|定义|投诉分类|投诉处理)$", 1), (r"^4\.[12] (服务质量投诉|产品质量投诉)$", 2)],
    },
    "h183-4": {
        "title": "前哨农场突发公共事件总体应急预案",
        "skip": [
            r"^欢迎来到北大荒集团前哨农场有限公司官方网站!$",
            r"^用户名 密码 登陆注册$",
            r"^首页 >安全稳定 >应急管理$",
            r"^作者:谭禄发布时间:",
            r"^前哨农场突发公共事件总体应急预案$",
        ],
        "headings": [(r"^1 总则$", 1), (r"^1\.[1-4](编制目的|编制依据|事件分类|遵循原则)$", 2)],
    },
    "h183-5": {
        "title": "Financial Complaints",
        "english": True,
        "skip": [r"^Financial Complaints$"],
        "headings": [
            (r"^Farmlands Group internal complaints policy and process$", 1),
            (r"^(Receiving|Investigating) a complaint or query$", 2),
        ],
    },
}

LAYOUT185: dict[str, dict] = {
    "h185-1": {
        "title": "南阳市风雅印务有限公司安全生产事故应急预案",
        "skip": [r"^您好,欢迎访问三七文档$"],
        "strip": [r"(?m)^第1页南阳市风雅印务有限公司安全生产事故应急预案(?=1总则)"],
        "sub": [(r"把第2页应急险情", "把应急险情")],
        "split": r"(?<=^1总则)|(?=1\.[1-3](?:编制目的|编制依据|适用范围))|(?<=1\.1编制目的)|(?<=1\.2编制依据)|"
        r"(?<=1\.3适用范围)|(?=[⑴⑵])|(?<=⑵险情的级别划分)|(?=紧急情况等级应变定义)|(?=第[一二三]级:)|(?=三级、二级险情)",
        "headings": [(r"^1总则$", 1), (r"^1\.[1-3](编制目的|编制依据|适用范围)$", 2)],
    },
    "h185-2": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [
            (r"^(Who can complain\?|What can I complain about\?|Making a complaint|Complaints process|Confidentiality)$", 1)
        ],
    },
    "h185-3": {
        "title": "Quality Control overview",
        "english": True,
        "headings": [(r"^Step [1-3]: (Open a QC case|Review|Resolution)$", 1)],
    },
}

LAYOUT186: dict[str, dict] = {
    "h186-1": {
        "title": "4s店安全生产应急预案",
        "skip": [
            r"^4s店安全生产应急预案$",
            r"^时间:2021-04-12 15:33:46 应急预案 我要投稿$",
            r"^制定4s店安全生产应急预案的目的是为了全面贯彻落实",
        ],
        "headings": [
            (r"^[一二三]、(适用范围|工作机制|应急组织体系与职责)$", 1),
            (r"^\(一\)各级部门的应急组织与职责$", 2),
        ],
    },
    "h186-2": {
        "title": "Complaints Policy",
        "english": True,
        "bullet": r"^-\s+",
        "headings": [
            (r"^[1-3]\. (Scope|Making a Complaint|Complaint Handling Procedure)$", 1),
            (r"^Stage [1-4]: ", 2),
        ],
    },
    "h186-3": {
        "title": "Complaints",
        "english": True,
    },
    "h186-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [
            (
                r"^(WHAT IS A COMPLAINT|IF YOU HAVE A COMPLAINT|UPON RECEIPT OF A COMPLAINT:|"
                r"WHAT HAPPENS IF WE CANNOT RESOLVE YOUR COMPLAINT STRAIGHT AWAY\?|WHAT IF THE VEHICLE PURCHASED IS ON FINANCE\?)$",
                1,
            ),
            (r"^(By Day (7|28|56)|How does this Affect Us\?)$", 2),
        ],
    },
    "h186-5": {
        "title": "Regulated Finance and Insurance Complaints Process",
        "english": True,
        "skip": [r"^Regulated Finance and Insurance Complaints Process$"],
        "headings": [
            (r"^(KINDLY INCLUDE YOUR DETAILS|WHAT WE NEED FROM YOU\?|INFORMAL PROCEDURE|FORMAL WRITTEN PROCEDURE)$", 1),
        ],
    },
}

LAYOUT187: dict[str, dict] = {
    "h187-1": {
        "title": "客戶紛爭處理程序",
        "skip": [r"^EN$", r"^客戶紛爭處理程序$", r"^載入中\.\.\.$"],
        "sub": [(r"(?m)^ +", "")],
        "bullet": r"^• ",
        "headings": [(r"^[12]\. (客戶意見表達及申訴管道|客戶意見或申訴之調查、回應及處理程序)$", 1)],
    },
    "h187-2": {
        "title": "处理客户投诉",
        "skip": [r"^自主交易及防诈提示:", r"^联络我们$", r"^当前位置:", r"^处理客户投诉$"],
        "bullet": r"^-",
        "headings": [(r"^(投诉的定义|文件详细资料|通知投诉经理|总体程序:)$", 1)],
    },
    "h187-3": {
        "title": "Our Complaints Procedure",
        "english": True,
        "skip": [r"^Our Complaints Procedure$"],
        "rejoin": [r"(?<=[a-z,])\n(?!Complaints received by|Dispute Resolution)(?=\S)"],
        "headings": [
            (r"^Dispute Resolution: Complaints Sourcebook \(DISP\)$", 1),
            (r"^Complaints received by (Letter|email|telephone)\.$", 2),
        ],
    },
    "h187-4": {
        "title": "Our internal dispute resolution process",
        "english": True,
        "skip": [r"^Our internal dispute resolution process$"],
        "headings": [
            (r"^Stage [123] – (tell us what’s wrong|tell our Trustees what’s wrong|contact The Pensions Ombudsman)$", 1),
            (r"^What (we’ll|the Ombudsman will) do to put it right$", 2),
        ],
    },
}

LAYOUT184: dict[str, dict] = {
    "h184-1": {
        "title": "游乐项目安全应急预案及处置措施",
        "skip": [
            r"^好文档 - 专业文书写作范文服务资料分享网站$",
            r"^游乐项目安全事故应急预案$",
            r"^天下 分享 时间:",
            r"^\.$",
            r"^专业资料$",
            r"^游乐项目安全应急预案及处置措施$",
        ],
        "sub": [(r"公司各部门\n\n预防", "公司各部门预防"), (r"对企业的危\n\n险分析", "对企业的危险分析")],
        "split": r"(?<=。) (?=\([23]\))|(?<=发生。) (?=3 应急响应)|(?<=专项应急预案) (?=3\.1\.1)|"
        r"(?<=安全应急指挥部) (?=总指挥:)|(?<=。) (?=副指挥:)",
        "headings": [
            (r"^[123] (编制目的|危险性分析|应急响应)$", 1),
            (r"^3\.1 紧急疏散专项应急预案$", 2),
            (r"^3\.1\.1 安全应急指挥部$", 3),
        ],
    },
    "h184-2": {
        "title": "葫芦娃娃乐园安全应急和处置预案",
        "skip": [r"^已阅读5页", r"^版权说明:", r"^文档简介$"],
        "strip": [r"(?m)^葫芦娃娃乐园安全事故应急预案 葫芦娃娃乐园安全应急和处置预案(?=根据)"],
        "split": r"(?<=。) |(?<=一、安全风险性分析)(?=1\.)|(?<=1\.乐园概况)|(?<=2\.安全风险性分析)|(?<=方面) (?=\(1\))",
        "headings": [(r"^一、安全风险性分析$", 1), (r"^[12]\.(乐园概况|安全风险性分析)$", 2)],
    },
    "h184-3": {
        "title": None,
        "sub": [(r"\n[23]、", ""), (r"(?m)^1、", "")],
        "split": r"(?<=发生。)(?=3组织)|(?<=组织机构及职责)|(?<=应急组织体系) |(?<=见图2)(?=3\.2)|(?<=指挥机构及职责)|"
        r"(?=3\.2[123])|(?<=公园应急指挥部)(?=公园应急指挥部的)|(?<=应急指挥办公室)(?=应急指挥办公室是)|(?<=伤亡。)(?=图2)|"
        r"(?<=框图)|(?<=现场应急指挥部)(?=现场应急指挥部是)|(?<=等。)(?=\(1\))|(?<=专家组)(?=在应急)|(?<=职责是:)|"
        r"(?<=。)(?=[2-5][研为提])|(?<=。) (?=\(2\))|(?<=抢救队)(?=熟悉)",
        "headings": [
            (r"^3组织机构及职责$", 1),
            (r"^3\.[12](应急组织体系|指挥机构及职责)$", 2),
            (r"^3\.2[123](公园应急指挥部|应急指挥办公室|现场应急指挥部)$", 3),
        ],
    },
    "h184-4": {
        "title": "網(wǎng)吧常見問題處理",
        "skip": [
            r"^網\(wǎng\)吧常見問題處理$",
            r"^ID:\d+$",
            r"^大",
            r"^頁數\(shù\):",
            r"^時\(shí\)間:",
            r"_第\d頁$",
            r"^資源描述:$",
            r"^《網\(wǎng\)吧常見問題處理》由會\(huì\)員上傳分享",
        ],
        "sub": [(r"\n\n2、", ""), (r"(?m)^1、", ""), (r"n(?=顧客|有客戶|兩名)", "\n")],
        "split": r"(?<=怎么辦\?)",
        "headings": [(r"^(顧客|有客戶|兩名).*怎么辦\?$", 1)],
    },
    "h184-5": {
        "title": "FORMAL COMPLAINTS PROCEDURE",
        "english": True,
        "skip": [r"^FORMAL$", r"^COMPLAINTS PROCEDURE$"],
        "headings": [
            (
                r"^[1-6]\. (Introduction|Initial Contact|Escalation Process|Centralised Complaint Management|"
                r"Confirmation of Correct Process|Conclusion)$",
                1,
            )
        ],
    },
}

LAYOUT188: dict[str, dict] = {
    "h188-1": {
        "title": "开化县广播电视总台关于“十八大”浙江省“党代会”期间安全播出保障工作方案",
        "skip": [
            r"^当前位置:",
            r"^开化县广播电视总台关于“十八大”浙江省“党代会”期间安全播出保障工作方案$",
            r"^2021-06-25 开化县 收藏$",
            r"^朗读$",
            r"^开化县广播电视总台关于“十八大”$",
            r"^浙江省“党代会”期间安全播出保障工作方案$",
        ],
        "headings": [(r"^[一二三]、(组织指挥机构|组织分工|组织动员)$", 1)],
    },
    "h188-2": {
        "title": "安全播出管理办法",
        "skip": [r"^当前位置:", r"^安全播出管理办法$"],
        "sub": [(r"实行\n\n分级管理原则", "实行分级管理原则")],
        "headings": [
            (r"^第一章总则$", 1),
            (r"^第[一二三四]条(编制目的|管理原则|编制依据|适用范围)$", 2),
        ],
    },
    "h188-3": {
        "title": "Code of Conduct",
        "english": True,
        "skip": [r"^Code of Conduct$"],
        "headings": [
            (r"^(Not happy with our service\?|Our Customer Promise|How to make a complaint)$", 1),
            (r"^Stage 1: Contacting our Customer Services Advisors$", 2),
        ],
    },
    "h188-4": {
        "title": "Complaint Handling Process – Summary",
        "english": True,
        "skip": [r"^Complaint Handling Process – Summary$"],
        "rejoin": [r"(?<=[a-z,])\n(?=\S)"],
        "headings": [(r"^(Our principles|Free of charge|How to make a complaint\?|What we will do):?$", 1)],
    },
    "h188-5": {
        "title": "Complaint Handling Process",
        "english": True,
        "strip": [r"^Complaint Handling Process\n"],
        "headings": [
            (r"^Complaint Handling Process$", 1),
            (r"^Step One – Contact Customer Service$", 2),
            (r"^(Service Enquires|Service Faults|Urgent Issues)$", 3),
        ],
    },
}

LAYOUT189: dict[str, dict] = {
    "h189-1": {
        "title": None,
        "strip": [r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)"],
        "split": r"(?<=【導讀】)|(?<=。)(?=\S)",
        "headings": [(r"^【導讀】$", 1)],
    },
    "h189-2": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "sub": [(r"(?m)^ +", "")],
        "bullet": r"^• ",
        "headings": [
            (r"^(Reporting a Complaint|Our Complaint Resolution Process|Possible Outcomes|Escalation)$", 1),
            (r"^How to Report a Complaint:$", 2),
        ],
    },
}

LAYOUT190: dict[str, dict] = {
    "h190-1": {
        "title": "关于突发性群众闹事应急预案",
        "skip": [
            r"^关于突发性群众闹事应急预案$",
            r"^更新时间:",
            r"^说明:文章内容仅供预览",
            r"^中交路桥南方工程有限公司 贵黔高速第五合同段项目经理部$",
            r"^\?深圳物业管理信息网",
        ],
        "split": r"(?<=总则:) (?=1、)|(?<=应急准备) (?=1、)|(?<=;) (?=\((?:7|9|10)\))",
        "headings": [
            (r"^(一、 总则:|二、应急准备)$", 1),
            (r"^[12]、(目的:|适用范围:|组织机构及职责)$", 2),
        ],
    },
    "h190-2": {
        "title": "农民工工资支付应急预案",
        "skip": [
            r"^1 / 8$",
            r"^文档名称:$",
            r"^农民工工资支付应急预案\(18326\)模板\.doc$",
            r"^格式:doc",
            r"^下载后只包含",
            r"^如果您已付费",
            r"^分享$",
            r"^预览$",
            r"^上传人:",
            r"^下载得到文件列表$",
            r"^文档介绍$",
        ],
        "strip": [r"文档介绍:农民工工资支付应急预案\(18326\)目录.*?5农民工工资支付应急预案(?=为了)"],
        "split": r"(?<=制定本预案。)|(?<=一、工作原则)(?=坚持)|(?<=确保社会稳定。)|(?<=二、适用范围)(?=本预案)|"
        r"(?<=包括:)(?=1、)|(?<=;)(?=[2-6]、)|(?<=突发事件等。)|(?<=三、组织体系及相关机构职责)(?=项目部)",
        "headings": [(r"^[一二三]、(工作原则|适用范围|组织体系及相关机构职责)$", 1)],
    },
    "h190-3": {
        "title": "Customer Complaints Procedure",
        "english": True,
        "skip": [r"^Customer Complaints Procedure$"],
        "sub": [(r"(?m)^ +", "")],
        "headings": [],
    },
    "h190-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^A PDF version of this document can be found by clicking here\.$"],
        "headings": [(r"^(Introduction|Complaints|Mak)$", 1)],
    },
    "h190-5": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Complaints procedure$"],
        "sub": [(r"(?m)^ +", "")],
        "headings": [(r"^Stage [1-4]: (Written Acknowledgement|Path to resolution|Assessment and response|Eight weeks)$", 1)],
    },
}

LAYOUT191: dict[str, dict] = {
    "h191-1": {
        "title": "投诉处理程序",
        "skip": [r"^投诉处理程序$"],
        "headings": [(r"^[1-4]\. (目的|适用范围|职责|工作程序)$", 1), (r"^4\.[12]投诉的(受理|处理)$", 2)],
    },
    "h191-2": {
        "title": "处理投诉程序",
        "skip": [r"^当前位置首页", r"^处理投诉程序$", r"^字号:"],
        "headings": [
            (r"^[1-4]\.(目的|范围|职责|工作程序)$", 1),
            (r"^4\.[1-4] ?投诉(范围|的信息来源|受理:|的调查及处理)$", 2),
        ],
    },
    "h191-3": {
        "title": "矿用产品安全标志审核发放实施规则 申诉、投诉处理",
        "skip": [
            r"^欢迎访问",
            r"^网站首页",
            r"^联系方式$",
            r"^钟天毓瑞",
            r"^(电话|手机|邮箱|地址):",
            r"^河南矿用产品安全标志审核发放实施规则\(3\)$",
            r"^矿用产品安全标志审核发放实施规则$",
            r"^申诉、投诉处理$",
        ],
        "headings": [(r"^[123] ?(适用范围|处理原则|申诉)$", 1), (r"^3\.4 申诉的处理$", 2)],
    },
    "h191-4": {
        "title": "实验室生物安全事件应急预案",
        "skip": [r"^实验室生物安全事件应急预案$"],
        "split": r"(?<=„2)(?=2、检验科)|(?<=„6)(?=3、)|(?<=„7)(?=4、)|(?<=„10)(?=5、)|(?<=„12)(?=6、)|(?<=„14)(?=[78]、)|"
        r"(?<=„17)(?=实验室生物安全事件应急预案一)|(?<=应急预案)(?=一总则)|(?<=一总则)(?=\(一\))|(?<=\(一\)目的)|"
        r"(?=\([二三四五]\)(?:工作原则|适用范围|编制依据|预案启动))|(?<=工作原则)(?=1\.)|(?<=适用范围)|(?<=主要包括:)(?=1\.)|(?<=编制依据)(?=1\.)|(?<=预案启动)|"
        r"(?=[2-5]\.(?:设施|主动|依法|机制|工作人员|病原|由于))|(?<=》)(?=[23]\.《)",
        "headings": [(r"^一总则$", 1), (r"^\([一二三四五]\)(目的|工作原则|适用范围|编制依据|预案启动)$", 2)],
    },
    "h191-5": {
        "title": "Complaints Policy / Procedure",
        "english": True,
        "skip": [r"^Skip to main content$", r"^Complaints Policy / Procedure$"],
    },
}

LAYOUT192: dict[str, dict] = {
    "h192-1": {
        "title": "中山市中医院突发医疗纠纷事件应急处置预案",
        "skip": [
            r"^医院突发医疗纠纷事件应急处置预案",
            r"^上传人:",
            r"^返回 下载 相关 举报$",
            r"^第\d页 / 共2页$",
            r"^亲,该文档",
            r"^资源描述$",
            r"^中山市中医院突发医疗纠纷事件应急处置预案$",
        ],
        "split": r"(?<=应急处置预案)(?=为了预防)|(?=一、 成立)|(?<=应急处置小组)(?=组长:)|(?=组员:)|(?=责任:负责)|(?=小组下设办公室)|"
        r"(?=二、处置原则)|(?<=处置原则)(?=\(一\))|(?=\([二三]\)(?:统一|快速))|(?=三、责任分工)|(?<=责任分工)(?=各科室)",
        "headings": [(r"^[一二三]、 ?(成立中山市中医院突发医疗纠纷事件应急处置小组|处置原则|责任分工)$", 1)],
    },
    "h192-2": {
        "title": "医疗纠纷应急处置预案",
        "skip": [r"^公文高手", r"^2017医疗纠纷应急处置预案$", r"^医院$", r"^医疗纠纷应急处置预案$"],
        "headings": [(r"^[一二]、(总则|组织机构及职责)$", 1)],
    },
    "h192-3": {
        "title": "NHS Lothian Complaints Handling Procedure",
        "english": True,
        "skip": [r"^NHS Lothian Complaints Handling Procedure$"],
        "split": r"(?<=Procedure) (?=Early Resolution)|(?<=Early Resolution) (?=5 working days)|(?<=working days) (?=For issues)|"
        r"(?<=little or no investigation\.) |(?<=exceptional circumstances\.) |(?<=early resolution\.) |"
        r"(?<=service improvement\.) (?=Investigation)|(?<=Investigation) (?=20 working days)|(?<=‘high risk’\.) |"
        r"(?<=points raised\.) |(?<=internal review\.) |(?<=senior management\.) |(?<=improve services\.) |"
        r"(?<=Independent External Review) (?=Ombudsman)|(?<=Ombudsman) (?=For issues)|(?<=service provider\.) |"
        r"(?<=SPSO website\.) |(?<=available here) (?=NHS Lothian)|(?<=Procedure) (?=Child Friendly)|"
        r"(?<=Child Friendly Complaints) (?=On 16 July)|(?<=affects them\.) |(?<=to the child\.) ",
        "headings": [
            (r"^(Early Resolution|Investigation|Independent External Review)$", 1),
            (r"^Child Friendly Complaints$", 1),
        ],
    },
    "h192-4": {
        "title": "What happens next",
        "english": True,
        "skip": [r"^NHS Logo$", r"^As One Logo$", r"^What happens next$", r"^Contact Us$"],
        "headings": [(r"^What happens if you are not satisfied\?$", 1)],
    },
    "h192-5": {
        "title": "NHS Complaints policy",
        "english": True,
        "skip": [r"^NHS Complaints policy$"],
        "headings": [
            (r"^Local Resolution$", 1),
            (r"^(Who can complain\?|What is the time limit for making a complaint\?|To whom should I complain initially\?)$", 2),
        ],
    },
}

LAYOUT193: dict[str, dict] = {
    "h193-1": {
        "title": "中国人寿保险股份有限公司宁夏分公司客户投诉专项管理办法",
        "strip": [r"(?<=\n)2 (?=主要包括:)"],
        "sub": [(r"第一章\n\n总则", "第一章 总则")],
        "skip": [
            r"^人人范文网 范文大全$",
            r"^中国人寿保险股份有限公司宁夏分公司客户投诉专项管理办法$",
            r"^发布时间:",
            r"^中国人寿保险股份有限公司宁夏分公司$",
            r"^客户投诉专项管理办法$",
        ],
        "split": r"(?<=兼顾的原则) (?=处理客户投诉)",
        "headings": [
            (r"^第[一二]章 (总则|投诉分类)$", 1),
            (r"^[一二]、(定义|投诉管理及处理原则|投诉方式)$", 2),
            (r"^\([一二三四五六]\)[^。]*原则$", 3),
        ],
    },
    "h193-2": {
        "title": "How to Complain",
        "english": True,
        "skip": [r"^How to Complain$"],
        "bullet": r"^- ",
        "headings": [(r"^Investigating and Responding to a Complaint$", 1)],
    },
    "h193-3": {
        "title": "About the complaints procedure",
        "english": True,
        "skip": [r"^About the complaints procedure$"],
        "bullet": r"^• ",
        "headings": [
            (r"^Lurgan Credit Union Limited Internal Complaints Handling Procedure$", 1),
            (r"^(Definition of Complaints and Eligible Complainants|Making a Complaint)$", 2),
        ],
    },
}

LAYOUT194: dict[str, dict] = {
    "h194-1": {
        "title": "文富市2011年中考安全应急预案",
        "skip": [
            r"^1 / 2$",
            r"^文档名称:$",
            r"^xxxx中考应急预案\.doc$",
            r"^格式:doc",
            r"^下载后只包含",
            r"^如果您已付费",
            r"^(分享|预览|下载得到文件列表|相关文档|文档介绍)$",
            r"^上传人:",
            r"^文档介绍:文富市2011年中考安全应急预案$",
        ],
        "split": r"(?<=中考安全应急预案)(?=为维护)|(?=[一二]、领导小组)|(?<=一、领导小组:)|(?=[12]、(?:领导小组:|突发安全事故报告|报告制度|考生发生))|"
        r"(?<=二、领导小组成员职责:)|(?=\([一二三]\))|(?<=\(三\)、安全事故报告及处理程序)",
        "headings": [(r"^[一二]、领导小组(成员职责)?:$", 1), (r"^\(三\)、安全事故报告及处理程序$", 2)],
    },
    "h194-2": {
        "title": "防洪水、地震等自然灾害应急预案",
        "sub": [(r"汇报或\n2、等待", "汇报或等待")],
        "strip": [r"^1、"],
        "skip": [r"^安 全 应 急 预 案 防洪水、地震等自然灾害应急预案$"],
        "split": r"(?<=自然灾害应急预案)(?=为及时)|(?=[一二三四]、(?:指导思想|组织机构|应急预案|报告程序))|"
        r"(?<=[一二三四]、指导思想)|(?<=[一二三四]、组织机构)|(?<=三、应急预案)|(?<=四、报告程序)|(?=组长:杨立华)|(?=本预案自发布)|(?=联系电话舍利)",
        "headings": [(r"^[一二三四]、(指导思想|组织机构|应急预案|报告程序)$", 1)],
    },
    "h194-3": {
        "title": "学校各类应急预案",
        "sub": [(r":\n(?=马建红|唐学福|各班主任)", ":")],
        "skip": [r"^学校各类应急预案\.docx$", r"^《学校各类应急预案\.docx》由会员分享", r"^学校各类应急预案$"],
        "headings": [
            (r"^学校(消防安全事故|传染病防治)应急预案$", 1),
            (r"^[一二三]、(火警通报顺序|全体人员注意事项|火灾原因调查|预防措施):$", 2),
        ],
    },
    "h194-4": {
        "title": "实训教学安全应急预案(试行)",
        "skip": [r"^实训教学安全应急预案\(试行\)$"],
        "split": r"(?<=实训教学安全应急预案\(试行\))(?=为了)|(?=[一二三]、(?:指导思想|组织领导|安全预警机制))|(?<=一、指导思想)|(?<=二、组织领导)|"
        r"(?<=三、安全预警机制)|(?=组长:主管教学)|(?=各实训车间成立)|(?=[2-5]、(?:任课教师|实验实训室|危险品))|(?<=安全预警机制)(?=1、)",
        "headings": [(r"^[一二三]、(指导思想|组织领导|安全预警机制)$", 1)],
    },
    "h194-5": {
        "title": "How to raise a concern or make a complaint",
        "english": True,
        "skip": [r"^About us >$", r"^How to raise a concern or make a complaint$"],
        "bullet": r"^• ",
        "headings": [(r"^Stage 1 – Informal investigation by a member of the Senior Leadership Team$", 1)],
    },
}

LAYOUT195: dict[str, dict] = {
    "h195-1": {
        "title": "小区突发停电,物业应急处理方案",
        "skip": [r"^小区突发停电,物业应急处理方案$", r"^2025-12-19 14:20:14$", r"^图片$"],
        "bullet": r"^[•✓] ",
        "headings": [
            (r"^[一二三]、(总则|组织架构|各部门职责分工)$", 1),
            (r"^\((一|二)\)(工程部|客服部)", 2),
            (r"^[1-4]\. (第一时间响应|启用应急电源|联络外部单位|抢修与记录|及时通知业主|设立应急热线|特殊人群关怀)$", 3),
        ],
    },
    "h195-2": {
        "title": "物业公司工程部停水应急预案",
        "strip": [r"(?m)^1、", r"\n2、"],
        "skip": [r"^《物业公司工程部停水应急预案\.docx》由会员分享", r"^物业公司工程部停水应急预案$"],
        "split": r"(?<=停水应急预案)(?=1目的)|(?<=1目的)(?=规范)|(?=2结用地)|(?<=2结用地)|(?=3职责)|(?<=3职责)|(?=32秩序)|"
        r"(?=4程萍要点)|(?<=4程萍要点)|(?=4\.[1-7] )|(?=42在)|(?=[ab]、(?:工程|客户))|(?=5记录)|(?<=5记录)",
        "headings": [(r"^[1-5](目的|结用地|职责|程萍要点|记录)$", 1)],
    },
    "h195-3": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$", r"^Any questions\? Drop us a message"],
    },
    "h195-4": {
        "title": "BE Ltd Complaints Procedure",
        "english": True,
    },
    "h195-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
    },
}

LAYOUT196: dict[str, dict] = {
    "h196-1": {
        "title": "Complaints and alternative dispute resolution",
        "english": True,
        "skip": [r"^Complaints and alternative dispute resolution$"],
        "headings": [(r"^1\. Complaints$", 1)],
    },
    "h196-2": {
        "title": "How do I make a complaint without ABTA?",
        "english": True,
        "bullet": r"^- ",
    },
}

LAYOUT197: dict[str, dict] = {
    "h197-1": {
        "title": "马拉松应急预案",
        "strip": [r"文档介绍:马拉松应急预案"],
        "skip": [
            r"^1 / 4$",
            r"^文档名称:$",
            r"^马拉松应急预案\.docx$",
            r"^格式:docx",
            r"^下载后只包含",
            r"^如果您已付费下载过",
            r"^分享$",
            r"^预览$",
            r"^上传人:",
            r"^下载得到文件列表$",
            r"^文档介绍$",
        ],
        "split": r"(?=[一二三四]、)|(?<=参赛者健康要求)(?=比赛)|(?<=二、医疗救护)|(?<=三、保险)|(?<=四、监控)|(?=[1-6]、)"
        r"|(?<=疾病患者。)(?=在比赛中)",
        "headings": [(r"^[一二三四]、(参赛者健康要求|医疗救护|保险|监控)$", 1)],
    },
    "h197-2": {
        "title": "校運會的應急預案",
        "skip": [r"^校運會的應急預案$", r"^校運會的應急預案 篇1$"],
        "headings": [
            (r"^[一二三]、(安全應急組織機構:|制定科學、詳盡、可操作性強的運動會規程|具體實施方案)$", 1),
            (r"^\([12]\)運動會(前|期間)做好以下工作:$", 2),
        ],
    },
    "h197-3": {
        "title": "Complaint Handling Policy",
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (
                r"^[1-7]\. (Purpose|Scope|Principles|How to Make a Complaint|Process for Handling Complaints|Outcomes|Record Keeping)$",
                1,
            )
        ],
    },
    "h197-4": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^top of page$", r"^Complaints Policy$"],
        "headings": [(r"^(If you want to complain|What happens next\?)$", 1), (r"^Step One$", 2)],
    },
    "h197-5": {
        "title": "Swans Events' Complaint Policy",
        "english": True,
        "skip": [r"^top of page$", r"^Swans Events' Complaint Policy$"],
        "headings": [(r"^Complaints Procedure$", 1), (r"^Stage One - Complaint$", 2)],
    },
}

LAYOUT198: dict[str, dict] = {
    "h198-1": {
        "title": "",
        "sub": [(r" ?Р ", "\n")],
        "headings": [(r"^3\.[56] ?(霉变事件应急处置|雷击灾害事件应急预案)$", 1)],
    },
    "h198-2": {
        "title": "4.3 Customer Complaint Program",
        "english": True,
        "skip": [r"^4\.3 Customer Complaint Program$"],
    },
}

LAYOUT199: dict[str, dict] = {
    "h199-1": {
        "title": "益学橙伴读平台服务纠纷处理机制与解决方案(完整版)",
        "skip": [r"^服务纠纷处理方式及解决方案建议$", r"^益学橙伴读平台服务纠纷处理机制与解决方案\(完整版\)$"],
        "pipe_table": True,
        "headings": [(r"^第[一二]章 ", 1), (r"^[12]\.[1-4] ", 2)],
    },
    "h199-2": {
        "title": "“誠學(xué)信付”先學(xué)后付平臺學(xué)員客訴處理規(guī)則",
        "skip": [
            r"^久久久久,",
            r"^聯\(lián\)系方式$",
            r"^教育分期平臺$",
            r"^聯\(lián\)系人:",
            r"^手 機\(jī\):",
            r"^電 話:",
            r"^地 址:",
            r"^“誠學\(xué\)信付”先學\(xué\)后付平臺學\(xué\)員客訴處\(chù\)理規\(guī\)則$",
            r"^“誠學\(xué\)信付”先學\(xué\)后付平臺學\(xué\)員客訴處理規\(guī\)則$",
            r"^發\(fā\)布時間:",
        ],
        "headings": [(r"^[一二]、", 1), (r"^第[一二]天:$", 2)],
    },
    "h199-3": {
        "title": "退换课流程",
        "skip": [
            r"^外语加油站 - 专业外语培训服务平台$",
            r"^北京 上海 天津",
            r"^(课程|学校|新闻|问答|外语加油站|关于我们|购课指南|消费者保障|商务合作|退换课流程)$",
            r"^• ",
        ],
        "headings": [(r"^学员报名后的退费及换课处理$", 1), (r"^[234]、.*:$", 2)],
    },
    "h199-4": {
        "title": "Complaints, Appeals & Grievances",
        "english": True,
        "skip": [r"^Complaints, Appeals & Grievances$"],
        "sub": [
            (r"(?m)^Stage \| Procedure \| Timeframe \|$", "| Stage | Procedure | Timeframe |"),
            (r"(?m)^---\|---\|---\|$", "|---|---|---|"),
            (r"(?m)^([^|\n]+?) \|\n\| ([^|\n]+?) \|$", r"| \1 |  | \2 |"),
        ],
        "pipe_table": True,
        "headings": [(r"^(Customer Satisfaction|My complaint has not been resolved|Your details)$", 1)],
    },
    "h199-5": {
        "title": "TBTutors Online Complaints Policy",
        "english": True,
        "skip": [r"^top of page$", r"^TBTutors Online$", r"^Complaints Policy$"],
        "headings": [(r"^(Importance of Reporting Issues|Reporting Issues|Formal Complaint Procedure|Appeals Process)$", 1)],
    },
}

LAYOUT200: dict[str, dict] = {
    "h200-1": {
        "title": "Enquiries and complaints",
        "english": True,
        "skip": [r"^Enquiries and complaints$"],
        "headings": [(r"^How We Respond to Complaints$", 1)],
    },
    "h200-2": {
        "title": "Complaints, compliments and suggestions",
        "english": True,
        "skip": [r"^Complaints, compliments and suggestions$"],
        "headings": [
            (
                r"^(Timeframes for complaint resolution|What happens if you are not happy with the outcome\?"
                r"|Personal information – collection and usage)$",
                1,
            )
        ],
    },
    "h200-3": {
        "title": "Customer care",
        "english": True,
        "rejoin": [r"(?<=[a-z,])\n(?=[a-z])"],
        "skip": [],
        "headings": [],
    },
}

LAYOUT201: dict[str, dict] = {
    "h201-1": {
        "title": "門店處理緊急突發事件管理規定",
        "strip": [r"^1、門店處理緊急突發事件管理規定", r"\n[23]、"],
        "split": r"(?=[一二三]、)|(?<=職能部門檢查:)|(?<=顧客投訴:)|(?<=[。:])(?=\d、)|(?=\(\d\))",
        "headings": [(r"^[二三]、(職能部門檢查|顧客投訴):$", 1)],
    },
    "h201-2": {
        "title": "眼镜店用户投诉处理制度(销售人员用)",
        "skip": [r"^《眼镜店用户投诉处理制度"],
        "strip": [r"(?m)^眼镜店用户投诉处理制度\(销售人员用\)(?=一、)"],
        "split": r"(?=[一二三四五六七八]、)",
        "headings": [],
    },
    "h201-3": {
        "title": "",
        "english": True,
        "headings": [(r"^(How to complain|What happens after I have complained\?)$", 1)],
    },
}

LAYOUT202: dict[str, dict] = {
    "h202-1": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^IT IS ADVISED TO BOOK ONLINE TO GUARANTEE ENTRY$", r"^Complaints Procedure$"],
        "headings": [
            (r"^(EXPLORIS COMPLAINTS PROCEDURE \u2013 INTRODUCTION|PLEASE LET US KNOW WHEN|HOW TO COMPLAIN)$", 1),
            (r"^WHAT WILL HAPPEN WHEN I COMPLAIN\?$", 1),
            (r"^STAGE [12]$", 2),
        ],
    },
    "h202-2": {
        "title": "Complaints",
        "english": True,
        "headings": [(r"^Formal Complaints Procedure$", 1), (r"^First Stage$", 2)],
    },
    "h202-3": {
        "title": "Animal Aid Complaints Procedure",
        "english": True,
        "skip": [r"^Animal Aid Complaints Procedure$"],
        "headings": [],
    },
    "h202-4": {
        "title": "Feedback",
        "english": True,
        "sub": [(r"(?m)^(Step [12] - [A-Za-z ]+:) ", "\\1\n")],
        "headings": [(r"^Step [12] - [A-Za-z ]+:$", 1)],
    },
}

LAYOUT203: dict[str, dict] = {
    "h203-1": {
        "title": "平臺對用戶糾紛的處理機制",
        "skip": [r"^嘿嘿连载黄色-", r"^• 歡迎來到 ", r"^平臺對用戶糾紛的處理機制$"],
        "join": r"^(公司|客戶服務|1、|\d\))",
    },
    "h203-2": {
        "title": "Customer Complaints Policy",
        "english": True,
        "skip": [r"^Customer Complaints Policy$"],
        "bullet": r"^- ",
        "headings": [(r"^(How to make a complain\?|Free of charge|What happens next)$", 1)],
    },
    "h203-3": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [
            (r"^Complaints about I\.T Communications Limited$", 1),
            (r"^(What information we’ll need from you|External Dispute Resolution Scheme)$", 1),
        ],
    },
    "h203-4": {
        "title": "Australia Complaints Handling Policy",
        "english": True,
        "skip": [r"^Australia Complaints Handling Policy$"],
        "bullet": r"^- ",
        "headings": [(r"^[1-5]\. [A-Z]", 1), (r"^Step 1: ", 2)],
    },
}

LAYOUT204: dict[str, dict] = {
    "h204-1": {
        "title": "Key info",
        "english": True,
        "skip": [r"^Check out our new families", r"^Please click the buttons below"],
        "sub": [
            (r"must be\npresented", "must be presented"),
            (r"senior staff member\nto ensure", "senior staff member to ensure"),
        ],
    },
    "h204-2": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Woodley Pre-School \|$", r"^Complaints procedure 1 January 1970$"],
        "bullet": r"^• ",
        "headings": [(r"^(Making a complaint)$", 1), (r"^(Policy statement|Stage [1-5])$", 2)],
    },
    "h204-3": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [(r"^The Tots' Clubhouse Nursery School Complaints Policy$", 1)],
    },
}

LAYOUT205: dict[str, dict] = {
    "h205-1": {
        "title": "大面积航班备降应急预案",
        "skip": [r"^大面积航班备降应急预案-机场应急救援预案\.pdf", r"^• "],
        "split": r" (?=1主题内容)|(?<=1主题内容与适用范围) | (?=2引用文件)|(?<=2引用文件) |(?<=\)) (?=《民用机场运行)"
        r"| (?=3分类分级)|(?<=3分类分级) | (?=3\.1\.\d )| (?=4组织机构)|(?<=4组织机构) | (?=4\.[12])"
        r"|(?<=处置领导小组组成) |(?<=4\.2领导小组职责) | (?=5总体原则)|(?<=5总体原则) | (?=5\.1)|(?<=统一指挥原则:) ",
        "headings": [(r"^[1-5][\u4e00-\u9fff][^ ]*$", 1), (r"^[45]\.[12][\u4e00-\u9fff]", 2)],
    },
    "h205-2": {
        "title": "大面积航班延误地面服务应急预案",
        "strip": [r"文档介绍:大面积航班延误地面服务应急预案 "],
        "skip": [
            r"^1 / 54$",
            r"^文档名称:$",
            r"^大面积航班延误地面服务应急预案\.doc$",
            r"^格式:doc",
            r"^下载后只包含",
            r"^如果您已付费",
            r"^(分享|预览|下载得到文件列表|文档介绍)$",
            r"^上传人:",
        ],
        "split": r"(?<=制订目的)(?=为更好)| (?=实施方案 )|(?<=实施方案) (?=航班延误)|(?<=航班延误原因分类) | (?=[1-8]、)",
        "headings": [(r"^(制订目的|实施方案)$", 1), (r"^航班延误原因分类$", 2)],
    },
    "h205-3": {
        "title": "Compliments and feedback",
        "english": True,
        "headings": [(r"^Further support$", 1)],
    },
}

LAYOUT206: dict[str, dict] = {
    "h206-1": {
        "title": "质量事故与投诉处理制度",
        "skip": [
            r"^首页 > ",
            r"^医疗器械公司质量事故与投诉处理制度DOC$",
            r"^mengxia",
            r"^V 实名认证$",
            r"^(内容提供者|热门搜索|文本描述)$",
            r"^(资料大小|文档格式|资料语言|解压密码|更新时间|类型|积分|推荐):",
            r"^点此下载",
            r"^“医疗器械公司质量事故与投诉处理制度DOC”第1页图片",
            r"^质量事故与投诉处理制度$",
        ],
        "headings": [(r"^[一二]、(总 则|细 则)$", 1)],
    },
    "h206-2": {
        "title": "医疗器械质量事故和投诉处理管理制度",
        "skip": [r"^医疗器械质量事故和投诉处理管理制度$", r"^合集下载$", r"^相关主题$", r"^[123]\. [123]、"],
        "headings": [(r"^[1-5]\. (目的|范围|权责|定义|作业内容)$", 1)],
    },
    "h206-3": {
        "title": "售后管理部管理制度",
        "strip": [r"(?m)^售后管理部管理制度(?=1 、目的)"],
        "split": r"(?<=1 、目的:)|(?=2、依据)|(?<=2、依据:)|(?=3、使用范围)|(?<=3、使用范围:)|(?=4、职责)|(?<=4、职责:)|"
        r"(?=5、内容)|(?<=5、内容:)|(?=5\.[1-7] 、)|(?=精品资料Welcome)",
        "skip": [r"^精品资料Welcome"],
        "headings": [(r"^[1-5] ?、(目的|依据|使用范围|职责|内容):$", 1)],
    },
    "h206-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [
            r"^The item has been added to your basket\.$",
            r"^Checkout\s+Continue Shopping$",
            r"^Complaints Procedure$",
            r"^Health Advice$",
            r"^Main Menu$",
            r"^Complaints Procedure PDF Print E-mail$",
            r"^Download the Complaints Form$",
        ],
        "headings": [(r"^Definition of a Complaint$", 1)],
    },
    "h206-5": {
        "title": "Our Complaints Procedure",
        "english": True,
        "headings": [(r"^(Criteria|Procedure|Investigation|Response)$", 1)],
    },
}

LAYOUT207: dict[str, dict] = {
    "h207-1": {
        "title": "帮助指南",
        "skip": [r"^帮助指南$", r"^- 首页$", r"^- 帮助指南$"],
        "headings": [(r"^常见问题:$", 1), (r"^[1-8]\. ", 2)],
        "bullet": r"^- ",
    },
    "h207-2": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [],
    },
}

LAYOUT208: dict[str, dict] = {
    "h208-1": {
        "title": "殡葬代理服务投诉处理工作规范",
        "skip": [r"^殡葬代理服务投诉处理工作规范$"],
        "headings": [(r"^第[一二三四五]条 (目的|工作要求|投诉分类|投诉处理依据|投诉处理机构与人员)$", 1)],
    },
    "h208-2": {
        "title": "突发事件应急处置工作预案",
        "skip": [r"^陵园墓区应急预案$", r"^合集下载$", r"^相关主题$", r"^\d\. \d、", r"^突发事件应急处置工作预案$"],
        "sub": [(r"的应\n+急处置工作", "的应急处置工作")],
        "headings": [(r"^1\. 总则$", 1), (r"^1\.[1-4] (编制目的|编制依据|适用范围|工作目的)$", 2)],
    },
    "h208-3": {
        "title": "殡仪馆应急预案",
        "strip": [
            r"^相关动态\n最新整理殡仪馆应急预案\.docx\n2024-12-06 03:44\n最新整理殡仪馆应急预案\.docx 殡仪馆\n+1、最新整理殡仪馆应急预案"
        ],
        "sub": [(r"\(一\)县殡仪馆\n+最新整理殡仪馆应急预案\.docx\n+2、", "(一)县殡仪馆"), (r"的气\n+3、候", "的气候")],
        "split": r"(?<=^殡仪馆应急预案)(?=根据)|(?=[一二]、(?:县殡仪馆的基本情况|可能发生))|(?<=县殡仪馆的基本情况)(?=\(一\))|"
        r"(?=\(二\)随着)|(?<=几种情况)(?=\(一\))|(?<=\(一\)交通堵塞)|(?= \(二 \)拥挤)|(?<=拥挤踩 踏)|(?=\(三\)突发疾病)|"
        r"(?<=\(三\)突发疾病)",
        "skip": [r"^殡仪馆应急预案$"],
        "headings": [
            (r"^[一二]、(县殡仪馆的基本情况|可能发生突发公共事件的几种情况)$", 1),
            (r"^\((一|二 |三)\)(交通堵塞|拥挤踩 踏|突发疾病)$", 2),
        ],
    },
    "h208-4": {
        "title": "Complaint Handling Procedure",
        "english": True,
        "skip": [],
        "sub": [(r"(Telephone: 0800 007 3921)\nAddress: ", r"\1 Address: ")],  # the contact lines: one paragraph
        "headings": [
            (r"^[123]\. (Complaint Contact Details|Definition of a complaint|Our Procedure)$", 1),
            (r"^Complaints resolved within three business days$", 2),
        ],
    },
}

LAYOUT209: dict[str, dict] = {
    "h209-1": {
        "title": "隧道辖区道路清扫保洁劳务保洁服务项目机械化保洁及垃圾清运过程应急处理预案",
        "skip": [r"^《隧道辖区道路清扫保洁劳务保洁服务项目"],
        "sub": [
            (r"\n1、隧道辖区道路清扫保洁劳务保洁服务项目机械化保洁及垃圾清运过程应急处理预案", "\n"),
            (r"解\n2、决", "解决"),
        ],
        "split": r"(?=\(一\)突发案件)|(?<=\(一\)突发案件,应急处理)|(?=\(二\)大片污染)|(?<=\(二\)大片污染,集中整治)"
        r"|(?=91\.2\.1 )|(?<=路面污染的应急预案)|(?=\(1\)如遇)|(?=[123]、(?:道路|一般人行道))",
        "headings": [(r"^\([一二]\)", 1), (r"^91\.2\.1 ", 2)],
    },
    "h209-2": {
        "title": "興寧區(qū)環(huán)興寧區(qū)衛(wèi)項目應急預案A標段",
        "skip": [
            r"^環\(huán\)衛\(wèi\)項目應急預案_第",
            r"^已閱讀",
            r"^下載本文檔$",
            r"^版權說明",
            r"^文檔簡介$",
            r"^興寧區\(qū\)環\(huán\)興寧區\(qū\)衛\(wèi\)項目應急預案A標段$",
        ],
        "split": r"(?<=項目應急預案A標段)|(?<=突發\(fā\)事件應急保障重難點分析)|(?=第二節\(jié\))"
        r"|(?<=應急保障組織機構\(gòu\)設置)|(?=[一二三四]、)|(?<=一、指導思想)|(?<=二、使用范圍)|(?<=三、處理原則與要求)"
        r"|(?<=四、應急事件級別劃分)|(?=序號)|(?=[12](?:道路|小范圍))",
        "headings": [
            (r"^突發\(fā\)事件應急保障重難點分析$", 1),
            (r"^第二節\(jié\)", 1),
            (r"^(?:一、指導思想|二、使用范圍|三、處理原則與要求|四、應急事件級別劃分)$", 2),
        ],
    },
    "h209-3": {
        "title": "环卫保洁服务应急管理与应急措施方案",
        "skip": [r"^版权说明", r"^文档简介$", r"^环卫保洁服务应急管理与应急措施方案$"],
        "split": r"(?=刖言)|(?<=刖言)|(?=——)|(?=一、总体部署)|(?<=一、总体部署)|(?=\(一\)应急部署目的)"
        r"|(?<=\(一\)应急部署目的)|(?=指导思想做好)|(?<=指导思想)(?=做好)|(?=\(二\)应急内容)|(?<=\(二\)应急内容)",
        "headings": [
            (r"^刖言$", 1),
            (r"^一、总体部署$", 1),
            (r"^\((?:一|二)\)(?:应急部署目的|应急内容)$", 2),
            (r"^指导思想$", 2),
        ],
    },
    "h209-4": {
        "title": "对保洁工作不满意怎么办?",
        "skip": [r"^对保洁工作不满意怎么办\?$", r"^2019-05-22$", r"^常见问题$", r"^2236$"],
        "headings": [(r"^(?:壹|贰):", 1)],
    },
    "h209-5": {
        "title": "Complaints Procedure for Business Waste Removal Walthamstow",
        "english": True,
        "skip": [r"^Complaints Procedure for Business Waste Removal Walthamstow$"],
        "split": r"(?<=investigation\.)(?=Minor)",
        "headings": [(r"^Acknowledgement and initial assessment$", 1)],
        "bullet": r"^- ",
    },
}

LAYOUT210: dict[str, dict] = {
    "h210-1": {
        "title": "停车收费承包经营权招标项目投标方案",
        # the sharing site numbers its preview chunks (“1、”, “2、”), one of them inside a sentence
        "sub": [(r"\n1、停车收费", "\n停车收费"), (r"特制定\n\n2、本程序", "特制定本程序")],
        "skip": [
            r"^停车场管理应急预案\.docx",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^第\d页 / 共13页$",
            r"^亲,该文档",
            r"^资源描述$",
            r"^《停车场管理应急预案",
            r"^停车收费承包经营权招标项目投标方案$",
        ],
        "split": r"(?=2022 年目录)|(?=目录一、)|(?<=处理程序93)(?=矛盾纠纷)|(?=\(一\)编制目的预防)|(?<=\(一\)编制目的)(?=预防)"
        r"|(?=\(二\)适用范适用)|(?<=\(二\)适用范)(?=适用于)|(?<=包括:)(?=1\.)|(?<=发电)(?=2、)|(?<=互撞事件)(?=3、)"
        r"|(?<=它车事件)(?=4、)|(?<=损坏设施)(?=5、)|(?<=被砸事件)(?=6、)|(?<=矛盾纠纷)(?=\(三\))"
        r"|(?<=\(三\)职责和权限)(?=1、)|(?<=批准。)(?=2、)",
        "headings": [(r"^矛盾纠纷等各类应急处置预案$", 1), (r"^\([一二三]\)", 2)],
    },
    "h210-2": {
        "title": "车辆被盗、被损坏等意外事件的处理规程",
        "sub": [(r"• 车辆被盗、被损坏等意外事件的处理规程 ", "")],
        "skip": [
            r"^好文档就是一把金锄头!$",
            r"^欢迎来到金锄头文库",
            r"^电子文档交易市场$",
            r"^安卓APP",
            r"^车辆被盗、被损坏等意外事件的处理规程\.docx$",
            r"^4页$",
            r"^• (卖家|文档编号|上传时间|文档格式|文档大小|/ 4|文本预览|下载提示|常见问题)",
        ],
        "split": r"(?<![\d.])(?=[1-4]\.\d(?:\.\d)?\s?[\u4e00-\u9fff])|(?<![a-z])(?=[a-h]\) ?[\u4e00-\u9fff])",
        "headings": [(r"^[1-4]\.0", 1), (r"^4\.2停车场被劫事件的处理$", 2), (r"^4\.\d\.\d", 3)],
    },
    "h210-3": {
        "title": "机动车驾驶人考试工作纪律",
        "sub": [(r"文档介绍:机动车驾驶人考试工作纪律", "")],
        "skip": [
            r"^1 / 6$",
            r"^文档名称:$",
            r"^机动车驾驶人考试工作纪律\.doc$",
            r"^格式:doc",
            r"^下载后只包含",
            r"^如果您已付费",
            r"^分享$",
            r"^预览$",
            r"^上传人:",
            r"^下载得到文件列表$",
            r"^文档介绍$",
        ],
        "split": r"(?=[一二三四五]、严禁)|(?=公安民警及)|(?=76综合预案)|(?<=76综合预案)(?=一、)|(?<=预安案)(?=\()"
        r"|(?=\(\d\))|(?=二、雨雾)|(?<=天气的应急预案)(?=1、雾天)|(?<=1、雾天)(?=\()",
        "headings": [(r"^76综合预案$", 1), (r"^[一二]、(恶劣|雨雾)", 2), (r"^1、雾天$", 3)],
    },
    "h210-4": {
        "title": "停車場(chǎng)安全管理制度",
        "sub": [(r"1 / 14 停車場\(chǎng\)安全管理制度 停車場\(chǎng\)安全管理制度 ", "")],
        "skip": [r"^已閱讀5頁", r"^版權\(quán\)說明", r"^文檔簡\(jiǎn\)介$"],
        "split": r" (?=\d、)| (?=\((?:一|二)\))",
        "headings": [(r"^\((?:一|二)\)", 1)],
    },
    "h210-5": {
        "title": "Complaints and Appeals Procedures",
        "english": True,
        "skip": [r"^Complaints and Appeals Procedures$"],
        "headings": [(r"^Complaints and Appeals Policy$", 1)],
    },
}

LAYOUT211: dict[str, dict] = {
    "h211-1": {
        "title": "2013年救助程序及须知",
        "skip": [
            r"^中山市启善爱护动物服务中心$",
            r"^找回密码$",
            r"^立即注册$",
            r"^QQ登录$",
            r"^只需一步,快速开始$",
            r"^扫一扫,访问微社区$",
            r"^搜索$",
            r"^查看: \d+\|回复: \d+$",
            r"^\[复制链接\]$",
            r"^发表于 ",
            r"^2013年救助程序及须知$",
        ],
        "sub": [(r"-{5,}(中山市启善爱护动物服务中心救助流程条约)-{5,}", r"\1")],
        "headings": [(r"^救助过程记录表$", 1), (r"^中山市启善爱护动物服务中心救助流程条约$", 1)],
    },
    "h211-2": {
        "title": "獸醫管理局如何處理註冊獸醫專業失當或疏忽的投訴",
        "strip": [r"獸醫管理局如何處理註冊獸醫專業失當或疏忽的投訴 (?=目錄)"],
        "skip": [r"^下载单张及表格-香港兽医管理局", r"^\d\. \d、", r"^查看更多$"],
        "split": r"(?<=目錄) |(?<=段落) | (?=應向誰投訴)| (?=投訴應包括)| (?=投訴後將會如何)| (?=若我打算投訴)| (?=投訴有否時限)",
        "headings": [(r"^目錄$", 1)],
    },
    "h211-3": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [],
        "bullet": r"^- ",
        "headings": [(r"^(Guide to making a complaint|What we shall do)$", 1)],
    },
}

LAYOUT213: dict[str, dict] = {
    "h213-1": {
        "title": "有间网吧安全措施和应急应急预案",
        "skip": [r"^网吧安全措施和应急应急预案$", r"^有间网吧安全措施和应急应急预案$"],
        "join": r"^(\d、|[一二]、)",
        "headings": [(r"^[一二]、(安全措施|应急预案)$", 1)],
    },
    "h213-2": {
        "title": "规章制度应急预案",
        "skip": [r"^您好,欢迎访问三七文档$", r"^当前位置:", r"^规章制度应急预案$"],
        "split": r"(?<=^规章制度应急预案)|(?<=海悦网络会馆)(?=第一部分)|(?=\([一二]\)网吧)|(?<=职责)(?=1、)|(?<=[;。])(?=\d、)",
        "headings": [(r"^第一部分工作人员与管理机构职责$", 1), (r"^\([一二]\)网吧(管理机构|主管负责人)职责$", 2)],
    },
    "h213-3": {
        "title": "酒店客户投诉应急预案",
        "strip": [r"(?m)^酒店客户投诉应急预案(?=一、总则)"],
        "skip": [r"_第\d页$", r"^已阅读", r"^下载本文档$", r"^版权说明:", r"^文档简介$"],
        "headings": [
            (r"^一、总则$", 1),
            (r"^\([一二]\)(适用范围|响应分级)$", 2),
            (r"^[12]响应分级(原则|标准)$", 3),
        ],
    },
    "h213-4": {
        "title": "客人投诉处理程序",
        "skip": [
            r"^首页 > ",
            r"^KTV客人投诉处理程序DOC$",
            r"^yingker",
            r"^V 实名认证$",
            r"^内容提供者$",
            r"^(资料大小|文档格式|资料语言|解压密码|更新时间|类型|积分|推荐):",
            r"点此下载",
            r"^文本描述$",
            r"^客人投诉处理程序$",
        ],
    },
    "h213-5": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [],
    },
}

LAYOUT214: dict[str, dict] = {
    "h214-1": {
        "title": "农贸市场通用消费者投诉管理制度",
        "skip": [r"^《农贸市场通用消费者投诉管理制度\.docx》由会员分享", r"^农贸市场通用消费者投诉管理制度$"],
        "split": r"(?<=管理制度)(?=一、)|(?=[二三四五六七八九]、)",
    },
    "h214-2": {
        "title": "小區充電樁突發情況應急預案",
        "skip": [r"^小區充電樁突發情況應急預案$"],
        "headings": [(r"^0\d\S", 1), (r"^\d\. \S", 2)],
    },
    "h214-3": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
    },
}

LAYOUT215: dict[str, dict] = {
    "h215-1": {
        "title": "頤養(yǎng)院發(fā)生意外事件報告制度",
        "skip": [
            r"^午夜视频在线网站",
            r"^分享$",
            r"^養\(yǎng\)老機構發\(fā\)生意外事件報告制度$",
            r"^昵稱",
            r"^頤養\(yǎng\)院發\(fā\)生意外事件報告制度$",
            r"^本站是提供個人知識管理",
            r"^轉藏 分享",
            r"^0條評論$",
            r"^發\(fā\)表$",
            r"^請$",
        ],
        "headings": [(r"^[二三四]、 ", 1)],
    },
    "h215-2": {
        "title": "离退休干部活动中心应急服务预案",
        "skip": [r"^离退休干部活动中心应急服务预案$"],
        "headings": [(r"^第[一二]章", 1), (r"^第[一二三四]条", 2)],
    },
    "h215-3": {
        "title": "",
        "skip": [],
        "headings": [(r"^[一二]、", 1), (r"^2\. 硬性透气性接触镜", 2), (r"^角膜塑形镜:$", 2)],
    },
    "h215-4": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [(r"^(Our responsibilities:|Procedure for Managing Complaints)$", 1)],
    },
    "h215-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^What will happen next\?$", 1)],
    },
}

LAYOUT212: dict[str, dict] = {
    "h212-1": {
        "title": "苏州婚庆礼仪服务投诉处理办法",
        "skip": [
            r"^上海婚庆礼仪投诉处理暂行办法-苏州婚车租赁$",
            r"^合集下载$",
            r"^[123]\. [123]、",
            r"^苏州婚庆礼仪服务投诉处理办法$",
        ],
        "join": r"^(\d\.|\([一二三四五]\)|第[一二]章)",
        "headings": [(r"^第[一二]章(总则|投诉须知)$", 1)],
    },
    "h212-2": {
        "title": "卫生清洁突发应急预案",
        "skip": [r"^卫生清洁突发应急预案$", r"^合集下载$", r"^[123]\. [123]、"],
        "join": r"^([一二三四]、|\d\. |\(\d\)|[a-z]\. )",
        "headings": [
            (r"^[一二三四]、(编制目的|适用范围|组织机构及职责|应急处理流程)$", 1),
            (r"^[123]\. (突发事件应急领导小组|突发事件应急处理小组|各部门职责|事件报告|应急响应)$", 2),
        ],
    },
    "h212-3": {
        "title": "保洁应急处理流程",
        "skip": [r"^保洁应急处理流程$", r"^- (格式|大小|文档页数):"],
        "split": r"(?<=^一、概述)|(?<=^二、应急预案)|(?<=^三、突发事件处理流程)|(?<=^四、培训与演练)|(?<=的应急处理)(?=\(1\))",
        "headings": [
            (r"^[一二三四]、(概述|应急预案|突发事件处理流程|培训与演练)$", 1),
            (r"^[1-4]\. .+的应急处理$", 2),
        ],
    },
    "h212-4": {
        "title": "賠償條款",
        "skip": [r"^賠償條款$"],
        "sub": [(r"(?m)^([一二三四五六七八九十]、)\n", r"\1")],
    },
    "h212-5": {
        "title": "Complaints Handling Procedure",
        "english": True,
        "skip": [r"^Policy Title: Complaints Handling Procedure$"],
        "sub": [
            (r"(?m)^StepActionTimeframe$", "| Step | Action | Timeframe |"),
            (r"(?m)^5(Follow up to confirm resolution)\n(Within 7 days of resolution)$", r"| 5 | \1 | \2 |"),
            (r"(?m)^([1-4])(.+?)(Within \d working days?|Immediately or as agreed)$", r"| \1 | \2 | \3 |"),
        ],
        "pipe_table": True,
        "headings": [
            (
                r"^[1-8]\. (Purpose|Scope|Our Commitment|How to Make a Complaint|Complaint Handling Steps|Escalation|"
                r"Recording and Review|Confidentiality)$",
                1,
            )
        ],
    },
}

LAYOUT216: dict[str, dict] = {
    "h216-1": {
        "title": "華泰商業銀行股份有限公司信託業紛爭受理方式與處理要點",
        "skip": [r"^華泰商業銀行股份有限公司信託業紛爭受理方式與處理要點$"],
        "headings": [(r"^第[一二三四五六]條: ?", 1)],
    },
    "h216-2": {
        "title": "資訊揭露與承諾",
        "skip": [r"^資訊揭露與承諾$", r"^-$"],
        "bullet": r"^- ",
        "headings": [(r"^【挖貝平台會盡全力協助把關下列事項】$", 1), (r"^[一二三四]、", 1)],
    },
    "h216-3": {
        "title": "Complaints Handling Procedure",
        "english": True,
        "skip": [r"^NALC Logo$", r"^Complaints policy$", r"^Complaints Handling Procedure$"],
        "bullet": r"^• ",
        "headings": [(r"^What will happen next\?$", 1)],
    },
}

LAYOUT217: dict[str, dict] = {
    "h217-1": {
        "title": "售后服务",
        "skip": [r"^售后服务$", r"^customer service$"],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h217-2": {
        "title": "客户投诉处理流程",
        "skip": [r"^客户投诉处理流程$"],
        "bullet": r"^- ",
        "headings": [(r"^[一二三四]、", 1)],
    },
    "h217-3": {
        "title": "保護消費者或客戶權益政策及申訴程序",
        "skip": [r"^保護消費者或客戶權益政策及申訴程序$"],
        "sub": [(r"(?m)^([一二三四五]、)\n", r"\1")],
        "headings": [(r"^[一二三四五]、", 1)],
    },
    "h217-4": {
        "title": "",
        "english": True,
        "skip": [],
        "headings": [(r"^Stage [1-4] .+:$", 1)],
    },
    "h217-5": {
        "title": "Formal Customer Complaints",
        "english": True,
        "skip": [r"^Formal Customer Complaints$"],
        "headings": [(r"^Appeals Procedure$", 1)],
    },
}

LAYOUT218: dict[str, dict] = {
    "h218-1": {
        "title": "儿童剧院紧急突发事件应急预案",
        "skip": [r"^您好,欢迎访问三七文档$", r"^儿童剧院紧急突发事件应急预案$"],
        "split": (
            r"(?=[一二三四五]、)|(?<=领导小组:)(?=组长:)|(?<=分工:)(?=组长:)"
            r"|(?<=。)(?=(?:副组长|组员|物业安保部|剧院行政部|物业管理|财务部|剧院各员工):)|(?<=。)(?=\(董振宇)"
        ),
        "headings": [
            (r"^三、重大紧急突发事件处置工作领导小组:$", 1),
            (r"^四、领导小组成员分工:$", 1),
            (r"^五、紧急突发事件$", 1),
        ],
    },
    "h218-2": {
        "title": "蓝天剧场使用安全预案",
        "skip": [
            r"^收藏 分销\(赏\)$",
            r"^蓝天剧场使用安全应急预案\.docx",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^第\d页 / 共3页$",
            r"^点击查看更多>>$",
            r"^资源描述$",
            r"^蓝天剧场使用安全预案$",
        ],
        "split": (
            r" (?=新贺春学校)|(?<=活动安全预案) (?=2015年)| (?=[一二三]、)|(?<=组织机构) |(?<=安全网络) |(?<=应急措施) "
            r"| (?=安全领导小组:)| (?=[134]\.)|(?<=李金钊)(?=2\.)"
        ),
        "headings": [(r"^[一二三]、(成立专门的组织机构|建立专人负责的安全网络|应急措施)$", 1)],
    },
    "h218-3": {
        "title": "元旦文艺汇演应急预案",
        "skip": [r"^元旦文艺汇演应急预案$", r"^发布 2021-08-15"],
        "headings": [
            (r"^[一二三四]、.+[。:]$", 1),
            (r"^[12]、(安全小组|后勤保障组)。$", 2),
        ],
    },
    "h218-4": {
        "title": "籍山镇中心初中第二届校园艺术节安全应急预案",
        "skip": [r"^籍山镇中心初中第二届校园艺术节安全应急预案$"],
        "headings": [
            (r"^[一二三]、", 1),
            (r"^\([一二]\)艺术节活动", 2),
        ],
    },
    "h218-5": {
        "title": "Complaints",
        "english": True,
        "headings": [
            (r"^Stages in our complaints procedure:$", 1),
            (r"^Stage [123]$", 2),
        ],
    },
}

LAYOUT219: dict[str, dict] = {
    "h219-1": {
        "title": "投诉管理制度",
        "strip": [r"^投诉管理制度(?=一、)"],
        "split": r"(?=[一二三]、)|(?=\([一二]\))|(?<=\(一\)投诉控制原则)|(?<=\(二\)投诉预警)|(?=[12]、(?:电催|外访):)|"
        r"(?<=1、电催:)|(?<=2、外访:)|(?=\([1-5]\))|(?<=三、投诉定级规定:)|(?=[123]\. ?(?:普通|严重|重大)投诉:)",
        "headings": [
            (r"^三、投诉定级规定:$", 1),
            (r"^\([一二]\)(投诉控制原则|投诉预警)$", 2),
            (r"^[12]、(电催|外访):$", 3),
        ],
    },
    "h219-2": {
        "title": "催收服务投诉处理机制",
        "strip": [r"^催收服务投诉处理机制(?=1\. )"],
        "split": r"(?=[1-4]\. (?:客户投诉的预防|投诉案件的))|(?<=客户投诉的预防)|(?<=投诉案件的调查)|(?<=投诉案件的反馈)|"
        r"(?<=投诉案件的回访)|(?=[①②③④⑤⑥] )",
        "headings": [(r"^[1-4]\. (客户投诉的预防|投诉案件的(调查|反馈|回访))$", 1)],
    },
    "h219-3": {
        "title": "信用卡催收投诉处理法律规范",
        "strip": [r"^信用卡催收投诉处理法律规范(?=1、)"],
        "split": r"(?<=^1、投诉处理法律规范)|(?=总则第一条)|(?<=总则)(?=第一条)|(?=第[一二三四五六七八九十]+条)|"
        r"(?=第[二三]章)|(?<=第二章客户投诉)|(?<=第三章处理原则)",
        "headings": [(r"^1、投诉处理法律规范$", 1), (r"^(总则|第二章客户投诉|第三章处理原则)$", 2)],
    },
    "h219-4": {
        "title": "催收工作突发事件应急预案",
        "skip": [r"^《催收工作突发事件应急预案\.docx》由会员分享"],
        "sub": [(r"(?m)^1、催收工作突发事件应急预案", ""), (r"4应\n2、急响应", "4应急响应")],
        "split": r"(?=[1-6](?:总则|组织机构及职责|预防与预警|应急响应|培训与案例分析|奖惩机制))|(?<=3预防与预警)|"
        r"(?<=4应急响应)|(?=\([12]\))|(?=2\)如遇到)",
        "headings": [(r"^[1-6](总则|组织机构及职责|预防与预警|应急响应|培训与案例分析|奖惩机制)$", 1)],
    },
    "h219-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [
            r"^Local Debt Collection Header$",
            r"^UK Debt Collection Logo$",
            r"^Has your customer become a debtor\?",
            r"^Menu$",
            r"^Home ServicesProfessions",
            r"^Content on this page requires",
            r"^Get Adobe Flash player$",
            r"^Useful Documents:$",
        ],
        "headings": [
            (r"^Step [12] - (Your Complaint|First Response / Acknowledgement):$", 1),
            (r"^(What is a complaint\?|How to make a complaint)$", 2),
        ],
    },
}

LAYOUT220: dict[str, dict] = {
    "h220-1": {
        "title": "宝塔区人才交流会突发事件应急预案",
        "skip": [r"^标  题 ", r"^索 引 号 ", r"^发文字号 ", r"^宝塔区人才交流会突发事件应急预案$", r"^发布时间:"],
        "join": r"^(\d、|[一二]、|\(一\))",
        "headings": [(r"^[一二]、 +(突发事件领导小组组成|应急救援的一般程序)$", 1), (r"^\(一\) 现场应急处理$", 2)],
    },
    "h220-2": {
        "title": "大庆市2015年“新春用工大集”大型综合现场招聘会安全工作方案",
        "skip": [
            r"^大庆市2015年“新春用工大集”大型综合现场招聘会安全工作方案$",
            r"^来源:大庆市人力资源网",
            r"^温馨提示:",
            r"^网校上线了!$",
            r"^>>>点击进入<<<$",
            r"^网校开发及拥有的课件",
            r"^职业资格类、计算机类",
        ],
        "headings": [
            (r"^[一二三]、(总则|组织领导|突发事件的分级)$", 1),
            (r"^\([一二三]\)(目的|原则|适用范围|特别重大突发事件\(Ⅰ级\))$", 2),
        ],
    },
    "h220-3": {
        "title": "泰安市办理港澳通行证投诉举报指南",
        "skip": [r"^泰安市办理港澳通行证投诉举报指南$"],
        "headings": [(r"^[一二三四]、投诉举报(受理机构|处理时限|处理方式|渠道)$", 1)],
    },
    "h220-4": {
        "title": "翻譯稿替換流程",
        "skip": [r"^翻譯稿替換流程$", r"^\? 翻譯資訊"],
        "headings": [(r"^替換(原因|原則)$", 1)],
    },
    "h220-5": {
        "title": "RMS Complaints Policy and Procedure",
        "english": True,
        "skip": [r"^rms test no bg$", r"^RMS Complaints Policy and Procedure$"],
        "headings": [(r"^(Complaints Policy|Complaints Procedure|Next Steps)$", 1)],
    },
}

LAYOUT221: dict[str, dict] = {
    "h221-1": {
        "title": "陕西省测绘地理信息局突发公共事件测绘保障应急预案",
        "skip": [
            r"^登录后方可进行政策匹配$",
            r"^立即登录$",
            r"^登录即可查看收藏政策$",
            r"^陕西省测绘地理信息局行政规范性文件$",
            r"^(索 引 号|主 题 分 类|发 布 机 构|成 文 日 期|效 力 状 态|文 号|名 称)$",
            r"^11100000016000523H/2014-00005$",
            r"^气象、水文、测绘、地震$",
            r"^省测绘地理信息局$",
            r"^2014-06-18$",
            r"^有效$",
            r"^陕测发〔2014〕45号$",
            r"^陕西省测绘地理信息局关于印发《陕西省测绘地理信息局突发公共事件测绘保障应急预案》的通知$",
            r"^陕西省测绘地理信息局突发公共事件测绘保障应急预案$",
        ],
        "headings": [(r"^1  应急范围$", 1), (r"^1\.[12]  (保障任务|保障对象)$", 2)],
    },
    "h221-2": {
        "title": "天津市测绘应急保障预案",
        "skip": [r"^天津市测绘应急保障预案(\.pdf)?$", r"^文本预览下载声明$"],
        "join": r"^[一二三四五六七八九十]、|^[(（][一二三四五六七八九十][)）]",
        "headings": [
            (r"^[一二三四]、(应急测绘保障范围|保障任务|保障对象|组织体系)$", 1),
            (r"^[(（][一二三][)）](领导机构|办事机构|工作机构)$", 2),
        ],
    },
    "h221-3": {
        "title": "国家测绘应急保障预案",
        "skip": [
            r"^关于印发国家测绘应急保障预案的通知$",
            r"^颁布单位:国家测绘局$",
            r"^国家测绘应急保障预案$",
        ],
        "headings": [(r"^1 应急范围$", 1), (r"^1\.[123] (保障任务|保障对象|应急响应分级)$", 2)],
    },
    "h221-4": {
        "title": "工程质量投诉管理实施细则",
        "skip": [r"^- [1-7]、", r"^查看更多$", r"^PAGE( 1)?$", r"^工程质量投诉管理实施细则$"],
        "headings": [(r"^[12] (总则|职责分工)$", 1), (r"^1\.[12] (目的|适用范围)$", 2)],
    },
    "h221-5": {
        "title": "Feedback & Complaints Procedure",
        "english": True,
        "skip": [r"^Feedback & Complaints Procedure$"],
        "bullet": r"^- ",
        "headings": [],
    },
}

LAYOUT222: dict[str, dict] = {
    "h222-1": {
        "title": "呼和浩特海关监管现场突发事件应急预案",
        "skip": [r"^资源描述$", r"^呼和浩特海关监管现场突发事件应急预案$"],
        "headings": [(r"^第[一二]章 (总则|防备与应急准备)$", 1)],
    },
    "h222-2": {
        "title": "深圳海关突发事件应急总体预案",
        "skip": [r"^深圳海关突发事件应急总体预案$"],
        "headings": [(r"^1 总则$", 1), (r"^1\.[1-5](目的和依据|我关常见突发事件和发展趋势|定义|适用范围|工作原则)$", 2)],
    },
    "h222-3": {
        "title": "深圳市陆路口岸通关突发事件应急预案",
        "skip": [
            r"^无障碍",
            r"^政府信息公开 规章库$",
            r"^深圳市人民政府口岸办公室政府信息公开$",
            r"^(索引号|发布机构|名称|文号|主题词):",
            r"^【打印】",
            r"^发布日期:2015-10-20",
            r"^深圳市陆路口岸通关突发事件应急预案$",
        ],
        "headings": [(r"^目录$", 1), (r"^1\.总 则$", 1), (r"^1\.[1-3](编制目的|编制依据|分类分级)。$", 2)],
    },
    "h222-4": {
        "title": "游泳池及海水泳区紧急情况预案",
        "skip": [
            r"^度假中心海上娱乐部应急预案汇编_第\d页$",
            r"^已阅读5页",
            r"^下载本文档$",
            r"^版权说明",
            r"^文档简介$",
            r"^标题游泳池及海水泳区紧急情况预案$",
        ],
        "strip": [r"(?m)^度假中心海上娱乐部应急预案汇编 海南蓝天碧海国际有限公司三亚蜈支洲岛度假中心(?=海南)"],
        "split": r"(?=编号编编号)|(?=标题游泳池)|(?=[一二三]、(?:目的|组织机构|具体应急))|(?<=一、目的)|(?<=二、组织机构成员名单)|"
        r"(?<=三、具体应急措施)|(?=[123]\.(?:发生|事故等级))|(?<=伤亡事故处理预案)|(?<=各部门分工:)|(?<=紧急处理预案)|"
        r"(?=1\)一级事故)|(?<=1\)一级事故)|(?=\([1-3]\))|(?=[AB]、)",
        "headings": [
            (r"^[一二三]、(目的|组织机构成员名单|具体应急措施)$", 1),
            (r"^[123]\.(发生溺水,伤亡事故处理预案|发生紧急情况时各部门分工:|事故等级划分,紧急处理预案)$", 2),
            (r"^1\)一级事故$", 3),
        ],
    },
    "h222-5": {
        "title": None,
        "english": True,
        "skip": [r"^Course Status$", r"^Upton by Chester: Course Open"],
        "headings": [(r"^(SCOPE|Purpose|DEFINITION|PROCEDURE)$", 1)],
    },
}

LAYOUT223: dict[str, dict] = {
    "h223-1": {
        "title": "处置突发性事件和群体性纠纷应急预案",
        "skip": [r"^人人范文网 范文大全$", r"^处置突发性事件和群体性纠纷$", r"^发布时间:", r"^应急预案$"],
        "headings": [(r"^[一二]、(指导思想|工作原则)$", 1)],
    },
    "h223-2": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [
            (r"^(1 \.Purpose|2\. Raising an Issue|3\. Making an Informal Complaint|4\. Making a Formal Complaint)$", 1),
        ],
    },
}

LAYOUT224: dict[str, dict] = {
    "h224-1": {
        "title": "河南获嘉国家粮食储备库粮食安全事故应急预案",
        "skip": [r"^河南获嘉国家粮食储备库粮食安全事故应急预案$"],
        "split": r"(?=[一二三四]、)|(?<=一、目的)|(?<=二、范围)|(?<=三、职责)|(?<=四、工作程序)|(?=[1-4]、)|"
        r"(?<=潜在事故或紧急情况因素)|(?<=2、应急准备)|(?<=3、应急响应)|(?<=4、响应终结)|(?=2\.[1-5])",
        "headings": [
            (r"^[一二三四]、(目的|范围|职责|工作程序)$", 1),
            (r"^[1-4]、(潜在事故或紧急情况因素|应急准备|应急响应|响应终结)$", 2),
        ],
    },
    "h224-2": {
        "title": "粮食供应应急预案制度",
        "skip": [r"^第一篇:粮食供应应急预案制度$", r"^粮食供应应急预案制度$"],
        "stop": r"^第二篇:",
        "split": r"(?=副组长:)",
        "headings": [(r"^[一二三四]、(成立粮食供应应急小组|应急车辆|粮食应急库存|粮食供应应急措施)", 1)],
    },
    "h224-3": {
        "title": "六安市盐业公司(局)防雪抗灾应急预案",
        "skip": [
            r"^六安市公司制定《防雪救灾应急预案》 公布抢险队员名单$",
            r"^发布时间:2009/11/27",
            r"^随着气候环境的变化",
            r"^\(六安市公司 方红波\)$",
            r"^六安市盐业公司\(局\)防雪抗灾应急预案$",
        ],
        "headings": [(r"^[三四]、(雪灾对企业正常生产经营危害风险评估:|雪灾的对策。)$", 1)],
    },
    "h224-4": {
        "title": "《陕西省烟草专卖局(公司)系统投诉管理办法》政策解读",
        "skip": [
            r"^吸烟有害健康",
            r"^您所在的位置:",
            r"^政策解读$",
            r"^《陕西省烟草专卖局\(公司\)系统投诉管理办法》政策解读$",
            r"^发布时间:2019-05-23",
        ],
        "headings": [(r"^[一二三四五六]、.*\?$", 1)],
    },
    "h224-5": {
        "title": None,
        "english": True,
        "skip": [r"^By using our website you agree"],
        "sub": [
            (r"(?m)^(\d) \|\n", r"\1 | "),
            (r"\n(?=#|Respond to complaint by email|If the complaint is a serious|If the matter can be)", " "),
            (r"\|\n(?=(?:Relevant NZKGI employee|Refer to Third Party|• ))", "| "),
            (r"(?m)^(4 \| Refer the complaint to the most relevant NZKGI employee \|)$", r"\1 |"),
            (r"(i\. Gat)$", r"\1 | |"),
            (r"(?m)^(?=(?:\d|Step|Category) \| )", "| "),
        ],
        "pipe_table": True,
        "headings": [(r"^[1-5]\. [A-Z ]+$", 1), (r"^Next steps – Complaints process$", 1)],
    },
}

LAYOUT225: dict[str, dict] = {
    "h225-1": {
        "title": "岸基应急反应须知 Shore-based Emergency Response Instruction",
        "skip": [r"^好文档 - ", r"^岸基应急反应须知", r"^天下 分享 时间:"],
        "split": r" (?=2\.(?:[23]\.)? (?:职责|安监部|调度室))",
        "headings": [
            (r"^[12]\. (目的 Objective|职责 Obligation)$", 1),
            (r"^2\.[23]\. (安监部 Safety Supervision Department|调度室 Center Room)$", 2),
        ],
    },
    "h225-2": {
        "title": "船舶倾覆应急救援预案",
        "strip": [r"船舶倾覆应急救援预案   1目的  [^\n]*\n"],
        "skip": [r"^船舶倾覆应急救援预案$", r"^腾讯文库"],
        "split": r" (?=1 目的 |2 组织机构及工作职责 |2\.[1-5]/? |为有效地预防)|(?<=2 组织机构及工作职责) ",
        "headings": [(r"^(1 目的|2 组织机构及工作职责)$", 1)],
    },
    "h225-3": {
        "title": "船舶海上污染應急救援預案",
        "skip": [r"^聯系方式 \| ", r"^船舶海上污染應急救援預案$", r"^2011-11-15 "],
        "headings": [(r"^[123]、(總則|組織機構和職責|應急措施的原則)$", 1)],
    },
    "h225-4": {
        "title": "Process for handling formal apprenticeship complaints",
        "english": True,
        "skip": [r"^Please Click Here to Download"],
        "headings": [(r"^Appeals$", 1)],
    },
}

LAYOUT226: dict[str, dict] = {
    "h226-1": {
        "title": "上海远程教育集团食堂突发公共事件应急处置预案",
        "skip": [r"^上海远程教育集团食堂突发公共事件应急处置预案$"],
        "headings": [(r"^一、食品卫生应急处置$", 1)],
    },
    "h226-2": {
        "title": "学生公寓内发生紧急事件预案",
        "skip": [r"^学生公寓内发生紧急事件预案$", r"^作者: 时间:"],
        "headings": [
            (r"^学生公寓内发生火险、火灾时紧急预案$", 1),
            (r"^[一二]、(报告程序及处理办法|灭火自救和人员疏散的实施)$", 2),
            (r"^\([一二]\)(报告程序|处理办法|灭火自救|人员疏散)$", 3),
        ],
    },
    "h226-3": {
        "title": "食堂停气应急预案",
        "skip": [
            r"^您好,欢迎访问三七文档$",
            r"^当前位置:",
            r"^本文标题:",
            r"^链接地址:",
            r"^食堂停气应急预案$",
        ],
        "split": r"(?<=^食堂停气应急预案)(?=一、)|(?=[二三]、(?:应急措施|责任追究))|(?<=[一二三]、指导思想)|"
        r"(?<=[一二三]、应急措施)|(?<=[一二三]、责任追究)|(?=[2-6]、)|(?=北大附中成都为明学校2016)",
        "headings": [(r"^[一二三]、(指导思想|应急措施|责任追究)$", 1)],
    },
    "h226-4": {
        "title": "突发事件应急预案",
        "skip": [r"^突发事件应急专项预案\.doc$", r"^\d\. \d、", r"^查看更多$", r"^突发事件应急预案$"],
        "headings": [(r"^11\.1食物中毒及食源性疾病应急预案$", 1), (r"^\(一\)处置办法$", 2)],
    },
    "h226-5": {
        "title": None,
        "english": True,
        "skip": [r"^Print a simple version of our complaints policy here\.$", r"^联系电话:", r"^周一至周五:"],
        "headings": [(r"^How do I make a complaint\?$", 1), (r"^Complaint Stages$", 1), (r"^Level [123]$", 2)],
    },
}

LAYOUT227: dict[str, dict] = {
    "h227-1": {
        "title": "校车安全应急预案",
        "skip": [r"^好文档 - ", r"^校车应急预案$", r"^天下 分享", r"^校车安全应急预案$"],
        "split": r"(?<=指挥体系:) (?=1\.公司成立)|(?<=工作小组:) (?=\(1\))",
        "headings": [
            (r"^[一二]、校车安全事故应急处理(的工作原则|指挥体系):$", 1),
            (r"^2\.分工建立各工作小组:$", 2),
        ],
    },
    "h227-2": {
        "title": "校车突发事件应急预案",
        "strip": [r"下载后可任意编辑", r"第 1 页共 5 页", r"^校车突发事件应急预案(?=为做好)"],
        "split": r"(?=\([一二三]\))|(?<=的工作原则:)|(?<=的指挥体系:)|(?<=应急处理程序:)|(?=[12]、(?:成立|领导小组职责|接警))|"
        r"(?=副组长:)|(?=组员:)",
        "headings": [
            (r"^\([一二三]\)(校车安全事故应急处理的(工作原则|指挥体系)|应急响应过程和应急处理程序):$", 1),
        ],
    },
    "h227-3": {
        "title": "恶劣天气校车应急预案",
        "strip": [r"^精选优质文档-倾情为你奉上恶劣天气校车应急预案"],
        "split": r"(?<=2016\.9)|(?=\([一二]\))|(?<=的工作原则:)|(?<=的指挥体系:)|(?=[123]、(?:成立|领导小组))|(?=副组长 :)|"
        r"(?=成 员 :)",
        "headings": [(r"^\([一二]\)校车安全事故应急处理的(工作原则|指挥体系):$", 1)],
    },
    "h227-4": {
        "title": "出租汽车公司事故统计报告和调查处理制度",
        "skip": [r"^《出租汽车公司事故统计报告和调查处理制度模板\.docx》由会员分享"],
        "strip": [r"(?m)^1、出租汽车公司事故统计报告和调查处理制度模板", r"\n[23]、"],
        "split": r"(?=[一二三四]、)|(?=\([一二三]\))|(?<=\([一二三]\)(?:交通|伤亡|火灾)事故)|(?=(?:重大|特大)(?:伤亡)?事故:)|"
        r"(?=(?:一般|重大)火灾:)",
        "headings": [(r"^四、事故分类:$", 1), (r"^\([一二三]\)(交通|伤亡|火灾)事故$", 2)],
    },
    "h227-5": {
        "title": "Customer Service Guidelines",
        "english": True,
        "skip": [r"^Customer Service Guidelines$"],
        "sub": [
            (r"Voucher/\nRefund", "Voucher/Refund"),
            # the later rows of a complaint type: its No and Complaint Type cells are merged with the first row's
            (r"\n\n(?=Between |4 hours \+ |Late due to |Late but client )", "\n\n\u200b\n\n\u200b\n\n"),
        ],
        "headings": [(r"^(Our promise to you|Our Customer Service guidelines for complaint resolutions)$", 1)],
        "table": (r"^No$", 5),
    },
}

LAYOUT228: dict[str, dict] = {
    "h228-1": {
        "title": "林场处置森林火灾应急预案",
        "skip": [
            r"^1 / 10$",
            r"^文档名称:$",
            r"^林场处置森林火灾应急预案\.docx$",
            r"^格式:docx",
            r"^下载后只包含",
            r"^如果您已付费",
            r"^分享$",
            r"^预览$",
            r"^上传人:",
            r"^下载得到文件列表$",
            r"^文档介绍",
            r"^1$",  # the first number of the cut-off list under 指挥机构
        ],
        "headings": [
            (r"^[一二]、(总则|组织体系及职责任务)$", 1),
            (r"^(编制目的|编制依据|适用范围|工作原则|预案启动条件|指挥机构—林场森林防火应急指挥部)$", 2),
        ],
    },
    "h228-2": {
        "title": "甘肃省水文测验危险紧急情况和事故应急预案",
        "skip": [
            r"^水文测验危险紧急情况和事故应急预案\.docx$",
            r"^- (文档编号|上传时间|格式|页数|大小):",
            r"^《水文测验危险紧急情况和事故应急预案\.docx》",
            r"^水文测验危险紧急情况和事故应急预案(\(共23页\))?$",
            r"^甘肃省水文测验危险紧急情况和$",
            r"^事故应急预案$",
        ],
        "headings": [(r"^1总则$", 1), (r"^(编制目的|制定依据|适用范围|工作原则)$", 2)],
    },
    "h228-3": {
        "title": "广州市白云区和龙水库大坝安全管理应急预案",
        # the government site's page and its notice (云府办〔2024〕102号) before the plan's cover
        "strip": [r"(?s)\A.*?\n(?= *广州市白云区和龙水库大坝安全管理应急预案\n)"],
        "skip": [r"^广州市白云区和龙水库大坝安全管理应急预案$"],
        "headings": [(r"^目 录$", 1)],
    },
    "h228-4": {
        "title": "宁波市周公宅水库防汛抢险应急预案",
        "skip": [r"^宁波市周公宅水库防汛抢险应急预案(1 总则1\.1 编制目的.*)?$"],
        "split": r" (?=1总则)|(?<=1总则) | (?=1\.[12] 编制)|(?<=1\.[12] 编制目的) |(?<=1\.[12] 编制依据) ",
        "headings": [(r"^1总则$", 1), (r"^1\.[12] 编制(目的|依据)$", 2)],
    },
    "h228-5": {
        "title": "Complaints, compliments & feedback",
        "english": True,
        "skip": [r"^We love and care for your canals and rivers", r"^Complaints, compliments & feedback$"],
        "headings": [(r"^(Waterways ombudsman|Unreasonable behaviour policy)$", 1)],
    },
}

LAYOUT229: dict[str, dict] = {
    "h229-1": {
        "title": "江西农业大学档案馆处置档案突发事件应急预案(修订)",
        "skip": [r"^江西农业大学档案馆处置档案突发事件应急预案\(修订\)$", r"^发布者:dag发布时间:"],
        "headings": [(r"^[一二]、(总|组织指挥)$", 1), (r"^\([一二三四]\)(编制|适用|工作|领导|主要)", 2)],
    },
    "h229-2": {
        "title": "宽川镇中心小学少年宫活动安全预案",
        "skip": [r"^您好,欢迎访问三七文档$"],
        "strip": [r"(?m)^宽川镇中心小学少年宫活动安全预案(?=根据)"],
        "split": r"(?=[一二三四]、)|(?<=、指导思想)|(?<=、工作原则)|(?<=、工作目标)|(?<=、领导小组及职责)|(?=\([一二]\))|"
        r"(?<=\(一\)领导小组)|(?<=\(二\)工作职责)|(?=副组长:)|(?=组员:)|(?=(?<![\d.])\d\.)|(?=\(\d\))|"
        r"(?<=1\.组长与副组长)|(?<=2\.组员)",
        "headings": [
            (r"^[一二三四]、(指导思想|工作原则|工作目标|领导小组及职责)$", 1),
            (r"^\([一二]\)(领导小组|工作职责)$", 2),
            (r"^[12]\.(组长与副组长|组员)$", 3),
        ],
    },
    "h229-3": {
        "title": "南京航空航天大学档案工作突发事件 防范和应急处置预案",
        "skip": [r"^南京航空航天大学档案工作突发事件 防范和应急处置预案$", r"^时间:2022-06-02 浏览量:"],
        "headings": [(r"^第[一二三]章 (总则|事件报告|防范措施)$", 1)],
    },
    "h229-4": {
        "title": "突发事件应急处理预案",
        # the sharing site's notices, its file name, and the compilation's cover (the plan is one part of it)
        "skip": [
            r"^- [1-4]、",
            r"^查看更多$",
            r"^思南县青少年青少年活动中心",
            r"^[安全管理制度汇编]$",
            r"^\(二0一0年三月 修订 \)$",
            r"^突发事件应急处理预案$",
        ],
        "headings": [(r"^一、组织与指挥$", 1)],
    },
    "h229-5": {
        "title": "Making a complaint",
        "english": True,
        "skip": [r"^Making a complaint$", r"^Please select the location your complaint is about:$"],
        "bullet": r"^- ",
    },
}

LAYOUT230: dict[str, dict] = {
    "h230-1": {
        "title": "投诉举报案件调查处理制度",
        "skip": [r"^登录 \|\s+注册$", r"^政府信息公开$", r"^投诉举报案件调查处理制度$"],
        "headings": [],
    },
    "h230-2": {
        "title": "病媒生物防治服务指南",
        "skip": [r"^病媒生物防治服务指南$"],
        "headings": [(r"^[一二三四五六]、\s?(服务依据|服务对象|服务机构|服务项目和内容|服务流程|服务要求)$", 1)],
    },
    "h230-3": {
        "title": "How to make a complaint and how we handle it.",
        "english": True,
        "skip": [r"^How to make a complaint and how we handle it\.$"],
        "headings": [(r"^Raising a complaint in person at the time of incident / event\.$", 1)],
    },
    "h230-4": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "sub": [(r"(?m)^  • ", "- ")],
        "bullet": r"^- ",
        "headings": [(r"^(How to complain|Recording and responding to complaints)$", 1)],
    },
}

LAYOUT231: dict[str, dict] = {
    "h231-1": {
        "title": None,
        "headings": [
            (r"^[一二]、(受理须知|法律责任与用户义务)$", 1),
            (r"^[1-5]\.(受理范围|受理基本原则|受理途径|填写要求|进度查询与办理时限)$", 2),
        ],
    },
    "h231-2": {
        "title": "投诉和争议的处理",
        "skip": [
            r"^服务咨询专线:",
            r"^内部通道:",
            r"^首页中军联合",
            r"^公开文件$",
            r"^当前位置:",
            r"^投诉和争议的处理$",
            r"^友情链接$",
            r"^中军联合  \|",
            r"^版权所有:",
            r"^邮编:",
            r"^京ICP备",
        ],
        "headings": [(r"^联系我们$", 1)],
    },
    "h231-3": {
        "title": "漳州市气象局气象保障应急预案",
        "skip": [r"^漳州市气象局气象保障应急预案$", r"^来源: 漳州市气象局"],
        "headings": [],
    },
    "h231-4": {
        "title": "环境监测站突发环境事件应急预案",
        "skip": [r"^全文预览$", r"^环境监测站突发环境事件应急预案$", r"^上传者:", r"^文档介绍$"],
        "split": r"Р",
        "headings": [
            (r"^9\.1\.[234] (重大|较大|一般)环境事件\((Ⅱ|Ⅲ|Ⅳ)级\)$", 2),
            (r"^9\.(2 各类应急监测作业指导书|3预案制、修订|4应急联系方式)$", 2),
            (r"^10、突发环境事件应急监测小组主要组成人员及联系电话。$", 1),
            (r"^附件1$", 1),
        ],
    },
    "h231-5": {
        "title": "Complaints and Appeals",
        "english": True,
        "skip": [r"^Customer area$", r"^Complaints and Appeals$"],
        "headings": [
            (r"^Complaints$", 1),
            (r"^(Consumers and users of accredited services|UKAS accredited bodies)$", 2),
        ],
    },
}

LAYOUT232: dict[str, dict] = {
    "h232-1": {
        "title": "智能化工程部售后服务管理办法",
        "skip": [r"^j智能化工程部售后服务管理办法$", r"^合集下载$", r"^智能化工程部售后服务管理办法$"],
        "split": r"(?<=^1、目的)|(?<=^2、适用范围)|(?<=^3、定义)|(?=5\.1\.1每个)|(?<=5\.2售后设备维修或更换)",
        "headings": [
            (r"^[123]、(目的|适用范围|定义)$", 1),
            (r"^455\.1售后服务提供$", 2),
            (r"^5\.2售后设备维修或更换$", 2),
        ],
    },
    "h232-2": {
        "title": "服務品質",
        "headings": [],
    },
    "h232-3": {
        "title": "服務不中斷保障政策",
        "skip": [r"^1\. 政策目的 \| 2\. "],
        "bullet": r"^- ",
        "headings": [
            (r"^[1-3]\. (政策目的|適用範圍|風險管理策略)$", 1),
            (r"^[1-3]\.[1-3] (服務不中斷|員工健康與安全|客戶權益保障|人員範圍|服務範圍|通訊系統|風險類別)$", 2),
        ],
    },
    "h232-4": {
        "title": "Equilibrium Security’s Customer Complaints Procedure",
        "english": True,
        "skip": [r"^Equilibrium Security’s Customer Complaints Procedure$"],
        "bullet": r"^- ",
        "headings": [],
    },
}

LAYOUT233: dict[str, dict] = {
    "h233-1": {
        "title": "治安管理制度",
        "headings": [],
    },
    "h233-2": {
        "title": "防控管理制度",
        "skip": [r"^防控管理制度$"],
        "split": r" (?=二、组织与实施)",
        "headings": [(r"^[一二三]、(总则|组织与实施|重点任务)$", 1)],
    },
    "h233-3": {
        "title": "广东省佛教界疫情防控期间寺院管理规定",
        "skip": [
            r"^广东省佛教界疫情防控期间寺院管理规定$",
            r"^浏览: 次$",
            r"^背景色: 未选择$",
            r"^觉悟佛教网讯 ",
        ],
        "headings": [(r"^附:$", 1)],
    },
    "h233-4": {
        "title": None,
        "sub": [(r"(?m)^([一二三四五]、[^。\n]+。)", "\\1\n")],
        "headings": [(r"^[一二三四五]、[^。]+。$", 1)],
    },
    "h233-5": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Skip to main content$", r"^Complaints$"],
        "headings": [
            (r"^How to Make a Complaint$", 1),
            (r"^Stage [12] – (Informal|Formal) Resolution$", 2),
        ],
    },
}

LAYOUT234: dict[str, dict] = {
    "h234-1": {
        "title": "分布式光伏电站防暴雪天气应急预案",
        "skip": [r"^返回 相似$", r"^资源描述:$"],
        "sub": [
            (
                r"(?m)^分布式光伏电站防暴雪天气应急预案编制审核批准2017 年 06 月光伏电力有限公司第 1 页分布式光伏电站防暴雪天气应急预案",
                "编制\n审核\n批准\n2017 年 06 月\n光伏电力有限公司\n",
            ),
            (r"第 2 页", ""),
        ],
        "split": r"(?=\d\. (?:编制目的|事故影响分析|处理原则|组织机构和职责))|(?<=\d\. 编制目的)|(?<=\d\. 事故影响分析)|"
        r"(?<=\d\. 处理原则)|(?<=\d\. 组织机构和职责)|(?=4\.[12] )|(?<=4\.2 职责)|(?=4\.2\.[23] (?:组员|通讯员)职责)|(?<=组长职责)|(?<=组员职责)|(?<=通讯员职责)|"
        r"(?=4\.2\.\d\.\d )|(?<=组织机构如下)(?=组长)|(?<=如下组长)(?=组员)|(?<=组员)(?=通讯员)",
        "headings": [
            (r"^[1-4]\. (编制目的|事故影响分析|处理原则|组织机构和职责)$", 1),
            (r"^4\.2 职责$", 2),
            (r"^4\.2\.[123] (组长|组员|通讯员)职责$", 3),
        ],
    },
    "h234-2": {
        "title": "光伏电站突发事件应急预案",
        "skip": [r"^版权说明:", r"^文档简介$", r"^光伏电站突发事件应急预案$"],
        "split": r"(?=一、前言$)",
        "headings": [
            (r"^[一二]、(前言|组织机构及工作职责)$", 1),
            (r"^[1-4]、(灭火行动组|通信联络组|疏散引导组|安全抢救组)$", 2),
        ],
    },
    "h234-3": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [
            r"^Complaints Policy$",
            r"^Contact Us$",
            r"^Greater London Locksmiths Ltd\.Montrose",
            r"^0800 783 7412$",
        ],
        "headings": [(r"^(Complaints, comments and compliments – definitions|Complaints process)$", 1)],
    },
    "h234-4": {
        "title": "Complaints Procedure",
        "english": True,
        "sub": [(r"hand delivered to:\n+Address: ", "hand delivered to: Address: ")],
        "headings": [(r"^(Informal|Formal) complaints$", 1)],
    },
    "h234-5": {
        "title": "Complaints Policy & Procedure",
        "english": True,
        "skip": [r"^Skip to main content$", r"^Complaints Policy & Procedure$"],
        "headings": [
            (r"^1\. (COMPLAINTS PROCEDURE|COMPLAINT HANDLING)$", 1),
            (r"^[12]\.[12] [A-Z]", 2),
        ],
    },
}

LAYOUT235: dict[str, dict] = {
    "h235-1": {
        "title": "“十一”黄金周游船管理应急方案",
        "skip": [
            r"^十一黄金周应急方案$",
            r"^(ID|大小|页数|时间):",
            r"^十一黄金周应急方案_第\d页$",
            r"^资源描述:$",
            r"^《十一黄金周应急方案》由会员上传分享",
        ],
        "sub": [(r"\n\n[23]、", ""), (r"(?m)^1、“十一”黄金周游船管理应急方案(?=黄金周,)", "")],
        "split": r"(?=航行中营救落水人员的应急措施:)|(?<=应急措施:)|(?=[123]、(?:在航行中|当驾驶员|掉头后))",
        "headings": [(r"^航行中营救落水人员的应急措施:$", 1)],
    },
    "h235-2": {
        "title": None,
        "headings": [(r"^[一二]、(高度重视,加强领导|明确任务,落实责任)$", 1)],
    },
    "h235-3": {
        "title": "景區索道應急預案",
        "skip": [r"^景區索道應急預案$"],
        "headings": [(r"^景區索道應急預案1$", 1), (r"^1\.[456](適用范圍|工作原則|應急預案體系)$", 2)],
    },
    "h235-4": {
        "title": None,
        "sub": [(r"\n(?=申訴案件,以提升|定本要點|光樓\)|門縣金城鎮|理:|會「消費|案件;依據|數及其)", "")],
        "split": r"(?<=^一、目的:)|(?<=^二、主辦單位:)|(?<=^四、申訴方式:)|(?<=^五、申訴案件處理:)|(?<=^六、申訴案件統計彙整:)",
        "headings": [(r"^[一二三四五六]、[^:]+:$", 1)],
    },
    "h235-5": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [(r"^[123]\. (Type of Issue|Routine Notification of Issue|Process for Escalation of Issue)$", 1)],
    },
}

LAYOUT236: dict[str, dict] = {
    "h236-1": {
        "title": "客户投诉处理程序",
        "sub": [
            (
                r"5\.1\.1 投诉处理分类表:投诉种类回复方式回复时间一般性投诉电话回复或面访回复30 分钟内重要投诉面访回复12 小时内"
                r"重大投诉电话回复加面访回复30 分钟内电话回复处理情况,12 小时内面访回复",
                "5.1.1 投诉处理分类表:\n|投诉种类|回复方式|回复时间|\n|一般性投诉|电话回复或面访回复|30 分钟内|\n"
                "|重要投诉|面访回复|12 小时内|\n|重大投诉|电话回复加面访回复|30 分钟内电话回复处理情况,12 小时内面访回复|\n",
            )
        ],
        "pipe_table": True,
        "split": r"(?<=^1 目的)|(?=[23] (?:范围|职责))|(?<=2 范围)|(?<=3 职责)|(?=3\.[123] )|(?=4 客户投诉处理程序)|(?=5 工作要求)|(?<=5 工作要求)|"
        r"(?<=5\.1 投诉处理)(?=5\.1\.1)|(?=5\.1\.1\.[12] )|(?<=5\.1\.1\.1 一般性投诉处理)|(?<=5\.1\.1\.2 一般性投诉类别)|"
        r"(?=[a-g]\))",
        "headings": [
            (r"^[1-5] (目的|范围|职责|客户投诉处理程序|工作要求)$", 1),
            (r"^5\.1 投诉处理$", 2),
            (r"^5\.1\.1 投诉处理分类表:$|^5\.1\.1\.[12] 一般性投诉(处理|类别)$", 3),
        ],
    },
    "h236-2": {
        "title": "河南科技大学开元众创空间安全管理办法",
        "skip": [r"^河南科技大学开元众创空间安全管理办法$", r"^发布时间:", r"^点击量:"],
        "headings": [],
    },
    "h236-3": {
        "title": "写字楼停电应急预案",
        "skip": [
            r"^欢迎访问爱党网!$",
            r"^2023写字楼停电应急预案$",
            r"^投稿:",
            r"^简介:",
            r"^写字楼停电应急预案\(精选3篇\)$",
            r"^写字楼停电应急预案 篇1$",
        ],
        "headings": [],
    },
    "h236-4": {
        "title": "客戶投訴處理管理制度",
        "sub": [(r"(?m)^1、 (?=X工)", ""), (r"回復客戶\n\n2、,", "回復客戶,")],
        "skip": [
            r"^工貿大廈物業中心規章制度\(19頁\)\.doc$",
            r"^• 資源",
            r"^下載報告",
            r"^友情提示$",
            r"^[2-5]、(PDF|本站|試題)",
            r"^X工工貿大廈物業中心規章制度貿大廈物業中心規章制度$",
            r"^客戶投訴處理管理制度客戶投訴處理管理制度$",
        ],
        "split": r"(?<=規章制度貿大廈物業中心規章制度) |(?<=客戶投訴處理管理制度客戶投訴處理管理制度) |(?=\(\d\) )",
        "headings": [],
    },
    "h236-5": {
        "title": "Complaint Procedure - Commercial",
        "english": True,
        "headings": [(r"^Applicable to:$", 1)],
    },
}

LAYOUT237: dict[str, dict] = {
    "h237-1": {
        "title": "苏宁电器连锁店一线人员服务手册",
        "sub": [(r"^1、 ", ""), (r"\n2、", ""), (r"J\n3、ojiholjkl8uooojiouyo998y8uy9y99899", "")],
        "skip": [r"^苏宁电器连锁店一线人员服务手册$"],
        "split": (
            r"(?<=服务手册 )(?=连锁店管理中心)|(?<=V 1\.0)(?=目 录)|(?=序言苏宁电器旳)|(?<=序言)(?=苏宁电器旳服务宗旨)"
            r"|(?=苏宁服务四项基本原则苏宁服务概括)|(?<=苏宁服务四项基本原则)(?=苏宁服务概括)"
            r"|(?=一、三米原则\(一\))|(?<=一、三米原则)(?=\(一\))|(?<=\(一\)目旳)(?=提高)|(?=\([二三]\)(?:三米原则概述|操作))"
            r"|(?<=三米原则概述)(?=顾客临柜)|(?<=\(三\)操作)(?=1、)|(?=[23]、(?:在给顾客|不管顾客))"
            r"|(?=二、区域负责制原则各)|(?<=二、区域负责制原则)(?=各连锁店)"
        ),
        "headings": [
            (r"^(序言|苏宁服务四项基本原则)$", 1),
            (r"^[一二]、(三米原则|区域负责制原则)$", 2),
            (r"^\([一二三]\)(目旳|三米原则概述|操作)$", 3),
        ],
    },
    "h237-2": {
        "title": "10 天退款或更換保證",
        "skip": [
            r"^最快即日送貨或店舖自取",
            r"^店舖位置 HKD",
            r"^(繁體|熱門搜尋|產品分類|品牌|推廣優惠|服務|購物攻略|會員專區|TechLife|Outlet|小米專區|Copilot|Sony|PS5|0)$",
            r"^(iPhone 16|AirPods 4 with ANC 耳機|智能戒指|iPad mini 第7代 \(A17 Pro\)|iMac \(M4\)|MacBook Pro \(m4\))$",
            r"^(Mac mini \(M4\)|Apple Watch Ultra 2 \(2024\))$",
            r"^icon-[a-z-]+(\.svg)?$",
            r"^other_\d$",
            r"^10 天退款或更換保證$",
            r"^(查看品牌維修中心|查看店舖位置)$",
        ],
        "headings": [
            (r"^10 天退款保證政策之後$", 1),
            (r"^產品品質問題$", 1),
            (r"^(小型家庭電器及流動數碼產品|大型家庭電器)$", 2),
            (r"^如何退款或更換\?$", 3),
        ],
    },
    "h237-3": {
        "title": "Complaints policy",
        "english": True,
        "skip": [r"^Complaints policy$"],
        "headings": [
            (r"^[1-4]\. (Purpose and Scope|Our Commitment|How to Make a Complaint|What Happens Next)$", 1),
            (r"^Step [12] – (Acknowledgement|Investigation)$", 2),
        ],
    },
    "h237-4": {
        "title": "How we deal with Compaints",
        "english": True,
        "skip": [r"^How we deal with Compaints$"],
        "bullet": r"^- ",
        "headings": [],
    },
    "h237-5": {
        "title": "Complaint Procedure",
        "english": True,
        "skip": [r"^Complaint Procedure$"],
        "bullet": r"^- ",
        "headings": [
            (r"^Terms and Conditions$", 1),
            (r"^[12]\. (Our Complaint Handling Process|Contact Us|Escalation to an ADR Scheme)$", 1),
            (r"^> (Call|By Post)$", 2),
        ],
    },
}

LAYOUT238: dict[str, dict] = {
    "h238-1": {
        "title": "晋城中学2010年学生秋季篮球比赛安全应急预案",
        "skip": [
            r"^篮球比赛安全应急预案\.doc$",
            r"^《篮球比赛安全应急预案\.doc》由会员分享",
            r"^晋城中学2010年学生秋季篮球比赛安全应急预案$",
        ],
        "sub": [(r"\n[23]、", ""), (r"(?m)^1、(?=晋城中学)", "")],
        "split": r"(?<=安全应急预案)(?=我校定于)|(?=[一二三]、 )|(?<=安全应急领导小组)(?=组 长)|(?=副组长:)|(?=成 员:)|"
        r"(?<=工作原则)(?=\(一\))|(?<=事故预防预案)|(?=\([一二三四]\))|(?<=突发疾病预防)|(?<=意外事故预防)|(?<=安全事故预防)|"
        r"(?=[1-4]\.? (?:学生|队员|各参赛|比赛组委会|组委会成员|赛前对))",
        "headings": [
            (r"^[一二三]、 (安全应急领导小组|工作原则|事故预防预案)$", 1),
            (r"^\([一二三]\) (突发疾病预防|意外事故预防|安全事故预防)$", 2),
        ],
    },
    "h238-2": {
        "title": "2015年秋季校园足球比赛活动安全预案",
        "skip": [
            r"^2015年秋季校园足球比赛活动安全预案$",
            r"^重在预防,依法处置。发现问题,即时上报。$",
            r"^\($",
        ],
        "headings": [
            (r"^[一二三四五六]、(活动基本情况|工作原则|比赛前|比赛时|比赛后|事故预防预案)$", 1),
            (r"^\(一\)突发疾病预防$", 2),
        ],
    },
    "h238-3": {
        "title": "德州科技職業(yè)學(xué)院“海棠杯院級”籃球賽安全預(yù)案",
        "skip": [
            r"^發\(fā\)布于 2019-04-15",
            r"^德州科技職業\(yè\)學\(xué\)院“海棠杯院級”籃球賽安全預\(yù\)案$",
        ],
        "headings": [
            (r"^(一、活動基本情況|二\.適用范圍|三\.工作原則|五\.工作方案)$", 1),
            (r"^\([一二三]\)賽[前中后]$", 2),
        ],
    },
    "h238-4": {
        "title": "篮球比赛安全应急预案",
        "skip": [
            r"^篮球比赛安全应急预案$",
            r"^合集下载$",
            r"^\d\. \d、",
            r"^篮球比赛安全应急预案-标准化文件发布号",
        ],
        "headings": [
            (r"^[一二三四]\.(安全应急领导小组|工作原则|学校注意事项:|事故预防预案:)$", 1),
            (r"^\(一\)安全事故预防:$", 2),
        ],
    },
    "h238-5": {
        "title": "Complaints handling policy",
        "english": True,
        "skip": [r"^Complaints handling policy$"],
        "headings": [(r"^(Complaints handling|How to make a complaint|Complaints handling process)$", 1)],
    },
}

LAYOUT239: dict[str, dict] = {
    "h239-1": {
        "title": "养老院防洪应急预案",
        "skip": [r"^养老院防洪应急预案$", r"^在平凡的学习、工作、生活中", r"^养老院防洪应急预案1$"],
        "split": r"(?<=^养老院防洪应急预案1)",
        "headings": [(r"^[一二三]、(成立防汛领导小组|养老院防汛工作小组|报警程序)$", 1)],
    },
    "h239-2": {
        "title": "甘肃省平凉市华亭县农村敬老院安全保卫制度",
        "skip": [
            r"^城市列表$",
            r"^当前位置:",
            r"^甘肃省平凉市华亭县农村敬老院安全保卫制度$",
            r"^文章评论\(0条\)$",
            r"^我要参与评论$",
            r"^暂无评论$",
            r"^发表评论$",
            r"^在线投稿$",
        ],
    },
    "h239-3": {
        "title": "Complaints Handling Process",
        "english": True,
        "skip": [r"^Business No$", r"^Mobile No$", r"^07901596780$", r"^Complaints Handling Process$"],
        "headings": [
            (r"^Step [123]: ", 1),
            (r"^Escalation Contacts$", 2),
            (r"^(CQC Contact Details|Local Government Ombudsman):$", 2),
        ],
    },
}

LAYOUT240: dict[str, dict] = {
    "h240-1": {
        "title": "亳州市第十八中学研学活动安全管理办法及应急预案(2024 试行版)",
        "skip": [
            r"^亳州市第十八中学研学活动安全管理办法及应急预案",
            r"^发布时间:",
            r"^信息来源:",
            r"^浏览次数:",
            r"^字体:",
        ],
        "headings": [(r"^[一二三四五]、", 1)],
    },
    "h240-2": {
        "title": "潜山县彰法山学校到“五千年文博园”研学旅行活动安全预案",
        "skip": [r"^版权说明:", r"^文档简介$", r"^潜山县彰法山学校到“五千年文博园”研学旅行活动安全预案$"],
        # the sharing site's chunk numbers 1、2、3、 at the start of its lines are not the document's
        "sub": [(r"(?m)^1、", ""), (r"二、\n2、", "二、"), (r"督\n3、导", "督导")],
        "split": (
            r"(?<=活动安全预案)(?=为贯彻)|(?=一、组织领导)|(?<=一、组织领导)(?=为加强)"
            r"|(?=[12]、 ?(?:领导组组长|工作组:))|(?=二、安全工作小组)|(?<=职责)(?=1、人员点名组)"
            r"|(?=[2345]、(?:交通安全组|食品安全组|同学住宿安全组|$))|(?=(?:女生|男生)住宿巡察督导组)"
        ),
        "headings": [(r"^一、组织领导$", 1), (r"^二、安全工作小组详细分组情形及职责$", 1)],
    },
    "h240-3": {
        "title": "应急预案 / EMERGENCY",
        "skip": [r"^应急预案 / EMERGENCY$"],
        "headings": [(r"^[12]、", 1), (r"^⑴ 处理交通事故应急预案$", 2)],
    },
    "h240-4": {
        "title": "COMPLAINTS PROCEDURE",
        "english": True,
        "skip": [r"^COMPLAINTS PROCEDURE$"],
        "headings": [(r"^Stage [1-4]$", 1)],
    },
    "h240-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^Stage (One|Two)$", 1)],
    },
}

LAYOUT241: dict[str, dict] = {
    "h241-1": {
        "title": "一般原則與實踐標準",
        "skip": [r"^1688傳媒集團$", r"^一般原則與實踐標準$"],
        "headings": [
            (r"^(準確和清晰|公平和平衡|保護隱私和避免傷害|誠信和透明|提出投訴)$", 1),
            (r"^[1-5]\.(材料的類型|出版物的類型|誰可以投訴|時間限制|如何提出投訴\?)$", 2),
        ],
    },
    "h241-2": {
        "title": "Complaints Process for HoldtheFrontPage",
        "english": True,
        "skip": [r"^AddThis SmartLayers$", r"^Complaints Process for HoldtheFrontPage$"],
        "headings": [
            (
                r"^(Who can make a complaint and what can they complain about\?|What happens when someone makes a "
                r"complaint\?|How will we respond to complaints\?)$",
                1,
            )
        ],
    },
    "h241-3": {
        "title": "Complaints & Corrections",
        "english": True,
        "bullet": r"^- ",
        "skip": [r"^Complaints & Corrections$"],
        "headings": [(r"^(Corrections\.|Complaints\.)$", 1)],
    },
}

LAYOUT242: dict[str, dict] = {
    "h242-1": {
        "title": "信用社经营期安全工作制度",
        "skip": [r"^《信用社营业期间安全保卫工作制度\.pdf》"],
        "sub": [
            (r"(?m)^1、信用社经营期安全工作制度(?=一、)", ""),
            (r"\n2、(?=,并向综合业务系统)", ""),
        ],
        "split": r"(?=[一二三四五六七八]、)",
    },
    "h242-2": {
        "title": "Complaints",
        "english": True,
        "headings": [
            (r"^(Making a Complaint|If you are still not satisfied)$", 1),
            (r"^(Within 3 working days|Within 5 working days|Within 8 weeks|Final Response)$", 2),
        ],
    },
    "h242-3": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Complaints$"],
        "headings": [
            (
                r"^(Has First Rate Credit Union let you down\?|Our commitment to you|Your first step|If you are still unhappy|"
                r"What is the Financial Ombudsman Service\(FOS\)\?)$",
                1,
            ),
        ],
    },
}

LAYOUT243: dict[str, dict] = {
    "h243-1": {
        "title": "护理投诉处理制度",
    },
    "h243-2": {
        "title": "医院内突发医疗安全(不良)事件应急预案",
        "skip": [r"^文档库 最新最全的文档下载$", r"^当前位置:", r"^医院内突发医疗安全\(不良\)事件应急预案$"],
        "join": r"^(\d\.|组长:|副组长:|组员:)",
        "headings": [
            (r"^一、组织机构与职责$", 1),
            (r"^\([一二]\)(突发事件应急小组|工作职责)$", 2),
        ],
    },
    "h243-3": {
        "title": "首问负责制",
        "sub": [(r"^1、(?=米东医院医务部)", ""), (r"\n2、(?=、投诉的问题)", "")],
        "split": r"(?<=医疗规章制度)(?=首问负责制)|(?<=首问负责制)(?=一指)|(?=二要求)|(?=三首问负责职责)|(?<=三首问负责职责:)|"
        r"(?<=。)(?=[1-4][对凡如首])|(?<=应做到:)(?=\(1\))|(?<=。)(?=\([2-4]\))",
        "skip": [r"^首问负责制$"],
        "headings": [(r"^三首问负责职责:$", 1)],
    },
    "h243-4": {
        "title": "Compliments, Suggestions or Complaints",
        "english": True,
        "skip": [r"^Newcastle Laboratories$", r"^Compliments, Suggestions or Complaints$"],
    },
    "h243-5": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Complaints$"],
        "split": r"(?<=improve our services\.) (?=Right to complain )|(?<=Right to complain) (?=We have to respect)|"
        r"(?<=fairly and thoroughly\.) (?=What to do if)|(?<=with the outcome\?) (?=If you are not satisfied)",
        "headings": [
            (r"^WHAT TO DO IF YOU ARE DISSATISFIED WITH THE SERVICE YOU HAVE RECEIVED$", 1),
            (r"^(Right to complain|How to complain|What to do if you are not satisfied with the outcome\?)$", 2),
        ],
    },
}

LAYOUT244: dict[str, dict] = {
    "h244-1": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "bullet": r"^- ",
    },
}

LAYOUT245: dict[str, dict] = {
    "h245-1": {
        "title": "共享單車行車應急預案",
        "skip": [r"^版權說明:", r"^文檔簡介$"],
        "strip": [r"(?m)^共享單車行車應急預案(?=目的與范圍)"],
        "split": r"(?<=^目的與范圍)|(?=風險分析共享)|(?<=風險分析)(?=共享)|(?<=主要包括:)(?=1\.)|(?<=。)(?=[2-5]\.)|"
        r"(?<=。)(?=每種風險)|(?=組織機構為了)|(?<=組織機構)(?=為了)|(?<=如下:)(?=應急管理小組組長)|(?<=。)(?=應急響應小組組長)|"
        r"(?=副組長:)|(?=成員:)|(?=職責:)|(?=應急處置流程針對)|(?<=應急處置流程)(?=針對)|(?<=。)(?=交通事故應急處理)|"
        r"(?<=交通事故應急處理)(?=1\.)|(?<=。)(?=客服人員應記錄)",
        "headings": [
            (r"^(目的與范圍|風險分析|組織機構|應急處置流程)$", 1),
            (r"^交通事故應急處理$", 2),
        ],
    },
    "h245-2": {
        "title": "交易糾紛爭議處理",
        "skip": [r"^登入 註冊$", r"^政策與規範$"],
        "headings": [(r"^提出爭議步驟$", 1)],
    },
    "h245-3": {
        "title": "交易糾紛爭議處理",
        "skip": [r"^交易糾紛爭議處理$"],
        "bullet": r"^- ",
        "headings": [(r"^[一二]、(目的|消費者權益保障措施及消費糾紛爭議處理原則)$", 1)],
    },
    "h245-4": {
        "title": "交易糾紛處理",
        "skip": [r"^交易糾紛處理$"],
    },
    "h245-5": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [
            (r"^(How to make a complaint|What to expect)$", 1),
            (r"^(Information|Acknowledgement|Investigation|Response)$", 2),
        ],
    },
}

LAYOUT246: dict[str, dict] = {
    "h246-1": {
        "title": None,
        "headings": [
            (r"^[12]\.\? (组织机构|防汛抗台工作职责)$", 1),
            (r"^2\.[12] ?(应急处理小组职责:|安监科职责)$", 2),
        ],
    },
    "h246-2": {
        "title": "昆明安宁供电局城市大面积停电事件应急预案(2023版)",
        "skip": [r"^昆明安宁供电局城市大面积停电事件应急预案(\(2023版\))?$"],
        "headings": [
            (r"^目 录$", 1),
            (r"^1 总则$", 1),
            (r"^1\.1 编制目的$", 2),
        ],
        "headings_once": True,
    },
    "h246-3": {
        "title": "Our Complaints Process",
        "english": True,
        "skip": [r"^Our Complaints Process$"],
        "sub": [(r"(?m)^  (?=[123]\. )", "")],
        "headings": [(r"^Utilities Disputes Limited$", 2)],
    },
}

LAYOUT247: dict[str, dict] = {
    "h247-1": {
        "title": "游泳馆安全应急预案",
        "skip": [
            r"^学习啦 > ",
            r"^游泳馆安全应急预案$",
            r"^时间: 冠墩784 分享$",
            r"^随着人们生活水平的提高",
        ],
        "headings": [
            (r"^游泳馆安全应急预案[一二]:$", 1),
            (r"^[一二]、(突发事件应急小组|突发事件应急处理方法|目的|应急领导小组及职责)$", 2),
            (r"^[1-3]\.(紧急处理并报案|处理|联系电话)$", 3),
        ],
    },
    "h247-2": {
        "title": "某大学(高校)体育场馆管理中心安全管理制度",
        "skip": [r"^某大学\(高校\)体育场馆管理中心安全管理制度$", r"^- [1-3]、"],
        "join": r"^(\d\. |\([1-9]\)|[一二三]、)",
        "headings": [
            (r"^[一二三]、(组织机构|安全管理职责|安全管理措施)$", 1),
            (r"^1\. 安全检查$", 2),
        ],
    },
    "h247-3": {
        "title": "Customer Complaints Policy",
        "english": True,
        "skip": [r"^Customer Complaints Policy$"],
        "headings": [
            (r"^(Introduction|Raising a Complaint|Complaints Procedure|Serious Incident Policy|Conclusion)$", 1),
        ],
    },
}

LAYOUT248: dict[str, dict] = {
    "h248-1": {
        "title": "LISA’S LAW’S 投诉程序",
        "skip": [r"^提出投诉$", r"^LISA’S LAW’S 投诉程序$"],
    },
    "h248-2": {
        "title": "Notes to Parties to a Complaint",
        "sub": [
            (r"(?m)^([1-4]\.)\n\n", r"\1 "),
            (r"(?m)^[ \t]*(\((?:i|ii|iii|iv|v|a|b|c)\))\n", r"\1 "),
        ],
        "headings": [
            (r"^[1-4]\. (香港律師會\(“律師會”\)執業操守組的角色是:|律師會的執業操守組:|執業操守組務求:|投訴人應注意:)$", 1)
        ],
    },
    "h248-3": {
        "title": "OUR COMPLAINTS PROCEDURE",
        "english": True,
        "skip": [r"^OUR COMPLAINTS PROCEDURE$"],
        "headings": [(r"^WHAT WILL HAPPEN NEXT\?$", 1)],
    },
    "h248-4": {
        "title": "Complaints Policy for Peter Harrison Notary Public",
        "english": True,
        "skip": [r"^Approved Compaints Policy$", r"^Complaints Policy for Peter Harrison Notary Public$"],
        "headings": [(r"^[1-4]\. (Purpose|Making a complaint|Action by the Secretary|Conclusion)$", 1)],
    },
}

LAYOUT249: dict[str, dict] = {
    "h249-1": {
        "title": "XX出租汽車有限公司生產安全事故應急預案",
        "skip": [
            r"^XX出租汽車有限公司生產安全事故應急預案$",
            r"^2021-03-04 09:54:08 字數",
        ],
        "headings": [
            (r"^生產安全事故應急預案批准令$", 1),
            (r"^1 總則$", 1),
            (r"^1\.[1-3] (目的|編制依據|適用範圍)$", 2),
        ],
    },
    "h249-2": {
        "title": "眉山市出租汽车行业群体性突发事件应急预案",
        "skip": [r"^眉山市出租汽车行业群体性突发事件应急预案$"],
        "headings": [
            (r"^[一二三]、(指导思想和基本原则|适用范围|事)$", 1),
            (r"^（[一二]）(指导思想|基本原则)$", 2),
            (r"^\([一二]\)(指导思想|基本原则)$", 2),
        ],
    },
    "h249-3": {
        "title": "建昌县出租汽车行业群体性突发事件应急预案",
        "skip": [
            r"^您的位置 ",
            r"^建昌县出租汽车行业群体性突发事件应急预案$",
            r"^\[来源:本站",
        ],
        "headings": [
            (r"^[一二三]、(编制目的|法制依据|适用范围)$", 1),
        ],
    },
    "h249-4": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [],
    },
}

LAYOUT250: dict[str, dict] = {
    "h250-1": {
        "title": "株洲港口客运码头旅客疏散和救援应急预案",
        "skip": [r"^株洲港口客运码头旅客疏散和救援应急预案$", r"^发布日期:2018-01-03信息来源:交通运输局$"],
        "headings": [
            (r"^[12](总则|组织体系及职责)$", 1),
            (r"^(1\.[1-4](编制目的|编制依据|适用范围|工作原则)|2\.1港口突发事故应急工作领导小组)$", 2),
        ],
    },
    "h250-2": {
        "title": "洋山岛港区市级应急管理单元突发事件总体应急预案",
        "skip": [r"^洋山岛港区市级应急管理单元突发事件总体应急预案$"],
        "headings": [
            (r"^[12] (总则|组织指挥机构)$", 1),
            (r"^(1\.[1-4] (编制目的|编制依据|适用范围|工作原则)|2\.1 领导机构)$", 2),
        ],
    },
    "h250-3": {
        "title": "Complaints",
        "english": True,
        "sub": [(r"(?m)^(\([a-j]\))\s+", r"\1 ")],
        "headings": [(r"^Dart Harbour Customer Complaint Procedure$", 1)],
    },
    "h250-4": {
        "title": "Complaint procedure",
        "english": True,
        "skip": [r"^Complaint procedure$"],
        "headings": [
            (
                r"^(Purpose of this procedure|Objectives of the Harwich Haven Authority Complaints Procedure|"
                r"Scope of the procedure)$",
                1,
            ),
            (r"^(Definition of a complaint|Complaint or concern)$", 2),
        ],
    },
}

LAYOUT251: dict[str, dict] = {
    "h251-1": {
        "title": "门急诊办公室接待处理流程(暂行)",
        "skip": [r"^门急诊办公室接待处理流程\(暂行\)$"],
    },
    "h251-2": {
        "title": "Making a complaint",
        "english": True,
        "skip": [r"^Making a complaint$"],
        "headings": [
            (r"^Stage [12] – (Early Resolution|Investigation)$", 1),
            (
                r"^(Who can complain|Can I make a complaint on behalf of someone else|Will I be treated differently if I make a complaint|How can I make a complaint)\?$",
                1,
            ),
        ],
    },
    "h251-3": {
        "title": "Complaint Resolution",
        "english": True,
        "skip": [r"^Download as pdf or txt$", r"^You are on page 1of 3$", r"^Complaint Resolution$"],
        "rejoin": [r"(?<=[a-z,])\n(?=[a-z]|Ambulance Services)"],
        "headings": [
            (r"^(PURPOSE|PROCEDURE)$", 1),
            (r"^(Options for Addressing a Complaint|Timelines for Making a Complaint)$", 2),
        ],
    },
    "h251-4": {
        "title": "Feedback Procedure",
        "english": True,
        "skip": [r"^Feedback Procedure$"],
        "headings": [
            (r"^Complaints procedure$", 1),
            (
                r"^(Who can complain|What is the time limit for making a complaint|Will my complaint be kept confidential|What if I have a concern or question)\?$",
                2,
            ),
        ],
    },
}

LAYOUT252: dict[str, dict] = {
    "h252-1": {
        "title": "消费者权益保护制度规定",
        "skip": [r"^xx公司金融消费者权益保护制度$", r"^消费者权益保障制度\(金融制度\)$", r"^消费者权益保护制度规定$"],
        "split": r"(?<=消费者权益保护制度规定)(?=第一章)|(?<=第一章总则)(?=为了)|(?<=执行细则)(?=一、)|"
        r"(?<=准确无误披露)(?=应以)|(?<=消费者信息风险评估)(?=不得泄露)|(?<=公平交易权)(?=在法律法规)|"
        r"(?<=投诉途径)(?=签署合同前)",
        "headings": [
            (r"^第[一二]章(总则|执行细则)$", 1),
            (r"^[一二三四]、(产品合理宣传|保护客户信息安全|保证客户自主选择权|明确告知客户投诉途径)", 2),
        ],
    },
    "h252-2": {
        "title": None,
        "sub": [(r"(?<=相关要)\n(?=求。)", "")],  # a line break inside a word of the copy
        "headings": [
            (r"^第[一二]章 ?(总则|产品、服务设计及审查)$", 1),
            (r"^\([一二]\)(产品设计、优化环节|营销推介环节)$", 2),
        ],
    },
    "h252-3": {
        "title": "Right Cash Ltd Complaints / Dispute Handling Procedure.",
        "english": True,
        "skip": [r"^Right Cash Ltd Complaints / Dispute Handling Procedure\.$"],
        "headings": [
            (r"^(Making a Complaint|Acknowledging your Complaint|Reviewing your Complaint|Keeping you Informed)$", 1),
        ],
    },
    "h252-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [
            r"^Shopping Cart$",
            r"^Your shopping bag is empty$",
            r"^Go to the shop$",
            r"^Complaints Procedure$",
        ],
        "headings": [(r"^(Acknowledging the Complaint|Reviewing your Complaint)$", 1)],
    },
    "h252-5": {
        "title": "Customer Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints$", r"^Customer Complaints Procedure$"],
        "headings": [
            (r"^(Who can complain|What is a complaint|How do I complain)\?$", 1),
            (r"^Step [12]$", 2),
        ],
    },
}

LAYOUT253: dict[str, dict] = {
    "h253-1": {
        "title": "中铁?青秀尚园售楼中心突发事件应急预案",
        "skip": [
            r"^您的当前位置:首页正文$",
            r"^售楼处应急预案一$",
            r"^2021-10-08 来源:吉趣旅游网$",
            r"^标准化管理部编码-",
            r"^中铁\?青秀尚园售楼中心突发事件应急预案$",
        ],
        "split": r" (?=[b-g][\u4e00-\u9fff])",
        "headings": [(r"^第一节 应急处突小组的组成及职责$", 1)],
    },
    "h253-2": {
        "title": "交房应急预案",
        "skip": [r"^当前位置: 首页 > 党团工作 >$", r"^交房应急预案$", r"^发布时间:2022-07-02"],
        "split": r"(?<=^一、成立应急预案小组) ",
        "headings": [(r"^(一、成立应急预案小组|二、具体职责和处理措施:)$", 1)],
    },
    "h253-3": {
        "title": "公园一号入伙期间突发事件应急预案",
        "strip": [r"^精选优质文档-倾情为你奉上公园一号入伙期间突发事件应急预案"],
        "split": r"(?<=^一、目的:)|(?=二、业主)|(?<=最主要的原因是:)|(?=[1-4]、)|(?=建议采取措施)|(?=三、突发)|"
        r"(?<=小组成员:)|(?=四、突发)|(?<=逐级汇报的原则:)",
        "headings": [
            (
                r"^[一二三四]、(目的:|业主在收楼过程中可能发生的各种纠纷的最主要的原因是:|突发事件应急小组成员:|"
                r"突发事件采取三级处理机制:逐级处理逐级汇报的原则:)$",
                1,
            )
        ],
    },
    "h253-4": {
        "title": "售后服务",
    },
    "h253-5": {
        "title": "Complaints procedure",
        "english": True,
    },
}

LAYOUT254: dict[str, dict] = {
    "h254-1": {
        "title": "天上人间KTV应急灭火疏散方案",
        "skip": [r"^《天上人间KTV应急灭火疏散方案\.doc》"],
        "strip": [r"(?m)^1、天上人间KTV应急灭火疏散方案天上人间KTV应急灭火疏散方案", r"\n2、(?=有秩序地)"],
        "split": r" (?=一 成立|[12] “|[A-D] \S|灭火小组成员接收到)",
        "headings": [(r"^一 成立“一人 六组”的灭火组织机构$", 1)],
    },
    "h254-2": {
        "title": None,
        "headings": [(r"^(一、原则|二、成立突发事件处理领导小组|\(三\)、疏散路线)$", 1)],
    },
    "h254-3": {
        "title": "星光大道ktv紧急疏散预案",
        "skip": [r"^消防紧急疏预案$", r"^[光大道]$", r"^ktv消防紧急疏散方案星光大道ktv紧急疏散预案$"],
        "sub": [(r"([⑴⑵⑶⑷⑸⑹⑺⑻])\n", r"\1")],
        "split": r"(?<=。)(?=[⑶⑹])",
        "headings": [(r"^一、收到火警通知后的行动$", 1)],
    },
    "h254-4": {
        "title": "Dispute Resolution Procedure",
        "english": True,
        "skip": [
            r"^close$",
            r"^Dispute Resolution Procedure$",
            r"^Quick View$",
            r"^Possible snow shower\.$",
            r"^(Top|Village):",
            r"^Perisher Valley$",
            r"^4km/h \| E$",
            r"^Stay in the s'know$",
            r"^Never miss out on news",
        ],
        "headings": [(r"^PERISHER DISPUTE RESOLUTION PROCEDURES$", 1)],
    },
}

LAYOUT255: dict[str, dict] = {
    "h255-1": {
        "title": "咨询投诉",
        "skip": [r"^咨询投诉$"],
        "headings": [
            (r"^[一二三]、(投诉的机构|投诉的程序|接待投诉的流程与方法):$", 1),
            (r"^[12]、(来人直接投诉|电话投诉):$", 2),
        ],
    },
    "h255-2": {
        "title": "How we handle Complaints",
        "english": True,
        "skip": [r"^How we handle Complaints$"],
        "headings": [(r"^(Our response|Consumer Council for Water|ADR Group)$", 1)],
    },
    "h255-3": {
        "title": "Thank you for your feedback",
        "english": True,
        "skip": [r"^Thank you for your feedback$"],
        "bullet": r"^- ",
        "headings": [
            (r"^What happens next\?$", 1),
            (r"^What Happens When You Complain to the Energy and Water Ombudsman\?$", 1),
            (r"^Step [12] (Contact Your Utility|Lodge Your Complaint)$", 2),
        ],
    },
    "h255-4": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Skip to content$", r"^Complaints$"],
    },
}

LAYOUT256: dict[str, dict] = {
    "h256-1": {
        "title": "顧客抱怨處理程序",
        "skip": [
            r"^跳到主要內容區塊$",
            r"^字型小 字型中 字型大$",
            r"^最後更新日期:",
            r"^顧客抱怨處理程序$",
            r"^新竹郵局首長信箱 網路意見箱 保戶意見箱 線上即時客服$",
        ],
        "sub": [
            (
                r"(?m)^來源 (上級交辦) (書面、網路) (口頭、電話)\n處理程序 (.+)\n"
                + r"(.+)\n" * 8
                + r"作業時間 (\S+) (\S+) (\S+)$",
                "| 來源 | \\g<1> | \\g<2> | \\g<3> |\n| 處理程序 | \\g<4> \\g<5> \\g<6> | \\g<7> \\g<8> \\g<9> | \\g<10> \\g<11> \\g<12> |\n"
                "| 作業時間 | \\g<13> | \\g<14> | \\g<15> |",
            ),
            (
                r"(?m)^(現場受理) (電話受理) (書面受理) (電子郵件受理)\n" + r"  (.+)\n" * 22,
                "| \\g<1> | \\g<2> | \\g<3> | \\g<4> |\n| \\g<5> \\g<6> \\g<7> \\g<8> \\g<9> \\g<10> \\g<11> | "
                "\\g<12> \\g<13> \\g<14> \\g<15> \\g<16> \\g<17> | \\g<18> \\g<19> \\g<20> \\g<21> \\g<22> | "
                "\\g<23> \\g<24> \\g<25> \\g<26> |\n",
            ),
        ],
        "pipe_table": True,
        "headings": [(r"^(顧客抱怨處理程序流程表|我們的處理原則|陳情管道)$", 1)],
    },
    "h256-2": {
        "title": "民眾抱怨處理程序",
        "skip": [
            r"^跳到主要內容區塊$",
            r"^字型小 字型中 字型大$",
            r"^最後更新日期:",
            r"^民眾抱怨處理程序$",
            r"^圖片替代說明文字 :$",
            r"^抱怨處理程序$",
        ],
        # the flow chart, stored one cell a line, column by column (上級交辦, 書面、網路, 口頭、電話), each with its
        # three steps and its time in Chinese and English, as a table of five rows
        "sub": [
            (
                r"(?m)^(上級交辦)\n" + r"(.+)\n" * 29,
                "| \\g<1> \\g<2> | \\g<3> \\g<4> | \\g<5> \\g<6> |\n| \\g<7> \\g<8> | \\g<13> \\g<14> | \\g<19> \\g<20> |\n"
                "| \\g<9> \\g<10> | \\g<15> \\g<16> | \\g<21> \\g<22> |\n| \\g<11> \\g<12> | \\g<17> \\g<18> | \\g<23> \\g<24> |\n"
                "| \\g<25> \\g<26> | \\g<27> \\g<28> | \\g<29> \\g<30> |\n",
            )
        ],
        "pipe_table": True,
        "headings": [
            (r"^民眾抱怨及處理程序流程表$", 1),
            (r"^壹、 民眾抱怨處理程序\(", 1),
            (r"^一\. 現場處理標準流程\(", 2),
        ],
    },
    "h256-3": {
        "title": "顧客抱怨處理程序",
        "skip": [
            r"^跳到主要內容區塊$",
            r"^字型小 字型中 字型大$",
            r"^最後更新日期:",
            r"^顧客抱怨處理程序$",
            r"^抱怨處理程序$",
        ],
        "headings": [
            (r"^壹、 顧客抱怨處理程序\(", 1),
            (r"^[一二]\. (現場處理標準流程\(|書面或電子郵件抱怨、申訴處理標準流程$)", 2),
        ],
    },
    "h256-4": {
        "title": "Claims and Complaints Procedures",
        "english": True,
        "skip": [
            r"^You are here$",
            r"^- (Home|Contact & Support|Claims and Complaints Procedures)$",
            r"^Claims and Complaints Procedures$",
        ],
        "headings": [(r"^Policy$", 1)],
    },
    "h256-5": {
        "title": "Postmaster Complaint Handling Policy",
        "english": True,
        "skip": [r"^POL00447955$", r"^(Postmaster|Complaint Handling|Policy)$", r"^tte rig$", r"^_ —_—\. “see$"],
        "rejoin": [
            r"(?<=both us and our)\n(?=postmasters\. They:)",
            r"(?<=set out principles to)\n(?=guide you on how)",
            r"(?m)(?<=you should support our)\n(?=postmasters$)",
            r"(?<=so you can be aware)\n(?=of them and reduce)",
            r"(?<=responsibilities of you and)\n(?=your colleagues)",
            r"(?<=procedures related to your)\n(?=area \(policies)",
            r"(?<=help us to make sure we)\n(?=support our postmasters effectively)",
            r"(?<=professionalism \(being the)\n(?=underpinning)",
            r"(?<=This policy sets out clear)\n(?=guidelines)",
            r"(?<=process is followed for all)\n(?=complaints)",
            r"(?<=we will treat each)\n(?=complaint seriously)",
            r"(?<=and keeping)\n(?=the postmaster informed)",
            r"(?<=complaints data and postmaster)\n(?=feedback to identify)",
            r"(?<=issues to constantly)\n(?=improve the postmaster)",
            r"(?<=review complaints data)\n(?=and our performance)",
        ],
        # the contents list on the cover (the five sections the policy names), as the one-column table it stands in
        "sub": [
            (
                r"(?m)^(Core principles and application)\n(Risks and minimum control standards)\n(Roles and responsibilities)\n"
                r"(General procedures)\n(How to raise a concern)\n",
                "| \\g<1> |\n| \\g<2> |\n| \\g<3> |\n| \\g<4> |\n| \\g<5> |\n",
            )
        ],
        "pipe_table": True,
        "bullet": r"^[+«*] ",
        "headings": [(r"^(How the policies help you|Core principles and application|Risks)$", 1)],
    },
}

LAYOUT257: dict[str, dict] = {
    "h257-1": {
        "title": "洗滌條款及細則",
        "skip": [r"^條款及細則$", r"^洗滌條款及細則$"],
    },
    "h257-2": {
        "title": "條款細則 Terms & Conditions",
        "skip": [r"^條款細則 Terms & Conditions$"],
    },
    "h257-3": {
        "title": "💬 How We Handle Complaints at Laundryheap",
        "english": True,
        "skip": [r"^💬 How We Handle Complaints at Laundryheap$"],
        "bullet": r"^(?=Guide you|Collect key|Reduce back|Route your|Quality Issues –|Invoice Queries –|Missing or Damaged"
        r" Items –|Reviewing your|Inspecting any|Identifying any|Collaborating internally)",
        "headings": [
            (
                r"^(🧭 Where to Raise a Complaint|📂 What Happens When You Report a Problem\?|⏱️ How Long Will It Take\?"
                r"|🛠️ How Do We Investigate and Resolve Complaints\?)$",
                1,
            )
        ],
    },
    "h257-4": {
        "title": "What do you do if receive a complaint from a customer?",
        "english": True,
        "skip": [r"^What do you do if receive a complaint from a customer\?$"],
    },
}

LAYOUT258: dict[str, dict] = {
    "h258-1": {
        "title": "售后服务承诺",
        "skip": [r"^购物指南$", r"^售后服务承诺$"],
        "headings": [
            (r"^(售后申请|热线咨询|退换货规则)$", 1),
            (r"^(收货时间判定标准|不支持退换货的情况)$", 2),
        ],
    },
    "h258-2": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "bullet": r"^- ",
        "headings": [(r"^(Purpose|Scope|Informal Resolution|Formal Complaint Submission)$", 1)],
    },
    "h258-3": {
        "title": "Editorial Policy & Complaints",
        "english": True,
        "skip": [r"^Editorial Policy & Complaints$"],
    },
    "h258-4": {
        "title": "Landor LINKS' Editorial Policy",
        "english": True,
        "skip": [r"^Landor LINKS'$", r"^Editorial Policy$"],
        "headings": [
            (r"^Our policies and complaints procedures$", 1),
            (r"^Landor LINKS Editorial Complaints Policy$", 1),
        ],
    },
    "h258-5": {
        "title": "退貨及更換政策",
        "skip": [r"^退貨及更換政策$"],
    },
}

LAYOUT259: dict[str, dict] = {
    "h259-1": {
        "title": "消费者投诉受理制度",
        "sub": [(r"并及时报给\n\n(?=总经理和品管科)", "并及时报给")],
        "skip": [r"^消费者投诉受理制度$", r"^[123]\. [123]、"],
        "headings": [(r"^[一二三四]、(目的|适用范围|职责|程序)$", 1)],
    },
    "h259-2": {
        "title": "产品质量手册",
        "strip": [r"(?m)^伊利产品质量手册NEW--BDnullnull.*\n"],
        "split": r"\s*null\s*|   (?=《产 品)|     (?=技术中心宣)| (?=伊利集团液态奶事业部本着)| (?=[12]、)",
        "skip": [
            r"^为了正常的体验网站",
            r"^伊利产品质量手册NEW--BD$",
            r"^2012-04-13 50页",
            r"^(用户头像|is_704754|暂无简介|举报)$",
            r"^《产 品 质 量 手 册》$",
        ],
        "headings": [(r"^前 言 —— 《产品质量手册》说明$", 1), (r"^第一章 基本术语及定义$", 1)],
    },
    "h259-3": {
        "title": "消费者投诉管理制度",
        "split": r"(?=二、设置专人)",
        "skip": [r"^网上消费投诉$", r"^发布评论$"],
    },
    "h259-4": {
        "title": "消费者投诉处理制度",
        "skip": [
            r"^食品生产企业食品安全管理制度30\.消费者投诉处理制度\.docx",
            r"^\d\. \d、",
            r"^查看更多$",
            r"^消费者投诉处理制度$",
        ],
        "headings": [(r"^[123](目的|适用范围|职责)$", 1)],
    },
    "h259-5": {
        "title": "CUSTOMER COMPLAINT",
        "english": True,
        "skip": [r"^CUSTOMER COMPLAINT$"],
        "headings": [(r"^Customer complaints procedures\.$", 1)],
    },
}

LAYOUT260: dict[str, dict] = {
    "h260-1": {
        "title": "顧客健康與安全",
        "skip": [r"^顧客健康與安全$"],
        "headings": [(r"^產品安全監測$", 1), (r"^(顧客健康與安全政策|行銷與顧客關係|申訴管道及申訴程序)$", 2)],
    },
    "h260-2": {
        "title": "Complaints Handling Process",
        "english": True,
        "rejoin": [r"(?<=giving reasons for)\n(?=the delay)"],
        "skip": [r"^Complaints Handling Process$"],
        "headings": [
            (r"^THE COMPLAINTS PROCEDURE$", 1),
            (r"^Stage [12]: ", 2),
            (r"^Contacting us (by telephone or in the store|in writing):$", 3),
        ],
    },
    "h260-3": {
        "title": "Complaints Procedure",
        "english": True,
        "headings": [(r"^Stage (One: Make a Complaint \(local resolution\)\.|Two: Independent Review)$", 1)],
    },
    "h260-4": {
        "title": "Our Complaints Policy",
        "english": True,
        "skip": [r"^CHRISTMAS ", r"^0% interest-free finance", r"^Our Complaints Policy$"],
        "headings": [(r"^(Scope|How to Submit a Complaint|Complaint Procedure|Customer Notification|Escalation):$", 1)],
    },
}

LAYOUT261: dict[str, dict] = {
    "h261-1": {
        "title": "",
        "headings": [(r"^[1-4]\. (目的|范围|职责|定义)$", 1), (r"^5、制度内容:$", 1)],
    },
    "h261-2": {
        "title": "化妆品不良反应监测管理制度",
        "skip": [r"^下载本文档$", r"^版权说明:", r"^文档简介$"],
        "strip": [r"(?m)^1、(?=文件名称)"],
        "sub": [(r"\n[23]、", "")],
        "split": r"(?=[1-4]\.0 )|(?<=1\.0 目的)|(?<=2\.0 适用范围)|(?<=3\.0 职责)|(?<=4\.0 定义)|(?=3\.[1-6] )",
        "headings": [(r"^[1-4]\.0 (目的|适用范围|职责|定义)$", 1)],
    },
    "h261-3": {
        "title": "投诉与召回管理制度",
        "skip": [r"^化妆品投诉与召回管理制度$", r"^发布时间 : "],
        "split": r"(?=1\.0目的)|(?=[234]\.0(?:范围|职责|内容))|(?<=1\.0目的)|(?<=2\.0范围)|(?<=3\.0职责)|(?<=4\.0内容)",
        "headings": [(r"^[1-4]\.0(目的|范围|职责|内容)$", 1), (r"^4\.1化妆品质量异常监测日常工作$", 2)],
    },
    "h261-4": {
        "title": "",
        "split": r"Р",
        "headings": [(r"^[三四五六]、(服务质量投诉|产品质量投诉|处理程序|处理)$", 1)],
    },
    "h261-5": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^The Largest Choice of Beauty Salon Equipment in the UK\. Learn more$"],
    },
}

LAYOUT263: dict[str, dict] = {
    "h263-1": {
        "title": "",
        "headings": [(r"^[一二三]、", 1), (r"^[（(][一二三][）)]", 2)],
    },
    "h263-2": {
        "title": "游乐园安全事故应急预案",
        "skip": [r"^游乐园安全事故应急预案$", r"^作者:jjh-chf"],
        "headings": [(r"^[12] (编制目的|危险性分析)$", 1), (r"^2\.[12] ", 2), (r"^[123][）)]", 3)],
    },
    "h263-3": {
        "title": "Contact us",
        "english": True,
        "bullet": r"^- ",
        "headings": [(r"^Our commitment to handling complaints is as follows:$", 1), (r"^Stage [123]$", 2)],
    },
    "h263-4": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Skip to content$", r"^Back to Policies$", r"^Complaints Policy$", r"^Unhappy and disappointed customer"],
        "headings": [(r"^(What is a complaint\?|Our standards for handling complaints:)$", 1)],
    },
}

LAYOUT262: dict[str, dict] = {
    "h262-1": {
        "title": "烘焙企業內外部投訴受理追蹤機制",
        "strip": [r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", r"(?m)^1、 烘焙企業內外部投訴受理追蹤機制"],
        "sub": [(r"責任部門\n2、(?=1個工作日內)", "責任部門")],
        "split": r"(?=[一二三]、)|(?=[123]、(?:內部|外部|服務|產品|管理))|(?=\([12]\))|(?<=一、投訴受理部門)|"
        r"(?<=二、投訴受理追蹤程序)|(?<=三、過錯責任賠付標準)|(?<=1、內部投訴)|(?<=2、外部投訴\(顧客投訴\))|"
        r"(?<=\(1\)到店投訴)|(?<=\(2\)電話投訴)|(?<=服務類投訴)|(?<=產品類投訴)|(?<=管理類投訴)",
        "skip": [r"^下載本文檔$", r"^版權說明:", r"^文檔簡介$"],
        "headings": [
            (r"^[一二三]、(投訴受理部門|投訴受理追蹤程序|過錯責任賠付標準)$", 1),
            (r"^[123]、(內部投訴|外部投訴\(顧客投訴\)|服務類投訴|產品類投訴|管理類投訴)$", 2),
            (r"^\([12]\)(到店投訴|電話投訴)$", 3),
        ],
    },
    "h262-2": {
        "title": "食品安全投诉处理制度",
        "skip": [r"^食品安全投诉处理制度$"],
    },
    "h262-3": {
        "title": None,
        "english": True,
        "headings": [(r"^(Definition of a Complaint|Definition of a Query|Making a Complaint)$", 1)],
    },
    "h262-4": {
        "title": "Handling Complaints",
        "english": True,
        "skip": [r"^Skip to content$", r"^Handling Complaints$"],
        "headings": [
            (r"^(Our Philosophy|Core Principle|Types of Complaints)$", 1),
            (r"^(Mutual Selection|Trust in Our Team|Category 1: Service Issues \(We Own These\))$", 2),
            (r"^(Examples:|How to Handle:|Resolution Script)$", 3),
        ],
    },
}

LAYOUT265: dict[str, dict] = {
    "h265-1": {
        "title": "关于售后、三包及对消费者意见处理的说明材料",
        "strip": [r"(?m)^关于售后、三包及对消费者意见处理的说明材料(?=一、)"],
        # the copy lost the paragraph breaks of the one section; it is split again where a new paragraph's thought begins
        "split": r"(?<=^一、关于企业售后服务网点建设)|(?<=。)(?=售后服务是实现|为快速响应|为此,我们|虽然外区域|通过以上措施)",
        "headings": [(r"^一、关于企业售后服务网点建设$", 1)],
    },
    "h265-2": {
        "title": "产品安全事故应急处理制度",
        "skip": [
            r"^收藏 分享",
            r"^产品安全事故应急处理制度\.docx",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^第[12]页 / 共2页$",
            r"^亲,该文档",
            r"^资源描述$",
            r"^产品安全事故应急处理制度$",
        ],
        "sub": [(r"(?m)^1、产品安全事故应急处理制度", ""), (r"(?m)^2、召回食品后", "召回食品后")],
        "split": r"(?=[一二三四五六]、)|(?=[（(][一二三四五六七][）)])",
        "join": r"^([一二三四五六]、|[（(][一二三四五六七][）)])",
    },
    "h265-3": {
        "title": "COMMENTS ON BOTTLED BEER",
        "english": True,
        "skip": [r"^COMMENTS ON BOTTLED BEER$", r"^Above: Bottleshop viewed"],
        "headings": [(r"^A - COMPLAINTS CONCERNING PRODUCT$", 1), (r"^1\. Skunky or Light Struck Odour and Flavour$", 2)],
    },
    "h265-4": {
        "title": "Received a complaint",
        "english": True,
        "skip": [r"^Received a complaint$"],
        "headings": [
            (r"^Complaints – Q\+A$", 1),
            (r"^What (type of complaint|happens when|are the differences)", 2),
        ],
    },
}

LAYOUT266: dict[str, dict] = {
    "h266-1": {
        "title": "用户访问、投诉管理规程",
        "skip": [r"^用户访问、投诉管理规程$", r"^展开$"],
        "split": r"(?<=。)(?=4\.1\.6 )",
        "headings": [
            (r"^4\.内容:$", 1),
            (r"^4\.[12] (用户访问|用户投诉)$", 2),
            (r"^4\.2\.1 投诉分类$", 3),
        ],
    },
    "h266-2": {
        "title": "用户投诉处理制度",
        "skip": [r"^用户投诉处理制度$"],
        "headings": [
            (r"^[34](职责|程序):$", 1),
            (r"^3\.[12] ?(销售部|QA)$", 2),
            (r"^4\.1投诉信息的接收:$", 2),
        ],
    },
    "h266-3": {
        "title": "20质量投诉管理操作规程",
        "skip": [r"^20质量投诉管理操作规程$", r"^合集下载$", r"^\d\. \d、"],
        "headings": [
            (r"^[一二三四]、(目的|依据|适用范围|内容)$", 1),
            (r"^[234]、(受理与记录|调查与处理|反馈与跟踪)$", 2),
        ],
    },
    "h266-4": {
        "title": "冷链药品储存、运输应急预案",
        "skip": [r"^全文预览已结束$", r"^下载本文档$", r"^版权说明:", r"^文档简介$"],
        "split": r"(?=[一二三]、(?:目的|依据|范围):)|(?=[四五]\.(?:组织结构|内容):)|(?<=[一二三]、目的:)|"
        r"(?<=[一二三]、依据:)|(?<=[一二三]、范围:)|(?<=四\.组织结构:)|(?<=五\.内容:)|(?=(?<!副)组长:)|(?=副组长:)|"
        r"(?=组员:)|(?<!\.)(?=[12]\. ?(?:人员职责|设施设备):)|(?=[34]\.冷藏药品)|(?=3\.[12]\.)|(?<=3\.冷藏药品储存应急预案:)|"
        r"(?=4\.1\.设施设备)|(?<=4\.冷藏药品运输应急预案)",
        "headings": [
            (r"^[一二三]、(目的|依据|范围):$", 1),
            (r"^[四五]\.(组织结构|内容):$", 1),
            (r"^[34]\.冷藏药品(储存|运输)应急预案:?$", 2),
        ],
    },
    "h266-5": {
        "title": None,
        "english": True,
        "bullet": r"^- ?",
        "headings": [
            (
                r"^(Our Commitment|Scope of Complaints Policy|Our Standards for Handling Complaints|"
                r"How We Handle Complaints|Remedies)$",
                1,
            ),
        ],
    },
}

LAYOUT267: dict[str, dict] = {
    "h267-1": {
        "title": "客戶抱怨處理流程",
        "skip": [r"^客戶抱怨處理流程$"],
        "sub": [(r"(?m)^    • ", "")],
        "split": r"(?<=1\. 目的:)",
        "headings": [(r"^1\. 目的:$", 1), (r"^[23]\.  (客戶申訴管道|客戶抱怨事件處理流程)$", 1)],
    },
    "h267-2": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "sub": [(r"(?m)^-\n", "- ")],
        "bullet": r"^(?:- |• )",
        "headings": [
            (r"^(Purpose & Principles|How to Make a Complaint|Acknowledgement|Investigation & Response|Resolution Options)$", 1)
        ],
    },
    "h267-3": {
        "title": "How to make a complaint",
        "english": True,
        "skip": [r"^How to make a complaint$"],
        "headings": [(r"^The complaint process$", 1)],
    },
    "h267-4": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "bullet": r"^- ",
        "headings": [(r"^[12]\. (POLICY STATEMENT|PURPOSE)$", 1)],
    },
}

LAYOUT264: dict[str, dict] = {
    "h264-1": {
        "title": "销售部质量问题处理相关规定",
        "skip": [r"^top$", r"^常识共享$", r"^销售部质量问题处理相关规定$", r"^发布时间:"],
    },
    "h264-2": {
        "title": None,
        "skip": [r"^全国销售服务热线:", r"^配送安装$", r"^Distribution installation$", r"^首页 > "],
        "headings": [(r"^【(售后服务程序|保用条款|测试指示)】$", 1)],
    },
    "h264-3": {
        "title": "售后服务",
        "skip": [r"^售后服务$"],
        "sub": [(r"(?m)^》》", "")],
        "bullet": r"^·",
        "headings": [(r"^(售后服务理念|退换货服务 三包有效期一年|注意事项)$", 1)],
    },
    "h264-4": {
        "title": "Repair Guarantee Timeline",
        "english": True,
        "skip": [r"^Lothian Domestics Appliance Repairs$", r"^Repair Guarantee Timeline$"],
        "headings": [(r"^Day (1 - 3|4 - 7|8 - 90)$", 1)],
    },
}

LAYOUT269: dict[str, dict] = {
    "h269-1": {
        "title": "预付卡应急管理预案",
        # the sharing site's page head and its "文档介绍" copy of the opening paragraph, up to the plan's own title
        "strip": [r"^1 / 4\n[\s\S]*?\n文档介绍:预付卡应急管理预案\n[^\n]*\n"],
        "skip": [r"^预付卡应急管理预案$"],
        "headings": [(r"^[一二三]、 ", 1), (r"^(分管经理|办公室|售卡处)$", 2)],
    },
    "h269-2": {
        "title": "投诉",
        "skip": [r"^投诉$"],
        "bullet": r"^• ",
        "headings": [
            (r"^我们如何处理投诉$", 1),
            (r"^(您可以期待我们的服务|解决您的投诉|如何提交投诉|我们的回复)$", 2),
        ],
    },
    "h269-3": {
        "title": "Complaints Handling",
        "english": True,
        # the site's menu line and the page title given twice before the text
        "strip": [r"^Contact Us  Sales Enquiry *\n\nComplaints Handling\n\n *\n\nComplaints Handling\n"],
        "headings": [
            (r"^(Our Commitment to You|Complaints Handling|Financial Ombudsman Service|Online Dispute Resolution)$", 1),
        ],
    },
    "h269-4": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Complaints procedure$"],
        "headings": [(r"^(How to make a complaint|Final or other response)$", 1)],
    },
    "h269-5": {
        "title": "How to make a complaint",
        "english": True,
        "skip": [r"^How to make a complaint$"],
        "headings": [
            (
                r"^(Where to direct your complaint|How we first handle complaints|If we cannot resolve the complaint over the phone|Investigating your complaint|Confirming our final position)$",
                1,
            )
        ],
    },
}

LAYOUT268: dict[str, dict] = {
    "h268-1": {
        "title": "投诉受理渠道",
        "skip": [r"^common_page_banner$", r"^投诉受理渠道$"],
        "headings": [(r"^(受理渠道|处理流程)$", 1)],
    },
    "h268-2": {
        "title": "Complaint Handling Procedures",
        "english": True,
        "skip": [r"^Mainland China Hotline:", r"^HK Hotline :", r"^Complaint Handling Procedures$"],
        "headings": [(r"^(Complaint Channels|The Processing Time of Complaint)$", 1)],
    },
    "h268-3": {
        "title": None,
        "english": True,
        "headings": [
            (r"^(Making a complaint|Time limits for dealing with a complaint)$", 1),
            (r"^(Within five days|Within eight weeks|After eight weeks)$", 2),
        ],
    },
    "h268-4": {
        "title": "Complaint Handling Procedures",
        "english": True,
        "skip": [r"^Complaint Handling Procedures$"],
        "bullet": r"^- ",
        "headings": [(r"^(MAKING A COMPLAINT|HOW WE WILL HANDLE YOUR COMPLAINT)$", 1)],
    },
}

LAYOUT270: dict[str, dict] = {
    "h270-1": {
        "title": None,
        "sub": [(r'</p>\s*<p class="ql-block">\s*', "\n"), (r'<p class="ql-block">\s*', ""), (r"</p>", "")],
        "split": r"(?<=防护用品等)(?=2\.加强)",
        "headings": [(r"^应急措施 :$", 1)],
    },
    "h270-2": {
        "title": None,
        "english": True,
        "headings": [(r"^(Initial Contact|Practice Response)$", 1)],
    },
    "h270-3": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^image depicting complaints$", r"^Complaints Procedure$"],
        "headings": [(r"^(Our objectives|To make a formal complaint)$", 1)],
    },
    "h270-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [
            (r"^(General Provisions|Receiving of Complaints|Period within which complaints can be made|Complaints Handling)$", 1)
        ],
    },
}

LAYOUT271: dict[str, dict] = {
    "h271-1": {
        "title": "济宁东华悦城项目部农民工工资清欠应急预案",
        "skip": [r"^济宁东华悦城项目部农民工工资清欠应急预案$"],
        "sub": [
            (r"\A1、 ", ""),
            (r"农\n2、民工", "农民工"),
            (r"工\n3、资。", "工资。"),
            (r"(?<=兖 矿 东 华 建 设 有 限公 司)(?=济宁)", "\n"),
            (r"(?<=农民工工资清欠应急预案) (?=编制单位)", "\n"),
            (r" (?=编 制 人:)", "\n"),
            (r" (?=编制日期:)", "\n"),
            (r"(?<=01月01日)(?=目 录)", "\n"),
            (r"(?<=法律维权意识)(?=总 则)", "\n"),
            (r"(?<=总 则)(?=为预防)", "\n"),
            (r"(?<=制订本预案:)(?=一、企业管理)", "\n"),
            (r"(?<=一、企业管理)(?=1、组织机构成立)", "\n"),
            (r"(?<=1、组织机构)(?=成立)", "\n"),
            (r"(?<=应急事件。)(?=项目工程)", "\n"),
            (
                r"(?<=应急领导小组)姓名职务电话号码备注潘 勇组长建设方项目责任人胡永强副组长监理企业总监"
                r"孟凡军施工单位项目责任人杨士亮组员建设单位施工负责井立勤施工单位施工负责仇广祯施工单位施工负责"
                r"段提乐施工单位安全员马 坤施工单位施工负责李召兵劳务代表李成卫",
                "\n|姓名|职务|电话号码|备注|\n|潘 勇|组长||建设方项目责任人|\n|胡永强|副组长||监理企业总监|\n"
                "|孟凡军|||施工单位项目责任人|\n|杨士亮|组员||建设单位施工负责|\n|井立勤|||施工单位施工负责|\n"
                "|仇广祯|||施工单位施工负责|\n|段提乐|||施工单位安全员|\n|马 坤|||施工单位施工负责|\n"
                "|李召兵|||劳务代表|\n|李成卫| | | |\n",
            ),
            (r"(?<=2、劳务工资备用基金管理)(?=建立)", "\n"),
            (r"(?<=农民工工资。)(?=3、关键领导)", "\n"),
            (r"(?<=3、关键领导和项目经理值班制度)(?=建立)", "\n"),
        ],
        "pipe_table": True,
        "headings": [
            (r"^总 则$", 1),
            (r"^一、企业管理$", 1),
            (r"^[1-3]、(组织机构|劳务工资备用基金管理|关键领导和项目经理值班制度)$", 2),
        ],
    },
    "h271-2": {
        "title": "农民工工资及劳务纠纷应急预案",
        "skip": [
            r"^农民工工资及劳务纠纷应急预案(5篇)?$",
            r"^时间:2019-05-14",
            r"^简介:写写帮文库",
            r"^第一篇:",
        ],
        "headings": [
            (r"^[一二三]、(指导思想|组织体系|工作职责):$", 1),
            (r"^\(一\)分公司应急指挥领导小组$", 2),
        ],
    },
    "h271-3": {
        "title": "农民工工资纠纷应急预案",
        "skip": [
            r"^农民工工资纠纷应急预案$",
            r"^隐藏内容$",
            r"^此处内容需要权限查看$",
            r"^会员免费查看",
            r"^支付6元",
            r"^下载这篇word文档$",
            r"^声明:本站所有文章",
        ],
        "split": r"(?<=制造影响时。)(?=\(3\))",
        "headings": [(r"^[一二]、(突发事件应急状态描述|应急状态的报告程序)$", 1)],
    },
    "h271-4": {
        "title": "绿色廊道工程二标段投诉方式",
        "skip": [r"^绿色廊道工程二标段投诉方式$", r"^更新时间:", r"^养护七公开$"],
        "headings": [(r"^投诉方式$", 1), (r"^\([一二三四]\)", 2)],
    },
    "h271-5": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [],
    },
}

LAYOUT272: dict[str, dict] = {
    "h272-1": {
        "title": "后勤保障应急预案",
        "skip": [r"^后勤保障应急预案$"],
        "sub": [(r"(?<=如发生)\n(?=重特大事件)", "")],
        "headings": [(r"^[123]\.(成立|事件)", 1), (r"^突发事件保障$", 1)],
    },
    "h272-2": {
        "title": "医院后勤保障应急预案",
        "skip": [r"^- 相关推荐$", r"^医院后勤保障应急预案$", r"^在学习、工作、生活中,难免"],
        "split": r"(?=二、物资设备保障)|(?<=二、物资设备保障)",
        "headings": [(r"^[一二]、(人员保障|物资设备保障|保证)$", 1)],
    },
    "h272-3": {
        "title": "医院项目物业管理工作应急预案",
        "skip": [r"^第1篇 医院物业管理工作应急预案$", r"^医院项目物业管理工作应急预案$"],
        "headings": [(r"^[一二]、.*应急预案$", 1)],
    },
    "h272-4": {
        "title": "餐厅食堂投诉处理管理制度",
        "sub": [(r"(?<=[\u4e00-\u9fff,,、]) (?=[\u4e00-\u9fff])", "")],
        "split": r"(?<=^餐厅食堂投诉处理管理制度)|(?=\(\d\))|(?=7\.\d )",
        "skip": [r"^餐厅食堂投诉处理管理制度$"],
    },
    "h272-5": {
        "title": "COMPLAINTS PROCEDURE",
        "english": True,
        "skip": [r"^COMPLAINTS PROCEDURE$", r"^HOME - COMPLAINTS PROCEDURE$"],
        "sub": [(r"(?m)^-\n", "- ")],
        "bullet": r"^- ",
        "headings": [(r"^(How to Raise a Complaint|Complaints Handling Process|Escalation|Limitations and Legal Position)$", 1)],
    },
}

LAYOUT273: dict[str, dict] = {
    "h273-1": {
        "title": "厦门工学院附属学校体育运动突发事件应急预案",
        "skip": [r"^厦门工学院附属学校体育运动突发事件应急预案$"],
        "headings": [
            (r"^[一二]、(领导组织机构|体育运动伤害事故处理预案)$", 1),
            (r"^\(一\)体育课突发伤害事故处理预案$", 2),
            (r"^[123]\.(启动预案|工作程序|终止预案)$", 3),
        ],
    },
    "h273-2": {
        "title": "恩施市青少年校外活動中心培訓部安全工作管理細則暨應急預案",
        "skip": [r"^第一篇:", r"^恩施市青少年校外活動中心$", r"^培訓部安全工作管理細則暨應急預案$"],
        "headings": [(r"^[一二三]、(安全工作原則|安全工作責任|安全緊急情況類別)$", 1)],
    },
    "h273-3": {
        "title": "青少年校外活动中心安全工作预案",
        "sub": [(r"(?m)^青少年校外活动中心安全工作预案PAGE1/NUMPAGES3.*交通事\.\.\.$", "")],
        "skip": [
            r"^首页 ",
            r"^青少年校外活动中心安全工作预案$",
            r"^举报$",
            r"^开通vip$",
            r"^PAGE1/NUMPAGES3青少年校外活动中心安全工作预案$",
        ],
        "split": r"(?=为确保及时)|(?=\(一\)总则)|(?<=\(一\)总则)|(?=1、活动中心紧急情况)|(?=\([123]\)(?:事故|事件|灾害):)",
        "headings": [(r"^\(一\)总则$", 1)],
    },
    "h273-4": {
        "title": None,
        "headings": [
            (r"^[一二]、(建立健全機構|安全措施和要求)", 1),
            (r"^\([一二三]\)", 2),
        ],
    },
    "h273-5": {
        "title": "Raising of Non-Safeguarding Issues",
        "english": True,
        "skip": [r"^Raising of Non-Safeguarding Issues$"],
        "rejoin": [r"(?<=The panel have)\n(?=the right)"],
        "headings": [
            (r"^How can I raise a non- child safeguarding concern\?$", 1),
            (r"^(INFORMAL|FORMAL) RESOLUTION$", 2),
        ],
    },
}

LAYOUT274: dict[str, dict] = {
    "h274-1": {
        "title": None,
        "skip": [r"^1$"],
        "join": r"^第[一二三四五六七八九十]+条|^\(",
        "headings": [(r"^第十三条 有效投诉案件的认定$", 1)],
    },
    "h274-2": {
        "title": "Customer Charter",
        "english": True,
        "skip": [r"^Customer Charter$"],
        "bullet": r"^- ",
        "headings": [(r"^Standards of Customer Service$", 1)],
    },
    "h274-3": {
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [(r"^[234]\. (Acknowledgement|Investigate and update|Final Response)\.$", 1)],
    },
    "h274-4": {
        "title": "Complaints Procedure / How we handle complaints",
        "english": True,
        "skip": [r"^Complaints Procedure / How we handle complaints$", r"^2023-03-01 11:35$"],
    },
}

LAYOUT275: dict[str, dict] = {
    "h275-1": {
        "title": None,
        "join": r"^(?:[一二三四]、|YES|NO|自动转备用|传输设备故障|维护人员|网管故障|更换板卡|故障排除|上报|通知厂家|"
        r"传输故障|电源故障|线路故障|启动线路|备用线路|启用备份|填写相关)",
        "headings": [
            (r"^[一二三四]、 ?(网络故障处理原则|网络故障处理时限和业务抢通时限|传输网故障处理流程|动力设备故障处理流程)$", 1)
        ],
    },
    "h275-2": {
        "title": "网络公司用户服务、维护、管理规范汇编",
        "skip": [r"^- [1-7]、", r"^查看更多$", r"^原创力文档$", r"^文档评论\(0\)$", r"^网络公司用户服务、维护、管理规范汇编$"],
        "split": r"(?<=^一、城区用户维护:)|(?<=^1、客户部值班要求:)",
        "join": r"^(?:一、|1、)",
        "headings": [(r"^用户维护管理规范$", 1), (r"^一、城区用户维护:$", 2), (r"^1、客户部值班要求:$", 3)],
    },
    "h275-3": {
        "title": "數字電視公司社會服務承諾書",
        "skip": [r"^數字電視公司社會服務承諾書$", r"^時間:", r"^導語:"],
        "headings": [(r"^[123](服務內容|服務標準|違諾責任與監察)$", 1)],
    },
    "h275-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
    },
    "h275-5": {
        "title": "How We Will Deal with your Complaint",
        "english": True,
        "skip": [r"^How We Will Deal with your Complaint$"],
        "split": r"(?<=^INVESTIGATION) ",
        "headings": [(r"^INVESTIGATION$", 1)],
    },
}

LAYOUT276: dict[str, dict] = {
    "h276-1": {
        "title": "治安突发事件应急预案",
        "sub": [(r"^1、", ""), (r"\n[23]、", "")],
        "skip": [r"^旅馆治安管理制度及突发事件应急方案 六篇$", r"^第一篇:", r"^治安突发事件应急预案$"],
        "split": r"(?=第一篇:)|(?<=应急方案 )(?=治安突发事件应急预案)|(?<=治安突发事件应急预案)(?=客栈民宿)"
        r"|(?=突发事件类别:)|(?=突发事件处理及防范)|(?<=突发事件处理及防范)(?=失窃:)|(?<=失窃:)(?=失窃包括)"
        r"|(?=防范措施:)|(?=打架斗殴:1)|(?=停电:停电)|(?<=停电:)(?=停电一般)|(?<=[。:])(?=[1-6][^0-9])",
        "headings": [(r"^突发事件处理及防范$", 1), (r"^(失窃|打架斗殴|停电):$", 2), (r"^防范措施:$", 3)],
    },
    "h276-2": {
        "title": "旅馆治安管理制度及突发事件应急方案",
        "sub": [(r"^1、", ""), (r"\n[23]、", "")],
        "skip": [r"^旅馆治安管理制度及突发事件应急方案$"],
        "split": r"(?<=应急方案)(?=旅馆治安|一、)|(?<=一、目的和依据)|(?=二、机构设置)|(?<=二、机构设置)"
        r"|(?<=[。、])(?=[1-7]、)|(?<=前去查看。)(?=三$)",
        "headings": [(r"^[一二]、(目的和依据|机构设置)$", 1)],
    },
    "h276-3": {
        "title": "威宁县草海大酒店突发事件应急预案",
        "skip": [
            r"^中央人民政府 \|",
            r"^您当前的位置是:",
            r"^索 引 号:",
            r"^发布机构:",
            r"^名  称:",
            r"^文  号:",
            r"^威宁县草海大酒店突发事件( 应急预案)?$",
            r"^字号:",
            r"^应急预案$",
        ],
        "join": r"^\(1\)",
        "headings": [(r"^1 总则$", 1), (r"^1\.[123] \S+$", 2), (r"^1\.3\.[12] \S+$", 3)],
    },
    "h276-4": {
        "title": None,
        "english": True,
        "headings": [
            (
                r"^(The guest’s right to complain|Filing a complaint|Remediable defects|Non-remediable defects|"
                r"Deadlines for filing complaints)$",
                1,
            )
        ],
    },
}

LAYOUT277: dict[str, dict] = {
    "h277-1": {
        "title": None,
        "sub": [(r"(?m)^(0[1-5])\n", r"\1 ")],
        "bullet": r"^- ",
        "headings": [
            (r"^(核心理念|三重保障体系|五级质量管控|理赔流程|常见问答)$", 1),
            (r"^(人员保障|保险保障|标准保障|数字化保障|标准理赔步骤)$", 2),
            (r"^0[1-5] (人员准入|培训认证|服务执行|品质巡检|客户反馈)$", 2),
            (r"^(服务不满意怎么办|服务人员怎样选拔|服务中出现物品损坏)\?$", 2),
        ],
    },
    "h277-2": {
        "title": "問與答Q&A",
        "skip": [r"^資訊專區$", r"^問與答Q&A$", r"^資訊專區 / 常見問題$", r"^用LINE傳送 分享$", r"^2017-10-29$"],
        "headings": [(r"^Q\d+\.", 1)],
    },
    "h277-3": {
        "title": None,
        "english": True,
        "sub": [
            (r"(?m)^Step Action Target timeframe\*$", "Step\nAction\nTarget timeframe*"),
            (r"(?m)^Acknowledgement (Written .*? next steps\.) (Within 2 working days)$", "Acknowledgement\n\\1\n\\2"),
            (r"(?m)^Investigation (?=Fact-finding)", "Investigation\n"),
        ],
        "table": (r"^Step$", 3),
        "headings": [
            (r"^[1-5]\. (Purpose|Scope|Our Commitments|How to Complain|Process & Timescales)$", 1),
            (r"^(Email \(preferred\)|Post|Telephone)$", 2),
        ],
    },
    "h277-4": {
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (r"^(Informal process|Formal Process|Confidentiality and Data Protection)$", 1),
            (r"^Stage [123]$", 2),
        ],
    },
    "h277-5": {
        "title": "COMPLAINT & DISPUTE RESOLUTION POLICY",
        "english": True,
        "skip": [r"^Complaint & Dispute Policy$", r"^COMPLAINT & DISPUTE RESOLUTION POLICY$"],
        "strip": [r"\*\*"],
        "headings": [
            (
                r"^[1-5]\. (Introduction|How to Submit a Complaint|Complaint Handling Process|Resolution Options|"
                r"Escalation & Mediation)$",
                1,
            )
        ],
    },
}

LAYOUT278: dict[str, dict] = {
    "h278-1": {
        "title": "供热客户服务管理",
        "strip": [r"页脚内容 \d+"],
        "split": r"(?<=供热客户服务)(?=供热客户服务管理)|(?<=供热客户服务管理)(?=一、)|(?=[二三四]、(?:诚信|客服|用热))|"
        r"(?=\([一二三四五]\))|(?<=技术水平。)(?=供热单位)|(?<=规章制度。)(?=对用户来电)",
        "skip": [r"^供热客户服务$", r"^供热客户服务管理$"],
        "headings": [(r"^[一二三四]、(基本道德和技能制度|诚信服务制度|客服人员行为举止制度|用热管理服务制度)$", 1)],
    },
    "h278-2": {
        "title": "曲阜聚源供热有限责任公司规章制度",
        "skip": [
            r"^当前位置:首页$",
            r"^> 公共企事业单位信息公开",
            r"^曲阜聚源供热有限责任公司规章制度$",
            r"^发布日期:2024-05-20",
            r"^分享$",
        ],
        "headings": [
            (r"^社会服务承诺制度$", 1),
            (r"^第[一二三]节\s+(总则|承诺服务内容及标准|服务纪律)$", 2),
        ],
    },
    "h278-3": {
        "title": "營口中能燃氣發(fā)展有限公司社會服務承諾制度",
        "strip": [r"(?m)^1、\."],
        "sub": [(r"文明服\n\n2、務", "文明服務")],
        "split": r"(?<=承諾制度)(?=第一章)|(?=第二章)|(?<=總 則)(?=一、)|(?<=及標準)(?=一、)|(?<=。)(?=[二三四]、)",
        "skip": [
            r"^社會服務承諾制度_第\d頁$",
            r"^全文預覽已結",
            r"^下載本文檔$",
            r"^版權說明",
            r"^文檔簡介$",
            r"^營口中能燃氣發\(fā\)展有限公司社會服務承諾制度$",
        ],
        "headings": [(r"^第[一二]章 ", 1)],
    },
    "h278-4": {
        "title": "Information about your gas transporter's complaints process and licence standards",
        "english": True,
        "skip": [r"^Skip to content$", r"^Information about your gas transporter's complaints process and licence standards$"],
        "headings": [
            (r"^Getting money back and sorting out complaints$", 1),
            (
                r"^(When you can expect to hear back if you complain|Getting your compensation payments|"
                r"A cap on how much you'll get back|What's not covered)$",
                2,
            ),
        ],
    },
}

LAYOUT279: dict[str, dict] = {
    "h279-1": {
        "title": "上海市地铁运营有限公司便民服务措施",
        "sub": [(r"(?m)^(\s*[一二三四五六七]、[^。]{2,14}。)", r"\1\n")],
        "skip": [r"^中文\s+English$", r"^世界轨道交通资讯网$", r"^上海市地铁运营有限公司便民服务措施$", r"^2007-05-22 来源:"],
        "headings": [(r"^[一二三四五六七]、[^。]{2,14}。$", 1)],
    },
    "h279-2": {
        "title": "How we handle complaints",
        "english": True,
        "skip": [r"^How we handle complaints$"],
        "headings": [(r"^(What is a complaint\?|What can I complain about\?|What can’t I complain about\?)$", 1)],
    },
    "h279-3": {
        "title": "Complaint Handling Policy",
        "english": True,
        "strip": [r"^Complaint Handling Policy\n"],
        "headings": [
            (
                r"^(Making Right, Any Wrongs|Complaint Handling Policy|Responding To Complaints|"
                r"Escalating Your Complaint To The Transport General Authority)$",
                1,
            )
        ],
    },
    "h279-4": {
        "title": "Feedback and Complaints Handling",
        "english": True,
        "skip": [r"^Service Policy$", r"^Feedback and Complaints Handling$"],
        "headings": [(r"^[1-4]\.0[A-Z ]+$", 1)],
    },
}

LAYOUT280: dict[str, dict] = {
    "h280-1": {
        "title": "红十字会自然灾害和突发公共事件救济应急预案",
        "skip": [
            r"^2023年红十字会自然灾害和突发公共事件救助应急预案\.doc$",
            r"^《2023年红十字会",
            r"^红十字会自然灾害和突发公共事件救济应急预案$",
        ],
        "split": r"(?<=救济应急预案) | (?=\d(?:\.\d)? [^\d\s])|(?<=^1 总则) |(?<= 总则) |(?<=目旳) |(?<=工作原则) "
        r"|(?<=编制根据) |(?<=合用范围) |(?<=职责任务) |(?<=机构及职责) |(?<=应急指挥机构) |(?<=应急办事机构) "
        r"| (?=应急(?:指挥|办事)机构 )| (?=应急办工作职责:)|(?<=应急办工作职责:) | (?=\(\d\))",
        "headings": [
            (r"^[12] (总则|组织体系及职责任务)$", 1),
            (r"^[12]\.[1-4] \S+$", 2),
            (r"^应急(指挥|办事)机构$", 3),
        ],
    },
    "h280-2": {
        "title": "南华县红十字会自然灾害和突发公共事件应急预案",
        "skip": [r"^南华县红十字会自然灾害和突发公共事件$", r"^应 急 预 案$"],
        "headings": [
            (r"^目 录$", 1),
            (r"^一、 总 则$", 1),
            (r"^\([一二三]\)(指导思想|编制依据|适用范围)$", 2),
        ],
    },
    "h280-3": {
        "title": "北京市二十一世纪公益基金会重大事项报告制度",
        "skip": [r"^北京市二十一世纪公益基金会$", r"^重大事项报告制度$"],
        "headings": [(r"^第[一二三]章 \S+$", 1)],
    },
    "h280-4": {
        "title": "Our Complaints Procedure",
        "english": True,
        "skip": [r"^Our Complaints Procedure$"],
        "headings": [
            (r"^(Levels of escalation|Fundraising Regulator)$", 1),
            (r"^Stage [123]$", 2),
        ],
    },
    "h280-5": {
        "title": "Complaints Handling Procedure",
        "english": True,
        "sub": [(r"(?m)^(.+)\n\1$", r"\1"), (r"(?m)^(Address|Email): (.+)$", r"| \1 | \2 |")],
        "rejoin": [r"(?<=,)\n(?=[a-z])"],
        "pipe_table": True,
        "skip": [r"^Complaints Handling Procedure$"],
        "headings": [(r"^(We will Deal with Your Complaint|How to Complain)$", 1)],
    },
}

LAYOUT281: dict[str, dict] = {
    "h281-1": {
        "title": "公司的督查考核制度及投诉受理处置",
        "skip": [r"^新闻banner$", r"^您当前的位置 : ", r"^公司的督查考核制度及投诉受理处置$", r"^2023-06-05 17:55:54$"],
        "headings": [(r"^[1-4]\.稽查\S+。$", 1)],
    },
    "h281-2": {
        "title": None,
        "headings": [(r"^(保安服務合同簽約流程|客戶投訴處理流程|保安員一日工作流程)$", 1)],
    },
    "h281-3": {
        "title": "安全防范工作重大事项报告制度",
        "skip": [r"^安全管理网$", r"^安全防范工作重大事项报告制度$", r"^评论: 更新日期:"],
        "headings": [(r"^\([一二三四]\) ?报告(范围|内容|程序|时限)$", 1)],
    },
    "h281-4": {
        "title": "服務承諾",
        "sub": [(r"(?<=緊急事)\n(?=件的處理)", ""), (r"(?<=保安組作)\n(?=出緊急事件)", "")],
        "skip": [r"^服務承諾$", r"^首頁> 關于興文$"],
        "headings": [(r"^(快速反應|統\(tǒng\)一指揮|服從命令的|團結協\(xié\)作)原則。$", 1)],
    },
    "h281-5": {
        "title": "Complaints procedure",
        "english": True,
        "sub": [(r"(?m)^\s*• ", "")],
        "skip": [r"^Complaints-Header$"],
        "headings": [(r"^Procedure$", 1)],
    },
}

_H282_TOC = [
    "1. 总则",
    "1.1 编写目的",
    "1.2 编制依据",
    "1.3 应急指挥体系",
    "1.4 合用范围",
    "1.5 应急原则",
    "2. 危险源分析",
    "2.1 单位概况",
    "2.2 危险源分析",
    "3. 组织机构职责",
    "3.1 应急组织体系",
    "3.2 组织机构",
    "3.3 职责",
    "4. 防止与预警",
    "4.1 危险源监控措施",
    "4.2 预警行动",
    "5. 应急响应",
    "5.1 响应分级",
    "5.2 发生事故应急响应程序",
    "5.3 应急结束",
    "6. 信息发布",
    "7. 后期处置",
    "8. 保障措施",
    "9. 培训与演练",
    "10. 奖惩",
    "10.1 表彰奖励",
    "10.2 责任追究",
    "11. 附则",
    "11.1 术语和定义",
    "11.2 本应急预案的报备部门",
    "11.3 维护和更新",
    "11.4 制定与解释",
    "11.5 应急预案实行",
    "12. 附件",
    "附件1:",
    "附件2:",
    "13. 交通事故专项应急预案",
]

LAYOUT282: dict[str, dict] = {
    "h282-1": {
        "title": "机动车检测站安全生产事故应急预案",
        "skip": [r"^机动车检测站安全生产事故应急预案\.docx$"],
        "split": r"(?<=公司应急预案)(?=ZLWJ)|(?<=-2022)(?=安全生产事故应急预案)|(?<=应急预案)(?=2022年6月)"
        r"|(?<=发布)(?=2022年)|(?<=实施)(?=XXX)|(?<=公司发布)(?=、八)|(?<=刖 B)(?=本预案)|(?<=。)(?=本预案)"
        r"|(?<=质量部)(?=本预案)|(?<=郭晨)(?=本预案)|(?<=。)(?=批准页)|(?<=批准页)(?=机动车)|(?<=。)(?=机动车检测站)"
        r"|(?<=目标。)(?=批准$)",
        "headings": [(r"^、八、刖 B$", 1), (r"^批准页$", 1)],
    },
    "h282-2": {
        "title": "XXX旅游汽车出租有限公司安全生产事故应急预案",
        "sub": [(r"^1、", ""), (r"\n[23]、", "")],
        "skip": [r"^XXX旅游汽车出租有限公司安全生产事故应急预案$"],
        "split": r"(?<=AQYA01)(?=版本号)|(?<=YAOI)(?=XXX)|(?<=事故应急预案)(?=编制单位)| (?=颁布日期)| (?=实行日期)"
        r"| (?=批准颁布令)|(?<=批准颁布令)|(?<=各部门:) |(?<=损失。)(?=XXX)|(?<=\(盖章\))|(?<=\(署名\):)"
        r"|(?<=2023年9月8日)(?=目 录)|(?<=目 录)"
        "|" + "|".join(rf" ?(?={re.escape(entry)})" for entry in _H282_TOC),
        "headings": [(r"^批准颁布令$", 1), (r"^目 录$", 1)],
    },
    "h282-3": {
        "title": "租車使用故障怎么辦 租車緊急救援處理",
        "skip": [r"^2015年02月04日【北京汽車租賃】", r"^【北京汽車租賃】租車使用故障怎么辦"],
        "headings": [(r"^[一二]、.+:$", 1)],
    },
    "h282-4": {
        "title": "Complaints procedure Royal Car Rental Bonaire",
        "english": True,
        "sub": [
            (
                r"(?m)^- (Definitions|Notification to the management|Handling of complaints|Complaint file"
                r"|Confirmation|Professional liability insurance|Hearing|Assessment)$",
                r"\1",
            )
        ],
        "bullet": r"^- ",
        "skip": [r"^Complaints procedure Royal Car Rental Bonaire$"],
        "headings": [
            (
                r"^(Definitions|Notification to the management|Handling of complaints|Complaint file|Confirmation"
                r"|Professional liability insurance|Hearing|Assessment)$",
                1,
            )
        ],
    },
    "h282-5": {
        "title": "Complaints",
        "english": True,
        "headings": [
            (
                r"^(WHAT WE WILL DO IF WE RECEIVE A COMPLAINT FROM YOU|WHAT TO DO IF YOU ARE NOT HAPPY WITH OUR DECISION"
                r"|BVRLA CONCILIATION SERVICE)$",
                1,
            )
        ],
    },
}

LAYOUT283: dict[str, dict] = {
    "h283-1": {
        "title": "寵物醫(yī)院突發(fā)環(huán)境事件應(yīng)急預(yù)案",
        "split": r"(?<=應\(yīng\)急預\(yù\)案)(?=一、)",
        "skip": [
            r"_第\d頁$",
            r"^已閱讀",
            r"^下載本文檔$",
            r"^版權\(quán\)說明",
            r"^文檔簡介$",
            r"^寵物醫\(yī\)院突發\(fā\)環\(huán\)境事件應\(yīng\)急預\(yù\)案$",
        ],
        "headings": [(r"^[一二]、\S+$", 1), (r"^[1-3]、\S+$", 2)],
    },
    "h283-2": {
        "title": "宠笃宾犬物店洗护流程",
        "split": r"(?<=详细的不能再详细的:)(?=宠物店)|(?<=操作流程) (?=进店反省)|(?<=进店反省) |\s*(?=异常状况处置:)"
        r"|(?<=异常状况处置:)\s*|\s*(?=[1-5]\)若|[12]\)放上|[12]\)将)|\s*(?=\* )|\s*(?=十项反省)|(?<=十项反省) "
        r"|\s*(?=(?:细微|中度|严重)状况:)|\s*(?=洗前护理 )|(?<=洗前护理) |\s*(?=梳毛解结:)|(?<=梳毛解结:) ",
        "bullet": r"^\* ",
        "skip": [r"^宠笃宾犬物店洗护流程$", r"^作者:", r"^开店十几年"],
        "headings": [
            (r"^宠物店美容接待和操作流程$", 1),
            (r"^(进店反省|十项反省|洗前护理)$", 2),
            (r"^(异常状况处置|操作规范及留意事项|梳毛解结):$", 3),
        ],
    },
    "h283-3": {
        "title": "顧客費用爭議處理完整 SOP 聖保羅動物醫院",
        "skip": [r"^顧客費用爭議處理完整 SOP 聖保羅動物醫院$"],
        "headings": [(r"^[一二]、", 1), (r"^STEP \d\|", 2)],
    },
    "h283-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Animalcare options pet insurance$", r"^Complaints Procedure$"],
        "headings": [
            (r"^(How long will it take us to look into your complaint\?|If you're not happy)$", 1),
            (r"^Within (5 days|4 weeks|8 weeks)$", 2),
        ],
    },
    "h283-5": {
        "title": "Complaints",
        "english": True,
        "bullet": r"^- ",
        "skip": [r"^Complaints$"],
        "headings": [
            (
                r"^(Tell us about your complaint|What happens when you make a complaint"
                r"|What you can do if you're not happy with the outcome)$",
                1,
            )
        ],
    },
}

LAYOUT284: dict[str, dict] = {
    "h284-1": {
        "title": "家长监护进度查询",
        "skip": [r"^家长监护进度查询$"],
        "headings": [(r"^Q[2-6]:", 1)],
    },
    "h284-2": {
        "title": "家长监护申请流程",
        "skip": [r"^家长监护申请流程$", r"^未成年人健康参与网络游戏提示$"],
        "headings": [(r"^监护服务申请书$", 1), (r"^[一二三四五]、", 1)],
    },
    "h284-3": {
        "title": "流程向导",
        "sub": [(r"(?m)^  • ", "")],
        "split": r" (?=[12]、)",
        "skip": [r"^流程向导$", r"版权所有$"],
        "headings": [(r"^(提交申请|核实信息\(15个自然日\)|监护处理)$", 1)],
    },
    "h284-4": {
        "title": "未成年人家長監(jiān)護體系",
        "skip": [
            r"^毒霸網\(wǎng\)址導航 - 未成年人家長監\(jiān\)護體系$",
            r"^2023-04-25 18:35:03$",
            r"^毒霸網\(wǎng\)址導航,未成年人家長監\(jiān\)護體系$",
        ],
        "headings": [(r"^[一二三四五]、", 1)],
    },
    "h284-5": {
        "title": "Consumer Complaint Intake and Escalation Procedure",
        "english": True,
        "bullet": r"^- ",
        "skip": [
            r"^• +[$£€]",
            r"^Sign In$",
            r"^Consumer Complaint Intake and Escalation Procedure$",
        ],
        "headings": [(r"^\d\. [A-Z][a-z]+( [A-Z][a-z]+)?$", 1), (r"^\d\.\d\. .+:$", 2)],
    },
}

LAYOUT285: dict[str, dict] = {
    "h285-1": {
        "title": "吴淞口国际邮轮港应急管理单元突发事件应急预案",
        "skip": [r"^《吴淞口国际邮轮港应急管理单元突发$", r"^事件应急预案》全文$"],
        "headings": [(r"^1总则$", 1), (r"^1\.[1-3]\S", 2)],
    },
    "h285-2": {
        "title": "Obligations of Carriers in the event of Interrupted Travel",
        "english": True,
        "skip": [r"^Access Keys$", r"^Obligations of Carriers in the event of Interrupted Travel$"],
        "headings": [
            (
                r"^(Delays or Cancellations|Right to care and assistance|Right to Accommodation"
                r"|Process for Refunds and Claims for Costs Incurred)$",
                1,
            )
        ],
    },
    "h285-3": {
        "title": "Ferry Service Disruption",
        "english": True,
        "skip": [r"^Ferry Service Disruption$"],
        "headings": [(r"^(Be aware of your travel rights|Your travel options: Delays over 90 minutes|Refreshments on us!)$", 1)],
    },
}

LAYOUT286: dict[str, dict] = {
    "h286-1": {
        "title": "游泳馆溺水事故应急预案",
        "split": r"(?=[一二三]、)|(?<=一、目的)|(?<=二、应急领导小组及职责)|(?<=游泳馆应急救援程序)|(?=\d\.)",
        "skip": [r"^精选优质文档-倾情为你奉上游泳馆溺水事故应急预案$"],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h286-2": {
        "title": "民生健身中心 安全应急管理 制度汇编",
        "split": r" (?=[二三]、 )| (?=[23]\) )",
        "skip": [
            r"^您好,欢迎来到华拓网。$",
            r"^搜索$",
            r"^您的当前位置:首页健身会所安全应急管理制度$",
            r"^健身会所安全应急管理制度$",
            r"^来源:华拓网$",
            r"^安全应急管理 制度汇编$",
            r"^民生健身中心 安全应急管理 制度汇编$",
        ],
        "headings": [(r"^[一二三]、 ", 1), (r"^[12]\. (安全第一|预防为主)$", 2)],
    },
    "h286-3": {
        "title": "【課程延期/退費公告】本公司受理休閒運動課程延期或退費作業及11-12月DM",
        "skip": [r"^跳到主要內容區塊$", r"^【課程延期/退費公告】"],
        "headings": [(r"^[三四]、受理「", 1)],
    },
    "h286-4": {
        "title": "General Complaints Policy & Procedure",
        "english": True,
        "skip": [r"^General Complaints Policy & Procedure$"],
        "headings": [(r"^(Pre-Phase \(Un-official\)|Phase 1 \(Official\)|Phase 2)$", 1)],
    },
}

LAYOUT287: dict[str, dict] = {
    "h287-1": {
        "title": "危机处理预案",
        "sub": [(r"的联\n系;", "的联系;")],
        "skip": [r"^危机处理预案$"],
        "headings": [(r"^[一二三四五六]、", 1)],
    },
    "h287-2": {
        "title": "会议应急预案(一)",
        "sub": [(r"聚集而\n\n堵住", "聚集而堵住")],
        "skip": [r"^当前位置:文档之家", r"^会议应急预案范文$", r"^会议应急预案\(一\)$"],
        "headings": [(r"^[一二三]、", 1), (r"^\(一\)出现拥堵现象时:$", 2)],
    },
    "h287-3": {
        "title": "“七夕家装节”团购会消防安全保卫工作方案",
        "sub": [(r"达不到要求\n的部位", "达不到要求的部位")],
        "skip": [
            r"^展览会消防安全保卫工作方案$",
            r"^- [123]、",
            r"^“七夕家装节”团购会$",
            r"^消防安全保卫工作方案$",
        ],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h287-4": {
        "title": "会议服务应急预案",
        "sub": [(r"期间安\n排专人", "期间安排专人")],
        "skip": [
            r"^1 / 3$",
            r"^文档名称:$",
            r"^会议服务应急预案\.doc$",
            r"^格式:doc",
            r"^下载后只包含",
            r"^如果您已付费下载过",
            r"^(分享|预览|下载得到文件列表|文档介绍)$",
            r"^上传人:",
            r"^文档介绍:会议服务应急预案$",
        ],
        "headings": [(r"^[一二]、", 1)],
    },
    "h287-5": {
        "title": "Complaints procedure",
        "english": True,
        "bullet": r"^• ?",
        "headings": [(r"^[1-5]\. [A-Z][a-z]+\??$", 1), (r"^Contact us$", 1)],
    },
}

LAYOUT288: dict[str, dict] = {
    "h288-1": {
        "title": "安徽省农作物种子突发事件应急预案",
        "skip": [r"^安徽省农作物种子突发事件应急预案$"],
        "headings": [
            (r"^安徽省农业委员会关于印发安徽省农作物种子突发事件应急预案的通知$", 1),
            (r"^1 总则$", 1),
            (r"^1\.[1-5]\S+$", 2),
        ],
    },
    "h288-2": {
        "title": "内蒙古自治区农作物种子质量重大事故案件应急预案",
        "headings": [
            (r"^目 录$", 1),
            (r"^1 总则$", 1),
            (r"^1\.1指导思想$", 2),
        ],
    },
    "h288-3": {
        "title": "济宁市农药使用安全事故应急预案",
        "skip": [r"^首页 > 分享 > ", r"^济宁市农业农村局 安全生产 济宁市农药使用安全事故应急预案$"],
        "join": r"^\(\d\)",
        "headings": [
            (r"^[12] (总则|应急组织指挥体系与职责)$", 1),
            (r"^[12]\.[1-4] \S+$", 2),
        ],
    },
    "h288-4": {
        "title": "Water Trading Complaints Handling Policy",
        "english": True,
        "headings": [(r"^[1-3]\. [A-Z]", 1)],
    },
    "h288-5": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Complaints procedure$"],
        "headings": [(r"^Step (one|two): ", 1)],
    },
}

LAYOUT289: dict[str, dict] = {
    "h289-1": {
        "title": "客户投诉处理程序",
        "strip": [r"文件名 电子文件编码 (?:ZLAL010 印刷业程序文件范例|印刷业程序文件范例 ZLAL010) 页码 25-1[345] "],
        "split": r" (?=●|[1-6]\.0|\(\d\))|(?<=1\.0目的) |(?<=2\.0适用范围) |(?<=3\.0职责) |(?<=4\.0定义) |(?<=●总经理或副总经理) ",
        "skip": [
            r"^46 印刷业程序文件范例$",
            r"^发布时间 : 星期日",
            r"^●《",
            r"^6\.0相关记录$",
            r"^客户投诉处理程序$",
        ],
        "headings": [(r"^[1-4]\.0\S+$", 1), (r"^●(客户服务部|品质部|总经理)", 2)],
    },
    "h289-2": {
        "title": "",
        "sub": [(r"\(\n參看", "(參看")],
        "skip": [r"^高度專業化和人性化的網絡印刷軟件"],
        "headings": [(r"^以下情況不在退換貨范圍之內:$", 1)],
    },
    "h289-3": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Skip to content$", r"^Complaints$"],
        "headings": [],
    },
    "h289-4": {
        "title": "Customer Care",
        "english": True,
        "skip": [r"^Customer Care$"],
        "headings": [(r"^Customer Complaints Procedure:$", 1)],
    },
}

LAYOUT290: dict[str, dict] = {
    "h290-1": {
        "title": None,  # the stored text has no title of its own; it opens with 1、目的
        "headings": [
            (r"^[1-5]、\S+$", 1),
            (r"^5\.[12][^.\d]", 2),
            (r"^5\.2\.[13][^.\d]", 3),
        ],
    },
    "h290-2": {
        "title": None,  # the stored text has no title of its own; it opens with 1 目的
        "headings": [
            (r"^[1-5] \S+$", 1),
            (r"^5\.[12][^.\d]", 2),
            (r"^5\.2\.[12][^.\d]", 3),
        ],
    },
    "h290-3": {
        "title": "Complaint Handling and Dispute Resolution Policy",
        "english": True,
        "skip": [r"^Complaint Handling and Dispute Resolution Policy$"],
        "headings": [
            (r"^5\. Complaint Handling and Dispute Resolution Policy$", 1),
            (r"^[12]\. [A-Z]", 2),
        ],
    },
    "h290-4": {
        "title": "The Textile Recycling Association Complaints Procedure",
        "english": True,
        "skip": [r"^The Textile Recycling Association Complaints Procedure$"],
        "headings": [(r"^How (should|long|will) .+\?$", 1)],
    },
    "h290-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^What you need to do$", 1)],
    },
}

LAYOUT291: dict[str, dict] = {
    "h291-1": {
        "title": "用户投诉和售后服务制度",
        "sub": [(r"^1、(?=用户投诉)", ""), (r"\n[23]、", "")],
        "split": r"(?=编制人:)|(?=[1-5]、(?:目的|依据|适用范围|职责|制度内容):)|(?=5\.\d、)",
        "skip": [r"^用户投诉和售后服务制度$"],
        "headings": [(r"^5、制度内容:$", 1)],
    },
    "h291-2": {
        "title": "质量投诉、事故调查和处理报告管理制度",
        "skip": [
            r"^医疗器械质量投诉、事故调查和处理报告管理制度$",
            r"^合集下载$",
            r"^相关主题$",
            r"^- [123]、",
            r"^XX-YLQXZD-017质量投诉、事故调查和处理报告管理制度$",
            r"^第40 页共99$",
        ],
        "headings": [
            (r"^5\.内容:$", 1),
            (r"^5\.1\.医疗器械质量事故的管理;$", 2),
            (r"^5\.1\.[123]\.[^.]+:$", 3),
        ],
    },
    "h291-3": {
        "title": None,
        "sub": [
            (
                r"更改历史\n版本号\n文件更改号\n更改概要\n修改人\n批准人\n01\n首发行\n/\n/\n/\n",
                "更改历史\n|版本号|文件更改号|更改概要|修改人|批准人|\n|01|首发行|/|/|/|\n",
            ),
            (
                r"接收部门\n接收的信息类型\n需要填写的记录\n传递到\n非经营部\n书面或电子形式\n原件传递\n"
                r"最晚不超过1个工作日传递到经营部\n电话等口头形式\n《客户投诉、反馈报告》\n经营部\n"
                r"书面或电子形式、电话等口头形式\n《客户投诉、反馈报告》\n立即填写报告\n",
                "|接收部门|接收的信息类型|需要填写的记录|传递到|\n"
                "|非经营部|书面或电子形式|原件传递|最晚不超过1个工作日传递到经营部|\n"
                "| |电话等口头形式|《客户投诉、反馈报告》| |\n"
                "|经营部|书面或电子形式、电话等口头形式|《客户投诉、反馈报告》|立即填写报告|\n",
            ),
        ],
        "pipe_table": True,
        "skip": [r"^文本描述$"],
        "headings": [
            (r"^(更改历史|目的|范围|职责|工作程序)$", 1),
            (r"^流程说明$", 2),
            (r"^(客户信息的接收|客户反馈报告创建)$", 3),
        ],
    },
    "h291-4": {
        "title": "Feedback & complaint procedure",
        "english": True,
        "skip": [r"^Feedback & complaint procedure$"],
        "headings": [
            (r"^(Feedback & Complaints|Roles|Complaint and Feedback methods|Enable Feedback and complaints)$", 1),
        ],
    },
    "h291-5": {
        "title": "COMPLAINTS PROCEDURE",
        "english": True,
        "rejoin": [r"(?<=[a-z0-9,])\n(?=[a-z0-9])", r"(?<=Complaints)\n(?=Policy)"],
        "skip": [r"^COMPLAINTS PROCEDURE$"],
        "headings": [(r"^(Introduction|Summary|Our Responsibilities|Handling Your Complaint):$", 1)],
    },
}

LAYOUT292: dict[str, dict] = {
    "h292-1": {
        "title": None,
        "headings": [
            (r"^(说明|流程所有者|流程服务对象|紧急事件处理指导方针)$", 1),
            (r"^(应急小组|应急小组/应急管理小组成员职责)$", 2),
            (r"^(物业经理|保安主管)$", 3),
        ],
    },
    "h292-2": {
        "title": "科技园之商铺租户投诉处理规程",
        "skip": [r"_第[1-4]页$", r"^全文预览已结束$", r"^下载本文档$", r"^版权说明:", r"^文档简介$"],
        "strip": [r"(?m)^1、科技园之商铺租户投诉处理规程科技园之商铺租户投诉处理规程"],
        "sub": [(r"实施效果\n\n2、有明显差错", "实施效果有明显差错")],
        "split": r"(?<=^一、目的)|(?=[二三四]、(?:适用范围|职责|程序要点))|(?<=二、适用范围)|(?<=三、职责)|(?<=四、程序要点)|"
        r"(?=[123]、(?:管理处主管|部门主管|管理员))|(?=[1-4]、(?:处理投诉的|投诉处理流程图|投诉的界定|投诉接待))|"
        r"(?<=处理投诉的基本原则)|(?<=投诉处理流程图)|(?<=投诉的界定)|(?<=4、投诉接待)|(?=[abc]\))|"
        r"(?= 重要投诉。重要)|(?= 稍微投诉。稍微)|(?=-投诉大事|-被投诉人)",
        "headings": [
            (r"^[一二三四]、(目的|适用范围|职责|程序要点)$", 1),
            (r"^[1-4]、(处理投诉的基本原则|投诉处理流程图|投诉的界定|投诉接待)$", 2),
        ],
    },
    "h292-3": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [
            (r"^How to Make a Complaint$", 1),
            (r"^(Workspace Issue|GDPR Related Queries)$", 2),
            (r"^How does Worka handle complaints\?$", 1),
        ],
    },
    "h292-4": {
        "title": "Complaints and feedback",
        "english": True,
        "headings": [],
    },
}

LAYOUT293: dict[str, dict] = {
    "h293-1": {
        "title": "关于调整爱国卫生问题建议和投诉电话的公告",
        "skip": [
            r"^登录 \| 注册$",
            r"^• (公示公告|索引号|发布机构|文号|发布日期|时效性)$",
            r"^pbxwsjkj/2025-00011$",
            r"^屏边县卫生健康局$",
            r"^2025-06-19$",
            r"^有效$",
            r"^关于调整爱国卫生问题建议和投诉电话的公告$",
        ],
        "headings": [(r"^[一二三四五]、(受理范围|受理平台|受理时间|受理方式|处理时限及反馈)$", 1)],
    },
    "h293-2": {
        "title": "Complaints Procedure and Dispute Resolution Policy",
        "english": True,
        "skip": [r"^Complaints Policy$", r"^Complaints Procedure and Dispute Resolution Policy$"],
        "sub": [(r"(?m)^- Informal Complaints$", "Informal Complaints")],
        "split": r"(?=Dispute Resolution$)",
        "bullet": r"^- ",
        "headings": [(r"^(Informal Complaints|2\. Formal Complaints|Dispute Resolution)$", 1)],
    },
    "h293-3": {
        "title": "NPTA Complaints Process",
        "english": True,
        "skip": [r"^NPTA Complaints Process$"],
        "headings": [(r"^(What We Investigate|Step [1-4]: .+)$", 1)],
    },
}

LAYOUT294: dict[str, dict] = {
    "h294-1": {
        "title": "西岭光伏电站应急预案",
        "skip": [r"^西岭光伏电站应急预案\(8\)$", r"^1970-01-01 08:00$", r"^32$"],
        "sub": [(r"7\.1\n\n24小时值班电话", "7.1 24小时值班电话"), (r"8\.1\n\n响应分级", "8.1 响应分级")],
        "headings": [
            (r"^[78] (信息报告|应急响应)$", 1),
            (r"^(6\.3|7\.[123]|8\.1) ", 2),
            (r"^6\.3\.[12] ", 3),
        ],
    },
    "h294-2": {
        "title": "熱力公司客服中心應急預案",
        "skip": [r"^熱力公司客服中心應急預案范文", r"^在學習、工作或生活中", r"^熱力公司客服中心應急預案1$"],
        "headings": [(r"^[一二三]、(指導思想|編制目的|事故類型和危險程度分析):?$", 1)],
    },
    "h294-3": {
        "title": "Solar Complaint Handling",
        "english": True,
        "rejoin": [r"(?<=[a-z0-9,])\n *(?=[A-Za-z])"],
        "skip": [r"^Solar Complaint Handling$"],
        "headings": [(r"^(3\. )?Stage [12] – ", 1)],
    },
    "h294-4": {
        "title": None,
        "english": True,
        "headings": [
            (r"^Complaints received (by telephone|in writing and/or via e-mail|in writing via Customer Feedback Form)$", 1)
        ],
    },
    "h294-5": {
        "title": None,
        "english": True,
        "split": r"(?<=^Procedure:) ",
        "headings": [(r"^(Objective|Procedure:)$", 1)],
    },
}

LAYOUT295: dict[str, dict] = {
    "h295-1": {
        "title": "涉及物业管理的各个工种的制度",
        "skip": [r"^涉及物业管理的各个工种的制度$"],
        "sub": [(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", ""), (r"落实解\n决措施", "落实解决措施")],
        "split": r"(?<=^住户投诉工作流程)|(?<=^回访工作流程)|(?= [1-9]、)",
        "headings": [(r"^(住户投诉工作流程|回访工作流程)$", 1)],
    },
    "h295-2": {
        "title": "3.4上门维修服务规程",
        "skip": [r"^当前位置:文档之家", r"^【房地产】3-4上门维修服务规程$", r"^3\.4上门维修服务规程$", r"^4\.4\.$"],
        "split": r"(?=3\.2 维修中心负责人)",
        "headings": [
            (r"^[1-4] ?(目的|适用范围|职责|上门维修要求)$", 1),
            (r"^4\.[1-4] (接受报修|及时上门服务|上门维修准备|入户维修)$", 2),
            (r"^4\.(1\.1 接\\应报修电话|4\.1 按规定门铃、叩门)$", 3),
        ],
    },
    "h295-3": {
        "title": "售后服务方案及措施",
        "skip": [
            r"^售后服务方案及措施通用6篇$",
            r"^- (文档|3天前|101热度|0评论)$",
            r"^售后服务是商品售出后提供的服务活动",
            r"^售后服务方案及措施 1$",
        ],
        "headings": [(r"^[一二]、(客户投诉及维修|维修施工队服务行为规范)$", 1)],
    },
    "h295-4": {
        "title": "Handling Complaints",
        "english": True,
        "headings": [],
    },
    "h295-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^Our Procedures$", 1)],
    },
}

LAYOUT296: dict[str, dict] = {
    "h296-1": {
        "title": "长沙银行客服中心应急预案",
        "skip": [r"^第一篇:长沙银行客服中心应急预案$", r"^长沙银行客服中心应急预案$"],
        "headings": [(r"^第一章 总 则$", 1)],
    },
    "h296-2": {
        "title": "客服中心应急处理预案",
        "strip": [r"^客服中心应急处理预案(?=第一节)"],
        "split": r"(?=第[一二三]节)|(?<=第一节总则)|(?<=第二节组织机构)|(?<=第三节应急处理要求)|(?=[一二三四五]、)|"
        r"(?=\([一二三四五六七]\))|(?<!副)(?=组长:)|(?=副组长:)|(?=成员:)|(?=应急处理领导小组下设)",
        "headings": [(r"^第[一二三]节(总则|组织机构|应急处理要求)$", 1)],
    },
    "h296-3": {
        "title": "客户服务中心突发事件联络应急预案",
        "skip": [r"^第一篇:客服中心突发事件联络应急预案$", r"^客户服务中心突发事件联络应急预案$"],
        "split": r"(?<=^二、应急小组主要职能:)|(?=2、95598)",
        "headings": [(r"^[一二三四]、(应急小组人员构成|应急小组主要职能:|基本要求:|应急方案)$", 1)],
    },
    "h296-4": {
        "title": "呼叫中心突发事件处理预案",
        "strip": [r"^呼叫中心突发事件处理预案(?=为了)"],
        "split": r"(?=[一二]、(?:座席|应用程序))|(?<=座席设备故障处理)(?=类别描述)|(?<=ACD系统故障处理)(?=类别描述)|"
        r"(?=坐席员的处理流程:)|(?<=坐席员的处理流程:)|(?=[1-7]、)",
        "headings": [
            (r"^[一二]、(座席设备故障处理|应用程序/网络/ACD系统故障处理)$", 1),
            (r"^坐席员的处理流程:$", 2),
        ],
    },
    "h296-5": {
        "title": "Switcheroo / Proper Leads Complaint Handling Policy",
        "english": True,
        "skip": [r"^Switcheroo / Proper Leads Complaint Handling Policy$"],
        "headings": [
            (r"^1\. (Introduction|Purpose|Scope|Procedure|Training and Awareness)$", 1),
            (r"^4\.[1-6] ", 2),
        ],
    },
}

LAYOUT297: dict[str, dict] = {
    "h297-1": {
        "title": "烟草公司客户服务应急预案",
        "skip": [
            r"^烟草公司客户服务应急预案$",
            r"^上传人:",
            r"^返回 下载 相关 举报$",
            r"^烟草公司客户服务应急预案_第\d页$",
            r"^第\d页 / 共12页$",
            r"^点击查看更多>>$",
            r"^资源描述$",
            r"^《烟草公司客户服务应急预案》由会员分享",
        ],
        "strip": [r"(?m)^1、烟草公司客户服务应急预案(?=1总则)"],
        "sub": [(r"集\n\n2、团", "集团")],
        "split": r"(?<=^1总则)|(?=\.[1-4] (?:目的|编制依据|工作原则|适用范围))|(?<=\.1 目的)|(?<=\.2 编制依据)|"
        r"(?<=\.3 工作原则)|(?<=\.4 适用范围)|(?=2组织指挥体系及职责)|(?<=2组织指挥体系及职责)|(?=2\.1 应急组织)|"
        r"(?<=职责分工)|(?=2\.1\.1 指挥机构)|(?<=指挥机构:)|(?=成立\* 市)|(?<!副)(?=组长:)|(?=副组长 :)|(?=成员:)|"
        r"(?=因网络硬件)",
        "headings": [
            (r"^[12](总则|组织指挥体系及职责)$", 1),
            (r"^(\.[1-4] (目的|编制依据|工作原则|适用范围)|2\.1 应急组织机构与职责分工)$", 2),
            (r"^2\.1\.1 指挥机构:$", 3),
        ],
    },
    "h297-2": {
        "title": "温州市烟草专卖局(公司)突发事件总体应急预案",
        "skip": [
            r"^您现在的位置:首页$",
            r"^> 应急管理  > 应急预案$",
            r"^索引号 ",
            r"^组配分类 ",
            r"^生成日期 ",
            r"^转发:温州市烟草专卖局\(公司\)突发事件总体应急预案$",
        ],
        "headings": [(r"^目 录$", 1), (r"^1  总则$", 1), (r"^1\.1  目的$", 2)],
    },
    "h297-3": {
        "title": "突发公共事件应急预案",
        "skip": [r"^烟草专卖局$", r"^突发公共事件应急预案(\(办公室\))?$", r"^发布日期:2021-09-22"],
        "headings": [(r"^录$", 1), (r"^1 总则$", 1), (r"^1\.1目的$", 2)],
    },
    "h297-4": {
        "title": "襄樊市烟草专卖局 湖北省烟草公司襄樊市公司突发公共事件总体应",
        "skip": [r"^1襄樊市烟草专卖局 湖北省烟草公司襄樊市公司突发公共事件总体应\(8\)$", r"^2019-03-10 12:33$", r"^30$"],
        "headings": [(r"^6\.2\.[3-8] ", 3)],
    },
    "h297-5": {
        "title": "Consumer Centered Management",
        "english": True,
        "skip": [r"^Skip Menu$", r"^Online Store menu open$", r"^Consumer Centered Management$"],
        "rejoin": [r"(?<=Criteria for)\n(?=consumer dispute)"],
        "headings": [(r"^Criteria for consumer dispute$", 1)],
    },
}

LAYOUT298: dict[str, dict] = {
    "h298-1": {
        "title": "蔬菜公司食品質量安全事故及其處理方法",
        "skip": [r"^當前位置:", r"^發布時間:", r"^蔬菜公司食品質量安全事故及其處理方法$"],
    },
    "h298-2": {
        "title": "食堂停水停電應急預案",
        "skip": [r"^信息摘要:$", r"^為進一步提高食堂\(táng\)", r"^食堂停水停電應急預案$"],
        "headings": [
            (r"^[一二三]、(設施保障|保證措施|預案細則)$", 1),
            (r"^四\(sì\)、停水應急", 1),
            (r"^[12]、(組織機構|小組成員工作)", 2),
        ],
    },
    "h298-3": {
        "title": "Complaint Handling and Crisis Management",
        "english": True,
        "skip": [r"^Skip Navigation$", r"^Complaint Handling and Crisis Management$", r"^Download Flowchart$"],
        "headings": [(r"^Complaint Investigations and Reporting Requirements$", 1)],
    },
    "h298-4": {
        "title": "Supplier Complaints & Product Recalls",
        "english": True,
        "headings": [(r"^(Supplier Complaints|Product Recalls)$", 1)],
    },
    "h298-5": {
        "title": "Food Safety",
        "english": True,
        "skip": [r"^Skip to main content$", r"^Food Safety$"],
        "headings": [
            (r"^Food Complaints Procedure$", 1),
            (r"^(Top Tips!|Micron 2|Supplier Assessments)$", 2),
        ],
    },
}

LAYOUT299: dict[str, dict] = {
    "h299-1": {
        "title": "",
        "headings": [(r"^[一二]、", 1), (r"^\([一二三]\)", 2)],
    },
    "h299-2": {
        "title": "中央机关公务员录用考试考务工作突发事件应急预案",
        "skip": [r"^中央机关公务员录用考试考务工作突发事件应急预案$"],
        "headings": [(r"^1 总则$", 1), (r"^1\.[1-4] (编制目的|编制依据|适用范围|工作原则)$", 2)],
    },
    "h299-3": {
        "title": "",
        "headings": [(r"^[一二]、(适用范围|工作原则)$", 1)],
    },
    "h299-4": {
        "title": "广播电视大学全国统一考试突发事件应急预案",
        "skip": [r"^- [123]、", r"^广播电视大学全国统一考试突发事件应急预案$"],
        "headings": [(r"^一、总\?\?\?则$", 1), (r"^\([一二三四]\)(编制目的|编制根据|合用范围|工作原则)$", 2)],
    },
    "h299-5": {
        "title": "Appeals Procedure",
        "english": True,
        "skip": [r"^Appeals Procedure$"],
        "headings": [(r"^[1-5]\. (Introduction|Informal Discussions|Stage 1|Stage 2|Stage 3)$", 1)],
    },
}

LAYOUT300: dict[str, dict] = {
    "h300-1": {
        "title": "信访接待制度",
        "skip": [
            r"^规章制度$",
            r"^村民委员会各项规章制度和措施(\(四\))?$",
            r"^发布时间:",
            r"^信访接待制度$",
            r"^95%的人继续看了$",
            r"^其他人推荐看$",
        ],
        "headings": [],
    },
    "h300-2": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^No module Published on Offcanvas position$", r"^Complaints Procedure$"],
        "headings": [(r"^(Prior to a meeting|During the meeting)$", 1)],
    },
    "h300-3": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Skip to content$", r"^Complaints procedure$"],
        "headings": [(r"^Code of practice whilst handling complaints$", 1)],
    },
    "h300-4": {
        "title": "Make a complaint",
        "english": True,
        "headings": [(r"^(How to make a complaint|How the Council will deal with your complaint)$", 1)],
    },
}

LAYOUT301: dict[str, dict] = {
    "h301-1": {
        "title": "顾客安全事故、事件应急预案",
        "skip": [r"^顾客安全事故应急预案\.doc$", r"^6页顾客安全事故、事件应急预案$"],
        "split": r"(?=[一二]、)|(?=[1-4]、(?:工作目的|事故、事件分级|适用范围|工作原则))",
        "headings": [(r"^[一二]、", 1)],
    },
    "h301-2": {
        "title": "幼儿园安全应急预案",
        "skip": [r"^幼儿园安全应急预案$", r"^时间:2025-01-01", r"^精选$", r"^欢迎下载$", r"^热门排行:"],
        "join": r"^([一二三]、|\([一二三四五六]\)|长:)",
        "headings": [(r"^[一二三]、", 1), (r"^\(一\)安全事故应急工作领导小组$", 2)],
    },
    "h301-3": {
        "title": "幼儿走失事件应急预案",
        "skip": [
            r"^幼儿走失事件应急预案[12]?$",
            r"^时间:2020-11-05",
            r"^在学习、工作或生活中",
            r"^1、责任人:当班教师、值日$",
        ],
        "headings": [(r"^[一二]、", 1)],
    },
    "h301-4": {
        "title": "",
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (r"^(Policy Statement|Procedures)$", 1),
            (r"^Making a Complaint$", 2),
            (r"^Stage [12]$", 3),
        ],
    },
    "h301-5": {
        "title": "Complaints",
        "english": True,
        "bullet": r"^• ",
        "headings": [],
    },
}

LAYOUT302: dict[str, dict] = {
    "h302-1": {
        "title": "",
        "headings": [(r"^[一二]、", 1), (r"^\([一二三]\)", 2)],
    },
    "h302-2": {
        "title": "城市園林綠化突發(fā)事件應(yīng)急預(yù)案",
        "strip": [
            r"1、范文 范例 指導\(dǎo\) 參考",
            r"\n2、(?=搶險隊隊員)",
            r"學習 資料 整理 分享范文 范例 指導\(dǎo\) 參考",
            r"(?m)^城市園林綠化突發\(fā\)事件應\(yīng\)急預\(yù\)案(?=為)",
        ],
        "skip": [r"^版權\(quán\)說明:", r"^文檔簡介$"],
        "split": r"(?=一、組織機構)|(?=[1234]、(?:成立|設\(shè\)立|突發|領\(lǐng\)導))|(?=副組長:)|(?=成 員:)"
        r"|(?=領\(lǐng\)導\(dǎo\)小組下設)|(?=隊 員:)|(?=\* 負責)|(?=二、突發)|(?=1、由主要)",
        "headings": [(r"^[一二]、", 1)],
    },
    "h302-3": {
        "title": "綠化養(yǎng)護應急預案",
        "strip": [r"(?m)^1、綠化養\(yǎng\)護應急預案(?=一、)", r"\n\n2、(?=防為主)"],
        "skip": [
            r"^園林綠化工程部應急預案_第\d頁$",
            r"^已閱讀\d頁",
            r"^下載本文檔$",
            r"^版權說明:",
            r"^文檔簡介$",
        ],
        "split": r"(?=[二三四五]、(?:指導|組織|災害類型|應急及))|(?=組長:)|(?=成 員:)|(?=[12]\. (?:自然|事故))"
        r"|(?<=編制目的)(?=應對)|(?<=指導思想)(?=做好)|(?<=組織布置)(?=為加強)|(?<=應急及防護措施)(?= 災害)",
        "headings": [(r"^[一二三四五]、", 1)],
    },
    "h302-4": {
        "title": "園林綠化防汛應(yīng)急預(yù)案",
        "skip": [
            r"^園林綠化防汛應\(yīng\)急預\(yù\)案\(精選14篇\)$",
            r"^在日常學\(xué\)習\(xí\)、工作和生活中",
            r"^園林綠化防汛應\(yīng\)急預\(yù\)案 1$",
        ],
        "headings": [(r"^[一二]、", 1)],
    },
    "h302-5": {
        "title": "Toftwood Garden Centre – In-Store Returns & Complaints Policy",
        "english": True,
        "bullet": r"^- ",
        "skip": [r"^Toftwood Garden Centre – In-Store Returns & Complaints Policy$"],
        "headings": [
            (r"^Customer Satisfaction & Returns Policy$", 1),
            (
                r"^(Returns Eligibility – General Products|Responsibility Upon Purchase"
                r"|Returns & Complaints – Living Goods|Discounted, Clearance or Sale Items)$",
                2,
            ),
        ],
    },
}

LAYOUT303: dict[str, dict] = {
    "h303-1": {
        "title": "突发事件应急准备和响应控制程序",
        "strip": [r"^突发事件应急准备和响应控制程序(?=1\.目的)"],
        "split": r"(?<=1\.目的)|(?=2\.适用范围)|(?<=2\.适用范围)|(?=3\.职责)|(?<=3\.职责)|(?=3\.[123](?:综合|项目|技术))|"
        r"(?=4\.工作程序)|(?<=4\.工作程序)|(?=4\.1应急事件)|(?=4\.1\.1应急组织)|(?<=4\.1\.1应急组织)|(?=4\.2应急预案)|"
        r"(?<=4\.2应急预案)",
        "headings": [
            (r"^[1-4]\.(目的|适用范围|职责|工作程序)$", 1),
            (r"^4\.2应急预案$", 2),
            (r"^4\.1\.1应急组织$", 3),
        ],
    },
    "h303-2": {
        "title": "公司管理的建筑工程质量安全事故应急预案",
        "skip": [
            r"^监理公司应急预案$",
            r"^- [123]、",
            r"^监理公司应急预案文档编制序号",
            r"^公司管理的建筑工程质量安全事故应急预案$",
        ],
        "headings": [
            (r"^(一、总则|适用范围及工作原则)$", 1),
            (r"^[12]\.(适用范围|工作原则)$", 2),
        ],
    },
    "h303-3": {
        "title": "造價(jià)業(yè)務(wù)質(zhì)量糾紛處理辦法",
        "skip": [r"-_第[123]頁$", r"^免費\(fèi\)預\(yù\)覽已結\(jié\)束", r"^下載本文檔$", r"^版權\(quán\)說明:", r"^文檔簡介$"],
        "strip": [r"(?m)^1、造價\(jià\)業\(yè\)務\(wù\)質\(zhì\)量糾紛處理辦法(?=第一章)"],
        "sub": [(r"(?<=應\(yīng\))\n\n2、(?=當)", "")],
        "split": r"(?=第[一二]章 )|(?=第[一二三四]條 )|(?=\([一二]\))",
        "headings": [(r"^第[一二]章 ", 1)],
    },
    "h303-4": {
        "title": "Complaints Handling Procedure",
        "english": True,
        "headings": [
            (r"^Consumer Redress Scheme$", 1),
            (r"^For (Consumer Clients in relation to|Business-to-Business Clients:)", 2),
        ],
    },
    "h303-5": {
        "title": "Terms and Conditions concerning complaints.",
        "english": True,
        "rejoin": [r"\n(?!\d\. |\||This note)"],
        "split": r"(?<=review\.) (?=5\. )",
        "skip": [r"^Terms and Conditions concerning complaints\.$", r"^\|$"],
        "headings": [],
    },
}

LAYOUT304: dict[str, dict] = {
    "h304-1": {
        "title": "用户投诉受理制度",
        "headings": [],
    },
    "h304-2": {
        "title": "售后服务办法",
        "skip": [r"^产品中心$", r"^微信二维码$"],
        "headings": [],
    },
    "h304-3": {
        "title": "Our Complaints Procedure",
        "english": True,
        "skip": [r"^Our Complaints Procedure$"],
        "headings": [
            (
                r"^(1\. Products regulated by the Financial Conduct Authority \(FCA\)|2\. Goods and non-financial services|"
                r"Process for all complaints|Process for general complaints)$",
                1,
            )
        ],
    },
    "h304-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$", r"^read all about our complaints procedure$"],
        "bullet": r"^• (?!Address:)",  # a line starting "Address:" would read as the .txt's address block: it keeps its •
        "headings": [
            (
                r"^(Complaints Information for our Customers|Our Procedures|Adviser or Provider|Investigation|"
                r"Eligible Complainants)$",
                1,
            )
        ],
    },
}

LAYOUT305: dict[str, dict] = {
    "h305-1": {
        "title": "天長市第四屆中小學生藝術展演安全預案",
        "skip": [r"^天長市第四屆中小學生藝術展演安全預案$", r"^錄入時間:"],
        "headings": [(r"^[一二三]、", 1), (r"^\(一\)市教育局$", 2), (r"^6、應急處理預案$", 2)],
    },
    "h305-2": {
        "title": "华池县列宁学校庆“六一”儿童节活动安全应急预案",
        "skip": [r"^华池县列宁学校$", r"^庆“六一”儿童节活动安全应急预案$"],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h305-3": {
        "title": "Customer Complaints Procedure",
        "english": True,
        "skip": [
            r"^Denbighshire Music Co-operative$",
            r"^Customer Complaints Procedure$",
            r"^Submit complaint$",
            r"^13 \+ 14 =$",
        ],
        "headings": [(r"^\d\) ", 1), (r"^Stage \d:$", 2)],
    },
    "h305-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [
            (r"^If the concern or complaint is a not a safeguarding issue$", 1),
            (r"^1\. About ", 2),
            (r"^If it relates to work an Associate has been delivering in their own right$", 3),
        ],
    },
    "h305-5": {
        "title": "External Complaints Procedure",
        "english": True,
        "headings": [
            (r"^(Goals of the procedure|Definition of a complaint|Recording complaints|Responding to complaints|Escalation)$", 1)
        ],
    },
}

LAYOUT306: dict[str, dict] = {
    "h306-1": {
        "title": "烧结厂安全事故应急救援制度",
        "strip": [r"^烧结厂安全事故应急救援制度(?=1\.目的)"],
        "split": r"(?<=1\.目的)|(?=2\.适用范围)|(?<=2\.适用范围)|(?=3\.组织机构及职责)|(?<=3\.组织机构及职责)|"
        r"(?=3\.1 应急组织体系)|(?<=3\.1 应急组织体系)|(?=3\.2 组织机构及职责)|(?<=3\.2 组织机构及职责)|"
        r"(?=3\.2\.1 应急领导小组)|(?<=3\.2\.1 应急领导小组)|(?<!副)(?=组长:)|(?=副组长:)|(?=成员:)|"
        r"(?=3\.2\.2 领导小组职责)|(?<=3\.2\.2 领导小组职责)|(?=3\.2\.2\.\d )",
        "headings": [
            (r"^[123]\.(目的|适用范围|组织机构及职责)$", 1),
            (r"^3\.[12] (应急组织体系|组织机构及职责)$", 2),
            (r"^3\.2\.[12] (应急领导小组|领导小组职责)$", 3),
        ],
    },
    "h306-2": {
        "title": "",  # the stored text has no title
        "headings": [
            (r"^[一二]、", 1),
            (r"^調\(diào\)度室值班人員職責\(zé\):$", 2),
        ],
    },
    "h306-3": {
        "title": "",  # the stored page 2 has no title
        "headings": [
            (r"^4\.2组织机构职责$", 1),
            (r"^4\.2\.[12] 事故应急现场指挥部(各成员)?职责$", 2),
        ],
    },
    "h306-4": {
        "title": "銀川滿誠春來建材有限公司生產安全事故綜合應急預案",
        "skip": [
            r"^已閱讀5頁",
            r"^版權說明:",
            r"^文檔簡介$",
            r"^銀川滿誠春來建材有限公司生產安全事故綜合應急預案$",
        ],
        "split": r"(?<=受控狀態受控)|(?<=綜合應急預案)(?=發布日期)|(?=實施日期)|(?<=2013年3月1日)|(?<=有限公司編制)|"
        r"(?<=頒布公告)|(?=批準人)|(?<=2013年2月1日)(?=目錄)|(?<=目錄)(?=1總則)",
        "headings": [(r"^(頒布公告|目錄)$", 1)],
    },
    "h306-5": {
        "title": "EP08 - Complaint Handling",
        "english": True,
        "skip": [r"^EP08 - Complaint Handling$"],
        "bullet": r"^- ",
        "headings": [
            (
                r"^(What is this\?|What does the responsible manager have to do\?|What do employees have to do\?|"
                r"Associated documentation)$",
                1,
            ),
            (r"^(EMS Section|Environmental Procedure|Forms)$", 2),
        ],
    },
}

LAYOUT307: dict[str, dict] = {
    "h307-1": {
        "title": "",  # the stored text has no title line: it starts at "1总则"
        "headings": [
            (r"^\d(总则|危险性分析)$", 1),
            (r"^\d\.\d(编制目的|编制依据|适用范围|应急预案体系|应急工作原则|单位概况:|危险源与风险分析|危险因素分析)$", 2),
        ],
    },
    "h307-2": {
        "title": "工服定制退換貨流程",
        "skip": [r"^工服定制退換貨流程$"],
        "headings": [
            (r"^第[一二三四五]章 ", 1),
            (r"^(2\.1\.\?受理條件\?|3\.1客戶申請|3\.2審核與確認|3\.3 退換貨處理)$", 2),
        ],
    },
    "h307-3": {
        "title": "Complaints Handling Policy",
        "english": True,
        "skip": [r"^COMPLAINTS HANDLING POLICY 1 scaled", r"^Complaints Handling Policy$"],
        "headings": [
            (
                r"^(GENERAL STATEMENT|SCOPE|WHAT CONSTITUTES A COMPLAINT|HOW TO MAKE A COMPLAINT|HANDLING COMPLAINTS|"
                r"OUTCOMES AND RESOLUTION|TIMESCALES|ESCALATION|RECORD KEEPING|RESPONSIBILITIES|MONITORING AND REVIEW)$",
                1,
            )
        ],
    },
    "h307-4": {
        "title": "How do I file a complaint or claim regarding a damaged or defected product?",
        "english": True,
        "skip": [r"^How do I file a complaint or claim regarding a damaged or defected product\?$"],
        "headings": [
            (
                r"^(Filing a complaint concerning a used garment|Filing a complaint concerning a new, unused product or a "
                r"product, that has been damaged during transport|Your rights when a product is damaged or broken)$",
                1,
            )
        ],
    },
}

LAYOUT308: dict[str, dict] = {
    "h308-1": {
        "title": "高效的客诉反馈",
        "skip": [r"^中文 EN$", r"^深科技\(000021\.SZ\)$", r"^RMB$", r"^您当前所在位置:", r"^高效的客诉反馈$"],
        "headings": [(r"^(客诉受理及确认|客诉处理及关闭)$", 1)],
    },
    "h308-2": {
        "title": "客户投诉处理作业指导书",
        "skip": [r"^HFQD-QA-014 客户投诉处理作业指导书$", r"^合集下载$", r"^客户投诉处理作业指导书$"],
        "stop": r"^客户服务热线处理流程作业指导书$",  # the sharing site's next, unrelated document
        "headings": [
            (r"^[567]、(相关文件|相关记录|附件)$", 1),
            (r"^7\.1客诉处理流程图$", 2),
            (r"^4\.4\.[12]评审为(重工|挑选)时,$", 3),
        ],
    },
    "h308-3": {
        "title": "客戶投訴管理辦法",
        "skip": [r"^正文內\(nèi\)容$", r"^知名企業\(yè\)管理制度", r"^2025-05-29 19:28", r"^【正文】$", r"^□ 客戶投訴管理辦法$"],
        "split": r"(?<=【正文】) | (?=\((?:一|二|三|四|五|六|七|八|九) \))",
        "headings": [],
    },
    "h308-4": {
        "title": "TS16949客戶投訴處理規(guī)程Customer Complaint Guideline",
        "skip": [r"^【正文】$", r"^TS16949客戶投訴處理規\(guī\)程Customer Complaint Guideline$"],
        # a bilingual text the sharing site ran into one paragraph: split after the sign-off line, the title and the
        # heading, and where a sentence of one language ends and the next begins
        "split": (
            r"(?<=批準\(zhǔn\))|(?<=Customer Complaint Guideline) |(?<=目的 Purpose:) "
            r"|(?<=[。.])(?<!Sup\.) |(?<=。)(?=Once)"
        ),
        "headings": [(r"^目的 Purpose:$", 1)],
    },
    "h308-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$", r"^//Complaints Procedure$", r"^Complaints Procedure2019-06-27"],
        "headings": [(r"^1\. (Scope|Roles and Responsibilities|Definitions|Procedure)$", 1)],
    },
}

LAYOUT309: dict[str, dict] = {
    "h309-1": {
        # the stored preview has no title line; the text calls itself 本办法 on 我联社客户投诉管理工作
        "title": "客户投诉管理办法",
        "skip": [
            r"^内容预览:$",
            r"^…………$",
            r"^全文共3687字",
            r"^新来的客人请",
            r"^刚注册会员请",
            r"^未登陆用户请",
            r"^秘书文库--",
        ],
        "sub": [(r" …………(?=\n)", "")],
        "headings": [],
    },
    "h309-2": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^(First step|The Next Steps)$", 1)],
    },
    "h309-3": {
        "title": "Client Grievance Mechanism",
        "english": True,
        "skip": [r"^Fina Light Microfinance$", r"^Client Protection Code$", r"^Client Grievance Mechanism$"],
        "headings": [(r"^Policy Objective$", 1)],
    },
    "h309-4": {
        "title": "Grievance Redressal Policy",
        "english": True,
        "skip": [
            r"^Midland Microfin Limited$",
            r"^First Microfinance Institution",
            r"^of the Region$",
            r"^02:28 PM Thursday",
            r"^1800 137 0600",
            r"^Toll Free$",
            r"^\* 9:00 AM to 5:30 PM$",
            r"^Grievance Redressal Policy$",
        ],
        "headings": [(r"^[12]\. (Scope and Purpose|Resolution of Grievances)$", 1)],
    },
}

LAYOUT310: dict[str, dict] = {
    "h310-1": {
        "title": "北京佑安醫(yī)院醫(yī)療糾紛管理制度",
        "skip": [
            r"^北京市衛\(wèi\)生健康委員會\(huì\) 北京市醫\(yī\)院管理中心$",
            r"^院務\(wù\)公開$",
            r"^向患者公開$",
            r"^北京佑安醫\(yī\)院醫\(yī\)療糾紛管理制度$",
            r"^發\(fā\)布機\(jī\)構\(gòu\):",
            r"^字號\(hào\):",
        ],
        "headings": [(r"^2、處理辦法$", 1)],
    },
    "h310-2": {
        "title": "Complaints Policy/Procedure",
        "english": True,
        "skip": [r"^Have a question or concern\?", r"^0121 798 0729$", r"^Complaints Policy/Procedure$"],
        "headings": [(r"^Stage [12] – (Local Resolution|Complaint Review):$", 1)],
    },
    "h310-3": {
        "title": "Complaints",
        "english": True,
        "bullet": r"^- ",
        "skip": [r"^Complaints$"],
        "headings": [
            (
                r"^(How do I make a formal complaint\?|What will happen to my complaint\?"
                r"|How is the learning from complaints investigations used\?"
                r"|What if I am not satisfied with the response to my complaint\?)$",
                1,
            )
        ],
    },
}

LAYOUT311: dict[str, dict] = {
    "h311-1": {
        "title": "北京华联综合超市股份有限公司突发事件处理应急预案管理手册",
        "skip": [
            r"_第\d页$",
            r"^已阅读5页",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^年5月29日超市股份有限公司",
            r"^北京华联综合超市股份有限公司突发事件处理应急预案管理手册$",
        ],
        "sub": [(r'TOC\\o"1-2"\\h\\z\\u', "")],  # the Word table-of-contents field code, not text of the document
        "split": r"(?=北京华联综合超市股份有限公司突发事件处理应急预案管理手册目录)|(?<=管理手册)(?=目录)|(?<=目录)(?=第一章)"
        r"|(?<=\d)(?=第[二三四五]章 )|(?<=\d)(?=附录)|(?<=\d)(?=总则为了)|(?<=总则)(?=为了规范)",
        "headings": [(r"^总则$", 1)],
    },
    "h311-2": {
        "title": "超市經營業務管理規范",
        "skip": [
            r"^正文內",
            r"^超市經\(jīng\)營業",
            r"^2022-08-22 18:24:42",
            r"^【正文】$",
            r"^中國最大的管理資料下載中心",
            r"^第 21 頁 共 33 頁$",
        ],
        "split": r"(?<=【正文】) |(?<=;) (?=d\))|(?<=。) | (?=第 21 頁)| (?=管理內)|(?<=管理內\(nèi\)容) ",
        "headings": [(r"^管理內\(nèi\)容$", 1)],
    },
    "h311-3": {
        "title": "購物中心應急預案流程圖",
        "skip": [r"^【正文】$", r"^購物中心應\(yīng\)急預\(yù\)案流程圖$", r"^作者:日期:$"],
        "split": r"(?<=物品。) |(?<=。\.) |(?<=指揮。)|(?<=流程圖)(?=作者)|(?<=日期:)|(?<=流程圖)(?=目 錄)|(?<=目 錄)",
        "headings": [],
    },
    "h311-4": {
        "title": "顾客自己摔倒怎么办",
        "skip": [r"^问题 \| 顾客自己摔倒怎么办 \|$", r"^释义 \| 一、顾客自己摔倒怎么办"],
        "split": r" (?=[12]\.(?:现场处理流程|事件跟进流程):)|(?<=流程:) | (?=\(\d\))",
        "headings": [(r"^[12]\.(现场处理流程|事件跟进流程):$", 1)],
    },
    "h311-5": {
        "title": "Victoria Place Shopping Centre Customer Service Policy 2021",
        "english": True,
        "skip": [r"^Customer Service$", r"^Victoria Place Shopping Centre Customer Service Policy 2021$"],
        "headings": [(r"^[1-4]\. (Our mission|Our commitment|Resources – The Team|Communication and Feedback)$", 1)],
    },
}

LAYOUT312: dict[str, dict] = {
    "h312-1": {
        "title": None,  # the page gives the text no title of its own
        "skip": [],
        "headings": [
            (r"^[一二]、(防范|应急措施)$", 1),
            (r"^(发现人的职责|总机值班员职责|安保部职责|总经理或副总经理、总经理助理职责)$", 2),
        ],
    },
    "h312-2": {
        "title": None,  # the stored copy starts in the middle of the plan
        "skip": [],
        # the sharing site's "Р" stands where the Word file broke the line, each time before the document's own number
        "split": r"Р",
        "headings": [(r"^[三四]、", 1)],
    },
    "h312-3": {
        "title": "食品卫生安全应急预案",
        "skip": [r"^文档介绍:食品卫生安全应急预案$"],
        "headings": [],  # the sharing site's extract lost the plan's numbered headings
    },
    "h312-4": {
        "title": "危机管理政策",
        "skip": [
            r"^迪拜过境签证办理流程:酒店危机管理政策$",
            r"^来源:百度文库 编辑:九乡新闻网",
            r"^SUBJECT: 名称\s+危机管理政策$",
        ],
        "headings": [
            (r"^(OBJECTIVE:目的|POLICY: 政策|PROCEDURE:程序)$", 1),
            (r"^\((一|二)\)", 2),
            (r"^[123]、(工程部|保安部|前厅部):$", 3),
        ],
    },
    "h312-5": {
        "title": "External Communications",
        "english": True,
        "skip": [r"^External Communications$", r"^EXTERNAL COMMUNICATIONS$"],
        "headings": [
            (
                r"^1\. (Objectives of the Policy|Definition of a Complaint|How a Complaint Can Be Made"
                r"|The Information You Will Need to Provide)$",
                1,
            )
        ],
    },
}

LAYOUT313: dict[str, dict] = {
    "h313-1": {
        "title": None,  # the stored page gives the text no title of its own
        "skip": [],
        "headings": [(r"^第[一二三]章\s*(总则|学生申诉处理委员会组成与职责|申诉时限)$", 1)],
    },
    "h313-2": {
        "title": "学院学生申诉处理办法(试行)",
        "skip": [r"^学院学生申诉处理办法\(试行\)\.docx$", r"^《学院学生申诉处理办法", r"^- 配套$"],
        # the sharing site's page marks "1、" / "2、" (the second falls inside a word): left out
        "sub": [(r"\n2、", ""), (r"(?m)^1、学院学生申诉处理办法\(试行\)", "")],
        "split": r"(?=第[一二三四五六七八九十]+[章条])",
        "headings": [(r"^第[一二三]章(总则|申诉委员会的组成|申诉的程序)$", 1)],
    },
    "h313-3": {
        "title": None,  # the stored page gives the text no title of its own
        "skip": [],
        "headings": [(r"^[一二]、(指导思想|工作原则)$", 1)],
    },
    "h313-4": {
        "title": None,  # the stored page gives the text no title of its own
        "skip": [],
        "headings": [(r"^第一章 总则$", 1), (r"^第[三四]条 (突发事件分类分级|工作原则)$", 2)],
    },
    "h313-5": {
        "title": "Section 7 of the Student Complaints Resolution Procedure",
        "english": True,
        "skip": [
            r"^Skip to main content Skip to navigation$",
            r"^Section 7 of the Student Complaints Resolution Procedure$",
            r"^Go to Section 8 of the Procedure\.$",
        ],
        "headings": [(r"^7\. Timescales for making complaints$", 1)],
    },
}

LAYOUT314: dict[str, dict] = {
    "h314-1": {
        "title": "Complaints Procedures",
        "english": True,
        "skip": [r"^Complaints Procedures$"],
        "headings": [
            (
                r"^(How M&DH Insurance Services Ltd handles complaints:|As soon as a complaint is received:"
                r"|After we have investigated the complaint:)$",
                1,
            )
        ],
    },
    "h314-2": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [],  # the page gives the procedure no headings of its own
    },
    "h314-3": {
        "title": "公平待客原則",
        "skip": [r"^公平待客原則$"],
        "pipe_table": True,  # the governance table (層級 / 職責) as the page has it
        "headings": [(r"^[一二]、", 1), (r"^原則 \d+:", 2)],
    },
}

LAYOUT315: dict[str, dict] = {
    "h315-1": {
        "title": None,  # the stored page gives the plan no title of its own
        "skip": [],
        "headings": [(r"^1、总则$", 1), (r"^1\.[1-4]", 2)],
    },
    "h315-2": {
        "title": "邵东县城市供水事故应急预案",
        "skip": [r"^应急预案$", r"^当前位置:首页", r"^邵东县城市供水事故应急预案$"],
        # the table of contents is a field Word makes from the headings; the file holds the headings themselves
        "strip": [r"(?s)1\. 总  则\n.*?8\.3 预案实施时间\n"],
        "headings": [(r"^1\.总\s+则$", 1), (r"^1\.[1-4] ", 2)],
    },
    "h315-3": {
        "title": "富民县污水处理厂突发环境事件应急预案(第二版)",
        "skip": [
            r"^威尼斯WWW432888",
            r"^业务电话:",
            r"^项目/工程$",
            r"^您当前的位置:",
            r"^富民县污水理厂突发环境事件应急预案",
            r"^来源:威尼斯WWW432888",
            r"^富 民 县 污 水 处 理 厂$",
            r"^Fu Min xian Wu Shui Chu Li Chang$",
            r"^突发环境事件应急预案$",
            r"^\(第二版\)$",
            r"^ScreenShot\d+\.jpg$",
        ],
        "headings": [(r"^发\s+布\s+令$", 1), (r"^目\s+录$", 1)],
    },
    "h315-4": {
        "title": "Complaints and Dispute Resolution Policy",
        "english": True,
        "skip": [r"^Complaints and Dispute Resolution Policy$"],
        "headings": [(r"^Policy statement$", 1)],
    },
}

LAYOUT316: dict[str, dict] = {
    "h316-1": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^POLICIES$", r"^Complaints$"],  # the page's section name and the policy's title line
        "bullet": r"^- ",
        "headings": [
            (r"^(Introduction|How to make a complaint|Information we need from you|Investigating your complaint)$", 1),
        ],
    },
    "h316-2": {
        "title": None,  # the stored passage starts in the middle of the page, without the page's title
        "english": True,
        "skip": [],
        "headings": [(r"^(Acknowledging the complaint|Investigation)$", 1)],
    },
    "h316-3": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Complaints$"],
        "headings": [],  # the page has no headings below its title
    },
}

LAYOUT317: dict[str, dict] = {
    "h317-1": {
        "title": "發(fā)廊公共衛(wèi)生管理制度",
        "strip": [r"(?m)^1、Word "],
        "sub": [(r"導\(dǎo\)\n2、致", "導(dǎo)致")],
        "split": r" ",
        "skip": [
            r"^下載本文檔$",
            r"^版權",
            r"^文檔簡介$",
            r"^發\(fā\)廊公共衛\(wèi\)生管理制度2篇$",
            r"^下面是我收集的",
        ],
        "headings": [(r"^發\(fā\)廊公共衛\(wèi\)生管理制度[12]$", 1), (r"^一、報\(bào\)告范圍$", 2)],
    },
    "h317-2": {
        "title": "H&Co Hair Salon Complaints Policy",
        "english": True,
        "skip": [r"^01803 362 36211$", r"^H&Co Hair Salon Complaints Policy$", r"^Hairdressers Torquay H and Co"],
        "headings": [
            (
                r"^(The Definition of a Complaint|Who Can Make a Complaint\?|How a Complaint Can be Made|The Complaints Process)$",
                1,
            ),
        ],
    },
    "h317-3": {
        "title": None,  # the stored text has the page's two headings and no title of its own
        "english": True,
        "skip": [],
        "headings": [(r"^(CANCELLATION POLICY|CUSTOMER COMPLAINTS POLICY)$", 1)],
    },
    "h317-4": {
        "title": None,  # the stored passage starts without the page's title
        "english": True,
        "skip": [],
        "headings": [(r"^What to do if you have a complaint$", 1)],
    },
}

LAYOUT318: dict[str, dict] = {
    "h318-1": {
        "title": "跨年大型演出应急预案",
        "skip": [
            r"^郑州捷马礼仪是专业的活动策划执行公司",
            r"^您当前的位置:",
            r"^跨年大型演出应急预案$",
            r"^来源:捷马礼仪",
            r"^简介:",
            r"^image\.png$",
        ],
        "strip": [r"(?s)(?<=拨打120。)\n+应急预案组织机构划分.*$"],
        "sub": [(r"(?m)^v(?=(?:突发事件应急指挥部|安全保卫应急组|医疗救护应急组)[::])", "")],
        "join": r"^(?!现场查验)",
        "headings": [
            (r"^应急预案组织机构划分$", 1),
            (r"^(突发事件应急指挥部|安全保卫应急组|医疗救护应急组)[::]$", 2),
        ],
    },
    "h318-2": {
        "title": "大型活動的應(yīng)急預(yù)案",
        "skip": [r"^<image>", r"^版權\(quán\)說明:", r"^文檔簡介$"],
        "strip": [r"(?m)^1、\.大型活動的應\(yīng\)急預\(yù\)案"],
        "sub": [(r"遺留\n2、物", "遺留物")],
        "split": r"(?=一、打架斗毆)|(?=[12]、(?:報警|處理)程序)|(?=\([123]\))",
        "headings": [
            (r"^一、打架斗毆、流氓滋擾、聚眾鬧事的緊急處理$", 1),
            (r"^[12]、(報警|處理)程序$", 2),
        ],
    },
    "h318-3": {
        "title": "Complaints policy.",
        "english": True,
        "skip": [r"^Complaints policy\.$"],
        "headings": [(r"^[12]\. (Definitions|Purpose of this Complaints Policy)$", 1)],
    },
    "h318-4": {
        "title": "Reviews and Complaints Protocol",
        "english": True,
        "skip": [r"^Reviews and$", r"^Complaints Protocol$"],
        "bullet": r"^- ",
        "headings": [(r"^(ASKING LA LISTA FOR ADVICE|MAKING A COMPLAINT TO LA LISTA|FACEBOOK GROUP)$", 1)],
    },
    "h318-5": {
        "title": "Conflict Resolution – Consumer vs. Member",
        "english": True,
        "skip": [r"^Conflict Resolution – Consumer vs\. Member$"],
        "headings": [],  # the page has no headings below its title
    },
}

LAYOUT319: dict[str, dict] = {
    "h319-1": {
        "title": "网咖停电应急预案",
        "sub": [(r"的开启\n\n工作,", "的开启工作,")],
        "skip": [
            r"^天下网吧 >> ",
            r"^分享网咖的停电应急预案$",
            r"^\*\*网咖停电应急预案$",
            r"^\(以下网咖停电应急方案来自",
            r"^本文来源:",
            r"^声明",
            r"^天下网吧·网吧天下$",
            r"^• 本(周|月)热门$",
            r"^• 阅读排行$",
        ],
        "headings": [(r"^[234]\.(收银|网管|店长):$", 1)],
    },
    "h319-2": {
        "title": "网鱼网咖突发事件处理方法",
        "skip": [r"^在网咖行业中网鱼网咖算是"],  # the site editor's lead
        "headings": [(r"^[1-6]、(全场断电。|断网|结帐系统出错|顾客的存档被删除|火灾|野蛮顾客发飙)$", 1)],
    },
    "h319-3": {
        "title": "鑫新网络应急预案",
        "strip": [r"\n[23]、", r"(?m)^1、鑫新网络应急预案"],
        "skip": [r"^下载本文档$", r"^版权说明:", r"^文档简介$"],
        "split": r"(?<=一、预案目的)|(?=二、危险性分析)|(?<=二、危险性分析)|(?=\([12] 、)|(?<=网吧基本概况)|(?<=\(2 、 危险性分析)",
        "headings": [
            (r"^[一二]、(预案目的|危险性分析)$", 1),
            (r"^\([12] 、 ?(网吧基本概况|危险性分析)$", 2),
        ],
    },
    "h319-4": {
        "title": "網吧管理突發事件與處理方法",
        "skip": [r"^1\. 網吧管理突發事件與處理方法培訓學習心得怎麼寫$"],
        "headings": [(r"^一\.技術運營類問題$", 1), (r"^[1-5]\. 如", 2)],
    },
    "h319-5": {
        "title": "Good jump agreement",
        "english": True,
        "skip": [r"^Good jump agreement$"],
        "headings": [(r"^RUSH UK REFUNDS POLICY:$", 1)],
    },
}

LAYOUT320: dict[str, dict] = {
    "h320-1": {
        "title": "福州住房公积金信息系统应急处置方案",
        # the website's location bar and release lines; the page sets the addressee line as a list item too
        "sub": [(r"(?m)^  • (?=中心各处室及管理部:)", "")],
        "skip": [r"^您现在的位置:", r"^• (福州住房公积金信息系统应急处置方案|发布时间:|【字体大小:|来源:)"],
        "headings": [(r"^[一二三]、 +\S", 1)],
    },
    "h320-2": {
        "title": "荥阳市人力资源和社会保障局突发事件应急预案",
        "skip": [r"^荥阳市人力资源和社会保障局$", r"^突发事件应急预案$"],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h320-3": {
        "title": "不动产登记信息管理系统平台突发事件应急预案",
        "skip": [
            r"^\(整理\)不动产登记信息管理平台突发事件应急预案\.doc$",
            r"^合集下载$",
            r"^不动产登记信息管理(系统)?平台突发事件应急预案$",
        ],
        # the copy ran the title, the chapter headings and the group's posts into the text that follows them
        "split": r"(?<=^不动产登记信息管理平台突发事件应急预案)(?=为防范)|(?<=^第一章工作原则)|(?<=^第二章组织机构及职责)"
        r"|(?<=^\(一\)应急领导组)(?=组长:)|(?=成员:局有关)|(?=职责:1、)",
        "headings": [(r"^第[一二]章", 1), (r"^\([一二三四]\)[^,,。]{2,6}。?$", 2)],
    },
    "h320-4": {
        "title": "成安县人力资源和社会保障重大群体性突发事件应急处置预案",
        "skip": [r"^成安县人力资源和社会保障$", r"^重大群体性突发事件应急处置预案$"],
        "headings": [(r"^一、总则$", 1)],
    },
    "h320-5": {
        "title": "Our complaints process",
        "english": True,
        "skip": [r"^Our complaints process$"],
        "headings": [(r"^(Stage [12]|Making a complaint to an Ombudsman Service)$", 1)],
    },
}

LAYOUT321: dict[str, dict] = {
    "h321-1": {
        "title": "洗浴会所突发事件应急处置预案",
        # the sharing site's welcome, location, title and link lines; the copy ran the plan into one paragraph
        "skip": [
            r"^您好,欢迎访问三七文档$",
            r"^当前位置:",
            r"^本文标题:",
            r"^链接地址:",
            r"^1洗浴会所突发事件应急处置预案$",
        ],
        "split": r"(?<=^1洗浴会所突发事件应急处置预案)|(?=[一二三四五]、)|(?=组长:)|(?=成员:)|(?=[123]、)"
        r"|(?<=二、公共卫生应急小组职责)|(?<=四、信息报送)|(?<=五、应急处置)|(?<=五、响应结束)",
        "headings": [(r"^[一二三四五]、", 1)],
    },
    "h321-2": {
        "title": "温泉部管理制度",
        # the cover's remains and the page markers; the copy ran the rules into one paragraph
        "skip": [r"^第1页共9页温泉资产管理制度2023-2023-12档号$", r"^温泉部管理制度$", r"^第\d页共9页$"],
        "split": r"(?<=档号)|(?=[一二]、)|(?<!\d)(?=\d+、)"
        r"|(?=第2页共9页)|(?<=第2页共9页)",
        "headings": [(r"^[一二]、", 1)],
    },
    "h321-3": {
        "title": None,
        # a line break inside item 1 of 三、
        "sub": [(r"(?<=便携灭火器)\n(?=进行扑救)", "")],
        "headings": [(r"^[一二三四]、", 1)],
    },
    "h321-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^How to Submit a Complaint:$", 1)],
    },
}

LAYOUT322: dict[str, dict] = {
    "h322-1": {
        "title": "凤凰山景区最大承载量客流控制与分流方案",
        "skip": [
            r"^凤凰山景区最大承载量客流控制和应急管理方案 下载本文$",
            r"^内容发布更新时间",
            r"^凤凰山景区最大承载量客流控制与分流方案$",
        ],
        "split": r"(?<=^\(一\)加强领导,统筹协调。)|(?<=^\(二\)设立机构,明确职责。)|(?=1\.办公室)|(?<=1\.办公室 )"
        r"|(?= 成 员:)|(?= 工作职责:)",
        "headings": [
            (r"^[一二三]、(适用范围|基本原则|组织领导及职责)$", 1),
            (r"^\([一二]\)(加强领导,统筹协调|设立机构,明确职责)。$", 2),
            (r"^1\.办公室$", 3),
        ],
    },
    "h322-2": {
        "title": "景区观光车应急预案",
        "skip": [r"^景区观光车应急预案范文\(通用5篇\)\.docx$", r"^《景区观光车应急预案范文\(通用5篇\)\.docx》由会员分享"],
        "strip": [
            r"(?m)^1、景区观光车应急预案范文\(通用5篇\)第一篇:景区观光车应急预案",
            r"\n2、",
            r"其次篇:景区观光车应急预案为快速处置特大道路交通事故,最大限度地降低事故损失,\n3、依据中华人民共和国安全生产法",
        ],
        "split": r"(?=[一二三]、(?:成立|预防|处置))|(?<!副)(?=组长:)|(?=副组长:)|(?=成员:)|(?=\([一二三四五六]\))",
        "headings": [(r"^[一二三]、(成立巡游观光车应急处置领导小组|预防措施|处置措施)$", 1)],
    },
    "h322-3": {
        "title": "景区安全应急预案",
        "skip": [r"^版权说明:", r"^文档简介$"],
        "strip": [r"(?m)^1、景区安全应急预案", r"\n[23]、"],
        "split": r"(?= 二O一四年七月一日)|(?<=二O一四年七月一日)|(?=[一二]、(?:安全管理组织机构|交通事故处置预案))"
        r"|(?<=一、安全管理组织机构:)|(?= 总负责人:)|(?= 现场负责人:)|(?= 成员:)|(?<=交通事故处置预案)(?=导游人员)"
        r"|(?=[1-4]、(?:立即组织|保护现场|迅速向|做好旅游团))",
        "headings": [(r"^一、安全管理组织机构:$", 1), (r"^二、交通事故处置预案$", 1)],
    },
    "h322-4": {
        "title": "",  # the stored text has no title of its own
        "english": True,
        "headings": [(r"^(Our Aims|Contact Arrangements|Investigation of Complaints)$", 1)],
    },
    "h322-5": {
        "title": "Bekonscot Complaints Policy",
        "english": True,
        "skip": [r"^Bekonscot Complaints Policy$"],
        "headings": [(r"^[12]\. (Policy statement|Complaint process)$", 1)],
    },
}

LAYOUT323: dict[str, dict] = {
    "h323-1": {
        "title": "售后服務辦公室異議受理程序",
        "skip": [r"^售后服務辦公室異議受理程序$"],
        # the page ran the whole procedure into one line; split before its own numbering and after its headings
        "split": r"(?<=異議受理程序) | (?=[一二三]、)|(?<=基本原則) |(?<=受理范圍) | (?=[12]、(?:計量|質量)異議)"
        r"|(?<=1、計量異議) |(?<=2、質量異議) | (?=\(\d\))",
        "headings": [(r"^[一二三]、", 1), (r"^[12]、(計量|質量)異議$", 2)],
    },
    "h323-2": {
        "title": "产品质量事故管理办法",
        "strip": [r"(?m)^13页(?=马钢)"],
        "skip": [r"^产品质量事故管理标准\.doc$", r"^产品质量事故管理办法$"],
        # the copy ran the cover block, the change table and the text into one paragraph
        "split": r"(?<=部门文件)(?=第三钢轧总厂)|(?<=—第二版)(?=产品质量事故管理办法)|(?=编制部门:)|(?=审 核 人:)|(?=批 准 人:)"
        r"|(?=批准日期:)|(?=受控状态:)|(?=更 改 状 态 表)|(?<=更 改 状 态 表)|(?=版本号 修改号)|(?=第[一二]版 0 )"
        r"|(?<=2010-2-1)(?=产品质量事故管理办法1)|(?<=产品质量事故管理办法)(?=1 目的)|(?<=目的和适用范围)|(?=本标准适用于)"
        r"|(?=2 相关文件和专用术语)|(?<=相关文件和专用术语)|(?<![\d.])(?=2\.[12] )|(?<=2\.1 相关文件)|(?<=2\.2 专用术语)"
        r"|(?=2\.2\.[1-4] )|(?<=2\.2\.[23] 质量[特重]大事故)|(?=[1-4]\) )",
        "headings": [
            (r"^[12] (目的和适用范围|相关文件和专用术语)$", 1),
            (r"^2\.[12] (相关文件|专用术语)$", 2),
            (r"^2\.2\.[234] 质量", 3),
        ],
    },
    "h323-3": {
        "title": "公司钢铁产品质量事故管理办法",
        # the article's title and counter line, and a line the website put into the text
        "skip": [r"^公司钢铁产品质量事故管理办法\(6篇\)$", r"^阅读: 评论:0$", r"^蒸汽减温减压装置$"],
        "sub": [(r"负责\n产品销售后", "负责产品销售后")],
        "headings": [(r"^第二章职责分工$", 1)],
    },
    "h323-4": {
        "title": "突发事故应急救援预案",
        "skip": [r"^突发事故应急救援预案Word文件下载\.docx$", r"^《突发事故应急救援预案Word文件下载\.docx》由会员分享"],
        "headings": [(r"^1\.4分类分级$", 2)],
    },
    "h323-5": {
        "title": "Claim Policy",
        "english": True,
        "skip": [r"^Quality/Technical Data > Claim Policy$", r"^Claim Policy$"],
        "headings": [
            (r"^End-User Complaints to Almetals$", 1),
            (r"^[1-3]\. (Timeliness|Materials and Charges|Notification to Almetals)$", 2),
        ],
    },
}

LAYOUT324: dict[str, dict] = {
    "h324-1": {
        "title": "南充保险行业协会保险消费投诉处理工作规范(2020版)",
        "skip": [r"^电 话:", r"^投诉电话:", r"^网 址:", r"^南充保险行业协会保险消费投诉处理工作规范\(2020版\)$"],
        "headings": [(r"^第[一二]章 (总则|投诉接收)$", 1)],
    },
    "h324-2": {
        "title": "长春市律师协会受理投诉告知书",
        "skip": [r"^长春市律师协会受理投诉告知书$", r"^时间:2018-11-24", r"^【字体"],
        "headings": [
            (r"^[一二三四]、(协会简介|接待投诉时间|接待投诉的地点|长春市律师协会接待投诉的范围)$", 1),
            (r"^\(二\)下列情况不属本会处理投诉的范围$", 2),
        ],
    },
    "h324-3": {
        "title": "受理和立案调查",
        "skip": [r"^受理和立案调查$", r"^出处:"],
        "headings": [],
    },
    "h324-4": {
        "title": "绍兴市律师协会关于成立维护律师执业权利中心和投诉受理查处中心的决定",
        "split": r"(?<=^绍市律协〔2017〕6号) (?=绍兴市律师协会)",
        "skip": [
            r"^回到首页 ",
            r"^用户名:$",
            r"^密 码:",
            r"^(理论调研|法律资讯|信息搜索)$",
            r"\.\.\.$",
            r"^通知锟斤拷",
            r"^绍兴市律师协会关于成立维护律师执业权利中心和投诉受理查处中心的决定$",
            r"^发表时间:",
        ],
        "headings": [(r"^二、维权中心和投诉中心人员组成$", 1), (r"^\([一二]\)(维权中心|投诉中心)组成人员$", 2)],
    },
    "h324-5": {
        "title": "Conciliation service",
        "english": True,
        "skip": [r"^Conciliation service$"],
        "bullet": r"^- ",
        "headings": [(r"^The scheme offers a conciliation service$", 1)],
    },
}

LAYOUT325: dict[str, dict] = {
    "h325-1": {
        "title": "服务条款",
        "headings": [],
    },
    "h325-2": {
        "title": "Customer Complaint Policy",
        "english": True,
        "skip": [r"^Customer Complaint Policy$"],
        "headings": [],
    },
    "h325-3": {
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (r"^What the Resolution Centre will (not )?investigate:$", 1),
            (r"^(Policies|Timeline|Resolution Panel)$", 1),
        ],
    },
    "h325-4": {
        "title": None,
        "english": True,
        "headings": [
            (r"^(Disciplinary Process|Appeals Process|Record Management|Disciplinary Actions)$", 1),
            (r"^(Receiving Complaints or Reports|How to Appeal|Review Timeline)$", 2),
            (r"^(Initial Screening|Investigation Panel|Investigation Process|Timeframe):$", 3),
        ],
    },
}

LAYOUT326: dict[str, dict] = {
    "h326-1": {
        "title": None,
        "skip": [r"^客户咨询和投诉的方式$"],
        "headings": [(r"^[一二三]、(客户咨询和投诉的方式|客户咨询和投诉的处理程序|其 他)$", 1)],
    },
    "h326-2": {
        "title": "售后服务制度",
        "skip": [r"^首页 > 售后服务制度售后服务制度$"],
        "headings": [(r"^[一二]、(总则|售后服务机构)$", 1)],
    },
    "h326-3": {
        "title": "直銷產品退換貨制度",
        "skip": [r"^直銷產品退換貨制度$"],
        "headings": [(r"^第[一二]章 (總 則|退換貨的受理范圍)$", 1), (r"^第[四五]條 (一般退換貨|質量問題退換貨)$", 2)],
    },
    "h326-4": {
        "title": "售后服务制度",
        "skip": [r"^售后服务制度$"],
        "sub": [
            (
                r"(?m)^(总公司地址|总公司电话|总公司传真|总公司网站|完美分公司地址及邮箱|完美专卖店/服务网点地址|呼叫系统\(客户服务热线\)|"
                r"退/换货服务热线|直销员服务质量监督热线及邮箱|服务网点的服务质量监督热线及邮箱)$",
                r"\1 |",
            ),
            (
                r"(?m)^(广东省中山市石岐区东明北路.*|0760-88701828\(共100条线\)|0760-88711603|www\.perfect99\.com|在完美公司网站可点击查询|"
                r"致电0760-88701828转专卖店管理部查询|4008701828|0760-88701828转退/换货小组)$",
                r"\1 |",
            ),
            (
                r"热线: 4008701828\n\n邮箱:\n\nperfect@perfect99\.com\n\n  fwb-zch@perfect99\.com\n  fwb-zxl@perfect99\.com",
                "热线: 4008701828 邮箱: perfect@perfect99.com fwb-zch@perfect99.com fwb-zxl@perfect99.com |",
            ),
            (r"0760-88701828转专卖店管理部\n邮箱:zmdts@perfect99\.com", "0760-88701828转专卖店管理部 邮箱:zmdts@perfect99.com |"),
            (r"\|\n\n(?=\S)", "|\n"),
        ],
        "bar_tables": {r"^总公司地址$": 2},
        "headings": [
            (r"^第[一二]章 +(售后服务的原则和对象|客户咨询和投诉的方式和处理程序)$", 1),
            (r"^[一二]、(客户咨询和投诉的方式:|客户咨询和投诉的处理程序 :)$", 2),
        ],
    },
    "h326-5": {
        "title": "Complaint Resolution",
        "english": True,
        "skip": [r"^Complaint Resolution$", r"^Complaint Form$"],
        "bullet": r"^- ",
        "headings": [
            (r"^(Step [12]|More resources:)$", 1),
            (r"^(Further suggestions:|What if the company is not a member of DSA\?)$", 2),
        ],
    },
}

LAYOUT327: dict[str, dict] = {
    "h327-1": {
        "title": "征信投诉办理规程",
        # the notice that sends the rules out (its addressees, text and signature) stays as ordinary paragraphs
        "skip": [r"^征信投诉办理规程$"],
        "headings": [(r"^第[一二]章 (总 则|材料接收与投诉受理)$", 1)],
    },
    "h327-2": {
        "title": "金融信用信息基礎數據庫個人征信異議處理業務規程",
        # the website's empty HTML lines and list marks, its title, time and author lines; the cover lines of the file
        "skip": [
            r"^• <em",
            r"^<",
            r"^1\.( <style.*)?$",
            r"^金融信用信息基礎數據庫個人征信異議處理業務規程$",
            r"^更新時間:",
            r"^2022年8月2日發$",
            r"^\(作者:",
            r"^金融信用信息基礎數據庫$",
            r"^個人征信異議處理業務規程$",
        ],
        "join": r"^(第[一二三四五六七八九十]+[條章]|附件)",
        "headings": [(r"^第[一二]章(總則|異議申請與確認)$", 1)],
    },
    "h327-3": {
        "title": "",  # the stored page has no title of its own
        "headings": [(r"^第[五六]章 (个人声明|档案管理)$", 1)],
    },
    "h327-4": {
        "title": "征信异议办理",
        "skip": [r"^征信异议办理$"],
        "headings": [
            (r"^[一二]、(个人|企业)异议业务办理$", 1),
            (r"^\([一二]\)(本人|代理他人|法定代表人|委托经办人)提交异议申请提供:$", 2),
        ],
    },
    "h327-5": {
        "title": "Complaints Procedure",
        "english": True,
        # the label "Address:" over the postal address (a paragraph may not open with the .txt header's word)
        "skip": [r"^Complaints Procedure$", r"^Address:$"],
        "headings": [
            (
                r"^(HOW TO MAKE A COMPLAINT|INFORMATION TO PROVIDE|HOW WE DEAL WITH YOUR COMPLAINT|OUR CONTACT DETAILS"
                r"|EXTERNAL APPEALS PROCESS)$",
                1,
            )
        ],
    },
    "h327-6": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Complaints$"],
        "headings": [(r"^[12]\. (The Debt Counsellors Trust Complaints Procedure|Procedure)$", 1)],
    },
}

LAYOUT328: dict[str, dict] = {
    "h328-1": {
        "title": "重慶高速公路集團(tuán)有限公司中渝營運(yùn)分公司服務(wù)區(qū)突發(fā)事件應(yīng)急預(yù)案",
        # the sharing site's chunk numbers 1、/2、 are not the document's; the chunks join at 第五條
        "sub": [(r"\n1、(?=重慶)", "\n"), (r"第五條\n\n2、", "第五條")],
        "split": "(?<="
        + re.escape("應(yīng)急預(yù)案")
        + ")(?="
        + re.escape("第一節(jié)")
        + "|"
        + re.escape("為預(yù)防")
        + ")|(?=第[一二三四五]條)",
        "skip": [
            r"_第\d頁$",
            r"^已閱讀",
            r"^下載本文檔$",
            "^" + re.escape("版權(quán)說明"),
            "^" + re.escape("文檔簡介") + "$",
            "^"
            + re.escape("重慶高速公路集團(tuán)有限公司中渝營運(yùn)分公司服務(wù)區(qū)突發(fā)事件應(yīng)急預(yù)案")
            + "$",
        ],
        "headings": [("^" + re.escape("第一節(jié)服務(wù)區(qū)交通事故應(yīng)急預(yù)案") + "$", 1)],
    },
    "h328-2": {
        "title": "舜河污水處理廠安全應急預案",
        "split": r"(?<=郭治偉、)(?=4、電力供應組)",
        "skip": [r"^第一篇:污水處理廠安全應急預案$", r"^舜河污水處理廠安全應急預案$"],
        "headings": [(r"^[一二]、事故處理領導組織(機構|職責):$", 1)],
    },
    "h328-3": {
        "title": "供排水突发事故应急预案操作手册",
        # the cover's and the flow chart's upright text, one character a line in the copy, is one line in Word;
        # the grading table is a table
        "sub": [
            (r"操\n作\n手\n册", "操作手册"),
            (r"现\n场\n指\n挥", "现场指挥"),
            (r"应\n急\n处\n置", "应急处置"),
            (r"级别\n代表\n颜色\n分级标准\n", "| 级别 | 代表颜色 | 分级标准 |\n"),
            (
                r"特别\n重大\n事故\n\(应急Ⅰ级\)\n红色\n((?:.+\n?)+)$",
                lambda m: "| 特别重大事故(应急Ⅰ级) | 红色 | " + m.group(1).replace("\n", "") + " |",
            ),
        ],
        "pipe_table": True,
        "skip": [r"^资源描述$", r"^供排水突发事故应急预案$", r"^操作手册$"],
        "headings": [(r"^水务集团有限公司应急处置流程图$", 1), (r"^城市供水事故分级标准$", 1)],
    },
    "h328-4": {
        "title": "排水突发事故应急预案",
        "sub": [(r"\n>5  应急响应", "\n5  应急响应"), (r"启\n\n动城市", "启动城市")],
        "skip": [
            r"^用户名:",
            r"^会员中心",
            r"^\| 网站首页",
            r"^相关文章$",
            r"^您现在的位置:",
            r"…$",
            r"^最新热门$",
            r"^排水突发事故应急预案$",
            r"^时间:2009-8-24",
        ],
        "headings": [(r"^5  应急响应$", 1), (r"^5\.\d  \S+$", 2), (r"^5\.3\.\d  \S+$", 3)],
    },
    "h328-5": {
        "title": "Our complaints procedure",
        "english": True,
        "skip": [r"^Live Updates arrow$", r"^Account Login$", r"^Our complaints procedure$"],
        "headings": [(r"^What happens when I (call|write to) you\?$", 1), (r"^Step \d:", 2)],
    },
}

LAYOUT329: dict[str, dict] = {
    "h329-1": {
        "title": "血液透析室突发事件应急预案",
        # the sharing site's text lost the punctuation; split only before the document's own numbering
        "split": r" (?=血透室 )| (?=[一二三](?:透析中|血液透析中))| (?=处理流程)"
        r"|(?=[1-6](?:在透析中|要将|机器故障|立刻改|寻找|立即打|关好邻近|尽量按|关闭电源|撤离时|事后))",
        "skip": [r"^已阅读", r"^版权说明", r"^文档简介$", r"^血液透析室突发事件应急预案$"],
        "headings": [(r"^[一二三](透析中|血液透析中)\S+应急预案$", 1)],
    },
    "h329-2": {
        "title": None,
        # the dotted page header/footer lines of the converted file are not the document's
        "sub": [(r"\. \. \. \.{10} ?", "\n")],
        "split": r"(?<=应急预案)(?=一、)|(?=[二三四]、)|(?=[1-6]、)",
        "headings": [(r"^\S+的应急预案$", 1), (r"^[一二三四]、\S{4}$", 2)],
    },
    "h329-3": {
        "title": "预防接种异常反应的应急预案",
        # the sharing site's chunk numbers 1、/2、 are not the document's; the chunks join inside 流程图
        "sub": [(r"\n1、(?=预防接种异常反应的应急预案1、)", "\n"), (r"流\n\n2、程图", "流程图")],
        "split": r"(?<=应急预案)(?=1、什么)|(?<=\?)(?=预防接种异常反应是|1\.发现)|(?<=。)(?=[2-6] \.)|(?=2、如何)"
        r"|(?<=观察。)(?=偿防)|(?<=tttt)(?=预防接种不良反应)",
        "skip": [
            r"^预防接种异常反应的应急预案\.docx",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^第\d页 / 共3页$",
            r"^亲,该文档总共",
            r"^资源描述$",
            r"^《预防接种异常反应的应急预案\.docx》",
            r"^预防接种异常反应的应急预案$",
        ],
        "headings": [(r"^[12]、(什么是|如何处理)预防接种异常反应\?$", 1)],
    },
    "h329-4": {
        "title": None,
        "strip": [r"【文章內\(nèi\)容簡\(jiǎn\)介】 "],
        "split": r"(?=[一二三四]、)|(?=\(一\))|(?=[12]、)",
        "skip": [r"^正文內\(nèi\)容$", r"^開展避災", r"^2024-11-23 03:49"],
        "headings": [
            (r"^二、應\(yīng\)急處置流程$", 1),
            (r"^四、嚴\(yán\)重預\(yù\)防接種異常反應\(yīng\)報\(bào\)告$", 1),
            (r"^\(一\)報\(bào\)告$", 2),
        ],
    },
    "h329-5": {
        "title": "Our patients feedback matters",
        "english": True,
        "skip": [r"^Skip to content$", r"^Our patients feedback matters$"],
        "headings": [
            (r"^Committed to highest standards of care and service$", 1),
            (r"^Patient experience surveys$", 1),
            (r"^Understanding the patient grievance process:$", 1),
            (r"^Established complaint procedures$", 2),
        ],
    },
}

LAYOUT330: dict[str, dict] = {
    "h330-1": {
        "title": "烟花爆竹零售经营户燃爆事故现场处置方案",
        # the page's two-column table (项目 / 主要内容): its left column is set as headings over the right column's
        # paragraphs; the column heads 项目 / 主要内容 are left out, and the labels broken over two lines are one line
        "sub": [(r"\n应急\n\n人员\n", "\n应急人员\n"), (r"\n职责\n\n分工\n", "\n职责分工\n")],
        "split": r"(?<=。)(?=[23](?:疏散|向有关))",
        "skip": [
            r"^• 无障碍\|$",
            r"^• 长辈版$",
            r"^荆州乡人民政府$",
            r"^您现在所在的位置:",
            r"^索引号:",
            r"^组配分类:",
            r"^发布机构:",
            r"^主题分类:",
            r"^名称:",
            r"^文号:$",
            r"^生成日期:",
            r"^发布日期:",
            r"^发布时间:",
            r"^烟花爆竹零售经营户燃爆事故现场处置方案$",
            r"^项目$",
            r"^主要内容$",
        ],
        "headings": [(r"^(事故风险分析|应急物资|应急人员|职责分工)$", 1)],
    },
    "h330-2": {
        "title": None,
        # one run-together paragraph: split before its three parts, the part's heading 一、 and the items (1)…(12);
        # the page numbers -1- and -2- are the copy's, not the text's
        "sub": [(r"^-1-", ""), (r"安全-2-管理", "安全管理")],
        "split": r"(?=岗位责任制\(1\)|应急救援处置方案一、|一、制定救援)|(?<=[;。:])(?=\(\d+\))"
        r"|(?<=安全管理制度)(?=\(1\))|(?<=岗位责任制)(?=\(1\))",
        "headings": [(r"^(安全管理制度|岗位责任制|应急救援处置方案)$", 1), (r"^一、制定救援处置方案的目的是:$", 2)],
    },
    "h330-3": {
        "title": "烟花爆竹零售专卖店应急处置方案",
        # the first piece's title runs into its first sentence; the site's date, editor, summary and preface are left out
        "split": r"(?<=应急处置方案篇一)(?=采取)",
        "skip": [
            r"^烟花爆竹零售专卖店应急处置方案\(5篇\)$",
            r"^时间:2024-11-18",
            r"^简介:",
            r"^为确保事情或工作顺利开展",
        ],
        "headings": [
            (r"^烟花爆竹零售专卖店应急处置方案篇一$", 1),
            (r"^[二三]、\S+$", 1),
            (r"^[12]、\S+的危险性$", 2),
        ],
    },
    "h330-4": {
        "title": "烟花爆竹仓库应急预案",
        # each numbered part's heading runs into its first sentence: split after the heading
        "split": r"(?<=适用范围)(?=烟花爆竹一旦)|(?<=的\.职责)(?=烟花爆竹事故)|(?<=商店负责人职责)(?=及时汇报)"
        r"|(?<=^4\.1事故报告)(?=为及时)|(?<=^4\.2现场保护)(?=事故发生后)",
        "skip": [
            r"^烟花爆竹仓库应急预案\(通用18篇\)$",
            r"^格式:DOC",
            r"^时间:2023-11-29",
            r"^广泛了解写总结时",
        ],
        "headings": [
            (r"^烟花爆竹仓库应急预案篇一$", 1),
            (r"^[1-4]、\S+$", 2),
            (r"^4\.[12]\S+$", 3),
        ],
    },
    "h330-5": {
        "title": "Returns Policy",
        "english": True,
        "skip": [r"^Returns Policy$", r"^----$"],
        "headings": [
            (r"^RETURNS & REFUNDS$", 1),
            (r"^Cancellation:$", 1),
            (r"^TERMS AND CONDITIONS OF SALE$", 1),
        ],
    },
}

LAYOUT331: dict[str, dict] = {
    "h331-1": {
        "title": "臺海網(wǎng)網(wǎng)站舉報工作管理制度",
        "skip": [
            r"^国产91在线视频观看",
            "^" + re.escape("您現(xiàn)在的位置"),
            "^" + re.escape("臺海網(wǎng)違法和不良信息舉報受理和處置管理辦法") + "$",
            r"^www\.8037eee\.com",
            "^" + re.escape("二維碼") + "$",
            "^" + re.escape("臺海網(wǎng)網(wǎng)站舉報工作管理制度") + "$",
        ],
        "headings": [],
    },
    "h331-2": {
        "title": "网站违法和不良信息举报受理与处置管理办法",
        "skip": [
            r"^当前位置:",
            r"^网站违法和不良信息举报受理与处置管理办法$",
            r"^来源:恩施州人民政府网",
            r"^字体:$",
        ],
        "headings": [(r"^五、按照以下程序处理举报投诉受理$", 1), (r"^\(一\)受理登记$", 2)],
    },
    "h331-3": {
        "title": None,
        "headings": [(r"^一、网络表演巡查监督管理制度$", 1), (r"^\([一二三四五六七]\)\S+$", 2)],
    },
    "h331-4": {
        "title": "管理制度",
        "skip": [r"^管理制度$"],
        "headings": [(r"^[一二]、\S+制度$", 1)],
    },
    "h331-5": {
        "title": None,
        "english": True,
        "headings": [(r"^(Flagging & Reporting|Appeals)$", 1), (r"^Reporting via (the Platform|Email|the API)$", 2)],
    },
}

LAYOUT332: dict[str, dict] = {
    "h332-1": {
        "title": "ETC车道应急处置预案",
        "strip": [r"(?m)^1、ETC车道应急处置预案", r"\n[23]、"],
        "sub": [(r"(?<=[\u4e00-\u9fff、]) +(?=[\u4e00-\u9fffA-Za-z])", ""), (r"(?<=[:;]) +(?=[\u4e00-\u9fff])", "")],
        "split": r"(?=一、组织机构)|(?<=一、组织机构)|(?=组长:站长)|(?=副组长:副站长)|(?=组员:班长)|(?=二、工作职责)|"
        r"(?<=二、工作职责)|(?=副组长负责)|(?=组员:负责)|(?=三、响应层级和响应时间)|(?<=三、响应层级和响应时间)|"
        r"(?=\(二\)响应层级)|(?=三级响应:)|(?=二级:)|(?=一级响应:)",
        "skip": [r"^下载本文档$", r"^版权说明:", r"^文档简介$"],
        "headings": [(r"^(一、组织机构|二、工作职责|三、响应层级和响应时间)$", 1)],
    },
    "h332-2": {
        "title": "Complaints and Appeals Procedure",
        "english": True,
        "strip": [r"^Complaints and Appeals Procedure\n"],
        "headings": [
            (r"^(Customer Complaints and Unpaid Toll Charge Notice \(UTCN\) Appeals|Complaints and Appeals Procedure)$", 1)
        ],
    },
    "h332-3": {
        "title": "Complaints Process",
        "english": True,
        "skip": [r"^Complaints Process$", r"^Click here$"],
        "headings": [
            (r"^Stage [123]: (Initial Complaint|Manager Escalation|Formal Resolution)$", 1),
            (r"^(Continuous Improvement Commitments|Complaints via Phone|Appeals Process)$", 1),
        ],
    },
    "h332-4": {
        "title": "Process",
        "english": True,
        "headings": [(r"^(Important Steps|The TCO decisions are binding on tolling operators)$", 1)],
    },
}

LAYOUT333: dict[str, dict] = {
    "h333-1": {
        "title": "养蛇场动物疫情报告制度",
        "skip": [
            r"^推广 热搜:$",
            r"^养蛇场动物疫情报告制度$",
            r"^2012-12-06 湖南省巨龙蛇场",
            r"^核心提示:",
            r"^该制度由湖南省巨龙蛇场",
            r"^反对 0举报",
        ],
        "split": r"(?<=^二、疫情报告程序:)|(?<=^三、疫情报告形式:)|(?<=^四、疫情报告内容:)|(?<=^五、疫情发布:)",
        "headings": [(r"^(一、应急准备|二、疫情报告程序:|三、疫情报告形式:|四、疫情报告内容:|五、疫情发布:)$", 1)],
    },
    "h333-2": {
        "title": "食品安全事故應急演習方案",
        "skip": [r"^下載本文檔$", r"^版權說明:", r"^文檔簡介$", r"^食品安全事故應急演習方案$"],
        "headings": [
            (r"^[1-4]、(目旳:|根據\(jù\):|演習組織領導小組:|信息監\(jiān\)測和溝通預警)", 1),
            (r"^4\.[12](突發食品安全事故通過:|事故等級預估:)$", 2),
        ],
    },
    "h333-3": {
        "title": "动 物 疫 情 报 告 制 度",
        "stop": r"^- 5 -$",
        "skip": [r"^动物防疫制度\(5\)$", r"^时间:", r"^养殖小区用较为规范的制度$", r"^动 物 疫 情 报 告 制 度$"],
        "headings": [],
    },
    "h333-4": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [(r"^[123]\. (Introduction|Aims and objectives|Policy statement)$", 1)],
    },
    "h333-5": {
        "title": "Customer Service Policy",
        "english": True,
        "bullet": r"^(?=(?:Greeting|Listening|Communicating|Providing follow-through|Serving|Respecting) )",
        "headings": [(r"^(Policy Statement|Response Standards)$", 1)],
    },
}

LAYOUT334: dict[str, dict] = {
    "h334-1": {
        "title": "浙江工商大学计算中心教学期间意外停电事件的 处理预案",
        "skip": [
            r"^浙江工商大学计算中心教学期间意外停电事件的 处理预案$",
            r"^发布者:",
            r"^浙江工商大学 数字化办公室-版权所有",
        ],
        "headings": [(r"^三、意外停电事件发生后计算中心的工作流程$", 1)],
    },
    "h334-2": {
        "title": "系统运行的(系统瘫痪)相应的应急预案",
        "strip": [r"(?m)^1、系统运行的\(系统瘫痪\)相应的应急预案 ", r"\n[23]、"],
        "split": r"(?=一、“信息系统应急预案”领导小组)| (?=组 长:)| (?=副组长:)|(?=成 员:)|(?=二、成立技术保障组)|"
        r" (?=由软件开发公司)| (?=二、“信息系统应急预案”总则)| (?=“信息系统应急预案”(?:启动条件|实施责任制))|"
        r" (?=\(\d\) )| (?=一旦发生)",
        "skip": [r"^信息系统\(系统瘫痪\)应急预案\.doc$", r"^《信息系统\(系统瘫痪\)应急预案\.doc》由会员分享"],
        "headings": [
            (r"^(一、“信息系统应急预案”领导小组|二、成立技术保障组|二、“信息系统应急预案”总则)$", 1),
            (r"^“信息系统应急预案”(启动条件|实施责任制):$", 2),
        ],
    },
    "h334-3": {
        "title": "网络故障应急预案",
        "strip": [r"^专业资料 w ord 完美格式 网络故障应急预案 ", r"专业资料 w ord 完美格式 "],
        "sub": [(r"(?<=[\u4e00-\u9fff、;:]) +(?=[\u4e00-\u9fff、;:。])", "")],
        "split": r"(?=[一二三]、网络)|(?<=一、网络故障的定义)|(?<=二、网络故障的判断)|(?<=三、网络整体故障的处理)|"
        r"(?=现根据故障严重程度)|(?=[一二三]类故障:)|(?=根据故障严重性)|(?=\(1\)30)",
        "headings": [(r"^(一、网络故障的定义|二、网络故障的判断|三、网络整体故障的处理)$", 1)],
    },
    "h334-4": {
        "title": "UPS电力系统应急预案",
        "skip": [r"^UPS电力系统应急预案$"],
        "headings": [(r"^[一二三四]、\S+$", 1), (r"^\([一二]\)\S+$", 2)],
    },
    "h334-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$", r"^Service Agreements$"],
        "headings": [
            (r"^[1-4]\. (Our Complaints Procedure is not Support|Our Promise to You|Starting your Complaint|Our Re)$", 1)
        ],
    },
}

LAYOUT335: dict[str, dict] = {
    "h335-1": {
        "title": None,
        "split": r"(?<=^有效的監察)|(?<=^建議及意見)",
        "headings": [(r"^(有效的監察|建議及意見)$", 1)],
    },
    "h335-2": {
        "title": "Complaint Procedure",
        "english": True,
        "skip": [r"^Complaint Procedure$"],
        "headings": [
            (r"^[1-7]\. (Informal Resolution|Formal Complaint|Investigation|Resolution|Outcome|Appeal|External bodies):$", 1)
        ],
    },
    "h335-3": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Cookie policy$", r"^By clicking on or navigating the site", r"^Complaints procedure$"],
        "headings": [
            (r"^Procedures$", 1),
            (r"^What we’d like you to do if a student has a complaint about your service$", 2),
        ],
    },
    "h335-4": {
        "title": "Recruitment Partner, Educational Advisor and Agent Complaints Process",
        "english": True,
        "skip": [r"^Recruitment Partner, Educational Advisor and Agent Complaints Process$"],
        "headings": [
            (r"^(What might a student wish to submit a complaint about\?|What is the University’s complaint process\?)$", 1)
        ],
    },
}

LAYOUT336: dict[str, dict] = {
    "h336-1": {
        "title": "湖北省婚姻登记工作应急预案",
        "skip": [
            r"^(拼音|辅助浏览|轻松阅读|读屏|视图|放大|缩小|配色|页面原始配色|大鼠标|辅助线|显示屏|声音|指读|连读|减速|加速|音量)$",
            r"^(增加音量|减小音量|后退|前进|全屏|刷新|退出|帮助|换肤|打印)$",
            r"^(白底黑字蓝链接|蓝底黄字白链接|黄底黑字蓝链接|黑底黄字白链接)$",
            r"^• (发布时间|信息来源|编辑|审核):",
            r"^湖北省婚姻登记工作应急预案$",
        ],
        "strip": [r"(?m)^关于印发《湖北省婚姻登记工作应急预案》的通知\n(?=  • 发布时间)"],
        "headings": [
            (r"^关于印发《湖北省婚姻登记工作应急预案》的通知$", 2),
            (r"^[一二三]、(适用范围|工作原则|组织领导和人员职责)$", 1),
            (r"^\(一\)婚姻登记工作应急领导小组$", 2),
        ],
    },
    "h336-2": {
        "title": "回報",
        "skip": [r"^(top|bottom) of page$", r"^回報$", r"^上傳檔案$"],
    },
    "h336-3": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Complaints$"],
    },
    "h336-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^8\. COMPLAINTS, DISCIPLINE AND APPEALS$", 1)],
    },
    "h336-5": {
        "title": "Complaints and Appeals",
        "english": True,
        "skip": [r"^Complaints and Appeals$"],
    },
}

LAYOUT337: dict[str, dict] = {
    "h337-1": {
        "title": None,
        "split": r"(?<=^关于零售:)|(?=关于发货:)|(?<=关于发货:)|(?<=。) (?=退换货:)|(?<=退换货:) |(?<=。) (?=关于售后 )|"
        r"(?<=关于售后) |(?<=。) (?=质量问题)|(?<=。) (?=产品质量:)|(?<=产品质量:)|(?<=。) (?=以上条款|如有异议)",
        "headings": [(r"^(关于零售:|关于发货:|退换货:|关于售后|产品质量:)$", 1)],
    },
    "h337-2": {
        "title": "Return and Refund Policy",
        "english": True,
        "skip": [r"^Return and Refund Policy$"],
        "headings": [
            (
                r"^[1-5]\. (Order Modifications and Cancellations|Defective Item Policy|Customer Remorse Returns|"
                r"Refund Processing|Shipping Address Errors)$",
                1,
            ),
            (
                r"^[235]\.[1-3] (Eligibility Criteria|Claim Process|Resolution|Eligibility|Process|Ineligible Items|"
                r"Customer-Provided Incorrect Address)$",
                2,
            ),
        ],
    },
    "h337-3": {
        "title": None,
        "english": True,
        "headings": [(r"^(ONLINE RETURNS & EXCHANGE PROCEDURES|UNWANTED ITEMS|FAULTY OR DAMAGED ITEMS)$", 1)],
    },
    "h337-4": {
        "title": None,
        "english": True,
        "headings": [(r"^(DAMAGED OR INCORRECT ITEMS ON DELIVERY|UNWANTED Products|FAULTY Products)$", 1)],
    },
}

LAYOUT338: dict[str, dict] = {
    "h338-1": {
        "title": "食材配送应急预案预防措施",
        "skip": [r"^食材配送应急预案预防措施$", r"^【免责声明:"],
        "headings": [
            (r"^(预防措施:|蔬菜配送应急处理程序)$", 1),
            (r"^[12]、(预防为主,常抓不懈|统一领导,分级负责):$", 2),
        ],
    },
    "h338-2": {
        "title": "和橙售後細則",
        "skip": [r"^scroll down$", r"^售後品質$", r"^和橙售後細則$"],
        "headings": [(r"^關於(退換貨與理賠事宜|收貨|儲存|重量|退貨|口感)$", 1)],
    },
    "h338-3": {
        "title": "售后标准",
        "skip": [r"^【联系我时,请说是在一亩田上看到的】$"],
    },
    "h338-4": {
        "title": "退換貨政策",
        "skip": [r"^退換貨政策$"],
        "headings": [(r"^[一二三四五]、(商品鑑賞期|退貨須知|退款說明|換貨須知|換貨/退款流程)$", 1)],
    },
    "h338-5": {
        "title": "How can I request a credit/refund?",
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (r"^Inspect and reject at the time of delivery \(Point of contact: driver\)$", 1),
            (r"^Request credit after the delivery has been completed \(Point of contact: customer service\)$", 1),
        ],
    },
}

LAYOUT339: dict[str, dict] = {
    "h339-1": {
        "title": "电动自行车用户投诉处理制度",
        "skip": [
            r"^电动自行车用户投诉处理制度_第\d页$",
            r"^全文预览已结束$",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^电动自行车用户投诉处理制度$",
        ],
        "split": r"(?<=^电动自行车用户投诉处理制度)(?=第一章)|(?=第[二三四五]章)|"
        r"(?<=第一章总则)|(?<=第二章适用范围)|(?<=第三章投诉受理)|(?<=第四章投诉分类与分级)|(?=[1-4]\.(?:产品|售后|充电|交通))",
        "headings": [(r"^第[一二三四五]章", 1)],
    },
    "h339-2": {
        "title": None,
        "headings": [(r"^(一、服务周期及说明|二、服务保证:)$", 1)],
    },
    "h339-3": {
        "title": "售后服务",
        "skip": [
            r"^产品分类$",
            r"^(特鲁夫老年代步车|汉唐电动汽车|鸿日电动汽车|明爵电动车|金中刚三元锂电|鑫能皮卡)$",
            r"^售后服务$",
        ],
        "headings": [(r"^[一二三四]、\S+$", 1)],
    },
    "h339-4": {
        "title": "Complaints & Vulnerable Customer Policy",
        "english": True,
        "skip": [
            r"^To improve your shopping experience",
            r"^I Accept Cookies$",
            r"^Complaints & Vulnerable Customer Policy$",
        ],
        "headings": [
            (r"^Complaints Policy$", 1),
            (r"^What is a complaint\?$", 3),
            (
                r"^[1-4]\. (Introduction & What Is a Complaint\?|How to Make a Complaint|What We Will Do|Outcomes – What We Can Do)$",
                2,
            ),
        ],
    },
    "h339-5": {
        "title": "Returns policy",
        "english": True,
        "skip": [r"^Returns policy$"],
        "split": r" (?=Card Refunds |Custom Orders |Used eBike returns |30 Day Right of Return )|"
        r"(?<=Card Refunds) (?=Refunds)|(?<=Custom Orders) (?=Custom,)|(?<=Used eBike returns) (?=We don't)|"
        r"(?<=^Customer Complaints Policy) |(?<=30 Day Right of Return) (?=Under)",
        "headings": [
            (
                r"^(Cancellations and Exchanges|Card Refunds|Custom Orders|Used eBike returns|Customer Complaints Policy|"
                r"30 Day Right of Return)$",
                1,
            )
        ],
    },
}

LAYOUT340: dict[str, dict] = {
    "h340-1": {
        "title": "闽兴吸塑厂消费者投诉受理制度",
        "skip": [
            r"^您好,欢迎访问上海闽兴包装材料有限公司!$",
            r"^上海吸塑包装厂家-",
            r"^当前位置:",
            r"^吸塑知识$",
            r"^闽兴吸塑厂消费者投诉受理制度$",
            r"^发布时间:",
        ],
        "headings": [
            (r"^[1-7]  (目的|定义|管理部门|适用范围|管理原则|投诉分类|投诉处理)$", 1),
            (r"^7\.1  服务质量投诉$", 2),
        ],
    },
    "h340-2": {
        "title": "售后服务说明",
        "skip": [r"^腾印通-包装盒印刷_", r"^全部分类$", r"^全部印品分类$", r"^售后服务说明$"],
        # the complaint form the text gives (“客诉表格如下”): the stored text keeps only its cells' words
        "sub": [(r"(?m)^(客诉描述|发生时间、地点、单号等详细情况|投诉目的、.*|证据收集、.*)$", r"| \1 |")],
        "pipe_table": True,
        "headings": [(r"^腾印通印刷客服投诉流程及相关常识$", 1), (r"^一、客服投诉流程$", 2)],
    },
    "h340-3": {
        "title": None,
        "skip": [r"^发111布日期:"],
        "bullet": r"^\* ",
        "headings": [(r"^5\. 处理类型:$", 1)],
    },
    "h340-4": {
        "title": "客戶服務管理",
        "skip": [r"^客戶服務管理$", r"^(Customer|Service|Management)$"],
        "headings": [
            (r"^(客戶異議處理流程|客戶滿意度)$", 1),
            (r"^(接受客戶異議處理原則|客戶異議處理期限)$", 2),
        ],
    },
    "h340-5": {
        "title": None,
        "english": True,
        # the page's version table, which the stored text gives as two lines of words
        "sub": [
            (
                r"^Version Date published Comments\n1\.0 2018-05-25 *\n",
                "| Version | Date published | Comments |\n| 1.0 | 2018-05-25 | |\n",
            )
        ],
        "pipe_table": True,
        "headings": [
            (r"^(What is a complaint|Making a complaint)$", 1),
            (r"^(Customer services|Department Manager)$", 2),
        ],
    },
}

LAYOUT341: dict[str, dict] = {
    "h341-1": {
        "title": None,
        # the post runs its items together: split only before its own numbers and its sentences on time, way and flow
        "split": r" (?=[1-8]、)| (?=投诉方式包括:|投诉流程:)",
        "headings": [(r"^权力义务:$", 1)],
    },
    "h341-2": {
        "title": None,
        "english": True,
        # the contact list stays as typed lines ("- Address: ..."), so its "Address:" is not taken for the .txt's header
        "bullet": r"^- (?!(Telephone|Email|Address): )",
        "headings": [(r"^Should an? (course student|assessment candidate) wish to make a complaint, s/he( must)?:$", 1)],
    },
    "h341-3": {
        "title": "Handling Complaints",
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (r"^(Why It Matters|The Adventure Camps Approach|Complaints Protocol|Golden Rules for Staff) #$", 1),
            (r"^Step [1-5]: .* #$", 2),
        ],
    },
    "h341-4": {
        "title": None,
        "english": True,
        "headings": [(r"^Stage 1: Resolving the issue informally$", 1)],
    },
}

LAYOUT342: dict[str, dict] = {
    "h342-1": {
        "title": "2020 超级马术俱乐部联赛丨 新冠疫情防控预案",
        "skip": [
            r"^中文English$",
            r"^首页 / 资讯动态$",
            r"^2020 超级马术俱乐部联赛丨 新冠疫情防控预案$",
            r"^类别:资讯动态来源:",
        ],
        "headings": [(r"^一、参赛报名阶段$", 1)],
    },
    "h342-2": {
        "title": None,
        "english": True,
        "headings": [(r"^[1-6]\. [A-Z]", 1)],
    },
    "h342-3": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "bullet": r"^· +",
        "headings": [
            (r"^(Values and principles:|How to make a complaint:|How will the complaint be investigated\.)$", 1),
        ],
    },
    "h342-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^(How to make a complaint|Our commitment|Contact details)$", 1)],
    },
}

LAYOUT343: dict[str, dict] = {
    "h343-1": {
        "title": "Complaints",
        "english": True,
        # the items are stored as "- 1)" ... "- 4)": the numbering is typed in, the dash is the page's list mark
        # the table of who deals with which complaint: its rows as "| cell | cell | cell |" (the last row has two cells
        # in the stored text, its empty email cell added)
        "sub": [
            (r"(?m)^- (?=\d\) )", ""),
            (r"(?m)^All others \| Commodore \|$", "| All others | Commodore | |"),
            (r"(?m)^(?=[^|\n]+ \| [^\n]*\|$)", "| "),
        ],
        "pipe_table": True,
        "skip": [r"^Complaints$", r"^Last updated "],
        "headings": [(r"^(Purpose|Procedure)$", 1)],
    },
    "h343-2": {
        "title": "Cody Sailing Club Complaints Policy",
        "english": True,
        "skip": [r"^Cody Sailing Club Complaints Policy$"],
        "headings": [
            (
                r"^(How to make a complaint|How the complaint will be investigated|When the process will apply"
                r"|Timelines confirming progress updates|Confidentiality|Links to other policies"
                r"|Outlines of potential outcomes|Appeals process)$",
                1,
            )
        ],
    },
    "h343-3": {
        "title": "Dispute Resolution",
        "english": True,
        # item 2.b is broken over two lines in the stored text: one space, as the sentence has it
        "rejoin": [r"(?<=The Racing Rules of Sailing)\n(?=and Sail Canada)"],
        "skip": [r"^Dispute Resolution$"],
        "headings": [(r"^(Purpose|Principles|Scope|Timing)$", 1)],
    },
}

LAYOUT344: dict[str, dict] = {
    "h344-1": {
        "title": "运动健康类商品售后服务细则(自营)",
        "skip": [
            r"^海南 切换城市$",
            r"^请选择您所在的城市:$",
            r"^热门$",
            r"^城市$",
            r"^客服热线$",
            r"^0898-32020327$",
            r"^帮助中心$",
            r"^运动健康类商品售后服务细则\(自营\)$",
        ],
        "headings": [(r"^(退换货时限:|退换货原因:|售后流程:|注意事项:)$", 1)],
    },
    "h344-2": {
        "title": "Outdoor Swimming Society Complaints Procedure",
        "english": True,
        "skip": [r"^Outdoor Swimming Society Complaints Procedure$"],
        "headings": [(r"^(How to complain|What will happen next\?)$", 1)],
    },
    "h344-3": {
        "title": "Customer Care Policy",
        "english": True,
        # the page's table of stages (“The table below indicates the stages”), which the stored text gives as lines
        "sub": [(r"(?m)^(Person dealing with complaint:|Stage [123] [-–] .*)$", r"| \1 |")],
        "pipe_table": True,
        "headings": [(r"^Notes:$", 1)],
    },
    "h344-4": {
        "title": "complaints & Corrections",
        "english": True,
        "skip": [r"^top of page$", r"^complaints & Corrections$"],
        "headings": [(r"^Complaints Handling Procedure$", 1)],
    },
}

LAYOUT345: dict[str, dict] = {
    "h345-1": {
        "title": "損壞理賠制度",
        "skip": [r"^損壞理賠制度 - 1417Moving 全方位整理師團隊$", r"^損壞理賠制度$"],
        "headings": [(r"^(前言|Preface)$", 1), (r"^(第一條 損壞通知期限|Article 1: Notification Period for Damage)$", 1)],
    },
    "h345-2": {
        "title": "國民的理賠承諾",
        "skip": [r"^國民的理賠承諾$"],
        "sub": [(r"(?<=現場工作人員,)\n(?=以便協助鑑定理賠事宜。)", "")],
        "bullet": r"^→",
        "headings": [(r"^(國民的承諾:|責任歸屬|理賠原則|修繕原則|無賠除外事項)$", 1)],
    },
    "h345-3": {
        "title": "Westminster Movers Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$", r"^Westminster Movers Complaints Procedure$"],
        "headings": [
            (r"^(Purpose of this Complaints Procedure|What We Class As A Complaint|How To Make A Complaint)$", 1),
        ],
    },
    "h345-4": {
        "title": "Waterloo Movers Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$", r"^Waterloo Movers Complaints Procedure$"],
        "headings": [(r"^(Purpose and Scope|How to Make a Complaint|Stage One: Initial Complaint Handling)$", 1)],
    },
    "h345-5": {
        "title": "Complaints Procedure for Westminster House Clearance",
        "english": True,
        "skip": [r"^Complaints Procedure for Westminster House Clearance$"],
        "bullet": r"^- ",
        "headings": [(r"^(How to Make a Complaint and Initial Response|Investigation, Timescales and Remedies)$", 1)],
    },
}

LAYOUT346: dict[str, dict] = {
    "h346-1": {
        "title": "工程技术学院自动售货机管理制度",
        # no headings of its own: eight numbered items, each a paragraph with its number typed in
        "skip": [r"^加入收藏 \| 学校主页$", r"^工程技术学院自动售货机管理制度$", r"^作者:"],
        "headings": [],
    },
    "h346-2": {
        "title": "关于印发《金安区政务服务中心7*24小时政务服务自助大厅设备运行管理办法(试行)》的通知",
        "skip": [r"^关于印发《", r"^文件下载$", r"^标签:$"],
        "headings": [(r"^金安区政务服务中心7\*24小时政务服务自助大厅设备运行管理办法\(试行\)$", 1)],
    },
    "h346-3": {
        "title": None,  # the stored copy has no title of the notice; the rules' own title is their heading
        "headings": [(r"^娄桥街道便民服务中心24小时政务服务自助区运行管理制度$", 1)],
    },
    "h346-4": {
        "title": "有問題·幫您解決",
        # each case's steps run on in one line: split only before “※應對步驟” and before the steps' own numbers
        "split": r" (?=※應對步驟)| (?=[1-9]\.(?!\d))",
        "skip": [r"^top of page$", r"^有問題·幫您解決$"],
        "headings": [
            (r"^(服務優勢|客服處理SOP流程)$", 1),
            (r"^[12]\.(客訴與理賠|會員儲值與點數問題)$", 2),
            (r"^[12]-00[1-3]$", 3),
        ],
    },
    "h346-5": {
        "title": None,  # this stored copy begins with the first paragraph; the page's heading is in the other copy
        "english": True,
        "bullet": r"^- ",
        "headings": [(r"^[1-3]\. [A-Z]", 1)],
    },
}

LAYOUT347: dict[str, dict] = {
    "h347-1": {
        # the stored text has no title of its own: the page's section name, as the text has it (with its pinyin)
        "title": "售后服務(wù)",
        "skip": [r"^售后服務\(wù\) 輪胎小常識 "],
    },
    "h347-2": {
        "title": "玲瓏邦馳載重子午線輪胎售后理賠政策",
        # the sharing site's "1、" "2、" "3、" before each preview chunk, which cut "高速公 路專|用”產品" and "可以|按雙病"
        "strip": [r"(?m)^1、(?=玲瓏邦馳)", r"\n2、(?=用”產品)", r"\n3、(?=按雙病)"],
        # the copy runs the policy into one paragraph: split before its own numbering and after each heading
        "split": (
            r"(?=[一二三]、)|(?<=理賠范圍;)|(?<=理賠標準;)|(?<=照顧理賠;)|(?<=[。;])(?=\d、)"
            r"|(?<!、)(?=\(\d\))|(?=注:)"
        ),
        "skip": [r"^下載本文檔$", r"^版權說明:", r"^文檔簡介$", r"^玲瓏邦馳載重子午線輪胎售后理賠政策$"],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h347-3": {
        "title": "服務條款",
        "skip": [r"^top of page$", r"^Yusan_team\.jpg$", r"^服務條款$"],
        "headings": [(r"^條款及細則$", 1)],
    },
    "h347-4": {
        "title": "Service and Complaints Policy",
        "english": True,
        "skip": [r"^Service and Complaints Policy$"],
        "headings": [(r"^(Courtesy and respect|How to make a complaint|Reasonable adjustments|Payment Policy)$", 1)],
    },
    "h347-5": {
        "title": "Complaints Handling Policy",
        "english": True,
        "skip": [r"^Complaints Handling Policy$"],
        "headings": [
            (
                r"^(Complaints Handling System|Complaints Handling Procedure|Contact"
                r"|Critical Analysis and Continuous Improvement)$",
                1,
            ),
            (
                r"^(Customer Commitment|Analysis and Action|Response Deadlines|Recording and Monitoring"
                r"|Responsible Team|Means of Communication):$",
                2,
            ),
        ],
    },
}

LAYOUT348: dict[str, dict] = {
    "h348-1": {
        "title": "2021年秋季小学课后服务安全应急预案",
        "skip": [r"_第\d页$", r"^全文预览已结束$", r"^下载本文档$", r"^版权说明:", r"^文档简介$"],
        "strip": [r"(?m)^1、2021年秋季小学课后服务安全应急预案(?=为满足)"],
        "sub": [(r"(?<=1\. 年级)\n\n2、(?=组长负责)", "")],
        "split": r"(?=一、组织机构)|(?<=一、组织机构)|(?=副组长:)|(?=组员:)|(?=\([一二三四]\))|(?<=职责)(?=1\.)|(?<=。)(?=[2-4]\.)",
        "headings": [(r"^一、组织机构$", 1), (r"^\([一二三四]\)", 2)],
    },
    "h348-2": {
        "title": "學(xué)生課后服務(wù)意外傷害事件應(yīng)急處理機(jī)制",
        "skip": [r"^下載本文檔$", r"^版權\(quán\)說明:", r"^文檔簡介$"],
        "strip": [r"(?m)^學\(xué\)生課后服務\(wù\)意外傷害事件應\(yīng\)急處理機\(jī\)制(?=依據)"],
        "split": r"(?=[一二]、)|(?<=主要方面:)|(?=\([一二]\))|(?<=判定:)|(?<=程序:)|(?<=。)(?=\d[、.])",
        "headings": [(r"^[一二]、", 1), (r"^\([一二]\)", 2)],
    },
    "h348-3": {
        "title": "小學課後延時服務安全預案",
        "skip": [r"^查文庫>應急預案> ", r"^小學課後延時服務安全預案( 篇1)?$"],
        "headings": [(r"^[一二]、", 1)],
    },
    "h348-4": {
        "title": "Complaints & Claims",
        "english": True,
        "skip": [r"^Complaints & Claims$"],
        "headings": [
            (r"^(How you can complain|Important Notes:)$", 1),
            (r"^Stage [123] – ", 2),
        ],
    },
    "h348-5": {
        "title": "Feedback & Complaints",
        "english": True,
        "skip": [r"^Hi, this website uses essential cookies", r"^Feedback & Complaints$"],
    },
}

LAYOUT349: dict[str, dict] = {
    "h349-1": {
        "title": "营山县2016“迎春杯”象棋大赛安全预案",
        "skip": [r"^营山县2016“迎春杯”象棋大赛安全预案$"],
        "sub": [
            (r" (?=[一二三四五六七八九]、)", "\n"),
            (r" (?=\d、)", "\n"),
            (r" (?=组长:|成员:|具体职责:)", "\n"),
            (r"(?m)^([一二三四五六七八九]、[^:\n]+:)", "\\1\n"),
        ],
        "headings": [(r"^[一二三四五六七八九]、", 1)],
    },
    "h349-2": {
        "title": "Customer Complaints Procedure",
        "english": True,
        "skip": [r"^Customer Complaints Procedure$"],
        "headings": [(r"^“.*”$", 1), (r"^“What can I do if I am dissatisfi$", 1)],
    },
    "h349-3": {
        "title": "Complaints and Disputes Policy",
        "english": True,
        "skip": [r"^Complaints and Disputes Policy$"],
        # a line break inside the sentence, and the ADR entity's address on the line after its name
        "rejoin": [r" \n(?=IBAS \()", r"\n(?=Address: PO Box)"],
        "headings": [
            (r"^Handling Customer Complaints and Disputes$", 1),
            (r"^Stage [123]: ", 2),
            (r"^(Acknowledgment|Assessment)$", 3),
        ],
    },
    "h349-4": {
        "title": "Complaints and Disputes Policy",
        "english": True,
        "skip": [r"^Complaints and Disputes Policy$"],
        "headings": [(r"^(Gaming Disputes Procedure|Independent Betting Adjudication Service)$", 1)],
    },
}

LAYOUT350: dict[str, dict] = {
    "h350-1": {
        "title": "Complaints Policy",
        "english": True,
        "bullet": r"^- ",
        "headings": [(r"^[1-4]\. (Purpose|Scope|Complaints Process|Complaints Register)$", 1), (r"^Purpose$", 2)],
    },
    "h350-2": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^This is what (you should do|Tortworth Forest Centre CIC will do):$", 1)],
    },
    "h350-3": {
        "title": "Plant Heritage Complaints Policy",
        "english": True,
        "skip": [r"^Plant Heritage Complaints Policy$"],
        "headings": [(r"^Formal Complaint$", 1)],
    },
}

LAYOUT351: dict[str, dict] = {
    "h351-1": {
        "title": "厦门高崎渔港防台风应急预案",
        "skip": [r"^现在的位置:", r"^厦门高崎渔港防台风应急预案$", r"^发布时间:2011-12-05"],
        "headings": [(r"^\d\. ", 1), (r"^1\.[12] 编制", 2)],
    },
    "h351-2": {
        "title": "街道渔业防台工作预案",
        "skip": [
            r"^欢迎来到天天文库$",
            r"^浏览记录$",
            r"^ID:31573068$",
            r"^大小:",
            r"^页数:",
            r"^时间:2019-01-13$",
            r"^《街道渔业防台工作预案》由会员上传分享",
        ],
        "strip": [r"(?m)^1、街道渔业防台工作预案(?=为切实)", r"第8页共8页"],
        "sub": [(r"(?<=遇强台风正)\n2、(?=面袭击时)", ""), (r"(?<=为核心)\n3、(?=的海洋渔业)", "")],
        "split": r"(?=[一二三]、)|(?<=基本情况)|(?<=工作目标和重点)|(?<=三、工作职责)|(?<=为:)(?=\(一\))|(?<=。)(?=\(二\))"
        r"|(?<=街道办事处职责:)|(?<=。)(?=[12]、)",
        "headings": [(r"^[一二三]、", 1), (r"^\(一\)街道办事处职责:$", 2)],
    },
    "h351-3": {
        "title": "Making a Complaint to the SFPA",
        "english": True,
        "skip": [r"^Home  /  What We Do", r"^IN THIS SECTION$", r"^Making a Complaint to the SFPA$"],
    },
    "h351-4": {
        "title": "5. Complaints and Appeals Procedure",
        "english": True,
        "skip": [r"^We have a new website go to gov\.scot$", r"^5\. Complaints and Appeals Procedure$"],
        "headings": [(r"^Complaints Procedure$", 1), (r"^Stage (One|Two) –$", 2)],
    },
    "h351-5": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [(r"^WHO IS YOUR COMPLAINT AGAINST$", 1), (r"^HOW TO MAKE A COMPLAINT$", 1)],
    },
}

LAYOUT352: dict[str, dict] = {
    "h352-1": {
        "title": "混凝土搅拌站环保应急预案",
        "skip": [r"^郑州国家大学科技园东区 3#楼$", r"^混凝土搅拌站环保应急预案$"],
        "join": r"^(组长|副组长|组 员|领导小组办公室|[①②③④⑤⑥⑦⑧⑨])",
        "headings": [(r"^人员组成$", 1), (r"^[一二三四五六七八九十]、", 1)],
    },
    "h352-2": {
        "title": "砖厂应急预案",
        "skip": [r"^砖厂应急预案$", r"^索  引 号:", r"^发布机构:", r"^标       题:", r"^文       号:"],
        "headings": [
            (r"^第一章 ", 1),
            (r"^1、总则$", 2),
            (r"^1\.\d(\.\d)?[^\d.、]", 3),
        ],
    },
    "h352-3": {
        "title": "Complaints Procedure",
        "english": True,
        "headings": [(r"^Complaints Process$", 1)],
    },
    "h352-4": {
        "title": "Complaints Policy",
        "english": True,
        "bullet": r"^– ",
        "headings": [(r"^Step [1-4] – ", 1)],
    },
    "h352-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "rejoin": [r"(?<=employees of)\n(?=Beach View Glass Ltd \.)"],
        "headings": [(r"^[1-3]\. (Introduction|Aim|Objectives)$", 1)],
    },
}

LAYOUT353: dict[str, dict] = {
    "h353-1": {
        "title": "药品网络销售投诉举报处理制度",
        "skip": [r"^药品网络销售投诉举报处理制度$", r"^[123]\. [123]、", r"^5\.$"],
        "split": r"(?<=^[1-4]\.目的:)|(?<=^[1-4]\.依据:)|(?<=^[1-4]\.范围:)|(?<=^[1-4]\.职责:)",
        "headings": [(r"^[1-5]\.(目的|依据|范围|职责|内容):$", 1)],
    },
    "h353-2": {
        "title": "医院“互联网+护理服务”投诉纠纷处理制度",
        "skip": [
            r"^医院“互联网\+护理服务”投诉纠纷处理制度\.docx$",
            r"^-$",
            r"^资源ID:",
            r"^资源大小:",
            r"^全文页数:",
            r"^- 资源格式:",
            r"^下载积分:",
            r"^友情提示$",
            r"^[2-5]、",
            r"^\|$",
        ],
        "strip": [r"(?m)^医院“互联网\+护理服务”投诉纠纷处理制度(?=1 \.)"],
        "split": r"(?<=。)(?=[2-6] \.)",
    },
    "h353-3": {
        "title": "How can I make a complaint?",
        "english": True,
        "skip": [r"^How can I make a complaint\?$"],
        "headings": [
            (r"^(Complaints Policy|Complaints Standards|Complaints Process)$", 1),
            (r"^(Our standards for handling complaints|The process of the complaints procedure)$", 2),
        ],
    },
    "h353-4": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Complaints$", r"^Customer Care$", r"^Need Help\?$", r"^Feel free to submit an enquiry", r"^1\.$"],
        "bullet": r"^- ",
        "headings": [
            (r"^[1-4]\. (What Counts as a Complaint\?|How to Raise a Complaint|Acknowledgement|How We Review Complaints)$", 1),
            (r"^Stage (One|Two|Three) – ", 2),
        ],
    },
    "h353-5": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints$", r"^Complaints Policy$"],
        "headings": [
            (
                r"^[1-5]\. (Introduction|How to Make a Complaint|What Information to Include|Acknowledgment of Complaint"
                r"|Investigation Process)$",
                1,
            )
        ],
    },
}

LAYOUT354: dict[str, dict] = {
    "h354-1": {
        "title": "Interparcel Complaints Policy",
        "english": True,
        "skip": [r"^Interparcel Complaints Policy$"],
        "headings": [
            (r"^(Purpose and Scope|How do you submit a complaint\?|Our internal complaints process|Resolution Options)$", 1),
            (r"^(Phone us|Live Chat with us|Email us|Write to us)$", 2),
        ],
    },
    "h354-2": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^How we handle your complaints$", 1), (r"^Stage (One|Two|Three)$", 2)],
    },
    "h354-3": {
        "title": "找不到消費者該怎麼辦?",
        "skip": [r"^找不到消費者該怎麼辦\?$"],
        "bullet": r"^- ",
        "headings": [
            (
                r"^(取錯餐狀況處理|餐點品項缺失/遺漏|合作店家未營業|合作店家無法於系統顯示時間內交付餐點、態度不佳"
                r"|合作店家要求夥伴填寫foodpanda ID 以外資訊):$",
                1,
            )
        ],
    },
}

LAYOUT356: dict[str, dict] = {
    "h356-1": {
        "title": "重庆市铜梁区二坪镇严重精神障碍患者肇事肇祸事件应急处置预案",
        "skip": [r"^重庆市铜梁区二坪镇严重精神障碍患者$", r"^肇事肇祸事件应急处置预案$"],
        "headings": [
            (r"^[一二]、(成立严重精神障碍患者应急处置小组|应急处置工作流程)$", 1),
            (r"^\(一\)伤害自身行为或危险的处置$", 2),
        ],
    },
    "h356-2": {
        "title": "关于印发岑溪乡精神病人肇事肇祸应急处置预案的通知",
        "skip": [
            r"^/ 注册 部门街镇 ",
            r"^首页>岑溪乡人民政府>",
            r"^• ",
            r"^关于印发岑溪乡精神病人肇事肇祸应急处置预案的通知$",
            r"^日期:2021-11-29$",
            r"^关于印发岑溪乡精神病人肇事肇祸$",
            r"^应急处置预案的通知$",
        ],
        "headings": [
            (r"^[一二]、(应急指挥机构|应急处置工作领导小组及小组成员职责)$", 1),
            (r"^(\(\)岑溪乡|村)精神病人肇事肇祸应急处置(工作指挥机构|队伍)$", 2),
        ],
    },
    "h356-3": {
        "title": "External Complaints Policy and Procedure",
        "english": True,
        "skip": [r"^Association > About Us > ", r"^External Complaints Policy and Procedure$"],
        "headings": [(r"^Commitment$", 1)],
    },
    "h356-4": {
        "title": "014 Complaints Procedures",
        "english": True,
        "skip": [r"^014 Complaints Procedures$"],
        "headings": [
            (r"^Complaint Handling Guidelines for Providers$", 1),
            (
                r"^[1-5]\. (Recognising a Complaint|Making a Complaint|Making an Anonymous Complaint|Acknowledging a Complaint|Providing Support)$",
                2,
            ),
            (r"^2\.[12] To (Proactive Support|NDIS Commission)$", 3),
        ],
    },
    "h356-5": {
        "title": "Making a complaint",
        "english": True,
    },
}

LAYOUT355: dict[str, dict] = {
    "h355-1": {
        "title": "安全保卫工作方案及突发事件应急预案",
        "skip": [
            r"^收藏 分享\(赏\)$",
            r"^大型演唱会活动安保方案\.doc",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^第\d页 / 共60页$",
            r"^点击查看更多>>$",
            r"^资源描述$",
        ],
        # the title run into the text, the uploader's notice (twice) and the preview's "2、" that cut "承办" from "4、"
        "strip": [
            r"(?m)^1、安全保卫工作方案及突发事件应急预案(?=咨询)",
            r"咨询或查看更多内容请加微信公众号:GLYDYW",
        ],
        "sub": [(r"(?<=专业管理公司承办)\n\n2、 (?=4、)", "")],
        # the copy runs the plan into one paragraph: split only before its own numbering and posts
        "split": r"(?=为确保)|(?=[一二]、)|(?=\d、)|(?=\(一\))|(?=总 指 挥:)|(?=场地总负责人:)|(?=票证查验责人:)",
        "headings": [(r"^[一二]、", 1), (r"^\(一\)", 2)],
    },
    "h355-2": {
        "title": "六安金太阳国际会展心演唱会安保方案",
        "skip": [r"_第\d页$", r"^已阅读5页", r"^下载本文档$", r"^版权说明:", r"^文档简介$"],
        "strip": [r"(?m)^1、六安金太阳国际会展心演唱会安保方案(?=安全保卫工作总则)"],
        "sub": [(r"(?<=成立金太阳国际会展中心)\n\n2、(?=安保工作指挥部)", "")],
        # the copy runs the plan into one paragraph: split only before its own numbering and after its headings
        # (its 一 and 三 have lost their numerals: “、演出时间……”, “、安全保障方案实施细则”)
        "split": (
            r"(?<=安全保卫工作总则:)|(?=、演出时间)|(?<=内容及组织形式:)|(?=二、)|(?=总指挥:)"
            r"|(?=、安全保障方案)|(?=\(一\))|(?<=小组及分工)|(?=任务分工)|(?<=任务分工)|(?=\(1\))"
        ),
        "headings": [
            (r"^安全保卫工作总则:$", 1),
            (r"^(、演出时间|二、总保障组成员$|、安全保障方案实施细则$)", 1),
            (r"^\(一\)", 2),
            (r"^任务分工$", 3),
        ],
    },
    "h355-3": {
        "title": "鄂溫克族自治旗文體旅游廣電局大型體育賽事應急預案",
        # the mirror site's pinyin glosses after characters (發(fā) -> 發), which the bureau's own document does not have
        "strip": [r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)"],
        # the government site's index table of the page, and the title's two lines
        "skip": [
            r"^(索引號|發布機構|名稱|成文日期): \|",
            r"^鄂溫克族自治旗文體旅游廣電局$",
            r"^大型體育賽事應急預案$",
        ],
        "headings": [(r"^[一二三]、", 1), (r"^\([一二三四]\)", 2)],
    },
    "h355-4": {
        "title": None,  # the stored copy begins with the plan's first paragraph; no title is made up
        "headings": [(r"^[一二三]、", 1)],
    },
    "h355-5": {
        "title": "Complaints Handling Policy",
        "english": True,
        "skip": [r"^Complaints Handling Policy$"],
        "headings": [(r"^(OBJECTIVE OF THE POLICY|HOW A COMPLAINT CAN BE MADE|THE INFORMATION YOU WILL NEED TO TELL US)$", 1)],
    },
}

LAYOUT357: dict[str, dict] = {
    "h357-1": {
        "title": "臺中市政府交通局處理民眾陳情請願事項作業要點",
        "skip": [
            r"^您的瀏覽器不支援JavaScript功能",
            r"^跳到主要內容區塊$",
            r"^:::$",
            r"^法規內容$",
            r"^(法規名稱|公發布日|發文字號|法規體系): ",
            r"^圖表附件:$",
            r"^法規功能按鈕區$",
        ],
    },
    "h357-2": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Complaints procedure$"],
        "headings": [
            (r"^(Right to appeal|Complaints about theory and practical driving tests)$", 1),
            (r"^Stage 1$", 2),
        ],
    },
    "h357-3": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Complaints procedure$"],
        # the page's contents list, its navigation, not part of the procedure
        "sub": [(r"(?s)\nContents\n.*?\nTaking things further\n", "\n")],
        "split": r"(?<=NE12 2GN) (?=If you’re not happy with our response$)",
        "headings": [
            (r"^(Our commitment|How to make a complaint|Complain about your theory test)$", 1),
            (r"^(What to include in your complaint|If you’re not happy with our response)$", 2),
        ],
    },
}

LAYOUT358: dict[str, dict] = {
    "h358-1": {
        "title": "新北市中和戶政事務所主任與民有約執行計畫",
        "skip": [r"^::: 導覽位置:", r"^新北市中和戶政事務所主任與民有約執行計畫$"],
        "split": r"(?<=^壹、 依據:)|(?<=^貳、 目的:)",
        "headings": [(r"^[壹貳參]、 (依據|目的|實施方式):$", 1)],
    },
    "h358-2": {
        "title": None,  # the stored page has no title of its own; none is made up
        "skip": [r"^跳到主要內容區塊$"],
        "sub": [(r"(?m)^•(?=民眾陳情|處理流程)", "")],
        "headings": [(r"^(民眾陳情\(抱怨\)主要有下列管道|處理流程):$", 1)],
    },
    "h358-3": {
        "title": "Complaints Handling",
        "english": True,
        "skip": [r"^Complaints Handling$", r"^Page last updated on "],
    },
    "h358-4": {
        "title": "PO 07 Complaints and Feedback Policy",
        "english": True,
        "skip": [
            r"^Fillable Printable Po 07 ",
            r"^Po 07 Complaints And Feedback Policy Nov14$",
            r"^NSW Registry of Births Deaths & Marriages Date of Effect: ",
            r"^PO 07 Complaints and Feedback Policy Page \d of 7$",
            r"^P0 07 Complaints and Feedback Policy$",
        ],
        "rejoin": [
            r"(?<=feedback to the)\n(?=NSW Registry)",
            r"(?<=Department of Justice policy)\n(?=Managing complaints)",
            r"(?<=feedback at)\n(?=the NSW Registry)",
            r"(?<=read in conjunction)\n(?=with the Departmental)",
            r"(?<=specified in the policy)\n(?=Managing complaints)",
        ],
        "headings": [(r"^(Essential Summary|Table of Contents|1 Scope|2 Purpose)$", 1)],
    },
    "h358-5": {
        "title": "The Feedback and complaints practice",
        "english": True,
        "skip": [r"^The Feedback and complaints practice:$"],
        "headings": [(r"^(Practice statement|Difference between feedback and a complaint|Contact BDM|Complaint)$", 1)],
    },
}

LAYOUT359: dict[str, dict] = {
    "h359-1": {
        "title": "盤錦市總工會信訪接待工作制度",
        "skip": [r"^盤錦市總工會信訪接待工作制度$"],
        "headings": [(r"^[一二三]、(工作職責|工作原則|受理范圍)$", 1), (r"^\([一二]\)", 2)],
    },
    "h359-2": {
        "title": "西安市妇女儿童维权服务中心信访工作规则",
        "skip": [r"^西安妇女网$", r"^办事指南$", r"^西安市妇女儿童维权服务中心信访工作规则$"],
        "split": r"(?<=[记谈理])(?=\([二三四]\))",
        "headings": [(r"^[一二三四五六七]、", 1)],
    },
    "h359-3": {
        "title": "工会主席接待日制度",
        "skip": [r"^工 会 主 席 接 待 日 制 度$"],
        "split": r"(?<=。)\s(?=[三四]、)|\s(?=“工会主席接待日”(?:登记表|情况反馈单)$)",
        "headings": [(r"^工会主席接待日办理工作流程$", 1), (r"^“工会主席接待日”(登记表|情况反馈单)$", 1)],
    },
    "h359-4": {
        "title": "Usdaw Complaints Procedure",
        "english": True,
        "skip": [r"^Usdaw Complaints Procedure$"],
        "headings": [(r"^The Procedure$", 1), (r"^[AB] (Informal|Formal) Stage$", 2)],
    },
    "h359-5": {
        "title": "Together Ombudsman",
        "english": True,
        "skip": [r"^Together Ombudsman$"],
    },
}

LAYOUT360: dict[str, dict] = {
    "h360-1": {
        "title": "XXXX村镇银行金融消费者权益保护工作机制",
        "skip": [r"^村镇银行金融消费权益保护工作机制$", r"^- [123]、", r"^XXXX村镇银行金融消费者权益保护工作机制$"],
        "headings": [
            (r"^一、各部室主要职责$", 1),
            (r"^\([一二三]\)(财务综合部|市场业务部|风险控制部)$", 2),
        ],
    },
    "h360-2": {
        "title": "Complaint policy",
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (
                r"^(Definition of a complaint|Concern or complaint|Please provide all relevant documentation|When you can expect a response)$",
                1,
            ),
        ],
    },
    "h360-3": {
        "title": "Complaints Notice",
        "english": True,
        "skip": [r"^Complaints Notice$"],
        "headings": [
            (r"^(Making a complaint|What happens next\?|Resolving your complaint|If you remain dissatisfied)$", 1),
        ],
    },
    "h360-4": {
        "title": "Dispute Resolution",
        "english": True,
        "skip": [r"^Dispute Resolution$"],
        # each step is one line opening with its label: the label as the step's heading, its text a paragraph
        "split": r"(?<=^Step [123]) ",
        "headings": [(r"^Step [123]$", 1)],
    },
}

LAYOUT361: dict[str, dict] = {
    "h361-1": {
        "title": None,  # the stored copy begins with “一、回访原则”; no title is made up
        "headings": [(r"^[一二三]、 ?回访(原则|方法|过程管理)$", 1)],
    },
    "h361-2": {
        "title": "设计后续服务管理规定实施细则",
        "skip": [r"^设计后续服务管理规定实施细则$", r"^合集下载$", r"^[123]\. [123]、"],
        # the copy breaks sentences across lines: a line joins the one before unless it starts an item or a heading
        "join": r"^\d、",
        "headings": [(r"^4设计后续服务$", 1), (r"^4\.[12](一般规定|图审意见回复)$", 2)],
    },
    "h361-3": {
        "title": "工程监理 顾客满意度控制程序",
        "skip": [
            r"^工程监理 顾客满意度控制程序\.docx",
            r"^上传人:",
            r"^返回 下载 相关 举报$",
            r"^第\d页 / 共2页$",
            r"^亲,该文档总共2页",
            r"^资源描述$",
            r"^《工程监理 顾客满意度控制程序\.docx》由会员分享",
        ],
        # the preview's page numbers “1、” and “2、”, the second cutting the “2” of “2 .顾客投诉处理” from its words
        "strip": [r"(?m)^1、(?=1 \.)"],
        "sub": [(r"(?<=备份。2)\n\n2、 (?=\.顾客投诉处理)", " ")],
        # the copy runs the procedure into one paragraph: split only before its own numbering and after its headings
        "split": r"(?=\d\.\d )|(?=[23] \.顾客)|(?<=1 \.顾客意见征询与调查)|(?<=2 \.顾客投诉处理)|(?<=3 \.顾客满意度测量及分析)",
        "headings": [(r"^[123] \.顾客(意见征询与调查|投诉处理|满意度测量及分析)$", 1)],
    },
    "h361-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [
            r"^(top|bottom) of page$",
            r"^Understand the steps involved in making",
            r"^You can read our complaints process bellow",
            r"^Complaints Procedure$",
        ],
        "headings": [(r"^(Company Statement|Our Complaints Procedure)$", 1)],
    },
    "h361-5": {
        "title": "Complaints Procedure",  # the page's own name (its address: rda-complaints-procedure); the text has no heading
        "english": True,
    },
}

LAYOUT362: dict[str, dict] = {
    "h362-1": {
        "title": "油库重大火灾事故应急预案",
        "skip": [r"_第\d页$", r"^已阅读5页", r"^下载本文档$", r"^版权说明:", r"^文档简介$"],
        "strip": [r"方案预案:_油库重大火灾事故应急预案姓名:_单位:_日期:_年_月_日第 1 页 共 13 页油库重大火灾事故应急预案"],
        "split": (
            r"(?=一、应急领导小组组成)|(?<=应急领导小组组成)(?=组长:)|(?=副组长:)|(?=成员:)|(?<=龚卫国)(?=应急领导小组在)"
            r"|(?=二、应急职责)|(?<=二、应急职责)(?=1、)|(?=[234]、(?:副组长|消防灭火组|抢险抢修组)职责)"
        ),
        "headings": [(r"^[一二]、(应急领导小组组成|应急职责)$", 1)],
    },
    "h362-2": {
        "title": "公司环境事件应急预案",
        "skip": [
            r"^公司环境事件应急预案\.doc",
            r"^上传人:",
            r"^返回 下载 相关 举报$",
            r"^第\d页 / 共20页$",
            r"^点击查看更多>>$",
            r"^资源描述$",
            r"^《公司环境事件应急预案\.doc》由会员分享",
        ],
        "strip": [r"(?m)^1、公司环境事件应急预案(?=目 录)"],
        "sub": [(r"环境事件应急预\n\n2、案", "环境事件应急预案")],
        "split": (
            r"(?<=目 录)|(?<= \d\d)(?=\d[\. #])|(?<=生态破坏)(?=8\.2)|(?<=环境敏感区)(?=环境事件应急预案)"
            r"|(?<=环境事件应急预案)(?=1 事件界定)|(?<=1 事件界定)(?=本预案)|(?=2 信息接报2\.1)|(?<=2 信息接报)(?=2\.1 )"
        ),
        "headings": [(r"^[12] (事件界定|信息接报)$", 1)],
    },
    "h362-3": {
        "title": "石油公司突发环境事件应急预案",
        "skip": [r"^石油公司突发环境事件应急预案$"],
        "headings": [
            (r"^1 风险分析与事件分级$", 1),
            (r"^(风险分析|适用范围|事件分级)$", 2),
            (r"^(特别重大|重大)环境事件\(事故\)\((Ⅰ|Ⅱ)级\)$", 3),
        ],
    },
    "h362-4": {
        "title": "重大风险应急程序——险情的类型和分级管理",
        "skip": [r"^重大风险应急程序——险情的类型和分级管理$", r"^来源:法律编辑整理 "],
        "stop": r"^声明:",
        "sub": [
            (
                r"分级\n\n险情\n\n三级险情\n\n\(基层单位\)经济损\n\n失不超过5万元\n\n二级险情\n\n各单位经济损失",
                "| 分级 险情 | 三级险情 (基层单位)经济损失不超过5万元 | 二级险情 各单位经济损失 |",
            )
        ],
        "pipe_table": True,
        "headings": [(r"^[1-4]\.(险情的类型|应急管理职责划分|经济责任划分|险情划分\(见险情划分表\))$", 1)],
    },
    "h362-5": {
        "title": "Complaints Handling Policy & Procedure",
        "english": True,
        "skip": [r"^Complaints Handling Policy & Procedure$"],
        "headings": [(r"^(What will happen next\?|If you are still not satisfied)$", 1)],
    },
}

LAYOUT363: dict[str, dict] = {
    "h363-1": {
        "title": None,  # the stored copy begins with the page's date line; no title is made up
        "skip": [r"^原\|\d{4}-\d\d-\d\d "],
        "headings": [(r"^[一二三四五]、(突发事件分类和级别|应急预案组织机构|应急预案流程|应急物资准备|应急演练)$", 1)],
    },
    "h363-2": {
        "title": "茶楼消防安全管理制度",
        "skip": [r"^99网$", r"^您的当前位置:", r"^茶楼消防安全管理制度$", r"^来源:99网$", r"^1$"],
    },
    "h363-3": {
        "title": "茶樓消防安全管理制度",
        "strip": [r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", r"(?m)^茶樓消防安全管理制度(?=第一章)"],
        "skip": [r"^版權說明:", r"^文檔簡介$"],
        "split": r"(?=第[一二]章)|(?<=第一章總則)|(?<=第二章消防安全責任體系)|(?=[12]\.\d)|(?=[①②③④])",
        "headings": [(r"^第[一二]章(總則|消防安全責任體系)$", 1)],
    },
}

LAYOUT364: dict[str, dict] = {
    "h364-1": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [
            (r"^(Commitment|Core Principles|Definition of a “Complaint”)$", 1),
            (r"^(Accessibility|Accountability|Fairness|Swiftness|Continuous Improvement)$", 2),
        ],
    },
    "h364-2": {
        "title": "Complaints policy",
        "english": True,
        "skip": [r"^Skip to Content$", r"^Complaints policy$"],
        "headings": [(r"^(Our policy|Stage 1 - Formal written complaint)$", 1)],
    },
    "h364-3": {
        "title": "CRIC Complaint Handling Process",
        "english": True,
        "skip": [r"^CRIC Complaint Handling Process$"],
        "headings": [
            (r"^(Submitting Complaints|Procedures for responding to Complaints Submitted to CRIC|Escalation Procedures)$", 1),
            (r"^Complaints against a CRIC member\.$", 2),
        ],
    },
}

LAYOUT365: dict[str, dict] = {
    "h365-1": {
        "title": "投诉建议",
        "skip": [r"^logo$", r"^13801825207$", r"^售后服务$", r"^投诉建议$"],
        "bullet": r"^\* ",
        "headings": [
            (r"^关于投诉(声明|方式|处理):$", 1),
            (r"^[一二三]、(关于漏单|关于误单|花材不符)", 2),
        ],
    },
    "h365-2": {
        "title": "客户投诉事件处理办法",
        "strip": [r"(?m) ?\|$", r"(?m)^\|$"],
        "headings": [(r"^免责条款$", 1)],
    },
    "h365-3": {
        "title": None,
        "skip": [r"^文章分類$"],
        "headings": [(r"^[一二三]、(構成投訴條件提交申訴|花娃介入協調處理|花娃平臺仲裁處理):$", 1)],
    },
    "h365-4": {
        "title": "客戶投訴事件處理方法",
        "sub": [
            (r"(?m)^客戶投訴事件 \| 處理方法 \| \|\|$", "| 客戶投訴事件 | | 處理方法 |"),
            (r"(?m)^(花材不新鮮 \| [^|\n]+) \| \|\|$", r"| \1 | |"),
            (r"(?m)^(\d\. 此類投訴[^|\n]+) \| \|\|\|$", r"\1"),
            (r"(?m)^([^|\n][^\n]*?) \| \|$", r"| \1 |"),
            (r"(?m)^([^|\n][^|\n]*) \| ([^|\n]+) \| \|\|$", r"| | \1 | \2 |"),
            (r"(?m)^(其他 \| [^\n]+ \|)$", r"| \1"),
        ],
        "pipe_table": True,
        "headings": [],
    },
    "h365-5": {
        "title": "Our Standard Refund Policy",
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (r"^(Product|Delivery) Issues \(Order delivered\)$", 1),
            (r"^🚨(Size complaints|Substitution complaints|Quality complaints|Delivery has not been received)$", 2),
        ],
    },
}

LAYOUT366: dict[str, dict] = {
    "h366-1": {
        "title": "西塘镇文化站突发事情应急方案",
        "skip": [
            r"^西塘镇文化站突发事件应急方案_第\d页$",
            r"^全文预览已结束$",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^本文格式为Word版,下载可任意编辑——",
        ],
        "headings": [(r"^[一二三]、(工作原那么|适用范围|组织指挥机)$", 1)],
    },
    "h366-2": {
        "title": "How we manage formal complaints",
        "english": True,
        "skip": [r"^How we manage formal complaints$"],
    },
    "h366-3": {
        "title": "Complaints Policy and Procedure",
        "english": True,
        "skip": [r"^Complaints Policy and Procedure$"],
        "headings": [(r"^1\. Introduction$", 1)],
    },
    "h366-4": {
        "title": "Complaints Policy and Procedure",
        "english": True,
        "skip": [r"^People walking around a white gallery space browsing the art\.$", r"^Complaints Policy and Procedure$"],
        "headings": [(r"^(Definition of a complaint|Contact details for complaints|Receiving complaints)$", 1)],
    },
}

LAYOUT367: dict[str, dict] = {
    "h367-1": {
        "title": "What are the stages in the complaints procedure?",
        "english": True,
        "skip": [
            r"^RSPCA Shop Next Gen Education$",
            r"^Colour mode$",
            r"^What are the stages in the complaints procedure\?$",
            r"^Share this\.\.\.$",
        ],
        "headings": [
            (r"^Level [123]:$", 1),
            (r"^What happens if I have a complaint about RSPCA's recruitment procedure\?$", 1),
        ],
    },
    "h367-2": {
        "title": "Complaints Policy",
        "english": True,
        "sub": [(r"(?m)^-\n", "- ")],  # the page's list marker stands on a line of its own before each item
        "bullet": r"^- ",
        "skip": [r"^Complaints Policy$"],
        "headings": [(r"^(YOUR FEEDBACK MATTERS|HOW TO MAKE A COMPLAINT)$", 1)],
    },
    "h367-3": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Complaints procedure$"],
        "headings": [(r"^Initial Contact$", 1)],
    },
}

LAYOUT368: dict[str, dict] = {
    "h368-1": {
        "title": None,  # the stored copy begins with the plan's first sentence; no title is made up
        "headings": [
            (r"^[一二三]、(适用范围|启动条件和程序|组织机构和职责)$", 1),
            (r"^\((二\)程序。|一\)机构设置|二\)主要职责)$", 2),
        ],
    },
    "h368-2": {
        "title": "Farmlands Complaints Policy",
        "english": True,
        "skip": [r"^Farmlands Complaints Policy$"],
        "headings": [(r"^(How do I submit a complaint\?|What happens next\?|Financial Dispute Resolution Service \(FDRS\))$", 1)],
    },
    "h368-3": {
        "title": None,  # the stored copy begins with "1. Introduction"; no title is made up
        "english": True,
        "headings": [
            (
                r"^[1-7]\. (Introduction|Making a complaint|How you can make a complaint|Anonymous complaints"
                r"|How we handle complaints|Time limits|Further information)$",
                1,
            )
        ],
    },
}

LAYOUT369: dict[str, dict] = {
    "h369-1": {
        "title": "西部數碼嚴格遵守ICANN、工信部及所代理頂級域注冊管理機構對域名濫用的監管規定",
        "strip": [r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)"],
        "skip": [
            r"^西部數碼嚴格遵守ICANN",
            r"^(編輯|日期|上一篇|下一篇|分享至):",
            r"^收藏 】",
            r"^您可對文檔進行評分",
            r"^勾選遇到的問題",
            r"^提交反饋需要",
            r"^若文檔內容對您沒有幫助",
            r"^>> 相關文章$",
            r"^(Top|24小時客服熱線|400-028-5800|028-62778877)$",
            r"^•",
        ],
        "headings": [(r"^[123]、(收集投訴信息:|處理投訴:|投訴跟蹤)$", 1)],
    },
    "h369-2": {
        "title": "投诉政策",
        "skip": [r"^投诉政策$"],
        "bullet": r"^- ",
        "headings": [(r"^[1-7]\. (我们的承诺|如何投诉|确认和响应时间|升级流程|最终审查|外部升级|记录保存)$", 1)],
    },
    "h369-3": {
        "title": "Complaints Handling Procedure",
        "english": True,
        "skip": [r"^Frequently Asked Question$", r"^Complaints Handling Procedure$"],
        "bullet": r"^- ",
        "headings": [(r"^Step [1-5]: (Initial Contact|Investigation|Resolution|Escalation|Deadlock)$", 1)],
    },
    "h369-4": {
        "title": "COMPLAINTS POLICY",
        "english": True,
        "strip": [r"(?m)^- "],  # the page's list marks before its numbered clauses; the clauses keep their numbers
        "skip": [r"^COMPLAINTS POLICY$"],
        "headings": [
            (
                r"^[1-5]\. (Overview|How to Make a Complaint|Complaint Handling and Escalation|External Resolution"
                r"|Responsibilities of Customers)$",
                1,
            )
        ],
    },
    "h369-5": {
        "title": "Customer Complaints Procedure",
        "english": True,
        "skip": [r"^Customer Complaints Procedure$", r"^Get started$"],
        "headings": [
            (
                r"^(How do I make a formal complaint\?|What happens next\?"
                r"|What happens if I am not satisfied with the response I receive\?"
                r"|Complaints relating to Nominet domains and registrations)$",
                1,
            )
        ],
    },
}

LAYOUT370: dict[str, dict] = {
    "h370-1": {
        "title": "处理投诉、申诉和争议的规定",
        "skip": [r"^处理投诉、申诉和争议的规定$"],
        "headings": [(r"^[一二]、(申诉|投诉)$", 1)],
    },
    "h370-2": {
        "title": None,  # the stored copy has no title; none is made up
        "headings": [(r"^[12]、(申诉|投诉)$", 1)],
    },
    "h370-3": {
        "title": "申诉、投诉、争议的处理",
        "skip": [r"^申诉、投诉、争议的处理$"],
        "headings": [(r"^(1 申诉|2投诉)$", 1)],
    },
    "h370-4": {
        "title": "申诉、投诉和争议处理",
        "skip": [
            r"^• (专业的认证服务机构|优秀的第三方认证机构)$",
            r"^当前位置:",
            r"^申诉、投诉和争议处理$",
            r"^编辑:admin",
            r"^字体:",
            r"^上一篇:",
            r"^下一篇:",
            r"^在线客服$",
        ],
    },
    "h370-5": {
        "title": None,  # the stored copy has no title line; none is made up
        "english": True,
        "headings": [(r"^Appeals \(where the auditee", 1)],
    },
}

LAYOUT371: dict[str, dict] = {
    "h371-1": {
        "title": "知识产权中心服务标准",
        "skip": [r"^入驻申请被驳回", r"^取消$", r"^您已提交入驻申请", r"^确定$", r"^知识产权中心服务标准$"],
        "headings": [(r"^[12]\. (总则|总体服务标准)$", 1), (r"^2\.[12]\. (态度|礼仪)$", 2)],
    },
    "h371-2": {
        "title": "信訪指南",
        "skip": [
            r"^1\. <object ",
            r"^<td id=",
            r"^1\. <tr id=",
            r"^1\. 辦事服務$",
            r"^信訪指南 您現在的位置",
            r"^信訪指南$",
            r"^發布時間:",
        ],
        "headings": [(r"^[二三四]、.*:$", 1)],
    },
    "h371-3": {
        "title": "Complaints Handling Procedure",
        "english": True,
        "skip": [r"^Complaints Handling Procedure$"],
        "headings": [],
    },
    "h371-4": {
        "title": "",
        "english": True,
        "headings": [(r"^What will happen next\?$", 1)],
    },
    "h371-5": {
        "title": "Complaints Handling Policy",
        "english": True,
        "skip": [r"^Complaints Handling Policy$"],
        "rejoin": [r"(?<=Onsagers UK)\n(?=Ltd\.)", r"(?<=what we agreed to do,)\n(?=how)", r"(?<=resolve matters)\n(?=within e)"],
        "headings": [(r"^[123]\. (Purpose|Informal Process|Formal Process)$", 1)],
    },
}

LAYOUT372: dict[str, dict] = {
    "h372-1": {
        "title": "西宁仲裁委员会办公室主任接待日制度",
        "skip": [r"^西宁仲裁委员会办公室主任接待日制度$", r"^栏目:通知公告", r"^附件:$"],
        "split": r"(?<=承办情况。)(?=八、)",
        "headings": [(r"^(四、接待办法:|五、 接待日接待来访的范围:)$", 1)],
    },
    "h372-2": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Skip to main content$", r"^Complaints Procedure$"],
        "headings": [],
    },
    "h372-3": {
        "title": "Making a complaint about Resolution",
        "english": True,
        "skip": [r"^Making a complaint about Resolution$"],
        "headings": [
            (r"^Our complaints procedure$", 1),
            (r"^(Making a complaint|Acknowledgement and investigation|Reporting back and taking action)$", 2),
        ],
    },
    "h372-4": {
        "title": "Compliments, suggestions and complaints",
        "english": True,
        "skip": [r"^Member Login$", r"^Need help\?$", r"^Compliments, suggestions and complaints$"],
        "headings": [(r"^(Resolution Institute policy|What you can expect)$", 1)],
    },
}

LAYOUT373: dict[str, dict] = {
    "h373-1": {
        "title": "音乐学院大型活动安全管理规定及应急预案",
        "skip": [
            r"^• [12]$",
            r"^学校主页 \| 专业认证",
            r"^规章制度 当前位置:",
            r"^音乐学院大型活动安全管理规定及应急预案$",
            r"^时间:2016-01-01",
        ],
        "headings": [(r"^一、大型活动安全管理规定$", 1)],
    },
    "h373-2": {
        "title": "艺术处关于比赛或展演的安全工作制度",
        "skip": [r"^艺术处关于比赛或展演的安全工作制度$", r"^发布日期:2019", r"^浏览量$", r"^次$"],
        "sub": [(r"(?m)^([1-5]\.)\n", r"\1")],
        "headings": [(r"^[一二]、比赛或展演(前的安全准备工作|期间的安全工作)$", 1)],
    },
    "h373-3": {
        "title": "Complaints and Appeals Procedures",
        "english": True,
        "skip": [r"^Top Menu$", r"^Complaints and Appeals Procedures$"],
        "headings": [
            (r"^The National Theatre Ballet School Complaints and Appeals Procedures$", 1),
            (r"^Appeal Process \((External|Assessments)\)$", 1),
        ],
    },
    "h373-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^Stage (One|Two)$", 1)],
    },
    "h373-5": {
        "title": "Customer Service",
        "english": True,
        "skip": [r"^Customer Service$"],
        "headings": [
            (r"^(What you can expect from us:|Complaints)$", 1),
            (r"^Stage 1 Complaint – At the point of service delivery$", 2),
        ],
    },
}

LAYOUT374: dict[str, dict] = {
    "h374-1": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [
            r"^Location: Ardwick Sports Hall",
            r"^0161 273 7913$",
            r"^Complaints Procedure$",
            r"^Roller Skating Centre in Manchester$",
        ],
        "headings": [
            (
                r"^(Scope of the procedure|Principles underlying the procedure|Support for complainants|The Complaints Procedure)$",
                1,
            ),
            (r"^1st stage – Informal Discussion$", 2),
        ],
    },
    "h374-2": {
        "title": "COMPLAINTS PROCEDURE",
        "english": True,
        "skip": [r"^COMPLAINTS PROCEDURE$"],
        "headings": [
            (r"^(Values and Principles|How to make a complaint)$", 1),
            (r"^(Equality|Fairness|Confidentiality)$", 2),
        ],
    },
    "h374-3": {
        "title": "Ipswich Skating Club Complaints Policy",
        "english": True,
        "skip": [r"^Ipswich Skating Club Complaints Policy$"],
        "headings": [
            (r"^[123]\. (Introduction|Scope of the Policy|Complaints Procedure)$", 1),
            (r"^3\.[12]\. (Informal Resolution|Formal Complaint)$", 2),
        ],
    },
}

LAYOUT375: dict[str, dict] = {
    "h375-1": {
        "title": "居家养老服务中心监督制度",
        "skip": [
            r"^居家养老服务中心监督制度\(常用范本\)\.docx$",
            r"^《居家养老服务中心监督制度",
            r"^- (配套讲稿|特殊限制|关 键 词):$",
            r"^如PPT文件",
            r"^部分文档作品",
            r"^- 居家 养老",
            r"^居家养老服务中心监督制度$",
        ],
        "split": r"(?<=监督制度)(?=一、)|(?<=。)(?=[二三四]、|[23]、)|(?<=[一二四]、(?:反馈|回访|投诉))(?=护老|社区)|(?<=三、评估)(?=1、)",
        "headings": [(r"^[一二三四]、(反馈|回访|评估|投诉)$", 1)],
    },
    "h375-2": {
        "title": "Complaints Policy & Procedure",
        "english": True,
        "skip": [
            r"^image ",
            r"^Finchley, London",
            r"^Fax:",
            r"^Regulated by$",
            r"^Care Quality Commision$",
            r"^Complaints Policy & Procedure$",
        ],
        "headings": [],
    },
    "h375-3": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints$", r"^Complaints Policy$"],
        # the policy's own block of details (effective date, company, website, address, email, phone): one paragraph
        "rejoin": [
            r"(?<=2025)\n(?=Company Name:)",
            r"(?<=Ltd)\n(?=Website:)",
            r"(?<=\.co\.uk)\n(?=Address:)",
            r"(?<=Kingdom)\n(?=Email:)",
            r"(?<=\.co\.uk)\n(?=Phone:)",
        ],
        "headings": [
            (
                r"^[1-6]\. (Policy Statement|Purpose of This Policy|Who Can Complain|Types of Complaints Covered|How to Make a Complaint|Our Complaint Handling Procedure)$",
                1,
            ),
            (r"^(Verbally \(In Person or Phone\):|In Writing:|Online:|Stage [12]: (Acknowledgement|Investigation))$", 2),
        ],
    },
    "h375-4": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [(r"^[12]\. (Introduction|Policy Statement)$", 1)],
    },
}

LAYOUT376: dict[str, dict] = {
    "h376-1": {
        "title": "水电站重、特大生产安全事故应急救援预案",
        "skip": [
            r"^导航:",
            r"^水电站重、特大生产安全事故应急救援预案$",
            r"^评论:",
            r"^网友评论",
            r"^创想安科",
            r"^Baidu$",
            r"^map$",
        ],
        "headings": [(r"^[一二]、应急救援工作(原则|的组织领导)$", 1), (r"^1、指挥部组成$", 2)],
    },
    "h376-2": {
        "title": "水电站综合应急预案",
        "skip": [r"^全文预览$", r"^水电站综合应急预案$", r"^上传者:", r"^文档介绍$"],
        "split": r"(?=4预防与预警)|(?<=4预防与预警)|(?=4\.[123](?:危险源监控|预警行动|信息报告与处置))|(?<=4\.1危险源监控)|"
        r"(?<=4\.2预警行动)|(?<=4\.3信息报告与处置)|(?=4\.[23]\.\d)|(?=5应急响应5\.1)|(?<=5应急响应)(?=5\.1)|"
        r"(?=5\.[12](?:应急响应分级|响应程序))|(?<=5\.1应急响应分级)|(?<=5\.2响应程序)|(?=[ⅠⅡⅢⅣ]级\((?:红|橙|黄|蓝)色\))|"
        r"(?=5\.2\.[123])|(?<=5\.2\.1先期处置)|(?<=5\.2\.2应急处置)|(?<=5\.2\.3指挥与协调)",
        "headings": [
            (r"^[45](预防与预警|应急响应)$", 1),
            (r"^[45]\.[123](危险源监控|预警行动|信息报告与处置|应急响应分级|响应程序)$", 2),
            (r"^5\.2\.[123](先期处置|应急处置|指挥与协调)$", 3),
        ],
    },
    "h376-3": {
        "title": "广州市梅州水库大坝安全管理应急预案",
        # the government's notice (穗府办〔2023〕19号) and the plan's title, then its table of contents
        "strip": [r"(?s)\A.*?\n广州市梅州水库大坝安全管理应急预案\n", r"(?s)\A目 录\n.*?附件8:[^\n]*\n"],
        "headings": [(r"^1 编制说明$", 1), (r"^1\.1 编制目的和适用范围$", 2)],
    },
    "h376-4": {
        "title": None,
        "english": True,
        "skip": [r"^Main Navigation$", r"^Section Navigation$"],
        "headings": [
            (r"^(Our staff will|How we will respond|You can help us by|If you are unhappy with our service, our staff will)$", 1)
        ],
    },
}

LAYOUT377: dict[str, dict] = {
    "h377-1": {
        "title": "船舶修造企业事故应急预案",
        "skip": [
            r"^船舶修造企业事故应急预案(\.docx)?$",
            r"^- (文档编号|上传时间|格式|页数|大小):",
            r"^《船舶修造企业事故应急预案\.docx》由会员分享",
        ],
        "headings": [
            (r"^1总则$", 1),
            (r"^1\.[12](目的|编制依据)$", 2),
            (r"^1\.[12]\.[12](有关法律法规和要求|有关技术规范)$", 3),
        ],
    },
    "h377-2": {
        "title": None,  # the stored copy starts on the page's second part; no title is made up
        "join": r"^\d\. ?",  # a line broken inside an item is joined again; a numbered item starts a paragraph
        "headings": [(r"^[三四五]\. ", 1)],
    },
    "h377-3": {
        "title": None,  # the stored copy has no title; none is made up
        "strip": [r"\?{7} "],  # the page's spaces, turned into question marks by the copy
        "headings": [
            (r"^1、 总则$", 1),
            (r"^1\.[1-4]、? ?(编制目的|编制依据|分类与分级|适用范围)$", 2),
            (r"^1\.3\.[12] (分类|分级)$", 3),
        ],
    },
    "h377-4": {
        "title": "Complaint Management Process",
        "english": True,
        "skip": [r"^Costomer Relations > ", r"^Complaint Management Process$"],
        "headings": [(r"^Our methods:$", 1)],
    },
}

LAYOUT378: dict[str, dict] = {
    "h378-1": {
        "title": "某染整厂定型机火灾的预防和应急预案",
        "skip": [r"^某染整厂定型机火灾的预防和应急预案$"],
        "headings": [(r"^一、\s+日常预防:$", 1)],
    },
    "h378-2": {
        "title": "高州市彩虹橡根織造有限公司 突發環境事件應急預案",
        "skip": [r"^高州市彩虹橡根織造有限公司 突發環境事件應急預案$"],
        "sub": [(r"\n\|\|\|\n", "\n|\n|\n|\n")],
        "bar_tables": {r"^企業單位:$": 2, r"^編制人員名單$": 4},
        "headings": [(r"^(關于成立.*的通知|企業承諾書|編制單位承諾書)$", 1)],
    },
    "h378-3": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^(Before Raising a Formal Complaint|When to Use the Complaints Procedure)$", 1)],
    },
    "h378-4": {
        "title": "ON SITE EMERGENCY RESPONSE PLAN",
        "english": True,
        "skip": [
            r"^CREATIVE TEXTILE MILLS PRIVAE LIMITED ON SITE EMERGENCY RESPONSE PLAN Prepared on 1\.0 1\.1 12\.10\.2018 PRELIMINARY INT$",
            r"^Views 67 Downloads 4 File size 270KB$",
            r"^ON SITE EMERGENCY RESPONSE PLAN$",
        ],
        "split": r"(?<=^ON SITE EMERGENCY RESPONSE PLAN) (?=Prepared on$)| (?=1\.5 DEFINITIONS )",
        "headings": [],
    },
}

LAYOUT379: dict[str, dict] = {
    "h379-1": {
        "title": "吉林省监狱管理局关于印发《吉林省监狱管理局地震应急预案》的通知",
        "strip": [r"^[\s\S]*?(?=吉林省监狱管理局关于印发)"],
        "sub": [(r"《吉林省 \n\n监狱管理局地震应急预案》的通知", "《吉林省监狱管理局地震应急预案》的通知")],
        "skip": [r"^吉林省监狱管理局关于印发"],
        "headings": [
            (r"^吉林省监狱管理局地震应急预案$", 1),
            (r"^[一二]、(总则|组织体系)$", 2),
            (r"^\([一二三四]\)(编制目的|编制依据|适用范围|工作原则|省监狱管理局抗震救灾指挥部)$", 3),
        ],
    },
    "h379-2": {
        "title": None,  # the stored copy has no title line; none is made up
        "skip": [r"^目 录$"],
        "headings": [
            (r"^Ⅰ级\(特别重大\)$|^Ⅱ级\(重大\)$|^Ⅲ级\(较大\)$|^Ⅳ级\(一般\)$", 1),
            (r"^(省局|各单位)防汛应急指挥部职责:$", 1),
        ],
    },
    "h379-3": {
        "title": "关于印发《连云区社区矫正工作突发事件应急处置预案》的通知",
        "skip": [
            r"^当前位置:",
            r"^索 引 号 ",
            r"^发布机构 ",
            r"^标 题 ",
            r"^文 号 ",
            r"^内容概述 ",
            r"^时 效 ",
            r"^关于印发《连云区社区矫正工作突发事件应急处置预案》的通知$",
        ],
        "headings": [(r"^连云区社区矫正工作突发事件应急处置预案$", 1), (r"^第一章 +总则$", 2)],
    },
    "h379-4": {
        "title": None,  # the stored copy has no title line; none is made up
        "skip": [r"\|", r"^附件 \|$", r"^---", r"^发布日期: "],
        "headings": [(r"^[一二]、(适用范围|工作原则)$", 1)],
    },
    "h379-5": {
        "title": "Making a Complaint",
        "english": True,
        "skip": [r"^Making a Complaint$"],
        "headings": [(r"^(Dealing with complaints informally|Making a formal complaint)$", 1)],
    },
}

LAYOUT380: dict[str, dict] = {
    "h380-1": {
        "title": "拆迁工作应急预案",
        "skip": [r"^拆迁应急预案$", r"^\|idpi$", r"^拆迁工作应急预案$"],
        "stop": r"^x政发〔〕XX号$",
        "sub": [(r"(?<=曙光新城棚户区改造)\n+(?=二、三期)", "")],
        "headings": [(r"^(一、指导思想|二、存在的困难和问题预测|三、应急方案)$", 1)],
    },
    "h380-2": {
        "title": "房屋征收与安置应急服务方案",
        "skip": [r"^- [1-4]、", r"^PAGE1$", r"^房屋征收与安置应急服务方案$"],
        "strip": [r"TOC\\h\\z\\u"],
        "headings": [(r"^第[一二三]节\S+$", 1), (r"^[一二三四]、(指导思想|编制依据|适用范围|事件分级)$", 2)],
    },
    "h380-3": {
        "title": None,
        "headings": [
            (r"^[一二三四]、(目的|指导思想|主要任务|领导指挥及应急处理机制)$", 1),
            (r"^\([一二三]\)", 2),
        ],
    },
    "h380-4": {
        "title": "Tenant’s Complaints Procedure",
        "english": True,
        "skip": [r"^Tenant’s Complaints Procedure$"],
        "headings": [(r"^Complaints by (tenants|the Association)$", 1)],
    },
    "h380-5": {
        "title": "Complaints regarding your Council property",
        "english": True,
        "skip": [r"^Complaints regarding your Council property$"],
        "headings": [(r"^Complaints process$", 1), (r"^(Stage one|Stage 2)$", 2)],
    },
}

LAYOUT381: dict[str, dict] = {
    "h381-1": {
        "title": "外国专家突发事件应急预案Emergency Preplan for the Incidents of Foreign Experts",
        "skip": [
            r"^中英文外国专家突发事件应急预案\.doc_第\d页$",
            r"^全文预览已结束$",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^精品文档外国专家突发事件应急预案",
        ],
        "split": (
            r"(?<=Foreign Experts) (?=为建立)|(?<=本预案。) (?=[一二]、)|(?<=编制依据) (?=依据)|(?<=范围) (?=本预案所称)"
            r"|(?<=专家。)(?=三、)|(?=\([1-5]\))|(?<=突发事件)(?=四、)|(?<=逐级报告)(?=五、)|(?<=处置措施)(?=1外国)"
            r"|(?<=的处置)(?=1\))"
        ),
        "headings": [(r"^[一二三四五]、", 1), (r"^1外国专家突发重大疾病的处置$", 2)],
    },
    "h381-2": {
        "title": "阿克苏市第三中涉外突发公共事件应急预案",
        "skip": [r"^涉外突发公共事件应急预案$", r"^更新时间:", r"^阿克苏市第三中涉外突发公共事件$", r"^应急预案$"],
        "split": r"(?<=工作。) (?=\(1\))|(?<=领导小组:) (?=组 长)",
        "headings": [(r"^[一二三]、", 1), (r"^\(1\)领导小组:$", 2)],
    },
    "h381-3": {
        "title": "Student Complaints",
        "english": True,
        "skip": [r"^Student working at desk$", r"^Policies and Procedures$", r"^Student Complaints$", r"^Open$", r"^Close$"],
        "headings": [(r"^(Purpose|Policy Statement|Responsibilities|Complaint|Procedure)$", 1)],
    },
    "h381-4": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [(r"^1\. Complaints Procedure$", 1), (r"^3\.1 +Informal Stage", 2)],
    },
    "h381-5": {
        "title": "English UK's student complaints procedure",
        "english": True,
        "skip": [r"^English UK's student complaints procedure$"],
        "bullet": r"^- ",
        "headings": [(r"^Complaints procedures for students in privately-owned centres$", 1)],
    },
}

LAYOUT382: dict[str, dict] = {
    "h382-1": {
        "title": "液化石油气充装站事故应急救援预案",
        "strip": [r"^1、最新应急预案范本模板液化石油气充装站事故应急救援预案液化石油气充装站事故应急救援预案 ", r"\n2、"],
        "split": r"(?=一、指导思想和基本原则)|(?<=一、指导思想和基本原则)|(?<=\(一\)指导思想)|(?=\(二\)基本原则)|"
        r"(?<=\(二\)基本原则)|(?=二、本预案适用范围)|(?<=二、本预案适用范围)|(?=[1-5]、)|(?=三、本预案危险源)|(?<=三、本预案危险源)",
        "headings": [
            (r"^[一二三]、(指导思想和基本原则|本预案适用范围|本预案危险源)$", 1),
            (r"^\([一二]\)(指导思想|基本原则)$", 2),
        ],
    },
    "h382-2": {
        "title": "加气站冻伤事故专项应急预案",
        "skip": [r"^加气站冻伤事故专项应急预案 下载本文$"],
        "sub": [(r"(?<=立即组织消防)\n+(?=应急队员)", "")],
        "split": r"(?<=;) (?=\(\d+\))|(?<=应急救援小组职责) (?=\(一\))",
        "headings": [(r"^3\.2\.4 应急救援小组职责$", 1), (r"^\([一二]\)(消防抢险组|警戒疏导组)职责:$", 2)],
    },
    "h382-3": {
        "title": None,
        "english": True,
        "headings": [(r"^For both our existing and prospective customers$", 1)],
    },
    "h382-4": {
        "title": "Codes of Practice",
        "english": True,
        "skip": [r"^Flogas Natural Gas$", r"^Codes of Practice$"],
        "sub": [(r"(?m)^Complaints Handling MORE$", "Complaints Handling")],
        "rejoin": [
            r"\n(?=(?:Telephone|Fax|Address|Email|Website): )",
            r"(?<=Regulation,)\n(?=The Exchange)",
            r"(?<=The Exchange,)\n(?=Belgard)",
            r"(?<=North,)\n(?=Dublin 24)",
        ],
        "headings": [(r"^(Complaints Handling|Billing & Disconnection)$", 1), (r"^Step [1-3]$", 2)],
    },
}

LAYOUT383: dict[str, dict] = {
    "h383-1": {
        "title": "**纯净水厂 食品事故应急预案",
        "skip": [r"^纯净水厂应急预案$", r"^2020-03-03 09:51:55 来源:", r"^\*\*纯净水厂 食品事故应急预案$"],
        "headings": [
            (r"^[一二三四]、(总则|单位概况:|组织机构及职责:|预防与预警:)$", 1),
            (r"^(1\.1编制目的:|3\.1 机构设置:)$", 2),
        ],
    },
    "h383-2": {
        "title": "突发性水质污染事故应急预案",
        "strip": [r"^精选优质文档-倾情为你奉上突发性水质污染事故应急预案"],
        "split": r"(?<=^第一章总则)|(?=第[一二三四]条)|(?=\([一二三]\)因)",
        "headings": [(r"^第一章总则$", 1)],
    },
    "h383-3": {
        "title": None,  # the stored copy gives the plan no title of its own, only the collection's "企业供水应急预案1"
        "skip": [
            r"^范文资料网>",
            r"^企业供水应急预案(15篇|1)?$",
            r"^时间:2023-01-11",
            r"^在日常生活或是工作学习中",
        ],
        "headings": [(r"^一、总则$", 1), (r"^\([一二三四]\)(目的|工作原则|编制依据|适用范围)$", 2)],
    },
    "h383-4": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Complaints$"],
        "headings": [],
    },
    "h383-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^Stage [123]$", 1)],
    },
}

LAYOUT385: dict[str, dict] = {
    "h385-1": {
        "title": "服務質素標準15-申訴",
        "skip": [r"^服務質素標準15-申訴$"],
        "bullet": r"^- ",
        "headings": [(r"^(目的|政策|程序)$", 1)],
    },
    "h385-2": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Skip to main content$", r"^Craven District of Sanctuary$", r"^Complaints Policy$"],
        "headings": [(r"^How can a volunteer complain\?$", 1), (r"^Stage [123]: ", 1)],
    },
    "h385-3": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^(Informal Complaints|Formal Complaint)$", 1)],
    },
    "h385-4": {
        "title": "Volunteer complaints procedure",
        "english": True,
        "skip": [r"^Volunteer complaints procedure$"],
        "headings": [
            (
                r"^(Dealing with complaints and disputes|Complaints from volunteers|"
                r"Procedure for dealing with Volunteer Complaints and Disputes)$",
                1,
            ),
            (r"^(Oral complaint|Written complaint|Right to appeal)$", 2),
        ],
    },
}

LAYOUT386: dict[str, dict] = {
    "h386-1": {
        "title": "Nuneaton Tennis Club - Complaints and Appeals Policy",
        "english": True,
        "skip": [
            r"^Nuneaton Tennis Club - Complaints and Appeals Policy$",
            r"^Print$",
            r"^Thursday the 18th\. Caldwell Road",
            r"^Copyright 2012$",
            r"^©$",
        ],
    },
    "h386-2": {
        "title": "Complaints Resolution Process",
        "english": True,
        "strip": [r"^Banbury Tennis Club\n\nComplaints Resolution Process\n\n"],
        "skip": [r"^Complaints Resolution Process$"],
    },
    "h386-3": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [(r"^Complaints Procedure$", 1)],
    },
}

LAYOUT387: dict[str, dict] = {
    "h387-1": {
        "title": "关于印发《舟山市农林与渔农村委员会渔农家乐休闲旅游防汛防台应急预案》的通知",
        "sub": [
            (
                r"舟山市农林与渔农村委员会\n\n渔农家乐休闲旅游防汛防台应急预案",
                "舟山市农林与渔农村委员会渔农家乐休闲旅游防汛防台应急预案",
            )
        ],
        "skip": [
            r"^您当前的位置:",
            r"^>> ?政策法规",
            r"^>>正文$",
            r"^发布日期:",
            r"^关于印发《舟山市农林与渔农村委员会渔农家乐休闲旅游防汛防台应急预案》的通知$",
        ],
        "headings": [
            (r"^舟山市农林与渔农村委员会渔农家乐休闲旅游防汛防台应急预案$", 1),
            (r"^一、总则$", 2),
            (r"^\([一二三四]\)(编制目的|编制依据|适用范围|工作原则)。$", 3),
        ],
    },
    "h387-2": {
        "title": "IN-HOUSE COMPLAINTS PROCEDURE",
        "english": True,
        "skip": [r"^IN-HOUSE COMPLAINTS PROCEDURE$"],
        "headings": [],
    },
    "h387-3": {
        "title": "Complaints Policy for Wareham Forest Tourist Park",
        "english": True,
        "sub": [(r"^Complaints Policy\nfor Wareham Forest Tourist Park", "Complaints Policy for Wareham Forest Tourist Park")],
        "skip": [r"^Complaints Policy for Wareham Forest Tourist Park$"],
        "headings": [
            (
                r"^(How we will use any information you give us|Why we need a complaints policy|How to make a formal complaint"
                r"|Whether we will investigate your formal complaint|Our formal complaints procedure):-$",
                1,
            )
        ],
    },
    "h387-4": {
        "title": "I want to make a complaint",  # the article's title, from its address; the stored text has none
        "english": True,
        "bullet": r"^- ",
        "headings": [],
    },
}

LAYOUT388: dict[str, dict] = {
    "h388-1": {
        "title": "Talkmobile Complaints Procedure",
        "english": True,
        "skip": [r"^Talkmobile Complaints Procedure$"],
        "headings": [],
    },
}

LAYOUT389: dict[str, dict] = {
    "h389-1": {
        "title": None,  # the stored excerpt starts in the middle of the document; its title is not in it
        "join": r"^(\d、|\(\d\)|以上)",  # the PDF's line breaks inside a sentence: the lines are one paragraph
        "headings": [(r"^七、【处理方案】$", 1)],
    },
    "h389-2": {
        "title": "Rawtdoor Ltd Complaints Policy",
        "english": True,
        "skip": [r"^Rawtdoor Ltd Complaints Policy$"],
        "headings": [(r"^How to raise a complaint$", 1)],
    },
    "h389-3": {
        "title": None,  # the stored text has no title line; the page's name is only in its address
        "english": True,
        "headings": [(r"^DoorDash Drive Order Refunds$", 1), (r"^(LIVE order issues|Other issues)$", 2)],
    },
}

LAYOUT390: dict[str, dict] = {
    "h390-1": {
        "title": "胡家湾风电场抗旱预案",
        "strip": [r"(?m)^10页胡家湾风电场抗旱预案"],
        "skip": [r"^风电场抗旱应急预案实施\.doc$"],
        "split": r"(?<=^一、总贝!\])|(?=1\.[123](?:编制目的|工作原则|编制依据))|(?<=1\.1编制目的)|(?<=1\.2工作原则)|"
        r"(?<=1\.3编制依据)|(?=[1-4]、 (?:坚持|制定|指挥|收集|组织))|(?=2、《)|(?=二 基本情况)|(?<=二 基本情况)|"
        r"(?<=2\.1风场概况)|(?=三、前期准备)|(?<=三、前期准备)|(?<=3指挥体系及职责)|(?<=3」指挥体系)|(?=指挥部职责1、)|"
        r"(?<=指挥部职责)(?=1、)|(?=4预防及预警)|(?<=4预防及预警)|(?<=4」旱情信息监测及报告)|(?<=4\.2预防措施)",
        "headings": [
            (r"^(一、总贝!\]|二 基本情况|三、前期准备)$", 1),
            (r"^(1\.[123](编制目的|工作原则|编制依据)|2\.1风场概况|3指挥体系及职责|4预防及预警)$", 2),
            (r"^(3」指挥体系|指挥部职责|4」旱情信息监测及报告|4\.2预防措施)$", 3),
        ],
    },
    "h390-2": {
        "title": "防汛、防强对流天气应急预案",
        "skip": [r"^安全管理网$", r"^防汛、防强对流天气应急预案$", r"^评论: 更新日期:"],
        "headings": [(r"^3\.6\.[23] (Ⅱ|Ⅲ)级预警$", 2), (r"^3\.6\.2\.2 Ⅱ级预警响应$", 3)],
    },
    "h390-3": {
        "title": "大风应急预案",
        "strip": [r"(?m)^1、大风应急预案(?=吉林)"],
        "sub": [(r"\n\n[23]、(?=气概况|纸等媒体)", "")],
        "skip": [
            r"^大风应急预案$",
            r"^(ID|大小|页数|时间):",
            r"^大风应急预案_第\d页$",
            r"^资源描述:$",
            r"^《大风应急预案》由会员上传分享",
        ],
        "split": r"(?<=股份有限公司)(?=二〇一一年七月)|(?<=二〇一一年七月)|(?<=1、总则)|(?=1\.[1-4](?:编制目的|编制依据|适用范围|基本情况))|"
        r"(?<=1\.1编制目的)|(?<=1\.2编制依据)|(?<=1\.3适用范围)|(?<=1\.4基本情况)|(?<=1\.4\.1大风天气概况)|(?=1\.4\.2主要危害)|"
        r"(?<=1\.4\.2主要危害)|(?=2、预防和应急准备)|(?<=2、预防和应急准备)|(?<=2\.1预防)|(?=\([234]\))",
        "headings": [
            (r"^(1、总则|2、预防和应急准备)$", 1),
            (r"^(1\.[1-4](编制目的|编制依据|适用范围|基本情况)|2\.1预防)$", 2),
            (r"^1\.4\.[12](大风天气概况|主要危害)$", 3),
        ],
    },
    "h390-4": {
        "title": "新能源车锂电池事故应急预案",
        "strip": [r"(?m)^新能源车锂电池事故应急预案 (?=一、目的)"],
        "skip": [r"^新能源车电池事故应急预案\.docxVIP$", r"^• "],
        "split": r"(?<=^一、目的) | (?=[二三四五]、 )|(?<=二、 适用范围) |(?<=三、 定义) |(?<=四、 事故类型) |"
        r"(?<=五、 组织机构与职责) | (?=\([一二]\) )|(?<=\(一\) 应急指挥小组) |(?<=\(二\) 技术保障组) | (?=[123]、 )|"
        r"(?<=事故应急处置流程图) | (?=(?:组长\(总指挥\)|副组长\(副总指挥\)|成员|仓库管理|设备安装检修|运输|组长):)|"
        r" (?=[①②③④⑤⑥⑦⑧] )",
        "headings": [
            (r"^[一二三四五]、 ?(目的|适用范围|定义|事故类型|组织机构与职责)$", 1),
            (r"^\([一二]\) (应急指挥小组|技术保障组)$", 2),
            (r"^[23]、 (应急指挥小组职责与应急处置要点|事故应急处置流程图)$", 3),
        ],
    },
    "h390-5": {
        "title": "Our Complaints Process",
        "english": True,
        "skip": [r"^Our Complaints Process$"],
        "bullet": r"^- ",
        "headings": [(r"^Step [123]: (Receive & Register|Acknowledge|Investigate)$", 1)],
    },
}

LAYOUT391: dict[str, dict] = {
    "h391-1": {
        "title": "压力容器爆炸事故专项应急预案",
        "strip": [r"^压力容器爆炸事故专项应急预案(?=第一章)"],
        "split": r"(?=第[一二三四五六]章)|(?=第[一二三四五六七八九十]+条)|(?<=第一章目的)|(?<=第二章工作原则)|"
        r"(?<=第三章适用范围)|(?<=第四章事故类型和危害程度分析)|(?<=第五章组织机构及职责)|(?<=第六章主要职责)|"
        r"(?<=基本原则)(?=1受困)|(?<=。)(?=[234](?:防止事故|环境保护|以最快))|(?=副总指挥:)",
        "headings": [(r"^第[一二三四五六]章", 1)],
    },
    "h391-2": {
        "title": "东南大学特种设备重特大安全事故应急救援预案",
        "skip": [
            r"^您所在的位置:$",
            r"^首页$",
            r"^>>$",
            r"^管理制度$",
            r"^学校制度$",
            r"^东南大学特种设备重特大安全事故应急救援预案$",
            r"^发布日期:2015-07-24 浏览次数:441$",
        ],
        "headings": [(r"^[一二三四]、", 1)],
    },
    "h391-3": {
        "title": "医院特种设备事故应急救援预案",
        "skip": [r"^《医院特种设备事故应急救援预案\.doc》由会员分享"],
        "sub": [(r"(?m)^1、医院特种设备事故应急救援预案(?=第一章)", ""), (r"\n2、(?=;)", "")],
        "split": r"(?=第[一二三四五六七八九十]+[章条] )|(?<=第一章 总则)|(?<=第二章 应急处理机构和职责)|(?=\([一二三四五]\))",
        "headings": [(r"^第[一二]章 ", 1)],
    },
    "h391-4": {
        "title": "医院特种设备事故应急救援预案",
        "skip": [r"^已阅读5页", r"^版权说明:", r"^文档简介$"],
        "sub": [(r"(?m)^此文档收集于网络,如有侵权,请联系网站删除医院特种设备事故应急救援预案(?=第一章)", "")],
        "split": r"(?=第[一二三四五六七八九十]+[章条] )|(?<=第一章 总则)|(?=\([一二三四五六]\))",
        "headings": [(r"^第一章 总则$", 1)],
    },
    "h391-5": {
        "title": None,  # the stored copy has no title of its own; none is made up
        "english": True,
        "strip": [r"^Email: sales@thpuk\.co\.uk\n"],
        # the three contact lines as one paragraph (a paragraph of its own would open with "Address:", the test's mark
        # of an address block left in)
        "sub": [(r"\n(?=Email: sales@thpuk\.co\.uk|Address: Trace Heating Products Ltd)", " ")],
        "headings": [
            (
                r"^(Purpose of This Procedure|How to Make a Complaint|Our Complaint Handling Process|Investigation|"
                r"Who Can Raise a Complaint)$",
                1,
            )
        ],
    },
}

LAYOUT392: dict[str, dict] = {
    "h392-1": {
        "title": "12315消费者申诉举报处理制度",
        "skip": [
            r"^12315工作制度(\.docx)?$",
            r"^12315工作制度\.docx_第\d页$",
            r"^第\d页 / 共20页$",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^点击查看更多>>$",
            r"^下载资源$",
            r"^资源描述$",
            r"^《12315工作制度\.docx》由会员分享",
            r"^12315消费者申诉举报处理制度$",
        ],
        "headings": [(r"^第[一二]章", 1)],
    },
    "h392-2": {
        "title": "关于12331举报电话涉及食品安全投诉举报处理的通知",
        "skip": [
            r"^排名推广 热搜:",
            r"^17600109315$",
            r"^服务时间 ",
            r"^关于12331举报电话涉及食品安全投诉举报处理的通知",
            r"^日期:2013-09-05",
            r"^【",
        ],
        "headings": [],
    },
    "h392-3": {
        "title": None,
        "headings": [(r"^\(一\)咨询、建议、意见的受理和处理$", 2)],
    },
    "h392-4": {
        "title": "消费纠纷和解制度",
        "skip": [r"^您好,欢迎访问三七文档$", r"^消费纠纷和解制度$"],
        "split": r"(?<=^消费纠纷和解制度)|(?=第[一二三四五六七八九十]+条)|(?<=[。:])(?=[1-4]、)|(?<=组织实施)(?=1、)",
        "headings": [],
    },
    "h392-5": {
        "title": "Trading Standards - policy for dealing with complaints",
        "english": True,
        "skip": [r"^Skip to main content$", r"^Trading Standards - policy for dealing with complaints$"],
        "bullet": r"^• ",
        "headings": [(r"^Consumer contacts$", 1)],
    },
}

LAYOUT393: dict[str, dict] = {
    "h393-1": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [
            (r"^(Our Principles for Managing Complaints|To Whom Should I Raise my Concern/Complaint Initially\?)$", 1),
        ],
    },
    "h393-2": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [
            (
                r"^1\. (Policy Overview|Aims of the Policy|Who Can Make a Complaint\?|Time Limits for Complaints"
                r"|How to Make a Complaint)$",
                1,
            ),
            (r"^Local Resolution \(Stage 1\):$", 2),
        ],
    },
    "h393-3": {
        "title": "Internal Complaint Handling Procedure",
        "english": True,
        "skip": [r"^Internal Complaint Handling Procedure$"],
        "headings": [(r"^(Our policy|What is a complaint\?|Complaints classification|Staff procedure)$", 1)],
    },
}

LAYOUT394: dict[str, dict] = {
    "h394-1": {
        "title": "抱怨处理程序",
        "skip": [r"^抱怨处理程序$", r"^合集下载$", r"^\d\. \d、"],
        "headings": [(r"^\d (目的|适用范围|职责|程序)$", 1), (r"^4\.[12] 抱怨(受理|的处理)$", 2)],
    },
    "h394-2": {
        "title": None,  # the stored text begins at "1、总则"; the page's title was not stored
        "split": r"(?<=^1、总则) | (?=\d、)| (?=\d\.\d)| (?=(?:组长|副组长|组员|联系电话):)|(?<=职责:) ",
        "headings": [(r"^\d、", 1), (r"^4\.\d (组长|副组长|组员)职责:$", 2)],
    },
    "h394-3": {
        "title": "侯马市政通污水处理厂安全生产应急预案",
        "sub": [(r"侯马市政通污水处理厂\n安全生产应急预案", "侯马市政通污水处理厂安全生产应急预案")],
        "skip": [
            r"^1 / 25$",
            r"^文档名称:$",
            r"^污水处理厂安全生产应急预案汇编\.pdf$",
            r"^格式:pdf",
            r"^下载后只包含",
            r"^如果您已付费下载过",
            r"^(分享|预览|相关文档|文档介绍|下载得到文件列表)$",
            r"^上传人:",
            r"^文档介绍:",
            r"^1:\.$",
            r"^侯马市政通污水处理厂安全生产应急预案$",
        ],
        "join": r"^第.章|\.{3}|^目录$",  # the PDF's line breaks inside a sentence
        "headings": [(r"^第一章总则$", 1), (r"^\(一\)目的:$", 2)],
    },
    "h394-4": {
        "title": "Comments, Compliments, Feedback, Complaints Policy",
        "english": True,
        "skip": [r"^Comments, Compliments, Feedback, Complaints Policy$"],
        "headings": [
            (r"^(Contents|About ENVECO|ENVECO Customer Feedback|Initial Requests for Service/First Reports of Defect)$", 1),
        ],
    },
}

LAYOUT395: dict[str, dict] = {
    "h395-1": {
        "title": "酒吧安保应急预案表",
        "skip": [r"^酒吧安保应急预案表$", r"^- (格式|大小|文档页数):"],
        "split": r"(?<=^一、应急预案概述)|(?<=^二、适用范围)|(?<=^三、组织机构及职责)|(?<=^四、应急处置流程)|(?<=^五、后期处置)|"
        r"(?=[1-4]\. )|(?=\([1-4]\))|(?<=启动应急预案)(?=应急处置领导小组根据)|(?<=1\. 事件调查)|(?<=2\. 责任追究)|"
        r"(?<=3\. 预防措施)",
        "headings": [
            (r"^[一二三四五六]、(应急预案概述|适用范围|组织机构及职责|应急处置流程|后期处置|应急物资)$", 1),
            (r"^[1-4]\. \S+$", 2),
        ],
    },
    "h395-2": {
        "title": None,
        "stop": r"^为加强消防管理",
        "headings": [(r"^[四五六]、(义务消防队组织管理制度|灭火和应急疏散预案演练制度|灭火和应急疏散预案)$", 1)],
    },
    "h395-3": {
        "title": "KTV娱乐场所顾客投诉处理制度",
        "skip": [
            r"_第\d页$",
            r"^全文预览已结束$",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^KTV娱乐场所顾客投诉处理制度$",
        ],
        "split": r"(?=第[一二三四]章)|(?<=第一章总则)|(?<=第二章适用范围)|(?<=第三章投诉处理目标)|(?<=第四章投诉处理流程)|"
        r"(?=[1-4]\.)|(?<=1\.投诉受理)|(?<=2\.投诉登记)|(?<=3\.初步调查)",
        "headings": [
            (r"^第[一二三四]章(总则|适用范围|投诉处理目标|投诉处理流程)$", 1),
            (r"^[1-4]\.(投诉受理|投诉登记|初步调查|处理决定)$", 2),
        ],
    },
    "h395-4": {
        "title": None,
        "sub": [(r"(?<=[^。?？!)）\n])\n(?!\d\d、)", "")],
        "headings": [(r"^(29|3[0-4])、", 1)],
    },
    "h395-5": {
        "title": "Complaints Process",
        "english": True,
        "skip": [r"^Complaints Process$"],
        "headings": [
            (
                r"^(Noise incident register|Complaints we receive from the public|Complaints the council receive from the public)$",
                1,
            )
        ],
    },
}

LAYOUT396: dict[str, dict] = {
    "h396-1": {
        "title": "Car-Market Limited Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$", r"^Car-Market Limited Complaints Procedure$"],
        "headings": [(r"^Step [123]: ", 1)],
    },
    "h396-2": {
        "title": "Complaints policy",
        "english": True,
        "skip": [
            r"^Complaints( policy)?$",
            r"^Editorial summary$",
            r"^(Last reviewed|17 May 2026|Reviewer|cheap car tow editorial team|Reading time|~6 minutes)$",
            r"^(section|insight|by the numbers)$",
        ],
        "headings": [(r"^(Scope of this policy|How to make a complaint|What we do when we receive a complaint)$", 1)],
    },
    "h396-3": {
        "title": "WHAT TO DO IF YOU HAVE A COMPLAINT",
        "english": True,
        "skip": [r"^WHAT TO DO IF YOU HAVE A COMPLAINT$"],
        "headings": [],
    },
}

LAYOUT397: dict[str, dict] = {
    "h397-1": {
        "title": "客户投诉处理程序",
        "sub": [(r"(?m)^1、", ""), (r"\n[23]、", "")],
        "skip": [r"^《客户投诉处理程序\.docx》由会员分享", r"^客户投诉处理程序$"],
        "split": r"(?=1\.0目的)|(?<=1\.0目的)|(?=2\.[12] )|(?<=2\.1 适用范围)|(?<=2\.2 职责)|(?=4\.0定义)|(?<=4\.0定义)"
        r"|(?=5\.0工作程序)|(?<=5\.0工作程序)|(?<=客户投诉处理)(?=\(1\))|(?=\(\d\))"
        r"|(?=品质部经理或总经理助理)|(?=品质部OQC检查员)|(?=品质部OQC主任)|(?=总经理或副总经理在)"
        r"|(?=A0D:)|(?=退货回厂:)|(?=客户投诉:是指)|(?=拉拣退货:)",
        "headings": [
            (r"^(1\.0目的|2\.1 适用范围|2\.2 职责|4\.0定义|5\.0工作程序)$", 1),
            (r"^客户投诉处理$", 2),
        ],
    },
    "h397-2": {
        "title": "Missing, Damaged & Incorrect Goods Policy",
        "english": True,
        "sub": [(r"(?m)^-\n", "- ")],
        "split": r"(?<=\.) (?=• )",
        "bullet": r"^(?:• |- )",
        "skip": [r"^Missing, Damaged & Incorrect Goods Policy$"],
        "headings": [
            (r"^(Quick Summary — What You Need to Do|Full Policy)$", 1),
            (r"^[1-4]\. (Checking Your Order|Missing Goods|Damaged or Incorrect Goods|Timber Products — Your Duty of Care)$", 2),
            (r"^(If the driver is still at the address|Photographic Evidence)$", 3),
        ],
    },
    "h397-3": {
        "title": "Grievances and Complaints",  # from the page's address; the stored text has no heading of its own
        "english": True,
        "headings": [],
    },
}

LAYOUT398: dict[str, dict] = {
    "h398-1": {
        "title": "客户投诉及退货管理方案",
        "skip": [r"^您的当前位置:首页正文$", r"^004-客户投诉及退货管理方案$", r"^2023-08-26 来源:", r"^客户投诉及退货管理方案$"],
        "split": r" (?=(?:[1-9]|10)\. )",
        "headings": [],
    },
    "h398-2": {
        "title": "南京佳盛金属表面处理有限公司突发环境事件应急预案",
        "skip": [r"^佳盛2018年排污公示", r"^日期:2018-09-17", r"^南京佳盛金属表面处理有限公司突发环境事件应急预案$"],
        "join": r"^(本预案|突发环境事件应急预案$|各部门:)",
        "headings": [(r"^突发环境事件应急预案$", 1)],
    },
    "h398-3": {
        "title": "Lodging A Complaint",
        "english": True,
        "skip": [r"^top of page$", r"^Lodging A Complaint$"],
        "headings": [(r"^Complaints Referred to Customer Care$", 1)],
    },
    "h398-4": {
        "title": "How To Handle Customer Complaints Guideline",
        "english": True,
        "skip": [r"^How To Handle Customer Complaints Guideline$"],
        "headings": [],
    },
}

LAYOUT399: dict[str, dict] = {
    "h399-1": {
        "title": None,
        "headings": [(r"^[一二三四五六]、(目的|范围|职责|资源配置|应急准备|应急响应)$", 1)],
    },
    "h399-2": {
        "title": None,
        "strip": [r"(?m)^\?\?\? "],
        "headings": [(r"^第[一二]章\? ", 1)],
    },
    "h399-3": {
        "title": "山西华兴铝业有限公司生产安全事故应急预案",
        "skip": [r"^山西华兴铝业有限公司安全生产综合应急预案\(送应急救援指挥中心备案版最终版\) \.doc$", r"^《山西华兴铝业"],
        "strip": [r"(?m)^1、山西华兴铝业有限公司生产安全事故应急预案", r"\n2、"],
        "split": r"(?=版 本:)|(?=编制单位:)|(?=颁布日期:)|(?=2015年4月26日发布)|(?=前言为贯彻)|(?<=前言)(?=为贯彻)",
        "headings": [(r"^前言$", 1)],
    },
    "h399-4": {
        "title": "陜西有色金屬控股集團(tuán)漢中鋅業(yè)有限責(zé)任公司突發(fā)環(huán)境事件應(yīng)急預(yù)案",
        "skip": [r"^陜西有色金屬控股集團\(tuán\)漢中鋅業", r"^發布時間:"],
        "headings": [(r"^1 總則$", 1), (r"^1\.[123](?!\.)\S", 2), (r"^1\.3\.1\S", 3)],
    },
    "h399-5": {
        "title": "Grievance Mechanism Procedure",
        "english": True,
        "skip": [r"^Grievance Mechanism Procedure$", r"^\(GRIEVANCE MECHANISM PROCEDURE, PDF Version\) Download$"],
        "sub": [
            (r"(?m)^(Stakeholder Contact Officer|Grievance Owner) \|\n\|$", r"| \1 | |"),
            (r"(?m)^(?=(?:Grievance|Grievance Mechanism|Internal Stakeholders|External Stakeholders) : \|)", "| "),
            (r"(?m)^(?=(?:Roles|Category|Level [123]) \|)", "| "),
            (r"(?m)^(?=---\|)", "| "),
        ],
        "pipe_table": True,
        "bullet": r"^- ",
        "headings": [(r"^[1-6]\. [A-Z]", 1), (r"^6\.[1-4] [A-Z]", 2)],
    },
}

LAYOUT400: dict[str, dict] = {
    "h400-1": {
        "title": "客户投诉处理程序",
        "split": r" (?=第 [12] 页 共 7 页)|(?<=共 7 页) | (?=14/06/2012)| (?=XXXXX 有限公司 TIGERS)| (?=[1-3]\.0 )|"
        r" (?=4\. 0 职责)| (?=4\.[12] )|(?<=Purpose:) |(?<=Applicable Scope:) |(?<=Definition:) |(?<=Responsibility) |"
        r" (?=The purpose of this procedure)| (?=This procedure is applicable)| (?=Sales Dept\. is)",
        "skip": [
            r"^XXXXX 有限公司/ Tigers Co\., Ltd\.$",
            r"^第 [12] 页 共 7 页$",
            r"^客户投诉处理程序 Cu stomer Complaint SOP 001$",
        ],
        "headings": [(r"^([1-3]\.0 (目的 Purpose|适用范围 Applicable Scope|定义 Definition):|4\. 0 职责 Responsibility)$", 1)],
    },
    "h400-2": {
        "title": "",  # the stored text gives no title
        "strip": [r"^文档介绍:"],
        "headings": [
            (r"^[1-4] ?(目的Objective|适用范围Applicable Scope|职责Responsibility|工作程序Work Procedures)$", 1),
            (r"^(收集用户意见,反馈质量信息。|Collect User Suggestions and Feed back Quality Information)$", 2),
        ],
    },
    "h400-3": {
        "title": "Customer Complaint Management Procedure 客户抱怨管理程序",
        "sub": [
            (
                r"Number文件编号:\nMC-C5-01\nDepartment 部门:\nQuality Dept\nSubject文件名称:\n"
                r"Customer Complaint Management Procedure 客户抱怨管理程序\nRevision 版本:\n1\.0\nEffective Date生效日期:\n2021-01-01",
                "| Number文件编号: | MC-C5-01 |\n| Department 部门: | Quality Dept |\n"
                "| Subject文件名称: | Customer Complaint Management Procedure 客户抱怨管理程序 |\n| Revision 版本: | 1.0 |\n"
                "| Effective Date生效日期: | 2021-01-01 |",
            ),
            (r"批准:\n审核:\n作成:", "| 批准: | 审核: | 作成: |"),
            (
                r"Revision\nEffective Date\n生效日期\nOriginator\n编写人\nReasons for Change\n修改原因",
                "| Revision | Effective Date 生效日期 | Originator 编写人 | Reasons for Change 修改原因 |",
            ),
        ],
        "rejoin": [
            r"(?<=feedbacks on)\n(?=products and services\.)",
            r"(?<=received by customer)\n(?=which is not as promised)",
            r"(?<=carried out correctly)\n(?=and in timely manner\.)",
        ],
        "pipe_table": True,
        "skip": [r"^Logo$"],
        "headings": [
            (r"^[1-4]\.0 (Purpose 目的|Scope 范围|Definitions 定义|Procedure and Flow chart)$", 1),
            (r"^(Change History|变更记录)$", 1),
            (
                r"^(3\.1Customer complaint 客户抱怨|4\.1Responsibility and authority 职责与权限|"
                r"4\.2Acceptance of customer complaint 客户抱怨的接收|4\.3Processing of Customer Complaint 客户抱怨的处理)$",
                2,
            ),
            (r"^4\.3\.1Product Related Complaint 与产品相关的抱怨$", 3),
        ],
    },
    "h400-4": {
        "title": "顾客满意度控制程序",
        "split": r"(?<=第二层次文件)(?=顾客满意度控制程序JN)|(?<=控制程序)(?=JN\.LY)|(?<=-2015)(?=编制:)|(?<=批准:)(?=发布日期:)|"
        r"(?<=2015\.08\.01)(?=顾客满意度控制程序1)|(?<=控制程序)(?=1 目的)|(?<=1 目的)(?=为了)|(?<=2 范围)(?=本程序)|"
        r"(?<=3 引用文件)(?=无)|(?<=4 术语)(?=4\.1)|(?<=5 职责)(?=5\.1)|(?<=5\.1 销售中心)(?=5\.1\.1)|"
        r"(?<=6 内容及要求)(?=6\.1)|(?<=调查计划)(?=为了掌握顾客对公司)",
        "skip": [r"^023、顾客投诉及满意度控制程序$", r"^顾客满意度控制程序$"],
        "headings": [
            (r"^[1-6] (目的|范围|引用文件|术语|职责|内容及要求)$", 1),
            (r"^(5\.1 销售中心|6\.1 制定年度顾客满意度调查计划)$", 2),
        ],
    },
    "h400-5": {
        "title": "CUSTOMER COMPLAINTS",
        "english": True,
        "skip": [r"^CUSTOMER COMPLAINTS$"],
        "headings": [],
    },
}

LAYOUT401: dict[str, dict] = {
    "h401-1": {
        "title": "xx化工有限公司突发事件综合应急预案",
        "skip": [r"^联系方式 \| 业务合作 \| 会员$", r"^xx化工有限公司突发事件综合应急预案$", r"^2009-10-13 +来源:安全文化网"],
        "headings": [
            (r"^1\.总则$", 1),
            (r"^1\.[123] (编制目的|编制依据|预案的适用范围)$", 2),
            (r"^1\.3\.[12](适用范围|事故等级的划分)$", 3),
        ],
    },
    "h401-2": {
        "title": "投诉处理系统实施指引",
        "skip": [r"^投诉处理系统实施指引$", r"^范畴$", r"^建议措施$"],
        "sub": [(r"(?<=有关系)\n(?=统强调)", ""), (r"[ \t]*\n[ \t]+(?=\|)", " ")],
        "split": r"\s*\|\s*",
        "headings": [(r"^引言:$", 1)],
    },
    "h401-3": {
        "title": "Policy on Customer Complaint and Grievance handling mechanism",
        "english": True,
        "skip": [
            r"^about us » Policy on Customer Complaints$",
            r"^Policy on Customer Complaints and grievance handling mechanism$",
            r"^Policy on Customer Complaint and Grievance handling mechanism$",
        ],
        "headings": [(r"^Purpose of the Policy:$", 1)],
    },
}

LAYOUT402: dict[str, dict] = {
    "h402-1": {
        "title": "忻阜高速养护二工区除雪防滑应急预案",
        "skip": [
            r"^除雪防滑预案$",
            r"^合集下载$",
            r"^相关主题$",
            r"^- [123]、",
            r"^忻阜高速养护二工区$",
            r"^除雪防滑应急预案$",
        ],
        "headings": [
            (r"^[一二]、(组织机构|工作方案)$", 1),
            (r"^领导组(办公室)?职责:$", 2),
        ],
    },
    "h402-2": {
        "title": "道路保通应急预案",
        "skip": [r"^道路保通应急预案$"],
        "join": r"^(\(\d\)、|\(一\)|[一二]、|组 长|副组长|成 员|巡 视 组|保通指挥组|保通抢险组|应急保通领导小组组成如下)",
        "headings": [
            (r"^[一二]、(应急预案原则|应急组织机构及成员、组织职责任务)$", 1),
            (r"^\(一\)应急保通组织机构及成员$", 2),
        ],
    },
    "h402-3": {
        "title": "桥梁施工安全应急预案",
        "skip": [r"^桥梁施工安全应急预案$"],
        "join": r"^(\(\d\)|[一二]、)",
        "headings": [(r"^[一二]、(编制目的|职责):$", 1)],
    },
    "h402-4": {
        "title": "红旗桥防汛抢险应急预案",
        "skip": [r"^版权说明:", r"^文档简介$", r"^红旗桥防汛抢险应急预案$"],
        "sub": [(r"(?m)^1、 (?=红旗桥)", ""), (r"\n[23]、(?=明显。|编发有关)", "")],
        "split": r"(?<=^红旗桥防汛抢险应急预案)|(?<=。) (?=[一二]、)|(?<=一、指引思想) |(?<=二、总体规定)|(?=三、组织机构)"
        r"|(?<=三、组织机构)|(?=组 长:)|(?=副组长:)| (?=成 员:)|(?=领导组办公室设在)|(?=领导组办公室值班电话)|(?=\(一\))"
        r"|(?<=领导组办公室职责:)|(?<=。)(?=[2-6]、)",
        "headings": [
            (r"^[一二三]、(指引思想|总体规定|组织机构)$", 1),
            (r"^\(一\)领导组办公室职责:$", 2),
        ],
    },
    "h402-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [
            (r"^(Complaints and Enquiries|How we handle Complaints)$", 1),
            (r"^(Key Definitions|Complaints Process)$", 2),
        ],
    },
}

LAYOUT403: dict[str, dict] = {
    "h403-1": {
        "title": "冷链管理应急预案管理制度",
        "skip": [
            r"^收藏 分享",
            r"^冷链管理应急预案管理制度\.doc",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^第\d页 / 共3页$",
            r"^亲,该文档",
            r"^资源描述$",
        ],
        "strip": [r"(?m)^1、(?=1\.目的)", r"\n\n2、(?=正常运行)"],
        "split": r"(?<=目的:)|(?=[234]\.(?:范围|定义|内容):)|(?<=范围:)|(?<=定义:)|(?<=内容:)|(?=4\.[123]\.)|"
        r"(?<=设备故障处理)|(?<=过程控制)|(?<=停电应急预案)",
        "headings": [
            (r"^[1-4]\.(目的|范围|定义|内容):$", 1),
            (r"^4\.[23]\.(设备故障处理|过程控制)$", 2),
            (r"^4\.3\.1\.停电应急预案$", 3),
        ],
    },
    "h403-2": {
        "title": "冷藏、冷凍藥品儲(chǔ)運(yùn)應(yīng)急預(yù)案",
        "skip": [
            r"^<image>",
            r"^下載本文檔$",
            r"^版權\(quán\)說\(shuō\)明:",
            r"^文檔簡\(jiǎn\)介$",
            r"^冷藏、冷凍藥品儲\(chǔ\)運\(yùn\)應\(yīng\)急預\(yù\)案$",
        ],
        "strip": [r"(?m)^1、(?=冷藏、冷凍)"],
        "split": r"(?=(?:編號\(hào\)|起草部門\(mén\)|起草人|審核人|批準\(zhǔn\)人|版本號\(hào\)|起草日期|審核日期|批準\(zhǔn\)日期|變更日期|"
        r"變更原因|執\(zhí\)行日期):)|(?=[一二三]、 )|(?<=目的:)|(?<=責\(zé\)任部門\(mén\):)|(?<=內\(nèi\)容:)|(?=1\. 應\(yīng\)急處理小組)|"
        r"(?=緊急狀態\(tài\)聯\(lián\)系人)",
        "headings": [(r"^[一二三]、 (目的|責\(zé\)任部門\(mén\)|內\(nèi\)容):$", 1)],
    },
    "h403-3": {
        "title": "Procedures Manual",
        "english": True,
        "skip": [
            r"^Return to flip book view$",
            r"^Procedures Manual$",
            r"^Page \d$",
            r"^=+ PROCEDURES MANUAL =+$",
            r"^Issue 7 Reviewed 05/23",
        ],
        "split": r" (?=CONTENTS )|(?<=CONTENTS) | (?=\d{1,2}\. [A-Z])| (?=Issue 7 Reviewed)|(?<=Food Related) |"
        r" (?=Customer Complaints received)|(?<=received by telephone) | (?=N\.B:)| (?=[a-f]\. [A-Z])",
        "headings": [
            (r"^CONTENTS$", 1),
            (r"^1\. Customer Complaints – Food Related$", 1),
            (r"^Customer Complaints received by telephone$", 2),
        ],
    },
    "h403-4": {
        "title": "Registration of complaint",
        "english": True,
        "skip": [
            r"^Registration of complaint$",
            r"^Note that the form does not work",
            r"^\*Required fields$",
            r"^(Reported by|Attach file|Attached files|Send form)$",
        ],
        "bullet": r"^[•-] ",
        "headings": [(r"^Goods information$", 1)],
    },
}

LAYOUT404: dict[str, dict] = {
    "h404-1": {
        "title": "醫廢廢物運輸過程中發生醫廢泄漏時應急措施",
        "skip": [
            r"^新聞資訊$",
            r"^首頁 / 新聞資訊",
            r"^醫廢廢物運輸過程中發生醫廢泄漏時應急措施$",
            r"^292022/10$",
            r"^關鍵詞: ,$",
        ],
        "strip": [r"(?s)292022/10\n醫廢在收集運送過程中.*?應采取下述應急措施:\n關鍵詞: ,\n"],
        "headings": [],
    },
    "h404-2": {
        "title": "醫(yī)療廢物突發(fā)事件應急處置預案",
        "skip": [r"^《醫\(yī\)療廢物突發\(fā\)事件應急處置預案\.docx》由會員分享", r"^醫\(yī\)療廢物突發\(fā\)事件應急處置預案$"],
        "sub": [(r"\n2、(?=總體應急方案)", ""), (r"(?m)^1、(?=醫\(yī\)療廢物突發)", "")],
        "split": r"(?<=應急處置預案)(?=一、)|(?=[二三四五]、(?:工作原則|編制依據|適用范圍|組織管理))|(?<=一、總體目標)|"
        r"(?<=二、工作原則)|(?<=三、編制依據:)|(?<=四、適用范圍:)|(?<=五、組織管理)|(?<=。)(?=2、各分局)",
        "headings": [(r"^[一二三四五]、(總體目標|工作原則|編制依據:|適用范圍:|組織管理)$", 1)],
    },
    "h404-3": {
        "title": "乐清市妇幼保健院污水处理应急预案",
        "strip": [r"^精选优质文档-倾情为你奉上乐清市妇幼保健院污水处理应急预案 "],
        "split": r"(?=[一二三四五]、)|(?=组长: )|(?=成员: )|(?<=院感办 )|(?<=总务科)(?=龚华柳)|(?<=管理员)(?=管春梅)",
        "headings": [],
    },
    "h404-4": {
        "title": "緊急應變計劃",
        "stop": r"^本公司於廢棄物清運過程中",
        "split": r" (?=緊急應變計劃 \()|(?<=清除過程) |(?<=突發之狀況) |(?<=無法作業時) | (?=\* )",
        "bullet": r"^\* ",
        "headings": [(r"^緊急應變計劃 \([一二三]\) ", 1)],
    },
    "h404-5": {
        "title": "Complaints Procedure — Business Waste Removal Marylebone",
        "english": True,
        "skip": [r"^Complaints Procedure — Business Waste Removal Marylebone$"],
        "headings": [(r"^Investigation and timescales$", 1)],
    },
}

LAYOUT405: dict[str, dict] = {
    "h405-1": {
        "title": None,
        "headings": [(r"^[一二三四五]、(编制依据|适用范围及目的|编制原则|组织机构|工作职责)$", 1)],
    },
    "h405-2": {
        "title": None,
        "headings": [(r"^第[一二三四五六七八九]条 ", 1)],
    },
    "h405-3": {
        "title": "人防工程及地下空间使用安全应急预案",
        "skip": [r"^当前位置:文档之家", r"^人防工程及地下空间应急预案$", r"^人防工程及地下空间使用安全应急预案$"],
        "join": r"^[1-5]、",
        "headings": [(r"^\([一二三四]\)(编制目的|编制依据|使用范围|地下人防空间应急措施及响应步骤):$", 1)],
    },
    "h405-4": {
        "title": "2024年人防工程事故应急预案",
        "sub": [(r"(?m)^1、2024年人防工程事故应急预案(?=1总则)", ""), (r"\n\n2、(?=人员,要注意)", "")],
        "skip": [
            r"^2024年人防工程事故应急预案\.docx",
            r"^上传人:夺命阿水",
            r"^下载 相关 举报$",
            r"^第[1-5]页 / 共13页$",
            r"^点击查看更多>>$",
            r"^资源描述$",
        ],
        "split": r"(?<=^1总则)|(?<=1编制目的)|(?=1\.2 工作原则)|(?<=1\.2 工作原则)|(?=1\.2\.[123] )|"
        r"(?<=统一指挥原则)|(?<=保证安全原则)|(?<=减少损失原则)|(?=1\.3 编制依据)|(?<=1\.3 编制依据)|(?=\([123]\))",
        "headings": [
            (r"^1总则$", 1),
            (r"^(1\. 1编制目的|1\.2 工作原则|1\.3 编制依据)$", 2),
            (r"^1\.2\.[123] (2\.3)?(统一指挥|保证安全|减少损失)原则$", 3),
        ],
    },
    "h405-5": {
        "title": "External Complaints Policy",
        "english": True,
        "skip": [r"^External Complaints Policy$"],
        "rejoin": [r"(?<=members of the public)\n(?=\(‘complainants’\))"],
        "split": r"(?<=investigation of external complaints) (?=The policy does not cover:)",
        "bullet": r"^✓ ",
        "headings": [(r"^(Summary|Contents)$", 1)],
    },
}

LAYOUT406: dict[str, dict] = {
    "h406-1": {
        "title": "灭火和应急疏散预案",
        "skip": [
            r"^儿童福利院灭火和应急疏散预案",
            r"^上传人:",
            r"^返回 下载 相关 举报$",
            r"^第\d页 / 共7页$",
            r"^点击查看更多>>$",
            r"^资源描述$",
            r"^《儿童福利院灭火和应急疏散预案》由会员分享",
        ],
        "strip": [r"(?m)^1、灭火和应急疏散预案(?=为应对)", r"\n\n2、(?=确使用)"],
        "split": r"(?=一、组织机构)|(?<=一、组织机构)|(?=灭火行动组组长)|(?=通讯联络组组长)|(?=组长:)|(?=成员:)|(?=职责:)",
        "headings": [(r"^一、组织机构$", 1), (r"^(领导小组:|灭火行动组|通讯联络组)$", 2)],
    },
    "h406-2": {
        "title": "慈德育幼院尊重兒少權益",
        "skip": [r"^慈德育幼院尊重兒少權益$"],
        "sub": [(r"投遞至機\n構申訴箱中", "投遞至機構申訴箱中")],
        "headings": [
            (r"^[一二]、(申訴管道|申訴箱的設立):$", 1),
            (r"^\([一二三四五六七]\) (口頭申訴|電話申訴|粉專留言|E-MAIL留言申訴|LINE留言申訴|書面申訴|兒少友善申訴管道):$", 2),
            (r"^外部申訴管道$", 1),
        ],
    },
    "h406-3": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Skip to content$", r"^Company Logo$", r"^Complaints$"],
        "headings": [
            (r"^(Scope of this chapter|IMPORTANT CONTACTS|OUTCOME|Regulations and Standards)$", 1),
        ],
    },
    "h406-4": {
        "title": "How can I make a Complaint against the Fostering Service",
        "english": True,
        "skip": [r"^Skip to content$", r"^Company Logo$", r"^How can I make a Complaint against the Fostering Service$"],
        "headings": [(r"^Standards and Regulations$", 1)],
    },
}

LAYOUT407: dict[str, dict] = {
    "h407-1": {
        "title": "辐射事故应急预案",
        "skip": [r"^辐射事件应急预案$", r"^2022-07-10$", r"^第一篇:辐射事件应急预案$", r"^辐射事故应急预案$"],
        "join": r"^\d\. ",
        "headings": [(r"^[一二四]、 (适用范围|在辐射事故中的职责|辐射事故分类与应急机制)$", 1)],
    },
    "h407-2": {
        "title": "医院处理放射事故应急预案",
        "strip": [r"(?s)^.*?资源描述\n\n"],
        "stop": r"^展开阅读全文$",
        "skip": [r"^医院处理放射事故应急预案$"],
        "split": r"(?<=应急预案)(?=为提高)|(?=一、组织机构)|(?=\([一二]\))|(?=组 长:)|(?=副组长:)|(?=成 员:)|"
        r"(?=主要职责:)|(?=1\.应急指挥中心)|(?=总指挥:)|(?=\(1\)负责)",
        "headings": [(r"^一、组织机构$", 1), (r"^\([一二]\)", 2), (r"^1\.应急指挥中心$", 3)],
    },
    "h407-3": {
        "title": "同位素輻射事故應急預案",
        "skip": [r"^安全管理網\(wǎng\)$", r"^同位素輻射事故應急預案$", r"^評論: 更新日期:2011年01月27日$"],
        "headings": [(r"^[12]、\? ", 1), (r"^[12]\.[1-4l]、", 2)],
    },
    "h407-4": {
        "title": "X射线事故应急预案",
        "skip": [r"^X射线事故应急预案$", r"^作者: 时间:2019-05-21 点击数:$", r"^elementnameelementname$"],
        "headings": [(r"^[1-4] (目的|范围|内容|联系电话)$", 1), (r"^附:“四不放过”原则:$", 1)],
    },
    "h407-5": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [(r"^(What is a complaint\?|Making a complaint|Complaints Handling)$", 1)],
    },
}

LAYOUT408: dict[str, dict] = {
    "h408-1": {
        "title": "华体汇真人(中国)有限公司公路运营管理有限公司信息网络安全管理",
        "skip": [
            r"^襄阳高速微信公众服务平台$",
            r"^华体汇真人\(中国\)有限公司公路运营管理有限公司(信息网络安全管理)?$",
            r"^时间:2021-10-09",
            r"^信息网络安全管理$",
        ],
        "headings": [(r"^第[一二三四]章 ?(目的|适用范围|网络信息安全工作领导小组|主要职责及工作内容)$", 1)],
    },
    "h408-2": {
        "title": "ⅩⅩ银行ⅩⅩ分行个人客户信息泄露突发事件应急预案",
        "skip": [r"^(ⅩⅩ)?银行ⅩⅩ分行个人客户信息泄露突发事件应急预案$"],
        "sub": [(r"第二\n\n条所列", "第二条所列")],
        "headings": [(r"^第一章总则$", 1)],
    },
    "h408-3": {
        "title": "投诉处理细则",
        "skip": [r"^投诉处理细则$", r"^来源:个人信息保护评价"],
        "headings": [
            (r"^[123]\.(目的|投诉处理机构及窗口|投诉处理工作职责)$", 1),
            (r"^[12]、(受理|处理)机构及窗口$", 2),
            (r"^3\.[12] 投诉(受理|处理)人员职责$", 2),
            (r"^1、仲裁组长$", 3),
        ],
    },
    "h408-4": {
        "title": "泄密事件报告和查处管理制度",
        "skip": [r"^已阅读5页", r"^版权说明:", r"^文档简介$", r"^泄密事件报告和查处管理制度$"],
        "split": r"(?<=管理制度)(?=YHNB/B)|(?<=20016-2016)(?=第条)|(?<=。)(?=第条)|(?<=[:;。])(?=\([一二三四五六七]\))",
        "headings": [],
    },
    "h408-5": {
        "title": "Data Protection Complaints Handling Process",
        "english": True,
        "skip": [r"^Data Protection Complaints Handling Process$"],
        "rejoin": [r"(?<=and in)\n(?=compliance)", r"(?<=access)\n(?=rights)", r"(?<=been handled)\n(?=as defined)"],
        "headings": [
            (r"^\d\.? (Purpose|Scope|Definitions|Roles and Responsibilities|Process Steps)$", 1),
            (r"^5\.\d (Receipt of Complaint|Acknowledgment|Initial Assessment|Investigation)$", 2),
        ],
    },
}

LAYOUT409: dict[str, dict] = {
    "h409-1": {
        "title": "防暑降温应急预案及注意事项",
        "strip": [r"(?s)\A.*?2\. 1、行政人事(?=铝电有限公司\n)"],
        "skip": [r"^防暑降温应急预案及注意事项$"],
        "headings": [(r"^[12]、 (总则|应急预案内容)$", 1)],
    },
    "h409-2": {
        "title": "栖霞市松山中学自然灾害应急预案之台风应急预案",
        "skip": [r"^【自然灾害应急预案】栖霞市松山中学", r"^日期:2025-03-06", r"^字号:$"],
        "headings": [
            (r"^[一二三四五六七] ?、(本预案编制目的|编制依据|适用范围|工作原则|启动条件|组织机构|具体措施)$", 1),
            (r"^[12]\.(领导小组|工作小组)$", 2),
            (r"^\(一\)台风过境前$", 2),
        ],
    },
    "h409-3": {
        "title": "小学防御台风方案",
        "skip": [r"^小学防御台风方案(范文)?$", r"^时间:2020-10-02 "],
        "headings": [
            (r"^[一二]、(抗台组织机构|防御操作措施)$", 1),
            (r"^\([一二三四]\)台风(消息|警报|紧急警报|警报解除)阶段:$", 2),
        ],
    },
    "h409-4": {
        "title": "霍庄小学安全疏散应急预案",
        "skip": [
            r"^霍庄小学安全疏散应急预案$",
            r"^霍庄小学安全疏散应急预案 为提高.*《中华人民共和国突发事件应对法》$",
            r"^腾讯文库霍庄小学安全疏散应急预案$",
        ],
        "sub": [(r"(?m)^霍庄小学安全疏散应急预案 (?=为提高学校紧急处置地震灾害的能力,确保地震来临时,能够快 速)", "")],
        "split": r" (?=[一二]、(?:安全疏散工作|工作组织))| (?=(?:组长|副组长|成员|职责):)| (?=[1-5]、)|"
        r"(?<=二、工作组织机构及职责:) ",
        "headings": [(r"^一、安全疏散工作领导小组\(地震应急指挥部\)$", 1), (r"^二、工作组织机构及职责:$", 1)],
    },
    "h409-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "sub": [
            (r"\n1\.\nIntroduction\n", "\n\n1. Introduction\n\n"),
            (r"\n2\.\nMaking a\ncomplaint\n", "\n\n2. Making a complaint\n\n"),
            (r"\n3\.\nHow you\ncan make a complaint\n", "\n\n3. How you can make a complaint\n\n"),
            (r"\n4\.\nHow we\nhandle complaints\n", "\n\n4. How we handle complaints\n\n"),
            (r"\n5\.\nTime\nlimits\n", "\n\n5. Time limits\n\n"),
            (r"\n6\.\nIf you\nare dissatisfied with the outcome\n", "\n\n6. If you are dissatisfied with the outcome\n\n"),
        ],
        "rejoin": [r"(?<=\S)\n(?=\S)"],
        "headings": [
            (
                r"^[1-6]\. (Introduction|Making a complaint|How you can make a complaint|How we handle complaints|"
                r"Time limits|If you are dissatisfied with the outcome)$",
                1,
            )
        ],
    },
}

LAYOUT410: dict[str, dict] = {
    "h410-1": {
        "title": "天然气气量调度(供应)应急预案",
        "headings": [(r"^[一二]、", 1), (r"^\([一二]\)领导小组(办公室)?职责:$", 2)],
    },
    "h410-2": {
        "title": "燃氣公司自然災害應急預案",
        "skip": [r"^聯系方式 \| 業務合作 \| 會員$", r"^燃氣公司自然災害應急預案$", r"^2022-04-12 +熱度:"],
        "headings": [(r"^[一二三] ", 1), (r"^3\.[12] ", 2)],
    },
    "h410-3": {
        "title": "Discovery Gas Transmission LLC",
        "english": True,
        "rejoin": [r"(?<=\S)\n\n(?=\S)"],
        "skip": [r"^Discovery Gas Transmission LLC$", r"^Contents / Previous / Next / Main Tariff Index$", r"^Effective Date: "],
        "split": r" (?=Original Volume No\. 1$)| (?=First Revised Sheet No\. 185 First)| (?=Superseding:)",
        "headings": [(r"^18\. STANDARDS OF CONDUCT; COMPLAINT PROCEDURES$", 1)],
    },
    "h410-4": {
        "title": "Columbia Gas Transmission LLC",
        "english": True,
        "rejoin": [r"(?<=\S)\n\n(?=\S)"],
        "skip": [r"^Columbia Gas Transmission LLC$", r"^Contents / Previous / Next / Main Tariff Index$", r"^Effective Date: "],
        "split": r" (?=Third Revised Volume No\. 1$)| (?=Original Sheet No\. 372 Original)",
        "headings": [(r"^GENERAL TERMS AND CONDITIONS \(Cont'd\)$", 1), (r"^30\. COMPLAINT RESOLUTION PROCEDURE$", 2)],
    },
    "h410-5": {
        "title": "Centerpoint Energy Gas Transmission Company",
        "english": True,
        "rejoin": [r"(?<=\S)\n\n(?=\S)"],
        "skip": [
            r"^Centerpoint Energy Gas Transmission Company$",
            r"^Contents / Previous / Next / Main Tariff Index$",
            r"^Effective Date: ",
        ],
        "split": r" (?=Sixth Revised Volume No\. 1$)| (?=First Revised Sheet No\. 478 First)| (?=Superseding:)",
        "headings": [],
    },
}

LAYOUT411: dict[str, dict] = {
    "h411-1": {
        "title": "广州花园酒店遇恐怖袭击应急处置预案",
        "skip": [r"^版权说明:", r"^文档简介$"],
        "strip": [r"(?m)^1、广州花园酒店遇恐怖袭击应急处置预案"],
        "sub": [(r"\n[23]、", "")],
        "split": r"(?<=第一章 总 则)|(?=第[一二三]节:)|(?=第二章 工作原则)|(?<=第二章 工作原则)|(?<=第一节:编制依据) |"
        r"(?<=第二节:适用范围) |(?=[一二三四五]、(?:使用|攻击|劫持|被司法))|(?<=常备不懈原则。)|(?<=妥善处置原则。)|"
        r"(?<=人身安全第一原则。)",
        "headings": [(r"^第[一二]章 ", 1), (r"^第[一二三]节:", 2)],
    },
    "h411-2": {
        "title": "丽江机场广都酒店反恐、防暴紧急防范预案与应急处置预案",
        "skip": [
            r"_第\d页$",
            r"^已阅读\d页",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^丽江机场广都酒店$",
            r"^反恐、防暴紧急防范预案与应急处置预案$",
        ],
        "join": r"^(?:[一二三四五六七八九十]、|\d、|[A-E]、)",
        "headings": [(r"^[一二三]、.*:$", 1)],
    },
    "h411-3": {
        "title": "摩码休闲广场反恐预案",
        "skip": [r"^大型卖场反恐处突工作预案\(模板\)\.doc$", r"^《大型卖场反恐处突工作预案"],
        "strip": [r"(?m)^1、精品文档,仅供学习与交流,如有侵权请联系网站删除摩码休闲广场反恐预案"],
        "sub": [(r"\n2、", "")],
        "split": r"(?=[一二三]、(?:指导思想|组织领导|工作职责))|(?<=一、指导思想)|(?<=二、组织领导)|(?<=三、工作职责)|"
        r"(?=\([一二三]\)(?:处置突发|通信联络|疏散引导))|(?<=\(一\)处置突发事件指挥部)|(?<=\(二\)通信联络组)|"
        r"(?<=\(三\)疏散引导组)",
        "headings": [(r"^[一二三]、(指导思想|组织领导|工作职责)$", 1), (r"^\([一二三]\)", 2)],
    },
    "h411-4": {
        "title": "時代廣場反恐應急預案",
        "skip": [
            r"^時代廣場反恐應急預案\(21頁\)\.ppt$",
            r"^下載文檔$",
            r"^上傳人:",
            r"^編號:",
            r"^2022-08-31$",
            r"^21頁$",
            r"^591\.04KB$",
            r"^0[12]總則$",
        ],
        "strip": [
            r"(?m)^1、反恐反恐應急急預案案",
            r"(?<=發生恐)2、",
            r"(?<=勸退圍觀)3、",
            r"02應急急組織及及職責成立反恐怖成立反恐怖襲擊應急小急小組(?=應急小急小組總指指揮)",
        ],
        "split": r"(?<=目錄 Contents)|(?=[2-5]\.(?:應急急|事件等|處置置|附件附件))|(?=PART [12])|(?<=PART 1總則)|"
        r"(?=目的目的 )|(?<=目的目的) |(?=工作原工作原則 )|(?<=工作原工作原則) |(?=02總則)|(?=編制依據制依據)|"
        r"(?<=編制依據制依據)|(?=適用范適用范圍 )|(?<=適用范適用范圍) |(?=事件特征事件特征 )|(?<=事件特征事件特征) |"
        r"(?<=PART 2 應急急組織及及職責)|(?=應急小急小組總指指揮)|(?<=應急小急小組總指指揮)|(?=職責:)|"
        r"(?=警戒保警戒保衛組)|(?<=警戒保警戒保衛組)|(?=醫醫療救救護組)|(?<=醫醫療救救護組)",
        "headings": [
            (r"^PART [12]", 1),
            (
                r"^(目的目的|工作原工作原則|編制依據制依據|適用范適用范圍|事件特征事件特征|成立反恐怖成立反恐怖襲擊應急小急小組)$",
                2,
            ),
            (r"^(應急小急小組總指指揮|警戒保警戒保衛組|醫醫療救救護組)$", 3),
        ],
    },
    "h411-5": {
        "title": "Complaints Handling",
        "english": True,
        "skip": [r"^Complaints Handling$"],
        "bullet": r"^· ",
        "headings": [
            (r"^(Raising a concern in Person|Notifying us of your concerns in writing|What will happen next\?)$", 1),
        ],
    },
}

LAYOUT412: dict[str, dict] = {
    "h412-1": {
        "title": "服务安全指引",
        "skip": [
            r"^设为首页 \| 设为收藏$",
            r"^欢迎来到东莞市绿叶社会工作服务中心网站!$",
            r"^当前位置: 团队介绍 / 机构制度$",
            r"^第16章 服务安全指引$",
            r"^2021-01-01 10:02:37 浏览次数:397$",
            r"^服务安全指引$",
        ],
        "headings": [(r"^第一节$", 1)],
    },
    "h412-2": {
        "title": "Project 6 Complaints Policy",
        "english": True,
        "headings": [
            (r"^(Other Project 6 Policies that Relate to and Compliment this Policy|Policy Statement|Complaints Procedures)$", 1),
            (r"^Stage One$", 2),
        ],
    },
    "h412-3": {
        "title": "BRIDGE COMPLAINTS PROCEDURE",
        "english": True,
        "skip": [r"^BRIDGE COMPLAINTS PROCEDURE$", r"^Click here to return the contact page\.$"],
        "headings": [
            (r"^(What is a complaint\?|HOW TO MAKE A COMPLAINT|IF YOU ARE DISSATISFIED WITH THE RESULT OF YOUR COMPLAINT)$", 1),
            (r"^(INFORMAL|FORMAL) COMPLAINT$", 2),
        ],
    },
    "h412-4": {
        "title": "Stages of complaints procedure",
        "english": True,
        "skip": [r"^Stages of complaints procedure$"],
        "headings": [(r"^Stage [123] - (Internal Investigation|Independent Investigation|Review Panel)$", 1)],
    },
}

LAYOUT413: dict[str, dict] = {
    "h413-1": {
        "title": "2023年“五一国际劳动节”期间密云区融媒体中心安全保卫安全播出应急预案",
        "skip": [
            r"^无障碍$",
            r"^2023年“五一国际劳动节”期间密云区融媒体中心安全保卫安全播出应急预案$",
            r"^发布时间: 2023-04-24 ",
        ],
        "headings": [(r"^[一二]、(组织机构|具体要求)$", 1), (r"^\(一\)进一步强化值守应急工作。$", 2)],
    },
    "h413-2": {
        "title": "“十八大”特别防护期道县广播电视安全播出应急预案",
        "strip": [r"(?s)\A.*?(?=\(道县广播电视局 二○一二年十一月三日\))"],
        "headings": [(r"^党的“十八大”道县广播电视安全播出协调领导小组成员名单$", 1), (r"^1 总则$", 1)],
    },
    "h413-3": {
        "title": "云南省广播电视局重大突发公共事件宣传应急预案",
        "skip": [
            r"^欢迎来到天天文库$",
            r"^浏览记录$",
            r"^(ID|大小|页数|时间):",
            r"^《云南省广播电视局重大突发公共事件宣传应急预案》由会员上传分享",
        ],
        "strip": [r"(?m)^1、云南省广播电视局重大突发公共事件宣传应急预案"],
        "sub": [(r"\n[23]、", "")],
        "split": r"(?<=\(2008年7月17日\)) |(?=[一二]、(?:总则|组织体系))|(?<=一、总则)|(?<=二、组织体系)|"
        r"(?=[123]\.(?:适用范围|突发公共事件分类|领导机构))|(?<=1\.适用范围)|(?<=2\.突发公共事件分类)|(?<=3\.领导机构)|"
        r"(?=[①②③④])",
        "headings": [(r"^[一二]、(总则|组织体系)$", 1), (r"^[123]\.(适用范围|突发公共事件分类|领导机构)$", 2)],
    },
    "h413-4": {
        "title": "BFI feedback and complaints procedure",
        "english": True,
        "skip": [r"^You are here$", r"^BFI feedback and complaints procedure$"],
        "headings": [(r"^Activities and services \(non Lottery\)$", 1), (r"^Stage [123]$", 2)],
    },
    "h413-5": {
        "title": "Complaints about Programmes, On-Demand and Online Content",
        "english": True,
        "skip": [r"^Print$", r"^Complaints about Programmes, On-Demand and Online Content$"],
        "headings": [],
    },
}

LAYOUT414: dict[str, dict] = {
    "h414-1": {
        "title": "食品安全投诉举报处理制度",
        "skip": [r"^食品安全投诉举报处理制度$"],
        "headings": [(r"^第[一二三]章 ", 1)],
    },
    "h414-2": {
        "title": "消費者糾紛申訴處理政策",
        "skip": [r"^有關的文章: 平台服務與使用條款$", r"^消費者糾紛申訴處理政策$"],
        "headings": [
            (r"^第[一二三四]條、", 1),
            (r"^[一二三四]、(申訴方式|申訴受理|處理期限|申訴結果):$", 2),
        ],
    },
    "h414-3": {
        "title": None,
        "english": True,
        "headings": [(r"^1\. (Receipt of complaint|Response to complaint|Action|Escalating to Us)$", 1)],
    },
    "h414-4": {
        "title": "How do I raise a dispute?",
        "english": True,
        "skip": [r"^How do I raise a dispute\?$"],
        "stop": r"^• Related Articles$",
        "headings": [
            (
                r"^(What happens once I raise a dispute\?|What resolutions are available\?"
                r"|How long does a dispute take to resolve\?)$",
                1,
            )
        ],
    },
}

LAYOUT415: dict[str, dict] = {
    "h415-1": {
        "title": "妇幼保健院院务(信息)公开投诉举报办理制度",
        "skip": [r"^《妇幼保健院院务", r"^妇幼保健院院务\(信息\)公开投诉举报办理制度$"],
        "sub": [
            (r"\n1、", "\n"),  # the sharing site's preview parts, not the document's numbering
            (r"\n2、", ""),
            (r"(?<=[\u4e00-\u9fff])\s(?=[\u4e00-\u9fff])", ""),  # the line breaks of the original left as spaces
        ],
        "split": r"(?=第[一二三四五六七八九十]+条)|(?=\((?:-|[二三四五])\))",
        "headings": [],
    },
    "h415-2": {
        "title": "婴儿诱拐应急预案",
        # the sharing site's text of the slides: every text twice, slide numbers run in; laid out once, as on the slides
        "sub": [
            (
                re.escape(
                    "1、婴儿诱拐婴儿诱拐应急预案应急预案保卫科保卫科 12目录目录Part 1Part 2Part 3适应范围适应范围"
                    "应急组织机构应急组织机构分工及职责分工及职责Part 4预防措施预防措施Part 5运行机制运行机制"
                    "Part 6流程图流程图3一、适应范围一、适应范围 为最大限度为最大限度减少婴儿诱拐事件的发生"
                    "减少婴儿诱拐事件的发生,提高医,提高医院应对院应对婴儿诱拐事件婴儿诱拐事件应急工作水平,"
                    "根据医院突应急工作水平,根据医院突发事件总体应急预案的要求,结合我院实际情况发事件总体应急预案"
                    "的要求,结合我院实际情况,特制定本预案。,特制定本预案。本预案适用于全院各临床科室,重点科室为妇"
                    "本预案适用于全院各\n2、临床科室,重点科室为妇产科新生儿科产科新生儿科"
                ),
                "保卫科\n目录\nPart 1 适应范围\nPart 2 应急组织机构\nPart 3 分工及职责\nPart 4 预防措施\n"
                "Part 5 运行机制\nPart 6 流程图\n一、适应范围\n为最大限度减少婴儿诱拐事件的发生,"
                "提高医院应对婴儿诱拐事件应急工作水平,根据医院突发事件总体应急预案的要求,结合我院实际情况,"
                "特制定本预案。\n本预案适用于全院各临床科室,重点科室为妇产科新生儿科\n",
            ),
            (
                re.escape(
                    "组组 长:业务副院长长:业务副院长副组长:保卫科长、护理部主任副组长:保卫科长、护理部主任"
                    "组组 员:各病区科室护士长、保卫科工作人员员:各病区科室护士长、保卫科工作人员"
                    "职职 责:全面负责婴儿诱拐事件发生后的应急处置责:全面负责婴儿诱拐事件发生后的应急处置工作。工作。"
                    "具体组织体系参照医院突发事件总体应急预案。具体组织体系参照医院突发事件总体应急预案。"
                    "二、应急组织机构二、应急组织机构4三、分工及职责三、分工及职责5"
                    "领导机构办公室设保卫科,负责现场信息收集及指挥领导机构办公室设保卫科,负责现场信息收集及指挥"
                    "组成员间的沟通联络。组成员间的沟通联络。领导小组\n3、下设两个专业工作组,分别负责具体工作。"
                    "领导小组下设两个专业工作组,分别负责具体工作。(一)(一)宣教安抚组宣教安抚组"
                    "组组 长:护理部主任长:护理部主任成成 员:纠纷办主任、各病区科室护士长员:纠纷办主任、各病区科室护士长"
                    "职职 责:"
                ),
                "组 长:业务副院长\n副组长:保卫科长、护理部主任\n组 员:各病区科室护士长、保卫科工作人员\n"
                "职 责:全面负责婴儿诱拐事件发生后的应急处置工作。\n具体组织体系参照医院突发事件总体应急预案。\n"
                "二、应急组织机构\n三、分工及职责\n领导机构办公室设保卫科,负责现场信息收集及指挥组成员间的沟通联络。\n"
                "领导小组下设两个专业工作组,分别负责具体工作。\n(一)宣教安抚组\n组 长:护理部主任\n"
                "成 员:纠纷办主任、各病区科室护士长\n职 责:",
            ),
        ],
        "headings": [(r"^[一二三]、", 1), (r"^\(一\)宣教安抚组$", 2)],
    },
    "h415-3": {
        "title": "产科急救应急预案",
        "skip": [r"^案$"],  # the last character of the title, all the stored copy has of it
        "split": r"(?<=】)(?=\S)|\s+(?=产科急救应急(?:领导小组|办公室|专业小组|流程)\S*[::]|院内产科急救流程[::]|组 长[::]|主 任[::]|[1-9]、)",
        "join": r"^(组 |成 |主 |[1-9]、|【)",
        "headings": [
            (r"^【.+】$", 1),
            (r"^产科急救应急流程[::]$", 1),
            (r"^(产科急救应急(领导小组|办公室|专业小组)(职责)?|院内产科急救流程)[::]$", 2),
        ],
    },
    "h415-4": {
        "title": "Complaints",
        "english": True,
        "bullet": r"^- ",
        "headings": [(r"^What if I am still not happy\?$", 1)],
    },
}

LAYOUT416: dict[str, dict] = {
    "h416-1": {
        "title": "急性出血性结膜炎的预防控制预案",
        "skip": [
            r"^\|$",
            r"^发表于 2010-9-20 16:32:18$",
            r"^显示全部楼层$",
            r"^请各位老师多指点我院制定的防控预案!$",
            r"^\[h2\]评分\[/h2\]$",
            r"^(参与人数 1 \+10|金币 \+10|收起|理由|拙凌|\+ 10|答题有奖|查看全部评分)$",
            r"^<image>",
        ],
    },
    "h416-2": {
        "title": "武功县人民医院传染病应急预案",
        "split": r"(?<=倾情为你奉上)|(?<=传染病应急预案)(?=各科室)|(?=一、总则)|(?=[123]、(?:编制|突发))",
        "skip": [r"^精选优质文档-倾情为你奉上$", r"^武功县人民医院传染病应急预案$"],
        "headings": [(r"^一、总则$", 1)],
    },
    "h416-3": {
        "title": "病房发现传染病患者时的应急预案及程序",
        "sub": [(r"(?<=医务)\n(?=部、)", ""), (r"(?<=严格)\n(?=的终末消毒)", "")],
        "skip": [
            r"^- ",
            r"^病房发现传染病患者时的应急预案及程序$",
            r"^(您可能关注的文档|最近下载|原创力文档|文档评论\(0\))$",
        ],
    },
    "h416-4": {
        "title": "传染病人隔离应急预案",
        "split": r"(?<=传染病人隔离应急预案)(?=病区收入)|(?<=病区收入传染病人:)|(?=[1-6]、)",
        "skip": [r"^当前位置:", r"^传染病人隔离应急预案$", r"^本文标题:", r"^链接地址:"],
    },
    "h416-5": {
        "title": "Making a Complaint / Giving a Compliment",
        "english": True,
        "skip": [r"^Making a Complaint / Giving a Compliment$"],
        "headings": [
            (r"^What (do I do if I am unhappy with the service I have received|happens when I make a complaint)\?$", 1),
            (r"^What do I do if I am happy with the service I receive\?$", 1),
        ],
    },
}

LAYOUT417: dict[str, dict] = {
    "h417-1": {
        "title": "钻井队应急预案",
        "skip": [r"^资源描述$", r"^钻井队应急预案$"],
        "headings": [
            (r"^[123] (总则|应急组织机构和职责|应急保障)$", 1),
            (r"^2\.[12] 应急小组(职责)?$", 2),
            (r"^2\.2\.[12] 应急小组组[长员]职责$", 3),
        ],
    },
    "h417-2": {
        "title": "人员落水应急处置方案",
        "skip": [r"^人员落水应急处置方案$", r"^- [123]、"],
        "headings": [
            (r"^[123](目的|范围|职责与权限)$", 1),
            (r"^3\.[1-5](任何人|高级队长|安全监督|钻井总监\(钻井总包\)|船长/海事师)$", 2),
        ],
    },
    "h417-3": {
        "title": "海难应急预案",
        "skip": [
            r"^欢迎来到天天文库$",
            r"^浏览记录$",
            r"^ID:33889408$",
            r"^大小:",
            r"^页数:",
            r"^时间:2019-03-01$",
            r"^《石化企业海难应急预案》由会员上传分享",
            r"^海难应急预案$",
        ],
        "strip": [r"(?m)^1、海量资料超值下载", r"\n[23]、"],
        "split": r"(?<=^海难应急预案)(?=1事件界定)|(?<=1事件界定)|(?=2信息接报)|(?<=2信息接报)|(?=2\.[1-4][发应])|(?=[a-k]\))|"
        r"(?=3信息处置)|(?<=3信息处置)",
        "headings": [(r"^[123](事件界定|信息接报|信息处置)$", 1)],
    },
    "h417-4": {
        "title": "防硫化氢事故应急预案",
        "skip": [
            r"^收藏 分销\(赏\)$",
            r"^防硫化氢事故应急预案\.doc",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^第\d页 / 共28页$",
            r"^点击查看更多>>$",
            r"^资源描述$",
            r"^防硫化氢事故应急预案$",
        ],
        "strip": [r"(?m)^1、防硫化氢事故应急预案282020年4月19日文档仅供参考,不当之处,请联系改正。 ", r"\n\n2、"],
        "split": r"(?<=^防硫化氢事故应急预案)(?=胜采)|(?=1 总则)|(?<=1 总则)|(?<=1\.1 编制目的)|(?=1\.1\.[1-7])|(?=1\.2 编制依据)|"
        r"(?<=1\.2 编制依据)",
        "headings": [(r"^1 总则$", 1), (r"^1\.[12] 编制(目的|依据)$", 2)],
    },
    "h417-5": {
        "title": "Complaints relating to safety issues on offshore installations",
        "english": True,
        "skip": [
            r"^This website uses non-intrusive cookies",
            r"^Complaints relating to safety issues on offshore installations$",
        ],
        "headings": [(r"^Procedures to follow$", 1)],
    },
}

LAYOUT418: dict[str, dict] = {
    "h418-1": {
        "title": "放射事故应急预案",
        "strip": [r"^精选优质文档-倾情为你奉上放射事故应急预案"],
        "split": r"(?<=1、目的) |(?=[2-8]、(?:范围|辐射源|职责|领导小组|放射工作区|放射危险性|事故发生后))|(?<=2、范围)|"
        r"(?<=3、辐射源:)|(?<=4、职责)|(?=4\.[123](?:厂长|生产))|(?<=5、领导小组)|(?=副组长:)|(?=组 员:)|(?<=6、放射工作区:)|"
        r"(?<=7、放射危险性的主要表现)",
        "headings": [
            (r"^[1-8]、(目的|范围|辐射源:|职责|领导小组|放射工作区:|放射危险性的主要表现|事故发生后报告处理及现场保护)$", 1)
        ],
    },
    "h418-2": {
        "title": "徐州医学院附属医院核医学科放射性事件的应急预案",
        "strip": [r"(?m)^精选优质文档-倾情为你奉上徐州医学院附属医院核医学科放射性事件的应急预案"],
        "skip": [
            r"^核医学科应急预案\(共5页\)\.doc",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^第\d页 / 共6页$",
            r"^点击查看更多>>$",
            r"^资源描述$",
            r"^展开阅读全文$",
            r"^相关资源$",
            r"^相关搜索$",
            r"^当前位置:",
            r"^Copyright ©",
        ],
        "split": r"(?<=第一部分 总则)|(?=1\.[23](?:编制依据|核医学突发事件))|(?<=1\.1编制目的)|(?<=1\.2编制依据)|(?<=1\.3核医学突发事件)",
        "headings": [(r"^第一部分 总则$", 1), (r"^1\.[123](编制目的|编制依据|核医学突发事件)$", 2)],
    },
    "h418-3": {
        "title": "",
        "headings": [(r"^5\.應急措施$", 1)],
    },
    "h418-4": {
        "title": "X射線晶體定向儀輻射事故應(yīng)急預(yù)案",
        "skip": [
            r"^產\(chǎn\)品列表$",
            r"^—— PROUCTS LIST$",
            r"^新聞動\(dòng\)態\(tài\)News",
            r"^X射線晶體定向儀輻射事故應\(yīng\)急預\(yù\)案$",
            r"^點\(diǎn\)擊次數",
            r"^X射線晶體定向儀利用X射線衍射原理",
        ],
        "headings": [(r"^(范圍|內\(nèi\)容)$", 1)],
    },
    "h418-5": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Complaints procedure$", r"^5$"],
        "sub": [
            (r"(?m)^  • (?=5\.1\.[123]\. )", ""),
            (r"(?m)^Role Responsibility$", "| Role | Responsibility |"),
            (r"(?m)^(Management System and Knowledge Lead|Head of Legal) (.+)$", r"| \1 | \2 |"),
            (r"(?m)^Acronym/Term Meaning$", "| Acronym/Term | Meaning |"),
            (r"(?m)^(Complaint) (A complaint is classified .+)$", r"| \1 | \2 |"),
        ],
        "pipe_table": True,
        "headings": [
            (r"^[1-5]\. (Purpose|Scope|Roles and Responsibilities|Terms and Acronyms|Procedure)$", 1),
            (r"^5\.1\. Verbal complaints$", 2),
        ],
    },
}

LAYOUT419: dict[str, dict] = {
    "h419-1": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Complaints$"],
        "headings": [(r"^(How to make a complaint|What information we’ll need from you)$", 1)],
    },
    "h419-2": {
        "title": "Fundraising Complaints Policy",
        "english": True,
        "bullet": r"^· ",
    },
}

LAYOUT420: dict[str, dict] = {
    "h420-1": {
        "title": "Feedback & Complaints",
        "english": True,
        "skip": [r"^Feedback & Complaints$"],
        "headings": [
            (r"^(How and when to share feedback\?|How to submit a formal complaint\?|How do we handle formal complaints\?)$", 1),
        ],
    },
    "h420-2": {
        "title": "Patient Feedback",
        "english": True,
        "skip": [r"^Patient Feedback$", r"^2,5 Pxfeedback$"],
        "headings": [(r"^(Dedicated to satisfaction|Patient relations|What if a patient has a grievance\?)$", 1)],
    },
    "h420-3": {
        "title": "Making Comments and Complaints: A Patient’s Guide",
        "english": True,
        "skip": [r"^Making Comments and Complaints: A Patient’s Guide$"],
        "headings": [
            (r"^(Patient satisfaction questionnaire|Other ways of raising an issue or concern)$", 1),
            (r"^(During your stay in hospital|On your discharge from hospital)$", 2),
        ],
    },
}

LAYOUT421: dict[str, dict] = {
    "h421-1": {
        "title": "Handling of Customer Complaint 客戶抱怨處理",
        "skip": [r"^客户投诉处理规程中英文版CustomerComplaintGuideline$", r"^中英文客户投诉处理程序文件$"],
        "stop": r"^客户投诉处理流程\(中英文对照\)模板$",
        "headings": [(r"^4\.0 职责 Responsibility:$", 1), (r"^Revision History$", 1)],
    },
}

LAYOUT423: dict[str, dict] = {
    "h423-1": {
        "title": "服务政策",
        "skip": [r"^服务政策$", r"^Service Policy$"],
        "headings": [
            (r"^(售前预约咨询服务|售中配送安装服务)$", 1),
            (r"^[12]\.[123] (售前服务流程|售前规范预约|产品运输|入户前准备|文明施工)$", 2),
        ],
    },
    "h423-2": {
        "title": "申请流程",
        "skip": [r"^400-9611-109$", r"^-$", r"^申请流程$", r"^投诉表单$", r"^供应链合作是指", r"^资源共享和风险共担"],
        "sub": [(r"(?m)^(0[1-6])\n", r"\1 ")],
        "join": r"^(?!)",
        "headings": [(r"^0[1-6] (提交投诉|投诉登记|初步诊断|处理方案|执行与反馈|记录归档)$", 1)],
    },
    "h423-3": {
        "title": "",
        "english": True,
        "headings": [(r"^[1-4]\. (Guarantee terms|Eligibility summary|Eligibility criteria|Terms and Conditions)$", 1)],
    },
    "h423-4": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [
            r"^• (Finance Plans|7 Year Warranty|Cheap Prices|Fast Installs|Installed By Local Engineers)$",
            r"^Complaints Policy$",
        ],
        "headings": [(r"^Our Commitment to Resolving Complaints$", 1)],
    },
}

LAYOUT427: dict[str, dict] = {
    "h427-1": {
        "title": "How to Complain",
        "english": True,
        "skip": [r"^How to Complain$"],
        "bullet": r"^· ",
        "headings": [(r"^Formal Complaints Procedure$", 1), (r"^Stage 1$", 2)],
    },
    "h427-2": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [
            (
                r"^[1-5] (Introductions|Making a complaint to ITS|Response and Resolution Times|Escalation|"
                r"Independent Adjudication)$",
                1,
            ),
        ],
    },
    "h427-3": {
        "title": None,
        "english": True,
        "bullet": r"^– ",
        "headings": [
            (r"^(1\. Filing a Complaint|Appeals Process)$", 1),
            (r"^(Step [123]: (Initial Contact|Investigation of the Complaint|Resolution)|1: Submit an Appeal)$", 2),
            (r"^(Who to Contact:|How to Contact:|Acknowledgment|Timeline:|Process:|Outcome:)$", 3),
        ],
    },
}

LAYOUT428: dict[str, dict] = {
    "h428-1": {
        "title": "消防操作管理制度",
        "skip": [r"^消防操作管理制度$", r"^本文地址:", r"^版权声明:"],
    },
    "h428-2": {
        "title": "ACI Customer Complaints Policy & Procedure",
        "english": True,
        "skip": [
            r"^Contact Us$",
            r"^Use the form on the right to contact us\.$",
            r"^You can edit the text in this area",
            r"^02 8381 6744$",
            r"^Save money on more efficient Air-Conditioning Units",
            r"^Complaints Policy$",
            r"^ACI Customer Complaints Policy & Procedure$",
        ],
        "headings": [(r"^Process for complaint handling$", 1)],
    },
}

LAYOUT429: dict[str, dict] = {
    "h429-1": {
        "title": None,
        "headings": [(r"^\([123]\)(受理|处置|反馈)$", 1)],
    },
    "h429-2": {
        "title": "Buyer Protection Policy",
        "english": True,
        "headings": [(r"^(Covered Situations|Exclusions|Filing a Claim|Claim Processing|Disclaimer)$", 1)],
    },
    "h429-3": {
        "title": "Liveshopping's Third Party Legal Complaints Policy",
        "english": True,
        "skip": [r"^Legal Complaints$", r"^Liveshopping's Third Party Legal Complaints Policy$"],
        "headings": [(r"^[12]\. (Notice|Content of complaint)$", 1)],
    },
}

LAYOUT430: dict[str, dict] = {
    "h430-1": {
        "title": "二〇一五年“寒衣节” 群众祭祀活动安全",
        "skip": [r"^8583535[23]$", r"^二〇一五年“寒衣节” 群众祭祀活动安全$", r"^作者:管理员 发布时间:"],
        "headings": [
            (r"^[一二三四]、(基本目标|组织领导|时间安排|工作措施)$", 1),
            (r"^\([一二三]\)(消防安全措施|交通疏导措施|治安管理措施)$", 2),
        ],
    },
    "h430-2": {
        "title": "Westerleigh Group Complaints Policy",
        "english": True,
        "skip": [r"^Westerleigh Group Complaints Policy$"],
        "headings": [(r"^Making a complaint$", 1), (r"^Stage 1$", 2)],
    },
    "h430-3": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [
            (r"^(Anonymous feedback and complaints|Our complaints management process|How to request a review)$", 1),
            (r"^(Assessing complaints|Response time for complaints|Internal Review|External Review)$", 2),
        ],
    },
    "h430-4": {
        "title": "Complaint Management Policy",
        "english": True,
        "skip": [r"^Skip to main content$", r"^Complaint Management Policy$"],
        "sub": [
            (r"TermDefinition", "Term\nDefinition"),
            (r"\n+  • ", " • "),
            (r"Frontline staffAll", "Frontline staff\nAll"),
        ],
        "headings": [(r"^[1-3]\. (Policy Statement|Scope|Definitions)$", 1)],
        "table": (r"^Term$", 2),
    },
}

LAYOUT431: dict[str, dict] = {
    "h431-1": {
        "title": "宿舍突发事件应急预案",
        "skip": [r"^08宿舍应急预案处理$", r"^发布时间:", r"^宿舍突发事件应急预案$"],
        "headings": [(r"^[一二]、(做好突发事件的预防工作|处理宿舍楼内的火灾事故的基本程序)$", 1)],
    },
    "h431-2": {
        "title": None,
        "headings": [
            (r"^[一二三]、(适用范围|应急工作小组|工作程序)$", 1),
            (r"^\(一\)停水$", 2),
            (r"^[12]\.(计划性停水|突发性停水)$", 3),
        ],
    },
    "h431-3": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Skip to main content$", r"^Complaints procedure$"],
        "split": r"(?<=^ Stage 1: Early Resolution:) |(?<=^Stage 2:) ",
        "headings": [(r"^(Stage 1: Early Resolution:|Stage 2:)$", 1)],
    },
    "h431-4": {
        "title": "How to make a complaint",
        "english": True,
        "skip": [r"^How to make a complaint$"],
        "headings": [(r"^Stage (1 \u2013 Informal|2 - Formal)$", 1)],
    },
    "h431-5": {
        "title": "Complaints Procedure",
        "english": True,
        "strip": [r"\AComplaints Procedure\n"],
        "headings": [(r"^(What is a complaint\?|Complaints Procedure)$", 1)],
    },
}

LAYOUT432: dict[str, dict] = {
    "h432-1": {
        "title": "",
        "headings": [
            (r"^[12]\.(总则|组织体系)$", 1),
            (r"^(1\.[1-4] (编制目的|编制依据|适用范围|工作原则)|2\.1 领导机构)$", 2),
        ],
    },
    "h432-2": {
        "title": "上海市医疗保险局关于医保计算机结算系统停机期间有关操作规程及医保费用结算方法的通知",
        "skip": [r"^上海市医疗保险局关于医保计算机结算系统停机$", r"^期间有关操作规程及医保费用结算方法的通知$"],
        "headings": [
            (r"^[一二三]、医保计算机系统停机(涉及范围|期间的组织领导|期间有关操作规程)$", 1),
        ],
    },
    "h432-3": {
        "title": "信息系统问题报告制度",
        "strip": [r"^精选优质文档-倾情为你奉上信息系统问题报告制度"],
        "split": r"(?=[一二三]、(?:报告范围|问题报告|故障处置))|(?=\([一二]\))|(?=[12]\.(?:信息系统|门诊特定))|"
        r"(?<=\(一\)审批、确认及备案业务)",
        "headings": [
            (r"^[一二三]、(报告范围|问题报告|故障处置)$", 1),
            (r"^\(一\)审批、确认及备案业务$", 2),
        ],
    },
    "h432-4": {
        "title": "舟山医院医保投诉管理制度",
        "skip": [r"^首页 > 医保专区 > 医保专区$", r"^舟山医院医保投诉管理制度$", r"^发布时间:"],
        "headings": [(r"^[一二]、\s*(设立医保投诉受理部门|医保投诉管理办法):$", 1)],
    },
    "h432-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Skip to main content$", r"^Complaints Procedure$", r"^We use cookies to give you"],
        "headings": [(r"^Complaints summary$", 1), (r"^Our complaints process$", 2)],
    },
}

LAYOUT433: dict[str, dict] = {
    "h433-1": {
        "title": "预防接种异常反应应急处置预案",
        "strip": [r"(?m)^精选优质文档-倾情为你奉上预防接种异常反应应急处置预案"],
        "split": r"(?=[一二]、)|(?<=医疗救治专家小组)|(?=成 员:)|(?=工作职责:)|(?<=异常反应的报告)|(?=\([一二]\)报告)|"
        r"(?<=\(一\)报告范围)|(?<=\(二\)报告内容)",
        "headings": [
            (r"^[一二]、(异常反应医疗救治专家小组|预防接种疑似异常反应的报告)$", 1),
            (r"^\([一二]\)报告(范围|内容)$", 2),
        ],
    },
    "h433-2": {
        "title": "实验室生物安全应急星盛是什么意思",
        "skip": [r"^亚博", r"^- 2024-10-13 发布于天津", r"^- 376\.73 KB", r"^- 8页$", r"^- 1 - / 8 "],
        "strip": [r"(?m)^实验室生物安全应急星盛是什么意思应急星盛是什么意思 实验室生物安全应急星盛是什么意思 "],
        "sub": [(r"(?<=组员:)\n", "")],
        "split": r" (?=[一二]、)| (?=\([一二]\))| (?=- 1 - / 8)|(?<=二、实验室生物安全事件的分类) |(?<=事件。) (?=实验室生物安全事件按照)",
        "join": r"^(\([一二]\)|实验室生物安全事件(指|按照))",
        "headings": [(r"^[一二]、(组织机构与职责|实验室生物安全事件的分类)$", 1)],
    },
    "h433-3": {
        "title": "免疫接种冷链管理停电应急预案",
        "skip": [
            r"^免疫接种冷链管理停电应急预案范文\(精选9篇\)$",
            r"^更新时间:",
            r"^应急\(yìngjí\)",
            r"^【篇1】免疫接种冷链管理停电应急预案$",
        ],
        "headings": [(r"^[一二三四]、(指导思想|工作原则|组织管理|分级控制)$", 1)],
    },
    "h433-4": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Complaints procedure$"],
        "headings": [(r"^Section A – complaints policy$", 1), (r"^Our core principles$", 2)],
    },
}

LAYOUT434: dict[str, dict] = {
    "h434-1": {
        "title": "*有限责任公司运输车辆事故处理应急预案",
        "strip": [r"^\.\*有限责任公司运输车辆事故处理应急预案"],
        "split": r"(?<=事件分级)|(?<=1\.1 适用范围)|(?=1\.2 事件分级)|(?=1\.2\.[12])|(?<=运输事件\(级\))|(?=\([1-6]\))",
        "headings": [
            (r"^适用范围与事件分级$", 1),
            (r"^1\.[12] (适用范围|事件分级)$", 2),
            (r"^1\.2\.[12] ?[一二]级运输事件\(级\)$", 3),
        ],
    },
    "h434-2": {
        "title": "科暢公司?;愤\\(yùn)輸車(chē)輛交通事故處置專項(xiàng)應(yīng)急預(yù)案",
        "strip": [r"(?m)^106科暢公司.*?應\(yīng\)急預\(yù\)案(?=1總則)"],
        "skip": [r"^版權\(quán\)說\(shuō\)明:", r"^文檔簡\(jiǎn\)介$"],
        "split": r"(?<=^1總則)|(?=1\.[1-4](?:編制|適用|工作))|(?<=1\.1編制目的)|(?<=1\.2編制依據\(jù\))|(?<=1\.3適用范圍)|"
        r"(?<=1\.4工作原則)",
        "headings": [(r"^1總則$", 1), (r"^1\.[1-4](編制目的|編制依據\(jù\)|適用范圍|工作原則)$", 2)],
    },
    "h434-3": {
        "title": "道路货物运输专项应急预案",
        "strip": [r"(?m)^道路货物运输专项应急预案1(?=为认真贯彻执行)"],
        "skip": [
            r"^货运 应急预案$",
            r"^合集下载$",
            r"^道路货物运输专项应急预案\(精选6篇\)$",
            r"^道路货物运输专项应急预案道路货物运输专项应急预案\(精选6篇\)在生活",
            r"^那么大家知道应急预案怎么写才规范吗",
        ],
        "split": r"(?<=^一、适用范围)|(?<=^二、组织领导)|(?<=^三、事故报告制度)",
        "headings": [(r"^[一二三]、(适用范围|组织领导|事故报告制度)$", 1)],
    },
    "h434-4": {
        "title": "汉阴收费(治超)站危化品运输车辆劝返应急预案",
        "strip": [r"(?m)^1、危化品运输车辆劝返应急预案汉阴收费\(治超\)站危化品运输车辆劝返应急预案"],
        "sub": [(r"的\n2、前提下", "的前提下"), (r"联动工\n3、作。", "联动工作。")],
        "skip": [r"^下载本文档$", r"^版权说明:", r"^文档简介$"],
        "split": r"(?=[一二三]、 )|(?<=一、 指导思想)|(?<=二、 组织领导及职责)|(?<=三、 应急处置程序)|(?<=以下组织机构:)|"
        r"(?=组 长:)|(?=副组长:)|(?=成 员:)|(?=值班电话:)|(?=职责:\()|(?=\([12]\) )|(?<=职责:)|(?<=\(一\)加强检查力度)",
        "headings": [(r"^[一二三]、 (指导思想|组织领导及职责|应急处置程序)$", 1), (r"^\(一\)加强检查力度$", 2)],
    },
    "h434-5": {
        "title": "Pollution Incident Response Management Plan",
        "english": True,
        "skip": [
            r"^Pollution Incident Response Management Plan$",
            r"^Pollution Incident Notification Protocol notification flowchart$",
        ],
        "headings": [
            (r"^Notification protocols for emergency services and regulatory authorities$", 1),
            (
                r"^Contact details for emergency services and relevant regulatory authorities for reporting pollution incidents$",
                1,
            ),
        ],
    },
}

LAYOUT435: dict[str, dict] = {
    "h435-1": {
        "title": "2023公路应急预案",
        "skip": [
            r"^温馨提示:$",
            r"^[1-4]\. (部分包含|本文档由用户|下载前|下载文档时)",
            r"^网站客服:",
            r"^2023年市公路管理局公路防汛应急预案$",
            r"^(2023|公路|管理局|防汛|应急|预案)$",
            r"^XX市公路管理局公路防汛应急预案$",
            r"^2023公路应急预案$",
        ],
        "headings": [
            (r"^[一二三]、(总那么|应急组织指挥体系|预警预防机制)$", 1),
            (r"^\([一二三]\)、(目的|依据|应急组织指挥体系|指挥小组组成|应急机构联系方式|日常巡养)$", 2),
        ],
    },
    "h435-2": {
        "title": "延安市普通干线公路突发事件应急预案",
        "skip": [r"^欢迎您光临陕西省公路局网站$", r"^延安市普通干线公路突发事件应急预案$", r"^作者:保通处"],
        "table": (r"^预警$", 6),
        "headings": [(r"^一、总 则$", 1), (r"^(工作原则|分类分级)$", 2)],
    },
    "h435-3": {
        "title": "隧道突发事件应急预案",
        "skip": [r"^下载本文档$", r"^版权说明:", r"^文档简介$"],
        "strip": [r"第4页共4页隧道突发事件应急预案"],
        "split": r"(?=一、目的)|(?<=一、目的)|(?=三、类别划分)|(?<=三、类别划分)|(?=四、应急___机构及职责)|(?<=四、应急___机构及职责)|"
        r"(?=五、预警级别的划分)|(?<=五、预警级别的划分)|(?=\([一二]\))|(?<=\(二\)职责)|(?=组长:马忠)|(?=副组长:)|(?=成员:苗)|"
        r"(?=应急___设在)|(?=[12]\.应急)",
        "headings": [
            (r"^(一、目的|三、类别划分|四、应急___机构及职责|五、预警级别的划分)$", 1),
            (r"^\((一\)支队成立安全保畅协调领导小组:|二\)职责)$", 2),
        ],
    },
    "h435-4": {
        "title": "高速公路應急預案",
        "skip": [r"^高速公路應急預案\d?$", r"^時間:", r"^在學習、工作或生活中"],
        "split": r"(?<=1、組織機構)|(?=副組長:張)",
        "headings": [
            (r"^[一二三]、(防汛總目標|工作原則|組織機構和工作職責)$", 1),
            (r"^[12]、(組織機構|工作職責)$", 2),
            (r"^(⑴組長職責:|⑵副組長職責|⑶成員職責)$", 3),
        ],
    },
    "h435-5": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^You are on page 1of 3$", r"^Complaints procedure$"],
        "sub": [(r"(?m)^• (?=Stage \d)", "")],
        "rejoin": [r"(?<=[A-Za-z0-9,–])\n(?=[a-z(])"],
        "headings": [
            (
                r"^(How to complain|Unreasonable complaints|Stages of Complaint Resolution|Independent Complaint Assessor \(ICA\))$",
                1,
            ),
            (r"^(Stage [123]: .*|What the ICA can review)$", 2),
        ],
    },
}

LAYOUT436: dict[str, dict] = {
    "h436-1": {
        "title": None,
        "headings": [(r"^4、活动中老同志突发疾病等紧急事件处置:$", 1)],
    },
    "h436-2": {
        "title": None,
        "english": True,
        "skip": [r"^Skip to content$"],
        "headings": [(r"^[12]\.\s+(Introduction|Complaints Procedure)$", 1)],
    },
    "h436-3": {
        "title": None,
        "english": True,
        "skip": [r"^Members Access to Course List$", r"^Enrol here$"],
        "headings": [(r"^(Informal|Formal) Procedure$", 1)],
    },
    "h436-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$", r"^To download a copy of this policy"],
        "headings": [
            (r"^[123]\.0 (Introduction|Procedure If a Concern Is Expressed|Procedure for Reporting a Formal Complaint)$", 1)
        ],
    },
}

LAYOUT437: dict[str, dict] = {
    "h437-1": {
        "title": "开标应急预案",
        "skip": [r"^国家授时中心标准时间:", r"^当前位置:", r"^开标应急预案$", r"^发稿人:"],
        "headings": [
            (r"^[二三四]、(适用范围|工作原则|紧急情况及应急措施)$", 1),
            (r"^\((一\)正确预判,协调做好标前准备工作。|二\)外部环境影响致使项目无法进行或中止的情形。)$", 2),
            (r"^[12]\.发生(停电|网络中断)情况$", 3),
        ],
    },
    "h437-2": {
        "title": "上高县公共资源交易中心现场突发情况应急处理办法",
        "skip": [
            r"^首页 / 专题专栏",
            r"^上高县公共资源交易中心现场突发情况应急处理办法$",
            r"^时间: 2021-08-04",
            r"^【打印】",
        ],
        "headings": [(r"^[1-4]\.(开标现场|评标现场|设备故障|公共资源交易系统故障)突发情况应急处理。$", 1)],
    },
    "h437-3": {
        "title": None,
        "skip": [r"^平顶山市公共资源交易中心关于印发.*的通 知$", r"^发布时间: 2021-11-24"],
        "headings": [
            (r"^公共资源电子交易及网络信息安全应急预案》$", 1),
            (r"^[一二三]、(编制依据|适用范围|项目受理环节应急处置)$", 2),
        ],
    },
    "h437-4": {
        "title": "投诉处理制度",
        "skip": [r"^top$", r"^请输入关键字$", r"^确定$", r"^投诉处理制度$", r"^时间:2021-07-08$"],
    },
    "h437-5": {
        "title": "Procurement complaints procedure",
        "english": True,
        "skip": [
            r"^Procurement complaints procedure$",
            r"^Published: 26 May 2017$",
            r"^Freedom of information class:",
            r"^Details of our procurement complaints procedure\.$",
        ],
        "headings": [(r"^Procurement process$", 1), (r"^Stage 1$", 2)],
    },
}

LAYOUT438: dict[str, dict] = {
    "h438-1": {
        "title": "廣東大唐國際肇慶熱電有限責任公司防強對流天氣應急預案",
        "skip": [
            r"^熱電公司防強對流天氣應急預案\(10頁\)\.doc$",
            r"^下載文檔$",
            r"^上傳人:",
            r"^編號:571785$",
            r"^2022-09-05$",
            r"^10頁$",
            r"^112\.54KB$",
            r"^1、廣東大唐國際肇慶熱電有限責任公司防強對流天氣應急預案$",
        ],
        "sub": [(r"(?<=堅持防御和救援相)2、", ""), (r"(?<=。)53、 (?=應急指揮機構及職責)", "5 ")],
        "split": r"(?=1 總則)|(?<=1 總則)|(?=1\.[123] 編制|1\.3 適用)|(?<=1\.1 編制目的)|(?<=1\.2 編制依據)|(?<=1\.3 適用范圍)|"
        r"(?=2 應急處置基本原則)|(?<=2 應急處置基本原則)|(?=3 事件類型和危害程度分析)|(?<=3 事件類型和危害程度分析)|"
        r"(?=危害程度分析: )|(?=4 事件分級)|(?<=4 事件分級)|(?=4\.[1-4] 級)|(?=5 應急指揮機構及職責)|(?<=5 應急指揮機構及職責)|"
        r"(?=5\.1 應急指揮機構)|(?<=5\.1 應急指揮機構)|(?<=\(防強對流天氣領導小組\))|(?<!副)(?=組長:)|(?=副組長:)",
        "headings": [
            (r"^[1-5] (總則|應急處置基本原則|事件類型和危害程度分析|事件分級|應急指揮機構及職責)$", 1),
            (r"^(1\.[123] (編制目的|編制依據|適用范圍)|5\.1 應急指揮機構)$", 2),
            (r"^5\.1\.1 應急救援領導小組", 3),
        ],
    },
    "h438-2": {
        "title": "输煤系统火灾专项应急预案",
        "skip": [r"^第一篇:输煤系统火灾专项应急预案$", r"^输煤系统火灾专项应急预案$"],
        "sub": [(r"(?<=“预防为主)\n(?=防消结合”)", " ")],
        "split": r"(?<=专项应急预案) (?=总则)|(?<=总则) (?=1\.1 编制目的)|(?<=。)(?=危险性分析$|应急处置基本原则$|组织机构及职责$)|"
        r" (?=4\.1\.2 副组长)",
        "headings": [
            (r"^(总则|危险性分析|应急处置基本原则|组织机构及职责)$", 1),
            (r"^(1\.[123] (编制目的|编制依据|适用范围)|4\.[12] 成立.*小组|4\.3 领导小组职责)$", 2),
        ],
    },
    "h438-3": {
        "title": "供熱維修及相關(guān)服務辦理程序、時限、網(wǎng)點設置、服務標準、服務承諾和便民措施",
        "skip": [
            r"^政務公開Column navigation$",
            r"^供熱維修及相關\(guān\)服務辦理程序、時限、網\(wǎng\)點設置、服務標準、服務承諾(和便民措施)?$",
        ],
        "sub": [(r"(?<=與用戶聯\(lián\)系,)\n(?=8小時)", "")],
        "split": r"(?<=定:)(?=1\.對于)|(?<=。)(?=2\.對于)",
        "headings": [(r"^[一二四]、", 1), (r"^2\.用戶入戶端口以外的供熱經\(jīng\)營設施報修程序$", 2)],
    },
    "h438-4": {
        "title": "华能集团公司应对大面积停电事故应急预案",
        "skip": [
            r"^《2应对大面积停电应急预案\.docx》由会员分享",
            r"^(1、)?华能集团公司应对大面积停电事故应急预案$",
        ],
        "sub": [(r"(?<=处置大面积停电事故的应急)\n2、(?=实力)", ""), (r"(?<=集团公司本部及华能系统)\n3、(?=各企业)", "")],
        "split": r"(?=中国华能集团公司编制)|(?<=2006年12月)(?=1 总则)|(?<=9附则10)|(?=1总则1\.1编制目的)|(?<=1总则)(?=1\.1编制目的)|"
        r"(?<=1\.1编制目的)(?=提中学)|(?<=。)(?=1\. 2依据|1\.[345] )|(?<=。1\. 2依据)|(?<=。1\.3 工作原则)|(?<=。1\.4 适用范围)|"
        r"(?<=。1\.5 应急预案体系)",
        "headings": [
            (r"^1总则$", 1),
            (r"^(1\.1编制目的|1\. 2依据|1\.3 工作原则|1\.4 适用范围|1\.5 应急预案体系)$", 2),
        ],
    },
    "h438-5": {
        "title": "EMERGENCY ACTION PLAN ASH SURGE BASIN AND BYPASS BASIN POWERTON STATION APRIL 2017",
        "english": True,
        "skip": [
            r"^EMERGENCY ACTION PLAN ASH SURGE BASIN AND BYPASS BASIN POWERTON STATION APRIL 2017$",
            r"^Size: px$",
            r"^Start display at page:$",
            r"^Download \"EMERGENCY ACTION PLAN",
            r"^Transcription$",
        ],
        "sub": [(r"(?m)^1 EMERGENCY ACTION PLAN ASH SURGE BASIN AND BYPASS BASIN POWERTON STATION APRIL 2017 ", "")],
        "split": r" (?=Section [1-6]\.0: )",
        "headings": [],
    },
}

LAYOUT439: dict[str, dict] = {
    "h439-1": {
        "title": "中国中医科学院西苑医院信息系统应急方案",
        "skip": [r"^版权说明:", r"^文档简介$"],
        "strip": [r"(?m)^1、中国中医科学院西苑医院信息系统应急方案"],
        "sub": [
            (r"\n[23]、", ""),  # the sharing site's page pieces, cut inside a word: joined again
            (
                r"列表如下故障信息系统分类局部故障全局故障网络故障局部网络互换机停止核心路由器停止硬件故障客户端机器故障"
                r"各级服务器故障软件系统故障客户端软件故障服务器软件故障数据库故障单库表死锁、丢失整个数据库死锁病毒故障单机病毒",
                "列表如下\n故障信息系统分类\n局部故障\n全局故障\n网络故障\n局部网络互换机停止\n核心路由器停止\n硬件故障\n"
                "客户端机器故障\n各级服务器故障\n软件系统故障\n客户端软件故障\n服务器软件故障\n数据库故障\n单库表死锁、丢失\n"
                "整个数据库死锁\n病毒故障\n单机病毒",
            ),
        ],
        "split": r"(?<=12月) |(?<=。) (?=医院计算机)|(?<=名誉。) |(?<=如图所示) ",
        "table": (r"^故障信息系统分类$", 3),
    },
    "h439-2": {
        "title": "医院应急管理协调机制",
        "strip": [r"^精选优质文档-倾情为你奉上医院应急管理协调机制"],
        "sub": [(r"二、2、", "二、")],  # “2、”: the sharing site's page piece
        "split": r"(?=一、领导小组)|(?<=一、领导小组)|(?=副组长:)|(?=秘书长:)|(?=成 员:)|(?=办公室设在医务处)|(?=领导小组职责:)|"
        r"(?<=。) (?=应急领导小组办公室)|(?=二、专业分组)|(?<=专业分组及职责:)|(?<=具体工作:) (?=\(1\))",
        "headings": [(r"^[一二]、(领导小组|专业分组及职责:)$", 1)],
    },
    "h439-3": {
        "title": "Disciplinary Procedures",
        "english": True,
        "skip": [r"^Disciplinary Procedures$"],
        "headings": [(r"^Disciplinary committee powers$", 1)],
    },
}

LAYOUT440: dict[str, dict] = {
    "h440-1": {
        "title": None,
        "headings": [
            (r"^2\.救生员责任区安排及救生工作安排$", 2),
            (r"^十[五六七]、(游泳池清洁制度|报修管理制度|设备检查制度)$", 1),
        ],
    },
    "h440-2": {
        "title": "Complaints and Concerns",
        "english": True,
        "skip": [r"^Complaints and Concerns$"],
        "bullet": r"^- ",
        "headings": [
            (
                r"^[1-4]\. (Speak with the Programme Supervisor|Escalate to the Recreation Services Manager|"
                r"Submit a formal written complaint|Further escalation)$",
                1,
            )
        ],
    },
    "h440-3": {
        "title": "Complaints and Disputes Policy",
        "english": True,
        "skip": [r"^Policies$", r"^Complaints and Disputes Policy$"],
        "headings": [
            (
                r"^(Here and now is better: Speak to one of the team|Get in touch: You can contact us online|"
                r"What we will do:)$",
                1,
            ),
            (r"^Stage 1: Our Team$", 2),
        ],
    },
}

LAYOUT441: dict[str, dict] = {
    "h441-1": {
        "title": "COMPLAINTS POLICY",
        "english": True,
        "skip": [r"^COMPLAINTS POLICY$"],
        "bullet": r"^- ",
        "headings": [(r"^Alternative dispute resolution$", 1)],
    },
}

LAYOUT442: dict[str, dict] = {
    "h442-1": {
        "title": "证券股份有限公司客户投诉处理实施细则",
        "strip": [r"(?m)^1、(?=证券股份有限公司客户投诉处理实施细则\(2017)", r"\n2、(?=则:)"],
        "skip": [
            r"^证券股份有限公司客户投诉处理实施细则模版\.docx$",
            r"^《证券股份有限公司客户投诉处理实施细则模版\.docx》由会员分享",
            r"^证券股份有限公司客户投诉处理实施细则$",
        ],
        "split": r"(?<=实施细则)(?=\(2017年6月\))|(?=第[一二三四五六七八九十]+[章条] )|(?<=:)(?=1、)|(?<=;)(?=[23]、)",
        "headings": [(r"^第[一二]章 (总则|工作机制和职责分工)$", 1)],
    },
    "h442-2": {
        "title": None,
        "skip": [r"^编辑: yn灬不离不弃灬"],
        "split": r"(?=第[一二三四五六七八九十]+条)",
        "headings": [(r"^第一章 总则$", 1)],
    },
    "h442-3": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [],
    },
}

LAYOUT443: dict[str, dict] = {
    "h443-1": {
        "title": "Dispute Resolution Process",
        "english": True,
        "skip": [
            r"^(Dispute Resolution Process|Introductory Flight|Recreational Pilot Permit|Private Pilot Licence|Commercial Pilot)$",
            r"^(Night Rating|Instructor Rating|Programs Outline|Ground School|Student Services|International Students)$",
            r"^(Admission Requirements|Tuition Refund Policy|Code of Conduct and Dismissal Policy and Procedure)$",
            r"^(Student Statement of Rights|Sexual Misconduct Policy|Job posting|In the News|Contact Us)$",
        ],
        "headings": [(r"^Procedure for Student Disputes:$", 1)],
    },
    "h443-2": {
        "title": "DISPUTE AND RESOLUTION, COMPLAINT POLICIES",
        "english": True,
        "skip": [r"^“DESIGNATED B\.C\. PRIVATE TRAINING", r"^MORE INFORMATION$", r"^DISPUTE AND RESOLUTION, COMPLAINT POLICIES$"],
        "rejoin": [r"(?<=Chief Executive Officer of)\n(?=academy\.)"],
        "headings": [
            (r"^Procedure for Student Disputes:$", 1),
            (r"^Procedure if Senior Educational Administrator is handling dispute:$", 1),
        ],
    },
    "h443-3": {
        "title": "Complaints and Appeals Policy",
        "english": True,
        "skip": [
            r"^Complaints and Appeals Policy$",
            r"^Complaints & Appeals Policy$",
            r"^For information regarding our complaints & appeals policy see below$",
        ],
        "headings": [(r"^Student Grievance, Complaints and Appeals$", 1)],
    },
}

LAYOUT444: dict[str, dict] = {
    "h444-1": {
        "title": "2013嘉鱼第三届纪念“7.16”畅游长江活动方案",
        "sub": [
            (",\\ P!\\ \\]!\\ B6\\ R\\)\\ \\[\\#\\ K5\\ L7\\ a!\\ v4\\ f", ""),
            ("\\+\\ U8\\ g\\ _;\\ J7\\ \\[\\.\\ G/\\ F,\\ L", ""),
            ("6\\ Q\\#\\ \\]2\\ \\?\\)\\ D0\\ u4\\ @2\\ O\\*\\ e/\\ o5\\ \\~", ""),
            ("2\\ B\\)\\ z/\\ z0\\ z\\.\\ r'\\ t%\\ b8\\ L\\ ", ""),
            ("%\\ \\?3\\ L\\$\\ u'\\ j\\-\\ C1\\ J7\\ Q'\\ `!\\ M\\ ", ""),
            ("\\ p\\-\\ U:\\ z\\ b%\\ B:\\ l\\$\\ N2\\ \\\\5\\ t\\(\\ e\\-\\ t", ""),
            ("!\\ \\?\\.\\ x'\\ B\\$\\ A%\\ i2\\ \\{3\\ u\\#\\ w9\\ n", ""),
            ("\\&\\ Y8\\ n\\*\\ l3\\ b;\\ y3\\ p", ""),
            ("7\\ \\^2\\ d\\&\\ S\\#\\ g8\\ \\|", ""),
            ("8\\ O\\-\\ H\\+\\ C6\\ m1\\ e1\\ P9\\ t%\\ E\\ ", ""),
            ('5\\ O8\\ \\[\\(\\ p1\\ x"\\ m1\\ I,\\ Y3\\ P\\+\\ J4\\ z', ""),
            ("2\\ a/\\ k8\\ F7\\ _,\\ D/\\ H\\ D\\)\\ L,\\ v", ""),
            ("\\&\\ q2\\ i!\\ T7\\ N\\)\\ K'\\ \\\\:\\ W\\.\\ \\^2\\ t\\(\\ S", ""),
            ("\\-\\ Y\\-\\ W8\\ v/\\ A1\\ W5\\ a", ""),
            (";\\ \\^\\)\\ M\\-\\ O,\\ _,\\ E0\\ R,\\ e4\\ v4\\ k9\\ S", ""),
            ("\\#\\ a0\\ @\\)\\ L'\\ Y\\-\\ F\\$\\ V'\\ f!\\ p", ""),
            ('"\\ V4\\ N\\)\\ @\\*\\ p\\ s2', ""),
        ],
        "skip": [r"^\|$", r"^2013嘉鱼第三届纪念“7\.16”$", r"^畅游长江活动方案$"],
        "headings": [(r"^[一二三]、(组织管理:|参加人员:|组织分工)$", 1), (r"^[12]、(报名测试组|安全保障组):$", 2)],
    },
    "h444-2": {
        "title": "湄洲镇沙滩安全巡逻实施方案",
        "skip": [r"^湄洲镇沙滩安全巡逻实施方案$"],
        "headings": [(r"^[一二三四五]、(工作目标|巡逻时间及方式|巡逻重点区域|安全巡逻员岗位要求|安全巡逻员岗位职责)$", 1)],
    },
    "h444-3": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^Formal Complaints Procedure$", 1)],
    },
    "h444-4": {
        "title": None,
        "english": True,
        "skip": [r"^Feedback$", r"^Thanks for your feedback\.$", r"^Post your comment on this topic\.$", r"^Post Comment$"],
        # the serial table, its cells as the page's other stored copy divides them
        "sub": [
            (r"(?m)^Serial Action Suggested Time Frame$", "| Serial | Action | Suggested Time Frame |"),
            (r"(?m)^1 Information Gathering 0 – 2 Minutes$", "| 1 | Information Gathering | 0 – 2 Minutes |"),
            (
                r"(?m)^2 (Preliminary Observation: Inform Library and Security personnel)\n(Perform Initial Search)\n(2 -10 Minutes)$",
                r"| 2 | \1 \2 | \3 |",
            ),
            (
                r"(?m)^3 (Inform Surfcom requesting QPS for missing person) (Report after 10 minutes)$",
                r"| 3 | \1 | \2 |",
            ),
            (
                r"(?m)^4 (Coordinated Search: Under External Agency) (Search Continued Under Direction)$",
                r"| 4 | \1 | \2 |",
            ),
        ],
        "pipe_table": True,
        "headings": [(r"^(Introduction|Procedure)$", 1), (r"^(Lost|Found) person:$", 2)],
    },
    "h444-5": {
        "title": None,
        "english": True,
        "headings": [
            (
                r"^(Purpose|Policy|Procedure|Definitions|Prioritising Information Gathering|Information Gathering"
                r"|Declaring an in-water search)$",
                1,
            )
        ],
    },
}

LAYOUT445: dict[str, dict] = {
    "h445-1": {
        "title": "塔式起重机 使 用 安 全 应 急 救 援 预 案",
        "skip": [
            r"^生产安全事故应急救援预案\(海员\)(\.docVIP)?$",
            r"^• (111|0|约1\.42千字|约 6页|2016-08-25 发布于重庆|举报)$",
            r"^塔式起重机 使 用 安 全 应 急 救 援 预 案$",
        ],
        # the copy ran the cover and the plan into one paragraph: split before the cover's fields, the plan's own
        # title and its numbering
        "split": (
            r" (?=工程名称:|编 制 人:|审 核 人:|编制单位:|编制日期:|建筑起重机械使用安全事故应急救援预案 |应急准备:)"
            r"|(?<=建筑起重机械使用安全事故应急救援预案) (?=应急准备:)"
            r"|(?<=应急准备:) (?=1、)| (?=[一二三四五六七八九十]、)| (?=[1-9]、)| (?=[AB]、)"
        ),
        "headings": [
            (r"^建筑起重机械使用安全事故应急救援预案$", 1),
            (r"^(应急准备:|二、职责:|三、应急响应与救援:)$", 1),
            (r"^[12]、(一般事故|重大事故)$", 2),
        ],
    },
    "h445-2": {
        "title": "起重机械使用应急救援预案",
        "skip": [r"^文档库 最新最全的文档下载$", r"^当前位置:文档库 › ", r"^起重机械使用应急救援预案$"],
        "headings": [
            (r"^[一二三]、(本预案的适用范围|应急救援组织机构|应急救援组织的职责)$", 1),
            (r"^\(一\)指挥部职责$", 2),
        ],
    },
    "h445-3": {
        "title": None,
        "sub": [
            # what the hosting site put into the text: its page title and a link to itself
            (r"\n施工现场机械设备事故处理制度有哪些\?\n。", "\n"),
            (r"\n工程\n《施工现场机械设备事故处理制度有哪些\?》\(http://meiwen\.anslib\.com\)。", "\n"),
        ],
        "skip": [r"^施工现场机械设备事故处理制度有哪些\?$"],
        "headings": [(r"^(总则|事故分类|事故处理原则|事故处理方法)$", 1)],
    },
    "h445-4": {
        "title": "建筑施工起重机械安装与拆卸过程中的事故应急救援预案",
        "skip": [r"^建筑施工起重机械安装与拆卸过程中的事故应急救援预案$"],
        # the stored text broke the lines at the page width
        "join": r"^([一二三四五六七八九十]、|\d、|\d\))",
        "headings": [
            (r"^[一二]、(工程概况:|项目部应急预案领导小组)$", 1),
            (r"^1、设立应急救援指挥中心和建立相应人员单位责任:$", 2),
        ],
    },
    "h445-5": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "bullet": r"^- ",
        "headings": [
            (
                r"^(Definition of a Complaint|Confidentiality|Responsibility|Publicised Contact Details for Complaints"
                r"|Receiving Complaints)$",
                1,
            )
        ],
    },
}

LAYOUT446: dict[str, dict] = {
    "h446-1": {
        "title": None,
        "headings": [(r"^\d \S", 1), (r"^\d\.\d \S", 2)],
    },
    "h446-2": {
        "title": "X集选煤厂北区生产系统故障及灾害应急预案汇总",
        "sub": [
            (r"^1、X集选煤厂北区生产系统故障及灾害应急预案汇总", ""),
            (r"系统大\n2、面积", "系统大面积"),
            (r"严格\n3、按照", "严格按照"),
            (r"(?<=北区)(?=目 录)", "\n"),
            (
                r"\s*(?=1、 应急预案组织机构|2、 预防工作|3、 原煤系统应预案|3\.[1-4] 原煤|4、 洗煤系统应急预案"
                r"|4\.1 洗煤|4\.1\.[1-3]|4\.[23] 洗煤|5、 原煤性质|6、产品质量|7、 系统大|8、 事故汇报|9、季节性"
                r"|10\.[1-9]\D|10\.10X)",
                "\n",
            ),
            (r"(?<=应急预案36)(?=生产系统故障应急预案)", "\n"),
            (r"(?m)(?<=^生产系统故障应急预案)(?=生产系统出现)", "\n"),
            (r"(?<=措施执行。)(?=一、)", "\n"),
            (r"(?<=应急预案组织机构)(?=组 长:)", "\n"),
            (r"(?<=厂长)(?=副组长:)", "\n"),
            (r"(?<=安全副厂长)(?=成 员:)", "\n"),
            (r"(?<=质检车间主任、)(?=组长负责)", "\n"),
            (r"(?<=;)(?=副组长负责|小组成员负责|二、)", "\n"),
            (r"(?<=基本要求)(?=1、机电)", "\n"),
        ],
        "headings": [(r"^生产系统故障应急预案$", 1), (r"^[一二]、(应急预案组织机构|预防工作的基本要求)$", 2)],
    },
    "h446-3": {
        "title": None,
        "sub": [(r"(?<=\d\.)\n(?=\d)", ""), (r"(?m)(?<=^二、气象。)(?=本区)", "\n")],
        "headings": [(r"^第二章应急救援工作组织。$", 1), (r"^[二三]、(气象|水文地质)。$", 2)],
    },
    "h446-4": {
        "title": "织金县绮陌乡兴荣煤矿瓦斯超限撤人程序",
        "sub": [(r"(?m)^(织金县绮陌乡兴荣煤矿瓦斯超限撤人程序){3}(当井下瓦斯超限时:){2}", "当井下瓦斯超限时:")],
        "skip": [r"^文档简介:$", r"^评论$", r"^发表评论$"],
        "split": r"(?<=时:)(?=一、)|(?<=;)(?=[二三四五六七八]、)|(?<=待查。)(?=做一块)",
    },
    "h446-5": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Complaints procedure$"],
        "headings": [
            (r"^How to complain$", 1),
            (r"^(At first complain to the department|Second to our Records Manager|Third to our Chief Executive)$", 2),
        ],
    },
}

LAYOUT447: dict[str, dict] = {
    "h447-1": {
        "title": "環境保護應急預案",
        "skip": [r"^国产精品麻豆久久99", r"^安全管理網\(wǎng\)$", r"^環境保護應急預案$", r"^評論: 更新日期:"],
        "headings": [
            (r"^[1-6]\. (目的|適用范圍|事故類別及識別|應急機構|事故預防措施|事故應急救援程序)$", 1),
            (r"^3\.[12] (輕微|嚴重)超標:$", 2),
            (r"^4\.2 職責:$", 2),
        ],
    },
    "h447-2": {
        "title": None,
        "headings": [(r"^[1-5]\.(接警与通知|指挥与控制|报告与公告|事态监测与评估|应急人员安全)$", 1)],
    },
    "h447-3": {
        "title": "链斗机地坑作业防止塌料烫伤事故预防措施及应急预案",
        # the sharing site's page title, twice, and its page marker before the document
        "strip": [
            r"^水泥厂危险源管理链斗机地坑内清料出现塌料引起烫伤窒息预防措施及应急预案水泥厂危险源管理链斗机地坑内清料出现塌料引起烫伤窒息预防措施及应急预案\.\.PAGE\.\."
        ],
        "skip": [r"^链斗机地坑作业防止塌料烫伤事故预防措施及应急预案$"],
        "split": r"(?=[一二]、)|(?<=一、目的)|(?<=的安全技术要求及预防措施)|(?=[1-9]、)",
        "headings": [(r"^一、目的$", 1), (r"^二、链斗机地坑作业防止塌料烫伤的安全技术要求及预防措施$", 1)],
    },
    "h447-4": {
        "title": "福建省谋成水泥发展有限公司突发环境事件应急预案",
        "skip": [
            r"^福建省谋成水泥发展有限公司突发环境事件应急预案$",
            r"^当前位置 : 首页 > 新闻中心$",
            r"^\* 来源 : 谋成水泥",
            r"^福建省谋成水泥发展有限公司$",
            r"^突发环境事件应急预案$",
        ],
        "headings": [],
    },
    "h447-5": {
        "title": None,
        "english": True,
        "sub": [(r"(?m)^- (Notification obligations)$", r"\1")],
        "bullet": r"^- ",
        "headings": [(r"^1\.Incident Assessment$", 1), (r"^Notification obligations$", 1)],
    },
}

LAYOUT448: dict[str, dict] = {
    "h448-1": {
        "title": "临沂宏升鞋业有限公司突发环境事件应急预案",
        "skip": [r"^版权说明:", r"^文档简介$"],
        "strip": [r"(?m)^临沂宏升鞋业有限公司突发环境事件应急预案(?=有效版本)"],
        # the signature page's table, one row per person, as the Word file has it
        "sub": [
            (r"(?<=职责。)序号姓名职务应急组织机构联系电话签名", "\n| 序号 | 姓名 | 职务 | 应急组织机构 | 联系电话 | 签名 |"),
            (r"1王庆松总经理应急救援指挥部;现场总指挥", "\n| 1 | 王庆松 | 总经理 | 应急救援指挥部;现场总指挥 |  |  |"),
            (r"2王富庆安监办主任应急监测组组组长", "\n| 2 | 王富庆 | 安监办主任 | 应急监测组组组长 |  |  |"),
            (r"3薄建莲生产经理应急预案现场指挥小组组长", "\n| 3 | 薄建莲 | 生产经理 | 应急预案现场指挥小组组长 |  |  |"),
            (r"4王玉峰后勤经理应急救援组组长", "\n| 4 | 王玉峰 | 后勤经理 | 应急救援组组长 |  |  |"),
            (r"5刘玉涛办公室科员应急预案现场指挥小组成员", "\n| 5 | 刘玉涛 | 办公室科员 | 应急预案现场指挥小组成员 |  |  |"),
            (r"6王景鹏财务副经理善后解决组组长", "\n| 6 | 王景鹏 | 财务副经理 | 善后解决组组长 |  |  |"),
            (r"7刘安德销售经理后勤保障组组长", "\n| 7 | 刘安德 | 销售经理 | 后勤保障组组长 |  |  |"),
            (r"8王庆英会计医疗救护组组长", "\n| 8 | 王庆英 | 会计 | 医疗救护组组长 |  |  |"),
            (r"9何涛车间主任警戒疏散组组长", "\n| 9 | 何涛 | 车间主任 | 警戒疏散组组长 |  |  |"),
            (r"10薄廷恩生产副经理应急预案现场指挥小组成员", "\n| 10 | 薄廷恩 | 生产副经理 | 应急预案现场指挥小组成员 |  |  |"),
            (r"11张乾隆维修联系通讯组组长", "\n| 11 | 张乾隆 | 维修 | 联系通讯组组长 |  |  |"),
            (
                r"12贾志敏技术开发部应急预案现场指挥小组成员(?=目录)",
                "\n| 12 | 贾志敏 | 技术开发部 | 应急预案现场指挥小组成员 |  |  |\n",
            ),
        ],
        "pipe_table": True,
        "split": r"(?=颁布日期:)|(?=实行日期:)|(?=预案编号:)|(?=发布单位:)|(?=颁布告示)|(?<=颁布告示)|(?=批准人:)|(?=签名页)|(?<=签名页)"
        r"|(?<=^目录)(?=TOC)",
        "headings": [(r"^(颁布告示|签名页|目录)$", 1)],
    },
    "h448-2": {
        "title": "应急准备与响应管理程序",
        "skip": [
            r"^应急准备与响应管理程序\(验厂用\)\.doc_第[123]页$",
            r"^全文预览已结束$",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^主题: 应急准备与响应管理程序$",
        ],
        "split": r"(?=章节:)|(?=发行:)|(?=版本:0)|(?=日期:2009)|(?=第1页 共 2 页)|(?=主题:)|(?<!\d)(?=[1-4]\.0(?:目的|适用范围|职责|工作程序))"
        r"|(?<=1\.0目的)|(?<=2\.0适用范围)|(?<=3\.0职责)|(?<=4\.0工作程序)|(?<!\d)(?=3\.[1-7][^\d.])|(?=4\.1应急准备)|(?<=4\.1应急准备)"
        r"|(?=4\.1\.[1-4])",
        "headings": [(r"^[1-4]\.0(目的|适用范围|职责|工作程序)$", 1), (r"^4\.1应急准备$", 2)],
    },
    "h448-3": {
        "title": "EP1.2 – POLLUTION INCIDENT RESPONSE MANAGEMENT PLAN",
        "english": True,
        "skip": [r"^EP1\.2 – POLLUTION INCIDENT RESPONSE MANAGEMENT PLAN$", r"^38$"],
        "strip": [r"(?m)^EP1\.2 – POLLUTION INCIDENT RESPONSE MANAGEMENT PLAN (?=Authorised by)"],
        "split": r" (?=Page 1 of 38)| (?=Issue date:)| (?=Version: 5\.4)| (?=Review date:)| (?=[123]\. [A-Z]{4})| (?=[123]\.[12]\. )"
        r"| (?=[a-g]\) [a-zA-Z])",
        "headings": [(r"^[1-3]\. (PURPOSE|SCOPE|STANDARDS AND LEGISLATION)$", 1)],
    },
    "h448-4": {
        "title": "Process for receiving and resolving complaints",
        "english": True,
        "skip": [r"^Process for receiving and resolving complaints$"],
        "headings": [
            (r"^[1-3]\. (General Principles|Complaint Submission Method|Implementation Procedures):$", 1),
            (r"^Step [1-3]: .+:$", 2),
        ],
    },
}

LAYOUT449: dict[str, dict] = {
    "h449-1": {
        "title": "Spey Fishery Board Complaints Procedure",
        "english": True,
        "skip": [r"^Spey Fishery Board Complaints Procedure$"],
        "bullet": r"^• \* ",
        "headings": [(r"^1\. General Statement on Complaints$", 1), (r"^2 Complaints Procedure$", 1), (r"^Stage 1$", 2)],
    },
    "h449-2": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [
            r"^Nith District Salmon Fishery Board$",
            r"^River Nith$",
            r"^Nith Catchment Fishery Trust$",
            r"^mobile-menu mobile-menu-arrow Menu$",
            r"^Complaints procedure$",
        ],
        "headings": [(r"^Stage 1$", 1)],
    },
}

LAYOUT450: dict[str, dict] = {
    "h450-1": {
        "title": None,
        "strip": [r"^1、", r"\n[23]、"],
        "split": r"(?<=1\.0 目的)|(?=[2-6]\.0 )|(?<=2\.0 范围)|(?<=3\.0 参考文件)|(?<=4\.0 定义)|(?<=5\.0 责任)|(?<=6\.0 程序)"
        r"|(?<!\.)(?=2\.1 )|(?=5\.[123] )|(?=6\.[1234] )|(?=6\.1\.\d)|(?=6\.2\.\d)",
        "headings": [
            (r"^[1-6]\.0 (目的|范围|参考文件|定义|责任|程序)$", 1),
            (r"^6\.1 客户抱怨分级:", 2),
        ],
    },
    "h450-2": {
        "title": "奧迪經(jīng)銷商投訴管理規(guī)定",
        "skip": [r"^正文內\(nèi\)容$", r"^ok2311-0901-", r"^2025-11-23 18:21 本頁面$"],
        "strip": [r"【正文】 奧迪經\(jīng\)銷商投訴管理 規\(guī\)定 "],
        "split": r"(?<=^目的) | (?=適用范圍 本)|(?<=適用范圍) (?=本 程序)| (?=術\(shù\)語 )|(?<=術\(shù\)語) (?=投 訴)"
        r"| (?=(?:一般投訴|升級投訴|重要投訴):)",
        "headings": [(r"^(目的|適用范圍|術\(shù\)語)$", 1)],
    },
    "h450-3": {
        "title": "客戶或消費者權益保護",
        "skip": [r"^CSR-客戶或消費者權益保護$", r"^客戶或消費者權益保護$"],
        "headings": [(r"^(客戶申訴程序及產品檢驗與召回機制|客戶關係管理與溝通制度)$", 1), (r"^作業流程$", 2)],
    },
    "h450-4": {
        "title": "SOP for handling of Customer Complaints",
        "english": True,
        "sub": [
            (
                r"\n\n\nIndus Emergency Vehicles\nTitle Customer Complaints\.\nSOP for handling of Customer Complaints\nScope\n\n"
                r"Revision\nSOP no\.: Date: Revision Date Page\nNo:\nIEV/QA/SOP/001\n06/6/2022 01  -- 2 of 2\n",
                "\n",
            ),
            (
                r"Revision\nSOP no\.: Date: Revision Date Page\nNo:\nIEV/QA/SOP/001\n06/6/2022 01  -- 1 of 2",
                "| SOP no.: | Date: | Revision | Revision Date | Page No: |\n| IEV/QA/SOP/001 | 06/6/2022 | 01 | -- | 1 of 2 |",
            ),
            (r"non-\n\n\ncompliance", "non-compliance"),
            (r"VI\.\n\n", "VI. "),
        ],
        "rejoin": [r"\n(?=[a-z(])", r"(?<=the Quality)\n(?=Assurance Dept\.)"],
        "pipe_table": True,
        "skip": [r"^You are on page 1of 2$", r"^SOP for handling of Customer Complaints$", r"^Scope$"],
        "headings": [(r"^(Objective|Procedure)$", 1)],
    },
}

LAYOUT451: dict[str, dict] = {
    "h451-1": {
        "title": "纠纷处理",
        "skip": [r"^纠纷处理$", r"^热门礼包更多$"],
        "headings": [(r"^[一二]、(用户之间纠纷处理方式|用户与\(84joy游戏\)之间纠纷处理方式)$", 1)],
    },
    "h451-2": {
        "title": "用户纠纷处理办法",
        "skip": [r"^<map id=", r"^• <caption id=", r"^×$", r"^通知:\*$", r"^伙伴小游戏网$", r"^帮助中心$", r"^用户纠纷处理办法$"],
    },
    "h451-3": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$", r"^COMPLAINTS PROCEDURE$"],
        "headings": [(r"^[123]\s+(Introduction|Complaints Sub-Committee|Grounds for Discipline)$", 1)],
    },
    "h451-4": {
        "title": "Complaints & Disputes",
        "english": True,
    },
    "h451-5": {
        "title": "10. Conduct and Complaints Procedure",
        "english": True,
        "skip": [r"^10\. Conduct and Complaints Procedure$"],
    },
}

LAYOUT452: dict[str, dict] = {
    "h452-1": {
        "title": None,
        "headings": [(r"^加气过程中的意外事件处理程序$", 1)],
    },
    "h452-2": {
        "title": None,
        # the step table of 、储罐泄露, its cells one per line between “|” lines in the stored copy: one row per step
        "sub": [
            (r"(?m)^\|\n\|\|\|\n步骤\n\|\n响应程序\n\|\n责任人\n\|\n\|\n", "| 步骤 | 响应程序 | 责任人 |\n"),
            (r"(?m)^(征兆)\n\|\n(.+)\n(.+)\n(.+)\n\|\n(发现人)\n\|\n\|\n", r"| \1 | \2 \3 \4 | \5 |\n"),
            (r"(?m)^(事件确认与报警)\n\|\n(.+)\n\|\n(发现人)\n\|\n\|\n", r"| \1 | \2 | \3 |\n"),
            (r"(?m)^(现场处置方案启动)\n\|\n(.+)\n\|\n(站长)\n\|\n\|\n", r"| \1 | \2 | \3 |\n"),
            (
                r"(?m)^(应急处理措施)\n\|\n(操作程序及工艺控制)\n\?\n\|\n(.+)\n\|\n(操作人员)\n\|\n(.+)\n(.+)$",
                r"| \1 \2 | \3 | \4 |\n|  | \5 \6 |  |",
            ),
        ],
        "pipe_table": True,
        "skip": [r"^\?$"],
        "headings": [
            (r"^(总则|应急处置基本原则|应急组织机构|现场应急处理方案)$", 1),
            (r"^(编制目的|适用范围|2\.[123](以人为本|损失最小化|社会影响最小化)原则|3\.1应急组织机|泄露现场应急处理方案)$", 2),
            (r"^、储罐泄露$", 3),
        ],
    },
    "h452-3": {
        "title": "天然氣應急預案1",
        "skip": [
            r"^<dfn id=",
            r"^• <(ul|del) id=",
            r"^<ul id=",
            r"^• 天然氣應急預案$",
            r"^時間:2024-12-24",
            r"^天然氣應急預案\[精\]$",
            r"^在平日的學習、工作和生活里",
            r"^天然氣應急預案1$",
        ],
        "headings": [
            (r"^[123]\.(天然氣的特點以及泄漏時造成的危害|天然氣車輛發生泄漏緊急情況分類及相應的處理方法|應急處理方案)$", 1),
            (r"^(2\.1緊急情況分類|3\.1車輛出站前發生泄漏的應急方案):$", 2),
        ],
    },
}

LAYOUT453: dict[str, dict] = {
    "h453-1": {
        "title": "",
        "headings": [(r"^[一二三]、(基本情況|救援原則|救援范圍)$", 1)],
    },
    "h453-2": {
        "title": "民用爆破器材运输和仓储安全事故应急救援专项预案",
        "strip": [r"^民用爆破器材运输和仓储安全事故应急救援专项预案(?=1 事故)"],
        "split": r"(?=1 事故类型)|(?=1\.[12] 危险源)|(?<=1\.1 危险源)(?=依据)|(?<=1\.2 危险源分布)|(?=2 引发民爆)|"
        r"(?=2\.[12] (?:运输|储存)过程)|(?=3 应急处置)|(?=3\.1 火灾)|(?=[1-4]、)",
        "headings": [
            (r"^[123] (事故类型及危险性分析|引发民爆器材事故的危险性分析及后果描述|应急处置)$", 1),
            (r"^(1\.1 危险源|1\.2 危险源分布|2\.[12] (运输|储存)过程|3\.1 火灾、爆炸事故的应急处置)$", 2),
        ],
    },
    "h453-3": {
        "title": "",
        "split": r"(?<=^二、应急救援组织机构) |(?<=^三、应急救援小组人员) |(?<=^四、现场应急救援队伍) |(?<=^五、应急救援车辆配置) ",
        "headings": [
            (
                r"^[一二三四五六]、(预案适用范围|应急救援组织机构|应急救援小组人员|现场应急救援队伍|应急救援车辆配置|"
                r"现场应急救援处置措施)$",
                1,
            )
        ],
    },
    "h453-4": {
        "title": "爆破材料丢失后处理办法",
        "sub": [(r"严查出井人\n\n员", "严查出井人员"), (r"队\n\n长分管", "队长分管"), (r"&bsp;", " ")],
        "skip": [r"^爆破材料丢失后处理办法$", r"^``$", r"^本 文由第一公文 网 收集整 理3$"],
        "headings": [],
    },
    "h453-5": {
        "title": "Flow Chart Of Purchase Explosive And Blasting Equipment",
        "english": True,
        "skip": [r"^Flow Chart Of Purchase Explosive And Blasting Equipment$"],
        "headings": [(r"^Custody, use of explosive and the matters needing attention:$", 1)],
    },
}

LAYOUT454: dict[str, dict] = {
    "h454-1": {
        "title": "浙江新和成股份有限公司突发事件应急处理制度",
        "skip": [r"^浙江新和成股份有限公司$", r"^突发事件应急处理制度$"],
        "join": r"^(第[一二三四五六七八九十]+[章条]|\([一二三四]\)|成公司正常经营|合同等敏感信息)",
        "headings": [(r"^第[一二三]章 (总则|突发事件范围|组织体系及职责)$", 1)],
    },
    "h454-2": {
        "title": "Complaints procedure",
        "english": True,
        "sub": [(r"(?m)^-\n", "- ")],
        "bullet": r"^- ",
        "skip": [r"^Complaints procedure$"],
        "headings": [
            (
                r"^(Before you make a complaint|How to complain|What happens next|If you’re not fully satisfied with our response)$",
                1,
            )
        ],
    },
    "h454-3": {
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (r"^(What a complaint is|How to make a complaint to the APVMA|Information to include in your complaint)$", 1)
        ],
    },
}

LAYOUT455: dict[str, dict] = {
    "h455-1": {
        "title": "臺北市政府秘書處受理勞務承攬派駐勞工申訴專區及處理流程方式",
        "skip": [r"^臺北市政府秘書處受理勞務承攬派駐勞工申訴專區及處理流程方式$", r"^!\[我的E政府"],
        "split": r" (?=[一二]、)| (?=\([一二三]\))",
        "headings": [(r"^[一二]、(派駐勞工提出申訴方式及流程|申訴受理單位):$", 1)],
    },
    "h455-2": {
        "title": None,
        "split": r"(?<=^一、依據:)",
        "headings": [(r"^[一二三]、(依據|申訴方式及流程|申訴受理單位):$", 1)],
    },
    "h455-3": {
        "title": "新北市衛生局承攬廠商派駐勞工申訴機制",
        "skip": [
            r"^新北市衛生局承攬廠商派駐勞工申訴機制$",
            r"^檔案名稱 \|",
            r"^---\|",
            r"\.pdf \|",
            r"^- 資料(更新|維護):",
        ],
        "headings": [(r"^[123]\.(申訴受理窗口:|受理申訴方式及流程機制如下:|申訴流程圖:詳如附件。)$", 1)],
    },
    "h455-4": {
        "title": "Complaints Policy and Procedure",
        "english": True,
        "skip": [r"^Complaints Policy and Procedure$"],
        "headings": [
            (r"^Complaints Policy$", 1),
            (
                r"^(What is a complaint\?|When should I complain\?|Who should I direct a complaint to\?|Formal Complaints|"
                r"How should I present my complaint\?|When can I expect a response\?)$",
                2,
            ),
        ],
    },
    "h455-5": {
        "title": "Complaints Procedure Guide To Our Commitment",
        "english": True,
        "skip": [r"^Complaints Procedure Guide To Our Commitment$"],
        "split": r"(?<=^ACKNOWLEDGEMENT:) |(?<=^UNRESOLVED WITHIN 4 WEEKS:) ",
        "headings": [(r"^(ACKNOWLEDGEMENT|UNRESOLVED WITHIN 4 WEEKS):$", 1)],
    },
}

LAYOUT456: dict[str, dict] = {
    "h456-1": {
        "title": "关于增设武术散打技术投诉处理渠道的通知",
        "skip": [
            r"^400-870-6873$",
            r"^zgwssd@163\.com$",
            r"^通知公告$",
            r"^关于增设武术散打技术投诉处理渠道的通知$",
            r"^发布时间:",
        ],
        "headings": [(r"^[一二三]、(受理范围|投诉方式|处理流程):$", 1)],
    },
    "h456-2": {
        "title": "Prestige Martial Arts Complaints Procedure Policy",
        "english": True,
        "skip": [r"^top of page$", r"^Complaints Procedure$", r"^Prestige Martial Arts Complaints Procedure Policy$", r"^Â$"],
        "headings": [
            (r"^(Purpose|Scope|Designated Personnel|Procedure)$", 1),
            (r"^[12]\.\s+(Raising a Complaint|Ack)$", 2),
        ],
    },
    "h456-3": {
        "title": "Complaints Procedure",
        "english": True,
        # the page's own heading opens the stored text; the later “Complaints Procedure” is a section heading
        "strip": [r"^top of page\n\nComplaints Procedure\n"],
        "headings": [
            (r"^(Our Commitment|What is a Complaint\?|Who Can Make a Complaint\?|Complaints Procedure)$", 1),
            (r"^Step 1: Informal Resolution \(Preferred First Step\)$", 2),
        ],
    },
    "h456-4": {
        "title": "Swale Martial Arts Club and all affiliated club",
        "english": True,
        "skip": [r"^Swale Martial Arts Club and all affiliated club$"],
    },
}

LAYOUT457: dict[str, dict] = {
    "h457-1": {
        "title": "关于印发《辽宁省退役军人事务厅突发事件总体应急预案》的通知",
        "skip": [
            r"^关于印发《辽宁省退役军人事务厅突发事件总体应急预案》的通知$",
            r"^发布时间:2020年11月23日$",
            r"^编辑:退役军人厅办公室1$",
            r"^来源:辽宁省退役军人事务厅$",
        ],
        "sub": [(r"(?s)(?<=总体应急预案\n\n)  1总则.*?6附则  ", lambda m: " ".join(m.group(0).split()))],
        "headings": [
            (r"^辽宁省退役军人事务厅突发事件总体应急预案$", 1),
            (r"^1 总则$", 2),
            (r"^1\.[12](编制目的|编制依据)$", 3),
        ],
    },
    "h457-2": {
        "title": "中央苏区反“围剿”纪念馆突发公共安全事故应急预案",
        "skip": [
            r"^中央苏区反“围剿”纪念馆突发公共安全事故应急预案$",
            r"^日期:2021-01-12 19:55 来源:建宁县应急管理局$",
            r"^\| \| \| \|$",
        ],
        "headings": [
            (r"^(一 、指导思想|二、纪念馆突发公共安全事故应急结构)$", 1),
            (r"^\((一|二)\)突发公共安全事故应急(领导小组|机构分工)$", 2),
            (r"^[1-4]、(协调联络组|抢救抢险组|秩序维护组|后勤保)$", 3),
        ],
    },
    "h457-3": {
        "title": None,
        "skip": [r"^法規內容:$"],
        "join": r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))",
        "headings": [(r"^(三、適用對象|四、緊急安置程序):$", 1)],
    },
    "h457-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^You are here:$", r"^Complaints Procedure$", r"^Learn how to make a complaint$"],
        "headings": [
            (r"^How members of the public can make a comment or complaint$", 1),
            (r"^(Feedback and Comments|How you can make a complaint)$", 2),
        ],
    },
    "h457-5": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Complaints procedure$"],
        "headings": [(r"^[12]\. (How to complain|Complaints procedure)$", 1), (r"^Stage [123]$", 2)],
    },
}

LAYOUT458: dict[str, dict] = {
    "h458-1": {
        "title": "汪清县农机质量投诉管理办法",
        "sub": [(r"188金宝搏_188比分直播-官网:", "")],
        "skip": [r"^汪清县农机质量投诉管理办法$"],
        "split": r"(?<=^一、投诉工作的必要性。)|(?<=^二、投诉的范围。)|(?<=^三、投诉机构的主要职责。)|(?<=^四、投诉受理。)",
        "headings": [(r"^[一二三四]、(投诉工作的必要性|投诉的范围|投诉机构的主要职责|投诉受理)。$", 1)],
    },
    "h458-2": {
        "title": None,
        "headings": [(r"^第二章受理投訴范圍$", 1)],
    },
    "h458-3": {
        "title": "Warranty",
        "english": True,
        "sub": [(r"(?m)^•\n", "• "), (r"(?m)^([12]) -\n", r"\1 - ")],
        "rejoin": [r"\n(?=[a-z(])", r"(?<=permission of)\n"],
        "skip": [r"^(User manual|Warranty|24|ChC_Warranty_A-GB|19/11/2018)$"],
        "headings": [(r"^4\.1\.[78]\. (Limitations and liability|Warranty enforcement procedure)$", 1)],
    },
    "h458-4": {
        "title": "Warranty",
        "english": True,
        "headings": [],
    },
}

LAYOUT459: dict[str, dict] = {
    "h459-1": {
        "title": "重庆惠科金渝光电科技有限公司突发环境事件应急预案",
        "skip": [
            r"^已阅读5页",
            r"^版权说明:",
            r"^文档简介$",
            r"^重庆惠科金渝光电科技有限公司环境风险突发事件应急预案$",
            r"^重庆惠科金渝光电科技有限公司突发环境事件应急预案$",
        ],
        "split": r"(?<=环境风险突发事件应急预案)(?=重庆)|(?=预案编号:)|(?= 版 本 号:)|(?=颁布日期:)|"
        r"(?<=2018年12月) (?=重庆)|(?=编制说明重庆)|(?<=编制说明)(?=重庆惠科金渝光电科技有限公司\()",
        "headings": [(r"^编制说明$", 1)],
    },
    "h459-2": {
        "title": None,
        "headings": [
            (r"^(事件分級|適用范圍)$", 1),
            (r"^\([123]\)(重大|較大|一般)環境事件", 2),
        ],
    },
    "h459-3": {
        "title": "突发事件应急处理制度",
        "skip": [
            r"^意见反馈 手机随时随地看行情$",
            r"^公司公告$",
            r"^捷捷微电:突发事件应急处理制度\(2017年4月\)",
            r"^江苏捷捷微电子股份有限公司\s+突发事件应急处理制度$",
            r"^突发事件应急处理制度$",
        ],
        "join": r"^(第[一二三四五六七八九十]+[条章]|\(本制度|二○)",
        "headings": [(r"^第[一二]章 ", 1)],
    },
    "h459-4": {
        "title": "江西百顺电路科技有限公司突发环境事件应急预案",
        "skip": [
            r"^欢迎光临江西百顺电路科技有限公司官网$",
            r"^江西百顺电路科技有限公司$",
            r"^专业PCB生产制造",
            r"^全国咨询热线:$",
            r"^0797-4264088$",
            r"^江西百顺电路科技有限公司环境应急预案公示$",
            r"^作者:admin",
            r"^突发环境事件应急预案$",
        ],
        "headings": [(r"^目录$", 1)],
    },
    "h459-5": {
        "title": "Complaint Mechanism and Handling",
        "english": True,
        "skip": [
            r"^Sign up for our news$",
            r"^Messages$",
            r"^Thank you for your subscription",
            r"^Thank you\.$",
            r"^Complaint Mechanism$",
            r"^Complaint Mechanism and Handling$",
        ],
        "sub": [
            (r"(?m)^([1-5])\n\n(?=[A-Z])", r"\1 "),
            (
                r"(?m)^TypeDefinitionNotification LevelsProcessing LevelsTracking Frequency$",
                "| Type | Definition | Notification Levels | Processing Levels | Tracking Frequency |",
            ),
            (
                r"(?m)^Critical\n  (• Violation .+)\n  (• Quality .+)\n(Chairperson CEO)(VIP \(.+\))(Report progress .+)$",
                r"| Critical | \1 \2 | \3 | \4 | \5 |",
            ),
            (
                r"(?m)^Major\n  (• Quality .+)\n(Vice President)(Plant Director/Manager/Deputy Manager)(The quality .+)$",
                r"| Major | \1 | \2 | \3 | \4 |",
            ),
            (
                r"(?m)^Minor\n  (• Quality .+)\n(Plant Director)(Responsibility Manager, Deputy Manager)(The quality .+)$",
                r"| Minor | \1 | \2 | \3 | \4 |",
            ),
            (
                r"(?m)^SiteCasesDescriptionImprovements\n(PCB SBU)(There .+)$",
                r"| Site | Cases | Description | Improvements |\n| \1 | \2 |  |  |",
            ),
        ],
        "pipe_table": True,
        "headings": [(r"^(Customer Complaint Notification and Management|Explanation for 2023 Customer Complaint)$", 1)],
    },
}

LAYOUT460: dict[str, dict] = {
    "h460-1": {
        "title": "广州港务局防台风工作预案(2010年修订)",
        "skip": [
            r"^广州港务局防台风工作预案$",
            r"^ID:19295844$",
            r"^大小:",
            r"^页数:",
            r"^时间:2018-09-19$",
            r"^广州港务局防台风工作预案_第\d页$",
            r"^资源描述:$",
            r"^《广州港务局防台风工作预案》由会员上传分享",
        ],
        "sub": [(r"\n+2、", ""), (r"(?m)^1、广州港务局防台风工作预案\(2010年修订\)", "")],
        "split": r"(?=[一二三]、(?:适用范围|组织机构|职责分工))|(?<=一、适用范围)|(?<=二、组织机构)|(?<=三、职责分工)|"
        r"(?=\([一二三]\)局三防)|(?<=\(一\)局三防指挥部)|(?=(?<!副)总指挥:)|(?=副总指挥:)|(?=成员单位:)|"
        r"(?=(?<!副)主任:)|(?=副主任:)|(?=3广州港务局三防组织机构图)|(?=[12]\.(?:负责|决定))",
        "headings": [
            (r"^[一二三]、(适用范围|组织机构|职责分工)$", 1),
            (r"^\(一\)局三防指挥部$", 2),
        ],
    },
    "h460-2": {
        "title": "长航局突发事件综合应急预案",
        "skip": [
            r"^\|$",
            r"^交通运输部长江航务管理局$",
            r"^(索引号|生效日期|发布机构|文号|效力状态|发布日期)$",
            r"^1104480XX/2023-01384$",
            r"^2023年12月12日$",
            r"^长航局$",
            r"^有效$",
            r"^长航局突发事件综合应急预案$",
            r"^发布时间:2023-12-12 18:26",
        ],
        "headings": [(r"^1\.总则$", 1), (r"^1\.[1-4] ?(编制目的|编制依据|适用范围|事件分级)$", 2)],
    },
    "h460-3": {
        "title": "Pilotage Disciplinary Board",
        "english": True,
        "skip": [r"^Pilotage Disciplinary Board$"],
        "sub": [(r"\A(Complaint form)\n\n(Disciplinary procedures)\n", r"• \1\n\n• \2\n")],
        "headings": [(r"^Complaint form$", 1)],
    },
}


LAYOUT461: dict[str, dict] = {
    "h461-1": {
        "title": "18号“温比亚”台风风险防范提示公告",
        "skip": [
            r"^嘉兴福利彩票发行中心官方网站 机构介绍 联系我们$",
            r"^您的位置:网站首页 > 新闻动态 > 福彩动态$",
            r"^18号“温比亚”台风风险防范提示公告$",
            r"^更新时间:2018-10-12 点击次数:6018$",
        ],
        "headings": [(r"^台风风险提示:$", 1), (r"^[一二]、防", 2)],
    },
    "h461-2": {
        "title": None,
        "headings": [(r"^[一二三四五六七八]、", 1)],
    },
    "h461-3": {
        "title": "常见问题",
        "skip": [
            r"^申博体育_申慱亚洲官方网-在线\*平台$",
            r"^申慱亚洲官方网:市民政二维码$",
            r"^民政为民、民政爱民$",
            r"^常见问题$",
            r"^来源:市民政局\s+时间:",
        ],
        "split": r"(?<=故障2:关于凭证注销。)",
        "headings": [(r"^\([一二三]\)", 1), (r"^故障\d:", 2)],
    },
    "h461-4": {
        "title": "COMPLAINTS PROCEDURE FOR LIFEBOAT LOTTO LTD. LOTTERIES",
        "english": True,
        "skip": [
            r"^This email address is being protected from spambots\.",
            r"^COMPLAINTS PROCEDURE FOR LIFEBOAT LOTTO LTD\. LOTTERIES$",
        ],
        "sub": [(r"(?m)^([1-6]) +", r"\1 ")],
    },
}


LAYOUT463: dict[str, dict] = {
    "h463-1": {
        "title": "突发紧急事件的处理及安全守则",
        "skip": [
            r"^第一篇:网尚数字电影城【突发紧急事件的处理及安全守则】指导手册$",
            r"^突发紧急事件的处理及安全守则$",
        ],
        "headings": [
            (r"^一、灭火应急疏散方案$", 1),
            (r"^[123]\.(义务灭火疏散领导小组|报警程序|灭火疏散方案):$", 2),
        ],
    },
    "h463-2": {
        "title": "影院营运操作手则",
        "skip": [r"^电影院管理制度$", r"^影院营运操作手则$"],
        "join": r"^(\d+、\d+|\d\)|影院|消防主管)",
        "headings": [
            (r"^第一章消防安全$", 1),
            (r"^[1-4](总原则|消防管理组织机构图|消防工作得组织管理制度:|消防安全制度)$", 2),
        ],
    },
    "h463-3": {
        "title": "ODEON CONCERNS POLICY",
        "english": True,
        "skip": [r"^ODEON CONCERNS POLICY$"],
        "sub": [
            (
                r"(?m)^(You are aware|Both you as our guest|Your concerns are investigated|Your concerns are considered)",
                r"- \1",
            )
        ],
        "bullet": r"^- ",
        "headings": [
            (r"^(Policy Objective|Definition of a Concern|How to raise a concern|The information we will need)$", 1),
        ],
    },
}


LAYOUT464: dict[str, dict] = {
    "h464-1": {
        "title": None,
        "english": True,
        "skip": [
            r"^Complaints Handling Protocol\. Sept 24\. 2007doc by kxb86934$",
            r"^VIEWS: 11 PAGES: 2$",
            r"^More Info$",
        ],
        # the copy breaks the document's lines at the page width (each indented by seven spaces): joined again into
        # paragraphs, the letterhead's lines (indented further) and the heading's following line left as they are
        "rejoin": [r"(?<!PROTOCOL)(?<=[^\n])\n {7}(?=\S)"],
        "headings": [(r"^COMPLAINTS HANDLING PROTOCOL$", 1)],
    },
    "h464-2": {
        "title": "Consumer Complaints",
        "english": True,
        "skip": [r"^Consumer Complaints$"],
        "headings": [(r"^Trisura’s complaint handling policy$", 1)],
    },
}


LAYOUT466: dict[str, dict] = {
    "h466-1": {
        "title": "江西省国土资源厅关于印发《江西省不动产登记突发事件应急处置办法(试行)》的通知",
        "skip": [r"^江西省国土资源厅关于印发《江西省不动产登记突发事件应急处置办法\(试行\)》的通知$"],
        "sub": [(r"(?m)^江西省不动产登记突发事件\n应急处置办法\(试行\)$", "江西省不动产登记突发事件应急处置办法(试行)")],
        "headings": [
            (r"^江西省不动产登记突发事件应急处置办法\(试行\)$", 1),
            (r"^第[一二]章 (总则|应急处置基本原则)$", 2),
        ],
    },
    "h466-2": {
        "title": None,
        "sub": [
            (r"(?m)^- ([壹貳參]、(?:目的|通報作業|申請案件處理原則)) ", r"\1\n"),
            (r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", ""),
            (r"(?<=識別證) (?=,)", ""),
            (r"(?<=權限,) (?=及)", ""),
        ],
        "split": r" (?=[一二三四]、)| (?=\([一二三]\))",
        "skip": [
            r"^臺北市法規所有條文",
            r"^北市17-03-2022$",
            r"^行政規則:",
            r"^民國 ?106 ?年 ?06 ?月 ?21 ?日$",
            r"^中華民國106年6月21日臺北市政府地政局",
        ],
        "headings": [(r"^[壹貳參]、(目的|通報作業|申請案件處理原則)$", 1)],
    },
    "h466-3": {
        "title": "新北市汐止地政事務所主任與民有約執行計畫",
        "skip": [
            r"^跳到主要內容區塊$",
            r"^• (113-09-21|星期六|10:58|管理單位:新北市汐止地政事務所)$",
            r"^新北市汐止地政事務所主任與民有約執行計畫$",
        ],
        "headings": [(r"^[一二三]、(目的|服務對象|主任與民有約作業流程):$", 1)],
    },
    "h466-4": {
        "title": "Complaints procedure",
        "english": True,
        "bullet": r"^- ",
        "skip": [r"^Complaints procedure$"],
        "headings": [
            (r"^(How to make a complaint|What to expect|If you are still not satisfied)$", 1),
            (r"^(Stage [12]|Independent Complaints Reviewer)$", 2),
        ],
    },
}


LAYOUT467: dict[str, dict] = {
    "h467-1": {
        "title": "专业化统防统治相关制度",
        "skip": [
            r"^专业化统防统治相关制度_第\d页$",
            r"^已阅读5页",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
        ],
        "sub": [
            (r"(?m)^1、(?=长安农友)", ""),
            (r"防治队员在实施\n\n2、防治作业时", "防治队员在实施防治作业时"),
            (
                r"(?<=并保存两年以上。)(粮食作物病虫草害专业化统防统治收 费 标 准)类别工程单次承包全程承包"
                r"小(麦田除草)(14 元/亩)麦(苗期病虫害)(16 元/亩)(40 元/亩)(麦田“一喷三防”)(16 元/亩)"
                r"玉(玉米杂草化除)(18 元/亩)(28 元/亩)米(粘虫防治)(13 元/亩)(?=注:)",
                "\n\\g<1>\n| 类别 | 工程 | 单次承包 | 全程承包 |\n| 小麦 | \\g<2> | \\g<3> |  |\n"
                "|  | \\g<4> | \\g<5> | \\g<6> |\n|  | \\g<7> | \\g<8> |  |\n"
                "| 玉米 | \\g<9> | \\g<10> | \\g<11> |\n|  | \\g<12> | \\g<13> |  |\n",
            ),
        ],
        "pipe_table": True,
        "split": r"(?<=\(专业合作社\))|(?=\*村专业化防治组织架构)|(?<=防治组织架构)|(?= 技术指导员:)|(?= 防治队长:)|"
        r"(?=防治队员:由)|(?=专业化统防统治作业要求)|(?<=专业化统防统治作业要求)",
        "headings": [
            (r"^长安农友农作物植保专业合作社专业化统防统治组织运行图\(专业合作社\)$", 1),
            (r"^\*村专业化防治组织架构$", 1),
            (r"^专业化统防统治作业要求$", 1),
            (r"^粮食作物病虫草害专业化统防统治收 费 标 准$", 1),
        ],
    },
    "h467-2": {
        "title": "农药管理制度",
        "skip": [r"^全文预览$", r"^农药管理制度$", r"^上传者:", r"^文档介绍$"],
        "split": r"(?=第[一二三四五六七八九十]+条)|(?=[12]、(?:发生事故|立即组织))",
        "headings": [],
    },
    "h467-3": {
        "title": None,
        "english": True,
        "sub": [
            (r"(?m)^\*\*\*(Crop Protection Performance Policy)\*\*\*$", r"\1"),
            (r"(?m)^\*(Only products .+)\*$", r"\1"),
        ],
        "headings": [(r"^Crop Protection Performance Policy$", 1)],
    },
}


LAYOUT468: dict[str, dict] = {
    "h468-1": {
        "title": "鱼峰区城市管理行政执法局突发事件应急处置分预案",
        "skip": [
            r"^鱼峰区城市管理行政执法局突发事件应急处置分预案$",
            r"^来源:鱼峰区城市管理行政执法局\s+\|\s+发布日期:",
        ],
        "headings": [(r"^[一二]、(指导思想|工作原则)$", 1)],
    },
    "h468-2": {
        "title": "城市应急预案",
        "skip": [
            r"^2O21年城管应急预案$",
            r"^- (格式|大小|文档页数):",
            r"^城市应急预案$",
        ],
        "headings": [
            (r"^[一二三四五六七八九十]、", 1),
            (r"^\([一二三]\)(工作原则|编制依据|适用范围)$", 2),
        ],
    },
    "h468-3": {
        "title": "黄石市救助管理站2021年“寒冬送温暖”专项救助行动实施方案",
        "skip": [
            r"^当前位置:首页 > 通知公告$",
            r"^黄石市救助管理站2021年“寒冬送温暖”专项救助行动实施方案$",
            r"^发布时间:2021-11-24\s+所属栏目:",
        ],
        "headings": [(r"^[一二三]、(活动时间|活动目标|活动内容)$", 1)],
    },
    "h468-4": {
        "title": "田家庵区城市管理行政执法局投诉举报制度",
        "skip": [r"^田家庵区城市管理行政执法局投诉举报制度$"],
        "headings": [],
    },
    "h468-5": {
        "title": "Our complaints policy",
        "english": True,
        "skip": [r"^Our complaints policy$"],
        "headings": [
            (
                r"^(What is a complaint|Who can complain and about what|How do I make a complaint|"
                r"Who will deal with my complaint|How quickly will you deal with my complaint)\?$",
                1,
            )
        ],
    },
}


LAYOUT462: dict[str, dict] = {
    "h462-1": {
        "title": "基本概况",
        "skip": [r"^基本概况$"],
        "sub": [
            (r"(?m)^(工作分工) \| (.+?) \| \|+$", r"|  | \1 | \2 |  |"),
            (r"(?m)^(刘新国|赵雷军) \| (职务) \| (副馆长) \| \|+$", r"|  | \1 | \2 | \3 |"),
            (r"(?m)^(办公时间|办公地址|内设机构|工作职能) \| (.+?) \| \|+$", r"| \1 | \2 |  |  |"),
            (r"(?m)^(机构名称|邮政编码|网 址|领导信息) \| (.+?) \| (.+?) \| (.+?) \| \|+$", r"| \1 | \2 | \3 | \4 |"),
            (r"(?m)^应急管理 \| (博物馆非计划大面积停电应急预案) (一、组织机构) ", r"应急管理\n\1\n\2\n"),
        ],
        "pipe_table": True,
        "split": r" (?=\(二\))",
        "headings": [(r"^应急管理$", 1), (r"^博物馆非计划大面积停电应急预案$", 2), (r"^一、组织机构$", 3)],
    },
    "h462-2": {
        "title": "阜康市博物馆最大承载量及限流措施的公告",
        "skip": [
            r"^阜康市人民政府$",
            r"^www\.fk\.gov\.cn$",
            r"^【免费开放】阜康市博物馆最大承载量及限流措施的公告$",
            r"^索  引  号 ",
            r"^名        称 ",
            r"^文        号 ",
            r"^发文单位 ",
        ],
        "headings": [
            (r"^[一二三]、(承载量核定标准|限流管控措施|参观温馨提示)$", 1),
            (r"^[123]\.(动态限流|服务强化|应急调整|团队预约优先|错峰建议|文明公约)$", 2),
        ],
    },
    "h462-3": {
        "title": "开馆公告丨荥经县博物馆明日起安全有序恢复开放",
        "skip": [r"^开馆公告丨荥经县博物馆明日起安全有序恢复开放$", r"^发布时间:Mar 20, 2020 \| 作者:荥经县博物馆$"],
        "split": r" (?=[1-8]\.)| (?=以上开闭馆时间)| (?=感谢您对荥经县博物馆)",
        "headings": [],
    },
    "h462-4": {
        "title": None,
        "skip": [r"^订单查询$", r"^首页 办公文秘$", r"^博物馆安全紧急措施6篇$", r"^大小:475KB 6页 发布时间:"],
        "headings": [(r"^\(六\)展厅发生治安、刑事案件处理办法:$", 1)],
    },
    "h462-5": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "sub": [
            (
                r"(?m)^(Museum visitors and members of the public|Educational and cultural partners|Donors and sponsors|"
                r"Suppliers and contractors|Staff and volunteers|Children and young people engaging with MoLI|"
                r"Services provided by MoLI|Conduct of staff or volunteers|Accessibility or safety concerns|"
                r"Programmes, exhibitions, or events|Accessibility: |Fairness: |Timeliness: |Accountability: |"
                r"Child-Centered Approach: |Email: |Post: |In Person: |Your name and contact details$|"
                r"Description of the complaint$|Date and location of the incident|Any supporting documentation$|"
                r"Your desired outcome or resolution$)",
                r"• \1",
            ),
        ],
        "headings": [
            (
                r"^[1-5]\. (Introduction|Scope|Guiding Principles|Making a Complaint|Complaints Involving or Submitted by Children)$",
                1,
            ),
            (r"^Step [12]: (Informal Resolution|Formal Complaint)$", 2),
        ],
    },
}


LAYOUT465: dict[str, dict] = {
    "h465-1": {
        "title": "医生会员投诉规则及处罚规定",
        "skip": [
            r"^返回首页 >>$",
            r"^医生会员投诉规则及处罚规定$",
            r"^服务声明:",
            r"^邻医$",
        ],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h465-2": {
        "title": "咨询指南-极速咨询篇",
        "skip": [
            r"^咨询指南-极速咨询篇$",
            r"^更多$",
            r"^将我的问题转发给其他好医生",
            r"^健康160网-统计$",
        ],
        "headings": [(r"^[1-5]、", 1)],
    },
    "h465-3": {
        "title": "Policy for Handling and Investigation of Complaints",
        "english": True,
        "skip": [r"^Policy for Handling and Investigation of Complaints$"],
        "sub": [
            (r"(?m)^(?:---\|)+$", ""),  # the text tables' separator lines under their header rows
            (r"(?m)^(?!\|)(.+ \|)$", r"| \1"),  # a text table's row, one a line
        ],
        "pipe_table": True,
        "pipe_starts": r"^(Role|Step)$",  # the three tables follow one another with nothing between them
    },
}


LAYOUT469: dict[str, dict] = {
    "h469-1": {
        "title": "中公网校购课售后须知(中公网校课程用户转班、退班规定)",
        "skip": [
            r"^j599\| ",
            r"^网校动态$",
            r"^400-900-8885$",
            r"^当前位置:",
            r"^中公网校购课售后须知\(中公网校课程用户转班、退班规定\)$",
            r"^标签:",
            r"^来源:网络",
        ],
        "headings": [(r"^第[一二]条:", 1)],
    },
    "h469-2": {
        "title": "东莞理工学院疫情防控期间在线教学突发事件应急预案",
        "skip": [
            r"^教学动态$",
            r"^首页 > 教学信息",
            r"^东莞理工学院疫情防控期间在线教学突发事件应急预案$",
            r"^作者:李惠萍",
        ],
        "headings": [(r"^[一二三四五]、", 1), (r"^(技术支持组|质量保障组|沟通协调组):$", 2)],
    },
    "h469-3": {
        "title": "山东大学(威海)教务处网络授课应急方案",
        "skip": [
            r"^校区首页 ",
            r"^站内搜索:",
            r"^您当前所在的位置",
            r"^山东大学\(威海\)教务处网络授课应急方案$",
            r"^创建时间:",
        ],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h469-4": {
        "title": "疫情防控期间应对在线教学突发事件的应急预案",
        "skip": [r"^疫情防控期间应对在线教学突发事件的应急预案$", r"^发布人:学院"],
        "headings": [(r"^[一二三四五]、", 1), (r"^情况1:", 2)],
    },
    "h469-5": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^\+61$", r"^Complaints$"],
        "headings": [(r"^(Policy Objective|Scope):$", 1), (r"^1 \| Definitions$", 1)],
    },
}


LAYOUT470: dict[str, dict] = {
    "h470-1": {
        "title": "浙江亚厦装饰股份有限公司突发事件处理制度",
        "skip": [r"^亚厦股份: 突发事件处理制度$", r"^浙江亚厦装饰股份有限公司$"],
        "join": r"^(第[一二三四五六七八九十]+[条章]|\(第六届|\([一二三四]\)|按照社会危害程度|事故造成)",
        "headings": [(r"^第[一二三]章 ", 1)],
    },
    "h470-2": {
        "title": "东易日盛家居装饰集团股份有限公司突发事件管理制度",
        "skip": [
            r"^意见反馈 手机随时随地看行情$",
            r"^公司公告$",
            r"^东易日盛:突发事件管理制度\(2014年4月\)",
            r"^东易日盛家居装饰集团股份有限公司$",
            r"^突发事件管理制度$",
        ],
        "join": r"^(第[一二三四五六七八九十]+[条章]|\([一二三四五六七八九十]\)|\d+、)",
        "headings": [(r"^第[一二]章 ", 1)],
    },
    "h470-3": {
        "title": None,
        "bullet": r"^- ",
        "headings": [
            (r"^(服務流程|服務保證)$", 1),
            (r"^Step \d+ - ", 2),
            (r"^[一二]、保維修(範圍|時限):$", 2),
        ],
    },
    "h470-4": {
        "title": None,
        "english": True,
        "sub": [
            (r"\ALast Updated:\nNovember 2024\n", "Last Updated: November 2024\n"),
            (r"(?m)^-\n(?=\S)", "• "),
            (r"(?m)^\|\n([^|\n]+)\n\|\n([^|\n]+)\n\|$", r"| \1 | \2 |"),
        ],
        "pipe_table": True,
        "headings": [
            (r"^[12]\. (Our Commitment to Customer Satisfaction|What Is a Complaint\?)$", 1),
            (r"^2\.1 Minor Concerns vs\. Formal Complaints$", 2),
            (r"^Our Promise$", 2),
        ],
    },
}


LAYOUT471: dict[str, dict] = {
    "h471-1": {
        "title": "Feedback complaints",
        "english": True,
        "headings": [],
    },
}


LAYOUT472: dict[str, dict] = {
    "h472-1": {
        "title": "中国社会福利基金会网站管理办法",
        "skip": [r"^当前位置:$", r"^中国社会福利基金会网站管理办法$"],
        "headings": [(r"^第[一二]章\s+", 1)],
    },
    "h472-2": {
        "title": None,
        "sub": [(r"(?m)^(\(1\)在电脑端 登录萌达众筹官网 www\.mengdaa\.com)\n(?=点击“发起故事”)", r"\1 ")],
        "headings": [(r"^[12]、(可退款的情况|不办理退款的情况):$", 1), (r"^1、提交项目$", 1)],
    },
    "h472-3": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "sub": [
            (r"(?m)^- (Contact Us|Acknowledgment):\n", r"- \1: "),
            (r" - (Provide Details|Resolution):\n", r"\n- \1: "),
        ],
        "bullet": r"^- ",
        "headings": [(r"^[1-5]\. [A-Z]", 1)],
    },
}


LAYOUT473: dict[str, dict] = {
    "h473-1": {
        "title": "三明公交充电站应急预案",
        "skip": [
            r"^公交充电站应急预案_第\d页$",
            r"^免费预览已结束",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
        ],
        # the sharing site's “1、” before the text and its break “2、” in the middle of a sentence
        "sub": [(r"\n+2、", ""), (r"(?m)^1、三明公交充电站应急预案", "")],
        "split": r"(?=人员组织结构:)|(?<=人员组织结构:)|(?=1火灾事故发生应急预案)|(?<=1火灾事故发生应急预案)(?=1\.1 )|"
        r"(?<=火灾发生响应和扑救工作)|(?=1\.1\.\d )",
        "headings": [
            (r"^(人员组织结构:|1火灾事故发生应急预案)$", 1),
            (r"^1\.1 火灾发生响应和扑救工作$", 2),
        ],
    },
    "h473-2": {
        "title": "比亚迪汽车销售投诉管理机制",
        # the three pieces the sharing site numbered “1、”–“3、” are one text; the cover's fields and the revision
        # history's cells, run together by the copy, are the cover table, the cover's lines and the history table again
        "sub": [
            (r"\A1、 ", ""),
            (r"\n[23]、", ""),
            (
                r"\A(秘密)文件名称(比亚迪汽车销售投诉管理机制)文件编号(SQ-KH-A15-0001)文件层级(三级文件)版本号(A/2)(页 次)(7 / 7)",
                r"\1\n| 文件名称 | \2 |\n| 文件编号 | \3 |\n| 文件层级 | \4 |\n| 版本号 | \5 |\n| \6 | \7 |\n",
            ),
            (r"(?=适用范围:|拟 稿 人:|发 行:|受控状态:|秘密等级:)", "\n"),
            (
                r" 文件发行/修订履历版本号生效日期修改内容(拟 稿)(审 核)(批 准)"
                r"(A/0)(2016年1月1日)(无)(张双)(崔兵生)(舒酉星)"
                r"(A/1)(2017年1月1日)(依据2016年.+?闭环流程图有优化。)(柯巧玲)(崔兵生)(舒酉星)"
                r"(A/2)(2018年1月1日)(依据2017年.+)$",
                r"\n文件发行/修订履历\n| 版本号 | 生效日期 | 修改内容 | \1 | \2 | \3 |\n"
                r"| \4 | \5 | \6 | \7 | \8 | \9 |\n| \10 | \11 | \12 | \13 | \14 | \15 |\n| \16 | \17 | \18 |  |  |  |",
            ),
        ],
        "pipe_table": True,
        "headings": [(r"^文件发行/修订履历$", 1)],
    },
    "h473-3": {
        "title": "陕汽淮南专用汽车有限公司新能源产品售后服务承诺",
        "skip": [
            r"^全国统一销售热线:",
            r"^站内搜索$",
            r"^售后服务$",
            r"^你的位置 首页 售后服务$",
            r"^陕汽淮南专用汽车有限公司新能源产品售后服务承诺$",
        ],
        "headings": [(r"^1、售后服务方案$", 1), (r"^服务流程:$", 2)],
    },
    "h473-4": {
        "title": "電動(dòng)汽車充電站火災(zāi)事故應(yīng)急預(yù)案",
        "skip": [
            r"^電動\(dòng\)汽車充電站火災\(zāi\)事故應\(yīng\)急預\(yù\)案_第\d頁\(yè\)$",
            r"^已閱讀5頁",
            r"^下載本文檔$",
            r"^版權\(quán\)說\(shuō\)明:",
            r"^文檔簡\(jiǎn\)介$",
        ],
        # the plan's name, set three times before the text by the copy, is the title
        "sub": [(r"(?m)^(電動\(dòng\)汽車充電站火災\(zāi\)事故應\(yīng\)急預\(yù\)案){3}(?=\.目的)", "")],
        "split": r"(?<=\.目的)|(?=\.適用范圍)|(?<=\.適用范圍)|(?=\.內\(nèi\)容)|(?<=\.內\(nèi\)容)|"
        r"(?<=火災\(zāi\)類型)(?=電動)",
        "headings": [
            (r"^\.(目的|適用范圍|內\(nèi\)容)$", 1),
            (r"^火災\(zāi\)類型$", 2),
        ],
    },
    "h473-5": {
        "title": "Customer Complaints Procedure",
        "english": True,
        "skip": [r"^Customer Complaints Procedure$"],
        "bullet": r"^- ",
        "headings": [(r"^(Our Commitment to Handling Complaints|How to make a complaint|What happens next\?)$", 1)],
    },
}


# The four-hundred-and-seventy-fourth held-out set (plans/heldout474/): Red Cross societies (湖南省红十字会's 突发事件应急预案
# (简本), 旺苍县红十字会's and 绍兴市红十字会's 应急预案, a 市红十字会's 自然灾害应急预案 from its third page, the British Red
# Cross's complaints procedure). `sub` in h474-1 runs the contents list into one paragraph so that its entries ("1.总则",
# "2.应急指挥体系及职责") are not taken for the body's headings of the same words.
LAYOUT474: dict[str, dict] = {
    "h474-1": {
        "title": "湖南省红十字会突发事件应急预案(简本)",
        "skip": [r"^湖南省红十字会突发事件应急预案\(简本\)$"],
        "sub": [(r"(?m)^(\d\.(?:\d )?[^\n]*)\n(?=(?:[^\n]*\n)*?8\.3 预案实施时间\n)", r"\1 ")],
        "headings": [
            (r"^目 录$", 1),
            (r"^[12]\.(总则|应急指挥体系及职责)$", 1),
            (r"^[12]\.\d(编制目的|编制依据|适用范围|工作原则|应急组织机构)$", 2),
        ],
    },
    "h474-2": {
        "title": None,
        "headings": [(r"^[一二]、", 1), (r"^\([一二三四]\)", 2)],
    },
    "h474-3": {
        "title": "绍兴市红十字会应急预案(修订版)",
        "skip": [
            r"^今天是:$",
            r"^国际红十字运动的七项基本原则:",
            r"^首页$",
            r"^-->红会事业 -->救护培训$",
            r"^《绍兴市红十字会应急预案》\(修订版\)$",
            r"^信息来源:市红十字会",
        ],
        "headings": [(r"^[一二]、", 1), (r"^\([一二三]\)", 2), (r"^[12]\. ", 3)],
    },
    "h474-4": {
        "title": None,
        "skip": [r"^\|$"],
        "strip": [r"\[接上页\] "],
        "split": r" (?=\([一二三]\)、)| (?=六、)|(?<=六、保障措施) |(?<=、组织保障) |(?<=、通讯与信息保障) |"
        r"(?<=、应急支援与装备保障) | (?=[123]、)",
        "headings": [
            (r"^六、保障措施$", 1),
            (r"^\([一二三]\)、(组织保障|通讯与信息保障|应急支援与装备保障)$", 2),
        ],
    },
    "h474-5": {
        "title": "How we handle complaints and feedback",
        "english": True,
        "skip": [r"^How we handle complaints and feedback$", r"^Download a copy of our complaints procedure \(PDF\)\.$"],
        "headings": [
            (r"^(The complaints procedure|Contact us)$", 1),
            (r"^[1-4]\. (Getting in touch|Our response|Making an appeal|Your rights if you are unhappy)$", 2),
            (r"^(Fundraising|General) feedback$", 2),
        ],
    },
}


LAYOUT475: dict[str, dict] = {
    "h475-1": {
        "title": None,
        "headings": [(r"^第[一二三]章 ?(总则|组织结构|干预实施)$", 1)],
    },
    "h475-2": {
        "title": None,
        "headings": [(r"^一、 总 则$", 1), (r"^二、组织机构$", 1)],
    },
    "h475-3": {
        "title": "心理危机干预制度",
        "skip": [r"^心理危机干预制度$", r"^发布时间:2019-12-20浏览:"],
        "headings": [],
    },
    "h475-4": {
        "title": None,
        "sub": [(r"(?m)^(本文结构:)\n(01 .+)\n(02 .+)\n(03 .+)$", r"\1\n• \2\n• \3\n• \4")],
        "headings": [
            (r"^本文结构:$", 1),
            (r"^0[123] (平台对投诉处理的态度|平台投诉处理流程|投诉处理流程|咨询师异常咨询情况处理办法)$", 1),
            (r"^[12]\.(来访填写投诉表单|平台工作人员调查)$", 2),
        ],
    },
    "h475-5": {
        "title": "Complaints Procedures for Crisis Services",
        "english": True,
        "skip": [
            r"^green round shape$",
            r"^Complaints Procedures for Crisis Services$",
            r"^Resources > Complaints Procedures for Crisis Services$",
        ],
        "headings": [(r"^(Our Complaints Policy|What to Include|What will happen next\?)$", 1)],
    },
}


LAYOUT476: dict[str, dict] = {
    "h476-1": {
        "title": "银行银行卡业务重大事项报告制度(暂行)",
        "skip": [
            r"^全文预览已结束$",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^银行银行卡业务重大事项报告制度\(暂行\)$",
        ],
        "split": r"(?<=\(暂行\))(?=第一条)|(?=第[一二三四五六七八九十]+条 )|(?=\([一二三四五六七]\))",
        "headings": [],
    },
    "h476-2": {
        "title": "信用卡爭議款",
        "skip": [r"^/personal/credit/", r"^0$", r"^信用卡爭議款$"],
        "bullet": r"^●\s+",
        "headings": [(r"^(信用卡爭議帳款範疇\?|信用卡爭議帳款申請流程|申請信用卡爭議帳款注意事項:)$", 1)],
    },
    "h476-3": {
        "title": "台新國際商業銀行交易爭議處理",
        "skip": [r"^台新國際商業銀行交易爭議處理$", r"^2016/12/28$"],
        "sub": [(r"\n {8}", "")],
        "headings": [(r"^\([一二三四]\)(電話|網路郵件|書面郵件|親臨分行)$", 1)],
    },
    "h476-4": {
        "title": "How to raise a complaint",
        "english": True,
        "sub": [
            (r"(?m)^How to raise a complaintExpand all sections$", "How to raise a complaint"),
            (r"(?m)^Frequently Asked QuestionsExpand all sections$", "Frequently Asked Questions"),
        ],
        "skip": [r"^How to raise a complaint$"],
        "headings": [
            (r"^Step [123]: ", 1),
            (r"^Frequently Asked Questions$", 1),
            (r"^(WHAT CAN I EXPECT DURING MY COMPLAINT|WHEN CAN I EXPECT MY COMPLAINT TO BE RESOLVED)\?$", 2),
        ],
    },
}


LAYOUT477: dict[str, dict] = {
    "h477-1": {
        "title": "XXXX 漂流河道安全管理制度",
        "skip": [
            r"^下載本文檔$",
            r"^版權\(quán\)說明:",
            r"^文檔簡介$",
            r"^XXXX 漂流河道安全管理制度$",
        ],
        # the sharing site's preview markers: "1、歡迎下載歡迎下載" before the title, "2、" inside the word 停車場
        "sub": [(r"(?m)^1、歡迎下載歡迎下載", ""), (r"停\n2、車場", "停車場")],
        "split": r"(?=第[一二三]章)|(?=第[一二三四五六七八]條)",
        "headings": [(r"^第[一二三]章", 1)],
    },
}


LAYOUT478: dict[str, dict] = {
    "h478-1": {
        "title": "上海浦东和虹桥国际机场地区突发事件应急预案",
        "skip": [r"^上海浦东和虹桥国际机场地区突发事件应急预案$", r"^字号:$"],
        "headings": [
            (r"^1 总则$", 1),
            (r"^1\.[1-5] (编制目的|编制依据|适用范围|工作原则|预案体系)$", 2),
        ],
    },
    "h478-2": {
        "title": "Our Customer Service Charter",
        "english": True,
        "skip": [r"^Skip to Content$", r"^Toggle Navigation$"],
        "headings": [],
    },
    "h478-3": {
        "title": "Complaints, and Health-and-Safety concerns",
        "english": True,
        "sub": [(r"(?m)^Complaints, and Health-and-Safety concerns: ", "")],
        # the stored copy runs the page into one paragraph: split where its subject changes
        "split": r"(?<=\.) (?=Complaints and Concerns will|Please note that|For example, if|All formal complaints)",
        "skip": [r"^!\[\]\(\) \|$", r"^\|+$", r"^\. \.$"],
        "headings": [],
    },
}


# The four-hundred-and-seventy-ninth held-out set (plans/heldout479/): long-distance coach companies and bus stations (a
# county transport company's passenger-transport plan, a coach operator's breakdown procedure, a bus station's Spring
# Festival plan, a coach operator's holiday plan, a UK coach hire company's complaints policy). h479-1's sharing site ran
# the PDF into one paragraph with its punctuation lost: `sub` takes out the file's page header/footer ("精品文档 1欢迎下载"),
# the line-break spaces inside words ("高 峰期") and the doubled headings the PDF's bold type left ("1 1 以人为本 科学决策
# 以人为本 科学决策"); `split` breaks it again before the document's own numbering. h479-2's lone "?" is the store's trace
# of the flowchart picture. h479-5's contents list keeps its numbers with a tab instead of the copy's run of spaces.
LAYOUT479: dict[str, dict] = {
    "h479-1": {
        "title": "四川省邛崃市运输公司道路旅客运输保障应急预案",
        "skip": [
            r"^运输公司道路旅客运输保障应急预案_第\d页$",
            r"^已阅读5页",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^四川省邛崃市运输公司四川省邛崃市运输公司 道路旅客运输保障应急预案道路旅客运输保障应急预案$",
        ],
        "sub": [
            (r"精品文档 \d欢迎下载 ", ""),
            (r"(?<=高) (?=峰期)|(?<=旅) (?=客运输高峰期)|(?<=保) (?=护人民)|(?<=进) (?=行 结合)", ""),
            (r"(?<=有) (?=效地)|(?<=交) (?=通主管)|(?<=调) (?=配应急车辆)", ""),
            (r"1 1 以人为本 科学决策 以人为本 科学决策", "1 以人为本 科学决策"),
            (r"2 2 统一指挥 分级负责 统一指挥 分级负责", "2 统一指挥 分级负责"),
        ],
        "split": r"(?=一 总 则)|(?=一 编制目的)|(?<=一 编制目的)|(?=二 适用范围)|(?<=二 适用范围)|"
        r"(?= [1-5] (?:在旅客|因恶劣|清明|抢险|其它))|(?=三 工作原则)|(?<=三 工作原则)|"
        r"(?=[12] (?:以人为本|统一指挥))|(?<=以人为本 科学决策)|(?<=统一指挥 分级负责)",
        "headings": [
            (r"^一 总 则$", 1),
            (r"^[一二三] (编制目的|适用范围|工作原则)$", 2),
            (r"^[12] (以人为本 科学决策|统一指挥 分级负责)$", 3),
        ],
    },
    "h479-2": {
        "title": None,
        "skip": [r"^\?$"],
        "sub": [(r"(?m)^(3\.应急处置流程图)\?$", r"\1")],
        "headings": [(r"^[123]\.(适用范围|组织机构及其职责|应急处置流程图)$", 1)],
    },
    "h479-3": {
        "title": None,
        "headings": [
            (r"^二、突发事件应急措施$", 1),
            (r"^1、旅客大量滞留应急措施$", 2),
            (r"^\((?:[5-9]|1[012])\)[^,。\s]+组$", 3),
        ],
    },
    "h479-4": {
        "title": None,
        "skip": [r"^订单查询$", r"^首页 办公文秘$", r"^运输公司节假日应急预案6篇$", r"^大小:"],
        "headings": [(r"^\((一|二)\)(应急响应行动|信息发布)$", 2)],
    },
    "h479-5": {
        "title": "Customer Service Policy",
        "english": True,
        "skip": [r"^Customer service$", r"^Customer Service Policy$"],
        "sub": [(r"(?m)^([1-5])\. {2,}", "\\1.\t"), (r"\(link sends e-mail\)", "")],
        "headings": [(r"^1\. How to make a complaint and who to contact$", 1)],
    },
}


LAYOUT480: dict[str, dict] = {
    "h480-1": {
        "title": None,
        "skip": [r"^银行服务应急预案演练范文三篇\.docx$", r"^《银行服务应急预案演练范文三篇\.docx》由会员分享"],
        "sub": [(r"(?m)^1、银行服务应急预案演练范文三篇银行服务应急预案演练共1", ""), (r"\n[23]、", "")],
        "split": r"(?=[一二三四]、(?:处置原则|组织指挥|相关部门职责|处置方法))|(?<=一、处置原则)|(?<=二、组织指挥)|"
        r"(?<=三、相关部门职责)|(?<=四、处置方法)|(?<=点停电时:)|(?=2、营业部)|(?=2、办公室或)|(?=3、突发停电后)",
        "headings": [
            (r"^[一二三四]、(处置原则|组织指挥|相关部门职责|处置方法)$", 1),
            (r"^\(一\)、点停电时:$", 2),
        ],
    },
    "h480-2": {
        "title": "銀行應急預案",
        "skip": [
            r"^午啪啪夜福利",
            r"^(個人中心|添加客服微信|客服|關注微信公眾號|公眾號|升級會員|返回頂部|友情提示)$",
            r"^ImageVerifierCode",
            r"^銀行營業網點各類突發事件應急預案\(50頁\)\.doc$",
            r"^• 資源(ID|格式)",
            r"^下載報告請您先登錄",
            r"^[2-5]、(PDF文件|本站|試題)",
            r"^2、$",
            r"^銀行應急預案$",
        ],
        "sub": [(r"(?m)^1、(?=銀行應急預案)", "")],
        "split": r"(?<=^銀行應急預案)|(?<=一、適用范圍)|(?=二、工作原則)|(?<=二、工作原則)|(?=\([二三四五]\))",
        "headings": [(r"^[一二]、(適用范圍|工作原則)$", 1)],
    },
    "h480-3": {
        "title": None,
        "split": r"(?=\([2-5]\)建立)|(?<=例会制度)(?=建立各层级)|(?<=评估制度)(?=投诉管理部门)|(?<=评价制度)(?=定期检查)",
        "headings": [(r"^\([2-5]\)建立", 2)],
    },
    "h480-4": {
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (
                r"^(Acknowledging Complaints|Complaints resolved within 5 business days|Complaints resolved beyond 5 business days)$",
                1,
            )
        ],
    },
}


LAYOUT481: dict[str, dict] = {
    "h481-1": {
        "title": "山东分公司客户投诉管理办法",
        "skip": [r"^山东分公司$", r"^客户投诉管理办法$"],
        "sub": [(r" (\d\.\d)\n", r"\n\1 "), (r" (4\.2)$", r"\n\1")],
        "split": r" (?=[234]\. )| (?=3\.4\.[2-6] )",
        "headings": [(r"^[1-4]\. ", 1)],
    },
    "h481-2": {
        "title": None,
        "skip": [r"^• 提示 ", r"^當您使用本網站", r"^展開小版選單$", r"^• 圖示$"],
        "bullet": r"^●",
        "headings": [
            (r"^(多元申訴管道|申訴友善服務措施說明)$", 1),
            (r"^(保戶專區留言板|客戶意見箱|客服專線|免付費網路電話|臨櫃服務|郵件寄送)$", 2),
        ],
    },
    "h481-3": {
        "title": "Complaint Handling",
        "english": True,
        "skip": [r"^Complaint Handling$"],
        "headings": [],
    },
}


LAYOUT482: dict[str, dict] = {
    "h482-1": {
        "title": "彭泽县人民医院院长接待日公告",
        "skip": [r"^彭泽县人民医院院长接待日公告$"],
        "headings": [(r"^[一二三四五六]、", 1)],
    },
    "h482-2": {
        "title": "连云港市中医院院长信箱管理办法",
        "skip": [r"^连云港市中医院院长信箱管理办法$"],
        "headings": [],
    },
    "h482-3": {
        "title": "防止处理医疗纠纷群体性事件应急预案",
        "skip": [r"^资源描述$", r"^防止处理医疗纠纷群体性事件应急预案$"],
        "headings": [(r"^[一二三四]、", 1), (r"^\([一二]\)符合下列条件", 2)],
    },
    "h482-4": {
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (
                r"^(Receipt of your complaint|The complaint investigation|The Trust's response|What we cannot do|Our assurance to you)$",
                1,
            ),
            (r"^Investigation outcomes$", 2),
        ],
    },
}


LAYOUT483: dict[str, dict] = {
    "h483-1": {
        "title": "深圳市馨居佳物业管理有限公司群体上访、闹事、游行应急控制预案",
        "strip": [r"^深圳市馨居佳物业管理有限公司群体上访、闹事、游行应急控制预案"],
        "split": r"(?<=密级:E)(?=为加强)|(?=[123]、(?:应急组织构成和职责|预警信息发布|应急响应程序):)|"
        r"(?<=应急组织构成和职责:)|(?<=预警信息发布:)|(?<=应急响应程序:)|(?=2、应急抢险分队构成)|"
        r"(?=2\.[12](?:工程抢险组|后勤支援组))|(?=应急人员到位时限:)|(?=1、报警程序:)|(?<=1、报警程序:)|(?=1\.1当)",
        "headings": [
            (r"^[123]、(应急组织构成和职责|预警信息发布|应急响应程序):$", 1),
            (r"^(2、应急抢险分队构成|1、报警程序):$", 2),
        ],
    },
    "h483-2": {
        "title": "物业管理应急预案",
        "skip": [r"^物业管理应急预案\.ppt$", r"^8/19/2023$", r"^此处添加公司信息$", r"^2$"],
        "split": r",(?=山东天业|8/19/2023|此处添加公司信息|2,应|应 急 预 案|概 念|突 发事 件|突发事件是指|“安全工作无小事”|"
        r"物业管理企业作为|前言|应急工作实行|遇有特殊情况|坚持以人为本)",
        "headings": [
            (r"^应 急 预 案 处 理 流 程\(一\)$", 1),
            (r"^(概 念|前言)$", 2),
            (r"^突 发事 件$", 3),
        ],
    },
    "h483-3": {
        "title": "服務指標",
        "skip": [
            r"^Welcome to Shui On Properties Management Limited$",
            r"^經營要旨 \| 服務承諾 \| 服務指標$",
            r"^(保安|清潔|食水、電力及冷氣供應|升降機|一般維修保養|投訴事項|業戶意見調查|書信往來|溝通聯繫|財務報告|走火演習)$",
            r"^Copyright © 2005 Shui On Properties Management Limited",
        ],
        "sub": [
            # the copy runs a category's last row into the next category's name: one row a line again
            (
                r"(?<=[次理作仕佈覆])(?=(?:清潔|食水、電力及冷氣供應|升降機|一般維修保養|投訴事項|業戶意見調查|書信往來|溝通聯繫|財務報告) )",
                "\n",
            ),
            (r"(?m)^走火演習(保安) (緊急事件召喚) (十分鐘內抵達)$", r"走火演習\n| \1 | \2 | \3 |"),
            (r"(?m)^走火演習  (安排火警演習) (每年一次)$", r"| 走火演習 | \1 | \2 |"),
            (r"(?m)^(\S+) (\S+) (\S+)$", r"| \1 | \2 | \3 |"),
            (r"(?m)^  (\S+) (\S+)$", r"|  | \1 | \2 |"),
            (r"(?m)^    (.+)$", r"|  |  | \1 |"),
        ],
        "pipe_table": True,
        "headings": [],
    },
    "h483-4": {
        "title": "Complaints Handling Procedure",
        "english": True,
        "skip": [r"^Complaints Handling Procedure$"],
        "headings": [
            (
                r"^(Our Commitment|What is a Complaint\?|Who Can Complain\?|How to Make a Complaint|Stage 1 - Formal Complaint)$",
                1,
            ),
        ],
    },
}


LAYOUT484: dict[str, dict] = {
    "h484-1": {
        "title": "营业厅管理手册",
        "skip": [r"^版权说明:", r"^文档简介$", r"^营业厅管理手册$"],
        "sub": [
            (
                r"(?m)^公司营业厅管理手册-PAGE50--PAGE1-营业厅管理手册通信有限责任公司2015·2$",
                "营业厅管理手册\n通信有限责任公司\n2015·2",
            ),
        ],
        "split": r"(?<=^目录)|(?<=\d)(?=[^\d\s·])|(?<=^营业厅功能)(?=营业厅为)",
        "headings": [(r"^(目录|营业厅功能)$", 1)],
    },
    "h484-2": {
        "title": None,
        "sub": [(r"(?m)(?<=。)\n(?!\d\.|\([一二三四五]\)|六、)", "")],
        "headings": [(r"^六、营业厅的突发事件预防$", 1), (r"^\([一二三四五]\)", 2)],
    },
    "h484-3": {
        "title": None,
        "skip": [
            r"^整理文档很辛苦",
            r"^还剩 \.\.\. 页未读",
            r"^免费阅读已结束",
            r"^阅读已结束",
        ],
        "sub": [
            (
                r"(?m)^客户投诉管理(客户经理.+?进行跟踪。)(投诉的信息要包含如下内容:)业务类别投诉类别\(话费,网络等\)投诉号码投诉人"
                r"投诉时间归属地区投诉内容工单要求处理的最后时限等(对于投诉,处理完毕后.+?记录下来。)(其包含内容如下:)"
                r"处理结果处理时间处理人客户满意度等(对于投诉,要有投诉日志.+)$",
                "客户投诉管理\n\\1\n\\2\n• 业务类别\n• 投诉类别(话费,网络等)\n• 投诉号码\n• 投诉人\n• 投诉时间\n• 归属地区\n• 投诉内容\n"
                "• 工单要求处理的最后时限等\n\\3\n\\4\n• 处理结果\n• 处理时间\n• 处理人\n• 客户满意度等\n\\5",
            ),
        ],
        "headings": [(r"^客户投诉管理$", 1)],
    },
    "h484-4": {
        "title": "Complaints Escalation Process",
        "english": True,
        "skip": [r"^Complaints Escalation Process$"],
        "headings": [(r"^Step [12] ?: ", 1)],
    },
}


LAYOUT485: dict[str, dict] = {
    "h485-1": {
        "title": "法律援助中心工作制度",
        "skip": [
            r"^法定主动公开内容$",
            r"^法律援助中心工作制度$",
            r"^发布日期: 2023-08-28 发布机构: 县司法局$",
        ],
        "headings": [
            (r"^[一二三]、(法律援助中心职能|法律援助服务承诺制度|值班律师纪律)$", 1),
            (r"^\([一二]\)(基本要求|不得有下列行为):$", 2),
        ],
    },
    "h485-2": {
        "title": "正安县乡()法律援助工作站管理办法",
        "skip": [
            r"^分享$",
            r"^乡镇法律援助工作站管理办法$",
            r"^老蔡117 2015-03-01$",
            r"^法律援助… +文章来源:法律援助股",
            r"^正安县乡\(\)法律援助工作站管理办法$",
        ],
        "headings": [],
    },
    "h485-3": {
        "title": "法律援助工作站值班制度",
        "skip": [r"^法律援助工作站值班制度$", r"^发布时间:2010/8/27 22:33:06 阅读次数:"],
        "headings": [],
    },
    "h485-4": {
        "title": "北大法律援助工作管理细则",
        "skip": [r"^北大法律援助工作管理细则$", r"^浏览次数: 日期:2014-03-14$"],
        "headings": [(r"^[四五六]、(日常值班咨询流程|咨询人案件材料的处理|案件编号格式)$", 1)],
    },
    "h485-5": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [
            (r"^(Scope|The complaints handler|Formal and informal complaints|Deciding a formal complaint)$", 1),
        ],
    },
}


LAYOUT486: dict[str, dict] = {
    "h486-1": {
        "title": "省委巡视组来县巡视期间信访应急预案",
        "skip": [
            r"^省委巡视组来县巡视期间信访应急预案\.docx$",
            r"^《省委巡视组来县巡视期间信访应急预案\.docx》由会员分享",
        ],
        "sub": [
            (r"(?m)^1、省委巡视组来县巡视期间信访应急预案(?=一、)", ""),
            (r"\(\n2、一\)", "(一)"),
        ],
        "split": r"(?=[一二三四]、(?:工作目标|适用范围|应急处置机构及职责|应急处置工作机制))|(?<=一、工作目标)|(?<=二、适用范围)|"
        r"(?<=三、应急处置机构及职责)|(?<=四、应急处置工作机制)|(?<=\(一\)现场处置)|(?=主要职责:)|(?=[12]、出现)",
        "headings": [(r"^[一二三四]、", 1), (r"^\(一\)现场处置$", 2)],
    },
    "h486-2": {
        "title": "贾家坪镇信访工作十项机制",
        "sub": [(r"(?m)^贾家坪镇信访工作十项机制(?=第一项)", "")],
        "split": r"\s*(?=[一二三四五六七]、)|(?=第[一二]项:)|(?<=首问责任制度)|(?<=领导接访工作制度)",
        "headings": [(r"^第[一二]项:", 1)],
    },
    "h486-3": {
        "title": "12345政府服务热线办理工作实施办法",
        "skip": [r"^12345政府服务热线办理工作实施办法$"],
        "headings": [(r"^[一二三四]、", 1), (r"^\([一二三]\)", 2)],
    },
    "h486-4": {
        "title": "關于進一步規范市長熱線工單辦理工作的通知",
        "skip": [r"^關于進一步規范市長熱線工單辦理工作的通知$"],
        "headings": [(r"^[一二]、", 1)],
    },
    "h486-5": {
        "title": "Make a complaint",
        "english": True,
        "skip": [r"^Make a complaint to the council$", r"^Make a complaint$"],
        "bullet": r"^- ",
        "headings": [(r"^Stage 1 - Complaint$", 1), (r"^What happens after I have made the complaint\?$", 2)],
    },
}


# The four-hundred-and-eighty-seventh held-out set (plans/heldout487/): special schools and disability services (a
# Middlesbrough special school's complaints policy, an Australian disability service's feedback and complaints page).
# The store held no Chinese text of the sector that is an organisation's own. h487-1 leaves out the website's "Skip to
# content" and the school's name and strapline banner; h487-2 has no heading of its own: its Word title says what the
# page is ("Feedback", from its address), and the empty bullet where the copy breaks off goes.
LAYOUT487: dict[str, dict] = {
    "h487-1": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [
            r"^Skip to content ↓$",
            r"^Priory Woods School & Arts College$",
            r"^Priory Woods School & Arts College A Special Place to Learn$",
            r"^Complaints Policy$",
        ],
        "headings": [(r"^Overview$", 1)],
    },
    "h487-2": {
        "title": "Feedback",
        "english": True,
        "skip": [r"^•$"],
        "headings": [],
    },
}


LAYOUT488: dict[str, dict] = {
    "h488-1": {
        "title": None,
        "english": True,
        "skip": [r"^Please note this is for Meals on Wheels of Loveland and Berthoud in Loveland, Colorado\."],
        "headings": [(r"^if you (want|wnat) to file a (Complaint|Grievance):$", 1)],
    },
    "h488-2": {
        "title": "Complaint Procedure",
        "english": True,
        "skip": [r"^top of page$", r"^Complaint Procedure$"],
        "split": r"(?<=^Follow Up Procedure:) ",
        "headings": [(r"^Follow Up Procedure:$", 1)],
    },
}


LAYOUT489: dict[str, dict] = {
    "h489-1": {
        "title": "金門縣政府家庭暴力及性侵害防治社工人身安全風險管理與危機處理要點",
        "skip": [
            r"^您的瀏覽器不支援JavaScript功能",
            r"^金門縣政府主管法規共用系統$",
            r"^列印時間:",
            r"^法規內容$",
            r"^(法規名稱|公發布日|發文字號|法規體系): ",
            r"^法規功能按鈕區$",
            r"^說明:$",
            r"^訂定金門縣政府家庭暴力及性侵害防治社工人身安全風險管理與危機管理要點$",
            r"^金門縣政府家庭暴力及性侵害防治社工人身安全風險管理與危機處理要點$",
        ],
        "join": r"^([一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d+\.)",
    },
    "h489-2": {
        "title": None,
        "english": True,
        "headings": [(r"^Section [1-4]: ", 1), (r"^Stage [12] – ", 2)],
    },
    "h489-3": {
        "title": None,
        "english": True,
        "skip": [r"^Skip to content$"],
        "headings": [(r"^How it works$", 1)],
    },
}


LAYOUT490: dict[str, dict] = {
    "h490-1": {
        # the stored copy runs the whole convention into one paragraph: split before each article's number
        "title": "杭州公共自行车租用服务公约",
        "split": r" (?=[一二三四五六七八九十]、)",
    },
    "h490-2": {
        "title": "東營市公交公司公共自行車使用須知",
        "skip": [
            r"^国产成人无遮挡免费视频",
            r"^現在時間: 返回首頁 \| 聯系我們$",
            r"^> (公司概況|公交服務)$",
            r"^當前位置:返回首頁",
            r"^東營市公交公司公共自行車使用須知$",
            r"^發布時間:2015/12/31",
        ],
        # an item's number and its “、” on two lines in the copy: one line again
        "sub": [(r"(?m)^([1-5])\n(?=、)", r"\1")],
        "headings": [
            (r"^(辦卡須知|如何借換車|如何辦理換卡、遺失、補辦手續)$", 1),
            (r"^(借車|還車):$", 2),
            (r"^[12]\. (換卡|遺失):$", 2),
        ],
    },
    "h490-3": {
        "title": "NICE RIDE MINNESOTA CUSTOMER SERVICE POLICIES & PROCEDURES",
        "english": True,
        "skip": [
            r"^17$",
            r"^NICE RIDE MINNESOTA CUSTOMER SERVICE POLICIES & PROCEDURES( March, 2015)?$",
            r"^(Page [123]: )?NICE RIDE MINNESOTA CUSTOMER SERVICE POLICIES & … · Nice Ride is",
            r"^• (Upload|View|Download)$",
            r"^(others|0)$",
            r"^Embed Size \(px\)$",
            r"^Citation preview$",
        ],
        # the contents' title stands twice in the copy (the page's running head and the contents' own title)
        "sub": [(r"Table of Contents\n\nTable of Contents\n", "Table of Contents\n")],
        "headings": [(r"^Table of Contents$", 1)],
    },
}


LAYOUT491: dict[str, dict] = {
    "h491-1": {
        "title": "地質(zhì)調(diào)查作業(yè)突發(fā)事件總體應(yīng)急預(yù)案",
        "skip": [r"^- 相關\(guān\)推薦$", r"^地質\(zhì\)調\(diào\)查作業\(yè\)突發\(fā\)事件總體應\(yīng\)急預\(yù\)案范文$"],
        "headings": [
            (r"^1 總則$", 1),
            (r"^1\.[1-4] (編制目的|編制依據\(jù\)|適用范圍|分類分級)$", 2),
            (r"^1\.4\.[12] (分類|分級)$", 3),
        ],
    },
    "h491-2": {
        "title": None,
        "headings": [
            (r"^六、各级应急响应工作方案", 1),
            (r"^\(一\)应急响应组织$", 2),
            (r"^[1-4]\.[A-D]级方案$", 3),
        ],
    },
    "h491-3": {
        "title": "Customer feedback and complaints procedure",
        "english": True,
        "skip": [r"^Customer feedback and complaints procedure$"],
        "headings": [(r"^Complaints$", 1)],
    },
}


LAYOUT492: dict[str, dict] = {
    "h492-1": {
        "title": "卧龙特区、保护区管理局森林草原火灾应急预案(2024年12月修订)",
        "skip": [r"^卧龙特区、保护区管理局森林草原火灾$", r"^应急预案\(2024年12月修订\)$"],
        "headings": [(r"^1 总则$", 1), (r"^1\.1 预案背景$", 2), (r"^1\.1\.[12] ", 3)],
    },
    "h492-2": {
        "title": None,
        "skip": [
            r"^当前位置:首页 > 专题范文 > 疫情防控 >$",
            r"^2022年度国家级自然保护区突发陆生野生动物疫情应急预案\(2022年\)$",
            r"^时间:2022-06-22 17:55:05 浏览量:$",
            r"^下面是小编为大家整理的",
        ],
        "headings": [(r"^1 总则$", 1), (r"^1\.[1-4] (编制目的|编制依据|使用范围|工作原则)$", 2), (r"^1\.4\.1 ", 3)],
    },
    "h492-3": {
        "title": "蘭州銀灘濕地公園防洪預(yù)案",
        "skip": [
            r"^資源描述:$",
            r"^《蘭州銀灘濕地公園防洪預\(yù\)案》由會\(huì\)員上傳分享",
            r"^蘭州銀灘濕地公園防洪預\(yù\)案$",
        ],
        "sub": [(r"\n+2、", ""), (r"(?m)^1、(?=蘭州銀灘)", "")],
        "split": r"(?<=防洪預\(yù\)案)(?=1總則)|(?<=1總則)(?=1\.1)|(?=1\.[1-4](?:編制|適用|工作))|"
        r"(?<=編制目的)(?=為了)|(?<=編制依據\(jù\))(?=依據\(jù\))|(?<=適用范圍)(?=本預\(yù\)案)|(?<=工作原則)(?=1、)|"
        r"(?=[234]、濕地公園)|(?=2基本情況)|(?<=2基本情況)(?=蘭州)|(?<=公園概況)(?=為了)",
        "headings": [
            (r"^[12](總則|基本情況)$", 1),
            (r"^1\.[1-4](編制目的|編制依據\(jù\)|適用范圍|工作原則)$", 2),
            (r"^蘭州銀灘濕地公園概況$", 2),
        ],
    },
    "h492-4": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [
            r"^North York Moors$",
            r"^North York Moors logo$",
            r"^Browse section$",
            r"^Complaints procedure$",
            r"^Common blue butterflyCommon blue butterfly$",
        ],
        "headings": [(r"^(Informal stage or more explanation|Formal Stage)$", 1), (r"^Stage [12]$", 2)],
    },
}


LAYOUT493: dict[str, dict] = {
    "h493-1": {
        "title": "The Lost Dice Code of Conduct",
        "english": True,
        # the title line, and the empty bullet at which the stored copy breaks off
        "skip": [r"^The Lost Dice Code of Conduct$", r"^•$"],
        "headings": [
            (r"^All those who visit ‘The Lost Dice’ have a right to;$", 1),
            (r"^All those who visit The Lost Dice must:$", 1),
            (r"^The Lost Dice members must;$", 1),
            (r"^How to report an issue;$", 1),
        ],
    },
    "h493-2": {
        "title": "Complaints Process for Immersive Arts",
        "english": True,
        # the page's menu heading and the title line
        "skip": [r"^Complaints Process$", r"^Complaints Process for Immersive Arts$"],
        "headings": [
            (r"^What is the complaints process\?$", 1),
            (r"^What does Immersive Arts consider a complaint\?$", 1),
            (r"^What are the aims of the Complaints Process\?$", 1),
            (r"^How we will handle your complaint\?$", 1),
            (r"^How do yo$", 1),
        ],
    },
    "h493-3": {
        "title": "Complaint procedure",
        "english": True,
        "skip": [r"^Complaint procedure$"],
        # each stage's name, run into its paragraph by the page, on a line of its own as the stage's heading
        "sub": [(r"(?m)^([123]\. (?:Informal procedure|Formal procedure|Appeal)\.) ", "\\1\n")],
        "headings": [(r"^[123]\. (Informal procedure|Formal procedure|Appeal)\.$", 1)],
    },
}


LAYOUT494: dict[str, dict] = {
    "h494-1": {
        "title": None,
        "headings": [(r"^装备管理防范:$", 1), (r"^哈尔滨测绘公司提醒您无人机需要做些哪些防范工作\?$", 1)],
    },
    "h494-2": {
        "title": None,
        # the equipment table of the three posts: its cells one after another between lines of “|” in the stored copy
        # (a cell's numbered lines joined with a space); the page's plain-text repeat of the table after the duties is
        # left out (`stop`)
        "sub": [
            (
                r"\A(主控手\(shǒu\))\n\|\n(副控手)\n\|\n(地勤)\n\|\n((?:.+\n)+?)\|\n((?:.+\n)+?)\|\n((?:.+\n)+?)\|\n",
                lambda m: (
                    "| "
                    + " | ".join(m.group(i) for i in (1, 2, 3))
                    + " |\n| "
                    + " | ".join(m.group(i).strip("\n").replace("\n", " ") for i in (4, 5, 6))
                    + " |\n"
                ),
            ),
        ],
        "pipe_table": True,
        "stop": r"^主控手 副控手 地勤$",
        "headings": [(r"^(主控手\(shǒu\)|副\(fù\)控手|地\(dì\)勤\(qín\)):$", 1)],
    },
    "h494-3": {
        "title": "无人机管理规程",
        "skip": [
            r"^无人机管理规程资料$",
            r"^上传人:",
            r"^返回 下载 相关 举报$",
            r"^无人机管理规程资料_第\d页$",
            r"^第\d页 / 共3页$",
            r"^亲,该文档总共3页",
            r"^资源描述$",
            r"^《无人机管理规程资料》由会员分享",
        ],
        # the sharing site's preview pieces “1、” “2、” are not the document's; the header fields are a table again
        "sub": [
            (r"(?m)^1、(?=第一太平戴维斯)", ""),
            (r"日常\n\n2、管理", "日常管理"),
            (
                r"(第一太平戴维斯物业顾问\(北京\)有限公司重庆分公司)(编 号)(SAVILLS-CQ/YKJ-XZ-WS03)(文件分类)(业务类通用文件)"
                r"(文件名称)(无人机管理规程)(版本/修订)(A/00)(页 码)(第3页/共2页)",
                r"\1\n| \2 | \3 |\n| \4 | \5 |\n| \6 | \7 |\n| \8 | \9 |\n| \g<10> | \g<11> |\n",
            ),
        ],
        "pipe_table": True,
        # the run-together text is split at the document's own headings (its numbers stand apart, in one run before
        # them) and between its items
        "split": r"(?<=7\.07\.1)(?=目的)|(?<=目的)(?=为规范使用无人机)|(?<=特制定本规程。)(?=使用范围)|(?<=使用范围)(?=仅限于)|"
        r"(?<=相关的业务)(?=职责)|(?<=职责)(?=人事行政负责人)|(?<=。)(?=行政助理|其他各部门|财务部负责人|弱电工程师|项目经理|定义)|"
        r"(?<=定义)(?=无人机指)|(?<=航拍器械。)(?=程序文件)|(?<=程序文件)(?=借用流程)|(?<=借用流程)(?=借用人)|"
        r"(?<=现场支持。)(?=使用条例)|(?<=使用条例)(?=使用前)|(?<=;)(?=停飞后|飞行使用中)",
        "headings": [(r"^(目的|使用范围|职责|定义|程序文件)$", 1), (r"^(借用流程|使用条例)$", 2)],
    },
}


# The four-hundred-and-ninety-fifth held-out set (plans/heldout495/): sugar producers (two US beet sugar factories'
# Risk Management Program executive summaries as republished by toxicrisk.com, and Taiwan Sugar Corporation's English CSR
# page on customer complaints). Left out is what the hosting site adds: toxicrisk's "<Company> - Executive Summary" line
# and its tab line ("| Accident History | Chemicals | ..."). h495-1's copy breaks a sentence after "in an effort to" and
# the word "environme / nts" over two lines: `rejoin` and `sub` mend them; its two capitalised section titles are
# headings. h495-2's cover ("MONITOR SUGAR COMPANY / BAY CITY, MICHIGAN / Risk Management Program / Executive Summary")
# becomes the title "Risk Management Program Executive Summary" with the company and place under it; the copy's line
# break inside the Safety Mission Statement is mended. h495-3's copy has no heading (the title is made from the text's
# words, see its header) and runs the page into two paragraphs: split where its subject changes.
LAYOUT495: dict[str, dict] = {
    "h495-1": {
        "title": "American Crystal Sugar Company - Executive Summary",
        "english": True,
        "skip": [r"^American Crystal Sugar Company - Executive Summary$", r"^\| Accident History \|"],
        "sub": [(r"environme \nnts", "environments")],
        "rejoin": [r" \n(?=fulfill criteria)"],
        "headings": [
            (
                r"^THE (ACCIDENTAL RELEASE PREVENTION AND EMERGENCY RESPONSE POLICIES|STATIONARY SOURCE AND REGULATED SUBSTANCES HANDLES)$",
                1,
            ),
        ],
    },
    "h495-2": {
        "title": "Risk Management Program Executive Summary",
        "english": True,
        "skip": [
            r"^Monitor Sugar Company - Executive Summary$",
            r"^\| Accident History \|",
            r"^Risk Management Program$",
            r"^Executive Summary$",
        ],
        "rejoin": [r" +\n(?=produce both social)"],
        "headings": [],
    },
    "h495-3": {
        "title": "Consumer complaint procedure",
        "english": True,
        "split": r"(?<=\.) (?=The Company has issued|In addition, through|The principle is|In 2022, a total|The score for)",
        "headings": [],
    },
}


LAYOUT496: dict[str, dict] = {
    # h496-1: the stored page has no title line and none is made up; its items 一、–四、 are the document's own
    # divisions, and the two (一)/(二) of 二、 head the lists under them; the numbered points and the (一)–(五) lists of
    # 三、 and 四、 stay ordinary paragraphs with their numbers typed in.
    "h496-1": {
        "title": None,
        "headings": [
            (r"^[一二三四]、", 1),
            (r"^\((一|二)\)(協助監督之作業如下|為維護參與協助監督之民眾安全)", 2),
        ],
    },
}


LAYOUT497: dict[str, dict] = {
    "h497-1": {
        "title": None,
        "english": True,
        "headings": [(r"^(Welcome|ADR Procedure)$", 1)],
    },
}


LAYOUT498: dict[str, dict] = {
    "h498-1": {
        "title": "《惡劣天氣安排》Bad Weather Arrangement",
        "skip": [r"^《惡劣天氣安排》Bad Weather Arrangement$"],
        "sub": [
            (
                r"(?m)^訊號懸掛時間 天文台訊號\n日營 上午七時\n  (• 3號.+)\n  (• 未進行.+)\n黃昏營 / 宿營 / 露營 正午十二時$",
                r"|  | 訊號懸掛時間 | 天文台訊號 |\n| 日營 | 上午七時 | \1 \2 |\n| 黃昏營 / 宿營 / 露營 | 正午十二時 |  |",
            ),
            (
                r"(?m)^Type of Camp Time Signal Hoisted\nDay Camp 7am\n  (• Typhoon.+)\n  (• There.+)\n"
                r"Evening Camp / Residential Camp / Tenting 12pm$",
                r"| Type of Camp | Time Signal Hoisted |  |\n| Day Camp | 7am | \1 \2 |\n"
                r"| Evening Camp / Residential Camp / Tenting | 12pm |  |",
            ),
        ],
        "pipe_table": True,
        "pipe_starts": r"^Type of Camp$",
        "headings": [],
    },
    "h498-2": {
        "title": "保良局北潭涌渡假營",
        "skip": [
            r"^保良局北潭涌渡假营\.PDF$",
            r"^\d\. \d、",
            r"^查看更多$",
            r"^保良局北潭涌渡假营$",
        ],
        "sub": [
            (r"保良局北潭涌渡假營 (08 / 12) (【用營須知】) ", r"\1\n\2\n"),
            (r"營地職 員", "營地職員"),
            (r"不超 過", "不超過"),
            (r"三日 兩夜", "三日兩夜"),
        ],
        "split": r" (?=[1-4]\. (?:營地職員|若團體|所有營費|如入營前))",
        "headings": [(r"^【用營須知】$", 1)],
    },
    "h498-3": {
        "title": None,
        "headings": [(r"^★ ", 1)],
    },
    "h498-4": {
        "title": "Complaints Handling Process",
        "english": True,
        "skip": [r"^WEIPA CAMPING GROUND$", r"^Complaints Handling Process$"],
        "bullet": r"^- ",
        "headings": [
            (r"^[1-4]\. (Initial Complaint|Escalated Complaint|Complaint Resolution|Recordkeeping & Confidentiality)$", 1),
        ],
    },
}


LAYOUT499: dict[str, dict] = {
    "h499-1": {
        "title": "爱悦堡托育中心安全标准1000条之《消防安全管理制度》",
        "skip": [r"^爱悦堡托育中心安全标准1000条之《消防安全管理制度》$", r"^爱悦堡托育$"],
        "split": r"(?<=消防安全制度)(?=第一章)",
        "headings": [(r"^消防安全制度$", 1), (r"^第[一二三四]章 ", 2), (r"^消防安全应急预案$", 1)],
    },
    "h499-2": {
        "title": "Grievance And Complaints Policy",
        "english": True,
        "skip": [r"^Grievance And Complaints Policy$"],
    },
    "h499-3": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^top of page$", r"^Complaints Procedure$", r"^Ask for more info$", r"^bottom of page$"],
    },
    "h499-4": {
        "title": None,
        "english": True,
        "split": r"(?<=^AIM:) ",
        "headings": [(r"^AIM:$", 1)],
    },
}


LAYOUT500: dict[str, dict] = {
    "h500-1": {
        "title": "支行貨幣押運(yùn)突發(fā)事件應(yīng)急處置預(yù)案",
        "skip": [
            r"^版權\(quán\)說明:",
            r"^文檔簡介$",
            r"^支行貨幣押運\(yùn\)突發\(fā\)事件應\(yīng\)急處置預\(yù\)案$",
        ],
        # the sharing site's preview markers: "1、=精選公文范文,…=" and the title before the text, "2、" inside a sentence
        "sub": [(r"(?m)^1、=[^=\n]*=\S+ ", ""), (r"押運\(yùn\)指揮員\n2、的指揮", "押運(yùn)指揮員的指揮")],
        # the copy runs the plan into one paragraph: split at the title, the parts, the items and the group's lines
        "split": r"(?<=急處置預\(yù\)案)(?=為確保)| (?=[一二三]、 )| (?=[1-5]、)|(?<=及職責\(zé\)) | (?=組 長:)|"
        r" (?=副組長:)| (?=成 員:)| (?=押運\(yùn\)途中組織指揮)",
        "headings": [(r"^[一二三]、 ", 1)],
    },
    "h500-2": {
        "title": "农信社押运期间防暴预案",
        "skip": [r"^农信社押运期间防暴预案$", r"^时间:2022-12-16 01:40:00$", r"^导语:"],
        "headings": [(r"^[一二三四五]、押运", 1)],
    },
    "h500-3": {
        "title": "运钞押运突发事件处置预案",
        "skip": [
            r"^运钞押运突发事件处置预案_第\d页$",
            r"^全文预览已结束$",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^运钞押运突发事件处置预案$",
        ],
        # the copy runs the plan into one paragraph; its spaces stand where the document's lines broke (not the one in
        # "迅速 关上车门", which the document has inside its line)
        "split": r"(?<=处置预案)(?=一、)|(?<=持枪抢劫时)(?=1协款员)|(?=2,驾驶员)|(?<!迅速) ",
        "headings": [(r"^[一二三]、当", 1)],
    },
}


LAYOUT501: dict[str, dict] = {
    "h501-1": {
        "title": "特定客户资产管理业务危机处理制度",
        # the copy runs the application material into one paragraph: its running header and page numbers (left out,
        # as a Word file has them in its header and footer), the cover, the heading 总则, the articles and the items
        "split": r"(?=9-11-[12])|(?<=9-11-[12])|(?<=\(筹\))|(?<=申请材料)(?=特定)|(?<=业务危机处理制度)(?=关于)|"
        r"(?<=总则)(?=第一条)|(?=第[一二三四五]条)|(?=[12]\.(?:及时|完备)性原则)",
        "skip": [
            r"^关于特定客户资产管理业务申请材料之九危机处理制度$",
            r"^9-11-[12]$",
            r"^特定客户资产管理业务危机处理制度$",
        ],
        "headings": [(r"^总则$", 1)],
    },
    "h501-2": {
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (r"^Our commitment to you$", 1),
            (r"^What to do if you are unhappy with any aspect of your claim$", 2),
            (r"^Step [12]: ", 3),
        ],
    },
    "h501-3": {
        "title": "Complaints Charter",
        "english": True,
        "skip": [r"^Complaints Charter$"],
        # the service standards table breaks off in its first row; how its header lines divide into columns is not
        # in the copy, so they stay paragraphs
        "headings": [],
    },
}


LAYOUT502: dict[str, dict] = {
    "h502-1": {
        # the stored text has no title line (the article's title is only in the address): none is made up
        "title": None,
        "skip": [r"^評論$", r"^0 條評論$", r"^請登入寫評論。$"],
        # the five steps of 申訴處理流程 are the procedure's sub-headings; the copy marks them "- " like the items under
        # them and runs two of them onto the end of the paragraph before
        "sub": [
            (r"。 - (處理與回覆|定期檢討)\n", r"。\n\1\n"),
            (r"(?m)^- (提出申訴|案件受理|案件進度查詢)$", r"\1"),
        ],
        "bullet": r"^- ",
        "headings": [
            (r"^(受理管道|申訴處理流程|重要說明|處理流程圖)$", 1),
            (r"^(提出申訴|案件受理|處理與回覆|案件進度查詢|定期檢討)$", 2),
        ],
    },
    "h502-2": {
        "title": "投訴程序",
        "skip": [
            r"^謝謝! 您的提交已收到!$",
            r"^抱歉! 提交表格時出現問題。$",
            r"^投訴程序$",
            r"^抱歉,我們找不到」的任何結果$",
            r"^空狀態$",
            r"^」在其中$",
            r"^還需要幫$",
        ],
        "headings": [
            (
                r"^(投訴是甚麼|如何提交投訴|投訴時應提供哪些資訊|透過即時聊天提交投訴後會怎樣|如果對客戶支援團隊的回應不滿意該怎麼辦|"
                r"可以直接去監管機構,而不是先與您聯繫嗎|如果對投訴結果不滿意怎麼辦)\?$",
                1,
            ),
        ],
    },
    "h502-3": {
        "title": "Official Complaints Procedure",
        "english": True,
        "skip": [r"^Official Complaints Procedure$"],
        # the Customer Complaint Form's fields, run into lines with "|" between them, are a two-column table again
        "sub": [
            (
                r"(?m)^(Customer information|First Names:|Landline:|Address:|Postcode:|Complaint details|Date of Incident:)"
                r" \| (.*?) ?\|$",
                r"| \1 | \2 |",
            ),
            (r"(?m)^Type o$", "| Type o | |"),
        ],
        "rejoin": [r"(?<=contact our)\n(?=compliance department on)"],
        "pipe_table": True,
        "headings": [(r"^Customer Complaint Form$", 1)],
    },
}


LAYOUT503: dict[str, dict] = {
    "h503-1": {
        "title": "山西某交警大队交通警情事件处置预案",
        "skip": [
            r"^山西某交警大队交通警情事件处置预案 - 交通管理 - 智慧交通网",
            r"^• 山西某交警大队交通警情事件处置预案$",
            r"^2022-12-13 15:01:55 来源:its114\.com",
            r"^分享到:$",
        ],
        "sub": [(r"处置类\n+\s*信息:", "处置类信息:")],
        "headings": [
            (r"^[一二三四]、(交通警情事件应急处置领导机构|交通警情事件分类|警情事件等级分类|道路交通警情处置及信息报送)$", 1),
            (r"^\(一\)道路交通事故处置类信息分为以下四级:$", 2),
        ],
    },
    "h503-2": {
        "title": "泰安市公安机关应对处置恶劣天气条件下交通安全工作预案",
        "skip": [
            r"^今天是 欢迎登陆泰安民生警务平台!",
            r"^应急管理$",
            r"^《泰安市公安机关应对处置恶劣天气条件下交通安全工作预案》$",
            r"^发布时间: 2021-01-18$",
        ],
        "headings": [(r"^[一二三]、(指导思想|工作目标|基本原则)$", 1)],
    },
    "h503-3": {
        "title": "固原市公安局交通警察分局应急管理机制及主要应急预案",
        "skip": [
            r"^索 引 号 ",
            r"^发布机构 固原市公安局",
            r"^公开方式 主动公开",
            r"^标 题: ",
            r"^固原市公安局交通警察分局应急管理机制及主要应急预案$",
        ],
        "headings": [(r"^录$", 1), (r"^关于设立道路交通应急管理机构的通知$", 1)],
    },
    "h503-4": {
        "title": "曲阜市公安局处置突发社会安全事件总体应急预案",
        "skip": [
            r"^曲阜市公安局处置突发社会安全事件总体应急预案$",
            r"^来源:曲阜市公安局 浏览:",
            r"^曲阜市公安局$",
            r"^处置突发社会安全事件总体应急预案$",
        ],
        "headings": [(r"^一、总则$", 1), (r"^\([一二三]\)(编制目的|编制依据|适用范围)$", 2)],
    },
    "h503-5": {
        "title": "How will my complaint be dealt with?",
        "english": True,
        "skip": [r"^How will my complaint be dealt with\?$"],
        "headings": [(r"^Complaints about policy and procedure$", 1)],
    },
}


# The five-hundred-and-fourth held-out set (plans/heldout504/): clinical-trial sites, ethics committees and research
# integrity offices (湘雅三医院's 受试者出现紧急医学不良事件应急预案, an ethics review committee's SOP on research
# participants' complaints, a hospital trial site's 防范受试者损害及突发事件的预案, a college's 科研诚信案件调查处理办法, the
# University of Nevada, Reno's Research Integrity office on complaints). h504-1's sharing site runs the form into one
# paragraph with its chunk markers ("1、第 1 页 共 7 页", "2、", "3、") and a page header inside a sentence: `sub` takes
# them out, `split` breaks it again at the form's fields and the document's own item numbers ("1、 " with its space).
# h504-2's document-control header is a Word table (its last row padded to the four columns); its title, broken over
# two lines by the copy, is the Word title.
LAYOUT504: dict[str, dict] = {
    "h504-1": {
        "title": "受试者出现紧急医学不良事件应急预案",
        "sub": [
            (r"\A1、第 1 页 共 7 页受试者出现紧急医学不良事件应急预案", ""),
            (r"\n[23]、", ""),
            (r"第 2 页 共 7 页", ""),
        ],
        "split": r"(?=适应症:)|(?=承担专业:)|(?=专业负责人:)|(?=主要研究者:)|(?=病人来源和随访)|(?=具体流程:)|"
        r"(?=一、受试者住院期间)|(?=\d、 )",
        "headings": [(r"^一、受试者住院期间", 1)],
    },
    "h504-2": {
        "title": "伦理审查委员会处理研究参与者抱怨的标准操作规程",
        "sub": [
            (r"(?m)^(文件编码|制定人|审核人|批准人) \| ", r"| \1 | "),
            (r"(?m)^生效日期 \| (.+) \|$", r"| 生效日期 | \1 |  |  |"),
        ],
        "pipe_table": True,
        "skip": [r"^伦理审查委员会处理研究参与者抱怨的$", r"^标准操作规程$"],
        "headings": [(r"^[1-4]\. (目的|范围|职责|详细说明)$", 1), (r"^[34]\.[1-3] ", 2)],
    },
    "h504-3": {
        "title": "防范受试者损害及突发事件的预案",
        "skip": [
            r"^医院新闻$",
            r"^当前位置: 首页-医院新闻-",
            r"^防范受试者损害及突发事件的预案$",
            r"^发布时间:2017-06-30阅读次数:",
        ],
        "headings": [(r"^[一二]、(有关定义|受试者损害防范措施):$", 1)],
    },
    "h504-4": {
        "title": None,
        "headings": [(r"^第[一二]章 ", 1)],
    },
    "h504-5": {
        "title": "705. Assessment of Complaints and Problems in Research",
        "english": True,
        "skip": [r"^705\. Assessment of Complaints and Problems in Research$"],
        "headings": [(r"^(Assessment and Disposition of Complaints|Research Compliance Officer Assessment)$", 1)],
    },
}


LAYOUT505: dict[str, dict] = {
    "h505-1": {
        "title": "【天天美食】外卖食品安全投诉举报处理规则",
        # the hosting site's title line (with the gambling site's name before the rules' title) and its date line
        "skip": [
            r"^OB欧宝·体育\(中国\)官方网站【天天美食】外卖食品安全投诉举报处理规则$",
            r"^日期:2023-09-16 08:18 \| 人气:$",
        ],
        # the same name inserted by the hosting site inside the complainant's paragraph
        "sub": [(r"OB欧宝·体育\(中国\)官方网站(?=商家用户)", "")],
        "headings": [],
    },
    "h505-2": {
        "title": "外卖平台食品安全管理体系制度",
        "skip": [r"^外卖平台食品安全管理体系制度$"],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h505-3": {
        "title": "After-Sales Support",
        "english": True,
        "skip": [r"^After-Sales Support$", r"^Leave a Comment$", r"^Scroll to Top$"],
        # the copy runs each table row's cells together: the cells again, as the page's three tables have them
        "sub": [
            (r"(?m)^Case TypeValid EvidenceRejected Evidence$", "| Case Type | Valid Evidence | Rejected Evidence |"),
            (r"(?m)^(Damaged Item)(▶️ .+?)(📸 .+)$", r"| \1 | \2 | \3 |"),
            (r"(?m)^(Wrong Item)(📦 .+?)(🧾 .+)$", r"| \1 | \2 | \3 |"),
            (r"(?m)^(Defect Claim)(🔍 .+malfunction)(Text description only)$", r"| \1 | \2 | \3 |"),
            (r"(?m)^Claim TypeMax Compensation$", "| Claim Type | Max Compensation |"),
            (r"(?m)^(Lost Package)(Item value .+)$", r"| \1 | \2 |"),
            (r"(?m)^(Defective Item)(100% refund .+)$", r"| \1 | \2 |"),
            (r"(?m)^(Shipping Delay)(10% store credit .+)$", r"| \1 | \2 |"),
            (r"(?m)^ProblemOur Standard OfferAlternatives$", "| Problem | Our Standard Offer | Alternatives |"),
            (r"(?m)^(Minor Damage)(15% refund)(\$3 coupon .+)$", r"| \1 | \2 | \3 |"),
            (r"(?m)^(Wrong Color/Size)(Return label .+ waived)(20% refund .+)$", r"| \1 | \2 | \3 |"),
            (r"(?m)^(1-2 Day Delivery Delay)(\$2 store credit)(Priority .+)$", r"| \1 | \2 | \3 |"),
            (r"(?m)^(Missing Accessory)(\$5 refund)(Reship .+)$", r"| \1 | \2 | \3 |"),
        ],
        "pipe_table": True,
        "pipe_starts": r"^(Claim Type|Problem)$",
        "headings": [
            (r"^🔧 After-Sales Support: Fair & Efficient Solutions$", 1),
            (r"^(⏱️ Staged Support System|⚠️ Evidence Rules|🛡️ Business Protection Framework|🔄 Standard Solutions Menu)$", 2),
            (r"^(🚨 Tier 1|📦 Tier 2|⚖️ Tier 3): ", 3),
            (r"^[123]\. (Response Time Exclusions|Compensation Caps|Zero-Abuse Policy)$", 3),
        ],
    },
    "h505-4": {
        "title": "Complaints And Disputes Policy",
        "english": True,
        "skip": [r"^Complaints And Disputes Policy$"],
        "headings": [(r"^(How to provide feedback or lodge a complaint|When to expect a response)$", 1)],
    },
    "h505-5": {
        "title": None,
        "english": True,
        "headings": [(r"^Food (Items Delivered Wrong|Items Missing|Taste Complain|Spilt/ Food Smelly|Delivered Late/ Cold)$", 1)],
    },
}


LAYOUT506: dict[str, dict] = {
    "h506-1": {
        "title": "游乐场客服管理规定",
        "skip": [
            r"^游乐场客服管理规定\.docx$",
            r"^- (文档编号|上传时间|格式|页数|大小):",
            r"^《游乐场客服管理规定\.docx》由会员分享",
            r"^游乐场客服管理规定$",
        ],
        "headings": [
            (r"^客服管理规定$", 1),
            (r"^7\.1督导检查管理规定$", 2),
            (r"^督导检查标准$", 3),
            (r"^[一二三]、(设备设施|公共区域|园林施工)检查标准$", 4),
        ],
    },
    "h506-2": {
        "title": "Safety concerns and procedures",
        "english": True,
        "headings": [],
    },
    "h506-3": {
        "title": "THE BRITISH GAME ALLIANCE COMPLAINTS AND DISCIPLINARY PROCEDURE",
        "english": True,
        "skip": [r"^COMPLAINTS PROCEDURE$", r"^THE BRITISH GAME ALLIANCE COMPLAINTS AND DISCIPLINARY PROCEDURE$"],
        "split": r"(?<=DISCIPLINARY PROCEDURE) (?=27th April 2018$)",
        "bullet": r"^- ",
        "headings": [(r"^PART A - COMPLAINTS$", 1), (r"^Cases where the Complaints Procedure is to be used$", 2)],
    },
    "h506-4": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^(Introduction|What is a complaints procedure\?|Responsiveness|Impartiality)$", 1)],
    },
}


# The five-hundred-and-seventh held-out set (plans/heldout507/): consumer associations and market-regulation complaint desks
# (a district market regulation bureau's guide to handling complaints and reports, the consumer associations' guideline on
# handling consumer complaints, the Hong Kong Consumer Council's questions and answers on its complaints, a county market
# regulation bureau's emergency plan published for a town, New Zealand's Commerce Commission on how it deals with a
# complaint). h507-2's sharing site ran the guideline into one paragraph: `split` breaks it again before its chapters,
# articles and items. h507-4's contents list keeps its numbers with a tab instead of the copy's space (`sub`), so that its
# entry "1.2 工作原则" is not taken for the body's heading of the same words.
LAYOUT507: dict[str, dict] = {
    "h507-1": {
        "title": None,
        "headings": [(r"^[一二三四五]、", 1)],
    },
    "h507-2": {
        "title": "消费者协会受理消费者投诉导则",
        "skip": [
            r"^文档详情$",
            r"^消费者协会受理消费者投诉导则\.doc\.doc$",
            r"^发布:2017-02-07",
            r"^文本预览下载声明$",
            r"^消费者协会受理消费者投诉导则$",
        ],
        "split": r" (?=第[一二三四五六七八九十]+[章条] )|\s+(?=\([一二三四五六七]\))",
        "headings": [(r"^第[一二]章 ", 1)],
    },
    "h507-3": {
        "title": "常見問題",
        "skip": [r"^Skip to main content$"],
        "headings": [],
    },
    "h507-4": {
        "title": "孙疃镇市场监管应急预案",
        "skip": [r"^孙疃镇市场监管应急预案$", r"^2025-03-12 11:18作者:stz001来源:"],
        "sub": [(r"(?m)^(\d(?:\.\d)?) (?=[^\n]*\n(?:[^\n]*\n)*?1总则$)", "\\1\t")],
        "headings": [(r"^目  录$", 1), (r"^1总则$", 1), (r"^1\.\d ?(目的|工作原则)$", 2)],
    },
    "h507-5": {
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [(r"^Your complaint is important to us - but we don't take action on every complaint$", 1)],
    },
}


LAYOUT508: dict[str, dict] = {
    "h508-1": {
        "title": "金阳山庄突发公共事件应急总预案",
        # the sharing site's menu and its summary (the text's beginning again, ending in "...") are not the document
        "skip": [
            r"^首页 公共突发事件应急预案$",
            r"^公共突发事件应急预案$",
            r"^举报$",
            r"^开通vip$",
            r"^金阳山庄突发公共事件应急总预案$",
        ],
        # the site's summary line, and the file name and page field codes the copy runs in front of the plan's name
        "sub": [
            (r"(?m)^公共突发事件应急预案公共突发事件应急预案.*\.\.\.$\n", ""),
            (r"(?:公共突发事件应急预案)+PAGEPAGE11公共突发事件应急预案(?=金阳山庄)", ""),
        ],
        # the copy runs the plan into one paragraph: split after its name, at its parts and at the items of part 三
        "split": r"(?<=金阳山庄突发公共事件应急总预案)|(?=[一二三]、)|(?<=一、目的)|(?<=二、适用范围)|"
        r"(?<=三、突发公共事件的范围)|(?=[123]、)",
        "headings": [(r"^[一二三]、", 1)],
    },
    "h508-2": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Complaints procedure$"],
        "headings": [(r"^(Our commitment to you|If you have a complaint|How to make a complaint)$", 1)],
    },
    "h508-3": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^Holiday Maker Complaints$", 1), (r"^(Contact the park team immediately|Escalation)$", 2)],
    },
}


# The five-hundred-and-ninth held-out set (plans/heldout509/): tendering and procurement, where the store had no tendering
# agency's own document: a provincial public resource trading centre's standard on its service at objections and complaints
# (h509-1) and its emergency rules for remote evaluation (h509-2, the notice that issues them and their first article), a
# city's tendering office's complaint flow chart (h509-3), and an Australian department's procurement complaints page
# (h509-4). h509-2's rules' name, set on three lines by the copy, is one heading again; h509-3's flow chart, run into one
# paragraph, is split after its title and before each of its boxes ("提交申请:", "审查:", the review's two outcomes, the
# hearing, the experts, the referral); h509-2's "?" for full-width spaces and h509-4's "(External link)" notes are the
# copy's and the website's, not the document's.
LAYOUT509: dict[str, dict] = {
    "h509-1": {
        "title": None,
        # the download page's app lines are not the standard
        "skip": [r"^类型: 策略战棋游戏", r"^大小: 1,756\.2", r"^河南省公共资源为中心人员打造的一款手机版的管理软件"],
        "headings": [(r"^\d(范围|术语和定义|责任|异议)$", 1), (r"^\d\.\d(?!\.)\S{1,8}$", 2)],
    },
    "h509-2": {
        "title": "關于印發(fā)《河南省公共資源交易工程建設項目遠程異地評標調度工作應急管理制度 (試行)》的通知",
        "skip": [
            r"^四虎影视",
            r"^\| 網\(wǎng\)站首頁",
            r"^信息搜索$",
            r"^關于印發\(fā\)《河南省公共資源交易工程建設項目遠程異地評標調度工作應急管理制度 \(試行\)》的通知$",
            r"^中國政府采購招標網\(wǎng\) 發\(fā\)布時間:",
        ],
        "sub": [
            (
                r"(?m)^河南省公共資源交易工程建設項目\n+遠程異地評標調度工作應急管理制度\n+\(試行\)$",
                "河南省公共資源交易工程建設項目遠程異地評標調度工作應急管理制度(試行)",
            ),
            # the copy's "?" for the full-width spaces that set the date to the right and indent the article
            (r"(?m)^(\s*)\?+(?=2025年9月5日$|第一條)", ""),
        ],
        "headings": [(r"^河南省公共資源交易工程建設項目遠程異地評標調度工作應急管理制度\(試行\)$", 1), (r"^第一章  總  則$", 2)],
    },
    "h509-3": {
        "title": "建设工程招标管理办公室投诉处理流程图",
        "skip": [
            r"^建设工程招标管理办公室投诉处理流程图$",
            r"^Copyright © 2018-2021 Wenke99\.com",
            r"^工信部备案号:",
            r"^公安局备案号:",
            r"^本站为C2C交文档易平台",
        ],
        # the flow chart's boxes: its title, the receiving unit, 提交申请, 审查 and the boxes after it (the two outcomes of
        # the review, the hearing, the experts, the referral)
        "split": r"(?<=^建设工程招标管理办公室投诉处理流程图)|(?=提交申请:)|(?=审查:招标办)|(?=不符合投诉处理条件的,)|"
        r"(?=符合投诉条件的,)|(?=在投诉处理过程中,)|(?=对于情况复杂,)|(?=移交发现违法案件线索)",
        "headings": [],
    },
    "h509-4": {
        "title": None,
        "english": True,
        "sub": [(r" \(External link\)", "")],
        "headings": [
            (r"^(How do I raise a concern\?|What if my concern is not resolved\?|Independent internal investigation)$", 1),
        ],
    },
}


LAYOUT510: dict[str, dict] = {
    "h510-1": {
        "title": "体育场馆管理制度",
        # the website's location line, the page's own copy of the name and its date are not the document
        "skip": [r"^当前位置: 首页>>学院概况>>体育场馆>>正文$", r"^体育场馆管理制度$", r"^2023-11-07$"],
        # the two rules the page holds, each under its own name; their articles stay paragraphs
        "headings": [(r"^体育场馆(安全|消防安全)管理制度$", 1)],
    },
    "h510-2": {
        "title": "上海健康医学院健身房使用管理制度",
        "skip": [r"^上海健康医学院健身房使用管理制度$", r"^作者: 来源:体育教学部发布时间:"],
        "headings": [(r"^[一二]、(场地使用权限|活动申请流程)$", 1)],
    },
    "h510-3": {
        "title": "健身房管理制度",
        # the column name, the location line, the page's copy of the name, its date and view count, the next/previous links
        "skip": [
            r"^体育场馆$",
            r"^当前位置: 首页 >> 部门介绍 >> 体育场馆 >> 正文$",
            r"^健身房管理制度$",
            r"^2017-09-04\s+浏览:$",
            r"^上一条:",
        ],
        "headings": [],
    },
    "h510-4": {
        "title": "华南师范大学健身房管理规定",
        "skip": [r"^华南师范大学健身房管理规定$", r"^华南师范大学体育科学学院/场馆信息2017-06-06"],
        "headings": [],
    },
    "h510-5": {
        "title": "Grievance Policy",
        "english": True,
        "headings": [(r"^(Explanation of Complaints and Grievances|Lodging a Complaint)$", 1)],
    },
}


LAYOUT511: dict[str, dict] = {
    "h511-1": {
        "title": "吉林省邮电工程股份有限公司通信保障应急救援预案",
        # the sharing site's label; the cover's title line (the Word title)
        "sub": [(r"\A文档介绍:", "")],
        "skip": [r"^吉林省邮电工程股份有限公司通信保障应急救援预案$"],
        # the copy runs cover, contents and text into one paragraph: split at the cover's fields, at the contents'
        # chapters (a chapter's sub-entries stay on its line) and at the text's own headings and items
        "split": r"(?<=企业标准)(?=编码:)|(?<=-2011) (?=吉林省)|(?<=救援预案)(?=版本号:)|(?<=次修改)(?=编制:)|"
        r"(?=审核:)|(?=批准:)|(?=发放号:)|(?<=发放号:) (?=2011-07-1)|(?<=实施)(?=吉林省)|(?<=公司发布)(?=目录)|"
        r"(?<=目录) (?=1、)| (?=[234]、)| (?=5 、)| (?=6 事故控制)| (?=7 各类)| (?=8 事故后续)|"
        r" (?=1 目的为了)|(?<=1 目的)(?=为了)| (?=2 范围本)|(?<=2 范围)(?=本预案)| (?=3 应急保障组织机构及)|"
        r"(?<=及职责分工) (?=应急保障领导小组名单:)|(?<=名单:) (?=组长:)| (?=副组长:)| (?=组员:)|"
        r" (?=应急保障组织结构图:)|(?<=结构图:) (?=总指挥)| (?=应急保障组织职责分工 公司)|(?<=职责分工) (?=公司通信)",
        "headings": [
            (r"^目录$", 1),
            (r"^[123] (目的|范围|应急保障组织机构及职责分工)$", 1),
            (r"^(应急保障领导小组名单:|应急保障组织结构图:|应急保障组织职责分工)$", 2),
        ],
    },
    "h511-2": {
        "title": "基站发电应急预案操作规程",
        "skip": [
            r"^基站发电应急预案操作规程_第\d页$",
            r"^已阅读5页",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^基站发电应急预案操作规程$",
        ],
        # the site's "1、"/"2、" before its two runs of text, the second cut inside the word "电池供电"
        "sub": [(r"(?m)^1、(?=基站发电应急预案操作规程基站)", ""), (r"其电池供\n\n2、电时间", "其电池供电时间")],
        "split": r"(?<=操作规程)(?=基站大面积停电定义)|(?=一、目的)|(?<=一、目的)(?=为确保)|(?=二、原则)|"
        r"(?<=二、原则)(?=根据)|(?=三、应急预案)|(?<=三、应急预案)(?=\(一\))|(?=\([二三]\))|"
        r"(?<=\(一\)基站的分类)(?=依据)|(?<=\(二\)停电情况分类)(?=依据)|(?=[1-4]、[一二三四]类站)|(?=[1-4]、[abcd]级停电)",
        "headings": [(r"^[一二三]、(目的|原则|应急预案)$", 1), (r"^\([一二三]\)", 2)],
    },
    "h511-3": {
        "title": "冬季移动通信保障预案",
        "skip": [r"^版权说明:", r"^文档简介$", r"^冬季移动通信保障预案$"],
        # the site's "1、"/"2、"/"3、" before its three runs of text; the third cut inside the word "制定"
        "sub": [(r"(?m)^1、(?=冬季移动)", ""), (r"\n2、(?=4\.1\.5)", " "), (r"制\n3、定", "制定")],
        # the contents one line per chapter (its entries run together as the copy has them), then the text's headings
        "split": r"(?<=保障预案)(?=目 录)|(?<=目 录)(?=1 总则)|(?=2、 组织)|(?=3、 应急响应)|(?=4 、 应急)|(?=42、 )|"
        r"(?=5 、 附则)|(?=附件[一二三])|(?<=应急处置流程图)(?=1 总则)|(?<=总则)(?=1\.1制定目的)|(?<=制定目的)(?=为提前)|"
        r"(?=1\.2 制定依据 依据)|(?<=制定依据) (?=依据移动)|(?=1\.3 适用范围本)|(?<=适用范围)(?=本预案)|(?=1、通信事故)|"
        r"(?=2、自然灾害)|(?=1\.4 工作原则在)|(?<=工作原则)(?=在移动)|(?=2 组织指挥$)",
        "headings": [(r"^目 录$", 1), (r"^[12] (总则|组织指挥)$", 1), (r"^1\.[1-4] ?(制定目的|制定依据|适用范围|工作原则)$", 2)],
    },
    "h511-4": {
        "title": "中国铁塔应急通信保障管理办法(试行)",
        # the library site's page title, time and page number, and its download and registration notices
        "skip": [
            r"^中国铁塔应急通信保障管理办法\(试行\)\(8\)",
            r"^2021-02-21 14:43$",
            r"^8$",
            r"^下一篇:",
            r"^相关阅读$",
            r"^本类排行$",
            r"^× 注册会员",
            r"^马上注册会员$",
            r"^注:下载文档",
            r"^微信: QQ:$",
        ],
        "headings": [(r"^第[五六]章", 1)],
    },
    "h511-5": {
        "title": "Complaints – FAQs",
        "english": True,
        "skip": [r"^Complaints – FAQs$"],
        "headings": [
            (r"^How do I complain about an issue relating to my reachnet service\?$", 1),
            (r"^Step [12]: ", 2),
        ],
    },
}


LAYOUT512: dict[str, dict] = {
    "h512-1": {
        "title": None,
        "headings": [
            (r"^[1-5] (目的|适用范围|定义|职责|作业程序)$", 1),
            (r"^5\.[12] 投诉的(受理|处理)$", 2),
        ],
    },
    "h512-2": {
        "title": "礦用產品安全標志投訴、申訴與爭議處理工作細則",
        # the spam title line planted in the site, the certification agent's contact block and "子公司" are the site's
        "skip": [
            r"^久久精品一_",
            r"^上海市質量認證辦理:$",
            r"^(地址|聯系|電話|手機|郵箱):",
            r"^子公司$",
            r"^礦用產品安全標志投訴、申訴與爭議處理工作細則$",
        ],
        "headings": [(r"^第[一二]章 ", 1)],
    },
    "h512-3": {
        "title": "Complaints Procedure",
        "english": True,
        "headings": [],
    },
}


LAYOUT513: dict[str, dict] = {
    "h513-1": {
        # the sharing site's name for the outline ("公众号运营工作计划表") is not the plan's; the plan names none
        "title": None,
        "skip": [
            r"^公众号运营工作计划表$",
            r"^2024-12-13 11:12:11 1 举报$",
            r"^AI智能生成$",
            r"^计划表$",
            r"^作者其他创作$",
            r"^大纲/内容$",
        ],
        "headings": [
            (r"^[一二三四]、", 1),
            (r"^(及时高效|依法依规|客户主导|预防为主)原则$", 2),
            (r"^\(一\)架构与流程$", 2),
            (r"^[12]\.(架构设置|处理流程)$", 3),
            (r"^(客户应急指挥小组|信捷应急协助小组|现场协调小组)$", 4),
        ],
    },
    "h513-2": {
        "title": "就近招聘公约公示",
        "skip": [
            r"^电话:13989804858$",
            r"^关闭$",
            r"^您当前的位置:首页 > 网站公告$",
            r"^就近招聘公约公示返回公告列表 >>$",
            r"^2024-04-04 被浏览:934次$",
            r"^微信扫一扫分享$",
            r"^微信公众号$",
            r"^手机浏览$",
            r"^Copyright C ",
        ],
        # the copy breaks the appeal's sentence in two ("如继续违规" / "则永久关闭")
        "sub": [(r"如继续违规\n+则永久关闭", "如继续违规则永久关闭")],
        "headings": [(r"^违规招聘信息处理标准$", 1), (r"^(永久关闭|限时关闭|岗位违规标准)$", 2)],
    },
    "h513-3": {
        "title": "诚信卫士",
        # the site's loading line, menu and gift notice, the page heading split in two lines, and the five credit cards
        # of the 威客 who joined (the page's widget) come before the platform's own text
        "strip": [r"(?s)\A.*?(?=雇主发起赔付流程)"],
        "sub": [(r"(?m)^雇主常见问题 更多 >$", "雇主常见问题")],
        # the copy runs the first of the three guarantee items into the sentence before it
        "split": r"(?<=可以单独开通)(?=保证完成:)",
        "headings": [
            (r"^雇主发起赔付流程$", 1),
            (r"^雇主如何获得先行赔付$", 2),
            (r"^雇主常见问题$", 1),
            (r"^1、什么是诚信卫士\?$", 2),
        ],
    },
    "h513-4": {
        "title": None,
        "skip": [r"^我是服务商$"],  # the help centre's menu heading
        "headings": [(r"^(招标任务流程|在线下单交易有什么好处\?)$", 1)],
    },
    "h513-5": {
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [(r"^(To respond to a dispute|If you accept the dispute|If you reject the dispute)$", 1)],
    },
}


LAYOUT514: dict[str, dict] = {
    "h514-1": {
        "title": "突发事件应急帮困机制管理办法",
        # the page's date and view counter are the website's, not the document's
        "skip": [r"^突发事件应急帮困机制管理办法$", r"^发布时间: 2011-10-19 浏览次数: 158$"],
        "headings": [(r"^[一二三四]、应急帮困(机制启动条件|方式|机制执行机构|机制启动程序)", 1)],
    },
    "h514-2": {
        "title": None,
        "headings": [(r"^[一二]、资助管理投诉受理工作(机构|原则)$", 1)],
    },
    "h514-3": {
        "title": None,
        "headings": [(r"^服务承诺$", 1)],
    },
    "h514-4": {
        "title": None,
        "headings": [(r"^[一二三四]、(资助对象|资助标准|申请流程|其它事项)$", 1)],
    },
    "h514-5": {
        "title": "How to make a complaint",
        "english": True,
        "skip": [r"^How to make a complaint$"],
        "headings": [(r"^(Stage [12]|The Pensions Ombudsman)$", 1)],
    },
}


LAYOUT515: dict[str, dict] = {
    "h515-1": {
        "title": None,
        # a bilingual section: an English heading and its Chinese on the next line are one heading, as 7.1 and 7.2
        # have them; the two Chinese sentences the copy breaks in the middle of a word are one paragraph again
        "sub": [
            (r"(?m)^(7\.1\.2 Scope)\n(范围)$", r"\1\2"),
            (r"(?m)^(7\.2\.1 Rescue at Jacuzzi\.)\n(旋流浴溺水营救)$", r"\1\2"),
            (r"(?m)^(7\.2\.2 Rescue at bathtub)\n(浴缸溺水营救)$", r"\1\2"),
            (r"通知健\n身房经理", "通知健身房经理"),
            (r"如果落水\n者没有知觉", "如果落水者没有知觉"),
        ],
        "headings": [
            (r"^7\. DROWNING溺水$", 1),
            (r"^7\.[12] (Objective目标|Rescue Procedure营救程序)$", 2),
            (r"^7\.(1\.2|2\.[12]) ", 3),
        ],
    },
    "h515-2": {
        "title": "游泳池应急处理预案",
        # the sharing site's page title and its three download notices are not the document
        "skip": [r"^游泳池溺水及安全处理预案$", r"^\d\. \d、", r"^游泳池应急处理预案$"],
        "headings": [(r"^[一二]、(负责内容Properties|步骤Procedure)$", 1), (r"^[一二三]\)", 2)],
    },
    "h515-3": {
        "title": "游泳池安全應(yīng)急預(yù)案",
        # the sharing site's download line, copyright notice and "文檔簡介"; the page-field residue "第第頁" with the
        # title twice and the compilation's number
        "skip": [r"^下載本文檔$", r"^版權", r"^文檔簡介$", r"^第第頁游泳池安全"],
        "split": r"(?<=^步驟:)",
        "headings": [(r"^[一二三四五六]、", 1), (r"^\(一\)", 2)],
    },
    "h515-4": {
        "title": "Anaheim Adventure Aqua Park Project",
        "english": True,
        # the sharing site's search notice, title, fields, share and loading lines and page markers
        "skip": [
            r"^• No results found$",
            r"^Anaheim Adventure Aqua Park Project(\. Appendix B\..*)?$",
            r"^N/A$",
            r"^Protected$",
            r"^Academic year:",
            r"^Share \"",
            r"^Copied!$",
            r"^[80]$",
            r"^Loading\.\.\.\.",
            r"^Full text$",
            r"^\([12]\)$",
        ],
        # the copy breaks three sentences at the page width with an empty line
        "rejoin": [
            r"(?<=made up of)\n\n(?=different)",
            r"(?<=inside the)\n\n(?=park walls)",
            r"(?<=Access will be from the)\n\n(?=Parking Zone)",
        ],
        # the list items the copy runs together on one line
        "split": r" (?=• )| (?=[2-8]\. [A-Z])",
        "bullet": r"^• ",
        "headings": [
            (r"^(LIFEGUARD SAFETY PLAN|Emergency Action Plan \(EAP\))$", 1),
            (r"^Lifeguard Stations and Areas of Responsibility$", 2),
        ],
    },
}


LAYOUT516: dict[str, dict] = {
    "h516-1": {
        "title": "液态氧泄漏事故应急救援预案",
        # the sharing site runs the pages together ("1、" "2、" "3、") and doubles each section's number and name
        # ("1 1 编制目的编制目的", "3.13.1 应急组织体系" … "2、应急组织体系"): each heading once, as the plan has it
        "sub": [
            (r"\A1、液态氧泄漏事故应急救援预案1 1 编制目的编制目的", "1 编制目的\n"),
            (r"2 2 事故特征事故特征", "\n2 事故特征\n"),
            (r"3 3 应急组织与职责应急组织与职责3\.13\.1 应急组织体系\n2、应急组织体系", "\n3 应急组织与职责\n3.1 应急组织体系\n"),
            (r"3\.23\.2 应急救援指挥部职责应急救援指挥部职责", "\n3.2 应急救援指挥部职责\n"),
            (r"负责应\n3、急", "负责应急"),
        ],
        "split": r"(?<!副)(?=总指挥:)|(?=副总指挥:)|(?=成员:)|(?=3\.2\.\d )",
        "headings": [(r"^[123] (编制目的|事故特征|应急组织与职责)$", 1), (r"^3\.[12] ", 2)],
    },
    "h516-2": {
        "title": "医院氧气站应急预案",
        "skip": [
            r"^氧气站应急预案$",
            r"^上传人:",
            r"^返回 下载 相关 举报$",
            r"^氧气站应急预案_第\d页$",
            r"^第\d页 / 共2页$",
            r"^亲,该文档总共2页",
            r"^资源描述$",
            r"^《氧气站应急预案》由会员分享",
            r"^医院氧气站应急预案$",
        ],
        # the site's "1、" and the stray "1" before the name; the two pages joined again at item 2
        "strip": [r"(?m)^1、1(?=医院氧气站应急预案)"],
        "sub": [(r"。2\n\n2、、", "。\n2、")],
        "split": r"(?<=^医院氧气站应急预案)|(?=[一二三四]、)|(?<=四、氧气事件处理具体措施:)|(?=[1-6]、)",
        "headings": [(r"^四、氧气事件处理具体措施:$", 1)],
    },
    "h516-3": {
        "title": "氧气使用应急预案",
        "skip": [r"^《医院氧气应急预案\.docx》由会员分享", r"^氧气使用应急预案$"],
        # the site's "1、", the file name and the uploader's revision mark before the plan's name; the pages joined again
        "strip": [r"(?m)^1、医院氧气应急预案RevisedonNovember25,20231CYO1R"],
        "sub": [(r"医疗工作\n2、的事件", "医疗工作的事件")],
        "split": r"(?<=^氧气使用应急预案)|(?=[二三四]、)|(?<=四、氧气事件处理具体措施)|(?=Is,)|(?=(?:[2-8]|1[01])、)",
        "headings": [(r"^四、氧气事件处理具体措施$", 1)],
    },
    "h516-4": {
        "title": "氧气乙炔火灾爆炸事故现场处置方案",
        "skip": [r"^氧气乙炔火灾爆炸事故现场处置方案$"],
        # the copy keeps the file's line breaks at the page width: joined again into the items' paragraphs
        "sub": [(r"破坏等。\n雷击", "破坏等。雷击")],
        "join": r"^1\.1\.\d\. ",
        "headings": [(r"^1\. 事故风险分析$", 1), (r"^1\.1\. 事故类型$", 2)],
    },
    "h516-5": {
        "title": "After Sales Process - Complaint Handling Process",
        "english": True,
        # the retailer's product page around LAUGFS's process is not the document
        "skip": [
            r"^LP LAUGFS - Regulator Pack$",
            r"^:   ",
            r"^Delivery Area$",
            r"^In-Store Pickup$",
            r"^LAUGFS - Regulator Pack$",
            r"^After Sales Process - Complaint Handling Process$",
        ],
        "rejoin": [r"(?<=and be)\n\n(?=entitled)"],
        "sub": [
            (
                r"Usage period\n\nAmount Payable\n\n\nFull Invoiced Price\n\n(3m – 1yr)\n\n(Minimum Refund \+ 2/3 of the invoiced Price)"
                r"\n\n(1yrs – 3yrs)\n\n(Minimum Refund \+ 1/3 of the invoiced price)\n\n(3 yrs – 10 yrs)\n\n(Minimum Refund ONLY)",
                "| Usage period | Amount Payable |\n|  | Full Invoiced Price |\n| \\1 | \\2 |\n| \\3 | \\4 |\n| \\5 | \\6 |",
            ),
            (
                r"(LAUGFS GAS cylinder category)\n\n(Minimum LPG Quantity \(kg\))\n\n(Domestic 2kg)\n\n\n(Domestic 5kg)\n\n\n"
                r"(Domestic 12\.5kg)\n\n\n(Commercial 37\.5kg)",
                "| \\1 | \\2 |\n| \\3 |  |\n| \\4 |  |\n| \\5 |  |\n| \\6 |  |",
            ),
        ],
        "pipe_table": True,
        "headings": [(r"^(Cylinder Returned Process|Cylinder Refundable Deposit|Damaged Cylinder Return Policy)$", 1)],
    },
}


# The five-hundred-and-seventeenth held-out set (plans/heldout517/): online peer-to-peer lending platforms (a Chinese P2P
# platform's 客户投诉处理制度, whose company name the copy gives as “XX公司”, and two UK P2P lending platforms' complaints
# procedures). h517-1's company line and title are one title again; its rule-control form and its two tables, whose cells
# the copy gives one to a line, are Word tables again (a cell's lines joined with a space; the cut-off last row keeps its
# missing cell empty). h517-3 leaves out the browser title "Complaints procedure - PeerCredit".
LAYOUT517: dict[str, dict] = {
    "h517-1": {
        "title": "XX公司客户投诉处理制度",
        "sub": [
            (r"\AXX公司\n客户投诉处理制度\n", "XX公司客户投诉处理制度\n"),
            (
                r"(?m)^制度名称\n(客户投诉处理制度)\n制定部门\n(技术部)\n执行范围\n(全员)\n"
                r"制度编号\n版本号\n生效日期\n制度状态\n正文页数\n附件页数$",
                "| 制度名称 | \\1 |\n| 制定部门 | \\2 |\n| 执行范围 | \\3 |\n| 制度编号 |  |\n| 版本号 |  |\n"
                "| 生效日期 |  |\n| 制度状态 |  |\n| 正文页数 |  |\n| 附件页数 |  |",
            ),
            (r"(?m)^级别\n判别标准\n处理时效$", "| 级别 | 判别标准 | 处理时效 |"),
            (
                r"(?m)^(一级)\n(\(交易类\))\n(1、.+)\n(2、.+)\n(3、.+)\n(4、.+)\n(注:影响.+)\n(3小时内)\n(注:此类.+)$",
                r"| \1 \2 | \3 \4 \5 \6 \7 | \8 \9 |",
            ),
            (
                r"(?m)^(二级)\n(\(涉及资金及第三方合作系统\))\n(1、外接.+)\n(2、涉及.+)\n(1个工作日内)$",
                r"| \1 \2 | \3 \4 | \5 |",
            ),
            (
                r"(?m)^(三级)\n(\(非资金类\))\n(1、新上线.+)\n(2、客诉.+)\n(3、信息披露.+)\n(2个工作日内)$",
                r"| \1 \2 | \3 \4 \5 | \6 |",
            ),
            (
                r"(?m)^问题类型\n处理责任归属部门\n备注\n(影响生产环境类客诉)\n(技术部)\n(具体责任人.+)\n"
                r"(资金类问题客诉)\n(根据问题类型具)$",
                "| 问题类型 | 处理责任归属部门 | 备注 |\n| \\1 | \\2 | \\3 |\n| \\4 | \\5 |  |",
            ),
        ],
        "pipe_table": True,
        "skip": [r"^XX公司客户投诉处理制度$"],
        "headings": [(r"^[一二三]、", 1), (r"^\([一二]\)", 2)],
    },
    "h517-2": {
        "title": "How to register a complaint",
        "english": True,
        "skip": [r"^How to register a complaint$"],
        "headings": [(r"^Our complaints handling policy$", 1)],
    },
    "h517-3": {
        "title": "Complaints procedure",
        "english": True,
        "skip": [r"^Complaints procedure - PeerCredit$", r"^Complaints procedure$"],
        "headings": [
            (r"^(How to make a complaint|Complaints investigation)$", 1),
            (r"^[1-3]\. (Contact us|Provide us with details of your problem|We will keep you informed)$", 2),
        ],
    },
}


LAYOUT518: dict[str, dict] = {
    "h518-1": {
        "title": "消費爭議處理流程",
        "headings": [(r"^[1-8]\. (目的|消費爭議之範圍|組織架構|受理方式|處理流程|處理時效|進度查詢|進度追蹤)$", 1)],
    },
    "h518-2": {
        "title": "投资者投诉处理工作制度",
        "skip": [
            r"^• 最近访问:$",
            r"^发表于 2025-07-28 19:46:12 股吧网页版$",
            r"^山金国际:投资者投诉处理工作制度 查看PDF原文$",
            r"^公告日期:2025-07-29$",
        ],
        # the cover (company, name, date) and the first page's company and name again: once, under the title
        "sub": [
            (
                r"山金国际黄金股份有限公司\n投资者投诉处理工作制度\n\n(二○二五年七月)\n\n山金国际黄金股份有限公司\n\n投资者投诉处理工作制度\n",
                r"山金国际黄金股份有限公司\n\n\1\n",
            )
        ],
        "headings": [(r"^第[一二]章 (总则|工作机制)$", 1)],
    },
    "h518-3": {
        "title": "宁波大宗商品交易所交易商投诉处理规定(试行)",
        "skip": [
            r"^滚动消息:$",
            r"^站内搜索:$",
            r"^当前位置:首页 >> 资讯中心 >> 交易所公告$",
            r"^宁波大宗商品交易所交易商投诉处理规定\(试行\)$",
            r"^发表时间:2016-04-01",
        ],
        "headings": [],
    },
    "h518-4": {
        "title": None,
        "skip": [
            r"^订单查询$",
            r"^首页 办公文秘$",
            r"^珠宝店安全应急预案精选4篇$",
            r"^大小:27\.79KB",
        ],
        "sub": [(r"提供条\n\n件。", "提供条件。")],
        "headings": [
            (r"^\((四|五)\)(被骗案件|停电)应急预案:?$", 1),
            (r"^[34]、(处置措施:、?|注意事项)$", 2),
        ],
    },
    "h518-5": {
        "title": None,
        "english": True,
        "headings": [
            (r"^Internal Complaints Procedure for all Complaints$", 1),
            (r"^Procedure for resolution of Minor Complaints$", 1),
        ],
    },
}


LAYOUT519: dict[str, dict] = {
    "h519-1": {
        "title": "「大都會錦標賽馬日」- 2019年1月26日",
        "skip": [r"^Horse Racing$", r"^年度$", r"^「大都會錦標賽馬日」- 2019年1月26日$", r"^27/01/2019 21:33$"],
    },
    "h519-2": {
        "title": "15間場外投注處及兩個馬場將開放提供有限度顧客服務。 投注服務繼續暫停",
        "skip": [
            r"^Horse Racing$",
            r"^年度$",
            r"^15間場外投注處及兩個馬場將開放提供有限度顧客服務。 投注服務繼續暫停$",
            r"^04/03/2020 20:54$",
        ],
        "bullet": r"^\u2013 ",
    },
    "h519-3": {
        "title": "場外投注處服務的最新安排",
        "skip": [r"^Horse Racing$", r"^年度$", r"^場外投注處服務的最新安排$", r"^16/07/2020 19:42$"],
    },
    "h519-4": {
        "title": "重庆福彩发行中心关于有序恢复福利彩票销售有关事项的公告",
        "skip": [
            r"^您现在的位置 : 3D之家 > 新闻资讯 > 正文$",
            r"^重庆福彩发行中心关于有序恢复福利彩票销售有关事项的公告$",
            r"^2020/3/10 12:21:24 来源:中国福彩网 责编:lvse 点击:$",
        ],
        "headings": [(r"^[一二三四五]\.", 1)],
    },
    "h519-5": {
        "title": "Dispute Policy Resolution",
        "english": True,
        "skip": [r"^Casino / Dispute Policy Resolution$"],
    },
}


LAYOUT520: dict[str, dict] = {
    "h520-1": {
        "title": "機場停機坪溢油應急處置預案",
        # the template site's keyword line, its date line and "相關推薦", and the plan's name it sets twice before
        # the text ("關于…") are the page's, not the airport's
        "skip": [
            r"^中文字幕在线一区二区在线,",
            r"^機場停機坪溢油應急處置預案$",
            r"^時間:2022-08-10 21:03:42 ",
            r"^• 相關推薦$",
            r"^關于機場停機坪溢油應急處置預案$",
        ],
        "headings": [(r"^[一二三]、", 1), (r"^1\.組織機構$", 2)],
    },
    "h520-2": {
        "title": "机场防止台风正面袭击应急预案",
        # the site's title line set again inside the opening paragraph: the paragraph joined again
        "sub": [(r"(?<=袭击应急预案。)\n\n机场现场突发事件应急预案2篇\n\n(?=本预案与)", "")],
        "skip": [r"^机场现场突发事件应急预案2篇$", r"^\|来源:新高考网$", r"^篇1$"],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h520-3": {
        "title": "Making a complaint",
        "english": True,
    },
}


LAYOUT521: dict[str, dict] = {
    "h521-1": {
        # the page's title and time line are the website's, not the cinema's; its own text has no title
        "title": None,
        "skip": [r"^影院知识 \| 开影院的你,这些要注意啦!$", r"^时间:2017-06-06 16:28:15 来源:$"],
        # section 2's heading runs into its first sentence
        "split": r"(?<=^2\.顾客丢失财物:)",
        "headings": [(r"^1\.突发事件处理的基本原则$", 1), (r"^2\.顾客丢失财物:$", 1)],
    },
    "h521-2": {
        "title": "Dispute/Complaint Policies and Process for Tixed Booked UK Ltd",
        "english": True,
        "skip": [r"^Dispute/Complaint Policies and Process for Tixed Booked UK Ltd$"],
        "headings": [
            (
                r"^[1-6]\. (Introduction|Policy Statement|Definitions|Receiving Complaints|Acknowledgment of Complaints|"
                r"Investigation Process)$",
                1,
            ),
            (r"^(Purpose|Scope|Channels|Information Required):$", 2),
        ],
    },
    "h521-3": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Complaints$"],
        "headings": [
            (
                r"^(What we mean by a complaint|If you are unhappy with our service|How to make a formal complaint|"
                r"What to include|What happens after we receive your complaint)$",
                1,
            )
        ],
    },
}


LAYOUT522: dict[str, dict] = {
    "h522-1": {
        "title": "湖北華中文化產(chǎn)權交易所會(huì )員投訴及糾紛調解暫行辦法",
        "skip": [
            r"^郵幣卡類\(lèi\)交易規則$",
            r"^HUBEI HUAZHONG CULTURE PROPERTY RIGHTS EXCHANGE",
            r"^發\(fā\)布日期:",
        ],
        "headings": [],
    },
    "h522-2": {
        "title": "吉林省文化产权交易所收藏品交易中心风险控制管理办法(暂行)",
        "skip": [r"^您当前的位置:", r"^吉林省文化产权交易所收藏品交易中心风险控制管理办法\(暂行\)$"],
        "headings": [(r"^第[一二三]章 ", 1)],
    },
    "h522-3": {
        "title": "交易投訴管理辦法",
        "skip": [
            r"^国产精品精品-",
            r"^法律與規\(guī\)則$",
            r"^Laws and Rules$",
            r"^交易投訴管理辦法$",
            r"^發\(fā\)布時間:",
        ],
        "headings": [],
    },
    "h522-4": {
        "title": "Claims coins",
        "english": True,
        "skip": [
            r"^Home Coins Stamps Medals E-Auction About Us$",
            r"^Deutsch headerphoto$",
            r"^Coins Menu Coins Auction$",
            r"^Coins Auction$",
            r"^- ",
            r"^Claims coins$",
        ],
        "split": r"(?<=^Errors in description:) |(?<=^Counterfeits or Fakes\.) ",
        "headings": [
            (r"^Claims which can be asserted\.$", 1),
            (r"^(Errors in description:|Counterfeits or Fakes\.)$", 2),
        ],
    },
}


LAYOUT523: dict[str, dict] = {
    "h523-1": {
        "title": "售后服务条款-上海世音琴行",
        # the music site's header, menu path, date line and summary around the shop's terms are not the document
        "skip": [
            r"^免费发布信息 ",
            r"^广告$",
            r"^首页>商家>售后>",
            r"^售后服务条款-上海世音琴行$",
            r"^资讯头条 \| 乐度网",
            r"^\[摘要\] ",
            r"^乐度音乐为您提供信息$",
        ],
        "headings": [(r"^(保修条款|《商品退换规定》)$", 1)],
    },
    "h523-2": {
        "title": "中音售后条例",
        "skip": [r"^中音售后$", r"^AFTER SERVICE$", r"^中音售后条例$", r"^中 音 售 后 条 例$"],
        "headings": [(r"^[一二三四]、 售后服务", 1)],
    },
    "h523-3": {
        "title": "特倫斯電鋼琴&電子琴商品的非保判定指導(dǎo)",
        # the spam words that took over the page's title bar, the site's menu and the date line are not the document
        "skip": [
            r"^亚洲成人免费-",
            r"^資料下載 保養",
            r"^特倫斯電鋼琴&電子琴商品的非保判定指導",
            r"^時間:2022-01-01$",
        ],
        "headings": [(r"^[一二]、", 1), (r"^[12]\. ", 2)],
    },
    "h523-4": {
        "title": "退換貨政策",
        # the shop template's placeholders and its promotion banner (three times) are not the policy
        "skip": [
            r"^\{\{ '",
            r"^全館滿千免運",
            r"^🌟 ",
            r"^退換貨政策$",
        ],
        "headings": [(r"^【退換貨方式】$", 1), (r"^[12]\.退貨", 2), (r"^a\. 可受理退貨之條件$", 3)],
    },
    "h523-5": {
        "title": "GEAR4MUSIC TERMS & CONDITIONS",
        "english": True,
        "skip": [r"^GEAR4MUSIC TERMS & CONDITIONS$"],
        "headings": [(r"^(PRIVACY AND COOKIE POLICY|CUSTOMER COMPLAINTS)$", 1)],
    },
}


LAYOUT524: dict[str, dict] = {
    "h524-1": {
        "title": "各类突发事件应急遇案",
        "skip": [r"^各类突发事件应急预案\.doc$", r"^《各类突发事件应急预案\.doc》由会员分享"],
        "sub": [(r"各类突发事件应急预案 17 2020年4月19日 文档仅供参考 各类突发事件应急遇案 ", "")],
        "split": r" (?=一、 )| (?=[12]、 )|(?<=1、 恶性案件) | (?=2\.1 偷盗事件)|(?<=2\.1 偷盗事件) | (?=文字说明:)|"
        r"(?<=文字说明:) | (?=1\.[1-4] )",
        "headings": [(r"^一、 ", 1), (r"^[12]、 ", 2), (r"^2\.1 偷盗事件$", 3)],
    },
    "h524-2": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "rejoin": [r"\n(?!\d+\. |- [a-f]\. )"],
        "bullet": r"^- (?=[a-f]\. )",
    },
    "h524-3": {
        "title": "SECTION 8 – DISPUTE / PROTEST PROCEDURE",
        "english": True,
        "skip": [r"^SECTION 8 – DISPUTE / PROTEST PROCEDURE$"],
        "sub": [(r"(?m)^(\d\.|[a-d]\.) +", r"\1 ")],
    },
}


LAYOUT525: dict[str, dict] = {
    "h525-1": {
        # the stored text has no title line: none is made up; its articles carry it, as h405-2's
        "title": None,
        # articles 2 and 6 broken in two lines by the copy: one article each again
        "sub": [(r"(?<=行政部门主管。)\n +(?=技术部)", ""), (r"(?<=相关负责人。)\n +(?=对非本网站)", "")],
        # the website's notices after the rules (its icon legend and its copyright notice) are not the rules
        "stop": r"^资讯权限图标说明:$",
        "headings": [(r"^第[一二三四五六七八九十]条 ", 1)],
    },
    "h525-2": {
        "title": None,
        "headings": [(r"^(?:[1-9]|10)、", 1)],
    },
    "h525-3": {
        "title": "維權流程",
        # the spam words set in the page's title bar, the help menu's "知識分類" and the menu item are the site's
        "skip": [r"^国产一区在线观看视频-", r"^知識分類$", r"^維權流程$"],
        "headings": [
            (r"^(維權流程:|申請維權方法:|具體賠付標準如下:)$", 1),
            (r"^“(如實描述|質量退換|48小時發貨|快速發貨|正品保障)”?$", 2),
        ],
    },
    "h525-4": {
        "title": "Complaint Process",
        "english": True,
        "skip": [r"^Complaint Process$", r"^COMPLAINT PROCESS$"],
        # the two kinds of complaint are the summary's sub-headings; the copy marks them "* " like its steps
        "sub": [(r"(?m)^\* (Consumer Complaints:|Business to Business Complaints:)$", r"\1")],
        "bullet": r"^\* ",
        "headings": [
            (r"^SUMMARY OF PROCESS$", 1),
            (r"^(Consumer Complaints:|Business to Business Complaints:)$", 2),
        ],
    },
}


LAYOUT526: dict[str, dict] = {
    "h526-1": {
        "title": "通渭悅心游泳協(xié)會應(yīng)急預(yù)案",
        # the sharing site's preview images, notice and "文檔簡介"; the file's page number "-4-"
        "skip": [
            r"^!\[游泳池應\(yīng\)急預\(yù\)案_第\d頁\]",
            r"^版權\(quán\)說明:",
            r"^文檔簡介$",
            r"^通渭悅心游泳協\(xié\)會應\(yīng\)急預\(yù\)案$",
        ],
        "sub": [(r"(?m)^-4-", "")],
        "split": r"(?<=應\(yīng\)急預\(yù\)案)(?=一、)|(?<=一、預\(yù\)案目的)|(?=二、工作原則)|(?<=二、工作原則)|(?=三、急救小組)|"
        r"(?<=三、急救小組:)|(?<!副)(?=組長:)|(?=副組長:)|(?=組員:)|(?<=;)(?=有應\(yīng\)急)|(?<=急救電話)(?=急救小組成員)",
        "headings": [(r"^[一二三]、", 1)],
    },
    "h526-2": {
        "title": "游泳馆溺水事故应急预案",
        # the site's list of related articles (twice) and its numbering of the piece ("…应急预案1")
        "skip": [
            r"^-$",
            r"^相关文章$",
            r"^市级突发事件安全应急预案范文",
            r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d",
            r"^游泳馆溺水事故应急预案1?$",
        ],
        "headings": [(r"^\((四|五)\)(职责:|程序)$", 1)],
    },
    "h526-3": {
        "title": None,
        "english": True,
        "sub": [(r"(?m)^-\n", "• ")],
        "headings": [(r"^(Purpose|[1-6]\. [A-Z][A-Za-z ]+|Contact Information)$", 1)],
    },
    "h526-4": {
        "title": "Complaints Policy",
        "english": True,
        # the page's header button and title bar, and the page heading repeated under the title
        "skip": [
            r"^Easy2Swim Header - Fixed Mobile Assessment Button$",
            r"^Complaints Policy - Easy2Swim$",
            r"^Complaints Policy$",
        ],
        # each section's periods: a table of two columns (the period, what is done within it)
        "sub": [(r"(?m)^(\d+ days) (.+)$", r"| \1 | \2 |")],
        "pipe_table": True,
        "headings": [(r"^[1-6]\. [A-Z]", 1)],
    },
}


LAYOUT527: dict[str, dict] = {
    "h527-1": {
        "title": "放射事故应急预案",
        "skip": [
            r"^当前位置:文档之家",
            r"^医院放射事故应急预案$",
            r"^放射事故应急预案$",
            r"^相关主题$",
        ],
        "headings": [(r"^[一二三四]、", 1), (r"^\([一二]\)", 2)],
    },
    "h527-2": {
        "title": "投诉建议",
        "skip": [r"^← 返回首页$", r"^投诉建议$"],
        "sub": [
            (r"(?m)^([1-4])\n(.+)\n(.+)$", r"| \1 | \2 | \3 |"),
            (r"(?m)^(电话投诉|邮件投诉|现场投诉|在线客服)\n(.+)\n(.+)$", r"| \1 | \2 | \3 |"),
        ],
        "pipe_table": True,
        "bullet": r"^- ",
        "headings": [(r"^\d\. ", 1), (r"^\d\.\d ", 2)],
    },
    "h527-3": {
        "title": "Complaints Policy",
        "english": True,
        "strip": [r"\AMarylebone Diagnostic Centre\nComplaints Policy\n"],
        "skip": [r"^-$"],
        "bullet": r"^- ",
        "headings": [(r"^\d\. [A-Z]", 1), (r"^(4\.\d |Step \d - )", 2)],
    },
}


LAYOUT528: dict[str, dict] = {
    "h528-1": {
        "title": "申诉/投诉管理要求",
        "skip": [r"^申诉/投诉管理要求$"],
        "headings": [(r"^(申诉/投诉处理的约束规则|受理申诉/投诉范围|3\.申诉/投诉处理程序)$", 1)],
    },
    "h528-2": {
        "title": "申诉和投诉的处理规定 Regulations on handling appeals and complaints",
        "skip": [r"^申诉和投诉的处理规定 Regulations on handling appeals and complaints$"],
        "headings": [(r"^[123]\.申诉", 1), (r"^3\.[1-4] 申诉", 2)],
    },
    "h528-3": {
        "title": "申诉、投诉和争议处理",
        "skip": [r"^En$", r"^申诉、投诉和争议处理$"],
    },
    "h528-4": {
        "title": None,
        "headings": [(r"^[1-4] \S+$", 1), (r"^4\.[1-3] ", 2)],
    },
    "h528-5": {
        "title": "Complaints Handling Procedure (CHP)",
        "english": True,
        "skip": [r"^Complaints Handling Procedure \(CHP\)$", r"^-$"],
        "headings": [(r"^(INTRODUCTION|Client Complaints):$", 1), (r"^Informal and Formal Complaints:$", 2)],
    },
}


# The five-hundred-and-twenty-ninth held-out set (plans/heldout529/): bonded zones and free-trade-zone operators (three plans
# of the 天津港保税区 administration, the 天津东疆保税港区 plan's contents on a sharing site, Jafza's complaint procedure).
# The notice's title (关于印发…的通知) is the Title where the copy has it, the plan's own name a first-level heading under it;
# `sub` takes out the website's page header (h529-3) and the sharing site's running page header inside the contents (h529-4).
LAYOUT529: dict[str, dict] = {
    "h529-1": {
        "title": None,
        "headings": [(r"^天津港保税区突发事件总体应急预案$", 1), (r"^1\.总则$", 2)],
    },
    "h529-2": {
        "title": "天津港保税区管理委员会关于印发《天津港保税区防汛防潮应急预案(2025修订)》的通知",
        "skip": [r"^天津港保税区管理委员会关于印发《天津港保税区防汛防潮应急预案\(2025修订\)》的通知$"],
        "headings": [
            (r"^天津港保税区2025年防汛防潮应急预案$", 1),
            (r"^一、总则$", 2),
            (r"^\([一二三]\)(编制目的|编制依据|适用范围)$", 3),
        ],
    },
    "h529-3": {
        "title": "天津港保税区管理委员会关于印发《天津港保税区供水突发事件专项应急预案》的通知",
        "sub": [
            (
                r"\A政务服务热线 12345\n\n当前位置: 首页>公开>通知公告\n\n天津港保税区供水突发事件专项应急预案\n\n"
                r"发布日期: 2025-12-16 +来源:保税区党委办公室\n",
                "",
            )
        ],
        "skip": [r"^• \|$", r"^• 天津港保税区管理委员会$", r"^关于印发《天津港保税区供水突发事件专项应急预案》的通知$"],
        "headings": [
            (r"^天津港保税区供水突发事件专项应急预案$", 1),
            (r"^1\.总则$", 2),
            (r"^1\.[1-4](编制目的|编制依据|工作原则|适用范围)$", 3),
        ],
    },
    "h529-4": {
        "title": "天津东疆保税港区突发事件总体应急预案",
        "skip": [
            r"^可可文库 - 千万精品文档",
            r"^(天津东疆保税港区突发事件总体应急预案\.doc)+$",
            r"^状态中失态╮43 页",
            r"^当前文档共43页",
            r"^下载后继续阅读$",
        ],
        "sub": [
            (r"(?m)^天津东疆保税港区突发事件总体应急预案 (?=目 1 录 )", ""),
            (r" 天津东疆保税港区突发事件总体应急预案(?= 3\.4 先期处置)", ""),
        ],
        "split": r"(?<=^目 1 录) |(?<=\d) (?=\d+(?:\.\d+)? \S)",
        "headings": [(r"^目 1 录$", 1)],
    },
    "h529-5": {
        "title": "Complaint Handling Procedure",
        "english": True,
        "skip": [r"^Complaint Handling Procedure$"],
    },
}


LAYOUT530: dict[str, dict] = {
    "h530-1": {
        "title": "Adventure Circus SCIO complaints policy",
        "english": True,
        "skip": [r"^Adventure Circus SCIO complaints policy$"],
        # the three stages stay paragraphs: each is a sentence that starts with its stage
        "headings": [(r"^What to do$", 1)],
    },
    "h530-2": {
        "title": "Complaints",
        "english": True,
        # the website's "top of page" link is not the Hub's text
        "skip": [r"^top of page$", r"^Complaints$"],
        "headings": [(r"^Complaint about a staff member, contractor, or volunteer of the Circus Hub$", 1)],
    },
    "h530-3": {
        # the stored text has no title of its own (the page's name is only in its address); none is made up
        "title": None,
        "english": True,
        "headings": [(r"^Formal Complaints$", 1)],
    },
}


LAYOUT531: dict[str, dict] = {
    "h531-1": {
        "title": "清流县沼气安全生产事故应急预案",
        "skip": [r"^清流县沼气安全生产事故应急预案$", r"^日期:2019-04-17 09:32 来源:清流县农业局$", r"^\| \| \| \|$"],
        # 第四条's five principles, run together in the copy: split where the next (二)…(五) begins
        "split": r"(?<=。)(?=\([二三四五]\))",
        "headings": [(r"^第[一二]章$", 1), (r"^第[一二三四]条 ", 2)],
    },
    "h531-2": {
        "title": "仪征市农村沼气安全事故应急预案",
        "skip": [r"^当前位置:首页 >> 专题报道 >> 农村能源$", r"^仪征市农村沼气安全事故应急预案$", r"^发布日期:2012-03-05$"],
        "headings": [(r"^一、 总则$", 1), (r"^\([一二三]\)(编制目的|编制依据|适用范围)$", 2)],
    },
    "h531-3": {
        "title": None,
        "headings": [(r"^一、总则$", 1), (r"^\([一二三四]\)(编制目的|编制依据|适用范围|工作原则)$", 2)],
    },
    "h531-4": {
        "title": "ODOUR MANAGEMENT PLAN (HOLBEACH)",
        "english": True,
        "skip": [r"^ODOUR MANAGEMENT PLAN \(HOLBEACH\)$"],
        # each section's heading runs into its first clause in the copy; section 5's clauses run together
        "sub": [
            (
                r"(?m)^([1-5]\. (?:Procedure Objectives|Scope|Health and Safety considerations|Environmental considerations|Introduction)) (?=[1-5]\.1\. )",
                "\\1\n",
            )
        ],
        "split": r" (?=5\.[234]\. )",
        "headings": [
            (
                r"^[1-5]\. (Procedure Objectives|Scope|Health and Safety considerations|Environmental considerations|Introduction)$",
                1,
            )
        ],
    },
}


LAYOUT532: dict[str, dict] = {
    "h532-1": {
        "title": "济宁医学院实验动物突发事件处理应急预案(试行)",
        "skip": [r"^济宁医学院实验动物突发事件处理应急预案\(试行\)$", r"^发布者:信息公开发布时间:"],
        "headings": [(r"^第[一二三四五六七八九十]+章 ", 1)],
    },
    "h532-2": {
        "title": "发生实验动物咬伤人事件的应急预案",
        "skip": [
            r"^首页 >> 实验动物 >> 管理制度 >> 正文$",
            r"^发生实验动物咬伤人事件的应急预案$",
            r"^作者: 时间:2013-04-10 点击数:$",
            r"^版权所有:湖北中医药大学中医药实验中心",
            r"^地址:湖北省武汉市洪山区",
            r"^办公电话:",
        ],
        "headings": [],
    },
    "h532-3": {
        "title": "动物逃逸情况的紧急操作规程",
        "skip": [r"^动物逃逸情况的紧急操作规程$", r"^请登录后查看评论内容$"],
        "split": r"(?<=香港中文大学\(深圳\))(?=文件编号)|(?<=SOP-P-006)(?=动物逃逸)|(?<=紧急操作规程)(?=第1页)|"
        r"(?<=第1页共1页)|(?<=编制人)(?=第1版)|(?<=第0次修改)(?=校核人)|(?<=校核人)(?=修改人)|(?<=修改人)(?=批准人)|"
        r"(?<=批准人)(?=生效日期)|(?=1、前言)|(?<=1、前言)|(?=2、适用范围)|(?<=2、适用范围)|(?=3、主体内容)|"
        r"(?<=3、主体内容)|(?=3\.[1-6])",
        "headings": [(r"^[123]、(前言|适用范围|主体内容)$", 1)],
    },
    "h532-4": {
        "title": "实验动物应急预案管理规程",
        "skip": [r"^实验动物应急预案管理规程$"],
        "split": r"(?<=实验动物应急预案管理规程)(?=1。)| (?=2。消毒)|(?=3。每天)|(?=3。[123] )|(?=\([1-6]\))|(?=4。发现)|"
        r"(?=5\.假如)",
        "headings": [],
    },
    "h532-5": {
        "title": "Investigation of Alleged Noncompliance and Animal Concerns",
        "english": True,
        "skip": [r"^Investigation of Alleged Noncompliance and Animal Concerns$"],
        "headings": [],
    },
}


LAYOUT533: dict[str, dict] = {
    "h533-1": {
        "title": None,
        "headings": [
            (r"^[1-7]\.(目的|适用范围|名词术语|依据|组织机构和职责|应急预案的启动:|应急预案的响应)$", 1),
            (r"^7\.1MCC$", 2),
        ],
    },
    "h533-2": {
        "title": "维修工程部防台风应急响应程序",
        "skip": [
            r"^维修工程部-防台风应急处置程序\.docxVIP$",
            r"^• (20|0|约2\.54千字|约 9页|2020-04-28 发布于山东|举报)$",
            r"^维修工程部防台风应急响应程序$",
        ],
        # the stored copy runs the paragraphs together, a space between them: split where each one begins
        "split": r" (?=5月-11月是台风多发季节)| (?=部门职责 )|(?<=部门职责) | (?=MCC密切关注)| (?=维修综合管理处负责)|"
        r" (?=维修一、二分部准备)| (?=生产计划控制处PPC)",
        "headings": [(r"^部门职责$", 1)],
    },
    "h533-3": {
        "title": "铁路货车检修车间应急预案",
        "skip": [r"^铁路货车检修车间应急预案$"],
        # the lines broken at the page's width are joined again into their paragraphs
        "join": r"^(\(\d\)|[①②③④⑤⑥⑦⑧⑨])",
        "headings": [(r"^1 总则$", 1), (r"^1\.[123] (编制目的|编制依据|适用范围)$", 2)],
    },
    "h533-4": {
        "title": None,
        "skip": [r"^- (2|0|约1\.01万字|约 16页|2019-07-22 发布于湖北|举报)$"],
        "join": r"^(\d\.|[一二三四]、)",
        "headings": [
            (r"^3 车辆行车事故\(故障\)应急预案$", 1),
            (r"^3\.1 车辆转运行途中部件脱落应急预案$", 2),
            (r"^[一二三四]、 ?(信息传递|事故救援响应|事故救援|事故分析报告及处理)$", 3),
        ],
    },
    "h533-5": {
        "title": "Customer Complaints Procedure",
        "english": True,
        "skip": [
            r"^Complaints2018-08-21T16:01:51\+00:00$",
            r"^Customer Complaints Procedure$",
            r"^If you are not entirely satisfied with your purchase",
            r"^Contact us$",
            r"^Ideas for use$",
            r"^Ge$",
        ],
        "headings": [(r"^Tier [123]$", 1), (r"^Complaints Procedure$", 1)],
    },
}


LAYOUT534: dict[str, dict] = {
    "h534-1": {
        # the stored text has no title of its own (the page's name is only in its address); none is made up
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (r"^(How to report an incident|What information to provide|What happens next\?|What is non-admissible\?)$", 1),
            (r"^More Information$", 1),
        ],
    },
    "h534-2": {
        "title": "Customer Complaint Process for GOTS Certified Organic Cotton Products",
        "english": True,
        "skip": [r"^Customer Complaint Process for GOTS Certified Organic Cotton Products$"],
        "headings": [
            (r"^[12]\. (How to Make a Complaint|What Happens After You Submit a Complaint)$", 1),
            (r"^Step [123] — ", 2),
        ],
    },
}


# The five-hundred-and-thirty-fifth held-out set (plans/heldout535/): demolition and scaffolding contractors (a building
# company's plan for demolishing an office building and for rescue in its accidents, a railway project department's plan
# for its demolition and blasting work, a contractor's measures and plan for large scaffolds, a UK demolition contractor's
# emergency response procedure). h535-1's title, broken over three lines by the copy, is one Title again, and its items run
# together on one line are split before their numbers; h535-2's sharing site runs the document into one paragraph with
# its chunk markers ("1、PAGE PAGE 14", "2、"): `sub` takes them out, `split` breaks it again before its sections and items;
# h535-3's one paragraph is split before its sections and items; h535-4's distribution list, whose cells the copy runs
# together line by line, is a Word table again (Roles, Name, Organisation, Contact Details), and its contents list stays
# ordinary paragraphs.
LAYOUT535: dict[str, dict] = {
    "h535-1": {
        "title": "办公楼拆除及安全事故应急救援方案",
        "sub": [
            (r"(?m)^办\n公楼\n拆除及安全事故应急救援方案$", "办公楼拆除及安全事故应急救援方案"),
            (r"确保完全断开后\n不影响", "确保完全断开后不影响"),
        ],
        "skip": [r"^办公楼拆除及安全事故应急救援方案$"],
        "split": r" (?=[一二三]、)| (?=[3-6]、)",
        "headings": [(r"^[一二三]、", 1)],
    },
    "h535-2": {
        "title": "爆破工程施工安全預(yù)防監(jiān)控措施和應(yīng)急預(yù)案",
        "sub": [(r"(?m)^1、PAGE PAGE 14", ""), (r"\n\n2、(?=件應\(yīng\))", "")],
        "skip": [
            r"^爆破工程施工安全預\(yù\)防監\(jiān\)控措施和應\(yīng\)急預\(yù\)案(_第\d頁)?$",
            r"^已閱讀5頁",
            r"^下載本文檔$",
            r"^版權\(quán\)說明:",
            r"^文檔簡介$",
        ],
        "split": r"(?<=急預\(yù\)案)(?=一、)|(?<=一、適用范圍)|(?=[二三]、)|(?<=依據\(jù\))(?=1、)|"
        r"(?<=評評價)(?=1、)|(?<=。)(?=[2-7]、)|(?<=條例)(?=6、)",
        "headings": [(r"^[一二三]、", 1)],
    },
    "h535-3": {
        "title": "大型脚手架工程安全预案的编制措施",
        "skip": [r"^大型脚手架工程安全预案的编制措施$"],
        "split": r"(?<=安全预案的编制措施) | (?=[一二]、)|(?<=一、组织领导) |(?<=二、危害预见) |(?<=造成原因) | (?=\d\))",
        "headings": [(r"^[一二]、", 1), (r"^\(一\)", 2)],
    },
    "h535-4": {
        "title": "Emergency Response Procedure",
        "english": True,
        "sub": [
            (
                r"(?m)^Name\nRoles Contact Details\nOrganisation\nEmail:\nClient\nTel\. No:\n"
                r"Operations Spencer Nichol (Email: .+)\nManager Goody Demolition Ltd\. Tel\. No:\n"
                r"SHE Carl Bentley (Email: .+)\nManager Goody Demolition Ltd\. Tel\. No:\n"
                r"Email:\nSite Manager\nGoody Demolition Ltd\. Tel\. No:\nEmail:\nTel\. No:$",
                "| Roles | Name | Organisation | Contact Details |\n"
                "| Client |  |  | Email: Tel. No: |\n"
                r"| Operations Manager | Spencer Nichol | Goody Demolition Ltd. | \1 Tel. No: |"
                "\n"
                r"| SHE Manager | Carl Bentley | Goody Demolition Ltd. | \2 Tel. No: |"
                "\n"
                "| Site Manager |  | Goody Demolition Ltd. | Email: Tel. No: |\n"
                "|  |  |  | Email: Tel. No: |",
            )
        ],
        "rejoin": [r"(?<=the organisation)\n(?=considers)"],
        "pipe_table": True,
        "skip": [r"^Emergency Response Procedure$"],
        "headings": [(r"^Distribution List$", 1), (r"^1\. Overview of Procedure$", 1), (r"^1\.1 Purpose$", 2)],
    },
}


LAYOUT536: dict[str, dict] = {
    "h536-1": {
        "title": "水上作业的应急处理",
        "skip": [
            r"^水上作业的应急处理\.doc",
            r"^上传人:",
            r"^返回 下载 相关 举报$",
            r"^第\d页 / 共2页$",
            r"^亲,该文档",
            r"^资源描述$",
            r"^水上作业的应急处理$",
        ],
        # the site ran the document into one paragraph: split after its title and around the numbered sections
        "split": r"(?<=^水上作业的应急处理)(?=1处理原则)|(?=2\.船舶进水)|(?<=船舶进水的应急处理)(?=船长)|(?=3船舶碰撞)|"
        r"(?<=船舶碰撞的应急处理)(?=施工船舶)|(?=4人员落水)|(?<=人员落水的应急处理)(?=凡工程船舶)",
        "headings": [(r"^(2\.船舶进水|3船舶碰撞|4人员落水)的应急处理$", 1)],
    },
    "h536-2": {
        "title": "海上作业安全应急预案",
        # the copy's spaces inside the numbering ("2 .1", "(1 )"), which the Word file does not have
        "strip": [r"(?<=\d) (?=[.)])"],
        # the lists after "自救措施:", "报告:" (items ending in ";"), one item a line
        "sub": [(r": (?!\()", ":\n• "), (r"; (?!\()", ";\n• ")],
        "skip": [r"^海 ?上作业安全应急预案$"],
        "split": r" (?=[1-4]\. )| (?=[24]\.[12] )| (?=\(\d\) )| (?=施工项目组 业主代表)| (?=因为海上施工)",
        "headings": [(r"^[1-4]\. \S+$", 1), (r"^[24]\.[12] \S+$", 2)],
    },
    "h536-3": {
        "title": "Responding to complaints",
        "english": True,
        "skip": [r"^Aggregate Industries logo$", r"^Responding to complaints$"],
        "headings": [(r"^Working to get it right$", 1), (r"^(Bardon Hill Quarry – dust|Glensanda Quarry – noise)$", 2)],
    },
}


LAYOUT537: dict[str, dict] = {
    "h537-1": {
        "title": "医院后勤物业管理方案",
        "skip": [r"^医院后勤物业管理方案$", r"^腾讯文库医院后勤物业管理方案$"],
        "sub": [
            # the sharing site's document summary (文档简介, cut at “2.天台”) before the text itself
            (r"\A医院后勤物业管理方案\n\n医院后勤物业管理方案 对影响[^\n]*?2\.天台\n\n", ""),
            # the copy's page-width line breaks inside words, shown as spaces
            (r"(?<=始终如一) (?=的)|(?<=协调工) (?=作)|(?<=来临) (?=前)|(?<=淋) (?=湿)|(?<=疏导转) (?=移)", ""),
        ],
        "split": r"(?<=^医院后勤物业管理方案) | (?=\([一二三四]\))| (?=\d\.)",
        "headings": [(r"^\([一二三四]\)", 1)],
    },
    "h537-2": {
        "title": "保洁应急预案",
        "skip": [r"^保洁应急预案$", r"^- [123]、"],
        "headings": [(r"^[一二三四五]、", 1)],
    },
    "h537-3": {
        "title": "保潔應急管理機制簡(jiǎn)述",
        "skip": [
            r"^格瑞戴西Greendash$",
            r"^24小時\(shí\)手機咨詢",
            r"^上海保潔公司電話",
            r"^保潔應急管理機制簡\(jiǎn\)述$",
            r"^發\(fā\)布時\(shí\)間:",
            r"^作者:格瑞戴西$",
            r"^掃一掃在手機上閱讀本文章$",
            r"^女女百合av",
        ],
        "headings": [
            (
                r"^(什么叫保潔應急管理機制|保潔應急機制主要涵蓋哪些方面|應急機制的制定應遵循哪些原則|"
                r"應急機制在執行中應當注意什么)\?$",
                1,
            )
        ],
    },
    "h537-4": {
        "title": "Complaints Handling Procedure",
        "english": True,
        "skip": [r"^Policy Title: Complaints Handling Procedure$"],
        "sub": [
            (
                r"(?m)^StepActionTimeframe1(Acknowledge receipt of complaint)(Within 1 working day)"
                r"2(Investigate the issue \(speak to staff, review reports\))(Within 3 working days)"
                r"3(Provide a response to the client)(Within 5 working days)"
                r"4(Implement corrective action if required)(Immediately or as agreed)"
                r"5(Follow up to confirm resolution)(Within 7 days of resolution)$",
                "| Step | Action | Timeframe |\n| 1 | \\1 | \\2 |\n| 2 | \\3 | \\4 |\n| 3 | \\5 | \\6 |\n"
                "| 4 | \\7 | \\8 |\n| 5 | \\9 | \\10 |",
            ),
        ],
        "pipe_table": True,
        "headings": [
            (
                r"^[1-8]\. (Purpose|Scope|Our Commitment|How to Make a Complaint|Complaint Handling Steps|Escalation|"
                r"Recording and Review|Confidentiality)$",
                1,
            )
        ],
    },
}


LAYOUT538: dict[str, dict] = {
    "h538-1": {
        "title": "供水工程冬季的應急預案1",
        "skip": [
            r"^供水工程冬季的應急預案范文\(精選6篇\)$",
            r"^在學\(xué\)校抑或是社會\(huì \)中",
            r"^供水工程冬季的應急預案1$",
        ],
        "headings": [
            (r"^。(ㄒ唬┠康|ǘ┕ぷ髟瓌t|ㄈ┘皶r\(shí\)報修)$", 1),
            (r"^[123]\.(高度重視|科學\(xué\)預防|制定措施)", 2),
        ],
    },
    "h538-2": {
        "title": "突發(fā)水污染事件的應急預案 1",
        "skip": [
            r"^欧美日韩不卡一区二区三区",
            r"^突發\(fā\)水污染事件的應急預案$",
            r"^時間:2023-05-12 08:59:32",
            r"^突發\(fā\)水污染事件的應急預案\(通用18篇\)$",
            r"^在學習、工作、生活中,有時會出現\(xiàn\)",
            r"^突發\(fā\)水污染事件的應急預案 1$",
        ],
        "headings": [(r"^一、應急預案總綱$", 1), (r"^[1-4]、(制訂目的|工作原則|預案制訂依據\(jù\)|適用范圍)$", 2)],
    },
    "h538-3": {
        "title": None,
        "sub": [(r"(?m)^([1-7]、[^。]{2,6}。)", "\\1\n")],
        "headings": [(r"^[1-7]、[^。]{2,6}。$", 1)],
    },
    "h538-4": {
        "title": "泗水县泉源自来水有限公司供水服务指南",
        "skip": [r"^泗水县泉源自来水有限公司供水服务指南$"],
        "sub": [
            (r"(?m)^(.*\|.*)\|$", r"| \1 |"),  # each row ends with its own "|": the cells are what the bars part
            (r"(?m)^(服务标准 \| .+)$", r"| \1 | | | |"),  # the cut-off last row: two cells of five
        ],
        "pipe_table": True,
        "headings": [],
    },
    "h538-5": {
        "title": "Terms & Conditions",
        "english": True,
        "skip": [r"^Terms & Conditions$"],
        "headings": [(r"^The Small Print$", 1), (r"^(We|You) will:$", 2)],
    },
}


LAYOUT539: dict[str, dict] = {
    "h539-1": {
        "title": "物流/快递有限公司应急预案",
        "skip": [
            r"^1 / 8$",
            r"^文档名称:$",
            r"^快递公司突发事件应急预案\.docx$",
            r"^格式:docx",
            r"^下载后只包含",
            r"^如果您已付费下载过本站文档",
            r"^分享$",
            r"^预览$",
            r"^上传人:",
            r"^下载得到文件列表$",
            r"^文档介绍$",
            r"^物流/快递有限公司应急预案$",
        ],
        # the sharing site's "文档介绍:" before the plan's text, which the copy runs into one paragraph
        "strip": [r"(?m)^文档介绍:(?=物流/快递有限公司应急预案)"],
        "split": r"(?<=物流/快递有限公司应急预案)(?=二〇一五年)|(?=[一二三四]、)|(?<=一、目的:)|(?<=二、适用范围:)|"
        r"(?<=三、应急预案等级:)|(?<=四、应急处置报告程序:)|(?=[1-4]、)",
        "headings": [(r"^[一二三四]、(目的|适用范围|应急预案等级|应急处置报告程序):$", 1)],
    },
    "h539-2": {
        "title": "Queries and Complaints Policy",
        "english": True,
        "skip": [r"^Queries and Complaints Policy$"],
        "headings": [(r"^(InPost's Customer Promise|Why you might want to contact us|When to contact us):$", 1)],
    },
    "h539-3": {
        # the stored text has no title of its own (the page's name is only in its address); none is made up
        "title": None,
        "english": True,
        "headings": [(r"^[12]\. (Labelling|Claims)$", 1)],
    },
}


LAYOUT540: dict[str, dict] = {
    "h540-1": {
        "title": "售后流程",
        "skip": [r"^售后流程$"],
        "headings": [(r"^(售后申请|客服审核|商品寄回|售后处理|完成售后)$", 1)],
    },
    "h540-2": {
        "title": "退换货原则",
        "skip": [r"^退换货原则$"],
        "headings": [(r"^(退换货政策|适用范围|退换货流程|注意事项)$", 1)],
    },
    "h540-3": {
        "title": "退换货制度",
        # the website's promotional lead-in before the rules is not part of the document
        "skip": [r"^合适的办公用品供应商具有独立的仓储服务", r"^退换货制度$"],
        "headings": [(r"^[1-4]、(申请退换货办理流程|退款时间|退换货注意事项|个人消费者退换货特别提示):$", 1)],
    },
    "h540-4": {
        # the stored copy keeps only the first character of the page's title
        "title": "退",
        "skip": [
            r"^服務時間:周一到周五",
            r"^我的購物車$",
            r"^購物車還沒有商品",
            r"^退$",
        ],
        "headings": [
            (r"^[一二三]、(服務時間|聯系電話|商品的退換貨處理)$", 1),
            (r"^(辦公耗材類|整機類\(如傳真機、打印機、電腦等\)):$", 2),
        ],
    },
    "h540-5": {
        "title": "Complaints escalation procedure",
        "english": True,
        "skip": [r"^Complaints escalation procedure$"],
        "headings": [(r"^(Introduction|Registering a complaint)$", 1)],
    },
}


# The five-hundred-and-forty-first held-out set (plans/heldout541/): funeral homes, crematoria and cemeteries, where the
# store held no organisation's own Chinese text of the sector that an earlier set had not taken, so the nearest kind: the
# civil-affairs offices and governments that run the sector's 清明/冬至/重阳 peaks at funeral homes and cemeteries (兰州市民政局's
# plan as the city's 办公厅 forwarded it, 嘉定区's plan for its cemeteries and funeral home, 龙岗区's plan for grave-sweeping
# sites, 宜昌市's funeral-sector plan), and Lambeth Council's bereavement-services standards. The notice's title is the Title
# where the copy has it and the plan's own name a first-level heading under it; the reposting site's "| 法规" and its
# 发文单位/发布日期/执行日期/生效日期 lines (h541-1; its 文号 line stays), the government site's "当前位置" line (h541-3) and the law
# database's path line, 法宝引证码 line and repeated notice title (h541-4) are left out. h541-2's page starts in the work
# plan's "六、工作要求" before 附件2, which stays as it is (the notice's own title is not on the page, and none is made up);
# h541-4's contents lines, and its "1.1编制目的" (the same words as the contents line before it), stay ordinary paragraphs.
LAYOUT541: dict[str, dict] = {
    "h541-1": {
        "title": "兰州市人民政府办公厅关于批转市民政局关于兰州市清明节期间突发事件应急预案的通知",
        "skip": [
            r"^兰州市人民政府办公厅关于批转市民政局关于兰州市清明节期间突发事件应急预案的通知$",
            r"^\| 法规$",
            r"^(发文单位|发布日期|执行日期|生效日期):",
        ],
        "headings": [
            (r"^兰州市清明节期间突发事件的应急预案$", 1),
            (r"^一、应急指挥体系及职责$", 2),
            (r"^\([一二]\)(健全应急指挥体系|成立市应急指挥部)$", 3),
        ],
    },
    "h541-2": {
        "title": None,
        "headings": [
            (r"^六、工作要求$", 1),
            (r"^上海市嘉定区2012年清明和冬至祭扫期间突发事件处置预案$", 1),
            (r"^[一二]、(处置工作范围|处置工作总原则)$", 2),
        ],
    },
    "h541-3": {
        "title": "深龙府办〔2009〕14号关于印发龙岗区清明重阳节期间群众祭祀活动应急预案的通知",
        "skip": [
            r"^当前位置: 首页 > 信息公开 > 政府公报",
            r"^深龙府办〔2009〕14号关于印发龙岗区清明重阳节期间群众祭祀活动应急预案的通知$",
        ],
        "headings": [
            (r"^龙岗区清明节重阳节期间群众祭祀活动应急预案$", 1),
            (r"^一、指导思想和工作原则$", 2),
            (r"^\([一二三]\)(指导思想|工作原则|适用范围)$", 3),
        ],
    },
    "h541-4": {
        "title": "宜昌市人民政府办公室关于印发《宜昌市殡葬管理、祭祀活动突发公共事件应急预案》的通知",
        "skip": [
            r"^首页 > 法律法规 > 地方法规 > 正文阅览$",
            r"^【法宝引证码】",
            r"^宜昌市人民政府办公室关于印发《宜昌市殡葬管理、祭祀活动突发公共事件应急预案》的通知$",
        ],
        "headings": [(r"^宜昌市殡葬管理、祭祀活动突发公共事件应急预案$", 1), (r"^目录$", 2)],
    },
    "h541-5": {
        "title": "Our Service Standards",
        "english": True,
        "skip": [r"^Our Service Standards$"],
        "headings": [(r"^(General|Cremation|Burial|Admin) standards$", 1)],
    },
}


LAYOUT542: dict[str, dict] = {
    "h542-1": {
        "title": "游客在缆车内吸烟,景区通报:对涉事游客实施为期7天的入园限制处理",
        "skip": [
            r"^游客在缆车内吸烟,景区通报:对涉事游客实施为期7天的入园限制处理$",
            r"^青格里狼山国际滑雪场 2026-03-20 13:34$",
        ],
        "split": r"(?<=如下处理:)(?=1\.现场)|(?=2\.从严)|(?<=日常管理说明)(?=我司)|(?=[12]\.(?:警示标识|现场管理))|"
        r"(?<=郑重表态)(?=安全是)",
        "headings": [(r"^[一二三]、", 1)],
    },
    "h542-2": {
        "title": None,
        "english": True,
        "skip": [r"^Orange County NC Website$"],
        "sub": [
            (r"(?m)^31 <br /> <br />", ""),
            (r" <br /> <br /> ?", "\n"),
            (r" <br />(?=[ab]\. If the answer)", "\n"),
            (r"(?<=POLICY) <br />", "\n"),
            (r" <br />", " "),
        ],
        "bullet": r"^o ",
        "headings": [(r"^NON-EMERGENCY FIRST AID TREATMENT POLICY$", 1)],
    },
    "h542-3": {
        "title": "Lift Evac Process/Protocol Guide",
        "english": True,
        "skip": [r"^Skip to Content Liberty Ski Patrol SOP Guide Logo$", r"^Lift Evac Process/Protocol Guide$"],
        "sub": [(r"(?m)^# of staff Tower # Chair SP / MS$", "| # of staff | Tower # | Chair | SP / MS |")],
        "pipe_table": True,
        "headings": [(r"^(Assess|Standby|Deploy|Evacuate|Post Evacuation) \(Phase [0-4]\)$", 1)],
    },
}


LAYOUT543: dict[str, dict] = {
    "h543-1": {
        # the page's "第1篇" numbering is the sharing site's, not the document's
        "title": "某某投資股份有限公司突發(fā)事件應(yīng)急預(yù)案管理制度",
        "skip": [r"^第1篇 某某投資股份有限公司"],
        # the original file's running header, which the copy ran into item 3 of (二)
        "strip": [r"(?<=惡化;)安信信托投資股份有限公司"],
        "headings": [(r"^一、適用范圍$", 1), (r"^\([一二三]\)\S+類$", 2)],
    },
    "h543-2": {
        "title": "Complaint Resolution Procedure",
        "english": True,
        "skip": [r"^Complaint Resolution Procedure$", r"^-$"],
        "bullet": r"^- ",
        "headings": [(r"^How to Resolve a Complaint$", 1), (r"^Step [1-3]:$", 2)],
    },
    "h543-3": {
        "title": "Complaint Handling",
        "english": True,
        "skip": [r"^Complaint Handling$"],
        "headings": [
            (r"^(Objective|Background|Responsiblity|Definitions|Procedures)$", 1),
            (r"^Business Unit Responsibilities:$", 2),
        ],
    },
    "h543-4": {
        # the stored text has no heading of its own (the page's name is only in its address); none is made up
        "title": None,
        "english": True,
        # the page's opening paragraph stands twice in the copy (its summary line, then the text): once in the document
        "sub": [(r"\A(.+)\n\1\n", r"\1\n")],
        "headings": [(r"^(COMPLAINTS|PROCEDURE)$", 1)],
    },
}


LAYOUT544: dict[str, dict] = {
    "h544-1": {
        # the stored text has no title line (it begins with the approval note); none is made up
        "title": None,
        "headings": [(r"^[一二]、(适用范围|工作原则、方针)$", 1)],
    },
    "h544-2": {
        # the stored text has no title line; none is made up
        "title": None,
        "headings": [
            (r"^[一二三四]、(编制目的和依据|心理危机干预的目标|心理危机干预的原则|心理危机干预组织机构)$", 1),
            (r"^\(一\)领导机构$", 2),
        ],
    },
    "h544-3": {
        # no title line: none is made up; its articles carry it, as h525-1's
        "title": None,
        "headings": [(r"^第[一二三四五六七八]条", 1)],
    },
    "h544-4": {
        # no title line: none is made up; its articles carry it, as h525-1's
        "title": None,
        "headings": [(r"^第[一二三四五六七八]条 ", 1)],
    },
    "h544-5": {
        "title": "Complaint Procedures",
        "english": True,
        "skip": [r"^Complaint Procedures$"],
        "headings": [(r"^(Steps in the Process|Role of the Graduate Dean)$", 1)],
    },
}


LAYOUT545: dict[str, dict] = {
    "h545-1": {
        "title": "广东海洋大学档案馆突发事件应急预案",
        "skip": [
            r"^您所在的位置: 首页 > 档案法规 > 档案馆规章制度 > 正文",
            r"^广东海洋大学档案馆突发事件应急预案$",
            r"^发布者:档案馆 来源:档案馆",
        ],
        "headings": [(r"^[一二三]、", 1), (r"^\(一\)种类$", 2)],
    },
    "h545-2": {
        "title": "随州职业技术学院档案工作突发事故应急处置预案",
        "skip": [
            r"^设为首页 联系我们 加入收藏$",
            r"^当前位置: 网站首页 档案管理 制度标准 正文$",
            r"^随州职业技术学院档案工作突发事故应急处置预案$",
            r"^作者:时间:2020-07-06点击数:$",
        ],
        "headings": [(r"^[一二三]、", 1), (r"^\(一\)事故应急预案启动条件$", 2)],
    },
    "h545-3": {
        # the stored text has no title of its own; none is made up
        "title": None,
        # the website's review credit under the page, not part of the plan
        "skip": [r"^初审:.+复审:.+终审:"],
        "headings": [(r"^[12]、(突发火灾应急预案|升降电梯遇险应急预案)$", 1)],
    },
    "h545-4": {
        # the stored text begins at 一、總則: no title, and none is made up
        "title": None,
        "headings": [
            (r"^[一二]、(總則|運行機制及處置程序)$", 1),
            (r"^\([一二三四]\) ?(編制目的|編制依據|事件分類分級|工作方針及原則|建立突發事件預警機制|事件處置)$", 2),
            (r"^[12]\.(分類|分級|原則|搶救順序)$", 3),
        ],
    },
    "h545-5": {
        "title": "Library and Learning Services Complaints Procedure",
        "english": True,
        "skip": [r"^Library and Learning Services Complaints Procedure$"],
        "headings": [(r"^(General principles|Informal complaints)$", 1)],
    },
}


LAYOUT546: dict[str, dict] = {
    "h546-1": {
        # the stored copy lost the plan's title and section headings; the three numbered principles keep their names
        "title": None,
        "split": r"(?<=1、第一时间原则。)|(?<=2、全局利益原则。)|(?<=3、口径一致原则。)",
        "headings": [(r"^[123]、(第一时间|全局利益|口径一致)原则。$", 2)],
    },
    "h546-2": {
        "title": "广西壮族自治区红十字会自然灾害应急预案(2011年修订版)",
        "skip": [
            r"^当前位置:首页 > 政策文件$",
            r"^广西壮族自治区红十字会自然灾害$",
            r"^发布时间:2013-11-01 15:50 来源:",
            r"^字体\+ \| 字体- 分享:$",
            r"^应急预案\(2011年修订版\)$",
        ],
        "headings": [],
    },
    "h546-3": {
        "title": "壹基金雅安地震救援行动 捐赠人服务指南",
        "skip": [r"^壹基金雅安地震救援行动 捐赠人服务指南$", r"^壹基金雅安地震救援行动$", r"^捐赠人服务指南$"],
        "headings": [(r"^问:", 1)],
    },
    "h546-4": {
        "title": "Complaints policy",
        "english": True,
        "bullet": r"^- ",
        "headings": [],
    },
}


LAYOUT547: dict[str, dict] = {
    "h547-1": {
        "title": "退换货政策",
        # the pet pharmacy's site name, its menu and its logo text are the website's, not the policy's
        "skip": [
            r"^药乐乐宠物大药房$",
            r"^• (首页|商品分类|门店服务|兽医在线|关于我们)$",
            r"^药乐乐$",
            r"^退换货政策$",
        ],
        "headings": [
            (
                r"^[1-8]\. (退换货基本原则|可退换货商品范围|不可退换货商品范围|退换货条件|退换货流程|退款方式|退换货费用|联系方式)$",
                1,
            )
        ],
    },
    "h547-2": {
        # the stored text has no title line; none is made up
        "title": None,
        "bullet": r"^[-*] ",
        # each item's heading runs into its first sentence in the copy: split after the heading
        "split": r"(?<=^1\. 質量問題處理)|(?<=^2\. 無法退換的情況)|(?<=^3\. 退換貨條件)",
        "headings": [(r"^[1-4]\. (質量問題處理|無法退換的情況|退換貨條件|重要提醒)$", 1)],
    },
    "h547-3": {
        "title": "聖保羅動物醫院 顧客服務手冊",
        # the blog's header, the post's time and its counters are the blog's, not the hospital's
        "skip": [
            r"^Contents \.\.\.$",
            r"^udn網路城邦$",
            r"^聖保羅動物醫院 顧客服務手冊$",
            r"^2025/11/30 22:43$",
            r"^(瀏覽|迴響|推薦|引用)\d+$",
        ],
        "headings": [
            (r"^[一二三]、", 1),
            (r"^[1-4]\. \S{2,8}$", 2),
            (r"^\([1-3]\)\S{2,8}$", 3),
        ],
    },
    "h547-4": {
        # the stored text begins at its first heading; the page's own title is not in it
        "title": None,
        "english": True,
        "headings": [(r"^(Informal Feedback|Formal Complaints)$", 1)],
    },
}


LAYOUT548: dict[str, dict] = {
    "h548-1": {
        "title": "电梯安装维修作业突发事件应急预案",
        "sub": [
            (r"\A1电梯安装维修作业突发事件应急预案", ""),
            (r"编制2011年9月2目录", "编制\n2011年9月\n目录\n"),
            (r"9\.3相关机构和人员通讯录3前言", "9.3相关机构和人员通讯录\n前言\n"),
        ],
        "split": r"(?<=[^\d.])(?=[1-9]\.)",
        "headings": [(r"^目录$", 1)],
    },
    "h548-2": {
        "title": "杂物电梯应急救援预案",
        "sub": [(r"\A河北博菱电梯有限公司:杂物电梯应急救援预案", "")],
        "split": r"(?=本预案适用于)|(?=(?:重大|较大|一般)事故是指)|(?=重伤指)",
        "headings": [],
    },
    "h548-3": {
        "title": None,
        "sub": [(r"\A\.", "")],
        "split": r"(?<=一、电梯困人应急预案)(?=1\. )|(?=[2-5]\. )",
        "headings": [(r"^一、电梯困人应急预案$", 1)],
    },
    "h548-4": {
        "title": "电梯抢险预案",
        "skip": [r"^电梯抢险预案$"],
        "sub": [(r"(?m)^电梯 \.\.\.$", "电梯")],
        "stop": r"^雷达卡$",
        "split": r"(?=[二三]、)|(?=[23]、)",
        "join": r"^(\d、|[一二三]、|附:)",
        "headings": [(r"^[一二三]、", 1), (r"^附:《电梯内被困乘客救援规则和步骤》$", 1)],
    },
    "h548-5": {
        "title": "Elevator Emergency",
        "english": True,
        "bullet": r"^- ",
        "headings": [],
    },
}


LAYOUT549: dict[str, dict] = {
    "h549-1": {
        "title": "输血反应的应急预案与处理流程",
        "sub": [(r"\A输血反应的应急预案与处理流程", "")],
        "split": r"(?<=1、应急预案)(?=1\.)|(?<=。)(?=[2-7]\.)|(?<=。)(?=2、程序)|(?<=2、程序)",
        "headings": [(r"^[12]、(应急预案|程序)$", 1)],
    },
    "h549-2": {
        "title": "患者发生输血反应的应急预案及流程",
        "skip": [
            r"^患者发生输血反应的应急预案及流程$",
            r"^合集下载$",
            r"^相关主题$",
            r"^- [123]、",
        ],
        "headings": [(r"^输血不良反应的应急处理$", 1)],
    },
    "h549-3": {
        "title": "Complaints",
        "english": True,
        "skip": [r"^Complaints$"],
        "headings": [
            (
                r"^(What do we mean by a complaint\?|How to contact us to make a complaint|What response can you expect\?|"
                r"What are the complaints management regulations for health services\?)$",
                1,
            )
        ],
    },
    "h549-4": {
        "title": "Management of Customer Contacts within the Customer Service Function",
        "english": True,
        "skip": [
            r"^NHSBT Full Complaints Procedure$",
            r"^Management of Customer Contacts within the Customer Serv?i?c?e?( Function)?$",
            r"^This copy is uncontrolled unless printed on",
            r"^Author\(s\): Craig Wilkes$",
            r"^Page 1 of 6$",
        ],
        "sub": [
            (
                r"(?m)^This Management Process Description replaces\nCopy Number\nSummary of Significant Changes\nNew Document$",
                "| This Management Process Description replaces |  |\n| Copy Number |  |\n"
                "| Summary of Significant Changes | New Document |",
            ),
            (r"(?m)^(?=(?:Identifying|Taking|Reviewing|Assessing) )", "• "),
        ],
        "rejoin": [r"\n(?=[a-z(])", r"(?<=NHSLA Risk)\n"],
        "pipe_table": True,
        "headings": [],
    },
    "h549-5": {
        # the stored text has no heading of its own; the title is the page's, from its address
        "title": "FAQs",
        "english": True,
        "headings": [],
    },
}


LAYOUT550: dict[str, dict] = {
    "h550-1": {
        # the plan's own name stands at the head of its first sentence ("酒店安全生產應急預案三食物中毒多因……"); the page's
        # title and the site's "篇1" are the website's
        "title": "酒店安全生產應急預案三",
        "skip": [r"^酒店安全應急預案$", r"^酒店安全應急預案 篇1$", r"^酒店安全生產應急預案三$"],
        "split": r"(?<=^酒店安全生產應急預案三)",
        "headings": [
            (r"^[一二]、(防範|應急措施)$", 1),
            (r"^(發現人的職責|總機值班員職責|安保部職責|總經理或副總經理、總經理助理職責)$", 2),
        ],
    },
    "h550-2": {
        # the site labels the plan "范文"; the related-articles list after it is the website's
        "title": "酒店意外停電處理應急預案",
        "skip": [r"^酒店意外停電處理應急預案范文$"],
        "stop": r"^【酒店意外停電處理應急預案】相關文章:$",
        "headings": [(r"^[一二三四五]、", 1)],
    },
    "h550-3": {
        # the page's title, the site's navigation and its editor line are the website's
        "title": "酒店餐饮部处理客人投诉预案(2)",
        "skip": [
            r"^餐饮部处理客人投诉预案\(2\) - 制度大全$",
            r"^职责大全 导航$",
            r"^餐饮部处理客人投诉预案\(2\)$",
            r"^编辑:制度大全2019-04-16$",
            r"^酒店餐饮部处理客人投诉预案\(2\)$",
        ],
        # item 36 runs on after item 35's last line in the copy
        "split": r"(?=36、因疏忽)",
        "headings": [(r"^3[1-7]、", 1)],
    },
    "h550-4": {
        "title": "Weetwood Hall Estate Complaints Policy",
        "english": True,
        # "Complaints Policy" is the website's page heading above the policy's own
        "skip": [r"^Complaints Policy$", r"^Weetwood Hall Estate Complaints Policy$"],
        "headings": [(r"^Procedures for Dealing with Complaints$", 1)],
    },
}


LAYOUT551: dict[str, dict] = {
    "h551-1": {
        # the stored text has no title line (it begins at "1 目的Purpose"); none is made up
        "title": None,
        "headings": [(r"^[12] (目的Purpose|范围Scope)$", 1)],
    },
    "h551-2": {
        # page 2 of the article: no title line, none is made up; the booking site's telephone line is the site's
        "title": None,
        "skip": [r"^预订电话:400-626-5280更多联系方式 \|$"],
        # the copy runs the Chinese items 1 and 2 of 遵守公共秩序 into one line: split before item 2
        "split": r" (?=2\. 随身携带行李中)",
        "headings": [(r"^(遵守公共秩序 Observing Public Orders|登船 Embarking)$", 1)],
    },
    "h551-3": {
        # no title line (the stored text begins at the contents); none is made up
        "title": None,
        # "1、" "2、" "3、" are the sharing site's preview chunks, not the document's: the text runs on across them
        "sub": [(r"\A1、", ""), (r"\n[23]、", "")],
        # contents and text run together in the copy: split after 目 录, before each contents entry and before each
        # item of 靠码头的操作 (their numbers are lost, only "、" is left)
        "split": r"(?<=^目 录)|(?=一、现场作业管理及制度)|(?=\([一二三四五六七八九十]+\))|(?=二、警示标志)|"
        r"(?=[12]、[靠离]码头的操作)|(?=、(?:在靠码头前|靠码头时|在航道条件许可时|遇有吹拢风|靠浅险码头))",
        "headings": [
            (r"^目 录$", 1),
            (r"^一、现场作业管理及制度$", 1),
            (r"^\(一\)船舶操作规程:$", 2),
            (r"^[12]、[靠离]码头的操作", 3),
        ],
    },
    "h551-4": {
        # the stored text has no title of its own (the page's name is only in its address); none is made up
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [(r"^[12]\. (Stay Up To Date|Our Teams Will Advise On Options)$", 1)],
    },
    "h551-5": {
        # the stored text begins with the page's first paragraph; no title is made up
        "title": None,
        "english": True,
        "headings": [(r"^Passenger Rights under EU Regulation 1177/2010 when travelling by sea and inland waterway$", 1)],
    },
}


LAYOUT552: dict[str, dict] = {
    "h552-1": {
        # the cover letter (文号, 抬头, 上报 sentence, date) stays as the paragraphs it is; the plan's own title, which the
        # copy breaks over two lines, is one heading above its sections
        "title": None,
        "sub": [
            (
                r"(?m)^2012兰州国际马拉松赛暨全国马拉松\n积分赛医疗卫生保障工作方案$",
                "2012兰州国际马拉松赛暨全国马拉松积分赛医疗卫生保障工作方案",
            )
        ],
        "headings": [
            (r"^2012兰州国际马拉松赛暨全国马拉松积分赛医疗卫生保障工作方案$", 1),
            (r"^[一二三]、(指导思想|工作目标|组织机构及职责)$", 2),
        ],
    },
    "h552-2": {
        "title": "2025岳陽馬拉松成績公示與申訴",
        "skip": [r"^2025岳陽馬拉松成績公示與申訴$"],
        # the copy runs the four rules of the 申訴 part into one paragraph: each rule is a paragraph of its own
        "split": r"(?<=。)(?=公示期|凡被)",
        "headings": [(r"^賽事熔斷機\(jī\)制:$", 1)],
    },
    "h552-3": {
        "title": "1066vip威尼斯官网2025年迎新春晚会安全及疏散预案",
        # the page's heading and its date line are the website's; the plan's own title, on two lines, is the title
        "skip": [
            r"^1066vip威尼斯官网2025年迎新春晚会安全及疏散预案$",
            r"^发布时间:2025-01-02浏览次数:$",
            r"^1066vip威尼斯官网2025年迎新春晚会$",
            r"^安全及疏散预案$",
        ],
        "headings": [(r"^[一二]、(安全秩序管理|应急疏散管理)$", 1)],
    },
    "h552-4": {
        # the stored text has no title line; the plan's name stands only in its opening sentence, and none is made up
        "title": None,
        "headings": [(r"^(成立安全工作領\(lǐng\)導小組|二、安全工作的基本要求)$", 1)],
    },
    "h552-5": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "rejoin": [r"(?<=understand the)\n(?=issues\.)"],
        "headings": [(r"^Step [123]: ", 1)],
    },
}


LAYOUT553: dict[str, dict] = {
    "h553-1": {
        "title": "美容美发疫情防控应急预案",
        # the compilation site's heading and introduction, and its "篇1" heading, are the site's, not the association's
        "skip": [
            r"^美容美发疫情防控应急预案\(精选6篇\)$",
            r"^在平凡的学习、工作 、生活中",
            r"^美容美发疫情防控应急预案 篇1$",
        ],
        "headings": [],
    },
    "h553-2": {
        "title": "退款政策",
        "skip": [r"^退款政策$"],
        "headings": [
            (r"^[一二三四]、 ", 1),
            (r"^[1-3]\. (基本服務項目|儲值金方案優惠|給付方式|告知義務|異常狀況處理):$", 2),
        ],
    },
    "h553-3": {
        # the stored text begins at its first heading; the page's own title is not in it
        "title": None,
        "bullet": r"^[‧•] ?",
        # the copy runs the list items into their paragraphs: split where the page's own 1)–4) and ‧ / • marks start an item
        "split": r"(?=[1-3]\)產品)|(?=4\)未能)| ?(?=退換前,)|(?<=全額退回。)(?=條款及細則)| (?=‧\S)|(?<=。)(?=‧)| (?=•\S)",
        "headings": [(r"^有關:(產品|留位費|染髮)", 1)],
    },
    "h553-4": {
        "title": "SOP美容店务营运服务",
        "skip": [
            r"^SOP美容店务营运服务\.docx$",
            r"^《SOP美容店务营运服务\.docx》由会员分享",
            r"^SOP美容店务营运服务$",
        ],
        "sub": [
            (r"(?m)^标\n准\n作\n业\n流\n程\n手\n册$", "标准作业流程手册"),
            (r"(?m)^(第[一二三四五六七八九十]+章\S+)\n(?=第[二三四五六七八九]章|第十章|第十一章)", r"\1 "),
            (r"(?<=12:)\n(?=00前)|(?<=8:)\n(?=30\n)", ""),
            (r"(?m)^(会议名称:|会议日期:|召集人:|列席指导:|与会人员:|会议记录:)\n(.+)$", r"| \1 | \2 |"),
        ],
        "pipe_table": True,
        "headings": [
            (r"^营业服务作业流程准则$", 1),
            (r"^第[一二]章(开店流程|会议流程规范说明书)$", 1),
            (r"^店营业日会$", 2),
        ],
    },
    "h553-5": {
        "title": "Unhappy Client/Hair Service Policy.",
        "english": True,
        "skip": [r"^Unhappy Client/Hair Service Policy\.$"],
        "headings": [
            (r"^[1-7]\. ?(Notification Period\.|Untouched Hair\.|Assessment|Refunds & Rectifications|Time Limits|Exclusions)$", 1)
        ],
    },
}


LAYOUT554: dict[str, dict] = {
    "h554-1": {
        "title": "中央儲備糧大慶直屬庫防汛專項應急預案",
        "skip": [
            r"^中央儲備糧大慶直屬庫防汛應急預案\(18頁\)\.docx$",
            r"^下載文檔$",
            r"^上傳人:",
            r"^編號:566612$",
            r"^2022-08-31$",
            r"^18頁$",
            r"^32\.13KB$",
        ],
        "sub": [
            (r"(?m)^1、中央儲備糧大慶直屬庫防汛專項應急預案", ""),
            (r"根據2、", "根據"),
            (r"國家3、", "國家"),
            (
                r"組織開展防汛工作(直屬庫應急指揮部應急救援專家組部應急管理辦公室承儲企業應急領導小組當地政府和有關部門"
                r"事故現場應急指揮部圖1)檢查。",
                r"組織開展防汛工作檢查。\n\1\n",
            ),
        ],
        "split": r"(?<=1\.事故風險分析)|(?=2 應急指揮機構及職責)|(?<=2 應急指揮機構及職責)|(?=2\.1組織機構)|"
        r"(?<=2\.1組織機構)|(?=2\.2各級組織指揮體系職責)|(?<=2\.2各級組織指揮體系職責)|(?<=直屬庫應急指揮部的主要職責)|"
        r"(?=\([1-5]\))|(?=2\.2\.2承儲企業)|(?<=2\.2\.2承儲企業應急領導小組的主要職責)",
        "headings": [
            (r"^(1\.事故風險分析|2 應急指揮機構及職責)$", 1),
            (r"^(2\.1組織機構|2\.2各級組織指揮體系職責)$", 2),
            (r"^(直屬庫應急指揮部的主要職責|2\.2\.2承儲企業應急領導小組的主要職責)$", 3),
        ],
    },
    "h554-2": {
        "title": "搬家訂單合約與付款常見問題",
        "skip": [r"^常見問題知識$", r"^搬家訂單合約與付款常見問題$", r"^發布時間:2023-06-29 最後更新時間:2023-12-14$"],
        "headings": [(r"^[1-6]\.\S", 1)],
    },
    "h554-3": {
        "title": "Kingston Movers Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$", r"^Kingston Movers Complaints Procedure$"],
        "sub": [
            (
                r"(?m)^(Service issues, .+?\.) (Conduct issues, .+?\.) (Concerns about .+?\.) (Disputes about .+)$",
                "• \\1\n• \\2\n• \\3\n• \\4",
            ),
        ],
        "headings": [
            (r"^(Purpose of this Complaints Procedure|What We Class as a Complaint|Raising a Complaint Informally)$", 1),
        ],
    },
}


LAYOUT555: dict[str, dict] = {
    "h555-1": {
        "title": "退、换货政策",
        # the site's logo text, its help-centre label and the footer links are the website's, not the policy's
        "skip": [
            r"^logo$",
            r"^帮助中心$",
            r"^退、换货政策$",
            r"^(购物指南|配送方式|支付方式|特色服务)$",
        ],
        "headings": [(r"^[123]、(助听器|配件辅具|公益商城):$", 1)],
    },
    "h555-2": {
        "title": "常见问题",
        # the page's banner: its heading and the English words under it
        "skip": [r"^常见问题$", r"^Common Problems$"],
        # each question of the page is a heading of its own; the copy sets "- " before it
        "sub": [(r"(?m)^- ", "")],
        "headings": [
            (r"^(保修期限一般有多长|如何做日常的清洁保养|如何佩戴助听器|如何判断常见的助听器故障)\?$", 1),
            (r"^产品退货退款服务$", 1),
            (r"^(耳背式助听器|耳内式助听器|盒式助听器|经销商服务)$", 2),
            (r"^[一二]、(耳背机、盒式机退换货|定制机退换货)$", 3),
        ],
    },
    "h555-3": {
        # the stored text has no title line; none is made up
        "title": None,
        # the copy breaks one sentence after "請立"; the shop's own file has it as one paragraph
        "sub": [(r"請立\n即沖洗", "請立即沖洗")],
        "headings": [
            (r"^(保養方式|保固條款):$", 1),
            (r"^(保固內容與範圍|保固除外條件):$", 2),
            (r"^[一二三]、(鏡框服務|鏡框更換|鏡片服務) :$", 3),
        ],
    },
    "h555-4": {
        "title": "保養詳情",
        "skip": [r"^保養詳情$"],
        # the heading 注意事項 runs into its first sentence in the copy: split after the heading
        "split": r"(?<=^注意事項) ",
        "headings": [(r"^注意事項$", 1)],
    },
    "h555-5": {
        "title": "How Hearing Australia will help if you have a complaint",
        "english": True,
        "skip": [r"^How Hearing Australia will help if you have a complaint$"],
        "headings": [(r"^(Our commitment to you|Complaints Handling System - how to make a complaint)$", 1)],
    },
}


LAYOUT556: dict[str, dict] = {
    "h556-1": {
        # the stored text gives the plan's name on two lines; the forum's "雷达卡" and its licence line end the page
        "title": "防突发状况专项应急预案",
        "skip": [r"^防突发状况$", r"^专项应急预案$"],
        "stop": r"^雷达卡$",
        # the copy breaks lines inside sentences and runs item 3 into the last line of item 2
        "sub": [
            (r"(?m)^(2、突发状况)\n(管理组接警组织程序)$", r"\1\2"),
            (r"报警。3、突发状况\n控制组职能", "报警。\n3、突发状况控制组职能"),
        ],
        "join": r"^(\(\d\)|\d、)",
        "headings": [(r"^[1-4]、", 1)],
    },
    "h556-2": {
        # the compilation site's "第一篇:" line is the site's, not the market's
        "title": "****市場食品安全應急管理制度",
        "skip": [r"^第一篇:市場食品安全應急管理制度$", r"^\*\*\*\*市場食品安全應急管理制度$"],
        "sub": [(r"(?m)^(第[四九]條)\n", r"\1 "), (r"防止\n事態", "防止事態")],
        "headings": [],
    },
    "h556-3": {
        # the stored text has no title line; none is made up
        "title": None,
        "headings": [(r"^[一二三四五]、", 1)],
    },
    "h556-4": {
        "title": "Market Grievance Procedure and Inspection Policy",
        "english": True,
        "skip": [r"^Market Grievance Procedure and Inspection Policy$"],
        "headings": [(r"^Grievance Procedure$", 1)],
    },
    "h556-5": {
        "title": "Signal Mountain Farmers Market Vendor Complaint Policy and Forms",
        "english": True,
        "skip": [r"^Signal Mountain Farmers Market Vendor Complaint Policy and Forms$"],
        "headings": [
            (r"^Complaint Policy:$", 1),
            (r"^Signal Mt\. Farmers’ Market Complaint Form$", 1),
            (r"^(Complainant Information|Complaint Information):$", 2),
        ],
    },
}


LAYOUT557: dict[str, dict] = {
    "h557-1": {
        "title": "内外部投诉和申诉控制程序",
        "skip": [r"^内外部投诉和申诉控制程序$"],
        "headings": [
            (r"^[1-4] (目的|范围|职责与权限|管理控制程序)$", 1),
            (r"^申诉和投诉的(接收|登记与分类|转交与调查|处理与反馈|跟踪与改进)$", 2),
        ],
    },
    "h557-2": {
        # the lone "." and the website's article heading are the page's, not the company's
        "title": "深圳保安公司简化版应急预案--常见突发事件处理办法",
        "skip": [r"^\.$", r"^保安执勤常见突发事件的处理方法$", r"^深圳保安公司简化版应急预案--常见突发事件处理办法$"],
        # item 3 gives its measure on the heading's line: the heading ends at the colon, as items 4-7 have it
        "split": r"(?<=^3\. 水灾:)",
        "headings": [(r"^[1-7]\. ", 1)],
    },
    "h557-3": {
        "title": "襄陽獵鷹保安部突發事件處理規定",
        "skip": [r"^襄陽獵鷹保安部突發事件處理規定$"],
        "headings": [(r"^[一二]、 ", 1)],
    },
    "h557-4": {
        # the website's introduction stays a paragraph: it is the page's words before the company's four points
        "title": "保安公司关于突发事件处理注意事项及原则",
        "skip": [r"^保安公司关于突发事件处理注意事项及原则$"],
        "headings": [(r"^(第[一二三]|四)、", 1)],
    },
    "h557-5": {
        # the stored text has no title line; none is made up
        "title": None,
        "english": True,
        "headings": [
            (
                r"^(How can I make a complaint|What should I say|What happens then|Who will deal with my complaint"
                r"|How will my complaint be dealt with)\?$",
                1,
            ),
        ],
    },
}


LAYOUT558: dict[str, dict] = {
    "h558-1": {
        # the sharing site's page title and a short duplicate of the name open the stored text
        "title": "浙江省交通投资集团实业发展有限公司服务区服务质量投诉管理办法",
        "skip": [
            r"^高速公路服务区服务质量投诉管理办法Word 文档$",
            r"^服务区服务质量投诉管理办法$",
            r"^浙江省交通投资集团实业发展有限公司服务区服务质量投诉管理办法$",
        ],
        # the copy runs the name, the chapter headings and the articles' first words together
        "split": r"(?<=管理办法)(?=第一章)|(?<=总则)(?=第一条)|(?=第二章)|(?<=投诉管理原则)(?=第三条)|(?=第三章)"
        r"|(?<=受理人及职责)(?=第四条)|(?<=第四条投诉受理人)(?=\(一\))",
        "headings": [(r"^第[一二三]章", 1)],
    },
    "h558-2": {
        # the site's location bar, its column title and date; its outline of the plan's headings stays as the contents
        "title": "乌拉泊北匝道收费站车辆通行费征收突发事件应急救援预案",
        "skip": [
            r"^您的位置:新文秘网",
            r"^匝道收费站车辆通行费征收突发事件应急救援预案$",
            r"^发表时间:",
            r"^……$",
            r"^乌拉泊北匝道收费站车辆通行费征收突发事件应急救援预案$",
        ],
        "sub": [(r"(?m)^目录/提纲:……$", "目录")],
        "headings": [(r"^目录$", 1), (r"^一、 总则$", 1)],
    },
    "h558-3": {
        # the sharing site's preview notices; the copy gives the whole text as one paragraph with spaces for punctuation
        "title": "收费站闯卡车辆处置应急预案",
        "skip": [
            r"^免费预览已结束",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^收费站闯卡车辆处置应急预案$",
        ],
        "split": r"(?<=收费站闯卡车辆处置应急预案) (?=各部室)|(?<=应急预案)(?=收费站闯卡)| (?=[一二三] (?:明确活动的目的|组织机构|工作职责))"
        r"|(?<=明确活动的目的) |(?<=组织机构) |(?<=工作职责) | (?=副组长 )| (?=成 员 )| (?=其余成员 )| (?=领导组设在)"
        r"| (?=2 马路负责)",
        "headings": [(r"^[一二三] (明确活动的目的|组织机构|工作职责)$", 1)],
    },
    "h558-4": {
        # the e-book platform's name, date, buttons and page marker are left out; so is the e-book's name where it is
        # repeated; the e-book's summary runs items 4-7 and part five together; page 101 breaks lines at the page width
        "title": "05应急保畅",
        "skip": [
            r"^05应急保畅$",
            r"^发布时间:2022-10-31",
            r"^免费制作$",
            r"^更多内容$",
            r"^\[展开\]$",
            r"^粉丝: ",
            r"^文本内容$",
            r"^第101页$",
        ],
        "sub": [(r"(?m) \[收起\]$", "")],
        "split": r"(?=[4-7]、(?:票卡员|稽核员|各班))|(?=五、应急装备情况)|(?<=五、应急装备情况)(?=\(一\))",
        "join": r"^(成 员:|工作职责:|[一二三四五六七八九十]、|\([一二三四五六七八九十]\)|[4-7]、)",
        "headings": [(r"^[三五]、(收费站拥堵状况分析|应急装备情况)$", 1), (r"^\(一\)车流量高峰$", 2)],
    },
    "h558-5": {
        # the stored text has no title line of its own; none is made up. The page's closing link is left out.
        "title": None,
        "english": True,
        "skip": [r"^Learn more about the TCO Tolling Customer Ombudsman$"],
        "headings": [(r"^Step [1-3] ?[—–] ?", 1)],
    },
}


LAYOUT559: dict[str, dict] = {
    "h559-1": {
        # the sharing site's header and file information come first; the plan runs on in one paragraph with the PDF's
        # running header ("雅高集团-酒店突发事件应急处理 1", "… 2") and the plan's name written twice at its start
        "title": "台风暴雨紧急预案",
        "skip": [
            r"^好文档就是一把金锄头!$",
            r"^欢迎来到金锄头文库!",
            r"^电子文档交易市场$",
            r"^安卓APP \| ios版本$",
            r"^酒店管理会所 酒店应急事件处理方案\.pdf$",
            r"^62页$",
            r"^• (卖家\[上传人\]|文档编号|上传时间|文档格式|文档大小|/ 62 举报|文本预览|下载提示|常见问题)",
        ],
        "sub": [
            (r"• 雅高集团-酒店突发事件应急处理 1 台风暴雨紧急预案台风暴雨紧急预案 ", ""),
            (r" 雅高集团-酒店突发事件应急处理 2", ""),
        ],
        "split": r" (?=[一二三四五六]、)| (?=\d\. )| (?=甲、)|(?<=预案的目的) |(?<=启动的依据) |(?<=工具准备) |"
        r"(?<=值班地点) |(?<=值班人员) |(?<=区域检查) ",
        "headings": [(r"^[一二三四五六]、", 1)],
    },
    "h559-2": {
        # cover, contents and text run together in the copy; "?" is the copy's lost bullet sign; the contents are
        # set as a one-column table, as the manual's 目录 (its entries repeat the section headings of the text)
        "title": "酒店危机管理手册",
        "skip": [r"^酒店危机管理手册$", r"^xxxxxxxx酒店酒店危机管理手册$"],
        "sub": [
            (
                r"^酒店危机管理手册(\(内有部分目前状况临时预案,设施完善后再做修订\)\(试行\))(xxxxxx君豪酒店)(xxxx年3月)"
                r"(xxxxxxxx酒店酒店危机管理手册)目录",
                r"酒店危机管理手册\n\1\n\2\n\3\n\4\n目录\n",
            ),
            (
                r"(?<=\n目录\n)(酒店安全第一责任人制度)(危机领导小组)(应急报警)(危机发生期间的内部信息沟通)(发言人)(媒体应对)"
                r"(事件报告)(危机处置预案)",
                r"| \1 |\n| \2 |\n| \3 |\n| \4 |\n| \5 |\n| \6 |\n| \7 |\n| \8 |\n",
            ),
            (r"(?m)(?<=预案)(\d{1,2}、[^|\n]+?预案)(?=\d{1,2}、|酒店安全第一责任人制度\?)", r"\n| \1 |"),
            (r"(?m)^(1、火灾危机处置预案)", r"| \1 |"),
            (r"\| (13、停水、停电、停气应急预案) \|酒店安全第一责任人制度\?", r"| \1 |\n酒店安全第一责任人制度\n• "),
            (r"\?", "\n• "),
            (r"(?<=安全事故。)(?=危机领导小$)", "\n"),
        ],
        "pipe_table": True,
        "headings": [(r"^目录$", 1), (r"^酒店安全第一责任人制度$", 1), (r"^危机领导小$", 1)],
    },
    "h559-3": {
        # the site's title, format and date lines, its editor's introduction and its "篇一" line are the site's; the
        # stored text has no title of its own and none is made up
        "title": None,
        "skip": [
            r"^手机阅读$",
            r"^旅馆治安管理制度及突发事件应急方案\(优质20篇\)$",
            r"^格式:DOC 上传日期:",
            r"^2023-11-10 17:22:52\s+小编:ZTFB$",
            r"^方案的执行需要制定具体的计划和时间表",
            r"^旅馆治安管理制度及突发事件应急方案篇一$",
        ],
        # item 3 of the flood measures is broken over three lines by the copy
        "sub": [(r"向有关部门。\n\n报告。\n\n险情", "向有关部门。报告。险情")],
        "split": r"(?<=措施\.)(?=2抢险)|(?<=最低程度)(?=3在组织)",
        "headings": [(r"^消防应急预案。$", 1), (r"^[一二三四]、", 1)],
    },
    "h559-4": {
        # the stored text has no title line; none is made up
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (r"^Guests who should be banned from one site:$", 1),
            (r"^CMS:$", 2),
            (r"^Severity of the Incident:$", 1),
            (r"^(Minor|Medium):$", 2),
        ],
    },
}


LAYOUT560: dict[str, dict] = {
    "h560-1": {
        "title": "公升彩印应急预案",
        # the website's header line and its business phone are the site's, not the plan's
        "skip": [r"^欢迎来到 重庆公升彩印$", r"^业务电话:023-44861260$", r"^公升彩印应急预案$"],
        "headings": [
            (r"^1\.总则$", 1),
            (r"^1\.[12](编制目的|编制依据)$", 2),
            (r"^1\.2\.1法律法规$", 3),
        ],
    },
    "h560-2": {
        # the page's "►" and the "♦" around each heading are the website's decoration
        "title": "退換貨/瑕疵書/退款說明",
        "skip": [r"^►退換貨/瑕疵書/退款說明$"],
        # the page breaks three sentences at its width; the bookshop's own file has each as one paragraph
        "sub": [
            (r"與\n\s+發票", "與發票"),
            (r"了解商\n\s+品的", "了解商品的"),
            (r"請先來電\n\s+\(07\)", "請先來電(07)"),
            (r"(?m)^\s*♦ (.+?) ♦\s*$", r"\1"),
        ],
        "headings": [(r"^(一般商品退換貨|瑕疵書換貨/退貨|郵資運費問題|訂單退款說明|退貨/退款同意書)$", 1)],
    },
    "h560-3": {
        # the page gives its title twice; the print shop's own file has it once
        "title": "名片補印與退貨",
        "skip": [r"^名片補印與退貨$"],
        "headings": [],
    },
    "h560-4": {
        "title": "退換貨政策",
        "skip": [r"^退換貨政策$"],
        "headings": [
            (r"^退換貨政策說明$", 1),
            (r"^[一二三四五六]、", 2),
            (r"^(可退換貨|不可退換貨)$", 3),
        ],
    },
    "h560-5": {
        "title": "Complaint Procedure – Papillon Printing",
        "english": True,
        "skip": [r"^Complaint Procedure – Papillon Printing$"],
        # each item of the page's list is a "- " line in the copy
        "bullet": r"^- ",
        "headings": [],
    },
}


LAYOUT561: dict[str, dict] = {
    "h561-1": {
        # the stored text has no title line; none is made up. The contents (with page numbers) and the text of the first
        # section are run together in one paragraph by the copy: split after each page number and at the first
        # section's own headings
        "title": None,
        "skip": [r"^版權\(quán\)說明:", r"^文檔簡介$"],
        "split": r"(?<=\d)(?=第[一二三四五]節\(jié\)|[一二三四五六七八九]、)|(?<=運\(yùn\)輸應\(yīng\)急預\(yù\)案)(?=一、)"
        r"|(?=1\.組織保障)|(?<=1\.組織保障)|(?=2\.基本應\(yīng\)$)",
        "headings": [
            (r"^第一節\(jié\)運\(yùn\)輸應\(yīng\)急預\(yù\)案$", 1),
            (r"^一、中藥材運\(yùn\)輸.*預\(yù\)案$", 2),
            (r"^1\.組織保障$", 3),
        ],
    },
    "h561-2": {
        # no title of its own: the page's list marker "- " before the terms' heading is the page's
        "title": None,
        "sub": [(r"(?m)^- (?=售后服务条款:$)", "")],
        "headings": [(r"^售后服务条款:$", 1)],
    },
    "h561-3": {
        "title": "Seed Use Terms and Conditions",
        "english": True,
        "skip": [r"^Seed Use Terms and Conditions$"],
        "sub": [(r"(?m)^([1-3]\.) +", r"\1 ")],
        "headings": [],
    },
    "h561-4": {
        "title": "Agriplus Limited Returns Policy",
        "english": True,
        # the website's footer is not part of the policy
        "skip": [r"^Agriplus Limited Returns Policy$", r"^Copyright 2020, Smart Forage & Pasture\.", r"^Website made with at$"],
        "sub": [(r"(?m)^1\.0  ", "1.0 ")],
        "headings": [],
    },
}


# h562-3: the stored copy puts each cell of the page's table on its own line (group, its duties as "- " lines with a
# "※" line before the food-poisoning duties, then who holds it): one row per group, a cell's lines joined by spaces.
_H562_GROUPS = ("總指揮官", "現場指揮官", "現場管制組", "緊急救護組", "行政聯絡組", "總務組", "輔 導 組")


def _h562_table(match: re.Match) -> str:
    rows: list[list[list[str]]] = []
    for line in match.group(0).strip("\n").split("\n"):
        if line in _H562_GROUPS:
            rows.append([[line], [], []])
        elif line.startswith(("- ", "※ ")):
            rows[-1][1].append(line)
        else:
            rows[-1][2].append(line)
    return "\n".join("| " + " | ".join(" ".join(cell) for cell in row) + " |" for row in rows)


LAYOUT562: dict[str, dict] = {
    "h562-1": {
        # the college's logistics website: its menu line, breadcrumb, author/date line and footer are the site's
        "title": "突发停电防范预案",
        "skip": [r"^办公NOA$", r"^当前位置:", r"^突发停电防范预案$", r"^作者:", r"^版权所有 © : 吉林艺术学院$"],
        "headings": [],
    },
    "h562-2": {
        # the school's e-book page: its slider lines, ":::" and the page label "5-19 ..." are the site's
        "title": "臺中市立光榮國中午餐供應緊急應變措施暨處理原則",
        "skip": [r"^• slider image \d+$", r"^:::$", r"^5-19 ", r"^臺中市立光榮國中午餐供應緊急應變措施暨處理原則$"],
        # 二、目的: runs into its sentence: split after the heading, as 一、依據: stands on its own line
        "split": r"(?<=^二、目的:)",
        "headings": [
            (r"^[一二三]、(依據:|目的:|學生午餐相關問題緊急應變措施)$", 1),
            (r"^[12]\. ?(午餐供應量短少|午餐供應食品中含有異物)$", 2),
        ],
    },
    "h562-3": {
        "title": "事件處理表",
        "skip": [r"^事件處理表$"],
        "sub": [(r"(?s)總指揮官\n.*導師\n?$", _h562_table)],
        "pipe_table": True,
        "headings": [(r"^廚房意外傷害及食物中毒事件處理小組$", 1), (r"^組織架構 & 工作職掌$", 2)],
    },
    "h562-4": {
        # the 范文 site's location line, date line and member notices are the site's; the school's report rules are
        # on two lines in the copy: one heading
        "title": "学校食堂管理制度全集",
        "skip": [r"^您的位置:", r"^发表时间:", r"^学校食堂管理制度全集$", r"^……\("],
        "sub": [(r"(新碧学校食物中毒或其他食源性疾患)\n\s*(突发事件的报告制度)", r"\1\2")],
        "headings": [
            (r"^食堂管理领导机构:$", 1),
            (r"^新碧学校(食物中毒或其他食源性疾患突发事件的报告制度|食品卫生安全管理制度)$", 1),
        ],
    },
    "h562-5": {
        # the district website's header lines are the site's; the copy's asterisks (emphasis marks) are left out
        "title": "Complaint Resolution Policy for Child Nutrition",
        "english": True,
        "skip": [
            r"^Skip to main content$",
            r"^Spring Hill School District$",
            r"^Small Town, Big Family$",
            r"^Complaint Resolution Policy for Child Nutrition$",
        ],
        "sub": [(r"(?m)^\* (Response to Complaint)", r"\1"), (r"\*(Contact: [^*]+)\*", r"\1")],
        "headings": [
            (r"^Filing a complaint \(person with complaint does the following\)$", 1),
            (r"^Response to Complaint \(FSD does the following\)$", 1),
        ],
    },
}


LAYOUT563: dict[str, dict] = {
    "h563-1": {
        # the stored text has no title line; none is made up
        "title": None,
        "headings": [
            (r"^[一二三]、(适应范围|组织领导|具体分工)", 1),
            (r"^\([123]\)(门卫|值班教师|专职保安人员\(社区民警\))$", 2),
        ],
    },
    "h563-2": {
        # the stored text starts in the middle of a sentence and runs every item into one paragraph:
        # split only before the document's own item numbers and around the heading 五、人员分工
        "title": None,
        "split": r"(?=[2-5]、(?:如遇|一旦|门卫|出现))|(?=\([1-5]\))|(?=五、人员分工)|(?<=五、人员分工)|"
        r"(?=[12]、(?:领导机构|具体分工))|(?=2011年10月)",
        "headings": [(r"^五、人员分工$", 1)],
    },
    "h563-3": {
        # the site's location line is the website's, not the university's
        "title": "体育场馆管理规定",
        "skip": [r"^首页>>场馆介绍>>场馆制度>>正文$", r"^体育场馆管理规定$"],
        "headings": [],
    },
    "h563-4": {
        # the stored text has no heading of its own above its first sentence; none is made up
        "title": None,
        "english": True,
        "headings": [
            (r"^(Stage 1: Frontline resolution|Stage 2: Investigation|The Scottish Public Services Ombudsman|Contact Us)$", 1)
        ],
    },
    "h563-5": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [
            (
                r"^(What is a complaint\?|What can I complain about\?|What can’t I complain about\?|Who can complain\?|How do I complain\?)$",
                1,
            )
        ],
    },
}


LAYOUT564: dict[str, dict] = {
    "h564-1": {
        # the copy gives the company's name and the plan's name on two lines: one title, as on the plan's cover
        "title": "临汾尧光神龙汽车服务有限公司停车场应急疏散预案",
        "skip": [r"^临汾尧光神龙汽车服务有限公司$", r"^停车场应急疏散预案$"],
        "headings": [
            (r"^(一、组织机构人员分工|二 、报警和接警处置程序)$", 1),
            (r"^\([一二三四五]\) ?\S{2,14}$", 2),
        ],
    },
    "h564-2": {
        # the stored text has no title line; the 范文 site put the page's title at the end of the first sentence
        # (",汽车维修安全生产应急预案。"): it is the plan's name, taken as the title and left out of the sentence
        "title": "汽车维修安全生产应急预案",
        "sub": [(r"制定本预案,汽车维修安全生产应急预案。", "制定本预案。")],
        "headings": [
            (r"^[一二三]、", 1),
            (r"^\(1\)各级部门的应急组织与职责$", 2),
        ],
    },
    "h564-3": {
        # the stored text begins in item 1 and has no title; none is made up
        "title": None,
        "sub": [(r"Р", "\n")],  # the site's text layer marks each paragraph of the document with “Р”
        "headings": [(r"^(汽车维修质量承诺制度|工作流程图)$", 1)],
    },
    "h564-4": {
        "title": "Rygor Complaints Procedure",
        "english": True,
        # the site's header lines are not the procedure's
        "skip": [r"^Mercedes-Benz Service,$", r"^Rygor Auto$", r"^Rygor Complaints Procedure$"],
        "headings": [(r"^(STEP [1-5]: .+|UNRESOLVED/APPEAL)$", 1)],
    },
}


LAYOUT565: dict[str, dict] = {
    "h565-1": {
        # the manual's own first line is its title; the sharing site's upload lines, page previews and "资源描述" are not
        # the document's, nor its chunk numbers "1、" and "2、" (the second falls inside the word 客户: "参与客" / "2、户")
        "title": "物流客服规章制度手册",
        "sub": [(r"(?m)^1、(?=物流客服规章制度手册)", ""), (r"参与客\n\n2、户", "参与客户")],
        "skip": [
            r"^物流客服制度汇编\.doc",
            r"^上传人:",
            r"^返回 下载 相关 举报$",
            r"^第\d+页 / 共17页$",
            r"^点击查看更多>>$",
            r"^资源描述$",
            r"^《物流客服制度汇编\.doc》由会员分享",
            r"^物流客服规章制度手册$",
        ],
        "split": r"(?<=物流客服规章制度手册)(?=前言)|(?<=前言)(?=为指导)|(?=内容提纲)|(?<=内容提纲)(?=一、)|"
        r"(?=[二三四五六七]、)|(?<=客服档案管理制度)(?=物流分支机构客服岗位职责)|"
        r"(?<=物流分支机构客服岗位职责)(?=1、)|(?<!\d)(?=\d{1,2}、 )",
        "headings": [(r"^(前言|内容提纲|物流分支机构客服岗位职责)$", 1)],
    },
    "h565-2": {
        "title": "Complaints & ADR",
        "english": True,
        # the site's "top of page" line and the picture's text are not the page's
        "skip": [r"^top of page$", r"^Cargo Ship Aerial$", r"^Complaints & ADR$"],
        "headings": [
            (r"^Complaints and ADR$", 1),
            (r"^(Before you begin|What we handle \(scope\)|What to send to TCSA \(evidence checklist\))$", 2),
        ],
    },
    "h565-3": {
        "title": "SERVICE & REFUND POLICY",
        "english": True,
        "skip": [r"^SERVICE & REFUND POLICY$"],
        # the copy runs the table's cells together, one row a line: a Word table again
        "sub": [
            (r"(?m)^ScenarioRefund EligibilityConditions$", "| Scenario | Refund Eligibility | Conditions |"),
            (
                r"(?m)^([1-3]\. (?:Service Not Rendered|Duplicate Payment|Our Error Pre-Submission))"
                r"(Full Refund|Partial or Full Refund)(If\b.+)$",
                r"| \1 | \2 | \3 |",
            ),
            (r"(?m)^(4\. Customer Error Pre-Paym)$", r"| \1 |  |  |"),
        ],
        "pipe_table": True,
        "headings": [
            (r"^[1-4]\. (OUR SERVICE|UNDERSTANDING YOUR PURCHASE|GENERAL REFUND POLICY|WHEN A REFUND MAY BE CONSIDERED)", 1)
        ],
    },
}


LAYOUT566: dict[str, dict] = {
    "h566-1": {
        # the engineering-documents site's channel line, location line, date line and keyword line are the site's
        "title": "房地产中介公司合作制度",
        "skip": [
            r"^\(www\.fang668\.com\) 专业的工程资料网站$",
            r"^建筑文章频道 :",
            r"^当前位置: ",
            r"^房地产中介公司合作制度$",
            r"^http://www\.fang668\.com 日期:",
            r"^房地产中介公司合作制度,房地产制度,",
        ],
        "headings": [(r"^Ⅰ、店内或店与店的合作规定$", 1), (r"^店与店之间经纪人合作要求:$", 2)],
    },
    "h566-2": {
        # the sharing site's three download notices and the title's repeats are the site's; the copy broke "服务方针"
        # at the page width: one word again
        "title": "房地产售楼部客户投诉处理规定",
        "skip": [r"^- [123]、", r"^房地产售楼部客户投诉处理规定$"],
        "sub": [(r"的服\n务方针", "的服务方针")],
        "headings": [
            (r"^[123] ?(适用范围|受理|工作程序)$", 1),
            (r"^3\.[123] ?(处理投诉的基本原则|投诉的接收|客户投诉处理)$", 2),
            (r"^[AB]\)(投诉处理流程图|内部工作程序)$", 3),
        ],
    },
    "h566-3": {
        # the copy runs the title (with the sharing site's “样本”) and the seven items into one line: the title on its
        # own, without “样本”, and each item a paragraph of its own
        "title": "销售大厅客户接待应急预案",
        "sub": [(r"^销售大厅客户接待应急预案样本(?=1、)", "")],
        "split": r"(?=[2-7]、(?:如大厅|由于大厅|要严格|礼宾员每天|当不能确认))",
        "headings": [],
    },
    "h566-4": {
        # the site's title-and-summary line and its source line are the site's
        "title": "新项目营销活动现场突发群体事件防范规程",
        "skip": [r"^新项目营销活动现场突发群体事件防范规程提要:", r"^来源 自建筑施工 资料"],
        "headings": [(r"^[1-5](目的|编制依据/引用文件|范围|突发事件的类型|工作规程)$", 1)],
    },
    "h566-5": {
        "title": "1LET Customer Complaints Policy",
        "english": True,
        "skip": [r"^1LET Customer Complaints Policy$"],
        "headings": [(r"^Level [1-3]$", 1)],
    },
}


LAYOUT567: dict[str, dict] = {
    "h567-1": {
        # the sharing site's lines before the document and its own name for the file are not the plan's; the cover keeps
        # the company line as the copy has it ("有限公司": the name before it is lost)
        "title": "冷链药品储存和运输应急预案",
        "skip": [
            r"^下载此文档$",
            r"^冷链药品储存和运输应急预案(\.doc)?$",
            r"^文档分类:",
            r"^1/4( 下载此文档)?$",
            r"^下载提示$",
            r"^• [123]\.",
            r"^文档列表 文档介绍$",
        ],
        "headings": [
            (r"^[一二三四五六]、", 1),
            (r"^\([二三]\)(人员职责|应急措施)$", 2),
        ],
    },
    "h567-2": {
        # the copy runs cover, contents and text into one paragraph and loses most section numbers: the cover's sign-off
        # fields are a table again, the contents one line an item, the page number "1" before the text is left out
        "title": "医疗器械储存、运输应急预案",
        "skip": [
            r"^医疗器械应急预案_第\d页$",
            r"^已阅读5页",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^医疗器械储存、运输应急预案$",
        ],
        "sub": [
            (
                r"起草人:起草日期:审核人:审核日期:同意人:同意日期:",
                "\n| 起草人: | 起草日期: |\n| 审核人: | 审核日期: |\n| 同意人: | 同意日期: |\n",
            ),
            (r"七、附则1医疗器械储存、运输应急预案", "七、附则\n医疗器械储存、运输应急预案\n"),
        ],
        "pipe_table": True,
        "split": r"(?<=工作目录)(?=一、)|(?=[二三四五六七]、(?:应急保障|处置方法|处置程序|具体方案|培训与演习|附则))|"
        r"(?<=特制订本预案。)(?=工作目的及原则)|(?<=工作目的及原则)(?=为确保)|(?<=公司财产损失。)(?=应急保障)|"
        r"(?<=应急保障)(?=\(一\)、人员保障)|(?<=\(一\)、人员保障)(?=为了加强)|(?<=重大问题。)(?=1、)|"
        r"(?<!副)(?=组长:\*)|(?=副组长:)|(?=组员:\*)|(?=2、组员职责)|(?=[②③④])|(?<=组员职责:)(?=①)",
        "headings": [
            (r"^(工作目录|工作目的及原则|应急保障)$", 1),
            (r"^\(一\)、人员保障$", 2),
        ],
    },
    "h567-3": {
        # the stored text begins within page 2 and has no title; none is made up. Items 3.6–3.8 lost their points in the
        # copy ("36", "37", "38") and are kept so; the flow chart's boxes are one paragraph each, the copy's "f"/"fr" left out
        "title": None,
        "sub": [(r"(?m)^f(?=医疗器械安全事件报告)", "")],
        "skip": [r"^fr$"],
        "split": r"(?=3[678]应急状态)|(?=4、医疗器械故障应急事件协调工作制度)|"
        r"(?<=4、医疗器械故障应急事件协调工作制度)(?=医疗器械故障事件后)|(?=五、医疗器械故障事件应急处置工作流程)",
        "headings": [
            (r"^五、医疗器械故障事件应急处置工作流程:$", 1),
            (r"^4、医疗器械故障应急事件协调工作制度$", 2),
        ],
    },
    "h567-4": {
        # the page's heading is the rules' title; the site repeats it under the text (left out), and the copy puts the
        # numbers 3.1–3.3 on lines of their own
        "title": "售后服务",
        "skip": [r"^售后服务$"],
        "sub": [(r"(?m)^(3\.[123])\n\n", r"\1 ")],
    },
    "h567-5": {
        "title": "COMPLAINTS POLICY",
        "english": True,
        "skip": [r"^COMPLAINTS POLICY$"],
        "bullet": r"^- ",
        "headings": [(r"^(Introduction|Aims and objectives|Openness, transparency and candour)$", 1)],
    },
}


LAYOUT568: dict[str, dict] = {
    "h568-1": {
        # the page's own heading as the title; the site's injected spam line, its site name and breadcrumb are the site's.
        # The run-in item headings 一、/二、 stand on their own line; each figure's caption (the figure itself is not in
        # the copy) is its own paragraph. The deduction table, three space-separated lines in the copy, is a Word table
        # of eight columns (被投訴次數, 現貨條數 初始/扣減/剩余, 熱賣條數 初始/扣減/剩余, 級別) with its two header rows and the
        # one data row the copy keeps (cut after “200”)
        "title": "e投訴介紹",
        "skip": [
            r"^香蕉视频一区二区三区",
            r"^電子市場聯盟$",
            r"^當前位置:增值服務 > e投訴$",
            r"^e投訴介紹$",
        ],
        "sub": [
            (
                r"(?m)^被投訴次數 現貨條數 熱賣條數 級別\n初始 扣減 剩余 初始 扣減 剩余\n------- 500 ------- ------- 200$",
                "| 被投訴次數 | 現貨條數 |  |  | 熱賣條數 |  |  | 級別 |\n"
                "|  | 初始 | 扣減 | 剩余 | 初始 | 扣減 | 剩余 |  |\n"
                "| ------- | 500 | ------- | ------- | 200 |  |  |  |",
            ),
        ],
        "pipe_table": True,
        "split": r"(?<=一、填寫投訴信息) |(?<=二、查看投訴處理狀態) |(?<=\(圖一、“投訴”按鈕\)) |(?<=\(圖三、我收到的投訴\)) ",
        "headings": [
            (r"^(e投訴的對象|受理范圍|e投訴流程|獎罰機制)$", 1),
            (r"^(如何使用e投訴|一、對被投訴方 扣減條數)$", 2),
            (r"^(一、填寫投訴信息|二、查看投訴處理狀態)$", 3),
        ],
    },
    "h568-2": {
        # the stored text has no heading of its own: the title is the text's own name of the service (“the retra
        # Conciliation Service”), as the page's address names it
        "title": "retra Conciliation Service",
        "english": True,
        "headings": [],
    },
    "h568-3": {
        "title": "Cell Phone Repairs Terms & Conditions",
        "english": True,
        "skip": [r"^Cell Phone Repairs Terms & Conditions$"],
        "headings": [(r"^(Notice|Minimum Charge for Repairs|Turn Around time|Repair warranty)$", 1)],
    },
}


LAYOUT569: dict[str, dict] = {
    "h569-1": {
        # the page's title line is the plan's name; the site's advertising line, its site name and its comment/date line
        # are not the plan's; the copy's "???" before each line (and after 5.2.1.2) are the page's, not the document's
        "title": "突發(fā)環(huán)境事件應急預案",
        "skip": [
            r"^国产精品麻豆久久99",
            r"^安全管理網\(wǎng\)$",
            r"^突發\(fā\)環\(huán\)境事件應急預案$",
            r"^評論: 更新日期:2018年01月01日$",
        ],
        "sub": [(r"(?m)^\?+ ?", ""), (r"(?m)^(5\.2\.1\.2)\? ", r"\1 ")],
        "headings": [(r"^5\.2\.1\.[256] ", 3)],
    },
    "h569-2": {
        # the stored text begins at 1. 總則 and has no title; none is made up
        "title": None,
        "sub": [(r"(?m)^\?+ ?", "")],
        "headings": [(r"^1\. 總則$", 1), (r"^1\.[1-4] \S{4,8}$", 2)],
    },
    "h569-3": {
        # the stored text begins at 前言 and has no title; none is made up (the other copy's title is not taken)
        "title": None,
        "headings": [
            (r"^(前言|事故分級|應急組織機構)$", 1),
            (r"^(自然災害事故|設備事故|系統\(tǒng\)失壓事故|人身傷亡事故)$", 2),
            (r"^一、應急機構及職責$", 2),
        ],
    },
    "h569-4": {
        # the copy runs the whole document into one line: split before each section number and after its heading,
        # and before item 1. of section six; the first words are the document's name
        "title": "电站水上作业安全措施",
        "sub": [(r"\A电站水上作业安全措施 ", "")],
        "split": r" (?=[一二三四五六]、)|(?<=、工程概况) |(?<=、编制目的) |(?<=、适用范围) |(?<=、指导思想及原则) |"
        r"(?<=、建立安全保障体系) |(?<=、水上作业管理规定) ",
        "headings": [(r"^[一二三四五六]、\S{4,8}$", 1)],
    },
    "h569-5": {
        # the stored text begins at 1. Our Commitment; the page's title is not in the store and none is made up
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [(r"^[1-3]\. [A-Z]", 1), (r"^Stage [12]: ", 2)],
    },
}


LAYOUT570: dict[str, dict] = {
    "h570-1": {
        # the article's title; the site's "English"/"文章" lines, the source line and the picture caption are not the
        # bus company's text
        "title": "突发公共事件应急处置 公交应急预案篇",
        "skip": [
            r"^English$",
            r"^文章$",
            r"^突发公共事件应急处置 公交应急预案篇$",
            r"^2023-08-24 来源:客车网",
            r"^金高公交 安全管理部 突发事件 处置措施$",
        ],
        "headings": [
            (r"^[一二]、\S+处置措施$", 1),
            (r"^[12]、(可疑或不明固体、液体、气体|恐怖袭击或其他蓄意行为|食物中毒|传染病或病毒传染)$", 2),
        ],
    },
    "h570-2": {
        # a 范文 site's compilation: its title, font-size line, introduction and "篇一" label are the site's; the plan's
        # own name is not in the stored text and none is made up
        "title": None,
        "skip": [
            r"^公交應\(yīng\)急預\(yù\)案\(通用8篇\)$",
            r"^字號:$",
            r"^范文為教學",
            r"^公交應\(yīng\)急預\(yù\)案篇一$",
        ],
        "headings": [(r"^1\.[1-4]\S{2,12}$", 2)],
    },
    "h570-3": {
        # the bus company's procedure inside a WeChat account's post: the account's lines, the pictures' captions and the
        # "更多阅读" list are left out
        "title": "驾驶员安全行车操作规范第六期:突发疾病时操作流程",
        "skip": [
            r"^【安全】",
            r"^乐活 ",
            r"^点击蓝字",
            r"^走进《公共交通资讯》",
            r"^交通运输部部长",
            r"^驾驶员安全行车操作规范第六期:突发疾病时操作流程$",
            r"^图:",
            r"^更多阅读$",
            r"^【学习】",
        ],
        "headings": [(r"^突发疾病时操作流程$", 1)],
    },
    "h570-4": {
        # the stored text has no title line; the name comes from its own sentence ("特制定以下交通车辆应急管理办法"); its four
        # items, run into one paragraph by the copy, are split before their numbers; the page's "|" is left out
        "title": "交通车辆应急管理办法",
        "skip": [r"^\|$"],
        "split": r" (?=[1-4]、)",
        "headings": [],
    },
    "h570-5": {
        "title": "Customer Feedback",
        "english": True,
        # the site's heading and the layout's leftover "publications" are not the page's text
        "skip": [r"^Yarra Trams$", r"^Customer Feedback$", r"^publications$"],
        "headings": [(r"^(Online Feedback|How we manage your feedback)$", 1)],
    },
}


LAYOUT571: dict[str, dict] = {
    "h571-1": {
        "title": "云南省广播电视局绿春中波台广播安全播出应急预案",
        # the sharing site's page title, upload line, editor's blurb and "第一篇:" are not the plan's
        "skip": [
            r"^云南省广播电视局绿春中波台广播安全播出应急预案$",
            r"^时间:2019-05-12 16:52:59",
            r"^简介:写写帮文库",
            r"^第一篇:",
        ],
        "sub": [(r"— 1 — ", "")],  # the page number of the printed plan, run into 1.4's paragraph by the copy
        "headings": [(r"^[12]\.(总则|组织指挥体系及职责)$", 1), (r"^1\.[1-4](编制目的|编制依据|工作原则|适用范围)$", 2)],
    },
    "h571-2": {
        "title": "XX县广播电视台广播电视安全播出应急预案",
        "skip": [
            r"^XX县广播电视台广播电视安全播出应急预案$",
            r"^ID:46617890$",
            r"^大小:",
            r"^页数:",
            r"^时间:2019-11-26$",
            r"^XX县广播电视台广播电视安全播出应急预案_第\d页$",
            r"^资源描述:$",
            r"^《XX县广播电视台广播电视安全播出应急预案》由会员上传分享",
        ],
        # the library's text layer: "1、"/"2、" mark its preview pages, the first one repeats the title
        "sub": [
            (r"(?m)^1、XX县广播电视台广播电视安全播出应急预案(?=1总则)", ""),
            (r"1\.2适用\n\n2、范围", "1.2适用范围"),
        ],
        "split": r"(?<=^1总则)|(?=1\.1编制目的)|(?<=1\.1编制目的)|(?=1\.2编制依据)|(?<=1\.2编制依据)|"
        r"(?=1\.2适用范围)|(?<=1\.2适用范围)|(?=1\.3事件\(故\)界定)|(?<=1\.3事件\(故\)界定)|(?=\([123]\)(?:非法插播|攻击破坏|灾害事故))",
        "headings": [(r"^1总则$", 1), (r"^1\.[1-3](编制目的|编制依据|适用范围|事件\(故\)界定)$", 2)],
    },
    "h571-3": {
        "title": "电视安全播出管理制度",
        "skip": [r"^电视安全播出管理制度 - 制度大全$", r"^职责大全 导航$", r"^电视安全播出管理制度$", r"^编辑:制度大全"],
        # the page shows "?" where the rules had a space after the chapter or article number
        "sub": [(r"(?m)^(第[一二三四五六七八九十]+[章条])\?", r"\1 ")],
        "headings": [(r"^第一章 电视安全播出管理$", 1)],
    },
    "h571-4": {
        "title": "Complaints about Editorial Content – who to contact",
        "english": True,
        "skip": [r"^Complaints about Editorial Content – who to contact$"],
        "headings": [],
    },
}


LAYOUT572: dict[str, dict] = {
    "h572-1": {
        # the website's section label "联系我们   Contact" is the site's, not the procedure's; lines of spaces are left out
        "title": "青岛用友客户服务流程",
        "skip": [r"^联系我们\s+Contact$", r"^青岛用友客户服务流程$"],
        "headings": [(r"^[一二三]、(首访服务|热线支持服务|现场支持服务)$", 1)],
    },
    "h572-2": {
        # the page's image file name "未标题-2.jpg" is the site's
        "title": "客户服务流程",
        "skip": [r"^未标题-2\.jpg$", r"^客户服务流程$"],
        "headings": [(r"^[1-4]、", 1)],
    },
    "h572-3": {
        # the website's menu (关于我们 … 联系我们) and location line are the site's
        "title": "服务承诺",
        "skip": [r"^(关于我们|公司概况|组织架构|服务承诺|服务协议|联系我们)$", r"^关于我们 > 服务承诺$"],
        "headings": [(r"^[一二]、", 1)],
    },
    "h572-4": {
        # the stored text has no title line; none is made up. The page's table (stored as "|" rows) is a Word table
        "title": None,
        "pipe_table": True,
        "headings": [(r"^[1-3]、", 1)],
    },
    "h572-5": {
        # this stored copy lost the page's title; it is taken from the same page at /support-complaints-procedure/
        "title": "Support & Complaints Procedure",
        "english": True,
        "headings": [],
    },
}


LAYOUT573: dict[str, dict] = {
    "h573-1": {
        # the stored text's first line is the document's title; its items 1、–4、 are numbered paragraphs
        "title": "游高峰期(黄金周)景点人员疏导分流措施",
        "skip": [r"^游高峰期\(黄金周\)景点人员疏导分流措施$"],
        "headings": [],
    },
    "h573-2": {
        # the sharing site's lines (reads, downloads, size, pages, upload date, "举报") are the site's, not the plan's
        "title": "动物园极端天气动物转移应急处置预案",
        "skip": [r"^- (\d+|约3\.9千字|约 10页|2026-02-28 发布于四川|举报)$", r"^动物园极端天气动物转移应急处置预案$"],
        "bullet": r"^-",
        "headings": [
            (r"^[一二]、(总则|组织指挥体系及职责)$", 1),
            (r"^\([一二三]\)(目的|适用范围|工作原则|应急指挥中心|各部门职责)$", 2),
            (r"^1\.动物管理部门$", 3),
        ],
    },
    "h573-3": {
        "title": "Evacuation Protocols",
        "english": True,
        "skip": [r"^Evacuation Protocols$"],
        "headings": [(r"^(Fire Alarm Evacuating Procedures|General Evacuation Procedures)$", 1)],
    },
}


LAYOUT574: dict[str, dict] = {
    "h574-1": {
        "title": "花城小區泳池救生應急預案",
        "skip": [r"^花城小區泳池救生應急預案$"],
        "stop": r"^篇2:",  # the sharing site's next pieces (a lifeguard's duties, lifeguard rules): not this plan
        "headings": [(r"^[一二三]、", 1), (r"^3\.1服務區域", 2)],
    },
    "h574-2": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^top of page$"],
    },
    "h574-3": {
        "title": "Code White SOP",
        "english": True,
        "sub": [
            (
                r"\A\|\nSection: Safety \|\nChapter: EAP \|\nArticle: Code White SOP \|\n\|\n"
                r"Issue Date: Nov 2024 \|\n\|\nRevision Date: Oct 2024 \|\n",
                "| Section: Safety | Chapter: EAP | Article: Code White SOP |\n"
                "| Issue Date: Nov 2024 | Revision Date: Oct 2024 |  |\n",
            ),
        ],
        "pipe_table": True,
        "bullet": r"^- ",
        "headings_once": True,
        "headings": [
            (r"^Purpose/Introduction$", 1),
            (r"^Purpose$", 2),
            (r"^Phases$", 1),
            (r"^Fundamentals$", 2),
            (r"^Investigate$", 1),
            (r"^(Investigate)$", 2),
            (r"^Communicate$", 1),
            (r"^(Communicate)$", 2),
            (r"^Front Line Pack Members/Supervisors/Managers$", 3),
            (r"^MOD/Aquatics 510$", 3),
        ],
    },
}


LAYOUT575: dict[str, dict] = {
    "h575-1": {
        # the page's title and its summary paragraph (ending in "...") are the site's; the training material's own title
        # is "KTV服务培训:突发事件应急处理方案"
        "title": "KTV服务培训:突发事件应急处理方案",
        "skip": [
            r"^KTV突发事件应急处理方案服务培训$",
            r"^KTV突发事件应急处理方案服务培训之相关制度和职责",
            r"^KTV服务培训:突发事件应急处理方案$",
        ],
        "headings": [(r"^打架事件楼面工作人员与保安部配合的应急方案$", 1)],
    },
    "h575-2": {
        # a 范文 site's compilation: its introduction and the label "KTV突发事件安全处理应急预案1" are the site's; the plan's own
        # name is not in the stored text and none is made up. The empty 组长/副组长/成员 lines are the plan's own
        "title": None,
        "skip": [r"^今天小编精心为大家整理了", r"^KTV突发事件安全处理应急预案1$"],
        "headings": [
            (r"^[一二]、(总则|指挥机构及职责)$", 1),
            (r"^[12]\.(工作组|职责)$", 2),
            (r"^\([二三]\)(副指挥|应急工作组职责)$", 3),
        ],
    },
    "h575-3": {
        # the site's title, introduction and label "KTV滅火和疏散應(yīng)急預(yù)案1" are left out; the plan's name, run into its
        # first sentence by the copy ("消防應(yīng)急預(yù)案消防應(yīng)急預(yù)案。為了"), is its title
        "title": "消防應(yīng)急預(yù)案",
        "skip": [
            r"^KTV滅火和疏散應\(yīng\)急預\(yù\)案1?$",
            r"^KTV由于房間數",
            r"^消防應\(yīng\)急預\(yù\)案$",
        ],
        "split": r"(?<=^消防應\(yīng\)急預\(yù\)案)(?=消防應)",
        "headings": [(r"^[一二]、(組織機\(jī\)構\(gòu\)|報\(bào\)警和接處警程序)$", 1)],
    },
    "h575-4": {
        # the stored text has no title line; none is made up. Its three parts are headings, their items paragraphs with the
        # numbers typed in
        "title": None,
        "english": True,
        "headings": [(r"^(1\. commander-in-chief of evacuation:|2\. Operator|III\. Security Department)$", 1)],
    },
}


LAYOUT576: dict[str, dict] = {
    "h576-1": {
        # the stored text has no title line; its first heading names the procedure. The website's date, editor and
        # address line is the site's, not the restaurant's
        "title": "建筑物倒塌",
        "skip": [r"^2017年11月02日;责任编辑:辣火老灶官网;", r"^建筑物倒塌$"],
        "headings": [
            (r"^[1-5]\.(定义|程序|禁忌|解决危机的团队)$", 1),
            (r"^(工程部|营运部|政府公关部|市场部):$", 2),
        ],
    },
    "h576-2": {
        # the sharing site runs the manual's lines into one, each marked by "Р"; a "Р" followed by a space is a line
        # break inside a sentence (the printed page's width) and is joined again. The manual's title is not stored
        "title": None,
        "sub": [("\u0420 ", ""), ("\u0420", "\n")],
        "bullet": r"^—",
        "headings": [
            (r"^顾客在餐厅发生意外造成伤害$", 1),
            (r"^(处理危机要点:|交谈提示\(供餐厅人员参考\))$", 2),
        ],
    },
    "h576-3": {
        # "餐厅危机处理手册" is the sharing site's page title; the plan's own title "危机处理预案" stands before it and at
        # the start of its run-together text. The text is split before its item numbers (1. … 5.2.1)
        "title": "危机处理预案",
        "skip": [r"^餐厅危机处理手册$", r"^危机处理预案$"],
        "sub": [(r"(?m)^危机处理预案(?=\(一\))", "")],
        "split": r"(?<![\d.])(?=[1-5]\.)",
        "headings": [
            (r"^\(一\)食物中毒突发事件处理预案$", 1),
            (r"^[345]\.(组织及职责:|危机判定|危机发生的应对措施)$", 2),
            (r"^(4\.2 定义|5\.2 严重危机的应对措施)$", 3),
        ],
    },
    "h576-4": {
        # the manual's name heads every page of the hosting service; the attachment line (file name and size) is the
        # service's link to the form, not the manual's text
        "title": "Nips Juice House Operations",
        "english": True,
        "skip": [r"^Nips Juice House Operations$", r"^Foodborne Illness Complaint Form \d+_\d+\.docx"],
        "headings": [(r"^4\. Communications$", 1), (r"^4\.[12]\. Responding to ", 2)],
    },
}


LAYOUT577: dict[str, dict] = {
    "h577-1": {
        "title": "食品安全事故应急制度",
        # the sharing site's file name, its "由会员分享" line and "配套讲稿" notice, the "1、"/"2、" preview page marks,
        # the "文本为Word版本" line and the 学习啦 introduction are the sites', not the company's; the copy repeats the
        # title before each numbered section, which the Word file has only once
        "skip": [
            r"^食品安全事故应急制度\.docx$",
            r"^《食品安全事故应急制度\.docx》由会员分享",
            r"^- 配套讲稿:$",
            r"^如PPT文件的首页显示word图标",
        ],
        "sub": [
            (r"可能有危\n2、害", "可能有危害"),
            (r"(?m)^1、文本为Word版本,下载可任意编辑食品安全事故应急制度 食品安全问题.*?吧! 食品安全事故应急制度 ", ""),
            (r" ?食品安全事故应急制度(?=\d\.)", "\n"),
        ],
        "split": r"(?<=^1\.目的) |(?<=^2\.定义) |(?<=^3\.职责) |(?<=^4\.工作程序) |(?<=4\.1报告) | (?=3\.\d)| (?=重大食品安全事故:)",
        "headings": [(r"^[1-4]\.(目的|定义|职责|工作程序)$", 1), (r"^4\.1报告$", 2)],
    },
    "h577-2": {
        # page 11 of the rules: it has no title line of its own and none is made up; the 范文 site's closing lines are its own
        "title": None,
        "skip": [r"^百度搜索“77cn”", r"^相关推荐:$"],
        "headings": [(r"^[三四五]、", 1), (r"^\(三\) 依靠科学,加强协作$", 2)],
    },
    "h577-3": {
        "title": "不安全食品召回制度",
        # the copy runs the title and the nine articles into one paragraph
        "skip": [r"^不安全食品召回制度$"],
        "split": r"(?<=^不安全食品召回制度)(?=1、)| (?=[2-9]、)",
        "headings": [],
    },
    "h577-4": {
        "title": "食品防护计划",
        # the 范文 site's page name and time line, the printed pages' header "36食品防护计划" and their page numbers
        "skip": [r"^3-6 食品防护计划$", r"^时间:2024\.5\.2$", r"^36食品防护计划$", r"^[2-7]$", r"^食品防护计划$"],
        # the copy runs the contents' entries 4–9, 10–13 and 14–17 and the rules' items 2 and 3 together
        "split": r" (?=(?:[5-9]|1[0-7]) ?[\u4e00-\u9fff])| (?=3 本计划)",
        "headings": [
            (r"^(目 录|适用范围|颁 布 令|食品防护小组及职责|食品防护制度的管理|企业外部安全控制程序)$", 1),
            (r"^(1 适用范围|1 控制目标|2 控制程序)$", 2),
        ],
    },
    "h577-5": {
        "title": "Procedure for Dealing with customer complaints",
        "english": True,
        "skip": [r"^Procedure for Dealing with customer complaints$"],
        "bullet": r"^-( -)? ",
        "headings": [],
    },
}


LAYOUT578: dict[str, dict] = {
    "h578-1": {
        # the spam keywords the hijacked site put in place of the page title are not the booking terms
        "title": "預訂須知",
        "skip": [r"^人妻激情", r"^預訂須知$"],
        "headings": [(r"^第[一二三四五六七]條 ", 1), (r"^第八$", 1)],
    },
    "h578-2": {
        # the website's location line "Home » …" is the site's; the refund table (stored one row a line, cells
        # separated by a space) is a Word table again; each bullet keeps its English line after the Chinese
        "title": "游艇体验条款与条件",
        "skip": [r"^游艇体验条款与条件$", r"^Home\s+»"],
        "sub": [
            (r"(?m)^(  • .+)\n    (?=\S)", r"\1 "),
            (r"(?m)^(取消时间) (退款政策)$", r"| \1 | \2 |"),
            (r"(?m)^(出发前\S+取消) (\S+)$", r"| \1 | \2 |"),
        ],
        "pipe_table": True,
        "headings": [(r"^(📌|⏳|❌|⚓) ", 1)],
    },
    "h578-3": {
        # the post's date/author/views line, the site's summary of the post (its first part run together), the
        # "Tags:" and "分享" lines and the company box after the text are the site's
        "title": "退订须知",
        "skip": [
            r"^2023-07-02 创始人 0$",
            r"^退订须知$",
            r"^预订后需要取消的,按以下规则退还定金1、",
            r"^Tags:$",
            r"^分享$",
            r"^宙斯出行$",
            r"^宙斯出行:宙斯超跑俱乐部",
        ],
        "headings": [],
    },
    "h578-4": {
        # the stored text has no title line; none is made up. The site's price column ("|", "¥… |") is left out
        "title": None,
        "skip": [r"^\|$", r"^¥\d+ \|$"],
        "headings": [(r"^要租游艇需要了解以下内容:$", 1)],
    },
    "h578-5": {
        # the process's steps stand as plain lines in the stored copy; the page lists them, here as bullets
        "title": "Dispute Resolution Policy",
        "english": True,
        "skip": [r"^Dispute Resolution Policy$"],
        "sub": [
            (
                r"(?m)^(Receive a Dispute claim|Book My Boat will notify|Book My Boat will review|"
                r"Book My Boat will make further|If it makes sense, offer|Make a final determination)",
                r"• \1",
            )
        ],
        "headings": [],
    },
}


LAYOUT579: dict[str, dict] = {
    "h579-1": {
        # the racing news site's section lines ("Horse Racing", "年度") are the site's; the release's date and time line
        # stays, as the club's own release carries it
        "title": "3月18日跑馬地夜賽的入場安排_更新",
        "skip": [r"^Horse Racing$", r"^年度$", r"^3月18日跑馬地夜賽的入場安排_更新$"],
        "headings": [],
    },
    "h579-2": {
        # the stored text has no title line; none is made up. Its first line, on "The Golf Local Rules", is the site's,
        # not the by-laws'
        "title": None,
        "english": True,
        "skip": [r"^The Golf Local Rules are designed"],
        "headings": [
            (r"^[12]\.(Complaint Against Members|Procedure when Complaint brought to the Attention)", 1),
            (r"^[ab]\)Where (No|Further) Action Needed$", 2),
        ],
    },
    "h579-3": {
        "title": "Membership Code of Conduct",
        "english": True,
        "skip": [r"^Membership Code of Conduct$"],
        "headings": [
            (r"^(Mission Statement|Complaint Process|CODE OF CONDUCT AND DISCIPLINARY PROCEDURES)$", 1),
            (r"^(Members|Customer Relations Policy|Members of the Board)$", 2),
        ],
    },
}


LAYOUT580: dict[str, dict] = {
    "h580-1": {
        # the website's column label "南京翻譯服務指南 高淳翻譯服務指南" is the site's; the notice's own heading is 1.客戶須知
        "title": None,
        "skip": [r"^南京翻譯服務指南 高淳翻譯服務指南$"],
        "headings": [(r"^1\.客戶須知$", 1)],
    },
    "h580-2": {
        # the page's title "计费方式" stands twice in the copy; its items are the page's bullets
        "title": "计费方式",
        "skip": [r"^计费方式$"],
        # the copy marks the page's emphasis with "*"; the Word file has the words without the marks
        "sub": [(r"\*(您指出的每一处错译,我们将赔偿50元人民币)\*", r"\1")],
        "headings": [(r"^(付款方式|质量保证)$", 1), (r"^质量保证的相关规定:$", 2)],
    },
    "h580-3": {
        # the stored text has no title line; none is made up. The "|" lines are the page's table border
        "title": None,
        "skip": [r"^\|$"],
        "sub": [(r" \|\n", "\n")],
        "headings": [(r"^\([一二]\)(技术要求|服务要求)$", 1), (r"^[12]、(严重错误|较严重的错误|业务接洽|及时交付)", 2)],
    },
    "h580-4": {
        # the website's location line is the site's; each step's (实施部门…;责任人…) note is its own line
        "title": "质量控制",
        "skip": [r"^当前位置:", r"^质量控制$"],
        "split": r"(?=\(实施部门:)",
        "headings": [],
    },
    "h580-5": {
        "title": "Complaints & Appeals Procedure",
        "english": True,
        "skip": [r"^Complaints & Appeals Procedure$"],
        "rejoin": [r"(?<=under the)\n(?=Equality Act 2010)"],
        "headings": [(r"^(What is a complaint\?|Our standards for handling complaints)$", 1)],
    },
}


LAYOUT581: dict[str, dict] = {
    "h581-1": {
        "title": "供热客户服务管理制度",
        "skip": [r"^13供热客户服务管理制度(培训课件)?$", r"^供热客户服务管理制度$", r"^精品文档$"],
        "split": r"(?=批准:)|(?=审核:)|(?=编写:)|(?=天津市武清区九九热力有限公司发布)|(?=精品文档)|(?<=精品文档)|"
        r"(?<=11-03 发布)|(?<=11— 04 实施)|(?=[一二三四]、)|(?<=[;。])(?=\([一二三]\))|(?<=技能制度|服务制度|举止制度)(?=\(一\))",
        "headings": [(r"^[一二三四]、", 1)],
    },
    "h581-2": {
        "title": "临沂金程热力有限公司供热服务规范",
        "skip": [r"^临沂金程热力有限公司供热服务规范$", r"^发布日期:2024-11-01\s+访问量:"],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h581-3": {
        "title": None,
        "headings": [
            (r"^[一二三]、", 1),
            (r"^(办理流程|报修渠道|网点设置|漏气情况处理措施温馨提示):$", 2),
            (r"^\([123]\)(营业厅充值流程|政务大厅充值流程|线上充值流程|电话报修\(首选渠道\)|线上报修):$", 3),
        ],
    },
    "h581-4": {
        "title": "荊門中石油昆侖燃?xì)庥邢薰韭穆毐M責(zé)服務(wù)承諾",
        "skip": [
            r"^亚洲视频国产视频,",
            r"^• 歡迎光臨",
            r"^當\(dāng\)前位置:",
            r"^荊門中石油昆侖燃.*承諾$",
            r"^字體: 放大字體",
        ],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h581-5": {
        "title": "Our guaranteed service standards",
        "english": True,
        "skip": [r"^Our guaranteed$", r"^service standards$"],
        "bullet": r"^- ",
        "headings": [
            (r"^(Making appointments|Your account|Payment arrangements|If your heating isn’t working)$", 1),
            (r"^(Planned|Unplanned) interruptions$", 2),
        ],
    },
}


LAYOUT582: dict[str, dict] = {
    "h582-1": {
        # the stored text has no title line; none is made up. Its chapters are the Word headings, its articles paragraphs
        "title": None,
        "headings": [(r"^第[一二三]章 ", 1)],
    },
    "h582-2": {
        # the site's title, "合集下载" and its three download notices are the site's. The flowchart's boxes are its
        # paragraphs; a box the copy breaks at the chart's width is one paragraph again, and each side label, which the
        # copy splits into two halves ("普通投" … "诉纠纷"), stands whole as a heading before the boxes it spans
        "title": "投诉纠纷顾客处理流程",
        "skip": [
            r"^整形医院投诉纠纷顾客处理流程$",
            r"^合集下载$",
            r"^\d\. \d、",
            r"^投诉纠纷顾客处理流程$",
            r"^(普通投|严重投|重大投|诉纠纷)$",
        ],
        "sub": [
            (r"单独面对\n+客人;", "单独面对客人;"),
            (r"其他专家只能\n+给予客人建议", "其他专家只能给予客人建议"),
            (r"及时向院长\n+汇报\)", "及时向院长汇报)"),
            (r"(?m)^(客服经理\(电话劝退客人\))$", r"普通投诉纠纷\n\1"),
            (r"(?m)^(客服主管\(调查、协商处理)", r"严重投诉纠纷\n\1"),
            (r"(?m)^协商不了$", "重大投诉纠纷\n协商不了"),
        ],
        "headings": [(r"^(普通|严重|重大)投诉纠纷$", 1)],
    },
    "h582-3": {
        # the website's link back to its list of policies is the site's; the first bullet introduces the others and
        # stays a bullet, as the page has it
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$", r"^< Back to policies & procedures$"],
        "headings": [(r"^[1-5]\. [A-Z]", 1)],
    },
}


LAYOUT583: dict[str, dict] = {
    "h583-1": {
        # the stored text has no title line; none is made up. "Last updated on 22/05/18" is the procedure's own date line
        "title": None,
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (
                r"^(Credit Union’s commitment to members|What do we mean by a complaint and who can make a complaint\?|"
                r"What happens when the Credit Union receives a complaint\?)$",
                1,
            )
        ],
    },
    "h583-2": {
        # the article's title is in its address, not in the stored text
        "title": "Letting us Know if You are Unhappy",
        "english": True,
        "bullet": r"^- ",
        "headings": [
            (
                r"^(Providing Feedback|Making a Formal Complaint|Tips for Submitting Your Complaint|"
                r"The Financial Ombudsman Service)$",
                1,
            )
        ],
    },
}


LAYOUT584: dict[str, dict] = {
    "h584-1": {
        # the sharing site's page title and download notices are the site's; the title is the handbook's name on its
        # cover (the cover's other lines stay paragraphs, their blanks kept)
        "title": "突发事件应急方案手册",
        "skip": [r"^保险公司各项突发应急方案及制度 通用版$", r"^- [123]、", r"^突发事件应急方案手册$"],
        "headings": [(r"^目录$", 1), (r"^重大上访及群体性事件应急预案$", 1), (r"^第一章 总则$", 2)],
    },
    "h584-2": {
        # the copy runs the rules into two paragraphs opened by the sharing site's segment numbers 1、/2、 (the second
        # in the middle of principle (四)); the rules' own name is the title, chapters are headings, articles and items
        # are split again where their own numbers start. The copy's line-break spaces (利 益, 人 员) are kept
        "title": "XXXX保险股份有限公司理赔客户投诉处理实施细则",
        "skip": [
            r"^保险公司客户投诉管理办法_第\d页$",
            r"^已阅读5页",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
        ],
        "sub": [(r"(?m)^1、XXXX保险股份有限公司理赔客户投诉处理实施细则", ""), (r"\(四\)\n+2、诚信原则", "(四)诚信原则")],
        "split": r"(?=第[一二三四五六七八九十]+[章条])|(?=\([一二三四五]\)(?:保密|合法|合理|诚信|效率)原则)|"
        r"(?=[一二]、投诉(?:管理领导|处理)小组)|(?<![副、])(?=组长:)|(?=副组长:)|(?=成 ?员:)",
        "headings": [(r"^第[一二]章", 1)],
    },
    "h584-3": {
        # no title line of its own; the page's 发布日期 line is the site's
        "title": None,
        "skip": [r"^发布日期:2025-04-02$"],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h584-4": {
        "title": "保險業監管局或其職員",
        "skip": [r"^Skip to content$", r"^保險業監管局或其職員$"],
        "headings": [(r"^(如何向保監局作出投訴|提出投訴的時限|保監局如何處理你的投訴)$", 1)],
    },
    "h584-5": {
        "title": None,
        "english": True,
        "headings": [(r"^(Our Commitment to You|Who to Complain To|How Your Complaint Will Be Dealt With)$", 1)],
    },
}


LAYOUT585: dict[str, dict] = {
    "h585-1": {
        "title": "物业住宅小区应急预案",
        "skip": [
            r"^物业住宅小区应急预案$",
            r"^- 1、下载文档前请自行甄别",
            r"^- 2、\"仅部分预览\"的文档",
            r"^- 3、如文档侵犯您的权益",
        ],
        "headings": [(r"^(设备损坏应急处理|业主投诉流程|火警应急处理):$", 1)],
    },
    "h585-2": {
        "title": "物业管理报修、投诉制度",
        "skip": [
            r"^物业管理报修、投诉制度 -凯发线上手机app免费下载$",
            r"^1308$",
            r"^物业管理报修、投诉制度$",
        ],
        "headings": [
            (r"^[1-4] (目的|适用范围|职责|实施程序)$", 1),
            (r"^4\.[12] ?(受理|处理程序)$", 2),
        ],
    },
    "h585-3": {
        "title": "業(yè)主投訴處理制度(完整版)",
        "skip": [
            r"^freepeople性欧美熟妇",
            r"^正文內\(nèi\)容$",
            r"^業\(yè\)主投訴處理制度\(完整版\)$",
            r"^2024-12-07 21:34上一頁面$",
            r"^下一頁面$",
        ],
        "sub": [(r"(?m)^【正文】 ", "")],
        "split": r"(?<=^投訴處理要求) |(?<=分析。) : |(?<=投訴的受理) |(?<=投訴事件等。) |(?<=投訴的處理) "
        r"|(?<=及時處理:) |(?<=通 知業\(yè\)主;) |(?<=主回復\(fù\);) ",
        "headings": [(r"^投訴處理要求$", 1), (r"^投訴的(受理|處理)$", 2)],
    },
    "h585-4": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [
            r"^Policy$",
            r"^As a professional service provider we have adopted the below operational and ethical policies\.$",
            r"^Complaints Policy$",
        ],
        "sub": [(r"(?m)^- (?=(Initial Complaint|Formal Complaint|Acknowledgement|Response)$)", "")],
        "headings": [
            (r"^Policy Statement:$", 1),
            (r"^(Initial Complaint|Formal Complaint|Acknowledgement|Response)$", 2),
        ],
    },
}


LAYOUT586: dict[str, dict] = {
    "h586-1": {
        # the sharing site's document name and the document's title stand as bare lines, the title again run into the
        # opening sentence; each of 一、…四、 is run into its text, and the copy breaks items after "。" (the same text's
        # other copy, 360docs c718271967, has each item as one paragraph): those breaks are joined again
        "title": "旅行社旅游投诉处理方案",
        "skip": [r"^旅行社旅游投诉处理方案$"],
        "sub": [(r"(?<=。)\n(?![一二三四五六七八九十]、|\(|\d、)", "")],
        "split": r"(?<=^旅行社旅游投诉处理方案)(?=为迅速)|(?<=一、适用范围)(?=本方案)|(?=二、基本原则)|"
        r"(?<=二、基本原则)(?=和谐第一)|(?<=三、组织机构)(?=组成)|(?<=四、协调处理机制)(?=\(一\))|"
        r"(?<=处置程序)(?=1、)|(?<=[。.])(?=[2-5]、)",
        "headings": [
            (r"^[一二三四]、(适用范围|基本原则|组织机构|协调处理机制)$", 1),
            (r"^\(一\)旅游纠纷与投诉处置程序$", 2),
        ],
    },
    "h586-2": {
        # the sharing site's document name and its three download notices are the site's; "2组织指挥体系和职责" is run
        # into the last sentence of 1.3
        "title": "旅游突发事件应急预案",
        "skip": [r"^旅游突发事件处理$", r"^\d\. \d、", r"^旅游突发事件应急预案$"],
        "split": r"(?<=应急措施到位。)(?=2组织指挥体系和职责)",
        "headings": [(r"^[12](工作原则|组织指挥体系和职责)$", 1), (r"^2\.[12](级别相应措施|指挥系统职责)$", 2)],
    },
    "h586-3": {
        # the page's list items stand as a lone "-" line before their text: joined into "- text" and read as bullets;
        # an empty item (a "-" before another "-" or at the end) is left out
        "title": "意见反馈",
        "skip": [r"^意见反馈$", r"^-$"],
        "sub": [(r"(?m)^-\n(?=[^\n-])", "- ")],
        "bullet": r"^- ",
        "headings": [(r"^(我们的承诺|受理范围|投诉与建议处理程序):$", 1)],
    },
    "h586-4": {
        # the stored text has no title line; none is made up. "回頁首" is the website's back-to-top link
        "title": None,
        "skip": [r"^回頁首$"],
        "bullet": r"^- ",
        "headings": [(r"^目的:$", 1), (r"^[一二三四五]、", 1)],
    },
    "h586-5": {
        # the stored text has no title line; none is made up
        "title": None,
        "english": True,
        "headings": [(r"^(PRE|POST) TRIP:$", 1)],
    },
}


LAYOUT587: dict[str, dict] = {
    "h587-1": {
        # the website's header line, column name, date line and previous/next links are the site's
        "title": "浮云电商-投诉单管理条例(补充版)",
        "skip": [
            r"^浮云供应链 - 专注招募分站合伙人",
            r"^公司新闻$",
            r"^浮云电商-投诉单管理条例\(补充版\)$",
            r"^发布时间:2024-05-27 分类: 公司新闻$",
            r"^« 浮云电商分站合伙人加盟声明",
        ],
        "headings": [(r"^[12]\.针对(已|未)实名用户导致的投诉单说明:$", 1)],
    },
    "h587-2": {
        # the numbered points of 二、 are the page's bulleted list; their numbers stay typed in
        "title": "交易糾紛爭議處理辦法",
        "skip": [r"^交易糾紛爭議處理辦法$"],
        "headings": [(r"^(一、 目的|二、權益保障措施及消費糾紛爭議處理原則)$", 1)],
    },
    "h587-3": {
        # the stored text has no title line of its own (it starts at 第二条); none is made up
        "title": None,
        "bullet": r"^- ",
        "headings": [
            (r"^第二条交易纠纷处理$", 1),
            (r"^(交易纠纷态样:|交易纠纷处理原则 :|交易纠纷处理作法:)$", 2),
            (r"^未履行交易:$", 3),
        ],
    },
    "h587-4": {
        # "White Paper" (the microsite's section label) and "Share this page:" are the website's
        "title": "Complaints Management",
        "english": True,
        "skip": [r"^Complaints Management$", r"^White Paper$", r"^Share this page:$"],
        "headings": [],
    },
}


LAYOUT588: dict[str, dict] = {
    "h588-1": {
        # the stored text has no title line; none is made up. Its three parts (一)–(三) are the headings; the numbered
        # items stay paragraphs with their numbers typed in. The pinyin the site inserts ("發(fā)") is kept, as stored
        "title": None,
        "headings": [(r"^\([一二三]\)、", 1)],
    },
    "h588-2": {
        "title": "Complaints Procedure",
        "english": True,
        "skip": [r"^Complaints Procedure$"],
        "headings": [(r"^(Policy Statement:|Oral Complaints)$", 1)],
    },
    "h588-3": {
        # the page's terms 4 and 5 are its headings; the site's "[email protected]" lines stand where the page
        # showed its e-mail address, and are kept
        "title": "Refund Policy",
        "english": True,
        "skip": [r"^Refund Policy$"],
        "headings": [
            (r"^[45]\. (Cancellations, Rearrangements & Refunds|Customer Services / Complaints / Grievance Procedure)$", 1)
        ],
    },
}


LAYOUT589: dict[str, dict] = {
    "h589-1": {
        # the site's spam keyword line, "正文內(nèi)容", the page's title line with "(已修改)" and its time line, and
        # "【正文】 第一篇:" are the site's. The cover's run-together line is split into the name, the document number,
        # 第一章 and its articles; the name (given twice, cover and body) is the Word title. Pinyin kept as stored
        "title": "國家電網(wǎng)公司95598業(yè)務(wù)管理暫行辦法",
        "skip": [
            r"^freepeople性欧美熟妇",
            r"^正文內\(nèi\)容$",
            r"^國家電網\(wǎng\)公司95598業\(yè\)務\(wù\)管理暫行辦法(\(已修改\))?$",
            r"^2024-10-25 16:59 本頁面$",
        ],
        "sub": [(r"(?m)^【正文】 第一篇:", "")],
        "split": r"(?=國網\(wǎng\)\(營)|(?<=2722014) |(?=第一章 總 則)|(?<=總 則)(?=第一條)|(?=第[二三四五]條 )",
        "headings": [(r"^第一章 總 則$", 1)],
    },
    "h589-2": {
        # the wenku365 page's document lines are the site's; its preview is cut into "1、" "2、" "3、" mid-sentence, which
        # are joined again. The stored part has no title of its own (the site names it by its first sentence); none is
        # made up. The 办法's title, 总则 and 第一章 are headings
        "title": None,
        "skip": [
            r"^欢迎来到天天文库$",
            r"^浏览记录$",
            r"^ID:31865213$",
            r"^大小:99\.50 KB$",
            r"^页数:20页$",
            r"^时间:2019-01-23$",
            r"^《供电服务人员上岗必须统一着装\.doc》由会员上传分享",
        ],
        "sub": [(r"\n[23]、", ""), (r"(?m)^1、(?=供电服务人员)", "")],
        "split": r"(?<=热情。)(?=A、B、C)|(?<=列队晨会。)(?=“95598”)|(?<=建立客户回访制度。)(?=采取)|"
        r"(?<=合法权益。)(?=内蒙古)|(?<=\(试行\))(?=总则)|(?<=\(试行\)总则)(?=为认真)|(?<=特制定本办法。)(?=第一章)",
        "headings": [
            (r"^内蒙古电力公司居民用电故障急修及电卡表24小时不间断服务管理办法\(试行\)$", 1),
            (r"^(总则|第一章居民用电故)$", 2),
        ],
    },
    "h589-3": {
        # the standard's name is the Word title; 前言 (its "前" lost in the copy, "言" kept), the body's name
        # 供电服务管理标准 and the clauses 1–3 are headings, 3.1–3.4 at level 2
        "title": "内蒙古电力公司供电服务规范",
        "skip": [r"^内蒙古电力公司供电服务规范$"],
        "headings": [
            (r"^言$", 1),
            (r"^供电服务管理标准$", 1),
            (r"^[123] (范围|规范性引用文件|术语和定义)$", 1),
            (r"^3\.[1-4] (业务咨询|故障报修|投诉|举报)$", 2),
        ],
    },
    "h589-4": {
        # no title line of its own (the procedure names itself in item 1, which stays a paragraph); items 2 and 3 are
        # headings; the seven heads are the page's bulleted list. The table of time limits, which the copy gives line by
        # line with its cells run together (and, in row d., the lines of two cells interleaved), is a Word table again:
        # S.No., Type of service, Time limit for rendering the service; a cell's lines joined with a space
        "title": None,
        "english": True,
        "sub": [
            (
                r"(?ms)^S\.No\. Type of service Time limit for rendering the service\n.*\Z",
                "| S.No. | Type of service | Time limit for rendering the service |\n"
                "| 1 | Interruption / Failure of Power supply |  |\n"
                "| a. | Fuse off Calls: |  |\n"
                "| (i) | Replacement of fuses | Cities & Towns - 4 working hours Rural Areas - 12 working hours |\n"
                "| (ii) | Line Breakdowns | Cities & Towns - 6 hours Rural Areas - 24 hours |\n"
                "| b. | Street Lights: |  |\n"
                "|  | Rectification of line fault | 24 hours |\n"
                "|  | Replacement of fused or defective units | 7 days |\n"
                "| c. | Replacement of failed Distribution Trs. |  |\n"
                "|  | In cities and in towns | 24 hours |\n"
                "|  | In Rural areas | 48 hours |\n"
                "| d. | Replacement of damaged service wire |  |\n"
                "| (i) | In case of damage to service wire due to Consumer's fault | 7 days from the date of payment of "
                "cost of service wire by the Consumer. |\n"
                "| (ii) | In case of damage to service wire on account of normal wear and tear (service wire to be "
                "supplied by the Licensee free of cost). | 7 days,from the date of receipt of complaint. |\n"
                "| 2 | Voltage Complaints | 10 days in case of local problems and 120 days in cases re |",
            )
        ],
        "pipe_table": True,
        "headings": [(r"^(2\. Nature of Complaints:|3\. Time limit for rectification and resumption of service\.)$", 1)],
    },
    "h589-5": {
        # the site's heading line ("Joke Collection Website - Public benefit messages - …") is the site's; the page's
        # heading is the title; the two numbered parts are headings, their items paragraphs with their numbers typed in
        "title": "Complaint handling process of power supply bureau",
        "english": True,
        "skip": [r"^Joke Collection Website - ", r"^Complaint handling process of power supply bureau$"],
        "headings": [
            (
                r"^(I\. Principles to be followed in handling customer complaints and reports|"
                r"Second, the complaint channels of power supply bureau:)$",
                1,
            )
        ],
    },
}


# h590-5: the document site's text of SES Water's leaflet runs its two columns together line by line. (column, the
# leaflet's paragraph, piece) in the copy's order; the .docx gives the left column, then the right one, each piece once
# and in its order, a paragraph's pieces joined by a space. A copy that no longer holds exactly these pieces is left as
# it is.
_H590_5 = [
    ("L", "intro", "We aim to deliver the best possible service."),
    ("R", "ccw", "not been treated fairly or in accordance with this"),
    ("L", "intro", "However, we recognise that there may be"),
    ("R", "ccw", "procedure, they will investigate your complaint and make representations to us on your behalf."),
    ("L", "intro", "occasions when you are disappointed or"),
    ("R", "ccw", "Their contact details are:"),
    ("L", "intro", "disagree with us. This fact sheet sets out our Code of Practice for Complaints. It describes"),
    ("R", "ccw-address", "CCW"),
    ("L", "intro", "how you should make a complaint and the"),
    ("R", "ccw-address", "23 Stephenson Street"),
    ("L", "intro", "response you will receive. We are committed"),
    ("R", "ccw-address", "BIRMINGHAM"),
    ("L", "intro", "to resolving all complaints promptly and"),
    ("R", "ccw-address", "B2 4BH"),
    ("L", "intro", "fairly."),
    ("L", "raise-heading", "How to raise your complaint with us"),
    ("L", "raise", "We will accept complaints from you by letter,"),
    ("R", "ccw-address", "Visit: ccwater.co.uk"),
    ("L", "raise", "email, fax or telephone. You can also use the"),
    ("R", "ccw-address", "Tel 0300 0342222 Fax: 0121 345 1010"),
    ("L", "raise", "form located on our website in the ‘Contact Us’"),
    ("R", "ccw-address", "Email: [email protected]"),
    ("L", "raise", "section. Our postal address is:"),
    ("L", "address", "SES Water London Road"),
    ("R", "sewerage-heading", "If your complaint is about sewerage"),
    ("L", "address", "Redhill"),
    ("R", "sewerage-heading", "services"),
    ("L", "address", "RH1 1LJ"),
    ("R", "sewerage", "Please refer to your water bill to see who provides your sewerage service. If you receive a"),
    ("L", "stage1-heading", "Who you should complain to (Stage 1)"),
    ("R", "sewerage", "single bill from us, then it is likely that Thames"),
    ("L", "stage1", "We aim to respond within five working days. To"),
    ("R", "sewerage", "Water is responsible for your sewerage service."),
    ("L", "stage1", "help us to respond to a complaint promptly"),
    ("R", "sewerage", "If you receive a separate bill from Southern"),
    ("L", "stage1", "please direct it to:"),
    ("R", "sewerage", "Water, then they are responsible for your sewerage service."),
    ("L", "relations", "Customer Relations Tel: 01737 785650"),
    ("R", "sewerage", "The relevant contact details are:"),
    ("L", "relations", "Fax: 01737 766807 Email: [email protected]"),
    ("R", "thames", "PO Box 286, Swindon Wiltshire SN38 2RA"),
    ("L", "stage2-heading", "If you are not satisfied with the answer"),
    ("R", "thames", "Telephone: 0800 009 3964"),
    ("L", "stage2-heading", "you receive (Stage 2)"),
    ("L", "stage2", "If you are dissatisfied with the answer you"),
    ("R", "southern", "Services"),
    ("L", "stage2", "receive from the relevant manager, you can"),
    ("R", "southern", "PO Box 41, Worthing"),
    ("L", "stage2", "escalate your complaint to our CEO. Please"),
    ("R", "southern", "BN13 3NX"),
    ("L", "stage2", "write to him at the address above. We may"),
    ("R", "southern", "Telephone: 0845 278 0845"),
    ("L", "stage2", "escalate the complaint on your behalf if you"),
    ("R", "southern", "Complaint: 0330 303 0277"),
    ("L", "stage2", "write again to the relevant manager about"),
]


def _h590_5_columns(match: re.Match) -> str:
    if re.sub(r"\s+", " ", match.group(0)).strip() != " ".join(piece for _, _, piece in _H590_5):
        return match.group(0)
    paragraphs: dict[str, list[str]] = {}
    for column in ("L", "R"):
        for side, key, piece in _H590_5:
            if side == column:
                paragraphs.setdefault(key, []).append(piece)
    return "\n".join(" ".join(pieces) for pieces in paragraphs.values())


LAYOUT590: dict[str, dict] = {
    "h590-1": {
        # the stored text's first line is the document's name: the title. Its articles 一、–六、 stay paragraphs with
        # their numbers typed in; the cut-off "七" is kept as the copy ends
        "title": "孝感市自來水公司客戶申投訴處理制度",
        "skip": [r"^孝感市自來水公司客戶申投訴處理制度$"],
        "headings": [],
    },
    "h590-2": {
        # the spam title line, "Banner" and the page's Date/Author/Hits line are the site's; the pinyin the site inserts
        # ("鄉(xiāng)") is kept, as stored
        "title": "桐城市城鄉(xiāng)供水集團(tuán)有限公司服務(wù)承諾",
        "skip": [
            r"^日本精品一区二区视频_",
            r"^Banner$",
            r" Date:2022-09-01 17:09:44 ",
            r"^桐城市城鄉\(xiāng\)供水集團\(tuán\)有限公司服務\(wù\)承諾$",
        ],
        "headings": [(r"^[一二三四]、[^,。]{2,20}$", 1)],
    },
    "h590-3": {
        # the site's welcome line and navigation ("便民服务", "> 服务指南 >首页") are left out
        "title": "供水服务社会承诺内容",
        "skip": [r"^欢迎您访问本网站!$", r"^便民服务$", r"^> 服务指南 >首页$", r"^供水服务社会承诺内容$"],
        "headings": [(r"^(业务接待|勘察设计|户表改造|管线维修|抄表收费|供水水质|供水调度):$", 1)],
    },
    "h590-4": {
        # the spam title line is the site's; the page's pinyin ("業(yè)") and its garbled "在適當?shù)赜驈堎N公告" are kept
        "title": "服務承諾",
        "skip": [r"^欧美激情免费全部_", r"^服務承諾$"],
        "headings": [
            (r"^一、服務承諾項目$", 1),
            (r"^二\.服務承諾標準$", 1),
            (r"^[1-4]、\S+$", 2),
        ],
    },
    "h590-5": {
        # "1" before the leaflet's name is its page number; the two columns are given one after the other (above)
        "title": "Making a Complaint",
        "english": True,
        "skip": [r"^1 Making a Complaint$"],
        "sub": [(r"(?ms)^We aim to deliver the best possible service\..*\Z", _h590_5_columns)],
        "headings": [
            (
                r"^(How to raise your complaint with us|Who you should complain to \(Stage 1\)|"
                r"If you are not satisfied with the answer you receive \(Stage 2\)|"
                r"If your complaint is about sewerage services)$",
                1,
            )
        ],
    },
}


LAYOUT591: dict[str, dict] = {
    "h591-1": {
        # the cover's title is the Title; the sharing site's file-name lines, upload line, page previews and "由会员分享"
        # line are the site's. The cover's own lines and the running header of the contents page stay paragraphs; the
        # contents' lines stay ordinary paragraphs (page numbers run on as the copy has them)
        "title": "四川电信宽带安装维护规范",
        "skip": [
            r"^四川电信宽带安装维护规范V\.docx",
            r"^上传人:",
            r"^下载 相关 举报$",
            r"^第\d页 / 共22页$",
            r"^点击查看更多>>$",
            r"^下载资源$",
            r"^资源描述$",
            r"^《四川电信宽带安装维护规范V\.docx》由会员分享",
            r"^四川电信宽带安装维护规范V$",
            r"^四川电信宽带安装维护规范$",
        ],
        "headings": [(r"^目录$", 1)],
    },
    "h591-2": {
        # the site's navigation lines, the date line and the page's repeated title are the site's
        "title": "為民服務白皮書",
        "skip": [r"^跳到主要內容區塊$", r"^字型小 字型中 字型大$", r"^為民服務白皮書$", r"^最後更新日期:"],
        "headings": [(r"^[壹貳參]、", 1)],
    },
    "h591-3": {
        # the copy's Markdown marks are the page's formatting: "#" the title, "##" the section headings, "**" bold;
        # the Word file has the words without the marks. The "– Email" line is the page's one-item list
        "title": "Complaints Code of Practice",
        "english": True,
        "skip": [r"^# Complaints Code of Practice$"],
        "sub": [(r"(?m)^## ", ""), (r"\*\*", "")],
        "bullet": r"^– ",
        "headings": [(r"^[1-4]\. (How to contact us|Our complaints process|Escalation|Alternative Dispute Resolution)", 1)],
    },
}


LAYOUT592: dict[str, dict] = {
    "h592-1": {
        # 重慶郵政: the stored part of its 服務質量管理辦法, run together into one line by the copy; split again before the
        # article (第十四條), its items 一、–四、 and the sub-items (一)–(三). The site's pinyin ("務(wù)") is kept, as stored
        "title": "重慶郵政服務(wù)質(zhì)量管理辦法(編輯修改稿)",
        "skip": [
            r"^freepeople性欧美熟妇",
            r"^正文內\(nèi\)容$",
            r"^重慶郵政服務\(wù\)質\(zhì\)量管理辦法\(編輯修改稿\)$",
            r"^2024-10-16 11:28 本頁面$",
        ],
        "sub": [(r"(?m)^【文章內容簡介】 ", "")],
        "split": r" (?=第十四條 )|(?<=投訴處理時限) (?=一、)| (?=[二三四]、)|(?<=時限界定) | (?=\([一二三]\))",
        "headings": [(r"^第十四條 投訴處理時限$", 1), (r"^四、時限界定$", 2)],
    },
    "h592-2": {
        # 德邦品質管理制度: the site's 導讀 is the notice's own opening sentences (kept without the label and without the
        # site's “本文件,效果更佳。”); the 正文 starts mid-sentence and its items, whose numbers the copy lost, are split
        # where the text has “; ”; 二、 is the document's heading
        "title": "德邦品質(zhì)管理制度",
        "skip": [
            r"^freepeople性欧美熟妇",
            r"^正文內\(nèi\)容$",
            r"^德邦品質\(zhì\)管理制度-資料下載頁\(yè\)$",
            r"^2024-11-13 03:41本頁\(yè\)面$",
        ],
        "sub": [(r"(?m)^【導\(dǎo\)讀】", ""), (r"本文件,效果更佳。", ""), (r"(?m)^【正文】 ", "")],
        "split": r"(?<=;) | (?=二、貨物中轉)|(?<=操作規\(guī\)范) ",
        "headings": [(r"^二、貨物中轉\(zhuǎn\)操作規\(guī\)范$", 1)],
    },
    "h592-3": {
        # a logistics company's 貨物出險管理制度 (No. 08-025): the 導讀's fragments are the document's own sentences and
        # stay a paragraph (without the site's label); the 貨物出險責任劃分表, whose cells the copy runs together, is a Word
        # table again: two header rows (有保價且索賠資料齊全 and 無保價的賠償 over their two columns each), one row a case
        "title": "貨物出險管理制度",
        "skip": [
            r"^freepeople性欧美熟妇",
            r"^正文內\(nèi\)容$",
            r"^08-025貨物出險管理制度\(有效期至-資料下載頁$",
            r"^2024-09-15 13:21本頁面$",
        ],
        "sub": [
            (r"(?m)^【導\(dǎo\)讀】", ""),
            (
                r"(?m)^【正文】 (貨物出險責任劃分表) (序號) (差錯責任部門) (追償部門) (有保 價 且索賠資料齊全) "
                r"(有保 價 但索賠資料不齊賠償) (無保價 的賠償) (保價 范圍內\(nèi\)的賠償) (超過保價 范圍的賠償) "
                r"(索賠資料不齊全) (索賠資料齊全) ",
                r"\1\n| \2 | \3 | \4 | \5 |  | \6 | \7 |  |\n|  |  |  | \8 | \9 |  | \g<10> | \g<11> |\n",
            ),
            (
                r"(?m)^(1) (\S+\(對外\)) (——) (95%.+?15%。) (入部門\S+) (入部門\S+) (入部 門\S+) (公司限額\S+。) ",
                r"| \1 | \2 | \3 | \4 | \5 | \6 | \7 | \8 |\n",
            ),
            (
                r"(?m)^(2) (\S+\(對內\(nèi\)\)) (95%.+?處罰\S+) (入 部門\S+) (入部門\S+) (入部門\S+) (公司限額\S+。) ",
                r"| \1 | \2 |  | \3 | \4 | \5 | \6 | \7 |\n",
            ),
            (
                r"(?m)^(3) (專線出險 \(被盜搶及淋濕\)) (配載部門) (95%.+?向外追償。) (入部門\S+) (入部門\S+) (入部門\S+) "
                r"(公司限額.+?向外 追償。) ",
                r"| \1 | \2 | \3 | \4 | \5 | \6 | \7 | \8 |\n",
            ),
            (
                r"(?m)^(4) (專線出險 \(發\S+交通事故 \)) (配載部門) (95%.+?5%收貨部門。) (入部門費\S*)$",
                r"| \1 | \2 | \3 | \4 | \5 |  |  |  |",
            ),
        ],
        "pipe_table": True,
        "headings": [(r"^貨物出險責任劃分表$", 1)],
    },
    "h592-4": {
        # a freight forwarder's 顾客投诉处理管理制度: the site's document name and its three download notices are left
        # out; the lines the copy broke (“业务部 / 门。”, “必要时发出 / 纠正措施通知”) are joined again
        "title": "顾客投诉处理管理制度",
        "skip": [
            r"^国际货运代理公司顾客投诉处理管理制度$",
            r"^\d\. \d、",
            r"^顾客投诉处理管理制度$",
        ],
        "sub": [(r"业务部\n\n门。", "业务部门。"), (r"必要时发出\n\n纠正", "必要时发出纠正")],
        "headings": [
            (r"^[1-4]\.(目的|适用范围|职责|工作程序)$", 1),
            (r"^4\.[1-4] ?(顾客投诉的分类|顾客投诉和处理的传递途径|信息收集和传递|处理投诉)$", 2),
            (r"^4\.1\.[12](合理投诉|不合理投诉)$", 3),
        ],
    },
    "h592-5": {
        # Delhivery's Community Grievance Redressal Policy: scribd's page title and its own lines are left out; the
        # document's two tables (its information table and its update summary) are Word tables again; the lines the copy
        # broke at the page width are joined into their sentences
        "title": "Community Grievance Redressal Policy - Delhivery",
        "english": True,
        "skip": [
            r"^Community Grievance Redressal Policy Delhivery$",
            r"^You might also like$",
            r"^Download as pdf or txt$",
            r"^You are on page 1of 3$",
            r"^Community Grievance Redressal Policy - Delhivery$",
        ],
        "sub": [
            (r"(?m)^S\. No\. Type of Information Document Data$", "| S. No. | Type of Information | Document Data |"),
            (
                r"(?m)^([1-6]\.) (Document Title|Date of Release|Document Version No\.|Document Owner|Document Author\(s\)"
                r"|Document Approver) (.+)$",
                r"| \1 | \2 | \3 |",
            ),
            (
                r"(?m)^Version No\. Revision Date Nature of Change To be Reviewed before$",
                "| Version No. | Revision Date | Nature of Change | To be Reviewed before |",
            ),
            (r"(?m)^(V 1\.0) (NA) (New Document) (01-Apr-2024)$", r"| \1 | \2 | \3 | \4 |"),
        ],
        "rejoin": [r"(?<=[a-z’,])\n(?=[a-z])", r"(?<=Redressal)\n(?=Mechanism)"],
        "pipe_table": True,
        "pipe_starts": r"^Version No\.$",
        "headings": [
            (r"^Document Update Summary$", 1),
            (r"^Community Grievance Redressal Policy$", 1),
            (r"^(Introduction|Scope|Definition|Grievance Reporting channel):$", 2),
        ],
    },
}


LAYOUT593: dict[str, dict] = {
    "h593-1": {
        # the sharing site's two preview lines are the site's. The cover's unit name stays a paragraph under the
        # title; the plan's name repeated before "1 总则" is the body's own heading
        "title": "危险废物事故应急预案",
        "skip": [r"^以下为《摩托车维修部危险废物事故应急预案》的无排版文字预览", r"^下载前请仔细阅读文字预览"],
        "sub": [(r"(?m)^(叙永县赖师摩托车维修部)\n危险废物事故应急预案\n", r"\1\n")],
        "headings": [
            (r"^(发布令|危险废物事故应急预案)$", 1),
            (r"^\d [^\d]", 2),
            (r"^\d\.\d [^\d]", 3),
        ],
    },
    "h593-2": {
        # the page's two tables, whose cells the copy runs together or breaks over lines, are Word tables again, a
        # cell per value as the copy gives them row by row; the lines holding one space are the page's spacing
        "title": "顧客服務",
        "skip": [r"^顧客服務$"],
        "sub": [
            (
                r"(?m)^VOC來源TOYOTALEXUSHINO執行單位\n"
                r"電話 (69%) (84%) (66%) (TOYOTA及LEXUS顧客服務單位)\n"
                r"(官網\(網路\+文字客服\)) (27%) (5%) (17%) (HINO:商用車服務行銷室)\n"
                r"(電訪、郵訪問卷等) (4%) (11%) (17%) (TOYOTA:委託外部單位進行\(電訪為經銷商執行\))\n"
                r"(LEXUS:委託外部單位進行)\n(HINO:委託外部單位進行)$",
                "| VOC來源 | TOYOTA | LEXUS | HINO | 執行單位 |\n"
                r"| 電話 | \1 | \2 | \3 | \4 |"
                "\n"
                r"| \5 | \6 | \7 | \8 | \9 |"
                "\n"
                r"| \10 | \11 | \12 | \13 | \14 \15 \16 |",
            ),
            (
                r"(?m)^顧客意見回饋管道\n顧客服務中心\n服務電話\nTOYOTA LEXUS HINO\n"
                r"(0800-221-345)\n(\(02\)5599-7299)\n(0800-036-036) (0800-522-567)\n"
                r"官網 (www\.toyota\.com\.tw) (www\.lexus\.com\.tw) (www\.hino\.com\.tw)\n電話訪問\n●$",
                "| 顧客意見回饋管道 | TOYOTA | LEXUS | HINO |\n"
                r"| 顧客服務中心 服務電話 | \1 \2 | \3 | \4 |"
                "\n"
                r"| 官網 | \5 | \6 | \7 |"
                "\n"
                "| 電話訪問 | ● |  |  |",
            ),
        ],
        "pipe_table": True,
        "headings": [(r"^(用心傾聽顧客的聲音|顧客意見回饋管道)$", 1), (r"^2019 年VOC 來源統計$", 2)],
    },
    "h593-3": {
        # the page's date line ("发布时间:2019-01-08", on the title's line) is the website's; the notice has no
        # headings of its own
        "title": "“突发环境事件应急预案”公示",
        "skip": [r"^“突发环境事件应急预案”公示 发布时间:2019-01-08$"],
        "headings": [],
    },
    "h593-4": {
        "title": "Complaints Policy",
        "english": True,
        "skip": [r"^Complaints Policy$"],
        "headings": [(r"^[1-7]\. [A-Z]", 1)],
    },
}


# The five-hundred-and-ninety-fourth held-out set (plans/heldout594/): supermarkets and shopping centres (a store's opening
# emergency plan, a supermarket chain's complaint manual, a retail chain's rules for injury accidents, a shopping centre's
# emergency plan, a shopping-centre manager's complaints procedure for tenants). Left out: the sharing sites' notices and
# download lines, dybbs8's spam line, page markers and the centre website's notice and footer menu.
LAYOUT594: dict[str, dict] = {
    "h594-1": {
        # "商店(超市)开业应急预案" is the sharing site's name for it; the document's own title is "商店开业应急预案"
        "title": "商店开业应急预案",
        "skip": [
            r"^商店\(超市\)开业应急预案$",
            r"^商店开业应急预案$",
            r"^合集下载$",
            r"^\d\. \d、",
        ],
        "split": r"(?<=制止。)(?=2\))",
        # the stored text broke lines at the page width ("很快就", "安", "对", "惯"): joined again
        "join": r"^(\d\)|\d、|[一二三]、|机动应急人员)",
        "headings": [
            (r"^[一二]、(突发事件处理原则|各类突发事件的处理):$", 1),
            (r"^[12]、(广场活动|停电)应急措施", 2),
        ],
    },
    "h594-2": {
        # "(編輯修改稿)" is the site's mark on its copy; the manual's name is the title
        "title": "蘇果超市顧客投訴工作流程制度手冊",
        "skip": [
            r"^freepeople",
            r"^正文內\(nèi\)容$",
            r"^蘇果超市顧客投訴工作流程制度手冊\(編輯修改稿\)$",
            r"^2024-08-18 15:09 本頁面$",
        ],
        "sub": [(r"【文章內\(nèi\)容簡介】 ", "")],
        "split": r" (?=投訴分析及處理辦法:|處理結\(jié\)果:|投訴案例十四|投訴類別:|發\(fā\)生門店:|事情經\(jīng\)過:)",
        "headings": [(r"^投訴案例十四$", 1)],
    },
    "h594-3": {
        "title": "意外伤害事故应对",
        "skip": [r"^意外伤害事故应对$"],
        "split": r"(?<=^意外伤害事故应对)(?=一、)|(?=[一二]、)|(?=[AB]\.)|(?<=[;。])(?=[1-8]\.)|(?<=伤害预防)(?=1\.)|"
        r"(?<=受到意外伤害)(?=1\.)|(?<=附件传真。)(?=三$)",
        "headings": [
            (r"^[一二]、(日常伤害事故预防|顾客在店内受到意外伤害)$", 1),
            (r"^[AB]\.(顾客|员工)伤害预防$", 2),
        ],
    },
    "h594-4": {
        "title": "中粮·沈阳大悦城购物中心突发事件应急预案",
        "skip": [
            r"^中粮大悦城应急预案$",
            r"^整理文档很辛苦",
            r"^免费阅读已结束",
            r"^阅读已结束",
            r"^资源描述$",
            r"^中粮·沈阳大悦城购物中心突发事件应急预案$",
        ],
        # the page numbers "1" and "2" of the preview are left out; the contents lines, run together with their page
        # numbers, are split after each page number
        "sub": [
            (r"(?m)^1(中粮·沈阳大悦城购物中心突发事件应急预案)2(目录)(?=1\.)", r"\1\n\2\n"),
            (r"(…+\d+?)(?=(?:[2-9]|1\d|2[0-2])\.\D)", "\\1\n"),
        ],
        "headings": [(r"^目录$", 1)],
    },
    "h594-5": {
        "title": "Complaints Management and Dispute Resolution Procedures – Embedded Networks",
        "english": True,
        "skip": [
            r"^Coronavirus information and centre updates$",
            r"^Legal\s+Privacy\s+Embedded Networks Dispute Resolution\s+Terms and Conditions$",
            r"^Complaints Management and Dispute Resolution Procedures – Embedded Networks$",
        ],
        "sub": [(r"(?<=Procedures –)\n(?=Embedded Networks)", " ")],
        # the stored lines break at the page width: joined again with one space
        "rejoin": [r"\n(?=[a-z(])", r"(?<=New South)\n(?=Wales)"],
        "headings": [
            (r"^(How to raise a complaint with us|What we will do when we receive your complaint):$", 1),
            (r"^General Principles:$", 2),
        ],
    },
}


LAYOUT595: dict[str, dict] = {
    "h595-1": {
        # the information-disclosure page's metadata block (索引號 … 發布日期) is the portal's, not the kindergarten's,
        # and is left out with the two title lines; the plan's name is the title. Its parts 一、–三、 are the headings,
        # (一)–(七) and the principles stay paragraphs. The pinyin the site inserts ("發(fā)") is kept, as stored
        "title": "亳州市第十二幼兒園突發(fā)社會(huì)安全事件應(yīng)急預(yù)案",
        "skip": [
            r"^索引號\(hào\) ",
            r"^發\(fā\)布機\(jī\)構\(gòu\) ",
            r"^有效性 有效 ",
            r"^名稱 亳州市",
            r"^生成日期 ",
            r"^亳州市第十二幼兒園突發\(fā\)社會\(huì\)安全事件應\(yīng\)急預\(yù\)案$",
        ],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h595-2": {
        # the sharing site's sentence is left out; its page marks "1、" and "2、" are dropped and the sentence the page
        # break cut ("相关" / "单位求助") is joined again. The run-together text is split before the items (1)–(5) and
        # the phone numbers; the items whose first words name them ((2)处置程序。 … (5)常用电话:) are the headings
        "title": "幼儿园预防突发事件处置预案",
        "skip": [r"^《幼儿园预防突发事件处置预案\.doc》由会员分享"],
        "sub": [(r"(?m)^1、幼儿园预防突发事件处置预案", ""), (r"\n2、", "")],
        "split": r"(?=\([1-5]\))|(?<=\(2\)处置程序。)|(?<=\(3\)处置措施:)|(?<=\(4\)注意事项:)|(?<=\(5\)常用电话:)|"
        r"(?=幼儿园领导电话:)|(?=社区民警:)|(?=辖区派出所:)",
        "headings": [(r"^\([2-5]\)(处置程序。|处置措施:|注意事项:|常用电话:)$", 1)],
    },
    "h595-3": {
        # the stored text has no title line; none is made up. Its parts 一、–四、 are the headings. The list of the
        # working groups is a table of three columns (组名, 组长, 组员) whose 组长 and 组员 cells are empty in the copy;
        # the "z" the copy shows after each group's name stands for the empty cells and is left out
        "title": None,
        "sub": [
            (r"(?m)^组名 组长 组员$", "| 组名 | 组长 | 组员 |"),
            (r"(?m)^(封锁组|医疗组|保障组|接待组|信息组)z$", r"| \1 |  |  |"),
        ],
        "pipe_table": True,
        "headings": [(r"^[一二三四]、", 1)],
    },
    "h595-4": {
        # the compilation's title, "字號:", the editor's recommendation and the "篇1" line are the site's and are left
        # out; the first plan itself has no title line, and none is made up. Its parts 一、–三、 are the headings
        "title": None,
        "skip": [
            r"^幼兒園突發\(fā\)事故應急預案10篇$",
            r"^字號:$",
            r"^您是否需要一些建議",
            r"^幼兒園突發\(fā\)事故應急預案 篇1$",
        ],
        "headings": [(r"^[一二三]、", 1)],
    },
    "h595-5": {
        # the copy puts the heading of the complaint process between the avenues for feedback, followed by a lone ".";
        # in the school's page the avenues are one list and the heading stands before the steps, so the heading is
        # moved after the avenues and the "." is left out
        "title": "Dispute Resolution Policy",
        "english": True,
        "skip": [r"^Dispute Resolution Policy$"],
        "sub": [
            (
                r"(?m)^(Student and Parent / Guardian Complaint Process)\n((?:- .+\n)+)\.\n",
                r"\2\1\n",
            )
        ],
        "bullet": r"^- ",
        "headings": [
            (
                r"^(Feedback and Complaint Management System|Student and Parent / Guardian Complaint Process|"
                r"Withdrawal Procedure)$",
                1,
            )
        ],
    },
}


LAYOUT596: dict[str, dict] = {
    "h596-1": {
        # the copy runs the title, the sections 一、–三、 and their items into one paragraph: split where the
        # document's own numbering starts; 三's 1.–5. are its sub-headings, 二's 1.–3. stay paragraphs; the four
        # channels the copy runs together are the list they were
        "title": "养老院家属沟通投诉处理流程",
        "skip": [
            r"^养老院家属沟通投诉处理流程_第\d页$",
            r"^全文预览已结束$",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^养老院家属沟通投诉处理流程$",
        ],
        "sub": [
            (
                r"包括但不限于:直接与养老院工作人员沟通拨打养老院投诉热线发送电子邮件至养老院指定邮箱在养老院官方网站填写投诉表单",
                "包括但不限于:\n• 直接与养老院工作人员沟通\n• 拨打养老院投诉热线\n• 发送电子邮件至养老院指定邮箱\n"
                "• 在养老院官方网站填写投诉表单\n",
            )
        ],
        "split": r"(?=[一二三]、)|(?<=一、制定目的及范围)|(?<=二、投诉原则)|(?<=三、投诉流程)|(?=[1-5]\.)|"
        r"(?<=\d\.投诉渠道)|(?<=\d\.投诉受理)|(?<=\d\.投诉调查)|(?<=\d\.处理反馈)|(?<=\d\.后续跟进)",
        "headings": [
            (r"^[一二三]、(制定目的及范围|投诉原则|投诉流程)$", 1),
            (r"^[1-5]\.(投诉渠道|投诉受理|投诉调查|处理反馈|后续跟进)$", 2),
        ],
    },
    "h596-2": {
        # the copy runs the title, the chapters and their items into one paragraph: split before each chapter
        # (its heading) and each item 一、–五、; the last sentence of 第四章 is its own paragraph
        "title": "养老院内部投诉处理制度",
        "skip": [
            r"^养老院内部投诉处理制度_第\d页$",
            r"^全文预览已结束$",
            r"^下载本文档$",
            r"^版权说明:",
            r"^文档简介$",
            r"^养老院内部投诉处理制度$",
        ],
        "split": r"(?=第[一二三四五]章)|(?<=第一章总则)|(?<=第二章适用范围)|(?<=第三章投诉处理的基本原则)|"
        r"(?<=第四章投诉的受理)|(?<=第五章投诉处理流程)|(?=[一二三四五]、)|(?=所有投诉应由专人)",
        "headings": [(r"^第[一二三四五]章", 1)],
    },
    "h596-3": {
        # the sharing site's four notices and the two lines of the document's name before it are left out
        "title": "养老院突发事件应急预案制度",
        "skip": [r"^- [1-4]、", r"^养老院突发事件应急预案制度$"],
        "headings": [(r"^[一二]、(总则|组织机构及职责)$", 1)],
    },
    "h596-4": {
        # the lesson's bilingual heading is the title; the English version's heading is a heading; the three
        # bullets stay a bulleted list
        "title": "Complaint Policy and Procedure 申訴/投訴的政策和程序",
        "skip": [r"^Complaint Policy and Procedure 申訴/投訴的政策和程序$"],
        "headings": [(r"^Complaint Policy and Procedure$", 1)],
    },
    "h596-5": {
        # the stored text has no title line; none is made up. Its two sub-titles are headings, the steps
        # sub-headings; the nested bullets of the page are one bulleted list each
        "title": None,
        "english": True,
        "headings": [
            (r"^(Time Limits for Submitting a Complaint|Complaints Procedure:S)$", 1),
            (r"^Step [1-4]$", 2),
        ],
    },
}


SETS = {
    "heldout": (SOURCES, LAYOUT),
    "heldout2": (SOURCES2, LAYOUT2),
    "heldout3": (ROOT / "plans" / "heldout3" / "sources", LAYOUT3),
    "heldout4": (SOURCES4, LAYOUT4),
    "heldout5": (ROOT / "plans" / "heldout5" / "sources", LAYOUT5),
    "heldout6": (ROOT / "plans" / "heldout6" / "sources", LAYOUT6),
    "heldout7": (ROOT / "plans" / "heldout7" / "sources", LAYOUT7),
    "heldout8": (ROOT / "plans" / "heldout8" / "sources", LAYOUT8),
    "heldout9": (ROOT / "plans" / "heldout9" / "sources", LAYOUT9),
    "heldout10": (ROOT / "plans" / "heldout10" / "sources", LAYOUT10),
    "heldout11": (ROOT / "plans" / "heldout11" / "sources", LAYOUT11),
    "heldout12": (ROOT / "plans" / "heldout12" / "sources", LAYOUT12),
    "heldout13": (ROOT / "plans" / "heldout13" / "sources", LAYOUT13),
    "heldout14": (ROOT / "plans" / "heldout14" / "sources", LAYOUT14),
    "heldout15": (ROOT / "plans" / "heldout15" / "sources", LAYOUT15),
    "heldout16": (ROOT / "plans" / "heldout16" / "sources", LAYOUT16),
    "heldout17": (ROOT / "plans" / "heldout17" / "sources", LAYOUT17),
    "heldout18": (ROOT / "plans" / "heldout18" / "sources", LAYOUT18),
    "heldout19": (ROOT / "plans" / "heldout19" / "sources", LAYOUT19),
    "heldout20": (ROOT / "plans" / "heldout20" / "sources", LAYOUT20),
    "heldout21": (ROOT / "plans" / "heldout21" / "sources", LAYOUT21),
    "heldout22": (ROOT / "plans" / "heldout22" / "sources", LAYOUT22),
    "heldout23": (ROOT / "plans" / "heldout23" / "sources", LAYOUT23),
    "heldout24": (ROOT / "plans" / "heldout24" / "sources", LAYOUT24),
    "heldout25": (ROOT / "plans" / "heldout25" / "sources", LAYOUT25),
    "heldout26": (ROOT / "plans" / "heldout26" / "sources", LAYOUT26),
    "heldout27": (ROOT / "plans" / "heldout27" / "sources", LAYOUT27),
    "heldout28": (ROOT / "plans" / "heldout28" / "sources", LAYOUT28),
    "heldout29": (ROOT / "plans" / "heldout29" / "sources", LAYOUT29),
    "heldout30": (ROOT / "plans" / "heldout30" / "sources", LAYOUT30),
    "heldout31": (ROOT / "plans" / "heldout31" / "sources", LAYOUT31),
    "heldout32": (ROOT / "plans" / "heldout32" / "sources", LAYOUT32),
    "heldout33": (ROOT / "plans" / "heldout33" / "sources", LAYOUT33),
    "heldout34": (ROOT / "plans" / "heldout34" / "sources", LAYOUT34),
    "heldout35": (ROOT / "plans" / "heldout35" / "sources", LAYOUT35),
    "heldout36": (ROOT / "plans" / "heldout36" / "sources", LAYOUT36),
    "heldout37": (ROOT / "plans" / "heldout37" / "sources", LAYOUT37),
    "heldout38": (ROOT / "plans" / "heldout38" / "sources", LAYOUT38),
    "heldout39": (ROOT / "plans" / "heldout39" / "sources", LAYOUT39),
    "heldout40": (ROOT / "plans" / "heldout40" / "sources", LAYOUT40),
    "heldout41": (ROOT / "plans" / "heldout41" / "sources", LAYOUT41),
    "heldout42": (ROOT / "plans" / "heldout42" / "sources", LAYOUT42),
    "heldout43": (ROOT / "plans" / "heldout43" / "sources", LAYOUT43),
    "heldout44": (ROOT / "plans" / "heldout44" / "sources", LAYOUT44),
    "heldout45": (ROOT / "plans" / "heldout45" / "sources", LAYOUT45),
    "heldout46": (ROOT / "plans" / "heldout46" / "sources", LAYOUT46),
    "heldout47": (ROOT / "plans" / "heldout47" / "sources", LAYOUT47),
    "heldout48": (ROOT / "plans" / "heldout48" / "sources", LAYOUT48),
    "heldout49": (ROOT / "plans" / "heldout49" / "sources", LAYOUT49),
    "heldout50": (ROOT / "plans" / "heldout50" / "sources", LAYOUT50),
    "heldout51": (ROOT / "plans" / "heldout51" / "sources", LAYOUT51),
    "heldout52": (ROOT / "plans" / "heldout52" / "sources", LAYOUT52),
    "heldout53": (ROOT / "plans" / "heldout53" / "sources", LAYOUT53),
    "heldout54": (ROOT / "plans" / "heldout54" / "sources", LAYOUT54),
    "heldout55": (ROOT / "plans" / "heldout55" / "sources", LAYOUT55),
    "heldout56": (ROOT / "plans" / "heldout56" / "sources", LAYOUT56),
    "heldout57": (ROOT / "plans" / "heldout57" / "sources", LAYOUT57),
    "heldout58": (ROOT / "plans" / "heldout58" / "sources", LAYOUT58),
    "heldout59": (ROOT / "plans" / "heldout59" / "sources", LAYOUT59),
    "heldout60": (ROOT / "plans" / "heldout60" / "sources", LAYOUT60),
    "heldout61": (ROOT / "plans" / "heldout61" / "sources", LAYOUT61),
    "heldout62": (ROOT / "plans" / "heldout62" / "sources", LAYOUT62),
    "heldout63": (ROOT / "plans" / "heldout63" / "sources", LAYOUT63),
    "heldout64": (ROOT / "plans" / "heldout64" / "sources", LAYOUT64),
    "heldout65": (ROOT / "plans" / "heldout65" / "sources", LAYOUT65),
    "heldout66": (ROOT / "plans" / "heldout66" / "sources", LAYOUT66),
    "heldout67": (ROOT / "plans" / "heldout67" / "sources", LAYOUT67),
    "heldout68": (ROOT / "plans" / "heldout68" / "sources", LAYOUT68),
    "heldout69": (ROOT / "plans" / "heldout69" / "sources", LAYOUT69),
    "heldout70": (ROOT / "plans" / "heldout70" / "sources", LAYOUT70),
    "heldout71": (ROOT / "plans" / "heldout71" / "sources", LAYOUT71),
    "heldout72": (ROOT / "plans" / "heldout72" / "sources", LAYOUT72),
    "heldout73": (ROOT / "plans" / "heldout73" / "sources", LAYOUT73),
    "heldout74": (ROOT / "plans" / "heldout74" / "sources", LAYOUT74),
    "heldout75": (ROOT / "plans" / "heldout75" / "sources", LAYOUT75),
    "heldout76": (ROOT / "plans" / "heldout76" / "sources", LAYOUT76),
    "heldout77": (ROOT / "plans" / "heldout77" / "sources", LAYOUT77),
    "heldout78": (ROOT / "plans" / "heldout78" / "sources", LAYOUT78),
    "heldout79": (ROOT / "plans" / "heldout79" / "sources", LAYOUT79),
    "heldout80": (ROOT / "plans" / "heldout80" / "sources", LAYOUT80),
    "heldout81": (ROOT / "plans" / "heldout81" / "sources", LAYOUT81),
    "heldout82": (ROOT / "plans" / "heldout82" / "sources", LAYOUT82),
    "heldout83": (ROOT / "plans" / "heldout83" / "sources", LAYOUT83),
    "heldout84": (ROOT / "plans" / "heldout84" / "sources", LAYOUT84),
    "heldout85": (ROOT / "plans" / "heldout85" / "sources", LAYOUT85),
    "heldout86": (ROOT / "plans" / "heldout86" / "sources", LAYOUT86),
    "heldout87": (ROOT / "plans" / "heldout87" / "sources", LAYOUT87),
    "heldout88": (ROOT / "plans" / "heldout88" / "sources", LAYOUT88),
    "heldout89": (ROOT / "plans" / "heldout89" / "sources", LAYOUT89),
    "heldout90": (ROOT / "plans" / "heldout90" / "sources", LAYOUT90),
    "heldout91": (ROOT / "plans" / "heldout91" / "sources", LAYOUT91),
    "heldout92": (ROOT / "plans" / "heldout92" / "sources", LAYOUT92),
    "heldout93": (ROOT / "plans" / "heldout93" / "sources", LAYOUT93),
    "heldout94": (ROOT / "plans" / "heldout94" / "sources", LAYOUT94),
    "heldout95": (ROOT / "plans" / "heldout95" / "sources", LAYOUT95),
    "heldout96": (ROOT / "plans" / "heldout96" / "sources", LAYOUT96),
    "heldout97": (ROOT / "plans" / "heldout97" / "sources", LAYOUT97),
    "heldout98": (ROOT / "plans" / "heldout98" / "sources", LAYOUT98),
    "heldout99": (ROOT / "plans" / "heldout99" / "sources", LAYOUT99),
    "heldout100": (ROOT / "plans" / "heldout100" / "sources", LAYOUT100),
    "heldout101": (ROOT / "plans" / "heldout101" / "sources", LAYOUT101),
    "heldout102": (ROOT / "plans" / "heldout102" / "sources", LAYOUT102),
    "heldout103": (ROOT / "plans" / "heldout103" / "sources", LAYOUT103),
    "heldout104": (ROOT / "plans" / "heldout104" / "sources", LAYOUT104),
    "heldout105": (ROOT / "plans" / "heldout105" / "sources", LAYOUT105),
    "heldout106": (ROOT / "plans" / "heldout106" / "sources", LAYOUT106),
    "heldout107": (ROOT / "plans" / "heldout107" / "sources", LAYOUT107),
    "heldout108": (ROOT / "plans" / "heldout108" / "sources", LAYOUT108),
    "heldout109": (ROOT / "plans" / "heldout109" / "sources", LAYOUT109),
    "heldout110": (ROOT / "plans" / "heldout110" / "sources", LAYOUT110),
    "heldout111": (ROOT / "plans" / "heldout111" / "sources", LAYOUT111),
    "heldout112": (ROOT / "plans" / "heldout112" / "sources", LAYOUT112),
    "heldout113": (ROOT / "plans" / "heldout113" / "sources", LAYOUT113),
    "heldout114": (ROOT / "plans" / "heldout114" / "sources", LAYOUT114),
    "heldout115": (ROOT / "plans" / "heldout115" / "sources", LAYOUT115),
    "heldout116": (ROOT / "plans" / "heldout116" / "sources", LAYOUT116),
    "heldout117": (ROOT / "plans" / "heldout117" / "sources", LAYOUT117),
    "heldout118": (ROOT / "plans" / "heldout118" / "sources", LAYOUT118),
    "heldout119": (ROOT / "plans" / "heldout119" / "sources", LAYOUT119),
    "heldout120": (ROOT / "plans" / "heldout120" / "sources", LAYOUT120),
    "heldout121": (ROOT / "plans" / "heldout121" / "sources", LAYOUT121),
    "heldout122": (ROOT / "plans" / "heldout122" / "sources", LAYOUT122),
    "heldout123": (ROOT / "plans" / "heldout123" / "sources", LAYOUT123),
    "heldout124": (ROOT / "plans" / "heldout124" / "sources", LAYOUT124),
    "heldout125": (ROOT / "plans" / "heldout125" / "sources", LAYOUT125),
    "heldout126": (ROOT / "plans" / "heldout126" / "sources", LAYOUT126),
    "heldout127": (ROOT / "plans" / "heldout127" / "sources", LAYOUT127),
    "heldout128": (ROOT / "plans" / "heldout128" / "sources", LAYOUT128),
    "heldout129": (ROOT / "plans" / "heldout129" / "sources", LAYOUT129),
    "heldout130": (ROOT / "plans" / "heldout130" / "sources", LAYOUT130),
    "heldout131": (ROOT / "plans" / "heldout131" / "sources", LAYOUT131),
    "heldout132": (ROOT / "plans" / "heldout132" / "sources", LAYOUT132),
    "heldout133": (ROOT / "plans" / "heldout133" / "sources", LAYOUT133),
    "heldout134": (ROOT / "plans" / "heldout134" / "sources", LAYOUT134),
    "heldout135": (ROOT / "plans" / "heldout135" / "sources", LAYOUT135),
    "heldout136": (ROOT / "plans" / "heldout136" / "sources", LAYOUT136),
    "heldout137": (ROOT / "plans" / "heldout137" / "sources", LAYOUT137),
    "heldout138": (ROOT / "plans" / "heldout138" / "sources", LAYOUT138),
    "heldout139": (ROOT / "plans" / "heldout139" / "sources", LAYOUT139),
    "heldout140": (ROOT / "plans" / "heldout140" / "sources", LAYOUT140),
    "heldout141": (ROOT / "plans" / "heldout141" / "sources", LAYOUT141),
    "heldout142": (ROOT / "plans" / "heldout142" / "sources", LAYOUT142),
    "heldout143": (ROOT / "plans" / "heldout143" / "sources", LAYOUT143),
    "heldout144": (ROOT / "plans" / "heldout144" / "sources", LAYOUT144),
    "heldout145": (ROOT / "plans" / "heldout145" / "sources", LAYOUT145),
    "heldout146": (ROOT / "plans" / "heldout146" / "sources", LAYOUT146),
    "heldout147": (ROOT / "plans" / "heldout147" / "sources", LAYOUT147),
    "heldout148": (ROOT / "plans" / "heldout148" / "sources", LAYOUT148),
    "heldout149": (ROOT / "plans" / "heldout149" / "sources", LAYOUT149),
    "heldout150": (ROOT / "plans" / "heldout150" / "sources", LAYOUT150),
    "heldout151": (ROOT / "plans" / "heldout151" / "sources", LAYOUT151),
    "heldout152": (ROOT / "plans" / "heldout152" / "sources", LAYOUT152),
    "heldout153": (ROOT / "plans" / "heldout153" / "sources", LAYOUT153),
    "heldout154": (ROOT / "plans" / "heldout154" / "sources", LAYOUT154),
    "heldout155": (ROOT / "plans" / "heldout155" / "sources", LAYOUT155),
    "heldout156": (ROOT / "plans" / "heldout156" / "sources", LAYOUT156),
    "heldout157": (ROOT / "plans" / "heldout157" / "sources", LAYOUT157),
    "heldout158": (ROOT / "plans" / "heldout158" / "sources", LAYOUT158),
    "heldout159": (ROOT / "plans" / "heldout159" / "sources", LAYOUT159),
    "heldout160": (ROOT / "plans" / "heldout160" / "sources", LAYOUT160),
    "heldout161": (ROOT / "plans" / "heldout161" / "sources", LAYOUT161),
    "heldout162": (ROOT / "plans" / "heldout162" / "sources", LAYOUT162),
    "heldout163": (ROOT / "plans" / "heldout163" / "sources", LAYOUT163),
    "heldout164": (ROOT / "plans" / "heldout164" / "sources", LAYOUT164),
    "heldout165": (ROOT / "plans" / "heldout165" / "sources", LAYOUT165),
    "heldout166": (ROOT / "plans" / "heldout166" / "sources", LAYOUT166),
    "heldout167": (ROOT / "plans" / "heldout167" / "sources", LAYOUT167),
    "heldout168": (ROOT / "plans" / "heldout168" / "sources", LAYOUT168),
    "heldout169": (ROOT / "plans" / "heldout169" / "sources", LAYOUT169),
    "heldout170": (ROOT / "plans" / "heldout170" / "sources", LAYOUT170),
    "heldout171": (ROOT / "plans" / "heldout171" / "sources", LAYOUT171),
    "heldout172": (ROOT / "plans" / "heldout172" / "sources", LAYOUT172),
    "heldout173": (ROOT / "plans" / "heldout173" / "sources", LAYOUT173),
    "heldout174": (ROOT / "plans" / "heldout174" / "sources", LAYOUT174),
    "heldout175": (ROOT / "plans" / "heldout175" / "sources", LAYOUT175),
    "heldout176": (ROOT / "plans" / "heldout176" / "sources", LAYOUT176),
    "heldout177": (ROOT / "plans" / "heldout177" / "sources", LAYOUT177),
    "heldout178": (ROOT / "plans" / "heldout178" / "sources", LAYOUT178),
    "heldout179": (ROOT / "plans" / "heldout179" / "sources", LAYOUT179),
    "heldout180": (ROOT / "plans" / "heldout180" / "sources", LAYOUT180),
    "heldout181": (ROOT / "plans" / "heldout181" / "sources", LAYOUT181),
    "heldout182": (ROOT / "plans" / "heldout182" / "sources", LAYOUT182),
    "heldout183": (ROOT / "plans" / "heldout183" / "sources", LAYOUT183),
    "heldout185": (ROOT / "plans" / "heldout185" / "sources", LAYOUT185),
    "heldout186": (ROOT / "plans" / "heldout186" / "sources", LAYOUT186),
    "heldout187": (ROOT / "plans" / "heldout187" / "sources", LAYOUT187),
    "heldout184": (ROOT / "plans" / "heldout184" / "sources", LAYOUT184),
    "heldout188": (ROOT / "plans" / "heldout188" / "sources", LAYOUT188),
    "heldout189": (ROOT / "plans" / "heldout189" / "sources", LAYOUT189),
    "heldout190": (ROOT / "plans" / "heldout190" / "sources", LAYOUT190),
    "heldout191": (ROOT / "plans" / "heldout191" / "sources", LAYOUT191),
    "heldout192": (ROOT / "plans" / "heldout192" / "sources", LAYOUT192),
    "heldout193": (ROOT / "plans" / "heldout193" / "sources", LAYOUT193),
    "heldout194": (ROOT / "plans" / "heldout194" / "sources", LAYOUT194),
    "heldout195": (ROOT / "plans" / "heldout195" / "sources", LAYOUT195),
    "heldout196": (ROOT / "plans" / "heldout196" / "sources", LAYOUT196),
    "heldout197": (ROOT / "plans" / "heldout197" / "sources", LAYOUT197),
    "heldout198": (ROOT / "plans" / "heldout198" / "sources", LAYOUT198),
    "heldout199": (ROOT / "plans" / "heldout199" / "sources", LAYOUT199),
    "heldout200": (ROOT / "plans" / "heldout200" / "sources", LAYOUT200),
    "heldout201": (ROOT / "plans" / "heldout201" / "sources", LAYOUT201),
    "heldout202": (ROOT / "plans" / "heldout202" / "sources", LAYOUT202),
    "heldout203": (ROOT / "plans" / "heldout203" / "sources", LAYOUT203),
    "heldout204": (ROOT / "plans" / "heldout204" / "sources", LAYOUT204),
    "heldout205": (ROOT / "plans" / "heldout205" / "sources", LAYOUT205),
    "heldout206": (ROOT / "plans" / "heldout206" / "sources", LAYOUT206),
    "heldout207": (ROOT / "plans" / "heldout207" / "sources", LAYOUT207),
    "heldout208": (ROOT / "plans" / "heldout208" / "sources", LAYOUT208),
    "heldout209": (ROOT / "plans" / "heldout209" / "sources", LAYOUT209),
    "heldout210": (ROOT / "plans" / "heldout210" / "sources", LAYOUT210),
    "heldout211": (ROOT / "plans" / "heldout211" / "sources", LAYOUT211),
    "heldout213": (ROOT / "plans" / "heldout213" / "sources", LAYOUT213),
    "heldout214": (ROOT / "plans" / "heldout214" / "sources", LAYOUT214),
    "heldout215": (ROOT / "plans" / "heldout215" / "sources", LAYOUT215),
    "heldout212": (ROOT / "plans" / "heldout212" / "sources", LAYOUT212),
    "heldout216": (ROOT / "plans" / "heldout216" / "sources", LAYOUT216),
    "heldout217": (ROOT / "plans" / "heldout217" / "sources", LAYOUT217),
    "heldout218": (ROOT / "plans" / "heldout218" / "sources", LAYOUT218),
    "heldout219": (ROOT / "plans" / "heldout219" / "sources", LAYOUT219),
    "heldout220": (ROOT / "plans" / "heldout220" / "sources", LAYOUT220),
    "heldout221": (ROOT / "plans" / "heldout221" / "sources", LAYOUT221),
    "heldout222": (ROOT / "plans" / "heldout222" / "sources", LAYOUT222),
    "heldout223": (ROOT / "plans" / "heldout223" / "sources", LAYOUT223),
    "heldout224": (ROOT / "plans" / "heldout224" / "sources", LAYOUT224),
    "heldout225": (ROOT / "plans" / "heldout225" / "sources", LAYOUT225),
    "heldout226": (ROOT / "plans" / "heldout226" / "sources", LAYOUT226),
    "heldout227": (ROOT / "plans" / "heldout227" / "sources", LAYOUT227),
    "heldout228": (ROOT / "plans" / "heldout228" / "sources", LAYOUT228),
    "heldout229": (ROOT / "plans" / "heldout229" / "sources", LAYOUT229),
    "heldout230": (ROOT / "plans" / "heldout230" / "sources", LAYOUT230),
    "heldout231": (ROOT / "plans" / "heldout231" / "sources", LAYOUT231),
    "heldout232": (ROOT / "plans" / "heldout232" / "sources", LAYOUT232),
    "heldout233": (ROOT / "plans" / "heldout233" / "sources", LAYOUT233),
    "heldout234": (ROOT / "plans" / "heldout234" / "sources", LAYOUT234),
    "heldout235": (ROOT / "plans" / "heldout235" / "sources", LAYOUT235),
    "heldout236": (ROOT / "plans" / "heldout236" / "sources", LAYOUT236),
    "heldout237": (ROOT / "plans" / "heldout237" / "sources", LAYOUT237),
    "heldout238": (ROOT / "plans" / "heldout238" / "sources", LAYOUT238),
    "heldout239": (ROOT / "plans" / "heldout239" / "sources", LAYOUT239),
    "heldout240": (ROOT / "plans" / "heldout240" / "sources", LAYOUT240),
    "heldout241": (ROOT / "plans" / "heldout241" / "sources", LAYOUT241),
    "heldout242": (ROOT / "plans" / "heldout242" / "sources", LAYOUT242),
    "heldout243": (ROOT / "plans" / "heldout243" / "sources", LAYOUT243),
    "heldout244": (ROOT / "plans" / "heldout244" / "sources", LAYOUT244),
    "heldout245": (ROOT / "plans" / "heldout245" / "sources", LAYOUT245),
    "heldout246": (ROOT / "plans" / "heldout246" / "sources", LAYOUT246),
    "heldout247": (ROOT / "plans" / "heldout247" / "sources", LAYOUT247),
    "heldout248": (ROOT / "plans" / "heldout248" / "sources", LAYOUT248),
    "heldout249": (ROOT / "plans" / "heldout249" / "sources", LAYOUT249),
    "heldout250": (ROOT / "plans" / "heldout250" / "sources", LAYOUT250),
    "heldout251": (ROOT / "plans" / "heldout251" / "sources", LAYOUT251),
    "heldout252": (ROOT / "plans" / "heldout252" / "sources", LAYOUT252),
    "heldout253": (ROOT / "plans" / "heldout253" / "sources", LAYOUT253),
    "heldout254": (ROOT / "plans" / "heldout254" / "sources", LAYOUT254),
    "heldout255": (ROOT / "plans" / "heldout255" / "sources", LAYOUT255),
    "heldout256": (ROOT / "plans" / "heldout256" / "sources", LAYOUT256),
    "heldout257": (ROOT / "plans" / "heldout257" / "sources", LAYOUT257),
    "heldout258": (ROOT / "plans" / "heldout258" / "sources", LAYOUT258),
    "heldout259": (ROOT / "plans" / "heldout259" / "sources", LAYOUT259),
    "heldout260": (ROOT / "plans" / "heldout260" / "sources", LAYOUT260),
    "heldout261": (ROOT / "plans" / "heldout261" / "sources", LAYOUT261),
    "heldout263": (ROOT / "plans" / "heldout263" / "sources", LAYOUT263),
    "heldout262": (ROOT / "plans" / "heldout262" / "sources", LAYOUT262),
    "heldout265": (ROOT / "plans" / "heldout265" / "sources", LAYOUT265),
    "heldout266": (ROOT / "plans" / "heldout266" / "sources", LAYOUT266),
    "heldout267": (ROOT / "plans" / "heldout267" / "sources", LAYOUT267),
    "heldout264": (ROOT / "plans" / "heldout264" / "sources", LAYOUT264),
    "heldout269": (ROOT / "plans" / "heldout269" / "sources", LAYOUT269),
    "heldout268": (ROOT / "plans" / "heldout268" / "sources", LAYOUT268),
    "heldout270": (ROOT / "plans" / "heldout270" / "sources", LAYOUT270),
    "heldout271": (ROOT / "plans" / "heldout271" / "sources", LAYOUT271),
    "heldout272": (ROOT / "plans" / "heldout272" / "sources", LAYOUT272),
    "heldout273": (ROOT / "plans" / "heldout273" / "sources", LAYOUT273),
    "heldout274": (ROOT / "plans" / "heldout274" / "sources", LAYOUT274),
    "heldout275": (ROOT / "plans" / "heldout275" / "sources", LAYOUT275),
    "heldout276": (ROOT / "plans" / "heldout276" / "sources", LAYOUT276),
    "heldout277": (ROOT / "plans" / "heldout277" / "sources", LAYOUT277),
    "heldout278": (ROOT / "plans" / "heldout278" / "sources", LAYOUT278),
    "heldout279": (ROOT / "plans" / "heldout279" / "sources", LAYOUT279),
    "heldout280": (ROOT / "plans" / "heldout280" / "sources", LAYOUT280),
    "heldout281": (ROOT / "plans" / "heldout281" / "sources", LAYOUT281),
    "heldout282": (ROOT / "plans" / "heldout282" / "sources", LAYOUT282),
    "heldout283": (ROOT / "plans" / "heldout283" / "sources", LAYOUT283),
    "heldout284": (ROOT / "plans" / "heldout284" / "sources", LAYOUT284),
    "heldout285": (ROOT / "plans" / "heldout285" / "sources", LAYOUT285),
    "heldout286": (ROOT / "plans" / "heldout286" / "sources", LAYOUT286),
    "heldout287": (ROOT / "plans" / "heldout287" / "sources", LAYOUT287),
    "heldout288": (ROOT / "plans" / "heldout288" / "sources", LAYOUT288),
    "heldout289": (ROOT / "plans" / "heldout289" / "sources", LAYOUT289),
    "heldout290": (ROOT / "plans" / "heldout290" / "sources", LAYOUT290),
    "heldout291": (ROOT / "plans" / "heldout291" / "sources", LAYOUT291),
    "heldout292": (ROOT / "plans" / "heldout292" / "sources", LAYOUT292),
    "heldout293": (ROOT / "plans" / "heldout293" / "sources", LAYOUT293),
    "heldout294": (ROOT / "plans" / "heldout294" / "sources", LAYOUT294),
    "heldout295": (ROOT / "plans" / "heldout295" / "sources", LAYOUT295),
    "heldout296": (ROOT / "plans" / "heldout296" / "sources", LAYOUT296),
    "heldout297": (ROOT / "plans" / "heldout297" / "sources", LAYOUT297),
    "heldout298": (ROOT / "plans" / "heldout298" / "sources", LAYOUT298),
    "heldout299": (ROOT / "plans" / "heldout299" / "sources", LAYOUT299),
    "heldout300": (ROOT / "plans" / "heldout300" / "sources", LAYOUT300),
    "heldout301": (ROOT / "plans" / "heldout301" / "sources", LAYOUT301),
    "heldout302": (ROOT / "plans" / "heldout302" / "sources", LAYOUT302),
    "heldout303": (ROOT / "plans" / "heldout303" / "sources", LAYOUT303),
    "heldout304": (ROOT / "plans" / "heldout304" / "sources", LAYOUT304),
    "heldout305": (ROOT / "plans" / "heldout305" / "sources", LAYOUT305),
    "heldout306": (ROOT / "plans" / "heldout306" / "sources", LAYOUT306),
    "heldout307": (ROOT / "plans" / "heldout307" / "sources", LAYOUT307),
    "heldout308": (ROOT / "plans" / "heldout308" / "sources", LAYOUT308),
    "heldout309": (ROOT / "plans" / "heldout309" / "sources", LAYOUT309),
    "heldout310": (ROOT / "plans" / "heldout310" / "sources", LAYOUT310),
    "heldout311": (ROOT / "plans" / "heldout311" / "sources", LAYOUT311),
    "heldout312": (ROOT / "plans" / "heldout312" / "sources", LAYOUT312),
    "heldout313": (ROOT / "plans" / "heldout313" / "sources", LAYOUT313),
    "heldout314": (ROOT / "plans" / "heldout314" / "sources", LAYOUT314),
    "heldout315": (ROOT / "plans" / "heldout315" / "sources", LAYOUT315),
    "heldout316": (ROOT / "plans" / "heldout316" / "sources", LAYOUT316),
    "heldout317": (ROOT / "plans" / "heldout317" / "sources", LAYOUT317),
    "heldout318": (ROOT / "plans" / "heldout318" / "sources", LAYOUT318),
    "heldout319": (ROOT / "plans" / "heldout319" / "sources", LAYOUT319),
    "heldout320": (ROOT / "plans" / "heldout320" / "sources", LAYOUT320),
    "heldout321": (ROOT / "plans" / "heldout321" / "sources", LAYOUT321),
    "heldout322": (ROOT / "plans" / "heldout322" / "sources", LAYOUT322),
    "heldout323": (ROOT / "plans" / "heldout323" / "sources", LAYOUT323),
    "heldout324": (ROOT / "plans" / "heldout324" / "sources", LAYOUT324),
    "heldout325": (ROOT / "plans" / "heldout325" / "sources", LAYOUT325),
    "heldout326": (ROOT / "plans" / "heldout326" / "sources", LAYOUT326),
    "heldout327": (ROOT / "plans" / "heldout327" / "sources", LAYOUT327),
    "heldout328": (ROOT / "plans" / "heldout328" / "sources", LAYOUT328),
    "heldout329": (ROOT / "plans" / "heldout329" / "sources", LAYOUT329),
    "heldout330": (ROOT / "plans" / "heldout330" / "sources", LAYOUT330),
    "heldout331": (ROOT / "plans" / "heldout331" / "sources", LAYOUT331),
    "heldout332": (ROOT / "plans" / "heldout332" / "sources", LAYOUT332),
    "heldout333": (ROOT / "plans" / "heldout333" / "sources", LAYOUT333),
    "heldout334": (ROOT / "plans" / "heldout334" / "sources", LAYOUT334),
    "heldout335": (ROOT / "plans" / "heldout335" / "sources", LAYOUT335),
    "heldout336": (ROOT / "plans" / "heldout336" / "sources", LAYOUT336),
    "heldout337": (ROOT / "plans" / "heldout337" / "sources", LAYOUT337),
    "heldout338": (ROOT / "plans" / "heldout338" / "sources", LAYOUT338),
    "heldout339": (ROOT / "plans" / "heldout339" / "sources", LAYOUT339),
    "heldout340": (ROOT / "plans" / "heldout340" / "sources", LAYOUT340),
    "heldout341": (ROOT / "plans" / "heldout341" / "sources", LAYOUT341),
    "heldout342": (ROOT / "plans" / "heldout342" / "sources", LAYOUT342),
    "heldout343": (ROOT / "plans" / "heldout343" / "sources", LAYOUT343),
    "heldout344": (ROOT / "plans" / "heldout344" / "sources", LAYOUT344),
    "heldout345": (ROOT / "plans" / "heldout345" / "sources", LAYOUT345),
    "heldout346": (ROOT / "plans" / "heldout346" / "sources", LAYOUT346),
    "heldout347": (ROOT / "plans" / "heldout347" / "sources", LAYOUT347),
    "heldout348": (ROOT / "plans" / "heldout348" / "sources", LAYOUT348),
    "heldout349": (ROOT / "plans" / "heldout349" / "sources", LAYOUT349),
    "heldout350": (ROOT / "plans" / "heldout350" / "sources", LAYOUT350),
    "heldout351": (ROOT / "plans" / "heldout351" / "sources", LAYOUT351),
    "heldout352": (ROOT / "plans" / "heldout352" / "sources", LAYOUT352),
    "heldout353": (ROOT / "plans" / "heldout353" / "sources", LAYOUT353),
    "heldout354": (ROOT / "plans" / "heldout354" / "sources", LAYOUT354),
    "heldout356": (ROOT / "plans" / "heldout356" / "sources", LAYOUT356),
    "heldout355": (ROOT / "plans" / "heldout355" / "sources", LAYOUT355),
    "heldout357": (ROOT / "plans" / "heldout357" / "sources", LAYOUT357),
    "heldout358": (ROOT / "plans" / "heldout358" / "sources", LAYOUT358),
    "heldout359": (ROOT / "plans" / "heldout359" / "sources", LAYOUT359),
    "heldout360": (ROOT / "plans" / "heldout360" / "sources", LAYOUT360),
    "heldout361": (ROOT / "plans" / "heldout361" / "sources", LAYOUT361),
    "heldout362": (ROOT / "plans" / "heldout362" / "sources", LAYOUT362),
    "heldout363": (ROOT / "plans" / "heldout363" / "sources", LAYOUT363),
    "heldout364": (ROOT / "plans" / "heldout364" / "sources", LAYOUT364),
    "heldout365": (ROOT / "plans" / "heldout365" / "sources", LAYOUT365),
    "heldout366": (ROOT / "plans" / "heldout366" / "sources", LAYOUT366),
    "heldout367": (ROOT / "plans" / "heldout367" / "sources", LAYOUT367),
    "heldout368": (ROOT / "plans" / "heldout368" / "sources", LAYOUT368),
    "heldout369": (ROOT / "plans" / "heldout369" / "sources", LAYOUT369),
    "heldout370": (ROOT / "plans" / "heldout370" / "sources", LAYOUT370),
    "heldout371": (ROOT / "plans" / "heldout371" / "sources", LAYOUT371),
    "heldout372": (ROOT / "plans" / "heldout372" / "sources", LAYOUT372),
    "heldout373": (ROOT / "plans" / "heldout373" / "sources", LAYOUT373),
    "heldout374": (ROOT / "plans" / "heldout374" / "sources", LAYOUT374),
    "heldout375": (ROOT / "plans" / "heldout375" / "sources", LAYOUT375),
    "heldout376": (ROOT / "plans" / "heldout376" / "sources", LAYOUT376),
    "heldout377": (ROOT / "plans" / "heldout377" / "sources", LAYOUT377),
    "heldout378": (ROOT / "plans" / "heldout378" / "sources", LAYOUT378),
    "heldout379": (ROOT / "plans" / "heldout379" / "sources", LAYOUT379),
    "heldout380": (ROOT / "plans" / "heldout380" / "sources", LAYOUT380),
    "heldout381": (ROOT / "plans" / "heldout381" / "sources", LAYOUT381),
    "heldout382": (ROOT / "plans" / "heldout382" / "sources", LAYOUT382),
    "heldout383": (ROOT / "plans" / "heldout383" / "sources", LAYOUT383),
    "heldout385": (ROOT / "plans" / "heldout385" / "sources", LAYOUT385),
    "heldout386": (ROOT / "plans" / "heldout386" / "sources", LAYOUT386),
    "heldout387": (ROOT / "plans" / "heldout387" / "sources", LAYOUT387),
    "heldout388": (ROOT / "plans" / "heldout388" / "sources", LAYOUT388),
    "heldout389": (ROOT / "plans" / "heldout389" / "sources", LAYOUT389),
    "heldout390": (ROOT / "plans" / "heldout390" / "sources", LAYOUT390),
    "heldout391": (ROOT / "plans" / "heldout391" / "sources", LAYOUT391),
    "heldout392": (ROOT / "plans" / "heldout392" / "sources", LAYOUT392),
    "heldout393": (ROOT / "plans" / "heldout393" / "sources", LAYOUT393),
    "heldout394": (ROOT / "plans" / "heldout394" / "sources", LAYOUT394),
    "heldout395": (ROOT / "plans" / "heldout395" / "sources", LAYOUT395),
    "heldout396": (ROOT / "plans" / "heldout396" / "sources", LAYOUT396),
    "heldout397": (ROOT / "plans" / "heldout397" / "sources", LAYOUT397),
    "heldout398": (ROOT / "plans" / "heldout398" / "sources", LAYOUT398),
    "heldout399": (ROOT / "plans" / "heldout399" / "sources", LAYOUT399),
    "heldout400": (ROOT / "plans" / "heldout400" / "sources", LAYOUT400),
    "heldout401": (ROOT / "plans" / "heldout401" / "sources", LAYOUT401),
    "heldout402": (ROOT / "plans" / "heldout402" / "sources", LAYOUT402),
    "heldout403": (ROOT / "plans" / "heldout403" / "sources", LAYOUT403),
    "heldout404": (ROOT / "plans" / "heldout404" / "sources", LAYOUT404),
    "heldout405": (ROOT / "plans" / "heldout405" / "sources", LAYOUT405),
    "heldout406": (ROOT / "plans" / "heldout406" / "sources", LAYOUT406),
    "heldout407": (ROOT / "plans" / "heldout407" / "sources", LAYOUT407),
    "heldout408": (ROOT / "plans" / "heldout408" / "sources", LAYOUT408),
    "heldout409": (ROOT / "plans" / "heldout409" / "sources", LAYOUT409),
    "heldout410": (ROOT / "plans" / "heldout410" / "sources", LAYOUT410),
    "heldout411": (ROOT / "plans" / "heldout411" / "sources", LAYOUT411),
    "heldout412": (ROOT / "plans" / "heldout412" / "sources", LAYOUT412),
    "heldout413": (ROOT / "plans" / "heldout413" / "sources", LAYOUT413),
    "heldout414": (ROOT / "plans" / "heldout414" / "sources", LAYOUT414),
    "heldout415": (ROOT / "plans" / "heldout415" / "sources", LAYOUT415),
    "heldout416": (ROOT / "plans" / "heldout416" / "sources", LAYOUT416),
    "heldout417": (ROOT / "plans" / "heldout417" / "sources", LAYOUT417),
    "heldout418": (ROOT / "plans" / "heldout418" / "sources", LAYOUT418),
    "heldout419": (ROOT / "plans" / "heldout419" / "sources", LAYOUT419),
    "heldout420": (ROOT / "plans" / "heldout420" / "sources", LAYOUT420),
    "heldout421": (ROOT / "plans" / "heldout421" / "sources", LAYOUT421),
    "heldout423": (ROOT / "plans" / "heldout423" / "sources", LAYOUT423),
    "heldout427": (ROOT / "plans" / "heldout427" / "sources", LAYOUT427),
    "heldout428": (ROOT / "plans" / "heldout428" / "sources", LAYOUT428),
    "heldout429": (ROOT / "plans" / "heldout429" / "sources", LAYOUT429),
    "heldout430": (ROOT / "plans" / "heldout430" / "sources", LAYOUT430),
    "heldout431": (ROOT / "plans" / "heldout431" / "sources", LAYOUT431),
    "heldout432": (ROOT / "plans" / "heldout432" / "sources", LAYOUT432),
    "heldout433": (ROOT / "plans" / "heldout433" / "sources", LAYOUT433),
    "heldout434": (ROOT / "plans" / "heldout434" / "sources", LAYOUT434),
    "heldout435": (ROOT / "plans" / "heldout435" / "sources", LAYOUT435),
    "heldout436": (ROOT / "plans" / "heldout436" / "sources", LAYOUT436),
    "heldout437": (ROOT / "plans" / "heldout437" / "sources", LAYOUT437),
    "heldout438": (ROOT / "plans" / "heldout438" / "sources", LAYOUT438),
    "heldout439": (ROOT / "plans" / "heldout439" / "sources", LAYOUT439),
    "heldout440": (ROOT / "plans" / "heldout440" / "sources", LAYOUT440),
    "heldout441": (ROOT / "plans" / "heldout441" / "sources", LAYOUT441),
    "heldout442": (ROOT / "plans" / "heldout442" / "sources", LAYOUT442),
    "heldout443": (ROOT / "plans" / "heldout443" / "sources", LAYOUT443),
    "heldout444": (ROOT / "plans" / "heldout444" / "sources", LAYOUT444),
    "heldout445": (ROOT / "plans" / "heldout445" / "sources", LAYOUT445),
    "heldout446": (ROOT / "plans" / "heldout446" / "sources", LAYOUT446),
    "heldout447": (ROOT / "plans" / "heldout447" / "sources", LAYOUT447),
    "heldout448": (ROOT / "plans" / "heldout448" / "sources", LAYOUT448),
    "heldout449": (ROOT / "plans" / "heldout449" / "sources", LAYOUT449),
    "heldout450": (ROOT / "plans" / "heldout450" / "sources", LAYOUT450),
    "heldout451": (ROOT / "plans" / "heldout451" / "sources", LAYOUT451),
    "heldout452": (ROOT / "plans" / "heldout452" / "sources", LAYOUT452),
    "heldout453": (ROOT / "plans" / "heldout453" / "sources", LAYOUT453),
    "heldout454": (ROOT / "plans" / "heldout454" / "sources", LAYOUT454),
    "heldout455": (ROOT / "plans" / "heldout455" / "sources", LAYOUT455),
    "heldout456": (ROOT / "plans" / "heldout456" / "sources", LAYOUT456),
    "heldout457": (ROOT / "plans" / "heldout457" / "sources", LAYOUT457),
    "heldout458": (ROOT / "plans" / "heldout458" / "sources", LAYOUT458),
    "heldout459": (ROOT / "plans" / "heldout459" / "sources", LAYOUT459),
    "heldout460": (ROOT / "plans" / "heldout460" / "sources", LAYOUT460),
    "heldout461": (ROOT / "plans" / "heldout461" / "sources", LAYOUT461),
    "heldout463": (ROOT / "plans" / "heldout463" / "sources", LAYOUT463),
    "heldout464": (ROOT / "plans" / "heldout464" / "sources", LAYOUT464),
    "heldout466": (ROOT / "plans" / "heldout466" / "sources", LAYOUT466),
    "heldout467": (ROOT / "plans" / "heldout467" / "sources", LAYOUT467),
    "heldout468": (ROOT / "plans" / "heldout468" / "sources", LAYOUT468),
    "heldout462": (ROOT / "plans" / "heldout462" / "sources", LAYOUT462),
    "heldout465": (ROOT / "plans" / "heldout465" / "sources", LAYOUT465),
    "heldout469": (ROOT / "plans" / "heldout469" / "sources", LAYOUT469),
    "heldout470": (ROOT / "plans" / "heldout470" / "sources", LAYOUT470),
    "heldout471": (ROOT / "plans" / "heldout471" / "sources", LAYOUT471),
    "heldout472": (ROOT / "plans" / "heldout472" / "sources", LAYOUT472),
    "heldout473": (ROOT / "plans" / "heldout473" / "sources", LAYOUT473),
    "heldout474": (ROOT / "plans" / "heldout474" / "sources", LAYOUT474),
    "heldout475": (ROOT / "plans" / "heldout475" / "sources", LAYOUT475),
    "heldout476": (ROOT / "plans" / "heldout476" / "sources", LAYOUT476),
    "heldout477": (ROOT / "plans" / "heldout477" / "sources", LAYOUT477),
    "heldout478": (ROOT / "plans" / "heldout478" / "sources", LAYOUT478),
    "heldout479": (ROOT / "plans" / "heldout479" / "sources", LAYOUT479),
    "heldout480": (ROOT / "plans" / "heldout480" / "sources", LAYOUT480),
    "heldout481": (ROOT / "plans" / "heldout481" / "sources", LAYOUT481),
    "heldout482": (ROOT / "plans" / "heldout482" / "sources", LAYOUT482),
    "heldout483": (ROOT / "plans" / "heldout483" / "sources", LAYOUT483),
    "heldout484": (ROOT / "plans" / "heldout484" / "sources", LAYOUT484),
    "heldout485": (ROOT / "plans" / "heldout485" / "sources", LAYOUT485),
    "heldout486": (ROOT / "plans" / "heldout486" / "sources", LAYOUT486),
    "heldout487": (ROOT / "plans" / "heldout487" / "sources", LAYOUT487),
    "heldout488": (ROOT / "plans" / "heldout488" / "sources", LAYOUT488),
    "heldout489": (ROOT / "plans" / "heldout489" / "sources", LAYOUT489),
    "heldout490": (ROOT / "plans" / "heldout490" / "sources", LAYOUT490),
    "heldout491": (ROOT / "plans" / "heldout491" / "sources", LAYOUT491),
    "heldout492": (ROOT / "plans" / "heldout492" / "sources", LAYOUT492),
    "heldout493": (ROOT / "plans" / "heldout493" / "sources", LAYOUT493),
    "heldout494": (ROOT / "plans" / "heldout494" / "sources", LAYOUT494),
    "heldout495": (ROOT / "plans" / "heldout495" / "sources", LAYOUT495),
    "heldout496": (ROOT / "plans" / "heldout496" / "sources", LAYOUT496),
    "heldout497": (ROOT / "plans" / "heldout497" / "sources", LAYOUT497),
    "heldout498": (ROOT / "plans" / "heldout498" / "sources", LAYOUT498),
    "heldout499": (ROOT / "plans" / "heldout499" / "sources", LAYOUT499),
    "heldout500": (ROOT / "plans" / "heldout500" / "sources", LAYOUT500),
    "heldout501": (ROOT / "plans" / "heldout501" / "sources", LAYOUT501),
    "heldout502": (ROOT / "plans" / "heldout502" / "sources", LAYOUT502),
    "heldout503": (ROOT / "plans" / "heldout503" / "sources", LAYOUT503),
    "heldout504": (ROOT / "plans" / "heldout504" / "sources", LAYOUT504),
    "heldout505": (ROOT / "plans" / "heldout505" / "sources", LAYOUT505),
    "heldout506": (ROOT / "plans" / "heldout506" / "sources", LAYOUT506),
    "heldout507": (ROOT / "plans" / "heldout507" / "sources", LAYOUT507),
    "heldout508": (ROOT / "plans" / "heldout508" / "sources", LAYOUT508),
    "heldout509": (ROOT / "plans" / "heldout509" / "sources", LAYOUT509),
    "heldout510": (ROOT / "plans" / "heldout510" / "sources", LAYOUT510),
    "heldout511": (ROOT / "plans" / "heldout511" / "sources", LAYOUT511),
    "heldout512": (ROOT / "plans" / "heldout512" / "sources", LAYOUT512),
    "heldout513": (ROOT / "plans" / "heldout513" / "sources", LAYOUT513),
    "heldout514": (ROOT / "plans" / "heldout514" / "sources", LAYOUT514),
    "heldout515": (ROOT / "plans" / "heldout515" / "sources", LAYOUT515),
    "heldout516": (ROOT / "plans" / "heldout516" / "sources", LAYOUT516),
    "heldout517": (ROOT / "plans" / "heldout517" / "sources", LAYOUT517),
    "heldout518": (ROOT / "plans" / "heldout518" / "sources", LAYOUT518),
    "heldout519": (ROOT / "plans" / "heldout519" / "sources", LAYOUT519),
    "heldout520": (ROOT / "plans" / "heldout520" / "sources", LAYOUT520),
    "heldout521": (ROOT / "plans" / "heldout521" / "sources", LAYOUT521),
    "heldout522": (ROOT / "plans" / "heldout522" / "sources", LAYOUT522),
    "heldout523": (ROOT / "plans" / "heldout523" / "sources", LAYOUT523),
    "heldout524": (ROOT / "plans" / "heldout524" / "sources", LAYOUT524),
    "heldout525": (ROOT / "plans" / "heldout525" / "sources", LAYOUT525),
    "heldout526": (ROOT / "plans" / "heldout526" / "sources", LAYOUT526),
    "heldout527": (ROOT / "plans" / "heldout527" / "sources", LAYOUT527),
    "heldout528": (ROOT / "plans" / "heldout528" / "sources", LAYOUT528),
    "heldout529": (ROOT / "plans" / "heldout529" / "sources", LAYOUT529),
    "heldout530": (ROOT / "plans" / "heldout530" / "sources", LAYOUT530),
    "heldout531": (ROOT / "plans" / "heldout531" / "sources", LAYOUT531),
    "heldout532": (ROOT / "plans" / "heldout532" / "sources", LAYOUT532),
    "heldout533": (ROOT / "plans" / "heldout533" / "sources", LAYOUT533),
    "heldout534": (ROOT / "plans" / "heldout534" / "sources", LAYOUT534),
    "heldout535": (ROOT / "plans" / "heldout535" / "sources", LAYOUT535),
    "heldout536": (ROOT / "plans" / "heldout536" / "sources", LAYOUT536),
    "heldout537": (ROOT / "plans" / "heldout537" / "sources", LAYOUT537),
    "heldout538": (ROOT / "plans" / "heldout538" / "sources", LAYOUT538),
    "heldout539": (ROOT / "plans" / "heldout539" / "sources", LAYOUT539),
    "heldout540": (ROOT / "plans" / "heldout540" / "sources", LAYOUT540),
    "heldout541": (ROOT / "plans" / "heldout541" / "sources", LAYOUT541),
    "heldout542": (ROOT / "plans" / "heldout542" / "sources", LAYOUT542),
    "heldout543": (ROOT / "plans" / "heldout543" / "sources", LAYOUT543),
    "heldout544": (ROOT / "plans" / "heldout544" / "sources", LAYOUT544),
    "heldout545": (ROOT / "plans" / "heldout545" / "sources", LAYOUT545),
    "heldout546": (ROOT / "plans" / "heldout546" / "sources", LAYOUT546),
    "heldout547": (ROOT / "plans" / "heldout547" / "sources", LAYOUT547),
    "heldout548": (ROOT / "plans" / "heldout548" / "sources", LAYOUT548),
    "heldout549": (ROOT / "plans" / "heldout549" / "sources", LAYOUT549),
    "heldout550": (ROOT / "plans" / "heldout550" / "sources", LAYOUT550),
    "heldout551": (ROOT / "plans" / "heldout551" / "sources", LAYOUT551),
    "heldout552": (ROOT / "plans" / "heldout552" / "sources", LAYOUT552),
    "heldout553": (ROOT / "plans" / "heldout553" / "sources", LAYOUT553),
    "heldout554": (ROOT / "plans" / "heldout554" / "sources", LAYOUT554),
    "heldout555": (ROOT / "plans" / "heldout555" / "sources", LAYOUT555),
    "heldout556": (ROOT / "plans" / "heldout556" / "sources", LAYOUT556),
    "heldout557": (ROOT / "plans" / "heldout557" / "sources", LAYOUT557),
    "heldout558": (ROOT / "plans" / "heldout558" / "sources", LAYOUT558),
    "heldout559": (ROOT / "plans" / "heldout559" / "sources", LAYOUT559),
    "heldout560": (ROOT / "plans" / "heldout560" / "sources", LAYOUT560),
    "heldout561": (ROOT / "plans" / "heldout561" / "sources", LAYOUT561),
    "heldout562": (ROOT / "plans" / "heldout562" / "sources", LAYOUT562),
    "heldout563": (ROOT / "plans" / "heldout563" / "sources", LAYOUT563),
    "heldout564": (ROOT / "plans" / "heldout564" / "sources", LAYOUT564),
    "heldout565": (ROOT / "plans" / "heldout565" / "sources", LAYOUT565),
    "heldout566": (ROOT / "plans" / "heldout566" / "sources", LAYOUT566),
    "heldout567": (ROOT / "plans" / "heldout567" / "sources", LAYOUT567),
    "heldout568": (ROOT / "plans" / "heldout568" / "sources", LAYOUT568),
    "heldout569": (ROOT / "plans" / "heldout569" / "sources", LAYOUT569),
    "heldout570": (ROOT / "plans" / "heldout570" / "sources", LAYOUT570),
    "heldout571": (ROOT / "plans" / "heldout571" / "sources", LAYOUT571),
    "heldout572": (ROOT / "plans" / "heldout572" / "sources", LAYOUT572),
    "heldout573": (ROOT / "plans" / "heldout573" / "sources", LAYOUT573),
    "heldout574": (ROOT / "plans" / "heldout574" / "sources", LAYOUT574),
    "heldout575": (ROOT / "plans" / "heldout575" / "sources", LAYOUT575),
    "heldout576": (ROOT / "plans" / "heldout576" / "sources", LAYOUT576),
    "heldout577": (ROOT / "plans" / "heldout577" / "sources", LAYOUT577),
    "heldout578": (ROOT / "plans" / "heldout578" / "sources", LAYOUT578),
    "heldout579": (ROOT / "plans" / "heldout579" / "sources", LAYOUT579),
    "heldout580": (ROOT / "plans" / "heldout580" / "sources", LAYOUT580),
    "heldout581": (ROOT / "plans" / "heldout581" / "sources", LAYOUT581),
    "heldout582": (ROOT / "plans" / "heldout582" / "sources", LAYOUT582),
    "heldout583": (ROOT / "plans" / "heldout583" / "sources", LAYOUT583),
    "heldout584": (ROOT / "plans" / "heldout584" / "sources", LAYOUT584),
    "heldout585": (ROOT / "plans" / "heldout585" / "sources", LAYOUT585),
    "heldout586": (ROOT / "plans" / "heldout586" / "sources", LAYOUT586),
    "heldout587": (ROOT / "plans" / "heldout587" / "sources", LAYOUT587),
    "heldout588": (ROOT / "plans" / "heldout588" / "sources", LAYOUT588),
    "heldout589": (ROOT / "plans" / "heldout589" / "sources", LAYOUT589),
    "heldout590": (ROOT / "plans" / "heldout590" / "sources", LAYOUT590),
    "heldout591": (ROOT / "plans" / "heldout591" / "sources", LAYOUT591),
    "heldout592": (ROOT / "plans" / "heldout592" / "sources", LAYOUT592),
    "heldout593": (ROOT / "plans" / "heldout593" / "sources", LAYOUT593),
    "heldout594": (ROOT / "plans" / "heldout594" / "sources", LAYOUT594),
    "heldout595": (ROOT / "plans" / "heldout595" / "sources", LAYOUT595),
    "heldout596": (ROOT / "plans" / "heldout596" / "sources", LAYOUT596),
}


def body(text: str) -> str:
    """The text after the address block (everything up to the first blank line)."""
    head, _, rest = text.partition("\n\n")
    return rest.strip("\n")


def paragraphs(name: str, text: str, layouts: dict[str, dict] | None = None) -> list[tuple[str, str | list]]:
    """[(kind, text)]: kind is `title`, `h1`..`h3`, `bullet` or `p`; or (`table`, rows of cells)."""
    layout = (layouts or LAYOUT)[name]
    text = body(text)
    for pattern in layout.get("strip", []):
        text = re.sub(pattern, "", text)
    for pattern, replacement in layout.get("sub", []):
        text = re.sub(pattern, replacement, text)
    for pattern in layout.get("rejoin", []):  # a line break inside an English sentence: one space, as the words had it
        text = re.sub(pattern, " ", text)
    out: list[tuple[str, str]] = [("title", layout["title"])] if layout["title"] else []
    used: set[str] = set()
    bullet = layout.get("bullet", r"^• ")
    lines = text.split("\n")
    if layout.get("stop"):
        lines = lines[: next((i for i, line in enumerate(lines) if re.search(layout["stop"], line.strip())), len(lines))]
    cells: list[str] | None = None  # once the table has started, every line is a cell
    bar: dict | None = None  # a `bar_tables` table being read: its columns, cells, and the lines of an open cell
    for index, raw in enumerate(lines):
        if bar is not None:
            line = raw.strip()
            following = lines[index + 1].strip() if index + 1 < len(lines) else None
            if line.endswith("|") or following == "|" or following is None:
                text = line[:-1].strip() if line.endswith("|") else line
                if line.endswith("|") or following is None:
                    bar["cells"].append("\n".join([*bar["open"], text]).strip())
                    bar["open"] = []
                else:
                    bar["open"].append(text)
                continue
            cols = bar["cols"]
            rows = [bar["cells"][i : i + cols] for i in range(0, len(bar["cells"]), cols)]
            out.append(("table", [row + [""] * (cols - len(row)) for row in rows]))
            bar = None
        if layout.get("bar_tables") and raw.strip().endswith("|"):
            first = raw.strip()[:-1].strip()
            cols = next((n for p, n in layout["bar_tables"].items() if re.search(p, first)), None)
            if cols:
                bar = {"cols": cols, "cells": [first], "open": []}
                continue
        if cells is not None:
            if raw.strip():
                cells.append(raw.strip())
            continue
        if layout.get("table") and re.search(layout["table"][0], raw.strip()):
            cells = [raw.strip()]
            continue
        if layout.get("pipe_table") and raw.strip().startswith("|"):
            row = [cell.strip() for cell in raw.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-+:?", cell) for cell in row):
                continue  # the separator row under the header
            # `pipe_starts`: a header row (its first cell) that begins a new table right after another one
            if out and out[-1][0] == "table" and not re.search(layout.get("pipe_starts") or r"(?!)", row[0]):
                out[-1][1].append(row)
            else:
                out.append(("table", [row]))
            continue
        pieces = re.split(layout["split"], raw) if layout.get("split") else [raw]
        for line in pieces:
            line = line.strip()
            if not line or any(re.search(p, line) for p in layout.get("skip", [])):
                continue
            if (
                layout.get("join")
                and out
                and out[-1][0] == "p"
                and not re.search(r"[。;:!?;:!?]$", out[-1][1])
                and not re.search(layout["join"], line)
                and not any(re.search(p, line) for p, _ in layout.get("headings", []))
            ):
                out[-1] = ("p", out[-1][1] + line)
                continue
            if mark := re.match(bullet, line):
                out.append(("bullet", line[mark.end() :].strip()))
                continue
            hit = next(
                (
                    (p, lvl)
                    for p, lvl in layout.get("headings", [])
                    if re.search(p, line) and not (layout.get("headings_once") and p in used)
                ),
                None,
            )
            if hit:
                used.add(hit[0])
            out.append((f"h{hit[1]}", line) if hit else ("p", line))
    if bar is not None:
        cols = bar["cols"]
        rows = [bar["cells"][i : i + cols] for i in range(0, len(bar["cells"]), cols)]
        out.append(("table", [row + [""] * (cols - len(row)) for row in rows]))
    if cells is not None:
        cols = layout["table"][1]
        rows = [cells[i : i + cols] for i in range(0, len(cells), cols)]
        out.append(("table", [row + [""] * (cols - len(row)) for row in rows]))
    return out


def build(name: str, dest: Path, sources: Path = SOURCES, layouts: dict[str, dict] | None = None) -> None:
    layouts = layouts or LAYOUT
    doc = Document()
    zh = name not in ENGLISH and not layouts[name].get("english")
    if zh:  # East Asian font for the Chinese texts, as a Chinese Word document has
        for style in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
            doc.styles[style].element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    doc.core_properties.title = layouts[name]["title"] or ""
    doc.core_properties.author = ""
    for kind, text in paragraphs(name, (sources / f"{name}.txt").read_text(encoding="utf-8"), layouts):
        if kind == "title":
            doc.add_heading(text, level=0)
        elif kind.startswith("h"):
            doc.add_heading(text, level=int(kind[1:]))
        elif kind == "bullet":
            doc.add_paragraph(text, style="List Bullet")
        elif kind == "table":
            table = doc.add_table(rows=len(text), cols=len(text[0]))
            table.style = "Table Grid"
            for row, values in zip(table.rows, text):
                for cell, value in zip(row.cells, values):
                    cell.text = value
        else:
            doc.add_paragraph(text)
    doc.save(str(dest))


def main(argv: list[str]) -> int:
    for set_name in argv or list(SETS):
        if set_name not in SETS:
            print(f"unknown set {set_name!r}; choose from {', '.join(SETS)}", file=sys.stderr)
            return 2
        sources, layouts = SETS[set_name]
        for name in sorted(layouts):
            build(name, sources / f"{name}.docx", sources, layouts)
            print(f"wrote plans/{set_name}/sources/{name}.docx")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
