"""Database connection health: probes, their history, connection profiles."""
