/* notebook: .ipynb files as Python (see parser/notebook.h).
 *
 * cJSON checks the document and reads its structure (cell types, the
 * kernel's language); a small scanner of our own finds the byte range of
 * each cell's "source" value in the file, which cJSON does not keep, and
 * decodes it, so that the text linted and the positions mapped back to the
 * file come from the same bytes. Both walk the document without recursion
 * of their own; cJSON's parser recurses, so nesting is measured first and a
 * document deeper than cJSON's limit is refused with a message.
 *
 * IPython lines are found the way IPython's input transformers find them
 * (IPython/core/inputtransformer2.py), per cell, at the start of a logical
 * line — outside strings, brackets and backslash continuations:
 *   %magic args, %%magic (not on a cell's first line), !cmd, !!cmd, ?obj,
 *   obj?, obj??, /f a (autocall), ,f a b and ;f a b (quoted autocall);
 *   target = !cmd and target = %magic args (the right-hand side);
 *   a cell whose first line is a %%cell magic: the whole cell, except that
 *   the body of %%time, %%timeit, %%capture, %%prun and %%debug is Python
 *   run in the notebook's namespace and stays.
 * A blanked line keeps its indentation and becomes `...` (or `0` where the
 * line is shorter) padded with spaces, so a block whose only statement was
 * a magic stays valid Python; continuation lines become blank. */
#include "parser/notebook.h"

#include <cjson/cJSON.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define SG_NOTEBOOK_NONE UINT32_MAX

bool sg_notebook_is_path(const char *path) {
  size_t n = path ? strlen(path) : 0;
  return n > 6 && strcmp(path + n - 6, ".ipynb") == 0;
}

/* ---- the JSON scanner (documents cJSON accepted) ---------------------------------- */

typedef struct JsonScan {
  const char *s;
  size_t n, i;
} JsonScan;

static void sg_notebook__ws(JsonScan *js) {
  while (js->i < js->n && (unsigned char)js->s[js->i] <= 32) js->i++;  /* as cJSON skips */
}

/* At a '"': past the closing quote. */
static void sg_notebook__skip_string(JsonScan *js) {
  js->i++;
  while (js->i < js->n && js->s[js->i] != '"') js->i += js->s[js->i] == '\\' ? 2 : 1;
  js->i++;
}

/* Past one value; containers with a depth counter, not recursion. */
static void sg_notebook__skip_value(JsonScan *js) {
  uint32_t depth = 0;
  do {
    sg_notebook__ws(js);
    if (js->i >= js->n) return;
    char c = js->s[js->i];
    if (c == '"') sg_notebook__skip_string(js);
    else if (c == '{' || c == '[') depth++, js->i++;
    else if (c == '}' || c == ']') depth--, js->i++;
    else if (c == ',' || c == ':') js->i++;
    else while (js->i < js->n && !strchr(",]}: \t\r\n", js->s[js->i])) js->i++;
  } while (depth > 0 && js->i < js->n);
}

static uint32_t sg_notebook__hex4(const char *p) {
  uint32_t v = 0;
  for (int k = 0; k < 4; k++) {
    char c = p[k];
    v = v * 16 + (uint32_t)(c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c - 'A' + 10);
  }
  return v;
}

static uint32_t sg_notebook__utf8(uint32_t cp, char *out) {
  if (cp < 0x80) { out[0] = (char)cp; return 1; }
  if (cp < 0x800) { out[0] = (char)(0xC0 | cp >> 6); out[1] = (char)(0x80 | (cp & 0x3F)); return 2; }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | cp >> 12); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | cp >> 18); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* One character of a JSON string's body at p (before end): writes its
 * UTF-8 bytes to out (*out_len of them) and returns the raw bytes it took
 * (an escape, or one UTF-8 character). */
static uint32_t sg_notebook__unescape(const char *p, const char *end, char *out, uint32_t *out_len) {
  if (*p != '\\') {
    unsigned char c = (unsigned char)*p;
    uint32_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    if (p + n > end) n = (uint32_t)(end - p);
    memcpy(out, p, n);
    *out_len = n;
    return n;
  }
  if (p + 1 >= end) { *out_len = 0; return 1; }
  char c = p[1];
  *out_len = 1;
  switch (c) {
    case 'b': out[0] = '\b'; return 2;
    case 'f': out[0] = '\f'; return 2;
    case 'n': out[0] = '\n'; return 2;
    case 'r': out[0] = '\r'; return 2;
    case 't': out[0] = '\t'; return 2;
    case 'u': break;
    default: out[0] = c; return 2;  /* \" \\ \/ */
  }
  if (p + 6 > end) { *out_len = 0; return (uint32_t)(end - p); }
  uint32_t cp = sg_notebook__hex4(p + 2);
  if (cp >= 0xD800 && cp <= 0xDBFF && p + 12 <= end && p[6] == '\\' && p[7] == 'u') {
    uint32_t lo = sg_notebook__hex4(p + 8);
    *out_len = sg_notebook__utf8(0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00), out);
    return 12;
  }
  *out_len = sg_notebook__utf8(cp, out);
  return 6;
}

typedef Array(char) NbBuf;

static void sg_notebook__put(NbBuf *out, const char *s, size_t n);

