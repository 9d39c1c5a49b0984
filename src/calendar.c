/*
 * calendar.c - Gregorian day arithmetic (calendar.h), after Howard
 * Hinnant's days_from_civil and civil_from_days: years counted from
 * March, so that February's leap day is the last of its year.
 */
#include <stdlib.h>

#include "calendar.h"

int calendar_is_leap(int year)
{
	return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int calendar_days_in_month(int year, int month)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (month < 1 || month > 12)
		return 0;
	if (month == 2 && (year == 0 || calendar_is_leap(year)))
		return 29;
	return days[month - 1];
}

int calendar_is_valid(const struct calendar_date *d)
{
	return d->month >= 1 && d->month <= 12 && d->day >= 1 &&
	       d->day <= calendar_days_in_month(d->year, d->month);
}

long calendar_day_number(int year, int month, int day)
{
	long y = (long)year - (month <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * ((month + 9) % 12) + 2) / 5 + day - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

void calendar_from_day_number(long days, int *year, int *month, int *day)
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

int calendar_weekday(int year, int month, int day)
{
	/* 1970-01-01 was a Thursday */
	return (int)((calendar_day_number(year, month, day) % 7 + 11) % 7);
}

int calendar_parse_iso(const char *text, struct calendar_date *out)
{
	size_t k;

	for (k = 0; k < 10; k++)
		if (k == 4 || k == 7 ? text[k] != '-' : !(text[k] >= '0' && text[k] <= '9'))
			return 0;
	if (text[10] != '\0' && text[10] != 'T' && text[10] != 't' && text[10] != ' ')
		return 0;
	out->year = atoi(text);
	out->month = atoi(text + 5);
	out->day = atoi(text + 8);
	return calendar_is_valid(out);
}
