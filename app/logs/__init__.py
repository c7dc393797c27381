"""What athletes actually did: workout logs (versioned) and session feedback."""
