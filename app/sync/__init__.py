"""Offline sync for mobile apps: idempotent operation batches, sync status, and the changes feed."""
