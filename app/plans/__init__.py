"""Weekly plan drafts: generation runs, snapshots, the analysis cache, review and acceptance."""
