"""Restaurant kitchen display: ticket rail, expo station and printer."""
