"""The GraphQL API of weekly plan drafts."""
