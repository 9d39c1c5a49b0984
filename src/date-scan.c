/*
 * date-scan.c - the date scanner (date-scan.h): weekdays and dates read
 * from a paragraph, with the names of the lexicons (lexicon.h).
 *
 * The scanner looks at each word start once and reads a bounded number
 * of characters there (names of at most 15 letters, at most a few spaces
 * between parts, numbers of at most 4 digits), so a paragraph is read in
 * time linear in its length.
 */
#include <stdint.h>
#include <string.h>

#include "date-scan.h"
#include "lexicon.h"
#include "utf8.h"
#include "words.h"

/* The longest name read, with its terminating NUL. */
#define WORD_MAX 16
/* The most spaces read between two parts of a date. */
#define MAX_SPACES 4
/* The most separators, fillers or connectors read between two parts. */
#define MAX_STEPS 6

/* Marks that join weekdays into a list or a range. */
static const char *const connector_marks[] = {
	"s/d", "s.d.", "-", "/", ",", "&", "\xE2\x80\x93", "\xE2\x80\x94", NULL,
};

/* A weekday's or month's name found in a lexicon. */
struct name {
	int value;		/* the weekday or the month */
	unsigned flags;		/* LEXICON_ABBREVIATION, LEXICON_NOT_LOWER */
	int english;		/* found in the English lexicon */
};

/* --- Characters and words ---------------------------------------------- */

/* Whether byte c is an ASCII digit. */
static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* Whether byte c is an ASCII letter. */
static int is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Byte c in lowercase (ASCII). */
static int to_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* The code point at byte i < len of s into *cp; its length in bytes. */
static size_t char_at(const char *s, size_t len, size_t i, uint32_t *cp)
{
	int n = utf8_decode(s + i, len - i, cp);

	return (size_t)(n < 0 ? -n : n);
}

/* Whether cp belongs to a word: a letter or a digit of any script. */
static int is_word_cp(uint32_t cp)
{
	if (cp < 0x80)
		return is_alpha((int)cp) || is_digit((int)cp);
	return !words_is_space(cp) && !words_is_punct(cp);
}

/* Whether a word character ends just before byte i of s. */
static int word_before(const char *s, size_t i)
{
	uint32_t cp;

	if (i == 0)
		return 0;
	words_char_before(s, i, &cp);
	return is_word_cp(cp);
}

/* Whether a word character starts at byte i of the len bytes at s. */
static int word_at(const char *s, size_t len, size_t i)
{
	uint32_t cp;

	if (i >= len)
		return 0;
	char_at(s, len, i, &cp);
	return is_word_cp(cp);
}

/* i moved over at most MAX_SPACES spaces. */
static size_t skip_spaces(const char *s, size_t len, size_t i)
{
	int n;

	for (n = 0; n < MAX_SPACES && i < len; n++) {
		uint32_t cp;
		size_t step = char_at(s, len, i, &cp);

		if (!words_is_space(cp))
			break;
		i += step;
	}
	return i;
}

/* The length of the apostrophe (' or ’) at byte i, or 0. */
static size_t apostrophe_at(const char *s, size_t len, size_t i)
{
	if (s[i] == '\'')
		return 1;
	return len - i >= 3 && memcmp(s + i, "\xE2\x80\x99", 3) == 0 ? 3 : 0;
}

/* A word of ASCII letters read from the text. */
struct word {
	char lower[WORD_MAX];	/* lowercased, any apostrophe as ' */
	size_t end;		/* where it ends */
	enum date_case letter_case;
};

/* How the n letters at s are written; -1 when mixed ("JUmat"). */
static int letter_case(const char *s, size_t n)
{
	size_t i, upper = 0, lower = 0;

	for (i = 0; i < n; i++) {
		upper += s[i] >= 'A' && s[i] <= 'Z';
		lower += s[i] >= 'a' && s[i] <= 'z';
	}
	if (upper == 0)
		return DATE_LOWER;
	if (lower == 0)
		return DATE_UPPER;
	return upper == 1 && s[0] >= 'A' && s[0] <= 'Z' ? DATE_CAPITALIZED : -1;
}

