"""Rank-by-rank tuning analysis for a church organ tuner."""
