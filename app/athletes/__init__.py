"""Coaches and athlete profiles: who trains whom."""
