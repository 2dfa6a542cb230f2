"""Expo station: bumps finished tickets off the rail and tells the servers."""
import time


class ServerPager:
    def __init__(self, latency):
        self.latency = latency
        self.pages = []

    def page(self, table):
        time.sleep(self.latency)
        self.pages.append(f"table {table} ready")


def bump(rail, number, pager):
    ticket = rail._tickets.pop(number)
    remaining = rail.open_count
    pager.page(ticket.table)
    rail.open_count = remaining - 1
    return ticket
