# `make build` builds the sample hub into site/, `make test` runs every test.
# Both create the virtualenv .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Material prints a banner about its successor on every build; the hub pins MkDocs 1.x knowingly.
export NO_MKDOCS_2_WARNING := 1

.PHONY: build serve test check schemas bench bench-images lighthouse clean sample-manifest

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/mkdocs build -f site_config.yml --strict

# --dirty: after an edit only the changed page and the hub's generated pages are rebuilt
# (the search index keeps the other pages), so the preview follows in about 2 s at 1,000 posts.
serve: $(STAMP)
	$(BIN)/mkdocs serve -f site_config.yml --livereload --dirty

check: $(STAMP)
	$(BIN)/hub check

schemas: $(STAMP)
	$(BIN)/hub schemas --out schemas

# The tests build their own hubs (tests/fixtures/hub and small ones); the hub's own content is
# checked first: `hub check`, then a strict build into a temporary folder (site/ stays as it is).
test: $(STAMP)
	$(BIN)/ruff check hooks tests bench
	$(BIN)/ruff format --check hooks tests bench
	$(BIN)/hub check
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && $(BIN)/mkdocs build -q -f site_config.yml --strict -d "$$tmp/site"
	$(BIN)/python -m pytest

clean:
	rm -rf site .venv

bench: $(STAMP)
	$(BIN)/python bench/bench.py

# Phone photos: build time per new photo, bytes a phone and a desktop receive (docs/images.md).
bench-images: $(STAMP)
	$(BIN)/python bench/images.py

lighthouse: $(STAMP)
	$(BIN)/python bench/lighthouse.py

# After changing the sample content: `hub init` recognises the sample by this list of its files' hashes.
sample-manifest: $(STAMP)
	$(BIN)/python -m hub.cli.starting
