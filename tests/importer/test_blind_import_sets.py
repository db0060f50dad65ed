"""The sets made blind for `plancraft import` (plans/heldout10/ … heldout31/, issue 19): real published plans
transcribed by hand by someone who had not read the importer; they measure the importer only (no lint answer keys).

These checks need no import: each set holds exactly its plans with their source text and Word document, every
transcription validates (the CLI, as a user runs it), says what it is and where its text came from (address and
retrieval date at the top of the text), and each Word document opens with python-docx, holds the text's first
heading as a heading (or, where the page had none of its own, as the title) and none of the page's address block, and
is exactly what scripts/heldout_docx.py makes from the text with its set's layout (so a changed .txt cannot leave a
stale .docx).
"""

from __future__ import annotations

import importlib.util
import re

import pytest
from click.testing import CliRunner
from docx import Document

from plancraft.cli import main
from plancraft.loader import load
from tests.conftest import PLANS, ROOT

EMERGENCY, PROCEDURE = "emergency-plan", "complaint-procedure"
# set -> plan -> (language, document.type, the first heading of sources/NAME.txt as the text has it)
SETS = {
    "heldout10": {
        "h10-1": ("zh-CN", EMERGENCY, "第十一章 危机事件 的处理流程"),
        "h10-2": ("zh-CN", EMERGENCY, "一、组织架构与职责分工"),
        "h10-3": ("zh-CN", EMERGENCY, "第一部分总则"),
        "h10-4": ("zh-CN", PROCEDURE, "首问责任制"),
        "h10-5": ("en", PROCEDURE, "Stage One - Investigation and response"),
    },
    "heldout11": {
        "h11-1": ("zh-CN", EMERGENCY, "一、目的:"),
        "h11-2": ("zh-CN", EMERGENCY, "一、突发事件第一时间报告"),
        "h11-3": ("zh-CN", PROCEDURE, "一、投诉分类"),
        "h11-4": ("en", PROCEDURE, "Overview"),
        "h11-5": ("en", PROCEDURE, "Ombudsman"),
    },
    "heldout12": {
        "h12-1": ("zh-CN", EMERGENCY, "一、总则"),
        "h12-2": ("zh-CN", EMERGENCY, "一、总则"),
        "h12-3": ("zh-CN", EMERGENCY, "第一节 业务突发"),
        "h12-4": ("zh-CN", PROCEDURE, "(一)东吴期货客户投诉渠道"),
        "h12-5": ("en", PROCEDURE, "Complaint Process"),
    },
    "heldout13": {
        "h13-1": ("zh-CN", EMERGENCY, "第一章 总 则"),
        "h13-2": ("zh-CN", EMERGENCY, "第一章总则"),
        "h13-3": ("zh-CN", PROCEDURE, "1. 总则"),
        "h13-4": ("en", PROCEDURE, "The stages of making a complaint"),
        "h13-5": ("en", PROCEDURE, "Complaint acknowledgement and response"),
    },
    "heldout14": {
        "h14-1": ("zh-CN", EMERGENCY, "前 言"),
        "h14-2": ("zh-CN", EMERGENCY, "(三)对到市委、市政府或农林局5人以下的集体越级上访的接待程序:"),
        "h14-3": ("zh-CN", EMERGENCY, "一、一级突发事件"),
        "h14-4": ("zh-CN", PROCEDURE, "第一章总则"),
        "h14-5": ("en", PROCEDURE, "What is a Dispute?"),
    },
    "heldout15": {
        "h15-1": ("zh-CN", PROCEDURE, "第一章 总 则"),
        "h15-2": ("zh-CN", PROCEDURE, "证券有限责任公司经纪业务客户信访与投诉处理管理办法(试行)"),
        "h15-3": ("zh-CN", PROCEDURE, "投诉处理规则"),
        "h15-4": ("zh-CN", PROCEDURE, "富国基金管理有限公司客户投诉处理细则"),
        "h15-5": ("en", PROCEDURE, "Step One"),
    },
    "heldout16": {
        "h16-1": ("zh-CN", PROCEDURE, "一、客户投诉举报处理原则"),
        "h16-2": ("zh-CN", PROCEDURE, "3.1 投诉的界定"),
        "h16-3": ("zh-CN", EMERGENCY, "1、IV级应急响应行动。"),
        "h16-4": ("zh-CN", PROCEDURE, "一、投訴電話公示"),
        "h16-5": ("en", PROCEDURE, "How we investigate complaints - what to expect"),
    },
    "heldout17": {
        "h17-1": ("zh-CN", EMERGENCY, "一、顾客之间、员工和顾客之间发生冲突"),
        "h17-2": ("zh-CN", EMERGENCY, "物业项目公司重大事件报告制度"),
        "h17-3": ("zh-CN", PROCEDURE, "一、投诉受理机构"),
        "h17-4": ("zh-CN", PROCEDURE, "三、旅游投诉的分类及处理程序"),
        "h17-5": ("en", PROCEDURE, "Compensation for repairs"),
    },
    "heldout18": {
        "h18-1": ("zh-CN", EMERGENCY, "第一章总则"),
        "h18-2": ("zh-CN", PROCEDURE, "(一)客户投诉处理流程"),
        "h18-3": ("zh-CN", PROCEDURE, "第一章目的"),
        "h18-4": ("zh-CN", PROCEDURE, "一、處理時限"),
        "h18-5": ("en", PROCEDURE, "Complaints Procedure"),
    },
    "heldout19": {
        "h19-1": ("zh-CN", EMERGENCY, "县烟草专卖局举报投诉处理预案"),
        "h19-2": ("zh-CN", PROCEDURE, "第一章总则"),
        "h19-3": ("zh-CN", PROCEDURE, "(三)限时办结"),
        "h19-4": ("en", PROCEDURE, "Right of appeal"),
        "h19-5": ("en", PROCEDURE, "How will you resolve the complaint?"),
    },
    "heldout20": {
        "h20-1": ("zh-CN", PROCEDURE, "投诉处理流程"),
        "h20-2": ("zh-CN", PROCEDURE, "电力客户来信来访及投诉处理制度"),
        "h20-3": ("zh-CN", PROCEDURE, "一、工作目标"),
        "h20-4": ("en", PROCEDURE, "About our Guaranteed Standards Scheme"),
        "h20-5": ("en", PROCEDURE, "Who to contact first"),
    },
    "heldout21": {
        "h21-1": ("zh-CN", EMERGENCY, "1.总则"),
        "h21-2": ("zh-CN", PROCEDURE, "一、投诉处理程序:"),
        "h21-3": ("zh-CN", PROCEDURE, "一、意见收集制度"),
        "h21-4": ("zh-CN", PROCEDURE, "一、适用范围"),
        "h21-5": ("en", PROCEDURE, "Stage 1 Complaint"),
    },
    "heldout22": {
        "h22-1": ("zh-CN", EMERGENCY, "1, 顧客投訴"),
        "h22-2": ("zh-CN", EMERGENCY, "前言"),
        "h22-3": ("zh-CN", PROCEDURE, "一、投诉处理的三个层次:"),
        "h22-4": ("zh-CN", PROCEDURE, "1. 业主/客户投诉的受理"),
        "h22-5": ("en", PROCEDURE, "Complaints Process"),
    },
    "heldout23": {
        "h23-1": ("zh-CN", EMERGENCY, "第一章 总则"),
        "h23-2": ("zh-CN", EMERGENCY, "1 总则"),
        "h23-3": ("zh-CN", PROCEDURE, "第一章 总 则"),
        "h23-4": ("zh-CN", PROCEDURE, "一、管理范围"),
        "h23-5": ("en", PROCEDURE, "How do I make a complaint?"),
    },
    "heldout24": {
        "h24-1": ("zh-CN", EMERGENCY, "一、适用范围"),
        "h24-2": ("zh-CN", EMERGENCY, "事件处置流程"),
        "h24-3": ("zh-CN", PROCEDURE, "(一)  投诉受理:"),
        "h24-4": ("zh-CN", PROCEDURE, "1.客户投诉渠道"),
        "h24-5": ("en", PROCEDURE, "Acknowledging a complaint"),
    },
    "heldout25": {
        "h25-1": ("zh-CN", EMERGENCY, "维稳应急预案"),
        "h25-2": ("zh-CN", EMERGENCY, "一、组织机构与职责"),
        "h25-3": ("zh-CN", PROCEDURE, "一、受理内容"),
        "h25-4": ("zh-CN", PROCEDURE, "1、目的:"),
        "h25-5": ("en", PROCEDURE, "Stage one — Defining if a Formal Complaint is being made:"),
    },
    "heldout26": {
        "h26-1": ("zh-CN", EMERGENCY, "关于停水、停电、停气应急方案"),
        "h26-2": ("zh-CN", EMERGENCY, "应急预案管理和演练制度"),
        "h26-3": ("zh-CN", PROCEDURE, "G-N-007 餐食质量投诉处理流程"),
        "h26-4": ("zh-CN", PROCEDURE, "3、宾客投诉处理中心的工作流程"),
        "h26-5": ("en", PROCEDURE, "Code of Practice"),
    },
    "heldout27": {
        "h27-1": ("zh-CN", EMERGENCY, "1.总则"),
        "h27-2": ("zh-CN", EMERGENCY, "一、业主因房屋质量或其他原因聚众闹事的处置程序"),
        "h27-3": ("zh-CN", PROCEDURE, "(一)第一责任人"),
        "h27-4": ("zh-CN", PROCEDURE, "一、投诉方式和处理时限"),
        "h27-5": ("en", PROCEDURE, "1. Receiving a Complaint"),
    },
    "heldout28": {
        "h28-1": ("zh-CN", EMERGENCY, "一、成立客户投诉处理应急领导小组"),
        "h28-2": ("zh-CN", EMERGENCY, "第一章总则"),
        "h28-3": ("zh-CN", PROCEDURE, "第一章 总则"),
        "h28-4": ("zh-CN", PROCEDURE, "第一章总则"),
        "h28-5": ("en", PROCEDURE, "When things go wrong"),
    },
    "heldout29": {
        "h29-1": ("zh-CN", EMERGENCY, "紧急重大事件预案处理和报告制度"),
        "h29-2": ("zh-CN", EMERGENCY, "第一章总则"),
        "h29-3": ("zh-CN", PROCEDURE, "前海期貨客戶投訴管理辦法"),
        "h29-4": ("zh-CN", PROCEDURE, "第一章总则"),
        "h29-5": ("en", PROCEDURE, "Formal Complaints Procedure"),
    },
    "heldout30": {
        "h30-1": ("zh-CN", EMERGENCY, "一、处置原则"),
        "h30-2": ("zh-CN", EMERGENCY, "停熱及恢復(fù)供熱信息"),
        "h30-3": ("zh-CN", PROCEDURE, "定州市政務服務中心投訴受理制度"),
        "h30-4": ("zh-CN", EMERGENCY, "停水信息公告管理规定"),
        "h30-5": ("en", PROCEDURE, "What happens next?"),
    },
    "heldout31": {
        "h31-1": ("zh-CN", EMERGENCY, "十、注意事项"),
        "h31-2": ("zh-CN", EMERGENCY, "第三部分:应急预案"),
        "h31-3": ("zh-CN", PROCEDURE, "投诉处理制度"),
        "h31-4": ("zh-CN", PROCEDURE, "一、目的"),
        "h31-5": ("en", PROCEDURE, "How we handle your complaints - Ofcom approved code of practice"),
    },
    "heldout32": {
        "h32-1": ("zh-CN", EMERGENCY, "第一章 总 则"),
        "h32-2": ("zh-CN", EMERGENCY, "第一章 总 则"),
        "h32-3": ("zh-CN", PROCEDURE, "第一章总则"),
        "h32-4": ("zh-CN", PROCEDURE, "十一、对首问责任人的处理:"),
        "h32-5": ("en", PROCEDURE, "Internal Machinery to Handle Customer Complaints / Grievances"),
    },
    "heldout33": {
        "h33-1": ("zh-CN", EMERGENCY, "一、客户投诉及危机事件定义"),
        "h33-2": ("zh-CN", EMERGENCY, "第一章 总则"),
        "h33-3": ("zh-CN", PROCEDURE, "第 1 章 总则"),
        "h33-4": ("zh-CN", PROCEDURE, "第一章总则"),
        "h33-5": ("en", PROCEDURE, "Rights of the Credit Union"),
    },
    "heldout34": {
        "h34-1": ("zh-CN", EMERGENCY, "一、事故风险分析"),
        "h34-2": ("zh-CN", EMERGENCY, "总则"),
        "h34-3": ("zh-CN", PROCEDURE, "1、目的"),
        "h34-4": ("zh-CN", PROCEDURE, "*镇卫生院信访工作制度"),
        "h34-5": ("en", PROCEDURE, "Stage One"),
    },
    "heldout35": {
        "h35-1": ("zh-CN", EMERGENCY, "紧急突发事件概述"),
        "h35-2": ("zh-CN", EMERGENCY, "1.目的"),
        "h35-3": ("zh-CN", PROCEDURE, "酒店受理投诉的程序"),
        "h35-4": ("zh-CN", PROCEDURE, "五、客诉赔付标准:五、客诉赔付标准:"),
        "h35-5": ("en", PROCEDURE, "Customer Complaint Procedure"),
    },
    "heldout36": {
        "h36-1": ("zh-CN", EMERGENCY, "一、快速响应,精准判断客户状况"),
        "h36-2": ("zh-CN", EMERGENCY, "第一章 总 则"),
        "h36-3": ("zh-CN", PROCEDURE, "第一章总则"),
        "h36-4": ("zh-CN", PROCEDURE, "(一)保险消费者权益保护"),
        "h36-5": ("en", PROCEDURE, "How to make a complaint"),
    },
    "heldout37": {
        "h37-1": ("zh-CN", EMERGENCY, "福州市行政(市民)服务中心突发公共事件应急处置预案"),
        "h37-2": ("zh-CN", EMERGENCY, "1  总则"),
        "h37-3": ("zh-CN", PROCEDURE, "一、 目的"),
        "h37-4": ("zh-CN", PROCEDURE, "宜興市12345政府公共服務熱線運行管理暫行辦法"),
        "h37-5": ("en", PROCEDURE, "Stage one"),
    },
    "heldout38": {
        "h38-1": ("zh-CN", EMERGENCY, "一、突发事件处理原则:"),
        "h38-2": ("zh-CN", EMERGENCY, "一、職責(zé):"),
        "h38-3": ("zh-CN", PROCEDURE, "消费者投诉治理制度"),
        "h38-4": ("zh-CN", PROCEDURE, "酒店大堂副理处理客人投诉程序(五)。"),
        "h38-5": ("en", PROCEDURE, "Stage One:"),
    },
    "heldout39": {
        "h39-1": ("zh-CN", EMERGENCY, "一、组织机构与职责"),
        "h39-2": ("zh-CN", EMERGENCY, "一、 成立解决纠纷及突发事件领导机构"),
        "h39-3": ("zh-CN", PROCEDURE, "1. 目的"),
        "h39-4": ("zh-CN", PROCEDURE, "第一章 总则"),
        "h39-5": ("en", PROCEDURE, "Complaints Procedure"),
    },
    "heldout40": {
        "h40-1": ("zh-CN", EMERGENCY, "一、組織體系及職責(zé)"),
        "h40-2": ("zh-CN", EMERGENCY, "一、总则"),
        "h40-3": ("zh-CN", PROCEDURE, "第一章 总 则"),
        "h40-4": ("zh-CN", PROCEDURE, "第一章总则"),
        "h40-5": ("en", PROCEDURE, "The Complaints Process"),
    },
    "heldout41": {
        "h41-1": ("zh-CN", EMERGENCY, "1.0目的"),
        "h41-2": ("zh-CN", EMERGENCY, "第一章 總則"),
        "h41-3": ("zh-CN", PROCEDURE, "一、指导思想"),
        "h41-4": ("zh-CN", PROCEDURE, "六、对被投诉者的处理办法"),
        "h41-5": ("en", PROCEDURE, "Complaint stages"),
    },
    "heldout42": {
        "h42-1": ("zh-CN", EMERGENCY, "一、制定的目的"),
        "h42-2": ("zh-CN", EMERGENCY, "商超市场保供应急预案"),
        "h42-3": ("zh-CN", PROCEDURE, "一、學(xué)員投訴內(nèi)容"),
        "h42-4": ("zh-CN", PROCEDURE, "酒店前厅部规章制度之大堂副理处理各种投诉的权限模板"),
        "h42-5": ("en", PROCEDURE, "What can I do?"),
    },
    "heldout43": {
        "h43-1": ("zh-CN", EMERGENCY, "1、总则"),
        "h43-2": ("zh-CN", EMERGENCY, "1、事件類型及危害程度分析"),
        "h43-3": ("zh-CN", PROCEDURE, "第一条 目的"),
        "h43-4": ("zh-CN", PROCEDURE, "一、 目的"),
        "h43-5": ("en", PROCEDURE, "Stage 1: Frontline / Local Resolution"),
    },
    "heldout44": {
        "h44-1": ("zh-CN", PROCEDURE, "第一章总则"),
        "h44-2": ("zh-CN", PROCEDURE, "第四章投诉处理职责分工"),
        "h44-3": ("zh-CN", PROCEDURE, "第四章监督、投诉机制建设"),
        "h44-4": ("zh-CN", PROCEDURE, "一、指导思想"),
        "h44-5": ("en", PROCEDURE, "Making a complaint"),
    },
    "heldout45": {
        "h45-1": ("zh-CN", PROCEDURE, "一、投诉渠道"),
        "h45-2": ("zh-CN", PROCEDURE, "第一章 总 则"),
        "h45-3": ("zh-CN", PROCEDURE, "第一章 总则"),
        "h45-4": ("zh-CN", PROCEDURE, "金融消费者投诉处理办法"),
        "h45-5": ("en", PROCEDURE, "What is a complaint?"),
    },
    "heldout46": {
        "h46-1": ("zh-CN", PROCEDURE, "一、投诉方式"),
        "h46-2": ("zh-CN", EMERGENCY, "一、监管与预报"),
        "h46-3": ("zh-CN", PROCEDURE, "投诉管理制度"),
        "h46-4": ("zh-CN", PROCEDURE, "一、投訴范圍"),
        "h46-5": ("en", PROCEDURE, "Corporate complaints"),
    },
    "heldout47": {
        "h47-1": ("zh-CN", EMERGENCY, "一、目的:"),
        "h47-2": ("zh-CN", EMERGENCY, "紧急突发事件概述"),
        "h47-3": ("zh-CN", PROCEDURE, "一、受理内容"),
        "h47-4": ("zh-CN", PROCEDURE, "1.工作目的"),
        "h47-5": ("en", PROCEDURE, "Our commitment to you"),
    },
    "heldout48": {
        "h48-1": ("zh-CN", EMERGENCY, "第一章总则"),
        "h48-2": ("zh-CN", EMERGENCY, "一、總\n則"),
        "h48-3": ("zh-CN", PROCEDURE, "一、指导思想"),
        "h48-4": ("zh-CN", PROCEDURE, "第五章金融消费争议处理流程"),
        "h48-5": ("en", PROCEDURE, "Escalation Level 01"),
    },
    "heldout49": {
        "h49-1": ("zh-CN", EMERGENCY, "第一章总则"),
        "h49-2": ("zh-CN", EMERGENCY, "重大业务风险和突发事件预警制度"),
        "h49-3": ("zh-CN", PROCEDURE, "xx保险公司客户投诉管理办法实施细则"),
        "h49-4": ("zh-CN", PROCEDURE, "客户投诉与建议"),
        "h49-5": ("en", PROCEDURE, "Disputes & Complaints – Statement 2022"),
    },
    "heldout50": {
        "h50-1": ("zh-CN", EMERGENCY, "一、组织机构:"),
        "h50-2": ("zh-CN", EMERGENCY, "四、紧急情况报告程序及内容:"),
        "h50-3": ("zh-CN", PROCEDURE, "一、工作原则"),
        "h50-4": ("zh-CN", PROCEDURE, "12320卫生热线主要职责"),
        "h50-5": ("en", PROCEDURE, "Complaints Procedure"),
    },
    "heldout51": {
        "h51-1": ("zh-CN", EMERGENCY, "一、事故类型和危害程度分析"),
        "h51-2": ("zh-CN", EMERGENCY, "一、本预案适应的范围"),
        "h51-3": ("zh-CN", PROCEDURE, "商住大厦业主、用户投诉处理的管理规定"),
        "h51-4": ("zh-CN", PROCEDURE, "1、定義"),
        "h51-5": ("en", PROCEDURE, "Complaints process"),
    },
    "heldout52": {
        "h52-1": ("zh-CN", EMERGENCY, "一、预警预防"),
        "h52-2": ("zh-CN", EMERGENCY, "一、客户投诉处理应急预案制定的依据"),
        "h52-3": ("zh-CN", PROCEDURE, "第六章 风险防范"),
        "h52-4": ("zh-CN", PROCEDURE, "一、投訴方式"),
        "h52-5": ("en", PROCEDURE, "Our approach to handling your complaint"),
    },
    "heldout53": {
        "h53-1": ("zh-CN", EMERGENCY, "成立理赔部暴雨灾害应急领导小组"),
        "h53-2": ("zh-CN", EMERGENCY, "第一章总则"),
        "h53-3": ("zh-CN", PROCEDURE, "联系方式"),
        "h53-4": ("zh-CN", PROCEDURE, "第一章 总则"),
        "h53-5": ("en", PROCEDURE, "Complaints Procedure"),
    },
    "heldout54": {
        "h54-1": ("zh-CN", EMERGENCY, "一、目标任务"),
        "h54-2": ("zh-CN", EMERGENCY, "第一章 总 则"),
        "h54-3": ("zh-CN", PROCEDURE, "一、監(jiān)督電話"),
        "h54-4": ("zh-CN", PROCEDURE, "一、投诉渠道及处理方式"),
        "h54-5": ("en", PROCEDURE, "Options for resolution"),
    },
    "heldout55": {
        "h55-1": ("zh-CN", EMERGENCY, "1、组成人员:"),
        "h55-2": ("zh-CN", EMERGENCY, "1.0 目的"),
        "h55-3": ("zh-CN", PROCEDURE, "第一章\n普通快件处理程序"),
        "h55-4": ("zh-CN", PROCEDURE, "四、用户投诉处理程序:"),
        "h55-5": ("en", PROCEDURE, "1. Introduction"),
    },
    "heldout56": {
        "h56-1": ("zh-CN", PROCEDURE, "申訴處理流程"),
        "h56-2": ("zh-CN", PROCEDURE, "四、消費爭議申訴之受理方式"),
        "h56-3": ("zh-CN", PROCEDURE, "第一條 訂定宗旨"),
        "h56-4": ("zh-CN", PROCEDURE, "1.\n    申訴內容:"),
        "h56-5": ("en", PROCEDURE, "The Grievance Redressal Mechanism"),
    },
    "heldout57": {
        "h57-1": ("zh-CN", EMERGENCY, "一、收费现场突发事件处置应急领导组"),
        "h57-2": ("zh-CN", EMERGENCY, "4.5发生大规模旅客滞留事件"),
        "h57-3": ("zh-CN", PROCEDURE, "(一)拨打0755-82777321不动产登记投诉受理专线(深圳市房地产协会)反馈意见和建议"),
        "h57-4": ("zh-CN", PROCEDURE, "一、书记、馆长信箱受理范围"),
        "h57-5": ("en", PROCEDURE, "Complaints procedure"),
    },
    "heldout58": {
        "h58-1": ("zh-CN", EMERGENCY, "一、事故風(fēng)險(xiǎn)分析"),
        "h58-2": ("zh-CN", EMERGENCY, "一、指导思想:"),
        "h58-3": ("zh-CN", PROCEDURE, "1、目的"),
        "h58-4": ("zh-CN", PROCEDURE, "投诉渠道"),
        "h58-5": ("en", PROCEDURE, "HOW WE HANDLE YOUR COMPLAINT"),
    },
    "heldout59": {
        "h59-1": ("zh-CN", EMERGENCY, "一、应急救援组织"),
        "h59-2": ("zh-CN", EMERGENCY, "酒店电梯突发困人事件应急预案"),
        "h59-3": ("zh-CN", PROCEDURE, "管理处信息反馈(投诉处理)程序"),
        "h59-4": ("zh-CN", PROCEDURE, "餐厅投诉管理制度"),
        "h59-5": ("en", PROCEDURE, "Step One"),
    },
    "heldout60": {
        "h60-1": ("zh-CN", EMERGENCY, "一、组织机构:"),
        "h60-2": ("zh-CN", PROCEDURE, "一、医院投诉接待程序"),
        "h60-3": ("zh-CN", PROCEDURE, "作業流程說明:"),
        "h60-4": ("zh-CN", PROCEDURE, "(纠纷处理)滕州市东郭中心卫生院解决医疗纠纷的合法途径"),
        "h60-5": ("en", PROCEDURE, "Complaints"),
    },
    "heldout61": {
        "h61-1": ("zh-CN", EMERGENCY, "一、 总则"),
        "h61-2": ("zh-CN", EMERGENCY, "(一)校车安全事故应急处理的工作原则:"),
        "h61-3": ("zh-CN", PROCEDURE, "8.投诉处理程序:"),
        "h61-4": ("zh-CN", PROCEDURE, "一、投诉对象"),
        "h61-5": ("en", PROCEDURE, "Stage1 – Informal"),
    },
    "heldout62": {
        "h62-1": ("zh-CN", EMERGENCY, "1、应急组织构成和职责:"),
        "h62-2": ("zh-CN", EMERGENCY, "1.目的"),
        "h62-3": ("zh-CN", PROCEDURE, "1目的"),
        "h62-4": ("zh-CN", PROCEDURE, "一、投诉范围"),
        "h62-5": ("en", PROCEDURE, "Complaints Handling Procedure: The 2-Stage Process"),
    },
    "heldout63": {
        "h63-1": ("zh-CN", EMERGENCY, "旅行社安全事故報告和處理制度"),
        "h63-2": ("zh-CN", EMERGENCY, "第一部分安全生产责任制"),
        "h63-3": ("zh-CN", PROCEDURE, "8.1 投诉条件"),
        "h63-4": ("zh-CN", EMERGENCY, "一、应急求援"),
        "h63-5": ("en", PROCEDURE, "What to expect after you make a complaint"),
    },
    "heldout64": {
        "h64-1": ("zh-CN", EMERGENCY, "一、基本情况"),
        "h64-2": ("zh-CN", EMERGENCY, "一、总则"),
        "h64-3": ("zh-CN", PROCEDURE, "一、目的"),
        "h64-4": ("zh-CN", PROCEDURE, "1、 工作内容"),
        "h64-5": ("en", PROCEDURE, "What can I complain about?"),
    },
    "heldout65": {
        "h65-1": ("zh-CN", EMERGENCY, "一、适用范围"),
        "h65-2": ("zh-CN", EMERGENCY, "一、应急指挥"),
        "h65-3": ("zh-CN", PROCEDURE, "1.目的"),
        "h65-4": ("zh-CN", PROCEDURE, "内容"),
        "h65-5": ("en", PROCEDURE, "The Aim of Our Complaints Procedure"),
    },
    "heldout66": {
        "h66-1": ("zh-CN", EMERGENCY, "一、食品卫生(或异物)埋怨"),
        "h66-2": ("zh-CN", PROCEDURE, "商场对用户投诉处理要求"),
        "h66-3": ("zh-CN", PROCEDURE, "一、处理原则:"),
        "h66-4": ("zh-CN", EMERGENCY, "一、组织机构"),
        "h66-5": ("en", PROCEDURE, "Complaints Policy"),
    },
    "heldout67": {
        "h67-1": ("zh-CN", PROCEDURE, "第一章总则"),
        "h67-2": ("zh-CN", EMERGENCY, "三、工作职责"),
        "h67-3": ("zh-CN", EMERGENCY, "(一)跑、冒油品"),
        "h67-4": ("zh-CN", PROCEDURE, "1.0目的:"),
        "h67-5": ("en", PROCEDURE, "Stage 1 – Written Acknowledgement"),
    },
    "heldout68": {
        "h68-1": ("zh-CN", PROCEDURE, "三、投诉方式:"),
        "h68-2": ("zh-CN", PROCEDURE, "二、我们的处理流程"),
        "h68-3": ("zh-CN", PROCEDURE, "投訴渠道:"),
        "h68-4": ("zh-CN", PROCEDURE, "第一章 总则"),
        "h68-5": ("en", PROCEDURE, "Our Complaints Procedure"),
    },
    "heldout69": {
        "h69-1": ("zh-CN", EMERGENCY, "一.成立领导小组"),
        "h69-2": ("zh-CN", EMERGENCY, "一、应急小组"),
        "h69-3": ("zh-CN", PROCEDURE, "一、服务投诉适用范围"),
        "h69-4": ("zh-CN", PROCEDURE, "第一条 投诉范围"),
        "h69-5": ("en", PROCEDURE, "Response Timescales:"),
    },
    "heldout70": {
        "h70-1": ("zh-CN", EMERGENCY, "一、目的"),
        "h70-2": ("zh-CN", PROCEDURE, "目的"),
        "h70-3": ("zh-CN", PROCEDURE, "经济日报-中国经济网举报受理和处置管理办法"),
        "h70-4": ("zh-CN", PROCEDURE, "一、機構(gòu)設(shè)置。"),
        "h70-5": ("en", PROCEDURE, "Complaints Handling Procedure"),
    },
    "heldout71": {
        "h71-1": ("zh-CN", EMERGENCY, "第一章 总 则"),
        "h71-2": ("zh-CN", EMERGENCY, "一、工作原则"),
        "h71-3": ("zh-CN", PROCEDURE, "一、办理依据"),
        "h71-4": ("zh-CN", PROCEDURE, "一、投诉事项范围:"),
        "h71-5": ("en", PROCEDURE, "Complaints procedure"),
    },
    "heldout72": {
        "h72-1": ("zh-CN", PROCEDURE, "第一章 总 则"),
        "h72-2": ("zh-CN", EMERGENCY, "一、重大突發(fā)事件的范圍"),
        "h72-3": ("zh-CN", EMERGENCY, "第二條服務(wù)突發(fā)事件解決工作原則"),
        "h72-4": ("zh-CN", EMERGENCY, "華夏銀行石家莊分行聲譽風(fēng)險管理實施細(xì)則"),
        "h72-5": ("en", PROCEDURE, "Level – 1 (Branch Level) :"),
    },
    "heldout73": {
        "h73-1": ("zh-CN", EMERGENCY, "监测与预警"),
        "h73-2": ("zh-CN", EMERGENCY, "一、领导小组"),
        "h73-3": ("zh-CN", PROCEDURE, "1、目的:"),
        "h73-4": ("zh-CN", PROCEDURE, "1. 目的:"),
        "h73-5": ("en", PROCEDURE, "Client Complaint Procedure"),
    },
    "heldout74": {
        "h74-1": ("zh-CN", EMERGENCY, "一、组织机构及职责任务"),
        "h74-2": ("zh-CN", EMERGENCY, "一、幼儿园群体性突发事件应急处置基本原则"),
        "h74-3": ("zh-CN", PROCEDURE, "一、适用范围"),
        "h74-4": ("zh-CN", PROCEDURE, "一、接收投诉"),
        "h74-5": ("en", PROCEDURE, "Balliol Day Nursery: Concerns and Complaints from Parents or Carers"),
    },
    "heldout75": {
        "h75-1": ("zh-CN", EMERGENCY, "目的"),
        "h75-2": ("zh-CN", EMERGENCY, "一、总则"),
        "h75-3": ("zh-CN", EMERGENCY, "一、目的和指导思想"),
        "h75-4": ("zh-CN", EMERGENCY, "卧虎山庄紧急事件处理制度"),
        "h75-5": ("en", PROCEDURE, "Complaints Procedure in Stages"),
    },
    "heldout76": {
        "h76-1": ("zh-CN", EMERGENCY, "一、应急工作体系及职责"),
        "h76-2": ("zh-CN", EMERGENCY, "1、总则"),
        "h76-3": ("zh-CN", EMERGENCY, "三、应急指挥组织机构及职责"),
        "h76-4": ("zh-CN", EMERGENCY, "永州市殡葬突发事件应急预案"),
        "h76-5": ("en", PROCEDURE, "Complaints Procedure"),
    },
    "heldout77": {
        "h77-1": ("zh-CN", EMERGENCY, "第七条开奖公告的发布流程:"),
        "h77-2": ("zh-CN", EMERGENCY, "一、工作原则"),
        "h77-3": ("zh-CN", EMERGENCY, "一、预案背景"),
        "h77-4": ("zh-CN", EMERGENCY, "网吧突发事件安全应急预案"),
        "h77-5": ("en", PROCEDURE, "Your feedback is important to us"),
    },
    "heldout78": {
        "h78-1": ("zh-CN", EMERGENCY, "一、組織領導"),
        "h78-2": ("zh-CN", PROCEDURE, "第一章 总则"),
        "h78-3": ("zh-CN", EMERGENCY, "五、应急预案工作机制"),
        "h78-4": ("zh-CN", PROCEDURE, "投诉举报的受理范围"),
        "h78-5": ("en", PROCEDURE, "Making a complaint"),
    },
    "heldout79": {
        "h79-1": ("zh-CN", PROCEDURE, "一、投诉途径与渠道"),
        "h79-2": ("zh-CN", EMERGENCY, "一、組織機(jī)構(gòu)"),
        "h79-3": ("zh-CN", EMERGENCY, "一、消防安全工作領(lǐng)導組織機構(gòu)"),
        "h79-4": ("zh-CN", EMERGENCY, "主要职责:"),
        "h79-5": ("en", PROCEDURE, "Complaints Procedure"),
    },
    "heldout80": {
        "h80-1": ("zh-CN", PROCEDURE, "一、目的:"),
        "h80-2": ("zh-CN", EMERGENCY, "八、药品不良反应报告制度"),
        "h80-3": ("zh-CN", PROCEDURE, "1目的"),
        "h80-4": ("en", PROCEDURE, "The Investigation"),
    },
    "heldout81": {
        "h81-1": ("zh-CN", EMERGENCY, "一、 投诉处理方案"),
        "h81-2": ("zh-CN", PROCEDURE, "4.?投诉处理权限"),
        "h81-3": ("zh-CN", EMERGENCY, "1.目的"),
        "h81-4": ("zh-CN", PROCEDURE, "一、温泉中心折扣权限、投诉权限"),
        "h81-5": ("en", PROCEDURE, "1. Aims"),
    },
    "heldout82": {
        "h82-1": ("zh-CN", EMERGENCY, "一、成立门诊突发事件应急领导小组"),
        "h82-2": ("zh-CN", EMERGENCY, "门诊突发事件处理制度"),
        "h82-3": ("zh-CN", EMERGENCY, "一、目的、原则:"),
        "h82-4": ("zh-CN", PROCEDURE, "投诉举报"),
        "h82-5": ("en", PROCEDURE, "Complaints Procedure & Information"),
    },
    "heldout83": {
        "h83-1": ("zh-CN", EMERGENCY, "1. 总则"),
        "h83-2": ("zh-CN", EMERGENCY, "一、極端惡劣天氣和突發(fā)事件公路安全保暢應(yīng)急預(yù)案"),
        "h83-3": ("zh-CN", EMERGENCY, "1 总则"),
        "h83-4": ("zh-CN", EMERGENCY, "1 總則"),
        "h83-5": ("en", PROCEDURE, "1. Scope and Purpose"),
    },
    "heldout84": {
        "h84-1": ("zh-CN", PROCEDURE, "一、 消费投诉主体流程:"),
        "h84-2": ("zh-CN", PROCEDURE, "(1)客户服务。"),
        "h84-3": ("zh-CN", PROCEDURE, "上汽通用汽车金融有限责任公司2020年度消费者服务与投诉处理情况报告"),
        "h84-4": ("zh-CN", PROCEDURE, "一、2024年投诉整体情况"),
        "h84-5": ("en", PROCEDURE, "What happens once I have raised my complaint"),
    },
    "heldout85": {
        "h85-1": ("zh-CN", EMERGENCY, "1、目的"),
        "h85-2": ("zh-CN", PROCEDURE, "一:投诉的定义"),
        "h85-3": ("zh-CN", EMERGENCY, "事故处理的一般原则"),
        "h85-4": ("zh-CN", EMERGENCY, "一、 紧急电话"),
        "h85-5": ("en", PROCEDURE, "Publicised Contact Details for Complaints:"),
    },
    "heldout86": {
        "h86-1": ("zh-CN", EMERGENCY, "一、編制目的、依據、適用范圍、工作原則"),
        "h86-2": ("zh-CN", PROCEDURE, "一、保修的适用范围"),
        "h86-3": ("zh-CN", PROCEDURE, "5.2售中服务"),
        "h86-4": ("zh-CN", PROCEDURE, "第一章 总 则"),
        "h86-5": ("en", PROCEDURE, "Step-by-step complaints procedure"),
    },
    "heldout87": {
        "h87-1": ("zh-CN", EMERGENCY, "一、指导思想"),
        "h87-2": ("zh-CN", EMERGENCY, "一、总则"),
        "h87-3": ("zh-CN", PROCEDURE, "一、投诉举报理由"),
        "h87-4": ("zh-CN", PROCEDURE, "学生意见与投诉条例"),
        "h87-5": ("en", PROCEDURE, "First Stage (Informal Complaint)"),
    },
    "heldout88": {
        "h88-1": ("zh-CN", PROCEDURE, "6、补偿"),
        "h88-2": ("zh-CN", PROCEDURE, "4.3对服务质量投诉处理要求"),
        "h88-3": ("zh-CN", EMERGENCY, "商场突发事件的处理"),
        "h88-4": ("zh-CN", PROCEDURE, "【導(dǎo)讀】"),
        "h88-5": ("en", PROCEDURE, "1. Identifying Complaints"),
    },
    "heldout89": {
        "h89-1": ("zh-CN", EMERGENCY, "电动车充电应急预案"),
        "h89-2": ("zh-CN", PROCEDURE, "一汽-群眾投訴管理系統管理規定解讀"),
        "h89-3": ("zh-CN", PROCEDURE, "一、目的:"),
        "h89-4": ("zh-CN", PROCEDURE, "汽车维修企业客户投诉处理制度"),
        "h89-5": ("en", PROCEDURE, "Complaints Procedure"),
    },
    "heldout90": {
        "h90-1": ("zh-CN", EMERGENCY, "一、组织领导"),
        "h90-2": ("zh-CN", EMERGENCY, "一、成立雾天应急工作领导小组:"),
        "h90-3": ("zh-CN", PROCEDURE, "高速公路服务区服务质量投诉管理办法"),
        "h90-4": ("zh-CN", EMERGENCY, "一、应急预案流程图"),
        "h90-5": ("en", PROCEDURE, "Paying Your Parking Charge Notice"),
    },
    "heldout91": {
        "h91-1": ("zh-CN", EMERGENCY, "4 后期处置"),
        "h91-2": ("zh-CN", EMERGENCY, "1、事件处理状态"),
        "h91-3": ("zh-CN", EMERGENCY, "一、目的"),
        "h91-4": ("zh-CN", PROCEDURE, "不文明行为“重点监测名单”管理制度"),
        "h91-5": ("en", PROCEDURE, "Our Promise"),
    },
    "heldout92": {
        "h92-1": ("zh-CN", EMERGENCY, "一、应急工作原则"),
        "h92-2": ("zh-CN", EMERGENCY, "一、组织领导"),
        "h92-3": ("zh-CN", PROCEDURE, "一、信访投诉举报途径:"),
        "h92-4": ("zh-CN", PROCEDURE, "5、投诉调查。"),
        "h92-5": ("en", PROCEDURE, "Complaints and Disputes"),
    },
    "heldout93": {
        "h93-1": ("zh-CN", EMERGENCY, "一、总则"),
        "h93-2": ("zh-CN", PROCEDURE, "第三条 投诉及意见反馈的接待和受理工作"),
        "h93-3": ("zh-CN", PROCEDURE, "湖南广济律师事务所投诉查处制度"),
        "h93-4": ("zh-CN", PROCEDURE, "投诉调查制度"),
        "h93-5": ("en", PROCEDURE, "Making a complaint"),
    },
    "heldout94": {
        "h94-1": ("zh-CN", EMERGENCY, "一、編制原則"),
        "h94-2": ("zh-CN", EMERGENCY, "1接警"),
        "h94-3": ("zh-CN", EMERGENCY, "某矿重特大事故应急救援制度"),
        "h94-4": ("zh-CN", EMERGENCY, "第一篇:应急救援组织机构职责"),
        "h94-5": ("en", PROCEDURE, "12.2 COMPLAINTS"),
    },
    "heldout95": {
        "h95-1": ("zh-CN", EMERGENCY, "一、总则"),
        "h95-2": ("zh-CN", EMERGENCY, "1、总则"),
        "h95-3": ("zh-CN", EMERGENCY, "1总则"),
        "h95-4": ("zh-CN", EMERGENCY, "一、工作原则"),
        "h95-5": ("en", PROCEDURE, "Sky Customer Complaints Code of Practice"),
    },
    "heldout96": {
        "h96-1": ("zh-CN", PROCEDURE, "园长接待日"),
        "h96-2": ("zh-CN", EMERGENCY, "一、幼儿园基本情况"),
        "h96-3": ("zh-CN", EMERGENCY, "一、 成立幼儿园安全工作领导小组:"),
        "h96-4": ("zh-CN", EMERGENCY, "一、总则"),
        "h96-5": ("en", PROCEDURE, "Internal Complaints Procedure"),
    },
    "heldout97": {
        "h97-1": ("zh-CN", EMERGENCY, "百客酒店治安管理制度"),
        "h97-2": ("zh-CN", EMERGENCY, "酒店突發(fā)事件應急預案篇一"),
        "h97-3": ("zh-CN", EMERGENCY, "应急预案-1 火警应急预案"),
        "h97-4": ("zh-CN", PROCEDURE, "大堂副理职责与投诉案例"),
        "h97-5": ("en", PROCEDURE, "Complaints Policy"),
    },
    "heldout98": {
        "h98-1": ("zh-CN", EMERGENCY, "一 农贸市场概况"),
        "h98-2": ("zh-CN", EMERGENCY, "一、市場(chǎng)火災(zāi)應(yīng)急預(yù)案"),
        "h98-3": ("zh-CN", PROCEDURE, "农贸市场消费者投诉处理制度"),
        "h98-4": ("zh-CN", EMERGENCY, "一、总 则"),
        "h98-5": ("en", PROCEDURE, "1. Initial Contact:"),
    },
    "heldout99": {
        "h99-1": ("zh-CN", PROCEDURE, "一、 投诉范围"),
        "h99-2": ("zh-CN", PROCEDURE, "物流快递理赔管理制度"),
        "h99-3": ("zh-CN", EMERGENCY, "1.1 编制目的"),
        "h99-4": ("zh-CN", PROCEDURE, "客服中心:"),
        "h99-5": ("en", PROCEDURE, "Complaints Procedure"),
    },
    "heldout100": {
        "h100-1": ("zh-CN", EMERGENCY, "中国人民银行总行机关处置突发性群体上访事件工作预案"),
        "h100-2": ("zh-CN", PROCEDURE, "一、 本行客戶申訴處理流程"),
        "h100-3": ("zh-CN", PROCEDURE, "第一條 (訂定依據)"),
        "h100-4": ("zh-CN", PROCEDURE, "一般处理投诉流程"),
        "h100-5": ("en", PROCEDURE, "Ethos"),
    },
    "heldout101": {
        "h101-1": ("zh-CN", PROCEDURE, "1目的"),
        "h101-2": ("zh-CN", PROCEDURE, "一、工单处理规范"),
        "h101-3": ("zh-CN", EMERGENCY, "(一)建立冬季供热应急指挥机构"),
        "h101-4": ("zh-CN", PROCEDURE, "1、考核原则"),
        "h101-5": ("en", PROCEDURE, "Making an enquiry or complaint"),
    },
    "heldout102": {
        "h102-1": ("zh-CN", PROCEDURE, "磨溪镇“12345”政府服务热线平台办理工作制度"),
        "h102-2": ("zh-CN", EMERGENCY, "回马镇2018年全国“两会”期间信访维稳接访劝返工作预案"),
        "h102-3": ("zh-CN", EMERGENCY, "適用範圍"),
        "h102-4": ("zh-CN", PROCEDURE, "一、投诉受理部门:"),
        "h102-5": ("en", PROCEDURE, "Stage 1:"),
    },
    "heldout103": {
        "h103-1": ("zh-CN", EMERGENCY, "成大醫院危機事件通報流程(手機簡碼)"),
        "h103-2": ("zh-CN", EMERGENCY, "***卫生院 卫生应急预案"),
        "h103-3": ("zh-CN", PROCEDURE, "1、投诉渠道"),
        "h103-4": ("zh-CN", PROCEDURE, "一、对服务不满意的顾客:"),
        "h103-5": ("en", PROCEDURE, "Complaints policy"),
    },
    "heldout104": {
        "h104-1": ("zh-CN", EMERGENCY, "批准页"),
        "h104-2": ("zh-CN", EMERGENCY, "一、 应急预案适用范围"),
        "h104-3": ("zh-CN", PROCEDURE, "1、目的"),
        "h104-4": ("zh-CN", PROCEDURE, "达钢集团的管理制度"),
        "h104-5": ("en", PROCEDURE, "Our commitment to you."),
    },
    "heldout105": {
        "h105-1": ("zh-CN", EMERGENCY, "一、总则"),
        "h105-2": ("zh-CN", EMERGENCY, "一、食物中毒事件应急处理组织机构及职责"),
        "h105-3": ("zh-CN", PROCEDURE, "一、“校长信箱”受理范围"),
        "h105-4": ("zh-CN", PROCEDURE, "阶段一:收信与登记(1个工作日内)"),
        "h105-5": ("en", PROCEDURE, "Stage 1"),
    },
    "heldout106": {
        "h106-1": ("zh-CN", EMERGENCY, "一、組織指揮機構及職責任務"),
        "h106-2": ("zh-CN", EMERGENCY, "一、突发地震灾害应急处置指挥小组"),
        "h106-3": ("zh-CN", EMERGENCY, "一、编制目的"),
        "h106-4": ("zh-CN", PROCEDURE, "武汉XX机场旅客投诉处理管理办法(仅适用于商业有关的投诉事项)"),
        "h106-5": ("en", PROCEDURE, "What will happen when I complain?"),
    },
    "heldout107": {
        "h107-1": ("zh-CN", PROCEDURE, "一、客诉基本含义"),
        "h107-2": ("zh-CN", EMERGENCY, "特約店應急事件應對機制"),
        "h107-3": ("zh-CN", PROCEDURE, "無貨可出"),
        "h107-4": ("zh-CN", PROCEDURE, "聯繫我們"),
        "h107-5": ("en", PROCEDURE, "What happens if your complaint cannot be resolved right away in the dealership?"),
    },
    "heldout108": {
        "h108-1": ("zh-CN", EMERGENCY, "一、启动时机和范围"),
        "h108-2": ("zh-CN", PROCEDURE, "紛爭案件受理申訴之方式與程序"),
        "h108-3": ("zh-CN", PROCEDURE, "一、訂定依據及目的"),
        "h108-4": ("zh-CN", PROCEDURE, "二、 調查客戶申訴案件之程序"),
        "h108-5": ("en", PROCEDURE, "Receiving complaints"),
    },
    "heldout109": {
        "h109-1": ("zh-CN", PROCEDURE, "一、适用范围"),
        "h109-2": ("zh-CN", PROCEDURE, "六、客户投诉的处理"),
        "h109-3": ("zh-CN", PROCEDURE, "第一章目的"),
        "h109-4": ("zh-CN", PROCEDURE, "标题 : 大堂副理工作时间 编号:"),
        "h109-5": ("en", PROCEDURE, "Our Complaint Process"),
    },
    "heldout110": {
        "h110-1": ("zh-CN", EMERGENCY, "1 总则"),
        "h110-2": ("zh-CN", PROCEDURE, "一、服务内容"),
        "h110-3": ("zh-CN", PROCEDURE, "一、气压气质"),
        "h110-4": ("zh-CN", PROCEDURE, "一、总则"),
        "h110-5": ("en", PROCEDURE, "The Energy Ombudsman"),
    },
    "heldout111": {
        "h111-1": ("zh-CN", EMERGENCY, "1.目的:"),
        "h111-2": ("zh-CN", PROCEDURE, "一、受理部门:"),
        "h111-3": ("zh-CN", PROCEDURE, "一.目的:"),
        "h111-4": ("zh-CN", PROCEDURE, "服務對象:"),
        "h111-5": ("en", PROCEDURE, "Complaint Policy"),
    },
    "heldout112": {
        "h112-1": ("zh-CN", PROCEDURE, "一、机制目的"),
        "h112-2": ("zh-CN", EMERGENCY, "第二条事件对象:"),
        "h112-3": ("zh-CN", EMERGENCY, "1. 总则"),
        "h112-4": ("zh-CN", PROCEDURE, "一、 目的"),
        "h112-5": ("en", PROCEDURE, "1. CUSTOMER COMPLAINTS REGARDING COURIER ITEMS"),
    },
    "heldout113": {
        "h113-1": ("zh-CN", EMERGENCY, "关于成立安全生产工作领导小组的通知"),
        "h113-2": ("zh-CN", PROCEDURE, "一、宾客投诉原因:"),
        "h113-3": ("en", PROCEDURE, "Our approach"),
    },
    "heldout114": {
        "h114-1": ("zh-CN", PROCEDURE, "第一章总则"),
        "h114-2": ("zh-CN", PROCEDURE, "第二章部门职责"),
        "h114-3": ("zh-CN", EMERGENCY, "一、行情显示中断时的应急措施"),
        "h114-4": ("zh-CN", PROCEDURE, "一、XXXXX咨询、投诉案件"),
        "h114-5": ("en", PROCEDURE, "Receipt of a complaint by the firm"),
    },
    "heldout115": {
        "h115-1": ("zh-CN", EMERGENCY, "一、组织机构"),
        "h115-2": ("zh-CN", EMERGENCY, "一、工作原则"),
        "h115-3": ("zh-CN", PROCEDURE, "东营市政务服务中心投诉制度"),
        "h115-4": ("zh-CN", PROCEDURE, "長(zhǎng)春新區(qū)公共資源交易中心投訴處理制度"),
        "h115-5": ("en", PROCEDURE, "What to expect when you complain"),
    },
    "heldout116": {
        "h116-1": ("zh-CN", EMERGENCY, "塔窝幼儿园安全信息报告制度"),
        "h116-2": ("zh-CN", EMERGENCY, "一、成立突发事件领导小组,落实各部门职责"),
        "h116-3": ("zh-CN", PROCEDURE, "考生投诉处理办法"),
        "h116-4": ("zh-CN", PROCEDURE, "学生意见与投诉条例"),
        "h116-5": ("en", PROCEDURE, "Internal complaints procedure"),
    },
    "heldout117": {
        "h117-1": ("zh-CN", EMERGENCY, "1.总则"),
        "h117-2": ("zh-CN", EMERGENCY, "一、报告程序"),
        "h117-3": ("zh-CN", EMERGENCY, "一广播电视安全播出应急预案"),
        "h117-4": ("zh-CN", EMERGENCY, "1.总则"),
        "h117-5": ("en", PROCEDURE, "Complaints Timing"),
    },
    "heldout118": {
        "h118-1": ("zh-CN", PROCEDURE, "第一章总则"),
        "h118-2": ("zh-CN", PROCEDURE, "服务管理办法(修订)"),
        "h118-3": ("zh-CN", EMERGENCY, "加油站油品数质量纠纷应急处理流程"),
        "h118-4": ("zh-CN", EMERGENCY, "3.1、卸車混油的應(yīng)急程序"),
        "h118-5": ("en", PROCEDURE, "Making a complaint if we get things wrong"),
    },
    "heldout119": {
        "h119-1": ("zh-CN", EMERGENCY, "一、指导思想"),
        "h119-2": ("zh-CN", EMERGENCY, "一、 目的"),
        "h119-3": ("zh-CN", EMERGENCY, "一、总则"),
        "h119-4": ("zh-CN", EMERGENCY, "1. 总则"),
        "h119-5": ("en", PROCEDURE, "Complaints"),
    },
    "heldout120": {
        "h120-1": ("zh-CN", EMERGENCY, "一、指导思想"),
        "h120-2": ("zh-CN", EMERGENCY, "一、预案适用范围"),
        "h120-3": ("zh-CN", EMERGENCY, "第一章总则"),
        "h120-4": ("zh-CN", EMERGENCY, "一、适用范围"),
        "h120-5": ("en", PROCEDURE, "We welcome your feedback"),
    },
    "heldout121": {
        "h121-1": ("zh-CN", PROCEDURE, "一、处理用户投诉的原则和依据"),
        "h121-2": ("zh-CN", PROCEDURE, "一、受理部门:"),
        "h121-3": ("zh-CN", PROCEDURE, "一、投诉处理范围"),
        "h121-4": ("zh-CN", PROCEDURE, "1小時反應"),
        "h121-5": ("en", PROCEDURE, "1. Submit your complaint"),
    },
    "heldout122": {
        "h122-1": ("zh-CN", EMERGENCY, "应急预案的任务和目标"),
        "h122-2": ("zh-CN", EMERGENCY, "副总指挥副总经理"),
        "h122-3": ("zh-CN", EMERGENCY, "一、集团应急管理工作领导小组主要职责"),
        "h122-4": ("zh-CN", EMERGENCY, "6信息发布组职责(办公室)"),
        "h122-5": ("en", PROCEDURE, "Receipt of Complaints"),
    },
    "heldout123": {
        "h123-1": ("zh-CN", PROCEDURE, "第一条行政部接听服务质量监督热线。"),
        "h123-2": ("zh-CN", PROCEDURE, "第一章 总则"),
        "h123-3": ("zh-CN", PROCEDURE, "第一章 总则"),
        "h123-4": ("zh-CN", PROCEDURE, "第一条制定投诉举报处理制度的依据"),
        "h123-5": ("en", PROCEDURE, "First Step: Immediate Supervisor"),
    },
    "heldout124": {
        "h124-1": ("zh-CN", PROCEDURE, "1. 总则"),
        "h124-2": ("zh-CN", PROCEDURE, "一、服務形象"),
        "h124-3": ("zh-CN", PROCEDURE, "服务承诺"),
        "h124-4": ("zh-CN", PROCEDURE, "服务承诺"),
        "h124-5": ("en", PROCEDURE, "Purpose"),
    },
    "heldout125": {
        "h125-1": ("zh-CN", EMERGENCY, "1.目的"),
        "h125-2": ("zh-CN", EMERGENCY, "(一) 殴斗应急处理程序 :"),
        "h125-3": ("zh-CN", EMERGENCY, "(一)正常停电"),
        "h125-4": ("zh-CN", EMERGENCY, "一、电梯困人应急预案"),
        "h125-5": ("en", PROCEDURE, "Stage 1: Informal"),
    },
    "heldout126": {
        "h126-1": ("zh-CN", PROCEDURE, "一、投诉处理步骤:"),
        "h126-2": ("zh-CN", PROCEDURE, "业主(住户)投诉的处理规定"),
        "h126-3": ("zh-CN", PROCEDURE, "客户投诉处理五个流程"),
        "h126-4": (
            "zh-CN",
            PROCEDURE,
            "1. 总则为了规范业主投诉处理工作,及时有效地解决业主投诉问题,保障业主的利益与权益,制定此投诉处理管理制度",
        ),
        "h126-5": ("en", PROCEDURE, "Complaint Classification & Escalation Guidelines"),
    },
    "heldout127": {
        "h127-1": ("zh-CN", PROCEDURE, "一、适用范围"),
        "h127-2": ("zh-CN", PROCEDURE, "Content and procedure of complaint publicity"),
        "h127-3": ("zh-CN", PROCEDURE, "大堂副理的工作權(quán)限"),
        "h127-4": ("zh-CN", PROCEDURE, "一、把客诉和突发事件分为三类:"),
        "h127-5": ("en", PROCEDURE, "What to include with your complaint"),
    },
    "heldout128": {
        "h128-1": ("zh-CN", PROCEDURE, "呼叫中心"),
        "h128-2": ("zh-CN", PROCEDURE, "1、投訴的受理"),
        "h128-3": ("en", PROCEDURE, "What we cover"),
    },
    "heldout129": {
        "h129-1": ("zh-CN", PROCEDURE, "1目的"),
        "h129-2": ("zh-CN", PROCEDURE, "投诉纠纷顾客处理流程"),
        "h129-3": ("zh-CN", PROCEDURE, "3.3.服务质量投诉:"),
        "h129-4": ("zh-CN", PROCEDURE, "医疗机构投诉举报接待制度"),
        "h129-5": ("en", PROCEDURE, "Practice procedures"),
    },
    "heldout130": {
        "h130-1": ("zh-CN", PROCEDURE, "一、适用范围"),
        "h130-2": ("zh-CN", PROCEDURE, "师生投诉处置制度"),
        "h130-3": ("zh-CN", PROCEDURE, "职业学院食堂投诉受理制度"),
        "h130-4": ("zh-CN", EMERGENCY, "一、总则"),
        "h130-5": ("en", PROCEDURE, "Purpose of This Policy"),
    },
    "heldout131": {
        "h131-1": ("zh-CN", EMERGENCY, "一、编制目的"),
        "h131-2": ("zh-CN", EMERGENCY, "1领导小组及职责"),
        "h131-3": ("zh-CN", EMERGENCY, "一、组织机构"),
        "h131-4": ("zh-CN", PROCEDURE, "第二条 投诉方式:"),
        "h131-5": ("en", PROCEDURE, "operate a reliable bus service"),
    },
    "heldout132": {
        "h132-1": ("zh-CN", PROCEDURE, "1、目的:"),
        "h132-2": ("zh-CN", PROCEDURE, "一、受理部门"),
        "h132-3": ("zh-CN", PROCEDURE, "目的和目標"),
        "h132-4": ("zh-CN", PROCEDURE, "目的和目标"),
        "h132-5": ("en", PROCEDURE, "Complaints policy"),
    },
    "heldout133": {
        "h133-1": ("zh-CN", PROCEDURE, "1、目的"),
        "h133-2": ("zh-CN", PROCEDURE, "1.0目的"),
        "h133-3": ("zh-CN", PROCEDURE, "目的:"),
        "h133-4": ("zh-CN", PROCEDURE, "第一章总则"),
        "h133-5": ("en", PROCEDURE, "Formal Complaint (Stage 1):"),
    },
    "heldout134": {
        "h134-1": ("zh-CN", PROCEDURE, "第一章 总 则"),
        "h134-2": ("zh-CN", PROCEDURE, "一、聯(lián)系方式"),
        "h134-3": ("zh-CN", PROCEDURE, "消費爭議處理制度"),
        "h134-4": ("zh-CN", PROCEDURE, "第一條 規範目的"),
        "h134-5": ("en", PROCEDURE, "Within 48 hours"),
    },
    "heldout135": {
        "h135-1": ("zh-CN", PROCEDURE, "1.目的:"),
        "h135-2": ("zh-CN", PROCEDURE, "1 目的:"),
        "h135-3": ("zh-CN", PROCEDURE, "第六条、客户投诉管理制度:"),
        "h135-4": ("zh-CN", PROCEDURE, "引言"),
        "h135-5": ("en", PROCEDURE, "What will happen next?"),
    },
    "heldout136": {
        "h136-1": ("zh-CN", EMERGENCY, "消防安全工作领导组织机构"),
        "h136-2": ("zh-CN", PROCEDURE, "养老机构投诉管理制度"),
        "h136-3": ("zh-CN", PROCEDURE, "一、受理部门:"),
        "h136-4": ("zh-CN", PROCEDURE, "意見表達、讚賞及投訴的處理程序"),
        "h136-5": ("en", PROCEDURE, "Complaint Procedure"),
    },
    "heldout137": {
        "h137-1": ("zh-CN", EMERGENCY, "4. 处置程序Procedure"),
        "h137-2": ("zh-CN", PROCEDURE, "四、受理程序"),
        "h137-3": ("zh-CN", PROCEDURE, "叁、客訴處理流程:"),
        "h137-4": ("zh-CN", PROCEDURE, "顧客退 /換作業(yè)流程描述"),
        "h137-5": ("en", PROCEDURE, "1. Why have a policy?"),
    },
    "heldout138": {
        "h138-1": ("zh-CN", PROCEDURE, "一、学员投诉内容"),
        "h138-2": ("zh-CN", EMERGENCY, "1、应急指挥小组。"),
        "h138-3": ("zh-CN", EMERGENCY, "一、工作原则"),
        "h138-4": ("zh-CN", EMERGENCY, "一、工作原则"),
        "h138-5": ("en", PROCEDURE, "Internal complaints procedure"),
    },
    "heldout139": {
        "h139-1": ("zh-CN", PROCEDURE, "三、 旅客抱怨來源與處理程序:"),
        "h139-2": ("zh-CN", PROCEDURE, "I.序言"),
        "h139-3": ("en", PROCEDURE, "Our complaints policy"),
    },
    "heldout140": {
        "h140-1": ("zh-CN", PROCEDURE, "一、投訴管理細(xì)則"),
        "h140-2": ("zh-CN", EMERGENCY, "1 总则"),
        "h140-3": ("zh-CN", PROCEDURE, "黄河科技学院校园网用户投诉管理办法"),
        "h140-4": ("zh-CN", PROCEDURE, "服务标准"),
        "h140-5": ("en", PROCEDURE, "Step 1"),
    },
    "heldout141": {
        "h141-1": ("zh-CN", PROCEDURE, "五、内容:"),
        "h141-2": ("zh-CN", PROCEDURE, "四、主要内容:"),
        "h141-3": ("zh-CN", PROCEDURE, "4.内容:"),
        "h141-4": ("zh-CN", PROCEDURE, "2. 現場抱怨或電話抱怨處理原則"),
        "h141-5": ("en", PROCEDURE, "Time limit for making a complaint"),
    },
    "heldout142": {
        "h142-1": ("zh-CN", EMERGENCY, "一、指导思想和目的"),
        "h142-2": ("zh-CN", EMERGENCY, "突发事件处理-停电"),
        "h142-3": ("zh-CN", EMERGENCY, "(一)突发事件处置组"),
        "h142-4": ("zh-CN", EMERGENCY, "一、目的"),
        "h142-5": ("en", PROCEDURE, "Making a complaint"),
    },
    "heldout143": {
        "h143-1": ("zh-CN", PROCEDURE, "第一章总则"),
        "h143-2": ("zh-CN", PROCEDURE, "第一章总则"),
        "h143-3": ("zh-CN", PROCEDURE, "一、总则"),
        "h143-4": ("zh-CN", PROCEDURE, "(一) 案件之受理:"),
        "h143-5": ("en", PROCEDURE, "Stage 1 – internal procedure"),
    },
    "heldout144": {
        "h144-1": ("zh-CN", EMERGENCY, "1、工作原则"),
        "h144-2": ("zh-CN", EMERGENCY, "第一章总则"),
        "h144-3": ("zh-CN", EMERGENCY, "一、目的:"),
        "h144-4": ("zh-CN", EMERGENCY, "三、做好消防应急准备(提前准备灭火器,详见应急预案)。"),
        "h144-5": ("en", PROCEDURE, "Step 1 – Complaints procedure"),
    },
    "heldout145": {
        "h145-1": ("zh-CN", EMERGENCY, "一、指导思想和要求"),
        "h145-2": ("zh-CN", EMERGENCY, "1 总则"),
        "h145-3": ("zh-CN", PROCEDURE, "總 說"),
        "h145-4": ("zh-CN", PROCEDURE, "顧客抱怨及處理程序流程表"),
        "h145-5": ("en", PROCEDURE, "How the complaints process works"),
    },
    "heldout146": {
        "h146-1": ("zh-CN", EMERGENCY, "一、应急领导小组"),
        "h146-2": ("zh-CN", EMERGENCY, "如皋市园林管理处突发事件应急预案"),
        "h146-3": ("zh-CN", PROCEDURE, "一、投诉流程:"),
        "h146-4": ("zh-CN", PROCEDURE, "一、投诉举报受理部门"),
        "h146-5": ("en", PROCEDURE, "Stage 1: The charity tries to resolve the complaint"),
    },
    "heldout147": {
        "h147-1": ("zh-CN", PROCEDURE, "一、 如何应对:"),
        "h147-2": ("zh-CN", PROCEDURE, ".目的:"),
        "h147-3": ("zh-CN", PROCEDURE, "第一章 总 则"),
        "h147-4": ("zh-CN", PROCEDURE, "1. 目的:"),
        "h147-5": ("en", PROCEDURE, "I PURPOSE"),
    },
    "heldout148": {
        "h148-1": ("zh-CN", PROCEDURE, "第一章 总则"),
        "h148-2": ("zh-CN", EMERGENCY, "一、加油站概况"),
        "h148-3": ("zh-CN", EMERGENCY, "一、組織機構"),
        "h148-4": ("zh-CN", EMERGENCY, "5.6加油站人员烧伤、烫伤急救程序"),
        "h148-5": ("en", PROCEDURE, "Publicised Contact Details for Complaints:"),
    },
    "heldout149": {
        "h149-1": ("zh-CN", PROCEDURE, "第一章 总则"),
        "h149-2": ("zh-CN", PROCEDURE, "退课规定:"),
        "h149-3": ("zh-CN", PROCEDURE, "1.即时反馈通道"),
        "h149-4": ("zh-CN", EMERGENCY, "技术安全方面:"),
        "h149-5": ("en", PROCEDURE, "Level One:"),
    },
    "heldout150": {
        "h150-1": ("zh-CN", PROCEDURE, "网上干洗不干净有赔偿么"),
        "h150-2": ("zh-CN", PROCEDURE, "一、弄清事实"),
        "h150-3": ("en", PROCEDURE, "1. Timeframe for Complaints"),
    },
    "heldout151": {
        "h151-1": ("zh-CN", EMERGENCY, "一、突发事故及其类别"),
        "h151-2": ("zh-CN", EMERGENCY, "一、总则"),
        "h151-3": ("zh-CN", EMERGENCY, "1、停电"),
        "h151-4": ("zh-CN", EMERGENCY, "三、 组织指挥"),
        "h151-5": ("en", PROCEDURE, "Purpose"),
    },
    "heldout152": {
        "h152-1": ("zh-CN", EMERGENCY, "一、学生群体性事件的工作原则"),
        "h152-2": ("zh-CN", PROCEDURE, "第一章 总则"),
        "h152-3": ("zh-CN", PROCEDURE, "第一章 总则"),
        "h152-4": ("zh-CN", EMERGENCY, "一、报送程序"),
        "h152-5": ("en", PROCEDURE, "Timescales for complaint responses"),
    },
    "heldout153": {
        "h153-1": ("zh-CN", EMERGENCY, "1 总则"),
        "h153-2": ("zh-CN", EMERGENCY, "1 总则则"),
        "h153-3": ("zh-CN", EMERGENCY, "关于成立安徽金开盛矿业有限公司李湾铜多金属矿环境事件应急领导小组的通知"),
        "h153-4": ("zh-CN", PROCEDURE, "石圪台煤矿信访维稳管理办法"),
        "h153-5": ("en", PROCEDURE, "Step 1"),
    },
    "heldout154": {
        "h154-1": ("zh-CN", EMERGENCY, "第一章 总则"),
        "h154-2": ("zh-CN", EMERGENCY, "一、汛情分级"),
        "h154-3": ("zh-CN", EMERGENCY, "一、本预案适用的范围"),
        "h154-4": ("zh-CN", PROCEDURE, "一、受理事项范围:市政设施接入和使用方面的投诉。"),
        "h154-5": ("en", PROCEDURE, "What should you include"),
    },
    "heldout155": {
        "h155-1": ("zh-CN", EMERGENCY, "一、总体要求"),
        "h155-2": ("zh-CN", PROCEDURE, "一、舉報信息受理范疇"),
        "h155-3": ("zh-CN", PROCEDURE, "举报受理和处置管理办法"),
        "h155-4": ("zh-CN", PROCEDURE, "如何进行投诉"),
        "h155-5": ("en", PROCEDURE, "How we handle your complaint"),
    },
    "heldout156": {
        "h156-1": ("zh-CN", EMERGENCY, "一、工作原则"),
        "h156-2": ("zh-CN", EMERGENCY, "一、组织领导"),
        "h156-3": ("zh-CN", EMERGENCY, "一、本预案适用的范围"),
        "h156-4": (
            "zh-CN",
            EMERGENCY,
            "一、市民政局成立市社会福利机构安全事故应急领导小组,领导小组下设办公室,负责突发安全事故的应急处理工作。",
        ),
        "h156-5": ("en", PROCEDURE, "Step 1 Contacting Us"),
    },
    "heldout157": {
        "h157-1": ("zh-CN", PROCEDURE, "投诉处理流程:"),
        "h157-2": ("zh-CN", PROCEDURE, "安徽诚兴网络货运平台咨询投诉"),
        "h157-3": ("zh-CN", PROCEDURE, "兄弟搬家聯合保障執行細則"),
        "h157-4": ("zh-CN", PROCEDURE, "(二)上報審核"),
        "h157-5": ("en", PROCEDURE, "Introduction"),
    },
    "heldout158": {
        "h158-1": ("zh-CN", EMERGENCY, "一、突发事件应急处理小组:"),
        "h158-2": ("zh-CN", PROCEDURE, "运营和维护服务简介"),
        "h158-3": ("zh-CN", PROCEDURE, "一. 服务与管理"),
        "h158-4": ("zh-CN", EMERGENCY, "市场管理系统应急管理制度"),
        "h158-5": ("en", PROCEDURE, "Stage One"),
    },
    "heldout159": {
        "h159-1": ("zh-CN", PROCEDURE, "Ok目的"),
        "h159-2": ("zh-CN", PROCEDURE, "1.0 总则"),
        "h159-3": ("zh-CN", PROCEDURE, "1.目的:"),
        "h159-4": ("zh-CN", PROCEDURE, "医疗器械——不良事件监测和再评价制度"),
        "h159-5": ("en", PROCEDURE, "Customer Complaint & Recall Procedure"),
    },
    "heldout160": {
        "h160-1": ("zh-CN", PROCEDURE, "投诉处理流程"),
    },
    "heldout161": {
        "h161-1": ("zh-CN", EMERGENCY, "一、目標與范圍"),
        "h161-2": ("en", PROCEDURE, "The Process"),
    },
    "heldout162": {
        "h162-1": ("zh-CN", PROCEDURE, "公证员投诉处理制度"),
        "h162-2": ("zh-CN", PROCEDURE, "申訴範圍"),
        "h162-3": ("zh-CN", PROCEDURE, "民眾陳情(抱怨)處理規定及程序"),
        "h162-4": ("en", PROCEDURE, "Complaints procedure"),
    },
    "heldout163": {
        "h163-1": ("zh-CN", EMERGENCY, "服务大厅应急工作预案"),
        "h163-2": ("zh-CN", EMERGENCY, "福州住房公积金管理中心服务大厅应急方案"),
        "h163-3": ("zh-CN", PROCEDURE, "衡山县不动产登记中心投诉制度"),
        "h163-4": ("zh-CN", PROCEDURE, "一、项目名称:"),
        "h163-5": ("zh-CN", PROCEDURE, "(一)拨打0751-8899106不动产登记投诉受理专线反馈意见和建议"),
    },
    "heldout164": {
        "h164-1": ("zh-CN", PROCEDURE, "燃气企业投诉处理制度"),
        "h164-2": ("en", PROCEDURE, "Our complaints procedure for energy customers"),
    },
    "heldout165": {
        "h165-1": ("zh-CN", EMERGENCY, "一、安全生产应急指挥部"),
        "h165-2": ("zh-CN", EMERGENCY, "一.工作原则"),
        "h165-3": ("zh-CN", EMERGENCY, "一、工作原则"),
        "h165-4": ("zh-CN", EMERGENCY, "1. 总则"),
        "h165-5": ("en", PROCEDURE, "Pre- Phase"),
    },
    "heldout166": {
        "h166-1": ("en", PROCEDURE, "Complaints"),
    },
    "heldout167": {
        "h167-1": ("zh-CN", EMERGENCY, "一、目的:"),
        "h167-2": ("zh-CN", EMERGENCY, "一、设立学校食物中毒事件应急小组,负责组织指挥应急救援工作。"),
        "h167-3": ("zh-CN", EMERGENCY, "1目的"),
        "h167-4": ("zh-CN", PROCEDURE, "学校食堂投诉受理制度"),
        "h167-5": ("en", PROCEDURE, "Informal process"),
    },
    "heldout168": {
        "h168-1": ("zh-CN", EMERGENCY, "大连海事大学图书馆应急预案"),
        "h168-2": ("zh-CN", EMERGENCY, "图书馆消防应急预案"),
        "h168-3": ("zh-CN", EMERGENCY, "五、具体人员分工及任务安排:"),
        "h168-4": ("zh-CN", EMERGENCY, "一、总则"),
        "h168-5": ("en", PROCEDURE, "Complaints procedure"),
    },
    "heldout169": {
        "h169-1": ("zh-CN", PROCEDURE, "自贡市保险行业协会消费者投诉处理机制"),
        "h169-2": ("zh-CN", PROCEDURE, "第一章 投诉受理"),
        "h169-3": ("zh-CN", PROCEDURE, "保险消费投诉处理机制建设工作方案"),
        "h169-4": ("en", PROCEDURE, "Complaints"),
        "h169-5": ("en", PROCEDURE, "WHAT IS A COMPLAINT"),
    },
    "heldout170": {
        "h170-1": ("en", PROCEDURE, "1. Acknowledging your complaint"),
        "h170-2": ("en", PROCEDURE, "Complaints Made Verbally"),
        "h170-3": ("en", PROCEDURE, "Introduction"),
        "h170-4": ("en", PROCEDURE, "Introduction"),
        "h170-5": ("en", PROCEDURE, "Stage 1: Clinic Manager"),
    },
    "heldout171": {
        "h171-1": ("zh-CN", PROCEDURE, "第一章總則"),
        "h171-2": ("zh-CN", PROCEDURE, "1 .目的:"),
        "h171-3": ("zh-CN", EMERGENCY, "1.总则"),
        "h171-4": ("en", PROCEDURE, "1. Commitment to good complaints handling"),
    },
    "heldout172": {
        "h172-1": ("zh-CN", EMERGENCY, "一、总则"),
        "h172-2": ("zh-CN", EMERGENCY, "一、总体要求和工作原则"),
        "h172-3": ("zh-CN", PROCEDURE, "社區綜治維穩工作制度"),
        "h172-4": ("zh-CN", PROCEDURE, "一、投诉范围"),
        "h172-5": ("en", PROCEDURE, "How a complaint should be dealt with"),
    },
    "heldout173": {
        "h173-1": ("zh-CN", PROCEDURE, "第一章 总则"),
        "h173-2": ("en", PROCEDURE, "1. Introduction"),
        "h173-3": ("en", PROCEDURE, "Formal Complaints Resolution Procedure"),
        "h173-4": ("en", PROCEDURE, "How to complain"),
        "h173-5": ("en", PROCEDURE, "Receiving Complaints"),
    },
    "heldout174": {
        "h174-1": ("zh-CN", EMERGENCY, "一、突发事件级别和分类"),
        "h174-2": ("zh-CN", EMERGENCY, "安徽绩溪农村合作银行重大事项管理规定"),
        "h174-3": ("en", PROCEDURE, "Thank you. Your complaint has been submitted."),
        "h174-4": ("en", PROCEDURE, "Complaints Policy and Procedure"),
    },
    "heldout175": {
        "h175-1": ("zh-CN", EMERGENCY, "一、本预案的适用范围"),
        "h175-2": ("zh-CN", EMERGENCY, "1.适用范围"),
        "h175-3": ("zh-CN", EMERGENCY, "一、适用范围和事件分类"),
        "h175-4": ("zh-CN", PROCEDURE, "一、总则与目的"),
        "h175-5": ("en", PROCEDURE, "Stage 1 – Informal Resolution"),
    },
    "heldout176": {
        "h176-1": ("zh-CN", PROCEDURE, "1 范围"),
        "h176-2": ("zh-CN", EMERGENCY, "一、指导原则"),
        "h176-3": ("zh-CN", EMERGENCY, "总则"),
        "h176-4": ("zh-CN", EMERGENCY, "1、 总则"),
        "h176-5": ("en", PROCEDURE, "Introduction"),
    },
    "heldout177": {
        "h177-1": ("en", PROCEDURE, "Complaints Procedures"),
        "h177-2": ("en", PROCEDURE, "Complaints Procedure"),
        "h177-3": ("en", PROCEDURE, "Complaints Procedure"),
    },
    "heldout178": {
        "h178-1": ("zh-CN", EMERGENCY, "一、适用范围"),
        "h178-2": ("zh-CN", PROCEDURE, "南京市地方税务局受理纳税人投诉举报建议事项处理规程"),
        "h178-3": ("zh-CN", PROCEDURE, "第一章 总 则"),
        "h178-4": ("zh-CN", EMERGENCY, "一、编制目的:"),
        "h178-5": ("en", PROCEDURE, "Make a complaint"),
    },
    "heldout179": {
        "h179-1": ("zh-CN", PROCEDURE, "Ⅰ、中介店及经纪人被投诉的处理"),
        "h179-2": ("en", PROCEDURE, "Stage 1- Your complaint:"),
        "h179-3": ("en", PROCEDURE, "What will happen next?"),
        "h179-4": ("en", PROCEDURE, "Stage one"),
        "h179-5": ("en", PROCEDURE, "Stage one complaint"),
    },
    "heldout180": {
        "h180-1": ("zh-CN", PROCEDURE, "目的"),
        "h180-2": ("zh-CN", EMERGENCY, "一、组织领导"),
        "h180-3": ("zh-CN", PROCEDURE, "(一)三级巡检监督体系"),
        "h180-4": ("zh-CN", EMERGENCY, "一、目的"),
        "h180-5": ("en", PROCEDURE, "1. What is a complaint?"),
    },
    "heldout181": {
        "h181-1": ("zh-CN", EMERGENCY, "一、 本預案的適用范圍"),
        "h181-2": ("zh-CN", EMERGENCY, "1 岗位职责"),
        "h181-3": ("zh-CN", EMERGENCY, "1.目的"),
        "h181-4": ("en", PROCEDURE, "Normal Procedure"),
        "h181-5": ("en", PROCEDURE, "Complaints policy"),
    },
    "heldout182": {
        "h182-1": ("zh-CN", EMERGENCY, "3.3.5综合办"),
        "h182-2": ("zh-CN", PROCEDURE, "12、建立服务质量监督、奖惩机制"),
        "h182-3": ("zh-CN", EMERGENCY, "1目的"),
        "h182-4": ("zh-CN", EMERGENCY, "1????? 总则"),
        "h182-5": ("en", PROCEDURE, "1. Scope"),
    },
    "heldout183": {
        "h183-1": ("zh-CN", EMERGENCY, "一、编制目的"),
        "h183-2": ("zh-CN", EMERGENCY, "1 大风灾害应急方案"),
        "h183-3": ("zh-CN", PROCEDURE, "1、 目的"),
        "h183-4": ("zh-CN", EMERGENCY, "1 总则"),
        "h183-5": ("en", PROCEDURE, "Farmlands Group internal complaints policy and process"),
    },
    "heldout185": {
        "h185-1": ("zh-CN", EMERGENCY, "1总则"),
        "h185-2": ("en", PROCEDURE, "Who can complain?"),
        "h185-3": ("en", PROCEDURE, "Step 1: Open a QC case"),
    },
    "heldout186": {
        "h186-1": ("zh-CN", EMERGENCY, "一、适用范围"),
        "h186-2": ("en", PROCEDURE, "1. Scope"),
        "h186-3": ("en", PROCEDURE, "Complaints"),
        "h186-4": ("en", PROCEDURE, "WHAT IS A COMPLAINT"),
        "h186-5": ("en", PROCEDURE, "INFORMAL PROCEDURE"),
    },
    "heldout187": {
        "h187-1": ("zh-CN", PROCEDURE, "1. 客戶意見表達及申訴管道"),
        "h187-2": ("zh-CN", PROCEDURE, "投诉的定义"),
        "h187-3": ("en", PROCEDURE, "Dispute Resolution: Complaints Sourcebook (DISP)"),
        "h187-4": ("en", PROCEDURE, "Stage 1 – tell us what’s wrong"),
    },
    "heldout184": {
        "h184-1": ("zh-CN", EMERGENCY, "1 编制目的"),
        "h184-2": ("zh-CN", EMERGENCY, "一、安全风险性分析"),
        "h184-3": ("zh-CN", EMERGENCY, "3组织机构及职责"),
        "h184-4": ("zh-CN", PROCEDURE, "顧客要找人怎么辦?"),
        "h184-5": ("en", PROCEDURE, "1. Introduction"),
    },
    "heldout188": {
        "h188-1": ("zh-CN", EMERGENCY, "一、组织指挥机构"),
        "h188-2": ("zh-CN", EMERGENCY, "第一章总则"),
        "h188-3": ("en", PROCEDURE, "Not happy with our service?"),
        "h188-4": ("en", PROCEDURE, "Our principles:"),
        "h188-5": ("en", PROCEDURE, "Step One – Contact Customer Service"),
    },
    "heldout189": {
        "h189-1": ("zh-CN", PROCEDURE, "【導讀】"),
        "h189-2": ("en", PROCEDURE, "Reporting a Complaint"),
    },
    "heldout190": {
        "h190-1": ("zh-CN", EMERGENCY, "一、 总则:"),
        "h190-2": ("zh-CN", EMERGENCY, "一、工作原则"),
        "h190-3": ("en", PROCEDURE, "Customer Complaints Procedure"),
        "h190-4": ("en", PROCEDURE, "Introduction"),
        "h190-5": ("en", PROCEDURE, "Stage 1: Written Acknowledgement"),
    },
    "heldout191": {
        "h191-1": ("zh-CN", PROCEDURE, "1. 目的"),
        "h191-2": ("zh-CN", PROCEDURE, "1.目的"),
        "h191-3": ("zh-CN", PROCEDURE, "1适用范围"),
        "h191-4": ("zh-CN", EMERGENCY, "一总则"),
        "h191-5": ("en", PROCEDURE, "Complaints Policy / Procedure"),
    },
    "heldout192": {
        "h192-1": ("zh-CN", EMERGENCY, "一、 成立中山市中医院突发医疗纠纷事件应急处置小组"),
        "h192-2": ("zh-CN", EMERGENCY, "一、总则"),
        "h192-3": ("en", PROCEDURE, "Early Resolution"),
        "h192-4": ("en", PROCEDURE, "What happens next"),
        "h192-5": ("en", PROCEDURE, "NHS Complaints policy"),
    },
    "heldout193": {
        "h193-1": ("zh-CN", PROCEDURE, "中国人寿保险股份有限公司宁夏分公司客户投诉专项管理办法"),
        "h193-2": ("en", PROCEDURE, "How to Complain"),
        "h193-3": ("en", PROCEDURE, "About the complaints procedure"),
    },
    "heldout194": {
        "h194-1": ("zh-CN", EMERGENCY, "一、领导小组:"),
        "h194-2": ("zh-CN", EMERGENCY, "一、指导思想"),
        "h194-3": ("zh-CN", EMERGENCY, "学校消防安全事故应急预案"),
        "h194-4": ("zh-CN", EMERGENCY, "一、指导思想"),
        "h194-5": ("en", PROCEDURE, "Stage 1 – Informal investigation by a member of the Senior Leadership Team"),
    },
    "heldout195": {
        "h195-1": ("zh-CN", EMERGENCY, "一、总则"),
        "h195-2": ("zh-CN", EMERGENCY, "1目的"),
        "h195-3": ("en", PROCEDURE, "Complaints Procedure"),
        "h195-4": ("en", PROCEDURE, "BE Ltd Complaints Procedure"),
        "h195-5": ("en", PROCEDURE, "Complaints Procedure"),
    },
    "heldout196": {
        "h196-1": ("en", PROCEDURE, "1. Complaints"),
        "h196-2": ("en", PROCEDURE, "How do I make a complaint without ABTA?"),
    },
    "heldout197": {
        "h197-1": ("zh-CN", EMERGENCY, "一、参赛者健康要求"),
        "h197-2": ("zh-CN", EMERGENCY, "一、安全應急組織機構:"),
        "h197-3": ("en", PROCEDURE, "1. Purpose"),
        "h197-4": ("en", PROCEDURE, "Complaints Policy"),
        "h197-5": ("en", PROCEDURE, "Swans Events' Complaint Policy"),
    },
    "heldout198": {
        "h198-1": ("zh-CN", EMERGENCY, "3.5 霉变事件应急处置"),
        "h198-2": ("en", PROCEDURE, "4.3 Customer Complaint Program"),
    },
    "heldout199": {
        "h199-1": ("zh-CN", PROCEDURE, "第一章 总则"),
        "h199-2": ("zh-CN", PROCEDURE, "一、內(nèi)部普通投訴"),
        "h199-3": ("zh-CN", PROCEDURE, "学员报名后的退费及换课处理"),
        "h199-4": ("en", PROCEDURE, "Complaints, Appeals & Grievances"),
        "h199-5": ("en", PROCEDURE, "Importance of Reporting Issues"),
    },
    "heldout200": {
        "h200-1": ("en", PROCEDURE, "Enquiries and complaints"),
        "h200-2": ("en", PROCEDURE, "Complaints, compliments and suggestions"),
        "h200-3": ("en", PROCEDURE, "Customer care"),
    },
    "heldout201": {
        "h201-1": ("zh-CN", EMERGENCY, "二、職能部門檢查:"),
        "h201-2": ("zh-CN", PROCEDURE, "眼镜店用户投诉处理制度(销售人员用)"),
        "h201-3": ("en", PROCEDURE, "How to complain"),
    },
    "heldout202": {
        "h202-1": ("en", PROCEDURE, "EXPLORIS COMPLAINTS PROCEDURE – INTRODUCTION"),
        "h202-2": ("en", PROCEDURE, "Formal Complaints Procedure"),
        "h202-3": ("en", PROCEDURE, "Animal Aid Complaints Procedure"),
        "h202-4": ("en", PROCEDURE, "Feedback"),
    },
    "heldout203": {
        "h203-1": ("zh-CN", PROCEDURE, "平臺對用戶糾紛的處理機制"),
        "h203-2": ("en", PROCEDURE, "Customer Complaints Policy"),
        "h203-3": ("en", PROCEDURE, "Complaints about I.T Communications Limited"),
        "h203-4": ("en", PROCEDURE, "1. Introduction"),
    },
    "heldout204": {
        "h204-1": ("en", PROCEDURE, "Key info"),
        "h204-2": ("en", PROCEDURE, "Making a complaint"),
        "h204-3": ("en", PROCEDURE, "The Tots' Clubhouse Nursery School Complaints Policy"),
    },
    "heldout205": {
        "h205-1": ("zh-CN", EMERGENCY, "1主题内容与适用范围"),
        "h205-2": ("zh-CN", EMERGENCY, "制订目的"),
        "h205-3": ("en", PROCEDURE, "Further support"),
    },
    "heldout206": {
        "h206-1": ("zh-CN", PROCEDURE, "一、总 则"),
        "h206-2": ("zh-CN", PROCEDURE, "1. 目的"),
        "h206-3": ("zh-CN", PROCEDURE, "1 、目的:"),
        "h206-4": ("en", PROCEDURE, "Definition of a Complaint"),
        "h206-5": ("en", PROCEDURE, "Criteria"),
    },
    "heldout207": {
        "h207-1": ("zh-CN", PROCEDURE, "帮助指南"),
        "h207-2": ("en", PROCEDURE, "Complaints Policy"),
    },
    "heldout208": {
        "h208-1": ("zh-CN", PROCEDURE, "第一条 目的"),
        "h208-2": ("zh-CN", EMERGENCY, "1. 总则"),
        "h208-3": ("zh-CN", EMERGENCY, "一、县殡仪馆的基本情况"),
        "h208-4": ("en", PROCEDURE, "1. Complaint Contact Details"),
    },
    "heldout209": {
        "h209-1": ("zh-CN", EMERGENCY, "(一)突发案件,应急处理"),
        "h209-2": ("zh-CN", EMERGENCY, "突發(fā)事件應急保障重難點分析"),
        "h209-3": ("zh-CN", EMERGENCY, "刖言"),
        "h209-4": ("zh-CN", PROCEDURE, "壹:处理流程细则"),
        "h209-5": ("en", PROCEDURE, "Acknowledgement and initial assessment"),
    },
    "heldout210": {
        "h210-1": ("zh-CN", EMERGENCY, "矛盾纠纷等各类应急处置预案"),
        "h210-2": ("zh-CN", EMERGENCY, "1.0目的"),
        "h210-3": ("zh-CN", EMERGENCY, "76综合预案"),
        "h210-4": ("zh-CN", EMERGENCY, "(一)停車場(chǎng)機(jī)動(dòng)車輛停放管理規(guī)定"),
        "h210-5": ("en", PROCEDURE, "Complaints and Appeals Procedures"),
    },
    "heldout211": {
        "h211-1": ("zh-CN", EMERGENCY, "2013年救助程序及须知"),
        "h211-2": ("zh-CN", PROCEDURE, "獸醫管理局如何處理註冊獸醫專業失當或疏忽的投訴"),
        "h211-3": ("en", PROCEDURE, "Complaints procedure"),
    },
    "heldout213": {
        "h213-1": ("zh-CN", EMERGENCY, "一、安全措施"),
        "h213-2": ("zh-CN", EMERGENCY, "第一部分工作人员与管理机构职责"),
        "h213-3": ("zh-CN", EMERGENCY, "一、总则"),
        "h213-4": ("zh-CN", PROCEDURE, "客人投诉处理程序"),
        "h213-5": ("en", PROCEDURE, "Complaints Policy"),
    },
    "heldout214": {
        "h214-1": ("zh-CN", PROCEDURE, "农贸市场通用消费者投诉管理制度"),
        "h214-2": ("zh-CN", EMERGENCY, "小區充電樁突發情況應急預案"),
        "h214-3": ("en", PROCEDURE, "Complaints Policy"),
    },
    "heldout215": {
        "h215-1": ("zh-CN", EMERGENCY, "頤養(yǎng)院發(fā)生意外事件報告制度"),
        "h215-2": ("zh-CN", EMERGENCY, "离退休干部活动中心应急服务预案"),
        "h215-3": ("zh-CN", PROCEDURE, "一、产品质量保用期限"),
        "h215-4": ("en", PROCEDURE, "Complaints Policy"),
        "h215-5": ("en", PROCEDURE, "Complaints Procedure"),
    },
    "heldout212": {
        "h212-1": ("zh-CN", PROCEDURE, "第一章总则"),
        "h212-2": ("zh-CN", EMERGENCY, "一、编制目的"),
        "h212-3": ("zh-CN", EMERGENCY, "一、概述"),
        "h212-4": ("zh-CN", PROCEDURE, "賠償條款"),
        "h212-5": ("en", PROCEDURE, "1. Purpose"),
    },
    "heldout216": {
        "h216-1": ("zh-CN", PROCEDURE, "第一條:訂定依據"),
        "h216-2": ("zh-CN", PROCEDURE, "【挖貝平台會盡全力協助把關下列事項】"),
        "h216-3": ("en", PROCEDURE, "What will happen next?"),
    },
    "heldout217": {
        "h217-1": ("zh-CN", PROCEDURE, "售后服务"),
        "h217-2": ("zh-CN", PROCEDURE, "客户投诉处理流程"),
        "h217-3": ("zh-CN", PROCEDURE, "保護消費者或客戶權益政策及申訴程序"),
        "h217-4": ("en", PROCEDURE, "Stage 1 Acknowledgement & Resolution:"),
        "h217-5": ("en", PROCEDURE, "Formal Customer Complaints"),
    },
    "heldout218": {
        "h218-1": ("zh-CN", EMERGENCY, "儿童剧院紧急突发事件应急预案"),
        "h218-2": ("zh-CN", EMERGENCY, "蓝天剧场使用安全预案"),
        "h218-3": ("zh-CN", EMERGENCY, "元旦文艺汇演应急预案"),
        "h218-4": ("zh-CN", EMERGENCY, "籍山镇中心初中第二届校园艺术节安全应急预案"),
        "h218-5": ("en", PROCEDURE, "Stages in our complaints procedure:"),
    },
    "heldout219": {
        "h219-1": ("zh-CN", PROCEDURE, "(一)投诉控制原则"),
        "h219-2": ("zh-CN", PROCEDURE, "1. 客户投诉的预防"),
        "h219-3": ("zh-CN", PROCEDURE, "1、投诉处理法律规范"),
        "h219-4": ("zh-CN", EMERGENCY, "1总则"),
        "h219-5": ("en", PROCEDURE, "Step 1 - Your Complaint:"),
    },
    "heldout220": {
        "h220-1": ("zh-CN", EMERGENCY, "一、  突发事件领导小组组成"),
        "h220-2": ("zh-CN", EMERGENCY, "一、总则"),
        "h220-3": ("zh-CN", PROCEDURE, "一、投诉举报受理机构"),
        "h220-4": ("zh-CN", PROCEDURE, "替換原因"),
        "h220-5": ("en", PROCEDURE, "Complaints Policy"),
    },
    "heldout221": {
        "h221-1": ("zh-CN", EMERGENCY, "1  应急范围"),
        "h221-2": ("zh-CN", EMERGENCY, "一、应急测绘保障范围"),
        "h221-3": ("zh-CN", EMERGENCY, "1 应急范围"),
        "h221-4": ("zh-CN", PROCEDURE, "1 总则"),
        "h221-5": ("en", PROCEDURE, "Feedback & Complaints Procedure"),
    },
    "heldout222": {
        "h222-1": ("zh-CN", EMERGENCY, "第一章 总则"),
        "h222-2": ("zh-CN", EMERGENCY, "1 总则"),
        "h222-3": ("zh-CN", EMERGENCY, "目录"),
        "h222-4": ("zh-CN", EMERGENCY, "一、目的"),
        "h222-5": ("en", PROCEDURE, "SCOPE"),
    },
    "heldout223": {
        "h223-1": ("zh-CN", EMERGENCY, "一、指导思想"),
        "h223-2": ("en", PROCEDURE, "1 .Purpose"),
    },
    "heldout224": {
        "h224-1": ("zh-CN", EMERGENCY, "一、目的"),
        "h224-2": ("zh-CN", EMERGENCY, "一、成立粮食供应应急小组"),
        "h224-3": ("zh-CN", EMERGENCY, "三、雪灾对企业正常生产经营危害风险评估:"),
        "h224-4": ("zh-CN", PROCEDURE, "一、制定《陕西省烟草专卖局(公司)系统投诉管理办法》目的和依据是什么?"),
        "h224-5": ("en", PROCEDURE, "1. PURPOSE"),
    },
    "heldout225": {
        "h225-1": ("zh-CN", EMERGENCY, "1. 目的 Objective"),
        "h225-2": ("zh-CN", EMERGENCY, "1 目的"),
        "h225-3": ("zh-CN", EMERGENCY, "1、總則"),
        "h225-4": ("en", PROCEDURE, "Appeals"),
    },
    "heldout226": {
        "h226-1": ("zh-CN", EMERGENCY, "一、食品卫生应急处置"),
        "h226-2": ("zh-CN", EMERGENCY, "学生公寓内发生火险、火灾时紧急预案"),
        "h226-3": ("zh-CN", EMERGENCY, "一、指导思想"),
        "h226-4": ("zh-CN", EMERGENCY, "11.1食物中毒及食源性疾病应急预案"),
        "h226-5": ("en", PROCEDURE, "How do I make a complaint?"),
    },
    "heldout227": {
        "h227-1": ("zh-CN", EMERGENCY, "一、校车安全事故应急处理的工作原则:"),
        "h227-2": ("zh-CN", EMERGENCY, "(一)校车安全事故应急处理的工作原则:"),
        "h227-3": ("zh-CN", EMERGENCY, "(一)校车安全事故应急处理的工作原则:"),
        "h227-4": ("zh-CN", EMERGENCY, "四、事故分类:"),
        "h227-5": ("en", PROCEDURE, "Our promise to you"),
    },
    "heldout228": {
        "h228-1": ("zh-CN", EMERGENCY, "一、总则"),
        "h228-2": ("zh-CN", EMERGENCY, "1总则"),
        "h228-3": ("zh-CN", EMERGENCY, "目 录"),
        "h228-4": ("zh-CN", EMERGENCY, "1总则"),
        "h228-5": ("en", PROCEDURE, "Waterways ombudsman"),
    },
    "heldout229": {
        "h229-1": ("zh-CN", EMERGENCY, "一、总"),
        "h229-2": ("zh-CN", EMERGENCY, "一、指导思想"),
        "h229-3": ("zh-CN", EMERGENCY, "第一章 总则"),
        "h229-4": ("zh-CN", EMERGENCY, "一、组织与指挥"),
        "h229-5": ("en", PROCEDURE, "Making a complaint"),
    },
    "heldout230": {
        "h230-1": ("zh-CN", PROCEDURE, "投诉举报案件调查处理制度"),
        "h230-2": ("zh-CN", PROCEDURE, "一、 服务依据"),
        "h230-3": ("en", PROCEDURE, "Raising a complaint in person at the time of incident / event."),
        "h230-4": ("en", PROCEDURE, "How to complain"),
    },
    "heldout231": {
        "h231-1": ("zh-CN", PROCEDURE, "一、受理须知"),
        "h231-2": ("zh-CN", PROCEDURE, "投诉和争议的处理"),
        "h231-3": ("zh-CN", EMERGENCY, "漳州市气象局气象保障应急预案"),
        "h231-4": ("zh-CN", EMERGENCY, "9.1.2 重大环境事件(Ⅱ级)"),
        "h231-5": ("en", PROCEDURE, "Complaints"),
    },
    "heldout232": {
        "h232-1": ("zh-CN", PROCEDURE, "1、目的"),
        "h232-2": ("zh-CN", PROCEDURE, "服務品質"),
        "h232-3": ("zh-CN", EMERGENCY, "1. 政策目的"),
        "h232-4": ("en", PROCEDURE, "Equilibrium Security’s Customer Complaints Procedure"),
    },
    "heldout233": {
        "h233-1": ("zh-CN", EMERGENCY, "治安管理制度"),
        "h233-2": ("zh-CN", EMERGENCY, "防控管理制度"),
        "h233-3": ("zh-CN", EMERGENCY, "广东省佛教界疫情防控期间寺院管理规定"),
        "h233-4": ("zh-CN", EMERGENCY, "一、增强堂点安全防范意识。"),
        "h233-5": ("en", PROCEDURE, "Complaints"),
    },
    "heldout234": {
        "h234-1": ("zh-CN", EMERGENCY, "1. 编制目的"),
        "h234-2": ("zh-CN", EMERGENCY, "一、前言"),
        "h234-3": ("en", PROCEDURE, "Complaints Policy"),
        "h234-4": ("en", PROCEDURE, "Informal complaints"),
        "h234-5": ("en", PROCEDURE, "1. COMPLAINTS PROCEDURE"),
    },
    "heldout235": {
        "h235-1": ("zh-CN", EMERGENCY, "“十一”黄金周游船管理应急方案"),
        "h235-2": ("zh-CN", EMERGENCY, "一、高度重视,加强领导"),
        "h235-3": ("zh-CN", EMERGENCY, "景區索道應急預案"),
        "h235-4": ("zh-CN", PROCEDURE, "一、目的:"),
        "h235-5": ("en", PROCEDURE, "1. Type of Issue"),
    },
    "heldout236": {
        "h236-1": ("zh-CN", PROCEDURE, "1 目的"),
        "h236-2": ("zh-CN", EMERGENCY, "河南科技大学开元众创空间安全管理办法"),
        "h236-3": ("zh-CN", EMERGENCY, "写字楼停电应急预案"),
        "h236-4": ("zh-CN", PROCEDURE, "客戶投訴處理管理制度"),
        "h236-5": ("en", PROCEDURE, "Applicable to:"),
    },
    "heldout237": {
        "h237-1": ("zh-CN", PROCEDURE, "序言"),
        "h237-2": ("zh-CN", PROCEDURE, "10 天退款或更換保證"),
        "h237-3": ("en", PROCEDURE, "1. Purpose and Scope"),
        "h237-4": ("en", PROCEDURE, "How we deal with Compaints"),
        "h237-5": ("en", PROCEDURE, "1. Our Complaint Handling Process"),
    },
    "heldout238": {
        "h238-1": ("zh-CN", EMERGENCY, "一、 安全应急领导小组"),
        "h238-2": ("zh-CN", EMERGENCY, "一、活动基本情况"),
        "h238-3": ("zh-CN", EMERGENCY, "一、活動基本情況"),
        "h238-4": ("zh-CN", EMERGENCY, "一.安全应急领导小组"),
        "h238-5": ("en", PROCEDURE, "Complaints handling"),
    },
    "heldout239": {
        "h239-1": ("zh-CN", EMERGENCY, "一、成立防汛领导小组"),
        "h239-2": ("zh-CN", EMERGENCY, "甘肃省平凉市华亭县农村敬老院安全保卫制度"),
        "h239-3": ("en", PROCEDURE, "Step 1: Immediate Resolution (Informal Stage)"),
    },
    "heldout240": {
        "h240-1": ("zh-CN", EMERGENCY, "一、研学承办机构资质条件"),
        "h240-2": ("zh-CN", EMERGENCY, "一、组织领导"),
        "h240-3": ("zh-CN", EMERGENCY, "1、孩子在夏令营活动中一旦发生事故,按下列程序处理:"),
        "h240-4": ("en", PROCEDURE, "Stage 1"),
        "h240-5": ("en", PROCEDURE, "Stage One"),
    },
    "heldout241": {
        "h241-1": ("zh-CN", PROCEDURE, "準確和清晰"),
        "h241-2": ("en", PROCEDURE, "Who can make a complaint and what can they complain about?"),
        "h241-3": ("en", PROCEDURE, "Corrections."),
    },
    "heldout242": {
        "h242-1": ("zh-CN", EMERGENCY, "信用社经营期安全工作制度"),
        "h242-2": ("en", PROCEDURE, "Making a Complaint"),
        "h242-3": ("en", PROCEDURE, "Has First Rate Credit Union let you down?"),
    },
    "heldout243": {
        "h243-1": ("zh-CN", PROCEDURE, "护理投诉处理制度"),
        "h243-2": ("zh-CN", EMERGENCY, "一、组织机构与职责"),
        "h243-3": ("zh-CN", PROCEDURE, "三首问负责职责:"),
        "h243-4": ("en", PROCEDURE, "Compliments, Suggestions or Complaints"),
        "h243-5": ("en", PROCEDURE, "WHAT TO DO IF YOU ARE DISSATISFIED WITH THE SERVICE YOU HAVE RECEIVED"),
    },
    "heldout244": {
        "h244-1": ("en", PROCEDURE, "Complaints Procedure"),
    },
    "heldout245": {
        "h245-1": ("zh-CN", EMERGENCY, "目的與范圍"),
        "h245-2": ("zh-CN", PROCEDURE, "提出爭議步驟"),
        "h245-3": ("zh-CN", PROCEDURE, "一、目的"),
        "h245-4": ("zh-CN", PROCEDURE, "交易糾紛處理"),
        "h245-5": ("en", PROCEDURE, "How to make a complaint"),
    },
    "heldout246": {
        "h246-1": ("zh-CN", EMERGENCY, "1.? 组织机构"),
        "h246-2": ("zh-CN", EMERGENCY, "昆明安宁供电局城市大面积停电事件应急预案(2023版)"),
        "h246-3": ("en", PROCEDURE, "Our Complaints Process"),
    },
    "heldout247": {
        "h247-1": ("zh-CN", EMERGENCY, "游泳馆安全应急预案一:"),
        "h247-2": ("zh-CN", EMERGENCY, "一、组织机构"),
        "h247-3": ("en", PROCEDURE, "Introduction"),
    },
    "heldout248": {
        "h248-1": ("zh-CN", PROCEDURE, "LISA’S LAW’S 投诉程序"),
        "h248-2": ("zh-CN", PROCEDURE, "1.\n\n香港律師會(“律師會”)執業操守組的角色是:"),
        "h248-3": ("en", PROCEDURE, "OUR COMPLAINTS PROCEDURE"),
        "h248-4": ("en", PROCEDURE, "1. Purpose"),
    },
    "heldout249": {
        "h249-1": ("zh-CN", EMERGENCY, "生產安全事故應急預案批准令"),
        "h249-2": ("zh-CN", EMERGENCY, "一、指导思想和基本原则"),
        "h249-3": ("zh-CN", EMERGENCY, "一、编制目的"),
        "h249-4": ("en", PROCEDURE, "Complaints Policy"),
    },
    "heldout250": {
        "h250-1": ("zh-CN", EMERGENCY, "1总则"),
        "h250-2": ("zh-CN", EMERGENCY, "1 总则"),
        "h250-3": ("en", PROCEDURE, "Dart Harbour Customer Complaint Procedure"),
        "h250-4": ("en", PROCEDURE, "Complaint procedure"),
    },
    "heldout251": {
        "h251-1": ("zh-CN", PROCEDURE, "门急诊办公室接待处理流程(暂行)"),
        "h251-2": ("en", PROCEDURE, "Making a complaint"),
        "h251-3": ("en", PROCEDURE, "Complaint Resolution"),
        "h251-4": ("en", PROCEDURE, "Feedback Procedure"),
    },
}
EVERY_PLAN = [(folder, name) for folder, plans in SETS.items() for name in plans]


