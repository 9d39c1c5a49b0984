/*
 * accuracy-model.c - the articles of the accuracy benchmark: generated
 * news paragraphs (statements, quotes with their speakers, attributions,
 * names and places that come back often, as in a story), and the edits of
 * a revision history, each making a new revision from the latest.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "accuracy.h"
#include "grow.h"

#define COUNT(list) (sizeof (list) / sizeof (list)[0])

/* Paragraphs of a generated article, sentences of a paragraph. */
#define PARAGRAPHS_MIN 12
#define PARAGRAPHS_MAX 24
#define SENTENCES_MAX 4

/* The words a sentence is made of. */
#define SENTENCE_WORDS 48

static const char *const subjects[] = {
	"Pemerintah Korea Selatan", "Presiden Yun Suk Yeol", "Kementerian Luar Negeri",
	"Perdana Menteri Yoshimasa Hayashi", "Menteri Pertahanan Austin", "Juru bicara militer",
	"Badan intelijen nasional", "Dewan Keamanan", "Parlemen Jepang", "Warga Seoul",
	"Pasukan Korea Utara", "Pemerintah Rusia", "Kedutaan besar Rusia", "Para analis",
	"Gubernur provinsi perbatasan", "Komisi pertahanan", "Pejabat senior Amerika",
	"Kepala staf gabungan", "Wakil menteri luar negeri", "Pengamat militer di Seoul",
	"Kantor kepresidenan", "Sekretaris jenderal NATO", "Duta besar Jepang",
	"Ketua parlemen", "Kelompok pemantau independen", "Pemerintah Ukraina",
	"Menteri Unifikasi", "Komandan pasukan gabungan", "Para diplomat Eropa",
};

static const char *const verbs[] = {
	"mengutuk", "memanggil", "mengirim", "meninjau", "menolak", "mendukung", "membahas",
	"mengumumkan", "mempertimbangkan", "mengkhawatirkan", "memantau", "membantah",
	"menyelidiki", "menangguhkan", "memperpanjang", "mengonfirmasi",
};

static const char *const objects[] = {
	"pengiriman pasukan", "kerja sama ekonomi", "bantuan senjata", "perjanjian pertahanan",
	"laporan intelijen", "latihan militer bersama", "sanksi baru", "penarikan duta besar",
	"pertemuan darurat", "jalur pasokan", "rencana evakuasi", "pernyataan bersama",
	"kunjungan kenegaraan", "anggaran pertahanan",
};

static const char *const places[] = {
	"ke Rusia", "di Seoul", "dengan Moskow", "di perbatasan", "ke Ukraina", "di Tokyo",
	"di Pyongyang", "di Semenanjung Korea", "di kawasan itu", "dari pelabuhan timur",
};

static const char *const times[] = {
	"pada Jumat", "pekan lalu", "sejak awal bulan", "pada Rabu malam", "tahun ini",
	"dalam dua hari", "pada Senin pagi", "bulan depan",
};

/* Who speaks in a quote, and what they say (about objects[]). */
static const char *const quote_subjects[] = {
	"Kami", "Pemerintah", "Negara kami", "Kita semua", "Mereka", "Rakyat", "Militer kami",
	"Sekutu kami", "Dunia", "Parlemen",
};

static const char *const quotes[] = {
	"tidak akan tinggal diam menghadapi", "terus bekerja sama soal", "melihat bukti tentang",
	"menyiapkan semua pilihan untuk", "memantau dengan penuh kekhawatiran",
	"menilai langkah ini melanggar kesepakatan tentang", "akan meninjau ulang",
	"tidak melihat alasan untuk menunda", "berhak tahu tentang", "menolak tuduhan soal",
	"belum pernah melihat", "menuntut penjelasan tentang",
};

static const char *const speakers[] = {
	"kata Yoon", "kata Austin", "kata Hayashi", "ujar juru bicara itu", "tambahnya",
	"kata seorang pejabat", "ujar Menteri Pertahanan Shin",
};

