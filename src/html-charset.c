/*
 * html-charset.c - an HTML page's bytes as UTF-8 (see html-charset.h): the
 * encoding from the byte-order mark or the <meta> prescan, the WHATWG
 * labels iconv spells otherwise, and the conversion through iconv.
 */
#include "html-charset.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "strbuf.h"
#include "utf8.h"

/* How far into the page the prescan looks for a <meta>, as HTML5's. */
#define PRESCAN_BYTES 1024

/* A label as the Encoding Standard has it and the name iconv knows it by. */
struct label {
	const char *label;
	const char *encoding;
};

/* The labels whose meaning differs from iconv's, or that are UTF-8: a
 * UTF-16 label in a <meta> is UTF-8, since the meta was read as ASCII. */
static const struct label labels[] = {
	{ "ansi_x3.4-1968", "WINDOWS-1252" }, { "ascii", "WINDOWS-1252" },
	{ "cp1252", "WINDOWS-1252" }, { "cp819", "WINDOWS-1252" },
	{ "csisolatin1", "WINDOWS-1252" }, { "ibm819", "WINDOWS-1252" },
	{ "iso-8859-1", "WINDOWS-1252" }, { "iso-ir-100", "WINDOWS-1252" },
	{ "iso8859-1", "WINDOWS-1252" }, { "iso88591", "WINDOWS-1252" },
	{ "iso_8859-1", "WINDOWS-1252" }, { "iso_8859-1:1987", "WINDOWS-1252" },
	{ "l1", "WINDOWS-1252" }, { "latin1", "WINDOWS-1252" },
	{ "unicode-1-1-utf-8", "UTF-8" }, { "unicode11utf8", "UTF-8" },
	{ "unicode20utf8", "UTF-8" }, { "us-ascii", "WINDOWS-1252" },
	{ "utf-16", "UTF-8" }, { "utf-16be", "UTF-8" }, { "utf-16le", "UTF-8" },
	{ "utf-8", "UTF-8" }, { "utf8", "UTF-8" }, { "windows-1252", "WINDOWS-1252" },
	{ "x-cp1252", "WINDOWS-1252" }, { "x-unicode20utf8", "UTF-8" },
};

/* The lower-case ASCII of byte c. */
static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Whether the n bytes at s begin with word, ignoring ASCII case. */
static int starts_with(const char *s, size_t n, const char *word)
{
	size_t i, len = strlen(word);

	if (n < len)
		return 0;
	for (i = 0; i < len; i++)
		if (lower(s[i]) != word[i])
			return 0;
	return 1;
}

/* Whether byte c is HTML's white space or the end of a tag's name. */
static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

/* An attribute of a tag: its name and value, pointing into the page. */
struct attribute {
	const char *name, *value;
	size_t name_len, value_len;
};

/* Read the attribute at *at (before end) into *a and move *at past it;
 * 0 at the tag's end. */
static int next_attribute(const char **at, const char *end, struct attribute *a)
{
	const char *p = *at;
	char quote = 0;

	while (p < end && (is_space(*p) || *p == '/'))
		p++;
	if (p >= end || *p == '>')
		return 0;
	a->name = p;
	while (p < end && !is_space(*p) && *p != '=' && *p != '>' && *p != '/')
		p++;
	a->name_len = (size_t)(p - a->name);
	while (p < end && is_space(*p))
		p++;
	a->value = p;
	a->value_len = 0;
	if (p < end && *p == '=') {
		for (p++; p < end && is_space(*p); p++)
			;
		if (p < end && (*p == '"' || *p == '\''))
			quote = *p++;
		a->value = p;
		while (p < end && (quote ? *p != quote : !is_space(*p) && *p != '>'))
			p++;
		a->value_len = (size_t)(p - a->value);
		p += quote && p < end;
	}
	*at = p;
	return 1;
}

/* Whether attribute a is called name. */
static int named(const struct attribute *a, const char *name)
{
	return a->name_len == strlen(name) && starts_with(a->name, a->name_len, name);
}