def _script():
    spec = importlib.util.spec_from_file_location("heldout_docx", ROOT / "scripts" / "heldout_docx.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bare(text: str) -> str:
    """Without whitespace: a sharing site may set spaces around highlighted words the Word file does not have."""
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("folder", sorted(SETS))
def test_each_set_holds_exactly_its_plans_and_every_one_validates(folder):
    plans = SETS[folder]
    assert sorted(path.stem for path in (PLANS / folder).glob("*.yaml")) == sorted(plans)
    assert sorted(path.name for path in (PLANS / folder / "sources").iterdir()) == sorted(
        f"{name}.{ext}" for name in plans for ext in ("txt", "docx")
    )
    result = CliRunner().invoke(main, ["validate", str(PLANS / folder)])
    assert result.exit_code == 0, result.output
    assert f"No problems in {len(plans)} file{'s' if len(plans) != 1 else ''}." in result.output


@pytest.mark.parametrize(("folder", "name"), EVERY_PLAN)
def test_each_plan_says_what_it_is_and_where_its_text_came_from(folder, name):
    language, kind, heading = SETS[folder][name]
    document = load(PLANS / folder / f"{name}.yaml").data["document"]
    assert (document["id"], document["language"], document["type"]) == (name, language, kind)
    assert document["jurisdiction"] and document["source"]["publication"]
    head, body = (PLANS / folder / "sources" / f"{name}.txt").read_text(encoding="utf-8").split("\n\n", 1)
    address, retrieved = ("来源地址", "取得日期") if language == "zh-CN" else ("Address", "Retrieved")
    assert head.split("\n", 1)[0] == f"{address}: {document['source']['address']}"
    # retrieved on the day the set was made (the store's copy, not the page as it is now)
    assert re.search(rf"{retrieved}: 2026-12-0[2345]", head)
    assert heading in body or heading in head  # a page without a heading of its own: its title, in the header


@pytest.mark.parametrize(("folder", "name"), EVERY_PLAN)
def test_each_word_document_opens_and_holds_the_first_heading_of_its_text(folder, name):
    heading = SETS[folder][name][2]
    paragraphs = [(p.style.name, p.text) for p in Document(str(PLANS / folder / "sources" / f"{name}.docx")).paragraphs]
    assert len(paragraphs) > 5
    styles = [style for style, text in paragraphs if _bare(text) == _bare(heading)]
    assert styles and styles[0].startswith(("Heading", "Title")), paragraphs[:3]
    # the address block of the .txt and the sharing site's notices are not part of the Word document
    assert not any(text.startswith(("来源地址:", "Address:", "取得日期:", "Retrieved:", "版权说明")) for _, text in paragraphs)


@pytest.mark.parametrize(("folder", "name"), EVERY_PLAN)
def test_each_word_document_is_what_the_script_makes_from_its_text(folder, name):
    script = _script()
    sources, layouts = script.SETS[folder]
    made = script.paragraphs(name, (sources / f"{name}.txt").read_text(encoding="utf-8"), layouts)
    doc = Document(str(sources / f"{name}.docx"))
    style_of = {"title": "Title", "bullet": "List Bullet", "p": "Normal"}
    expected = [(style_of.get(kind, f"Heading {kind[1:]}"), value) for kind, value in made if kind != "table"]
    assert [(p.style.name, p.text) for p in doc.paragraphs] == expected
    tables = [value for kind, value in made if kind == "table"]
    assert [[[cell.text for cell in row.cells] for row in table.rows] for table in doc.tables] == tables


def test_a_source_with_tables_keeps_them_as_word_tables():
    doc = Document(str(PLANS / "heldout12" / "sources" / "h12-5.docx"))
    rows = [[cell.text for cell in row.cells] for table in doc.tables for row in table.rows]
    assert ["1st Level - Supervisor"] in rows
    assert ["Step 1:", "Determine if complaint is fully or partially justified:"] in rows
    assert ["Credit Union", "Please contact any branch of your cred"] in rows
