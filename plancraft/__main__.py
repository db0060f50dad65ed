"""`python -m plancraft` runs the command line."""

from plancraft.cli import main

main()
