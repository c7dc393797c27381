"""GraphQL types of the programs domain, one module per concept: program, phase, micro-cycle,
session, and the athlete's week (views over their rows)."""
