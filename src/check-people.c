/*
 * check-people.c - the people sheet's findings (check-people.h): each
 * person of the sheet looked for among the mentions the name scanner read,
 * by the words of their canonical name, their variants, or the canonical
 * name with one word spelled alike (check-name.h); then their short names
 * and the offices written before their names compared with the sheet.
 */
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "check-name.h"
#include "check-people.h"
#include "lexicon.h"
#include "strbuf.h"

/* The most words of a name or an office compared. */
#define WORDS_MAX 12
/* The longest message. */
#define MESSAGE_SIZE 640

/* Words: count of them, each the n bytes at w. */
struct words {
	const char *w[WORDS_MAX];
	size_t n[WORDS_MAX];
	size_t count;
};

/* How a mention names a person. */
enum match {
	MATCH_NONE,
	MATCH_CANONICAL,	/* as the sheet spells them, or their family name alone */
	MATCH_SPELLING,		/* a full name spelled otherwise */
	MATCH_SHORT,		/* one word of the name that is not the family name */
	MATCH_SHORT_SPELLING,	/* the family name spelled otherwise */
};

/* What has been reported of one person, to report each thing once. */
struct reported {
	int spelling, short_name, office;
};

/* The words of text, split at spaces, into out. */
static void split(const char *text, struct words *out)
{
	const char *p = text;

	out->count = 0;
	while (*p != '\0' && out->count < WORDS_MAX) {
		size_t n = strcspn(p, " ");

		if (n > 0) {
			out->w[out->count] = p;
			out->n[out->count++] = n;
		}
		p += n;
		p += *p == ' ';
	}
}

/* The live words of mention m into out. */
static void mention_words(const struct name_scan *ns, const struct name_mention *m,
			  struct words *out)
{
	size_t k;

	out->count = 0;
	for (k = m->first; k < m->first + m->count && out->count < WORDS_MAX; k++)
		if (ns->occs[k].live) {
			out->w[out->count] = ns->occs[k].s;
			out->n[out->count++] = ns->occs[k].n;
		}
}

/* Whether word i of a is word j of b, byte for byte. */
static int same_word(const struct words *a, size_t i, const struct words *b, size_t j)
{
	return a->n[i] == b->n[j] && memcmp(a->w[i], b->w[j], a->n[i]) == 0;
}

/* How many words of a and b (as many of each) differ, and the last that
 * does in *at; (size_t)-1 when they are not as many. */
static size_t differences(const struct words *a, const struct words *b, size_t *at)
{
	size_t i, count = 0;

	if (a->count != b->count)
		return (size_t)-1;
	for (i = 0; i < a->count; i++)
		if (!same_word(a, i, b, i)) {
			count++;
			*at = i;
		}
	return count;
}

/* How the full name mw names person p. */
static enum match match_full(const struct person *p, const struct words *mw)
{
	struct words name;
	size_t i, at = 0, d;

	split(p->name, &name);
	d = differences(mw, &name, &at);
	if (d == 0)
		return MATCH_CANONICAL;
	for (i = 0; i < p->nvariants; i++) {
		struct words variant;

		split(p->variants[i], &variant);
		if (differences(mw, &variant, &at) == 0)
			return MATCH_SPELLING;
	}
	d = differences(mw, &name, &at);
	return d == 1 && name_alike(mw->w[at], mw->n[at], name.w[at], name.n[at], 2) ?
		       MATCH_SPELLING : MATCH_NONE;
}

/* How the short name mw (one word) names person p, whom the article names
 * in full. */
static enum match match_short(const struct person *p, const struct words *mw)
{
	struct words name;
	size_t i, fn;
	const char *family = person_family(p, &fn);

	if (mw->n[0] == fn && memcmp(mw->w[0], family, fn) == 0)
		return MATCH_CANONICAL;
	split(p->name, &name);
	for (i = 0; i < name.count; i++)
		if (same_word(mw, 0, &name, i))
			return MATCH_SHORT;
	return name_alike(mw->w[0], mw->n[0], family, fn, 3) ? MATCH_SHORT_SPELLING : MATCH_NONE;
}

/* Whether some full mention of ns names person p. */
static int named_in_full(const struct name_scan *ns, const struct person *p)
{
	struct words mw;
	size_t i;

	for (i = 0; i < ns->nmentions; i++) {
		mention_words(ns, &ns->mentions[i], &mw);
		if (mw.count >= 2 && match_full(p, &mw) != MATCH_NONE)
			return 1;
	}
	return 0;
}

/* The bytes of mention m: from its first live word to its last. */
static void mention_span(const struct name_scan *ns, const struct name_mention *m, size_t *start,
			 size_t *end)
{
	size_t k;

	*start = *end = 0;
	for (k = m->first; k < m->first + m->count; k++)
		if (ns->occs[k].live) {
			if (*end == 0)
				*start = ns->occs[k].start;
			*end = ns->occs[k].end;
		}
}

