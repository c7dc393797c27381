"""Live: WebSocket sessions (graphql-transport-ws) and the subscriptions they serve."""
