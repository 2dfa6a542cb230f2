"""Machine control for a furniture workshop's CNC and lathe cells."""
