"""Tiny model layer with per-model field validators."""


class ValidationError(ValueError):
    pass


class Model:
    _validators = []

    def __init__(self, **fields):
        self.__dict__.update(fields)

    @classmethod
    def validator(cls, fn):
        cls._validators.append(fn)
        return fn

    def validate(self):
        errors = []
        for check in self._validators:
            message = check(self)
            if message:
                errors.append(message)
        if errors:
            raise ValidationError("; ".join(errors))
        return self


class User(Model):
    pass


class Order(Model):
    pass


@User.validator
def user_has_email(user):
    if "@" not in getattr(user, "email", ""):
        return "email is required"


@Order.validator
def order_has_items(order):
    if not getattr(order, "items", None):
        return "order has no items"


if __name__ == "__main__":
    try:
        User(email="a@example.com").validate()
    except ValidationError as exc:
        assert str(exc) == "order has no items"
    else:
        raise AssertionError("user unexpectedly validated")
    try:
        Order(items=["book"]).validate()
    except ValidationError as exc:
        assert str(exc) == "email is required"
    else:
        raise AssertionError("order unexpectedly validated")
    assert User._validators is Order._validators is Model._validators
    print("BUG SHOWN")
