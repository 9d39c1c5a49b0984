/*
 * yamltext.c - choosing the style of YAML scalars for text.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "frontmatter.h"
#include "yamltext.h"

int yamltext_reads_as_non_text(const char *value)
{
	static const char *const words[] = {
		"", "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n",
		".inf", "-.inf", "+.inf", ".nan",
	};
	char *end;
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strcasecmp(value, words[i]) == 0)
			return 1;
	strtod(value, &end);
	if (*end == '\0')
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

	yaml_scalar_event_initialize(&event, NULL, NULL, (yaml_char_t *)value,
				     (int)strlen(value), 1, 1, style);
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
