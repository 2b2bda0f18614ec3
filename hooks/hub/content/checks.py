"""Turning schema errors into editor-friendly ``path:line: message`` problems."""

from __future__ import annotations

import difflib
import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from hub.content.bounds import shown
from hub.content.keys import Key, dotted
from hub.content.problems import Problems
from hub.content.schema import CAMPAIGN_PATTERN, HASHTAG_PATTERN, PATTERN_HINTS, SLUG_PATTERN
from hub.content.sources import Source

Model = TypeVar("Model", bound=BaseModel)
_SLUG = re.compile(SLUG_PATTERN)


_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})


def slug_for(text: str) -> str:
    """``Neue Halle in Kassel: Richtfest!`` -> ``neue-halle-in-kassel-richtfest`` (a-z, 0-9, '-')."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_GERMAN)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """' — did you mean 'x'?' when a choice is close, else the list of choices."""
    options = sorted(set(choices))
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.75)  # a weak guess misleads more than a list
    if close:
        return f" — did you mean '{close[0]}'?"
    return f" (known: {', '.join(options)})" if options else ""


def check_file_name(source: Source, stem: str, what: str, problems: Problems) -> bool:
    """The file's name is the id of what it holds (``what``: slug, id, name): a-z, 0-9 and '-'."""
    if _SLUG.match(stem):
        return True
    problems.add(
        source.path,
        1,
        f"file name '{stem}' is not a valid {what}: use a-z, 0-9 and '-': rename it to '{slug_for(stem)}.md'",
    )
    return False


def check_known(
    source: Source, key: str, values: Iterable[str], known: Iterable[str], noun: str, problems: Problems
) -> bool:
    """Report every entry of the list at ``key`` that is not ``known`` (one ``noun``); True when none."""
    options = tuple(known)
    ok = True
    for index, value in enumerate(values):
        if value not in options:
            problems.add(
                source.path, source.line(key, index), f"{key}: unknown {noun} '{value}'{did_you_mean(value, options)}"
            )
            ok = False
    return ok


def check_personas(source: Source, personas: list[str], known: set[str], problems: Problems) -> bool:
    """Report every entry of ``personas`` that names no persona file; True when all do."""
    return check_known(source, "personas", personas, known, "persona", problems)


def validate(model: type[Model], source: Source, problems: Problems, data: Any = None) -> tuple[Model, frozenset[str]]:
    """Validate ``source.meta`` (or ``data``) against ``model``; report every error.

    Returns the model and the top-level keys that failed or are missing. When some
    failed, the model holds only the valid keys (and defaults), so that the checks
    that need other files can still run on them: one run reports every mistake.
    Read a key that failed only after checking it is not among them.
    """
    data = source.meta if data is None else data
    try:
        return model.model_validate(data), frozenset()
    except ValidationError as err:
        bad: set[str] = set()
        errors = [(tuple(p for p in e["loc"] if not _is_union_branch(p)), e) for e in err.errors(include_url=False)]
        for key, error in errors:
            if isinstance(error["input"], list) and any(len(k) > len(key) and k[: len(key)] == key for k, _ in errors):
                continue  # a union's text branch refusing a list whose items are reported one by one
            problems.add(source.path, source.line(*key), _message(model, key, error))
            if key:
                bad.add(str(key[0]))
        if not isinstance(data, dict):
            return model.model_construct(), frozenset(model.model_fields)
        good = {}
        for name, value in data.items():
            if name in model.model_fields and name not in bad:
                good[name] = _field_adapter(model, name).validate_python(value)
        missing = {name for name, field in model.model_fields.items() if field.is_required() and name not in good}
        return model.model_construct(**good), frozenset(bad | missing)


@functools.cache
def _field_adapter(model: type[BaseModel], name: str) -> TypeAdapter[Any]:
    field = model.model_fields[name]
    if not field.metadata:
        return TypeAdapter(field.annotation)
    return TypeAdapter(Annotated[field.annotation, *field.metadata])  # type: ignore[valid-type]


