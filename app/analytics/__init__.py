"""Derived training numbers as pure functions: load, fitness, ACWR, monotony, volume, baselines, readiness."""