/* Append a finding of kind on [start, end) with sb's message and
 * replacement; 0, or -1 when out of memory. */
static int add(struct findings *out, enum finding_kind kind, size_t start, size_t end,
	       const struct strbuf *sb, const char *replacement)
{
	return strbuf_ok(sb) && findings_add(out, kind, start, end, strbuf_str(sb), replacement) ?
		       0 : -1;
}

/* Report mention m, which spells person p's name otherwise. */
static int report_spelling(const struct name_scan *ns, const struct name_mention *m,
			   const struct person *p, struct findings *out)
{
	char buf[MESSAGE_SIZE];
	struct strbuf sb;
	size_t start, end;

	mention_span(ns, m, &start, &end);
	strbuf_init_fixed(&sb, buf, sizeof buf);
	strbuf_addf(&sb, "\"%.*s\" is spelled \"%s\" in the people sheet", (int)(end - start),
		    ns->article->text + start, p->name);
	return add(out, FINDING_NAME, start, end, &sb, p->name);
}

/* Report the short name m of person p, which is not their family name
 * (how: MATCH_SHORT or MATCH_SHORT_SPELLING). */
static int report_short(const struct name_scan *ns, const struct name_mention *m,
			const struct person *p, enum match how, struct findings *out)
{
	char buf[MESSAGE_SIZE], family[256];
	struct strbuf sb, fb;
	size_t start, end, fn;
	const char *f = person_family(p, &fn);

	mention_span(ns, m, &start, &end);
	strbuf_init_fixed(&fb, family, sizeof family);
	strbuf_add(&fb, f, fn);
	strbuf_init_fixed(&sb, buf, sizeof buf);
	if (how == MATCH_SHORT)
		strbuf_addf(&sb, "\"%.*s\" is not the family name of %s (the people sheet): the "
			    "short name is \"%s\"", (int)(end - start), ns->article->text + start,
			    p->name, family);
	else
		strbuf_addf(&sb, "\"%.*s\" is spelled \"%s\" in the people sheet (%s)",
			    (int)(end - start), ns->article->text + start, family, p->name);
	return add(out, FINDING_NAME, start, end, &sb, family);
}

/* Whether title (a phrase, words one space apart) is word for word a
 * stretch of the words of office, or office of it, ASCII case ignored. */
static int phrase_within(const struct words *office, const struct words *title)
{
	size_t i, k;

	for (i = 0; i + title->count <= office->count; i++) {
		for (k = 0; k < title->count; k++)
			if (lexicon_compare(office->w[i + k], office->n[i + k], title->w[k],
					    title->n[k]) != 0)
				break;
		if (k == title->count)
			return 1;
	}
	return 0;
}

/* Whether the written office words match the title text (either holds
 * the other). */
static int office_title_matches(const struct words *written, const char *text)
{
	struct words title;

	if (text == NULL)
		return 0;
	split(text, &title);
	return title.count > 0 && (phrase_within(written, &title) || phrase_within(&title, written));
}

/* Whether office o is the one the words written name. */
static int office_matches(const struct person_office *o, const struct words *written)
{
	size_t i;

	if (office_title_matches(written, o->id) || office_title_matches(written, o->en))
		return 1;
	for (i = 0; i < o->nalso; i++)
		if (office_title_matches(written, o->also[i]))
			return 1;
	return 0;
}

/* The words of ns's text [start, end) into out, at spaces. */
static void text_words(const struct name_scan *ns, size_t start, size_t end, struct words *out)
{
	const char *t = ns->article->text;

	out->count = 0;
	while (start < end && out->count < WORDS_MAX) {
		size_t i = start;

		while (i < end && t[i] != ' ')
			i++;
		if (i > start) {
			out->w[out->count] = t + start;
			out->n[out->count++] = i - start;
		}
		start = i + 1;
	}
}

/* Whether the first of the words written is a title that says who
 * someone is ("Perdana", "Menteri"; not "Pak"). */
static int office_written(const struct words *written)
{
	const struct lexicon *lx[2] = { &lexicon_id, &lexicon_en };
	const struct lexicon_entry *e;
	size_t k;

	for (k = 0; written->count > 0 && k < 2; k++) {
		e = lexicon_find(lx[k], LEXICON_TITLES, written->w[0], written->n[0]);
		if (e != NULL && (e->flags & LEXICON_ROLE))
			return 1;
	}
	return 0;
}

/* Append "YYYY-MM-DD" of d to sb. */
static void add_iso(struct strbuf *sb, const struct calendar_date *d)
{
	strbuf_addf(sb, "%04d-%02d-%02d", d->year, d->month, d->day);
}

