"""Roles and groups: who the plan names (组长/成员 sentences, posts that act, tables of posts) and what they do."""

from __future__ import annotations

from dataclasses import replace
from plancraft.importer import recache as re
from typing import Any

from . import vocab
from .outline import ADDRESS_LEAD, PERSON_LINE, Node, Segment
from .hant import simplified
from .text import _STRIP, ITEM_NUMBER, Src, _clean, sentences


# What stands before a post the act reaches, not the post that acts: 报告保卫处, 通知客服部, 尽早向教育行政部门报告, 配合
# 工程部 (read by the subject of a duty and by the one a step is by)
REACHED_BEFORE = re.compile(r"[向给对与同跟和把将送移转]|报|通知|告知|联系|交(?!由)|请示|配合|协助")

# Who leads a working group besides its 组长 (突发事件处置组 / 负责人：苏文博): the person holding it names the role
TEAM_LEADS = ("负责人", "牵头人", "召集人")


class Organisation:
    """The role and group half of the Extractor (extract.Extractor inherits it)."""

    # -- organisation

    def _org_texts(self, node: Node, texts: list[Src], out: dict) -> None:
        self.context_title = node.title
        if _TEAM_LABEL.fullmatch(node.title) and texts and is_team_name(str(texts[0].value).strip()):
            # 第一小组：安全生产组 read as a heading and its text: the group is the one named after the number
            node = replace(node, title=str(texts[0].value).strip())
            texts = texts[1:]
        # 应急小组机构 / 领导小组组织机构及职责: the group a heading names, before the words for its make-up
        makeup = _GROUP_MAKEUP.match(node.title)
        group_title = makeup.group("g") if makeup else node.title
        group = self._group_named(group_title, ("p", node.number)) if _names_a_group(group_title, texts) else None
        # 4.1 公司应急小组 > 4.1.2 组员 > 李四、王五: the posts a heading under a group's heading gives are that group's
        # (（一）安保工作领导小组 > 1、领导小组成员：向刚 向朝兵: the group's name said again before the post is no part of it)
        seat_title = re.sub(
            rf"^.{{0,12}}?(?:{'|'.join(_COMMANDS)}|领导组)(?=(?:{'|'.join(_LEADS + _DEPUTIES + _MEMBERS)})$)", "", node.title
        )
        seats = _LEADS + _DEPUTIES + _MEMBERS + TEAM_LEADS
        enclosing = self._group_titled(node.parent) if group is None and seat_title in seats else None
        texts = _join_split_posts(texts)
        if enclosing is not None and len(texts) > 1 and names_people(str(texts[0].value)):
            # 1、领导小组成员：向刚 向朝兵 周军 / 总 指 挥：向刚 / …: the people listed first, then the posts of the group
            self._org_sentence(f"{seat_title}：{_clean(str(texts[0].value))}", texts[0].at or ("p", node.number), enclosing)
            texts = texts[1:]
            group = enclosing
        held_by = _clean(str(texts[0].value)) if enclosing is not None and len(texts) == 1 else ""
        if seat_title in TEAM_LEADS and 2 <= len(held_by) <= 20 and names_people(held_by):
            self._lead_team(enclosing, seat_title, held_by, texts[0].at or ("p", node.number))  # 行动组 > 负责人:景克诚
            return
        if 2 <= len(held_by) <= 40 and not re.search(rf"{_DUTY_VERB}(?!人)|[。；;：:]", held_by):
            # 1. 应急领导小组 > (1)组长:公司总经理, read as a heading and its text: the group's post and who holds it, as
            # the line 组长:公司总经理 would give them
            self._org_sentence(f"{seat_title}：{held_by}", texts[0].at or ("p", node.number), enclosing)
            return
        holder = None  # （二）医务科：负责…: a heading that names a post or unit holds that role's duties
        label = re.sub(r"(?:及其?|和|与)?(?:的)?(?:主要|工作|岗位)?(?:职责|分工|任务)$", "", node.title)
        if group is None and label != node.title and len(label) >= 2:
            # 组长职责 / 领导小组职责 / 客户服务部职责: a heading that names whose duties follow
            named = self._duty_owner(label, ("p", node.number))
            if named is not None:
                group = named if isinstance(named, dict) else None
                holder = named if isinstance(named, str) else None
        if (
            group is None
            and holder is None
            and node.title
            and len(node.title) <= 20
            and not _MAKEUP_HEADING.search(node.title)
            and (
                posts_in(node.title) == [node.title]
                or [u for u, _, _ in unit_spans(node.title)] == [node.title]
                or (_actor_np(node.title) == node.title and not self._outside(node.title))  # 理赔岗：负责…
            )
        ):
            holder = self._role_named(node.title, ("p", node.number))
            if enclosing is not None:
                _seat(enclosing, node.title, [holder], ("p", node.number))  # 4.1 公司应急小组 > 4.1.2 组员 > 李四、王五
        # 第一小组：安全生产组: a working group numbered, its name after the number
        team_name = _TEAM_NUMBER.sub("", node.title or "")
        team = (
            self._group_named(team_name, ("p", node.number))
            if group is None and holder is None and is_team_name(team_name)
            else None
        )
        self.last_seat = None
        self.team_named_only = None
        for index, t in enumerate(texts):
            seated, self.last_seat = self.last_seat, None
            roster_team, self.team_named_only = self.team_named_only, None
            numbered = re.match(rf"^\s*{ITEM_NUMBER}\s*(?=(?:{self._TITLES})\s*[：:])", str(t.value))
            if numbered:  # (1)组长:公司总经理: the item's number is no part of the title
                t = Src(str(t.value)[numbered.end() :], t.at)
            if seated is not None and holder is None and _roster_entry(str(t.value)):
                # 组 长:胡 兴 党委书记 / 李 通 党委副书记、镇长: the next line is the post's next holder
                role = self._role_dict(seated)
                role["holder"] = Src(f"{role['holder'].value}；{str(t.value).strip()}", role["holder"].at)
                self.last_seat = seated
                continue
            if vocab.DUTIES_LABEL.fullmatch(str(t.value).strip()) and re.search(r"[：:]$", str(t.value).strip()):
                continue  # 主要职能： / 工作要求： over the group's duties: a lead-in, no duty
            label_line = _DUTY_LABEL_LINE.fullmatch(_unspace_title(str(t.value)).strip())
            if label_line:
                # 组长主要职责： on a line of its own: the items after it are that post's duties (组长、副组长主要职责：
                # two posts of one group, the group's), until the next such line; the line names, it is no duty
                named = self._joint_owner(label_line.group("who")) or self._duty_owner(_clean(label_line.group("who")), t.at)
                holder = named if isinstance(named, str) else None
                group = named if isinstance(named, dict) else group
                continue
            lead_in = _EN_SUBJECT.match(str(t.value).strip()) if holder is None else None
            if lead_in and str(t.value).strip().endswith(":") and _en_post_subject(lead_in.group("s")):
                # The Head Nurse will ensure: over what the Head Nurse ensures: the items are that post's duties
                subject = re.sub(r"^The\s+", "", lead_in.group("s"))
                holder = self._role_named(subject, t.at)
                continue
            if holder is not None:
                role = self._role_dict(holder)
                people = _split_people(str(t.value))
                if not role.get("duties") and "holder" not in role and all(_PERSON.fullmatch(p) for p in people):
                    role["holder"] = Src("、".join(people), t.at)  # 警戒维护组组长： / 王新安: who holds the post
                    continue
                role.setdefault("duties", []).append(t)
                continue
            following = str(texts[index + 1].value) if index + 1 < len(texts) else ""
            if re.fullmatch(r"(?:成员|组员)\s*[：:]", _unspace_title(str(t.value)).strip()) and _PERSON_DUTY.match(following):
                continue  # 成员： over 林淑琴 负责…: the members are the people listed under it
            if self._blank_post_line(str(t.value), t.at, team or group):
                continue
            lead_line = re.match(
                rf"^(?P<t>{'|'.join(TEAM_LEADS)})\s*[：:]\s*(?P<who>[^，,；;。：:]{{2,30}})$", str(t.value).strip()
            )
            if team is not None and lead_line:
                self._lead_team(team, lead_line.group("t"), _clean(lead_line.group("who")), t.at)  # 负责人：苏文博(兼)
                continue
            if team is not None and re.match(rf"^(?:{self._TITLES})\s*[:：]", _unspace_title(str(t.value)).strip()):
                # 灭火行动组 > 组长:陈琦 / 成员:程熠 钟亮 负责…: the working group's posts, read as any group's
                if self._org_sentence(str(t.value), t.at, team):
                    continue
            if team is not None:  # 现场处置组：由营业部牵头，…: a working group named by a heading
                self._team_text(team, str(t.value), t.at)
                continue
            if (
                self._post_holder_line(str(t.value), t.at)
                or self._person_duty_line(str(t.value), t.at, group)
                or self._team_line(str(t.value), t.at)
                or self._labelled_duty(str(t.value), t.at)
            ):
                continue
            found = self._org_sentence(str(t.value), t.at, group)
            if found:
                self._org_rest(t, node.title)
                continue
            if self._subject_duties(str(t.value), t.at):
                continue
            if not found:
                # 灭火组：姚剑榕 曾曲 / 使用灭火器进行灭火…: the line after a team's roster is what that team does
                target = roster_team or group or (self.groups[-1] if self.groups else None)
                if target is not None:
                    target.setdefault("duties", []).append(t)
                else:
                    self._keep(t, node.title)

    def _lead_team(self, team: dict, title: str, who: str, at: tuple) -> None:
        """A working group's 负责人 (牵头人, 召集人) line: the post, held by `who`, leads the group."""
        ident = self._add_role(title, at, holder=who)
        team.setdefault("leader", Src(ident, at))

    def _org_rest(self, t: Src, heading: str | None) -> None:
        """The sentences of a paragraph that sets up a group which say something else (第三条联社纪检监察室负责…的受理。为…，
        联社成立“…小组”): a post's duty where one opens the sentence, else kept with its position, never lost."""
        rest = []
        for sentence in sentences(str(t.value)):
            if vocab.GROUP_PATTERN.search(sentence) or re.search(
                rf"(?:{self._TITLES})|成立|设立|组建|下设|设在|担任|兼任|组成", _unspace_title(sentence)
            ):
                continue  # what the group reading took: its name, posts and members (组  长：… spaced as a form sets it)
            if not self._subject_duties(sentence, t.at):
                rest.append(sentence)
        if rest:
            self._keep(Src(("。" if self.lang == "zh-CN" else " ").join(rest), t.at), heading or None)

    _LABELLED_DUTY = re.compile(
        rf"^(?:{ITEM_NUMBER}\s*)?(?P<who>[^：:，,。；;]{{2,24}}?)(?:的)?(?:主要|工作|岗位)?(?:职责|分工|任务)\s*[：:]\s*(?P<d>\S.*)$|"
        rf"^(?:{ITEM_NUMBER}\s*)?(?P<who2>[^：:，,。；;]{{2,24}}?)\s*[：:]\s*(?P<d2>(?:(?:全面|主要|具体)?(?:负责|协助|配合|主持|承担|统筹)|统一)\S.*)$|"
        r"^(?:[\dA-Za-z]{1,3}[.)]\s+)?(?P<who3>(?:The\s+)?[A-Z][\w&-]*(?:\s+(?:of|for|and|&|team|staff|officers?|managers?|handlers?|[A-Z][\w&-]*)){0,5})\s*[:–—-]\s*"
        r"(?P<d3>(?:(?:is|are)\s+)?(?i:responsible|accountable|leads?|owns?|oversees?|handles?|ensures?|investigates?|"
        r"reviews?|manages?|coordinates?|approves?|monitors?|"
        # an organisation section's imperative duties (Chair of Trustees: Lead the CMT, make final decisions…)
        r"implements?|liaises?|provides?|supports?|communicates?|maintains?|records?|reports?|assists?|receives?|logs?|"
        r"assigns?|advises?|decides?|organi[sz]es?|prepares?|escalates?|informs?|notifies?|contacts?|arranges?|chairs?|"
        r"convenes?|authori[sz]es?|acknowledges?|resolves?|triages?|assesses?|keeps?|updates?|acts?\s+as|deals?\s+with)\b.*)$"
    )

    def _labelled_duty(self, text: str, at: tuple) -> bool:
        """`组长职责：全面负责…`, `领导小组职责：…`, `客户服务部：负责…`: the duty of the role or group the label names."""
        m = self._LABELLED_DUTY.match(_unspace_title(text.strip()))  # 组 长：负责… spaced to align a list is 组长
        if not m:
            return False
        who = _clean(m.group("who") or m.group("who2") or re.sub(r"^The\s+", "", m.group("who3") or ""))
        duty = _clean(m.group("d") or m.group("d2") or m.group("d3"))
        named = self._duty_owner(who, at) if duty else None
        if named is None and duty and m.group("who3") and not self._outside(who):
            # Chair of Trustees: Lead the CMT… / Vicechair and Secretary: Implement…: under a roles heading, the title
            # before the colon names who does it, whatever words it uses; two short titles joined by "and" are two
            parts = re.split(r"\s+(?:and|&)\s+", who)
            if len(parts) == 2 and all(re.fullmatch(r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}", p) for p in parts):
                for part in parts:
                    ident = self.role_by_title.get(part) or self._add_role(part, at)
                    self._role_dict(ident).setdefault("duties", []).append(Src(duty, at))
                return True
            named = self._add_role(who, at)
        if isinstance(named, dict):
            named.setdefault("duties", []).append(Src(duty, at))
        elif named is not None:
            self._role_dict(named).setdefault("duties", []).append(Src(duty, at))
        return named is not None

    _BLANK_POST = re.compile(
        rf"^(?:{ITEM_NUMBER}\s*)?(?P<title>副总指挥|总指挥|副指挥长|指挥长|副组长|组长|组员|成员|副主任|主任)\s*[：:]\s*"
        r"(?P<who>[Xx×＊*＿_…\s]*)$"
    )

    def _blank_post_line(self, text: str, at: tuple, group: dict | None) -> bool:
        """`组长：` / `副组长：XXX` in a plan published as a form: a post of the group whose holder is left blank or
        masked; under a working group's heading, that group's post (安全生产组组长), not one 组长 for every group."""
        m = self._BLANK_POST.match(text.strip())
        if not m:
            return False
        base = m.group("title")
        target = group or (self.groups[-1] if self.groups else None)
        name = str(target["name"].value) if target is not None else ""
        own = is_team_name(name) and not name.endswith(_COMMANDS)  # 安全生产组, not 领导小组 or 指挥部
        title = f"{name}{base}" if own else base
        self.blank_posts.add(at)
        masked = m.group("who").strip()
        ident = self._add_role(title, at, holder=masked or None)
        if target is not None:
            _seat(target, base, [ident], at)
        return True

    _PHONE = re.compile(r"(?:联系)?(?:电话|手机|座机|tel|phone)\s*[:：]?\s*(?P<n>\+?[\d][\d\-－ ]{5,}\d)", re.IGNORECASE)

    def _post_holder_line(self, text: str, at: tuple) -> bool:
        """`投诉处理负责人：张三（电话：13800000000）`, `值班联系人：李四、王五`: a post and the people who hold it."""
        m = re.match(rf"^(?:{ITEM_NUMBER}\s*)?(?P<post>[\u4e00-\u9fff]{{2,16}})\s*[:：]\s*(?P<rest>\S.*)$", text.strip())
        if not m or re.fullmatch(rf"(?:{self._TITLES})", m.group("post")):
            return False  # 组长：… is read with the group's other titles
        post = m.group("post")
        if post_spans(post)[-1:] != [(post, 0, len(post))] if post_spans(post) else True:
            return False
        rest = _PHONE_AFTER_NAME.sub(" ", self._PHONE.sub("", m.group("rest")))  # 李明电话：********** (masked) too
        rest = re.sub(r"[（(]\s*[）)]|[，,；;。\s]+$", "", rest).strip(_STRIP)
        people = [p.strip() for p in re.split(r"[、，,；;]\s*|\s+", rest) if p.strip()]
        held_by_posts = bool(people) and all(
            post_spans(p)[-1:] == [(p, 0, len(p))] or unit_spans(p)[-1:] == [(p, 0, len(p))] for p in people
        )
        if held_by_posts and re.search(r"(?:人员|人|员)$", post) and not re.search(r"成员|组员", post):
            self._held_by(post, "、".join(people), at)  # 经办人员：各办公室主要负责人: the post is held by the posts named
            return True
        if not people or not all(_PERSON.fullmatch(p) for p in people):
            return False
        ident = self._add_role(post, at, holder="、".join(people))
        phone = self._PHONE.search(m.group("rest"))
        if phone:
            self._role_dict(ident)["contact"] = {"phone": Src(phone.group("n").strip(), at)}
        return True

    def _held_by(self, title: str, holder: str, at: tuple, *, named_at: tuple | None = None) -> None:
        """The post `title` held by `holder` (posts or people): the role named before with no holder gets it, else the
        post is a role of its own with that holder (named at `named_at`, where its title stands)."""
        known = self.role_by_title.get(title)
        role = next((r for r in self.roles if str(r["id"].value) == known), None) if known else None
        if role is None:
            self._add_role(title, named_at or at, holder=holder)
        elif "holder" not in role:
            role["holder"] = Src(holder, at)  # the post named before, now with its holders
            self.role_by_title.setdefault(holder, str(known))

    def _person_duty_line(self, text: str, at: tuple, group: dict | None) -> bool:
        """`林淑琴 负责商家及外联` in a group's list of members: a member, the person who is one, and what they do."""
        m = _PERSON_DUTY.match(text)
        target = group or (self.groups[-1] if self.groups else None)
        if not m or target is None or not _PERSON.fullmatch(m.group("who")):
            return False
        ident = self._add_role("成员", at, holder=m.group("who"))  # a Chinese name (_PERSON): a Chinese list
        self._role_dict(ident).setdefault("duties", []).append(Src(_clean(m.group("d")), at))
        _seat(target, "成员", [ident], at)
        return True

    _TEAM = re.compile(
        rf"^(?:{ITEM_NUMBER}\s*)?(?P<g>[\u4e00-\u9fff]{{2,12}}(?:工作组|小组|组|专班|应变队|救援队|抢险队|突击队|服务队))\s*[：:]\s*(?P<rest>\S.*)$"
    )
    _TEAM_LEAD = re.compile(r"^(?:由)?(?P<who>[^，,；;。]{2,20}?)(?:牵头|主办|负责牵头|任组长|为组长|担任组长|负责$)")
    _TEAM_MEMBERS = re.compile(r"^(?:由)?(?P<who>[^，,；;。]{2,40}?)(?:配合|参加|参与|协助|组成)$")

    def _team_line(self, text: str, at: tuple) -> bool:
        """`现场处置组：由营业部牵头，保卫部配合，负责现场秩序维护`: a working group, the unit that leads it (its
        leader), those who take part (its members) and what it does (its duties)."""
        m = self._TEAM.match(text.strip())
        if not m or re.search(rf"(?:{self._TITLES})$", m.group("g")):
            return False
        if _TEAM_LABEL.fullmatch(m.group("g")) and is_team_name(m.group("rest").strip()):
            self._group_named(m.group("rest").strip(), at)  # 第一小组：安全生产组: the group's name after its number
            return True
        if re.match(rf"\s*(?:{self._TITLES})\s*[：:]", m.group("rest")):
            # 安全领导小组:组长:刘振红副组长:董同祥 成员:…: the group's roster, its posts read as any group's
            self._org_sentence(m.group("rest"), at, self._group_named(m.group("g"), at))
            return True
        self._team_text(self._group_named(m.group("g"), at), m.group("rest"), at)
        return True

    def _team_text(self, group: dict, text: str, at: tuple) -> None:
        people = [p for p in re.split(r"[、，,；;\s]+", _clean(text)) if p]
        if len(people) >= 2 and all(_PERSON.fullmatch(p) for p in people):
            # 灭火组：姚剑榕 曾曲 杨昌杰: the team's roster, its members by name (what it does is on the next line)
            self._seat_by_name(group, "成员", people, at)
            self.team_named_only = group
            return
        if len(people) == 1 and _PERSON.fullmatch(people[0]):
            # 抢险救灾组：万代盛: the one person named is the team's, who answers for it
            self._seat_by_name(group, "负责人", people, at)
            return
        duties = []
        for clause in re.split(r"[，,；;]|。(?=\s*(?:责任人|负责人|成员|组员)\s*[:：])", text):
            clause = _clean(clause)
            lead = self._TEAM_LEAD.match(clause)
            members = self._TEAM_MEMBERS.match(clause)
            named = re.match(
                r"^(?P<t>责任人|负责人|成员|组员)\s*[:：]\s*(?P<who>[^，,；;。]{2,40}?)(?P<duty>(?<=[\u4e00-\u9fff])负责(?!人).*)?$",
                clause,
            )
            if named:
                if named.group("duty"):
                    duties.append(named.group("duty"))  # 责任人:王芳云负责家禽家畜受灾情况统计上报
                # 物资储备组：负责…。责任人:陈燕,成员:任江: who leads the working group and who is in it, by name
                self._seat_by_name(group, named.group("t"), _split_list(named.group("who")), at)
                continue
            if lead:
                ident = self._role_ref(lead.group("who"), at, create=True)
                if ident and any(str(r["id"].value) == ident for r in self.roles) and "leader" not in group:
                    group["leader"] = Src(ident, at)
                rest = _clean(clause[lead.end() :])
                if rest:
                    duties.append(rest)
            elif members:
                have = {str(x.value) for x in group.get("members", [])}
                for name in _split_list(members.group("who")):
                    ident = self._role_ref(name, at, create=True)
                    if ident and any(str(r["id"].value) == ident for r in self.roles) and ident not in have:
                        group.setdefault("members", []).append(Src(ident, at))
                        have.add(ident)
            elif clause:
                duties.append(clause)
        if duties:
            group.setdefault("duties", []).append(Src("，".join(duties), at))

    def _seat_by_name(self, group: dict, post: str, people: list[str], at: tuple) -> None:
        """A working group's post held by the people named (灭火组 + 成员 + 姚剑榕、曾曲 -> 灭火组成员, held by 姚剑榕；曾曲):
        its leader for 责任人/负责人, else among its members."""
        ident = self._add_role(str(group["name"].value) + post, at, holder="；".join(people))
        if post in ("责任人", "负责人"):
            group.setdefault("leader", Src(ident, at))
        elif ident not in {str(x.value) for x in group.get("members", [])}:
            group.setdefault("members", []).append(Src(ident, at))

    def _duty_owner(self, who: str, at: tuple) -> dict | str | None:
        """The group (its dict) or role (its id) a duty label names: a group by its name or the end of it
        (领导小组 for 投诉应急处置领导小组), a known title (组长), or a post or unit named alone."""
        if len(who) < 2:
            return None
        key = _group_key(who)
        group = next((g for g in self.groups if key and _group_key(str(g["name"].value)).endswith(key)), None)
        if group is None and who.endswith(vocab.GROUP_SUFFIXES) and not who.endswith("办公室"):
            group = self._group_named(who, at)
        if group is None and re.fullmatch(r"(?:应急)?(?:指挥|领导|处置|组织)?机构", who) and self.groups:
            group = self.groups[0]  # 指挥机构的主要职责 under a plan that set up its 指挥部: that group's duties
        if group is not None:
            return group
        ident = self.role_by_title.get(who) or self._member_named(who)
        if ident is None and (
            posts_in(who) == [who]
            or [u for u, _, _ in unit_spans(who)] == [who]
            or (re.search(r"[\u4e00-\u9fff]", who) and _actor_np(who) == who and not self._outside(who))
        ):  # 理赔岗：负责…, 客服专席职责：…: a label whose last word names a post or a unit
            ident = self._add_role(who, at)
        if ident is None or not any(str(r["id"].value) == ident for r in self.roles):
            return None
        return ident

    def _joint_owner(self, who: str) -> dict | None:
        """组长、副组长: posts of one group named together; their duties are that group's."""
        ids = [self.role_by_title.get(_clean(part)) for part in re.split(r"[、和及与]", who)]
        if len(ids) < 2 or None in ids:
            return None
        return next(
            (g for g in self.groups if {str(s.value) for s in [g.get("leader"), *(g.get("deputies") or [])] if s} & set(ids)),
            None,
        )

    def _member_named(self, post: str) -> str | None:
        """The member role a post was named as before, with 各 (网点负责人 for 成员：各网点负责人)."""
        return next(
            (
                str(r["id"].value)
                for r in self.roles
                if "holder" in r and re.sub(r"^(?:各级|各)", "", str(r["holder"].value)) == post != r["holder"].value
            ),
            None,
        )

    def _subject_duties(self, text: str, at: tuple) -> bool:
        """`消费者权益保护部是…牵头部门，负责…` / `The Complaints Manager is responsible for…` in an organisation section:
        the post or unit the sentence opens with is a role, the sentence its duty. Clauses that each open with a post
        (网点负责人负责…；大堂经理负责…；柜员应…) give each post its own clause."""
        clauses = [c for c in re.split(r"(?<=[；;])", text) if c.strip(_STRIP)] if re.search(r"[\u4e00-\u9fff]", text) else []
        if len(clauses) >= 2 and all(self._clause_subject(c) for c in clauses):
            for clause in clauses:
                self._subject_duty(clause.strip(), at)
            return True
        return self._subject_duty(text, at)

    def _duties_of_posts(self, text: str) -> list[str]:
        """A sentence cut where a clause opens with another post given its own work (…，客服部负责核实): each post's
        clause; the sentence whole when no later clause names its own post."""
        if not re.search(r"[\u4e00-\u9fff]", text):
            return [text]
        clauses = [c for c in re.split(r"(?<=[，,；;])", text.strip()) if c.strip(" ，,；;")]
        parts: list[str] = []
        for clause in clauses:
            subject = self._clause_subject(clause)
            # a post of three characters or more (组长 alone is read apart, as _subject_duty does)
            opens = (
                subject is not None
                and len(subject) >= 3
                and re.match(rf"\s*(?:由)?{re.escape(subject)}\s*(?:负责|应|须|要|承担|主管|牵头)", clause)
            )
            if parts and opens:
                parts.append(clause)
            elif parts:
                parts[-1] += clause
            else:
                parts.append(clause)
        if len(parts) < 2 or self._clause_subject(parts[0]) is None:
            return [text]  # 接到投诉后，客服部负责…: the first clause names nobody, the sentence is one duty
        return [p.strip().rstrip("，,；;") for p in parts]

    def _clause_subject(self, text: str) -> str | None:
        first = re.split(r"[，,；;。:：]", text.strip(), maxsplit=1)[0]
        return next((p for p in agent_posts(first) if 0 <= text.strip().find(p) <= 4), None)

    def _subject_duty(self, text: str, at: tuple) -> bool:
        parts = self._duties_of_posts(text)
        if len(parts) > 1:  # 大堂经理负责现场接待，客服部负责核实: each post's own clause is its duty
            return any([self._subject_duty(part, at) for part in parts])
        first = re.split(r"[，,；;。:：]", text, maxsplit=1)[0] if re.search(r"[\u4e00-\u9fff]", text) else text[:120]
        subjects = [
            p
            for p in agent_posts(first)
            # 尽早向教育行政部门报告: the one reported to, not the one who reports
            if (0 <= text.find(p) <= 4 and not REACHED_BEFORE.search(text[: text.find(p)]))
            or (not re.search(r"[\u4e00-\u9fff]", p) and text.lower().find(p.lower()) <= 4)
        ]
        m = _EN_SUBJECT.match(text.strip())
        if not subjects and m and _en_post_subject(m.group("s")):
            subjects = [re.sub(r"^The\s+", "", m.group("s"))]  # "Complaint handlers investigate…" in an organisation section
        if not subjects:
            return False
        office = _GROUP_OFFICE.fullmatch(subjects[0])
        if office:  # 领导小组下设办公室，设在…，负责…: the office of a group is a group, and this its duty
            self._group_named(office.group("g") + "办公室", at).setdefault("duties", []).append(Src(_clean(text), at))
            return True
        ident = self._role_ref(subjects[0], at, create=False) if len(subjects[0]) >= 3 else None
        if ident is None or not any(str(r["id"].value) == ident for r in self.roles):
            ident = self._member_named(subjects[0])
        if ident is None or not any(str(r["id"].value) == ident for r in self.roles):
            ident = self._add_role(subjects[0], at)
        self._role_dict(ident).setdefault("duties", []).append(Src(_clean(text), at))
        return True

    def _sec_organisation(self, node: Node, items: list[Segment], out: dict) -> None:
        self._sec_text("organisation", node, items, out)

    def _leader_if_group(self, ident: str | None) -> str | None:
        """Who acts for `ident`: a group acts through its leader (None when it names none); a role is itself."""
        group = next((g for g in self.groups if str(g["id"].value) == ident), None)
        if group is None:
            return ident
        return str(group["leader"].value) if "leader" in group else None

    def _group_named(self, name: str, at: tuple) -> dict:
        name = _clean(re.sub(r"^(?:成立|设立|组建|设置)?(?:了)?(?:我行|本行|我公司|本公司)?", "", name)) or name
        key = _group_key(name)
        for g in self.groups:
            if _group_key(str(g["name"].value)) == key:
                return g
        for g in self.groups:
            # 领导小组 / 应急领导小组 and 重大客户投诉应急领导小组: the same group, named short and in full
            old = _group_key(str(g["name"].value))
            if min(len(old), len(key)) >= 4 and (old.endswith(key) or key.endswith(old)) and "办公室" not in old + key:
                if len(name) > len(str(g["name"].value)):
                    g["name"] = Src(name, at)
                return g
        group = {"id": Src(self.ids.make(name, "group")), "name": Src(name, at)}
        self.groups.append(group)
        return group

    def _org_sentence(self, text: str, at: tuple, group: dict | None) -> bool:
        """Roles and groups from 组长/副组长/成员 sentences; True when the text said something about them."""
        found = False
        text = _SPACED_TITLE.sub(lambda m: re.sub(r"\s+", "", m.group()), text)  # 组 长：… 副 组 长：… in one paragraph
        # 成立以校长为组长，分管副校长为副组长，各处室主任为成员的投诉处理工作领导小组: the group, then its posts
        whole = re.search(rf"(?:成立|组建|设立)(?:了)?以(?P<body>.+)的(?P<name>[^，。；,;的]{{2,30}}?(?:{_GROUP_ENDS}))", text)
        if whole:
            group = self._group_named(whole.group("name"), at)
            # 以分管校领导为组长、档案馆牵头…: a 、 after a title given parts the clauses as a comma does
            body = re.sub(rf"(为(?:{self._TITLES}))、", r"\1，", whole.group("body"))
            for part in re.split(r"[，,；;]", body):
                self._member_clause(part, at, group)
            text = text[: whole.start()] + text[whole.end() :]
            found = True
        made = _GROUP_MADE_OF.search(text)
        if made and not whole:
            group = self._group_named(made.group("name"), at)
            posts = [p for p in _split_list(made.group("body")) if _ACTOR_HEAD.search(p) and not outside_body(p)]
            for ident in dict.fromkeys(self._add_role(post, at) for post in posts):
                members = group.setdefault("members", [])
                if ident not in [str(member.value) for member in members]:
                    members.append(Src(ident, at))
            how = re.match(r"^[，,]\s*(?P<d>(?!并?负责)[^。；;]{4,})", text[made.end() :])
            if how:  # …委员会，通过双月召开消保会研究消保工作: what the group does, said another way than 负责
                group.setdefault("duties", []).append(Src(_clean(how.group("d")), at))
            text = text[: made.start()] + "成立" + made.group("name") + text[made.end() :]  # its name and duty, below
            found = True
        for m in vocab.GROUP_PATTERN.finditer(text):
            name = m.group("name").strip('“”"')
            if len(name) >= 3 and not re.match(r"(?:以下|下列|如下|下述)", name):  # 成立以下工作组: those listed next
                group = self._group_named(name, at)
                found = True
                duty = re.match(r"^[，,]\s*(?:并)?(?P<d>负责[^。；;]+)", text[m.end() :])
                if duty:  # 成立投诉处理领导小组，负责组织、协调、指挥投诉处理工作: the group's duty is kept
                    group.setdefault("duties", []).append(Src(_clean(duty.group("d")), at))
        for sentence in sentences(text):
            # 应急领导小组组成人员：组长：…: the label before a list of titles is no part of the first
            sentence = re.sub(rf"^[^：:，,。]{{2,24}}[：:]\s*(?=(?:{self._TITLES})\s*[：:])", "", sentence)
            # 应急指挥部设总指挥1名，由总经理担任: the group that sets the post, then 总指挥由总经理担任
            setup = re.match(
                rf"^(?P<g>[^，,；;]{{2,30}}?)设(?:有|立)?(?=(?:{self._TITLES})[0-9一二三四五六七八九十两]*名?[，,]?\s*由)",
                sentence,
            )
            if setup:
                if setup.group("g").endswith(vocab.GROUP_SUFFIXES):
                    group = self._group_named(setup.group("g"), at)
                    found = True
                sentence = sentence[setup.end() :]
            sentence = re.sub(
                rf"(?P<t>{self._TITLES})[0-9一二三四五六七八九十两]+名[，,]?\s*(?=由)", lambda m: m.group("t"), sentence
            )
            if len(re.findall(r"(?:副组长|组长|成员|组员)[：:]", sentence)) >= 2:
                # 组长:A 副组长:B C成员:各部室人员职责:全面负责…: a list run together, each title (and the group's 职责)
                # opening a clause of its own, though nothing stands before it
                # (领导小组组长:A,领导小组副组长:B: the group's name before its title is no holder of the title before,
                # and opens the clause after a lead-in's colon: …具体负责落实:领导小组组长:A)
                sentence = re.sub(r"(?<=[^\s，,：:副])(?<!小组)(?=(?:副组长|组长|成员|组员|职责)[：:])", "，", sentence)
                sentence = re.sub(r"(?<=[：:])(?=(?:领导小组|工作小组)(?:副组长|组长|成员|组员)[：:])", "，", sentence)
            # 成员:何姗姗负责现场伤员的救护: the people named, then their charge with no comma between
            sentence = re.sub(rf"((?:{self._TITLES})\s*[：:][^，,：:负]{{2,30}}?)(?=(?:并)?负责(?!人))", r"\1，", sentence)
            # 其他班子成员为副组长、各科室主任为成员: two titles given in one clause, each to its own holder
            sentence = re.sub(
                rf"((?:为|任)(?:{self._TITLES}))、(?=[^，,、]{{1,30}}(?:为|任|担任)(?:{self._TITLES}))", r"\1，", sentence
            )
            # each clause that names a title is read alone (…任副组长，成员由A、B组成，负责…; 组长：张三  副组长：李四)
            held: list[dict] = []  # the roles (or the group) the clause before gave a post to
            for part in re.split(
                rf"[，,](?=[^，,]{{1,60}}(?:为|任|担任|：|:)|(?:{self._TITLES})\s*(?:由|为|是|包括|包含|：|:))|"
                rf"[ \t\u3000]+(?=(?:{self._TITLES})\s*[：:])",
                sentence,
            ):
                labelled = re.match(r"^\s*职责[：:]\s*(?P<d>\S.*)$", part)
                if labelled and (group or self.groups):
                    (group or self.groups[-1]).setdefault("duties", []).append(Src(_clean(labelled.group("d")), at))
                    found = True
                    continue
                taken = self._member_clause(part, at, group)
                found |= taken is not None
                if taken is not None:
                    held = taken
                elif held and (duty := _clean(part.strip(_STRIP))) and self._duty_after_post(duty):
                    # 副总指挥：由副总经理担任，协助总经理执行各项任务: what the post so held does (the group's, after
                    # its members)
                    for owner in held:
                        owner.setdefault("duties", []).append(Src(duty, at))
            m = re.search(r"(?:办公室|办公地点|办公场所)设在(?P<office>[^，。；,;]{2,20})", sentence)
            if m and (group or self.groups):
                (group or self.groups[-1])["office"] = Src(_clean(m.group("office")), at)
                found = True
            # …，由党政办主任负责日常工作 / 且日常工作由…负责: the duty of the role that post holds, when one does
            for duty in re.finditer(
                r"(?:^|[，,])\s*(?:且|并)?(?P<work>日常工作|具体工作|日常事务)?由(?P<who>[^，,。；;由]{2,20}?)"
                r"(?P<d>负责(?:[^，,。；;]{2,60})?)(?=[，,。；;]|$)",
                sentence,
            ):
                who = _clean(duty.group("who"))
                said = duty.group("d") if len(duty.group("d")) > 2 else "负责" + (duty.group("work") or "")
                if said == "负责":
                    continue
                held = next(
                    (
                        r
                        for r in self.roles
                        if str(r["title"].value) == who or ("holder" in r and str(r["holder"].value).startswith(who))
                    ),
                    None,
                )
                named = [(p, e) for p, b, e in post_spans(who) if b == 0]
                if held is None and named and _PERSON.fullmatch(who[named[0][1] :]):
                    # 日常工作由安全股股长王皎静负责: a post and its holder, named where the work is given
                    held = self._role_dict(self._add_role(named[0][0], at, holder=who[named[0][1] :]))
                if held is not None:
                    held.setdefault("duties", []).append(Src(_clean(said), at))
                    found = True
        return found

    def _duty_after_post(self, clause: str) -> bool:
        """A clause after a post and its holder that says what the post does: an act, not a place, a number or
        another title (办公地点设在…, 成员若干名)."""
        return bool(re.match(r"^(?:并)?负责\S", clause)) or (
            len(clause) >= 4
            and not re.search(rf"设在|地点|电话|(?:{self._TITLES})", clause)
            and bool(
                re.match(
                    r"^(?:并|并且|同时)?(?:负责|协助|配合|参与|主持|组织|指挥|统筹|督促|落实|承担|执行|做好|管理|处理)", clause
                )
            )
        )

    _TITLES = (
        r"副组长|组长|成员单位|成员部门|小组成员|副总指挥|总指挥|副主任委员|主任委员|副主任|主任|成员|组员|副指挥长|指挥长|副指挥|副秘书长|秘书长|"
        r"联络员|顾问|委员"
    )

    def _member_clause(self, clause: str, at: tuple, group: dict | None) -> list[dict] | None:
        """Read a clause that gives a title to a holder (组长：张三, 由行长任组长, 成员由A、B组成): the roles it set up (the
        group, for members), or None when the clause is no such clause."""
        clause = _unspace_title(clause.strip(_STRIP))
        # 各处室主任、年级组长为成员: the clause ends in the title it gives, so who comes first
        who_first = re.search(rf"(?:为|任|担任|兼任)(?:{self._TITLES})$", clause)
        # 可抽调中心办公室工作人员、公寓楼长等作为临时成员: the posts a group may draw in as its members of that kind
        drawn = re.match(
            r"^(?:根据工作需要[，,]?)?(?:可以?|必要时)?(?:抽调|邀请|吸收|增补|聘请|吸纳)(?P<who>[^，,；;。]{2,60}?)等?"
            r"(?:作为|为)(?P<kind>临时|特邀|列席)(?P<title>成员|组员|委员)$",
            clause,
        )
        if drawn:
            clause = f"{drawn.group('kind')}{drawn.group('title')}：{drawn.group('who')}"
            who_first = None
        m = (
            None
            if who_first
            else re.match(
                rf"^(?P<pre>[^，,；;:：由为]{{0,12}}?)(?P<title>{self._TITLES})\s*(?:[:：]|由|为|包括|包含)\s*(?P<who>.+?)"
                rf"(?:担任|组成|兼任)?$",
                clause,
            )
        )
        if m and re.search(r"责任人$|^(?:全面|主要|具体)?负责", re.split(r"[，,；;]", m.group("who"))[0]):
            return None  # 客服中心主任为投诉处理第一责任人，负责…: a responsibility and a duty, held by no one named here
        if not m:  # 湖南保监局局长任指挥中心总指挥: the group's name may stand between the verb and the title
            m = re.match(
                rf"^(?:由)?(?P<who>[^，。；:：]{{1,60}}?)(?:为|任|担任|兼任)(?P<of>[^，,；;。:：为任]{{0,12}}?)(?P<title>{self._TITLES})"
                rf"(?:的[^，,]*)?(?:[，,](?:并)?(?P<duty>负责.*)|[，,].*)?$",
                clause,
            )
        if not m:
            return None
        title = base = m.group("title")
        if m.groupdict().get("pre"):  # 指挥中心办公室主任由保监局办公室主任兼任: the title is the whole post
            title = m.group("pre") + title
        elif (m.groupdict().get("of") or "").endswith("办公室") and title in ("主任", "副主任"):
            title = "办公室" + title  # 营业部经理兼任办公室主任: the office's head, not a 主任 of the group
        # 指挥部由院长任总指挥: the holder is what follows 由
        who_text = re.sub(
            r"^.*(?:成立|组建)(?:了)?(?:由)?|^[^，,；;、]{0,20}?由(?=[\u4e00-\u9fff]{2})", "", m.group("who")
        ) or m.group("who")
        duty = m.groupdict().get("duty")
        # 办公室主任由党政办主任李谕同志担任，办公地点设在…: the holder ends at the verb; what follows is not a holder
        cut = re.match(r"^(?P<who>[^，,；;]+?)(?:同志)?(?:担任|兼任|组成|构成)[，,；;]\s*(?P<rest>.*)$", who_text)
        if cut:
            who_text = cut.group("who")
            if not duty and self._duty_after_post(_clean(cut.group("rest"))):  # …担任，负责… / …组成，配合…
                duty = re.sub(r"^并", "", cut.group("rest"))
        who_text = re.sub(r"(?:等)?同志$|(?<=[\u4e00-\u9fff]{2})分别$", "", _clean(who_text)) or who_text
        # 副组长：唐志元电话：********** 李春田电话：**********: a roster with phones (given or masked), the people only
        who_text = _clean(_PHONE_AFTER_NAME.sub(" ", who_text)) or who_text
        # 组长：林忠 负责指导、协调…: people's names, a space, then what the post does
        spaced = re.match(rf"^(?P<who>\S{{2,8}}(?:[ \t\u3000]+\S{{2,8}})*?)[ \t\u3000]+(?P<d>{_DUTY_VERB}\S.*)$", who_text)
        if spaced and all(_PERSON.fullmatch(x) for x in spaced.group("who").split()):
            who_text = spaced.group("who")
            duty = duty or spaced.group("d")
        # 组长：xx，火险发生时，负责立即电话报告…: the holders end where a clause of time or an act begins
        pieces = re.split(r"[，,]", who_text)
        kept = 1 + next(
            (
                i
                for i, piece in enumerate(pieces[1:])
                if re.match(rf"\s*(?:{_DUTY_VERB}|以|视|及时|立即|并)", piece)
                or re.search(r"(?:时|后|发生)$", piece.strip())
                or len(piece.strip()) > 16
            ),
            len(pieces) - 1,
        )
        if kept < len(pieces):
            who_text = "，".join(pieces[:kept])
            if not duty and any(re.match(rf"\s*(?:{_DUTY_VERB}|及时|立即)", piece) for piece in pieces[kept:]):
                duty = "，".join(pieces[kept:])
        holders = _split_people(who_text)
        if len(holders) > 1 and _roster_entry(who_text):
            holders = [who_text]  # 黄 军 党委委员、人大主席: one person and the posts they hold
        if len(holders) > 1 and (
            all(_PERSON.fullmatch(h) for h in holders)
            # 副指挥：安华、红伟、素珍: given names only, two or three characters, none a post's or a unit's
            or all(
                re.fullmatch(r"[\u4e00-\u9fff]{2,3}", h) and not _UNIT_END.search(h) and not h.endswith(vocab.POST_SUFFIXES)
                for h in holders
            )
        ):
            # 副组长：杨伟军、戴文明、王有为（常委）: people's names hold one post together; they are not posts
            holders = ["、".join(holders)]
        target = group or (self.groups[-1] if self.groups else None)
        if target is None and base in _LEADS + _DEPUTIES:
            name = (
                self.context_title
                if self.context_title.endswith(vocab.GROUP_SUFFIXES)
                else ("应急领导小组" if self.lang == "zh-CN" else "Response team")
            )
            target = self._group_named(name, at)
        ids: list[str] = []
        if duty and target is not None and base in _MEMBERS:
            # 成员由A、B组成，负责…: what follows the members is what the group does
            target.setdefault("duties", []).append(Src(_clean(duty), at))
            duty = None
        for holder in holders:
            if base in ("成员单位", "成员部门"):  # 成员单位：办公室、营业部: each unit is a member as itself
                role = self._same_post(holder) or self._add_role(holder, at)
            else:
                role = self._add_role(title, at, holder=holder)
            ids.append(role)
            if duty:
                self._role_dict(role).setdefault("duties", []).append(Src(_clean(duty), at))
        if target is not None and ids:
            _seat(target, base, ids, at)
        self.last_seat = ids[-1] if len(ids) == 1 and holders and _roster_entry(holders[0]) else None
        return [target] if target is not None and base in _MEMBERS else [self._role_dict(i) for i in ids]

    def _role_dict(self, ident: str) -> dict:
        for r in self.roles:
            if r["id"].value == ident:
                return r
        raise KeyError(ident)

    def _aliases(self) -> dict[str, str]:
        """Short names a document defines for its units (投诉管理办公室（以下简称投诉办）, Internal Dispute
        Resolution team (IDR)): short name -> full name, read once from the whole text."""
        found = getattr(self, "_alias_map", None)
        if found is None:
            found = {}
            for seg in self.segs:
                for m in _ALIAS.finditer(seg.text):
                    full = _clean(m.group("full") or m.group("efull") or "")
                    if re.search(r"[\u4e00-\u9fff]", full):
                        # the post or unit that ends right before the bracket (not 有关人员（以下简称投诉人）)
                        ends = [p for p, _, e in post_spans(full) + unit_spans(full) if e == len(full)]
                        full = ends[-1] if ends and ends[-1] not in vocab.NOT_ROLES else ""
                    short = m.group("short") or m.group("eshort")
                    if full and short and short != full and len(full) > len(short):
                        found.setdefault(short, full)
            self._alias_map = found
        return found

    def _role_named(self, title: str, at: tuple | None) -> str:
        """The id of the role `title` names: the one read before (a group's name is no role), else a new one."""
        ident = self._role_ref(title, at, create=False)
        if ident is None or not any(str(r["id"].value) == ident for r in self.roles):
            ident = self._add_role(title, at)
        return ident

    def _add_role(self, title: str, at: tuple | None, *, holder: str | None = None) -> str:
        title = _clean(title)
        if holder is not None:
            holder = re.sub(
                r"(?<=[\u4e00-\u9fff])\s*[0-9一二三四五六七八九十两]+\s*(?:人|名)$", "", holder
            )  # 班主任2 人: the post
        if holder is not None and (
            re.fullmatch(r"[由为是和及等与或的]", _clean(holder)) or re.match(r"(?:共计|合计|总计)", holder)
        ):
            holder = None  # 成员:由 (a list cut off), 共计 23 人 (a count): nobody (勇, a given name, is somebody)
        title = re.sub(r"^(?:告|至|给|到)(?=[\u4e00-\u9fff]{2,}?(?:部门|部|室|中心|处|科|办|组)$)", "", title)  # 报告|分行… split
        if not holder:
            title = _plain_title(title)  # 向客服部, 因临柜人员: the verb, preposition or conjunction is no part of the name
        title = _SHORT_NAME_NOTE.sub("", title).strip() or title  # 客服部（以下简称客服）: the short name's note
        title = self._aliases().get(title, title)  # 投诉办 is the 投诉管理办公室 the plan named in full
        if not re.search(r"[\u4e00-\u9fff]", title):
            # "Our Customer Relations team" is the Customer Relations team; the article is no part of the post
            bare = re.sub(r"^(?:our|the|your|each|every)\s+", "", title, flags=re.IGNORECASE)
            title = bare[:1].upper() + bare[1:] if bare else title
        key = f"{title}|{holder or ''}"
        if key in self.role_by_title:
            return self.role_by_title[key]
        if not holder and not re.search(r"[\u4e00-\u9fff]", title):
            same = _en_key(title)  # Heads of Service / Head of Service, A member of staff / Member of staff
            # the responsible person / the person responsible for dealing with your complaint: one post
            responsible = re.fullmatch(r"responsible (\w+)|(\w+) responsible for .*", same)
            for role in self.roles:
                other = _en_key(str(role["title"].value))
                if responsible and "holder" not in role:
                    noun = responsible.group(1) or responsible.group(2)
                    if other == f"responsible {noun}" or other.startswith(f"{noun} responsible for "):
                        self.role_by_title.setdefault(title, str(role["id"].value))
                        return str(role["id"].value)
                if "holder" not in role and other == same:
                    self.role_by_title.setdefault(title, str(role["id"].value))
                    return str(role["id"].value)
        ident = self.ids.make(
            holder
            # 组长 / 负责人 of each working group: the person names the role, the title would repeat
            if holder and title in ("成员", "组员", "副组长", "组长", *TEAM_LEADS) and "、" not in holder
            else title,
            "role",
        )
        role: dict[str, Any] = {"id": Src(ident), "title": Src(title, at)}
        if holder:
            role["holder"] = Src(holder, at)
        self._keep_role(role)
        return ident

    def _keep_role(self, role: dict[str, Any]) -> None:
        """A new role of the plan, found again by its title with its holder, its title alone, or its holder."""
        ident, title = str(role["id"].value), str(role["title"].value)
        holder = str(role["holder"].value) if "holder" in role else ""
        self.roles.append(role)
        for key in (f"{title}|{holder}", title, holder):
            if key:
                self.role_by_title.setdefault(key, ident)

    def _outside(self, name: str) -> bool:
        """A body outside the plan's organisation (roles.outside_body), judged for this plan's kind of issuer; in a
        bank's plan, a unit of a level above the plan's own (分行消费者权益保护部 in a 支行's plan) too."""
        name = re.sub(r"^(?:告|至|给|到)(?=[\u4e00-\u9fff]{3})", "", name)
        trade = re.fullmatch(r"(?:各)?(?:[\u4e00-\u9fff]{0,4}?[省市县区])?(?P<t>[\u4e00-\u9fff]{2,6}?)(?:行业|业)协会", name)
        if trade and f"{trade.group('t')}业" in self.title_text:
            return False  # 湖南保险业…应急预案: the plan of an industry has that industry's association among its members
        if outside_body(name, government=bool(_GOVERNMENT_TITLE.search(self.title_text))):
            return True
        own = next((i for i, level in reversed(list(enumerate(_BANK_LEVELS))) if level in self.title_text), None)
        return own is not None and any(name.startswith(level) for level in _BANK_LEVELS[:own])

    def _other_team(self, name: str) -> bool:
        """`name` is a working team (警戒维护组, 医疗救护组) the plan has not named as a group of its own: its posts
        are not those of the plan's group. A 小组 or 指挥部 named another way (商务投诉处理小组 for the plan's
        专项投诉处理小组) is taken for the plan's group."""
        key = _group_key(name)
        known = any(n and (key in n or n in key) for n in (_group_key(str(g["name"].value)) for g in self.groups))
        return not known and name.endswith("组") and not name.endswith("小组") and is_team_name(name)

    def _group_title(self, post: str) -> str | None:
        """`商务投诉处理小组组长`: a group's name and a title the plan already has (组长) — that role's id."""
        m = re.fullmatch(rf"(?P<g>.{{2,30}}?(?:{_GROUP_ENDS}))(?P<t>{self._TITLES})", post)
        if not m:
            return None
        if self._other_team(m.group("g")):
            return None  # 警戒维护组组长 under a 领导小组: another group's leader, not the 组长 the plan has
        ident = self.role_by_title.get(m.group("t"))
        return ident if ident is not None and any(str(r["id"].value) == ident for r in self.roles) else None

    def _role_ref(self, text: str, at: tuple | None, *, create: bool) -> str | None:
        """The id of the role (or group) `text` names, creating a role for a post phrase if asked."""
        text = _clean(text)
        for short, full in self._aliases().items():
            if short in text and full not in text:
                text = text.replace(short, full)
        post = self._group_title(text)
        if post is not None:
            return post  # 应急领导小组组长: the group's leader, not the group
        for g in self.groups:
            name = str(g["name"].value)
            if name and (name in text or text in name) and len(text) >= 2:
                return str(g["id"].value)
        best = None
        for title, ident in self.role_by_title.items():
            if "|" in title or len(title) < 2:
                continue
            # 成员：各热力站站长 is each station's head: 热力站站长 named alone is that member
            title = re.sub(r"^(?:各级|各个|各)(?=[\u4e00-\u9fff]{3})", "", title)
            if _SELF.fullmatch(title) and text != title:
                continue  # 本行辦理客戶申訴之人員 is a post of the bank's, not the bank
            if title in text and (best is None or len(title) > len(best[0])):
                team = text[: -len(title)] if text.endswith(title) and re.fullmatch(self._TITLES, title) else ""
                if team and self._other_team(team):
                    continue  # 警戒维护组组长: the leader of a working group of its own, not the plan's 组长
                best = (title, ident)
        if best and create:
            # 责任单位负责人 when 责任单位 is known: the head of a unit is another post (as in _members_and_posts)
            longer = next(
                (
                    p
                    for p in agent_posts(text)
                    if best[0] in p
                    and p != best[0]
                    and not p.endswith(best[0])
                    and not re.fullmatch(re.escape(best[0]) + "(?:工作)?人员", p)
                    and not self._outside(p)
                ),
                None,
            )
            if longer:
                return self._add_role(longer, at)
        if best:
            return best[1]
        if create:
            posts = [p for p in posts_in(text) if not self._outside(p) and not _place(p) and not _LEGAL_NAME.search(p)]
            if posts and posts[0].endswith(_COMMANDS) and len(posts[0]) >= 4:
                # 投产指挥中心 acts as a group, not a post: the group is recorded; what it does is its leader's
                # when one is named (a step's `by` must be a role), else nobody's
                group = self._group_named(posts[0], at)
                return str(group["leader"].value) if "leader" in group else None
            if posts:
                return self._group_title(posts[0]) or self._same_post(posts[0]) or self._add_role(posts[0], at)
        return None

    def _same_post(self, post: str) -> str | None:
        """The id of a role that is `post` named again: the same words, shorter or longer (营业网点负责人 /
        网点负责人 / 各网点负责人, a title or a holder). A unit's head or staff (责任单位负责人, 纪检监察室工作人员
        beside 责任单位, 纪检监察室) is another post: a plan gives them work of their own."""
        for t, ident in self.role_by_title.items():
            if "|" in t or re.search(r"[（(、]", t) or _PERSON.fullmatch(t) or _roster_entry(t):
                continue  # a holder that names people (赵六（营业部经理）, 赵刚 医务科科长) is no post
            t = re.sub(r"^(?:各级|各|全体|所有)(?=[\u4e00-\u9fff]{3})", "", t)  # 各网点负责人 names 网点负责人
            if post == t or post.replace("的", "") == t.replace("的", ""):
                return ident  # 投诉涉及相关部门 / 投诉涉及的相关部门: one unit, named with and without 的
            if min(len(post), len(t)) < 3:
                continue
            longer, shorter = (t, post) if len(t) > len(post) else (post, t)
            extra = longer[: -len(shorter)] if longer.endswith(shorter) else None
            if extra is not None and _LEVEL_PREFIX.search(extra):
                continue  # 分行消费者权益保护部 is not the 消费者权益保护部 of the plan's own level
            if extra is not None and extra.endswith("副"):
                continue  # 分管副总经理 is a deputy: not the 总经理
            head = longer[len(shorter) :] if longer.startswith(shorter) else None
            if head:
                continue  # 客服中心主任, 责任单位负责人, 纪检监察室工作人员: a unit's head or staff is another post
            if post in t or post.endswith(t) or (len(post) > 4 and post.replace("的", "") in t.replace("的", "")):
                return ident  # 涉及的相关部门 named before as 投诉涉及相关部门
        return None

    def _same_unit(self, name: str) -> str | None:
        """The id of a role that names the same unit with another generic word (客户服务团队 / 客户服务部门)."""
        stem = _UNIT_WORD.sub("", name)
        if len(stem) < 3 or stem == name:
            return None
        return next(
            (str(r["id"].value) for r in self.roles if "holder" not in r and _UNIT_WORD.sub("", str(r["title"].value)) == stem),
            None,
        )

    def _post_held_by_posts(self) -> None:
        """`1.1现场总指挥：工程部经理/当值班（…）`, `总协调：物业总经理`: a post and the posts that hold it, the label and its
        text read apart (Word's numbered labels) — one role, its holder the posts named, not a role each."""
        segs = [s for s in self.segs if not s.is_table]
        for label, body in zip(segs, segs[1:]):
            if label.family is None or body.family is not None or body.number != label.number:
                continue
            title = label.text.strip(" ：:")
            m = re.match(r"^(?P<h>[^（(，,；;。：:]{2,24}?)\s*(?:[（(]|[；;。]|$)", body.text.strip())
            if not m or not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", title) or re.match(r"负责|协助|配合|做好", m.group("h")):
                continue
            holders = [h for h in re.split(r"[/／、或]", m.group("h")) if h]
            if not holders or post_spans(holders[0])[-1:] != [(holders[0], 0, len(holders[0]))]:
                continue
            if not (post_spans(title) or re.search(r"(?:总指挥|指挥|协调|联络|组长)$", title)):
                continue
            self._held_by(title, m.group("h"), ("p", body.number), named_at=("p", label.number))

    # a chain of sign-offs (顾客签字 客服人员签字 当事医生签字 院长签字): each post that signs
    _SIGNS = re.compile(r"(?:^|(?<=[\s:：、，,；;]))(?P<post>[\u4e00-\u9fff]{2,8}?)(?=签字|签名|签批|签核|签署)")

    def _signers(self) -> None:
        """The posts a chain of two or more sign-offs names (填写《修复单》经：顾客签字 客服人员签字 当事咨询签字 …
        总经理签字确认): each a role, as a transcriber lists them; the complainant's side is none."""
        for seg in self.segs:
            if seg.is_table:
                continue
            posts = [m.group("post") for m in self._SIGNS.finditer(seg.text)]
            if len(posts) < 2:
                continue
            for post in posts:
                if posts_in(post) == [post] and not self._outside(post):
                    self._role_ref(post, ("p", seg.number), create=True)

    def _addressees(self) -> None:
        """The person a complaint is to be written to (…please make it in writing, addressed as follows: / Dr Andy
        Tindale, / …): the one who takes written complaints, a role named by that person."""
        for before, seg in zip(self.segs, self.segs[1:], strict=False):
            if before.is_table or seg.is_table or not ADDRESS_LEAD.search(before.text.strip()):
                continue
            person = PERSON_LINE.fullmatch(seg.text.strip())
            if person:
                self._add_role("Addressee of complaints", ("p", seg.number), holder=seg.text.strip().rstrip(","))

    def _organisation_everywhere(self, root: Node, out: dict) -> None:
        """Groups and leader sentences stated outside an organisation section (成立…小组, 组长:…)."""
        self._post_held_by_posts()
        self._signers()
        self._addressees()
        self._teams_elsewhere()
        self._units_assigned()
        for seg in self.segs:
            if not seg.is_table and self.lang == "en":
                self._en_makeup_within(seg.text, ("p", seg.number))
            # a paragraph kept unmapped whole (组长：张三 under a heading that maps to nothing) is still read
            if seg.is_table or (id(seg) in self.used and not self._whole_unmapped(seg)):
                continue
            text = seg.text
            if self.key_of.get(id(seg)) in (None, "organisation", "general", "annexes") and self._post_holder_line(
                text, ("p", seg.number)
            ):
                self.used.add(id(seg))
                self._drop_unmapped(seg)
                continue
            if self._en_makeup_line(text.strip(), ("p", seg.number)):
                self.used.add(id(seg))
                self._drop_unmapped(seg)
                continue
            says = (
                vocab.GROUP_PATTERN.search(text)
                or _GROUP_MADE_OF.search(text)
                or re.match(self._POST_LINE, _unspace_title(text))
                or re.search(rf"(?:为|任|担任)(?:{self._TITLES})", text)
            )
            if (
                says
                and self._org_sentence(text, ("p", seg.number), self._group_over_post_heading(seg, text))
                and len(text) < 160
                and self.key_of.get(id(seg)) in (None, "organisation", "general")
            ):
                self.used.add(id(seg))
                self._drop_unmapped(seg)
                node = self.node_of.get(id(seg))
                self._org_rest(Src(text, ("p", seg.number)), node.title if node is not None else None)

    # (一)風災、火災、爆炸災害:消防局。 — what a unit is charged with, a colon, the unit alone
    _UNIT_ASSIGNED = re.compile(
        rf"^(?:{ITEM_NUMBER}\s*)?(?:(?P<what>[^：:。；;]{{2,120}}?)\s*[：:]\s*)?"
        r"(?P<unit>[\u4e00-\u9fff]{1,10}?(?:局|处|部|室|中心|所|队|署|科|会|院|厅|府|公所))\s*[。；;]?$"
    )

    def _units_assigned(self) -> None:
        """(一)風災、震災、火災:消防局。 (二)水災、旱災:水利資源處。: a list of what each unit is charged with, two items or
        more, each ending in the unit alone: each unit a role, what it is charged with its duty (a county's division of
        work among its bureaus, which gave no role)."""
        if self.lang != "zh-CN":
            return
        found = []
        for seg in self.segs:
            m = None if seg.is_table else self._UNIT_ASSIGNED.match(seg.text.strip())
            node = self.node_of.get(id(seg))
            # (三)震災(含土壤液化):工務局。 read as a heading and its one line: the heading says what
            what = m and (m.group("what") or (node.title if node is not None and len(node.items) == 1 else None))
            # (not 主管機關: 嘉義縣消防局, a page's label, nor 组长：总带队及副总带队, a roster's post)
            if (
                m
                and what
                and not re.search(r"[，,。；;]", what)
                and not re.search(r"(?:机关|单位|机构|部门|名称|地址|地点|地区|场所|人|者|长|员)$|^本", what)
                and not re.search(r"[及和与、]|^(?:设|在|于|位于)|会议室$", m.group("unit"))
            ):
                found.append((seg, m.group("unit"), what))
        if len(found) < 2:
            return
        for seg, unit, what in found:
            at = ("p", seg.number)
            ident = self._add_role(unit, at)
            self._role_dict(ident).setdefault("duties", []).append(Src(_clean(what), at))
            if id(seg) not in self.used:
                self.used.add(id(seg))
                self._drop_unmapped(seg)

    def _teams_elsewhere(self) -> None:
        """Working groups set out where the plan assigns its tasks (二、明确任务 > 2、物资储备组：负责…。责任人:陈燕,成员:
        任江): each a group with its duty, its leader and members; the paragraph stays what else it is (a step)."""
        # 下设四个组：通讯联络组、灭火行动组、疏散引导组: groups the plan names together, each set out on its own line
        listed = {
            name
            for seg in self.segs
            if not seg.is_table
            for run in re.findall(r"[\u4e00-\u9fff]{2,12}组(?:、[\u4e00-\u9fff]{2,12}组)+", seg.text)
            for name in run.split("、")
            if is_team_name(name)
        }
        for seg in self.segs:
            if seg.is_table or self.key_of.get(id(seg)) == "organisation":
                continue
            m = self._TEAM.match(seg.text.strip())
            if m and is_team_name(m.group("g")) and (re.match(r"(?:主要)?负责", m.group("rest")) or m.group("g") in listed):
                self._team_text(self._group_named(m.group("g"), ("p", seg.number)), m.group("rest"), ("p", seg.number))
        for node in self.outline.walk():  # 1、信息宣传组: read as a heading over its text
            body = [seg for seg in node.items if not seg.is_table]
            if (
                node.key != "organisation"
                and node.title
                and is_team_name(node.title)
                and not node.children
                and body
                and re.match(r"(?:主要)?负责", body[0].text.strip())
            ):
                at = ("p", body[0].number)
                self._team_text(self._group_named(node.title, ("p", node.number)), "，".join(s.text for s in body), at)

    _POST_LINE = rf"^(?:{_TITLES})\s*[:：]"  # 组长：张三

    def _en_makeup_within(self, text: str, at: tuple) -> None:
        """A group and who sits on it, said inside a sentence (…determined by the Council's Corporate Group, on which
        serves, the Mayor, the Deputy Mayor and the Lead Member of Finance and Audit.): the group and its members; the
        sentence stays what else it is (a step)."""
        for makeup in _EN_MAKEUP_WITHIN.finditer(text):
            # members are parted by commas and by "and" before the next "the" (…Finance and Audit is one post); where
            # each is named with "the", a piece without it runs on from the one before (Planning, Transport & Environment)
            pieces = [m.strip() for m in re.split(rf",\s*|\s+and\s+(?={_EN_COUNTED})", makeup.group("m")) if m.strip()]
            members: list[str] = []
            for piece in pieces:
                if members and re.match(_EN_COUNTED, pieces[0], re.I) and not re.match(_EN_COUNTED, piece, re.I):
                    members[-1] += ", " + piece
                else:
                    members.append(piece)
            members = [_without_article(m) for m in members]
            if len(members) < 2 or not all(
                re.match(r"[A-Z]|(?:one|two|three|\d+)\s", m) and len(m.split()) <= 8 for m in members
            ):
                continue
            group = self._group_named(makeup.group("g"), at)
            _seat(group, "成员", [self._add_role(m, at) for m in members], at)

    def _en_makeup_line(self, text: str, at: tuple) -> bool:
        """`Complaints Committee – Consisting of the Chairperson, Vice – Chairperson and 1 director`: a group and its
        members; `Complaints Officer – Secretary`: a post and who holds it. True when the line was one of them."""
        makeup = _EN_MAKEUP.match(text)
        if makeup:
            group = self._group_named(makeup.group("g"), at)
            members = [_without_article(m.strip()) for m in re.split(r",\s*|\s+and\s+", makeup.group("m").rstrip("."))]
            ids = [self._add_role(m, at) for m in members if m]
            _seat(group, "成员", ids, at)
            return bool(ids)
        named = _EN_RESPONSIBLE_IS.match(text)
        if named:  # The person responsible for dealing with any complaint … is: Mrs Kathryn Shenton(, the Practice Manager)
            self._add_role(named.group("title") or named.group("only") or named.group("post"), at, holder=named.group("holder"))
            return True
        held = _EN_POST_HOLDER.match(text)
        if held and not re.search(r"\b(?:will|must|should|shall|may|can|is|are)\b", text):
            self._add_role(held.group("post"), at, holder=held.group("holder"))
            return True
        return False

    def _group_over_post_heading(self, seg: Segment, text: str) -> dict | None:
        """The group whose heading stands over a post line read as a heading (4.1 公司应急小组 > 4.1.1 组长：张三)."""
        heading = self.heading_of.get(seg.number)
        return self._group_titled(heading.parent) if heading is not None and re.match(self._POST_LINE, text) else None

    def _group_titled(self, node: Node | None) -> dict | None:
        """The group a heading names (公司应急小组, a working group: 疏散引导组; not 领导小组办公室, a department), or None."""
        title = node.title if node is not None else ""
        if node is None or not (title.endswith(vocab.GROUP_SUFFIXES) or is_team_name(title)) or title.endswith("办公室"):
            return None
        return self._group_named(title, ("p", node.number))

    _MEMBER_LIST = re.compile(
        r"(?:应该|应当|应|要|须)?(?:包括|包含|由)(?P<list>[^。；;]{2,100}?)(?:等)?(?:相关|有关)?"
        r"(?:部门|人员|单位|成员)?(?:组成|构成|参加|参与|担任)?(?:[。；;，,]|$)"
    )

    def _members_and_posts(self) -> None:
        """Members listed in a group sentence (包括A、B和C), and every post the text gives work to."""
        for seg in self.segs:
            if (
                seg.is_table
                or (self.title_text and seg.text.strip() == self.title_text)
                or _CONTENTS.search(seg.text)
                or (seg.marker and _CONTENTS_LINE.fullmatch(seg.text.strip()))
            ):
                continue  # the document's title names the plan, and its table of contents, and give nobody work
            at = ("p", seg.number)
            if at in self.blank_posts:
                continue  # 组长： in a form: the group's post, read already
            for sentence in sentences(seg.text):
                # 《…办法》（中国证券监督管理委员会令第80号）: the issuer of a law the plan cites gives nobody work
                sentence = re.sub(r"[（(][^（）()]{2,40}?(?:令|发布|印发)[^（）()]{0,20}?[号)）]\s*[）)]?", "", sentence)
                if re.search(r"小组|团队|工作组|委员会|指挥部|指挥中心", sentence):
                    m = self._MEMBER_LIST.search(sentence)
                    if m and m.group().startswith("由") and not re.search(r"(?:组成|构成|参加|参与|担任)[。；;，,]?$", m.group()):
                        m = None  # 由工作小组立即向银监部门、发起行报告: who reports to whom, no list of members
                    if m and re.search(
                        r"(?:内容|事项|信息|要素|资料|情况)(?:主要|应当?|须|一般)?[，,（(]?\s*$", sentence[: m.start()]
                    ):
                        # 报告内容包括：发生事故的时间、地点 / 报告事件情况，包括…的时间、地点 / 摸清情况（包括事件发生时间、
                        # 地点…）: what a report holds, not who is in a group
                        m = None
                    if m and "、" in m.group("list"):
                        group = next((g for g in self.groups if str(g["name"].value) in sentence), None)
                        names = [_post_name(p) for p in _split_list(m.group("list"))]
                        ids = [
                            self.role_by_title.get(p) or self._add_role(p, at)  # 成员：办公室负责人, read before
                            for p in names
                            if 2 <= len(p) <= 20
                            and p not in vocab.NOT_ROLES
                            and not p.endswith(vocab.GROUP_SUFFIXES)
                            and not self._outside(p)
                        ]
                        if group is not None:
                            have = {str(x.value) for x in group.get("members", [])}
                            group.setdefault("members", []).extend(Src(i, at) for i in ids if i not in have)
                in_org = (
                    self.key_of.get(id(seg)) or self.heading_key.get((seg.number, seg.text.rstrip("：: ")))
                ) == "organisation"
                posts = agent_posts(sentence) + [p for p in _chain_posts(sentence) if p not in agent_posts(sentence)]
                if in_org:  # in an organisation section every post named is one, but a vague one only where it acts
                    posts = [p for p in posts_in(sentence) if not _VAGUE.match(p) or p in posts]
                # Executive (of Executive Library Manager): an English post named only inside a longer one is none
                posts = [p for p in posts if not _only_inside_longer(p, posts, sentence) and not _opens_outside(p, sentence)]
                named = clause_actors(sentence)
                # "the officer who receives your complaint": the post so named, not a bare "Officer"
                posts = [
                    p for p in posts if not (_EN_GENERIC.fullmatch(p) and any(p.lower() in a.lower() != p.lower() for a in named))
                ]
                # 客户中心质检组 (a part of the unit) where the unit alone was found: the longer name is the one acting
                posts = [
                    p
                    for p in posts
                    if not any(a.startswith(p) and _UNIT_END.search(p) and _COMPOUND_TAIL.fullmatch(a[len(p) :]) for a in named)
                ]
                acting = [a for a in named if not any(a in p or p in a for p in posts) and self._same_unit(a) is None]
                posts += acting
                for post in posts:
                    if len(self.roles) >= 60:
                        return
                    if post.endswith((*_COMMANDS, "组")) and any(str(g["name"].value).endswith(post) for g in self.groups):
                        continue  # 指挥部, 信息联络组: the group named before (perhaps short) acts as that group
                    if re.fullmatch(rf"(?:应急|投诉|本|该)?(?:{'|'.join(_COMMANDS)})", post):
                        self._group_named(post, at)  # 指挥中心 acting: the plan's own command, named short
                        continue
                    office = _GROUP_OFFICE.fullmatch(post)
                    if office:  # 领导小组下设办公室: the office of a group is a group, not a post
                        self._group_named(office.group("g") + "办公室", at)
                        continue
                    if self._outside(post) or self._group_title(post) is not None or _place(post) or _LEGAL_NAME.search(post):
                        continue
                    acts = post in acting or post in clause_actors(sentence)
                    if any(
                        post in str(r["holder"].value)
                        # 成员：医务科负责人 holds a post of 医务科: the unit itself, where it acts, is another role
                        and not (acts and re.fullmatch(re.escape(post) + _UNIT_HEAD, str(r["holder"].value)))
                        for r in self.roles
                        if "holder" in r
                    ):
                        continue  # 组长：张三（行长）: the post named with a holder is that role, not another
                    if self._same_post(post) is None:
                        self._add_role(post, at)

    def _group_rows(
        self,
        seg: Segment,
        rows: list[list[str]],
        *,
        team: int,
        lead: int,
        members: int | None,
        duty: int | None,
    ) -> None:
        """A table of working groups (工作组 | 组长 | 成员 | 职责): a group a row; its leader is the post the row
        names (办公室主任) or, for a person, the group's 组长 held by that person; members likewise."""
        for index, row in enumerate(rows[1:], 2):
            at = ("t", seg.table, index)

            def cell(i: int | None, row: list[str] = row) -> str:
                return _clean(row[i]) if i is not None and i < len(row) else ""

            name = cell(team)
            if not name:
                continue
            group = self._group_named(name, at)
            if cell(lead) and "leader" not in group:
                group["leader"] = Src(self._post_or_person(cell(lead), f"{name}组长", at), at)
            if cell(members) and members not in (team, lead):
                ids = []
                people = _split_people(cell(members))
                if all(_PERSON.fullmatch(p) for p in people):
                    ids = [self._add_role(f"{name}成员", at, holder="、".join(people))]
                else:
                    ids = [self._post_or_person(p, f"{name}成员", at) for p in people if len(p) >= 2]
                have = {str(x.value) for x in group.get("members", [])}
                group.setdefault("members", []).extend(Src(i, at) for i in dict.fromkeys(ids) if i not in have)
            if cell(duty) and duty not in (team, lead, members):
                group.setdefault("duties", []).append(Src(cell(duty), at))
        self.mapped.append("organisation")

    # (组长:陈攀峰 ,成员:雷水生、张乙娇): a group's leader and members, written in one cell
    _CELL_ROSTER = re.compile(
        r"^[（(]?\s*(?:组长|队长)\s*[:：]\s*(?P<lead>[^,，;；:：（）()]+?)\s*(?:[,，;；]\s*(?:成员|组员|队员)\s*[:：]\s*"
        r"(?P<members>[^:：（）()]+?))?\s*[)）]?\s*$"
    )

    def _headless_group_rosters(self, seg: Segment, rows: list[list[str]]) -> bool:
        """A table of working groups with no header row, each row a group's name and a cell giving its leader and
        members (1)通讯联络组 | (组长:陈攀峰 ,成员:雷水生)): read as a table of groups (_group_rows). False when the
        table is not one."""
        if len(rows) < 2 or min(len(r) for r in rows) != 2:
            return False
        read = []
        for row in rows:
            name = re.sub(r"^\s*(?:\d+|[一二三四五六七八九十]+)\s*[)）、.．]\s*", "", _clean(row[0]))
            m = self._CELL_ROSTER.match(_clean(row[1]))
            if m is None or not name.endswith(("组", "队", *vocab.GROUP_SUFFIXES)):
                return False
            read.append([name, m.group("lead").strip(), (m.group("members") or "").strip()])
        self.used.add(id(seg))
        self._group_rows(seg, [["组别", "组长", "成员"], *read], team=0, lead=1, members=2, duty=None)
        return True

    def _headless_roster(self, seg: Segment, rows: list[list[str]]) -> bool:
        """A table of posts and groups with no header row (總指揮官 | - 統籌指揮… | 校長; 現場管制組 | - 成立… |
        生輔組長 訓育組長 教官): each row's first cell names a post or a group, one cell holds its duties, another who
        holds it (for a group, its members' posts). Read as such, True; False when the table is not one."""
        width = min(len(r) for r in rows)
        if len(rows) < 3 or not 2 <= width <= 4:
            return False

        def plain(cell: str) -> str:
            return re.sub(r"\s", "", simplified(cell))

        def names_one(cell: str) -> bool:
            text = plain(cell)
            found = posts_in(text)
            return 2 <= len(text) <= 12 and (is_team_name(text) or bool(found and text.startswith(found[0])))

        if sum(names_one(r[0]) for r in rows) < max(3, len(rows) - 1):
            return False
        lengths = [sum(len(r[i].strip()) for r in rows) / len(rows) for i in range(1, width)]
        duty = 1 + lengths.index(max(lengths))
        if max(lengths) < 15 or any(names_people(r[duty]) for r in rows):  # duties, not a list of who is in a group
            return False
        holders = next((i for i in range(1, width) if i != duty and lengths[i - 1] <= 20), None)
        self.used.add(id(seg))
        for index, row in enumerate(rows, 1):
            at = ("t", seg.table, index)
            name, held = _clean(row[0]), _clean(row[holders]) if holders is not None else ""
            if not name:
                continue
            if is_team_name(plain(name)):
                group = self._group_named(name, at)
                people = [p for p in re.split(r"[\s、，,]+", held) if len(p) >= 2]
                _seat(group, "成员", [self._post_or_person(p, f"{name}成员", at) for p in people], at)
                target = group
            else:
                target = self._role_dict(self._add_role(name, at, holder=held or None))
            if row[duty].strip():
                target.setdefault("duties", []).append(Src(_clean(row[duty]), at))
        self.mapped.append("organisation")
        return True

    def _post_or_person(self, text: str, title: str, at: tuple) -> str:
        """The role a cell names: a person holds `title` (张三 -> 现场处置组组长 held by 张三); a post is itself."""
        if _PERSON.fullmatch(text):
            return self._add_role(title, at, holder=text)
        return self._same_post(text) or self._add_role(text, at)

    def _role_rows(
        self,
        seg: Segment,
        rows: list[list[str]],
        *,
        post: int,
        name: int | None,
        duty: int | None,
        phone: int | None,
        mobile: int | None,
        job: int | None = None,
    ) -> None:
        """A table of posts (岗位/职务 | 姓名 | 职责 | 电话): one role a row, in the last group named. With both a
        post in the group (组内职务: 组长) and a job (职务: 行长), the role is the group's post, held by the
        person with the job in brackets (张三（行长）)."""
        group = self.groups[-1] if self.groups else None
        for index, row in enumerate(rows[1:], 2):
            at = ("t", seg.table, index)

            def cell(i: int | None, row: list[str] = row) -> str:
                return row[i].strip() if i is not None and i < len(row) else ""

            title = cell(post)
            if not title:
                continue
            holder = cell(name) or None
            if holder and cell(job) and cell(job) not in holder:
                holder = f"{holder}（{cell(job)}）"
            elif not holder and cell(job):
                holder = cell(job)
            ident = self._add_role(title, at, holder=holder)
            role = self._role_dict(ident)
            if cell(duty):
                role.setdefault("duties", []).append(Src(cell(duty), at))
            contact = {}
            if cell(phone):
                contact["phone"] = Src(cell(phone), at)
            if cell(mobile) and mobile != phone:
                contact["mobile"] = Src(cell(mobile), at)
            if contact:
                role["contact"] = contact
            if group is not None:
                _seat(group, title, [ident], at)
        self.mapped.append("organisation")


# ---------------------------------------------------------------- helpers


# A table of contents: 目录 and then three or more headings each with its page number (一、一般客诉3二、重大客诉4…).
_CONTENTS = re.compile(
    r"目\s*录(?:[^、\d]{1,12}?\d{1,3})?(?:\s*[一二三四五六七八九十0-9]{1,3}[、.．]\s*[^、\d]{2,16}?\s*\d{1,3}){3}"
)

# A line of a table of contents: a numbered heading and its page number (五、接待执法部门9; the number is the marker).
_CONTENTS_LINE = re.compile(r"[^\d，,。；;：:]{2,20}?\s*[.…·\s]*\d{1,3}")


# Words that name a level of an organisation: a unit with one of them before its name is another unit.
_LEVEL_PREFIX = re.compile(r"总行|分行|支行|省行|总公司|分公司|子公司|总部|上级|下级|省|市|县|区|集团")


# A short name defined for a unit, post or body: 投诉管理办公室（以下简称“投诉办”）, the Complaints Resolution Team (CRT),
# the Financial Ombudsman Service (FOS).
_ALIAS = re.compile(
    r"(?P<full>[\u4e00-\u9fff]{3,20})\s*[（(]\s*(?:以下)?(?:简称|统称)[：:]?\s*[“\"「]?(?P<short>[\u4e00-\u9fffA-Za-z]{2,8})[”\"」]?\s*[)）]|"
    r"(?P<efull>(?:[A-Z][\w&-]*\s+){1,5}(?:[Tt]eam|Officer|Manager|Committee|Unit|Department|Centre|Center|Ombudsman|"
    r"Service|Scheme|Authority|Commission|Regulator))\s*"
    r"\(\s*(?:the\s+)?[“\"]?(?P<eshort>[A-Z]{2,6})[”\"]?\s*\)"
)


# Names of groups that act as one body (应急指挥中心, 投诉处理领导小组): a group wherever a sentence names it.
_COMMANDS = ("指挥中心", "指挥部", "领导小组", "工作小组", "工作组", "委员会")


# The titles that lead a group, deputise and are its members.
def _seat(group: dict, title: str, ids: list[str], at: tuple) -> None:
    """The roles `ids`, given the group's title `title` (组长, 副组长, 成员 …), as its leader, deputies or members."""
    if title in _LEADS and "leader" not in group:
        group["leader"] = Src(ids[0], at)
    elif title in _DEPUTIES or title in _MEMBERS:
        # a line read twice (by its section and again where the text is read everywhere) seats no one twice
        seats = group.setdefault("deputies" if title in _DEPUTIES else "members", [])
        have = {str(x.value) for x in seats}
        seats.extend(Src(i, at) for i in dict.fromkeys(ids) if i not in have)


_LEADS = ("组长", "总指挥", "指挥长", "主任委员")
_DEPUTIES = ("副组长", "副总指挥", "副指挥长", "副指挥", "副主任委员")
_MEMBERS = ("成员", "组员", "小组成员", "委员", "成员单位", "成员部门")


# A working group named by its work (现场处置组, 综合协调组, 宣传报道组, 应急专班), not a title (组长).
# 组长主要职责： / 组长、副组长职责： alone on a line: whose duties the items after it are
_DUTY_LABEL_LINE = re.compile(
    rf"(?:{ITEM_NUMBER}\s*)?(?P<who>[^：:，,。；;]{{2,24}}?)(?:的)?(?:主要|工作|岗位)?(?:职责|分工|任务)\s*[：:]?"
)
_TEAM_LABEL = re.compile(r"第[一二三四五六七八九十\d]{1,3}(?:小组|组)")  # 第一小组: a working group's number
_TEAM_NUMBER = re.compile(rf"^{_TEAM_LABEL.pattern}\s*[：:]\s*")
_TEAM_NAME = re.compile(r"[\u4e00-\u9fff]{2,12}(?:工作组|小组|组|专班)(?<!组长)(?<!成员)")


def _names_a_group(title: str, texts: list[Src]) -> bool:
    """A heading over a group (应急领导小组). 医患沟通办公室 is a department (a role); 指挥中心办公室 / 领导小组办公室, the
    office of a group, is a group, and so is an office that lists its members (产科急救应急办公室 > 主 任：吴成璋 /
    成 员：赵淑芳 冶发录…)."""
    if not title.endswith(vocab.GROUP_SUFFIXES):
        return False
    return (
        not title.endswith("办公室")
        or bool(re.search(r"(?:小组|指挥部|指挥中心|委员会)办公室$", title))
        or any(re.match(r"(?:成员|组员)\s*[：:]", _unspace_title(str(t.value)).strip()) for t in texts)
    )


def is_team_name(title: str) -> bool:
    """`现场处置组`, `宣传报道组`, `第三小组：后勤保障组`: the name of a working group (not 组长, 成员)."""
    return bool(_TEAM_NAME.fullmatch(_TEAM_NUMBER.sub("", title or "")))


def names_people(text: str) -> bool:
    """`周志华 何卫东`, `郭小平、侯问民`: nothing but people's names, a working group's roster."""
    names = [n for n in re.split(r"[\s\u3000、，,；;]+", text.strip().rstrip("。")) if n]
    return bool(names) and all(_PERSON.fullmatch(n) for n in names)


def _en_key(title: str) -> str:
    """An English post's words without articles, each singular: `Heads of Service` -> `head of service`."""
    words = [w for w in re.findall(r"[a-z0-9]+", title.lower()) if w not in ("a", "an", "the", "our", "your")]
    return " ".join(re.sub(r"(?<=[a-z]{3})s$", "", w) for w in words)


def _join_split_posts(texts: list[Src]) -> list[Src]:
    """`组   长：` then `王文波（园长）` as the next paragraph: a form that puts each holder under its title is read as
    `组长：王文波（园长）`, the title and its holder together."""
    out: list[Src] = []
    for t in texts:
        last = _unspace_title(str(out[-1].value)).strip() if out else ""
        value = str(t.value).strip()
        if (
            re.fullmatch(rf"(?:{Organisation._TITLES})\s*[：:]", last)
            and 0 < len(value) <= 40
            and not re.search(
                r"[：:。；;]|负责|应当|^(?:[0-9一二三四五六七八九十]{1,3}[、.．]|[（(][0-9一二三四五六七八九十]{1,3}[)）])", value
            )
        ):
            out[-1] = Src(last + value, out[-1].at)
            continue
        out.append(t)
    return out


# What a post does, as a list of posts and their holders says it (组长：林忠 负责指导…, 林淑琴 负责商家及外联)
_DUTY_VERB = r"(?:全面|主要|具体)?(?:负责|协助|配合|主持|分管|主管|承担|组织|指挥|统筹)"


# Complaints Committee – Consisting of the Chairperson, …: an English group and the posts it is made of
_EN_MAKEUP = re.compile(
    r"^(?:the\s+)?(?P<g>[A-Z][\w&']*(?:\s+[\w&']+){0,4}?\s+(?:Committee|Panel|Board|Team|Group|Forum))\s*(?:[–—:-]\s*|,\s*|\s+)"
    r"(?:is\s+|will be\s+)?(?:consisting of|consists of|comprising|comprises|made up of|composed of)\s+(?P<m>[^.;]{3,160})\.?$",
    re.IGNORECASE,
)


def _without_article(name: str) -> str:
    """A post as a title: "the Chairperson" -> "Chairperson"."""
    return re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)


