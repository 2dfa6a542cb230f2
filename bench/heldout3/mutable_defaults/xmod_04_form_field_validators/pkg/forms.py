from .fields import Field, ValidationError
from .validators import required


class SignupForm:
    def __init__(self):
        self.fields = [
            required(Field("email")),
            Field("nickname"),
            Field("referral_code"),
        ]

    def validate(self, data):
        errors = {}
        for field in self.fields:
            try:
                field.clean(data.get(field.name))
            except ValidationError as exc:
                errors[field.name] = str(exc)
        return errors