/* The label after "charset=" in a Content-Type value, into *label. */
static int content_charset(const struct attribute *a, const char **label, size_t *len)
{
	size_t i;

	for (i = 0; i + 8 <= a->value_len; i++) {
		if (!starts_with(a->value + i, a->value_len - i, "charset"))
			continue;
		for (i += 7; i < a->value_len && is_space(a->value[i]); i++)
			;
		if (i >= a->value_len || a->value[i] != '=')
			return 0;
		for (i++; i < a->value_len && (is_space(a->value[i]) || a->value[i] == '"' ||
					       a->value[i] == '\''); i++)
			;
		*label = a->value + i;
		for (*len = 0; i + *len < a->value_len && !is_space(a->value[i + *len]) &&
			       a->value[i + *len] != ';' && a->value[i + *len] != '"' &&
			       a->value[i + *len] != '\''; ++*len)
			;
		return *len > 0;
	}
	return 0;
}

/* The label of the charset parameter of the media type content_type
 * (NULL: none) into *label. */
static int served_charset(const char *content_type, const char **label, size_t *len)
{
	struct attribute type = { NULL, content_type, 0, 0 };

	if (content_type == NULL)
		return 0;
	type.value_len = strlen(content_type);
	return content_charset(&type, label, len);
}

/* The label a <meta> tag at *at declares (charset=, or http-equiv
 * Content-Type with a charset in its content); moves *at past the tag. */
static int meta_label(const char **at, const char *end, const char **label, size_t *len)
{
	struct attribute a, content = { NULL, NULL, 0, 0 };
	int is_content_type = 0, found = 0;

	while (next_attribute(at, end, &a)) {
		if (named(&a, "charset") && a.value_len > 0 && !found) {
			*label = a.value;
			*len = a.value_len;
			found = 1;
		} else if (named(&a, "http-equiv")) {
			is_content_type = a.value_len == 12 &&
					  starts_with(a.value, a.value_len, "content-type");
		} else if (named(&a, "content")) {
			content = a;
		}
	}
	return found || (is_content_type && content_charset(&content, label, len));
}

/* The label the page's first PRESCAN_BYTES declare in a <meta>, skipping
 * comments; 0 when none. */
static int prescan(const char *bytes, size_t size, const char **label, size_t *len)
{
	const char *p = bytes, *end = bytes + (size < PRESCAN_BYTES ? size : PRESCAN_BYTES);

	while (p < end && (p = memchr(p, '<', (size_t)(end - p))) != NULL) {
		if (starts_with(p, (size_t)(end - p), "<!--")) {
			const char *close = p + 4;

			while (close + 3 <= end && memcmp(close, "-->", 3) != 0)
				close++;
			p = close + 3;
		} else if (starts_with(p, (size_t)(end - p), "<meta") && p + 5 < end &&
			   (is_space(p[5]) || p[5] == '/')) {
			p += 5;
			if (meta_label(&p, end, label, len))
				return 1;
		} else {
			p++;
		}
	}
	return 0;
}

/* Copy label (len bytes) into out->encoding as iconv names it: through
 * the table, else as written when it looks like an encoding's name. */
static int encoding_name(const char *label, size_t len, struct html_utf8 *out)
{
	char lowered[sizeof out->encoding];
	size_t i;

	if (len == 0 || len >= sizeof lowered)
		return -1;
	for (i = 0; i < len; i++) {
		char c = lower(label[i]);

		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || strchr("-_.:", c)))
			return -1;
		lowered[i] = c;
	}
	lowered[len] = '\0';
	for (i = 0; i < sizeof labels / sizeof labels[0]; i++)
		if (strcmp(labels[i].label, lowered) == 0) {
			strcpy(out->encoding, labels[i].encoding);
			return 0;
		}
	strcpy(out->encoding, lowered);
	return 0;
}

/* Note the first byte the encoding lacks, at in the page that starts at
 * start: its line and column, counted once. */