# A member named with an article or a count (the Mayor, one other councillor, 2 trustees)
_EN_COUNTED = r"(?:the|a|an|one|two|three|\d+)\s+"
# …the Council's Corporate Group, on which serves, the Mayor, the Deputy Mayor…: a group and its members inside a
# sentence (the possessive before the group's name is not part of it)
_EN_MAKEUP_WITHIN = re.compile(
    r"(?:\b(?:the|our|its|their)\s+|[’']s\s+)(?P<g>[A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,5}\s+(?:Committee|Panel|Board|Group|Forum))"
    r",?\s+(?:on\s+which\s+(?:serves?|sits?|sit)|which\s+(?:consists\s+of|comprises|is\s+made\s+up\s+of)|consisting\s+of|"
    r"comprising|made\s+up\s+of|composed\s+of|whose\s+members\s+are)\s*[,:]?\s+(?P<m>[^.;:()]{3,300})"
)
# The person responsible for dealing with complaints is: Mrs Kathryn Shenton, the Practice Manager: a post and its holder
_EN_RESPONSIBLE_IS = re.compile(
    r"^(?:\d{1,2}[.)]\s*)?(?P<post>(?:the|our)\s+(?:person|officer|member of staff|manager|lead)\s+responsible\s+for\s+"
    r"[^:;]{3,120}?)\s+is\s*:?\s+(?:(?P<holder>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"(?:,?\s+(?:the|our|who is (?:the|our))\s+(?P<title>[A-Za-z][\w ]{3,40}?))?|(?:the|our)\s+(?P<only>[A-Z][\w ]{3,40}?))\.?$",
    re.IGNORECASE,
)
# Complaints Officer – Secretary: a post, a dash, the post or person who holds it
_EN_POST_HOLDER = re.compile(
    r"^(?P<post>[A-Z][\w ]{2,40}?(?:Officer|Manager|Director|Head|Lead|Coordinator|Administrator|Adviser|Advisor))"
    r"\s+[–—-]\s+(?P<holder>[A-Z][\w .'’]{1,40})$"
)
# 李 通 党委副书记、镇长: a person (the name spaced out or not) and the posts they hold, in a roster
_ROSTER_ENTRY = re.compile(
    r"(?P<name>[\u4e00-\u9fff](?:[ \t\u3000]?[\u4e00-\u9fff]){1,2})[ \t\u3000]+"
    r"(?P<posts>[\u4e00-\u9fff（）()]{2,14}(?:[、，,][\u4e00-\u9fff（）()]{2,14}){0,3})"
)


