"""Factory for lightweight record serializers."""
import json


def make_serializer(model_name, fields, read_only=()):
    class Serializer:
        model = model_name
        declared = tuple(fields)
        writable = tuple(name for name in declared if name not in read_only)
        fields = {name: "str" for name in declared}

        def dump(self, record):
            payload = {name: record.get(name) for name in self.declared}
            return json.dumps({"model": self.model, "data": payload}, sort_keys=True)

        def load(self, text):
            data = json.loads(text)["data"]
            return {name: data[name] for name in self.writable if name in data}

    Serializer.__name__ = f"{model_name.title()}Serializer"
    return Serializer


if __name__ == "__main__":
    UserSerializer = make_serializer("user", ["id", "email", "name"], read_only=("id",))
    blob = UserSerializer().dump({"id": 7, "email": "a@example.com", "name": "Ada"})
    print(blob)
    print(UserSerializer().load(blob))
