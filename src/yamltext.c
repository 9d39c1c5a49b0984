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