def _roster_entry(text: str) -> bool:
    m = _ROSTER_ENTRY.fullmatch(text.strip())
    return bool(m and _PERSON.fullmatch(re.sub(r"\s", "", m.group("name"))) and not re.search(_DUTY_VERB, m.group("posts")))


_PERSON_DUTY = re.compile(rf"^\s*(?P<who>\S{{2,6}})[ \t\u3000]+(?P<d>{_DUTY_VERB}\S.*?)\s*$")


# A title spaced out to align a list, anywhere in a paragraph that runs the list together (组 长:A 副 组 长:B 成 员:C)
_SPACED_TITLE = re.compile(r"(?:副[ \t\u3000]*)?(?:组[ \t\u3000]+长|成[ \t\u3000]+员|组[ \t\u3000]+员)(?=[ \t\u3000]*[：:])")


def _unspace_title(text: str) -> str:
    """`组  长：欧旭东` -> `组长：欧旭东`: a short title spaced out to align a list keeps its characters together."""
    m = re.match(r"^\s*(?P<t>[\u4e00-\u9fff](?:[ \t\u3000]*[\u4e00-\u9fff]){1,5})[ \t\u3000]*(?=[:：])", text)
    if not m or not re.search(r"\s", m.group("t")):
        return text
    return re.sub(r"[ \t\u3000]+", "", m.group("t")) + text[m.end() :]


