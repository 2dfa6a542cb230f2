/* A TOML reader for snag's configuration files (pyproject.toml's
 * [tool.snag] and snag.toml), built on the tree-sitter TOML grammar.
 *
 * sg_toml_parse turns text into a tree of values: tables hold (key, value)
 * entries in the order they were first defined, arrays hold values. Keys and
 * strings are decoded UTF-8 (every escape of TOML 1.0 basic strings; literal
 * strings are taken as written; multi-line strings drop a newline right after
 * the opening quotes, and a line-ending backslash in a multi-line basic
 * string swallows the following whitespace and newlines). Integers, floats
 * and dates are kept as their source text; booleans are exact.
 *
 * The TOML table rules are enforced: a key is defined once, a [table] is
 * defined once, a table made by dotted keys cannot be reopened by a header,
 * inline tables and static arrays cannot be extended, and [[x]] appends a
 * table to the array of tables x. Input must be valid UTF-8. Inline tables and
 * arrays nested deeper than SG_TOML_MAX_DEPTH are an error; nothing here
 * recurses on the input's nesting.
 *
 * On any error sg_toml_parse returns NULL and writes "LINE:COL: message"
 * (1-based, COL counted in bytes) into err. */
#ifndef SG_TOML_H
#define SG_TOML_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SG_TOML_MAX_DEPTH 64

typedef enum TomlKind {
  TOML_STRING,
  TOML_INTEGER,
  TOML_FLOAT,
  TOML_BOOL,
  TOML_ARRAY,
  TOML_TABLE,
  TOML_OTHER /* dates and times */
} TomlKind;

typedef struct TomlValue TomlValue;
typedef struct TomlDoc TomlDoc;

/* Parses text; on a syntax error or a semantic error (duplicate key, a key
 * redefined as table, bad escape, invalid UTF-8, too deep) returns NULL and
 * fills err (when err_cap > 0) with "LINE:COL: message". */
TomlDoc *sg_toml_parse(const char *text, size_t len, char *err, size_t err_cap);
void sg_toml_delete(TomlDoc *doc);  /* NULL-safe; frees every value */
const TomlValue *sg_toml_root(const TomlDoc *doc);

/* Lookup by a dotted path of bare keys, e.g. "tool.snag" or
 * "tool.snag.per-file-ignores"; NULL when absent or when a component before
 * the last is not a table. Components are split on '.', so keys containing
 * dots are only reachable through iteration. */
const TomlValue *sg_toml_get(const TomlValue *table, const char *dotted);

TomlKind sg_toml_kind(const TomlValue *v);
const char *sg_toml_string(const TomlValue *v);  /* decoded UTF-8, NULL if not a string */
/* The source text of an integer, float or date (NULL for other kinds). */
const char *sg_toml_text(const TomlValue *v);
bool sg_toml_bool(const TomlValue *v, bool *out);  /* false if not a boolean */
size_t sg_toml_len(const TomlValue *v);            /* array items or table entries; 0 otherwise */
const TomlValue *sg_toml_at(const TomlValue *v, size_t i);     /* array item / table entry value */
const char *sg_toml_key_at(const TomlValue *table, size_t i);  /* table entry key */
uint32_t sg_toml_line(const TomlValue *v);  /* 1-based line where the value starts */

#endif
