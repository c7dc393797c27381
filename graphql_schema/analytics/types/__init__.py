"""GraphQL types of analytics, one module per concept (views over stored rows and service values)."""