# A person's name as lists of members give it: a common surname and one or two more characters, perhaps a note in
# brackets (王有为（常委）) — not a post (行长, 各部门), which ends in a post noun or starts with 各/相关.
_SURNAMES = (
    "欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|"
    "[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛"
    "曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席"
    "卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封冀郁鞠邰竺阙晁逯桓]"
)
_PERSON = re.compile(
    rf"(?:{_SURNAMES})[\u4e00-\u9fff]{{1,2}}(?<![部室科处心办组队长员任理导委会局院所站行司务管位])"  # 金融部, 高管: units, posts
    r"(?:同志)?(?:[（(][^（）()]{1,24}[)）])?"
)


def _only_inside_longer(post: str, posts: list[str], sentence: str) -> bool:
    """An English post the sentence names only as part of a longer post it names (Executive in Executive Library
    Manager); a post named on its own too (the library manager … the Executive Library Manager) is its own."""
    if not post.isascii():
        return False
    rest = sentence
    for longer in sorted((q for q in posts if len(q) > len(post) and post.lower() in q.lower()), key=len, reverse=True):
        rest = re.sub(re.escape(longer), " ", rest, flags=re.IGNORECASE)
    return rest != sentence and not re.search(rf"\b{re.escape(post)}\b", rest, re.IGNORECASE)


