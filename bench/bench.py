"""Benchmark: the hub against bare Material for MkDocs on a synthetic hub of N posts.

    make bench               (N=1000)
    N=5000 make bench        (python bench/bench.py --posts 5000)
    PERSONAS=100,500,1000 make bench   (python bench/bench.py --personas 100,500,1000)

The synthetic hub is made deterministically in a temporary folder: N posts of every
content type spread over two years for six personas, the sample's trainings and
guides. "Bare Material" builds the same Markdown with Material alone: no hooks, no
custom theme, every page in the navigation as MkDocs does by default.

Posts have about 4.5 KB of varied German text each (bench/texts.py), as real posts do.
"Bare Material" is Material with its own (lunr) search, as a docs site would have it.

Printed: `hub check` time; the hub's build time against bare Material's (medians of
alternating runs) with their peak memory; growth from N/4 to N posts; pages and
output size; the HTML bytes of home, the largest persona page and the largest post
page; the search index; in Chromium (bench/browse.py): the first view of home, a
persona page and a post page, a later page view, the first search query, the time
until results show and the longest main-thread task; and the preview's reaction
time: `mkdocs serve` as `make serve` runs it, one post edited, until the server
returns the changed page.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from texts import body as german_text

REPO = Path(__file__).resolve().parent.parent
TYPES = ["news", "job", "product", "event", "insight", "culture"]
WORDS = (
    "Wärmepumpe Kassel Görlitz Fachkräfte Ausbildung Service Energiewende Heizung Altbau Projekt "
    "Team Kunden Partner Messe Technik Vertrieb Effizienz Kältemittel Schule Nachhaltigkeit"
).split()
#: Words the browser measurement searches for: each in about one post in a thousand, and one in every post.
SELECTIVE = ("Kesselhaus", "Sternwarte", "Bienenstock", "Glockenturm", "Leuchtturm")
COMMON = "Lindqvist"
EPOCH = "1795780800"  # 2026-11-27
ENV = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
#: The flags of `make serve` (see the Makefile): the preview measured is the one editors get.
SERVE_FLAGS = ["--dirty"]
MARKETING = """---
name: Marketing
description: Kampagnen, Messen und Markenauftritt
icon: material/bullhorn
channels: [linkedin, x, bluesky]
---

Für alle, die unsere Marke nach außen tragen.
"""


def write_hub(root: Path, posts: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    # The hub's own personas, trainings, guides and images, where it has them: each is optional.
    for folder in ("personas", "trainings", "content/guides", "content/images"):
        if (REPO / folder).is_dir():
            shutil.copytree(REPO / folder, root / folder)
    (root / "personas").mkdir(exist_ok=True)
    (root / "personas" / "marketing.md").write_text(MARKETING, encoding="utf-8")
    (root / "content").mkdir(exist_ok=True)
    (root / "content" / "index.md").write_text("# Hub\n\nWillkommen.\n", encoding="utf-8")
    config = yaml.safe_load((REPO / "site_config.yml").read_text(encoding="utf-8"))
    config["theme"]["custom_dir"] = str(REPO / "theme")
    config["hooks"] = [str(REPO / "hooks" / "hub_hooks.py")]
    config["watch"] = []
    (root / "site_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    personas = sorted(p.stem for p in (root / "personas").glob("*.md"))
    images = sorted(p.relative_to(root / "content").as_posix() for p in (root / "content/images").rglob("*.svg"))
    folder = root / "content" / "posts"
    folder.mkdir(parents=True)
    start = dt.date(2024, 11, 27)
    for n in range(posts):
        words = rng.sample(WORDS, 6)
        meta = {
            "title": f"{words[0]} und {words[1]}: Beitrag {n}",
            "date": start + dt.timedelta(days=rng.randrange(730)),
            "link": f"https://lindqvist-waermetechnik.example/beitrag/{n}",
            "type": TYPES[n % len(TYPES)],
            "personas": rng.sample(personas, rng.randint(0, 3)),
            "hashtags": rng.sample(["Wärmepumpe", "Kassel", "Energiewende", "Ausbildung"], 2),
            "summary": f"Kurz gesagt: {' '.join(words)}.",
            "share": {
                "default": [f"Neu bei uns: {words[2]} trifft {words[3]}.", f"{words[4]} – und [[Was meinst du?]]"],
                "linkedin": f"Ich freue mich über {words[5]}. [[Dein Satz]] Mehr dazu im Link.",
            },
        }
        if n % 2 and images:
            meta["image"] = images[n % len(images)]
            meta["image_alt"] = "Illustration"
        body = f"{COMMON} teilt Neues aus Kassel.\n\n" + german_text(rng)
        if n % 997 < len(SELECTIVE):
            body += f"\nZum Schluss ein Blick auf das {SELECTIVE[n % 997]} am Werk.\n"
        text = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + body
        (folder / f"beitrag-{n:05d}.md").write_text(text + "\n", encoding="utf-8")


def write_personas(root: Path, personas: int, posts: int = 30, seed: int = 7) -> None:
    """The synthetic hub with ``personas`` personas instead of the sample's (each post for 0–3 of them)."""
    write_hub(root, posts, seed)
    rng = random.Random(seed)
    shutil.rmtree(root / "personas")
    (root / "personas").mkdir()
    ids = [f"team-{n:05d}" for n in range(personas)]
    for pid in ids:
        meta = {"name": f"Team {pid[5:]}", "description": f"Alle im Team {pid[5:]}", "channels": ["linkedin", "x"]}
        (root / "personas" / f"{pid}.md").write_text(
            "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n\nFür das Team.\n", encoding="utf-8"
        )
    for path in sorted((root / "content" / "posts").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        meta, body = text.removeprefix("---\n").split("\n---\n", 1)
        data = yaml.safe_load(meta)
        data["personas"] = rng.sample(ids, rng.randint(0, min(3, len(ids))))
        path.write_text(
            "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False) + "---\n" + body, encoding="utf-8"
        )
    for path in (root / "trainings").glob("*.md"):  # the sample's trainings name the sample's personas
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"^personas:.*$", "personas: []", text, flags=re.MULTILINE), encoding="utf-8")
    for path in (root / "content" / "guides").glob("*.md"):
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"^personas:.*$", "personas: []", text, flags=re.MULTILINE), encoding="utf-8")


