"""Retention: one scheduled job that prunes every kind of record past its age (seeds 001-003)."""