/*
 * Read the whole word that starts at i (ASCII letters, apostrophes between
 * them) into w: 1, or 0 when none starts there, it is too long, mixes its
 * cases or goes on in other letters or digits.
 */
static int read_word(const char *s, size_t len, size_t i, struct word *w)
{
	char written[WORD_MAX];
	size_t n = 0, apostrophe;
	int how;

	if (word_before(s, i))
		return 0;
	while (i < len && n < WORD_MAX - 1) {
		if (is_alpha((unsigned char)s[i])) {
			written[n] = s[i];
			w->lower[n++] = (char)to_lower((unsigned char)s[i++]);
		} else if (n > 0 && (apostrophe = apostrophe_at(s, len, i)) > 0 &&
			   i + apostrophe < len && is_alpha((unsigned char)s[i + apostrophe])) {
			written[n] = '\'';
			w->lower[n++] = '\'';
			i += apostrophe;
		} else {
			break;
		}
	}
	if (n == 0 || word_at(s, len, i) || (i < len && apostrophe_at(s, len, i) &&
					     word_at(s, len, i + apostrophe_at(s, len, i))))
		return 0;
	how = letter_case(written, n);
	if (how < 0)
		return 0;
	w->lower[n] = '\0';
	w->end = i;
	w->letter_case = (enum date_case)how;
	return 1;
}

/* Whether word is in list kind of either lexicon. */
static int in_list(const char *word, enum lexicon_kind kind)
{
	size_t n = strlen(word);

	return lexicon_has(&lexicon_id, kind, word, n) || lexicon_has(&lexicon_en, kind, word, n);
}

/* Whether a name with flags may be written as w is. */
static int case_fits(unsigned flags, const struct word *w)
{
	return !(flags & LEXICON_NOT_LOWER) || w->letter_case != DATE_LOWER;
}

/* Find the word w in list kind of the English lexicon, else the
 * Indonesian, into *found: 1, or 0 when it is in neither. */
static int find_name(const struct word *w, enum lexicon_kind kind, struct name *found)
{
	size_t n = strlen(w->lower);
	const struct lexicon_entry *e = lexicon_find(&lexicon_en, kind, w->lower, n);

	found->english = e != NULL;
	if (e == NULL && (e = lexicon_find(&lexicon_id, kind, w->lower, n)) == NULL)
		return 0;
	found->value = e->value;
	found->flags = e->flags;
	return 1;
}

/* Whether the weekday name at i (the word in *w) is one: 1 and *found. */
static int weekday_at(const char *s, size_t len, size_t i, struct word *w, struct name *found)
{
	return read_word(s, len, i, w) && find_name(w, LEXICON_WEEKDAYS, found) &&
	       case_fits(found->flags, w);
}

/* Whether a month name, never lowercase, is at i (the word in *w): 1 and
 * *found. */
static int month_at(const char *s, size_t len, size_t i, struct word *w, struct name *found)
{
	return read_word(s, len, i, w) && w->letter_case != DATE_LOWER &&
	       find_name(w, LEXICON_MONTHS, found);
}

/* Where a name read as w ends, with an abbreviation's dot. */
static size_t name_end(const char *s, size_t len, const struct word *w, unsigned flags)
{
	return (flags & LEXICON_ABBREVIATION) && w->end < len && s[w->end] == '.' ? w->end + 1 : w->end;
}

/* The literal of the NULL-terminated list that starts at i: its length, or 0. */
static size_t literal_at(const char *s, size_t len, size_t i, const char *const *list)
{
	for (; *list != NULL; list++) {
		size_t n = strlen(*list);

		if (len - i >= n && memcmp(s + i, *list, n) == 0)
			return n;
	}
	return 0;
}

/* --- Numbers ----------------------------------------------------------- */

/* The run of digits at i: its length (0 when none or longer than max),
 * its value in *value. */
static size_t digits_at(const char *s, size_t len, size_t i, size_t max, int *value)
{
	size_t n = 0;
	int v = 0;

	for (; i + n < len && is_digit((unsigned char)s[i + n]); n++) {
		if (n == max)
			return 0;
		v = v * 10 + (s[i + n] - '0');
	}
	*value = v;
	return n;
}

