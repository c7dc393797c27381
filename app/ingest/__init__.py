"""Ingestion: runs, integration tokens, the shared batch path, and the FIT and CSV parsers."""
