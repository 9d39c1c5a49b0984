/*
 * term.c - the terminal's edge: curses set-up and tear-down, reading keys
 * (curses' key codes become tanda's here), showing what was drawn, and
 * signals.
 *
 * The terminal is in raw mode: Ctrl-C reaches the reader as a key (it
 * cancels a prompt, a form or a selection; it does not end the program
 * and lose what is being typed), and so does Ctrl-Z, which term_read_key
 * turns into a suspension as the terminal would have (term_suspend).
 * SIGINT (from kill), SIGTERM and SIGHUP only set a flag (the one global
 * here, as a signal handler needs); the blocking read returns, the main
 * loop ends, and the caller restores the terminal before anything else
 * happens.  A SIGTSTP from elsewhere is left to curses.  SIGBUS
 * cannot wait for the loop: its handler restores the terminal, then hands
 * the signal to the handler that was there before (cli/cmd.c's, which
 * names the file).
 */
#include <curses.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "strbuf.h"
#include "term.h"
#include "utf8.h"

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

/* What SIGBUS did before the reader started (static, for the handler). */
static struct sigaction bus_error_before;

/*
 * A read of the article's mapping after its file was cut short (edited in
 * place while open) raises SIGBUS, and the program cannot go on: give the
 * terminal back (as curses' own handlers do, endwin() in the handler),
 * then let the handler from before say why and exit.  Nothing is lost:
 * every annotation was saved when it was made.
 */
static void on_bus_error(int sig)
{
	endwin();
	sigaction(sig, &bus_error_before, NULL);
	raise(sig);	/* delivered to that handler (or kills) on return */
}

/* Restore the terminal on SIGBUS (set), or no longer (!set). */
static void catch_bus_error(int set)
{
	struct sigaction sa;

	if (!set) {
		sigaction(SIGBUS, &bus_error_before, NULL);
		return;
	}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_bus_error;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGBUS, &sa, &bus_error_before);
}

int term_stop_signal(void)
{
	return stop_signal;
}

/* The modes tanda runs curses in: raw, so that Ctrl-C and Ctrl-Z are
 * keys, not signals. */
static void set_modes(void)
{
	raw();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	set_escdelay(25);
	mousemask(BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED |
		  BUTTON5_PRESSED, NULL);
	mouseinterval(0);
}

/* Whether the terminal curses just started on can put the cursor
 * anywhere (cup): on "dumb" the reader would show only its last line. */
static int can_move_cursor(void)
{
	const char *cup = tigetstr("cup");

	return cup != NULL && cup != (const char *)-1;
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
	if (t->screen == NULL || !can_move_cursor()) {
		if (t->screen != NULL) {
			endwin();
			delscreen(t->screen);
			t->screen = NULL;
			snprintf(why, why_size, "terminal type \"%s\" cannot move the cursor: "
				 "cannot open the reader", name);
		} else {
			snprintf(why, why_size, "unknown terminal type \"%s\"", name);
		}
		if (in != stdin)
			fclose(in);
		return -1;
	}
	t->in = in != stdin ? in : NULL;
	set_modes();
	catch_stop_signals();
	catch_bus_error(1);
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
	if (!t->is_virtual)
		catch_bus_error(0);
	endwin();
	delscreen(t->screen);
	t->screen = NULL;
	if (t->in != NULL)
		fclose(t->in);
	if (t->out != NULL)
		fclose(t->out);
	t->in = t->out = NULL;
}

void term_size(const struct term *t, int *cols, int *rows)
{
	(void)t;
	*cols = COLS;
	*rows = LINES;
}

void term_refresh(struct term *t, int all)
{
	(void)t;
	if (all)
		clearok(curscr, TRUE);
	refresh();
}

void term_resize(struct term *t, int cols, int rows)
{
	(void)t;
	resizeterm(rows < 1 ? 1 : rows, cols < 1 ? 1 : cols);
}

/* Whether the terminal takes OSC 52: it says so (Ms), or TERM names a
 * family that does. */