/* Whether c is a mark numbers are joined with ("25/10", "10.30", "3-1"). */
static int is_joiner(int c)
{
	return c != '\0' && strchr("/-.:,", c) != NULL;
}

/* Whether the code point cp is a dash (en or em). */
static int is_long_dash(uint32_t cp)
{
	return cp == 0x2013 || cp == 0x2014;
}

/* Whether a number may start at i: no word before it, nor a number
 * joined to it ("1.25/10", "21-23", "2024/10/25"). */
static int number_starts(const char *s, size_t i)
{
	uint32_t cp;
	size_t p;

	if (word_before(s, i))
		return 0;
	if (i == 0)
		return 1;
	p = words_char_before(s, i, &cp);
	return !((is_joiner((int)cp) || is_long_dash(cp)) && p > 0 &&
		 is_digit((unsigned char)s[p - 1]));
}

/* Whether a number may end at i: no word goes on, nor another number
 * joined to it ("25/10/2020/1", "10.30"). */
static int number_ends(const char *s, size_t len, size_t i)
{
	if (word_at(s, len, i))
		return 0;
	return !(i + 1 < len && is_joiner((unsigned char)s[i]) && is_digit((unsigned char)s[i + 1]));
}

/* Whether a dash (-, en or em) is at i: its length, or 0. */
static size_t dash_at(const char *s, size_t len, size_t i)
{
	uint32_t cp;
	size_t n;

	if (i >= len)
		return 0;
	n = char_at(s, len, i, &cp);
	return cp == '-' || is_long_dash(cp) ? n : 0;
}

/* Whether a dash and a digit follow i: a range of days ("21-23"). */
static int range_follows(const char *s, size_t len, size_t i)
{
	size_t n = dash_at(s, len, i);

	return n > 0 && i + n < len && is_digit((unsigned char)s[i + n]);
}

/* Where an English ordinal's suffix after a day at i ends ("25th"). */
static size_t ordinal_end(const char *s, size_t len, size_t i)
{
	static const char *const suffixes[] = { "st", "nd", "rd", "th", NULL };
	size_t n;

	if (i + 2 > len)
		return i;
	for (n = 0; suffixes[n] != NULL; n++)
		if (to_lower((unsigned char)s[i]) == suffixes[n][0] &&
		    to_lower((unsigned char)s[i + 1]) == suffixes[n][1] && !word_at(s, len, i + 2))
			return i + 2;
	return i;
}

/* --- The words around a weekday ------------------------------------- */

/*
 * The word that ends before i, across one to MAX_SPACES spaces, lowercased
 * into buf (WORD_MAX bytes): its length, or 0 when there is none, it is
 * longer or not of ASCII letters and digits, or ends a number ("10.00").
 */
static size_t previous_word(const char *s, size_t i, char *buf)
{
	size_t j = i, start, n;
	int spaces;
	uint32_t cp;

	for (spaces = 0; j > 0 && spaces < MAX_SPACES; spaces++) {
		size_t p = words_char_before(s, j, &cp);

		if (!words_is_space(cp))
			break;
		j = p;
	}
	if (spaces == 0)
		return 0;
	for (start = j; start > 0 && j - start < WORD_MAX - 1; start--)
		if (!is_alpha((unsigned char)s[start - 1]) && !is_digit((unsigned char)s[start - 1]))
			break;
	if (start == j || !number_starts(s, start))
		return 0;
	for (n = 0; start + n < j; n++)
		buf[n] = (char)to_lower((unsigned char)s[start + n]);
	buf[n] = '\0';
	return n;
}

/* Whether the word before i counts what follows: digits or a number. */
static int counted(const char *s, size_t i)
{
	char word[WORD_MAX];
	size_t n = previous_word(s, i, word), k;

	for (k = 0; k < n && is_digit((unsigned char)word[k]); k++)
		;
	return n > 0 && (k == n || in_list(word, LEXICON_COUNT_WORDS));
}

/* Whether the word before i is one of list. */
static int preceded_by(const char *s, size_t i, enum lexicon_kind list)
{
	char word[WORD_MAX];

	return previous_word(s, i, word) > 0 && in_list(word, list);
}

