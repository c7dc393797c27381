"""Persisted operations over HTTP and WebSocket: automatic persisted queries and trusted documents."""
