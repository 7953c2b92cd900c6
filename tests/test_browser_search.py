"""Search answers real questions: for each query the page and the section that answer it come
among the first three pages of results, in the reader's language.

The queries are the ones readers type: concepts in Chinese (segmented at build time by jieba
with search/jieba_user_dict.txt), English phrases, parameter names and exact error messages.
"""

from urllib.parse import urlsplit

import pytest

from site_browser import url_of
from site_layout import DOCS, PAGE_SUFFIXES, twin

HOME = DOCS / "index.md"


def page(path):
    """docs/<path>.md (or .ipynb); `<path>.en` is the English page."""
    found = next(DOCS / (path + suffix) for suffix in PAGE_SUFFIXES if (DOCS / (path + suffix)).is_file())
    return found


# query, then every (page, section) that must be among the first three pages of results;
# section None: the page itself
QUERIES = [
    ("标签平滑", [("losses/cross_entropy_loss", "example-label-smoothing")]),
    ("梯度消失", [("activations/sigmoid", "example-gradient"), ("activations/tanh", "pitfall-saturation")]),
    ("负数", [("practice/troubleshooting", "negative-loss")]),
    ("数值稳定", [("losses/numerical_stability", None)]),
    ("类别不平衡", [("practice/recipes", "class-imbalance")]),
    ("KL 散度", [("losses/kl_div", None)]),
    ("知识蒸馏", [("practice/recipes", "distillation")]),
    ("死亡 ReLU", [("activations/relu", "pitfall-dying-relu")]),
    ("滑动统计量", [("normalization/batch_norm", "example-running-stats")]),
    ("半精度", [("losses/numerical_stability", "half-support")]),
    ("转置卷积", [("convolution/conv_transpose", None)]),
    ("注意力掩码", [("attention/masks", None)]),
    ("nan", [("practice/troubleshooting", "nan-first-step")]),
    ("cross entropy", [("losses/cross_entropy_loss.en", None)]),
    ("nan loss", [("practice/troubleshooting.en", "nan-first-step")]),
    ("target shape", [("losses/errors.en", "err-expected-target-size")]),
    ("label smoothing", [("losses/cross_entropy_loss.en", "example-label-smoothing")]),
    ("vanishing gradient", [("activations/sigmoid.en", "example-gradient")]),
    ("batch norm", [("normalization/batch_norm.en", None)]),
    ("pos_weight", [("losses/binary_cross_entropy_with_logits.en", "example-pos-weight")]),
    ("size_average", [("losses/reductions.en", "size-average-reduce")]),
    ("knowledge distillation", [("practice/recipes.en", "distillation")]),
    ("0D or 1D target tensor expected, multi-target not supported", [("losses/errors.en", "err-multi-target")]),
    ("output_padding", [("convolution/conv_transpose.en", None)]),
    ("align_corners", [("resampling/interpolate.en", "example-align-corners")]),
    ("key_padding_mask", [("attention/multihead_attention.en", "example-key-padding-mask")]),
    ("pack_padded_sequence", [("recurrent/packing.en", "pack-padded-sequence")]),
]


@pytest.fixture(scope="module")
def search_tabs(browser, server, built_site):
    """One tab per language with the search box open and its index loaded."""
    from site_browser import Visit

    visit = Visit(browser)
    tabs = {}
    for lang, home in (("zh", HOME), ("en", twin(HOME))):
        tab = visit.page if not tabs else visit._tab()
        tab.goto(url_of(server, built_site, home), wait_until="load")
        tab.locator("label.md-search__icon, .md-search__input").first.click()
        tabs[lang] = tab
    yield tabs, visit
    visit.close()


def results(tab, query):
    """[(page URL, [section anchors]), ...] in the order the search shows them."""
    box = tab.locator("input.md-search__input")
    tab.eval_on_selector(".md-search-result__list", "list => list.replaceChildren()")  # the last query's results
    box.fill(query)
    box.press("End")  # Material searches on key events; fill() of CJK text sends none
    tab.wait_for_selector(".md-search-result__item", timeout=15000)
    groups = tab.eval_on_selector_all(".md-search-result__item", """items => items.map(item =>
        [...item.querySelectorAll('a.md-search-result__link')].map(a => a.href))""")
    shown = []
    for links in groups:
        parts = [urlsplit(h) for h in links]
        base = parts[0]._replace(query="", fragment="").geturl()
        shown.append((base, [p.fragment for p in parts if p.fragment]))
    return shown


@pytest.mark.parametrize("query,answers", QUERIES, ids=[q for q, _ in QUERIES])
def test_the_answer_is_among_the_first_three_pages(search_tabs, server, built_site, query, answers):
    tabs, visit = search_tabs
    english = answers[0][0].endswith(".en")
    shown = results(tabs["en" if english else "zh"], query)
    top = shown[:3]
    for path, section in answers:
        wanted = url_of(server, built_site, page(path))
        hit = next((sections for base, sections in top if base == wanted), None)
        assert hit is not None, f"{query!r}: {path} not among the first three pages {[b for b, _ in top]}"
        if section is not None:
            assert section in hit, f"{query!r}: {path} is shown without its section #{section} ({hit})"
    other = [b for b, _ in shown if urlsplit(b).path.startswith("/en/") != english]
    assert not other, f"{query!r}: results in the other language: {other}"
    assert not visit.errors, f"console errors: {visit.errors}"


def test_previews_show_no_raw_tex_and_titles_no_permalink_sign(built_site):
    import json
    import re

    for index in (built_site / "search" / "search_index.json", built_site / "en" / "search" / "search_index.json"):
        for doc in json.loads(index.read_text(encoding="utf-8"))["docs"]:
            tex = re.search(r"\\\(|\\\[|\\(?:frac|mathbb|text|sum|log|left)\b", doc["title"] + doc["text"])
            assert not tex, f"{doc['location']}: raw TeX in the search preview: {doc['text'][:200]}"
            assert not doc["title"].endswith("¶"), f"{doc['location']}: title ends in ¶"
