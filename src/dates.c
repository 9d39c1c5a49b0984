/*
 * dates.c - the date check: weekdays and dates read from each paragraph
 * (dates.h), checked against the Gregorian calendar and the publication
 * date, and reported as findings (check.h).
 *
 * The scanner looks at each word start once and reads a bounded number
 * of characters there (names of at most 15 letters, at most a few spaces
 * between parts, numbers of at most 4 digits), so a paragraph is read in
 * time linear in its length.  check_dates reads the text twice at most:
 * once for the latest full date when there is no publication date, once
 * for the findings.
 *
 * What is reported, and how, is described above check_dates below.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "dates.h"
#include "utf8.h"
#include "words.h"

#define COUNT(a) (sizeof (a) / sizeof (a)[0])

/* The longest name read, with its terminating NUL. */
#define WORD_MAX 16
/* The most spaces read between two parts of a date. */
#define MAX_SPACES 4
/* The most separators, fillers or connectors read between two parts. */
#define MAX_STEPS 6

/* Flags of names. */
#define NAME_ENGLISH 1u		/* English: a month name that may precede the day */
#define NAME_ABBREVIATION 2u	/* abbreviated: may take a dot */
#define NAME_NOT_LOWER 4u	/* only capitalized or in capitals */

/* A weekday's name, lowercase. */
struct weekday_name {
	const char *name;
	int wday;
	unsigned flags;
};

/* A month's name, lowercase. */
struct month_name {
	const char *name;
	int month;
	unsigned flags;
};

static const struct weekday_name weekday_names[] = {
	{ "minggu", 0, NAME_NOT_LOWER }, { "ahad", 0, 0 }, { "senin", 1, 0 },
	{ "selasa", 2, 0 }, { "rabu", 3, 0 }, { "kamis", 4, 0 }, { "jumat", 5, 0 },
	{ "jum'at", 5, 0 }, { "jumaat", 5, 0 }, { "sabtu", 6, 0 },
	{ "sunday", 0, NAME_ENGLISH }, { "monday", 1, NAME_ENGLISH },
	{ "tuesday", 2, NAME_ENGLISH }, { "wednesday", 3, NAME_ENGLISH },
	{ "thursday", 4, NAME_ENGLISH }, { "friday", 5, NAME_ENGLISH },
	{ "saturday", 6, NAME_ENGLISH },
#define ABBREVIATION (NAME_ENGLISH | NAME_ABBREVIATION | NAME_NOT_LOWER)
	{ "sun", 0, ABBREVIATION }, { "mon", 1, ABBREVIATION }, { "tue", 2, ABBREVIATION },
	{ "tues", 2, ABBREVIATION }, { "wed", 3, ABBREVIATION }, { "weds", 3, ABBREVIATION },
	{ "thu", 4, ABBREVIATION }, { "thur", 4, ABBREVIATION }, { "thurs", 4, ABBREVIATION },
	{ "fri", 5, ABBREVIATION }, { "sat", 6, ABBREVIATION },
};

#define EN NAME_ENGLISH
#define ID_ABBREVIATION NAME_ABBREVIATION
static const struct month_name month_names[] = {
	{ "januari", 1, 0 }, { "january", 1, EN }, { "jan", 1, ABBREVIATION },
	{ "februari", 2, 0 }, { "pebruari", 2, 0 }, { "february", 2, EN },
	{ "feb", 2, ABBREVIATION }, { "peb", 2, ID_ABBREVIATION },
	{ "maret", 3, 0 }, { "march", 3, EN }, { "mar", 3, ABBREVIATION },
	{ "april", 4, EN }, { "apr", 4, ABBREVIATION },
	{ "mei", 5, 0 }, { "may", 5, EN },
	{ "juni", 6, 0 }, { "june", 6, EN }, { "jun", 6, ABBREVIATION },
	{ "juli", 7, 0 }, { "july", 7, EN }, { "jul", 7, ABBREVIATION },
	{ "agustus", 8, 0 }, { "august", 8, EN }, { "aug", 8, ABBREVIATION },
	{ "agu", 8, ID_ABBREVIATION }, { "ags", 8, ID_ABBREVIATION },
	{ "agt", 8, ID_ABBREVIATION }, { "agust", 8, ID_ABBREVIATION },
	{ "september", 9, EN }, { "sep", 9, ABBREVIATION }, { "sept", 9, ABBREVIATION },
	{ "oktober", 10, 0 }, { "october", 10, EN }, { "okt", 10, ID_ABBREVIATION },
	{ "oct", 10, ABBREVIATION },
	{ "november", 11, EN }, { "nopember", 11, 0 }, { "nov", 11, ABBREVIATION },
	{ "nop", 11, ID_ABBREVIATION },
	{ "desember", 12, 0 }, { "december", 12, EN }, { "des", 12, ID_ABBREVIATION },
	{ "dec", 12, ABBREVIATION },
};
#undef EN
#undef ID_ABBREVIATION
#undef ABBREVIATION

