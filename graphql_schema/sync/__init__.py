"""Offline sync in the API: the `sync` batch, `syncReport` and the `changes` feed."""