static const char *const sources[] = {
	"Menurut badan intelijen,", "Menurut kantor berita Yonhap,", "Menurut para pejabat,",
	"Dalam sebuah pernyataan,", "Sebelumnya,", "Sementara itu,",
};

const char *const edit_names[EDIT_KINDS] = {
	[EDIT_INSERT_SENTENCE] = "insert-sentence",
	[EDIT_DELETE_SENTENCE] = "delete-sentence",
	[EDIT_REPLACE_SENTENCE] = "replace-sentence",
	[EDIT_MOVE_SENTENCE] = "move-sentence",
	[EDIT_SPLIT_SENTENCE] = "split-sentence",
	[EDIT_INSERT_PARAGRAPH] = "insert-paragraph",
	[EDIT_DELETE_PARAGRAPH] = "delete-paragraph",
	[EDIT_MOVE_PARAGRAPH] = "move-paragraph",
	[EDIT_SPLIT_PARAGRAPH] = "split-paragraph",
	[EDIT_FIX_TYPO] = "fix-typo",
	[EDIT_MAKE_CORRECTION] = "make-correction",
	[EDIT_REVERT] = "revert",
	[EDIT_REPEAT_WORD] = "repeat-word",
};

uint64_t rng_next(uint64_t *seed)
{
	*seed ^= *seed >> 12;
	*seed ^= *seed << 25;
	*seed ^= *seed >> 27;
	return *seed * UINT64_C(2685821657736338717);
}

size_t rng_below(uint64_t *seed, size_t bound)
{
	return (size_t)(rng_next(seed) % bound);
}

double tally_share(size_t part, size_t whole)
{
	return whole == 0 ? 100.0 : 100.0 * (double)part / (double)whole;
}

void tally_add(struct tally *to, const struct tally *from)
{
	to->steps += from->steps;
	to->judged += from->judged;
	to->misplaced += from->misplaced;
	to->intact += from->intact;
	to->intact_exact += from->intact_exact;
	to->gone += from->gone;
	to->gone_orphan += from->gone_orphan;
	to->fixed += from->fixed;
	to->fixed_resolved += from->fixed_resolved;
	to->restored += from->restored;
	to->restored_exact += from->restored_exact;
}

const char *model_keep(struct model *m, const char *text)
{
	char *copy = strdup(text);

	if (copy == NULL || GROW(m->pool, m->pool_alloc, m->npool + 1) != 0) {
		free(copy);
		m->failed = 1;
		return NULL;
	}
	m->pool[m->npool++] = copy;
	return copy;
}

const char *model_variant(struct model *m, const char *word)
{
	char buf[128];
	size_t len = strlen(word), i;

	if (len < 4 || len >= sizeof buf || !isalpha((unsigned char)word[1]) ||
	    !isalpha((unsigned char)word[2]))
		return NULL;
	memcpy(buf, word, len + 1);
	i = 1 + rng_below(m->seed, len - 2);
	if (!isalpha((unsigned char)buf[i]))
		i = 1;		/* an ASCII letter, never a byte of another character */
	if (!isalpha((unsigned char)buf[i + 1]) || buf[i] == buf[i + 1])
		buf[i] = buf[i] == 'a' ? 'e' : 'a';	/* a letter changed */
	else {
		char c = buf[i];	/* two swapped */

		buf[i] = buf[i + 1];
		buf[i + 1] = c;
	}
	return strcmp(buf, word) != 0 ? model_keep(m, buf) : NULL;
}

/* Words being gathered for a sentence. */
struct words {
	const char *w[SENTENCE_WORDS];
	size_t n;
};

/* Add the words of phrase (split at spaces) to ws, keeping them. */
static void add_phrase(struct model *m, struct words *ws, const char *phrase)
{
	char buf[256], *save = NULL, *w;

	snprintf(buf, sizeof buf, "%s", phrase);
	for (w = strtok_r(buf, " ", &save); w != NULL && ws->n < SENTENCE_WORDS;
	     w = strtok_r(NULL, " ", &save))
		ws->w[ws->n++] = model_keep(m, w);
}

