"""The lint engine, its configuration, inline suppressions, reporters and the rule catalogue."""
