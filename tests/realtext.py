"""A generated no-false-alarm corpus: digest paragraphs as people write them, and translations.

Each paragraph is drawn from a bank of bilingual sentence templates (a Chinese
sentence and its English translation, written together) whose slots take
product and company names, figures written every way a digest writes them
(5亿, 5 亿, 3.15亿, 1.2万, 77.8%, 3 倍, 2024 年 5 月, 8B, 12,000), links (some
with Chinese in the address), handles, names and code. The figures of a slot
are one value in two notations, so a Chinese paragraph and its English agree
by construction. The Traditional editions are not written here: the test
converts each Chinese paragraph with the tool itself.

`corpus(seed, n)` is deterministic: the same seed gives the same paragraphs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SEED = 14
SIZE = 2000


@dataclass(frozen=True)
class Paragraph:
    """One digest paragraph: Chinese source and English translation."""

    zh: str
    en: str


PRODUCTS = (
    "Llama 3", "Mixtral 8x22B", "Qwen2-72B", "DeepSeek-V2", "Gemini 1.5 Pro", "Claude 3.5 Sonnet",
    "GPT-4o", "Stable Diffusion 3", "Ollama", "LM Studio", "Open WebUI", "vLLM", "llama.cpp",
    "FlashAttention-2", "PyTorch", "JAX", "Mamba", "RWKV", "Phi-3", "Gemma 2", "Yi-1.5",
    "ChatGLM3", "Kimi", "Sora", "Midjourney", "Whisper", "LangChain", "Dify", "uv", "Ruff",
)  # fmt: skip
# (Chinese, English): a company as each side writes it.
COMPANIES = (
    ("Meta", "Meta"), ("OpenAI", "OpenAI"), ("谷歌", "Google"), ("微软", "Microsoft"),
    ("苹果", "Apple"), ("英伟达", "NVIDIA"), ("Anthropic", "Anthropic"), ("阿里巴巴", "Alibaba"),
    ("百度", "Baidu"), ("腾讯", "Tencent"), ("深度求索", "DeepSeek"),
    ("智谱", "Zhipu"), ("月之暗面", "Moonshot AI"), ("Mistral AI", "Mistral AI"),
)  # fmt: skip
HANDLES = (
    ("孤胆枪手", "gudan"), ("西瓜", "xigua"), ("小明同学", "xiaoming"), ("老王", "laowang"),
    ("yihong0618", "yihong0618"), ("ruanyf", "ruanyf"), ("张三丰", "zhangsanfeng"),
)  # fmt: skip
NAMES = (("张伟", "zhangwei"), ("李娜", "lina"), ("王磊", "wanglei"), ("陈静", "chenjing"))
PROFILE_SITES = ("https://github.com/", "https://x.com/", "https://weibo.com/")
CODE = (
    "`pip install vllm`", "`ollama run llama3`", "`torch.compile()`", "`uv pip sync`",
    "`--max-model-len 8192`", "`git clone --depth 1`", "`HF_HOME=/data/hf`", "`model.generate()`",
)  # fmt: skip
# (Chinese link text, English link text, address); some addresses hold Chinese.
LINKS = (
    ("官方博客", "official blog", "https://ai.meta.com/blog/meta-llama-3/"),
    ("技术报告", "technical report", "https://arxiv.org/abs/2404.14219"),
    ("项目主页", "project page", "https://github.com/vllm-project/vllm"),
    ("百度百科", "Baidu Baike", "https://baike.baidu.com/item/开源软件"),
    ("搜索结果", "search results", "https://www.baidu.com/s?wd=大语言模型的网络日志"),
    ("维基百科", "Wikipedia", "https://zh.wikipedia.org/wiki/人工智能"),
    ("中文文档", "Chinese documentation", "https://docs.example.cn/zh/快速开始"),
    ("演示视频", "demo video", "https://www.bilibili.com/video/BV1xx411c7mD"),
)


def _money(rng: random.Random) -> tuple[str, str]:
    """An amount in 亿 or 万 written as a Chinese digest does, and in English."""
    kind = rng.randrange(6)
    if kind == 0:  # 5亿 / 5 亿 → 500 million
        a = rng.randrange(1, 10)
        return f"{a}{rng.choice(('', ' '))}亿美元", f"${a * 100} million"
    if kind == 1:  # 720亿 → 72 billion
        a = rng.randrange(2, 100) * 10
        return f"{a}{rng.choice(('', ' '))}亿美元", f"${a // 10} billion"
    if kind == 2:  # 3.15亿 → 315 million
        a = rng.randrange(101, 999)
        return f"{a / 100:.2f}亿美元", f"${a} million"
    if kind == 3:  # 1.2万 → 12,000
        a = rng.randrange(11, 99)
        return f"{a / 10:.1f}万美元", f"${a * 1000:,}"
    if kind == 4:  # 12,000 in both
        a = rng.randrange(2, 99) * 1000
        return f"{a:,} 美元", f"${a:,}"
    a = rng.randrange(2, 60)  # 2 万亿 → 2 trillion
    return f"{a}{rng.choice(('', ' '))}万亿美元", f"${a} trillion"


def _count(rng: random.Random) -> tuple[str, str]:
    """A number of parameters, users, or tokens."""
    kind = rng.randrange(4)
    if kind == 0:
        a = rng.choice((7, 8, 13, 34, 70, 110, 405))
        return f"{a}B", f"{a}B"
    if kind == 1:
        a = rng.randrange(2, 99)
        return f"{a}亿", f"{a * 100} million"
    if kind == 2:
        a = rng.randrange(2, 9)
        return f"{a} 万", f"{a}0,000"
    a = rng.randrange(101, 999)
    return f"{a / 10:.1f} 亿", f"{a * 10} million"


def _percent(rng: random.Random) -> tuple[str, str]:
    a = rng.randrange(100, 999) / 10
    return f"{a}%", f"{a}%"


def _times(rng: random.Random) -> tuple[str, str]:
    a = rng.randrange(2, 20)
    return rng.choice(((f"{a} 倍", f"{a} times"), (f"{a}倍", f"{a}x")))


def _date(rng: random.Random) -> tuple[str, str]:
    months = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")  # fmt: skip
    y, m, d = rng.randrange(2019, 2026), rng.randrange(1, 13), rng.randrange(1, 29)
    return rng.choice(
        (
            (f"{y} 年 {m} 月", f"in {months[m - 1]} {y}"),
            (f"{y}年{m}月{d}日", f"on {months[m - 1]} {d}, {y}"),
        )
    )


def _handle(rng: random.Random) -> tuple[str, str]:
    nick, login = rng.choice(HANDLES)
    link = f"[@{nick}]({rng.choice(PROFILE_SITES)}{login})"
    return link, link


def _name(rng: random.Random) -> tuple[str, str]:
    name, login = rng.choice(NAMES)
    link = f"[{name}](https://github.com/{login})"
    return link, link


def _link(rng: random.Random) -> tuple[str, str]:
    zh, en, url = rng.choice(LINKS)
    return f"[{zh}]({url})", f"[{en}]({url})"


# (Chinese, English) templates. Slots: {p} product, {q} another product, {c} company,
# {m} money, {n} count, {pct} percentage, {x} multiple, {d} date ("in May 2024", {D}
# capitalised), {h} handle, {who} a named contributor, {l} link, {code} code span.
# A link with Chinese in its address is followed by punctuation, as the converter
# on this branch takes a bare address to run on up to a space or Chinese punctuation.
TEMPLATES = (
    ("{c} 发布了 {p}，参数规模为 {n}，在基准测试中得分 {pct}。",
     "{c} released {p} with {n} parameters, scoring {pct} on the benchmark."),
    ("{c} 宣布完成新一轮融资，金额达 {m}。",
     "{c} announced a new funding round of {m}."),
    ("据报道，{c} 计划投入 {m} 建设新的数据中心。",
     "{c} reportedly plans to spend {m} on a new data center."),
    ("{p} 的推理速度比上一代快 {x}，显存占用减少了 {pct}。",
     "{p} has an inference speed {x} faster than the previous generation, "
     "using {pct} less GPU memory."),
    ("{d}，{c} 开源了 {p}，详见{l}。",
     "{D}, {c} made {p} open source; see the {l}."),
    ("用 {code} 即可在本地运行 {p}，不需要联网。",
     "Run {p} locally with {code}, no internet connection needed."),
    ("感谢 {h} 投稿。",
     "Thanks to {h} for the submission."),
    ("本条由 {who} 推荐，{h} 补充了测试结果。",
     "Recommended by {who}; {h} added the test results."),
    ("{p} 现已支持 **{q}**，可以通过 {code} 启用。",
     "{p} now supports **{q}**, enabled with {code}."),
    ("{c} 的 *{p}* 在 {d} 上线，首周用户突破 {n}。",
     "{c}'s *{p}* launched {d} and passed {n} users in its first week."),
    ("这个项目在 GitHub 上已经获得 {n} 颗星，完整的安装说明见{l}。",
     "The project has {n} stars on GitHub; see the {l} for full installation instructions."),
    ("{c} 表示，{p} 的训练成本约为 {m}，远低于同类模型。",
     "{c} said that training {p} cost about {m}, far less than comparable models."),
    ("新版本把上下文窗口扩大到 {n} 个词元，价格下降了 {pct}。",
     "The new version extends the context window to {n} tokens and cuts the price by {pct}."),
    ("{p} 和 {q} 的对比见{l}（作者 {h}）。",
     "A comparison of {p} and {q} is in the {l} (by {h})."),
    ("作者用 {p} 写了一个小工具，代码只有 {n} 行，运行 {code} 即可体验。",
     "The author wrote a small tool with {p} in just {n} lines of code; try it with {code}."),
    ("{c} 的财报显示，上季度营收 {m}，同比增长 {pct}。",
     "{c}'s earnings show revenue of {m} last quarter, up {pct} year over year."),
    ("{who} 解释了 {p} 为什么比 {q} 快 {x}，见{l}。",
     "{who} explains why {p} is {x} faster than {q}; see the {l}."),
    ("{p} 是一个开源的命令行工具，支持 Windows、macOS 和 Linux。",
     "{p} is an open source command-line tool for Windows, macOS and Linux."),
    ("{c} 推出了新的订阅计划，每月 {m}，包含 {n} 次调用。",
     "{c} introduced a new subscription plan at {m} a month, with {n} calls included."),
    ("（{h} 分享）",
     "(Shared by {h})"),
    ("{d}发布的 {p} 至今下载量已超过 {n}。",
     "{p}, released {d}, has been downloaded more than {n} times."),
    ("{c} 的研究人员发现，数据质量比参数数量更重要：{p} 只用了 {pct} 的数据就达到了同样的效果。",
     "{c}'s researchers found that data quality matters more than parameter count: "
     "{p} reached the same results with {pct} of the data."),
)  # fmt: skip

_SLOTS = {
    "m": _money,
    "n": _count,
    "pct": _percent,
    "x": _times,
    "d": _date,
    "h": _handle,
    "who": _name,
    "l": _link,
}


def paragraph(rng: random.Random) -> Paragraph:
    """One or two templates filled, as one paragraph."""
    zh_parts, en_parts = [], []
    for _ in range(rng.choice((1, 1, 2))):
        zh, en = rng.choice(TEMPLATES)
        p, q = rng.sample(PRODUCTS, 2)
        c_zh, c_en = rng.choice(COMPANIES)
        zh_fill, en_fill = {"p": p, "q": q, "c": c_zh}, {"p": p, "q": q, "c": c_en}
        code = rng.choice(CODE)
        zh_fill["code"] = en_fill["code"] = code
        for slot, make in _SLOTS.items():
            zh_fill[slot], en_fill[slot] = make(rng)
        zh_fill["D"], en_fill["D"] = zh_fill["d"], en_fill["d"][0].upper() + en_fill["d"][1:]
        zh_parts.append(zh.format(**zh_fill))
        en_parts.append(en.format(**en_fill))
    return Paragraph("".join(zh_parts), " ".join(en_parts))


def corpus(seed: int = SEED, n: int = SIZE) -> list[Paragraph]:
    """`n` paragraphs from `seed`, the same every time; no two alike."""
    rng = random.Random(seed)
    seen: dict[str, Paragraph] = {}
    while len(seen) < n:
        para = paragraph(rng)
        seen.setdefault(para.zh, para)
    return list(seen.values())
