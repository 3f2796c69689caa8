"""Rules without storage or Qt: number parsing, derived values, and the checks (审核)."""
