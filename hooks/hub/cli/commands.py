"""``hub``: the editors' command line. ``hub check`` runs the build's checks without building."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TextIO

import click

from hub.cli.project import Project, check_project, read_project
from hub.cli.report import FORMATS, summary
from hub.cli.scaffold import new_guide, new_persona, new_post, new_training, slugify
from hub.cli.schemas import schema_files
from hub.cli.starting import InitError, Start, foreign_files, init, parse_personas
from hub.content.buildday import BadEpoch, build_moment
from hub.content.problems import ContentError, Problems
from hub.content.settings import Settings, load_settings
from hub.locales import ADDRESSES
from hub.web.ui import Words

CONFIG = click.option(
    "-f",
    "--config-file",
    type=click.Path(dir_okay=False, path_type=Path),
    default="site_config.yml",
    show_default=True,
    help="The hub's configuration.",
)


@click.group()
def main() -> None:
    """Tools for the hub's editors."""


@main.command()
@CONFIG
@click.option("--format", "form", type=click.Choice(sorted(FORMATS)), default="text", show_default=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Where to write the report.")
def check(config_file: Path, form: str, output: TextIO) -> None:
    """Check every post, persona, guide and training and site_config.yml.

    Prints every problem as path:line: message and exits with 1 when one is an error.
    """
    _, problems = check_project(config_file)
    output.write(FORMATS[form](problems))
    click.echo(f"hub check: {summary(problems)}", err=True)
    if any(p.is_error for p in problems):
        sys.exit(1)


@main.group()
def new() -> None:
    """Start a new file from a template."""


def _start(config_file: Path) -> tuple[Project, Settings, Words, dt.date]:
    """The project, its settings, its words and today, for the commands that write files."""
    try:
        project = read_project(config_file)
    except ContentError as err:
        raise click.ClickException("; ".join(str(p) for p in err.problems)) from None
    settings = load_settings(config_file, config_file.name, project.hub_config, Problems(), project.site_url)
    if settings is None:
        raise click.ClickException(f"{config_file.name} has problems: run `hub check` first")
    try:
        day = build_moment(settings.zone).date()
    except BadEpoch as err:
        raise click.ClickException(str(err)) from None
    return project, settings, Words(project.language, settings.address, settings.words), day


def _write(project: Project, folder: Path, title: str, text: str) -> None:
    slug = slugify(title)
    if not slug:
        raise click.ClickException(f"'{title}' has no letters or digits for a file name")
    path = folder / f"{slug}.md"
    if path.exists():
        raise click.ClickException(f"{path.relative_to(project.root)} exists already: pick another title")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    click.echo(path.relative_to(project.root).as_posix())


def _persona_ids(project: Project) -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in (project.root / "personas").glob("*.md")))


@new.command("post")
@CONFIG
@click.argument("title")
def new_post_command(config_file: Path, title: str) -> None:
    """Write <docs_dir>/posts/<slug>.md for TITLE, dated today, as a draft to fill in."""
    project, settings, words, day = _start(config_file)
    text = new_post(title, day, settings.content_types, words, _persona_ids(project))
    _write(project, project.docs_dir / "posts", title, text)


@new.command("persona")
@CONFIG
@click.argument("name")
def new_persona_command(config_file: Path, name: str) -> None:
    """Write personas/<id>.md for NAME (the id is made from the name)."""
    project, _, words, _ = _start(config_file)
    _write(project, project.root / "personas", name, new_persona(name, words))


@new.command("training")
@CONFIG
@click.argument("title")
def new_training_command(config_file: Path, title: str) -> None:
    """Write trainings/<slug>.md for TITLE with one session four weeks from today."""
    project, _, words, day = _start(config_file)
    _write(project, project.root / "trainings", title, new_training(title, day, words))


@new.command("guide")
@CONFIG
@click.argument("title")
def new_guide_command(config_file: Path, title: str) -> None:
    """Write content/guides/<slug>.md for TITLE, shown on every persona's page."""
    project, _, words, _ = _start(config_file)
    _write(project, project.docs_dir / "guides", title, new_guide(title, words, _persona_ids(project)))


@main.command("init")
@CONFIG
@click.option("--company", prompt="Company (as employees know it)", help="The company's name.")
@click.option("--site-url", prompt="The hub's address (https://…/)", help="Where the hub will be served.")
@click.option(
    "--personas", prompt="First personas (id:Name, comma-separated)", help="e.g. 'sales:Sales,tech:Engineering'."
)
@click.option("--address", type=click.Choice(ADDRESSES), default="du", show_default=True, help="German: du or Sie.")
@click.option("--yes", is_flag=True, help="Do not ask before removing the sample.")
def init_command(config_file: Path, company: str, site_url: str, personas: str, address: str, yes: bool) -> None:
    """Turn the sample hub of a fresh clone into your company's empty hub.

    Removes the sample's posts, personas, trainings, guides, analytics and images and writes a
    home page, one post draft, one guide and your personas. Refuses when content of your own is there.
    """
    project, _, _, day = _start(config_file)
    try:
        start = Start(company.strip(), site_url.strip(), parse_personas(personas), address)
        if not yes and foreign_files(project.root, project.docs_dir) == []:
            click.confirm("Remove the sample content and start your own hub?", abort=True)
        written = init(project.root, config_file, project.docs_dir, start, day, project.language)
    except InitError as err:
        raise click.ClickException(str(err)) from None
    for path in written:
        click.echo(path)


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default="schemas", show_default=True)
def schemas(out: Path) -> None:
    """Write the JSON Schemas of the front-matter and of extra.hub."""
    out.mkdir(parents=True, exist_ok=True)
    for name, text in schema_files().items():
        (out / name).write_text(text, encoding="utf-8")
        click.echo((out / name).as_posix())
