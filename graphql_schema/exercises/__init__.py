"""Exercises in the API."""
