"""The analytics domain in the API: training load, readiness, weekly summaries, settings."""
