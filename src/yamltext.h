/*
 * yamltext.h - writing text as YAML scalars that read back as the same
 * text: which values must be quoted (those a YAML reader would take for a
 * null, a boolean, a number or a date) and which want a block.
 */
#ifndef TANDA_YAMLTEXT_H
#define TANDA_YAMLTEXT_H

#include <yaml.h>

/* Whether the plain scalar value would read back as something other than
 * text (YAML 1.1 or 1.2): null, a boolean, a number or a date. */
int yamltext_reads_as_non_text(const char *value);

/* The scalar style to write text value in: a literal block for text with
 * line breaks, single quotes where plain would not read back as text, and
 * else whatever libyaml finds safe. */
yaml_scalar_style_t yamltext_style(const char *value);

/* Emit value as a scalar in the style yamltext_style chooses; returns
 * libyaml's success flag (0 also for a value that is not UTF-8, with the
 * emitter's error left unset). */
int yamltext_emit(yaml_emitter_t *emitter, const char *value);

/* Emit value as a plain scalar that readers may type (a number, a date, a
 * boolean); returns libyaml's success flag. */
int yamltext_emit_typed(yaml_emitter_t *emitter, const char *value);

/* Emit value on one line: as yamltext_emit does, but double-quoted (line
 * breaks as \n) where it would be a block; returns libyaml's success flag. */
int yamltext_emit_inline(yaml_emitter_t *emitter, const char *value);

#endif
