"""Catalogue entries offered on the store front."""
from .models import Field, Model


class Product(Model):
    sku = Field()
    price = Field(0.0)


class Bouquet(Product):
    stems = Field(12)
    season = Field("all-year")


class PottedPlant(Product):
    pot_size_cm = Field(14)


CATALOGUE = {
    "B-ROSE12": lambda: Bouquet(sku="B-ROSE12", price=39.0, stems=12),
    "B-TULIP20": lambda: Bouquet(sku="B-TULIP20", price=28.0, stems=20, season="spring"),
    "P-ORCHID": lambda: PottedPlant(sku="P-ORCHID", price=32.0),
}