def _opens_outside(post: str, sentence: str) -> bool:
    """An English post the sentence names only as the start of a body outside the organisation (Financial Services of
    the Financial Services and Pensions Ombudsman)."""
    if not post.isascii():
        return False
    rest = re.sub(
        rf"\b{re.escape(post)}(?:\s+(?:and|of|for|&|[A-Z][\w'-]*))+?\s+(?:Ombudsman|Regulator|Tribunal|Authority|Commissioner)\b",
        " ",
        sentence,
    )
    return rest != sentence and not re.search(rf"\b{re.escape(post)}\b", rest, re.IGNORECASE)


def _group_key(name: str) -> str:
    return re.sub(r"我行|本行|我公司|本公司|处理|成立|设立|应急", "", name)


def _split_people(text: str) -> list[str]:
    """`分行个人金融部、公司业务部和工会负责人，各支行行长` -> each with the shared head noun (负责人) restored."""
    out: list[str] = []
    # a note in brackets is one piece whatever it lists (夏晓军（学校副书记、体委主任）): its separators are hidden first
    masked = re.sub(r"[（(][^（）()]{1,40}[)）]", lambda m: m.group().translate(_HIDE_IN_NOTE), _clean(text))
    # 钱建华 (卫生保健)杨容: a person's note, then the next person with no 、 between them
    masked = re.sub(rf"(?<=[)）])[ \t\u3000]*(?=(?:{_SURNAMES})[\u4e00-\u9fff]{{1,2}}(?:$|[（(、，,；;]))", "、", masked)
    for chunk in re.split(r"[，,；;]", masked):
        out += [part.translate(_SHOW_IN_NOTE) for part in _split_list(chunk)]
    return out or [_clean(text)]


_HIDE_IN_NOTE = str.maketrans("、，,；;和及与", "\ue000\ue001\ue002\ue003\ue004\ue005\ue006\ue007")
_SHOW_IN_NOTE = {v: k for k, v in _HIDE_IN_NOTE.items()}


# where a list of posts breaks: 、 and the conjunctions, not the same characters inside a word (涉及, 参与, 和解)
_LIST_BREAK = re.compile(r"[、]|以及|(?<![涉普危触顾波提论企惠来])及(?![时早])|(?<![总缓平温调])和(?![解谐（(])|(?<![参给])与")


# A government office whose name joins two fields (海洋与渔业局, 住房和城乡建设局, 自然资源和规划局): the field before the
# conjunction names no unit or post of its own, and what follows it ends in the office's unit (and its head).
_OFFICE_AFTER_CONJUNCTION = re.compile(
    r"[\u4e00-\u9fff]{2,10}?(?:局|厅|委员会|委|办公室|办|科|处|部|室|中心)(?:[\u4e00-\u9fff]{0,3}?(?:局长|主任|厅长|科长|处长|部长|领导|负责人))?"
)


def _joined_names(parts: list[str], breaks: list[str]) -> list[str]:
    """The pieces a list was cut into at `breaks`, a piece cut at 和/与/及 inside an office's name put together again."""
    out = [parts[0]]
    for brk, part in zip(breaks, parts[1:]):
        left = re.sub(r"^[\u4e00-\u9fff]{0,4}?[省市县区]", "", out[-1].strip(_STRIP))
        if (
            brk in ("和", "与", "及")
            and re.fullmatch(r"[\u4e00-\u9fff]{2,4}", left)
            and not _UNIT_END.search(left)
            and not left.endswith(vocab.POST_SUFFIXES)
            and not re.search(r"(?:长|员|师|人|导|任)$", left)
            and _OFFICE_AFTER_CONJUNCTION.fullmatch(re.sub(r"[（(][^（）()]*[)）]$", "", part.strip(_STRIP)))
        ):
            out[-1] += brk + part
        else:
            out.append(part)
    return out


# The kind of units a list closes with, and the head they share (办公室、保卫部等部门主要负责人, …等部门主管领导): the
# kind is no unit of its own, and each unit listed has its own head.
_KIND_OF_UNITS = r"(?:部门|单位|科室|处室)"
_SHARED_HEAD = r"(?:主要|主管|分管)?(?:负责人|领导)"
# The last word of a unit's name in such a list (营业部, 保卫处, 市公安局, 电信分公司, 日报社, 电视台).
_LISTED_UNIT = re.compile(r"(?:部|室|中心|处|科|办|单位|所|站|队|厅|店|车间|局|委|公司|社|台|集团)$")


def _split_list(text: str) -> list[str]:
    text = _clean(text)
    # 办公室、保卫部等部门主要负责人: the kind of unit after 等 is no unit of its own; it names what the fields listed
    # before it are (质量管理、生产、采购等部门负责人: the heads of the quality, production and purchasing departments)
    kind = re.search(rf"等(?:有关|相关)?({_KIND_OF_UNITS})(?={_SHARED_HEAD}$)", text)
    text = re.sub(rf"等(?:(?:有关|相关)?{_KIND_OF_UNITS}|有关|相关)(?={_SHARED_HEAD})", "", text)
    parts = [p.strip(_STRIP) for p in _joined_names(_LIST_BREAK.split(text), _LIST_BREAK.findall(text)) if p.strip(_STRIP)]
    if not parts:
        return []
    if len(parts) > 1 and re.search(r"等(?:各|其他|其它|相关|有关)?[\u4e00-\u9fff]{2,10}$", parts[-1]):
        return [text]  # 营销副总、技术副总等各主管副总经理: the posts and their kind, named as one; not cut at 、
    if (
        len(parts) > 1
        and re.match(r"(?:主管|分管|协管)", parts[0])
        and re.search(r"的[\u4e00-\u9fff]{2,8}$", parts[-1])
        and not any(
            len(p) > 4 or re.search(r"(?:部|室|中心|处|科|办|单位|所|站|队|厅|店|车间|院|局|公司|门)$", p) for p in parts[:-1]
        )
    ):
        return [text]  # 主管环保、安全、生产和设备的副总经理: the fields one post has in charge, not posts of their own
    tail = None
    for suffix in sorted((*vocab.POST_SUFFIXES, "主要负责人", "主要领导", "主管领导", "分管领导"), key=len, reverse=True):
        if parts[-1].endswith(suffix) and len(parts[-1]) > len(suffix):
            tail = suffix
            break
    if tail and len(parts) > 1 and _LISTED_UNIT.search(parts[-1][: -len(tail)]):
        # 办公室、营业部和保卫部负责人: the units share the post named once at the end
        parts = [p + tail if _LISTED_UNIT.search(p) else p for p in parts]
    elif (
        tail
        and kind
        and len(parts) > 1
        and all(
            re.fullmatch(r"[\u4e00-\u9fff]{2,6}", f) and not _LISTED_UNIT.search(f) and not f.endswith(("院", "系"))
            for f in [*parts[:-1], parts[-1][: -len(tail)]]
        )
    ):
        # 质量管理、生产、采购、销售等部门负责人: fields of work (no unit among them), each a unit of the kind named, with
        # its own head
        parts = [f + kind.group(1) + tail for f in [*parts[:-1], parts[-1][: -len(tail)]]]
    return parts


# A reporting chain (按照“网格员、站所负责人、中心专业部室、分管领导”的流程逐级上报; 班组→车间→厂部): each post in it reports
# to the next, so each is a post of the plan.
_CHAIN = re.compile(r"逐级|层层|依次(?:上报|报告|汇报|报送)|(?:上报|报告)(?:流程|程序|顺序)")
_CHAIN_LIST = re.compile(r"(?:[\u4e00-\u9fff]{2,12}(?:、|→|—|－|->|⇒)){2,8}[\u4e00-\u9fff]{2,12}")
_CHAIN_UNIT = re.compile(r"(?:部室|部|室|科|中心|处|所|站|队|班组|车间|分行|支行|网点)$")


def _chain_posts(sentence: str) -> list[str]:
    if not _CHAIN.search(sentence):
        return []
    found = []
    for m in _CHAIN_LIST.finditer(sentence):
        for item in re.split(r"、|→|—|－|->|⇒", m.group()):
            spans = post_spans(item)
            if (spans and spans[-1][0] == item and spans[-1][1] == 0) or (_CHAIN_UNIT.search(item) and len(item) >= 3):
                if item not in vocab.NOT_ROLES and not outside_body(item):
                    found.append(item)
    return found if len(found) >= 2 else []


def _post_name(text: str) -> str:
    return vocab.ROLE_LEAD.sub("", vocab.ROLE_CUT.sub("", text)).strip(_STRIP)


# What ends no post's name though the patterns take it for a unit's or a post's last word: a part of the body or of a
# thing (头部, 底部), too few or wounded people (缺员, 伤员), a box (信箱), someone there is (有人员). (A hotline, 服务热线,
# is kept: transcribers list it as the role that takes complaints.)
_NOT_A_POST_END = re.compile(
    r"(?:头|面|腹|胸|背|腰|颈|腿|足|手|口|鼻|眼|耳|伤|局|底|顶)部$|(?:缺员|减员|超员|满员|伤员|伤病员)$|"
    r"(?:信箱|邮箱)$|^(?:如|若)?有(?:人员|员工|人)$"
)


# Two-character verbs whose second character may open a post's name as the pattern reads it (请示领导 -> 示领导).
_VERBS_ENDING_IN_POST_CHAR = {"请示", "指示", "批示", "表示", "提示", "显示", "展示", "公示", "告示", "启示"}


# What a post's or a unit's name never runs through: a space, a separator, a particle or preposition the patterns stop at.
_NAME_BREAK = re.compile(r"[\s0-9０-９由的和或及在向应将请对是为与、，。；：,;:（）()“”\"'《》—–\-/／]")


# A company's full legal name (某某物业服务有限公司): the organisation itself or another firm, not a post of the plan.
_LEGAL_NAME = re.compile(r"(?:有限|股份)(?:责任)?公司$|(?:集团|股份)有限公司$")


# Harms that befall people (殴打医务人员, 非法限制工作人员人身自由): the post after one is its object, a victim.
_HARMED = re.compile(r"(?:殴打|辱骂|谩骂|打骂|威胁|恐吓|侮辱|伤害|围攻|限制|挟持|纠缠|骚扰|攻击|推搡|袭击|打伤|刺伤)")


# A verb, preposition or passive marker of one character glued to the post after it (被值班经理, 向客服部, 交财务科):
# never the first character of a name, unless it opens a word names are made of (经理, 交通, 派出所, 对外, 被投诉…).
_LEAD_WORD = re.compile(
    r"^(?:被(?!投诉|诉|举报|访|保险|告|申请)|向|对(?!外|公|私)|把|将(?!军)|给|让|叫|从(?!业)|往|至|到(?!访)|"
    r"经(?![理办营纪济管治])|交(?![通警易])|派(?!出|驻)|请|与|令|找|送(?!达|水|货)|报(?!社|警|刊)|转(?!运)|予|使(?!馆|用)|"
    r"凭|据|随(?!行|队)|替|帮(?!扶)|陪(?!护|同|诊|练)|由|呈(?!贡))(?=[\u4e00-\u9fff]{2})"
)
# Words a clause puts before the post it names, which the patterns that find posts can take in with it (因临柜人员…,
# 听从店长, 遵照指挥部, 即市行政服务中心, 认真做好项目部…): a conjunction, an adverb, a preposition or a verb of
# doing, heeding or keeping; none begins a post's name.
_GLUED_BEFORE = re.compile(
    r"^(?:因(?![公私])|当(?![事地班值日面])|即(?![时])|则|其(?![他它])|待(?![遇])|及|并|且|而|又|也|均|都|于|"
    r"听取|听从|依靠|遵照|按照|依照|根据|通过|坚持以?|认真|做好|进行|减少|提高|防止|适用于?|离开|留有|来自|主动向?|"
    r"立即|及时|迅速|协助|配合|会同|督促|要求|确保|保证|保障(?![部组科处室队]|中心)|(?:可能)?造成|加强|抢救|实行|实施|落实|确定|明确|结合|(?:可)?抽调|"
    r"禁止|严禁|"
    r"(?:组织)?力量指挥|"
    # 五分钟内当值人员到场: the time before the post, by when it acts
    r"[0-9一二三四五六七八九十两半]+个?(?:分钟|小时|天|日|工作日|工作天|周|星期|个月|月)(?:之|以)?内|"
    r"(?:每|当)?(?:月初|月末|月底|年初|年末|年底|季末|周末|每月|每周|每日|每天|每年|每季度?))(?=[\u4e00-\u9fff]{2})"
)


def _plain_title(title: str) -> str:
    """A post's name without the words a clause glued to it: 因临柜人员 -> 临柜人员, 认真做好中冶项目部 -> 中冶项目部,
    投诉机构及 -> 投诉机构; unchanged when nothing of a name would be left."""
    while True:
        plain = _GLUED_BEFORE.sub("", title)
        plain = _LEAD_WORD.sub("", plain)
        plain = re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:及|和|与|或|、|以及)$", "", plain)
        # 警并要求保安部 (立即报警并要求保安部保护现场): the unit asked, not the acts before it
        plain = re.sub(
            r"^[\u4e00-\u9fff]{1,8}?并(?:要求|通知|责成|请)(?=[\u4e00-\u9fff]{2,10}(?:部|处|科|室|中心|队)$)", "", plain
        )
        if plain == title or len(plain) < 2:
            return title
        title = plain


# A note in brackets that gives a name's short form (（简称投诉办）, （以下统称“责任部门”）): no part of the name.
_SHORT_NAME_NOTE = re.compile(r"[（(]\s*(?:以下)?(?:简称|统称|称)[^（）()]{0,16}[）)]|^(?:以下)?(?:简称|统称)[：:]?")


def _place(name: str) -> bool:
    """A place a sentence names where a unit's last word would be (归档保存投诉处, 事发现场处): a division is named by
    its field in two characters and 处 (保卫处, 医务处, 教务处); a longer phrase before 处 is where something is."""
    # (纳税服务处, 客户服务处, 安全保卫处: a division named by a longer field is one)
    return bool(re.search(r"[\u4e00-\u9fff]{3,}处$", name)) and not re.search(
        r"(?:服务|管理|保卫|监察|监督|规划|财务|办公|行政|综合|技术|业务|信息|安全|质量|医务|护理|审计|纪检|人事|宣传|教务|"
        r"学生|后勤|总务|法规|稽查|征管|计划|科技|运营|营销|市场)处$",
        name,
    )


def _name_start(text: str, start: int, floor: int) -> int:
    """Where a name the pattern found at `start` begins: the patterns read at most a few characters before the last word,
    so a long name (事发地旅游行政管理部门, IT蓝图办公室) is found without its first characters; it goes back to the word
    that breaks it (a separator, a particle, a preposition), whatever verb that leaves in it for the cut to take off."""
    begin = start
    while begin > floor and start - begin < 12 and not _NAME_BREAK.match(text[begin - 1]):
        begin -= 1
    return begin if begin < start and (begin == floor or _NAME_BREAK.match(text[begin - 1])) else start


def post_spans(text: str) -> list[tuple[str, int, int]]:
    """(post, start, end) for each post a sentence names (专人, 客户服务部门, 大堂经理, Complaints Officer), without the
    verbs before them; English posts come after the Chinese ones."""
    found: list[tuple[str, int, int]] = []
    boundary = 0  # where the last post named ended, or the last name taken for no post (总经理意见箱)
    for m in vocab.ROLE_PATTERN.finditer(text):
        boundary = max(boundary, found[-1][2] if found else 0)
        begin = m.start("role") if m.start() < m.start("role") else _name_start(text, m.start(), boundary)
        role = text[begin : m.end("role")]
        if re.search(rf"等(?:各|相关|有关)?{_KIND_OF_UNITS}{_SHARED_HEAD}$", text[max(0, m.start() - 3) : m.end("role")]):
            continue  # 办公室、保卫部等部门主要负责人: the kind of the units listed (each their own head), no post of its own
        if begin < m.start() and re.search(rf"等{_KIND_OF_UNITS}?(?:主要)?(?:负责人|领导)$", role):
            role = m.group("role")  # 保卫部等主要负责人: the head of the units listed, no unit of its own
        post = vocab.ROLE_LEAD.sub("", vocab.ROLE_CUT.sub("", role))
        if len(post) < 2 or (len(post) == 2 and post.endswith("员") and post not in vocab.POST_SUFFIXES):
            # 投诉协调员, 信息报送员: the cut took a verb (协调, 报) that is part of the post's name
            post = vocab.ROLE_LEAD.sub("", role)
        start = m.end("role") - len(post)
        if post.startswith("急") and text[: m.start("role")].endswith("应"):
            post, start = "应" + post, start - 1  # 应急指挥中心: 应 is also a modal verb, so the pattern stopped before it
        if post.startswith(("岗", "职", "场")) and text[:start].endswith("在"):
            # 在岗工作人员, 在场人员: 在 is also a preposition, so the pattern stopped after it
            post, start = "在" + post, start - 1
        given = re.match(r".*(?:给|至)(?!予)", post)
        if given and len(post) - given.end() >= 2:
            post, start = post[given.end() :], start + given.end()  # 出示给明档负责人, 上报至客户经理: whom it reaches
        level = re.search(r"(?:各|上一|上|下|本|同)$", text[:start]) if post.startswith("级") else None
        if level:  # 各级人员, 上一级管理部门: the level word is part of the name the pattern cut
            post, start = level.group() + post, level.start()
        if (
            re.match(r"^(?:分钟|小时|名|个|位|次|户)", post) and re.search(r"[0-9一二三四五六七八九十两几多]$", text[:start])
        ) or re.search(r"任何|任一|^各级", post):
            continue  # 2名以上工作人员, 20分钟内调取…: a number, not a post; 任何人员, 各级人员: anyone, everyone
        if re.search(r"(?:几个|另一个?|另外|多个?|若干|一些|某个?)(?:部门|科室|单位|处室|人员)$", post) or re.match(
            r"(?:负责|责任)制", text[m.end("role") :]
        ):
            continue  # 几个部门, 另一部门: some unit or other; 组长负责制: a way of working, not a post
        if post.endswith("领导") and re.match(r"(?:责任|作用|职能|能力|方式|体制|机制)", text[m.end("role") :]):
            continue  # 承担领导责任, 发挥领导作用: leadership, not a post
        if re.match(r"(?:意见箱|信箱|邮箱|热线|接待日|意见簿|意见本)", text[m.end("role") :]):
            boundary = m.end("role") + 2
            continue  # 总经理意见箱, 行长信箱: a box or a line named after the post, not the post acting
        vague = re.search(r"(?<=[\u4e00-\u9fff]{2})(?:相关|有关)(?=[\u4e00-\u9fff])", post)
        if (
            vague
            and not re.search(r"(?:部|室|科|中心|处|行|公司|院|局|单位|网点|所|队|组|各)$", post[: vague.start()])
            and not outside_body(post)  # 地方有关部门: the local authorities, outside the plan
        ):
            post, start = post[vague.start() :], start + vague.start()  # 调查核实相关人员: what is done, then a vague post
        if re.search(r"(?:所有|全体)$", text[:start]) and (
            re.fullmatch(r"人员|员工|职工|教职工|教职员工|干部职工|干部|同志|同仁|人", post)
            or re.match(rf"(?:和|及|、|都|均|应当?|须|要|必须)*{_RULE_FOR_ALL}", text[m.end("role") :])
        ):
            # 全体员工, 所有医务人员应熟悉本制度: everyone, or a rule for all, no post's work (所有接待人员均应接受…: the
            # receptionists, a post given work)
            continue
        if (text[:start].endswith("对") and post.startswith("接")) or (
            post.endswith("人员")
            and re.match(r"(?:情况|状况|名单|信息|数量|伤亡|去向|密集|聚集|拥挤|众多|较多|流动|流量)", text[m.end("role") :])
        ):
            continue  # 对接上级部门: a verb (to liaise with), no post; 统计人员情况: the people counted, not a post
        if re.search(r"(?:^|无需|不需|需要|需)跨", post) or re.match(
            r"(?:的)?(?:生命|人身|身体|健康|合法权益|权益|财产)", text[m.end("role") :]
        ):
            continue  # (无需)跨部门协调: across units, no post; 保障教师生命健康: the people kept safe, not a post given work
        if _NOT_A_POST_END.search(post) or (
            post.endswith(("人员", "员工")) and re.match(r"(?:风险|伤害|受伤|隐患|滞留|被困)", text[m.end("role") :])
        ):
            continue  # 包裹头部, 发现缺员, 救治伤员; 演职人员风险, 有人员滞留: a thing, or the people it befalls
        if _suo_opens_word(post, text[start:]):
            continue
        if re.search(_HARMED.pattern + "$", text[max(0, start - 8) : start]) or _HARMED.search(post):
            continue  # 殴打医务人员, 辱骂工作人员: the people a harm befalls, no post given work
        if re.match(r"所(?!在|属|有|长)", post) or (text[:start].endswith("所") and not text[:start].endswith(("所在", "场所"))):
            continue  # 提供所投诉人员的姓名: the staff a complaint is about (所 + verb), not who acts
        if post.startswith("者") and text[:start].endswith("或"):
            post, start = post[1:], start + 1  # 法定代表人或者主要负责人: 或者 is one word
        if re.search(r"(?:是|作为)[^，,。；;是]{0,30}的$", text[:start]):
            continue  # 投诉管理办公室是医院投诉管理的职能部门: what a unit is, not another post
        if _SUO_BEFORE_VERB.search(post):
            continue  # 客户所反映的问题: 所 before a verb, not a unit's last word
        if post in ("总指挥", "指挥") and re.match(r"(?:和|与|及|、)(?:决策|协调|调度|指导|部署)", text[m.end("role") :]):
            continue  # 负责应急工作的总指挥和决策: the work of commanding, beside the deciding, not a post
        if start > 0 and text[start - 1 : start + 1] in _VERBS_ENDING_IN_POST_CHAR:
            post, start = post[1:], start + 1  # 请示领导: 示 closes the verb, it opens no post
        if re.search(r"(?:^|[（(，,、])\s*(?:例如|比如|诸如|譬如|如)$", text[:start]) or re.match(
            r"^(?:例如|比如|诸如|如)(?=[\u4e00-\u9fff]{2})", post
        ):
            continue  # （如工作人员态度差…）: an example of a complaint, not a post
        designated = re.search(
            r"(?:^|[，,；;。：:])\s*(?P<u>(?:各|每个)?[\u4e00-\u9fff]{1,8}?(?:科室|部门|单位|网点|处室|中心|部|科|室))"
            r"(?:应|要|须)?(?:设立|指定|安排|确定|明确|配备)(?:一名|1名|专门的?)?$",
            text[:start],
        )
        if post == "专人" and designated:
            post, start = designated.group("u") + post, designated.start("u")  # 各科室设立专人: each unit's own person
        relative = (
            re.search(
                r"(?P<r>(?:首次|最先|直接|具体)?(?:涉及|负责|接到|收到|受理|处理|有处理|被|主管|分管|承办|发生|办理|接待|接收|"
                r"管辖|对应|所在)[^，,；;。：:、由向给至的]{0,10}的)$",
                text[:start],
            )
            if re.fullmatch(r"(?:其他|其它|相关|有关)?(?:部门|单位|科室|处室|人员|工作人员|领导|负责人)", post)
            else None
        )
        if relative and not _NOT_ACTOR_NP.search(relative.group("r")[:-1]):
            post, start = relative.group("r") + post, relative.start("r")  # 涉及到的部门, 有处理的部门: named by what it did
            found.append((post, start, m.end("role")))  # 接到投诉的其他部门: the others the clause picks out, not a vague word
            continue
        if (
            len(post) >= 2
            and post not in vocab.NOT_ROLES
            and not vocab.VAGUE_POST.search(post)
            and not re.search(r"(?:多个|几个|多|涉及|其他|其它)$", text[:start])
        ):
            found.append((post, start, m.end("role")))  # 涉及多个科室: a mention, not a post of the plan
    found = _compounds(found)
    for m in vocab.EN_ROLE_PATTERN.finditer(text):
        post = re.sub(r"^(?:the|The|Your|Our|Their|An?)\s+", "", m.group("role")).strip()
        if len(post.split()) >= 2:  # "The Executive (Summary)", "The Team", "Your team": one word alone names no post
            found.append((post, m.end("role") - len(post), m.end("role")))
    return found


