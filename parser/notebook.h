/* Notebook: a Jupyter notebook (.ipynb, nbformat 4) read as the one Python
 * module its kernel runs: the code cells, top to bottom, joined into one
 * text (each followed by a newline), with a CellMap from that text back to
 * the cells and to the notebook file. IPython syntax — magics, shell
 * escapes, help lines, cell magics — is blanked (same bytes and lines, so
 * every offset still holds) and the rest is linted as Python.
 * sg_notebook_source returns a Source that owns its CellMap
 * (source->cells); sg_notebook_write returns a sg_malloc'd text. */
#ifndef SG_NOTEBOOK_H
#define SG_NOTEBOOK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "parser/alloc.h"
#include "parser/source.h"

/* One linted code cell. */
typedef struct NotebookCell {
  uint32_t number;         /* 1-based position among ALL the notebook's cells: what Jupyter shows */
  uint32_t start, end;     /* its text in the joined source; end excludes the newline added after it */
  uint32_t first_line;     /* 0-based line of start in the joined source */
  /* Where its "source" value is in the notebook file (for SARIF, GitHub
   * annotations and editors, which see the file, and for --fix). */
  uint32_t json_start, json_end;  /* byte range of the value */
  uint32_t json_line;             /* 0-based file line of json_start */
  uint32_t json_col[3];           /* json_start's column on it, per SourceUnit */
  char *json;                     /* a copy of the value's bytes */
} NotebookCell;

typedef Array(uint32_t) NotebookOffsets;

typedef struct CellMap {
  Array(NotebookCell) cells;
  uint32_t cell_count;     /* every cell of the notebook, code or not */
  /* The joined text before IPython lines were blanked: the same length
   * and line starts as the Source's text (code frames show it). */
  char *original;
  uint32_t len;
  NotebookOffsets blanks;  /* blanked byte ranges [blanks[2k], blanks[2k+1]), sorted */
  char language[32];       /* the kernel's language when it is not Python ("" else):
                              such a notebook is not linted (no code cells) */
} CellMap;

/* Does the path name a notebook (*.ipynb)? */
bool sg_notebook_is_path(const char *path);

/* Reads a notebook file's bytes. Never fails: a malformed notebook comes
 * back as SOURCE_BAD_NOTEBOOK ("not a valid notebook: ..."), or with the
 * usual statuses (too large, binary, not UTF-8). max_bytes bounds the
 * joined code; the file itself may be SG_NOTEBOOK_FILE_FACTOR times larger
 * (outputs, images). */
#define SG_NOTEBOOK_FILE_FACTOR 32u
Source *sg_notebook_source(const char *path, const char *bytes, size_t len, size_t max_bytes);

/* The same notebook with new code-cell texts (texts[k], lens[k] for
 * cells.items[k]), as --fix makes them; positions in the file are kept
 * from `like`. */
Source *sg_notebook_rejoin(const Source *like, char *const *texts, const uint32_t *lens, size_t max_bytes);

/* A notebook an editor holds cell by cell (LSP notebook documents): the
 * code cells' texts and their numbers; nothing maps to a file. */
Source *sg_notebook_from_cells(const char *path, char *const *texts, const uint32_t *lens, const uint32_t *numbers,
                               uint32_t count, size_t max_bytes);

void sg_cell_map_delete(CellMap *self);  /* NULL-safe */

/* The cell (index into cells.items) holding a 0-based line of the joined
 * text; UINT32_MAX when there is none. */
uint32_t sg_cell_map_cell_of_line(const CellMap *self, uint32_t line);
/* A 1-based line of the joined text as (cell number, 1-based line in it). */
void sg_cell_map_locate(const CellMap *self, uint32_t line, uint32_t *cell, uint32_t *cell_line);
/* A message that names lines of the joined text ("mutated on line 12"),
 * with each `line N` outside backquotes made the notebook's: "line 3" in
 * the cell `here` (a cell number), else "line 3 of cell 2". NULL when
 * nothing changes; else sg_free it. */
char *sg_cell_map_message(const CellMap *self, const char *message, uint32_t here);
/* The place of a byte of the joined text in the notebook file: inside the
 * JSON string that holds it (at an escape's backslash), 0-based line and
 * column in the unit. */
SourcePos sg_cell_map_file_pos(const CellMap *self, uint32_t byte, SourceUnit unit);
/* May [start, end) of the joined text be edited: inside one cell and
 * clear of blanked IPython lines? */
bool sg_cell_map_editable(const CellMap *self, uint32_t start, uint32_t end);

/* The notebook file `json` (the bytes `map` was read from) with each code
 * cell's source replaced by texts[k] (lens[k]) where it changed: the rest
 * of the file is copied byte for byte, and a changed source keeps the
 * original's form (a list of lines, one per line of the file, indented as
 * before, or a string). NULL when the file no longer matches the map. */
char *sg_notebook_write(const char *json, size_t len, const CellMap *map, char *const *texts,
                        const uint32_t *lens, size_t *out_len);

#endif