/* Whether a word of list follows i after a space. */
static int followed_by(const char *s, size_t len, size_t i, enum lexicon_kind list)
{
	size_t k = skip_spaces(s, len, i);
	struct word w;

	return k > i && read_word(s, len, k, &w) && in_list(w.lower, list);
}

/* --- Dates ------------------------------------------------------------- */

/* What reading a date after a weekday finds. */
enum date_found {
	DATE_NONE,
	DATE_FOUND,
	DATE_RANGE,	/* a range of days: the weekday is no one day either */
};

/* Set d's year to the digits year_digits long that end at end. */
static void set_year(struct date_written *d, int year, size_t digits, size_t end)
{
	d->year = year;
	d->year_digits = (int)digits;
	d->year_start = end - digits;
	d->year_end = end;
	d->end = end;
}

/* Set d's day and month from the first two numbers a and b of a numeric
 * date: day first, month first in English when only that is a date. */
static void order_numbers(struct date_written *d, int a, int b, int english)
{
	d->day = a;
	d->month = b;
	if (!english || a < 1 || a > 12)
		return;
	if (b > 12) {
		d->day = b;
		d->month = a;
	} else if (b >= 1 && a != b) {
		d->ambiguous = 1;
	}
}

/* Read "2024-10-25" at i into d; 1 on success. */
static int iso_date(const char *s, size_t len, size_t i, struct date_written *d)
{
	int year, month, day;

	if (s[i] != '1' && s[i] != '2')
		return 0;
	if (digits_at(s, len, i, 4, &year) != 4 || i + 5 >= len || s[i + 4] != '-' ||
	    digits_at(s, len, i + 5, 2, &month) != 2 || i + 8 >= len || s[i + 7] != '-' ||
	    digits_at(s, len, i + 8, 2, &day) != 2 || !number_ends(s, len, i + 10))
		return 0;
	d->start = i;
	d->day = day;
	d->month = month;
	set_year(d, year, 4, i + 10);
	return 1;
}

/*
 * Read a numeric date at i into d: d/m/y (y of 2 or 4 digits), d-m-yyyy,
 * d.m.yyyy, yyyy-mm-dd, and d/m when yearless is set; 1 on success.
 */
static int numeric_date(const char *s, size_t len, size_t i, int english, int yearless,
			struct date_written *d)
{
	int a, b, c;
	size_t na = digits_at(s, len, i, 4, &a), nb, nc = 0, j;
	char sep;

	if (na == 4)
		return iso_date(s, len, i, d);
	if (na == 0 || na > 2 || i + na + 1 >= len || !is_joiner((unsigned char)s[i + na]) ||
	    s[i + na] == ':' || s[i + na] == ',')
		return 0;
	sep = s[i + na];
	j = i + na + 1;
	nb = digits_at(s, len, j, 2, &b);
	if (nb == 0)
		return 0;
	j += nb;
	if (j + 1 < len && s[j] == sep && is_digit((unsigned char)s[j + 1]))
		nc = digits_at(s, len, j + 1, 4, &c);
	if (nc == 4 || (nc == 2 && sep == '/'))
		set_year(d, c, nc, j + 1 + nc);
	else if (nc == 0 && yearless && sep == '/')
		d->end = j;
	else
		return 0;
	if (!number_ends(s, len, d->end))
		return 0;
	d->start = i;
	order_numbers(d, a, b, english);
	/* neither a day nor a month ("99-13-2024"): a code, not a date */
	return d->day <= 31 || d->month <= 12;
}

/* Take a four-digit year after i (", 2024" or " 2024") into d, if one
 * follows. */
static void year_after(const char *s, size_t len, size_t i, struct date_written *d)
{
	size_t j = i < len && s[i] == ',' ? i + 1 : i, k = skip_spaces(s, len, j);
	int year;

	if (k > j && digits_at(s, len, k, 4, &year) == 4 && number_ends(s, len, k + 4))
		set_year(d, year, 4, k + 4);
}

/* Read "25 Oktober 2024", "25 Oct", "25th of October" at i into d; 1 on
 * success. */