/* Appends the decoded body of the string token at js->i; leaves js past it. */
static void sg_notebook__decode_string(JsonScan *js, NbBuf *out) {
  js->i++;
  const char *end = js->s + js->n;
  while (js->i < js->n && js->s[js->i] != '"') {
    char tmp[4];
    uint32_t len;
    js->i += sg_notebook__unescape(js->s + js->i, end, tmp, &len);
    array_reserve(out, out->len + len + 1);
    memcpy(out->items + out->len, tmp, len);
    out->len += len;
  }
  js->i++;
}

static bool sg_notebook__key_is(JsonScan *js, const char *key) {
  NbBuf k = {0};
  sg_notebook__decode_string(js, &k);
  bool same = k.len == strlen(key) && (k.len == 0 || memcmp(k.items, key, k.len) == 0);
  array_free(&k);
  return same;
}

/* The byte range of each cell's "source" value (the first such key, as
 * cJSON's lookup takes); [0, 0) when a cell has none. */
static void sg_notebook__source_ranges(const char *s, size_t n, NotebookOffsets *ranges) {
  JsonScan js = {s, n, 0};
  sg_notebook__ws(&js);
  if (js.i >= n || s[js.i] != '{') return;
  js.i++;
  bool cells_seen = false;
  for (;;) {
    sg_notebook__ws(&js);
    if (js.i >= n || s[js.i] != '"') return;
    bool is_cells = sg_notebook__key_is(&js, "cells") && !cells_seen;
    sg_notebook__ws(&js);
    js.i++;  /* ':' */
    sg_notebook__ws(&js);
    if (is_cells && js.i < n && s[js.i] == '[') {
      cells_seen = true;
      js.i++;
      for (;;) {
        sg_notebook__ws(&js);
        if (js.i >= n || s[js.i] == ']') { js.i++; break; }
        uint32_t from = 0, to = 0;
        if (s[js.i] == '{') {
          js.i++;
          bool found = false;
          for (;;) {
            sg_notebook__ws(&js);
            if (js.i >= n || s[js.i] == '}') { js.i++; break; }
            bool is_source = sg_notebook__key_is(&js, "source") && !found;
            sg_notebook__ws(&js);
            js.i++;
            sg_notebook__ws(&js);
            size_t at = js.i;
            sg_notebook__skip_value(&js);
            if (is_source) found = true, from = (uint32_t)at, to = (uint32_t)js.i;
            sg_notebook__ws(&js);
            if (js.i < n && s[js.i] == ',') js.i++;
          }
        } else {
          sg_notebook__skip_value(&js);
        }
        array_push(ranges, from);
        array_push(ranges, to);
        sg_notebook__ws(&js);
        if (js.i < n && s[js.i] == ',') js.i++;
      }
    } else {
      sg_notebook__skip_value(&js);
    }
    sg_notebook__ws(&js);
    if (js.i < n && s[js.i] == ',') js.i++;
    else return;
  }
}

/* The decoded text of a source value (a string or a list of strings). */
static void sg_notebook__decode_source(const char *s, uint32_t from, uint32_t to, NbBuf *out) {
  JsonScan js = {s, to, from};
  for (;;) {
    sg_notebook__ws(&js);
    if (js.i >= to) return;
    if (s[js.i] == '"') sg_notebook__decode_string(&js, out);
    else js.i++;  /* '[', ',', ']' */
  }
}

/* Deepest nesting of arrays and objects, counted without recursion. */
static uint32_t sg_notebook__depth(const char *s, size_t n) {
  uint32_t depth = 0, max = 0;
  bool in_string = false;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (in_string) {
      if (c == '\\') i++;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max) max = depth;
    } else if ((c == ']' || c == '}') && depth) {
      depth--;
    }
  }
  return max;
}

/* ---- IPython lines ------------------------------------------------------------ */

typedef struct Blanker {
  char *t;
  uint32_t end;           /* the cell's end */
  NotebookOffsets *out;
} Blanker;

static uint32_t sg_notebook__line_end(const Blanker *b, uint32_t i) {
  while (i < b->end && b->t[i] != '\n') i++;
  return i;
}

/* From i to the end of its line and of the lines a trailing backslash
 * joins to it. */
static uint32_t sg_notebook__extent(const Blanker *b, uint32_t i) {
  uint32_t e = sg_notebook__line_end(b, i);
  while (e < b->end && e > i && b->t[e - 1] == '\\') e = sg_notebook__line_end(b, e + 1);
  return e;
}

/* Blanks [a, e) but newlines; the first line gets the placeholder. */
static void sg_notebook__blank(Blanker *b, uint32_t a, uint32_t e, bool placeholder) {
  for (uint32_t i = a; i < e; i++)
    if (b->t[i] != '\n') b->t[i] = ' ';
  if (placeholder) {
    uint32_t first = sg_notebook__line_end(b, a) - a;
    if (first >= 3) memcpy(b->t + a, "...", 3);
    else if (first >= 1) b->t[a] = '0';
  }
  if (b->out->len && b->out->items[b->out->len - 1] >= a) {
    if (e > b->out->items[b->out->len - 1]) b->out->items[b->out->len - 1] = e;
    return;
  }
  array_push(b->out, a);
  array_push(b->out, e);
}

static bool sg_notebook__is_space(char c) {
  return c == ' ' || c == '\t' || c == '\f';
}

static bool sg_notebook__ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (unsigned char)c >= 0x80;
}