/* Words before a weekday that count it: "dua minggu" is two weeks. */
static const char *const count_words[] = {
	"satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
	"sepuluh", "sebelas", "belas", "puluh", "beberapa", "sejumlah", "berapa",
	"two", "three", "four", "five", "few", "several", NULL,
};

/* Words before a weekday alone that make it no one day. */
static const char *const relative_before[] = {
	"setiap", "tiap", "saban", "every", "each", "last", "next", "this", "coming",
	"past", NULL,
};

/* Words after a weekday that make it relative, or "minggu" a week. */
static const char *const relative_after[] = {
	"lalu", "depan", "ini", "itu", "kemarin", "mendatang", "nanti", "pekan", "minggu",
	"sebelumnya", "berikutnya", "kedua", "pertama", "ketiga", "keempat", "terakhir",
	"next", "last", "week", NULL,
};

/* Words between a weekday and its date: a time of day, "tanggal". */
static const char *const date_fillers[] = {
	"pagi", "siang", "sore", "malam", "petang", "subuh", "dini", "hari", "tanggal",
	"tgl", "morning", "afternoon", "evening", "night", "the", NULL,
};

/* Words that join weekdays into a list or a range. */
static const char *const connector_words[] = {
	"dan", "hingga", "sampai", "dengan", "atau", "sd", "and", "to", "through", "thru",
	"until", "till", "or", NULL,
};

/* Marks that join weekdays into a list or a range. */
static const char *const connector_marks[] = {
	"s/d", "s.d.", "-", "/", ",", "&", "\xE2\x80\x93", "\xE2\x80\x94", NULL,
};

static const char *const english_days[7] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};
static const char *const english_day_abbreviations[7] = {
	"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat",
};
static const char *const indonesian_days[7] = {
	"Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu",
};
static const char *const english_months[13] = {
	"", "January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December",
};

/* --- The calendar ------------------------------------------------------ */

int dates_is_leap(int year)
{
	return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int dates_days_in_month(int year, int month)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (month < 1 || month > 12)
		return 0;
	if (month == 2 && (year == 0 || dates_is_leap(year)))
		return 29;
	return days[month - 1];
}

long dates_day_number(int year, int month, int day)
{
	/* H. Hinnant's days_from_civil: years start in March */
	long y = (long)year - (month <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * ((month + 9) % 12) + 2) / 5 + day - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

void dates_from_day_number(long days, int *year, int *month, int *day)
{
	long z = days + 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	long m = mp < 10 ? mp + 3 : mp - 9;

	*day = (int)(doy - (153 * mp + 2) / 5 + 1);
	*month = (int)m;
	*year = (int)(yoe + era * 400 + (m <= 2));
}

int dates_weekday(int year, int month, int day)
{
	/* 1970-01-01 was a Thursday */
	return (int)((dates_day_number(year, month, day) % 7 + 11) % 7);
}

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

/* Byte c in capitals (ASCII). */
static int to_upper(int c)
{
	return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
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
	enum dates_case letter_case;
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
		return DATES_LOWER;
	if (lower == 0)
		return DATES_UPPER;
	return upper == 1 && s[0] >= 'A' && s[0] <= 'Z' ? DATES_CAPITALIZED : -1;
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
	w->letter_case = (enum dates_case)how;
	return 1;
}

/* Whether word is in the NULL-terminated list. */
static int in_list(const char *word, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(word, *list) == 0)
			return 1;
	return 0;
}

/* Whether a name with flags may be written as w is. */
static int case_fits(unsigned flags, const struct word *w)
{
	return !(flags & NAME_NOT_LOWER) || w->letter_case != DATES_LOWER;
}

/* The weekday name at i (the word in *w), or NULL. */
static const struct weekday_name *weekday_at(const char *s, size_t len, size_t i, struct word *w)
{
	size_t k;

	if (!read_word(s, len, i, w))
		return NULL;
	for (k = 0; k < COUNT(weekday_names); k++)
		if (w->lower[0] == weekday_names[k].name[0] &&
		    strcmp(w->lower, weekday_names[k].name) == 0 &&
		    case_fits(weekday_names[k].flags, w))
			return &weekday_names[k];
	return NULL;
}

/* The month name at i, never lowercase (the word in *w), or NULL. */
static const struct month_name *month_at(const char *s, size_t len, size_t i, struct word *w)
{
	size_t k;

	if (!read_word(s, len, i, w) || w->letter_case == DATES_LOWER)
		return NULL;
	for (k = 0; k < COUNT(month_names); k++)
		if (w->lower[0] == month_names[k].name[0] &&
		    strcmp(w->lower, month_names[k].name) == 0)
			return &month_names[k];
	return NULL;
}