static int day_month_date(const char *s, size_t len, size_t i, struct date_written *d)
{
	struct name month;
	struct word w;
	int day;
	size_t n = digits_at(s, len, i, 2, &day), j, k;

	if (n == 0)
		return 0;
	j = ordinal_end(s, len, i + n);
	k = skip_spaces(s, len, j);
	if (k == j)
		return 0;
	if (read_word(s, len, k, &w) && strcmp(w.lower, "of") == 0 && w.letter_case == DATE_LOWER)
		k = skip_spaces(s, len, w.end);
	if (!month_at(s, len, k, &w, &month))
		return 0;
	d->start = i;
	d->end = w.end;
	d->day = day;
	d->month = month.value;
	year_after(s, len, name_end(s, len, &w, month.flags), d);
	return 1;
}

/*
 * Read "October 25, 2024", "Oct. 25" at i into d: English names only, and
 * an abbreviation without its dot only in English text ("Jun 31" is a
 * name and an age in Indonesian); 1 on success; *range set when the day
 * starts a range ("Oct. 21-23").
 */
static int month_day_date(const char *s, size_t len, size_t i, int english, struct date_written *d,
			  int *range)
{
	struct name month;
	struct word w;
	int day;
	size_t j, k, n, end;

	if (!month_at(s, len, i, &w, &month) || !month.english)
		return 0;
	j = name_end(s, len, &w, month.flags);
	if (j == w.end && (month.flags & LEXICON_ABBREVIATION) && !english)
		return 0;
	k = skip_spaces(s, len, j);
	if (k == j || (n = digits_at(s, len, k, 2, &day)) == 0)
		return 0;
	if (range_follows(s, len, k + n)) {
		*range = 1;
		return 0;
	}
	end = ordinal_end(s, len, k + n);
	if (!number_ends(s, len, end))
		return 0;
	d->start = i;
	d->end = end;
	d->day = day;
	d->month = month.value;
	year_after(s, len, end, d);
	return 1;
}

/* Read the date at i into d (yearless numeric dates only after a
 * weekday). */
static enum date_found date_at(const char *s, size_t len, size_t i, int english,
			       int after_weekday, struct date_written *d)
{
	int range = 0, day;
	size_t n;

	memset(d, 0, sizeof *d);
	if (i >= len)
		return DATE_NONE;
	if (!is_digit((unsigned char)s[i]))
		return month_day_date(s, len, i, english, d, &range) ? DATE_FOUND :
		       range ? DATE_RANGE : DATE_NONE;
	if (!number_starts(s, i))
		return DATE_NONE;
	if (numeric_date(s, len, i, english, after_weekday, d) || day_month_date(s, len, i, d))
		return DATE_FOUND;
	memset(d, 0, sizeof *d);
	n = digits_at(s, len, i, 2, &day);
	return n > 0 && range_follows(s, len, i + n) ? DATE_RANGE : DATE_NONE;
}

/* --- Weekdays ---------------------------------------------------------- */

/* Where the date after a weekday ending at i would start: past a time of
 * day ("malam"), a comma, an opening bracket, "tanggal" or "the". */
static size_t date_position(const char *s, size_t len, size_t i)
{
	size_t j = i, k = i;
	struct word w;
	int step;

	for (step = 0; step < MAX_STEPS; step++) {
		k = skip_spaces(s, len, j);
		if (k < len && (s[k] == ',' || s[k] == '('))
			j = k + 1;
		else if (read_word(s, len, k, &w) && in_list(w.lower, LEXICON_DATE_FILLERS))
			j = w.end;
		else
			break;
	}
	return k;
}

/* Fill *out with the weekday name (written as w) that starts at i. */
static void set_weekday(struct date_weekday *out, const struct name *name, const struct word *w,
			size_t i)
{
	out->wday = name->value;
	out->english = name->english;
	out->abbreviated = (name->flags & LEXICON_ABBREVIATION) != 0;
	out->letter_case = w->letter_case;
	out->start = i;
	out->end = w->end;
}

/* The end of a weekday that follows i after a connector ("-Rabu", " dan
 * Jumat", " to Wednesday", ", Sabtu"), or 0; the weekday into *found. */
