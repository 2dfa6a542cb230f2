"""Lost property desk at a police station: items, claims and notifications."""