/* Where a name read as w ends, with an abbreviation's dot. */
static size_t name_end(const char *s, size_t len, const struct word *w, unsigned flags)
{
	return (flags & NAME_ABBREVIATION) && w->end < len && s[w->end] == '.' ? w->end + 1 : w->end;
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

/* Whether a dash and a digit follow i: a range of days ("21-23"). */
static int range_follows(const char *s, size_t len, size_t i)
{
	uint32_t cp;
	size_t n;

	if (i >= len)
		return 0;
	n = char_at(s, len, i, &cp);
	return (cp == '-' || is_long_dash(cp)) && i + n < len && is_digit((unsigned char)s[i + n]);
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
	return n > 0 && (k == n || in_list(word, count_words));
}

/* Whether the word before i is one of list. */
static int preceded_by(const char *s, size_t i, const char *const *list)
{
	char word[WORD_MAX];

	return previous_word(s, i, word) > 0 && in_list(word, list);
}

/* Whether a word of list follows i after a space. */
static int followed_by(const char *s, size_t len, size_t i, const char *const *list)
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
static void set_year(struct dates_date *d, int year, size_t digits, size_t end)
{
	d->year = year;
	d->year_digits = (int)digits;
	d->year_start = end - digits;
	d->year_end = end;
	d->end = end;
}

/* Set d's day and month from the first two numbers a and b of a numeric
 * date: day first, month first in English when only that is a date. */
static void order_numbers(struct dates_date *d, int a, int b, int english)
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
static int iso_date(const char *s, size_t len, size_t i, struct dates_date *d)
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
			struct dates_date *d)
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
static void year_after(const char *s, size_t len, size_t i, struct dates_date *d)
{
	size_t j = i < len && s[i] == ',' ? i + 1 : i, k = skip_spaces(s, len, j);
	int year;

	if (k > j && digits_at(s, len, k, 4, &year) == 4 && number_ends(s, len, k + 4))
		set_year(d, year, 4, k + 4);
}

/* Read "25 Oktober 2024", "25 Oct", "25th of October" at i into d; 1 on
 * success. */
static int day_month_date(const char *s, size_t len, size_t i, struct dates_date *d)
{
	const struct month_name *month;
	struct word w;
	int day;
	size_t n = digits_at(s, len, i, 2, &day), j, k;

	if (n == 0)
		return 0;
	j = ordinal_end(s, len, i + n);
	k = skip_spaces(s, len, j);
	if (k == j)
		return 0;
	if (read_word(s, len, k, &w) && strcmp(w.lower, "of") == 0 && w.letter_case == DATES_LOWER)
		k = skip_spaces(s, len, w.end);
	if ((month = month_at(s, len, k, &w)) == NULL)
		return 0;
	d->start = i;
	d->end = w.end;
	d->day = day;
	d->month = month->month;
	year_after(s, len, name_end(s, len, &w, month->flags), d);
	return 1;
}

/*
 * Read "October 25, 2024", "Oct. 25" at i into d: English names only, and
 * an abbreviation without its dot only in English text ("Jun 31" is a
 * name and an age in Indonesian); 1 on success; *range set when the day
 * starts a range ("Oct. 21-23").
 */
static int month_day_date(const char *s, size_t len, size_t i, int english, struct dates_date *d,
			  int *range)
{
	const struct month_name *month;
	struct word w;
	int day;
	size_t j, k, n, end;

	if ((month = month_at(s, len, i, &w)) == NULL || !(month->flags & NAME_ENGLISH))
		return 0;
	j = name_end(s, len, &w, month->flags);
	if (j == w.end && (month->flags & NAME_ABBREVIATION) && !english)
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
	d->month = month->month;
	year_after(s, len, end, d);
	return 1;
}

/* Read the date at i into d (yearless numeric dates only after a
 * weekday). */
static enum date_found date_at(const char *s, size_t len, size_t i, int english,
			       int after_weekday, struct dates_date *d)
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
		else if (read_word(s, len, k, &w) && in_list(w.lower, date_fillers))
			j = w.end;
		else
			break;
	}
	return k;
}

/* The end of a weekday that follows i after a connector ("-Rabu", " dan
 * Jumat", " to Wednesday", ", Sabtu"), or 0. */
