"""The built-in codes (those that are not lint rule modules), defined once.

The modules that emit them import them from here; lint/builtin.py describes them for
`plancraft rules`, `plancraft explain`, SARIF, JUnit and the audit.
"""

UNREADABLE = "PC001"  # the file cannot be read (missing, not UTF-8, YAML syntax, over a limit)
SCHEMA = "PC002"  # the plan does not follow the JSON Schema
FORMAT_REFUSED = "PC003"  # `fmt` would lose or change something
SUPPRESSION_WITHOUT_REASON = "PC901"
UNUSED_SUPPRESSION = "PC902"
