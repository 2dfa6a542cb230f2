from .models import Frozen, Request


def overlay(zoom, x, names):
    req = Request(zoom, x)  # expect: SNG201
    for name in names:
        req.layers.append(name)
    return req


def overlay_own(zoom, x, names):
    req = Request(zoom, x, [])
    for name in names:
        req.layers.append(name)
    return req


def overlay_keyword(zoom, x, names):
    req = Request(zoom, x, layers=list(names))
    req.layers.sort()
    return req


def plain(zoom):
    return Frozen(zoom)


def extend(req, name):
    req.layers.append(name)


def overlay_helper(zoom, x, names):
    req = Request(zoom, x)  # expect: SNG201
    for name in names:
        extend(req, name)
    return req
