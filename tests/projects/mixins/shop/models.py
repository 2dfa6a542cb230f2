from .base import OwnTags, Plugin, Registry, TaggableMixin


class Article(TaggableMixin):  # expect: SNG203
    def __init__(self, title):
        self.title = title


class Photo(TaggableMixin):
    def __init__(self, path):
        self.path = path


class Upper(Plugin):  # expect: SNG203
    pass


class Strip(Plugin):
    pass


Upper.on(str.upper)
Strip.on(str.strip)


class Book(Registry):
    pass


class Film(Registry):
    pass


Book.register()
Film.register()


class Note(OwnTags):
    pass


class Memo(OwnTags):
    pass


class Label(TaggableMixin):
    """Its own set, in its class body: not the mixin's."""

    tags = frozenset()


class Sticker(TaggableMixin):
    def __init__(self):
        self.tags = set()