static size_t listed_weekday(const char *s, size_t len, size_t i)
{
	const struct weekday_name *name;
	struct word w;
	size_t j = i, k = i, n;
	int step, joined = 0;

	for (step = 0; step < MAX_STEPS; step++) {
		k = skip_spaces(s, len, j);
		if ((n = literal_at(s, len, k, connector_marks)) > 0)
			j = k + n;
		else if (read_word(s, len, k, &w) && in_list(w.lower, connector_words))
			j = w.end;
		else
			break;
		joined = 1;
	}
	if (!joined || (name = weekday_at(s, len, k, &w)) == NULL)
		return 0;
	return name_end(s, len, &w, name->flags);
}

/* The end of the weekdays listed after the one that ends at i, or 0 when
 * none is. */
static size_t list_end(const char *s, size_t len, size_t i)
{
	size_t end = 0, next;

	while ((next = listed_weekday(s, len, end ? end : i)) != 0)
		end = next;
	return end;
}

/*
 * Read the mention of the weekday name (written as w) at i into m: 1 when
 * it is one, 0 when it is left out; *next is where to read on.
 */
static int weekday_mention(const char *s, size_t len, size_t i, int english,
			   const struct weekday_name *name, const struct word *w,
			   struct dates_mention *m, size_t *next)
{
	size_t after = name_end(s, len, w, name->flags), listed;
	enum date_found found;

	*next = after;
	if (counted(s, i))
		return 0;
	if ((listed = list_end(s, len, after)) != 0) {
		*next = listed;
		return 0;
	}
	/* relative ("Jumat lalu") or a compound ("Minggu-minggu") */
	if (followed_by(s, len, after, relative_after) ||
	    (after + 1 < len && s[after] == '-' && is_alpha((unsigned char)s[after + 1])))
		return 0;
	m->weekday.wday = name->wday;
	m->weekday.english = (name->flags & NAME_ENGLISH) != 0;
	m->weekday.abbreviated = (name->flags & NAME_ABBREVIATION) != 0;
	m->weekday.letter_case = w->letter_case;
	m->weekday.start = i;
	m->weekday.end = w->end;
	m->start = i;
	found = date_at(s, len, date_position(s, len, after), english, 1, &m->date);
	if (found == DATE_FOUND) {
		m->end = *next = m->date.end;
		return 1;
	}
	m->end = w->end;
	return found == DATE_NONE && !m->weekday.abbreviated && !preceded_by(s, i, relative_before);
}

/* The end of the run of ASCII letters and digits at i. */
static size_t run_end(const char *s, size_t len, size_t i)
{
	while (i < len && (is_alpha((unsigned char)s[i]) || is_digit((unsigned char)s[i])))
		i++;
	return i;
}

/* Read a mention that starts at i into m: 1 when one does; *next is
 * where to read on (past i, and past the word at i when it is none). */
static int mention_at(const char *s, size_t len, size_t i, int english, struct dates_mention *m,
		      size_t *next)
{
	const struct weekday_name *name;
	unsigned char c = (unsigned char)s[i];
	struct word w;
	uint32_t cp;

	memset(m, 0, sizeof *m);
	m->weekday.wday = -1;
	if (!is_alpha(c) && !is_digit(c)) {
		*next = c < 0x80 ? i + 1 : i + char_at(s, len, i, &cp);
		return 0;
	}
	*next = run_end(s, len, i);
	if (word_before(s, i))
		return 0;
	if (is_alpha(c) && (name = weekday_at(s, len, i, &w)) != NULL)
		return weekday_mention(s, len, i, english, name, &w, m, next);
	if (date_at(s, len, i, english, 0, &m->date) != DATE_FOUND)
		return 0;
	m->start = m->date.start;
	m->end = *next = m->date.end;
	return 1;
}

int dates_next(const char *s, size_t len, size_t from, int english, struct dates_mention *m)
{
	size_t i = from, next;

	while (i < len) {
		if (mention_at(s, len, i, english, m, &next))
			return 1;
		i = next;
	}
	return 0;
}

/* --- The check --------------------------------------------------------- */

/* A date that is one. */
struct ymd {
	int year, month, day;
};

/* How far (in days) from the publication date a wrong weekday is taken
 * to be the mistake, rather than the year. */
#define NEAR_PUBLICATION 183
/* How far from the publication year a year is reported. */
#define FAR_YEARS 100
/* How far the years a day-month falls on a weekday are looked for. */
#define YEAR_SEARCH 400
/* The longest message or piece of one. */
#define MESSAGE_SIZE 384
#define PIECE_SIZE 96

/* What checking one article needs. */
struct date_check {
	struct findings *out;
	int english;			/* names and numeric dates read in English */
	struct ymd published;		/* year 0 when unknown */
	struct ymd reference;		/* what a date without a year is near: the
					 * publication date, else the latest full
					 * date of the text; year 0 when none */
	size_t reference_start, reference_end;	/* that date's place in the
					 * text; both 0 for the publication date */
};

