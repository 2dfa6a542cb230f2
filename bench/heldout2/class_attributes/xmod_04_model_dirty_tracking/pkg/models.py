from .base import TrackedModel


class User(TrackedModel):
    _fields = ("email", "name", "role")


class Team(TrackedModel):
    _fields = ("name", "plan")


class Repository:
    def __init__(self):
        self.statements = []

    def save(self, obj):
        fields = obj.changed_fields()
        if fields:
            self.statements.append((type(obj).__name__, fields))
        obj.mark_clean()
        return fields
