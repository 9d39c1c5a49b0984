/*
 * term.c - curses set-up and tear-down, key reading, and signals.
 *
 * SIGINT, SIGTERM and SIGHUP only set a flag (the one global here, as a
 * signal handler needs); the blocking read returns, the main loop ends,
 * and the caller restores the terminal before anything else happens.
 * SIGTSTP is left to curses, which suspends and resumes cleanly.
 */
#include <curses.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "term.h"

static volatile sig_atomic_t stop_signal;

/* Note the signal; the main loop sees it when the read returns. */
static void on_stop_signal(int sig)
{
	stop_signal = sig;
}

/* Catch the signals that end the program, without restarting reads. */
static void catch_stop_signals(void)
{
	static const int signals[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_stop_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof signals / sizeof signals[0]; i++)
		sigaction(signals[i], &sa, NULL);
}

int term_stop_signal(void)
{
	return stop_signal;
}

/* The modes tanda runs curses in. */
static void set_modes(void)
{
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	mousemask(BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED |
		  BUTTON5_PRESSED, NULL);
	mouseinterval(0);
}

int term_start(struct term *t, char *why, size_t why_size)
{
	const char *name = getenv("TERM");
	FILE *in = stdin;

	memset(t, 0, sizeof *t);
	if (name == NULL || name[0] == '\0') {
		snprintf(why, why_size, "TERM is not set: cannot open the reader");
		return -1;
	}
	if (!isatty(STDIN_FILENO) && (in = fopen("/dev/tty", "r")) == NULL) {
		snprintf(why, why_size, "no terminal to read keys from: %s", strerror(errno));
		return -1;
	}
	t->screen = newterm(name, stdout, in);
	if (t->screen == NULL) {
		if (in != stdin)
			fclose(in);
		snprintf(why, why_size, "unknown terminal type \"%s\"", name);
		return -1;
	}
	t->in = in != stdin ? in : NULL;
	set_modes();
	catch_stop_signals();
	return 0;
}

int term_start_virtual(struct term *t, int cols, int rows, char *why, size_t why_size)
{
	const char *name = getenv("TERM");
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");

	memset(t, 0, sizeof *t);
	t->is_virtual = 1;
	if (out == NULL || in == NULL) {
		snprintf(why, why_size, "/dev/null: %s", strerror(errno));
		goto fail;
	}
	t->screen = newterm(name && *name ? name : "xterm-256color", out, in);
	if (t->screen == NULL)
		t->screen = newterm("xterm-256color", out, in);
	if (t->screen == NULL) {
		snprintf(why, why_size, "cannot start a virtual terminal");
		goto fail;
	}
	t->in = in;
	t->out = out;
	set_modes();
	term_resize(t, cols, rows);
	return 0;
fail:
	if (out != NULL)
		fclose(out);
	if (in != NULL)
		fclose(in);
	return -1;
}

void term_stop(struct term *t)
{
	if (t->screen == NULL)
		return;
	endwin();
	delscreen(t->screen);
	t->screen = NULL;
	if (t->in != NULL)
		fclose(t->in);
	if (t->out != NULL)
		fclose(t->out);
	t->in = t->out = NULL;
}

void term_resize(struct term *t, int cols, int rows)
{
	(void)t;
	resizeterm(rows < 1 ? 1 : rows, cols < 1 ? 1 : cols);
}

/* Turn a curses mouse event into *key; 0 if it is one tanda uses. */
static int read_mouse(struct key *key)
{
	MEVENT event;

	if (getmouse(&event) != OK)
		return -1;
	key->kind = KEY_KIND_MOUSE;
	key->x = event.x;
	key->y = event.y;
	if (event.bstate & BUTTON4_PRESSED)
		key->code = MOUSE_WHEEL_UP;
	else if (event.bstate & BUTTON5_PRESSED)
		key->code = MOUSE_WHEEL_DOWN;
	else if (event.bstate & BUTTON1_CLICKED)
		key->code = MOUSE_CLICK;
	else if (event.bstate & BUTTON1_PRESSED)
		key->code = MOUSE_PRESS;
	else if (event.bstate & BUTTON1_RELEASED)
		key->code = MOUSE_RELEASE;
	else
		return -1;
	return 0;
}

/* How many failed reads in a row mean the terminal is gone. */
#define MAX_READ_ERRORS 100

int term_read_key(struct term *t, struct key *key)
{
	int errors = 0;

	(void)t;
	for (;;) {
		wint_t ch;
		int rc;

		if (stop_signal)
			return -1;
		rc = get_wch(&ch);
		if (rc == ERR) {	/* a signal (look at the flag), or no terminal */
			if (++errors >= MAX_READ_ERRORS)
				return -1;
			continue;
		}
		memset(key, 0, sizeof *key);
		if (rc == OK) {
			key->kind = KEY_KIND_CHAR;
			key->code = (uint32_t)ch;
			return 0;
		}
		if (ch == KEY_RESIZE) {
			key->kind = KEY_KIND_RESIZE;
			key->x = COLS;
			key->y = LINES;
			return 0;
		}
		if (ch == KEY_MOUSE) {
			if (read_mouse(key) == 0)
				return 0;
			continue;
		}
		key->kind = KEY_KIND_FUNCTION;
		key->code = (uint32_t)ch;
		return 0;
	}
}
