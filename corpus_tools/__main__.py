"""``python -m corpus_tools`` runs the command line."""

from corpus_tools.cli import main

main()
