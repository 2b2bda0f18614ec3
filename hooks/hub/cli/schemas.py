"""JSON Schemas of the editors' files, generated from the models in ``schema.py``.

Editors' IDEs read them (``schemas/*.schema.json``, see docs/checking.md) for completion
and inline checks; ``make schemas`` writes them and a test keeps them up to date.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from hub.content.schema import GuideFront, HubSettings, PersonaFront, PostFront, TrainingFront

DIALECT = "https://json-schema.org/draft/2020-12/schema"

FRONT_MATTER: dict[str, type[BaseModel]] = {
    "post.schema.json": PostFront,
    "persona.schema.json": PersonaFront,
    "training.schema.json": TrainingFront,
    "guide.schema.json": GuideFront,
}


def schema_files() -> dict[str, str]:
    """File name -> JSON text of every schema."""
    schemas: dict[str, dict[str, Any]] = {
        name: {"$schema": DIALECT, **model.model_json_schema()} for name, model in FRONT_MATTER.items()
    }
    schemas["site_config.schema.json"] = _site_config()
    return {name: json.dumps(schema, ensure_ascii=False, indent=2) + "\n" for name, schema in schemas.items()}


def _site_config() -> dict[str, Any]:
    """site_config.yml: the hub's settings under extra.hub; MkDocs' own keys are left open."""
    hub = HubSettings.model_json_schema()
    definitions = hub.pop("$defs", {})
    definitions["HubSettings"] = hub
    return {
        "$schema": DIALECT,
        "title": "site_config.yml",
        "description": "The site's MkDocs configuration; the hub's settings are checked under extra.hub.",
        "type": "object",
        "properties": {
            "extra": {
                "type": "object",
                "properties": {"hub": {"$ref": "#/$defs/HubSettings"}},
                "required": ["hub"],
            }
        },
        "required": ["extra"],
        "$defs": definitions,
    }
