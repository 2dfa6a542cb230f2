class TaggableMixin:
    tags = set()

    def tag(self, *labels):
        for label in labels:
            self.tags.add(label.lower())
        return self

    def has_tag(self, label):
        return label.lower() in self.tags


class TimestampMixin:
    created = None

    def touch(self, ts):
        self.created = ts
        return self
