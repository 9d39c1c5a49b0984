/*
 * check-date.c - the date check: the weekdays and dates of each paragraph
 * (date-scan.h) checked against the Gregorian calendar (calendar.h) and
 * the publication date, and reported as findings (check.h).
 *
 * check_dates reads the text twice at most: once for the latest full date
 * when there is no publication date, once for the findings.  What is
 * reported, and how, is described above check_dates below.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "check.h"
#include "date-scan.h"
#include "lexicon.h"

/* The longest weekday name written, with its terminating NUL. */
#define WORD_MAX 16

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

/* The English name of wday (0 Sunday). */
static const char *day_en(int wday)
{
	return lexicon_en.weekday_names[wday];
}

/* The Indonesian name of wday (0 Sunday). */
static const char *day_id(int wday)
{
	return lexicon_id.weekday_names[wday];
}

/* The English name of month (1-12). */
static const char *english_month(int month)
{
	return lexicon_en.month_names[month - 1];
}

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
	struct calendar_date published;		/* year 0 when unknown */
	struct calendar_date reference;		/* what a date without a year is near: the
					 * publication date, else the latest full
					 * date of the text; year 0 when none */
	size_t reference_start, reference_end;	/* that date's place in the
					 * text; both 0 for the publication date */
};

/* The day number of date. */
static long day_number(const struct calendar_date *date)
{
	return calendar_day_number(date->year, date->month, date->day);
}

/* The year d's written year stands for: a two-digit one the nearest the
 * publication year (the earlier on a tie), else 19yy from 69 up (POSIX). */
static int full_year(const struct date_check *c, const struct date_written *d)
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
static int written_date(const struct date_check *c, const struct date_written *d,
			struct calendar_date *out)
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
static int yearless_date(const struct date_check *c, const struct date_written *d,
			 struct calendar_date *out)
{
	long reference = day_number(&c->reference), best = LONG_MAX;
	int k;

	if (c->reference.year == 0)
		return 0;
	for (k = -1; k <= 1; k++) {
		struct calendar_date date = { c->reference.year + k, d->month, d->day };
		long gap = labs(day_number(&date) - reference);

		if (d->day <= calendar_days_in_month(date.year, d->month) && gap < best) {
			best = gap;
			*out = date;
		}
	}
	return best != LONG_MAX;
}

/* Why d (of year, 0 when unknown) is no date, into reason: 1, or 0 when
 * it is one. */
static int impossible(const struct date_written *d, int year, char *reason, size_t size)
{
	int days = calendar_days_in_month(year, d->month);

	if (days == 0)
		snprintf(reason, size, "there is no month %d", d->month);
	else if (d->day < 1)
		snprintf(reason, size, "there is no day %d", d->day);
	else if (d->day <= days)
		return 0;
	else if (d->month != 2)
		snprintf(reason, size, "%s has %d days", english_month(d->month), days);
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
		snprintf(buf, size, "%s", day_en(wday));
	else
		snprintf(buf, size, "%s (%s)", day_en(wday), day_id(wday));
	return buf;
}

/* date for a message, into buf: 23/10/2024, or October 23, 2024 in
 * English. */
static const char *date_text(const struct date_check *c, const struct calendar_date *date,
			     char *buf,
			     size_t size)
{
	if (c->english)
		snprintf(buf, size, "%s %d, %d", english_month(date->month), date->day, date->year);
	else
		snprintf(buf, size, "%d/%d/%d", date->day, date->month, date->year);
	return buf;
}

/* wday's name written as like is (language, abbreviation, case), into buf
 * (WORD_MAX bytes). */
static const char *weekday_word(int wday, const struct date_weekday *like, char *buf)
{
	const char *name = !like->english ? day_id(wday) :
			    like->abbreviated ? lexicon_en.weekday_abbreviations[wday] : day_en(wday);
	size_t k;

	for (k = 0; name[k] != '\0' && k < WORD_MAX - 1; k++)
		buf[k] = (char)(like->letter_case == DATE_UPPER ? to_upper(name[k]) :
				like->letter_case == DATE_LOWER ? to_lower(name[k]) : name[k]);
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
			    const struct date_mention *m, const char *message, char *replacement)
{
	int status = replacement == NULL ? -1 :
		     report(c, base + m->start, base + m->end, message, replacement, 0);

	free(replacement);
	return status;
}

/* Whether day/month falls on wday in year. */
static int falls_on(int year, int month, int day, int wday)
{
	return day <= calendar_days_in_month(year, month) && calendar_weekday(year, month, day) == wday;
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
			   const struct date_mention *m, int real, const char *message)
{
	char word[WORD_MAX];

	return report_replacing(c, base, m, message,
				splice(s, m->start, m->end, m->weekday.start, m->weekday.end,
				       weekday_word(real, &m->weekday, word)));
}

