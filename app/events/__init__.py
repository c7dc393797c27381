"""Events: what changed, published inside the writing transaction, fanned out to subscribers."""
