"""Used bookstore inventory: a tiny ORM over an in-memory table store."""