/* The day number of date. */
static long day_number(const struct ymd *date)
{
	return dates_day_number(date->year, date->month, date->day);
}

/* Read "YYYY-MM-DD", maybe with a time after it, into *out; 1 when it is
 * a date. */
static int parse_iso(const char *text, struct ymd *out)
{
	size_t k;

	for (k = 0; k < 10; k++)
		if (k == 4 || k == 7 ? text[k] != '-' : !is_digit((unsigned char)text[k]))
			return 0;
	if (text[10] != '\0' && text[10] != 'T' && text[10] != 't' && text[10] != ' ')
		return 0;
	out->year = atoi(text);
	out->month = atoi(text + 5);
	out->day = atoi(text + 8);
	return out->month >= 1 && out->month <= 12 && out->day >= 1 &&
	       out->day <= dates_days_in_month(out->year, out->month);
}

/* The year d's written year stands for: a two-digit one the nearest the
 * publication year (the earlier on a tie), else 19yy from 69 up (POSIX). */
static int full_year(const struct date_check *c, const struct dates_date *d)
{
	int published = c->published.year, year;

	if (d->year_digits != 2)
		return d->year;
	if (published == 0)
		return d->year + (d->year >= 69 ? 1900 : 2000);
	year = published - published % 100 + d->year;
	if (year - published >= 50)
		year -= 100;
	else if (published - year > 50)
		year += 100;
	return year;
}

/* The date d states with its year, into *out: 1, or 0 when it has none. */
static int written_date(const struct date_check *c, const struct dates_date *d, struct ymd *out)
{
	if (d->year_digits == 0)
		return 0;
	out->year = full_year(c, d);
	out->month = d->month;
	out->day = d->day;
	return 1;
}

/* The date d (without a year) stands for: its day and month in the year
 * around the reference date that puts it nearest (the earlier on a tie);
 * 1, or 0 when there is no reference or no such date. */
static int yearless_date(const struct date_check *c, const struct dates_date *d, struct ymd *out)
{
	long reference = day_number(&c->reference), best = LONG_MAX;
	int k;

	if (c->reference.year == 0)
		return 0;
	for (k = -1; k <= 1; k++) {
		struct ymd date = { c->reference.year + k, d->month, d->day };
		long gap = labs(day_number(&date) - reference);

		if (d->day <= dates_days_in_month(date.year, d->month) && gap < best) {
			best = gap;
			*out = date;
		}
	}
	return best != LONG_MAX;
}

/* Why d (of year, 0 when unknown) is no date, into reason: 1, or 0 when
 * it is one. */
static int impossible(const struct dates_date *d, int year, char *reason, size_t size)
{
	int days = dates_days_in_month(year, d->month);

	if (days == 0)
		snprintf(reason, size, "there is no month %d", d->month);
	else if (d->day < 1)
		snprintf(reason, size, "there is no day %d", d->day);
	else if (d->day <= days)
		return 0;
	else if (d->month != 2)
		snprintf(reason, size, "%s has %d days", english_months[d->month], days);
	else if (year != 0)
		snprintf(reason, size, "February %d has %d days", year, days);
	else
		snprintf(reason, size, "February has at most 29 days");
	return 1;
}

/* The English name of wday, with the Indonesian in parentheses when the
 * text is Indonesian, into buf. */
static const char *day_name(const struct date_check *c, int wday, char *buf, size_t size)
{
	if (c->english)
		snprintf(buf, size, "%s", english_days[wday]);
	else
		snprintf(buf, size, "%s (%s)", english_days[wday], indonesian_days[wday]);
	return buf;
}

/* date for a message, into buf: 23/10/2024, or October 23, 2024 in
 * English. */
static const char *date_text(const struct date_check *c, const struct ymd *date, char *buf,
			     size_t size)
{
	if (c->english)
		snprintf(buf, size, "%s %d, %d", english_months[date->month], date->day, date->year);
	else
		snprintf(buf, size, "%d/%d/%d", date->day, date->month, date->year);
	return buf;
}

/* wday's name written as like is (language, abbreviation, case), into buf
 * (WORD_MAX bytes). */
static const char *weekday_word(int wday, const struct dates_weekday *like, char *buf)
{
	const char *name = !like->english ? indonesian_days[wday] :
			    like->abbreviated ? english_day_abbreviations[wday] : english_days[wday];
	size_t k;

	for (k = 0; name[k] != '\0' && k < WORD_MAX - 1; k++)
		buf[k] = (char)(like->letter_case == DATES_UPPER ? to_upper(name[k]) :
				like->letter_case == DATES_LOWER ? to_lower(name[k]) : name[k]);
	buf[k] = '\0';
	return buf;
}

