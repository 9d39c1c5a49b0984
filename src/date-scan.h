/*
 * date-scan.h - weekdays and dates as news articles write them, in
 * Indonesian and English: the scanner check_dates (check.h) reads each
 * paragraph with.  The names it knows are the lexicons' (lexicon.h).
 *
 * A paragraph is the len bytes at s; positions are byte offsets into it.
 * Nothing here allocates, and nothing reads past s + len.
 *
 * What is read, in either language whatever the article's:
 *   - a weekday with its date: "Jumat, 25/10/2020", "Jumat (25/10/2020)",
 *     "Jumat (25/10)", "Jumat, 25 Oktober 2024", "Jum'at 25-10-2024" (also
 *     with ’), "Friday, October 25, 2024", "Friday 25 October 2024",
 *     "Fri, 25 Oct 2024", "Friday (Oct. 25)", "Kamis malam (24/10)",
 *     "Friday the 25th of October";
 *   - a date with its weekday after it in parentheses: "30 Agustus 2025
 *     (Jumat)", "October 25, 2024 (Friday)";
 *   - a range: two weekdays joined by a connector with a range of days of
 *     one month after them, "Senin–Rabu (6–8/10)", "Senin-Rabu
 *     (6-8/10/2025)", "Monday-Wednesday (7-9 March)", "Kamis–Sabtu, 9–11
 *     Oktober 2025", "Monday to Wednesday, Oct. 21-23"; the first day must
 *     be smaller than the last;
 *   - a weekday alone ("kata Austin, Rabu.");
 *   - a date alone, with a month name ("31 November", "Oct. 25, 2024") or
 *     numeric with a year ("31/11/2024", "25-10-24" is not one: a two-digit
 *     year needs slashes; "25.10.2024" needs four digits; "2024-10-25").
 * Numeric dates are day first; in English (english set) month first when
 * only that reading is a date (10/25/2024), and flagged ambiguous when both
 * are (05/06/2024).  A date without a year ("25/10") is read only after a
 * weekday, and only with a slash.
 *
 * Names: Senin Selasa Rabu Kamis Jumat Jum'at Jumaat Sabtu Minggu Ahad and
 * Monday...Sunday are read capitalized, in capitals or in lowercase, but
 * "minggu" (the word for a week) only capitalized or in capitals; English
 * abbreviations (Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun) only
 * capitalized or in capitals and only with a date after them.  Month names
 * and abbreviations (Januari Jan Februari Pebruari Feb Maret Mar April Apr
 * Mei Juni Jun Juli Jul Agustus Agu Ags Agt Agust September Sep Sept
 * Oktober Okt November Nopember Nov Nop Desember Des, and the English
 * January...December Aug Oct Dec) only capitalized or in capitals; only
 * English names may come before the day ("October 25"), and an
 * abbreviation there without its dot ("Jun 31") only in English text.
 *
 * Left out: a weekday counted ("dua Minggu", "3 Jumat"), made relative by
 * the word after it ("Jumat lalu", "Minggu depan", "Minggu ini", "Friday
 * next"), or listed with other weekdays without a range of days after
 * them ("Monday to Wednesday", "Sabtu dan Minggu", "Rabu, Kamis, dan
 * Jumat (9-11/10)": three weekdays are a list, not a range); a
 * weekday followed by a range of days ("Senin (21-23/10)", "Monday, Oct.
 * 21-23"); a weekday alone after "setiap", "every", "last", "next",
 * "this"...; and numbers that are no dates: fractions, scores, times, money,
 * versions, parts of URLs, phone numbers, and numeric "dates" that have
 * neither a possible day nor a possible month ("99-13-2024").
 */
#ifndef TANDA_DATE_SCAN_H
#define TANDA_DATE_SCAN_H

#include <stddef.h>

/* How a name's letters are written. */
enum date_case {
	DATE_CAPITALIZED,	/* "Jumat" */
	DATE_UPPER,		/* "JUMAT" */
	DATE_LOWER,		/* "jumat" */
};

/* A weekday's name as written. */
struct date_weekday {
	int wday;			/* 0 Sunday ... 6 Saturday; -1 when none */
	int english;			/* an English name */
	int abbreviated;		/* "Fri", "Thurs" */
	enum date_case letter_case;
	size_t start, end;		/* the name, without an abbreviation's dot */
};

/* A date as written. */
struct date_written {
	size_t start, end;		/* its text ("25/10/2020", "Oct. 25, 2024");
					 * start == end when there is none */
	size_t year_start, year_end;	/* the year's digits; equal when none */
	int day, month;			/* as read: maybe impossible (31/11, 13) */
	int year;			/* as written: 0 when none, 0-99 for two digits */
	int year_digits;		/* 0, 2 or 4 */
	int ambiguous;			/* numeric English that reads both ways */
};

/* The last end of a range: its weekday and its day (the first end's are
 * the mention's weekday and its date's day; the month and year, as
 * written once, are the date's). */
struct date_range_end {
	struct date_weekday weekday;	/* wday -1 when the mention is no range */
	int day;
	size_t first_day_start, first_day_end;	/* the first day's digits */
	size_t day_start, day_end;	/* the last day's digits */
};

/* A weekday alone, a date alone, a weekday with its date, or a range. */
struct date_mention {
	size_t start, end;		/* from the weekday (or date) to the date's end
					 * (or the weekday's, when it comes after) */
	struct date_weekday weekday;	/* wday -1 for a date alone */
	struct date_written date;	/* empty for a weekday alone; a range's
					 * whole "6–8/10/2025", day the first */
	struct date_range_end last;	/* a range's last end */
};

/*
 * The first mention in the paragraph that starts at or after from: 1 with
 * *m filled, or 0 when there is none.  The next one is found from m->end.
 */
int date_scan_next(const char *s, size_t len, size_t from, int english, struct date_mention *m);

#endif