/* Past the string literal whose opening quote is at i. */
static uint32_t sg_notebook__skip_literal(const Blanker *b, uint32_t i) {
  char q = b->t[i];
  bool triple = i + 2 < b->end && b->t[i + 1] == q && b->t[i + 2] == q;
  i += triple ? 3 : 1;
  while (i < b->end) {
    char c = b->t[i];
    if (c == '\\') { i += 2; continue; }
    if (!triple && c == '\n') return i;  /* unterminated: Python's error, not ours */
    if (c == q && (!triple || (i + 2 < b->end && b->t[i + 1] == q && b->t[i + 2] == q)))
      return i + (triple ? 3 : 1);
    i++;
  }
  return b->end;
}

/* Is the '=' at k an assignment (not ==, <=, +=, :=, ...)? */
static bool sg_notebook__plain_assign(const Blanker *b, uint32_t line_start, uint32_t k) {
  if (k + 1 < b->end && b->t[k + 1] == '=') return false;
  return k == line_start || !strchr("=!<>:+-*/%&|^@~", b->t[k - 1]);
}

/* A cell magic on the cell's first line: the whole cell is not Python,
 * unless the magic runs its body as Python in the notebook's namespace. */
static bool sg_notebook__cell_magic(Blanker *b, uint32_t s) {
  uint32_t i = s;
  for (;;) {  /* leading blank lines, as IPython drops them */
    uint32_t j = i;
    while (j < b->end && sg_notebook__is_space(b->t[j])) j++;
    if (j < b->end && b->t[j] == '\n') { i = j + 1; continue; }
    i = j;
    break;
  }
  if (i + 2 > b->end || b->t[i] != '%' || b->t[i + 1] != '%') return false;
  static const char *const python_body[] = {"time", "timeit", "capture", "prun", "debug"};
  uint32_t n = i + 2;
  while (n < b->end && !sg_notebook__is_space(b->t[n]) && b->t[n] != '\n') n++;
  for (size_t k = 0; k < sizeof python_body / sizeof *python_body; k++)
    if (n - (i + 2) == strlen(python_body[k]) && !memcmp(b->t + i + 2, python_body[k], n - (i + 2))) {
      sg_notebook__blank(b, i, sg_notebook__line_end(b, i), true);
      return false;  /* the body is linted */
    }
  sg_notebook__blank(b, s, b->end, false);
  return true;
}

static void sg_notebook__blank_cell(char *text, uint32_t s, uint32_t e, NotebookOffsets *out) {
  Blanker b = {text, e, out};
  if (sg_notebook__cell_magic(&b, s)) return;
  uint32_t i = s;
  while (i < e) {
    uint32_t j = i;
    while (j < e && sg_notebook__is_space(text[j])) j++;
    if (j >= e) break;
    char c = text[j];
    if (c == '\n') { i = j + 1; continue; }
    if (c == '#') { i = sg_notebook__line_end(&b, j) + 1; continue; }
    if (strchr("%!?/,;", c)) {  /* an escaped line */
      uint32_t m = sg_notebook__extent(&b, j);
      sg_notebook__blank(&b, j, m, true);
      i = m + 1;
      continue;
    }
    /* A Python logical line from j: find its end, its last significant
     * character, and a magic on the right of its first assignment. */
    uint32_t depth = 0, k = j, last = SG_NOTEBOOK_NONE;
    bool assign_seen = false, done = false;
    while (k < e && !done) {
      char ch = text[k];
      if (ch == '#') { k = sg_notebook__line_end(&b, k); continue; }
      if (ch == '\n') {
        if (!depth) break;
        k++;
        continue;
      }
      if (ch == '\\' && k + 1 < e && text[k + 1] == '\n') { k += 2; continue; }
      if (ch == '"' || ch == '\'') {
        k = sg_notebook__skip_literal(&b, k);
        last = k - 1;
        continue;
      }
      if (ch == '(' || ch == '[' || ch == '{') depth++;
      else if ((ch == ')' || ch == ']' || ch == '}') && depth) depth--;
      else if (ch == '=' && !depth && !assign_seen && sg_notebook__plain_assign(&b, j, k)) {
        assign_seen = true;
        uint32_t r = k + 1;
        while (r < e && sg_notebook__is_space(text[r])) r++;
        if (r + 1 < e && ((text[r] == '!' && text[r + 1] != '=') ||
                          (text[r] == '%' && (sg_notebook__ident_start(text[r + 1]) || text[r + 1] == '%')))) {
          uint32_t m = sg_notebook__extent(&b, r);
          sg_notebook__blank(&b, r, m, true);
          k = m;
          done = true;
          continue;
        }
      }
      if (!sg_notebook__is_space(ch)) last = k;
      k++;
    }
    if (!done && last != SG_NOTEBOOK_NONE && text[last] == '?') sg_notebook__blank(&b, j, k, true);  /* obj? */
    i = k + 1;
  }
}

/* ---- reading ------------------------------------------------------------------ */

typedef struct NbError {
  char message[200];
  SourceStatus status;
} NbError;