# Verbs that may stand before a unit's name; a unit's own name keeps words such as 保护, 管理 (消费者权益保护部).
_UNIT_CUT = re.compile(
    r".*(?:经由|交由|移交|转交|提交|上报|报告|报送|通知|联系|会同|会办(?!公)|协助|配合|督促|指导|告知|抄送|送交|请示|"
    r"简称|统称|设立|成立|组建|设置|包括|通过|根据|依据|按照|参照|报(?![送告社刊纸])|属于|责成|批转|询问|泄露|反馈|对接|追究|按(?=[\u4e00-\u9fff]{3})|推动|推进|促进|履行|接受|确保|保证|(?<![移转提])交(?![通流易换付纳叉界接警办由给])|(?<![已曾])经(?![理营费济验常办过历纪手由]))"
)
# The office of a group (领导小组办公室, 领导小组下设办公室, 指挥部办公室): a group, not a post.
_GROUP_ENDS = "领导小组|工作小组|工作组|小组|指挥部|指挥中心|委员会"
# 成立由行长、副行长和各部门负责人组成的投诉处理领导小组: the group, its members the posts named
_GROUP_MADE_OF = re.compile(
    rf"(?:成立|组建|设立)(?:了)?(?:一个)?由(?P<body>[^。；;：:]{{2,80}}?)(?:共同)?(?:组成|构成)的"
    rf"(?P<name>[^，。；,;的]{{2,30}}?(?:{_GROUP_ENDS}))"
)
# 应急小组机构, 领导小组组织机构及职责: a group's name, then words for how it is made up
_GROUP_MAKEUP = re.compile(
    rf"^(?P<g>.{{2,30}}?(?:{_GROUP_ENDS}))(?:组织)?(?:机构|组成|构成)(?:设置)?(?:及(?:其)?(?:主要)?职责)?$"
)
# 应急指挥机构及成员单位, 组织机构: a heading about how the organisation is made up, not a unit whose duties follow
_MAKEUP_HEADING = re.compile(r"(?:组织|指挥|领导|应急|管理)机构|机构(?:及|和|与|设置)|成员单位")
_GROUP_OFFICE = re.compile(rf"(?P<g>.{{0,30}}?(?:{_GROUP_ENDS}))(?:下设|之下的?)?办公室")


# 客户所反映的问题, 交通事故等所造成的, 您所投诉的: 所 after a person, a pronoun or a clause is the particle before a
# verb, not a unit's last word (派出所, 供电所, 本所 are units)
_SUO_BEFORE_VERB = re.compile(
    r"(?:客户|客戶|顾客|顧客|用户|用戶|消费者|消費者|患者|群众|群眾|员工|員工|您|你|我|我们|我們|他|她|他们|他們|本人|其|"
    r"等|时|時|即|失误|失誤|导致|導致|造成)所$"
)


def unit_spans(text: str) -> list[tuple[str, int, int]]:
    """(unit, start, end) for each unit named by its ending (护理部, 业务质量管理科) that no post already covers."""
    posts = post_spans(text)
    found: list[tuple[str, int, int]] = []
    for m in vocab.UNIT_PATTERN.finditer(text):
        unit = vocab.ROLE_LEAD.sub("", _UNIT_CUT.sub("", m.group("role")))
        start, end = m.end("role") - len(unit), m.end("role")
        if unit.startswith("者") and text[:start].endswith("或"):
            unit, start = unit[1:], start + 1  # 生产部或者采购部: 或者 is one word
        if unit.startswith("急") and text[:start].endswith("应"):
            unit, start = "应" + unit, start - 1  # 应急值班室: 应 is also a modal verb, so the pattern stopped before it
        if (
            len(unit) < 3
            or unit in vocab.NOT_UNITS
            or unit in vocab.NOT_ROLES
            and unit != "办公室"
            or any(s < end and start < e for _, s, e in posts)
            or re.match(r"^(?:相关|有关|其他|其它|各|该|本|此|上述)", unit)
            or re.search(r"各(?:处室|科室|部门|中心|处|科|部|室)$", unit)
            # 周口供电公司: a company named with its place is the organisation itself or another, not a unit of the plan
            or (unit.endswith("公司") and len(unit) > 4)
            or re.search(r"负责(?!人)[\u4e00-\u9fff]", unit)  # 市场部负责协调专业公司: a clause, not one unit's name
            or _SUO_BEFORE_VERB.search(unit)
            or _NOT_A_POST_END.search(unit)
            or _suo_opens_word(unit, text[start:])
        ):
            continue
        found.append((unit, start, end))
    return _compounds(found)


# The last word of a unit's name: a name right after it names a part of that unit (物业服务中心工程部, 业务部门合规专员).
_UNIT_END = re.compile(r"(?:中心|部门|部|处|科|室|所|站|队|组|公司|分行|支行|网点|局|办)$")


