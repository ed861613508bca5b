"""What the po/ tests share: golden files, a header, hypothesis text pieces."""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

DATA = Path(__file__).resolve().parents[1] / "data" / "po"
GOLDEN = sorted(DATA.glob("*.po")) + sorted(DATA.glob("*.pot"))
HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'  # 4 lines

# fmt: off
PIECES = [
    *"大语言模型在近年来取得了快速发展本文总结月发布的一些最重要论文可以让你及时了解进展",
    *"㐀㑇豈更車",  # CJK extension A, compatibility ideographs
    *"ひらがなカタカナぁっゃーｶﾀｶﾅ한국어",
    *"，。、；：？！「」『』（）《》〈〉【】“”‘’…—·",
    *"ＡＢＣ１２３！（）",
    *"abcxyzABC0123456789",
    *" -/.,;:!?()[]<>'%$#&*+=_|~^`{}@",
    # spaces, joiners, separators, combining marks, emoji
    "  ", "\u3000", "\u00a0", "\u200b", "\u00ad", "\u2028", "é", "e\u0301",
    "😀", "👍🏻", "❤️\u200d🔥", "🇨🇳", "\u2014", "\u2010",
    # what needs escaping
    '"', "\\", "\t", "\n", "\r",
    " the ", " model ", "LLM", "GPT-4-turbo", "1,024", "e.g.", "A/B",
    "https://arxiv.org/abs/2406.04770", "x" * 85,
    # format directives, valid and not
    "%s", "%d", "%1$s", "%5.2f", "%-10s", "%%", "% d", "%(name)s", "%(n)d", "%lu", "%zu",
    "%<PRIu64>", "%",
]
# fmt: on
LONG = st.lists(st.sampled_from(PIECES), max_size=80).map("".join)
SHORT = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
TEXT = st.one_of(SHORT, SHORT, LONG)
