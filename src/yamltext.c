/*
 * yamltext.c - choosing the style of YAML scalars for text, and emitting
 * them with libyaml, whose 1-on-success ends here: every emitting function
 * returns an enum tanda_status.
 */
#include <ctype.h>
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

yaml_scalar_style_t yamltext_style(const char *value)
{
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
	return emit(emitter, value, YAML_ANY_SCALAR_STYLE);
}

enum tanda_status yamltext_emit_inline(yaml_emitter_t *emitter, const char *value)
{
	yaml_scalar_style_t style = yamltext_style(value);

	return emit(emitter, value,
		    style == YAML_LITERAL_SCALAR_STYLE ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : style);
}

/* libyaml's output handler: write to the FILE in data. */
static int write_handler(void *data, unsigned char *buffer, size_t size)
{
	return fwrite(buffer, 1, size, data) == size;
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

	*emitter = (yaml_emitter_t){ .error = YAML_NO_ERROR };	/* yamltext_finish frees it */
	if (!yaml_emitter_initialize(emitter))
		return TANDA_ENOMEM;
	yaml_emitter_set_output(emitter, write_handler, out);
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
