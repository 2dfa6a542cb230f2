from .book import AppointmentBook
from .policies import sms_policy, touch_up_policy


def main():
    outbox = []
    book = AppointmentBook()
    book.on_reminder(sms_policy(outbox))
    book.on_reminder(touch_up_policy)
    for client in ["Rae: koi sleeve", "Dev: fine-line rose", "Mo: botanical sleeve"]:
        book.book(client)
    try:
        sent = book.send_reminders()
    except RuntimeError as exc:
        print("reminders stopped:", exc, "after", len(outbox), "messages")
        print("BUG SHOWN")
        return
    print("sent", sent)
    print("OK")


if __name__ == "__main__":
    main()
