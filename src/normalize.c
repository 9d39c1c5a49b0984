/*
 * normalize.c - collapse whitespace and replace ill-formed UTF-8.
 */
#include <stdint.h>
#include <string.h>

#include "normalize.h"
#include "utf8.h"

size_t normalize_span(const char *src, size_t len, char *out)
{
	size_t i = 0, o = 0;
	int pending_space = 0;

	while (i < len) {
		unsigned char b = (unsigned char)src[i];
		uint32_t cp;
		int n;

		if (normalize_is_space((char)b)) {
			pending_space = o > 0;
			i++;
			continue;
		}
		if (pending_space) {
			out[o++] = ' ';
			pending_space = 0;
		}
		if (b < 0x80) {
			out[o++] = (char)b;
			i++;
			continue;
		}
		n = utf8_decode(src + i, len - i, &cp);
		if (n < 0) {
			memcpy(out + o, UTF8_REPLACEMENT_BYTES, 3);
			o += 3;
			i += (size_t)-n;
			continue;
		}
		memcpy(out + o, src + i, (size_t)n);
		o += (size_t)n;
		i += (size_t)n;
	}
	return o;
}
