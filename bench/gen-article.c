/*
 * gen-article.c - write a synthetic news article for the benchmarks.
 *
 * `gen-article SIZE OUTFILE` writes about SIZE bytes (1024, 64K, 1M, 100M,
 * 1G) of a deterministic article: a short title line, then one paragraph
 * per line.  The text mixes Indonesian and English with some multibyte
 * characters (é, —, “ ”, Hangul, kana) and quotes with attributions, and is
 * already in tanda's normal form (LF endings, valid UTF-8, single spaces,
 * no blank lines, a final newline), so loading it needs no rewriting.
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "source.h"

/* Paragraph lengths in bytes, without the newline. */
#define PARAGRAPH_MIN 150
#define PARAGRAPH_MAX 700
/* Room for a paragraph and the sentence that may not fit in it. */
#define TEXT_CAP 2048
/* The fixed seed: every run writes the same article. */
#define SEED 0x74616E6461ull	/* "tanda" */

#define COUNT(list) (sizeof (list) / sizeof (list)[0])
#define PICK(rng, list) ((list)[below((rng), COUNT(list))])

static const char *const indonesian_words[] = {
	"yang", "dan", "di", "ke", "dari", "ini", "itu", "dengan", "untuk",
	"pada", "dalam", "tidak", "akan", "juga", "telah", "oleh", "bahwa",
	"karena", "mereka", "sudah", "setelah", "tersebut", "masih", "belum",
	"pemerintah", "rakyat", "negara", "kota", "warga", "pasar", "harga",
	"beras", "minyak", "goreng", "jalan", "banjir", "hujan", "sekolah",
	"guru", "murid", "rumah", "sakit", "dokter", "pemilu", "partai",
	"presiden", "menteri", "gubernur", "anggaran", "ekonomi", "pertumbuhan",
	"investasi", "pelabuhan", "kereta", "bandara", "program", "bantuan",
	"sosial", "kebijakan", "laporan", "data", "survei", "penduduk",
	"wilayah", "provinsi", "desa", "petani", "nelayan", "pekerja", "upah",
	"minimum", "naik", "turun", "baru", "besar", "kecil", "penting",
	"sejumlah", "beberapa", "banyak", "semua", "tahun", "bulan", "minggu",
	"hari", "pagi", "malam", "kemarin", "membangun", "menyampaikan",
	"meningkatkan", "mendorong", "memastikan", "menjelaskan", "membahas",
	"mengumumkan", "persen", "rupiah", "triliun",
};

static const char *const english_words[] = {
	"the", "and", "of", "to", "in", "on", "a", "is", "are", "was", "were",
	"that", "which", "with", "for", "from", "by", "not", "also", "this",
	"has", "have", "been", "will", "would", "after", "before", "during",
	"government", "residents", "city", "market", "prices", "rice", "oil",
	"flood", "rain", "school", "teachers", "hospital", "election", "party",
	"president", "minister", "governor", "budget", "economy", "growth",
	"investment", "port", "railway", "airport", "programme", "aid",
	"policy", "report", "survey", "province", "village", "farmers",
	"fishermen", "workers", "wages", "rose", "fell", "new", "large",
	"small", "important", "several", "many", "year", "month", "week",
	"morning", "night", "yesterday", "officials", "announced", "expected",
	"analysts", "exports", "imports", "coal", "nickel", "palm", "tourism",
	"visitors", "percent", "billion",
};

/* Names and places, some of them multibyte, mixed into any sentence. */
static const char *const proper_nouns[] = {
	"Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Yogyakarta",
	"Bali", "Seoul", "Tokyo", "Singapore", "서울", "한국", "부산",
	"カタカナ", "トウキョウ", "ソウル", "Pokémon", "Café Batavia",
	"Bank Indonesia", "DPR", "ASEAN", "Garuda",
};

/* The people quoted. */
static const char *const speakers[] = {
	"Joko Widodo", "Sri Mulyani", "Prabowo Subianto", "Anies Baswedan",
	"Budi Santoso", "Siti Rahayu", "Dewi Lestari", "Ahmad Fauzi",
	"Rina Kartika", "José Ramos-Horta", "Renée Halim", "윤석열", "이재명",
	"Yoon Suk-yeol", "Fumio Kishida", "タナカ", "スズキ ハナコ",
};

/* Text being built, always valid UTF-8 with single spaces. */
struct text {
	char bytes[TEXT_CAP];
	size_t len;
};

