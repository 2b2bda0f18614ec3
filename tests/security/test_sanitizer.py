"""The sanitizer and the check agree: what ``findings`` passes, ``sanitize`` keeps; what it refuses is gone."""

from __future__ import annotations

from html.parser import HTMLParser

from hostile import BODIES, HARMLESS
from hypothesis import given, settings
from hypothesis import strategies as st

from hub.content.rendering import Renderer
from hub.content.sanitize import findings, sanitize, sanitize_with_images

RENDER = Renderer(["toc", "tables", "fenced_code", "admonition", "attr_list", "md_in_html"], {})


class _Names(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, tuple[str, ...]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen.append((tag, tuple(sorted(name for name, _ in attrs))))


def names(html: str) -> list[tuple[str, tuple[str, ...]]]:
    parser = _Names()
    parser.feed(html)
    return parser.seen


def test_refused_bodies_lose_what_the_check_names() -> None:
    for slug, case in BODIES.items():
        html = RENDER(case[0])
        assert findings(html), slug
        assert sanitize(html) != html, slug
        assert findings(sanitize(html)) == [], slug  # what the build keeps passes the check


def test_harmless_bodies_keep_every_tag_and_attribute() -> None:
    for slug, body in HARMLESS.items():
        html = RENDER(body)
        assert findings(html) == [], slug
        assert names(sanitize(html)) == names(html), slug


TAGS = ["a", "b", "code", "div", "em", "h2", "img", "p", "span", "script", "iframe", "svg", "object"]
ATTRIBUTES = ["href", "src", "alt", "title", "id", "class", "onclick", "style", "srcset", "data-hub-x", "data-md-x"]
VALUES = ["x", "../images/a.png", "https://e.example/a.png", "javascript:alert(1)", "mermaid", "__search", "#a"]
element = st.tuples(
    st.sampled_from(TAGS),
    st.lists(st.tuples(st.sampled_from(ATTRIBUTES), st.sampled_from(VALUES)), max_size=3, unique_by=lambda a: a[0]),
)


def attributes(pairs: list[tuple[str, str]]) -> str:
    return "".join(f' {name}="{value}"' for name, value in pairs)


@settings(max_examples=300, deadline=None)
@given(st.lists(element, min_size=1, max_size=4))
def test_what_the_check_passes_the_sanitizer_keeps(elements: list) -> None:
    html = "".join(f"<{tag}{attributes(attrs)}>t</{tag}>" for tag, attrs in elements)
    if not findings(html):
        assert names(sanitize(html)) == names(html)
    else:
        assert findings(sanitize(html)) == []


# Pictures kept, dropped (another host) and without a source; tags spelled in text and attribute
# values, raw or as entities, and what editors write around them.
SPELLED = [
    "<img src=a.png>",
    "<img src=https://e.example/a.png>",
    "<img alt=x>",
    "&lt;img src=a.png&gt;",
    "<IMG SRC=a.png>",
    "<!-- <img src=a.png> -->",
    "x < img",
    "<imgx>",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.tuples(
                st.sampled_from(TAGS), st.sampled_from(["", ' title="{}"', ' alt="{}"']), st.sampled_from(SPELLED)
            ),
            st.sampled_from(SPELLED),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_the_sanitizer_names_exactly_the_pictures_it_keeps(parts: list) -> None:
    html = "".join(
        part if isinstance(part, str) else f"<{part[0]}{part[1].format(part[2])}>{part[2]}</{part[0]}>"
        for part in parts
    )
    clean, images = sanitize_with_images(html)
    assert clean == sanitize(html)
    # The build skips the pictures' pass on a page without any: every <img src> kept is named.
    assert len(images) == sum(1 for tag, attrs in names(clean) if tag == "img" and "src" in attrs), clean
