/* Source: a file's bytes, checked (not binary, valid UTF-8, within the size
 * limit), with a leading BOM stripped, and a line index for converting byte
 * offsets to line/column in the units each output needs (UTF-8 bytes, code
 * points, UTF-16). sg_source_read never fails: a bad file comes back with a
 * status and a message (reported as SNG002). Caller frees with
 * sg_source_delete.
 *
 * A PEP 263 coding declaration other than UTF-8 on line 1 or 2
 * (`# -*- coding: latin-1 -*-`) is honoured as CPython does: the file is
 * decoded with iconv and `text` holds the DECODED UTF-8 text, `encoding` the
 * declared name. Every byte offset (spans, diagnostics, fixes) is then into
 * the decoded text, not the file: lines and code-point (and UTF-16) columns
 * are the file's, byte columns count UTF-8 bytes. Fixes are not written to
 * such a file (cli/fix.c). An unknown encoding name, or bytes invalid in the
 * declared encoding, is SOURCE_BAD_ENCODING (CPython: SyntaxError).
 * sg_source_from_utf8 (editor text, already UTF-8) never decodes. */
#ifndef SG_SOURCE_H
#define SG_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum SourceStatus {
  SOURCE_OK,
  SOURCE_IO_ERROR,
  SOURCE_BINARY,
  SOURCE_NOT_UTF8,
  SOURCE_TOO_LARGE,
  SOURCE_BAD_ENCODING,  /* unknown declared encoding, or bytes invalid in it */
  SOURCE_BAD_NOTEBOOK,  /* a .ipynb that is not a readable Jupyter notebook */
  SOURCE_TOO_COMPLEX,   /* read, but its parse ran past the time limit (report/lint) */
} SourceStatus;

typedef enum SourceUnit {
  SOURCE_UNIT_BYTE,     /* UTF-8 code units */
  SOURCE_UNIT_CHAR,     /* Unicode code points (JSON, SARIF, concise) */
  SOURCE_UNIT_UTF16,    /* UTF-16 code units (LSP default) */
} SourceUnit;

#define SG_SOURCE_MAX_DEFAULT (8u * 1024u * 1024u)

typedef struct Source {
  char *path;             /* as given (display path) */
  char *text;             /* NUL-terminated, BOM stripped; "" when status != OK */
  uint32_t len;
  bool had_bom;
  SourceStatus status;
  char message[256];      /* why status != OK */
  char encoding[40];      /* the declared encoding `text` was decoded from;
                           * "" when the file is UTF-8 */
  uint32_t *line_starts;  /* byte offset of each line; line_count entries */
  uint32_t line_count;
  uint32_t *unit_marks;   /* per 1024-byte block: code points and UTF-16 units
                           * before it (pairs); NULL when the text is ASCII */
  struct CellMap *cells;  /* a notebook's code cells in `text` (parser/notebook.h),
                           * owned; NULL for a Python file */
} Source;

typedef struct SourcePos {
  uint32_t line;          /* 0-based */
  uint32_t col;           /* 0-based, in the requested unit */
} SourcePos;

/* A path ending in .ipynb is read as a Jupyter notebook: `text` is its
 * code cells joined (parser/notebook.h). */
Source *sg_source_read(const char *path, size_t max_bytes);
/* The raw bytes of a regular file (NUL-terminated; *len without it), or
 * NULL: unreadable, not a regular file (never waited on), or larger than
 * max_bytes. Nothing is decoded or checked. */
char *sg_source_read_bytes(const char *path, size_t max_bytes, size_t *len);
Source *sg_source_from_bytes(const char *path, const char *bytes, size_t len,
                             size_t max_bytes);
/* As sg_source_from_bytes, for text known to be UTF-8 already (an editor
 * buffer): a coding declaration is not acted on. */
Source *sg_source_from_utf8(const char *path, const char *bytes, size_t len,
                            size_t max_bytes);
/* The non-UTF-8 encoding the coding declaration of these raw file bytes
 * names (written to name), or false when the file is UTF-8. */
bool sg_source_declared_encoding(const char *bytes, size_t len, char *name, size_t cap);
void sg_source_delete(Source *self);

uint32_t sg_source_line_of(const Source *self, uint32_t byte);
SourcePos sg_source_pos(const Source *self, uint32_t byte, SourceUnit unit);
/* Inverse of sg_source_pos; clamps to the line's end and the text's end. */
uint32_t sg_source_offset(const Source *self, SourcePos pos, SourceUnit unit);
/* The text of a line without its terminator. */
const char *sg_source_line(const Source *self, uint32_t line, uint32_t *len);

/* Length of the valid UTF-8 prefix of s (n if all valid). */
size_t sg_utf8_valid_prefix(const unsigned char *s, size_t n);
/* A copy of s with each invalid byte replaced by U+FFFD (for output
 * formats that must be UTF-8, e.g. a path from the file system). Caller
 * frees with sg_free. */
char *sg_utf8_sanitize(const char *s);

#endif
