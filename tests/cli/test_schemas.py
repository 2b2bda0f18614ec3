"""The JSON Schemas in schemas/ are generated from the models and accept the fixture company's hub."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import frontmatter
import jsonschema
import pytest
import yaml

from hub.cli.project import read_config
from hub.cli.schemas import schema_files
from hubsite import COMPANY, REPO

SCHEMAS = REPO / "schemas"
# The fixture company's files (tests/fixtures/hub): the schemas must accept a real hub's front-matter.
SAMPLES = {
    "post.schema.json": sorted((COMPANY / "content/posts").glob("*.md")),
    "persona.schema.json": sorted((COMPANY / "personas").glob("*.md")),
    "training.schema.json": sorted((COMPANY / "trainings").glob("*.md")),
}


def test_schemas_are_up_to_date() -> None:
    written = {path.name: path.read_text(encoding="utf-8") for path in SCHEMAS.glob("*.json")}
    assert written == schema_files(), "run `make schemas` and commit schemas/"


def as_json(value: Any) -> Any:
    """YAML's dates as the strings JSON Schema (and the YAML language server) sees."""
    if isinstance(value, dict):
        return {key: as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def validator(name: str) -> jsonschema.protocols.Validator:
    schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_company_files_match_their_schema(name: str) -> None:
    check = validator(name)
    assert SAMPLES[name]
    for path in SAMPLES[name]:
        errors = [e.message for e in check.iter_errors(as_json(frontmatter.load(path).metadata))]
        assert errors == [], path.name


def test_schemas_catch_typos_and_wrong_types() -> None:
    post = validator("post.schema.json")
    meta = {"title": "T", "date": "2026-11-27", "link": "https://x.example/", "share": {"default": "Text"}}
    assert list(post.iter_errors(meta)) == []
    assert [e.message for e in post.iter_errors({**meta, "summry": "x"})] == [
        "Additional properties are not allowed ('summry' was unexpected)"
    ]
    assert len(list(post.iter_errors({**meta, "date": "2026-02-30"}))) == 1
    assert len(list(post.iter_errors({**meta, "personas": ["../etc"]}))) == 1


def test_site_config_schema_checks_extra_hub() -> None:
    config = read_config(COMPANY / "site_config.yml")
    check = validator("site_config.schema.json")
    assert list(check.iter_errors(config)) == []
    config["extra"]["hub"]["compnay"] = "x"
    assert [e.message for e in check.iter_errors(config)] == [
        "Additional properties are not allowed ('compnay' was unexpected)"
    ]


def test_ci_files_run_the_check_and_keep_the_site() -> None:
    github = yaml.safe_load((REPO / ".github/workflows/hub.yml").read_text(encoding="utf-8"))
    steps = [step.get("run", "") for job in github["jobs"].values() for step in job["steps"]]
    assert any("hub check --format github" in run for run in steps)
    assert any("mkdocs build -f site_config.yml --strict" in run for run in steps)
    uploads = [s for job in github["jobs"].values() for s in job["steps"] if "upload-artifact" in s.get("uses", "")]
    assert uploads and uploads[0]["with"]["path"] == "site/"
    gitlab = yaml.safe_load((REPO / ".gitlab-ci.yml").read_text(encoding="utf-8"))
    scripts = [line for job in gitlab.values() if isinstance(job, dict) for line in job.get("script", [])]
    assert any("hub check --format gitlab" in line for line in scripts)
    assert any("mkdocs build -f site_config.yml --strict" in line for line in scripts)
    reports = [job["artifacts"] for job in gitlab.values() if isinstance(job, dict) and "artifacts" in job]
    assert any(a.get("reports", {}).get("codequality") == "gl-code-quality-report.json" for a in reports)
    assert any("site/" in a.get("paths", []) for a in reports)
    assert (REPO / ".github/pull_request_template.md").is_file()
    assert "content/posts/" in (REPO / ".github/CODEOWNERS").read_text(encoding="utf-8")
