"""Persisted operations: automatic persisted queries (stored in PostgreSQL) and trusted documents."""
