/* Fuzz target: the whole check of one in-memory Python file, as `snag check
 * --select ALL` runs it: source checks (UTF-8, BOM, coding declaration),
 * parse, flatten, semantic model, every rule (opt-in ones too), noqa, then
 * every output format, whose JSON ones must parse.
 *
 * One Linter (one tree-sitter parser) serves every input; the input picks
 * a stub file (.pyi) and the target Python version by a hash of its head. */
#include "tests/fuzz/fuzz.h"

static Settings fuzz_settings;
static Linter *fuzz_linter;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  fuzz_settings_init(&fuzz_settings);
  fuzz_linter = sg_linter_new(&fuzz_settings);
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_INPUT) return -1;
  uint32_t h = fuzz_hash(data, size);
  fuzz_settings.target_minor = 7 + (int)(h % 8);  /* 3.7 to 3.14 */
  const char *path = (h >> 3) % 8 == 0 ? "fuzz.pyi" : "fuzz.py";
  FileResult *r = sg_lint_bytes(fuzz_linter, path, (const char *)data, size);
  fuzz_report_all(r);
  sg_file_result_delete(r);
  return 0;
}
