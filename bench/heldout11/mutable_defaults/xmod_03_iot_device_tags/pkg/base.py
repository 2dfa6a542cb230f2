class Device:
    kind = "generic"

    def __init__(self, device_id, tags=[], attributes={}):
        self.device_id = device_id
        self.tags = tags
        self.attributes = attributes

    def tag(self, *labels):
        for label in labels:
            if label not in self.tags:
                self.tags.append(label)
        return self

    def set_attribute(self, key, value):
        self.attributes[key] = value

    def describe(self):
        return {"id": self.device_id, "kind": self.kind, "tags": list(self.tags)}