/* A copy of s[start, end) with [from, to) inside it replaced by insert;
 * NULL when out of memory. */
static char *splice(const char *s, size_t start, size_t end, size_t from, size_t to,
		    const char *insert)
{
	size_t n = strlen(insert), head = from - start, tail = end - to;
	char *out = malloc(head + n + tail + 1);

	if (out == NULL)
		return NULL;
	memcpy(out, s + start, head);
	memcpy(out + head, insert, n);
	memcpy(out + head + n, s + to, tail);
	out[head + n + tail] = '\0';
	return out;
}

/* Append a finding on text bytes [start, end); 0, or -1 when out of
 * memory. */
static int report(const struct date_check *c, size_t start, size_t end, const char *message,
		  const char *replacement, int info)
{
	struct finding *f = findings_add(c->out, FINDING_DATE, start, end, message, replacement);

	if (f == NULL)
		return -1;
	f->info = info;
	return 0;
}

/* Append a finding on mention m (at text offset base) with replacement,
 * which it frees (NULL: out of memory); 0, or -1 when out of memory. */
static int report_replacing(const struct date_check *c, size_t base,
			    const struct dates_mention *m, const char *message, char *replacement)
{
	int status = replacement == NULL ? -1 :
		     report(c, base + m->start, base + m->end, message, replacement, 0);

	free(replacement);
	return status;
}

/* Whether day/month falls on wday in year. */
static int falls_on(int year, int month, int day, int wday)
{
	return day <= dates_days_in_month(year, month) && dates_weekday(year, month, day) == wday;
}

/* The years in which day/month falls on wday nearest around, nearest
 * first (the later on a tie): around alone when it is one, else the
 * nearest before and after it; their count. */
static int matching_years(int wday, int month, int day, int around, int years[2])
{
	int before = 0, after = 0, found_before = 0, found_after = 0, k;

	if (falls_on(around, month, day, wday)) {
		years[0] = around;
		return 1;
	}
	for (k = 1; k <= YEAR_SEARCH && !(found_before && found_after); k++) {
		if (!found_before && falls_on(around - k, month, day, wday)) {
			before = around - k;
			found_before = 1;
		}
		if (!found_after && falls_on(around + k, month, day, wday)) {
			after = around + k;
			found_after = 1;
		}
	}
	if (!found_before || !found_after) {
		years[0] = found_before ? before : after;
		return found_before || found_after;
	}
	years[0] = around - before < after - around ? before : after;
	years[1] = years[0] == before ? after : before;
	return 2;
}

/* Report the wrong weekday of mention m as a wrong weekday: the real one
 * replaces it; message already says why. */
static int suggest_weekday(const struct date_check *c, const char *s, size_t base,
			   const struct dates_mention *m, int real, const char *message)
{
	char word[WORD_MAX];

	return report_replacing(c, base, m, message,
				splice(s, m->start, m->end, m->weekday.start, m->weekday.end,
				       weekday_word(real, &m->weekday, word)));
}

/* Append to message (MESSAGE_SIZE bytes) the n years in which date's
 * day and month fall on wday: "; Friday 25/10 falls in 2019 or 2024". */
static void append_years(const struct date_check *c, int wday, const struct ymd *date,
			 const int *years, int n, char *message)
{
	size_t used = strlen(message);
	char *end = message + used;

	if (c->english)
		snprintf(end, MESSAGE_SIZE - used, "; %s, %s %d falls in %d", english_days[wday],
			 english_months[date->month], date->day, years[0]);
	else
		snprintf(end, MESSAGE_SIZE - used, "; %s %d/%d falls in %d", english_days[wday],
			 date->day, date->month, years[0]);
	used = strlen(message);
	if (n == 2)
		snprintf(message + used, MESSAGE_SIZE - used, " or %d", years[1]);
}

/* Report the wrong weekday of mention m (stating date) as a wrong year:
 * message (MESSAGE_SIZE bytes, saying what is wrong) gets the years that
 * fit, and the replacement the nearest. */
static int suggest_year(const struct date_check *c, const char *s, size_t base,
			const struct dates_mention *m, const struct ymd *date, char *message)
{
	char digits[16];
	int years[2], n = matching_years(m->weekday.wday, date->month, date->day,
					 c->published.year ? c->published.year : date->year, years);

	if (n == 0)
		return report(c, base + m->start, base + m->end, message, NULL, 0);
	append_years(c, m->weekday.wday, date, years, n, message);
	if (m->date.year_digits == 2)
		snprintf(digits, sizeof digits, "%02d", ((years[0] % 100) + 100) % 100);
	else
		snprintf(digits, sizeof digits, "%04d", years[0]);
	return report_replacing(c, base, m, message,
				splice(s, m->start, m->end, m->date.year_start, m->date.year_end,
				       digits));
}