/* Replace the last word of ws by itself followed by tail. */
static void end_word(struct model *m, struct words *ws, const char *tail)
{
	char buf[256];

	snprintf(buf, sizeof buf, "%s%s", ws->w[ws->n - 1], tail);
	ws->w[ws->n - 1] = model_keep(m, buf);
}

/* A number with a unit, often enough to tell sentences apart. */
static void add_number(struct model *m, struct words *ws)
{
	static const char *const units[] = { "tentara", "warga", "kapal", "persen", "orang" };
	char buf[64];

	snprintf(buf, sizeof buf, "%zu.%03zu %s", 1 + rng_below(m->seed, 30),
		 rng_below(m->seed, 1000), units[rng_below(m->seed, COUNT(units))]);
	add_phrase(m, ws, buf);
}

/* A statement: who did what, where and when. */
static void statement(struct model *m, struct words *ws)
{
	uint64_t *s = m->seed;

	if (rng_below(s, 6) == 0)
		add_phrase(m, ws, sources[rng_below(s, COUNT(sources))]);
	add_phrase(m, ws, subjects[rng_below(s, COUNT(subjects))]);
	add_phrase(m, ws, verbs[rng_below(s, COUNT(verbs))]);
	add_phrase(m, ws, objects[rng_below(s, COUNT(objects))]);
	if (rng_below(s, 2) == 0)
		add_number(m, ws);
	add_phrase(m, ws, places[rng_below(s, COUNT(places))]);
	add_phrase(m, ws, times[rng_below(s, COUNT(times))]);
	end_word(m, ws, ".");
}

/* A quote and its speaker. */
static void quotation(struct model *m, struct words *ws)
{
	char buf[256];
	uint64_t *s = m->seed;

	snprintf(buf, sizeof buf, "\xE2\x80\x9C%s %s %s %s",
		 quote_subjects[rng_below(s, COUNT(quote_subjects))],
		 quotes[rng_below(s, COUNT(quotes))], objects[rng_below(s, COUNT(objects))],
		 places[rng_below(s, COUNT(places))]);
	add_phrase(m, ws, buf);
	end_word(m, ws, ",\xE2\x80\x9D");
	add_phrase(m, ws, speakers[rng_below(s, COUNT(speakers))]);
	add_phrase(m, ws, times[rng_below(s, COUNT(times))]);
	end_word(m, ws, ".");
}

/* Append the tokens of one new sentence to r (its last one ends it). */
static void new_sentence(struct model *m, struct revision *r)
{
	struct words ws = { { NULL }, 0 };
	size_t i;

	if (rng_below(m->seed, 3) == 0)
		quotation(m, &ws);
	else
		statement(m, &ws);
	if (m->failed || GROW(r->tokens, r->alloc, r->count + ws.n) != 0) {
		m->failed = 1;
		return;
	}
	for (i = 0; i < ws.n; i++)
		r->tokens[r->count++] = (struct token){ m->next_id++, ws.w[i],
							i + 1 == ws.n ? ENDS_SENTENCE : 0 };
}

/* Append a new paragraph of 1 to SENTENCES_MAX sentences to r. */
static void new_paragraph(struct model *m, struct revision *r)
{
	size_t n = 1 + rng_below(m->seed, SENTENCES_MAX), i;

	for (i = 0; i < n && !m->failed; i++)
		new_sentence(m, r);
	if (!m->failed)
		r->tokens[r->count - 1].ends = ENDS_PARAGRAPH;
}

/* Append to the history a copy of revision r (the new latest); NULL when
 * out of memory. */
static struct revision *push_copy(struct model *m, const struct revision *r)
{
	struct revision copy = { NULL, r->count, 0 };

	if (GROW(m->history, m->history_alloc, m->nhistory + 1) != 0 ||
	    GROW(copy.tokens, copy.alloc, r->count + 1) != 0) {
		m->failed = 1;
		return NULL;
	}
	memcpy(copy.tokens, r->tokens, r->count * sizeof *r->tokens);
	m->history[m->nhistory++] = copy;
	return &m->history[m->nhistory - 1];
}

