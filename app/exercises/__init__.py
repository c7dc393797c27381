"""The exercise catalogue and athletes' benchmarks (1RM, FTP, HR zones, paces)."""
