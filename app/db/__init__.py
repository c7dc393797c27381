"""Database: Tortoise configuration, the embedded PostgreSQL, migrations."""