def _is_union_branch(part: Any) -> bool:
    # Pydantic names the branch of a union it tried ('str', 'list[str]'): not a key.
    return isinstance(part, str) and ("[" in part or part in {"str", "constrained-str"})


def _message(model: type[BaseModel], key: Key, error: dict[str, Any]) -> str:
    kind = error["type"]
    where = dotted(key)
    if kind == "extra_forbidden":
        known = _fields_at(model, key[:-1])
        return f"unknown key '{key[-1]}'{did_you_mean(str(key[-1]), known)}"
    if kind == "missing":
        return f"{where}: required key is missing"
    if kind == "string_pattern_mismatch":
        pattern, value = error["ctx"]["pattern"], str(error["input"])
        # A tag or a campaign is whatever the editor calls it: say how to write it. A persona
        # id names a file, so a made-up one would mislead.
        suggestion = re.sub(r"[^\w]+", "", value) if pattern == HASHTAG_PATTERN else slug_for(value)
        suggestion = suggestion if pattern in (HASHTAG_PATTERN, CAMPAIGN_PATTERN) else ""
        write = f": write '{suggestion}'" if suggestion and re.match(pattern, suggestion) else ""
        hint = PATTERN_HINTS.get(pattern, f"it must match {pattern}")
        return f"{where}: {shown(error['input'])} is not allowed: {hint}{write}"
    if kind in {"date_from_datetime_parsing", "date_parsing", "date_from_datetime_inexact"} and isinstance(
        error["input"], str
    ):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", error["input"]):
            return f"{where}: {error['input']!r} is not a day of the calendar: check the day and the month"
        return f"{where}: {error['input']!r} is not a date: write it as YYYY-MM-DD, e.g. 2026-11-27"
    if kind == "list_type":
        as_list = _as_list(key, error["input"])
        return f"{where}: write a list in brackets: {key[-1]}: {as_list} (got {shown(error['input'])})"
    if kind == "string_type" and isinstance(error["input"], dict) and len(error["input"]) == 1:
        # `- Neu: die WP X9` is a mapping to YAML, not a text.
        ((name, value),) = error["input"].items()
        text = json.dumps(f"{name}: {value if value is not None else ''}".strip(), ensure_ascii=False)
        lead = "-" if isinstance(key[-1], int) else f"{key[-1]}:"
        return f"{where}: a text containing ': ' must be in quotes: write {lead} {text}"
    if kind in {"string_too_short", "too_short"}:
        return f"{where}: must not be empty"
    return f"{where}: {error['msg'][0].lower()}{error['msg'][1:]} (got {shown(error['input'])})"


def _as_list(key: Key, value: Any) -> str:
    """A text the editor meant as a list, in YAML's brackets: '#A #B' -> [A, B] for hashtags."""
    items = [item for item in re.split(r"[,\s]+", str(value)) if item]
    if key and key[-1] == "hashtags":
        items = [item.lstrip("#") for item in items]
    return "[" + ", ".join(item if _plain(item) else json.dumps(item, ensure_ascii=False) for item in items) + "]"


def _plain(item: str) -> bool:
    """True when YAML reads ``item`` unquoted as this very text (not a number, a yes/no, null)."""
    return bool(re.match(r"^[^\W\d_][\w-]*$", item)) and item.lower() not in _YAML_WORDS


_YAML_WORDS = {"true", "false", "yes", "no", "on", "off", "null", "y", "n", "nan", "inf"}


def _fields_at(model: type[BaseModel], key: Key) -> list[str]:
    current: Any = model
    for part in key:
        if isinstance(part, int):
            continue  # an item of a list: its fields are those of the list's model
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = field.annotation
        # Optional nested models are unions; take the model branch.
        for arg in getattr(current, "__args__", ()) or ():
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                current = arg
    return list(getattr(current, "model_fields", {}))
