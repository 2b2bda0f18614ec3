"""The ``hub`` command: loading a project without MkDocs, reports, scaffolds and JSON Schemas.

The top layer: may import everything in ``hub``, never MkDocs.
"""
