"""``hub``: the editors' command line. ``hub check`` runs the build's checks without building."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

import click

from hub.content.buildday import BadEpoch, build_moment
from hub.cli.schemas import schema_files
from hub.content.problems import ContentError, Problems
from hub.cli.project import check_project, read_project
from hub.cli.report import FORMATS, summary
from hub.cli.scaffold import new_post, slugify
from hub.content.settings import load_settings

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


@new.command("post")
@CONFIG
@click.argument("title")
def new_post_command(config_file: Path, title: str) -> None:
    """Write <docs_dir>/posts/<slug>.md for TITLE, dated today, as a draft to fill in."""
    try:
        project = read_project(config_file)
    except ContentError as err:
        raise click.ClickException("; ".join(str(p) for p in err.problems)) from None
    slug = slugify(title)
    if not slug:
        raise click.ClickException(f"'{title}' has no letters or digits for a file name")
    path = project.docs_dir / "posts" / f"{slug}.md"
    if path.exists():
        raise click.ClickException(f"{path.relative_to(project.root)} exists already: pick another title")
    settings = load_settings(config_file, config_file.name, project.hub_config, Problems(), project.site_url)
    if settings is None:
        raise click.ClickException("site_config.yml has problems: run `hub check` first")
    try:
        day = build_moment(settings.zone).date()
    except BadEpoch as err:
        raise click.ClickException(str(err)) from None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(new_post(title, day, settings.content_types), encoding="utf-8")
    click.echo(path.relative_to(project.root).as_posix())


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default="schemas", show_default=True)
def schemas(out: Path) -> None:
    """Write the JSON Schemas of the front-matter and of extra.hub."""
    out.mkdir(parents=True, exist_ok=True)
    for name, text in schema_files().items():
        (out / name).write_text(text, encoding="utf-8")
        click.echo((out / name).as_posix())