static size_t listed_weekday(const char *s, size_t len, size_t i, struct date_weekday *found)
{
	struct name name;
	struct word w;
	size_t j = i, k = i, n;
	int step, joined = 0;

	for (step = 0; step < MAX_STEPS; step++) {
		k = skip_spaces(s, len, j);
		if ((n = literal_at(s, len, k, connector_marks)) > 0)
			j = k + n;
		else if (read_word(s, len, k, &w) && in_list(w.lower, LEXICON_CONNECTORS))
			j = w.end;
		else
			break;
		joined = 1;
	}
	if (!joined || !weekday_at(s, len, k, &w, &name))
		return 0;
	set_weekday(found, &name, &w, k);
	return name_end(s, len, &w, name.flags);
}

/* The end of the weekdays listed after the one that ends at i, or 0 when
 * none is; *count gets how many are. */
static size_t list_end(const char *s, size_t len, size_t i, int *count)
{
	struct date_weekday found;
	size_t end = 0, next;

	*count = 0;
	while ((next = listed_weekday(s, len, end ? end : i, &found)) != 0) {
		end = next;
		++*count;
	}
	return end;
}

/* Read the days "6–8" at i into r (and the first into d->day): where they
 * end, or 0 when there are none or the first is not the smaller. */
static size_t day_pair(const char *s, size_t len, size_t i, struct date_written *d,
		       struct date_range_end *r)
{
	size_t n = digits_at(s, len, i, 2, &d->day), dash, m;

	if (n == 0 || !number_starts(s, i) || (dash = dash_at(s, len, i + n)) == 0)
		return 0;
	m = digits_at(s, len, i + n + dash, 2, &r->day);
	if (m == 0 || r->day <= d->day)
		return 0;
	r->first_day_start = i;
	r->first_day_end = i + n;
	r->day_start = i + n + dash;
	r->day_end = i + n + dash + m;
	return r->day_end;
}

/* Read the month (and year) after the days of a range ending at i:
 * "/10", "/10/2025", "/10/25" or " Oktober 2025", into d; 1 on success. */
static int range_month(const char *s, size_t len, size_t i, struct date_written *d)
{
	struct name month;
	struct word w;
	size_t n, k;
	int year;

	if (i + 1 < len && s[i] == '/' && (n = digits_at(s, len, i + 1, 2, &d->month)) > 0) {
		d->end = i + 1 + n;
		k = d->end + 1;
		if (d->end < len && s[d->end] == '/' && ((n = digits_at(s, len, k, 4, &year)) == 4 || n == 2))
			set_year(d, year, n, k + n);
		return number_ends(s, len, d->end);
	}
	i = ordinal_end(s, len, i);
	k = skip_spaces(s, len, i);
	if (k == i || !month_at(s, len, k, &w, &month))
		return 0;
	d->month = month.value;
	d->end = w.end;
	year_after(s, len, name_end(s, len, &w, month.flags), d);
	return 1;
}

/* Read the days of a range at i into d and r: "6–8/10", "9–11 Oktober
 * 2025", "Oct. 21-23" (English names only); 1 on success. */
static int day_range_at(const char *s, size_t len, size_t i, struct date_written *d,
			struct date_range_end *r)
{
	struct name month;
	struct word w;
	size_t j, k, end;

	memset(d, 0, sizeof *d);
	d->start = i;
	if (i < len && is_digit((unsigned char)s[i]))
		return (end = day_pair(s, len, i, d, r)) != 0 && range_month(s, len, end, d);
	if (!month_at(s, len, i, &w, &month) || !month.english)
		return 0;
	j = name_end(s, len, &w, month.flags);
	k = skip_spaces(s, len, j);
	if (k == j || (end = day_pair(s, len, k, d, r)) == 0)
		return 0;
	end = ordinal_end(s, len, end);
	if (!number_ends(s, len, end))
		return 0;
	d->month = month.value;
	d->end = end;
	year_after(s, len, end, d);
	return 1;
}

/*
 * Read the range of two weekdays whose first ends at after (the second
 * ends at listed) with its days into m: 1 when there is one.
 */
