/*
 * html-limits.c - the linear pass that bounds what the HTML parser will
 * be given (see html-limits.h for why).
 *
 * It is a conservative tokenizer: a "<" and a letter starts a tag, read
 * up to its ">" outside quotes; comments and the raw text of script, style
 * and the like are skipped to their first possible end, so anything it
 * sees as a tag the parser might too, and the parts it counts in a tag are
 * at least the attributes the parser will find there.  A disagreement can
 * only make it count more.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "html-limits.h"

/* Elements whose content the parser reads as text up to their end tag. */
static const char *const raw_text_elements[] = {
	"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
	"noscript",
};

/* The pass over one page. */
struct limits_scan {
	const char *s;
	size_t size, at;
	size_t tags;
	const char *name;
	struct tanda_error *err;
};

/* Whether c is an ASCII letter. */
static int is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Whether c separates attributes: HTML's whitespace or a slash. */
static int is_separator(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '/';
}

/* The 1-based line of byte at. */
static unsigned long line_of(const struct limits_scan *sc, size_t at)
{
	unsigned long line = 1;
	const char *p = sc->s, *end = sc->s + at;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		line++;
		p++;
	}
	return line;
}

/* Move past the first needle (of len bytes, any case) from sc->at, or to the end. */
static void skip_past(struct limits_scan *sc, const char *needle, size_t len)
{
	while (sc->at + len <= sc->size) {
		const char *lt = memchr(sc->s + sc->at, needle[0], sc->size - sc->at);

		if (lt == NULL || (size_t)(lt - sc->s) + len > sc->size)
			break;
		sc->at = (size_t)(lt - sc->s);
		if (strncasecmp(sc->s + sc->at, needle, len) == 0) {
			sc->at += len;
			return;
		}
		sc->at++;
	}
	sc->at = sc->size;
}

/* Skip a comment that opens at sc->at ("<!--"): to its first "-->" or
 * "--!>", or at once for "<!-->" and "<!--->", as the parser ends one. */
static void skip_comment(struct limits_scan *sc)
{
	const char *s = sc->s, *p;
	size_t at = sc->at + 4;

	if (at < sc->size && s[at] == '>') {
		sc->at = at + 1;
		return;
	}
	if (at + 1 < sc->size && s[at] == '-' && s[at + 1] == '>') {
		sc->at = at + 2;
		return;
	}
	while ((p = memchr(s + at, '-', sc->size - at)) != NULL) {
		at = (size_t)(p - s) + 1;
		if (at + 1 < sc->size && s[at] == '-' && s[at + 1] == '>') {
			sc->at = at + 2;
			return;
		}
		if (at + 2 < sc->size && s[at] == '-' && s[at + 1] == '!' && s[at + 2] == '>') {
			sc->at = at + 3;
			return;
		}
		if (at >= sc->size)
			break;
	}
	sc->at = sc->size;
}

/* Skip a bogus comment or a doctype ("<!", "<?", "</" and no letter):
 * the parser ends it at the first ">". */
static void skip_to_gt(struct limits_scan *sc)
{
	const char *gt = memchr(sc->s + sc->at, '>', sc->size - sc->at);

	sc->at = gt ? (size_t)(gt - sc->s) + 1 : sc->size;
}

/* Count a tag that starts at byte at; fail past the limit. */
static enum tanda_status count_tag(struct limits_scan *sc, size_t at)
{
	if (++sc->tags <= HTML_MAX_TAGS)
		return TANDA_OK;
	return tanda_fail(sc->err, TANDA_EDATA, "%s:%lu: more than %d tags (the HTML limit)",
			  sc->name, line_of(sc, at), HTML_MAX_TAGS);
}

/* Read a tag from sc->at ("<" and a letter, or "</" and one) to its ">"
 * outside quotes, counting its parts; the tag's name is stored in name. */
static enum tanda_status read_tag(struct limits_scan *sc, char *name, size_t name_size)
{
	size_t start = sc->at, n = 0, parts = 0;
	char quote = 0, previous = 0;

	sc->at += sc->s[sc->at + 1] == '/' ? 2 : 1;
	while (sc->at < sc->size && is_letter(sc->s[sc->at]) && n + 1 < name_size)
		name[n++] = sc->s[sc->at++];
	name[n] = '\0';
	for (; sc->at < sc->size; previous = sc->s[sc->at++]) {
		char c = sc->s[sc->at];

		if (quote != 0) {
			quote = c == quote ? 0 : quote;
			if (c == '<' && sc->at + 1 < sc->size && is_letter(sc->s[sc->at + 1]) &&
			    count_tag(sc, sc->at) != TANDA_OK)
				return TANDA_EDATA;	/* a tag the parser may see */
		} else if (c == '>') {
			sc->at++;
			break;
		} else if ((c == '"' || c == '\'') && previous == '=') {
			quote = c;
		}
		if (is_separator(c) && !is_separator(previous) && ++parts > HTML_MAX_ATTRIBUTES)
			return tanda_fail(sc->err, TANDA_EDATA, "%s:%lu: a tag with more than %d "
					  "attributes (the HTML limit)", sc->name,
					  line_of(sc, start), HTML_MAX_ATTRIBUTES);
	}
	return TANDA_OK;
}

/* After a start tag called name, skip the raw text of an element whose
 * content is not markup, to its first possible end tag. */
static void skip_raw_text(struct limits_scan *sc, const char *name)
{
	char end_tag[16];
	size_t i;

	for (i = 0; i < sizeof raw_text_elements / sizeof raw_text_elements[0]; i++) {
		if (strcasecmp(name, raw_text_elements[i]) == 0) {
			snprintf(end_tag, sizeof end_tag, "</%s", raw_text_elements[i]);
			skip_past(sc, end_tag, strlen(end_tag));
			sc->at -= sc->at < sc->size ? strlen(end_tag) : 0;
			return;
		}
	}
}

/* Read what starts at sc->at, a "<". */
static enum tanda_status read_markup(struct limits_scan *sc)
{
	const char *s = sc->s + sc->at;
	size_t left = sc->size - sc->at;
	char name[16];
	enum tanda_status status;

	if (left >= 4 && memcmp(s, "<!--", 4) == 0) {
		skip_comment(sc);
		return TANDA_OK;
	}
	if (left >= 2 && (is_letter(s[1]) || (left >= 3 && s[1] == '/' && is_letter(s[2])))) {
		if (s[1] != '/' && count_tag(sc, sc->at) != TANDA_OK)
			return TANDA_EDATA;
		status = read_tag(sc, name, sizeof name);
		if (status == TANDA_OK && s[1] != '/')
			skip_raw_text(sc, name);
		return status;
	}
	if (left >= 2 && (s[1] == '!' || s[1] == '?' || s[1] == '/'))
		skip_to_gt(sc);
	else
		sc->at++;	/* a "<" in text */
	return TANDA_OK;
}

enum tanda_status html_check_limits(const char *bytes, size_t size, const char *name,
				    struct tanda_error *err)
{
	struct limits_scan sc = { bytes, size, 0, 0, name, err };
	enum tanda_status status = TANDA_OK;

	if (size > HTML_MAX_SIZE)
		return tanda_fail(err, TANDA_EDATA, "%s: larger than %zu MiB (the HTML limit)",
				  name, HTML_MAX_SIZE >> 20);
	while (status == TANDA_OK && sc.at < size) {
		const char *lt = memchr(bytes + sc.at, '<', size - sc.at);

		if (lt == NULL)
			break;
		sc.at = (size_t)(lt - bytes);
		status = read_markup(&sc);
	}
	return status;
}