def _compounds(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Names that follow each other with nothing between, the first a unit, as one name: 营业中心综合组 is the general
    office of the business centre, not the centre and an office."""
    out: list[tuple[str, int, int]] = []
    for name, start, end in spans:
        if out and out[-1][2] == start and _UNIT_END.search(out[-1][0]):
            first = out.pop()
            name, start = first[0] + name, first[1]
        out.append((name, start, end))
    return out


def posts_in(text: str) -> list[str]:
    """Posts a sentence names, each once, in the order found (units by their ending only where they act)."""
    found: list[str] = []
    for post, _, _ in post_spans(text):
        if post not in found:
            found.append(post)
    for unit in _agents(text, unit_spans(text)):
        if unit not in found:
            found.append(unit)
    return found


def _suo_opens_word(name: str, text: str) -> bool:
    """涉及的所有车辆, 随心所欲: the 所 a name ends with opens a word (所有, 所欲), it ends no unit."""
    return name.endswith("所") and bool(re.search(re.escape(name) + r"[有欲以谓述]", text))


# Where a post stands as the one who acts: at the start of a clause or after 由/交由/指定 (由护理部处理), and
# followed by what it does (应…, 负责…, 处理); or followed by a word that makes it the actor (应, 负责, 立即)
# wherever it stands. A list of posts (医患关系办公室、纪检监察室受理…) is read as one subject.
_AGENT_BEFORE = re.compile(
    r"(?:^|[，,；;。：:（(]|(?:^|[，,；;。：:])\s*(?:并|且|同时|再|然后|首先|其次|最后|凡|请))\s*"
    r"(?:应当?|须|要|均)?(?:由|交由|并由|统一由|交给|转交|移交|指定|责成|授权|安排|督促|要求|确定)?\s*"
    r"(?:各|各级|全体|所有|本行|我行|本公司|我公司|本院|我院|本单位)?\s*[0-9A-Za-z]*\s*$"
)
# Appointed or reported to (安排值守人员, 指定专人, 报公司总经理, 通知大堂经理): a post of the plan wherever it stands.
_AGENT_NAMED = re.compile(
    r"(?:安排|指定|指派|设立|设置|配备|确定|明确|责成|授权|由|交由|报|报告|上报|汇报|报请|呈报|请示|通知|"
    r"告知|移交|转交|提交|(?<![移转提])交(?![通流易换付纳叉界接警办由])|联系|联络|成立|组建|(?<!人)向|会同|协同)(?:给|至|到)?(?:一名|一个|专门的?|专职的?|各|各级|主管|分管)?\s*$"
)
# A list item never holds a separator, so that a list is read one way only (no backtracking over 和/或/及 in names).
_AGENT_LIST = re.compile(r"(?:(?:(?![和或及与])[\u4e00-\u9fff（）()“”]){2,24}(?:、|和|或|及|与|以及|或者)){1,8}(?:各|各级)?$")
_AGENT_AFTER_STRONG = re.compile(
    r"^(?:(?:、|和|或|及|与|以及|或者)[^，,；;。、和或及与]{2,24}?){0,8}?\s*(?:[（(][^）)]{1,20}[）)])?\s*"
    r"(?:应(?!急)当?|要(?!求)|须|必须|需要?|负责|分别|均有|均应|均须|立即|及时|迅速|马上|第一时间|务必|不得|严禁|"
    r"牵头|统一|具体负责|主动|承担|担任|[，,]?\s*(?:为|是)(?:[^，,；;。]{0,20})(?:责任人|负责人)|"
    r"(?:及[^，,；;。]{2,12})?的?(?:办公)?(?:电话|手机|联系方式|姓名))"
)
_AGENT_AFTER = re.compile(
    r"^(?:(?:、|和|或|及|与|以及|或者)[^，,；;。、和或及与]{2,24}?){0,8}?\s*(?:[（(][^）)]{1,20}[）)])?\s*"
    r"(?:将|对|在|于|会同|组织|协助|配合|做好|处理|受理|接待|核实|调查|答复|回复|报告|上报|跟进|登记|填写|"
    r"进行|接到|收到|受理|是|为|可|做|办理|提出|作出|给予|审核|审批|协调|参与|了解|联系|通知|记录|安抚|"
    r"引导|解释|确认|落实|按照|根据|依据|督促|指导|开展|启动|实施|执行|决定|研究|提供|保障|收集|整理|"
    r"汇总|分析|监测|发布|维护|疏导|劝|带|到|赶|派|向|与|同|首先|再|也|还|一律|必|即|"
    # an adverb before the act (科室工作人员认真做好…, 值班人员切实履行…)
    r"认真|切实|严格|积极|妥善|耐心|主动|全力|务必|负责)"
)


# After a clause-initial post: not its act (…的, 等, 设在), or a relative clause (省行客服中心受理的客户投诉).
_NOT_AGENT_AFTER = re.compile(
    # (客务部经理通过对事故原因的分析…: the 的 is inside the preposition's object, the post still acts)
    r"^\s*(?:的|之|等|在内|以外|之外|设在|设于|(?!是|为|对|通过|根据|按照|依据|针对|就|向|会同)[^，,；;。]{1,8}的|"
    r"(?:发生|产生|出现)(?:争执|冲突|纠纷|矛盾|口角|肢体))"  # 客户与营业网点工作人员发生争执: a party to a dispute
)


# English procedures name their actors in prose: "the relevant service will investigate", "assessed … by a council
# officer who…", "passed to someone in the council service", "directed to the person or team that…".
_EN_HEAD = (
    r"(?:officers?|managers?|teams?|person|services?|departments?|staff|member of staff|advis[eo]rs?|handlers?|unit|panel|"
    r"committee|director|investigators?|someone|colleague|representative|supervisor|executive|coordinator|"
    r"salesperson|sales person|receptionist|reception|clerk|providers?|owners?|nurses?|practitioners?|surgeons?|"
    r"dentists?|doctors?|GPs?|vets?|consultants?|secretary|chair(?:man|person)?|editor|trainers?|tutors?|teachers?|"
    r"headteacher|principal|administrators?|management|board|engineers?|technicians?|inspectors?|caseworkers?|"
    r"case managers?|pharmacists?|therapists?|instructors?|registrar|examiners?|lifeguards?|wardens?|stewards?|"
    r"rangers?|coach(?:es)?|dispatchers?|assessors?|controllers?|marshals?|librarians?|curators?|midwives|midwife|"
    r"paramedics?|deans?|faculty members?|CEO|COO|CFO|treasurer|captains?)"
)
# A title written bare, capitalised, no article: "Manager or Nurse in-charge must record…", "speak to Customer
# Services": the last word one a post or a unit ends with (not after a possessive: Harbour Dental's Principal Dentist
# is the organisation's post, not a post named "Harbour Dental's Principal")
_EN_TITLE_WORD = (
    r"(?:[A-Z][\w'’-]*(?<!['’]s)\s+){0,3}(?:Manager|Nurse|Provider|Owner|Officer|Director|Services|Service|Team|Lead|Leader|"
    r"Supervisor|Co-?ordinator|Administrator|Headteacher|Principal|Chair|Partner|Practitioner|Matron|Secretary|Clerk|"
    r"Department|Desk|Advis[eo]r|Executive|Instructor|Registrar|Examiner|Warden|Steward|Ranger|Coach|Controller|"
    r"Librarian|Curator|President|Treasurer|Captain|Teacher|Chairperson|Chairman)"
    r"(?:\s+in-charge|\s+in\s+charge)?"
)
_EN_BARE_SUBJECT = re.compile(
    rf"(?:^|[.;:]\s+)(?P<t>{_EN_TITLE_WORD}(?:\s*(?:,|or|and|/)\s*{_EN_TITLE_WORD})*)\s+"
    r"(?:will|must|should|shall|may|can|(?:is|are)\s+responsible)\b"
)
# (the title perhaps after "the", or a list of them: made with the Phase Leader, Deputy Headteacher or Headteacher)
_EN_BARE_OBJECT = re.compile(
    rf"\b(?:speak|talk|write|visit|ask|report|refer(?:red)?|pass(?:ed)?|escalat(?:e|ed)|forward(?:ed)?|contact|"
    rf"address(?:ed)?|raised?|made|approach|inform|notify|sen[dt]|submit(?:ted)?|direct(?:ed)?)\s+"
    rf"(?:(?:it|this|them|the matter|your complaint|your concern)\s+)?(?:directly\s+)?(?:to\s+|with\s+)?(?:either\s+)?"
    rf"(?:the\s+)?(?P<t>{_EN_TITLE_WORD}(?:\s*(?:,|or|and|/)\s*{_EN_TITLE_WORD})*)\b"
    r"(?!\s+[A-Z])"  # no more of a longer name (the Scottish Public Services Ombudsman)
)
# a phrase that alone names anyone of the staff: what follows it (concerned, who received the complaint) says who
_EN_ANYONE = re.compile(
    r"(?:(?:a|an|the|another|any|one of our)\s+)?(?:person|member of (?:our |the )?(?:staff|team)|staff member|colleague|"
    r"individual|someone)",
    re.IGNORECASE,
)
# what names the one meant among the staff: the member of staff concerned, the person who received the complaint
_EN_REL = r"(?:\s+(?:concerned|involved)\b|\s+(?:who|that)\s+[^,.;:()]{3,60}?(?=[,.;:()]|$))?"
_EN_NP = (
    rf"(?:the|a|an|our|your|their|another|one of our)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?:{_EN_HEAD}|member of (?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:team|staff|service|department))"
    rf"(?:\s+(?:or|and)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_EN_HEAD})?"
    r"(?:\s+(?:in|of|at|from)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:service|council|bank|company|department|team|"
    r"branch|office|organisation|organization))?|someone in (?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:service|team|department)|"
    # management needs no article: "escalated to senior management", "reviewed by management."
    r"(?:more\s+)?senior\s+management|management(?=\s*(?:[,.;]|$|\s+(?:for|who|and|within)\b))"
)
_EN_ACTOR = re.compile(
    rf"(?:^|[.;:,]\s*|\b(?:if|when|then|and|where|once)\s+)(?P<s>{_EN_NP})\s+(?:will|shall|must|should|can|may|is|are|has|"
    r"takes?|handles?|deals?|reviews?|investigates?|responds?|decides?|aims?|contacts?|acknowledges?|who|that)\b|"
    r"\b(?:assessed|investigated|handled|reviewed|considered|dealt with|looked at|passed|directed|referred|allocated|"
    rf"assigned|forwarded|escalated|given|sent|submitted|addressed|resolved|raised|appealed|(?:assign|allocate|pass|refer|forward|send|raise)s?)\s+"
    rf"(?:[\w-]+\s+){{0,5}}?(?:by|to)\s+(?P<p>(?:{_EN_NP}){_EN_REL})"
    r"(?!\s+(?:leader|manager|lead|members?|officer|head|coordinator)s?\b)|"  # a Team Leader is no team
    # "speak to one of our friendly team", "talk to a member of staff": whom the complainant deals with
    rf"\b(?:speak|talk|chat|consult|meet|meeting)\s+(?:directly\s+)?(?:to|with)\s+(?P<q>{_EN_NP})\b"
    r"(?!\s+(?:leader|manager|lead|members?|officer|head|coordinator)s?\b)|"
    # "your first point of contact should be the member of staff concerned or their manager"
    rf"\bpoint of contact\s+(?:is|will be|should be|would be)\s+(?P<c>(?:{_EN_NP}){_EN_REL})(?:\s+or\s+(?P<c2>{_EN_NP}))?",
    re.IGNORECASE,
)
# The subject of a modal wherever the sentence puts it, after a phrase of time or case with no comma ("Upon receipt of
# a complaint a director will acknowledge…", "When you telephone us our adviser will attempt…"), perhaps named by
# what it is doing ("The member of staff receiving your call will try…"). Its words are no article or preposition,
# so that "a complaint a director" is not one phrase.
_EN_WORD = (
    r"(?!(?:the|a|an|our|your|their|of|to|by|for|with|from|in|on|at|and|or|then|that|this|these|those|who|which|if|when|"
    r"where|is|are|was|were|be|will|shall|may|can|has|have|not|no|any|all|it|they|we|you|he|she)\b)[a-z][\w-]*"
)
_EN_MODAL_SUBJECT = re.compile(
    rf"\b(?P<s>(?:the|a|an|our|another)\s+(?:{_EN_WORD}\s+){{0,3}}?(?:{_EN_HEAD}|member of (?:the\s+)?(?:team|staff))"
    rf"(?:\s+(?:or|and)\s+(?:{_EN_WORD}\s+){{0,2}}?{_EN_HEAD})?)"
    r"(?:\s+(?:receiving|handling|dealing with|investigating|reviewing)\s+(?:(?:the|your|this|a)\s+)?[a-z]+)?"
    r"\s+(?:will|shall|must|should)\b",
    re.IGNORECASE,
)
_EN_ABOUT_A_POST = re.compile(
    r"(?:the\s+|a\s+|an\s+)?(?:decision|outcome|response|view|opinion|result|approval|discretion|review|findings?|"
    r"attention|role|name|details)\s+of\b",
    re.IGNORECASE,
)
_EN_NOT_ACTOR = re.compile(r"ombudsman|regulator|court|tribunal|police|\byou\b|\bcustomer|\bclient|complainant", re.IGNORECASE)


# "Heads of Service are responsible for…", "Customer Relations is accountable for…": a named subject and its duty.
_EN_RESPONSIBLE = re.compile(
    r"^(?P<s>(?:The\s+)?[A-Z][\w-]*(?:\s+(?:of|for|and|&|[A-Z][\w-]*)){0,5})\s+"
    r"(?:is|are|will be|shall be)\s+(?:responsible|accountable)\s+for\b"
)


# The one who handles a complaint, named by what they do: "the person carrying out the investigation", "the officer
# dealing with your complaint", "the person investigating your complaint on your behalf".
_EN_HANDLER = re.compile(
    r"\b(?:the|a|an|your)\s+(?P<h>(?:person|officer|member of staff|staff member|colleague|manager|adviser|advisor|"
    r"caseworker|case handler)\s+(?:who is\s+|who will be\s+)?(?:carrying out|investigating|handling|dealing with|"
    r"responsible for(?:\s+(?:dealing with|handling|investigating|reviewing|looking into|resolving))?|looking into|reviewing|"
    r"in charge of)\s+(?:the|your|this)\s+(?:investigation|complaint|case|review))\b",
    re.IGNORECASE,
)


def en_actors(text: str) -> list[str]:
    """The people or units an English sentence gives work to, as it names them (the relevant service)."""
    found = []
    for m in _EN_HANDLER.finditer(text):
        found.append(m.group("h")[0].upper() + m.group("h")[1:])
    m = _EN_RESPONSIBLE.match(text.strip())
    if m and not re.fullmatch(r"(?:The\s+)?(?:We|You|They|It|This|Each|All|Everyone|Staff)", m.group("s")):
        found.append(m.group("s"))
    for m in [*_EN_BARE_SUBJECT.finditer(text), *_EN_BARE_OBJECT.finditer(text)]:
        for title in re.split(r"\s*(?:,|\bor\b|\band\b|/)\s*", m.group("t")):
            # Customer Services is a unit (the customer is none, and no bare title ends in it)
            outside = re.search(r"ombudsman|regulator|court|tribunal|police", title, re.IGNORECASE)
            if title and not outside and title.lower() not in [f.lower() for f in found]:
                found.append(title)
    pairs = [(m.group("s") or m.group("p") or m.group("q") or m.group("c"), m.group("c2")) for m in _EN_ACTOR.finditer(text)]
    # a subject found only this way and named inside a post found already (the relevant team, of "A member of the
    # relevant team will…") is that post's words, not another post
    pairs += [
        (m.group("s"), None)
        for m in _EN_MODAL_SUBJECT.finditer(text)
        if not any(
            re.sub(r"^(?:the|a|an|our|another)\s+", "", m.group("s"), flags=re.I).lower() in (p or "").lower()
            for p, _ in pairs
            if p != m.group("s")
        )
    ]
    # "the senior veterinary surgeon or head nurse": two posts, each given the work
    pairs = [
        tuple(re.split(r"\s+(?:or|and)\s+", np))
        if np
        and re.fullmatch(rf"{_EN_NP}\s+(?:or|and)\s+(?:[a-z][\w-]*\s+){{0,2}}?{_EN_HEAD}", np, re.I)
        and re.search(rf"\b{_EN_HEAD}\s+(?:or|and)\s", np, re.I)
        else (np, c2)
        for np, c2 in pairs
    ]
    for pair in pairs:
        for np in pair:
            if not np:
                continue
            np = re.sub(r"^the\s+", "", np.strip(), flags=re.IGNORECASE)
            head = re.split(r"\s+(?:who|that)\s+", np, maxsplit=1)[0]  # (the member of staff) that you deal with
            if not _EN_ANYONE.fullmatch(re.sub(r"\s+(?:concerned|involved)$", "", head)):
                np = re.sub(r"\s+(?:concerned|involved)$", "", head)  # a council officer (who was not involved): named enough
            if _EN_ABOUT_A_POST.match(np):
                continue  # "The decision of senior management shall be final": a thing of the post's, not the post
            if not _EN_NOT_ACTOR.search(head) and np.lower() not in [f.lower() for f in found]:
                found.append(np[0].upper() + np[1:])
    return found


# A line that says where, when or how to reach (地点：…, 接待时间：…, 联系电话：…): a place or a time, not a step.
PLACE_LABEL = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,6}(?:地点|地址|时间|电话|传真|邮箱|网址|邮编|场所|位置))\s*[：:]")
# Of those, where and when only: an address or a phone line may name the unit that receives complaints (邮寄地址：…
# 客服中心（收）), a place or an hour names no one given work.
_WHERE_OR_WHEN = re.compile(r"^\s*[\u4e00-\u9fff]{0,6}(?:地点|时间|场所|位置)\s*[：:]")


def agent_posts(text: str) -> list[str]:
    """The posts a sentence gives work to (the one who acts), not those it only mentions (报告相关科室, 银行从业人员
    的道德). English posts are all kept: an English procedure names its actors as posts."""
    if _WHERE_OR_WHEN.match(text):
        return []  # 地点：物业服务中心一楼大厅: where complaints are received, no one given work
    found = _agents(text, post_spans(text))
    found += [u for u in _agents(text, unit_spans(text)) if u not in found]
    if not re.search(r"[\u4e00-\u9fff]", text):
        found += [a for a in en_actors(text) if not any(f.lower() in a.lower() for f in found)]
    return found


# ---------------------------------------------------------------- who acts, read from the grammar of the clause
# A plan gives work to whoever stands as the subject of an act clause, whatever it is called: `三镇必须在…内赶到`,
# `首次接待的部门应热情接待`, `由总经理召集…`. The noun phrase is found by its place (opening a clause, before a modal
# or act marker, perhaps with a phrase of time or object between: X接到…后，应…; after 由/交由/责成; as the one sent
# to act: 通知X前来…), not by a list of titles; its last word must name a post or a unit (…部, …科, …员, …领导, …单位,
# a chief officer's initials), so that a thing (投诉应在…内处理) or a time (接到通知后应…) is no actor. English: the
# subject of "X will/must…" and X of "… by X" / "passed to X to investigate" (_en_clause_actors).

# What marks the act a clause's subject is given (应/须/要/负责/立即/在…内), not a prohibition (不得: nobody's work).
_ACT_MARK = (
    r"(?:应当|应该|(?<![供相对响适反])应(?![急用对变诉收付答])|有权|必须|(?<![必急])须|(?<!所)需要|(?<!所)需(?!求)|(?<![主重需必只想])要(?![求点素件害闻事紧员案])|负责(?!人|制|部门|单位|科室|处室|领导|同志)|将(?!军)|"
    r"可以|立即|立刻|马上|迅速|及时|第一时间|务必|亲自|会同|牵头|(?:在|于)[^，,；;。]{1,20}?(?:之内|以内|内)|"
    # 各科室定期对…进行分析研判, 各分支机构参照成立…, 信访办有现场处置的职责, 供热公司1小时内到达现场: a routine, a model
    # followed, a charge held, a deadline kept
    r"定期|参照|有[^，,；;。]{1,12}?的?(?:职责|责任|义务)|[0-9一二三四五六七八九十两半]{1,3}个?(?:小时|分钟|日|天|工作日)(?:之内|以内|内))"
)
# A clause's opening before its subject: a list number, an article number, a connective.
_CLAUSE_LEAD = (
    r"(?:(?:第[0-9一二三四五六七八九十百]{1,4}[条章节]|[0-9一二三四五六七八九十]{1,3}[、.．)）]|"
    r"[（(][0-9一二三四五六七八九十]{1,3}[)）]|[①-⑳])\s*)*(?:并且?|且|同时|然后|随后|再|另外|此外|其次|首先|最后|如果?|若|假如|倘若)?"
)
_CLAUSE_SUBJECT = re.compile(
    rf"(?:^|(?<=[，,；;。：:！!？?（(\s]))\s*{_CLAUSE_LEAD}(?P<np>[\u4e00-\u9fffA-Za-z0-9、“”]{{2,24}}?)"
    # a note in brackets may stand between the subject and its act (网点负责人（或其授权人）应…)
    rf"\s*(?:[（(][^（）()]{{1,20}}[）)])?\s*(?=(?:是(?=负责))?(?:都|均)?(?:全面|具体|主要|直接|共同|分别|各自|切实|认真|积极)?(?:{_ACT_MARK}|"
    r"负总责|总负责|统一(?:受理|处理|协调|组织|管理|指挥|负责|部署)|做好|可(?=对|在|于|根据|向|将|以)))"
    # what a policy asks of the organisation (各支行应成立…, 银行应建立…制度) is no work of a procedure
    r"(?!(?:都|均)?(?:应当|应该|应|必须|须|需要|需|要|可以|将)?\s*(?:进一步|认真|切实|积极|及时)?"
    r"(?:成立|建立|建设|制定|设立|完善|健全|细化|重视|加强|搭建|组建|接受|服从|遵守|遵循))"
)
# The subject before a phrase of time, condition or object and then the act (业务部门得知消息后，应立即…; 值班员在接到
# 报警后应…; 营业网点对所发生的事件应…): the phrase opens with a preposition or a verb of learning of something.
_SUBJECT_THEN_PHRASE = re.compile(
    rf"(?:^|(?<=[，,；;。：:！!？?（(\s]))\s*{_CLAUSE_LEAD}(?:当(?![班值日天事地前时场面众])|一旦)?(?P<np>[\u4e00-\u9fffA-Za-z0-9、“”]{{2,24}}?)"
    r"(?=(?:(?:在|于|接到|收到|得知|获悉|发现|遇到|遇有|根据|按照|经(?![理营济费验常办手]))[^。；;！!？?]{1,30}?(?:后|时|前)[，,]?"
    r"(?:视情况)?|(?:对(?![外内上下])|就)[^，,。；;！!？?]{1,30}?)\s*"
    r"(?:应当|应该|应(?![急用对变诉收付答])|必须|须|需要|需(?=立即|及时|马上|迅速|尽快)|要(?![求点素件害闻事紧员案])|立即|立刻|马上|"
    r"迅速|及时|尽快|第一时间|务必|负责(?!人)))"
)
# The subject of a clause that opens with what it learns of, the rule it follows or the act it carries out, before
# its act (培训站接到学员投诉，首先应进行登记; 4S店按《客户投诉流程》予以处理; 总部合规审核部进行调查; 大厦员工一旦发现火情，
# 都有责任立即…报警): the act follows the phrase, or the next clause opens with it.
_SUBJECT_THEN_ACT = re.compile(
    rf"(?:^|(?<=[，,；;。：:！!？?（(\s]))\s*{_CLAUSE_LEAD}(?P<np>[\u4e00-\u9fffA-Za-z0-9“”]{{2,16}}?)"
    r"(?=(?:一旦|如)?(?:接到|收到|得知|获悉|发现)[^，,。；;！!？?]{1,30}?[，,]\s*(?:首先|随即|都|均|即)?"
    r"(?:应当|应该|应(?![急用对变诉收付答])|必须|须|要(?![求点素件害闻事紧员案])|立即|立刻|马上|迅速|及时|第一时间|有责任)|"
    r"(?:按照?|依照|根据|依据)《[^》]{2,30}》(?:的?规定)?\s*(?:予以|及时|立即|进行)|"
    r"进行(?:调查|核实|处理|登记|核查|查处|处置|回访|答复|协调))"
)
# 由X / 交由X / 责成X: X does what follows; the phrase ends where an adverb, a preposition or a modal begins.
_GIVEN_TO = re.compile(r"(?:交由|责成|(?<![理自缘事来因经])由(?!于|此|浅))(?P<rest>[^，,；;。：:（()）《》]{2,30})")
_GIVEN_STOP = re.compile(
    rf"{_ACT_MARK}|向|对|将|把|按|根据|依据|与|同|从|给|为|是|进行|统一|全面|具体|直接|先|负责(?!人)|牵头|组织|协调|处理|担任|任|兼任|组成"
)
# A chief officer named by initials (CEO, CFO, COO): other initials name bodies as often as posts (FOS, CAB).
_CHIEF = r"C[A-Z]{1,2}O"
# The last word of a post or a unit: 人员, 员, 长, 领导, 负责人, 经理, 部, 科, 室, 中心, 办, 店, 单位, 镇, CEO…
# (a character that also ends common words — 处理, 所有, 办理, 部分 — only where no such word goes on).
_ACTOR_HEAD = re.compile(
    r"(?:人员|(?<![个本他别家病外路有无众关困])人|(?<![动裁减])员|员工|(?<![或再前后两三记读作老长笔学重])者|"
    r"(?<![增延擅成生助最较过时])长|领导|负责人|经理|主管|主任|总监|总裁|副总|书记|秘书|干事|专员|顾问|代表|(?<![器五感])官|师|"
    r"医生|护士|司机|保安|车间|工段|(?<![就求行学])医|(?<![在上到离下转定])岗|(?<![分施完开停复加竣动手])工|门卫|警卫|"
    r"[坐座专]席|(?<![指引主开疏教])导|(?<![全内外局头底顶])部|科|(?<![教会议待息诊宾解案浴卫])室|"
    r"(?<![到各之此彼何住出用难好益坏长短])处|组|(?<![排插列归])队|(?<![上下加值轮换跟倒])班|中心|"
    r"(?<![举创承主督协代包查交转催申])办|(?<![网])站|(?<![场住厕诊寓居之处到在其无有者])所|(?<![格结大布当饭骗赌棋])局|委|"
    r"(?<![执进运实施履可发推试先另例平并流])行|店|厅|公司|单位|镇|(?<![城])乡|(?<![农乡])村|街道|社区|团队|机构|部门|网点|"
    r"窗口|专班|(?<=[\u4e00-\u9fff]{2})(?<![入持控参配炒新个原老散股])股|客服|"
    # 旅行社, 信用社, 联社; 服务台, 前台; 一把手
    r"(?<=[\u4e00-\u9fff])(?<![结公])社|(?:服务|前|总|接待|咨询|问询|收银)台|一把手|医院|学校|学院|平台|"
    rf"{_CHIEF})$"
)
_HEAD_GOES_ON = re.compile(
    r"^(?:[A-Za-z0-9]|[理置臵罚分于在境]|[有以在谓属得需述]|[为动使政业]|[法公事结件好成妥]|[署件位属门]|落(?!实))"
)
# Who a clause may name that is no post of the plan: the complainant's side, pronouns, everyone, the organisation itself.
_NOT_ACTOR_NP = re.compile(
    r"(?:客户|顾客|客人|宾客|来宾|游客|旅客|乘客|投诉人|投诉者|群众|上访人|上访者|来访人|来访者|患者|病人|家属|消费者|用户|当事人|"
    r"申请人|举报人|业主|住户|学生|家长|市民|居民|村民|来电人|投资者|委托人|对方|双方|各方|(?:投诉|上访|来访|举报|申请|"
    r"使用|来电|咨询|消费|购买|求助)者)(?:本人|一方|代表)?$|"
    r"^各级|^(?:并|且|而|但|则|对|在|当(?=[^时]*时)|如|若|因|为|经|按|根据|依据|通过|把|将|被|向|从|自|以|与|同|给|让|使|凡|其|该|此|这|那|上述|以上|"
    r"我|你|他|她|它|任何|一切|大家)|所有|全体|"
    r"^(?:本|我|各|该)?(?:银行|企业|集团|机构|银行机构|行)$|^(?:各|该)(?:公司|医院|学校)$|"
    # 公司, 本公司 as the subject of an act (公司应在5日内答复): the company acting as a whole, a role the transcriber lists
    # each of the organisation's branches (各营业网点, 各分支行, 各分公司): the organisation itself, not a post of it
    r"^各[\u4e00-\u9fff]{0,4}(?:机构|网点|支行|分行|分公司|子公司)$|"
    # a clause, not a noun phrase: a copula, a preposition or a verb inside it, or a number of people (2名工作人员)
    # (质量保证部: a unit named for what it assures, not 保证 as a verb)
    r"[是对把被]|进行|确保|保证(?!部|处|科|室|中心|组)|^[0-9一二两三四五六七八九十几数多]+名|"
    # a request to the reader inside the phrase (质量问题请先联系我们客服): a clause, not a name (请各学院…: a unit asked)
    r"(?<=[\u4e00-\u9fff])(?<![申邀])[请請]|联系(?!人)|聯繫(?!人)|"
    r"(?<=[\u4e00-\u9fff])(?<!所)在(?![岗职编])"  # 各小组在总经理…: a place or a preposition inside, not one name
)
# The organisation naming itself (我公司, 我司, 本行, 我院): the subject of an act, a role the transcriber lists.
_SELF = re.compile(r"(?:我|本)(?:公司|司|行|院|中心|局|校|所|会|站|馆|厂|园|社)")
# The organisation naming itself as who acts (本公司将…, 本公司接获申诉后，将…, 本公司应先洽会员…).
SELF_ACTS = re.compile(_SELF.pattern + r"(?:并|亦|也)?(?:将|应当?|会|须|需|接获|接到|收到)")
# A phone number after a name in a roster, given or masked (电话：138…, 手机: **********)
_PHONE_AFTER_NAME = re.compile(r"[（(]?\s*(?:联系)?(?:电话|手机|座机)\s*[:：]?\s*[\d*＊xX×\-－ ]{3,}[）)]?")
# A verb in the phrase: the subject is what comes after it (指派专人负责… -> 专人, 由副组长负责 -> 副组长).
_VERB_IN_NP = re.compile(r".*(?:指派|派出|指定|安排|设立|设置|配备|确定|明确|责成|要求|通知|告知|组织|督促|由|交由)")


# The head of a unit named after it (医务科负责人, 财务部主任, 保卫科科长).
_UNIT_HEAD = r"(?:主要)?(?:负责人|领导|主任|经理|主管|[科部处所站室]长)"
# The generic word that ends a unit's name: 客户服务部门, 客户服务团队 and 客户服务部 are one unit.
_UNIT_WORD = re.compile(r"(?:部门|团队|部|中心|小组|组|科室|科|室|处)$")


# A collective or vague unit (相关部门, 有关科室, 各部门, 各网点负责人, 全体员工, 工作人员, 任何人): nobody the plan names where a
# sentence only mentions it, reports to it or asks it, but a role where a clause gives it work (it is the subject of
# an act, or X of 由X): a transcriber lists every post or group the text gives work to, vague or not.
_COLLECTIVE = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:各|各个)?(?:相关|有关)[\u4e00-\u9fff]{0,6}?"
    r"(?:部门|科室|处室|单位|负责人|领导|机构|网点|岗位)|"
    r"(?!各(?:级|成员))各个?[\u4e00-\u9fff]{0,6}?(?:部门|科室|处室|单位|网点|机构|班组|岗位|中心|部室)"
    r"(?:(?:主要)?负责人|领导|(?:工作)?人员)?|"
    r"(?:全体|所有|每个|每位|每一位|每一名)?(?:员工|工作人员|职工|从业人员)|任何人|每个人"
)


# Everyone, each one of them (每个人, 任何人, 所有员工, 全体职工): with 都/均 after it, a rule for all.
_EVERYONE = re.compile(r"(?:每|任何|所有|全体|凡|一切)")
# What everyone is asked to know or keep (所有员工应熟悉本制度): a rule for all, no post's work.
_RULE_FOR_ALL = r"(?:熟悉|熟知|遵守|学习|掌握|了解|知晓)"


# What a unit does when it names a post of its own (明确一名…, 指定专人, 安排值守人员, 配备…).
_APPOINTS = re.compile(r"\s*(?:应当|应该|应|必须|须|需要|需|要|均)?\s*(?:明确|指定|确定|配备|安排|设立|设置|落实)")


def _actor_np(np: str, *, collective: bool = False) -> str | None:
    """The noun phrase a clause gives work to, as a role's title, or None when it names no post or unit."""
    np = _VERB_IN_NP.sub("", np.strip("“”、"))
    if _SELF.fullmatch(np):
        return np  # 我公司组建…: the organisation acting as a whole
    parts = [p for p in re.split(r"、|和|或者|或|及|与|以及", np) if p]
    if re.search(_ACT_MARK, np):
        return None  # the subject ends at the first act word (各行应成立…小组 is no subject 各行应成立…小组)
    if re.match(r"(?:协助|配合|参加|参与|督促|通知)[^的]{3,}$", np):
        return None  # 协助相关部门做好…: a clause that opens with its verb, its subject left out
    if collective and not re.search(r"[、和或与]|以及", np) and _COLLECTIVE.fullmatch(np):
        return np
    if len(np) < 2 or not parts or any(_NOT_ACTOR_NP.search(p) for p in parts) or np in vocab.NOT_ROLES:
        return None
    # 各成员部门, 各部门在岗工作人员: each of the members, everyone on duty, whatever unit they are in
    own = re.sub(r"^各(?:部门|单位|科室|处室)?|^.*的", "", np)  # and 投诉涉及的相关部门: a vague post all the same
    if vocab.VAGUE_POST.search(np) or vocab.VAGUE_POST.search(own) or _VAGUE.match(np) or _VAGUE.match(own):
        return None  # 相关人员, 其他部门: nobody the plan names (agent_posts keeps a vague post where the text names it)
    if (
        not _ACTOR_HEAD.search(parts[-1])
        or re.search(r"(?:小组|工作组|^[一二三四五六七八九十两每各本该]组|成员|指挥部|委员会)$", np)
        or (not collective and np.endswith("组"))  # a heading or label 现场处置组: a working group the plan sets up
    ):
        return None  # a thing or a time (投诉处理结果应…), or a group (what a group does is the group's)
    return np


def _given_to(rest: str) -> str | None:
    """The post after 由/交由: from the first word that ends a post's or a unit's name, on through a longer name's own
    ending (党政办 -> 党政办公室, 站 -> 站长) and the posts listed with it (A、B和C, A或B), to the act."""
    stop = _GIVEN_STOP.search(rest, 2)
    rest = rest[: stop.start()] if stop else rest[:16]
    end = next((e for e in range(2, len(rest) + 1) if _head_ends(rest, e)), None)
    while end is not None:
        longer = _LONGER_HEAD.match(rest, end) or (_UNIT_END.search(rest[:end]) and _COMPOUND_TAIL.match(rest, end))
        if longer and not _HEAD_GOES_ON.match(rest[longer.end() :]):
            end = longer.end()
            continue
        listed = re.match(r"、|和|或者|或|及|与|以及", rest[end:])
        start = end + len(listed.group()) if listed else None
        following = next((e for e in range(start + 2, len(rest) + 1) if _head_ends(rest, e)), None) if start else None
        if following is None:
            return rest[:end]
        end = following
    return None


# A part of the unit just named (客服中心 | 监督股, 业务部门 | 合规专员): the name goes on through it.
_COMPOUND_TAIL = re.compile(
    r"(?![、和或及与]|召集|安排|组织|派|指定|指派|通知|带领|协调|负责|督促|会同|联系|抽调|调配|动员|发动|要求|配合|协助)"
    r"[\u4e00-\u9fff]{1,5}?(?:中心|部门|部|处|科|室|股|所|站|队|组|班|专员|主管|经理|主任|负责人|人员)"
)


# 通知X前来接待, 安排X到场, 要求X立即核实: X, told or sent to do something, does it.
_SENT = re.compile(
    r"(?:通知|要求|安排|指派|责成|督促|派遣|派出|派|移交|转交|交给|转给|转至|转到|分派|分送|批转|交办)(?P<rest>[^，,；;。：:（()）《》]{2,30})"
)
_SENT_ACT = re.compile(
    r"(?:立即|及时|马上|迅速|尽快|第一时间|亲自)?(?:前来|到场|到达|赶到|赶赴|赶往|前往|到现场|参加|参与|配合|协助|出面|负责|"
    r"核实|调查|处置|处理|接待|带队|陪同|办理|答复|回复|核查|跟进|解决|派人|派员|维修|抢修)"
)


# 在分管领导和首席风险官的指导下, 在总经理的统一指挥下: the one who leads or guides the act takes part in it.
_UNDER = re.compile(
    r"在(?:(?P<np>[^，,；;。在下的]{2,24})的|(?P<np2>[^，,；;。在下的]{2,24}?))\s*(?:统一|直接|具体)?"
    r"(?:指导|领导|组织|指挥|协调|主持|监督|带领|部署|安排)下"
)


# 经院领导批准, 报分管副总同意, 须经单位负责人签字: the one whose approval the act waits for approves (an act).
_APPROVED_BY = re.compile(
    r"(?:(?<![已曾])经过?|报经|报请|提请|呈报|呈请|报(?![告送经请])|请示)(?P<np>[^，,；;。：:（()）《》“”]{2,20}?)\s*"
    r"(?:批准|同意|审批|审核|审定|签字|签批|核准|认可|签发|批示|定夺)"
)


def _sent_to(rest: str) -> str | None:
    """X of 通知X前来接待: a run that ends in a post's or a unit's last word right before the act it is sent to do."""
    for end in range(2, min(len(rest), 24) + 1):
        if _head_ends(rest, end) and _SENT_ACT.match(rest, end) and not _LONGER_HEAD.match(rest, end):
            # 通知客户在约定时间再来营业厅: a clause of its own (a time, a place), not the one sent
            return None if re.search(r"再|(?<!所)[在于]", rest[:end]) else rest[:end]
    return None


def _head_ends(text: str, end: int) -> bool:
    return bool(_ACTOR_HEAD.search(text[:end])) and not _HEAD_GOES_ON.match(text[end:])


# What goes on from a word that ends a name into a longer one (办 -> 办公室, 科 -> 科室, 站 -> 站长, 部 -> 部负责人).
_LONGER_HEAD = re.compile(r"公室|室|门|长|人员|员|主任|经理|负责人|领导|主管|中心|团队|单位|單位|队|[所科部处站室队班店厅局院]长")


def clause_actors(text: str) -> list[str]:
    """The posts or units a Chinese sentence gives work to by the grammar of its clauses, whatever they are called: the
    subject before 应/须/要/负责/立即/在…内 at a clause's start (after 接到通知后，), and X of 由X/交由X/责成X. Posts
    listed together (A、B和C) are each a post; A或B (either of them) is one. English: the subject of `X will/must/
    should… <verb>` and X of `reviewed by X`, its article dropped (our service leads, a senior employee)."""
    if not re.search(r"[\u4e00-\u9fff]", text):
        return _en_clause_actors(text)
    phrases = [
        m.group("np")
        for m in _CLAUSE_SUBJECT.finditer(text)
        # 各部门要明确一名联络员: a collective that names its own post gives that post the work, not itself
        if not (_COLLECTIVE.fullmatch(m.group("np")) and _APPOINTS.match(text, m.end()))
        # 每个人都要…, 任何人均须…, 所有员工应熟悉本制度: what everyone must do, know or answers for is a rule for all, no
        # post's work
        and not (
            _EVERYONE.match(m.group("np")) and re.match(rf"\s*(?:[都均]|(?:应当?|须|要|必须)?{_RULE_FOR_ALL})", text[m.end() :])
        )
        and not re.match(r"\s*[都均]有", text[m.end() :])
    ]
    phrases += [m.group("np") for m in _SUBJECT_THEN_PHRASE.finditer(text)]
    phrases += [m.group("np") for m in _SUBJECT_THEN_ACT.finditer(text)]
    phrases += [np for m in _GIVEN_TO.finditer(text) if (np := _given_to(m.group("rest")))]
    phrases += [np for m in _SENT.finditer(text) if (np := _sent_to(m.group("rest")))]
    phrases += [m.group("np") for m in _APPROVED_BY.finditer(text)]
    phrases += [m.group("np") or m.group("np2") for m in _UNDER.finditer(text)]
    found: list[str] = []
    for phrase in phrases:
        whole = _actor_np(phrase, collective=True)
        parts = _split_list(whole) if whole else []
        if not all(_ACTOR_HEAD.search(p) for p in parts):
            parts = [whole] if whole else []  # 投诉涉及的相关部门: 及 of 涉及 lists nothing
        for np in parts:
            # 供应部、车间、质监部等部门及总工程师: the last unit named, not the kind it closes the list with
            listed = re.sub(r"等(?:各|其他|其它|相关|有关)?(?:部门|单位|科室|处室)$", "", np) if len(parts) > 1 else np
            np = listed if _ACTOR_HEAD.search(listed) else np
            if _COLLECTIVE.fullmatch(np or "") and re.search(re.escape(np) + r"\s*负责\s*(?:[。；;，,！!]|$)", text):
                continue  # …解决不及时的，由相关单位负责: who answers for a failure, named vaguely, is given no act
            if np and _actor_np(np, collective=True) and np not in found and not _NOT_A_POST_END.search(np):
                found.append(np)
    return found


_EN_DET = (
    r"(?:the|a|an|our|your|their|its|each|every|any|one of our|one of the|"
    r"(?:a\s+)?(?:senior\s+)?members?\s+of\s+(?:the\s+|our\s+)?)"
)
_EN_MODAL = (
    r"(?:will|shall|must|should|can|may|would|(?:is|are)\s+(?:going\s+|required\s+|expected\s+)?to|has\s+to|have\s+to|"
    r"(?:is|are|will\s+be)\s+(?:responsible|accountable)\s+for)"
)
_EN_ADVERB = r"(?:(?:then|also|normally|usually|now|always|first|promptly|aim\s+to)\s+)?"
_EN_PHRASE = r"(?P<np>(?:[A-Za-z][\w&'’-]*\s+){0,4}?[A-Za-z][\w&-]*)"
# "…, our service leads, with the support of our customer resolution team, will work with you": the subject may
# stand apart from its modal by a phrase between commas.
_EN_CLAUSE_SUBJECT = re.compile(
    rf"(?:^|[.;:!?]\s+|,\s+(?:and\s+|then\s+)?|\b(?:then|and|where|when|if|once|so|that)\s+)(?:{_EN_DET}\s+)?"
    rf"{_EN_PHRASE}(?:\s*,[^,]{{3,60}},)?\s+{_EN_ADVERB}{_EN_MODAL}\s+{_EN_ADVERB}(?P<v>[a-z]+)(?:\s+(?P<pp>[a-z]+))?",
    re.IGNORECASE,
)
_EN_DONE_BY = re.compile(
    rf"\b(?:[a-z]+ed|seen|done|taken|given|made|sent|overseen|undertaken|written|chosen)\s+(?:[a-z]+\s+){{0,2}}?by\s+"
    rf"(?:{_EN_DET}\s+)?{_EN_PHRASE}(?=\s+(?:who|within|in|and|at|on|for|if|to|as|or|with)\b|[,.;)]|$)",
    re.IGNORECASE,
)
# "passed to a senior manager to investigate", "referred to the review panel for a decision": whom the work is given to.
_EN_GIVEN_TO = re.compile(
    rf"\b(?:pass|refer|forward|send|sent|escalat|allocat|assign|direct|hand)[a-z]*\s+(?:[\w-]+\s+){{0,4}}?(?:on\s+)?to\s+"
    rf"(?:{_EN_DET}\s+)?{_EN_PHRASE},?\s+(?=to\s+(?:investigate|review|consider|look|respond|deal|handle|decide|resolve|"
    r"reply|assess)\b|for\s+(?:investigation|review|a\s+response|consideration|a\s+decision|a\s+reply)\b|who\s+(?:will|shall)\b)",
    re.IGNORECASE,
)
# "approach the class teacher", "write to the Directors", "it will be escalated to the Divisional Chairman": the one the
# complaint is taken to, who handles it there.
_EN_TAKEN_TO = re.compile(
    r"\b(?:approach(?:ing)?|contact(?:ing)?|e-?mail(?:ing)?|(?:write|writing|wrote|appeal|complain|apply)\s+(?:directly\s+|then\s+)?to|"
    r"get\s+in\s+touch\s+(?:[^,.;:]{0,40}?\s+)?with|"
    r"(?:raise|lodge|discuss|take)\s+(?:it|this|that|the\s+matter|the\s+issue|the\s+complaint|your\s+complaint|your\s+concerns?)"
    r"(?:\s+in\s+writing)?\s+(?:with|to)|"
    r"(?:escalated|referred|passed|forwarded|taken)\s+(?:on\s+|further\s+|up\s+)?to)\s+"
    rf"{_EN_DET}\s+(?P<np>(?:[A-Za-z][\w&'’-]*\s+){{0,6}}?[A-Za-z][\w&-]*)"
    r"(?=\s+(?:with|who|within|in|and|at|on|for|if|to|as|or|by|so|via|before|after)\b|[,.;:)]|$)",
    re.IGNORECASE,
)
# "the person who receives your complaint will…": a post named by what it does, the relative clause part of its name.
_EN_WHO_SUBJECT = re.compile(
    rf"(?:^|[.;:!?]\s+|,\s+|\b(?:then|and|if|once|so|that)\s+)(?:the|a|an|our)\s+(?P<np>(?:[a-z][\w-]*\s+){{0,2}}?"
    r"(?:person|member of staff|staff member|officer|manager|colleague|adviser|advisor|employee|team)\s+(?:who|that)\s+"
    r"(?:[\w-]+\s+){1,6}?(?:complaint|case|concern|enquiry|matter|investigation|review|call))\s+"
    rf"{_EN_ADVERB}{_EN_MODAL}\b(?!\s+not\b)",
    re.IGNORECASE,
)
# The last word of a person or a unit: a post's noun (officer, lead, employee…), one made from a verb (-er, -or, -ist,
# -ian: handler, supervisor, specialist, clinician) or an acronym (CEO); not words so made that name things.
_EN_ACTOR_HEAD = re.compile(
    r"(?:officer|manager|team|staff|person|service|department|unit|panel|committee|board|director|investigator|adviser|"
    r"advisor|handler|lead|leader|head|executive|supervisor|coordinator|representative|colleague|employee|member|"
    r"specialist|agent|caseworker|owner|partner|chair|chairperson|president|administrator|analyst|controller|auditor|"
    r"reviewer|assessor|consultant|clinician|doctor|nurse|engineer|technician|operator|worker|desk|centre|center|office|"
    r"function|directorate|secretariat|secretary|champion|advocate|chairman|chairwoman|principal|governors|"
    r"[a-z]+(?:er|or|ist|ian))s?$",
    re.IGNORECASE,
)
_EN_NOT_ACTOR_WORD = re.compile(
    r"^(?:you|we|they|it|he|she|this|that|these|those|there|which|who|what|how|when|where|why|everyone|anyone|"
    r"customer|complainant|client|consumer|user|letter|matter|number|order|answer|paper|other|error|factor|register|"
    r"chapter|complaint|response|decision|review|investigation|outcome|process|procedure|policy|time|report|reply|"
    r"request|case|issue|problem|information|record|copy|form|email|call|payment|refund|compensation|remedy|apology|"
    r"meeting|bank|company|council|organisation|organization|firm|society|business|union|insurer|group|trust|"
    r"authority|ombudsman|ombudsperson|regulator|commissioner|court|tribunal|police|cover|member of the public)s?$",
    re.IGNORECASE,
)


_EN_GENERIC = re.compile(
    r"(?:staff|team|service|department|unit|office|person|member|colleague|employee|people|manager|officer)s?", re.IGNORECASE
)


def _en_clause_actors(text: str) -> list[str]:
    found: list[str] = []
    subjects = [
        m.group("np")
        for m in _EN_CLAUSE_SUBJECT.finditer(text)
        # "X will be sent to you": a thing done, not one who does it
        if not (m.group("v").lower() == "be" and re.fullmatch(r"[a-z]+(?:ed|en)|sent|made|done|kept", m.group("pp") or ""))
    ]
    for m in _EN_WHO_SUBJECT.finditer(text):
        title = m.group("np")[0].upper() + m.group("np")[1:]
        if not re.search(r"\b(?:by|you|we|customers?|complainants?|clients?)\b", m.group("np"), re.IGNORECASE):
            found.append(title)
    given = [m.group("np") for m in _EN_GIVEN_TO.finditer(text)]
    given += [m.group("np") for m in _EN_TAKEN_TO.finditer(text)]
    for np in subjects + [m.group("np") for m in _EN_DONE_BY.finditer(text)] + given:
        # If the matter remains unresolved the Director will…: a condition without its comma, the subject after it
        np = re.sub(
            r"^.*\b(?:remains?|is|are|was|were|has|have|had|does|do|did|cannot|can't)\s+[a-z]+\s+(?=the\s)", "", np.strip()
        )
        np = re.sub(r"^(?:the|a|an|our|your|their|its|each|every|any)\s+", "", np.strip(), flags=re.IGNORECASE)
        words = np.split()
        # the staff member concerned, the manager involved: the one meant, named by its head before the word
        head = words[-2] if len(words) >= 2 and words[-1].lower() in ("concerned", "involved") else (words or [""])[-1]
        if (
            not words
            or re.search(r"\b(?:by|you|we|your|our)\b", np, re.IGNORECASE)
            or re.fullmatch(
                r"you|we|they|it|he|she|this|that|these|those|there|which|who|what|how|when|where|why|everyone|anyone",
                words[0],
                re.IGNORECASE,
            )
            or _EN_NOT_ACTOR_WORD.search(head)
            or _EN_OUTSIDE.search(np)
            # the Board of Management, the Airporter Management: a body named with a capital
            or not (_EN_ACTOR_HEAD.search(head) or re.fullmatch(_CHIEF + "|Management", head))
            or (len(words) == 1 and _EN_GENERIC.fullmatch(np))  # "staff will…", "the department will…": whose?
        ):
            continue
        title = np[0].upper() + np[1:]
        if title.lower() not in [f.lower() for f in found]:
            found.append(title)
    return found


def _en_post_subject(subject: str) -> bool:
    """Whether the subject of an English duty sentence is a post: not a pronoun nor a thing (Complaints are dealt with…,
    Action is taken…, Complainants are treated…); a word alone only when it is a post's noun (Board, Ombudsman)."""
    words = re.sub(r"^(?:The|Our|Each)\s+", "", subject, flags=re.IGNORECASE).split()
    if not words or re.fullmatch(r"We|You|They|It|This|These|Each|All|Everyone", words[0], re.IGNORECASE):
        return False
    if _EN_NOT_ACTOR_WORD.search(words[-1]) and not re.fullmatch(r"ombuds(?:man|person)", words[-1], re.IGNORECASE):
        return False
    return len(words) > 1 or bool(_EN_ACTOR_HEAD.search(words[-1]))


# The subject of an English duty sentence: "Complaint handlers investigate…", "The Board approves…".
_EN_SUBJECT = re.compile(
    r"^(?P<s>(?:The\s+|Our\s+|Each\s+)?[A-Z][\w-]*(?:\s+(?:of|for|and|&|[A-Z][\w-]*|teams?|staff|officers?|managers?|"
    r"handlers?|departments?|services?|units?|leads?|directors?|members?|advis[eo]rs?|representatives?|executives?|heads?|"
    r"colleagues|employees|supervisors?|partners?|specialists?|agents?|customer|complaints?|relations|care|experience|"
    r"frontline|line|senior|case)){0,4}?)\s+"
    r"(?:is|are|will|shall|must|should|owns?|leads?|investigates?|handles?|monitors?|reviews?|manages?|"
    r"oversees?|approves?|reports?|ensures?|writes?|responds?|coordinates?|maintains?|provides?|checks?|"
    r"signs?|receives?|logs?|records?|acknowledges?|decides?|chairs?)\b"
)


# Bodies outside the organisation (当地政府部门, 监管部门, 公安机关): parties an escalation may name, not posts of the plan.
_OUTSIDE_BODY = re.compile(
    r"^(?:当地|地方|有关|相关|各级|上级)?(?:政府|监管|公安|派出所|法院|检察|消协|消费者协会|新闻(?!发言人)|媒体)|"
    r"^[\u4e00-\u9fff]{0,8}?(?:省|市|县|区|州|镇|乡|街道)(?:人民)?政府|"  # 县政府值班室, 市人民政府办公室
    r"^(?:当地|地方)(?:有关|相关)?(?:部门|单位|机构)|"  # 地方有关部门: the local authorities
    r"^(?:当地|事发地|属地)[\u4e00-\u9fff]{0,10}(?:部门|单位|机构|政府)$|"  # 当地旅游管理部门: the local authority
    r"^上一?级|"  # 上一级管理部门: the level above the plan's own organisation
    r"^(?:行业|上级)?主管部门$"
)
# Government bureaus and authorities (县交通运输局, 市场监管部门, 质检部门, 司法机关, 卫生健康委): outside the organisation
# of a company's, bank's or hospital's plan; in a government's own plan (县燃气突发事件应急预案) they are its members.
_AUTHORITY = re.compile(
    # (a hall is a place or a unit of the plan: 营业厅, 服务大厅, 餐厅, not a government department)
    r"^[\u4e00-\u9fff]{0,10}?(?:局|(?<![大业餐客展门宴舞])厅)$|"
    r"^[\u4e00-\u9fff]{0,8}?(?:市场监管|市场监督管理|质检|质监|司法|公安|消防|税务|工商|卫健|卫生健康|交通运输|住建|"
    r"生态环境|环保|应急管理|人社|金融监管|银保监|银监|保监|证监|人民银行|人行|外汇管理|外管)(?:部门|机关|机构|委|委员会|局|分局|厅|所|"
    r"分行|支行|中心支行)?$|"
    r"^[\u4e00-\u9fff]{0,10}?(?:行业|业)协会$|"  # 银行业协会, 中国期货业协会: an industry's association, outside a member's plan
    r"^[\u4e00-\u9fff]{0,8}?监管(?:部门|机构|机关)$|^[\u4e00-\u9fff]{0,8}?监督管理(?:委员会|总局|局|部门)$|"  # 电力监管部门, 银行业监管机构: the regulator
    r"^[\u4e00-\u9fff]{0,4}?[省市县区](?:委|政府)?(?:主要)?领导$"  # 市领导, 县委领导: the government's leaders
)
# A bank's levels, the highest first: a 支行's plan escalates to the 分行, which is outside its organisation.
_BANK_LEVELS = ("总行", "省行", "分行", "支行")
# A government's own plan: issued by a government, bureau or commission, or titled by its area alone (某县…应急预案).
_GOVERNMENT_TITLE = re.compile(
    r"政府|局|厅|委员会|管委会|^[\u4e00-\u9fff]{0,6}?(?:省|市|县|区|镇|乡|街道)(?![^，。]*(?:公司|银行|医院|学校|集团|支行|分行|中心|物业))"
)


# A vague post (相关部门, 有关科室, 公司各相关部门): a role where it acts or is given or told the work (由相关科室处理,
# 报告相关科室), not where a sentence only hands something over to it or deals with it.
_VAGUE = re.compile(r"^(?:公司|本行|我行|本院|全院)?(?:各)?(?:相关|有关)")
_VAGUE_NAMED = re.compile(r"(?:由|交由|报|报告|上报|汇报|向)(?:给|至|到)?(?:各)?\s*$")


# English bodies outside the organisation a complaint may go to (the Ombudsman, the Consumer Council for Water, the FCA).
_EN_OUTSIDE = re.compile(
    r"\b(?:ombudsman|regulator|tribunal|court|police|commissioner|citizens advice|consumer council|advocacy service|"
    r"healthwatch|watchdog|financial conduct authority|ofwat|ofgem|ofcom|fca|cqc|care quality commission|"
    # a public service's department (the Fire Department, Environmental Health, Social Welfare Department)
    r"(?:fire|(?:environmental\s+)?health|excise|consumer\s+affairs|social\s+welfare|military|labou?r|tax|revenue|"
    r"immigration|government)\s+departments?)\b",
    re.IGNORECASE,
)


def outside_body(name: str, *, government: bool = False) -> bool:
    """A government body, regulator or authority (县交通运输局, 市场监管部门, 派出所, the Ombudsman): outside the
    organisation — but a bureau is a member of a government's own plan (`government`)."""
    return bool(_OUTSIDE_BODY.match(name) or _EN_OUTSIDE.search(name) or (not government and _AUTHORITY.match(name)))


_EN_REPORTED_TO = re.compile(r"\breport(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+|our\s+|a\s+|an\s+)?$", re.IGNORECASE)


def _agents(text: str, spans: list[tuple[str, int, int]]) -> list[str]:
    found: list[str] = []
    for post, start, end in spans:
        if post in found or _OUTSIDE_BODY.match(post):
            continue
        if not re.search(r"[\u4e00-\u9fff]", post):
            if not _EN_REPORTED_TO.search(text[max(0, start - 80) : start]):
                found.append(post)  # not "report annually to the Audit Committee": whom one reports to does no work
            continue
        # only the clause the post stands in is read (a long paragraph costs no more than a short one)
        cut = max(text.rfind(mark, 0, start) for mark in "，,；;。：:（(")
        head = text[max(cut, 0) : start] if start - max(cut, 0) <= 160 else "甲" + text[start - 160 : start]
        before = _AGENT_LIST.sub("", head)
        after = text[end : end + 200]
        named = _AGENT_NAMED.search(head[-40:])
        if named and _VAGUE.match(post) and not _VAGUE_NAMED.search(head[-40:]):
            named = None  # 移交相关部门, 对接…相关部门, 调配相关工作人员: a vague post as an object only is nobody of the plan
        listed = _AGENT_LIST.search(head) if _VAGUE.match(post) else None
        if (
            listed
            and not _VAGUE_NAMED.search(head[: listed.start()])
            and not post_spans(re.split(r"[、和或及与]", listed.group())[0])
        ):
            continue  # 对接家长、媒体及相关部门: the vague end of a list that names no post is no post either
        if _AGENT_AFTER_STRONG.match(after) or named or (_AGENT_BEFORE.search(before) and not _NOT_AGENT_AFTER.match(after)):
            found.append(post)
    return found
