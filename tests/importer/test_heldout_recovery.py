"""The open held-out sets (plans/heldout2..7, heldout10..31: sources/NAME.* + NAME.yaml, measured blind once, open since) imported
and compared with their hand transcriptions: per set and category, at least so many items of the transcriptions
recovered and at most so many extracted items the transcriptions do not have (the figures in
benchmarks/import-recovery.md, `python benchmarks/import_recovery.py --dir plans/heldoutN`). A change that loses
recall or adds wrong items on any set fails here, not only on the set it was made for."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from plancraft.importer import import_document
from plancraft.importer.compare import precision, recovery
from plancraft.loader import load

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("import_recovery", ROOT / "benchmarks" / "import_recovery.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

# set -> category -> (at least recovered, at most extracted wrongly), summed over the set's plans
# (acts6: heldout2/3/6/7 steps wrongly extracted raised 9->11, 6->9 (then 12 when a clause with a 、-list and more became an act), 4->5, heldout7 3->4, when a sentence is parted at every comma
# without first waiting for an act its verbs show: a wrong sentence of an essay-like plan cut into several pieces)
# (duties as the procedure: a plan with no step of its own gets its posts' charges as steps; where a transcriber kept
# them as duties only they count wrong: heldout2 steps 11->13, heldout3 13->19, heldout10 4->23, heldout31 21->37,
# heldout42 11->21 and a few by one or two; steps recovered rise on heldout29, 33, 39, 40, 42. Recovered floors raised to
# what each set now gives.) (Hotel, shop and school posts — 大堂副理, 课长, 领班, 班主任: heldout38 roles 22 -> 24, one
# more wrong, 查清事实作出处理大堂副理 of a sentence with no stop beside the hotel's 大堂副理.) (A plan with no procedure
# reads the acting items under its duties heading first: heldout25 steps 48 -> 63; heldout7's zjgsu plan, whose
# transcription keeps its 职责 as duties, 5 -> 13 wrong.) (学校, 医院, 学院, 平台 acting as a whole are roles, as 公司 is:
# roles +15 and 9 more wrong on the open sets, where a transcriber left the organisation out: heldout7, 78, 107, 127, 152,
# 313, 346, 348, 381 one more wrong each, heldout165 three; heldout329 one fewer recovered, 相關接種單位或醫院 now one
# post.) (Whom a complainant consults or meets with, a dean, and an organisation named in its title before a returns
# policy or after a dash are roles or the issuer: heldout204, 236 and 502 one more wrong role each, where the transcriber
# listed no role for the post or the organisation.) (A working group a heading names (疏散引导组) keeps the members
# and duties listed under it: heldout234 one more wrong step, a.制定电站人员疏散预案 of a group's duties read as a step.)
# (The organisation as "we": an English text that calls itself "we" three times or more gets a role titled We, held by
# its name or the noun it calls itself by where it says one, as the blind sets' transcribers write it (we / Swift
# Internet). Roles +190 on the open sets; the roles ceilings of the sets below whose transcriptions leave the
# organisation out, or title it in a way the matching does not pair with "We" (We (the firm), the practice (we)), rose
# by the count of such plans, and the roles floors rose to what each set now gives: 2, 4, 5, 7, 10, 12, 13, 15, 20,
# 26, 28, 29, 31, 34, 42, 43, 44, 45, 47, 50, 51, 52, 53, 55, 58, 61, 62, 64, 65, 67, 73, 74, 76, 78, 80, 82, 84, 86,
# 88, 92, 93, 97, 99, 101, 102, 103, 104, 107, 113, 115, 116, 119, 120, 121, 127, 128, 129, 130, 131, 133, 135, 136,
# 139, 142, 143, 144, 146, 149, 151, 152, 153, 155, 156, 157, 158, 162, 164, 167, 169, 170, 173, 174, 177, 178, 179,
# 181, 183, 184, 185, 186, 187, 188, 190, 192, 193, 194, 196, 197, 200, 202, 203, 204, 205, 206, 209, 210, 214, 215,
# 216, 218, 219, 221, 223, 226, 227, 228, 230, 234, 237, 240, 241, 242, 243, 244, 245, 247, 249, 251, 252, 254, 255,
# 256, 257, 258, 260, 261, 262, 263, 264, 265, 266, 267, 268, 269, 270, 271, 273, 274, 276, 277, 280, 282, 283, 284,
# 286, 289, 292, 294, 295, 296, 301, 303, 304, 307, 309, 311, 314, 315, 316, 317, 319, 320, 325, 326, 327, 328, 330,
# 335, 336, 337, 339, 340, 341, 342, 343, 345, 348, 349, 350, 351, 353, 357, 358, 360, 361, 362, 364, 365, 366, 367,
# 368, 369, 371, 372, 374, 375, 376, 377, 380, 381, 382, 383, 385, 387, 392, 393, 395, 396, 397, 404, 406, 409, 411,
# 412, 414, 415, 416, 420, 423, 427, 429, 430, 431, 432, 434, 435, 440, 441, 442, 446, 451, 453, 454, 455, 462, 465,
# 466, 468, 471, 473, 474, 475, 476, 479, 482, 483, 484, 486, 491, 493, 499, 501, 503, 505, 507, 508, 512, 513, 514,
# 517, 521, 522, 523, 526, 534, 536, 539, 540, 541, 543, 545, 547, 550, 551, 552, 553, 556, 557, 558, 559, 563, 565,
# 569, 571, 572, 573, 575, 581, 583, 584, 585, 586, 587, 588, 590, 591, 593, 594, 595, 597, 602, 603, 604, 605, 606,
# 607, 609, 610, 611, 614, 615, 617, 624, 625, 626, 628, 629, 631, 632, 633, 634, 635, 636, 638, 639, 640, 641, 642,
# 645, 649, 653, 655, 656, 658, 659.)
FLOORS = {
    # heldout26/35/62/93 roles: a deputy (分管副总经理, 副院长) is no longer taken for the post it deputises (总经理, 院长):
    # more posts found, and a deputy the transcription folds into its principal counts wrong
    # heldout2 steps: acts in turn split (gaps4) make two pieces the transcription does not have as steps (收到投诉案件后，
    # 将由职能部门或分公司处理 — its steps are read from the deadlines section — and 进行妥善处理 of a wrong step)
    # heldout2 roles: one more counted wrong since any X员 is a post (roles8): 信息报送员 is found beside 信息员, one
    # role its transcription names 信息员(信息报送员)
    "heldout2": {"roles": (21, 5), "levels": (10, 0), "time_limits": (15, 2), "steps": (33, 16)},
    # heldout3 steps wrongly extracted 12->13 when a verb clause became an act where a sentence is parted (clauses:
    # …，现场解答用户的疑惑，提高用户对供电 — the page is cut there — leaves the aim a piece of its own); guidance steps
    # 432 -> 437 recovered, 485/575 -> 491/583 right. Roles wrongly extracted 5->6 when 做好 became an act a subject is
    # given (X切实做好…): 通知参加接待的领导做好接待准备 names the leaders who receive, a post the transcriber wrote as
    # 院领导; guidance roles 127 -> 128/164 recovered, 127/173 -> 128/174 right
    "heldout3": {"roles": (26, 6), "levels": (3, 0), "time_limits": (6, 0), "steps": (19, 24)},
    # heldout4 steps and deadlines raised after a channels stage's acts and a posts-and-acts table became steps (lists4)
    # heldout4 steps 33 -> 32 when "…escalate this to our complaints handlers, who will write to you within 5 working
    # days" became two steps: the transcription's one step for the sentence before it is now matched no more
    "heldout4": {"roles": (18, 4), "levels": (8, 0), "time_limits": (17, 0), "steps": (32, 3)},
    # a team that acts in the procedure with only its duties is a role (_acting_teams): two wrong more (the transcription keeps the school's teams as groups)
    "heldout5": {"roles": (14, 6), "levels": (5, 0), "time_limits": (5, 0), "steps": (27, 10)},
    # heldout6/7: measured blind once (benchmarks/import-recovery.md), open since; steps and deadlines kept here
    # and roles and levels where the grades3 work brought them (these sets' levels are procedure stages, not grades)
    "heldout6": {"roles": (17, 0), "levels": (2, 0), "steps": (19, 24)},
    # heldout7 levels: 有效投诉/无效投诉 read as a grading (grades2), which one transcriber here did not take as levels
    # and the guidance sets' transcribers did (levels 12 -> 18 recovered there, with tiers and 非一般性投诉)
    "heldout7": {"roles": (17, 9), "levels": (2, 3), "time_limits": (10, 0), "steps": (31, 13)},
    # heldout10/11: measured blind (recall 52% and 48% at db602c9), open since 07:55; the figures after this session's
    # structure (outline3), steps (steps3) and roles/levels (grades3) work at main ec79e8e; steps raised after the
    # acts-in-turn reading (gaps4), heldout11 roles after compare took a "not stated" holder for none (f63bc0a)
    "heldout10": {"roles": (31, 2), "levels": (6, 2), "time_limits": (9, 0), "steps": (37, 23)},
    "heldout11": {"roles": (12, 7), "levels": (4, 4), "time_limits": (11, 0), "steps": (56, 5)},
    # heldout12-14: the session's last blind measure (main 1e87c90, 61% pooled), kept as measured: open from now on
    # heldout12 steps raised after a lead-in that acts, a reporting stage among the stages and early-warning stages
    # became steps (lists4)
    # heldout12 roles: one more counted wrong since 公司 acting is a role (roles8): h12-4 says 公司应当在接收客户投诉3个交易日内
    # 作出是否受理的决定, an act its transcription gives no role
    "heldout12": {"roles": (17, 8), "levels": (4, 0), "time_limits": (1, 0), "steps": (34, 8)},
    "heldout13": {"roles": (27, 6), "levels": (1, 2), "limits": (1, 0), "time_limits": (9, 0), "steps": (59, 4)},
    # heldout14 steps and levels raised after a list of acts, or English prose that acts, under a heading no section
    # names became a procedure (lists4); heldout2, 10, 11, 13, 14 steps raised after one step per act (acts4: two acts
    # chained in one sentence, 应登记…，并报告…, are two steps)
    # roles raised / wrong roles capped as measured after actors5 (vague units given work, fragment hygiene):
    # heldout6 (17, 0), heldout10 (31, 2), heldout12 (14, 6), heldout14 (24, 6)
    "heldout14": {"roles": (27, 6), "levels": (2, 0), "time_limits": (7, 0), "steps": (60, 3)},
    # heldout15-19: the guidance sets of 2026-12-02's third round (importer engineers saw only their pooled recall and
    # precision); heldout20-22: that round's final blind measure (main 14c32ec, 72% pooled, measured once). Open from
    # now on, kept as measured at 14c32ec. acts7: steps wrongly extracted raised heldout5 2->4, heldout19 10->14, heldout20
    # 7->8, heldout21 3->4, heldout22 12->13 and heldout22 roles 8->9 when paragraphs left unmapped whose sentences open with an
    # officialese verb (保持…, 开通…), give a post authority (有权…) or say what a unit will do (X将…) became steps: on
    # the guidance sets pooled, steps 386 -> 405 recovered, step precision 84.3% -> 84.0% (heldout5's new ones are
    # such authority clauses, 现场总指挥可以任意调度…, that its transcription leaves out); then heldout18 6->7 and heldout22
    # 13->14 when a second act with no comma before it (…赶赴现场并及时通知…) became a step of its own: guidance steps
    # 410 -> 413 recovered, 454/539 -> 457/544 right; then heldout17 19->20 (and its roles 6->7) and heldout19
    # 14->15 when a sentence left unmapped acts by any clause that opens with its verb (…，组织…): guidance steps 413 ->
    # 426 recovered, 457/544 -> 472/561 right; then heldout16 8->9 and heldout19 16->17 when a sentence left
    # unmapped acts by its first clause, or the one its case governs, being a verb clause (acts.verb_clause): guidance
    # steps 443 -> 448 recovered, 499/592 -> 505/600 right; then heldout19 15->16 when a verb clause became an act where a sentence
    # is parted (clauses: 劝阻双方，平息事态，…): guidance steps 432 -> 437 recovered, 485/575 -> 491/583 right; then
    # heldout17 20->21 when 如实…/当场… stopped opening a case (clauses): guidance steps 437 -> 440, 491/583 -> 495/588
    # heldout15 levels 0 -> 2 wrong: a bank's "Step One" / "Step Two" (the second opening with the lead-in of its list,
    # "… if you believe that we have not addressed your concern…") read as tiers; the transcription grades nothing
    # session 39: desks named with 岗 (咨询岗, 投诉管理岗, 大厅服务岗, 流动救生岗) the transcriber did not list
    "heldout15": {"roles": (20, 6), "levels": (6, 2), "limits": (1, 0), "time_limits": (8, 0), "steps": (41, 15)},
    # heldout16: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout16": {"roles": (10, 3), "levels": (7, 0), "time_limits": (10, 0), "steps": (63, 9)},
    # heldout17 roles: one more counted wrong since 公司 acting is a role (roles8; new guidance roles 88 -> 89 found,
    # old guidance 131 -> 132)
    "heldout17": {"roles": (14, 8), "levels": (3, 1), "limits": (2, 0), "time_limits": (6, 0), "steps": (74, 21)},
    "heldout18": {"roles": (18, 7), "levels": (2, 2), "time_limits": (16, 2), "steps": (41, 9)},
    "heldout19": {"roles": (19, 9), "levels": (4, 0), "limits": (1, 0), "time_limits": (9, 1), "steps": (61, 15)},
    # heldout20 steps wrongly extracted 8 -> 9 (english): English sentences under no section that say what will be done
    # became steps (+13 right steps, +6 recovered over the guidance sets), one of them a sentence its transcriber left out
    # then 9 -> 10 (clauses) when a clause naming what is done to after 对 and then the act (对…认真调查核实) became an act
    # of its own: guidance steps 443 -> 445 recovered, 499/592 -> 501/595 right
    # 确定 is a verb that designates (确定责任部门, as 指定): 责任部门 is read as a post (s33)
    # heldout20: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout20": {"roles": (17, 5), "levels": (2, 0), "limits": (4, 0), "time_limits": (14, 0), "steps": (62, 9)},
    # heldout21 steps wrongly extracted 4 -> 5 (clauses) when a unit's act said done before the next (X会同Y确定…后，…)
    # became a step of its own: guidance steps 450 -> 451 recovered, 507/603 -> 508/605 right
    "heldout21": {"roles": (17, 7), "levels": (0, 2), "time_limits": (5, 0), "steps": (47, 6)},
    # heldout22 levels: one more extracted wrongly since classes and tiers grade (grades2; guidance levels 12 -> 18/29)
    "heldout22": {"roles": (29, 8), "levels": (3, 2), "limits": (2, 0), "time_limits": (8, 0), "steps": (71, 14)},
    # heldout23-27: the fourth round's first final sets (main 5e083e6: 75.4% pooled, measured once), then round 2's
    # guidance sets (engineers saw their pooled totals only: 80.8% at a6690f7); heldout28-31: round 2's final sets
    # (65.0% pooled at a6690f7, measured once). Open from now on, kept as measured at a6690f7.
    # heldout23: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout23": {"roles": (17, 10), "levels": (3, 0), "time_limits": (6, 0), "steps": (35, 19)},
    # heldout24: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout24": {"roles": (17, 6), "levels": (2, 1), "time_limits": (9, 2), "steps": (55, 15)},
    "heldout25": {"roles": (13, 9), "time_limits": (3, 0), "steps": (64, 18)},
    "heldout26": {"roles": (26, 13), "levels": (12, 0), "limits": (4, 0), "time_limits": (7, 0), "steps": (72, 6)},
    "heldout27": {"roles": (22, 12), "levels": (4, 0), "time_limits": (6, 0), "steps": (52, 11)},
    "heldout28": {"roles": (16, 2), "levels": (0, 2), "time_limits": (2, 0), "steps": (15, 4)},
    "heldout29": {"roles": (5, 8), "time_limits": (2, 1), "steps": (25, 3)},
    "heldout30": {"roles": (10, 4), "time_limits": (3, 0), "steps": (18, 5)},
    "heldout31": {"roles": (21, 10), "levels": (2, 0), "time_limits": (5, 0), "steps": (43, 37)},
    # heldout32-35 and heldout36-39: the fifth round's two final sets, made blind on 2026-12-02 and measured once each
    # at its start (d3a4000: 72.5% and 70.7%) and after its changes (72.9% at 6a65fbf, 70.4% at 37d64e3, with a learned
    # step model since removed for doing nothing on them). Open from now on, kept as measured without the model, then
    # with fewer roles extracted wrongly once glued words were cut from titles and bare generic words dropped.
    "heldout32": {"roles": (14, 9), "levels": (3, 0), "time_limits": (5, 0), "steps": (27, 8)},
    "heldout33": {"roles": (5, 6), "levels": (0, 0), "time_limits": (2, 2), "steps": (8, 4)},
    "heldout34": {"roles": (20, 10), "time_limits": (4, 0), "steps": (32, 11)},
    "heldout35": {"roles": (27, 9), "levels": (0, 2), "limits": (4, 0), "time_limits": (8, 0), "steps": (47, 23)},
    "heldout36": {"roles": (8, 3), "time_limits": (6, 0), "steps": (28, 7)},
    "heldout37": {"roles": (8, 7), "levels": (6, 0), "time_limits": (4, 0), "steps": (23, 11)},
    "heldout38": {"roles": (25, 10), "time_limits": (3, 0), "steps": (74, 15)},
    "heldout39": {"roles": (18, 8), "levels": (3, 0), "time_limits": (9, 0), "steps": (50, 6)},
    # Levels: a complaint procedure's stages a dissatisfied complainant is taken on through are its levels, as
    # docs/plan-format.md has them (stage 1 / stage 2). Half the open transcriptions of such pages wrote them so
    # (highland, h37-5, h41-5, h43-5, h46-5, anglian: heldout41 0 -> 2 and heldout46 0 -> 1 recovered), half kept them
    # as steps only (h10-5, h13-4, h34-5, h38-5, birmingham, manchester: heldout10 and heldout13 0 -> 2 wrong,
    # heldout46 0 -> 1, heldout7 2 -> 3).
    # heldout40-43: a third batch made blind that session, measured once at d3a4000 (68.7%) and at 7d403ff (68.3%)
    # heldout40: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout40": {"roles": (13, 13), "time_limits": (4, 0), "steps": (27, 7)},
    "heldout41": {"roles": (14, 7), "levels": (2, 8), "time_limits": (4, 0), "steps": (52, 5)},
    "heldout42": {"roles": (17, 8), "time_limits": (3, 0), "steps": (46, 22)},
    "heldout43": {"roles": (8, 8), "levels": (2, 0), "time_limits": (0, 0), "steps": (20, 12)},
    "heldout44": {"roles": (23, 17), "levels": (4, 0), "time_limits": (4, 0), "steps": (20, 20)},
    # heldout45 steps 21 -> 20: 第五条、客服中心是…部门 is read without the 、 left by its marker, as the duties of the
    # 客服中心 (职责分工), no longer as loose text the procedure took one act from
    # heldout45: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout45": {"roles": (20, 9), "levels": (3, 0), "time_limits": (7, 1), "steps": (22, 25)},
    # heldout46: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout46": {"roles": (17, 9), "levels": (1, 1), "time_limits": (5, 0), "steps": (45, 19)},
    # heldout47/57 steps: a heading of promises that give periods (Our commitment to you) is a procedure
    "heldout47": {"roles": (20, 22), "levels": (0, 0), "time_limits": (3, 0), "steps": (38, 13)},
    # heldout48-51, heldout52-55 and heldout56-59: three batches made blind on 2026-12-03, each measured once with the code
    # it was made against and once after (benchmarks/import-recovery.md, "Blind, the seventh time"), open since
    "heldout48": {"roles": (12, 6), "levels": (5, 0), "time_limits": (2, 0), "steps": (33, 8)},
    # English posts read wherever a sentence names them as acting (a director will…, our adviser will…, the senior
    # veterinary surgeon or head nurse is responsible…, investigated by management): +23 roles recovered over all open
    # sets, one more counted wrong in heldout49, 73, 113, 164, 167, 204, 230, 243 (a senior nurse, the board, a member
    # of staff, an adviser: posts the transcriptions leave out), and heldout181 one fewer (…passed to the engineer by
    # the admin staff: the engineer is read, the admin staff after it no longer)
    "heldout49": {"roles": (13, 8), "levels": (0, 0), "time_limits": (3, 1), "steps": (25, 10)},
    "heldout50": {"roles": (15, 16), "levels": (3, 0), "time_limits": (9, 0), "steps": (38, 26)},
    "heldout51": {"roles": (17, 17), "levels": (5, 0), "time_limits": (8, 0), "steps": (35, 36)},
    "heldout52": {"roles": (9, 18), "time_limits": (4, 0), "steps": (37, 17)},
    "heldout53": {"roles": (9, 3), "levels": (3, 0), "time_limits": (6, 0), "steps": (19, 6)},
    "heldout54": {"roles": (10, 7), "time_limits": (3, 0), "steps": (18, 17)},
    "heldout55": {"roles": (31, 26), "levels": (3, 0), "time_limits": (5, 0), "steps": (37, 26)},
    "heldout56": {"roles": (13, 9), "levels": (0, 0), "time_limits": (9, 0), "steps": (33, 20)},
    # heldout57: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout57": {"roles": (28, 9), "levels": (3, 0), "time_limits": (11, 0), "steps": (69, 6)},
    "heldout58": {"roles": (11, 6), "levels": (2, 0), "time_limits": (15, 0), "steps": (20, 37)},
    "heldout59": {"roles": (19, 18), "levels": (2, 0), "time_limits": (7, 0), "steps": (76, 7)},
    # heldout60-75: four blind batches of this session (2026-12-03), measured before reading (benchmarks/import-recovery.md,
    # "Blind, the eighth time"), kept as the final code gives them
    "heldout60": {"roles": (16, 12), "levels": (5, 0), "time_limits": (5, 0), "steps": (60, 6)},
    "heldout61": {"roles": (16, 15), "levels": (3, 0), "time_limits": (8, 1), "steps": (43, 32)},
    "heldout62": {"roles": (28, 13), "levels": (3, 2), "time_limits": (9, 0), "steps": (61, 15)},
    "heldout63": {"roles": (14, 24), "levels": (5, 0), "time_limits": (7, 0), "steps": (43, 24)},
    "heldout64": {"roles": (9, 13), "levels": (3, 0), "time_limits": (3, 0), "steps": (14, 20)},
    "heldout65": {"roles": (29, 15), "levels": (3, 0), "time_limits": (6, 1), "steps": (59, 13)},
    "heldout66": {"roles": (13, 7), "levels": (0, 0), "time_limits": (2, 0), "steps": (40, 39)},
    "heldout67": {"roles": (21, 8), "levels": (4, 0), "time_limits": (4, 1), "steps": (70, 22)},
    "heldout68": {"roles": (5, 6), "levels": (4, 1), "time_limits": (8, 1), "steps": (23, 21)},
    "heldout69": {"roles": (10, 8), "levels": (4, 0), "time_limits": (3, 0), "steps": (43, 9)},
    "heldout70": {"roles": (18, 5), "time_limits": (3, 0), "steps": (21, 19)},
    "heldout71": {"roles": (10, 7), "levels": (3, 0), "time_limits": (5, 4), "steps": (27, 13)},
    "heldout72": {"roles": (14, 6), "levels": (4, 0), "time_limits": (1, 0), "steps": (16, 13)},
    "heldout73": {"roles": (29, 15), "levels": (8, 0), "time_limits": (5, 0), "steps": (34, 22)},
    "heldout74": {"roles": (13, 8), "levels": (2, 2), "time_limits": (4, 0), "steps": (42, 14)},
    # (a ceiling of wrong roles one more: the Chief Executive a complaint is passed to, not in the transcription)
    "heldout75": {"roles": (26, 15), "levels": (7, 0), "time_limits": (2, 0), "steps": (23, 15)},
    "heldout76": {"roles": (19, 38), "levels": (2, 0), "time_limits": (2, 0), "steps": (9, 34)},
    "heldout77": {"roles": (13, 17), "levels": (0, 0), "time_limits": (2, 0), "steps": (38, 13)},
    "heldout78": {"roles": (13, 15), "levels": (4, 0), "time_limits": (4, 0), "steps": (25, 16)},
    "heldout79": {"roles": (17, 8), "time_limits": (3, 0), "steps": (33, 17)},
    # heldout80 steps 11 -> 12 wrong, heldout311 10 -> 11, heldout576 roles 13 -> 14: paragraphs among steps under one heading
    # read as steps too (a table header line, a department's practice); all open sets steps +15, 8 more wrong
    "heldout80": {"roles": (17, 9), "levels": (2, 0), "time_limits": (3, 1), "steps": (47, 12)},
    "heldout81": {"roles": (20, 9), "levels": (0, 1), "limits": (9, 0), "steps": (22, 35)},
    "heldout82": {"roles": (19, 8), "levels": (4, 0), "time_limits": (6, 0), "steps": (17, 31)},
    "heldout83": {"roles": (8, 3), "levels": (2, 0), "steps": (11, 4)},
    "heldout84": {"roles": (8, 8), "time_limits": (1, 1), "steps": (18, 20)},
    "heldout85": {"roles": (21, 12), "levels": (1, 0), "time_limits": (4, 0), "steps": (33, 7)},
    "heldout86": {"roles": (23, 11), "limits": (2, 0), "time_limits": (3, 0), "steps": (52, 9)},
    "heldout87": {"roles": (10, 12), "levels": (4, 1), "time_limits": (7, 0), "steps": (31, 14)},
    "heldout88": {"roles": (20, 14), "levels": (0, 2), "time_limits": (3, 1), "steps": (66, 20)},
    "heldout89": {"roles": (7, 6), "levels": (2, 0), "time_limits": (8, 1), "steps": (19, 8)},
    "heldout90": {"roles": (16, 15), "levels": (0, 0), "time_limits": (4, 0), "steps": (48, 12)},
    # heldout91 steps: 设备恢复运行 is a procedure, not equipment kept ready (13 more steps, 6 more its transcription
    # parts otherwise)
    "heldout91": {"roles": (13, 24), "levels": (0, 3), "time_limits": (1, 0), "steps": (44, 44)},
    "heldout92": {"roles": (13, 14), "levels": (0, 2), "time_limits": (4, 0), "steps": (39, 17)},
    "heldout93": {"roles": (13, 15), "levels": (4, 0), "time_limits": (5, 0), "steps": (40, 23)},
    "heldout94": {"roles": (37, 30), "levels": (0, 2), "steps": (12, 27)},
    # a team that acts in the procedure with only its duties is a role (_acting_teams): one wrong more
    "heldout95": {"roles": (10, 12), "time_limits": (1, 0), "steps": (23, 11)},
    "heldout96": {"roles": (15, 15), "levels": (6, 0), "time_limits": (2, 0), "steps": (21, 18)},
    "heldout97": {"roles": (13, 13), "time_limits": (3, 0), "steps": (43, 31)},
    "heldout98": {"roles": (9, 7), "time_limits": (1, 0), "steps": (26, 12)},
    "heldout99": {"roles": (17, 7), "time_limits": (11, 0), "steps": (38, 18)},
    # heldout100-103: the blind batches of 2026-12-03 (the tenth blind measure, benchmarks/import-recovery.md), kept as
    # the code after reading them gives them
    "heldout100": {"roles": (20, 11), "levels": (5, 0), "time_limits": (1, 0), "steps": (26, 9)},
    "heldout101": {"roles": (25, 4), "levels": (1, 2), "time_limits": (4, 0), "steps": (44, 13)},
    "heldout102": {"roles": (20, 16), "levels": (7, 0), "time_limits": (6, 0), "steps": (38, 18)},
    # heldout103 steps: 退费或转项目的顾客 holds no 目的 (purpose)
    # (所有/全体 before a named post is that post: 所有醫療人員, 全体班主任 … one more wrong role each where the
    # transcription leaves it out; a rule for all, 每个员工应熟悉本制度, is nobody's work: heldout363 one fewer)
    "heldout103": {"roles": (28, 20), "time_limits": (3, 0), "steps": (43, 16)},
    # heldout104-111: the two blind batches of the session of 2026-12-03 evening (the eleventh and twelfth blind
    # measures, benchmarks/import-recovery.md), kept as the code after reading them gives them
    "heldout104": {"roles": (28, 4), "levels": (6, 0), "time_limits": (8, 1), "steps": (43, 12)},
    "heldout105": {"roles": (24, 10), "levels": (6, 0), "time_limits": (11, 0), "steps": (28, 45)},
    "heldout106": {"roles": (30, 13), "levels": (3, 0), "time_limits": (3, 0), "steps": (34, 13)},
    "heldout107": {"roles": (6, 6), "levels": (3, 3), "time_limits": (8, 0), "steps": (49, 14)},
    "heldout108": {"roles": (17, 9), "time_limits": (2, 0), "steps": (42, 27)},
    # (Step 1 / Step 2 – If … run in before the condition that takes the complainant on are levels: heldout109's five
    # steps of one process and heldout197's, which the transcriptions keep as steps, are read so too)
    "heldout109": {"roles": (24, 9), "levels": (2, 5), "time_limits": (6, 0), "steps": (50, 15)},
    "heldout110": {"roles": (11, 9), "levels": (4, 0), "time_limits": (8, 0), "steps": (18, 19)},
    "heldout111": {"roles": (18, 18), "levels": (4, 0), "time_limits": (7, 0), "steps": (54, 18)},
    # measured blind at 559cb55 (150/201 = 74.6%), then read
    "heldout112": {"roles": (14, 13), "levels": (3, 0), "time_limits": (4, 0), "steps": (23, 9)},
    "heldout113": {"roles": (9, 13), "levels": (2, 0), "time_limits": (3, 0), "steps": (7, 6)},
    # session 39: desks named with 岗 (咨询岗, 投诉管理岗, 大厅服务岗, 流动救生岗) the transcriber did not list
    "heldout114": {"roles": (16, 9), "time_limits": (2, 0), "steps": (41, 11)},
    "heldout115": {"roles": (15, 11), "levels": (3, 0), "time_limits": (3, 1), "steps": (25, 34)},
    # measured blind at de2928d (232/305 = 76.1%), then read
    "heldout116": {"roles": (16, 7), "levels": (3, 0), "time_limits": (6, 0), "steps": (46, 15)},
    "heldout117": {"roles": (12, 6), "time_limits": (5, 0), "steps": (31, 4)},
    # heldout118: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout118": {"roles": (16, 9), "levels": (1, 2), "time_limits": (4, 0), "steps": (63, 13)},
    "heldout119": {"roles": (17, 7), "levels": (3, 1), "time_limits": (2, 0), "steps": (21, 20)},
    # measured blind at 9278825 (197/249 = 79.1%), then read
    "heldout120": {"roles": (17, 16), "levels": (4, 2), "time_limits": (2, 0), "steps": (24, 19)},
    "heldout121": {"roles": (13, 7), "time_limits": (7, 1), "steps": (43, 17)},
    "heldout122": {"roles": (22, 12), "levels": (2, 2), "time_limits": (3, 0), "steps": (17, 51)},
    "heldout123": {"roles": (18, 9), "levels": (3, 0), "time_limits": (2, 0), "steps": (35, 6)},
    # measured blind at 9302b51 (329/433 = 76.0%), then read
    # heldout124: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout124": {"roles": (16, 5), "levels": (5, 0), "time_limits": (34, 4), "steps": (43, 18)},
    "heldout125": {"roles": (25, 14), "levels": (2, 0), "time_limits": (7, 0), "steps": (71, 8)},
    "heldout126": {"roles": (16, 9), "levels": (4, 0), "time_limits": (6, 0), "steps": (48, 10)},
    "heldout127": {"roles": (12, 4), "limits": (12, 3), "time_limits": (6, 3), "steps": (54, 46)},
    # measured blind at 0097836 (249/336 = 74.1%), then read
    "heldout128": {"roles": (11, 4), "levels": (4, 0), "time_limits": (4, 0), "steps": (30, 9)},
    # 客服 alone is a post (session 35): one more role where the transcriber left the customer-service staff out
    "heldout129": {"roles": (31, 10), "levels": (2, 0), "time_limits": (4, 1), "steps": (49, 7)},
    "heldout130": {"roles": (15, 9), "time_limits": (3, 0), "steps": (39, 14)},
    "heldout131": {"roles": (17, 25), "time_limits": (2, 1), "steps": (60, 6)},
    "heldout132": {"roles": (17, 8), "time_limits": (8, 0), "steps": (35, 5)},
    "heldout133": {"roles": (14, 13), "levels": (6, 0), "time_limits": (12, 1), "steps": (43, 31)},
    # session 39: desks named with 岗 (咨询岗, 投诉管理岗, 大厅服务岗, 流动救生岗) the transcriber did not list
    "heldout134": {"roles": (5, 7), "time_limits": (8, 1), "steps": (18, 23)},
    # 客服 alone is a post (session 35): one more role where the transcriber left the customer-service staff out
    "heldout135": {"roles": (15, 14), "levels": (2, 0), "time_limits": (9, 0), "steps": (38, 20)},
    "heldout136": {"roles": (12, 11), "time_limits": (5, 0), "steps": (48, 25)},
    "heldout137": {"roles": (19, 13), "time_limits": (5, 0), "steps": (58, 14)},
    "heldout138": {"roles": (23, 9), "levels": (5, 2), "time_limits": (1, 0), "steps": (29, 16)},
    "heldout139": {"roles": (11, 5), "time_limits": (9, 0), "steps": (40, 2)},
    "heldout140": {"roles": (10, 3), "levels": (3, 0), "time_limits": (5, 0), "steps": (39, 5)},
    "heldout141": {"roles": (15, 8), "time_limits": (5, 1), "steps": (53, 9)},
    "heldout142": {"roles": (24, 11), "levels": (2, 0), "time_limits": (1, 0), "steps": (47, 17)},
    "heldout143": {"roles": (14, 5), "levels": (2, 0), "time_limits": (9, 0), "steps": (50, 5)},
    "heldout144": {"roles": (27, 11), "levels": (6, 0), "time_limits": (4, 0), "steps": (29, 5)},
    "heldout145": {"roles": (8, 4), "levels": (1, 1), "time_limits": (5, 0), "steps": (31, 9)},
    "heldout146": {"roles": (12, 6), "levels": (5, 0), "time_limits": (12, 0), "steps": (34, 17)},
    "heldout147": {"roles": (18, 5), "levels": (3, 0), "limits": (2, 2), "time_limits": (3, 0), "steps": (31, 41)},
    "heldout148": {"roles": (16, 10), "levels": (1, 2), "time_limits": (1, 0), "steps": (30, 15)},
    "heldout149": {"roles": (4, 4), "levels": (2, 2), "time_limits": (5, 1), "steps": (34, 5)},
    "heldout150": {"roles": (3, 2), "time_limits": (6, 0), "steps": (32, 4)},
    "heldout151": {"roles": (16, 9), "levels": (5, 0), "time_limits": (2, 0), "steps": (40, 4)},
    # heldout152 roles 24 -> 25 wrong, heldout172 15 -> 16, heldout292 8 -> 9 (代表 posts: 学生代表 the transcription lists as
    # 教师 and 学生, 户代表, 业主代表); heldout152 steps 14 -> 15 and heldout514 19 -> 20 wrong; all open sets roles +18, 2 more wrong
    "heldout152": {"roles": (19, 25), "time_limits": (14, 0), "steps": (32, 15)},
    "heldout153": {"roles": (10, 9), "levels": (4, 0), "time_limits": (1, 0), "steps": (7, 20)},
    # heldout154: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout154": {"roles": (11, 10), "levels": (7, 0), "time_limits": (3, 0), "steps": (22, 2)},
    "heldout155": {"roles": (13, 9), "levels": (0, 2), "time_limits": (4, 0), "steps": (46, 26)},
    "heldout156": {"roles": (23, 12), "levels": (0, 4), "time_limits": (2, 0), "steps": (26, 13)},
    "heldout157": {"roles": (11, 4), "limits": (1, 3), "time_limits": (11, 0), "steps": (44, 15)},
    "heldout158": {"roles": (14, 7), "levels": (8, 3), "time_limits": (18, 1), "steps": (48, 21)},
    "heldout159": {"roles": (15, 8), "levels": (5, 0), "time_limits": (5, 1), "steps": (44, 1)},
    "heldout160": {"roles": (5, 2), "steps": (14, 1)},
    "heldout161": {"roles": (3, 5), "time_limits": (3, 0), "steps": (11, 9)},
    "heldout162": {"roles": (13, 5), "levels": (2, 0), "time_limits": (8, 0), "steps": (32, 8)},
    "heldout163": {"roles": (15, 14), "levels": (4, 0), "time_limits": (10, 0), "steps": (45, 12)},
    "heldout164": {"roles": (3, 5), "levels": (2, 0), "time_limits": (5, 0), "steps": (15, 8)},
    "heldout165": {"roles": (23, 12), "levels": (4, 0), "time_limits": (5, 0), "steps": (28, 21)},
    "heldout166": {"roles": (2, 0), "time_limits": (2, 0), "steps": (15, 0)},
    "heldout167": {"roles": (21, 10), "levels": (2, 0), "limits": (0, 1), "time_limits": (1, 0), "steps": (48, 8)},
    "heldout168": {"roles": (20, 15), "levels": (3, 0), "time_limits": (1, 0), "steps": (23, 11)},
    # heldout169: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout169": {"roles": (13, 10), "time_limits": (5, 0), "steps": (20, 13)},
    # heldout170: a practice named only in its Practice Manager that says "we will" is a role (session 41)
    "heldout170": {"roles": (13, 5), "levels": (5, 0), "time_limits": (14, 0), "steps": (49, 1)},
    "heldout171": {"roles": (11, 11), "levels": (4, 0), "time_limits": (0, 1), "steps": (25, 1)},
    "heldout172": {"roles": (11, 16), "levels": (4, 0), "time_limits": (3, 0), "steps": (30, 18)},
    # heldout173 roles 5 -> 6 wrong (and 10 -> 11 found): a text saying "the Practice will…" twice now has the Practice
    # as a role; one transcription lists it, the other does not
    "heldout173": {"roles": (12, 7), "levels": (1, 2), "time_limits": (11, 0), "steps": (33, 3)},
    "heldout174": {"roles": (3, 1), "levels": (3, 0), "time_limits": (3, 1), "steps": (11, 1)},
    # heldout175 roles 24 -> 23 recovered, 33 -> 35 wrong (and heldout320 21 -> 20, 18 -> 19): a unit list before one head
    # (学生处、团委负责人; …、后勤服务集团等部门负责人) is each unit's head; the transcriptions keep the list as one holder
    # (an English Department is a unit given work, as a Team is: one more wrong role each where the transcription
    # leaves it out — heldout86, 175, 249, 252, 416, 535, 543, 551)
    "heldout175": {"roles": (23, 36), "levels": (2, 0), "time_limits": (3, 0), "steps": (25, 12)},
    "heldout176": {"roles": (6, 5), "time_limits": (2, 0), "steps": (32, 6)},
    "heldout177": {"roles": (3, 2), "time_limits": (9, 0), "steps": (36, 1)},
    "heldout178": {"roles": (12, 13), "levels": (2, 1), "time_limits": (3, 4), "steps": (14, 1)},
    "heldout179": {"roles": (4, 4), "levels": (7, 4), "time_limits": (20, 0), "steps": (51, 11)},
    "heldout180": {"roles": (20, 9), "levels": (4, 1), "time_limits": (6, 0), "steps": (38, 13)},
    "heldout181": {"roles": (17, 11), "levels": (3, 0), "time_limits": (3, 0), "steps": (37, 3)},
    "heldout182": {"roles": (12, 7), "time_limits": (1, 0), "steps": (31, 24)},
    "heldout183": {"roles": (5, 5), "levels": (2, 0), "time_limits": (3, 0), "steps": (31, 6)},
    "heldout184": {"roles": (13, 9), "levels": (2, 0), "steps": (18, 25)},
    "heldout185": {"roles": (4, 3), "levels": (3, 2), "time_limits": (5, 0), "steps": (15, 3)},
    "heldout186": {"roles": (9, 6), "levels": (6, 0), "time_limits": (12, 0), "steps": (35, 7)},
    "heldout187": {"roles": (9, 4), "levels": (3, 0), "time_limits": (10, 0), "steps": (39, 3)},
    "heldout188": {"roles": (8, 12), "time_limits": (6, 0), "steps": (25, 4)},
    "heldout189": {"roles": (7, 4), "levels": (0, 2), "time_limits": (2, 0), "steps": (14, 3)},
    "heldout190": {"roles": (6, 11), "levels": (0, 4), "time_limits": (10, 1), "steps": (23, 7)},
    "heldout191": {"roles": (16, 7), "time_limits": (5, 0), "steps": (30, 9)},
    "heldout192": {"roles": (7, 14), "levels": (2, 0), "time_limits": (6, 0), "steps": (21, 29)},
    "heldout193": {"roles": (4, 3), "time_limits": (1, 0), "steps": (10, 7)},
    "heldout194": {"roles": (22, 21), "levels": (1, 0), "time_limits": (1, 0), "steps": (43, 18)},
    "heldout195": {"roles": (18, 10), "levels": (4, 0), "time_limits": (14, 0), "steps": (44, 1)},
    "heldout196": {"roles": (3, 3), "time_limits": (3, 0), "steps": (17, 0)},
    "heldout197": {"roles": (12, 7), "levels": (1, 5), "time_limits": (5, 0), "steps": (27, 6)},
    "heldout198": {"roles": (8, 4), "time_limits": (2, 0), "steps": (33, 1)},
    "heldout199": {"roles": (3, 2), "levels": (10, 0), "time_limits": (7, 0), "steps": (34, 14)},
    "heldout200": {"roles": (5, 3), "time_limits": (5, 0), "steps": (22, 2)},
    "heldout201": {"roles": (9, 6), "time_limits": (3, 0), "steps": (38, 8)},
    "heldout202": {"roles": (12, 5), "levels": (8, 1), "time_limits": (8, 0), "steps": (37, 2)},
    # heldout203: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout203": {"roles": (5, 2), "time_limits": (3, 0), "steps": (20, 5)},
    "heldout204": {"roles": (8, 7), "levels": (10, 2), "time_limits": (5, 0), "steps": (24, 0)},
    "heldout205": {"roles": (1, 3), "levels": (4, 0), "time_limits": (2, 0), "steps": (3, 2)},
    "heldout206": {"roles": (11, 6), "time_limits": (7, 1), "steps": (41, 8)},
    "heldout207": {"roles": (3, 0), "time_limits": (1, 0), "steps": (30, 0)},
    "heldout208": {"roles": (3, 4), "levels": (3, 0), "time_limits": (1, 0), "steps": (8, 14)},
    "heldout209": {"roles": (11, 3), "levels": (2, 0), "time_limits": (8, 0), "steps": (30, 2)},
    "heldout210": {"roles": (13, 9), "levels": (0, 1), "time_limits": (3, 0), "steps": (39, 10)},
    # heldout211: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout211": {"roles": (6, 2), "levels": (2, 0), "limits": (1, 0), "time_limits": (2, 0), "steps": (13, 11)},
    "heldout212": {"roles": (21, 4), "levels": (2, 0), "limits": (3, 0), "time_limits": (7, 0), "steps": (53, 12)},
    "heldout213": {"roles": (8, 5), "levels": (5, 2), "time_limits": (6, 0), "steps": (45, 47)},
    "heldout214": {"roles": (5, 6), "time_limits": (1, 0), "steps": (28, 4)},
    "heldout215": {"roles": (6, 11), "levels": (1, 1), "time_limits": (8, 0), "steps": (18, 2)},
    "heldout216": {"roles": (7, 3), "levels": (1, 1), "time_limits": (3, 0), "steps": (24, 9)},
    # heldout217: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout217": {"roles": (16, 4), "levels": (4, 0), "time_limits": (8, 0), "steps": (50, 3)},
    "heldout218": {"roles": (29, 22), "levels": (3, 1), "time_limits": (4, 0), "steps": (41, 31)},
    "heldout219": {"roles": (14, 6), "levels": (3, 0), "time_limits": (1, 0), "steps": (26, 21)},
    # heldout220 roles 11 -> 10, heldout351 10 -> 9: 区人事和劳动社会保障局局长 and 厦门市海洋与渔业局局长 are one holder each now;
    # the piece 区人事 / 厦门市海洋 cut from them had matched, by its letters, a role the import does not read
    "heldout220": {"roles": (10, 8), "levels": (3, 0), "time_limits": (11, 0), "steps": (31, 16)},
    "heldout221": {"roles": (7, 11), "levels": (2, 1), "time_limits": (3, 0), "steps": (14, 2)},
    "heldout222": {"roles": (14, 10), "levels": (1, 0), "steps": (10, 21)},
    "heldout223": {"roles": (2, 1), "levels": (2, 0), "time_limits": (3, 0), "steps": (12, 0)},
    "heldout224": {"roles": (14, 11), "levels": (2, 0), "time_limits": (4, 0), "steps": (29, 7)},
    "heldout225": {"roles": (16, 7), "time_limits": (4, 0), "steps": (23, 10)},
    "heldout226": {"roles": (19, 13), "levels": (3, 0), "time_limits": (8, 0), "steps": (78, 2)},
    "heldout227": {"roles": (14, 17), "levels": (3, 0), "limits": (0, 1), "time_limits": (1, 0), "steps": (17, 33)},
    "heldout228": {"roles": (0, 6), "time_limits": (1, 0), "steps": (5, 0)},
    "heldout229": {"roles": (16, 7), "time_limits": (6, 0), "steps": (29, 23)},
    # heldout230 one more wrong: 由卫健委、疾控中心办公室工作人员直接答复 gives each unit's staff
    "heldout230": {"roles": (11, 8), "time_limits": (7, 0), "steps": (36, 24)},
    "heldout231": {"roles": (11, 7), "levels": (5, 0), "time_limits": (7, 0), "steps": (25, 17)},
    "heldout232": {"roles": (16, 11), "time_limits": (4, 0), "steps": (37, 11)},
    # heldout233: one wrong role more since bf370d7, the Cathedral ("It is the aim of the Cathedral to…", the
    # organisation that speaks as we), which h233-5's transcriber did not list
    "heldout233": {"roles": (12, 15), "levels": (2, 0), "time_limits": (2, 0), "steps": (41, 37)},
    "heldout234": {"roles": (11, 13), "levels": (2, 0), "time_limits": (3, 1), "steps": (26, 20)},
    "heldout235": {"roles": (19, 8), "limits": (0, 2), "time_limits": (1, 0), "steps": (16, 13)},
    "heldout236": {"roles": (17, 9), "levels": (5, 0), "time_limits": (7, 0), "steps": (36, 21)},
    "heldout237": {"roles": (8, 3), "levels": (0, 2), "time_limits": (8, 0), "steps": (19, 3)},
    "heldout238": {"roles": (19, 17), "time_limits": (2, 0), "steps": (50, 6)},
    "heldout239": {"roles": (11, 5), "levels": (3, 0), "time_limits": (4, 0), "steps": (25, 29)},
    "heldout240": {"roles": (26, 15), "levels": (6, 0), "time_limits": (4, 0), "steps": (47, 23)},
    "heldout241": {"roles": (1, 3), "time_limits": (5, 0), "steps": (18, 1)},
    "heldout242": {"roles": (5, 6), "levels": (2, 2), "time_limits": (5, 0), "steps": (33, 3)},
    "heldout243": {"roles": (15, 12), "time_limits": (5, 0), "steps": (55, 9)},
    "heldout244": {"roles": (3, 1), "time_limits": (2, 0), "steps": (11, 2)},
    "heldout245": {"roles": (11, 4), "time_limits": (3, 0), "steps": (30, 14)},
    "heldout246": {"roles": (5, 15), "time_limits": (1, 0), "steps": (4, 14)},
    "heldout247": {"roles": (10, 12), "levels": (3, 0), "time_limits": (3, 0), "steps": (17, 12)},
    "heldout248": {"roles": (7, 7), "time_limits": (7, 0), "steps": (27, 4)},
    "heldout249": {"roles": (4, 9), "time_limits": (2, 0), "steps": (3, 14)},
    "heldout250": {"roles": (7, 10), "levels": (2, 0), "time_limits": (4, 0), "steps": (13, 10)},
    "heldout251": {"roles": (9, 6), "levels": (2, 0), "time_limits": (6, 0), "steps": (29, 3)},
    # heldout252: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout252": {"roles": (5, 7), "levels": (2, 0), "time_limits": (6, 0), "steps": (35, 3)},
    "heldout253": {"roles": (19, 14), "levels": (2, 1), "time_limits": (4, 0), "steps": (40, 21)},
    "heldout254": {"roles": (30, 17), "levels": (1, 2), "time_limits": (3, 0), "steps": (41, 10)},
    # heldout255: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout255": {"roles": (13, 4), "levels": (1, 1), "time_limits": (7, 0), "steps": (55, 5)},
    "heldout256": {"roles": (7, 1), "time_limits": (14, 3), "steps": (54, 13)},
    "heldout257": {"roles": (4, 3), "time_limits": (5, 0), "steps": (38, 28)},
    "heldout258": {"roles": (4, 2), "levels": (2, 0), "time_limits": (13, 0), "steps": (18, 9)},
    "heldout259": {"roles": (13, 4), "time_limits": (2, 2), "steps": (27, 2)},
    "heldout260": {"roles": (3, 4), "levels": (4, 2), "time_limits": (9, 1), "steps": (38, 2)},
    "heldout261": {"roles": (26, 10), "time_limits": (4, 0), "steps": (67, 10)},
    "heldout262": {"roles": (11, 5), "time_limits": (4, 0), "steps": (26, 18)},
    "heldout263": {"roles": (11, 12), "levels": (3, 0), "limits": (0, 1), "time_limits": (9, 0), "steps": (13, 20)},
    # heldout264 roles 7 -> 6: 若店内专职售后服务人员 was a post with its 若 (if); named without it, the post acts only after
    # a clause of its own (…，认定…，应及时…) and is no longer read
    "heldout264": {"roles": (6, 5), "time_limits": (4, 0), "steps": (43, 24)},
    "heldout265": {"roles": (5, 2), "levels": (3, 0), "steps": (21, 21)},
    "heldout266": {"roles": (19, 6), "time_limits": (9, 0), "steps": (36, 4)},
    "heldout267": {"roles": (7, 5), "time_limits": (3, 0), "steps": (27, 1)},
    "heldout268": {"roles": (6, 1), "time_limits": (5, 1), "steps": (18, 2)},
    "heldout269": {"roles": (10, 1), "levels": (2, 1), "time_limits": (9, 1), "steps": (33, 14)},
    "heldout270": {"roles": (7, 5), "levels": (2, 0), "time_limits": (6, 0), "steps": (46, 1)},
    "heldout271": {"roles": (15, 11), "time_limits": (2, 0), "steps": (23, 14)},
    "heldout272": {"roles": (29, 9), "levels": (2, 1), "time_limits": (5, 0), "steps": (43, 7)},
    "heldout273": {"roles": (15, 16), "levels": (2, 2), "time_limits": (1, 0), "steps": (22, 47)},
    "heldout274": {"roles": (8, 4), "time_limits": (7, 0), "steps": (47, 10)},
    "heldout275": {"roles": (9, 4), "levels": (9, 1), "time_limits": (19, 0), "steps": (60, 24)},
    "heldout276": {"roles": (13, 17), "steps": (32, 27)},
    # heldout277 steps wrong 12 -> 13: with 如/若 no part of a post's name, h277-2 gains two steps and one piece its
    # transcription does not have
    "heldout277": {"roles": (5, 7), "levels": (4, 0), "limits": (1, 1), "time_limits": (9, 0), "steps": (39, 13)},
    # 加強 now read as 加强 (traditional characters through the same table): its sentences of aims are acts, as in simplified plans (3 more steps the transcriber did not take) (session 32)
    # 用戶所簽協議: 所 before a verb is no unit (s33), so h278-3's 服務時限 paragraph, no longer led by a post 用戶所, is read
    # as time limits, not as 9 steps (its deadlines are all still found)
    "heldout278": {"roles": (6, 3), "limits": (2, 1), "time_limits": (20, 0), "steps": (18, 18)},
    # heldout279: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout279": {"roles": (4, 3), "time_limits": (2, 0), "steps": (16, 0)},
    "heldout280": {"roles": (8, 11), "levels": (3, 0), "time_limits": (8, 0), "steps": (31, 20)},
    "heldout281": {"roles": (28, 15), "levels": (1, 1), "time_limits": (5, 1), "steps": (36, 11)},
    "heldout282": {"roles": (7, 7), "limits": (0, 1), "time_limits": (7, 0), "steps": (34, 18)},
    "heldout283": {"roles": (5, 3), "levels": (0, 4), "time_limits": (8, 0), "steps": (33, 33)},
    "heldout284": {"roles": (9, 7), "levels": (3, 0), "time_limits": (4, 2), "steps": (25, 7)},
    "heldout285": {"limits": (1, 0), "time_limits": (1, 0), "steps": (11, 1)},
    "heldout286": {"roles": (10, 5), "levels": (3, 0), "time_limits": (4, 0), "steps": (32, 8)},
    "heldout287": {"roles": (12, 22), "time_limits": (2, 0), "steps": (47, 11)},
    "heldout288": {"roles": (11, 0), "levels": (3, 0), "time_limits": (2, 0), "steps": (15, 10)},
    "heldout289": {"roles": (8, 5), "time_limits": (9, 0), "steps": (24, 0)},
    "heldout290": {"roles": (20, 12), "levels": (4, 2), "time_limits": (4, 0), "steps": (45, 12)},
    "heldout291": {"roles": (11, 7), "levels": (2, 0), "time_limits": (4, 0), "steps": (21, 23)},
    "heldout292": {"roles": (8, 11), "levels": (5, 0), "time_limits": (2, 1), "steps": (11, 14)},
    "heldout293": {"roles": (5, 0), "levels": (2, 4), "time_limits": (7, 0), "steps": (20, 2)},
    "heldout294": {"roles": (9, 3), "levels": (4, 1), "time_limits": (9, 0), "steps": (38, 2)},
    "heldout295": {"roles": (22, 10), "time_limits": (4, 0), "steps": (57, 5)},
    "heldout296": {"roles": (24, 13), "time_limits": (4, 0), "steps": (36, 12)},
    "heldout297": {"roles": (6, 15), "steps": (2, 12)},
    "heldout298": {"roles": (12, 7), "time_limits": (3, 0), "steps": (51, 20)},
    "heldout299": {"roles": (11, 7), "levels": (6, 1), "time_limits": (3, 0), "steps": (10, 2)},
    "heldout300": {"roles": (9, 5), "time_limits": (3, 0), "steps": (33, 6)},
    "heldout301": {"roles": (14, 8), "levels": (7, 1), "time_limits": (1, 0), "steps": (22, 5)},
    "heldout302": {"roles": (20, 13), "time_limits": (2, 0), "steps": (16, 13)},
    "heldout303": {"roles": (5, 6), "levels": (0, 3), "time_limits": (6, 0), "steps": (25, 7)},
    "heldout304": {"roles": (10, 5), "time_limits": (3, 0), "steps": (30, 2)},
    # 確定演出人員: the staff a school designates, read as a post the transcription does not list (s33)
    "heldout305": {"roles": (17, 9), "levels": (2, 5), "time_limits": (5, 0), "steps": (25, 5)},
    "heldout306": {"roles": (20, 8), "levels": (0, 3), "steps": (29, 9)},
    "heldout307": {"roles": (5, 2), "levels": (0, 2), "time_limits": (5, 1), "steps": (22, 15)},
    "heldout308": {"roles": (16, 5), "time_limits": (8, 0), "steps": (32, 20)},
    "heldout309": {"roles": (10, 2), "time_limits": (7, 0), "steps": (22, 3)},
    "heldout310": {"roles": (6, 1), "levels": (2, 0), "time_limits": (10, 0), "steps": (34, 2)},
    "heldout311": {"roles": (23, 4), "levels": (0, 2), "time_limits": (2, 0), "steps": (29, 11)},
    "heldout312": {"roles": (29, 25), "steps": (47, 12)},
    "heldout313": {"roles": (21, 15), "levels": (4, 8), "time_limits": (8, 0), "steps": (16, 8)},
    "heldout314": {"roles": (3, 2), "levels": (0, 5), "time_limits": (6, 1), "steps": (19, 0)},
    "heldout315": {"roles": (1, 1), "steps": (3, 0)},
    "heldout316": {"roles": (5, 1), "time_limits": (8, 0), "steps": (32, 0)},
    # 加強 read as 加强: a reporting aim becomes steps, as in a simplified plan (session 32)
    "heldout317": {"roles": (5, 8), "time_limits": (5, 0), "steps": (28, 5)},
    "heldout318": {"roles": (9, 5), "time_limits": (1, 0), "steps": (29, 8)},
    "heldout319": {"roles": (10, 9), "time_limits": (2, 0), "steps": (52, 10)},
    # heldout320: see heldout175
    "heldout320": {"roles": (20, 20), "levels": (2, 0), "time_limits": (5, 0), "steps": (14, 15)},
    # heldout321 roles wrong 19 -> 20: 如调查事情原委所…, a subject after 如 read as a post (所 of 所需)
    "heldout321": {"roles": (17, 20), "time_limits": (4, 0), "steps": (84, 1)},
    "heldout322": {"roles": (20, 12), "levels": (2, 0), "time_limits": (3, 0), "steps": (43, 7)},
    "heldout323": {"roles": (5, 6), "levels": (5, 2), "time_limits": (2, 0), "steps": (19, 8)},
    "heldout324": {"roles": (10, 12), "time_limits": (5, 0), "steps": (25, 7)},
    "heldout325": {"roles": (9, 2), "time_limits": (12, 1), "steps": (31, 14)},
    "heldout326": {"roles": (12, 10), "levels": (2, 0), "time_limits": (9, 0), "steps": (21, 16)},
    "heldout327": {"roles": (6, 6), "levels": (0, 2), "time_limits": (3, 0), "steps": (44, 9)},
    # 加強 read as 加强: 加强…制度 is policy, not a step, as in a simplified plan (2 steps the transcriber took) (session 32)
    "heldout328": {"roles": (14, 11), "levels": (4, 2), "time_limits": (1, 0), "steps": (41, 24)},
    # heldout329 steps: 如何处理预防接种异常反应？ is h329-3's procedure now (0 -> 7 of 7 steps); its paragraph after the
    # acts, a flowchart garbled by the sharing site and what the reactions are, gives 6 pieces the transcription lacks
    "heldout329": {"roles": (10, 2), "time_limits": (2, 1), "steps": (44, 25)},
    "heldout330": {"roles": (5, 5), "time_limits": (1, 0), "steps": (19, 26)},
    "heldout331": {"roles": (7, 4), "time_limits": (1, 0), "steps": (59, 9)},
    "heldout332": {"roles": (19, 6), "levels": (9, 3), "time_limits": (7, 1), "steps": (46, 5)},
    "heldout333": {"roles": (10, 4), "time_limits": (2, 0), "steps": (22, 12)},
    "heldout334": {"roles": (32, 9), "levels": (3, 0), "time_limits": (7, 1), "steps": (62, 10)},
    "heldout335": {"roles": (7, 4), "levels": (2, 2), "time_limits": (3, 0), "steps": (22, 4)},
    "heldout336": {"roles": (7, 2), "time_limits": (6, 0), "steps": (21, 4)},
    "heldout337": {"roles": (1, 6), "time_limits": (15, 2), "steps": (47, 14)},
    # 客服 alone is a post (session 35): one more role where the transcriber left the customer-service staff out
    "heldout338": {"roles": (14, 6), "time_limits": (9, 0), "steps": (43, 8)},
    "heldout339": {"roles": (8, 7), "levels": (3, 0), "time_limits": (9, 1), "steps": (24, 14)},
    "heldout340": {"roles": (13, 3), "time_limits": (10, 0), "steps": (46, 9)},
    "heldout341": {"roles": (8, 6), "levels": (2, 4), "time_limits": (4, 0), "steps": (35, 19)},
    "heldout342": {"roles": (8, 5), "time_limits": (4, 0), "steps": (28, 7)},
    "heldout343": {"roles": (15, 1), "levels": (3, 3), "time_limits": (2, 0), "steps": (14, 0)},
    "heldout344": {"roles": (5, 2), "levels": (1, 2), "time_limits": (10, 0), "steps": (40, 3)},
    "heldout345": {"roles": (6, 4), "levels": (1, 0), "limits": (2, 0), "time_limits": (4, 0), "steps": (21, 10)},
    "heldout346": {"roles": (10, 9), "time_limits": (6, 0), "steps": (45, 35)},
    "heldout347": {"roles": (4, 2), "time_limits": (4, 1), "steps": (15, 5)},
    "heldout348": {"roles": (23, 8), "levels": (8, 0), "time_limits": (5, 0), "steps": (38, 20)},
    "heldout349": {"roles": (17, 2), "levels": (3, 3), "time_limits": (5, 0), "steps": (33, 6)},
    "heldout350": {"roles": (9, 1), "levels": (2, 0), "time_limits": (6, 0), "steps": (23, 3)},
    # heldout351 roles 10 -> 9: see heldout220
    "heldout351": {"roles": (10, 22), "levels": (4, 0), "time_limits": (2, 0), "steps": (26, 5)},
    "heldout352": {"roles": (10, 1), "levels": (4, 0), "limits": (0, 1), "time_limits": (7, 0), "steps": (28, 4)},
    "heldout353": {"roles": (12, 3), "levels": (3, 0), "time_limits": (7, 0), "steps": (40, 6)},
    "heldout354": {"roles": (5, 2), "levels": (3, 0), "time_limits": (8, 0), "steps": (30, 2)},
    "heldout355": {"roles": (11, 20), "levels": (0, 1), "steps": (7, 26)},
    "heldout356": {"roles": (15, 7), "levels": (1, 1), "time_limits": (6, 0), "steps": (28, 12)},
    "heldout357": {"roles": (3, 4), "levels": (2, 1), "time_limits": (3, 0), "steps": (22, 9)},
    "heldout358": {"roles": (8, 5), "time_limits": (5, 0), "steps": (31, 9)},
    "heldout359": {"roles": (8, 1), "levels": (3, 1), "time_limits": (6, 0), "steps": (24, 9)},
    "heldout360": {"roles": (7, 5), "levels": (6, 1), "time_limits": (5, 0), "steps": (21, 9)},
    "heldout361": {"roles": (13, 2), "time_limits": (5, 0), "steps": (73, 2)},
    "heldout362": {"roles": (13, 15), "levels": (4, 2), "time_limits": (5, 0), "steps": (25, 2)},
    "heldout363": {"roles": (10, 1), "steps": (27, 9)},
    "heldout364": {"roles": (6, 2), "levels": (1, 0), "time_limits": (1, 0), "steps": (17, 1)},
    # a table of cases and their handling a scenario a case (客戶投訴事件 | 處理方法): steps +6, one wrong more
    "heldout365": {"roles": (5, 5), "levels": (2, 0), "time_limits": (7, 0), "steps": (43, 18)},
    "heldout366": {"roles": (7, 3), "time_limits": (5, 0), "steps": (27, 7)},
    "heldout367": {"roles": (7, 2), "levels": (3, 0), "time_limits": (10, 0), "steps": (33, 0)},
    "heldout368": {"roles": (4, 5), "time_limits": (3, 0), "steps": (26, 1)},
    "heldout369": {"roles": (8, 3), "levels": (5, 2), "time_limits": (9, 0), "steps": (44, 1)},
    "heldout370": {"roles": (15, 10), "time_limits": (17, 0), "steps": (65, 4)},
    "heldout371": {"roles": (7, 9), "levels": (2, 0), "time_limits": (7, 0), "steps": (41, 1)},
    "heldout372": {"roles": (9, 7), "time_limits": (5, 0), "steps": (22, 3)},
    "heldout373": {"roles": (12, 12), "levels": (3, 0), "time_limits": (3, 0), "steps": (59, 8)},
    "heldout374": {"roles": (5, 2), "levels": (2, 0), "steps": (8, 2)},
    "heldout375": {"roles": (11, 9), "time_limits": (6, 0), "steps": (27, 8)},
    "heldout376": {"roles": (9, 12), "levels": (4, 0), "time_limits": (3, 0), "steps": (22, 13)},
    "heldout377": {"roles": (7, 2), "levels": (3, 0), "time_limits": (3, 0), "steps": (20, 0)},
    "heldout378": {"roles": (7, 3), "time_limits": (3, 0), "steps": (28, 6)},
    "heldout379": {"roles": (9, 5), "levels": (4, 2), "steps": (4, 8)},
    "heldout380": {"roles": (5, 2), "levels": (6, 0), "time_limits": (6, 0), "steps": (29, 6)},
    "heldout381": {"roles": (17, 11), "levels": (2, 1), "time_limits": (3, 0), "steps": (26, 11)},
    "heldout382": {"roles": (4, 8), "levels": (3, 0), "time_limits": (6, 0), "steps": (28, 8)},
    "heldout383": {"roles": (12, 8), "levels": (3, 0), "time_limits": (5, 0), "steps": (15, 13)},
    "heldout385": {"roles": (10, 7), "levels": (8, 0), "time_limits": (4, 0), "steps": (35, 17)},
    "heldout386": {"roles": (6, 4), "time_limits": (4, 0), "steps": (22, 1)},
    "heldout387": {"roles": (3, 3), "levels": (2, 0), "time_limits": (2, 0), "steps": (19, 1)},
    "heldout388": {"roles": (4, 1), "levels": (3, 0), "time_limits": (1, 0), "steps": (12, 1)},
    "heldout389": {"roles": (2, 3), "levels": (1, 1), "steps": (28, 4)},
    "heldout390": {"roles": (12, 15), "time_limits": (2, 0), "steps": (44, 12)},
    "heldout391": {"roles": (13, 12), "levels": (4, 2), "limits": (0, 1), "time_limits": (3, 0), "steps": (16, 13)},
    "heldout392": {"roles": (8, 6), "time_limits": (4, 0), "steps": (27, 28)},
    "heldout393": {"roles": (5, 3), "time_limits": (5, 0), "steps": (12, 3)},
    "heldout394": {"roles": (10, 3), "time_limits": (1, 0), "steps": (17, 12)},
    "heldout395": {"roles": (14, 6), "time_limits": (1, 0), "steps": (42, 16)},
    "heldout396": {"roles": (5, 4), "levels": (2, 1), "time_limits": (4, 0), "steps": (16, 0)},
    "heldout397": {"roles": (7, 10), "time_limits": (3, 0), "steps": (20, 11)},
    "heldout398": {"roles": (10, 2), "time_limits": (4, 0), "steps": (34, 9)},
    "heldout399": {"roles": (11, 22), "levels": (3, 2), "time_limits": (1, 0), "steps": (13, 5)},
    "heldout400": {"roles": (11, 8), "time_limits": (2, 0), "steps": (25, 20)},
    "heldout401": {"limits": (0, 1), "steps": (13, 1)},
    "heldout402": {"roles": (24, 14), "time_limits": (1, 0), "steps": (22, 34)},
    "heldout403": {"roles": (11, 6), "time_limits": (5, 0), "steps": (23, 7)},
    # 加強 read as 加强: 本公司將加強作業 no longer makes 本公司 an actor (session 32)
    "heldout404": {"roles": (13, 7), "levels": (1, 3), "time_limits": (3, 0), "steps": (32, 13)},
    "heldout405": {"roles": (18, 9), "levels": (3, 0), "time_limits": (3, 0), "steps": (26, 11)},
    "heldout406": {"roles": (10, 8), "time_limits": (3, 0), "steps": (31, 0)},
    "heldout407": {"roles": (17, 13), "levels": (7, 0), "steps": (21, 8)},
    "heldout408": {"roles": (14, 11), "time_limits": (5, 0), "steps": (11, 10)},
    "heldout409": {"roles": (22, 12), "time_limits": (2, 1), "steps": (42, 3)},
    "heldout410": {"roles": (10, 11), "levels": (4, 0), "time_limits": (8, 0), "steps": (17, 13)},
    "heldout411": {"roles": (20, 10), "time_limits": (1, 0), "steps": (38, 5)},
    "heldout412": {"roles": (12, 6), "levels": (6, 0), "time_limits": (8, 0), "steps": (34, 3)},
    "heldout413": {"roles": (20, 23), "levels": (3, 0), "time_limits": (2, 0), "steps": (25, 2)},
    "heldout414": {"roles": (4, 0), "time_limits": (7, 0), "steps": (32, 7)},
    "heldout415": {"roles": (22, 15), "levels": (4, 1), "time_limits": (5, 0), "steps": (29, 15)},
    "heldout416": {"roles": (7, 12), "time_limits": (2, 0), "steps": (38, 6)},
    "heldout417": {"roles": (19, 16), "time_limits": (1, 0), "steps": (26, 4)},
    "heldout418": {"roles": (18, 13), "steps": (31, 4)},
    "heldout419": {"roles": (3, 2), "time_limits": (7, 0), "steps": (17, 2)},
    "heldout420": {"roles": (3, 3), "time_limits": (6, 0), "steps": (20, 3)},
    "heldout421": {"roles": (2, 1), "steps": (0, 5)},
    "heldout423": {"roles": (6, 2), "levels": (2, 0), "limits": (1, 0), "time_limits": (9, 0), "steps": (47, 0)},
    "heldout427": {"roles": (5, 2), "levels": (2, 4), "time_limits": (6, 0), "steps": (28, 0)},
    "heldout428": {"roles": (11, 2), "levels": (0, 3), "steps": (11, 12)},
    "heldout429": {"roles": (8, 4), "time_limits": (2, 0), "steps": (21, 9)},
    "heldout430": {"roles": (12, 5), "levels": (2, 2), "time_limits": (3, 0), "steps": (36, 2)},
    # heldout431: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout431": {"roles": (26, 10), "levels": (8, 0), "time_limits": (9, 0), "steps": (51, 18)},
    "heldout432": {"roles": (11, 19), "levels": (4, 0), "time_limits": (5, 0), "steps": (28, 6)},
    "heldout433": {"roles": (9, 7), "levels": (3, 0), "time_limits": (1, 0), "steps": (7, 13)},
    "heldout434": {"roles": (12, 6), "levels": (6, 0), "time_limits": (1, 0), "steps": (10, 4)},
    # heldout435 levels wrong 0 -> 4: h435-3's Ⅰ级–Ⅳ级 as announced, which its transcriber named 特别严重(Ⅰ级)…
    "heldout435": {"roles": (12, 5), "levels": (7, 4), "time_limits": (2, 0), "steps": (9, 7)},
    "heldout436": {"roles": (9, 7), "levels": (3, 1), "time_limits": (2, 0), "steps": (34, 0)},
    "heldout437": {"roles": (11, 8), "levels": (1, 0), "time_limits": (1, 0), "steps": (45, 18)},
    "heldout438": {"roles": (11, 13), "levels": (0, 2), "time_limits": (6, 2), "steps": (4, 25)},
    # a team that acts in the procedure with only its duties is a role (_acting_teams): one wrong more
    "heldout439": {"roles": (8, 7), "time_limits": (2, 0), "steps": (13, 4)},
    # session 39: desks named with 岗 (咨询岗, 投诉管理岗, 大厅服务岗, 流动救生岗) the transcriber did not list
    "heldout440": {"roles": (8, 5), "levels": (2, 1), "time_limits": (3, 0), "steps": (36, 5)},
    "heldout441": {"roles": (1, 1), "time_limits": (1, 0), "steps": (5, 1)},
    "heldout442": {"roles": (12, 6), "time_limits": (4, 0), "steps": (11, 8)},
    "heldout443": {"roles": (4, 5), "levels": (1, 2), "time_limits": (4, 0), "steps": (29, 1)},
    "heldout444": {"roles": (8, 5), "time_limits": (4, 2), "steps": (27, 17)},
    "heldout445": {"roles": (16, 8), "levels": (4, 0), "limits": (0, 1), "time_limits": (1, 0), "steps": (23, 11)},
    "heldout446": {"roles": (25, 11), "levels": (3, 0), "time_limits": (3, 1), "steps": (29, 16)},
    "heldout447": {"roles": (10, 9), "levels": (2, 0), "steps": (29, 3)},
    "heldout448": {"roles": (19, 7), "time_limits": (1, 0), "steps": (4, 19)},
    "heldout449": {"roles": (5, 1), "levels": (2, 0), "time_limits": (2, 0), "steps": (13, 1)},
    "heldout450": {"roles": (9, 2), "levels": (3, 0), "time_limits": (3, 0), "steps": (30, 12)},
    "heldout451": {"roles": (8, 3), "time_limits": (6, 0), "steps": (47, 4)},
    "heldout452": {"roles": (12, 4), "steps": (36, 2)},
    "heldout453": {"roles": (16, 10), "steps": (41, 10)},
    # heldout454 roles 3 -> 4 wrong: "addressed to the Royal College of Veterinary Surgeons" (an outside body) read as a
    # post once "addressed to" gives work; all open sets roles +11 (CEO, submitted to), 4 more wrong
    "heldout454": {"roles": (5, 5), "time_limits": (2, 0), "steps": (11, 1)},
    "heldout455": {"roles": (4, 10), "time_limits": (7, 0), "steps": (29, 11)},
    "heldout456": {"roles": (6, 4), "time_limits": (5, 0), "steps": (24, 13)},
    "heldout457": {"roles": (10, 4), "levels": (1, 1), "time_limits": (2, 0), "steps": (22, 32)},
    "heldout458": {"roles": (8, 2), "time_limits": (2, 0), "steps": (20, 10)},
    "heldout459": {"roles": (1, 1), "levels": (6, 0), "steps": (0, 11)},
    "heldout460": {"roles": (8, 5), "levels": (4, 0), "steps": (4, 3)},
    # heldout461–468: round 100, measured blind at 7b0a3a2 (74.3%), kept as measured at 261796a (75.0%): open from now on
    "heldout461": {"roles": (7, 5), "time_limits": (3, 0), "steps": (43, 6)},
    "heldout462": {"roles": (13, 12), "levels": (2, 0), "time_limits": (0, 1), "steps": (39, 14)},
    # heldout463/511/632 roles 14->13, 4->3, 24->23: a post obeyed is named without the verb (听从经理, 服从上级主管部门,
    # 听从裁判员); the names with the verb had matched the transcription only by containing its post
    "heldout463": {"roles": (13, 13), "steps": (17, 12)},
    "heldout464": {"roles": (4, 0), "time_limits": (1, 0), "steps": (9, 1)},
    "heldout465": {"roles": (9, 4), "time_limits": (5, 7), "steps": (27, 13)},
    "heldout466": {"roles": (15, 9), "levels": (2, 0), "time_limits": (4, 2), "steps": (29, 14)},
    "heldout467": {"roles": (10, 4), "limits": (0, 1), "time_limits": (1, 0), "steps": (29, 9)},
    "heldout468": {"roles": (9, 12), "levels": (3, 0), "limits": (1, 0), "time_limits": (2, 0), "steps": (18, 17)},
    # heldout469–484: rounds 101 and 102, measured blind at 261796a (69.2%) and 0d83029 (67.9%), kept as measured with the standards-table deadlines: open from now on
    "heldout469": {"roles": (17, 10), "time_limits": (4, 0), "steps": (23, 7)},
    "heldout470": {"roles": (8, 2), "levels": (1, 1), "time_limits": (1, 0), "steps": (22, 10)},
    "heldout471": {"roles": (3, 1), "levels": (2, 0), "time_limits": (4, 0), "steps": (12, 0)},
    "heldout472": {"roles": (11, 3), "time_limits": (2, 0), "steps": (27, 14)},
    "heldout473": {"roles": (6, 5), "time_limits": (11, 0), "steps": (24, 25)},
    "heldout474": {"roles": (7, 8), "time_limits": (3, 0), "steps": (6, 22)},
    "heldout475": {"roles": (15, 10), "time_limits": (4, 0), "steps": (27, 34)},
    "heldout476": {"roles": (12, 4), "levels": (3, 1), "steps": (30, 12)},
    "heldout477": {"roles": (4, 1), "steps": (0, 5)},
    "heldout478": {"roles": (5, 1), "time_limits": (5, 0), "steps": (16, 0)},
    "heldout479": {"roles": (28, 3), "steps": (41, 25)},
    "heldout480": {"roles": (14, 6), "time_limits": (2, 3), "steps": (25, 6)},
    "heldout481": {"roles": (6, 0), "levels": (3, 0), "limits": (0, 0), "time_limits": (2, 0), "steps": (6, 9)},
    "heldout482": {"roles": (11, 15), "levels": (2, 0), "time_limits": (6, 0), "steps": (28, 21)},
    "heldout483": {"roles": (12, 8), "levels": (1, 0), "time_limits": (14, 0), "steps": (39, 11)},
    "heldout484": {"roles": (11, 5), "levels": (2, 0), "time_limits": (3, 0), "steps": (39, 12)},
    # heldout485–500: rounds 103 and 104, measured blind at 9a7f143 (74.1%) and 1f8189e (72.4%), kept as measured with the tiers read since: open from now on
    "heldout485": {"roles": (12, 13), "levels": (2, 0), "time_limits": (1, 0), "steps": (33, 33)},
    "heldout486": {"roles": (20, 14), "levels": (1, 0), "time_limits": (5, 0), "steps": (45, 31)},
    "heldout487": {"roles": (2, 0), "time_limits": (2, 0), "steps": (7, 0)},
    "heldout488": {"roles": (4, 0), "levels": (2, 0), "time_limits": (2, 0), "steps": (17, 2)},
    "heldout489": {"roles": (2, 3), "levels": (2, 0), "time_limits": (3, 0), "steps": (13, 10)},
    "heldout490": {"roles": (3, 3), "time_limits": (1, 1), "steps": (25, 19)},
    "heldout491": {"roles": (11, 3), "levels": (8, 0), "time_limits": (1, 0), "steps": (21, 2)},
    "heldout492": {"roles": (7, 2), "levels": (3, 0), "time_limits": (2, 0), "steps": (10, 0)},
    "heldout493": {"roles": (2, 3), "levels": (3, 0), "time_limits": (2, 0), "steps": (22, 1)},
    "heldout494": {"roles": (12, 2), "steps": (41, 4)},
    "heldout495": {"roles": (3, 1), "time_limits": (1, 0), "steps": (2, 2)},
    "heldout496": {"roles": (3, 2), "steps": (5, 14)},
    "heldout497": {"roles": (1, 0), "levels": (3, 0), "steps": (3, 3)},
    "heldout498": {"roles": (4, 0), "levels": (2, 0), "time_limits": (2, 7), "steps": (35, 12)},
    # (a ceiling of wrong roles one more: the Head Teacher and President complaints are addressed to, not listed)
    "heldout499": {"roles": (13, 6), "time_limits": (1, 0), "steps": (32, 7)},
    "heldout500": {"roles": (17, 9), "steps": (43, 3)},
    # heldout501–508: round 105, measured blind at 776ef5b (71.4%): open from now on
    "heldout501": {"roles": (6, 2), "levels": (2, 3), "time_limits": (2, 1), "steps": (14, 9)},
    "heldout502": {"roles": (7, 1), "time_limits": (6, 0), "steps": (29, 5)},
    "heldout503": {"roles": (7, 11), "levels": (4, 0), "time_limits": (1, 0), "steps": (9, 13)},
    "heldout504": {"roles": (23, 8), "levels": (0, 3), "time_limits": (7, 0), "steps": (32, 13)},
    "heldout505": {"roles": (4, 2), "levels": (3, 2), "limits": (3, 0), "time_limits": (8, 0), "steps": (44, 2)},
    "heldout506": {"roles": (2, 1), "time_limits": (1, 0), "steps": (17, 12)},
    "heldout507": {"roles": (5, 5), "time_limits": (2, 0), "steps": (18, 12)},
    "heldout508": {"roles": (5, 2), "levels": (0, 3), "time_limits": (4, 0), "steps": (19, 0)},
    # heldout509–516: round 106, measured blind at 277470b (73.9%): open from now on
    "heldout509": {"roles": (8, 2), "time_limits": (4, 0), "steps": (15, 6)},
    "heldout510": {"roles": (14, 6), "time_limits": (3, 0), "steps": (35, 59)},
    "heldout511": {"roles": (3, 3), "levels": (0, 2), "time_limits": (1, 2), "steps": (14, 21)},  # roles: see heldout463
    "heldout512": {"roles": (7, 4), "time_limits": (2, 0), "steps": (22, 2)},
    "heldout513": {"roles": (9, 3), "limits": (1, 2), "time_limits": (4, 1), "steps": (22, 22)},
    "heldout514": {"roles": (28, 9), "levels": (0, 2), "time_limits": (3, 1), "steps": (27, 20)},
    "heldout515": {"roles": (13, 3), "levels": (8, 0), "steps": (13, 22)},
    "heldout516": {"roles": (16, 3), "steps": (29, 24)},
    # heldout517–524: round 107, measured blind at 9f756bb (72.6%): open from now on
    "heldout517": {"roles": (2, 5), "levels": (3, 6), "time_limits": (7, 0), "steps": (15, 2)},
    "heldout518": {"roles": (15, 5), "time_limits": (5, 1), "steps": (44, 18)},
    "heldout519": {"roles": (8, 8), "time_limits": (2, 0), "steps": (35, 2)},
    "heldout520": {"roles": (17, 0), "time_limits": (4, 0), "steps": (16, 5)},
    "heldout521": {"roles": (3, 3), "levels": (1, 1), "time_limits": (2, 0), "steps": (17, 4)},
    "heldout522": {"roles": (4, 5), "time_limits": (1, 0), "steps": (12, 3)},
    "heldout523": {"roles": (6, 1), "time_limits": (8, 0), "steps": (32, 8)},
    "heldout524": {"roles": (11, 3), "time_limits": (8, 0), "steps": (31, 4)},
    # heldout525–532: round 108, measured blind at 8d99f18 (74.4%): open from now on
    "heldout525": {"roles": (22, 2), "limits": (2, 0), "time_limits": (9, 0), "steps": (53, 18)},
    "heldout526": {"roles": (16, 4), "levels": (2, 3), "time_limits": (3, 0), "steps": (18, 22)},
    "heldout527": {"roles": (18, 2), "levels": (3, 2), "time_limits": (12, 0), "steps": (11, 6)},
    "heldout528": {"roles": (11, 4), "time_limits": (2, 0), "steps": (22, 11)},
    "heldout529": {"roles": (4, 2), "time_limits": (2, 0), "steps": (5, 4)},
    "heldout530": {"roles": (6, 3), "levels": (3, 0), "time_limits": (6, 0), "steps": (35, 1)},
    "heldout531": {"roles": (6, 6), "steps": (0, 9)},
    "heldout532": {"roles": (15, 12), "time_limits": (2, 0), "steps": (43, 14)},
    # heldout533–540: round 109, measured blind at 8d99f18 (77.9%, h537-4 left out: the same template as h212-5): open from now on
    # heldout533 deadlines wrongly extracted 0 -> 2: an English level's periods to act in are its deadlines now; h533-5's
    # levels hold two its transcription keeps as criteria only
    "heldout533": {"roles": (25, 14), "levels": (3, 0), "limits": (0, 2), "time_limits": (4, 2), "steps": (44, 20)},
    "heldout534": {"roles": (3, 2), "time_limits": (3, 0), "steps": (9, 1)},
    "heldout535": {"roles": (12, 5), "steps": (10, 14)},
    "heldout536": {"roles": (8, 8), "steps": (30, 13)},
    "heldout537": {"roles": (8, 4), "levels": (2, 0), "time_limits": (5, 0), "steps": (30, 11)},
    # 加強 read as 加强: one more step the transcriber did not take (session 32)
    "heldout538": {"roles": (2, 2), "time_limits": (14, 2), "steps": (37, 34)},
    "heldout539": {"roles": (4, 7), "levels": (3, 0), "time_limits": (4, 0), "steps": (21, 1)},
    "heldout540": {"roles": (7, 3), "time_limits": (14, 0), "steps": (41, 8)},
    # heldout541–548: round 110, measured blind at 27d22c4 (70.2%): open from now on
    "heldout541": {"roles": (10, 17), "levels": (3, 0), "time_limits": (11, 0), "steps": (3, 49)},
    "heldout542": {"roles": (4, 4), "steps": (41, 6)},
    "heldout543": {"roles": (8, 5), "levels": (0, 2), "time_limits": (6, 0), "steps": (17, 0)},
    "heldout544": {"roles": (11, 4), "time_limits": (7, 0), "steps": (25, 12)},
    "heldout545": {"roles": (17, 9), "levels": (3, 0), "steps": (20, 22)},
    "heldout546": {"roles": (9, 5), "time_limits": (3, 0), "steps": (15, 6)},
    "heldout547": {"roles": (3, 3), "levels": (2, 0), "time_limits": (4, 0), "steps": (30, 16)},
    "heldout548": {"roles": (14, 11), "levels": (3, 0), "steps": (28, 9)},
    # heldout549–556: round 111, measured blind at c802aba (72.0%): open from now on
    "heldout549": {"roles": (12, 2), "time_limits": (4, 0), "steps": (45, 0)},
    "heldout550": {"roles": (17, 12), "steps": (45, 19)},
    # (a ceiling of wrong roles one more: the Captain a matter is reported to, not in the transcription)
    "heldout551": {"roles": (10, 7), "time_limits": (3, 1), "steps": (24, 11)},
    "heldout552": {"roles": (20, 6), "levels": (0, 3), "time_limits": (5, 0), "steps": (29, 11)},
    "heldout553": {"roles": (7, 3), "time_limits": (3, 3), "steps": (34, 25)},
    # a team that acts in the procedure with only its duties is a role (_acting_teams): one wrong more
    "heldout554": {"roles": (9, 4), "time_limits": (0, 1), "steps": (13, 15)},
    "heldout555": {"roles": (5, 3), "time_limits": (11, 0), "steps": (20, 20)},
    # 市场确定专人 is 专人 (a role more); the act after it is read with it, one step fewer (s33)
    "heldout556": {"roles": (13, 11), "levels": (2, 0), "limits": (0, 1), "time_limits": (2, 0), "steps": (53, 18)},
    # heldout557–564: round 112, measured blind at 2786b0f (67.0%): open from now on
    "heldout557": {"roles": (19, 7), "steps": (63, 20)},
    "heldout558": {"roles": (14, 6), "levels": (2, 3), "time_limits": (3, 0), "steps": (18, 30)},
    "heldout559": {"roles": (9, 11), "levels": (2, 0), "time_limits": (0, 3), "steps": (15, 24)},
    "heldout560": {"roles": (3, 1), "time_limits": (6, 1), "steps": (22, 23)},
    "heldout561": {"roles": (5, 0), "levels": (0, 2), "time_limits": (5, 0), "steps": (12, 28)},
    "heldout562": {"roles": (27, 9), "levels": (0, 3), "time_limits": (1, 0), "steps": (46, 1)},
    "heldout563": {"roles": (23, 11), "levels": (2, 0), "time_limits": (3, 0), "steps": (43, 21)},
    # heldout564 in session 34: a sentence giving two posts their own work is two duties, so h564-2 (whose transcription
    # has no steps) gets two more steps made from duties
    # heldout564 steps 45 -> 43: 清查各楼层有无人员(滞留) is no role any more (people trapped), and the two steps it was
    # charged with, which the transcription has, went with it
    "heldout564": {"roles": (24, 12), "levels": (2, 1), "time_limits": (5, 0), "steps": (43, 37)},
    # heldout565–572: round 113, measured blind at b9d1bb9 (72.8%): open from now on
    # 客服 alone is a post (session 35): one more role (物流分支机构客服) and 12 steps fewer extracted wrongly, the
    # steps of 物流分支机构客服's duties now read as its duties
    "heldout565": {"roles": (2, 3), "time_limits": (1, 0), "steps": (6, 6)},
    "heldout566": {"roles": (16, 8), "levels": (5, 0), "limits": (0, 2), "time_limits": (3, 0), "steps": (46, 11)},
    "heldout567": {"roles": (22, 2), "time_limits": (2, 0), "steps": (17, 23)},
    "heldout568": {"roles": (1, 3), "time_limits": (2, 0), "steps": (18, 3)},
    "heldout569": {"roles": (7, 2), "levels": (2, 1), "time_limits": (2, 0), "steps": (14, 6)},
    "heldout570": {"roles": (9, 6), "levels": (0, 3), "steps": (43, 8)},
    "heldout571": {"roles": (8, 7), "time_limits": (1, 0), "steps": (16, 21)},
    "heldout572": {"roles": (18, 5), "levels": (2, 0), "time_limits": (16, 1), "steps": (54, 8)},
    # heldout573–580: round 114, measured blind at 2444773 (74.5%): open from now on
    "heldout573": {"roles": (18, 8), "steps": (29, 17)},
    "heldout574": {"roles": (10, 8), "levels": (0, 3), "time_limits": (2, 0), "steps": (37, 1)},
    "heldout575": {"roles": (23, 17), "steps": (18, 26)},
    "heldout576": {"roles": (16, 14), "levels": (3, 0), "steps": (51, 25)},
    "heldout577": {"roles": (14, 3), "time_limits": (7, 0), "steps": (24, 27)},
    "heldout578": {"roles": (1, 1), "time_limits": (5, 16), "steps": (51, 15)},
    "heldout579": {"roles": (4, 0), "time_limits": (1, 0), "steps": (8, 11)},
    "heldout580": {"roles": (7, 5), "levels": (2, 0), "limits": (1, 0), "time_limits": (3, 0), "steps": (33, 22)},
    # heldout581–588: round 115, measured blind at 6994ad9 (75.7%): open from now on
    "heldout581": {"roles": (7, 4), "limits": (3, 0), "time_limits": (14, 0), "steps": (59, 14)},
    # heldout582 in session 34: h582-2's heading 投诉纠纷 (a kind of dispute) now heads its procedure — steps +8 and a
    # level, one step more that the transcription does not have
    # 客服 alone is a post (session 35): one more role where the transcriber left the customer-service staff out
    "heldout582": {"roles": (16, 5), "levels": (3, 0), "time_limits": (2, 0), "steps": (22, 11)},
    "heldout583": {"roles": (3, 1), "time_limits": (3, 0), "steps": (11, 2)},
    "heldout584": {"roles": (9, 8), "time_limits": (5, 0), "steps": (15, 58)},
    "heldout585": {"roles": (19, 3), "time_limits": (4, 3), "steps": (61, 4)},
    "heldout586": {"roles": (14, 9), "levels": (3, 0), "limits": (1, 0), "time_limits": (1, 1), "steps": (37, 1)},
    "heldout587": {"roles": (7, 2), "time_limits": (2, 2), "steps": (16, 18)},
    "heldout588": {"roles": (2, 5), "time_limits": (1, 1), "steps": (29, 6)},
    # heldout589–596: round 116, measured blind at b509e8f (68.7%): open from now on
    "heldout589": {"roles": (7, 0), "time_limits": (11, 1), "steps": (28, 13)},
    "heldout590": {"roles": (6, 7), "levels": (2, 0), "limits": (0, 2), "time_limits": (29, 0), "steps": (53, 35)},
    "heldout591": {"roles": (2, 7), "levels": (1, 1), "steps": (16, 12)},
    "heldout592": {"roles": (10, 1), "time_limits": (7, 0), "steps": (19, 6)},
    "heldout593": {"roles": (4, 7), "levels": (1, 0), "time_limits": (1, 0), "steps": (5, 11)},
    "heldout594": {"roles": (13, 4), "steps": (39, 1)},
    "heldout595": {"roles": (30, 16), "levels": (0, 4), "time_limits": (3, 0), "steps": (43, 1)},
    "heldout596": {"roles": (11, 3), "time_limits": (8, 0), "steps": (19, 12)},
    # heldout597–604: round 117, measured blind at 44fb24a (78.3%): open from now on
    "heldout597": {"roles": (3, 1), "time_limits": (6, 2), "steps": (8, 35)},
    "heldout598": {"roles": (18, 4), "levels": (4, 0), "time_limits": (3, 0), "steps": (20, 15)},
    "heldout599": {"roles": (8, 3), "time_limits": (2, 0), "steps": (27, 16)},
    "heldout600": {"roles": (24, 6), "time_limits": (1, 0), "steps": (32, 21)},
    "heldout601": {"roles": (33, 6), "levels": (0, 2), "time_limits": (3, 0), "steps": (67, 15)},
    "heldout602": {"roles": (20, 12), "levels": (6, 0), "steps": (43, 7)},
    "heldout603": {"roles": (16, 13), "levels": (4, 0), "time_limits": (9, 1), "steps": (31, 23)},
    "heldout604": {"roles": (21, 11), "time_limits": (5, 0), "steps": (32, 25)},
    # heldout605–612: round 118, measured blind at adebb81 (74.3%): open from now on
    "heldout605": {"roles": (14, 13), "levels": (7, 0), "time_limits": (1, 0), "steps": (18, 17)},
    "heldout606": {"roles": (12, 1), "time_limits": (2, 0), "steps": (22, 4)},
    "heldout607": {"roles": (31, 12), "levels": (5, 0), "limits": (1, 0), "time_limits": (4, 0), "steps": (22, 10)},
    "heldout608": {"roles": (8, 2), "time_limits": (5, 0), "steps": (33, 5)},
    "heldout609": {"roles": (5, 5), "time_limits": (5, 0), "steps": (23, 27)},
    "heldout610": {"roles": (2, 6), "levels": (2, 0), "time_limits": (7, 0), "steps": (22, 23)},
    "heldout611": {"roles": (11, 5), "steps": (50, 17)},
    "heldout612": {"roles": (8, 7), "levels": (0, 3), "time_limits": (5, 0), "steps": (27, 3)},
    # heldout613–620: round 119, measured blind at 1dff68f (69.5%): open from now on
    # heldout613: levels +3 after reading (四级 设置为 蓝色、黄色、橙色和红色); h613-3, cut off before any procedure and
    # transcribed with no steps, then gets 5 more steps drawn from its departments' duties
    "heldout613": {"roles": (21, 5), "levels": (3, 1), "time_limits": (1, 0), "steps": (40, 20)},
    "heldout614": {"roles": (10, 10), "levels": (0, 2), "time_limits": (2, 0), "steps": (16, 19)},
    "heldout615": {"roles": (9, 4), "levels": (2, 0), "time_limits": (8, 0), "steps": (31, 6)},
    "heldout616": {"roles": (5, 4), "steps": (2, 13)},
    # session 39: 府秘書室副主任 (a post of the 秘書室, no longer cut at 秘書) the transcriber did not list
    "heldout617": {"roles": (6, 10), "levels": (0, 3), "time_limits": (6, 0), "steps": (14, 21)},
    "heldout618": {"roles": (7, 5), "levels": (2, 1), "time_limits": (18, 2), "steps": (21, 5)},
    "heldout619": {"roles": (15, 10), "time_limits": (2, 1), "steps": (40, 20)},
    "heldout620": {"roles": (10, 6), "time_limits": (2, 0), "steps": (26, 25)},
    # heldout621–628: round 120, measured blind at ff6cc6d (320/406 = 78.8%): open from now on
    "heldout621": {"roles": (5, 1), "steps": (17, 5)},
    # heldout622: a practice, council or firm that gives itself work as "we" and names no post for it is a role (session 41)
    "heldout622": {"roles": (14, 11), "levels": (5, 2), "time_limits": (4, 0), "steps": (44, 7)},
    "heldout623": {"roles": (20, 20), "levels": (3, 1), "time_limits": (4, 0), "steps": (24, 29)},
    "heldout624": {"roles": (3, 3), "levels": (0, 4), "time_limits": (9, 0), "steps": (24, 1)},
    "heldout625": {"roles": (8, 9), "steps": (17, 3)},
    "heldout626": {"roles": (15, 3), "levels": (3, 0), "time_limits": (2, 1), "steps": (26, 1)},
    "heldout627": {"roles": (5, 8), "time_limits": (1, 0), "steps": (23, 33)},
    "heldout628": {"roles": (19, 7), "levels": (2, 1), "time_limits": (2, 0), "steps": (24, 5)},
    # heldout629–636: round 121, measured blind at f4d2fbb (291/405 = 71.9%): open from now on
    "heldout629": {"roles": (5, 1), "time_limits": (5, 0), "steps": (17, 1)},
    "heldout630": {"roles": (9, 2), "levels": (0, 2), "time_limits": (3, 0), "steps": (13, 0)},
    "heldout631": {"roles": (15, 11), "limits": (0, 1), "time_limits": (1, 0), "steps": (7, 8)},
    "heldout632": {"roles": (23, 14), "time_limits": (2, 0), "steps": (45, 10)},  # roles: see heldout463
    "heldout633": {"roles": (18, 8), "levels": (2, 0), "time_limits": (7, 1), "steps": (33, 22)},
    "heldout634": {"roles": (8, 3), "time_limits": (10, 0), "steps": (26, 12)},
    "heldout635": {"roles": (12, 6), "time_limits": (1, 0), "steps": (11, 44)},
    "heldout636": {"roles": (5, 8), "levels": (2, 0), "time_limits": (2, 0), "steps": (12, 9)},
    # heldout637–644: round 122, measured blind at 8d27124 (262/348 = 75.3%): open from now on
    "heldout637": {"roles": (5, 1), "time_limits": (6, 0), "steps": (15, 21)},
    "heldout638": {"roles": (6, 2), "time_limits": (7, 0), "steps": (13, 2)},
    "heldout639": {"roles": (5, 6), "time_limits": (3, 0), "steps": (27, 29)},
    "heldout640": {"roles": (3, 1), "time_limits": (3, 1), "steps": (11, 1)},
    "heldout641": {"roles": (7, 6), "levels": (3, 0), "time_limits": (3, 0), "steps": (23, 3)},
    "heldout642": {"roles": (18, 8), "levels": (2, 0), "time_limits": (4, 0), "steps": (39, 14)},
    "heldout643": {"roles": (3, 0), "time_limits": (3, 0), "steps": (11, 8)},
    # 加強 read as 加强: one more step the transcriber did not take (session 32)
    "heldout644": {"roles": (11, 20), "time_limits": (11, 0), "steps": (26, 32)},
    # heldout645–652: round 123, measured blind at 70c26d6 (350/546 = 64.1%): open from now on
    "heldout645": {"roles": (23, 5), "time_limits": (2, 0), "steps": (26, 23)},
    "heldout646": {"roles": (30, 14), "levels": (3, 0), "time_limits": (1, 0), "steps": (3, 29)},
    "heldout647": {"roles": (16, 8), "levels": (3, 1), "time_limits": (2, 0), "steps": (23, 13)},
    "heldout648": {"roles": (4, 2), "time_limits": (26, 3), "steps": (49, 8)},
    "heldout649": {"roles": (20, 7), "levels": (3, 0), "time_limits": (1, 0), "steps": (7, 9)},
    "heldout650": {"roles": (4, 5), "time_limits": (2, 2), "steps": (24, 10)},
    "heldout651": {"roles": (10, 1), "levels": (5, 0), "steps": (15, 4)},
    # heldout652 after reading: h652-5's levels table (Incident Level | Type of Incident and Response) gives each
    # level's response as steps (steps +14, 3 wrong more) and a role
    "heldout652": {"roles": (15, 9), "levels": (15, 0), "steps": (36, 8)},
    # heldout653–660: round 124, measured blind at 8c81cb0 (348/516 = 67.4%): open from now on
    "heldout653": {"roles": (9, 5), "levels": (0, 4), "time_limits": (4, 0), "steps": (42, 11)},
    "heldout654": {"roles": (19, 7), "levels": (5, 2), "time_limits": (7, 0), "steps": (33, 20)},
    "heldout655": {"roles": (50, 15), "steps": (11, 28)},
    "heldout656": {"roles": (4, 2), "time_limits": (4, 0), "steps": (5, 4)},
    "heldout657": {"roles": (11, 1), "levels": (2, 0), "limits": (3, 0), "time_limits": (0, 1), "steps": (29, 6)},
    "heldout658": {"roles": (6, 1), "limits": (3, 1), "time_limits": (1, 0), "steps": (23, 2)},
    "heldout659": {"roles": (6, 8), "levels": (2, 2), "time_limits": (8, 0), "steps": (26, 13)},
    "heldout660": {"roles": (28, 12), "time_limits": (0, 1), "steps": (37, 16)},
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_open_heldout_set_keeps_its_recall_and_precision(name: str):
    pairs = bench.folder_pairs(ROOT / "plans" / name, f"{name}/")
    if not pairs:
        pytest.skip(f"plans/{name} has no sources")
    found = {c: 0 for c in FLOORS[name]}
    wrong = {c: 0 for c in FLOORS[name]}
    for _, source, hand in pairs:
        data, reference = import_document(source).data, load(hand).data
        counts, right = recovery(data, reference), precision(data, reference)
        for category in FLOORS[name]:
            found[category] += counts[category][0]
            wrong[category] += right[category][1] - right[category][0]
    for category, (least, most) in FLOORS[name].items():
        assert found[category] >= least, (name, category, "recovered", found[category])
        assert wrong[category] <= most, (name, category, "extracted wrongly", wrong[category])
