"""Wellness: daily wearable metrics, sleep, HRV, heart rate, check-ins, source precedence, freshness."""