/* The next number from a splitmix64 generator. */
static uint64_t next_random(uint64_t *state)
{
	uint64_t z = (*state += 0x9E3779B97F4A7C15ull);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

/* A number in [0, n), n > 0 (the modulo bias is irrelevant here). */
static size_t below(uint64_t *rng, size_t n)
{
	return (size_t)(next_random(rng) % n);
}

/* A number in [lo, hi]. */
static size_t between(uint64_t *rng, size_t lo, size_t hi)
{
	return lo + below(rng, hi - lo + 1);
}

/* Whether an event of probability percent/100 happens. */
static int chance(uint64_t *rng, unsigned percent)
{
	return below(rng, 100) < percent;
}

/* Append the n bytes at s to t; the capacity is never reached by
 * construction. */
static void put_bytes(struct text *t, const char *s, size_t n)
{
	if (t->len + n > sizeof t->bytes) {
		fputs("gen-article: internal error: text too long\n", stderr);
		exit(1);
	}
	memcpy(t->bytes + t->len, s, n);
	t->len += n;
}

/* Append the string s to t. */
static void put(struct text *t, const char *s)
{
	put_bytes(t, s, strlen(s));
}

/* Append the text of from to t. */
static void put_text(struct text *t, const struct text *from)
{
	put_bytes(t, from->bytes, from->len);
}

/* Upper-case the byte at offset at, if it is an ASCII lowercase letter. */
static void capitalize(struct text *t, size_t at)
{
	char *c = &t->bytes[at];

	if (*c >= 'a' && *c <= 'z')
		*c = (char)(*c - 'a' + 'A');
}

/* Append n words of the language (1: Indonesian, 0: English), a space
 * before each but the first, sprinkled with names and places. */
static void put_words(uint64_t *rng, struct text *t, int indonesian, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			put(t, " ");
		if (chance(rng, 8))
			put(t, PICK(rng, proper_nouns));
		else if (indonesian)
			put(t, PICK(rng, indonesian_words));
		else
			put(t, PICK(rng, english_words));
	}
}

/* A plain statement, sometimes with an aside after an em dash. */
static void put_statement(uint64_t *rng, struct text *t, int indonesian)
{
	size_t start = t->len;

	put_words(rng, t, indonesian, between(rng, 6, 16));
	capitalize(t, start);
	if (chance(rng, 15)) {
		put(t, " — ");
		put_words(rng, t, indonesian, between(rng, 3, 8));
	}
	put(t, ".");
}

/* A quote with its attribution: “…,” kata X. or “…,” X said. */
static void put_quote(uint64_t *rng, struct text *t, int indonesian)
{
	size_t start;

	put(t, "“");
	start = t->len;
	put_words(rng, t, indonesian, between(rng, 5, 14));
	capitalize(t, start);
	put(t, ",” ");
	if (indonesian) {
		put(t, "kata ");
		put(t, PICK(rng, speakers));
	} else {
		put(t, PICK(rng, speakers));
		put(t, " said");
	}
	put(t, ".");
}

/* Append one sentence, in one language, to t. */
static void put_sentence(uint64_t *rng, struct text *t)
{
	int indonesian = chance(rng, 60);

	if (chance(rng, 20))
		put_quote(rng, t, indonesian);
	else
		put_statement(rng, t, indonesian);
}

/* Make t a paragraph of PARAGRAPH_MIN to PARAGRAPH_MAX bytes. */
static void make_paragraph(uint64_t *rng, struct text *t)
{
	size_t target = between(rng, PARAGRAPH_MIN, PARAGRAPH_MAX);

	t->len = 0;
	while (t->len < target) {
		struct text sentence = { .len = 0 };

		put_sentence(rng, &sentence);
		if (t->len > 0 && t->len + 1 + sentence.len > PARAGRAPH_MAX) {
			if (t->len >= PARAGRAPH_MIN)
				break;
			continue;	/* too short still: try a shorter sentence */
		}
		if (t->len > 0)
			put(t, " ");
		put_text(t, &sentence);
	}
}

/* Make t a title: a few capitalized words and no final period. */
static void make_title(uint64_t *rng, struct text *t)
{
	size_t words = between(rng, 4, 9), i;

	t->len = 0;
	for (i = 0; i < words; i++) {
		size_t start;

		if (i > 0)
			put(t, " ");
		start = t->len;
		put(t, PICK(rng, indonesian_words));
		capitalize(t, start);
	}
}


/* Write the line in t and its newline to out. */
static void write_line(FILE *out, const struct text *t)
{
	fwrite(t->bytes, 1, t->len, out);
	putc('\n', out);
}

/* Write the title and then paragraphs while they fit in size bytes. */
static void write_article(FILE *out, uint64_t size)
{
	uint64_t rng = SEED, written;
	struct text t;

	make_title(&rng, &t);
	write_line(out, &t);
	written = t.len + 1;
	for (;;) {
		make_paragraph(&rng, &t);
		if (written + t.len + 1 > size)
			break;
		write_line(out, &t);
		written += t.len + 1;
	}
}

/* gen-article SIZE OUTFILE: write the article, or explain the usage. */
int main(int argc, char **argv)
{
	static char buffer[1 << 20];
	uint64_t size;
	FILE *out;

	if (argc != 3 || source_parse_size(argv[1], &size) != 0) {
		fputs("usage: gen-article SIZE OUTFILE  (SIZE: bytes, or with K, M, G)\n",
		      stderr);
		return 2;
	}
	out = fopen(argv[2], "wb");
	if (out == NULL) {
		fprintf(stderr, "gen-article: %s: %s\n", argv[2], strerror(errno));
		return 1;
	}
	setvbuf(out, buffer, _IOFBF, sizeof buffer);
	write_article(out, size);
	if (ferror(out) | fclose(out)) {
		fprintf(stderr, "gen-article: %s: write error\n", argv[2]);
		return 1;
	}
	return 0;
}
