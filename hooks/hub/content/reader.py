"""Reading the editors' files of every kind, one after another, into one list of problems."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from hub.content.bodies import check_all_rendered, check_body
from hub.content.files import check_published, read_regular, scan
from hub.content.guides import Guide, load_guide
from hub.content.imagefiles import RASTER, UNSHOWABLE, check_image
from hub.content.pagemeta import check_page_meta
from hub.content.personas import Persona, load_persona
from hub.content.posts import Post, Status, load_post
from hub.content.problems import Problems
from hub.content.settings import Settings
from hub.content.sharekits import HUB_CONTENT, check_share_texts
from hub.content.sources import MAX_BYTES, Source, read_source
from hub.content.svg import check_svg
from hub.content.textcheck import TextCheck
from hub.content.trainings import Training, load_training


@dataclass
class Reader:
    """Reads and checks the editors' files of one kind after another, into one list of problems.

    Every file's Markdown text is checked too (links, raw HTML, images: see bodies.py).
    """

    root: Path
    docs_dir: Path
    settings: Settings
    persona_ids: set[str]
    problems: Problems
    texts: TextCheck  # what the sanitizer would drop from a text, rendered as the site does
    render_later: bool = False
    regular: set[Path] = field(default_factory=set)  # every file found that may be read
    docs_files: tuple[str, ...] = ()  # every file under the docs dir, relative to it: one walk serves every check

    def everything(
        self, theme_dir: Path | None, icon_exists: Callable[[str], bool] | None, day: dt.date
    ) -> tuple[dict[str, Persona], dict[str, Guide], list[Post], list[Training]]:
        """Every file of every kind, read and checked in turn, the texts last; ``day``: the build day."""
        self.files(theme_dir)
        personas = self.personas(icon_exists)
        guides = self.guides()
        posts = self.posts()
        trainings = self.trainings()
        self.other_pages(icon_exists)
        # A link to a draft or a scheduled post would break the build: that page is not built.
        self.check_bodies({f"posts/{p.slug}.md" for p in posts if p.status(day) not in (Status.LIVE, Status.ARCHIVED)})
        self.other_pictures()  # after the texts: they name the pictures they show
        return personas, guides, posts, trainings

    def files(self, theme_dir: Path | None) -> None:
        """Walk every folder the hub reads or MkDocs copies from; refuse links, special files, unsafe kinds."""
        folders = [(self.docs_dir, shown_path(self.docs_dir, self.root))]
        folders += [(self.root / name, name) for name in ("personas", "trainings", "analytics")]
        folders += [(theme_dir, shown_path(theme_dir, self.root))] if theme_dir is not None else []
        for folder, shown in folders:
            if folder.is_dir() or folder.is_symlink():
                found = scan(folder, shown, self.problems)
                self.regular.update(found)
                if folder == self.docs_dir:
                    check_published(folder, found, shown, self.problems)
                    self.docs_files = tuple(p.relative_to(folder).as_posix() for p in found)
        for name in self.docs_files:
            if name.lower().endswith(".svg"):
                path = self.docs_dir / name
                check_svg(read_regular(path, MAX_BYTES), shown_path(path, self.root), self.problems)

    bodies: list[tuple[Source, str]] = field(default_factory=list)  # checked once every post's status is known
    pages: set[str] = field(default_factory=set)  # the texts read that are MkDocs' pages
    unrendered: dict[str, Source] = field(default_factory=dict)  # see Hub.unrendered
    pictures: set[str] = field(default_factory=set)  # pictures under the docs dir a page shows, checked there

    def __call__(self, path: Path, page_dir: str, *, front_matter: bool = True) -> Source | None:
        if path not in self.regular:
            return None  # a symlink or special file: reported by files()
        source = read_source(path, shown_path(path, self.root), self.problems, front_matter=front_matter)
        if source is not None:
            self.bodies.append((source, page_dir))
            if path.is_relative_to(self.docs_dir):  # personas/ and trainings/ sit beside it
                self.pages.add(source.path)
        return source

    def check_bodies(self, unpublished: set[str]) -> None:
        """Check every text read; ``unpublished`` (drafts, scheduled posts) are no page to link to."""
        linkable = self.linkable - unpublished
        for source, page_dir in self.bodies:
            uri = (PurePosixPath(page_dir) / PurePosixPath(source.path).name).as_posix()
            built = uri not in unpublished  # a draft's links need no page
            later = self.render_later and built and source.path in self.pages  # MkDocs renders it
            if later:
                self.unrendered[uri] = source
            check_body(
                source,
                PurePosixPath(page_dir),
                self.docs_dir,
                self.problems,
                linkable if built else self.linkable,
                None if later else self.texts,
                self.pictures,
                docs_name=self.docs_name,
            )

    def check_unrendered(self) -> None:
        """Check the texts left for the caller after all (see ``load_hub``'s ``render_later``)."""
        check_all_rendered(self.unrendered.values(), self.texts, self.problems)
        self.unrendered = {}

    @functools.cached_property
    def docs_name(self) -> str:
        """The docs dir as editors see it, relative to the project (``content`` in the sample)."""
        return shown_path(self.docs_dir, self.root)

    @functools.cached_property
    def linkable(self) -> frozenset[str]:
        """What a link in a text may name: files under the docs dir and the pages the hub generates."""
        files = set(self.docs_files)
        files |= {"index.md", "posts.md", "trainings.md"}
        files |= {f"personas/{persona}.md" for persona in self.persona_ids}
        files |= {f"trainings/{path.stem}.md" for path in (self.root / "trainings").glob("*.md")}
        return frozenset(files)

    def personas(self, icon_exists: Callable[[str], bool] | None) -> dict[str, Persona]:
        found = {}
        for path in sorted((self.root / "personas").glob("*.md")):
            source = self(path, "personas")
            if source is None:
                continue
            persona = load_persona(
                source, path.stem, self.settings, self.docs_dir, self.problems, icon_exists, docs_name=self.docs_name
            )
            if persona:
                found[persona.id] = persona
        return found

    def guides(self) -> dict[str, Guide]:
        found = {}
        for path in sorted((self.docs_dir / "guides").glob("*.md")):
            source = self(path, "guides", front_matter=False)
            uri = f"guides/{path.name}"
            if source and (guide := load_guide(source, uri, self.persona_ids, self.problems)):
                found[uri] = guide
        return found

    def posts(self) -> list[Post]:
        """Posts without problems, newest first."""
        found = []
        every_context = (HUB_CONTENT, *sorted(self.persona_ids))
        for path in sorted((self.docs_dir / "posts").glob("*.md")):
            if path.name == "index.md" or (source := self(path, "posts")) is None:
                continue
            before = len(self.problems)
            post = load_post(
                source,
                path.stem,
                self.settings,
                self.persona_ids,
                self.docs_dir,
                self.problems,
                docs_name=self.docs_name,
            )
            if post is None:
                continue
            if post.image:
                self.pictures.add(post.image)
            contents = every_context if not post.personas else (HUB_CONTENT, *post.personas)
            check_share_texts(post, source, self.settings, contents, self.problems)
            if len(self.problems) == before:
                found.append(post)
        return sorted(found, key=lambda p: (p.date, p.slug), reverse=True)

    def trainings(self) -> list[Training]:
        found = []
        for path in sorted((self.root / "trainings").glob("*.md")):
            source = self(path, "trainings")
            if source and (
                training := load_training(source, path.stem, self.settings.zone, self.persona_ids, self.problems)
            ):
                found.append(training)
        return found

    def other_pages(self, icon_exists: Callable[[str], bool] | None) -> None:
        """The docs dir's other Markdown pages (the home page's text…): their text and front-matter are checked too."""
        for name in self.docs_files:
            uri = PurePosixPath(name)
            folder = uri.parent.as_posix()
            if uri.suffix != ".md":
                continue
            if folder not in ("posts", "guides") or (folder == "posts" and uri.name == "index.md"):
                if source := self(self.docs_dir / name, folder, front_matter=False):
                    check_page_meta(source, self.problems, icon_exists)

    def other_pictures(self) -> None:
        """Pictures no page shows are published too: they must be readable and well named as well."""
        for name in self.docs_files:
            uri = PurePosixPath(name)
            if uri.suffix.lower() in RASTER | UNSHOWABLE and name not in self.pictures:
                shown = shown_path(self.docs_dir / name, self.root)
                check_image(shown, 0, uri.name, uri, self.docs_dir, self.problems)


def shown_path(path: Path, root: Path) -> str:
    """``path`` as editors see it: relative to the project's root where it lies inside."""
    if path.is_absolute() == root.is_absolute():
        try:
            return path.relative_to(root).as_posix()  # the usual case, without touching the disk
        except ValueError:
            pass
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
