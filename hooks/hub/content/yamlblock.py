"""The YAML block of a front-matter: parsed safely, with the line of every key.

The loader keeps the node marks, so that every problem can name its line; PyYAML counts
lines inside the block, so the block's offset in the file is added here. Aliases and
merge keys are refused before anything is expanded, and so is nesting deeper than the
bounds allow.
"""

from __future__ import annotations

from typing import Any

import yaml

from hub.content.bounds import MAX_DEPTH, MAX_DIGITS, LongNumber
from hub.content.keys import Key, dotted
from hub.content.problems import Problems
from hub.content.yamlerrors import yaml_syntax_problem

OFFSET = 1  # the opening '---' line; PyYAML's first line inside the block is its line 0


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe loader that leaves an impossible date as text for the schema to report.

    PyYAML raises a bare ValueError without a line for ``2026-02-30``; keeping the
    string lets validation say "date: not a valid date" at the key's line.
    """

    def construct_yaml_timestamp(self, node: yaml.Node) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)

    def construct_yaml_int(self, node: yaml.Node) -> Any:
        # Python refuses to read integers of more than 4,300 digits: a long digit run stays text.
        text = self.construct_scalar(node)
        return LongNumber(text) if sum(c.isdigit() for c in text) > MAX_DIGITS else super().construct_yaml_int(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)
_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)


def parse_block(block: str, shown_as: str, problems: Problems) -> tuple[Any, dict[Key, int]] | None:
    """The block's values and the line of every key; None after reporting why it cannot be used."""
    loader = _Loader(block)
    try:
        node = loader.get_single_node()
        lines = _key_lines(node, block, shown_as, problems)
        if lines is None:
            return None
        meta = loader.construct_document(node)
    except yaml.MarkedYAMLError as err:
        problems.items.append(yaml_syntax_problem(shown_as, err, OFFSET, unmarked_line=1, text=block))
        return None
    except yaml.YAMLError as err:
        problems.add(shown_as, 1, f"YAML error: {err}")
        return None
    finally:
        loader.dispose()
    lines[()] = 1
    return meta, lines


def _key_lines(node: yaml.Node | None, block: str, shown_as: str, problems: Problems) -> dict[Key, int] | None:
    """The line of every key; None after reporting an empty, too deep, aliased or non-mapping block.

    A key written twice is reported too, but its block is still read (YAML keeps the last one).
    """
    if node is None:
        problems.add(shown_as, 1, "front-matter is empty")
        return None
    if _depth(node) > MAX_DEPTH:
        problems.add(
            shown_as,
            _deepest_line(node),
            f"front-matter is nested more than {MAX_DEPTH} levels deep: write the lists and keys flatter",
        )
        return None
    lines: dict[Key, int] = {}
    duplicates: list[tuple[Key, int, int]] = []
    if not _collect_lines(node, (), lines, set(), duplicates):
        problems.add(
            shown_as,
            _first_alias_line(block),
            "YAML aliases and merge keys (*name, <<) are not allowed in front-matter: write the values out",
        )
        return None
    if not isinstance(node, yaml.MappingNode):
        problems.add(shown_as, node.start_mark.line + OFFSET, "front-matter must be a mapping of 'key: value' lines")
        return None
    for key, first, again in duplicates:
        problems.add(
            shown_as,
            again,
            f"{dotted(key)}: written twice (also on line {first}): YAML keeps only the last one; delete one of them",
        )
    return lines


def _depth(node: yaml.Node) -> int:
    """How deeply lists and mappings nest in ``node``, without recursion (an alias is counted once)."""
    deepest, stack, seen = 0, [(node, 1)], set()
    while stack:
        current, depth = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            break
        if isinstance(current, yaml.SequenceNode):
            stack.extend((child, depth + 1) for child in current.value)
        elif isinstance(current, yaml.MappingNode):
            stack.extend((child, depth + 1) for pair in current.value for child in pair)
    return deepest


def _deepest_line(node: yaml.Node) -> int:
    while isinstance(node, (yaml.SequenceNode, yaml.MappingNode)) and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(last, tuple) else last
    return node.start_mark.line + OFFSET


def _collect_lines(
    node: yaml.Node,
    key: Key,
    lines: dict[Key, int],
    seen: set[int],
    duplicates: list[tuple[Key, int, int]],
) -> bool:
    """Record the 1-based line of every key and every key written twice in one mapping.

    False when a node is reached twice (an alias): nothing is expanded, so an alias
    bomb is refused after one pass over the nodes as written.
    """
    if id(node) in seen:
        return False
    seen.add(id(node))
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                return False
            name = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.start_mark)
            child = (*key, name)
            line = key_node.start_mark.line + OFFSET
            if child in lines:
                duplicates.append((child, lines[child], line))
            lines[child] = line
            if not _collect_lines(value_node, child, lines, seen, duplicates):
                return False
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            child = (*key, index)
            lines[child] = item.start_mark.line + OFFSET
            if not _collect_lines(item, child, lines, seen, duplicates):
                return False
    return True


def _first_alias_line(block: str) -> int:
    for number, text in enumerate(block.split("\n")):
        if "*" in text or "<<" in text:
            return number + OFFSET
    return OFFSET
