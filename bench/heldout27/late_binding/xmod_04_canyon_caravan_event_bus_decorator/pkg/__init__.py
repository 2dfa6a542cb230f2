"""Canyon caravan: tracking a mule caravan along a canyon trail."""