/* Append to message (MESSAGE_SIZE bytes) the n years in which date's
 * day and month fall on wday: "; Friday 25/10 falls in 2019 or 2024". */
static void append_years(const struct date_check *c, int wday, const struct calendar_date *date,
			 const int *years, int n, char *message)
{
	size_t used = strlen(message);
	char *end = message + used;

	if (c->english)
		snprintf(end, MESSAGE_SIZE - used, "; %s, %s %d falls in %d", day_en(wday),
			 english_month(date->month), date->day, years[0]);
	else
		snprintf(end, MESSAGE_SIZE - used, "; %s %d/%d falls in %d", day_en(wday),
			 date->day, date->month, years[0]);
	used = strlen(message);
	if (n == 2)
		snprintf(message + used, MESSAGE_SIZE - used, " or %d", years[1]);
}

/* Report the wrong weekday of mention m (stating date) as a wrong year:
 * message (MESSAGE_SIZE bytes, saying what is wrong) gets the years that
 * fit, and the replacement the nearest. */
static int suggest_year(const struct date_check *c, const char *s, size_t base,
			const struct date_mention *m, const struct calendar_date *date, char *message)
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
			   const struct date_mention *m, const struct calendar_date *date, int written)
{
	char message[MESSAGE_SIZE], real_name[PIECE_SIZE], stated_name[PIECE_SIZE];
	int real = calendar_weekday(date->year, date->month, date->day);
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
			     const struct date_mention *m, const char *reason)
{
	char message[MESSAGE_SIZE];

	snprintf(message, sizeof message, "%.*s is not a date: %s",
		 (int)(m->date.end - m->date.start), s + m->date.start, reason);
	return report(c, base + m->date.start, base + m->date.end, message, NULL, 0);
}

/* Report the year of mention m when it is far from the publication
 * year. */
static int report_far_year(const struct date_check *c, size_t base, const struct date_mention *m,
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
				const struct date_mention *m)
{
	char message[MESSAGE_SIZE], day[PIECE_SIZE], published[PIECE_SIZE];
	const struct calendar_date *pub = &c->published;
	struct calendar_date date;
	int back;

	if (pub->year == 0)
		return 0;
	back = (calendar_weekday(pub->year, pub->month, pub->day) - m->weekday.wday + 7) % 7;
	calendar_from_day_number(day_number(pub) - back, &date.year, &date.month, &date.day);
	date_text(c, &date, day, sizeof day);
	date_text(c, &c->published, published, sizeof published);
	snprintf(message, sizeof message, "%.*s is %s%s%s (the publication date is %s)",
		 (int)(m->weekday.end - m->weekday.start), s + m->weekday.start,
		 c->english ? "" : day_en(m->weekday.wday), c->english ? "" : " ", day,
		 published);
	return report(c, base + m->weekday.start, base + m->weekday.end, message, NULL, 1);
}

/* Check mention m of the paragraph s at text offset base; 0, or -1 when
 * out of memory. */
static int check_mention(const struct date_check *c, const char *s, size_t base,
			 const struct date_mention *m)
{
	char reason[PIECE_SIZE];
	struct calendar_date date = { 0, 0, 0 };
	int written;

	if (m->date.start == m->date.end)
		return report_weekday_alone(c, s, base, m);
	written = written_date(c, &m->date, &date);
	if (impossible(&m->date, written ? date.year : 0, reason, sizeof reason))
		return report_impossible(c, s, base, m, reason);
	if (m->weekday.wday >= 0 && !m->date.ambiguous &&
	    (written || yearless_date(c, &m->date, &date)) &&
	    calendar_weekday(date.year, date.month, date.day) != m->weekday.wday)
		return report_mismatch(c, s, base, m, &date, written);
	return written ? report_far_year(c, base, m, date.year) : 0;
}

/* Check paragraph p of article; 0, or -1 when out of memory. */
static int check_paragraph(const struct date_check *c, const struct article *article,
			   const struct paragraph *p)
{
	const char *s = article->text + p->start;
	struct date_mention m;
	size_t from = 0;

	while (date_scan_next(s, p->len, from, c->english, &m)) {
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
	struct date_mention m;
	struct calendar_date date;
	char reason[PIECE_SIZE];
	size_t i, from;

	for (i = 0; i < article->count; i++) {
		const struct paragraph *p = &article->paragraphs[i];

		for (from = 0; date_scan_next(article->text + p->start, p->len, from, c->english, &m);
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
		if (!calendar_parse_iso(options->published, &c.published))
			return tanda_fail(err, TANDA_EUSAGE, "%s: not a publication date (YYYY-MM-DD)",
					  options->published);
	} else if (article->meta.published == NULL || !calendar_parse_iso(article->meta.published,
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
