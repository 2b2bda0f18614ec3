"""Benchmark: build a synthetic hub of N posts and report time, pages and sizes.

    N=1000 make bench        (python bench/bench.py --posts 1000)

The hub is generated deterministically in a temporary folder from the sample
personas, with posts of every content type spread over two years.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
TYPES = ["news", "job", "product", "event", "insight", "culture"]
WORDS = (
    "Wärmepumpe Kassel Görlitz Fachkräfte Ausbildung Service Energiewende Heizung Altbau Projekt "
    "Team Kunden Partner Messe Technik Vertrieb Effizienz Kältemittel Schule Nachhaltigkeit"
).split()
EPOCH = "1795780800"  # 2026-11-27


def write_hub(root: Path, posts: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    shutil.copytree(REPO / "personas", root / "personas")
    shutil.copytree(REPO / "content" / "guides", root / "content" / "guides")
    shutil.copytree(REPO / "content" / "images", root / "content" / "images")
    (root / "trainings").mkdir()
    (root / "content" / "index.md").write_text("# Hub\n\nWillkommen.\n", encoding="utf-8")
    config = yaml.safe_load((REPO / "site_config.yml").read_text(encoding="utf-8"))
    config["theme"]["custom_dir"] = str(REPO / "theme")
    config["hooks"] = [str(REPO / "hooks" / "hub_hooks.py")]
    config["watch"] = []
    (root / "site_config.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    personas = sorted(p.stem for p in (root / "personas").glob("*.md"))
    images = sorted(p.relative_to(root / "content").as_posix() for p in (root / "content/images/posts").glob("*.svg"))
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
        if n % 2:
            meta["image"] = images[n % len(images)]
            meta["image_alt"] = "Illustration"
        body = "\n\n".join(" ".join(rng.choices(WORDS, k=40)) + "." for _ in range(3))
        text = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n## Hintergrund\n\n" + body
        (folder / f"beitrag-{n:05d}.md").write_text(text + "\n", encoding="utf-8")


def build(root: Path) -> float:
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "site_config.yml"], cwd=root, env=env, check=True
    )
    return time.perf_counter() - started


def check(root: Path, runs: int = 3) -> float:
    """Median wall time of `hub check` (the editors' check, without building), start-up included."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "hub", "check"], cwd=root, env=env, capture_output=True, text=True)
        times.append(time.perf_counter() - started)
        if result.returncode != 0:
            raise SystemExit(f"hub check failed on the synthetic hub:\n{result.stdout}{result.stderr}")
    return sorted(times)[len(times) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=int(os.environ.get("N", "1000")))
    parser.add_argument("--check-only", action="store_true", help="time `hub check` only, do not build")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "hub"
        write_hub(root, args.posts)
        print(f"posts: {args.posts}")
        print(f"hub check: {check(root):.2f} s (median of 3, interpreter start included)")
        if args.check_only:
            return
        seconds = build(root)
        site = root / "site"
        pages = list(site.rglob("index.html"))
        total = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
        index = (site / "search" / "search_index.json").stat().st_size
        print(f"build: {seconds:.1f} s")
        print(f"pages: {len(pages)}")
        print(f"output: {total / 1e6:.1f} MB")
        print(f"search index: {index / 1e6:.2f} MB ({index / max(args.posts, 1) / 1e3:.1f} KB per post)")
        for label, url in (("home", "index.html"), ("persona", "personas/vertrieb/index.html"),
                           ("post", "posts/beitrag-00001/index.html")):
            print(f"html {label}: {(site / url).stat().st_size / 1e3:.1f} KB")


if __name__ == "__main__":
    main()
