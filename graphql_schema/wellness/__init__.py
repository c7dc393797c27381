"""Wellness in the API: daily metrics with source precedence, sleep, HRV, heart rate, check-ins, freshness."""