int model_init(struct model *m, uint64_t *seed)
{
	struct revision empty = { NULL, 0, 0 }, *first;
	size_t n, i;

	memset(m, 0, sizeof *m);
	m->seed = seed;
	m->next_id = 1;
	if ((first = push_copy(m, &empty)) == NULL)
		return -1;
	/* a dateline first, as news articles have */
	n = PARAGRAPHS_MIN + rng_below(seed, PARAGRAPHS_MAX - PARAGRAPHS_MIN + 1);
	if (GROW(first->tokens, first->alloc, 4) != 0)
		return -1;
	first->tokens[first->count++] = (struct token){ m->next_id++, "Jakarta", 0 };
	first->tokens[first->count++] = (struct token){ m->next_id++, "Kabar", 0 };
	first->tokens[first->count++] = (struct token){ m->next_id++, "Nusantara", 0 };
	first->tokens[first->count++] = (struct token){ m->next_id++, "\xE2\x80\x94",
							ENDS_PARAGRAPH };
	for (i = 0; i < n && !m->failed; i++)
		new_paragraph(m, first);
	return m->failed ? -1 : 0;
}

void model_free(struct model *m)
{
	size_t i;

	for (i = 0; i < m->nhistory; i++)
		free(m->history[i].tokens);
	for (i = 0; i < m->npool; i++)
		free(m->pool[i]);
	free(m->history);
	free(m->pool);
	memset(m, 0, sizeof *m);
}

struct revision *model_latest(struct model *m)
{
	return &m->history[m->nhistory - 1];
}

int model_render(const struct revision *r, char **text, size_t *len, size_t **starts)
{
	size_t size = 1, i, at = 0;

	for (i = 0; i < r->count; i++)
		size += strlen(r->tokens[i].text) + 1;
	*text = malloc(size);
	*starts = malloc((r->count + 1) * sizeof **starts);
	if (*text == NULL || *starts == NULL)
		return -1;
	for (i = 0; i < r->count; i++) {
		size_t n = strlen(r->tokens[i].text);

		(*starts)[i] = at;
		memcpy(*text + at, r->tokens[i].text, n);
		at += n;
		(*text)[at++] = r->tokens[i].ends == ENDS_PARAGRAPH ? '\n' : ' ';
	}
	(*text)[at] = '\0';
	*len = at;
	return 0;
}

/* The token index after the unit of kind (sentence or paragraph) that
 * starts at i. */
static size_t unit_end(const struct revision *r, size_t i, unsigned kind)
{
	while (i < r->count && (r->tokens[i].ends & kind) != kind)
		i++;
	return i < r->count ? i + 1 : r->count;
}

/* The starts of the units of kind of r, into starts (new array); how
 * many, or 0 when out of memory. */
static size_t unit_starts(const struct revision *r, unsigned kind, size_t **starts)
{
	size_t n = 0, alloc = 0, i;

	*starts = NULL;
	for (i = 0; i < r->count; i = unit_end(r, i, kind)) {
		if (GROW(*starts, alloc, n + 1) != 0)
			return 0;
		(*starts)[n++] = i;
	}
	return n;
}

/* Remove tokens [a, b) of r. */
static void cut(struct revision *r, size_t a, size_t b)
{
	memmove(r->tokens + a, r->tokens + b, (r->count - b) * sizeof *r->tokens);
	r->count -= b - a;
}

/* Insert the n tokens at t before token at of r; 0 on success. */
static int paste(struct revision *r, size_t at, const struct token *t, size_t n)
{
	if (GROW(r->tokens, r->alloc, r->count + n) != 0)
		return -1;
	memmove(r->tokens + at + n, r->tokens + at, (r->count - at) * sizeof *r->tokens);
	memcpy(r->tokens + at, t, n * sizeof *t);
	r->count += n;
	return 0;
}

/* Move tokens [a, b) of r to before token to (not inside them); the last
 * moved token ends what the unit it lands in needs (kind), and the token
 * before the gap ends what it ended. */
