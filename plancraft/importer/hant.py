"""Reading a plan written in traditional characters (繁體) like one in simplified ones.

    simplified("重大投訴事件應急處理辦法") -> "重大投诉事件应急处理办法"
    simplified("網(wǎng) 址") -> "网 址"      (a mirror's pinyin glosses dropped)

The importer's vocabulary (headings, grades, roles, deadlines, amounts) is written in simplified characters.
A document in traditional characters is read through this one-to-one table of the characters plans and that
vocabulary use, so every pattern matches it alike. The draft is written back in the document's own script
(`source_script`): an officer in Hong Kong or Taiwan gets 總經理 where the plan says 總經理, each character as the
document itself writes it (the paragraph numbers kept with each value stay the source's).
A full converter (OpenCC) would be a new dependency for the few hundred characters plans use; characters the
table lacks are left as they are.
"""

from __future__ import annotations

from plancraft.importer import recache as re
from collections import Counter
from collections.abc import Iterable

_PAIRS = (
    "萬万 貳贰 寵宠 與与 專专 業业 叢丛 東东 絲丝 兩两 嚴严 喪丧 個个 豐丰 臨临 為为 麗丽 舉举 義义 烏乌 樂乐 喬乔 習习 鄉乡 書书 買买 亂乱 爭争 "
    "於于 虧亏 雲云 亞亚 產产 畝亩 親亲 億亿 僅仅 從从 侖仑 倉仓 儀仪 們们 價价 眾众 優优 會会 傘伞 偉伟 傳传 傷伤 倫伦 偽伪 體体 "
    "餘余 傭佣 僉佥 俠侠 侶侣 僥侥 偵侦 側侧 僑侨 儂侬 俁俣 係系 債债 傾倾 儲储 兒儿 內内 兩两 冊册 寫写 軍军 農农 馮冯 沖冲 決决 "
    "況况 凍冻 淨净 涼凉 減减 湊凑 凜凛 幾几 鳳凤 憑凭 凱凯 擊击 鑿凿 劃划 劉刘 則则 剛刚 創创 刪删 別别 剎刹 劑剂 剮剐 劍剑 劇剧 "
    "勸劝 辦办 務务 動动 勵励 勁劲 勞劳 勢势 勳勋 勻匀 匯汇 區区 醫医 華华 協协 單单 賣卖 盧卢 鹵卤 衛卫 卻却 廠厂 廳厅 曆历 歷历 "
    "壓压 厭厌 厲厉 縣县 參参 雙双 發发 變变 敘叙 疊叠 號号 嘆叹 嚇吓 嗎吗 啟启 吳吴 員员 聽听 嗚呜 響响 問问 啞哑 喚唤 團团 園园 "
    "圍围 圖图 國国 圓圆 聖圣 場场 壞坏 塊块 堅坚 壇坛 壩坝 墳坟 墜坠 壟垄 執执 報报 場场 塗涂 塢坞 墊垫 聲声 殼壳 處处 備备 復复 "
    "夠够 頭头 誇夸 夾夹 奪夺 奮奋 獎奖 婦妇 媽妈 嫵妩 孫孙 學学 寧宁 寶宝 實实 審审 憲宪 宮宫 寬宽 賓宾 寢寝 對对 尋寻 導导 壽寿 "
    "將将 爾尔 塵尘 嘗尝 屍尸 層层 屬属 歲岁 豈岂 島岛 嶺岭 崗岗 幣币 帥帅 師师 帳帐 帶带 幫帮 庫库 廣广 慶庆 廬庐 應应 廟庙 廢废 "
    "開开 異异 棄弃 張张 彌弥 彎弯 歸归 當当 錄录 彙汇 徹彻 徑径 後后 徵征 憶忆 懷怀 態态 總总 恆恒 惡恶 惱恼 惲恽 悅悦 懸悬 驚惊 "
    "懼惧 慘惨 慣惯 願愿 懇恳 戀恋 戰战 戲戏 戶户 撲扑 執执 擴扩 掃扫 揚扬 擾扰 撫抚 搶抢 護护 報报 擔担 擬拟 攏拢 揀拣 擁拥 攔拦 "
    "擰拧 撥拨 擇择 掛挂 摯挚 撓挠 擋挡 擠挤 揮挥 損损 撿捡 換换 據据 擄掳 攜携 摟搂 攝摄 擺摆 搖摇 擺摆 敵敌 數数 斷断 於于 時时 "
    "曠旷 晝昼 顯显 曉晓 暫暂 曬晒 書书 會会 東东 條条 來来 極极 構构 槍枪 標标 樣样 機机 權权 橫横 檢检 樓楼 歡欢 歐欧 殘残 殺杀 "
    "毀毁 氣气 漢汉 湯汤 溝沟 沒没 滬沪 濃浓 淚泪 潔洁 灑洒 澆浇 濁浊 測测 濟济 瀏浏 渾浑 濤涛 澇涝 潤润 澀涩 淵渊 漸渐 漲涨 滿满 "
    "濾滤 濫滥 災灾 煙烟 燈灯 爐炉 點点 煉炼 熱热 營营 燒烧 愛爱 爺爷 牆墙 狀状 獨独 獄狱 獲获 獵猎 現现 環环 產产 畫画 暢畅 當当 "
    "療疗 癢痒 發发 盜盗 盡尽 監监 盤盘 盧卢 眾众 睜睁 瞭了 礎础 確确 碼码 礙碍 禮礼 禍祸 離离 秘秘 稅税 種种 積积 稱称 穩稳 窮穷 "
    "競竞 筆笔 節节 範范 築筑 簡简 簽签 類类 糧粮 糾纠 紅红 紀纪 約约 級级 紛纷 紙纸 紋纹 納纳 純纯 線线 練练 組组 細细 終终 經经 "
    "結结 給给 絡络 絕绝 統统 繼继 續续 維维 綜综 綠绿 網网 緊紧 緒绪 編编 緣缘 緩缓 縮缩 總总 績绩 織织 繁繁 繩绳 繳缴 罰罚 羅罗 "
    "聯联 聰聪 職职 聽听 肅肃 脅胁 脈脉 腦脑 膽胆 臉脸 興兴 舊旧 艱艰 節节 範范 蘇苏 藥药 葉叶 萬万 營营 蕭萧 薦荐 藝艺 蟲虫 補补 "
    "裝装 襲袭 見见 規规 視视 覽览 覺觉 觀观 觸触 計计 訂订 認认 討讨 讓让 訓训 議议 記记 講讲 許许 論论 設设 訪访 證证 評评 識识 "
    "詐诈 訴诉 診诊 詞词 譯译 試试 詩诗 誠诚 話话 誕诞 詳详 說说 語语 誤误 誘诱 請请 諸诸 諾诺 讀读 課课 誰谁 調调 談谈 諒谅 謀谋 "
    "諮咨 謝谢 謹谨 譜谱 警警 貝贝 負负 貢贡 財财 責责 質质 販贩 貨货 貧贫 購购 貫贯 貸贷 費费 賀贺 資资 賠赔 賬账 賴赖 賞赏 賦赋 "
    "賤贱 贊赞 趕赶 趨趋 躍跃 車车 軌轨 軟软 較较 載载 輔辅 輕轻 輛辆 輸输 轄辖 轉转 辭辞 邊边 遼辽 達达 遷迁 過过 運运 還还 這这 "
    "進进 遠远 違违 連连 遲迟 適适 選选 遞递 邏逻 遺遗 郵邮 鄰邻 鄭郑 醫医 釋释 裡里 裏里 鑒鉴 針针 釘钉 銀银 鋼钢 錢钱 錯错 鍵键 "
    "銷销 鎖锁 鎮镇 長长 門门 閃闪 閉闭 問问 間间 閱阅 闆板 關关 隊队 陽阳 陰阴 陣阵 階阶 際际 陸陆 隱隐 險险 隨随 難难 雞鸡 雖虽 "
    "電电 霧雾 靈灵 靜静 面面 韓韩 頁页 頂顶 項项 順顺 須须 預预 領领 頻频 題题 額额 顏颜 願愿 類类 顧顾 風风 飛飞 飯饭 飲饮 館馆 "
    "馬马 駐驻 驗验 驟骤 髮发 鬥斗 鬧闹 魚鱼 鳥鸟 鳴鸣 黃黄 齊齐 齒齿 龍龙 龜龟 屆届 檔档 懲惩 懈懈 擬拟 濱滨 瀾澜 灣湾 熾炽 "
    "緝缉 緯纬 縱纵 繫系 聞闻 舉举 蓋盖 虛虚 衝冲 術术 襯衬 訊讯 詢询 該该 誌志 謂谓 諧谐 謠谣 譽誉 變变 貿贸 賃赁 蹤踪 軸轴 "
    "輪轮 辯辩 鄧邓 醞酝 釀酿 鋪铺 鏈链 闡阐 隸隶 韌韧 響响 頒颁 頓顿 頗颇 颱台 飭饬 饋馈 騙骗 驅驱 魯鲁 麥麦 黨党 齡龄 週周 "
    "準准 滯滞 瀆渎 稟禀 謄誊 臺台 檯台 傑杰 輿舆 涉涉 擱搁 攤摊 獻献 癥症 積积 簿簿 糊糊 薪薪 訟讼 詮诠 錶表 鬱郁 纖纤 無无 牽牵 麼么 憂忧 鬆松 隻只 啓启 彙汇 賬账 簽签 歸归 臺台 "
    # minutes (30分鐘內), and posts a shop's, a kitchen's or a driver's rule names (櫃員, 幹事, 採購, 廚師, 駕駛員)
    "鐘钟 櫃柜 幹干 採采 籌筹 駕驾 駛驶 廚厨 鐵铁 纜缆 鍋锅 僱雇 製制 償偿 複复 雜杂 "
    # the words of acts and their objects (並及時通知, 儘快, 公佈, 張貼, 囑咐, 滅火, 遊客, 託管, 兌換, 覈實, 鑑定)
    "並并 儘尽 佈布 貼贴 囑嘱 滅灭 遊游 託托 兌兑 覈核 鑑鉴 罷罢 慮虑 欄栏 橋桥 樑梁 竊窃 貪贪 賄贿 賂赂 毆殴 罵骂 誣诬 "
    "駁驳 騷骚 纏缠 廁厕 鑰钥 簾帘 鈕钮 鹽盐 麵面 麪面 謙谦 讚赞 殯殡 賽赛 艙舱 艦舰 擷撷 牴抵 剋克 擡抬 纔才 喫吃 嚮向 "
    "嬰婴 屢屡 廂厢 弔吊 彆别 捨舍 摺折 棲栖 氾泛 溼湿 盃杯 穀谷 籤签 綑捆 綁绑 綵彩 繃绷 菸烟 蒐搜 薑姜 豎竖 跡迹 "
    "蹟迹 踴踊 逕径 醃腌 鉅巨 鍊链 鎔熔 鑄铸 閒闲 黴霉 頹颓 祕秘"
    # names and their surnames (趙顯勝, 陳偉傑, 劉澤泉): a roster line is read by the name it opens with
    " 趙赵 陳陈 呂吕 蔣蒋 楊杨 譚谭 鍾钟 閻阎 聶聂 龐庞 溫温 鄒邹 勝胜 澤泽 豔艳 輝辉 強强 鵬鹏 貴贵 榮荣 銘铭 瑩莹 蓮莲 穎颖 驥骥 駿骏 賢贤 鋒锋 鐵铁 錦锦 韋韦 鴻鸿 樹树"
)
_TABLE = str.maketrans({pair[0]: pair[1] for pair in _PAIRS.split() if pair[0] != pair[1]})
_TRADITIONAL = frozenset(chr(code) for code in _TABLE)
# A mirror's reading aid after a character: 網(wǎng), 業(yè) (pinyin with tone marks, in half- or full-width brackets).
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]")


