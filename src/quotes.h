/*
 * quotes.h - the quoted passages of a paragraph and who says them, for
 * the reader's quote action.  The attribution words are the lexicons'
 * (lexicon.h).
 *
 * A paragraph is the len bytes at s (an article's paragraph is
 * article->text + p->start, p->len); offsets are bytes into it.  Nothing
 * here allocates.
 *
 * Marks: “ ” " " « » 「 」 『 』, and ‘ ’ only around words (‘ after a space,
 * punctuation or the start, ’ before one or the end), since ’ is also the
 * apostrophe of "Jum’at" and "Korea’s".  Quotes do not nest: the first
 * opening mark takes everything up to its own closing mark.  A quote left
 * open (news style for a quote that goes on in the next paragraph) runs to
 * the end of the paragraph; an unclosed ‘ is no quote.  Empty quotes are
 * skipped.
 *
 * Speakers come from the attribution that starts right after the closing
 * mark ("…,” kata Yoon", "…," said Jane Doe, "…," Smith told reporters,
 * "…,” tambahnya, "Why?" Smith asked), or else from one that ends right
 * before the opening mark, in its sentence ("According to Dr. Lee, "…"",
 * "Yoon mengatakan, “…”").  When a quote ends a sentence and the next
 * sentence leads into another quote ("…." Ia menambahkan, "…"), those
 * words attribute the other quote only.  Nothing further away counts.
 *
 * A name is a run of up to 8 capitalized words (or words of scripts
 * without case), joined by spaces and name particles (bin, van, de...),
 * stopping at punctuation, at a lowercase word, and at pronouns,
 * determiners, day and month names.  Capitalized titles stay in ("Menteri
 * Pertahanan Lloyd Austin"); abbreviated honorifics before the name are
 * left out ("Dr. Lee" is "Lee"); initials stay ("J. K. Rowling").  A
 * description that is not capitalized gives no speaker: "…," the minister
 * said has none (it names nobody, and the name checker wants names).
 * Capitals are told by Unicode's categories (unicode.h), whatever the
 * locale.
 */
#ifndef TANDA_QUOTES_H
#define TANDA_QUOTES_H

#include <stddef.h>

struct article;

/* One quoted passage.  Without its marks it is [start, end); with them,
 * [mark_start, mark_end). */
struct quote {
	size_t mark_start;	/* the opening mark */
	size_t start;		/* the first byte inside */
	size_t end;		/* the closing mark, or the paragraph's end */
	size_t mark_end;	/* after the closing mark (end when left open) */
	int open;		/* left open: no closing mark in the paragraph */
};

/* How a quote's speaker was found. */
enum quotes_attribution {
	QUOTES_NONE,		/* no attribution, or a pronoun with nobody before */
	QUOTES_NAMED,		/* a name next to the quote */
	QUOTES_PRONOUN,		/* "tambahnya", "he said": the last named speaker */
	QUOTES_CONTINUED,	/* none, but it opens the paragraph right after one
				 * whose quote has a speaker: that speaker goes on */
};

/* The longest speaker name kept, with its NUL; longer ones are cut. */
#define QUOTES_NAME_SIZE 128

/*
 * The first quote of the paragraph that opens at or after from: 1 and the
 * quote in *q, or 0.  Start with from = 0 and go on from q->mark_end: a
 * from inside a quote would read its closing mark as an opening one.
 */
int quotes_next(const char *s, size_t len, size_t from, struct quote *q);

/* The quote of the paragraph whose marks hold byte at: 1 and *q, or 0. */
int quotes_at(const char *s, size_t len, size_t at, struct quote *q);

/*
 * The speaker of quote q of the paragraph, as a NUL-terminated name in out
 * (size bytes, at least 1; cut at a character boundary).  A pronoun
 * attribution takes the last named speaker of an earlier quote of the same
 * paragraph, else prior (the last named speaker before the paragraph, from
 * quotes_last_speaker; NULL or "" for none).  out is "" when it returns
 * QUOTES_NONE.
 */
enum quotes_attribution quotes_speaker(const char *s, size_t len, const struct quote *q,
				       const char *prior, char *out, size_t size);

/*
 * The last named speaker of the quotes of article that open before byte
 * offset `before` of its text, scanning back paragraph by paragraph: 1 and
 * the name in out (as quotes_speaker), or 0 and "".  Only named
 * attributions of quotes count, not indirect speech.
 */
int quotes_last_speaker(const struct article *article, size_t before, char *out,
			size_t size);

/*
 * The speaker of quote q of paragraph `paragraph` of article, as the
 * reader guesses it: quotes_speaker's, with the last named speaker before
 * the paragraph for a pronoun; and when nothing attributes it, a quote
 * that opens its paragraph right after a paragraph with an attributed
 * quote continues that speaker (news style: "…," kata Menteri Budi
 * Santoso. / "Semua sudah disiapkan."): QUOTES_CONTINUED with that name.
 * out as quotes_speaker's.
 */
enum quotes_attribution quotes_article_speaker(const struct article *article, size_t paragraph,
					       const struct quote *q, char *out, size_t size);

#endif
