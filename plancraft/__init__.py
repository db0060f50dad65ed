"""plancraft: emergency response plans as checked, linted, rendered and signed YAML files.

The public API lives here; the command line (`plancraft.cli`) is a thin layer over it.
"""

__version__ = "0.1.0"
