"""Observability: request ids, log lines, Prometheus metrics and optional OpenTelemetry tracing."""
