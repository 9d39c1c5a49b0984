/*
 * safename.c - the file name of an author's own annotation set: a
 * readable one for Latin names (accents taken off, through the canonical
 * decompositions of unicode.h), else the hexadecimal of the name's UTF-8
 * in NFC; a long one cut and made distinct by a hash.  The rules are in
 * safename.h.
 */
#include <stdint.h>
#include <string.h>

#include "safename.h"
#include "sha256.h"
#include "strbuf.h"
#include "unicode.h"
#include "utf8.h"

/* What an encoded name starts with; a readable one never holds "--". */
#define ENCODED_PREFIX "utf8--"

/* The hexadecimal digits of the hash that ends a name cut short. */
#define HASH_DIGITS 16

/* Latin letters that have no canonical decomposition, and how a readable
 * name spells them. */
static const struct {
	uint32_t cp;
	const char *ascii;
} latin_letters[] = {
	{ 0x00C6, "ae" }, { 0x00D0, "d" }, { 0x00D8, "o" }, { 0x00DE, "th" },
	{ 0x00DF, "ss" }, { 0x00E6, "ae" }, { 0x00F0, "d" }, { 0x00F8, "o" },
	{ 0x00FE, "th" }, { 0x0110, "d" }, { 0x0111, "d" }, { 0x0126, "h" },
	{ 0x0127, "h" }, { 0x0131, "i" }, { 0x0141, "l" }, { 0x0142, "l" },
	{ 0x0152, "oe" }, { 0x0153, "oe" }, { 0x1E9E, "ss" },
};

/* What a code point is in a readable name. */
enum part {
	PART_SPELLED,	/* letters or digits: spelled[] */
	PART_BETWEEN,	/* a space or punctuation: one '-' between words */
	PART_DROPPED,	/* a combining mark: the accent taken off */
	PART_FOREIGN,	/* no Latin spelling: the name is encoded */
};

/* Whether c is an ASCII letter or digit. */
static int ascii_alnum(uint32_t c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* The lowercase of an ASCII letter (a digit as it is). */
static char ascii_lower(uint32_t c)
{
	return (char)(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
}

/* What cp is in a readable name; for PART_SPELLED its letters (at most 2)
 * into spelled[3]. */
static enum part classify(uint32_t cp, char spelled[3])
{
	uint32_t base;
	size_t i;

	spelled[0] = spelled[1] = spelled[2] = '\0';
	if (cp < 0x80 && ascii_alnum(cp)) {
		spelled[0] = ascii_lower(cp);
		return PART_SPELLED;
	}
	if (cp < 0x80 || unicode_is_space(cp) || unicode_is_punct(cp))
		return PART_BETWEEN;
	if (unicode_is_mark(cp))
		return PART_DROPPED;
	base = unicode_base(cp);
	if (base < 0x80 && ascii_alnum(base)) {
		spelled[0] = ascii_lower(base);
		return PART_SPELLED;
	}
	for (i = 0; i < sizeof latin_letters / sizeof latin_letters[0]; i++)
		if (latin_letters[i].cp == cp || latin_letters[i].cp == base) {
			memcpy(spelled, latin_letters[i].ascii, strlen(latin_letters[i].ascii));
			return PART_SPELLED;
		}
	return PART_FOREIGN;
}

/* Append the readable name of the len bytes at name to out: 1 when there
 * is one, 0 when a character has no Latin spelling or nothing is left (out
 * is then as it was). */
static int add_readable(const char *name, size_t len, struct strbuf *out)
{
	size_t start = out->len, i = 0;
	int dash = 0;

	while (i < len) {
		char spelled[3];
		uint32_t cp;
		int n = utf8_decode(name + i, len - i, &cp);
		enum part part = n < 0 ? PART_FOREIGN : classify(cp, spelled);

		i += (size_t)(n < 0 ? -n : n);
		if (part == PART_FOREIGN) {
			strbuf_setlen(out, start);
			return 0;
		}
		if (part == PART_BETWEEN)
			dash = out->len > start;
		if (part != PART_SPELLED)
			continue;
		if (dash)
			strbuf_addch(out, '-');
		strbuf_addstr(out, spelled);
		dash = 0;
	}
	return out->len > start;
}

/* Append the lowercase hexadecimal of len bytes at data to out. */
static void add_hex(struct strbuf *out, const void *data, size_t len)
{
	static const char digits[] = "0123456789abcdef";
	const unsigned char *b = data;
	size_t i;

	for (i = 0; i < len; i++) {
		strbuf_addch(out, digits[b[i] >> 4]);
		strbuf_addch(out, digits[b[i] & 15]);
	}
}

/* Cut the name that starts at byte start of out to SAFENAME_MAX bytes, its
 * end "--" and the hash of the len bytes at name, when it is longer. */
static void cut_long(struct strbuf *out, size_t start, const char *name, size_t len)
{
	char hash[SHA256_HEX_SIZE];
	size_t keep = SAFENAME_MAX - HASH_DIGITS - 2;

	if (out->len - start <= SAFENAME_MAX)
		return;
	while (keep > 0 && out->buf[start + keep - 1] == '-')
		keep--;
	strbuf_setlen(out, start + keep);
	sha256_hex(name, len, hash);
	strbuf_addstr(out, "--");
	strbuf_add(out, hash, HASH_DIGITS);
}

int safename_author(const char *author, struct strbuf *out)
{
	struct strbuf nfc = STRBUF_INIT;
	size_t start = out->len, len = strlen(author);
	const char *name = author;

	/* the same name composed or decomposed is the same file */
	if (utf8_valid(author, len) && unicode_nfc(author, len, &nfc) == 0) {
		name = strbuf_str(&nfc);
		len = nfc.len;
	}
	if (!add_readable(name, len, out)) {
		strbuf_addstr(out, ENCODED_PREFIX);
		add_hex(out, name, len);
	}
	if (strbuf_ok(out))
		cut_long(out, start, name, len);
	strbuf_release(&nfc);
	return strbuf_ok(out) ? 0 : -1;
}
