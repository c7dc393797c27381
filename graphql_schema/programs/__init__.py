"""Programs in the API."""
