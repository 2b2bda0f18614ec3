"""The employee advocacy hub's core: content models, share links and validation.

Nothing in this package imports MkDocs. The MkDocs adapter lives in
``hooks/hub_hooks.py`` and only translates MkDocs events into calls on this core.
"""
