from .mixins import TaggableMixin, TimestampMixin


class Article(TaggableMixin, TimestampMixin):
    def __init__(self, title):
        self.title = title


class Photo(TaggableMixin, TimestampMixin):
    def __init__(self, path):
        self.path = path
