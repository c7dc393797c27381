"""Coaches and athletes in the API."""