/* Add the place of the date whose year a date without one took, when it
 * is in the text, to the last finding; 0, or -1 when out of memory. */
static int add_reference_place(const struct date_check *c)
{
	if (c->reference_end == 0)
		return 0;
	return finding_add_place(&c->out->items[c->out->count - 1], c->reference_start,
				 c->reference_end);
}

/* Report mention m, whose weekday is not that of date (with its year
 * written when written is set). */
static int report_mismatch(const struct date_check *c, const char *s, size_t base,
			   const struct dates_mention *m, const struct ymd *date, int written)
{
	char message[MESSAGE_SIZE], real_name[PIECE_SIZE], stated_name[PIECE_SIZE];
	int real = dates_weekday(date->year, date->month, date->day);
	int date_len = (int)(m->date.end - m->date.start);
	const char *date_written = s + m->date.start;

	day_name(c, real, real_name, sizeof real_name);
	day_name(c, m->weekday.wday, stated_name, sizeof stated_name);
	if (!written) {
		snprintf(message, sizeof message, "%.*s in %d was a %s, not %s", date_len,
			 date_written, date->year, real_name, stated_name);
		if (suggest_weekday(c, s, base, m, real, message) != 0)
			return -1;
		return add_reference_place(c);
	}
	snprintf(message, sizeof message, "%.*s was a %s, not %s", date_len, date_written,
		 real_name, stated_name);
	if (c->published.year != 0 &&
	    labs(day_number(date) - day_number(&c->published)) <= NEAR_PUBLICATION)
		return suggest_weekday(c, s, base, m, real, message);
	return suggest_year(c, s, base, m, date, message);
}

/* Report the date of mention m, which is none for reason. */
static int report_impossible(const struct date_check *c, const char *s, size_t base,
			     const struct dates_mention *m, const char *reason)
{
	char message[MESSAGE_SIZE];

	snprintf(message, sizeof message, "%.*s is not a date: %s",
		 (int)(m->date.end - m->date.start), s + m->date.start, reason);
	return report(c, base + m->date.start, base + m->date.end, message, NULL, 0);
}

/* Report the year of mention m when it is far from the publication
 * year. */
static int report_far_year(const struct date_check *c, size_t base, const struct dates_mention *m,
			   int year)
{
	char message[MESSAGE_SIZE];
	int gap = abs(year - c->published.year);

	if (c->published.year == 0 || gap <= FAR_YEARS)
		return 0;
	snprintf(message, sizeof message, "%d is %d years from the publication year %d", year, gap,
		 c->published.year);
	return report(c, base + m->date.year_start, base + m->date.year_end, message, NULL, 0);
}

/* Report the weekday alone of mention m as information: the day it is,
 * the nearest such on or before the publication date. */
static int report_weekday_alone(const struct date_check *c, const char *s, size_t base,
				const struct dates_mention *m)
{
	char message[MESSAGE_SIZE], day[PIECE_SIZE], published[PIECE_SIZE];
	const struct ymd *pub = &c->published;
	struct ymd date;
	int back;

	if (pub->year == 0)
		return 0;
	back = (dates_weekday(pub->year, pub->month, pub->day) - m->weekday.wday + 7) % 7;
	dates_from_day_number(day_number(pub) - back, &date.year, &date.month, &date.day);
	date_text(c, &date, day, sizeof day);
	date_text(c, &c->published, published, sizeof published);
	snprintf(message, sizeof message, "%.*s is %s%s%s (the publication date is %s)",
		 (int)(m->weekday.end - m->weekday.start), s + m->weekday.start,
		 c->english ? "" : english_days[m->weekday.wday], c->english ? "" : " ", day,
		 published);
	return report(c, base + m->weekday.start, base + m->weekday.end, message, NULL, 1);
}

/* Check mention m of the paragraph s at text offset base; 0, or -1 when
 * out of memory. */
static int check_mention(const struct date_check *c, const char *s, size_t base,
			 const struct dates_mention *m)
{
	char reason[PIECE_SIZE];
	struct ymd date = { 0, 0, 0 };
	int written;

	if (m->date.start == m->date.end)
		return report_weekday_alone(c, s, base, m);
	written = written_date(c, &m->date, &date);
	if (impossible(&m->date, written ? date.year : 0, reason, sizeof reason))
		return report_impossible(c, s, base, m, reason);
	if (m->weekday.wday >= 0 && !m->date.ambiguous &&
	    (written || yearless_date(c, &m->date, &date)) &&
	    dates_weekday(date.year, date.month, date.day) != m->weekday.wday)
		return report_mismatch(c, s, base, m, &date, written);
	return written ? report_far_year(c, base, m, date.year) : 0;
}

