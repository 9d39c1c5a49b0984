/*
 * utf8.c - UTF-8 decoding and counting, after the well-formed byte table of
 * Unicode section 3.9 (Table 3-7).
 */
#include "utf8.h"

/* Whether b may follow lead byte lead as the second byte of a sequence. */
static int valid_second_byte(unsigned char lead, unsigned char b)
{
	switch (lead) {
	case 0xE0: return b >= 0xA0 && b <= 0xBF;	/* no overlongs */
	case 0xED: return b >= 0x80 && b <= 0x9F;	/* no surrogates */
	case 0xF0: return b >= 0x90 && b <= 0xBF;	/* no overlongs */
	case 0xF4: return b >= 0x80 && b <= 0x8F;	/* not past U+10FFFF */
	default: return utf8_is_continuation(b);
	}
}

/* The length of a sequence introduced by lead, or 0 if lead cannot start one. */
static int sequence_length(unsigned char lead)
{
	if (lead < 0x80)
		return 1;
	if (lead >= 0xC2 && lead <= 0xDF)
		return 2;
	if (lead >= 0xE0 && lead <= 0xEF)
		return 3;
	if (lead >= 0xF0 && lead <= 0xF4)
		return 4;
	return 0;
}

int utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	int need = sequence_length(u[0]);
	uint32_t value;
	int i;

	if (need == 1) {
		*cp = u[0];
		return 1;
	}
	*cp = UTF8_REPLACEMENT;
	if (need == 0)
		return -1;
	if (len < 2 || !valid_second_byte(u[0], u[1]))
		return -1;
	value = u[0] & (0x7F >> need);
	value = (value << 6) | (u[1] & 0x3F);
	for (i = 2; i < need; i++) {
		if ((size_t)i >= len || !utf8_is_continuation(u[i]))
			return -i;
		value = (value << 6) | (u[i] & 0x3F);
	}
	*cp = value;
	return need;
}

int utf8_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

int utf8_valid(const char *s, size_t len)
{
	size_t i = 0;
	uint32_t cp;

	while (i < len) {
		int n = utf8_decode(s + i, len - i, &cp);

		if (n < 0)
			return 0;
		i += (size_t)n;
	}
	return 1;
}

size_t utf8_count(const char *s, size_t len)
{
	size_t count = 0;
	size_t i;

	for (i = 0; i < len; i++)
		count += !utf8_is_continuation((unsigned char)s[i]);
	return count;
}

size_t utf8_offset(const char *s, size_t len, size_t cp)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (utf8_is_continuation((unsigned char)s[i]))
			continue;
		if (cp == 0)
			return i;
		cp--;
	}
	return len;
}
