"""Utility metering: smart water meters raising leak and tamper alerts."""
