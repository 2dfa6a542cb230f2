class ValidationError(Exception):
    pass


class Field:
    def __init__(self, name, validators=[], label=None):
        self.name = name
        self.validators = validators
        self.label = label or name.replace("_", " ").title()

    def clean(self, value):
        for validator in self.validators:
            validator(self, value)
        return value
