from .fields import ValidationError


def not_blank(field, value):
    if value is None or str(value).strip() == "":
        raise ValidationError(f"{field.label} is required")


def max_length(limit):
    def check(field, value):
        if value is not None and len(str(value)) > limit:
            raise ValidationError(f"{field.label} is too long")
    return check


def required(field):
    field.validators.append(not_blank)
    return field
