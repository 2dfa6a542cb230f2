from .base import Model
from .fields import Field


class User(Model):
    email = Field(str)
    age = Field(int, required=False)


class Invoice(Model):
    number = Field(str)
    total = Field(float)