static int range_mention(const char *s, size_t len, size_t after, size_t listed,
			 struct date_mention *m)
{
	struct date_weekday second;

	if (listed_weekday(s, len, after, &second) != listed ||
	    !day_range_at(s, len, date_position(s, len, listed), &m->date, &m->last))
		return 0;
	m->last.weekday = second;
	m->end = m->date.end;
	return 1;
}

/*
 * Read the mention of the weekday name (written as w) at i into m: 1 when
 * it is one, 0 when it is left out; *next is where to read on.
 */
static int weekday_mention(const char *s, size_t len, size_t i, int english,
			   const struct name *name, const struct word *w,
			   struct date_mention *m, size_t *next)
{
	size_t after = name_end(s, len, w, name->flags), listed;
	enum date_found found;
	int count;

	*next = after;
	if (counted(s, i))
		return 0;
	set_weekday(&m->weekday, name, w, i);
	m->start = i;
	if ((listed = list_end(s, len, after, &count)) != 0) {
		*next = listed;
		if (count != 1 || !range_mention(s, len, after, listed, m))
			return 0;
		*next = m->end;
		return 1;
	}
	/* relative ("Jumat lalu") or a compound ("Minggu-minggu") */
	if (followed_by(s, len, after, LEXICON_RELATIVE_AFTER) ||
	    (after + 1 < len && s[after] == '-' && is_alpha((unsigned char)s[after + 1])))
		return 0;
	found = date_at(s, len, date_position(s, len, after), english, 1, &m->date);
	if (found == DATE_FOUND) {
		m->end = *next = m->date.end;
		return 1;
	}
	m->end = w->end;
	return found == DATE_NONE && !m->weekday.abbreviated &&
	       !preceded_by(s, i, LEXICON_RELATIVE_BEFORE);
}

/* The end of the run of ASCII letters and digits at i. */
static size_t run_end(const char *s, size_t len, size_t i)
{
	while (i < len && (is_alpha((unsigned char)s[i]) || is_digit((unsigned char)s[i])))
		i++;
	return i;
}

/* Read the weekday in parentheses right after the date of m, if there is
 * one, into m: "30 Agustus 2025 (Jumat)", "October 25, 2024 (Friday)"; 1
 * when there is. */
static int weekday_after(const char *s, size_t len, struct date_mention *m)
{
	size_t k = skip_spaces(s, len, m->date.end), end;
	struct name name;
	struct word w;

	if (k == m->date.end || k + 1 >= len || s[k] != '(' ||
	    !weekday_at(s, len, k + 1, &w, &name))
		return 0;
	end = name_end(s, len, &w, name.flags);
	if (end >= len || s[end] != ')')
		return 0;
	set_weekday(&m->weekday, &name, &w, k + 1);
	m->end = w.end;
	return 1;
}

/* Read a mention that starts at i into m: 1 when one does; *next is
 * where to read on (past i, and past the word at i when it is none). */
static int mention_at(const char *s, size_t len, size_t i, int english, struct date_mention *m,
		      size_t *next)
{
	struct name name;
	unsigned char c = (unsigned char)s[i];
	struct word w;
	uint32_t cp;

	memset(m, 0, sizeof *m);
	m->weekday.wday = -1;
	m->last.weekday.wday = -1;
	if (!is_alpha(c) && !is_digit(c)) {
		*next = c < 0x80 ? i + 1 : i + char_at(s, len, i, &cp);
		return 0;
	}
	*next = run_end(s, len, i);
	if (word_before(s, i))
		return 0;
	if (is_alpha(c) && weekday_at(s, len, i, &w, &name))
		return weekday_mention(s, len, i, english, &name, &w, m, next);
	if (date_at(s, len, i, english, 0, &m->date) != DATE_FOUND)
		return 0;
	m->start = m->date.start;
	m->end = *next = m->date.end;
	if (weekday_after(s, len, m))
		*next = m->end;
	return 1;
}

int date_scan_next(const char *s, size_t len, size_t from, int english, struct date_mention *m)
{
	size_t i = from, next;

	while (i < len) {
		if (mention_at(s, len, i, english, m, &next))
			return 1;
		i = next;
	}
	return 0;
}

