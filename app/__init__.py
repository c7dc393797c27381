"""coachgraph: the service without GraphQL (settings, database, models, domain services)."""
