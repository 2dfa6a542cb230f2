from .base import MissingField
from .models import Invoice, User


if __name__ == "__main__":
    user = User(email="a@example.com", number="x", total=1.0)
    assert user.email == "a@example.com"
    assert set(Invoice.schema()) == {"email", "age", "number", "total"}
    try:
        Invoice(number="INV-7", total=99.5)
    except MissingField as exc:
        assert "Invoice.email" in str(exc)
    else:
        raise AssertionError("invoice unexpectedly built")
    print("BUG SHOWN")