static int move_unit(struct revision *r, size_t a, size_t b, size_t to, unsigned kind)
{
	struct token *unit = malloc((b - a) * sizeof *unit);
	unsigned last_ends = r->tokens[b - 1].ends;
	int rc;

	if (unit == NULL)
		return -1;
	memcpy(unit, r->tokens + a, (b - a) * sizeof *unit);
	unit[b - a - 1].ends = kind;
	if (last_ends == ENDS_PARAGRAPH && a > 0)
		r->tokens[a - 1].ends = ENDS_PARAGRAPH;
	cut(r, a, b);
	rc = paste(r, to > b ? to - (b - a) : to, unit, b - a);
	free(unit);
	return rc;
}

/* Insert a new sentence, or paragraph (kind), at a random boundary of
 * that kind of r. */
static int insert_new(struct model *m, struct revision *r, unsigned kind)
{
	struct revision fresh = { NULL, 0, 0 };
	size_t *starts, n = unit_starts(r, kind, &starts), at;
	int rc;

	if (n == 0)
		return -1;
	at = 1 + rng_below(m->seed, n);	/* never before the dateline */
	at = at < n ? starts[at] : r->count;
	free(starts);
	if (kind == ENDS_PARAGRAPH)
		new_paragraph(m, &fresh);
	else
		new_sentence(m, &fresh);
	if (kind == ENDS_SENTENCE && at == r->count)
		fresh.tokens[fresh.count - 1].ends = ENDS_PARAGRAPH;
	if (kind == ENDS_SENTENCE && at == r->count && at > 0)
		r->tokens[at - 1].ends = ENDS_SENTENCE;
	rc = m->failed ? -1 : paste(r, at, fresh.tokens, fresh.count);
	free(fresh.tokens);
	return rc;
}

/* The unit of kind, chosen at random past the dateline, that is not the
 * only one of its paragraph when alone_ok is 0: [*a, *b); 0 when found. */
static int pick_unit(struct model *m, const struct revision *r, unsigned kind, int alone_ok,
		     size_t *a, size_t *b)
{
	size_t *starts, n = unit_starts(r, kind, &starts), tries;

	for (tries = 0; n > 1 && tries < 32; tries++) {
		size_t i = 1 + rng_below(m->seed, n - 1);

		*a = starts[i];
		*b = unit_end(r, *a, kind);
		if (alone_ok || r->tokens[*b - 1].ends != ENDS_PARAGRAPH ||
		    (*a > 0 && r->tokens[*a - 1].ends != ENDS_PARAGRAPH)) {
			free(starts);
			return 0;
		}
	}
	free(starts);
	return -1;
}

/* Delete a sentence (of a paragraph with more than one) or a paragraph. */
static int delete_unit(struct model *m, struct revision *r, unsigned kind)
{
	size_t a, b;

	if (pick_unit(m, r, kind, kind == ENDS_PARAGRAPH, &a, &b) != 0)
		return 1;
	if (kind == ENDS_SENTENCE && r->tokens[b - 1].ends == ENDS_PARAGRAPH)
		r->tokens[a - 1].ends = ENDS_PARAGRAPH;
	cut(r, a, b);
	return 0;
}

/* How many of the tokens of fresh have the text of one of [a, b) of r. */
static size_t shared_words(const struct revision *fresh, const struct revision *r, size_t a,
			   size_t b)
{
	size_t n = 0, i, j;

	for (i = 0; i < fresh->count; i++)
		for (j = a; j < b; j++)
			if (strcmp(fresh->tokens[i].text, r->tokens[j].text) == 0) {
				n++;
				break;
			}
	return n;
}

/* Whether fresh has a run of three tokens with the texts of three in a
 * row of [a, b) of r. */
static int shares_a_run(const struct revision *fresh, const struct revision *r, size_t a,
			size_t b)
{
	size_t i, j, k;

	for (i = 0; i + 3 <= fresh->count; i++)
		for (j = a; j + 3 <= b; j++) {
			for (k = 0; k < 3; k++)
				if (strcmp(fresh->tokens[i + k].text, r->tokens[j + k].text) != 0)
					break;
			if (k == 3)
				return 1;
		}
	return 0;
}

