"""Web pages: paragraphs kept apart, quotation marks exact, embedded posts with their byline, page metadata."""

from __future__ import annotations

import pytest

from newsbot.errors import ArticleError
from newsbot.extract.posts import find_posts
from newsbot.readers.html import NOT_AN_ARTICLE, extract_page, read_html

STORY = [
    "“We will not back down,” the minister said on Saturday, speaking to reporters outside parliament "
    "after a long night of talks with the opposition.",
    'Her deputy was blunter: "This plan is reckless and it will cost taxpayers dearly," he told the '
    "assembled press, before walking away without taking questions.",
    "Le président a répondu : « Nous verrons bien », sans donner plus de détails sur le calendrier "
    "des réformes annoncées la semaine dernière.",
    "Officials said a vote was expected next week, although no date has been set and several members "
    "remain undecided about the proposal.",
]
TWEET = (
    '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Mr Vikram Misri is a decent and an Honest '
    "Hard working Diplomat working tirelessly for our Nation. "
    '<a href="https://t.co/yfM3ygfiyt">https://t.co/yfM3ygfiyt</a></p>&mdash; Asaduddin Owaisi (@asadowaisi) '
    '<a href="https://twitter.com/asadowaisi/status/1">May 11, 2025</a></blockquote>'
)


def page(
    body: str,
    *,
    head: str = "",
    title: str = "Minister vows to press on",
) -> bytes:
    navigation = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(12))
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | Daily Planet</title>{head}</head>"
        f"<body><header><nav><ul>{navigation}</ul></nav></header>"
        f"<main><article><h1>{title}</h1>{body}</article></main>"
        "<footer><p>© 2025 Daily Planet. All rights reserved.</p><a href='/privacy'>Privacy</a></footer>"
        "</body></html>"
    ).encode()


META = (
    '<meta property="og:site_name" content="Daily Planet">'
    '<meta name="author" content="Lois Lane">'
    '<meta property="article:published_time" content="2025-05-11T09:30:00+05:30">'
    '<link rel="canonical" href="https://www.dailyplanet.example/world/minister-vows">'
)


def story_html(*extra: str) -> str:
    paragraphs = [f"<p>{text}</p>" for text in STORY]
    return "".join(paragraphs[:2]) + "".join(extra) + "".join(paragraphs[2:])


def test_paragraphs_and_quotation_marks_are_the_pages_own() -> None:
    extracted = extract_page(page(story_html(), head=META))
    body = "\n\n".join(extracted.paragraphs)
    for paragraph in STORY:
        assert paragraph in extracted.paragraphs
    assert "“We will not back down,”" in body
    assert '"This plan is reckless and it will cost taxpayers dearly,"' in body
    assert "« Nous verrons bien »" in body
    assert "Section 3" not in body
    assert "All rights reserved" not in body


def test_page_metadata_fills_the_article_meta_and_the_text_is_the_body_only() -> None:
    article = read_html(
        page(story_html(), head=META), article_id="minister", path="minister.html", url=None, published=None
    )
    meta = article.meta
    assert meta.title == "Minister vows to press on"
    assert (meta.published, meta.published_from) == ("2025-05-11", "page metadata")
    assert meta.author == "Lois Lane"
    assert meta.site == "Daily Planet"
    assert meta.url == "https://www.dailyplanet.example/world/minister-vows"
    assert not article.text.startswith("---")
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end] == paragraph.text
    assert [p.text for p in article.paragraphs][-4:] == STORY


def test_a_date_given_by_the_user_wins_over_the_page() -> None:
    article = read_html(page(story_html(), head=META), article_id="m", path="m.html", url=None, published="2025-01-02")
    assert (article.meta.published, article.meta.published_from) == ("2025-01-02", "front matter")


def test_a_date_in_the_url_is_used_when_the_page_has_none() -> None:
    article = read_html(
        page(story_html()),
        article_id="m",
        path="https://news.example/2024/06/14/minister-vows.html",
        url="https://news.example/2024/06/14/minister-vows.html",
        published=None,
    )
    assert (article.meta.published, article.meta.published_from) == ("2024-06-14", "url")


def test_an_embedded_post_is_one_paragraph_with_its_byline_and_is_detected() -> None:
    article = read_html(page(story_html(TWEET), head=META), article_id="m", path="m.html", url=None, published=None)
    (post_paragraph,) = [p for p in article.paragraphs if "@asadowaisi" in p.text]
    assert post_paragraph.text.startswith("Mr Vikram Misri is a decent")
    assert post_paragraph.text.endswith("— Asaduddin Owaisi (@asadowaisi) May 11, 2025")
    posts = find_posts(article.text, [(p.start, p.end) for p in article.paragraphs])
    assert len(posts) == 1
    assert article.text[posts[0].name[0] : posts[0].name[1]] == "Asaduddin Owaisi"


def test_headings_and_list_items_are_paragraphs_without_invented_prefixes() -> None:
    body = story_html(
        "<h2>What happens next</h2>",
        "<ul><li>The committee meets on Monday to review the revised budget figures.</li>"
        "<li>A final vote is scheduled before the end of the month, officials said.</li></ul>",
    )
    paragraphs = extract_page(page(body, head=META)).paragraphs
    assert "What happens next" in paragraphs
    assert "The committee meets on Monday to review the revised budget figures." in paragraphs
    assert not any(p.startswith("- ") for p in paragraphs)


@pytest.mark.parametrize(
    "body",
    [
        "<form><p>Sign in to continue reading</p><input name='email'><input name='password'>"
        "<button>Log in</button><p>Forgot password?</p></form>",
        "".join(f"<h3><a href='/story/{i}'>Headline number {i} about the news</a></h3>" for i in range(30)),
        "<img src='/photo.jpg' alt='A photo'>",
    ],
    ids=["login-wall", "index-page", "image"],
)
def test_a_page_without_an_article_is_a_plain_error(body: str) -> None:
    with pytest.raises(ArticleError, match=NOT_AN_ARTICLE):
        extract_page(page(body))


def test_garbage_bytes_are_not_an_article() -> None:
    with pytest.raises(ArticleError, match=NOT_AN_ARTICLE):
        extract_page(bytes(range(256)) * 10)


def test_a_five_megabyte_page_is_read() -> None:
    paragraph = (
        "<p>“We will not back down,” said minister {i}, who spoke to reporters on Saturday about plan {i} "
        "and what it costs.</p>"
    )
    body = "".join(paragraph.format(i=i) for i in range(40_000))
    html = page(body)
    assert len(html) > 5_000_000
    extracted = extract_page(html)
    assert len(extracted.paragraphs) > 30_000
    assert extracted.paragraphs[-1].startswith("“We will not back down,” said minister 39999")
