"""`__del__` in a reference cycle runs late, in no particular order.
(Rules SNG701-SNG703.)
"""


class Connection:
    def __init__(self):
        self.on_close = self.close  # bound method: a cycle through self

    def close(self):
        print("closed")

    def __del__(self):
        self.close()  # runs only when the cyclic collector gets to it
