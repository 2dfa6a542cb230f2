"""Cinder chapel: order-of-service planning for a small chapel's services."""