static bool sg_notebook__fail(NbError *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool sg_notebook__fail(NbError *err, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = snprintf(err->message, sizeof err->message, "not a valid notebook: ");
  vsnprintf(err->message + n, sizeof err->message - (size_t)n, fmt, ap);
  va_end(ap);
  err->status = SOURCE_BAD_NOTEBOOK;
  return false;
}

static uint32_t sg_notebook__line_at(const char *s, size_t at) {
  uint32_t line = 1;
  for (size_t i = 0; i < at; i++) line += s[i] == '\n';
  return line;
}

/* cJSON's parser keeps a global error position that concurrent parses
 * would race on; notebooks are parsed one at a time. */
static pthread_mutex_t sg_notebook__cjson_lock = PTHREAD_MUTEX_INITIALIZER;

static cJSON *sg_notebook__parse(const char *s, size_t n, NbError *err) {
  uint32_t depth = sg_notebook__depth(s, n);
  if (depth > CJSON_NESTING_LIMIT) {
    sg_notebook__fail(err, "JSON nested %u levels deep (at most %d are read)", depth, CJSON_NESTING_LIMIT);
    return NULL;
  }
  char *copy = sg_malloc(n + 1);  /* cJSON wants the terminating NUL inside the length */
  memcpy(copy, s, n);
  copy[n] = '\0';
  const char *end = NULL;
  pthread_mutex_lock(&sg_notebook__cjson_lock);
  cJSON *doc = cJSON_ParseWithLengthOpts(copy, n + 1, &end, true);
  pthread_mutex_unlock(&sg_notebook__cjson_lock);
  if (!doc) {
    size_t at = end && end >= copy && end <= copy + n ? (size_t)(end - copy) : n;
    sg_notebook__fail(err, "invalid JSON (line %u)", sg_notebook__line_at(s, at));
  }
  sg_free(copy);
  return doc;
}

static const char *sg_notebook__string_at(const cJSON *obj, const char *a, const char *b) {
  const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, a);
  if (b) v = cJSON_GetObjectItemCaseSensitive(v, b);
  return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* The kernel's language, when the metadata names one. */
static const char *sg_notebook__language(const cJSON *doc) {
  const cJSON *meta = cJSON_GetObjectItemCaseSensitive(doc, "metadata");
  const char *lang = sg_notebook__string_at(meta, "language_info", "name");
  return lang ? lang : sg_notebook__string_at(meta, "kernelspec", "language");
}

/* Columns of the bytes [from, to) of one line, per SourceUnit. */
static void sg_notebook__columns(const char *s, size_t from, size_t to, uint32_t col[3]) {
  col[SOURCE_UNIT_BYTE] = (uint32_t)(to - from);
  col[SOURCE_UNIT_CHAR] = col[SOURCE_UNIT_UTF16] = 0;
  for (size_t i = from; i < to; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c & 0xC0) == 0x80) continue;
    col[SOURCE_UNIT_CHAR]++;
    col[SOURCE_UNIT_UTF16] += c >= 0xF0 ? 2 : 1;
  }
}

typedef struct CellText {
  uint32_t number;
  uint32_t json_start, json_end;
  NbBuf text;
} CellText;
typedef Array(CellText) CellTexts;

/* Reads the cells of a checked document into cells; false with err. */
static bool sg_notebook__cells(const char *s, size_t n, CellMap *map, CellTexts *cells, NbError *err) {
  cJSON *doc = sg_notebook__parse(s, n, err);
  if (!doc) return false;
  bool ok = false;
  const cJSON *list = cJSON_GetObjectItemCaseSensitive(doc, "cells");
  const cJSON *format = cJSON_GetObjectItemCaseSensitive(doc, "nbformat");
  if (!cJSON_IsObject(doc)) {
    sg_notebook__fail(err, "the document is not a JSON object");
    goto done;
  }
  if (cJSON_IsNumber(format) && format->valuedouble < 4) {
    sg_notebook__fail(err, "nbformat %g (snag reads nbformat 4; convert with `jupyter nbconvert --to notebook`)",
                format->valuedouble);
    goto done;
  }
  if (!cJSON_IsArray(list)) {
    sg_notebook__fail(err, list ? "\"cells\" is not a list" : "no \"cells\" list");
    goto done;
  }
  const char *lang = sg_notebook__language(doc);
  if (lang && strcasecmp(lang, "python") != 0 && strcasecmp(lang, "python3") != 0) {
    snprintf(map->language, sizeof map->language, "%s", lang);
    ok = true;  /* not Python: nothing to lint */
    goto done;
  }
  NotebookOffsets ranges = {0};
  sg_notebook__source_ranges(s, n, &ranges);
  uint32_t number = 0;
  const cJSON *cell;
  cJSON_ArrayForEach(cell, list) {
    number++;
    if (!cJSON_IsObject(cell)) {
      sg_notebook__fail(err, "cell %u is not a JSON object", number);
      break;
    }
    const char *type = sg_notebook__string_at(cell, "cell_type", NULL);
    if (!type) {
      sg_notebook__fail(err, "cell %u has no \"cell_type\"", number);
      break;
    }
    const cJSON *source = cJSON_GetObjectItemCaseSensitive(cell, "source");
    bool is_text = cJSON_IsString(source);
    if (cJSON_IsArray(source)) {
      is_text = true;
      const cJSON *line;
      cJSON_ArrayForEach(line, source) is_text = is_text && cJSON_IsString(line);
    }
    if (!source) {
      sg_notebook__fail(err, "cell %u has no \"source\"", number);
      break;
    }
    if (!is_text) {
      sg_notebook__fail(err, "the \"source\" of cell %u is not a string or a list of strings", number);
      break;
    }
    if (strcmp(type, "code") != 0) continue;
    /* VS Code notebooks mark cells in other languages (SQL, R) */
    const char *cell_lang = sg_notebook__string_at(cJSON_GetObjectItemCaseSensitive(cell, "metadata"), "vscode",
                                             "languageId");
    if (cell_lang && strcmp(cell_lang, "python") != 0) continue;
    if (2 * number > ranges.len || ranges.items[2 * number - 1] == 0) {
      sg_notebook__fail(err, "cell %u: its \"source\" could not be located", number);
      break;
    }
    CellText ct = {.number = number, .json_start = ranges.items[2 * number - 2],
                   .json_end = ranges.items[2 * number - 1]};
    sg_notebook__decode_source(s, ct.json_start, ct.json_end, &ct.text);
    if (ct.text.len && memchr(ct.text.items, '\0', ct.text.len)) {
      array_free(&ct.text);
      sg_notebook__fail(err, "cell %u contains a NUL character", number);
      break;
    }
    array_push(cells, ct);
  }
  map->cell_count = number;
  ok = !err->message[0];
  array_free(&ranges);
done:
  cJSON_Delete(doc);
  return ok;
}

