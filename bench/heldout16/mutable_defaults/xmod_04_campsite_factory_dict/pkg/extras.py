EXTRA_PRICES = {"electric": 4.0, "firewood": 6.5, "dog": 2.0}


def add_extra(booking, name, count=1):
    booking.extras[name] = booking.extras.get(name, 0) + count
    return booking


def extras_cost(booking):
    return sum(EXTRA_PRICES[k] * v for k, v in booking.extras.items()) * booking.nights
