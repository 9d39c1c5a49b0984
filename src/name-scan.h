/*
 * name-scan.h - the names of an article as the name check reads them
 * (check-name.c): every run of capitalized words cut into mentions of
 * people, each mention a list of name words in text order, with what the
 * words around it say (a title before it, an attribution verb, a place
 * preposition, a description after a comma...).
 *
 * Reading.  Each paragraph's words (words.h) are classified: capitalized
 * or not, a title ("Presiden", "Dr"; "Pak" and "Bu" only in Indonesian),
 * a word of a place's or body's name ("Korea", "Kementerian", an acronym),
 * a word that names nobody in the article's language (a function word
 * that begins sentences, a day, a month, "Officials", the attribution
 * words and pronouns), or a word that may belong to a name (a capital,
 * then a lowercase letter, no digit).  The words come from the lexicons
 * (lexicon.h): the article's language, and English too in Indonesian,
 * which quotes English.  A run of capitalized words joined by spaces
 * ("Presiden Korea Selatan Yun Suk Yeol"; a title's dot and "bin",
 * "van"... may join them too) is cut into mentions at its titles and
 * non-names.  A mention of two name words or more is a full name; one
 * word is a short name.  A one-word mention that begins a sentence is
 * dropped when the article also writes it in lowercase and never as a
 * name elsewhere ("Serangan" and "serangan").
 */
#ifndef TANDA_NAME_SCAN_H
#define TANDA_NAME_SCAN_H

#include <stddef.h>

struct article;

/* The longest word, in bytes (and code points), read as a word of a name;
 * longer words are no names. */
#define NAME_WORD_MAX 64

/* How a mention was written. */
enum {
	MENTION_FULL = 1u << 0,		/* two name words or more */
	MENTION_TITLED = 1u << 1,	/* after a title in its run */
	MENTION_ROLE = 1u << 2,		/* after a title that says who it is */
	MENTION_ATTRIBUTED = 1u << 3,	/* the speaker of an attribution */
	MENTION_SENTENCE = 1u << 4,	/* its first word begins a sentence */
	MENTION_PLACE = 1u << 5,	/* one word right after a place preposition */
	MENTION_BLOCK = 1u << 6,	/* a place or organisation (set by the check) */
	MENTION_DESCRIBED = 1u << 7,	/* a lowercase description after a comma: "Siti, warga" */
	MENTION_ORG = 1u << 8,		/* a body's name: "Electrolux Group", "PT Maju", "the
					 * Bundesbank", "Electrolux said it" */
	MENTION_OFFICE_NEAR = 1u << 9,	/* an office or role earlier in its sentence:
					 * "komisioner Komnas HAM, Saurlin" */
	MENTION_LIST = 1u << 10,	/* in a paragraph that lists names: a line-up */
	MENTION_HONORIFIC = 1u << 11,	/* right after an honorific: "Mr Allard", "Pak Darto" */
	MENTION_INITIALED = 1u << 12,	/* after an initial: "J. Allard" (a full name) */
};

/* A word of a mention: bytes [start, end) of the text; how it is spelled
 * (the n bytes at s: the word in NFC, so that a precomposed and a
 * decomposed "Ram\u00EDrez" are one spelling); its spelling's index (the
 * check gives it); dead once cut off its mention. */
struct name_occ {
	size_t start, end;
	const char *s;
	size_t n;
	size_t mention;		/* the mention it is a word of */
	size_t spelling;
	int live;
};

/* A name in the text: its words occs[first, first + count), in paragraph
 * paragraph. */
struct name_mention {
	size_t first, count;
	unsigned flags;
	size_t paragraph;
	size_t title_start;	/* where the titles before it in its run begin
				 * ("Perdana Menteri Yoshimasa Hayashi"), or
				 * (size_t)-1 when it has none */
};

/* A word of the paragraph being read (the scanner's own). */
struct name_word;

/* The names of one article. */
struct name_scan {
	const struct article *article;
	int english;			/* read as English, else Indonesian */
	struct name_occ *occs;		/* in text order */
	size_t nocc, occs_alloc;
	struct name_mention *mentions;	/* in text order */
	size_t nmentions, mentions_alloc;
	struct name_word *words;	/* the paragraph being read */
	size_t nwords, words_alloc;
	size_t paragraph;		/* its index */
	char *normalized;		/* the NFC forms of words not in NFC */
	size_t normalized_len;
};

/* Read the mentions of article (English when english is set) into ns;
 * 0, or -1 when memory ran out (ns holds what was read: release it). */
int name_scan_read(struct name_scan *ns, const struct article *article, int english);

/* Free what ns holds and leave it empty. */
void name_scan_release(struct name_scan *ns);

#endif
