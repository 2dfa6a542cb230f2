"""Feature-flag bootstrap for the billing service."""
import logging
import os

SERVICE_NAME = "billing"
_RAW_FLAGS = os.environ.get("BILLING_FLAGS", "")

ENABLED_FLAGS = frozenset(f.strip() for f in _RAW_FLAGS.split(",") if f.strip())

if os.environ.get("BILLING_ENV") == "production":
    LOG_LEVEL = logging.WARNING
elif os.environ.get("BILLING_DEBUG") == "1":
    LOG_LEVEL = logging.DEBUG

logging.basicConfig(level=LOG_LEVEL, format="%(name)s %(levelname)s %(message)s")
logger = logging.getLogger(SERVICE_NAME)


def flag_enabled(name):
    return name in ENABLED_FLAGS


def describe():
    return f"{SERVICE_NAME}: flags={sorted(ENABLED_FLAGS)}"


if __name__ == "__main__":
    logger.warning(describe())
    print("new invoices enabled:", flag_enabled("new_invoices"))
