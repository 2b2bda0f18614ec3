"""``python -m hub``: the same as the ``hub`` command."""

from hub.cli.commands import main

main()
