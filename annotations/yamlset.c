/*
 * yamlset.c - the time stamps of annotation sets: any form the YAML
 * timestamp type allows, read and written back in UTC with a Z.
 *
 * The forms (YAML 1.1's timestamp regular expression, which PyYAML follows):
 *
 *     2026-11-26                              a date: midnight UTC
 *     2026-11-26T06:00:00Z                    t or T, or spaces or tabs
 *     2026-11-26 06:00:00+00:00               between date and time
 *     2026-11-26t6:00:00.123456 -07           a fraction (dropped), an
 *     2026-11-26T06:00:00                     offset of [+-]H[H][:MM], none
 *                                             meaning UTC
 *
 * Months and days take one or two digits when a time follows; a bare date
 * has two.  Dates are checked (no February 30th) and the offset applied
 * with our own day arithmetic, so that nothing depends on the local time
 * zone or on timegm(3).
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dates.h"
#include "yamlread.h"
#include "yamlset.h"

/* A broken-down time as read, before the offset is applied. */
struct stamp {
	int year, month, day, hour, minute, second;
	int offset;	/* minutes east of UTC */
};

/* Read between min and max digits at *s into *out, moving *s past them;
 * 0 on success. */
static int digits(const char **s, int min, int max, int *out)
{
	int n = 0, value = 0;

	while (n < max && (*s)[n] >= '0' && (*s)[n] <= '9') {
		value = value * 10 + ((*s)[n] - '0');
		n++;
	}
	if (n < min)
		return -1;
	*s += n;
	*out = value;
	return 0;
}

/* Skip the character c at *s; 0 when it was there. */
static int expect(const char **s, char c)
{
	if (**s != c)
		return -1;
	(*s)++;
	return 0;
}

/* Read the date part, year-month-day; a bare date wants two-digit month
 * and day.  0 on success. */
static int read_date(const char **s, struct stamp *t)
{
	const char *start = *s;

	if (digits(s, 4, 4, &t->year) != 0 || expect(s, '-') != 0 ||
	    digits(s, 1, 2, &t->month) != 0 || expect(s, '-') != 0 ||
	    digits(s, 1, 2, &t->day) != 0)
		return -1;
	if (**s == '\0' && *s - start != (ptrdiff_t)sizeof "2026-11-26" - 1)
		return -1;	/* 2026-1-5 alone is not a date */
	return 0;
}

/* Read the separator between date and time: t, T, or spaces and tabs. */
static int read_separator(const char **s)
{
	if (**s == 'T' || **s == 't') {
		(*s)++;
		return 0;
	}
	if (**s != ' ' && **s != '\t')
		return -1;
	while (**s == ' ' || **s == '\t')
		(*s)++;
	return 0;
}

/* Read the time zone: nothing (UTC), Z, or [+-]H[H][:MM], maybe after
 * spaces or tabs.  0 on success. */
static int read_zone(const char **s, struct stamp *t)
{
	int sign, hours, minutes = 0;

	while (**s == ' ' || **s == '\t')
		(*s)++;
	t->offset = 0;
	if (**s == '\0')
		return 0;
	if (**s == 'Z' || **s == 'z') {
		(*s)++;
		return 0;
	}
	if (**s != '+' && **s != '-')
		return -1;
	sign = **s == '-' ? -1 : 1;
	(*s)++;
	if (digits(s, 1, 2, &hours) != 0 || hours > 23)
		return -1;
	if (**s == ':' && (expect(s, ':') != 0 || digits(s, 2, 2, &minutes) != 0 || minutes > 59))
		return -1;
	t->offset = sign * (hours * 60 + minutes);
	return 0;
}

/* Read the time part, H[H]:MM:SS[.fraction] and a zone.  0 on success. */
static int read_time(const char **s, struct stamp *t)
{
	int ignored;

	if (read_separator(s) != 0 || digits(s, 1, 2, &t->hour) != 0 || expect(s, ':') != 0 ||
	    digits(s, 2, 2, &t->minute) != 0 || expect(s, ':') != 0 ||
	    digits(s, 2, 2, &t->second) != 0)
		return -1;
	if (**s == '.') {
		(*s)++;
		while (digits(s, 1, 9, &ignored) == 0)
			;	/* the fraction: any number of digits, dropped */
	}
	return read_zone(s, t);
}

/* Whether the fields of t are a real date and time of day. */
static int valid(const struct stamp *t)
{
	return t->month >= 1 && t->month <= 12 && t->day >= 1 &&
	       t->day <= dates_days_in_month(t->year, t->month) && t->hour <= 23 &&
	       t->minute <= 59 && t->second <= 59;
}

/* Move t to UTC by taking its offset off; 0 unless the year leaves
 * 0000-9999. */
static int to_utc(struct stamp *t)
{
	int64_t minutes = (int64_t)dates_day_number(t->year, t->month, t->day) * 1440 +
			  t->hour * 60 + t->minute - t->offset;
	int64_t days = (minutes >= 0 ? minutes : minutes - 1439) / 1440;

	minutes -= days * 1440;
	dates_from_day_number((long)days, &t->year, &t->month, &t->day);
	t->hour = (int)(minutes / 60);
	t->minute = (int)(minutes % 60);
	t->offset = 0;
	return t->year >= 0 && t->year <= 9999 ? 0 : -1;
}

/* Write value (0 or more) as width decimal digits at out. */
static void put_digits(char *out, int value, int width)
{
	while (width-- > 0) {
		out[width] = (char)('0' + value % 10);
		value /= 10;
	}
}

int yamlset_utc_time(const char *text, char out[ANNOTATION_TIME_SIZE])
{
	struct stamp t;
	const char *s = text;

	memset(&t, 0, sizeof t);
	if (read_date(&s, &t) != 0)
		return -1;
	if (*s != '\0' && read_time(&s, &t) != 0)
		return -1;
	if (*s != '\0' || !valid(&t) || to_utc(&t) != 0)
		return -1;
	memcpy(out, "0000-00-00T00:00:00Z", ANNOTATION_TIME_SIZE);
	put_digits(out, t.year, 4);
	put_digits(out + 5, t.month, 2);
	put_digits(out + 8, t.day, 2);
	put_digits(out + 11, t.hour, 2);
	put_digits(out + 14, t.minute, 2);
	put_digits(out + 17, t.second, 2);
	return 0;
}

enum tanda_status yamlset_set_time(struct yamlread *r, void *record,
				   const struct yamlread_field *f)
{
	const char *value = yamlread_scalar(r, "a time stamp");

	if (value == NULL)
		return r->err->status;
	if (yamlset_utc_time(value, yamlread_field_at(record, f)) != 0)
		return yamlread_mistyped(r, "a time stamp such as 2026-11-26T07:42:26Z");
	return TANDA_OK;
}
