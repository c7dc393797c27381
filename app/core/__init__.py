"""Shared building blocks: base model, domain errors, validation helpers, pagination."""