static void note_invalid(struct html_utf8 *out, const char *start, const char *at)
{
	const char *line_start = start, *p;
	size_t line = 1;

	if (out->invalid++ > 0)
		return;
	for (p = start; p < at; p++)
		if (*p == '\n') {
			line++;
			line_start = p + 1;
		}
	out->invalid_line = (uint32_t)(line > UINT32_MAX ? UINT32_MAX : line);
	out->invalid_column = (uint32_t)((size_t)(at - line_start) + 1 > UINT32_MAX
					 ? UINT32_MAX : (size_t)(at - line_start) + 1);
}

/* Count the ill-formed sequences of UTF-8 bytes into out (gumbo reads each
 * as U+FFFD), with the place of the first. */
static void count_invalid(struct html_utf8 *out)
{
	size_t at = 0;
	uint32_t cp;

	while (at < out->size) {
		int n = utf8_decode(out->bytes + at, out->size - at, &cp);

		if (n < 0)
			note_invalid(out, out->bytes, out->bytes + at);
		at += (size_t)(n < 0 ? -n : n);
	}
}

/* Convert the page's size bytes from out->encoding through cd into
 * out->converted; a byte the encoding lacks becomes U+FFFD. */
static enum tanda_status convert(iconv_t cd, const char *bytes, size_t size,
				 struct html_utf8 *out)
{
	struct strbuf sb = STRBUF_INIT;
	char *in = (char *)bytes;
	size_t left = size;

	while (left > 0 && strbuf_ok(&sb)) {
		char chunk[4096], *o = chunk;
		size_t room = sizeof chunk;
		int failed = iconv(cd, &in, &left, &o, &room) == (size_t)-1 ? errno : 0;

		strbuf_add(&sb, chunk, (size_t)(o - chunk));
		if (failed != 0 && failed != E2BIG) {	/* EILSEQ, EINVAL: skip a byte */
			note_invalid(out, bytes, in);
			strbuf_addstr(&sb, UTF8_REPLACEMENT_BYTES);
			in++;
			left--;
		}
	}
	if (!strbuf_ok(&sb)) {
		strbuf_release(&sb);
		return TANDA_ENOMEM;
	}
	out->converted = strbuf_detach(&sb, &out->size);
	out->bytes = out->converted != NULL ? out->converted : "";
	return TANDA_OK;
}

enum tanda_status html_utf8_read(const char *bytes, size_t size, const char *name,
				 const char *content_type, struct html_utf8 *out,
				 struct tanda_error *err)
{
	const char *label;
	size_t len;
	enum tanda_status status;
	iconv_t cd;

	*out = (struct html_utf8){ .bytes = bytes, .size = size, .converted = NULL };
	if (size >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
			  (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
		strcpy(out->encoding, bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE");
		bytes += 2;
		size -= 2;
	} else if (!served_charset(content_type, &label, &len) &&
		   !prescan(bytes, size, &label, &len)) {
		strcpy(out->encoding, "UTF-8");
	} else if (encoding_name(label, len, out) != 0) {
		return tanda_fail(err, TANDA_EDATA, "%s: the page declares an encoding whose "
				  "name is not one; convert it to UTF-8", name);
	}
	if (strcmp(out->encoding, "UTF-8") == 0) {
		count_invalid(out);
		return TANDA_OK;
	}
	cd = iconv_open("UTF-8", out->encoding);
	if (cd == (iconv_t)-1)
		return tanda_fail(err, TANDA_EDATA, "%s: the page's encoding \"%s\" is not one "
				  "tanda can read; convert it to UTF-8", name, out->encoding);
	status = convert(cd, bytes, size, out);
	iconv_close(cd);
	if (status != TANDA_OK)
		return tanda_fail(err, status, "%s: out of memory", name);
	return TANDA_OK;
}

void html_utf8_release(struct html_utf8 *out)
{
	free(out->converted);
	out->converted = NULL;
}