def is_traditional(text: str) -> bool:
    """True when a paragraph is written in traditional characters: two or more of them, more than simplified forms."""
    traditional = sum(1 for ch in text if ch in _TRADITIONAL)
    return traditional >= 2 and traditional > sum(1 for ch in text if ch in _SIMPLIFIED_ONLY)


def read_simplified(text: str) -> str:
    """A paragraph in traditional characters as simplified(); any other text as it is."""
    return simplified(text) if is_traditional(text) else text


def simplified(text: str) -> str:
    """The text with the table's traditional characters in their simplified forms, pinyin glosses dropped."""
    return _GLOSS.sub("", text).translate(_TABLE)


_SIMPLIFIED_ONLY = frozenset(pair[1] for pair in _PAIRS.split() if pair[0] != pair[1]) - _TRADITIONAL


class Script:
    """How a document in traditional characters writes each character of a simplified reading of it: `script(text)`
    is the text in the document's own characters. Where the document writes one simplified character two ways (聯繫
    and 系統 both read 系; 頭髮 and 發展 both read 发), the character beside it decides, as the document has it beside
    that character; else the way the document writes it most often."""

    def __init__(self, written: dict[str, Counter], beside: dict[tuple[str, str], Counter]) -> None:
        self.plain = {ord(simple): counts.most_common(1)[0][0] for simple, counts in written.items()}
        self.beside = beside
        self.twofold = {simple for simple, counts in written.items() if len(counts) > 1}

    def __call__(self, text: str) -> str:
        if not self.twofold.intersection(text):
            return text.translate(self.plain)
        out = []
        for i, ch in enumerate(text):
            if ch in self.twofold:
                after = self.beside.get((ch, text[i + 1 : i + 2])) or self.beside.get((text[i - 1 : i], ch))
                if after:
                    out.append(after.most_common(1)[0][0])
                    continue
            out.append(ch.translate(self.plain))
        return "".join(out)


