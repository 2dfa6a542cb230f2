"""Boarding kennel occupancy tools: bookings, exports and the daily report."""