/* Append office o's name (both languages) and its dates to sb. */
static void add_office(struct strbuf *sb, const struct person_office *o)
{
	const char *first = o->en ? o->en : o->id ? o->id : o->also[0];

	strbuf_addstr(sb, first);
	if (o->en != NULL && o->id != NULL)
		strbuf_addf(sb, " (%s)", o->id);
	if (o->from.year != 0) {
		strbuf_addstr(sb, " from ");
		add_iso(sb, &o->from);
	}
	if (o->until.year != 0) {
		strbuf_addstr(sb, " until ");
		add_iso(sb, &o->until);
	}
}

/* The office person p held on date, when exactly one, else NULL. */
static const struct person_office *held_then(const struct person *p,
					     const struct calendar_date *date)
{
	const struct person_office *held = NULL;
	size_t i;

	for (i = 0; i < p->noffices; i++)
		if (office_held(&p->offices[i], date)) {
			if (held != NULL)
				return NULL;
			held = &p->offices[i];
		}
	return held;
}

/* Report the office written [start, end) before person p's name, which
 * the sheet does not give p on published. */
static int report_office(const struct name_scan *ns, size_t start, size_t end,
			 const struct person *p, const struct words *written,
			 const struct calendar_date *published, struct findings *out)
{
	const struct person_office *held = held_then(p, published);
	const char *replacement = NULL;
	char buf[MESSAGE_SIZE];
	struct strbuf sb;
	size_t i;

	strbuf_init_fixed(&sb, buf, sizeof buf);
	strbuf_addf(&sb, "\"%.*s\": %s held no such office on ", (int)(end - start),
		    ns->article->text + start, p->name);
	add_iso(&sb, published);
	strbuf_addstr(&sb, " by the people sheet");
	if (held != NULL) {
		strbuf_addstr(&sb, "; then: ");
		add_office(&sb, held);
		replacement = ns->english ? (held->en ? held->en : held->id) :
					    (held->id ? held->id : held->en);
	}
	for (i = 0; i < p->noffices; i++)
		if (&p->offices[i] != held && office_matches(&p->offices[i], written)) {
			strbuf_addstr(&sb, "; that office: ");
			add_office(&sb, &p->offices[i]);
			break;
		}
	return add(out, FINDING_TITLE, start, end, &sb, replacement);
}

/* Check the office written before mention m of person p; 0 or -1. */
static int check_office(const struct name_scan *ns, const struct name_mention *m,
			const struct person *p, const struct calendar_date *published,
			struct reported *done, struct findings *out)
{
	struct words written;
	size_t start, end, name_end, i;

	if (published->year == 0 || p->noffices == 0 || m->title_start == (size_t)-1 ||
	    done->office)
		return 0;
	mention_span(ns, m, &end, &name_end);	/* the office ends where the name starts */
	start = m->title_start;
	while (end > start && ns->article->text[end - 1] == ' ')
		end--;
	text_words(ns, start, end, &written);
	if (!office_written(&written))
		return 0;
	for (i = 0; i < p->noffices; i++)
		if (office_held(&p->offices[i], published) && office_matches(&p->offices[i], &written))
			return 0;
	done->office = 1;
	return report_office(ns, start, end, p, &written, published, out);
}

/* Check mention m against person p (named in full in the article when
 * full is set); 0 or -1. */
static int check_mention(const struct name_scan *ns, const struct name_mention *m,
			 const struct person *p, int full, const struct calendar_date *published,
			 struct reported *done, struct findings *out)
{
	struct words mw;
	enum match how = MATCH_NONE;

	mention_words(ns, m, &mw);
	if (mw.count >= 2)
		how = match_full(p, &mw);
	else if (mw.count == 1 && full)
		how = match_short(p, &mw);
	if (how == MATCH_NONE)
		return 0;
	if (how == MATCH_SPELLING && !done->spelling) {
		done->spelling = 1;
		if (report_spelling(ns, m, p, out) != 0)
			return -1;
	}
	if ((how == MATCH_SHORT || how == MATCH_SHORT_SPELLING) && !done->short_name) {
		done->short_name = 1;
		if (report_short(ns, m, p, how, out) != 0)
			return -1;
	}
	return check_office(ns, m, p, published, done, out);
}

int check_people(const struct name_scan *ns, const struct people *sheet,
		 const struct calendar_date *published, struct findings *out)
{
	size_t i, k;

	for (k = 0; sheet != NULL && k < sheet->count; k++) {
		const struct person *p = &sheet->items[k];
		struct reported done = { 0, 0, 0 };
		int full = named_in_full(ns, p);

		for (i = 0; i < ns->nmentions; i++)
			if (check_mention(ns, &ns->mentions[i], p, full, published, &done, out) != 0)
				return -1;
	}
	return 0;
}
