/*
 * yamltext.h - writing text as YAML scalars that read back as the same
 * text: which values must be quoted (those a YAML reader would take for a
 * null, a boolean, a number or a date) and which want a block.
 */
#ifndef TANDA_YAMLTEXT_H
#define TANDA_YAMLTEXT_H

#include <stddef.h>
#include <stdio.h>

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

/* Start emitter writing one YAML document to out, its top node a block
 * mapping (sequence != 0: a block sequence); returns libyaml's success. */
int yamltext_start(yaml_emitter_t *emitter, FILE *out, int sequence);

/* End the document yamltext_start began (its top node too) and free the
 * emitter, also after a failure; returns libyaml's success (0 when
 * anything failed before). */
int yamltext_finish(yaml_emitter_t *emitter, int sequence);

/* Emit a block mapping's start (end != 0: its end). */
int yamltext_mapping(yaml_emitter_t *emitter, int end);

/* Emit a block sequence's start (end != 0: its end). */
int yamltext_sequence(yaml_emitter_t *emitter, int end);

/* Emit key: value as text, nothing when value is NULL. */
int yamltext_pair(yaml_emitter_t *emitter, const char *key, const char *value);

/* Emit key: value as a plain scalar readers may type (a date, a number, a
 * boolean), nothing when value is NULL. */
int yamltext_typed_pair(yaml_emitter_t *emitter, const char *key, const char *value);

/* Emit key: number. */
int yamltext_number_pair(yaml_emitter_t *emitter, const char *key, size_t value);

#endif