def source_script(texts: Iterable[str]) -> Script | None:
    """For a document written in traditional characters (more of its paragraphs traditional than not), the Script
    that turns a simplified reading of it back into its own characters (髮 or 發 for 发, as the document has it).
    None for a document in simplified characters, which is read and written as it is."""
    traditional = plain = 0
    kept = [_GLOSS.sub("", text) for text in texts if re.search(r"[\u4e00-\u9fff]", text)]
    for text in kept:
        if is_traditional(text):
            traditional += 1
        else:
            plain += 1
    # the simplified characters the document writes in a traditional form somewhere (系 where it has 聯繫)
    changed = {ch.translate(_TABLE) for text in kept for ch in text if ch in _TRADITIONAL}
    written: dict[str, Counter] = {}
    beside: dict[tuple[str, str], Counter] = {}
    for text in kept:
        reading = text.translate(_TABLE)
        own = is_traditional(text)  # a character left as it is counts where the paragraph is written traditionally
        for i, ch in enumerate(text):  # a short text too (a cell 商品質量) says how the document writes a character
            simple = reading[i]
            if simple in changed and (ch != simple or own):
                written.setdefault(simple, Counter())[ch] += 1
                beside.setdefault((simple, reading[i + 1 : i + 2]), Counter())[ch] += 1
                beside.setdefault((reading[i - 1 : i], simple), Counter())[ch] += 1
    if traditional <= plain or not written:
        return None
    return Script(written, beside)
