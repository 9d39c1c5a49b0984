/*
 * yamltext.c - choosing the style of YAML scalars for text, and emitting
 * them with libyaml, whose 1-on-success ends here: every emitting function
 * returns an enum tanda_status.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "frontmatter.h"
#include "strbuf.h"
#include "yamltext.h"

/* Whether value is a YAML 1.1 number that strtod does not read (1_000,
 * 0b101, 0o17, 0x1_F, base 60 as in 10:30) or starts like a YAML 1.1
 * time stamp (2026-1-5 6:00:00); some text is quoted that need not be. */
static int yaml11_number_or_time(const char *value)
{
	const char *s = value + (*value == '+' || *value == '-');
	const char *allowed = "0123456789_:.";

	if (strspn(value, "0123456789") == 4 && value[4] == '-' && isdigit((unsigned char)value[5]))
		return 1;
	if (s[0] == '0' && (s[1] == 'b' || s[1] == 'o' || s[1] == 'x')) {
		allowed = s[1] == 'b' ? "01_" : s[1] == 'o' ? "01234567_" : "0123456789abcdefABCDEF_";
		s += 2;
	} else if (strpbrk(s, "0123456789") == NULL) {
		return 0;
	}
	return s[0] != '\0' && s[strspn(s, allowed)] == '\0';
}

int yamltext_reads_as_non_text(const char *value)
{
	static const char *const words[] = {
		"", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n",
		".inf", "-.inf", "+.inf", ".nan", "<<", "=",
	};
	char *end;
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcasecmp(value, words[i]) == 0)
			return 1;
	strtod(value, &end);
	if (*end == '\0' || yaml11_number_or_time(value))
		return 1;
	return frontmatter_is_iso_date(value);
}

/* The code point of the bidi control at s (3 bytes from 0xE2 on), or 0
 * when there is none. */
static uint32_t bidi_at(const unsigned char *s)
{
	if (s[0] != 0xE2)
		return 0;
	if (s[1] == 0x80 && s[2] >= 0xAA && s[2] <= 0xAE)
		return 0x2000 + s[2] - 0x80;
	if (s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9)
		return 0x2040 + s[2] - 0x80;
	return 0;
}

int yamltext_has_bidi(const char *value, size_t len)
{
	const char *p = value, *end = value + len;

	while ((p = memchr(p, 0xE2, (size_t)(end - p))) != NULL) {
		if (end - p >= 3 && bidi_at((const unsigned char *)p) != 0)
			return 1;
		p++;
	}
	return 0;
}

yaml_scalar_style_t yamltext_style(const char *value)
{
	if (yamltext_has_bidi(value, strlen(value)))
		return YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	if (strchr(value, '\n') != NULL)
		return YAML_LITERAL_SCALAR_STYLE;
	if (yamltext_reads_as_non_text(value))
		return YAML_SINGLE_QUOTED_SCALAR_STYLE;
	return YAML_ANY_SCALAR_STYLE;
}

/* The status of what libyaml's emitter answered (ok: its 1-on-success):
 * out of memory, a write error, or else a value it refused. */
static enum tanda_status emitted(const yaml_emitter_t *emitter, int ok)
{
	if (ok)
		return TANDA_OK;
	if (emitter->error == YAML_MEMORY_ERROR)
		return TANDA_ENOMEM;
	if (emitter->error == YAML_WRITER_ERROR)
		return TANDA_EIO;
	return TANDA_EDATA;
}

/* Emit event (libyaml takes it over). */
static enum tanda_status emit_event(yaml_emitter_t *emitter, yaml_event_t *event)
{
	return emitted(emitter, yaml_emitter_emit(emitter, event));
}

/* Emit value in style. */
static enum tanda_status emit(yaml_emitter_t *emitter, const char *value,
			      yaml_scalar_style_t style)
{
	yaml_event_t event;

	if (!yaml_scalar_event_initialize(&event, NULL, NULL, (yaml_char_t *)value,
					  (int)strlen(value), 1, 1, style))
		return TANDA_EDATA;	/* not UTF-8 (or out of memory) */
	return emit_event(emitter, &event);
}

enum tanda_status yamltext_emit(yaml_emitter_t *emitter, const char *value)
{
	return emit(emitter, value, yamltext_style(value));
}

enum tanda_status yamltext_emit_typed(yaml_emitter_t *emitter, const char *value)
{
	return emit(emitter, value, yamltext_has_bidi(value, strlen(value))
				    ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE);
}

enum tanda_status yamltext_emit_inline(yaml_emitter_t *emitter, const char *value)
{
	yaml_scalar_style_t style = yamltext_style(value);

	return emit(emitter, value,
		    style == YAML_LITERAL_SCALAR_STYLE ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : style);
}

/* Write the n bytes at s to out; 1 on success. */
static int put(FILE *out, const unsigned char *s, size_t n)
{
	return n == 0 || fwrite(s, 1, n, out) == n;
}

/* Write the character at s (3 bytes from 0xE2 on) to out: a bidi control
 * as its escape, anything else as it is; 1 on success. */
static int put_char(FILE *out, const unsigned char *s)
{
	uint32_t cp = bidi_at(s);

	if (cp == 0)
		return put(out, s, 3);
	return fprintf(out, "\\u%04X", (unsigned)cp) > 0;
}

/* Finish the character carry began with the bytes at the start of
 * buf[size]: how many of them it took, (size_t)-1 when out failed. */
