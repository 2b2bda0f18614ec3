"""Content: reading editors' files with line numbers, the schema, checks, and the models built from them.

May import ``hub.sharing``; nothing from ``hub.web`` or ``hub.cli``.
"""
