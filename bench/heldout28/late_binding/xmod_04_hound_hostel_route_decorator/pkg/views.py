"""HTTP views: one status endpoint per kennel plus an index."""
from .kennels import KENNELS, describe


def register_views(router):
    @router.route("/kennels")
    def index():
        return [kennel.code for kennel in KENNELS]

    for kennel in KENNELS:
        @router.route(f"/kennels/{kennel.code}/status")
        def kennel_status():
            return describe(kennel)