static size_t finish_carry(FILE *out, struct yamltext_carry *carry, const unsigned char *buf,
			   size_t size)
{
	unsigned char c[3];
	size_t took = 3 - carry->len;

	if (size < took) {	/* still cut: keep it all */
		memcpy(carry->bytes + carry->len, buf, size);
		carry->len += size;
		return size;
	}
	memcpy(c, carry->bytes, carry->len);
	memcpy(c + carry->len, buf, took);
	carry->len = 0;
	return put_char(out, c) ? took : (size_t)-1;
}

int yamltext_write(FILE *out, struct yamltext_carry *carry, const unsigned char *buf,
		   size_t size)
{
	size_t i = 0, from;

	if (carry->len > 0 && (i = finish_carry(out, carry, buf, size)) == (size_t)-1)
		return 0;
	for (from = i; i < size; i++) {
		if (buf[i] != 0xE2)
			continue;
		if (!put(out, buf + from, i - from))
			return 0;
		if (size - i < 3) {	/* cut by the end of the buffer */
			memcpy(carry->bytes, buf + i, size - i);
			carry->len = size - i;
			return 1;
		}
		if (!put_char(out, buf + i))
			return 0;
		i += 2;
		from = i + 1;
	}
	return put(out, buf + from, size - from);
}

/* What yamltext_start's emitter writes to. */
struct output {
	FILE *file;
	struct yamltext_carry carry;
};

/* libyaml's output handler: write to the output in data. */
static int write_handler(void *data, unsigned char *buffer, size_t size)
{
	struct output *o = data;

	return yamltext_write(o->file, &o->carry, buffer, size);
}

enum tanda_status yamltext_mapping(yaml_emitter_t *emitter, int end)
{
	yaml_event_t event;

	if (end)
		yaml_mapping_end_event_initialize(&event);
	else
		yaml_mapping_start_event_initialize(&event, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE);
	return emit_event(emitter, &event);
}

enum tanda_status yamltext_sequence(yaml_emitter_t *emitter, int end)
{
	yaml_event_t event;

	if (end)
		yaml_sequence_end_event_initialize(&event);
	else
		yaml_sequence_start_event_initialize(&event, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE);
	return emit_event(emitter, &event);
}

enum tanda_status yamltext_start(yaml_emitter_t *emitter, FILE *out, int sequence)
{
	yaml_event_t event;
	enum tanda_status status;

	struct output *o = calloc(1, sizeof *o);

	*emitter = (yaml_emitter_t){ .error = YAML_NO_ERROR };	/* yamltext_finish frees it */
	if (o == NULL || !yaml_emitter_initialize(emitter)) {
		free(o);
		return TANDA_ENOMEM;
	}
	o->file = out;
	yaml_emitter_set_output(emitter, write_handler, o);
	yaml_emitter_set_unicode(emitter, 1);
	yaml_emitter_set_width(emitter, -1);
	yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING);
	status = emit_event(emitter, &event);
	yaml_document_start_event_initialize(&event, NULL, NULL, NULL, 1);
	if (status == TANDA_OK)
		status = emit_event(emitter, &event);
	if (status == TANDA_OK)
		status = sequence ? yamltext_sequence(emitter, 0) : yamltext_mapping(emitter, 0);
	return status;
}

enum tanda_status yamltext_finish(yaml_emitter_t *emitter, int sequence)
{
	struct output *o = emitter->write_handler != NULL ? emitter->write_handler_data : NULL;
	yaml_event_t event;
	enum tanda_status status = emitter->write_handler == NULL ? TANDA_ENOMEM
				 : emitted(emitter, emitter->error == YAML_NO_ERROR);

	if (status == TANDA_OK)
		status = sequence ? yamltext_sequence(emitter, 1) : yamltext_mapping(emitter, 1);
	yaml_document_end_event_initialize(&event, 1);
	if (status == TANDA_OK)
		status = emit_event(emitter, &event);
	yaml_stream_end_event_initialize(&event);
	if (status == TANDA_OK)
		status = emit_event(emitter, &event);
	yaml_emitter_delete(emitter);
	if (o != NULL && status == TANDA_OK && !put(o->file, o->carry.bytes, o->carry.len))
		status = TANDA_EIO;	/* (valid UTF-8 never ends inside a character) */
	free(o);
	return status;
}

enum tanda_status yamltext_pair(yaml_emitter_t *emitter, const char *key, const char *value)
{
	enum tanda_status status;

	if (value == NULL)
		return TANDA_OK;
	status = yamltext_emit_typed(emitter, key);
	return status == TANDA_OK ? yamltext_emit(emitter, value) : status;
}

enum tanda_status yamltext_typed_pair(yaml_emitter_t *emitter, const char *key,
				      const char *value)
{
	enum tanda_status status;

	if (value == NULL)
		return TANDA_OK;
	status = yamltext_emit_typed(emitter, key);
	return status == TANDA_OK ? yamltext_emit_typed(emitter, value) : status;
}

enum tanda_status yamltext_pairs(yaml_emitter_t *emitter, const struct yamltext_pair *pairs,
				 size_t n)
{
	enum tanda_status status = TANDA_OK;
	size_t i;

	for (i = 0; i < n && status == TANDA_OK; i++)
		status = pairs[i].typed ? yamltext_typed_pair(emitter, pairs[i].key, pairs[i].value)
					: yamltext_pair(emitter, pairs[i].key, pairs[i].value);
	return status;
}

enum tanda_status yamltext_number_pair(yaml_emitter_t *emitter, const char *key, size_t value)
{
	char text[32];
	struct strbuf sb;

	strbuf_init_fixed(&sb, text, sizeof text);
	strbuf_addf(&sb, "%zu", value);
	return yamltext_typed_pair(emitter, key, text);
}
