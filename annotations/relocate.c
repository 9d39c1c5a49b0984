/*
 * relocate.c - carrying annotations over an edit of their article's text:
 * the driver.  The old text is made an article too and the paragraphs of
 * both are paired (align.c); then each annotation, by where it stood:
 *
 *   in a paired paragraph: its words are there, at the same offsets;
 *   in a sentence of a changed one that stands whole in its place, or in
 *     the part of it that its twin keeps: there;
 *   elsewhere in a changed one: its words (a correction's wrong words, then its
 *     replacement) are looked for near its place, judged by the context
 *     they had in the old text (relocate-search.c); then, moved, anywhere
 *     else with their whole context; then approximately near its place;
 *   nowhere known (an orphan, or positions that do not fit the old
 *     text): by its stored context, whole and at one place only.
 *
 * What nothing places stays an orphan, as it was.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "anchor.h"
#include "relocate-int.h"
#include "relocate.h"
#include "utf8.h"

/* Record running out of memory while relocating in r. */
enum tanda_status relocate_out_of_memory(const struct relocation *r, struct tanda_error *err)
{
	return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory while anchoring annotations",
			  r->new->name);
}

/* The byte of the old text cp code points into its paragraph para,
 * walking on from the last lookup when it was before it in the same
 * paragraph; SIZE_MAX when the paragraph is shorter. */
static size_t old_byte(struct relocation *r, size_t para, uint64_t cp)
{
	struct cursor *c = &r->cursor;
	const struct paragraph *p = &r->old->paragraphs[para];
	const char *text = r->old->text;
	size_t end = p->start + p->len;

	if (c->para != para || c->cp > cp) {
		c->para = para;
		c->cp = 0;
		c->byte = p->start;
	}
	while (c->cp < cp && c->byte < end) {
		do
			c->byte++;
		while (c->byte < end && utf8_is_continuation((unsigned char)text[c->byte]));
		c->cp++;
	}
	if (c->cp == cp)
		return c->byte;
	c->para = ALIGN_NONE;
	return SIZE_MAX;
}

/* Whether the anchor's positions fit the old text, and where (*o): its
 * words at its offsets in its paragraph, which agree with its start. */
static int locate_origin(struct relocation *r, const struct anchor *an, struct origin *o)
{
	size_t len = an->exact != NULL ? strlen(an->exact) : 0, para;
	const struct paragraph *p;
	uint64_t base, cps;

	if (an->state == ANCHOR_ORPHAN || len == 0 || an->paragraph < 1 ||
	    an->paragraph > r->old->count)
		return 0;
	para = an->paragraph - 1;
	p = &r->old->paragraphs[para];
	base = article_cp_from_byte(r->old, p->start);
	cps = utf8_count(an->exact, len);
	if (an->start != base + an->para_start || an->end != an->start + cps ||
	    (o->start = old_byte(r, para, an->para_start)) == SIZE_MAX)
		return 0;
	o->end = o->start + len;
	o->para = para;
	return o->end <= p->start + p->len && memcmp(r->old->text + o->start, an->exact, len) == 0 &&
	       memchr(an->exact, '\n', len) == NULL;
}

/* Set target t to the string s (NULL: none) with state; 0 when s cannot
 * be looked for (empty, a newline, not UTF-8). */
static int target_set(struct target *t, const char *s, enum anchor_state state)
{
	t->words = s;
	t->len = s != NULL ? strlen(s) : 0;
	t->state = state;
	return t->len > 0 && memchr(s, '\n', t->len) == NULL && utf8_valid(s, t->len);
}

/* The words annotation a is made on: its exact words, or, for an
 * orphan or a resolved correction, the words it was made on (old_exact),
 * which a resolved correction's wrong words are. */
static const char *own_words(const struct annotation *a)
{
	const struct anchor *an = &a->anchor;

	if (a->kind == KIND_CORRECTION && an->old_exact != NULL &&
	    (an->state == ANCHOR_ORPHAN || an->state == ANCHOR_RESOLVED))
		return an->old_exact;
	return an->exact;
}

/* The state annotation a takes where its own words are found: fuzzy
 * while it is to be confirmed (a fuzzy one, or an orphan of another
 * kind whose words are not the ones it was made on), else exact. */
static enum anchor_state own_state(const struct annotation *a)
{
	const struct anchor *an = &a->anchor;

	if (an->state == ANCHOR_FUZZY)
		return ANCHOR_FUZZY;
	if (an->state == ANCHOR_ORPHAN && a->kind != KIND_CORRECTION && an->old_exact != NULL &&
	    an->exact != NULL && strcmp(an->old_exact, an->exact) != 0)
		return ANCHOR_FUZZY;
	return ANCHOR_EXACT;
}

/* The words annotation a is looked for by, most wanted first, into t[2]:
 * its own words, then a correction's replacement (which resolves it).
 * Returns how many. */
