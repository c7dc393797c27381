#!/bin/sh
# Container entrypoint: apply pending migrations, then replace this shell with the server
# (so it receives the container's stop signal directly).
set -eu
coachgraph migrate
exec coachgraph serve "$@"