static void sg_notebook__cell_texts_free(CellTexts *cells) {
  for (uint32_t i = 0; i < cells->len; i++) array_free(&cells->items[i].text);
  array_free(cells);
}

/* Joins the cells into a Source that owns map. */
static Source *sg_notebook__join(const char *path, CellMap *map, CellText *cells, uint32_t count, size_t max_bytes) {
  NbBuf joined = {0};
  uint32_t line = 0;
  for (uint32_t k = 0; k < count; k++) {
    NotebookCell *c = &map->cells.items[k];
    c->start = joined.len;
    c->first_line = line;
    array_reserve(&joined, joined.len + cells[k].text.len + 2);
    if (cells[k].text.len) memcpy(joined.items + joined.len, cells[k].text.items, cells[k].text.len);
    joined.len += cells[k].text.len;
    c->end = joined.len;
    joined.items[joined.len++] = '\n';
    /* a lone CR ends a line for Python (parser/source.c makes it LF too) */
    for (uint32_t i = c->start; i < c->end; i++) {
      if (joined.items[i] == '\r' && (i + 1 >= c->end || joined.items[i + 1] != '\n')) joined.items[i] = '\n';
      line += joined.items[i] == '\n';
    }
    line++;
  }
  array_reserve(&joined, joined.len + 1);
  joined.items[joined.len] = '\0';
  map->original = sg_malloc(joined.len + 1);
  memcpy(map->original, joined.items, joined.len + 1);
  map->len = joined.len;
  for (uint32_t k = 0; k < count; k++)
    sg_notebook__blank_cell(joined.items, map->cells.items[k].start, map->cells.items[k].end, &map->blanks);
  Source *src = sg_source_from_utf8(path, joined.items, joined.len, max_bytes);
  array_free(&joined);
  if (src->status == SOURCE_TOO_LARGE)
    snprintf(src->message, sizeof src->message, "the notebook's code cells are larger than the size limit (%lu bytes)",
             (unsigned long)max_bytes);
  if (src->status != SOURCE_OK) {  /* reported at 1:1 of the file, not in a cell */
    sg_cell_map_delete(map);
    return src;
  }
  src->cells = map;
  return src;
}

static Source *sg_notebook__failed(const char *path, const NbError *err) {
  Source *src = sg_source_from_utf8(path, "", 0, 1);
  src->status = err->status;
  snprintf(src->message, sizeof src->message, "%s", err->message);
  return src;
}

Source *sg_notebook_source(const char *path, const char *bytes, size_t len, size_t max_bytes) {
  NbError err = {.status = SOURCE_OK};
  size_t skip = len >= 3 && !memcmp(bytes, "\xEF\xBB\xBF", 3) ? 3 : 0;
  size_t file_max = max_bytes > SIZE_MAX / SG_NOTEBOOK_FILE_FACTOR ? SIZE_MAX : max_bytes * SG_NOTEBOOK_FILE_FACTOR;
  if (len > file_max || len > UINT32_MAX - 2) {
    err.status = SOURCE_TOO_LARGE;
    snprintf(err.message, sizeof err.message, "notebook is larger than the size limit (%lu bytes)",
             (unsigned long)(file_max > UINT32_MAX - 2 ? UINT32_MAX - 2 : file_max));
    return sg_notebook__failed(path, &err);
  }
  const char *nul = memchr(bytes, '\0', len);
  if (nul) {
    err.status = SOURCE_BINARY;
    snprintf(err.message, sizeof err.message, "binary file (NUL byte at offset %lu); not a notebook",
             (unsigned long)(nul - bytes));
    return sg_notebook__failed(path, &err);
  }
  size_t ok = sg_utf8_valid_prefix((const unsigned char *)bytes, len);
  if (ok != len) {
    sg_notebook__fail(&err, "not valid UTF-8 (first bad byte on line %u); Jupyter writes UTF-8",
                sg_notebook__line_at(bytes, ok));
    return sg_notebook__failed(path, &err);
  }
  CellMap *map = sg_calloc(1, sizeof(CellMap));
  CellTexts cells = {0};
  if (!sg_notebook__cells(bytes + skip, len - skip, map, &cells, &err)) {
    sg_notebook__cell_texts_free(&cells);
    sg_cell_map_delete(map);
    return sg_notebook__failed(path, &err);
  }
  /* file positions of each cell's source value */
  uint32_t line = 0;
  size_t at = 0, line_start = 0;
  for (uint32_t k = 0; k < cells.len; k++) {
    CellText *ct = &cells.items[k];
    ct->json_start += (uint32_t)skip;
    ct->json_end += (uint32_t)skip;
    /* a line ends at LF, CRLF or a lone CR, as sg_cell_map_file_pos and
     * editors (LSP, SARIF) count them */
    for (; at < ct->json_start; at++)
      if (bytes[at] == '\n' || (bytes[at] == '\r' && (at + 1 == len || bytes[at + 1] != '\n')))
        line++, line_start = at + 1;
    NotebookCell c = {.number = ct->number, .json_start = ct->json_start, .json_end = ct->json_end, .json_line = line};
    sg_notebook__columns(bytes, line_start, ct->json_start, c.json_col);
    c.json = sg_strndup(bytes + ct->json_start, ct->json_end - ct->json_start);
    array_push(&map->cells, c);
  }
  Source *src = sg_notebook__join(path, map, cells.items, cells.len, max_bytes);
  sg_notebook__cell_texts_free(&cells);
  return src;
}