def personas_scaling(counts: list[int], posts: int) -> None:
    """Build time and output size at each number of personas: both must grow linearly."""
    print(f"posts: {posts} (each for 0–3 personas; a quarter for everyone), the sample's trainings and guides")
    results = []
    for count in counts:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "hub"
            write_personas(root, count, posts)
            seconds, memory = hub_build(root)
            total = sum(p.stat().st_size for p in (root / "site").rglob("*") if p.is_file())
            results.append((count, seconds, total))
            print(f"personas: {count}: build {seconds:.1f} s, output {total / 1e6:.1f} MB, peak memory {memory:.0f} MB")
    (first, t0, s0), (last, t1, s1) = results[0], results[-1]
    print(
        f"growth {first} → {last} personas: build {t1 / t0:.1f}×, output {s1 / s0:.1f}× "
        f"(targets at 100 → 1,000: ≤ 12× and ≤ 11×; 500 personas < 30 MB)"
    )


def write_bare(hub: Path, bare: Path) -> None:
    """The same Markdown for Material alone."""
    bare.mkdir(parents=True)
    (bare / "content").symlink_to(hub / "content", target_is_directory=True)
    hub_config = yaml.safe_load((REPO / "site_config.yml").read_text(encoding="utf-8"))
    config = {
        "site_name": hub_config["site_name"],
        "docs_dir": "content",
        "theme": {"name": "material", "language": "de", "font": False},
        "plugins": [{"search": {"lang": "de"}}],  # Material's own search, as a docs site has it
        "markdown_extensions": hub_config["markdown_extensions"],
    }
    (bare / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")


def run(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak memory (MB) of one command."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}:\n{process.stderr.read().decode()}")
    return seconds, usage.ru_maxrss / 1024


def hub_build(root: Path) -> tuple[float, float]:
    return run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", "site_config.yml"], root)


def bare_build(root: Path) -> tuple[float, float]:
    return run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", "mkdocs.yml"], root)


def hub_check(root: Path, runs: int = 3) -> tuple[float, float]:
    """Wall time of `hub check` (the editors' check, without building), start-up included: the first
    run, which renders every text, and the median of the next ones, which find them in .cache/texts.json."""
    times = [run([sys.executable, "-m", "hub", "check"], root)[0] for _ in range(runs)]
    return times[0], statistics.median(times[1:])


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far (Linux): what a rebuild costs, however busy the machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def serve_reaction(root: Path, edits: int = 3) -> dict[str, list[tuple[float, float]]]:
    """Seconds from saving to `mkdocs serve` returning the changed page, for each kind of change:
    (wall time, CPU time of the server)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "serve",
        "-f",
        "site_config.yml",
        *SERVE_FLAGS,
        "-a",
        f"127.0.0.1:{port}",
    ]
    server = subprocess.Popen(command, cwd=root, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    posts = sorted((root / "content" / "posts").glob("*.md"))
    post = posts[-1]
    # mkdocs serve mounts the site at the path of site_url (/hub/ in the sample's config).
    mount = urlsplit(yaml.safe_load((root / "site_config.yml").read_text(encoding="utf-8")).get("site_url") or "/").path
    base = f"http://127.0.0.1:{port}{mount.rstrip('/')}/"
    url = f"{base}posts/{post.stem}/"
    times: dict[str, list[tuple[float, float]]] = {}

    def timed(kind: str, change, page: str, ready) -> None:
        started, cpu = time.perf_counter(), cpu_seconds(server.pid)
        change()
        _wait_for(page, ready, timeout=120)
        times.setdefault(kind, []).append((time.perf_counter() - started, cpu_seconds(server.pid) - cpu))
        time.sleep(1)

    try:
        _wait_for(url, lambda page: True, timeout=600)
        for number in range(edits):
            marker = f"Geaendert-{number}-{time.monotonic_ns()}"
            text = post.read_text(encoding="utf-8")
            timed(
                "edit → its page",
                lambda text=text, marker=marker: post.write_text(text + f"\n{marker}\n", encoding="utf-8"),
                url,
                lambda page, marker=marker: marker in page,
            )
        newest = f"Neuester Beitrag {time.monotonic_ns()}"
        fresh = post.with_name("zz-neu.md")
        meta = {
            "title": newest,
            "date": dt.date(2026, 11, 27),
            "link": "https://firma.example/neu",
            "share": {"default": "Neu."},
        }
        fresh_text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n\nText.\n"
        timed(
            "new post → home", lambda: fresh.write_text(fresh_text, encoding="utf-8"), base, lambda page: newest in page
        )
        for number in range(edits):
            title = f"Neuer Titel {number} {time.monotonic_ns()}"
            edited = fresh_text.replace(newest, title)
            timed(
                "title edit → home",
                lambda edited=edited: fresh.write_text(edited, encoding="utf-8"),
                base,
                lambda page, title=title: title in page,
            )
        newest = title
        good = fresh.read_text(encoding="utf-8")
        timed(
            "mistake → problem page",
            lambda: fresh.write_text(good.replace("title:", "titel:", 1), encoding="utf-8"),
            base,
            lambda page: "data-hub-problems" in page,
        )
        timed(
            "fix → hub back",
            lambda: fresh.write_text(good, encoding="utf-8"),
            base,
            lambda page: newest in page and "data-hub-problems" not in page,
        )
        timed("deletion → 404", fresh.unlink, f"{base}posts/zz-neu/", lambda page: page == "404")
        return times
    finally:
        server.send_signal(signal.SIGINT)  # as Ctrl+C: MkDocs removes its temporary site folder
        server.wait(timeout=30)


def _wait_for(url: str, ready, timeout: float) -> None:
    """Poll until ``ready(page)``; a 404 answer is the page "404"."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if ready(response.read().decode("utf-8")):
                    return
        except urllib.error.HTTPError as err:
            if err.code == 404 and ready("404"):
                return
        except OSError:
            pass
        time.sleep(0.05)
    raise SystemExit(f"{url} did not show the change within {timeout} s")


def largest(site: Path, pattern: str) -> tuple[int, str]:
    sizes = [(path.stat().st_size, path.parent.relative_to(site).as_posix()) for path in site.glob(pattern)]
    return max(sizes)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=int(os.environ.get("N", "1000")))
    parser.add_argument("--runs", type=int, default=int(os.environ.get("RUNS", "3")), help="alternating build runs")
    parser.add_argument("--no-bare", action="store_true", help="skip bare Material (slow at thousands of posts)")
    parser.add_argument("--no-serve", action="store_true", help="skip the preview measurement")
    parser.add_argument("--serve-only", action="store_true", help="only the preview measurement")
    parser.add_argument("--personas", default=os.environ.get("PERSONAS", ""), help="e.g. 100,500,1000: scaling mode")
    parser.add_argument("--no-browser", action="store_true", help="skip the measurements in Chromium")
    args = parser.parse_args()
    if args.personas:
        posts = int(os.environ.get("N", "30"))  # a month of posts: every persona page fits on one page
        personas_scaling([int(count) for count in args.personas.split(",")], posts)
        return
    n = args.posts
    with tempfile.TemporaryDirectory() as tmp:
        root, quarter, bare = Path(tmp) / "hub", Path(tmp) / "quarter", Path(tmp) / "bare"
        write_hub(root, n)
        if args.serve_only:
            print_serve_reaction(root)
            return
        write_hub(quarter, n // 4)
        write_bare(root, bare)
        counts = {name: len(list((root / name).glob("*.md"))) for name in ("personas", "trainings", "content/guides")}
        print(
            f"posts: {n} ({counts['personas']} personas, {len(TYPES)} content types, "
            f"{counts['trainings']} trainings, {counts['content/guides']} guides)"
        )
        cold, warm = hub_check(root)
        print(
            f"hub check: {cold:.2f} s the first time, {warm:.2f} s after (texts kept in .cache/; "
            "start-up included; target < 5 s at 5,000 posts)"
        )

        hub_runs, bare_runs, quarter_runs = [], [], []
        for _ in range(args.runs):  # alternating, so that a busy moment hits both
            hub_runs.append(hub_build(root))
            if not args.no_bare:
                bare_runs.append(bare_build(bare))
            quarter_runs.append(hub_build(quarter))
        hub_time = statistics.median(t for t, _ in hub_runs)
        print(f"hub build: {hub_time:.1f} s (median of {args.runs}), peak memory {max(m for _, m in hub_runs):.0f} MB")
        if bare_runs:
            bare_time = statistics.median(t for t, _ in bare_runs)
            print(
                f"bare Material build: {bare_time:.1f} s (median of {args.runs}), "
                f"peak memory {max(m for _, m in bare_runs):.0f} MB"
            )
            print(f"hub / bare Material: {hub_time / bare_time:.2f} (target ≤ 0.3 at 1,000 posts)")
            bare_site = bare / "site"
            bare_total = sum(p.stat().st_size for p in bare_site.rglob("*") if p.is_file())
            print(f"bare Material output: {bare_total / 1e6:.1f} MB")
        quarter_time = statistics.median(t for t, _ in quarter_runs)
        print(
            f"growth {n // 4} → {n} posts: {hub_time / quarter_time:.2f}× "
            f"({quarter_time:.1f} s → {hub_time:.1f} s; target ≤ 4.4)"
        )

        site = root / "site"
        pages = list(site.rglob("index.html"))
        total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        index = sum(p.stat().st_size for p in (site / "search").rglob("*") if p.is_file())
        fallback = (site / "search" / "fallback.js").stat().st_size
        print(f"pages: {len(pages)}, output: {total / 1e6:.1f} MB")
        print(f"search folder (Pagefind, downloaded in parts): {index / 1e6:.2f} MB")
        print(f"file:// fallback: {fallback / 1e3:.0f} KB ({fallback / max(n, 1):.0f} bytes per post; target ≤ 300)")
        home = (site / "index.html").stat().st_size
        persona, persona_url = largest(site, "personas/*/**/index.html")
        post, post_url = largest(site, "posts/*/index.html")
        print(f"html home: {home / 1e3:.1f} KB")
        print(f"html largest persona page: {persona / 1e3:.1f} KB ({persona_url}; target ≤ 60)")
        print(f"html largest post page: {post / 1e3:.1f} KB ({post_url}; target ≤ 60)")
        if not args.no_browser:
            from browse import measure, report

            posts = sorted(p.stem for p in (root / "content" / "posts").glob("*.md"))
            report(measure(site, "vertrieb", posts[:2], list(SELECTIVE), COMMON))
        if not args.no_serve:
            print_serve_reaction(root)


def print_serve_reaction(root: Path) -> None:
    flags = " ".join(SERVE_FLAGS)
    reactions = serve_reaction(root)
    # Other processes on the machine slow every figure: say how busy it was.
    print(f"preview measured at a load average of {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for kind, times in reactions.items():
        wall = statistics.median(t for t, _ in times)
        cpu = statistics.median(c for _, c in times)
        each = ", ".join(f"{t:.2f}" for t, _ in times)
        print(f"preview (mkdocs serve {flags}): {kind} in {wall:.2f} s ({each}), server CPU {cpu:.2f} s; target ≤ 3")


if __name__ == "__main__":
    main()
