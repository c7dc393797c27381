"""Accounts in the API: registration, invites, login, refresh, logout, `me`."""
