/* Grammar: snag's compile-time node kinds and field ids, and the tables that
 * map tree-sitter-python's symbols and field ids onto them. Grammar symbol
 * numbers change between grammar releases; the enums below do not, so
 * analyses can `switch` on them and GPU kernels can test them. The tables
 * are built once (thread-safe) and read-only afterwards. */
#ifndef SG_GRAMMAR_H
#define SG_GRAMMAR_H

#include <stdint.h>

#include "tree_sitter/api.h"

typedef enum NodeKind {
  KIND_OTHER = 0,   /* a named symbol snag does not look at */
  KIND_TOKEN,       /* an anonymous token snag does not look at */
#define KIND(e, name, named) KIND_##e,
#include "parser/kinds.def"
#undef KIND
  KIND__COUNT
} NodeKind;

typedef enum FieldId {
  FIELD_NONE = 0,
#define FIELD(e, name) FIELD_##e,
#include "parser/fields.def"
#undef FIELD
  FIELD__COUNT
} FieldId;

typedef struct Grammar {
  const TSLanguage *language;
  uint32_t symbol_count;
  uint16_t *kind_of_symbol;   /* [symbol] -> NodeKind */
  uint32_t field_count;
  uint8_t *field_of_id;       /* [TSFieldId] -> FieldId */
  uint16_t comment_symbol;    /* `comment` (sg_flat_build re-inserts blanked ones) */
} Grammar;

const Grammar *sg_grammar_python(void);
const char *sg_kind_name(NodeKind kind);
const char *sg_field_name(FieldId field);

#endif
