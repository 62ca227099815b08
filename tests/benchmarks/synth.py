"""Synthetic Jekyll site shaped like the seed archive, for benchmarks.

Posts look like the finews seed: quoted CJK titles, ``date: YYYY-MM-DD HH:MM:SS +0800``,
scalar ``categories``/``tags`` (sometimes lists), and HTML ``<p>`` bodies of 2–8 KB. The
text is random, drawn from a frequency-weighted list of common characters, so nothing is
copied from real posts. Category and tag vocabularies follow a Zipf-like law, as they do in
real archives (a few huge categories, a long tail of rare tags).

``make_site(root, n, seed)`` is deterministic and reuses a finished site with the same
``n`` and ``seed`` (a marker file is written last, so an interrupted build is redone).
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import os
import random
import shutil
import sys
import time
from pathlib import Path

GENERATOR_VERSION = 1
MARKER = ".synth.json"

# Roughly in order of frequency in modern news Chinese; order feeds the Zipf weights.
COMMON = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过"
    "子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体"
    "制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内"
    "数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提"
    "直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计"
    "别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海"
    "口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身"
    "车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石"
    "记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青"
    "省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型"
    "眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严首底液官德随病苏"
    "失尔死讲配女黄推显谈罪神艺呢席含企望密批营项防举球英氧势告李台落木帮轮破亚师围注远字材排供河"
    "态封另施减树溶怎止案言士均武固叶鱼波视仅费紧爱左章早朝害续轻服试食充兵源判护司足某练差致板田"
    "降黑犯负击范继兴似余坚曲输修故城夫够送笔船占右财吃富春职觉汉画功巴跟虽杂飞检吸助升阳互初创抗"
    "考投坏策古径换未跑留钢曾端责站简述钱副尽帝射草冲承独令限阿宣环双请超微让控州良轴找否纪益依优"
    "顶础载倒房突坐粉敌略客袁冷胜绝析块剂测丝协诉念陈仍罗盐友洋错苦夜刑移频逐靠混母短皮终聚汽村云"
    "哪既距卫停烈央察烧迅境若印洲刻括激孔搞甚室待核校散侵吧甲游久菜味旧模湖货损预阻毫普稳乙妈植息"
    "扩银语挥酒守拿序纸医缺雨吗针刘啊急唱误训愿审附获茶鲜粮斤孩脱硫肥善龙演父渐血欢械掌歌沙刚攻谓"
    "盾讨晚粒乱燃矛乎杀药宁鲁贵钟煤读班伯香介迫句丰培握兰担弦蛋沉假穿执答乐谁顺烟缩征脸喜松脚困异"
    "免背星福买染井概慢怕磁倍祖皇促静补评翻肉践尼衣宽扬棉希伤操垂秋宜氢套督振架亮末宪庆编牛触映雷"
    "销诗座居抓裂胞呼娘景威绿晶厚盟衡鸡孙延危胶屋乡临陆顾掉呀灯岁措束耐剧玉赵跳哥季课凯胡额款绍卷"
    "齐伟蒸殖永宗苗川炉岩弱零杨奏沿露杆探滑镇饭浓航怀赶库夺伊灵税途灭赛归召鼓播盘裁险康唯录菌纯借"
    "糖盖横符私努堂域枪润幅哈竟熟虫泽脑壤碳欧遍侧寨敢彻虑斜薄庭纳弹饲伸折麦湿暗荷瓦塞床筑恶户访塔"
    "奇透梁刀旋迹卡氯遇份毒泥退洗摆灰彩卖耗夏择忙铜献硬予繁圈雪函亦抽篇阵阴丁尺追堆雄迎泛爸楼避谋"
    "吨野猪旗累偏典馆索秦脂潮爷豆忽托惊塑遗愈朱替纤粗倾尚痛楚谢奋购磨君池旁碎骨监捕弟暴割贯殊释词"
    "亡壁顿宝午尘闻揭炮残冬桥妇警综招吴付浮遭徐您摇谷赞箱隔订男吹园纷唐败宋玻巨耕坦荣闭湾键凡驻锅"
    "救恩剥凝碱齿截炼麻纺禁废盛版缓净睛昌婚涉筒嘴插岸朗庄街藏姑贸腐奴啦惯乘伙恢匀纱扎辩耳彪臣亿璃"
    "抵脉秀萨俄网舞店喷纵寸汗挂洪贺闪柬爆烯津稻墙软勇像滚厘蒙芳肯坡柱荡腿仪旅尾轧冰贡登黎削钻勒逃"
    "障氨郭峰币港伏轨亩毕擦莫刺浪秘援株健售股岛甘泡睡童铸汤阀休汇舍牧绕炸哲磷绩朋淡尖启陷柴呈徒颜"
    "泪稍忘泵蓝拖洞授镜辛壮锋贫虚弯摩泰幼廷尊窗纲弄隶疑氏宫姐震瑞怪尤琴循描膜违夹腰缘珠穷森枝竹沟"
    "催绳忆邦剩幸浆栏拥牙贮礼滤钠纹罢拍咱喊袖埃勤罚焦潜伍墨欲缝姓刊饱仿奖铝鬼丽跨默挖链扫喝袋炭污"
    "幕诸弧励梅奶洁灾舟鉴苯讼抱毁懂寒智埔寄届跃渡挑丹艰贝碰拔爹戴码梦芽熔赤渔哭敬颗奔铅仲虎稀妹乏"
    "珍申桌遵允隆螺仓魏锐晓氮兼隐碍赫拨忠肃缸牵抢博巧壳兄杜讯诚碧祥柯页巡矩悲灌龄伦票寻桂铺圣恐恰"
    "郑趣抬荒腾贴柔滴猛阔辆妻填撤储签闹扰紫砂递戏吊陶伐喂疗瓶婆抚臂摸忍虾蜡邻胸巩挤偶弃槽劲乳邓吉"
    "仁烂砖租乌舰伴瓜浅丙暂燥橡柳迷暖牌秧胆详簧踏瓷谱呆宾糊洛辉愤竞隙怒粘乃绪肩籍敏涂熙皆侦悬掘享"
    "纠醒狂锁淀恨牲霸爬赏逆玩陵祝秒浙貌役彼悉鸭趋凤晨畜辈秩卵署梯炎滩棋驱筛峡冒啥寿译浸泉帽迟硅疆"
    "贷漏稿冠嫩胁芯牢叛蚀奥鸣岭羊凭串塘绘酵融盆锡庙筹冻辅摄袭筋拒僚旱钾鸟漆沈眉疏添棒穗硝韩逼扭侨"
    "凉挺碗栽炒杯患馏劝豪辽勃鸿旦吏拜狗埋辊掩饮搬骂辞勾扣估蒋绒雾丈朵姆拟宇辑陕雕偿蓄崇剪倡厅咬驶"
    "薯刷斥番赋奉佛浇漫曼扇钙桃扶仔返俗亏腔鞋棱覆框悄叔撞骗勘旺沸孤吐孟渠屈疾妙惜仰狠胀谐抛霉桑岗"
    "嘛衰盗渗脏赖涌甜曹阅肌哩厉烃纬毅昨伪症煮叹钉搭茎笼酷偷弓锥恒杰坑鼻翼纶叙狱逮罐络棚抑膨蔬寺骤"
    "穆冶枯册尸凸绅坯牺焰轰欣晋瘦御锭锦丧旬锻垄搜扑邀亭酯迈舒脆酶闲忧酚顽羽涨卸仗陪辟惩杭姚肚捉飘"
    "漂昆欺吾郎烷汁呵饰萧雅邮迁燕撒姻赴宴烦债帐斑铃旨醇董饼雏姿拌傅腹妥揉贤拆歪葡胺丢浩徽昂垫挡览"
    "贪慰缴汪慌冯诺姜谊凶劣诬耀昏躺盈骑乔溪丛卢抹闷咨刮驾缆悟摘铒掷颇幻柄惠惨佳仇腊窝涤剑瞧堡泼葱"
    "罩霍捞胎苍滨俩捅湘砍霞邵萄疯淮遂熊粪烘宿档戈驳嫂裕徙箭捐肠撑晒辨殿莲摊搅酱屏疫哀蔡堵沫皱畅叠"
)
PUNCT = "，，，，，。。、；：“”！？"
ASCII_WORDS = (
    "CRM",
    "AUM",
    "IPO",
    "GDP",
    "CPI",
    "PMI",
    "ETF",
    "LPR",
    "MSCI",
    "A股",
    "H股",
    "5G",
    "AI",
    "App",
    "ESG",
    "FF",
    "VR",
    "QFII",
    "REITs",
    "Wind",
)


def _zipf_cum(n: int, s: float = 1.07) -> list[float]:
    total = 0.0
    out = []
    for k in range(1, n + 1):
        total += 1.0 / (k**s)
        out.append(total)
    return out


_CHAR_CUM = _zipf_cum(len(COMMON), 0.9)


class _TextSource:
    """A long random text pool; posts take windows of it (fast, and still random per post)."""

    def __init__(self, rng: random.Random, size: int = 3_000_000) -> None:
        chars = rng.choices(COMMON, cum_weights=_CHAR_CUM, k=size)
        # Sprinkle punctuation, digits and a few ASCII words so bodies look like news text.
        for i in range(0, size, 1):
            r = rng.random()
            if r < 0.06:
                chars[i] = rng.choice(PUNCT)
            elif r < 0.066:
                chars[i] = str(rng.randint(1, 2030))
            elif r < 0.068:
                chars[i] = rng.choice(ASCII_WORDS)
        self.pool = "".join(chars)
        self.rng = rng

    def take(self, n_chars: int) -> str:
        start = self.rng.randrange(0, len(self.pool) - n_chars - 1)
        return self.pool[start : start + n_chars]


def _vocab_words(rng: random.Random, n: int, lo: int, hi: int) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        w = "".join(rng.choices(COMMON[:1200], k=rng.randint(lo, hi)))
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


_PINYIN_TEXT = (
    "zhong guo you zheng kuai di bao xin wen cai jing jin rong zheng quan yin hang ji jin gu shi "
    "shang hai shen zhen bei jing guang zhou hang zhou cheng du wu han chong qing tian jin nan "
    "jing xi an kuai xun dong cai gun dong ri bao wan bao zhou kan shi bao jing ji can kao hai "
    "wai wang ren min xin hua she lian he zao bao 21 shi ji di yi"
)
_PINYIN_SYLL = _PINYIN_TEXT.split()


def _category_slugs(rng: random.Random, n: int) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        w = "".join(rng.choices(_PINYIN_SYLL, k=rng.randint(2, 6)))
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


class _Zipf:
    def __init__(self, items: list[str], s: float) -> None:
        self.items = items
        self.cum = _zipf_cum(len(items), s)

    def pick(self, rng: random.Random) -> str:
        x = rng.random() * self.cum[-1]
        return self.items[min(bisect.bisect_left(self.cum, x), len(self.items) - 1)]


CONFIG = """\
theme: jekyll-theme-minimal
lang: zh-CN
title: 合成站点
url: https://example.invalid
timezone: Asia/Shanghai
plugins:
  - jekyll-feed
