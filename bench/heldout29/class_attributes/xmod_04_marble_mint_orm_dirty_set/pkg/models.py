from .base import Model


class Coin(Model):
    table = "coins"
    fields = ("name", "metal", "weight_g", "mintage")


class Medal(Model):
    table = "medals"
    fields = ("name", "metal", "weight_g", "mintage", "ribbon")
