"""Mint mailer: newsletter sending for a herb-garden club."""