static size_t targets_of(const struct annotation *a, struct target t[2])
{
	size_t n = target_set(&t[0], own_words(a), own_state(a));

	if (a->kind == KIND_CORRECTION)
		n += target_set(&t[n], a->replacement, ANCHOR_RESOLVED);
	return n;
}

/* Put anchor on bytes at of the new text in state with score: leaving
 * the exact state it keeps its words in old_exact (when it has none yet);
 * becoming exact it forgets them. */
enum tanda_status relocate_place(struct relocation *r, struct anchor *an, const struct range *at,
				 enum anchor_state state, double score, struct tanda_error *err)
{
	enum tanda_status status;

	if (state != ANCHOR_EXACT && an->old_exact == NULL && an->exact != NULL &&
	    (an->old_exact = strdup(an->exact)) == NULL)
		return relocate_out_of_memory(r, err);
	status = anchor_place(r->new, at->start, at->end, an, err);
	if (status != TANDA_OK)
		return status;
	if (state == ANCHOR_EXACT) {
		free(an->old_exact);
		an->old_exact = NULL;
	}
	an->state = state;
	an->score = state == ANCHOR_FUZZY ? score : 1.0;
	return TANDA_OK;
}

/* Leave anchor an orphan as it stands: words, context, paragraph and
 * positions kept, old_exact its words; a resolved correction goes back
 * to its wrong words. */
enum tanda_status relocate_orphan(struct relocation *r, struct annotation *a,
				  struct tanda_error *err)
{
	struct anchor *an = &a->anchor;

	if (an->state == ANCHOR_RESOLVED && an->old_exact != NULL) {
		char *words = strdup(an->old_exact);

		if (words == NULL)
			return relocate_out_of_memory(r, err);
		free(an->exact);
		an->exact = words;
	}
	if (an->old_exact == NULL && an->exact != NULL && (an->old_exact = strdup(an->exact)) == NULL)
		return relocate_out_of_memory(r, err);
	an->state = ANCHOR_ORPHAN;
	an->score = 0.0;
	return TANDA_OK;
}

/* Keep an annotation of a paired paragraph on its words, at the same
 * offsets of the new paragraph j, in its state. */
static enum tanda_status keep(struct relocation *r, struct anchor *an, const struct origin *o,
			      size_t j, struct tanda_error *err)
{
	size_t shift = r->new->paragraphs[j].start;
	size_t from = r->old->paragraphs[o->para].start;

	return anchor_place_in(r->new, shift + (o->start - from), shift + (o->end - from), j,
			       an->para_start, an, err);
}

/* Look for the targets near o, as they are: the first verdict that is
 * not nothing decides.  1 with *at and *state filled when found, 0 when
 * not, -1 when ambiguous. */
static int find_near(struct relocation *r, const struct origin *o, const struct target *t,
		     size_t nt, const struct context *c, struct range *at, enum anchor_state *state)
{
	struct finding f;
	size_t i;

	for (i = 0; i < nt; i++) {
		enum verdict v = search_near(r, o, &t[i], c, 0, at, &f);

		if (v == VERDICT_AMBIGUOUS)
			return -1;
		if (v == VERDICT_FOUND) {
			*state = t[i].state;
			return 1;
		}
	}
	return 0;
}

/* Carry an annotation of a changed paragraph (it stood at o). */
static enum tanda_status changed(struct relocation *r, struct annotation *a,
				 const struct origin *o, struct tanda_error *err)
{
	struct target t[2];
	struct finding f;
	struct context c;
	struct range at;
	enum anchor_state state;
	size_t nt = targets_of(a, t);
	int found;

	if (search_sentence(r, o, &at) || search_in_place(r, o, &at))
		return anchor_place(r->new, at.start, at.end, &a->anchor, err);
	context_of_origin(r, o, &c);
	found = find_near(r, o, t, nt, &c, &at, &state);
	if (found > 0)
		return relocate_place(r, &a->anchor, &at, state, 1.0, err);
	if (found < 0 || nt == 0)
		return relocate_orphan(r, a, err);
	if (search_far(r, o, &t[0], &c, 1, NULL, &at) == VERDICT_FOUND)
		return relocate_place(r, &a->anchor, &at, t[0].state, 1.0, err);
	/* a replacement resolves only as it is: only the own words are looked
	 * for approximately */
	if (search_near(r, o, &t[0], &c, 1, &at, &f) == VERDICT_FOUND)
		return relocate_place(r, &a->anchor, &at, ANCHOR_FUZZY, f.score, err);
	return relocate_orphan(r, a, err);
}

/* Place an annotation whose positions do not fit in paragraph j, which
 * it names: its words there once, or approximately once (fuzzy); else it
 * is an orphan. */
