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
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "check.h"
#include "date-scan.h"
#include "lexicon.h"
#include "strbuf.h"

/* The longest weekday name written, with its terminating NUL. */
#define WORD_MAX 16
/* How far (in days) from the publication date a wrong weekday is taken
 * to be the slip, rather than the year. */
#define NEAR_PUBLICATION 183
/* How far after the publication year a year is reported (years before it
 * are history: "Tan Malaka lahir 1897"). */
#define FAR_YEARS 100
/* How far the years a day and month fall on a weekday are looked for. */
#define YEAR_SEARCH 400
/* How far ahead of the publication a date without a year is soon (an
 * event announced), how far back it is recent news, and how far back last
 * year's reading of it may be. */
#define SOON 7
#define STALE 90
#define YEARLESS_BACK 730
/* The longest message. */
#define MESSAGE_SIZE 512
/* No finding. */
#define NONE ((size_t)-1)

/* What checking one article needs. */
struct date_check {
	struct findings *out;
	int english;			/* names and numeric dates read in English */
	struct calendar_date published;	/* year 0 when unknown */
	struct calendar_date reference;	/* what a date without a year is near: the
					 * publication date, else the latest full
					 * date of the text whose weekday fits; year
					 * 0 when none */
	size_t reference_start, reference_end;	/* that date's place in the
					 * text; both 0 for the publication date */
	size_t cause;			/* without a reference: the finding of a
					 * wrong weekday whose years may explain the
					 * dates without one after it, or NONE */
	int cause_years[2], cause_nyears;
};

/* How a wrong weekday is best put right. */
enum fix {
	FIX_WEEKDAY,	/* the weekday is the slip */
	FIX_YEAR,	/* the year is */
	FIX_NONE,	/* not known: no publication date */
};

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

/* The English name of month (1-12). */
static const char *english_month(int month)
{
	return lexicon_en.month_names[month - 1];
}

/* The day number of date. */
static long day_number(const struct calendar_date *date)
{
	return calendar_day_number(date->year, date->month, date->day);
}

/* The date of day number n. */
static struct calendar_date date_of(long n)
{
	struct calendar_date d;

	calendar_from_day_number(n, &d.year, &d.month, &d.day);
	return d;
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

/* Whether day/month falls on wday in year. */
static int falls_on(int year, int month, int day, int wday)
{
	return day <= calendar_days_in_month(year, month) &&
	       calendar_weekday(year, month, day) == wday;
}

/* The date d (without a year) stands for near the reference: its day and
 * month in the year around the reference's that puts it nearest (the
 * earlier on a tie), into *out; 1, or 0 when there is no reference.  When
 * that date is more than SOON days after the reference or more than STALE
 * before it, and does not fall on wday, but the year before's does (within
 * YEARLESS_BACK days), that one is taken: a quote of last year ("kata dia,
 * Senin (2/12)" in October, "Rabu (15/5)" of a hearing the year before),
 * not an event ahead or this year's. */
static int yearless_date(const struct date_check *c, const struct date_written *d, int wday,
			 struct calendar_date *out)
{
	long reference = day_number(&c->reference), best = LONG_MAX, gap;
	struct calendar_date before;
	int k;

