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

/* Make into a the k-th of total annotations on article (its count words):
 * up to 4 words of one paragraph from words[k * count / total] on, with a
 * new id, stamped now, dressed as synthetic_dress does; 0 on success. */
int synthetic_annotation(struct article *article, const struct word *words, size_t count,
			 size_t k, size_t total, const char *now, struct annotation *a);

/* Load the article at path (the default options) into *out; 0 on
 * success. */
int synthetic_load(const char *path, struct article **out);

#endif
