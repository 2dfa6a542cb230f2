/* Fuzz target: the fix applier of `snag check --fix --unsafe-fixes` on one
 * in-memory Python file (sg_fix_file with the text given and the fixed
 * text written to a memory stream, as for stdin: no file is touched).
 *
 * Invariants: a file that parsed still parses after its fixes (re-linted
 * here from the written text, independently of the fixer's own check); a
 * file that did not parse or read (SNG001, SNG002) is left alone; the
 * result the fixer returns is the one of the text it wrote (same findings
 * as a fresh lint of that text); nothing is written when nothing was fixed. */
#include "cli/fix.h"
#include "tests/fuzz/fuzz.h"

static Settings fuzz_settings;
static Linter *fuzz_linter;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  fuzz_settings_init(&fuzz_settings);
  fuzz_settings.keep_source = false;
  fuzz_linter = sg_linter_new(&fuzz_settings);
  return 0;
}

static bool fuzz_same_findings(const FileResult *a, const FileResult *b) {
  if (a->items.len != b->items.len) return false;
  for (uint32_t i = 0; i < a->items.len; i++) {
    const Diagnostic *x = &a->items.items[i], *y = &b->items.items[i];
    if (x->rule != y->rule || x->span.start_byte != y->span.start_byte || x->span.end_byte != y->span.end_byte ||
        strcmp(x->message, y->message) != 0)
      return false;
  }
  return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_INPUT) return -1;
  uint32_t h = fuzz_hash(data, size);
  fuzz_settings.target_minor = 7 + (int)(h % 8);
  const char *path = (h >> 3) % 8 == 0 ? "fuzz.pyi" : "fuzz.py";
  FileResult *r = sg_lint_bytes(fuzz_linter, path, (const char *)data, size);
  bool unparsable = fuzz_unparsable(r);
  char *out = NULL;
  size_t out_len = 0;
  FILE *stream = open_memstream(&out, &out_len);
  fuzz_assert(stream != NULL, "open_memstream");
  bool failed = false;
  FixOptions opts = {.unsafe = true, .fixed_out = stream, .text = (const char *)data, .text_len = size,
                     .failed = &failed};
  uint32_t fixed = 0;
  r = sg_fix_file(fuzz_linter, r, &opts, &fixed);
  fclose(stream);
  fuzz_assert(!failed, "a write to memory failed");
  if (!fixed) {
    fuzz_assert(out_len == 0, "nothing was fixed, yet %zu bytes were written", out_len);
  } else {
    fuzz_assert(!unparsable, "%u fixes applied to a file that does not parse or read", fixed);
    FileResult *again = sg_lint_bytes(fuzz_linter, path, out, out_len);
    fuzz_assert(!fuzz_unparsable(again), "the fixed text no longer parses:\n%s", out);
    fuzz_assert(fuzz_same_findings(r, again), "the fixer's result is not the written text's");
    sg_file_result_delete(again);
  }
  free(out);
  sg_file_result_delete(r);
  return 0;
}
