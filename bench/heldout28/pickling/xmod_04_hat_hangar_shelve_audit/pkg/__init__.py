"""Hat hangar: costume-hat storage for a theatre company."""
