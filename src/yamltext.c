/*
 * yamltext.c - choosing the style of YAML scalars for text.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "frontmatter.h"
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

/* Emit value in style. */
static int emit(yaml_emitter_t *emitter, const char *value, yaml_scalar_style_t style)
{
	yaml_event_t event;

	if (!yaml_scalar_event_initialize(&event, NULL, NULL, (yaml_char_t *)value,
					  (int)strlen(value), 1, 1, style))
		return 0;	/* not UTF-8, or out of memory */
	return yaml_emitter_emit(emitter, &event);
}

int yamltext_emit(yaml_emitter_t *emitter, const char *value)
{
	return emit(emitter, value, yamltext_style(value));
}

int yamltext_emit_typed(yaml_emitter_t *emitter, const char *value)
{
	return emit(emitter, value, YAML_ANY_SCALAR_STYLE);
}

int yamltext_emit_inline(yaml_emitter_t *emitter, const char *value)
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

int yamltext_mapping(yaml_emitter_t *emitter, int end)
{
	yaml_event_t event;

	if (end)
		yaml_mapping_end_event_initialize(&event);
	else
		yaml_mapping_start_event_initialize(&event, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE);
	return yaml_emitter_emit(emitter, &event);
}

int yamltext_sequence(yaml_emitter_t *emitter, int end)
{
	yaml_event_t event;

	if (end)
		yaml_sequence_end_event_initialize(&event);
	else
		yaml_sequence_start_event_initialize(&event, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE);
	return yaml_emitter_emit(emitter, &event);
}

int yamltext_start(yaml_emitter_t *emitter, FILE *out, int sequence)
{
	yaml_event_t event;
	int ok;

	memset(emitter, 0, sizeof *emitter);	/* yamltext_finish frees it in any case */
	if (!yaml_emitter_initialize(emitter))
		return 0;
	yaml_emitter_set_output(emitter, write_handler, out);
	yaml_emitter_set_unicode(emitter, 1);
	yaml_emitter_set_width(emitter, -1);
	yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING);
	ok = yaml_emitter_emit(emitter, &event);
	yaml_document_start_event_initialize(&event, NULL, NULL, NULL, 1);
	ok = ok && yaml_emitter_emit(emitter, &event);
	return ok && (sequence ? yamltext_sequence(emitter, 0) : yamltext_mapping(emitter, 0));
}

int yamltext_finish(yaml_emitter_t *emitter, int sequence)
{
	yaml_event_t event;
	int ok = emitter->write_handler != NULL && emitter->error == YAML_NO_ERROR;

	ok = ok && (sequence ? yamltext_sequence(emitter, 1) : yamltext_mapping(emitter, 1));
	yaml_document_end_event_initialize(&event, 1);
	ok = ok && yaml_emitter_emit(emitter, &event);
	yaml_stream_end_event_initialize(&event);
	ok = ok && yaml_emitter_emit(emitter, &event);
	yaml_emitter_delete(emitter);
	return ok;
}

int yamltext_pair(yaml_emitter_t *emitter, const char *key, const char *value)
{
	if (value == NULL)
		return 1;
	return yamltext_emit_typed(emitter, key) && yamltext_emit(emitter, value);
}

int yamltext_typed_pair(yaml_emitter_t *emitter, const char *key, const char *value)
{
	if (value == NULL)
		return 1;
	return yamltext_emit_typed(emitter, key) && yamltext_emit_typed(emitter, value);
}

int yamltext_number_pair(yaml_emitter_t *emitter, const char *key, size_t value)
{
	char text[32];

	snprintf(text, sizeof text, "%zu", value);
	return yamltext_typed_pair(emitter, key, text);
}
