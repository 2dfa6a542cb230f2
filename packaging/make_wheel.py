"""Packs the snag-lint platform wheel (`make wheel`), offline, stdlib only.

    python3 packaging/make_wheel.py --version V --binary SNAG --lib LIBCJSON
        [--doc FILE]... --out DIR

Layout, as Ruff's wheels ship `ruff`:
    snag_lint/                               `python -m snag_lint` finds bin/snag
    snag_lint-V.data/scripts/snag            pip installs it as <prefix>/bin/snag
    snag_lint-V.data/data/lib/snag/libcjson.so.1
                                             <prefix>/lib/snag/: the binary's
                                             $ORIGIN/../lib/snag rpath
    snag_lint-V.dist-info/                   METADATA, WHEEL, RECORD, docs
The platform tag is manylinux_<X>_<Y>_<arch> for the newest GLIBC_X.Y symbol
version the binary or the carried library needs (auditwheel's rule for
glibc): the wheel installs wherever that glibc or a newer one runs. RECORD
holds each file's sha256 (PEP 376/427). Prints the wheel's path.
"""
import argparse
import base64
import glob
import hashlib
import os
import platform
import re
import sys
import zipfile

NAME = "snag_lint"
PACKAGE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME)


def glibc_needed(paths):
    """The newest GLIBC_X.Y version named in the ELF files, as (X, Y).

    Version names sit in .dynstr as plain strings; a scan can only overstate
    the need (a higher tag installs on fewer machines, never on a wrong one)."""
    best = None
    for path in paths:
        with open(path, "rb") as f:
            data = f.read()
        if data[:4] != b"\x7fELF":
            sys.exit("make_wheel: %s is not an ELF file" % path)
        for m in re.finditer(rb"GLIBC_(\d+)\.(\d+)(?![\d.])", data):
            v = (int(m.group(1)), int(m.group(2)))
            best = v if best is None or v > best else best
    if best is None:  # no versioned symbols: the build machine's glibc
        libc = platform.libc_ver()[1] or "2.17"
        best = tuple(int(x) for x in libc.split(".")[:2])
    return best


def record_hash(data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
    return "sha256=" + digest.decode("ascii")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--version", required=True)
    ap.add_argument("--binary", required=True)
    ap.add_argument("--lib", required=True)
    ap.add_argument("--doc", action="append", default=[])
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    major, minor = glibc_needed([a.binary, a.lib])
    tag = "py3-none-manylinux_%d_%d_%s" % (major, minor, platform.machine())
    data_dir = "%s-%s.data" % (NAME, a.version)
    info_dir = "%s-%s.dist-info" % (NAME, a.version)

    def read(path):
        with open(path, "rb") as f:
            return f.read()

    files = []  # (archive name, bytes, mode)
    for src in sorted(glob.glob(os.path.join(PACKAGE_DIR, "*.py"))):
        files.append(("%s/%s" % (NAME, os.path.basename(src)), read(src), 0o644))
    files.append((data_dir + "/scripts/snag", read(a.binary), 0o755))
    files.append((data_dir + "/data/lib/snag/libcjson.so.1", read(a.lib), 0o755))
    metadata = "\n".join([
        "Metadata-Version: 2.1",
        "Name: snag-lint",
        "Version: " + a.version,
        "Summary: snag: a linter for Python's classic runtime pitfalls (prebuilt executable)",
        "License: MIT",
        "Requires-Python: >=3.7",
        "Classifier: Environment :: Console",
        "Classifier: License :: OSI Approved :: MIT License",
        "Classifier: Operating System :: POSIX :: Linux",
        "Classifier: Topic :: Software Development :: Quality Assurance",
        "Description-Content-Type: text/markdown",
        "",
        "`pip install snag-lint` puts the `snag` executable on PATH; run",
        "`snag check .` in a project. `python -m snag_lint` runs it too.",
        "",
    ])
    files.append((info_dir + "/METADATA", metadata.encode("utf-8"), 0o644))
    wheel = "Wheel-Version: 1.0\nGenerator: snag packaging/make_wheel.py\n" \
            "Root-Is-Purelib: false\nTag: %s\n" % tag
    files.append((info_dir + "/WHEEL", wheel.encode("ascii"), 0o644))
    for doc in a.doc:
        files.append((info_dir + "/" + os.path.basename(doc), read(doc), 0o644))

    record = "".join("%s,%s,%d\n" % (n, record_hash(d), len(d)) for n, d, _ in files)
    record += info_dir + "/RECORD,,\n"
    files.append((info_dir + "/RECORD", record.encode("utf-8"), 0o644))

    os.makedirs(a.out, exist_ok=True)
    for old in glob.glob(os.path.join(a.out, "%s-*.whl" % NAME)):
        os.remove(old)
    path = os.path.join(a.out, "%s-%s-%s.whl" % (NAME, a.version, tag))
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data, mode in files:  # dist-info last, RECORD at the very end
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = (0o100000 | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    os.replace(tmp, path)
    print(path)


if __name__ == "__main__":
    main()
