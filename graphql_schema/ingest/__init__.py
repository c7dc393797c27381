"""Ingestion in the API: runs, integration tokens, file imports, the shared batch payload."""