	if (c->reference.year == 0)
		return 0;
	for (k = -1; k <= 1; k++) {
		struct calendar_date date = { c->reference.year + k, d->month, d->day };

		if (d->day > calendar_days_in_month(date.year, d->month))
			continue;
		gap = day_number(&date) - reference;
		if (labs(gap) < best) {
			best = labs(gap);
			*out = date;
		}
	}
	if (best == LONG_MAX)
		return 0;
	before = (struct calendar_date){ out->year - 1, out->month, out->day };
	gap = day_number(out) - reference;
	if ((gap > SOON || gap < -STALE) && !falls_on(out->year, out->month, out->day, wday) &&
	    falls_on(before.year, before.month, before.day, wday) &&
	    reference - day_number(&before) <= YEARLESS_BACK)
		*out = before;
	return 1;
}

/* Why d (of year, 0 when unknown) is no date, appended to sb: 1, or 0
 * when it is one. */
static int impossible(const struct date_written *d, int year, struct strbuf *sb)
{
	int days = calendar_days_in_month(year, d->month);

	if (days == 0)
		strbuf_addf(sb, "there is no month %d", d->month);
	else if (d->day < 1)
		strbuf_addf(sb, "there is no day %d", d->day);
	else if (d->day <= days)
		return 0;
	else if (d->month != 2)
		strbuf_addf(sb, "%s has %d days", english_month(d->month), days);
	else if (year != 0)
		strbuf_addf(sb, "February %d has %d days", year, days);
	else
		strbuf_addstr(sb, "February has at most 29 days");
	return 1;
}

/* Append the English name of wday to sb, with the Indonesian in
 * parentheses when the text is Indonesian. */
static void add_day(const struct date_check *c, int wday, struct strbuf *sb)
{
	if (c->english)
		strbuf_addstr(sb, day_en(wday));
	else
		strbuf_addf(sb, "%s (%s)", day_en(wday), lexicon_id.weekday_names[wday]);
}

/* Append date to sb: 23/10/2024, or October 23, 2024 in English. */
static void add_date(const struct date_check *c, const struct calendar_date *date,
		     struct strbuf *sb)
{
	if (c->english)
		strbuf_addf(sb, "%s %d, %d", english_month(date->month), date->day, date->year);
	else
		strbuf_addf(sb, "%d/%d/%d", date->day, date->month, date->year);
}

/* Append a day and month to sb: 25/10, or October 25 in English. */
static void add_day_month(const struct date_check *c, int month, int day, struct strbuf *sb)
{
	if (c->english)
		strbuf_addf(sb, "%s %d", english_month(month), day);
	else
		strbuf_addf(sb, "%d/%d", day, month);
}

/* wday's name written as like is (language, abbreviation, case), into buf
 * (WORD_MAX bytes). */
static const char *weekday_word(int wday, const struct date_weekday *like, char *buf)
{
	const char *name = !like->english  ? lexicon_id.weekday_names[wday] :
			   like->abbreviated ? lexicon_en.weekday_abbreviations[wday] :
					       day_en(wday);
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
	struct strbuf sb = STRBUF_INIT;

	strbuf_add(&sb, s + start, from - start);
	strbuf_addstr(&sb, insert);
	strbuf_add(&sb, s + to, end - to);
	return strbuf_detach(&sb, NULL);
}

/* Append a finding on text bytes [start, end) with message (sb: fails
 * when sb did) and replacement; 0, or -1 when out of memory. */
static int report(const struct date_check *c, size_t start, size_t end, struct strbuf *sb,
		  const char *replacement, int info)
{
	struct finding *f = NULL;

	if (strbuf_ok(sb))
		f = findings_add(c->out, FINDING_DATE, start, end, strbuf_str(sb), replacement);
	if (f != NULL)
		f->info = info;
	return f != NULL ? 0 : -1;
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

/* Append to sb the n years in which date's day and month fall on wday:
 * "Friday 25/10 falls in 2024" (" and in 2019" for the second). */
static void add_years(const struct date_check *c, int wday, const struct calendar_date *date,
		      const int *years, int n, struct strbuf *sb)
{
	strbuf_addf(sb, "%s%s ", day_en(wday), c->english ? "," : "");
	add_day_month(c, date->month, date->day, sb);
	strbuf_addf(sb, " falls in %d", years[0]);
	if (n == 2)
		strbuf_addf(sb, " and in %d", years[1]);
}

/* The date next to date (a day before or after) that falls on wday, into
 * *out: 1, or 0 when neither does. */
static int day_off(const struct calendar_date *date, int wday, struct calendar_date *out)
{
	long n = day_number(date);
	int k;

	for (k = -1; k <= 1; k += 2) {
		*out = date_of(n + k);
		if (calendar_weekday(out->year, out->month, out->day) == wday)
			return 1;
	}
	return 0;
}

/* Whether date's day and month in year fall within NEAR_PUBLICATION days
 * of the publication date. */
static int near_publication_in(const struct date_check *c, const struct calendar_date *date,
			       int year)
{
	struct calendar_date moved = { year, date->month, date->day };

	return labs(day_number(&moved) - day_number(&c->published)) <= NEAR_PUBLICATION;
}

/* How to put right mention m's weekday, which is not that of date (its
 * year written when written is set), given the years its day and month
 * fall on the weekday. */
static enum fix choose_fix(const struct date_check *c, const struct date_mention *m,
			   const struct calendar_date *date, int written, const int *years, int n)
{
	const struct calendar_date *pub = &c->published;
	struct calendar_date other;

	if (!written)
		return FIX_WEEKDAY;	/* there is no year to change */
	if (pub->year == 0)
		return FIX_NONE;
	if (date->year > pub->year && n > 0 && years[0] <= pub->year)
		return FIX_YEAR;	/* a date after publication: the year is wrong */
	if (n > 0 && abs(years[0] - date->year) == 1 && near_publication_in(c, date, years[0]) &&
	    !near_publication_in(c, date, date->year))
		return FIX_YEAR;	/* last year's year on this year's news */
	if (day_off(date, m->weekday.wday, &other))
		return FIX_WEEKDAY;	/* a weekday one day off its date is the slip */
	if (labs(day_number(date) - day_number(pub)) <= NEAR_PUBLICATION || n == 0)
		return FIX_WEEKDAY;
	return FIX_YEAR;
}

/* Append to sb what else would put mention m right (its year written
 * when written is set) than fix: the real weekday, the day next to the
 * date, or the years the day and month fall on the weekday. */
static void add_alternative(const struct date_check *c, const struct date_mention *m,
			    const struct calendar_date *date, int written, enum fix fix,
			    const int *years, int n, struct strbuf *sb)
{
	struct calendar_date other;

	if (fix != FIX_WEEKDAY) {
		strbuf_addstr(sb, "; if the date is right, the weekday is ");
		add_day(c, calendar_weekday(date->year, date->month, date->day), sb);
	} else if (day_off(date, m->weekday.wday, &other)) {
		strbuf_addstr(sb, "; if the weekday is right, the date is ");
		add_date(c, &other, sb);
	} else if (written && n > 0 && years[0] != date->year) {
		strbuf_addstr(sb, "; ");
		add_years(c, m->weekday.wday, date, years, n, sb);
	}
}

/* A copy of mention m of paragraph s with year written in place of its
 * year (in as many digits); NULL when out of memory. */
static char *year_replaced(const char *s, const struct date_mention *m, int year)
{
	char digits[16];
	struct strbuf sb;

	strbuf_init_fixed(&sb, digits, sizeof digits);
	if (m->date.year_digits == 2)
		strbuf_addf(&sb, "%02d", ((year % 100) + 100) % 100);
	else
		strbuf_addf(&sb, "%04d", year);
	return splice(s, m->start, m->end, m->date.year_start, m->date.year_end, digits);
}

/* The replacement of mention m (at text offset base of paragraph s) for
 * fix: the real weekday in place of the written one, or the first of the
 * years in place of the written year; NULL for FIX_NONE or out of memory. */
static char *replacement_for(const char *s, const struct date_mention *m,
			     const struct calendar_date *date, enum fix fix, const int *years)
{
	char word[WORD_MAX];

	if (fix == FIX_NONE)
		return NULL;
	if (fix == FIX_WEEKDAY)
		return splice(s, m->start, m->end, m->weekday.start, m->weekday.end,
			      weekday_word(calendar_weekday(date->year, date->month, date->day),
					   &m->weekday, word));
	return year_replaced(s, m, years[0]);
}

/* Report mention m of paragraph s (at text offset base), whose weekday is
 * not that of date (with its year written when written is set); *index
 * gets the finding's index. */
static int report_mismatch(const struct date_check *c, const char *s, size_t base,
			   const struct date_mention *m, const struct calendar_date *date,
			   int written, size_t *index)
{
	char buf[MESSAGE_SIZE];
	struct strbuf sb;
	int years[2], n, status;
	int around = c->published.year ? c->published.year : date->year;
	enum fix fix;
	char *replacement;

	n = matching_years(m->weekday.wday, date->month, date->day, around, years);
	fix = choose_fix(c, m, date, written, years, n);
	strbuf_init_fixed(&sb, buf, sizeof buf);
	strbuf_add(&sb, s + m->date.start, m->date.end - m->date.start);
	if (!written)
		strbuf_addf(&sb, " in %d", date->year);
	strbuf_addstr(&sb, " was a ");
	add_day(c, calendar_weekday(date->year, date->month, date->day), &sb);
	strbuf_addstr(&sb, ", not ");
	add_day(c, m->weekday.wday, &sb);
	if (fix == FIX_NONE)
		strbuf_addstr(&sb, "; no publication date is known");
	if (fix != FIX_WEEKDAY && n > 0) {
		strbuf_addstr(&sb, "; ");
		add_years(c, m->weekday.wday, date, years, fix == FIX_NONE ? n : 1, &sb);
	}
	add_alternative(c, m, date, written, fix, years, n, &sb);
	replacement = replacement_for(s, m, date, fix, years);
	if (fix != FIX_NONE && replacement == NULL)
		return -1;
	*index = c->out->count;
	status = report(c, base + m->start, base + m->end, &sb, replacement, 0);
	free(replacement);
	return status;
}

/* Report the date of mention m, which is none. */
static int report_impossible(const struct date_check *c, const char *s, size_t base,
			     const struct date_mention *m, int year)
{
	char buf[MESSAGE_SIZE];
	struct strbuf sb;

	strbuf_init_fixed(&sb, buf, sizeof buf);
	strbuf_add(&sb, s + m->date.start, m->date.end - m->date.start);
	strbuf_addstr(&sb, " is not a date: ");
	impossible(&m->date, year, &sb);
	return report(c, base + m->date.start, base + m->date.end, &sb, NULL, 0);
}

/* Report the year of mention m when it is far after the publication
 * year. */
static int report_far_year(const struct date_check *c, size_t base, const struct date_mention *m,
			   int year)
{
	char buf[MESSAGE_SIZE];
	struct strbuf sb;

	if (c->published.year == 0 || year - c->published.year <= FAR_YEARS)
		return 0;
	strbuf_init_fixed(&sb, buf, sizeof buf);
	strbuf_addf(&sb, "%d is %d years after the publication year %d", year,
		    year - c->published.year, c->published.year);
	return report(c, base + m->date.year_start, base + m->date.year_end, &sb, NULL, 0);
}

/* Report the weekday alone of mention m as information: the day it is,
 * the nearest such on or before the publication date. */
static int report_weekday_alone(const struct date_check *c, const char *s, size_t base,
				const struct date_mention *m)
{
	const struct calendar_date *pub = &c->published;
	char buf[MESSAGE_SIZE];
	struct strbuf sb;
	struct calendar_date date;
	int back;

	if (pub->year == 0)
		return 0;
	back = (calendar_weekday(pub->year, pub->month, pub->day) - m->weekday.wday + 7) % 7;
	date = date_of(day_number(pub) - back);
	strbuf_init_fixed(&sb, buf, sizeof buf);
	strbuf_add(&sb, s + m->weekday.start, m->weekday.end - m->weekday.start);
	strbuf_addstr(&sb, " is ");
	if (!c->english)
		strbuf_addf(&sb, "%s ", day_en(m->weekday.wday));
	add_date(c, &date, &sb);
	strbuf_addstr(&sb, " (the publication date is ");
	add_date(c, pub, &sb);
	strbuf_addch(&sb, ')');
	return report(c, base + m->weekday.start, base + m->weekday.end, &sb, NULL, 1);
}

/* Check the weekday of mention m, whose date has no year: against the
 * reference; without one, against the years of an earlier wrong weekday
 * that may explain it (its place is added to that finding). */
static int check_yearless(const struct date_check *c, const char *s, size_t base,
			  const struct date_mention *m)
{
	struct calendar_date date;
	size_t index;
	int k;

	if (yearless_date(c, &m->date, m->weekday.wday, &date)) {
		if (calendar_weekday(date.year, date.month, date.day) == m->weekday.wday)
			return 0;
		if (report_mismatch(c, s, base, m, &date, 0, &index) != 0)
			return -1;
		return c->reference_end == 0 ? 0 :
		       finding_add_place(&c->out->items[index], c->reference_start,
					 c->reference_end);
	}
	for (k = 0; c->cause != NONE && k < c->cause_nyears; k++)
		if (falls_on(c->cause_years[k], m->date.month, m->date.day, m->weekday.wday))
			return finding_add_place(&c->out->items[c->cause], base + m->start,
						 base + m->end);
	return 0;
}

/* --- Ranges ("Senin–Rabu (6–8/10)") ------------------------------------ */

/* One end of range m as a mention of its own: the first, or the last
 * when last is set. */
static struct date_mention range_end(const struct date_mention *m, int last)
{
	struct date_mention e = *m;

	if (last) {
		e.weekday = m->last.weekday;
		e.date.day = m->last.day;
	}
	e.last.weekday.wday = -1;
	return e;
}

/* Whether range m's ends are as many days apart as their weekdays (a
 * week or more counted modulo 7). */
static int range_span_fits(const struct date_mention *m)
{
	return (m->last.day - m->date.day) % 7 == (m->last.weekday.wday - m->weekday.wday + 7) % 7;
}

/* Append to sb how far apart range m's weekdays and days are: "Monday to
 * Wednesday is 2 days apart, 6 to 9 is 3". */
static void add_span(const struct date_mention *m, struct strbuf *sb)
{
	int days = (m->last.weekday.wday - m->weekday.wday + 7) % 7;

	strbuf_addf(sb, "%s to %s is %d days apart, %d to %d is %d", day_en(m->weekday.wday),
		    day_en(m->last.weekday.wday), days ? days : 7, m->date.day, m->last.day,
		    m->last.day - m->date.day);
}

/* Append a range of days to sb: 6–8/10/2025, or October 6–8, 2025 in
 * English. */
static void add_day_range(const struct date_check *c, int year, int month, int first, int last,
			  struct strbuf *sb)
{
	if (c->english)
		strbuf_addf(sb, "%s %d\xE2\x80\x93%d, %d", english_month(month), first, last, year);
	else
		strbuf_addf(sb, "%d\xE2\x80\x93%d/%d/%d", first, last, month, year);
}

/* Append to sb the weekdays of range m's ends as they are (the first's
 * and last's in year) and as written: "was a Tuesday (Selasa) to Thursday
 * (Kamis), not Monday (Senin) to Wednesday (Rabu)", or for one end alone
 * "starts on a ..., not ..." / "ends on a ..., not ...". */
static void add_range_weekdays(const struct date_check *c, const struct date_mention *m,
			       const int real[2], struct strbuf *sb)
{
	int wrong_first = real[0] != m->weekday.wday, wrong_last = real[1] != m->last.weekday.wday;

	if (wrong_first && wrong_last) {
		strbuf_addstr(sb, " was a ");
		add_day(c, real[0], sb);
		strbuf_addstr(sb, " to ");
		add_day(c, real[1], sb);
		strbuf_addstr(sb, ", not ");
		add_day(c, m->weekday.wday, sb);
		strbuf_addstr(sb, " to ");
		add_day(c, m->last.weekday.wday, sb);
		return;
	}
	strbuf_addstr(sb, wrong_first ? " starts on a " : " ends on a ");
	add_day(c, real[wrong_first ? 0 : 1], sb);
	strbuf_addstr(sb, ", not ");
	add_day(c, wrong_first ? m->weekday.wday : m->last.weekday.wday, sb);
}

/* A copy of range m (of paragraph s) with each weekday whose real one
 * (real[0], real[1]) differs written as that; NULL when out of memory. */
static char *range_weekdays_fixed(const char *s, const struct date_mention *m, const int real[2])
{
	const struct date_weekday *ends[2] = { &m->weekday, &m->last.weekday };
	struct strbuf sb = STRBUF_INIT;
	char word[WORD_MAX];
	size_t at = m->start;
	int k;

	for (k = 0; k < 2; k++) {
		if (real[k] == ends[k]->wday)
			continue;
		strbuf_add(&sb, s + at, ends[k]->start - at);
		strbuf_addstr(&sb, weekday_word(real[k], ends[k], word));
		at = ends[k]->end;
	}
	strbuf_add(&sb, s + at, m->end - at);
	return strbuf_detach(&sb, NULL);
}

/* Append to sb the days of range m in year that fall on its weekdays
 * when they are at most 3 days off and in the month: "; if the weekdays
 * are right, the dates are 6–8/10/2025". */
static void add_shifted_days(const struct date_check *c, const struct date_mention *m, int year,
			     int real_first, struct strbuf *sb)
{
	int shift = (m->weekday.wday - real_first + 7) % 7;

	if (shift > 3)
		shift -= 7;
	if (m->date.day + shift < 1 ||
	    m->last.day + shift > calendar_days_in_month(year, m->date.month))
		return;
	strbuf_addstr(sb, "; if the weekdays are right, the dates are ");
	add_day_range(c, year, m->date.month, m->date.day + shift, m->last.day + shift, sb);
}

/* The years and fix of range m with its year written (first its first
 * end's date), into years and *n: the single date's rules. */
static enum fix range_fix(const struct date_check *c, const struct date_mention *m,
			  const struct calendar_date *first, int written, int years[2], int *n)
{
	struct date_mention e = range_end(m, 0);
	int around = c->published.year ? c->published.year : first->year;

	*n = 0;
	if (!written)
		return FIX_WEEKDAY;
	*n = matching_years(m->weekday.wday, first->month, first->day, around, years);
	if (!range_span_fits(m))
		return c->published.year == 0 ? FIX_NONE : FIX_WEEKDAY;
	return choose_fix(c, &e, first, 1, years, *n);
}

/* Report range m of paragraph s (at text offset base), whose ends in the
 * year of first (written when written is set) have weekdays real[0] and
 * real[1], not both its own: *index gets the finding's index. */
static int report_range(const struct date_check *c, const char *s, size_t base,
			const struct date_mention *m, const struct calendar_date *first,
			int written, const int real[2], size_t *index)
{
	char buf[MESSAGE_SIZE];
	struct strbuf sb;
	int years[2], n, status;
	enum fix fix = range_fix(c, m, first, written, years, &n);
	char *replacement = NULL;

	strbuf_init_fixed(&sb, buf, sizeof buf);
	strbuf_add(&sb, s + m->date.start, m->date.end - m->date.start);
	if (!written)
		strbuf_addf(&sb, " in %d", first->year);
	add_range_weekdays(c, m, real, &sb);
	if (!range_span_fits(m)) {
		strbuf_addstr(&sb, "; ");
		add_span(m, &sb);
	}
	if (fix == FIX_NONE)
		strbuf_addstr(&sb, "; no publication date is known");
	if (fix != FIX_WEEKDAY && n > 0 && range_span_fits(m)) {
		struct date_mention e = range_end(m, 0);

		strbuf_addstr(&sb, "; ");
		add_years(c, e.weekday.wday, first, years, fix == FIX_NONE ? n : 1, &sb);
	}
	if (fix != FIX_WEEKDAY) {
		strbuf_addstr(&sb, "; if the dates are right, the weekdays are ");
		add_day(c, real[0], &sb);
		strbuf_addstr(&sb, " to ");
		add_day(c, real[1], &sb);
	}
	if (fix == FIX_YEAR) {
		replacement = year_replaced(s, m, years[0]);
	} else if (fix == FIX_WEEKDAY) {
		if (range_span_fits(m))
			add_shifted_days(c, m, first->year, real[0], &sb);
		replacement = range_weekdays_fixed(s, m, real);
	}
	if (fix != FIX_NONE && replacement == NULL)
		return -1;
	*index = c->out->count;
	status = report(c, base + m->start, base + m->end, &sb, replacement, 0);
	free(replacement);
	return status;
}

/* Report range m whose year is not known when its weekdays and days are
 * not as far apart: no publication date is known. */
static int report_range_span(const struct date_check *c, const char *s, size_t base,
			     const struct date_mention *m)
{
	char buf[MESSAGE_SIZE];
	struct strbuf sb;

	strbuf_init_fixed(&sb, buf, sizeof buf);
	strbuf_add(&sb, s + m->date.start, m->date.end - m->date.start);
	strbuf_addstr(&sb, ": ");
	add_span(m, &sb);
	strbuf_addstr(&sb, "; no publication date is known");
	return report(c, base + m->start, base + m->end, &sb, NULL, 0);
}

/* The year of range m into first (its first end's date): written, else
 * near the reference; 0 when it cannot be known, else 1, *written set
 * when it was written. */
static int range_year(const struct date_check *c, const struct date_mention *m,
		      struct calendar_date *first, int *written)
{
	*written = written_date(c, &m->date, first);
	return *written || yearless_date(c, &m->date, m->weekday.wday, first);
}

/* Check range m (without a year it can know): its span, or the years of
 * an earlier wrong weekday that explain it. */
static int check_range_unknown(const struct date_check *c, const char *s, size_t base,
			       const struct date_mention *m)
{
	int k;

	if (!range_span_fits(m))
		return report_range_span(c, s, base, m);
	for (k = 0; c->cause != NONE && k < c->cause_nyears; k++)
		if (falls_on(c->cause_years[k], m->date.month, m->date.day, m->weekday.wday))
			return finding_add_place(&c->out->items[c->cause], base + m->start,
						 base + m->end);
	return 0;
}

/* Check range m of the paragraph s at text offset base: each end's
 * weekday against its date, one finding for the range. */
static int check_range(struct date_check *c, const char *s, size_t base,
		       const struct date_mention *m)
{
	char scratch[8];
	struct strbuf reason;
	struct calendar_date first;
	struct date_mention last = range_end(m, 1);
	int written, real[2];
	size_t index;

	strbuf_init_fixed(&reason, scratch, sizeof scratch);
	written = written_date(c, &m->date, &first);
	if (impossible(&m->date, written ? first.year : 0, &reason) ||
	    impossible(&last.date, written ? first.year : 0, &reason))
		return report_impossible(c, s, base, &last, written ? first.year : 0);
	if (!range_year(c, m, &first, &written))
		return check_range_unknown(c, s, base, m);
	real[0] = calendar_weekday(first.year, first.month, first.day);
	real[1] = calendar_weekday(first.year, first.month, m->last.day);
	if (real[0] == m->weekday.wday && real[1] == m->last.weekday.wday)
		return written ? report_far_year(c, base, m, first.year) : 0;
	if (report_range(c, s, base, m, &first, written, real, &index) != 0)
		return -1;
	if (written && c->published.year == 0 && c->reference.year == 0 && range_span_fits(m)) {
		c->cause = index;
		c->cause_nyears = matching_years(m->weekday.wday, first.month, first.day,
						 first.year, c->cause_years);
	}
	return 0;
}

/* Check mention m of the paragraph s at text offset base; 0, or -1 when
 * out of memory. */
static int check_mention(struct date_check *c, const char *s, size_t base,
			 const struct date_mention *m)
{
	char scratch[8];
	struct strbuf reason;
	struct calendar_date date = { 0, 0, 0 };
	int written;
	size_t index;

	if (m->date.start == m->date.end)
		return report_weekday_alone(c, s, base, m);
	if (m->last.weekday.wday >= 0)
		return check_range(c, s, base, m);
	written = written_date(c, &m->date, &date);
	strbuf_init_fixed(&reason, scratch, sizeof scratch);
	if (impossible(&m->date, written ? date.year : 0, &reason))
		return report_impossible(c, s, base, m, written ? date.year : 0);
	if (m->weekday.wday < 0 || m->date.ambiguous)
		return written ? report_far_year(c, base, m, date.year) : 0;
	if (!written)
		return check_yearless(c, s, base, m);
	if (calendar_weekday(date.year, date.month, date.day) == m->weekday.wday)
		return report_far_year(c, base, m, date.year);
	if (report_mismatch(c, s, base, m, &date, 1, &index) != 0)
		return -1;
	if (c->published.year == 0 && c->reference.year == 0) {
		c->cause = index;
		c->cause_nyears = matching_years(m->weekday.wday, date.month, date.day, date.year,
						 c->cause_years);
	}
	return 0;
}

/* Check paragraph p of article; 0, or -1 when out of memory. */
static int check_paragraph(struct date_check *c, const struct article *article,
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

/* Whether mention m states a real date with a year, read one way, whose
 * weekday (if it has one) fits: into *date. */
static int sound_date(const struct date_check *c, const struct date_mention *m,
		      struct calendar_date *date)
{
	char scratch[8];
	struct strbuf reason;

	strbuf_init_fixed(&reason, scratch, sizeof scratch);
	return !m->date.ambiguous && written_date(c, &m->date, date) &&
	       !impossible(&m->date, date->year, &reason) &&
	       (m->weekday.wday < 0 ||
		calendar_weekday(date->year, date->month, date->day) == m->weekday.wday) &&
	       (m->last.weekday.wday < 0 ||
		calendar_weekday(date->year, date->month, m->last.day) == m->last.weekday.wday);
}

/* Take the latest sound date with a year of article as c's reference,
 * with its place. */
static void find_latest_date(struct date_check *c, const struct article *article)
{
	struct date_mention m;
	struct calendar_date date;
	size_t i, from;

	for (i = 0; i < article->count; i++) {
		const struct paragraph *p = &article->paragraphs[i];

		for (from = 0; date_scan_next(article->text + p->start, p->len, from, c->english, &m);
		     from = m.end)
			if (sound_date(c, &m, &date) &&
			    (c->reference.year == 0 || day_number(&date) > day_number(&c->reference))) {
				c->reference = date;
				c->reference_start = p->start + m.date.start;
				c->reference_end = p->start + m.date.end;
			}
	}
}

/*
 * The date check.  The publication date is options->published, else the
 * front matter's; the year of a date that has none is the one that puts
 * it nearest the publication date, or the year before when that puts it
 * more than SOON days after publication or STALE days before and the
 * weekday fits only the year before (a quote of last year).  Without a
 * publication date the latest full date of the text whose weekday fits
 * stands in for it.  A two-digit year is the one nearest the publication
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
 *   - a weekday that is not its date's: on the weekday and the date, with
 *     the smallest change that makes weekday, date and publication agree
 *     as the replacement, and what else would in the message.  A date in
 *     a year after the publication's that falls on its weekday in the
 *     publication year (or before) has the wrong year: "20/10/2026 was a
 *     Tuesday (Selasa), not Monday (Senin); Monday 20/10 falls in 2025; if
 *     the date is right, the weekday is Tuesday (Selasa)", suggested
 *     "Senin (20/10/2025)".  So has a date further than NEAR_PUBLICATION
 *     days from the publication whose day and month fall on the weekday
 *     within them in the year next to its own ("Senin (6/10/2024)" in
 *     news of 10/10/2025: last year's year).  A weekday one day off its date, or a date
 *     within NEAR_PUBLICATION days of the publication, has the wrong
 *     weekday: "25/10/2024 was a Friday (Jumat), not Thursday (Kamis); if
 *     the weekday is right, the date is 24/10/2024", suggested the real
 *     weekday written as the wrong one was.  Further away the year is the
 *     slip: the years nearest the publication's in which the day and month
 *     fall on the weekday, the nearest in the replacement.  Without a year,
 *     the weekday is the slip: "25/10 in 2024 was a Friday (Jumat), not
 *     Sunday (Minggu)", plus the place of the text's date the year came
 *     from.  Without any publication date there is no suggestion: "no
 *     publication date is known; Friday 25/10 falls in 2024 and in 2019",
 *     and the dates without a year that those years explain are added to
 *     its places, one finding for one wrong year;
 *   - a range ("Senin-Rabu (7-9/10)"): one finding on the whole, each end's
 *     weekday checked in the year of the first (written, else as for a
 *     date without one).  Both ends off: "7-9/10 in 2025 was a Tuesday
 *     (Selasa) to Thursday (Kamis), not Monday (Senin) to Wednesday
 *     (Rabu); if the weekdays are right, the dates are 6–8/10/2025" with
 *     the weekdays replaced (or the year, by the single date's rules); one
 *     end off: "... ends on a Thursday (Kamis), not Wednesday (Rabu);
 *     Monday to Wednesday is 2 days apart, 6 to 9 is 3" with that end's
 *     weekday replaced.  Ends not as far apart as their weekdays are
 *     reported even when no year is known ("no publication date is
 *     known", nothing suggested);
 *   - a year more than FAR_YEARS after the publication year: on its digits,
 *     "3025 is 1000 years after the publication year 2025", no
 *     replacement (years before are history, not reported);
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
	c.cause = NONE;
	c.english = strcmp(check_language(article, options), "en") == 0;
	if (options != NULL && options->published != NULL) {
		if (!calendar_parse_iso(options->published, &c.published))
			return tanda_fail(err, TANDA_EUSAGE, "%s: not a publication date (YYYY-MM-DD)",
					  options->published);
	} else if (article->meta.published == NULL ||
		   !calendar_parse_iso(article->meta.published, &c.published)) {
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
