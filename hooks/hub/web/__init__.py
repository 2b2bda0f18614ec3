"""The web pages: what they show, computed from a loaded ``Hub`` (views, pages, calendars, feeds, digest, stats).

May import ``hub.hub``, ``hub.content`` and ``hub.sharing``; nothing from ``hub.cli`` and nothing from MkDocs.
"""