Source *sg_notebook_rejoin(const Source *like, char *const *texts, const uint32_t *lens, size_t max_bytes) {
  const CellMap *old = like->cells;
  CellMap *map = sg_calloc(1, sizeof(CellMap));
  map->cell_count = old->cell_count;
  CellTexts cells = {0};
  for (uint32_t k = 0; k < old->cells.len; k++) {
    NotebookCell c = old->cells.items[k];
    c.json = sg_strdup(c.json);
    array_push(&map->cells, c);
    CellText ct = {.number = c.number};
    array_reserve(&ct.text, lens[k] + 1);
    if (lens[k]) memcpy(ct.text.items, texts[k], lens[k]);
    ct.text.len = lens[k];
    array_push(&cells, ct);
  }
  Source *src = sg_notebook__join(like->path, map, cells.items, cells.len, max_bytes);
  sg_notebook__cell_texts_free(&cells);
  return src;
}

Source *sg_notebook_from_cells(const char *path, char *const *texts, const uint32_t *lens, const uint32_t *numbers,
                               uint32_t count, size_t max_bytes) {
  CellMap *map = sg_calloc(1, sizeof(CellMap));
  CellTexts cells = {0};
  for (uint32_t k = 0; k < count; k++) {
    NotebookCell c = {.number = numbers[k], .json = sg_strdup("")};
    array_push(&map->cells, c);
    if (numbers[k] > map->cell_count) map->cell_count = numbers[k];
    CellText ct = {.number = numbers[k]};
    array_reserve(&ct.text, lens[k] + 1);
    if (lens[k]) memcpy(ct.text.items, texts[k], lens[k]);
    ct.text.len = lens[k];
    array_push(&cells, ct);
  }
  Source *src = sg_notebook__join(path, map, cells.items, cells.len, max_bytes);
  sg_notebook__cell_texts_free(&cells);
  return src;
}

void sg_cell_map_delete(CellMap *self) {
  if (!self) return;
  for (uint32_t k = 0; k < self->cells.len; k++) sg_free(self->cells.items[k].json);
  array_free(&self->cells);
  array_free(&self->blanks);
  sg_free(self->original);
  sg_free(self);
}

/* ---- positions -------------------------------------------------------------------- */

uint32_t sg_cell_map_cell_of_line(const CellMap *self, uint32_t line) {
  uint32_t lo = 0, hi = self->cells.len;
  while (lo < hi) {  /* the last cell whose first line is <= line */
    uint32_t mid = lo + (hi - lo) / 2;
    if (self->cells.items[mid].first_line <= line) lo = mid + 1;
    else hi = mid;
  }
  return lo ? lo - 1 : SG_NOTEBOOK_NONE;
}

void sg_cell_map_locate(const CellMap *self, uint32_t line, uint32_t *cell, uint32_t *cell_line) {
  uint32_t k = line ? sg_cell_map_cell_of_line(self, line - 1) : SG_NOTEBOOK_NONE;
  if (k == SG_NOTEBOOK_NONE) {
    *cell = 0;
    *cell_line = line;
    return;
  }
  *cell = self->cells.items[k].number;
  *cell_line = line - self->cells.items[k].first_line;
}

char *sg_cell_map_message(const CellMap *self, const char *message, uint32_t here) {
  NbBuf out = {0};
  bool quoted = false, changed = false;
  const char *p = message;
  while (*p) {
    if (*p == '`') quoted = !quoted;
    bool word_start = p == message || !((p[-1] >= 'a' && p[-1] <= 'z') || (p[-1] >= 'A' && p[-1] <= 'Z') ||
                                        (p[-1] >= '0' && p[-1] <= '9') || p[-1] == '_');
    if (!quoted && word_start && !strncmp(p, "line ", 5) && p[5] >= '0' && p[5] <= '9') {
      const char *q = p + 5;
      unsigned long line = 0;
      while (*q >= '0' && *q <= '9' && line < UINT32_MAX) line = line * 10 + (unsigned long)(*q++ - '0');
      uint32_t cell, in_cell;
      sg_cell_map_locate(self, (uint32_t)line, &cell, &in_cell);
      if (cell && !(*q >= '0' && *q <= '9')) {
        char buf[64];
        int n = cell == here ? snprintf(buf, sizeof buf, "line %u", in_cell)
                             : snprintf(buf, sizeof buf, "line %u of cell %u", in_cell, cell);
        sg_notebook__put(&out, buf, (size_t)n);
        p = q;
        changed = true;
        continue;
      }
    }
    sg_notebook__put(&out, p, 1);
    p++;
  }
  sg_notebook__put(&out, "", 1);
  if (!changed) {
    array_free(&out);
    return NULL;
  }
  return out.items;
}

