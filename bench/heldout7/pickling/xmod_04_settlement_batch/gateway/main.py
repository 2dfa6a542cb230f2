from .batch import SettlementBatch
from .client import GatewayClient


def main():
    with open("/dev/null", "a") as audit_log:
        batch = SettlementBatch(GatewayClient("m_481", audit_stream=audit_log))
        batch.add("ch_1", 12_000)
        batch.add("ch_2", 4_999)
        try:
            batch.close()
        except TypeError as exc:
            assert "cannot pickle '_io.TextIOWrapper' object" in str(exc), exc
            print("BUG SHOWN")
            return
    raise AssertionError("batch settled")


if __name__ == "__main__":
    main()