/* Replace a sentence by a new one in its place: another sentence, which
 * shares fewer than half of its words with it and no three in a row (one
 * that shares more is an edit of it, words changed in it, not a
 * replacement). */
static int replace_sentence(struct model *m, struct revision *r)
{
	struct revision fresh = { NULL, 0, 0 };
	size_t a, b, tries = 0;
	unsigned ends;
	int rc;

	if (pick_unit(m, r, ENDS_SENTENCE, 1, &a, &b) != 0)
		return 1;
	ends = r->tokens[b - 1].ends;
	do {
		fresh.count = 0;
		new_sentence(m, &fresh);
	} while (!m->failed && (2 * shared_words(&fresh, r, a, b) >= fresh.count ||
				shares_a_run(&fresh, r, a, b)) && ++tries < 32);
	if (m->failed)
		return -1;
	fresh.tokens[fresh.count - 1].ends = ends;
	cut(r, a, b);
	rc = paste(r, a, fresh.tokens, fresh.count);
	free(fresh.tokens);
	return rc;
}

/* Move a sentence, or a paragraph (kind), to another boundary of a
 * paragraph or sentence. */
static int move_somewhere(struct model *m, struct revision *r, unsigned kind)
{
	size_t a, b, *starts, n, to;

	if (pick_unit(m, r, kind, kind == ENDS_PARAGRAPH, &a, &b) != 0)
		return 1;
	n = unit_starts(r, kind, &starts);
	if (n < 4) {
		free(starts);
		return 1;
	}
	do
		to = starts[1 + rng_below(m->seed, n - 1)];
	while (to >= a && to <= b);
	free(starts);
	if (kind == ENDS_SENTENCE && r->tokens[to - 1].ends == ENDS_PARAGRAPH)
		return move_unit(r, a, b, to, ENDS_SENTENCE) == 0 ? 0 : -1;
	return move_unit(r, a, b, to, kind) == 0 ? 0 : -1;
}

/* Split a sentence of six words or more in two: a full stop after a word
 * in its middle, the next word capitalized. */
static int split_sentence(struct model *m, struct revision *r)
{
	char buf[256];
	size_t a, b, k;

	if (pick_unit(m, r, ENDS_SENTENCE, 1, &a, &b) != 0 || b - a < 6)
		return 1;
	k = a + 2 + rng_below(m->seed, b - a - 4);
	if (!isalpha((unsigned char)r->tokens[k].text[0]) ||
	    !isalpha((unsigned char)r->tokens[k - 1].text[strlen(r->tokens[k - 1].text) - 1]))
		return 1;
	snprintf(buf, sizeof buf, "%s.", r->tokens[k - 1].text);
	r->tokens[k - 1].text = model_keep(m, buf);
	r->tokens[k - 1].ends = ENDS_SENTENCE;
	snprintf(buf, sizeof buf, "%s", r->tokens[k].text);
	buf[0] = (char)toupper((unsigned char)buf[0]);
	r->tokens[k].text = model_keep(m, buf);
	return m->failed ? -1 : 0;
}

/* End a paragraph after a sentence in its middle. */
static int split_paragraph(struct model *m, struct revision *r)
{
	size_t a, b;

	if (pick_unit(m, r, ENDS_SENTENCE, 0, &a, &b) != 0 ||
	    r->tokens[b - 1].ends == ENDS_PARAGRAPH)
		return 1;
	r->tokens[b - 1].ends = ENDS_PARAGRAPH;
	return 0;
}

/* Fix (or make) a typo: one word past the dateline changed a little. */
static int fix_typo(struct model *m, struct revision *r)
{
	size_t tries;

	for (tries = 0; tries < 32 && r->count > 4; tries++) {
		size_t i = 4 + rng_below(m->seed, r->count - 4);
		const char *variant = model_variant(m, r->tokens[i].text);

		if (variant != NULL) {
			r->tokens[i].text = variant;
			return 0;
		}
	}
	return m->failed ? -1 : 1;
}