static uint32_t sg_notebook__cell_of_byte(const CellMap *self, uint32_t byte) {
  uint32_t lo = 0, hi = self->cells.len;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (self->cells.items[mid].start <= byte) lo = mid + 1;
    else hi = mid;
  }
  return lo ? lo - 1 : SG_NOTEBOOK_NONE;
}

SourcePos sg_cell_map_file_pos(const CellMap *self, uint32_t byte, SourceUnit unit) {
  SourcePos pos = {0, 0};
  uint32_t k = sg_notebook__cell_of_byte(self, byte);
  if (k == SG_NOTEBOOK_NONE) return pos;
  const NotebookCell *c = &self->cells.items[k];
  uint32_t off = (byte > c->end ? c->end : byte) - c->start, decoded = 0;
  pos.line = c->json_line;
  pos.col = c->json_col[unit];
  const char *p = c->json, *end = c->json + strlen(c->json);
  bool in_string = false, closed = false;
  SourcePos last_close = pos;  /* the end of the cell: its last string's closing quote */
  while (p < end) {
    char ch = *p;
    if (!in_string) {
      if (ch == '\n' || (ch == '\r' && (p + 1 == end || p[1] != '\n'))) pos.line++, pos.col = 0;
      else if (ch != '\r') pos.col++;
      in_string = ch == '"';
      p++;
      continue;
    }
    if (ch == '"') {  /* a position at a string's end is the next string's start */
      in_string = false;
      closed = true;
      last_close = pos;
      pos.col++;
      p++;
      continue;
    }
    if (decoded >= off) return pos;
    char tmp[4];
    uint32_t out;
    uint32_t raw = sg_notebook__unescape(p, end, tmp, &out);
    decoded += out;
    if (ch == '\\' || unit == SOURCE_UNIT_BYTE) pos.col += raw;
    else pos.col += unit == SOURCE_UNIT_UTF16 && raw == 4 ? 2 : 1;
    p += raw;
  }
  return closed ? last_close : pos;
}

bool sg_cell_map_editable(const CellMap *self, uint32_t start, uint32_t end) {
  uint32_t k = sg_notebook__cell_of_byte(self, start);
  if (k == SG_NOTEBOOK_NONE || end > self->cells.items[k].end || end < start) return false;
  for (uint32_t i = 0; i + 1 < self->blanks.len; i += 2)
    if (start <= self->blanks.items[i + 1] && self->blanks.items[i] <= end) return false;
  return true;
}

/* ---- writing back --------------------------------------------------------------- */

/* s as a JSON string the way Python's json.dumps(ensure_ascii=False)
 * writes it (nbformat's writer). */
static void sg_notebook__put_string(NbBuf *out, const char *s, uint32_t n) {
  array_reserve(out, out->len + n * 6 + 3);
  out->items[out->len++] = '"';
  for (uint32_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    const char *esc = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\n' ? "\\n" : c == '\r' ? "\\r"
                    : c == '\t' ? "\\t" : c == '\b' ? "\\b" : c == '\f' ? "\\f" : NULL;
    if (esc) {
      memcpy(out->items + out->len, esc, 2);
      out->len += 2;
    } else if (c < 0x20) {
      out->len += (uint32_t)snprintf(out->items + out->len, 7, "\\u%04x", c);
    } else {
      out->items[out->len++] = (char)c;
    }
  }
  out->items[out->len++] = '"';
}

static void sg_notebook__put(NbBuf *out, const char *s, size_t n) {
  array_reserve(out, out->len + (uint32_t)n + 1);
  if (n) memcpy(out->items + out->len, s, n);
  out->len += (uint32_t)n;
}

/* The original value's string tokens: [from, to) pairs. */
static void sg_notebook__tokens(const char *s, uint32_t from, uint32_t to, NotebookOffsets *out) {
  JsonScan js = {s, to, from};
  for (;;) {
    sg_notebook__ws(&js);
    if (js.i >= to) return;
    if (s[js.i] != '"') { js.i++; continue; }
    uint32_t a = (uint32_t)js.i;
    sg_notebook__skip_string(&js);
    array_push(out, a);
    array_push(out, (uint32_t)js.i);
  }
}

/* Does the string token [a, b) decode to text[0..n)? */
static bool sg_notebook__token_is(const char *s, uint32_t a, uint32_t b, const char *text, uint32_t n) {
  NbBuf d = {0};
  JsonScan js = {s, b, a};
  sg_notebook__decode_string(&js, &d);
  bool same = d.len == n && (n == 0 || memcmp(d.items, text, n) == 0);
  array_free(&d);
  return same;
}

