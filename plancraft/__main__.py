"""The `plancraft` command and `python -m plancraft`: a plain lint, validate or render runs without
importing click (plancraft.console.quick); everything else goes through the full command line."""

import sys


def main() -> None:
    from plancraft import console
    from plancraft.console import quick

    console.SECOND_PROCESS = True  # the command builds a draft while it lints (two cores); library callers do not

    code = quick(sys.argv[1:])
    if code is None:
        from plancraft.cli import main as full

        full()
    else:
        sys.exit(code)


if __name__ == "__main__":
    main()
