from .auditorium import Auditorium


class ImaxAuditorium(Auditorium):
    rows = "ABCDEFGHJKLM"
    seats_per_row = 20
    surcharge = 6.0


class PremiereLounge(Auditorium):
    rows = "ABC"
    seats_per_row = 8
    surcharge = 12.0

    def hold(self, seat):
        super().hold(seat)
        return f"recliner {seat}"