/* Check paragraph p of article; 0, or -1 when out of memory. */
static int check_paragraph(const struct date_check *c, const struct article *article,
			   const struct paragraph *p)
{
	const char *s = article->text + p->start;
	struct dates_mention m;
	size_t from = 0;

	while (dates_next(s, p->len, from, c->english, &m)) {
		if (check_mention(c, s, p->start, &m) != 0)
			return -1;
		from = m.end;
	}
	return 0;
}

/* Take the latest date with a year (a real one, read one way) of article
 * as c's reference, with its place. */
static void find_latest_date(struct date_check *c, const struct article *article)
{
	struct dates_mention m;
	struct ymd date;
	char reason[PIECE_SIZE];
	size_t i, from;

	for (i = 0; i < article->count; i++) {
		const struct paragraph *p = &article->paragraphs[i];

		for (from = 0; dates_next(article->text + p->start, p->len, from, c->english, &m);
		     from = m.end)
			if (!m.date.ambiguous && written_date(c, &m.date, &date) &&
			    !impossible(&m.date, date.year, reason, sizeof reason) &&
			    (c->reference.year == 0 || day_number(&date) > day_number(&c->reference))) {
				c->reference = date;
				c->reference_start = p->start + m.date.start;
				c->reference_end = p->start + m.date.end;
			}
	}
}

/*
 * The date check.  The publication date is options->published, else the
 * front matter's; a date without a year takes the year (of the
 * publication's, or the one either side) that puts it nearest the
 * publication date, else nearest the latest full date of the text, else
 * it is not checked.  A two-digit year is the one nearest the publication
 * year, else 19yy from 69 up and 20yy below.  Messages name weekdays in
 * English, with the Indonesian name in parentheses when the text is read
 * as Indonesian (check_language), which also sets the order of numeric
 * dates; English numeric dates that read both ways are not checked.
 *
 * Findings, each on bytes of article->text, at most one per mention:
 *   - an impossible date: on the date alone, "31/11/2024 is not a date:
 *     November has 30 days" ("there is no month 13", "there is no day 0",
 *     "February 2023 has 28 days", "February has at most 29 days"); no
 *     replacement;
 *   - a weekday that is not its date's: on the weekday and the date, the
 *     replacement for all of it.  With a year and more than
 *     NEAR_PUBLICATION days from the publication date (or with no
 *     publication date): "25/10/2020 was a Sunday (Minggu), not Friday
 *     (Jumat); Friday 25/10 falls in 2019 or 2024" -- the publication year
 *     alone when it fits, else the nearest fitting year before and after
 *     the publication year (the stated year without one), nearest first,
 *     the later on a tie -- and the first of them in place of the year's
 *     digits in the replacement.  Near the publication date the weekday
 *     is the mistake: "25/10/2024 was a Friday (Jumat), not Tuesday
 *     (Selasa)" with the real weekday, written as the wrong one was, in
 *     the replacement.  Without a year, likewise: "25/10 in 2024 was a
 *     Friday (Jumat), not Sunday (Minggu)", plus the place of the text's
 *     date the year came from;
 *   - a year more than FAR_YEARS from the publication year: on its digits,
 *     "3025 is 1000 years from the publication year 2025", no replacement;
 *   - information (info set): a weekday alone, with a publication date,
 *     as the nearest such day on or before it: "Rabu is Wednesday
 *     23/10/2024 (the publication date is 26/10/2024)", in English
 *     "Wednesday is October 23, 2024 (the publication date is October 26,
 *     2024)".
 * A malformed options->published fails with TANDA_EUSAGE; running out of
 * memory with TANDA_ENOMEM (findings appended so far stay in out).
 */
enum tanda_status check_dates(const struct article *article, const struct check_options *options,
			      struct findings *out, struct tanda_error *err)
{
	struct date_check c;
	size_t i;

	memset(&c, 0, sizeof c);
	c.out = out;
	c.english = strcmp(check_language(article, options), "en") == 0;
	if (options != NULL && options->published != NULL) {
		if (!parse_iso(options->published, &c.published))
			return tanda_fail(err, TANDA_EUSAGE, "%s: not a publication date (YYYY-MM-DD)",
					  options->published);
	} else if (article->meta.published == NULL || !parse_iso(article->meta.published,
								   &c.published)) {
		memset(&c.published, 0, sizeof c.published);
	}
	if (c.published.year != 0)
		c.reference = c.published;
	else
		find_latest_date(&c, article);
	for (i = 0; i < article->count; i++)
		if (check_paragraph(&c, article, &article->paragraphs[i]) != 0)
			return tanda_fail(err, TANDA_ENOMEM, "%s: out of memory checking dates",
					  article->name);
	return TANDA_OK;
}
