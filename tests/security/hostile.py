"""Hostile input, as an editor with merge rights could write it: one hub holding every case.

``BODIES`` are post bodies by slug; ``FRONT_MATTER`` pages and ``FILES`` are written as
they stand. Each case names the line ``hub check`` must print (without the path).
"""

from __future__ import annotations

import os
from pathlib import Path

from hubsite import Site

EVIL = "https://evil.example"
IMAGE = "../images/posts/bild.svg"
JS = "javascript:window.__pwned=1"

#: slug -> (body, expected lines "<line>: <message>"…), the body starting on line 8 of the post.
BODIES: dict[str, tuple[str, ...]] = {
    "escaped-backticks": (
        "\\`<script>window.__pwned=1</script>\\`\n",
        "8: <script> is not allowed in the text: write Markdown, or ask the hub's maintainers for a template",
    ),
    "fence-indented-three": (
        "Text.\n\n   ```\n   <script>window.__pwned=1</script>\n   ```\n",
        "11: <script> is not allowed in the text: write Markdown, or ask the hub's maintainers for a template",
    ),
    "backtick-in-attribute": (
        '<img src="x" alt="`" onerror="window.__pwned=1">\n',
        "8: the HTML attribute onerror= runs a script: remove it",
    ),
    "angle-in-attribute": (
        '<img alt="a>b" src="x" onerror="window.__pwned=1">\n',
        "8: the HTML attribute onerror= runs a script: remove it",
    ),
    "attr-list-onload": (
        f'![Bild]({IMAGE}){{: onload="window.__pwned=1" }}\n',
        "8: the HTML attribute onload= runs a script: remove it",
    ),
    "attr-list-href": (
        f'[Link](https://firma.example/){{: href="{JS}" }}\n',
        f"8: link '{JS}': only http://, https://, mailto: and tel: links are allowed, not javascript:",
    ),
    "reference-next-line": (
        f"[Klick][r]\n\n[r]:\n{JS}\n",
        f"11: link '{JS}': only http://, https://, mailto: and tel: links are allowed, not javascript:",
    ),
    "reference-in-blockquote": (
        f"> [Klick][r]\n>\n> [r]: {JS}\n",
        f"10: link '{JS}': only http://, https://, mailto: and tel: links are allowed, not javascript:",
    ),
    "link-text-two-lines": (
        f"[Klick\nhier]({JS})\n",
        f"9: link '{JS}': only http://, https://, mailto: and tel: links are allowed, not javascript:",
    ),
    "nested-brackets": (
        f"[a [b] c]({JS})\n",
        f"8: link '{JS}': only http://, https://, mailto: and tel: links are allowed, not javascript:",
    ),
    "escaped-image-bang": (
        f"\\![Bild]({JS})\n",
        f"8: link '{JS}': only http://, https://, mailto: and tel: links are allowed, not javascript:",
    ),
    "svg-animate": (
        f'<svg><a><animate attributeName="href" values="{JS}"/><text y="20">x</text></a></svg>\n',
        "8: <svg> is not allowed in the text: save the picture as an .svg file under content/images/ and show it with ![…](…)",
    ),
    "reference-image": (
        f"![Logo][logo]\n\n[logo]: {EVIL}/logo.png\n",
        f"10: image '{EVIL}/logo.png' is on another site: every visitor's browser would contact it; save the picture under content/images/ and link it from there",
    ),
    "srcset": (
        f'<img src="{IMAGE}" alt="a" srcset="{EVIL}/a.png 2x">\n',
        "8: the HTML attribute srcset= is not allowed on <img> in the text: remove it (show one picture from content/images/ with ![…](…))",
    ),
    "poster": (
        f'<video poster="{EVIL}/p.png"></video>\n',
        "8: <video> is not allowed in the text: write Markdown, or ask the hub's maintainers for a template",
    ),
    "style-url": (
        f'<p style="background:url({EVIL}/s.png)">Text</p>\n',
        "8: the HTML attribute style= is not allowed on <p> in the text: remove it (the hub's stylesheet decides the look)",
    ),
    "attr-list-style": (
        f'Text\n{{: style="background:url({EVIL}/t.png)" }}\n',
        "9: the HTML attribute style= is not allowed on <p> in the text: remove it (the hub's stylesheet decides the look)",
    ),
    "svg-image": (
        f'<svg><image href="{EVIL}/i.png"/></svg>\n',
        "8: <svg> is not allowed in the text: save the picture as an .svg file under content/images/ and show it with ![…](…)",
    ),
    "backslash-host": (
        "![Bild](\\\\\\\\evil.example/x.png)\n",
        "8: image '\\\\\\\\evil.example/x.png' is on another site: every visitor's browser would contact it; save the picture under content/images/ and link it from there",
    ),
    "mermaid": (
        '<pre class="mermaid"><code>graph TD; A--&gt;B</code></pre>\n',
        "8: class 'mermaid' is not allowed in the text: it makes the theme load code from another site; show the diagram as a picture under content/images/",
    ),
    # Beyond the list.
    "data-link": (
        "[PDF](data:text/html;base64,PHNjcmlwdD4=)\n",
        "8: link 'data:text/html;base64,PHNjcmlwdD4=': only http://, https://, mailto: and tel: links are allowed, not data:",
    ),
    "entity-scheme": (
        '<a href="&#106;avascript:window.__pwned=1">x</a>\n',
        f"8: link '{JS}': only http://, https://, mailto: and tel: links are allowed, not javascript:",
    ),
    "tab-in-scheme": (
        '<a href="java&#09;script:window.__pwned=1">x</a>\n',
        "8: link 'java\\tscript:window.__pwned=1': only http://, https://, mailto: and tel: links are allowed, not javascript:",
    ),
    "angle-bracket-link": (
        f"[x](<{JS}>)\n",
        f"8: link '{JS}': only http://, https://, mailto: and tel: links are allowed, not javascript:",
    ),
    "base": (
        f'<base href="{EVIL}/">\n',
        "8: <base> is not allowed in the text: write Markdown, or ask the hub's maintainers for a template",
    ),
    "meta-refresh": (
        f'<meta http-equiv="refresh" content="0;url={EVIL}">\n',
        "8: <meta> is not allowed in the text: write Markdown, or ask the hub's maintainers for a template",
    ),
    "iframe": (
        f'<iframe src="{EVIL}"></iframe>\n',
        "8: <iframe> is not allowed in the text: write Markdown, or ask the hub's maintainers for a template",
    ),
    "object": (
        f'<object data="{EVIL}/x.swf"></object>\n',
        "8: <object> is not allowed in the text: write Markdown, or ask the hub's maintainers for a template",
    ),
    "form": (
        f'<form action="{EVIL}"><button>OK</button></form>\n',
        "8: <button> is not allowed in the text: write Markdown, or ask the hub's maintainers for a template",
        "8: <form> is not allowed in the text: write Markdown, or ask the hub's maintainers for a template",
    ),
    "stylesheet": (
        f'<link rel="stylesheet" href="{EVIL}/x.css">\n',
        "8: <link> is not allowed in the text: write Markdown, or ask the hub's maintainers for a template",
    ),
    "math": (
        "<math><mi>x</mi></math>\n",
        "8: <math> is not allowed in the text: write the formula as text or show it as a picture",
    ),
    "clobber-id": ('<div id="__search">x</div>\n', "8: id '__search' belongs to the theme: choose another name"),
    "theme-attribute": (
        '<div data-md-component="search">x</div>\n',
        "8: the HTML attribute data-md-component= is not allowed on <div> in the text: remove it (write Markdown)",
    ),
    "text-input": (
        '<input type="text" autofocus onfocus="window.__pwned=1">\n',
        '8: <input type="text"> is not allowed in the text: only task lists (- [ ] …) make checkboxes',
        "8: the HTML attribute autofocus= is not allowed on <input> in the text: remove it (write Markdown)",
        "8: the HTML attribute onfocus= runs a script: remove it",
    ),
    "details-toggle": (
        '<details open ontoggle="window.__pwned=1"><summary>x</summary>y</details>\n',
        "8: the HTML attribute ontoggle= runs a script: remove it",
    ),
    "md-in-html-script": (
        '<div markdown="1">\n*x* <script>window.__pwned=1</script>\n</div>\n',
        "9: <script> is not allowed in the text: write Markdown, or ask the hub's maintainers for a template",
    ),
    "target-blank": (
        '<a href="https://firma.example/" target="_blank">x</a>\n',
        "8: the HTML attribute target= is not allowed on <a> in the text: remove it (links open in the same tab)",
    ),
}

#: Bodies that are harmless as written: they must pass the check and be built harmless.
HARMLESS: dict[str, str] = {
    "heading-entities": "# &lt;img src=x onerror=window.__pwned=1&gt;\n\nText.\n",
    "code-shows-html": "```html\n<script>window.__pwned=1</script>\n```\n\nUnd `<img src=x onerror=alert(1)>` im Text.\n",
    "comment": "<!-- <script>window.__pwned=1</script> -->\nText.\n",
    "mermaid-fence": "```mermaid\ngraph TD; A-->B\n```\n",
    "allowed-markup": (
        f'<img src="{IMAGE}" alt="Bild" width="10" height="10" loading="lazy">\n\n'
        "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n[Anruf](tel:+495611234) und [Post](mailto:a@firma.example)\n"
    ),
}


def write_hostile_posts(site: Site, bodies: dict[str, str]) -> None:
    for slug, body in bodies.items():
        site.post(slug, body=body, title=f"Fall {slug}")


def symlink(site: Site, relative: str, target: str | Path) -> None:
    path = site.root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(target, path)
