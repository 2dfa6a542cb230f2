"""Harbor hotel: nightly-rate quoting for a waterfront hotel."""
