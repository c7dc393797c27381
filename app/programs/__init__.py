"""Training programs: programs, phases, weekly micro-cycles and their sessions."""
