/* Fuzz target: the Jupyter notebook reader and writer (parser/notebook.c)
 * on one .ipynb file's bytes, then the notebook's check and fixes as
 * `snag check --fix --unsafe-fixes x.ipynb` runs them (in memory).
 *
 * Invariants, for a notebook that reads:
 *   - written back with its own cell texts, it reads again to the same
 *     cells (the write never fails on the file the map came from);
 *   - written with every code cell changed (a line put in front), it reads
 *     again to exactly the new texts, the same number of cells;
 *   - every byte of the joined code maps to a place inside the file, and
 *     every line to a cell;
 *   - its fixes keep it a notebook, with as many code cells, that parses
 *     when it parsed before. */
#include "cli/fix.h"
#include "parser/notebook.h"
#include "tests/fuzz/fuzz.h"

static Settings fuzz_settings;
static Linter *fuzz_linter;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  fuzz_settings_init(&fuzz_settings);
  fuzz_linter = sg_linter_new(&fuzz_settings);
  return 0;
}

/* Reads json again and checks that its code cells are texts[k]. */
static void fuzz_reread(const char *json, size_t len, const CellMap *like, char *const *texts, const uint32_t *lens,
                        const char *what) {
  Source *again = sg_notebook_source("fuzz.ipynb", json, len, SG_SOURCE_MAX_DEFAULT);
  fuzz_assert(again->status == SOURCE_OK && again->cells, "%s does not read: %s\n%.*s", what, again->message,
              (int)len, json);
  const CellMap *m = again->cells;
  fuzz_assert(m->cells.len == like->cells.len, "%s: %u code cells, was %u", what, m->cells.len, like->cells.len);
  fuzz_assert(m->cell_count == like->cell_count, "%s: %u cells, was %u", what, m->cell_count, like->cell_count);
  for (uint32_t k = 0; k < m->cells.len; k++) {
    const NotebookCell *c = &m->cells.items[k];
    fuzz_assert(c->end - c->start == lens[k] && !memcmp(m->original + c->start, texts[k], lens[k]),
                "%s: cell %u reads back as `%.*s`, not `%.*s`", what, k, (int)(c->end - c->start),
                m->original + c->start, (int)lens[k], texts[k]);
  }
  sg_source_delete(again);
}

static void fuzz_cells(const uint8_t *data, size_t size, const Source *src) {
  const CellMap *m = src->cells;
  uint32_t n = m->cells.len;
  char **texts = sg_calloc(n ? n : 1, sizeof *texts);
  uint32_t *lens = sg_calloc(n ? n : 1, sizeof *lens);
  for (uint32_t k = 0; k < n; k++) {
    texts[k] = m->original + m->cells.items[k].start;
    lens[k] = m->cells.items[k].end - m->cells.items[k].start;
  }
  size_t out_len = 0;
  char *same = sg_notebook_write((const char *)data, size, m, texts, lens, &out_len);
  fuzz_assert(same != NULL, "the notebook cannot be written back with its own cells");
  fuzz_reread(same, out_len, m, texts, lens, "the notebook written back unchanged");
  sg_free(same);

  static const char line[] = "x = 1  # \"\\\t\xc3\xa9\n";
  char **changed = sg_calloc(n ? n : 1, sizeof *changed);
  for (uint32_t k = 0; k < n; k++) {
    changed[k] = sg_malloc(sizeof line + lens[k]);
    memcpy(changed[k], line, sizeof line - 1);
    memcpy(changed[k] + sizeof line - 1, texts[k], lens[k]);
    lens[k] += sizeof line - 1;
  }
  char *edited = sg_notebook_write((const char *)data, size, m, changed, lens, &out_len);
  fuzz_assert(edited != NULL, "the notebook cannot be written with new cells");
  fuzz_reread(edited, out_len, m, changed, lens, "the edited notebook");
  sg_free(edited);
  for (uint32_t k = 0; k < n; k++) sg_free(changed[k]);
  sg_free(changed);
  sg_free(texts);
  sg_free(lens);

  /* lines as sg_cell_map_file_pos counts them: a lone CR ends one too */
  uint32_t file_lines = 1;
  for (size_t i = 0; i < size; i++)
    file_lines += data[i] == '\n' || (data[i] == '\r' && (i + 1 == size || data[i + 1] != '\n'));
  for (uint32_t b = 0; b < src->len; b++) {
    SourcePos p = sg_cell_map_file_pos(m, b, (SourceUnit)(b % 3));
    fuzz_assert(p.line < file_lines, "byte %u maps to line %u of %u", b, p.line, file_lines);
  }
  for (uint32_t l = 0; l + 1 < src->line_count; l++) {
    uint32_t cell, cell_line;
    sg_cell_map_locate(m, l + 1, &cell, &cell_line);
    fuzz_assert(cell >= 1 && cell <= m->cell_count, "line %u in cell %u of %u", l + 1, cell, m->cell_count);
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_INPUT) return -1;
  Source *src = sg_notebook_source("fuzz.ipynb", (const char *)data, size, SG_SOURCE_MAX_DEFAULT);
  if (src->status == SOURCE_OK && src->cells) fuzz_cells(data, size, src);
  uint32_t code_cells = src->cells ? src->cells->cells.len : 0;
  FileResult *r = sg_lint_source(fuzz_linter, src);
  fuzz_report_all(r);
  bool unparsable = fuzz_unparsable(r);

  char *out = NULL;
  size_t out_len = 0;
  FILE *stream = open_memstream(&out, &out_len);
  fuzz_assert(stream != NULL, "open_memstream");
  FixOptions opts = {.unsafe = true, .fixed_out = stream, .text = (const char *)data, .text_len = size};
  uint32_t fixed = 0;
  r = sg_fix_file(fuzz_linter, r, &opts, &fixed);
  fclose(stream);
  if (fixed) {
    fuzz_assert(!unparsable, "%u fixes applied to a notebook that does not parse or read", fixed);
    Source *again = sg_notebook_source("fuzz.ipynb", out, out_len, SG_SOURCE_MAX_DEFAULT);
    fuzz_assert(again->status == SOURCE_OK && again->cells && again->cells->cells.len == code_cells,
                "the fixed notebook does not read as one with %u code cells: %s\n%s", code_cells, again->message,
                out);
    FileResult *lint = sg_lint_source(fuzz_linter, again);
    fuzz_assert(!fuzz_unparsable(lint), "the fixed notebook no longer parses:\n%s", out);
    sg_file_result_delete(lint);
  }
  free(out);
  sg_file_result_delete(r);
  return 0;
}
