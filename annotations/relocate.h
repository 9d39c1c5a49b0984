/*
 * relocate.h - keeping annotations on the right words when their
 * article's text changes: never wrong, only unsure.  Plain logic over two
 * texts: no SQLite here.
 */
#ifndef TANDA_RELOCATE_H
#define TANDA_RELOCATE_H

#include <stddef.h>

#include "annotation.h"
#include "article.h"

/*
 * Carry count annotations, anchored in old_text (old_len bytes, a
 * normalized text), over to new_article's text, each anchor updated in
 * place.  The words' context is what decides: the up to
 * ANNOTATION_CONTEXT characters on each side of them inside their
 * paragraph, up to and including its start or end.
 *
 * - In a paragraph that stands unchanged in the new text (align.h), an
 *   annotation stays on its words, in the state it had.
 * - Otherwise its words are looked for in the paragraphs that took its
 *   paragraph's place.  ANCHOR_EXACT (or the fuzzy or resolved state it
 *   had) where they stand with their whole context, or with at least half
 *   of the words on each side and three quarters in all, at one place
 *   better than any other; among several places with their whole context,
 *   the one whose text further out agrees longest, and none when two
 *   agree as far.  A unique place with its whole context anywhere else in
 *   the text, a passage that was unique in the old text too, is a move.
 * - A correction whose wrong words are gone and whose replacement stands
 *   at their place, its context agreeing so, is ANCHOR_RESOLVED: its
 *   exact words are then the replacement and old_exact keeps the wrong
 *   words.  When the wrong words come back at that place (the edit was
 *   reverted) it goes back on them, ANCHOR_EXACT.
 * - Words changed a little (an edit distance of at most a quarter of their
 *   length) at their place, their context agreeing so, are ANCHOR_FUZZY,
 *   with a score and old_exact (the words as they were): to be confirmed.
 * - Anything else is ANCHOR_ORPHAN: the words, their context, paragraph
 *   and positions are kept as they were (never put on other words), and
 *   old_exact keeps the words.  An orphan, or an anchor whose positions do
 *   not fit old_text, is attached again only where its words stand with
 *   their whole stored context at one place of the whole text.
 *
 * The words of the same text elsewhere, with another context, are never
 * taken for the annotation's.  Work is linear in the texts plus, for each
 * annotation in a changed paragraph, that paragraph's place; searching
 * further is bounded (a budget of bytes for all annotations together, past
 * which they become orphans), so 100,000 annotations after a
 * one-paragraph edit take well under a second.  On failure (out of
 * memory) every anchor is whole, some relocated and some not.
 */
enum tanda_status relocate_annotations(const char *old_text, size_t old_len,
				       struct article *new_article,
				       struct annotation *annotations, size_t count,
				       struct tanda_error *err);

/*
 * Anchor count annotations that come with a quote alone, another tool's
 * (a browser's words with up to a few dozen characters before and after
 * them as its page's text has them, whitespace runs one space; no
 * positions in tanda's text), in article's text, each anchor set in
 * place.  ANCHOR_EXACT where the words stand with their whole quoted
 * context (a paragraph break standing for a space of it, or none; the
 * text's start or end for what is left of it when that is spaces) at one
 * place of the text; ANCHOR_FUZZY, with a score and old_exact (the words
 * as quoted), where they, or words an edit distance of at most a quarter
 * of their length away (quotes of QUOTE_APPROX_MAX bytes or less, in
 * relocate-quote.c), stand with one side of their context whole at one
 * place better than any other; else ANCHOR_ORPHAN, the anchor kept as it
 * came (old_exact its words).  Several places with the whole context are
 * never told apart by guessing: an orphan.  Searching is bounded by a
 * budget as relocate_annotations' is; past it the rest are orphans.
 * Fails only with TANDA_ENOMEM.
 */
enum tanda_status relocate_by_quote(struct article *article, struct annotation *annotations,
				    size_t count, struct tanda_error *err);

/* A relocation in progress, to carry annotations one by one as they come
 * (a listing of many that are not to be held all at once). */
struct relocation;

/* Start carrying annotations from old_text over to new_article (which
 * must outlive the relocation), as relocate_annotations does; *out is
 * freed with relocation_end.  Fails only with TANDA_ENOMEM. */
enum tanda_status relocation_start(const char *old_text, size_t old_len,
				   struct article *new_article, struct relocation **out,
				   struct tanda_error *err);

/* Carry annotation a over, in place (its anchor's strings owned).  Fastest
 * with the annotations in text order. */
enum tanda_status relocation_carry(struct relocation *r, struct annotation *a,
				   struct tanda_error *err);

/* Free a relocation; NULL is fine. */
void relocation_end(struct relocation *r);

#endif
