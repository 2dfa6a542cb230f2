"""Monthly payroll run for a small engineering firm."""