static int takes_clipboard(void)
{
	static const char *const families[] = {
		"xterm", "screen", "tmux", "alacritty", "kitty", "foot", "wezterm", "st-", "rxvt",
		"vte", "contour", "ghostty", "iterm",
	};
	const char *ms = tigetstr("Ms"), *name = getenv("TERM");
	size_t i;

	if (ms != NULL && ms != (const char *)-1)
		return 1;
	for (i = 0; name != NULL && i < sizeof families / sizeof families[0]; i++)
		if (strncmp(name, families[i], strlen(families[i])) == 0)
			return 1;
	return 0;
}

int term_clipboard(struct term *t, const char *text, size_t len)
{
	struct strbuf seq = STRBUF_INIT;
	int rc = -1;

	if (t->is_virtual)
		return 0;
	if (!takes_clipboard())
		return -1;
	strbuf_addstr(&seq, "\033]52;c;");
	strbuf_addbase64(&seq, text, len);
	strbuf_addch(&seq, '\a');
	if (strbuf_ok(&seq) && fwrite(seq.buf, 1, seq.len, stdout) == seq.len &&
	    fflush(stdout) == 0)
		rc = 0;
	strbuf_release(&seq);
	return rc;
}

/* The file descriptor the terminal's keys come from. */
static int input_fd(const struct term *t)
{
	return t->in != NULL ? fileno(t->in) : STDIN_FILENO;
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

int term_input_pending(const struct term *t)
{
	struct pollfd in;

	if (t->is_virtual)
		return 0;
	in.fd = input_fd(t);
	in.events = POLLIN;
	in.revents = 0;
	return poll(&in, 1, 0) == 1 && (in.revents & POLLIN);
}

/* curses' function keys and tanda's codes for them. */
static const struct {
	int curses;
	enum key_function code;
} function_keys[] = {
	{ KEY_UP, KEYC_UP },
	{ KEY_DOWN, KEYC_DOWN },
	{ KEY_LEFT, KEYC_LEFT },
	{ KEY_RIGHT, KEYC_RIGHT },
	{ KEY_PPAGE, KEYC_PAGE_UP },
	{ KEY_NPAGE, KEYC_PAGE_DOWN },
	{ KEY_HOME, KEYC_HOME },
	{ KEY_END, KEYC_END },
	{ KEY_IC, KEYC_INSERT },
	{ KEY_DC, KEYC_DELETE },
	{ KEY_BACKSPACE, KEYC_BACKSPACE },
	{ KEY_BTAB, KEYC_BACKTAB },
	{ KEY_ENTER, KEYC_ENTER },
};

/* tanda's code for curses' function key ch: the only place that knows
 * curses' codes. */
static uint32_t function_key(int ch)
{
	size_t i;

	for (i = 0; i < sizeof function_keys / sizeof function_keys[0]; i++)
		if (function_keys[i].curses == ch)
			return function_keys[i].code;
	if (ch >= KEY_F(1) && ch <= KEY_F(12))
		return KEYC_F(ch - KEY_F(0));
	return KEYC_UNKNOWN;
}

/* How many failed reads in a row mean the terminal is gone. */
#define MAX_READ_ERRORS 100

/*
 * Read the rest of the UTF-8 character that starts with the byte lead (a
 * terminal sends a character whole) and return it; U+FFFD for one that is
 * ill-formed, and the byte that broke it is read again as the next key.
 * (curses' get_wch, given a byte that is not UTF-8, keeps every later key
 * waiting behind it: one stray byte froze the reader.)
 */
static uint32_t read_utf8(int lead)
{
	char bytes[4];
	size_t len = 1;
	uint32_t cp;

	if (lead < 0xC2 || lead > 0xF4)	/* never the first byte of a character */
		return UTF8_REPLACEMENT;
	bytes[0] = (char)lead;
	for (;;) {
		int n = utf8_decode(bytes, len, &cp), c;

		if (n > 0)
			return cp;
		if ((size_t)-n < len) {	/* the last byte does not belong */
			ungetch((unsigned char)bytes[len - 1]);
			return UTF8_REPLACEMENT;
		}
		if (len == sizeof bytes || (c = getch()) == ERR)
			return UTF8_REPLACEMENT;
		if (c > 0xFF) {	/* a function key: the next read gets it */
			ungetch(c);
			return UTF8_REPLACEMENT;
		}
		bytes[len++] = (char)c;
	}
}

/* Take the terminal's size now into curses, when it changed while the
 * program was stopped (no SIGWINCH reaches a stopped process's curses). */
static void take_size(const struct term *t)
{
	struct winsize size;

	if (ioctl(input_fd(t), TIOCGWINSZ, &size) == 0 && size.ws_col > 0 && size.ws_row > 0 &&
	    (size.ws_col != COLS || size.ws_row != LINES))
		resizeterm(size.ws_row, size.ws_col);
}

int term_suspend(struct term *t)
{
	struct sigaction stop, before;

	if (t->is_virtual || sigaction(SIGTSTP, NULL, &before) != 0 ||
	    before.sa_handler == SIG_IGN)
		return -1;	/* no job control to come back from */
	endwin();
	memset(&stop, 0, sizeof stop);
	stop.sa_handler = SIG_DFL;
	sigemptyset(&stop.sa_mask);
	sigaction(SIGTSTP, &stop, NULL);
	kill(0, SIGTSTP);	/* the process group, as the terminal's Ctrl-Z does */
	sigaction(SIGTSTP, &before, NULL);
	take_size(t);
	clearok(curscr, TRUE);
	refresh();	/* back in the reader's modes, all of it redrawn */
	return 0;
}

void term_outside(struct term *t, void (*fn)(void *context), void *context)
{
	if (t->is_virtual) {
		fn(context);
		return;
	}
	endwin();
	fn(context);
	take_size(t);
	clearok(curscr, TRUE);
	refresh();	/* back in the reader's modes, all of it redrawn */
}

/* Ctrl-Z read as a key (raw mode): suspend, then report the size the
 * window has now, so that everything is laid out and drawn again. */
static void suspended(struct term *t, struct key *key)
{
	(void)term_suspend(t);
	key->kind = KEY_KIND_RESIZE;
	key->x = COLS;
	key->y = LINES;
}

/* Read what curses has for us without waiting (what it holds already: a
 * key pushed back, a sequence's rest, a resize a signal told it of, which
 * is not in the file) into t's peeked key; whether there was one. */
static int peek_key(struct term *t)
{
	int ch;

	nodelay(stdscr, TRUE);
	ch = getch();
	nodelay(stdscr, FALSE);
	if (ch == ERR)
		return 0;
	t->has_peeked = 1;
	t->peeked = ch;
	return 1;
}

int term_wait_key(struct term *t, int ms)
{
	struct pollfd in = { .fd = input_fd(t), .events = POLLIN, .revents = 0 };
	int ready;

	if (t->is_virtual || stop_signal || t->has_peeked || peek_key(t))
		return 1;
	ready = poll(&in, 1, ms);
	if (ready < 0)		/* a signal: a stop, or a resize curses now knows */
		return stop_signal || peek_key(t) || errno != EINTR;
	return ready > 0;	/* input, or a hang-up that the read reports */
}

int term_read_key(struct term *t, struct key *key)
{
	int errors = 0;

	for (;;) {
		int ch;

		if (stop_signal)
			return -1;
		ch = t->has_peeked ? t->peeked : getch();
		t->has_peeked = 0;
		if (ch == ERR) {	/* a signal (look at the flag), or no terminal */
			if (++errors >= MAX_READ_ERRORS) {
				/* the terminal is gone without a SIGHUP reaching us
				 * (the pane was closed, its shell ignores SIGHUP):
				 * end as the hang-up would have, not with 0 */
				stop_signal = SIGHUP;
				return -1;
			}
			continue;
		}
		memset(key, 0, sizeof *key);
		if (ch == (int)KEY_CTRL('z') && !t->is_virtual) {
			suspended(t, key);
			return 0;
		}
		if (ch <= 0xFF) {	/* a byte: ASCII, or the first of a character */
			key->kind = KEY_KIND_CHAR;
			key->code = ch < 0x80 ? (uint32_t)ch : read_utf8(ch);
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
		key->code = function_key(ch);
		return 0;
	}
}
