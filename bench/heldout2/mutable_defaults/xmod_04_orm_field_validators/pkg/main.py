from .fields import ValidationError
from .models import Customer


def main():
    Customer(email="ann@example.com", nickname=None)
    try:
        Customer(email="bob@example.com", nickname="bobby")
    except ValidationError as exc:
        assert "nickname" in str(exc) and "email" in str(exc), exc
        assert Customer.nickname.validators is Customer.email.validators
        print("BUG SHOWN")
    else:
        raise AssertionError("expected ValidationError")


if __name__ == "__main__":
    main()
