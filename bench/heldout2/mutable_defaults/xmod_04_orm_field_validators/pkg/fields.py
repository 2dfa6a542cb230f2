class ValidationError(Exception):
    pass


class Field:
    def __init__(self, column=None, validators=[], nullable=False):
        self.column = column
        self.validators = validators
        self.nullable = nullable
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name
        self.column = self.column or name

    def add_validator(self, check, message):
        self.validators.append((check, message))
        return self

    def clean(self, value):
        if value is None:
            if not self.nullable:
                raise ValidationError(f"{self.name} is required")
            return value
        for check, message in self.validators:
            if not check(value):
                raise ValidationError(f"{self.name}: {message}")
        return value


class StringField(Field):
    def __init__(self, max_length=255, **kwargs):
        super().__init__(**kwargs)
        self.add_validator(lambda v: len(v) <= max_length, f"longer than {max_length}")