static enum tanda_status in_named(struct relocation *r, struct annotation *a, size_t j,
				  const struct target *t, const struct context *c,
				  struct tanda_error *err)
{
	struct finding f;
	struct range at;

	if (search_named(r, j, t, c, 0, &at, &f) == VERDICT_FOUND)
		return relocate_place(r, &a->anchor, &at, t->state, 1.0, err);
	if (search_named(r, j, t, c, 1, &at, &f) == VERDICT_FOUND)
		return relocate_place(r, &a->anchor, &at, ANCHOR_FUZZY, f.score, err);
	return relocate_orphan(r, a, err);
}

/* Attach an annotation whose place is not known (an orphan, or positions
 * that do not fit the old text) where its words stand with their whole
 * stored context, at one place only; one that is not an orphan, short of
 * that, in the paragraph it names; else it is (or stays) an orphan. */
static enum tanda_status reattach(struct relocation *r, struct annotation *a,
				  struct tanda_error *err)
{
	struct anchor *an = &a->anchor;
	int unpaired_only = an->state == ANCHOR_ORPHAN;
	struct target t[2];
	struct context c;
	struct range at;
	size_t nt = targets_of(a, t), i;

	context_of_strings(an->prefix, an->suffix, &c);
	for (i = 0; i < nt && c.known; i++) {
		enum verdict v = search_far(r, NULL, &t[i], &c, unpaired_only,
					    unpaired_only ? an : NULL, &at);

		if (v == VERDICT_FOUND)
			return relocate_place(r, an, &at, t[i].state, 1.0, err);
		if (v == VERDICT_AMBIGUOUS)
			break;
	}
	if (!unpaired_only && nt > 0 && an->paragraph >= 1 && an->paragraph <= r->new->count)
		return in_named(r, a, an->paragraph - 1, &t[0], &c, err);
	return relocate_orphan(r, a, err);
}

/* Carry annotation a over to the new text. */
static enum tanda_status relocate_one(struct relocation *r, struct annotation *a,
				      struct tanda_error *err)
{
	struct origin o;
	size_t j;

	if (!locate_origin(r, &a->anchor, &o))
		return reattach(r, a, err);
	j = r->align.old_to_new[o.para];
	if (j != ALIGN_NONE)
		return keep(r, &a->anchor, &o, j, err);
	return changed(r, a, &o, err);
}

/* Set r up for old_text and new: the old text as an article, the
 * paragraphs paired, the budget. */
static enum tanda_status relocation_init(struct relocation *r, const char *old_text,
					 size_t old_len, struct article *new,
					 struct tanda_error *err)
{
	enum tanda_status status;
	uint64_t texts = (uint64_t)old_len + new->text_len;

	memset(r, 0, sizeof *r);
	r->new = new;
	r->cursor.para = ALIGN_NONE;
	r->budget = RELOCATE_BUDGET(texts);
	status = article_from_text("the old text", old_text != NULL ? old_text : "",
				   old_text != NULL ? old_len : 0, &r->old, err);
	if (status != TANDA_OK)
		return status;
	if (article_cp_from_byte(r->old, 0) == (size_t)-1 ||
	    article_cp_from_byte(r->new, 0) == (size_t)-1)
		return relocate_out_of_memory(r, err);
	return align_paragraphs(r->old, r->new, &r->align, err);
}

/* Free what r holds. */
static void relocation_release(struct relocation *r)
{
	align_release(&r->align);
	fuzzy_release(&r->fuzzy);
	article_free(r->old);
}

enum tanda_status relocation_start(const char *old_text, size_t old_len,
				   struct article *new_article, struct relocation **out,
				   struct tanda_error *err)
{
	struct relocation *r = calloc(1, sizeof *r);
	enum tanda_status status;

	*out = NULL;
	if (r == NULL)
		return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory while anchoring annotations",
				  new_article->name);
	status = relocation_init(r, old_text, old_len, new_article, err);
	if (status != TANDA_OK) {
		relocation_end(r);
		return status;
	}
	*out = r;
	return TANDA_OK;
}

enum tanda_status relocation_carry(struct relocation *r, struct annotation *a,
				   struct tanda_error *err)
{
	enum tanda_status status = relocate_one(r, a, err);

	if (status == TANDA_OK && r->failed)
		status = relocate_out_of_memory(r, err);
	return status;
}

void relocation_end(struct relocation *r)
{
	if (r == NULL)
		return;
	relocation_release(r);
	free(r);
}

enum tanda_status relocate_annotations(const char *old_text, size_t old_len,
				       struct article *new_article,
				       struct annotation *annotations, size_t count,
				       struct tanda_error *err)
{
	struct relocation *r;
	enum tanda_status status = relocation_start(old_text, old_len, new_article, &r, err);
	size_t i;

	for (i = 0; i < count && status == TANDA_OK; i++)
		status = relocation_carry(r, &annotations[i], err);
	relocation_end(r);
	return status;
}