/* A new source value for text, in the form of the old one [from, to). */
static void sg_notebook__put_source(NbBuf *out, const char *s, uint32_t from, uint32_t to, const char *text,
                                    uint32_t n) {
  if (s[from] == '"') {
    sg_notebook__put_string(out, text, n);
    return;
  }
  NotebookOffsets toks = {0};
  sg_notebook__tokens(s, from, to, &toks);
  /* indentation: the first element's line, else the key's line plus one */
  size_t ls = from;
  while (ls > 0 && s[ls - 1] != '\n') ls--;
  size_t ind_end = ls;
  while (ind_end < from && (s[ind_end] == ' ' || s[ind_end] == '\t')) ind_end++;
  NbBuf indent = {0}, close = {0};
  sg_notebook__put(&close, s + ls, ind_end - ls);
  sg_notebook__put(&indent, s + ls, ind_end - ls);
  sg_notebook__put(&indent, " ", 1);
  bool multiline = true, close_line = true;  /* close_line: the ']' has a line of its own */
  if (toks.len) {
    size_t a = toks.items[0], l = a;
    while (l > from && s[l - 1] != '\n') l--;
    multiline = l > from;
    if (multiline) {
      indent.len = 0;
      sg_notebook__put(&indent, s + l, a - l);
    }
    size_t c = to - 1;  /* the ']' */
    size_t cl = c;
    while (cl > from && (s[cl - 1] == ' ' || s[cl - 1] == '\t')) cl--;
    close_line = cl > from && s[cl - 1] == '\n';  /* not after the last string (`"b"]`) */
    close.len = 0;
    if (close_line) sg_notebook__put(&close, s + cl, c - cl);
  }
  /* the file's line break (a notebook saved on Windows has CRLF) */
  const char *brk = "\n";
  for (size_t i = from; i < to && s[i] != '"'; i++)
    if (s[i] == '\n') {
      brk = i > from && s[i - 1] == '\r' ? "\r\n" : "\n";
      break;
    }
  /* lines keep their newline, as nbformat splits them */
  NotebookOffsets lines = {0};
  for (uint32_t i = 0; i < n;) {
    uint32_t j = i;
    while (j < n && text[j] != '\n') j++;
    if (j < n) j++;
    array_push(&lines, i);
    array_push(&lines, j);
    i = j;
  }
  uint32_t nl = lines.len / 2, nt = toks.len / 2, same_front = 0, same_back = 0;
  while (same_front < nl && same_front < nt) {
    uint32_t a = lines.items[2 * same_front], b = lines.items[2 * same_front + 1];
    if (!sg_notebook__token_is(s, toks.items[2 * same_front], toks.items[2 * same_front + 1], text + a, b - a)) break;
    same_front++;
  }
  while (same_back < nl - same_front && same_back < nt - same_front) {
    uint32_t li = nl - 1 - same_back, ti = nt - 1 - same_back;
    if (!sg_notebook__token_is(s, toks.items[2 * ti], toks.items[2 * ti + 1], text + lines.items[2 * li],
                         lines.items[2 * li + 1] - lines.items[2 * li]))
      break;
    same_back++;
  }
  sg_notebook__put(out, "[", 1);
  for (uint32_t li = 0; li < nl; li++) {
    if (li) sg_notebook__put(out, ",", 1);
    if (multiline) {
      sg_notebook__put(out, brk, strlen(brk));
      sg_notebook__put(out, indent.items, indent.len);
    } else if (li) {
      sg_notebook__put(out, " ", 1);
    }
    uint32_t ti = li < same_front ? li : li >= nl - same_back ? nt - (nl - li) : SG_NOTEBOOK_NONE;
    if (ti != SG_NOTEBOOK_NONE)  /* an unchanged line keeps its original spelling */
      sg_notebook__put(out, s + toks.items[2 * ti], toks.items[2 * ti + 1] - toks.items[2 * ti]);
    else sg_notebook__put_string(out, text + lines.items[2 * li], lines.items[2 * li + 1] - lines.items[2 * li]);
  }
  if (multiline && nl && close_line) {
    sg_notebook__put(out, brk, strlen(brk));
    sg_notebook__put(out, close.items, close.len);
  }
  sg_notebook__put(out, "]", 1);
  array_free(&lines);
  array_free(&toks);
  array_free(&indent);
  array_free(&close);
}

char *sg_notebook_write(const char *json, size_t len, const CellMap *map, char *const *texts,
                        const uint32_t *lens, size_t *out_len) {
  NbBuf out = {0};
  size_t at = 0;
  for (uint32_t k = 0; k < map->cells.len; k++) {
    const NotebookCell *c = &map->cells.items[k];
    size_t raw_len = strlen(c->json);
    if (c->json_end > len || c->json_end - c->json_start != raw_len ||
        memcmp(json + c->json_start, c->json, raw_len) != 0 || c->json_start < at) {
      array_free(&out);
      return NULL;
    }
    NbBuf old = {0};
    sg_notebook__decode_source(json, c->json_start, c->json_end, &old);
    bool same = old.len == lens[k] && (lens[k] == 0 || memcmp(old.items, texts[k], lens[k]) == 0);
    array_free(&old);
    if (same) continue;
    sg_notebook__put(&out, json + at, c->json_start - at);
    sg_notebook__put_source(&out, json, c->json_start, c->json_end, texts[k], lens[k]);
    at = c->json_end;
  }
  sg_notebook__put(&out, json + at, len - at);
  array_reserve(&out, out.len + 1);
  out.items[out.len] = '\0';
  *out_len = out.len;
  return out.items;
}
