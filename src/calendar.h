/*
 * calendar.h - the proleptic Gregorian calendar: leap years, month
 * lengths, day numbers (days since 1970-01-01), weekdays, and ISO 8601
 * dates (YYYY-MM-DD).  Independent of the time zone, the locale and
 * time_t: the date check (check-date.c) and the time stamps of annotation
 * sets (annotations/yamlset.c) both count with it.
 */
#ifndef TANDA_CALENDAR_H
#define TANDA_CALENDAR_H

/* A day: year (any), month 1-12, day 1-31. */
struct calendar_date {
	int year, month, day;
};

/* Whether year is a Gregorian leap year. */
int calendar_is_leap(int year);

/* The days in month (1-12) of year; for year 0 (unknown), 29 for
 * February; 0 for a month out of range. */
int calendar_days_in_month(int year, int month);

/* Whether d is a day of the calendar (its month and day exist). */
int calendar_is_valid(const struct calendar_date *d);

/* The number of days from 1970-01-01 to a date (negative before it). */
long calendar_day_number(int year, int month, int day);

/* The date of a day number, into *year, *month, *day. */
void calendar_from_day_number(long days, int *year, int *month, int *day);

/* The weekday of a date: 0 Sunday ... 6 Saturday. */
int calendar_weekday(int year, int month, int day);

/* Read "YYYY-MM-DD" at the start of text, maybe with a time after it (T,
 * t or a space next), into *out: 1 when it is a real date, else 0. */
int calendar_parse_iso(const char *text, struct calendar_date *out);

#endif
