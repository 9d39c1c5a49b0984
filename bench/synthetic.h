/*
 * synthetic.h - synthetic annotations for the benchmarks, on the real
 * words of an article.
 */
#ifndef TANDA_BENCH_SYNTHETIC_H
#define TANDA_BENCH_SYNTHETIC_H

#include <stddef.h>

#include "annotation.h"
#include "article.h"

/* A word of an article: bytes [start, end) of its text in paragraph. */
struct word {
	size_t start, end, paragraph;
};

/* The words of article (runs of bytes other than spaces and tabs inside a
 * paragraph) in text order, in a new array of *count; NULL on failure. */
struct word *synthetic_words(const struct article *article, size_t *count);

/* Give a the fields of the k-th annotation's kind, its tags and maybe a
 * note; 0 on success. */
int synthetic_dress(struct annotation *a, size_t k);

#endif
