/*
 * safename.h - the file name an author's own annotation set is shared
 * under (`tanda sync DIR` writes DIR/NAME.yaml; the trust rule reads
 * DIR/NAME.yaml as speaking for the authors whose name gives NAME).
 *
 * The name is made of [a-z0-9-] and '_' only, never empty, never hidden,
 * at most SAFENAME_MAX bytes:
 *
 * - readable, when every letter and digit of the author's name is a Latin
 *   one: lowercased, accents taken off ("Ñúñez" gives "nunez"; the few
 *   Latin letters without a decomposition by a table: "ß" "ss", "ø" "o",
 *   "ł" "l", "æ" "ae"...), every run of spaces and punctuation one '-',
 *   none at either end: "Dewi Sartika Ñúñez" gives "dewi-sartika-nunez".
 *   A readable name never holds "--".
 * - otherwise encoded: "utf8--" and the lowercase hexadecimal of the
 *   name's UTF-8 in NFC ("김민준" gives "utf8--eab980ebafbcec9c80"), so that
 *   Hangul, Arabic or Javanese names, or names of symbols alone, each get
 *   a file of their own (never "anonymous").
 * - either one longer than SAFENAME_MAX is cut, and "--" and the first 16
 *   hexadecimal digits of the SHA-256 of the name's UTF-8 added, so that
 *   long names that begin alike still differ.
 *
 * So two names share a file only when they differ in nothing but case,
 * accents and the spaces or punctuation between their words ("Ana Sari"
 * and "ANA-SARI"): the same name, written another way.
 */
#ifndef TANDA_SAFENAME_H
#define TANDA_SAFENAME_H

struct strbuf;

/* The longest file name made (without ".yaml"). */
#define SAFENAME_MAX 100

/* Append the file name (without ".yaml") of author's own set to out, by
 * the rules above; 0, or -1 when memory ran out (out->failed). */
int safename_author(const char *author, struct strbuf *out);

#endif
