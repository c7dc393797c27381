"""The Strawberry schema of coachgraph: types, queries, mutations, loaders, permissions."""
