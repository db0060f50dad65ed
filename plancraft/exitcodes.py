"""Exit codes, documented once (README, `--help`)."""

OK = 0  # clean
FINDINGS = 1  # lint/validate errors, stale sign-off, `fmt --check` would change something
USAGE = 2  # usage error or unreadable input (missing file, YAML syntax, over a size limit)
RENDER_FAILED = 3  # rendering failed (template error, LibreOffice missing, ...)

HELP = "Exit codes: 0 clean, 1 findings, 2 usage error or unreadable input, 3 rendering failed."
