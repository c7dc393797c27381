"""Accounts: users, passwords, tokens, invites, login throttling."""
