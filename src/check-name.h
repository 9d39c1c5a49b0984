/*
 * check-name.h - the parts of the name check (check_names in check.h)
 * that stand on their own: how far apart two spellings of a name are, and
 * whether they look like one name spelled two ways.
 *
 * Spellings are the n bytes at a pointer (UTF-8, no NUL needed); distances
 * count code points.  Nothing here allocates.
 */
#ifndef TANDA_CHECK_NAME_H
#define TANDA_CHECK_NAME_H

#include <stddef.h>

#include "name-scan.h"

/*
 * The edit distance between the an bytes at a and the bn bytes at b, in
 * code points: insertions, deletions, substitutions and transpositions of
 * two neighbours ("Hayahsi" is 1 from "Hayashi").  (size_t)-1 when either
 * is longer than NAME_WORD_MAX code points.
 */
size_t name_distance(const char *a, size_t an, const char *b, size_t bn);

/*
 * Whether two different spellings look like one name: compared part by
 * part at their hyphens ("Jae-in"), they have as many parts and exactly
 * one part differs, and that part is a pair of variants in the lexicons
 * (Yun/Yoon, Park/Pak, Lee/Yi/Rhee, Choi/Choe, Joko/Djoko; case matters),
 * or has the same first letter, the shorter of the two at least `shortest`
 * code points long, and a distance of 1 (when the shorter has up to 5 code
 * points) or 1 to 2 (longer).
 */
int name_alike(const char *a, size_t an, const char *b, size_t bn, size_t shortest);

#endif
