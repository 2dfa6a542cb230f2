from .auditing import AuditTrailMixin


class Aircraft(AuditTrailMixin):
    audit_category = "airframe"

    def __init__(self, registration, type_code):
        self.registration = registration
        self.type_code = type_code
        self.hours = 0.0
        self.grounded = False

    def audit_subject(self):
        return self.registration

    def log_flight(self, hours):
        self.hours += hours
        self._audit("flight", hours=hours)

    def ground(self, reason):
        self.grounded = True
        self._audit("grounded", reason=reason)


class CrewMember(AuditTrailMixin):
    audit_category = "crew"

    def __init__(self, staff_no, role):
        self.staff_no = staff_no
        self.role = role
        self.duty_hours = 0.0

    def audit_subject(self):
        return self.staff_no

    def sign_on(self, hours):
        self.duty_hours += hours
        self._audit("sign-on", hours=hours)
