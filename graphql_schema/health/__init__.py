"""The GraphQL face of connection health: history and profiles for admins."""