"""

LAYOUT_POST = """\
---
layout: default
---
<h1>{{ page.title }}</h1>
{{ content }}
"""
LAYOUT_DEFAULT = "<html><body>{{ content }}</body></html>\n"


def _post_text(rng: random.Random, src: _TextSource, cats: _Zipf, tags: _Zipf, ts: float) -> str:
    tm = time.gmtime(ts + 8 * 3600)
    date_s = time.strftime("%Y-%m-%d %H:%M:%S", tm)
    title = src.take(rng.randint(8, 30)).replace("“", "").replace("”", "").replace('"', "")
    if rng.random() < 0.3:
        title = title[: len(title) // 2] + " " + title[len(title) // 2 :]
    layout = "post" if rng.random() < 0.97 else "default"
    r = rng.random()
    if r < 0.85:
        cat_line = f"categories: {cats.pick(rng)}"
    elif r < 0.95:
        cat_line = f"categories: [{cats.pick(rng)}, {cats.pick(rng)}]"
    else:
        cat_line = f"categories: {cats.pick(rng)} {cats.pick(rng)}"
    r = rng.random()
    if r < 0.7:
        tag_line = f"tags: {tags.pick(rng)}"
    elif r < 0.9:
        tag_line = "tags: " + " ".join(dict.fromkeys(tags.pick(rng) for _ in range(3)))
    else:
        tag_line = "tags:\n" + "".join(f"  - {tags.pick(rng)}\n" for _ in range(2)).rstrip("\n")
    r = rng.random()
    if r < 0.004:  # The seed archive has posts like this: empty title, date without a time.
        head = f'layout: {layout}\ntitle: ""\ndate:  +0800\n{cat_line}\n{tag_line}\n'
    elif r < 0.006:  # Broken YAML: an unclosed quote.
        head = f'layout: {layout}\ntitle: "{title}\ndate: {date_s} +0800\n{cat_line}\n'
    elif r < 0.5:
        head = f'layout: {layout}\ntitle: "{title}"\ndate: {date_s} +0800\n{cat_line}\n{tag_line}\n'
    else:
        head = f'layout: {layout}\ntitle: "{title}"\ndate: {date_s}\n{cat_line}\n{tag_line}\n'
    if rng.random() < 0.02:
        head += "published: false\n"
    target = rng.randint(2048, 8192)  # bytes; CJK is 3 bytes a character in UTF-8
    parts: list[str] = []
    size = 0
    while size < target:
        p = src.take(rng.randint(20, 400))
        if rng.random() < 0.05:
            p = f"{{{{ site.title }}}}<strong>{p[:10]}</strong>{p[10:]}"
        para = f"<p>{p} </p>\n "
        parts.append(para)
        size += len(para.encode("utf-8"))
    return "---\n" + head + "---\n" + "".join(parts).rstrip(" ") + "\n"


def make_site(root: Path, n: int, seed: int = 1) -> Path:
    """Build (or reuse) a synthetic site of ``n`` posts under ``root``; return its folder."""
    site = Path(root) / f"synth-{n}-s{seed}"
    marker = site / MARKER
    want = {"n": n, "seed": seed, "version": GENERATOR_VERSION}
    if marker.exists():
        try:
            if json.loads(marker.read_text("utf-8")) == want:
                return site
        except (OSError, ValueError):
            pass
    if site.exists():
        shutil.rmtree(site)
    (site / "_posts").mkdir(parents=True)
    (site / "_drafts").mkdir()
    (site / "_layouts").mkdir()
    (site / "_config.yml").write_text(CONFIG, "utf-8")
    (site / "_layouts" / "post.html").write_text(LAYOUT_POST, "utf-8")
    (site / "_layouts" / "default.html").write_text(LAYOUT_DEFAULT, "utf-8")
    rng = random.Random(seed)
    src = _TextSource(random.Random(seed * 7919), size=min(3_000_000, 200_000 + n * 40))
    cats = _Zipf(_category_slugs(rng, 150), 1.1)
    tags = _Zipf(_vocab_words(rng, 3000, 3, 9), 1.0)
    start = 1_600_000_000.0  # 2020-09
    span = 5 * 365 * 86400.0
    ids = itertools.count(202_000_000_000_000_000 + seed * 1_000_000)
    n_drafts = n // 200
    for i in range(n):
        ts = start + rng.random() * span
        text = _post_text(rng, src, cats, tags, ts)
        if i < n_drafts:
            path = site / "_drafts" / f"draft-{next(ids)}.md"
        else:
            day = time.strftime("%Y-%m-%d", time.gmtime(ts + 8 * 3600))
            path = site / "_posts" / f"{day}-{next(ids)}.md"
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.utime(path, ns=(int(ts * 1e9), int(ts * 1e9)))
    marker.write_text(json.dumps(want), "utf-8")
    return site


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--posts", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--root", type=Path, default=Path("/work/bench-sites"))
    a = ap.parse_args(argv)
    t = time.perf_counter()
    site = make_site(a.root, a.posts, a.seed)
    print(f"{site} ({time.perf_counter() - t:.1f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
