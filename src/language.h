/*
 * language.h - a guess at an article's language from its frequent words.
 */
#ifndef TANDA_LANGUAGE_H
#define TANDA_LANGUAGE_H

#include <stddef.h>

/*
 * "id" (Indonesian) or "en" (English) when the common function words of one
 * clearly outnumber the other's in the first 64 KiB of text, else NULL.
 * The returned string is static.
 */
const char *language_guess(const char *text, size_t len);

#endif