/* Give token id the text wanted (a correction made in the file). */
static int make_correction(struct revision *r, uint32_t id, const char *text)
{
	size_t i;

	for (i = 0; i < r->count; i++)
		if (r->tokens[i].id == id) {
			r->tokens[i].text = text;
			return 0;
		}
	return 1;
}

/* Put back a revision one to three edits old. */
static int revert(struct model *m, struct revision *r)
{
	size_t back = 3 + rng_below(m->seed, 3), from;	/* the copy being made is last */

	if (m->nhistory < 3)
		return 1;
	if (back > m->nhistory)
		back = m->nhistory;
	from = m->nhistory - back;
	if (GROW(r->tokens, r->alloc, m->history[from].count + 1) != 0)
		return -1;
	memcpy(r->tokens, m->history[from].tokens, m->history[from].count * sizeof *r->tokens);
	r->count = m->history[from].count;
	return 0;
}

/* Repeat the word text (an annotated one, without its punctuation)
 * inside another sentence. */
static int repeat_word(struct model *m, struct revision *r, const char *text)
{
	struct token t = { m->next_id++, NULL, 0 };
	char bare[128];
	size_t at, n;

	if (r->count < 8 || text == NULL)
		return 1;
	snprintf(bare, sizeof bare, "%s", text);
	for (n = strlen(bare); n > 1 && strchr(".,", bare[n - 1]) != NULL; n--)
		bare[n - 1] = '\0';
	if ((t.text = model_keep(m, bare)) == NULL)
		return -1;
	text = t.text;
	at = 5 + rng_below(m->seed, r->count - 6);
	if (r->tokens[at - 1].ends != 0)
		return 1;	/* inside a sentence only */
	if (strcmp(r->tokens[at - 1].text, text) == 0 || strcmp(r->tokens[at].text, text) == 0)
		return 1;	/* elsewhere: not next to itself, which no reader tells apart */
	return paste(r, at, &t, 1) == 0 ? 0 : -1;
}

/* Apply edit kind to r, made from the latest revision. */
static int apply_edit(struct model *m, struct revision *r, enum edit_kind kind, uint32_t id,
		      const char *text)
{
	switch (kind) {
	case EDIT_INSERT_SENTENCE: return insert_new(m, r, ENDS_SENTENCE) == 0 ? 0 : -1;
	case EDIT_DELETE_SENTENCE: return delete_unit(m, r, ENDS_SENTENCE);
	case EDIT_REPLACE_SENTENCE: return replace_sentence(m, r);
	case EDIT_MOVE_SENTENCE: return move_somewhere(m, r, ENDS_SENTENCE);
	case EDIT_SPLIT_SENTENCE: return split_sentence(m, r);
	case EDIT_INSERT_PARAGRAPH: return insert_new(m, r, ENDS_PARAGRAPH) == 0 ? 0 : -1;
	case EDIT_DELETE_PARAGRAPH: return delete_unit(m, r, ENDS_PARAGRAPH);
	case EDIT_MOVE_PARAGRAPH: return move_somewhere(m, r, ENDS_PARAGRAPH);
	case EDIT_SPLIT_PARAGRAPH: return split_paragraph(m, r);
	case EDIT_FIX_TYPO: return fix_typo(m, r);
	case EDIT_MAKE_CORRECTION: return make_correction(r, id, text);
	case EDIT_REVERT: return revert(m, r);
	default: return repeat_word(m, r, text);
	}
}

int model_edit(struct model *m, enum edit_kind kind, uint32_t target_id, const char *target_text)
{
	struct revision *r = push_copy(m, model_latest(m));
	int rc;

	if (r == NULL)
		return -1;
	rc = apply_edit(m, r, kind, target_id, target_text);
	if (rc != 0 || m->failed) {	/* not applied: forget the copy */
		free(r->tokens);
		m->nhistory--;
	}
	return m->failed ? -1 : rc;
}
