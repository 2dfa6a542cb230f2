from .orm import Model


class Book(Model):
    table = "books"
    fields = ("title", "author_id", "price_pence", "condition")


class Author(Model):
    table = "authors"
    fields = ("name", "bio")
