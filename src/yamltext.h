/*
 * yamltext.h - writing text as YAML scalars that read back as the same
 * text: which values must be quoted (those a YAML reader would take for a
 * null, a boolean, a number or a date) and which want a block; and a thin
 * layer over libyaml's emitter for block mappings and sequences.
 *
 * The emitting functions return TANDA_OK, TANDA_ENOMEM, TANDA_EIO (the
 * output failed) or TANDA_EDATA (a value libyaml refuses, such as one that
 * is not UTF-8), with no message: the caller names what it was writing.
 * They can be chained with ||, TANDA_OK being 0.
 */
#ifndef TANDA_YAMLTEXT_H
#define TANDA_YAMLTEXT_H

#include <stddef.h>
#include <stdio.h>

#include <yaml.h>

#include "error.h"

/* Whether the plain scalar value would read back as something other than
 * text (YAML 1.1 or 1.2): null, a boolean, a number or a date. */
int yamltext_reads_as_non_text(const char *value);

/* Whether the len bytes at value hold a bidi control (U+202A-U+202E,
 * U+2066-U+2069), which libyaml writes as it is (it is printable to YAML)
 * though a terminal turns the text around with it.  Such text is written
 * double-quoted, and the emitter's output (yamltext_write) puts the
 * control in as an escape, \u202E: the output is inert and reads back the
 * same. */
int yamltext_has_bidi(const char *value, size_t len);

/* The scalar style to write text value in: double quotes for text with a
 * bidi control, a literal block for text with line breaks, single quotes
 * where plain would not read back as text, and else whatever libyaml finds
 * safe. */
yaml_scalar_style_t yamltext_style(const char *value);

/* Emit value as a scalar in the style yamltext_style chooses. */
enum tanda_status yamltext_emit(yaml_emitter_t *emitter, const char *value);

/* Emit value as a plain scalar that readers may type (a number, a date, a
 * boolean). */
enum tanda_status yamltext_emit_typed(yaml_emitter_t *emitter, const char *value);

/* Emit value on one line: as yamltext_emit does, but double-quoted (line
 * breaks as \n) where it would be a block. */
enum tanda_status yamltext_emit_inline(yaml_emitter_t *emitter, const char *value);

/* What yamltext_write keeps between two writes: the start of a character
 * the end of libyaml's buffer cut. */
struct yamltext_carry {
	unsigned char bytes[2];
	size_t len;
};

/* Write the size bytes libyaml wrote at buf to out, every bidi control in
 * them (only ever in a double-quoted scalar, yamltext_style sees to it) as
 * its escape; 1 on success, 0 when out could not be written.  What every
 * emitter's output handler calls. */
int yamltext_write(FILE *out, struct yamltext_carry *carry, const unsigned char *buf,
		   size_t size);

/* Start emitter writing one YAML document to out, its top node a block
 * mapping (sequence != 0: a block sequence). */
enum tanda_status yamltext_start(yaml_emitter_t *emitter, FILE *out, int sequence);

/* End the document yamltext_start began (its top node too) and free the
 * emitter, also after a failure (which it returns again). */
enum tanda_status yamltext_finish(yaml_emitter_t *emitter, int sequence);

/* Emit a block mapping's start (end != 0: its end). */
enum tanda_status yamltext_mapping(yaml_emitter_t *emitter, int end);

/* Emit a block sequence's start (end != 0: its end). */
enum tanda_status yamltext_sequence(yaml_emitter_t *emitter, int end);

/* Emit key: value as text, nothing when value is NULL. */
enum tanda_status yamltext_pair(yaml_emitter_t *emitter, const char *key, const char *value);

/* Emit key: value as a plain scalar readers may type (a date, a number, a
 * boolean), nothing when value is NULL. */
enum tanda_status yamltext_typed_pair(yaml_emitter_t *emitter, const char *key, const char *value);

/* One key: value of a block mapping; a NULL value leaves the pair out. */
struct yamltext_pair {
	const char *key;
	const char *value;
	int typed;		/* a plain scalar readers may type, not text */
};

/* Emit the pairs[n], in order. */
enum tanda_status yamltext_pairs(yaml_emitter_t *emitter, const struct yamltext_pair *pairs,
				 size_t n);

/* Emit key: number. */
enum tanda_status yamltext_number_pair(yaml_emitter_t *emitter, const char *key, size_t value);

#endif
