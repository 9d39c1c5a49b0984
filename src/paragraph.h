/*
 * paragraph.h - one paragraph of an article: where its text is, and where it
 * began in the file it came from.
 */
#ifndef TANDA_PARAGRAPH_H
#define TANDA_PARAGRAPH_H

#include <stddef.h>
#include <stdint.h>

struct paragraph {
	size_t start;		/* byte offset of its first byte in the text */
	size_t len;		/* its length in bytes, without the newline */
	uint32_t line;		/* 1-based line of the file where it begins */
	uint32_t flags;		/* PARAGRAPH_* below; for the loader's use */
};

/* The paragraph's source text needs normalizing (whitespace, bad UTF-8). */
#define PARAGRAPH_DIRTY 1u

#endif
