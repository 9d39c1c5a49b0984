/*
 * annotate.c - the annotating actions and their forms.  A form is a list
 * of steps; each step asks one thing (in the prompt, or as one letter in
 * the status line) and puts the answer in the draft; after the last step
 * the draft is saved.  Every save, deletion, undo and redo goes to the
 * store at once and is mirrored in the overlay the reader draws.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "anchor.h"
#include "annotate.h"
#include "app.h"
#include "editor.h"
#include "grow.h"
#include "quotes.h"
#include "store.h"
#include "strbuf.h"

static const enum form_step correction_steps[] = {
	STEP_REPLACEMENT, STEP_CORRECTION_KIND, STEP_NOTE, STEP_END,
};
static const enum form_step tag_steps[] = { STEP_TAGS, STEP_CLAIM_STATUS, STEP_END };
static const enum form_step note_steps[] = { STEP_NOTE, STEP_END };
static const enum form_step quote_steps[] = { STEP_SPEAKER, STEP_END };
static const enum form_step pick_quote_steps[] = { STEP_PICK_QUOTE, STEP_SPEAKER, STEP_END };
static const enum form_step edit_highlight_steps[] = { STEP_TAGS, STEP_NOTE, STEP_END };
static const enum form_step edit_quote_steps[] = { STEP_SPEAKER, STEP_TAGS, STEP_NOTE, STEP_END };
static const enum form_step edit_claim_steps[] = {
	STEP_TAGS, STEP_CLAIM_STATUS, STEP_NOTE, STEP_END,
};
static const enum form_step edit_note_steps[] = { STEP_NOTE, STEP_TAGS, STEP_END };

/* What `e` asks, by kind. */
static const enum form_step *const edit_steps[KIND_COUNT] = {
	[KIND_HIGHLIGHT] = edit_highlight_steps,
	[KIND_QUOTE] = edit_quote_steps,
	[KIND_CLAIM] = edit_claim_steps,
	[KIND_CORRECTION] = correction_steps,
	[KIND_NOTE] = edit_note_steps,
};

/* A one-letter answer and the enum value it stands for. */
struct letter {
	char key;
	int value;
};

static const struct letter claim_letters[] = {
	{ 'u', CLAIM_UNVERIFIED }, { 's', CLAIM_SUPPORTED }, { 'd', CLAIM_DISPUTED },
	{ 'f', CLAIM_FALSE }, { 'm', CLAIM_MISLEADING }, { 'n', CLAIM_NEEDS_SOURCE },
	{ 0, 0 },
};

static const struct letter correction_letters[] = {
	{ 'd', CORRECTION_DATE }, { 'n', CORRECTION_NAME }, { 't', CORRECTION_TITLE },
	{ 'u', CORRECTION_NUMBER }, { 's', CORRECTION_SPELLING },
	{ 'a', CORRECTION_ATTRIBUTION }, { 'o', CORRECTION_OTHER }, { 0, 0 },
};

static void quote_range(struct app *app, size_t start, size_t end);
static void form_start(struct app *app, const enum form_step *steps, struct annotation *draft,
		       int existing);

/* Whether the store is there to save to; says so when not. */
static int can_save(struct app *app)
{
	if (app->store == NULL) {
		app_message(app, 1, "annotations unavailable: nothing can be saved");
		return 0;
	}
	if (!app_file_changed(app))
		return 1;
	/* words of a text that is no longer the file's are never recorded */
	if (app_reload_file(app) == 0)
		app_message(app, 1, "the file changed on disk: reloaded; nothing saved (do it "
			    "again on the text as it is now)");
	return 0;
}

/* Mark draft d decided by the app's author now: rejected (reject) or
 * accepted; 0, or -1 when out of memory. */
static int decided(struct app *app, struct annotation *d, int reject)
{
	d->correction_status = reject ? CORRECTION_REJECTED : CORRECTION_ACCEPTED;
	annotation_now(d->reviewed_at);
	return annotation_set(&d->reviewed_by, app->author);
}

/* The bytes an action applies to: the selection, else the focused
 * paragraph; 0 when there is nothing (an empty article). */
static int target(struct app *app, size_t *start, size_t *end)
{
	const struct paragraph *p;

	if (app->selection.active) {
		*start = app->selection.start;
		*end = app->selection.end;
		app->selection.active = 0;
		return 1;
	}
	if (app->article->count == 0) {
		app_message(app, 1, "the article is empty");
		return 0;
	}
	p = &app->article->paragraphs[app->view.focus];
	*start = p->start;
	*end = p->start + p->len;
	return 1;
}

/* Start draft a as a new annotation of kind on bytes [start, end); 0 on
 * success, else the status line says why. */
static int new_draft(struct app *app, enum annotation_kind kind, size_t start, size_t end,
		     struct annotation *a)
{
	struct tanda_error err;

	annotation_init(a);
	a->kind = kind;
	if (anchor_make(app->article, start, end, &a->anchor, &err) != TANDA_OK) {
		app_message(app, 1, "%s", err.message);
		return -1;
	}
	memcpy(a->article, article_sha256(app->article), sizeof a->article);
	if (kind == KIND_CLAIM)
		a->claim = CLAIM_UNVERIFIED;
	if (kind == KIND_CORRECTION) {
		a->correction_status = CORRECTION_PROPOSED;
		a->correction_kind = CORRECTION_OTHER;
	}
	if (annotation_set(&a->author, app->author) != 0) {
		annotation_clear(a);
		app_message(app, 1, "out of memory");
		return -1;
	}
	return 0;
}

/* Whether a covers the whole of its paragraph (an action with nothing
 * selected made it). */
static int whole_paragraph(const struct app *app, const struct annotation *a)
{
	uint32_t para = a->anchor.paragraph;

	return a->anchor.exact != NULL && para >= 1 && para <= app->article->count &&
	       a->anchor.para_start == 0 &&
	       strlen(a->anchor.exact) == app->article->paragraphs[para - 1].len;
}

/* A short description of a for messages: its kind and its words, or the
 * paragraph it covers whole (the same when saved and when undone, so
 * that what u undoes is plain). */
static void describe(const struct app *app, const struct annotation *a, char *buf, size_t size)
{
	const char *exact = a->anchor.exact ? a->anchor.exact : "";

	if (whole_paragraph(app, a))
		snprintf(buf, size, "%s on all of paragraph %u", annotation_kind_names[a->kind],
			 (unsigned)a->anchor.paragraph);
	else if (a->kind == KIND_CORRECTION)
		snprintf(buf, size, "correction \"%.60s\" -> \"%.60s\"", exact,
			 a->replacement ? a->replacement : "");
	else
		snprintf(buf, size, "%s \"%.80s\"", annotation_kind_names[a->kind], exact);
}

/* Show a (or its removal) in the overlay; make it current when shown. */
static void show(struct app *app, const struct annotation *a)
{
	if (overlay_put(&app->overlay, a) != 0) {
		app_message(app, 1, "out of memory");
		return;
	}
	app_set_current(app, a->deleted ? SIZE_MAX : overlay_find(&app->overlay, a->id));
}

/* Whether texts x and y (NULL: none) are the same. */
static int same_text(const char *x, const char *y)
{
	return x == NULL || y == NULL ? x == y : strcmp(x, y) == 0;
}

/* Whether a says what before says but for its replacement and status:
 * the same note, speaker, correction kind and (sorted) tags. */
static int same_but_words(const struct annotation *before, const struct annotation *a)
{
	size_t i;

	if (!same_text(before->note, a->note) || !same_text(before->speaker, a->speaker) ||
	    before->correction_kind != a->correction_kind || before->ntags != a->ntags)
		return 0;
	for (i = 0; i < a->ntags; i++)
		if (strcmp(before->tags[i], a->tags[i]) != 0)
			return 0;
	return 1;
}

/* Refuse a change to someone else's annotation (a change nobody else
 * would see, lost at its author's next edit); TANDA_EDATA. */
static enum tanda_status only_author(const struct annotation *before, struct tanda_error *err)
{
	return tanda_fail(err, TANDA_EDATA, "it is %s's: only its author changes it "
			  "(d dismisses it; R reviews a correction)", before->author);
}

/* Write a to the store: a correction's change of status from before's
 * through the store's decisions (accepting is refused over an accepted
 * correction that overlaps it, put into *other; a published one accepted
 * again is taken back), and so are the words a reviewer gives someone
 * else's (proposed again with them), anything else as an insert (before
 * NULL) or an update with reason, refused on someone else's annotation
 * (a change nobody else would see, lost at its author's next edit). */
static enum tanda_status write_to_store(struct app *app, struct annotation *a,
					const struct annotation *before, const char *reason,
					struct annotation *other, struct tanda_error *err)
{
	enum correction_status to = a->correction_status;

	if (before == NULL)
		return store_annotation_insert(app->store, a, err);
	if (a->kind == KIND_CORRECTION && before->correction_status == to &&
	    strcmp(a->author, app->author) != 0 && a->replacement != NULL &&
	    (before->replacement == NULL || strcmp(a->replacement, before->replacement) != 0))
		/* a reviewer's words: a decision that proposes it with them */
		return !same_but_words(before, a) ? only_author(before, err)
		       : store_correction_reopen(app->store, a, app->author, reason, a->replacement,
						 err);
	if (a->kind != KIND_CORRECTION || before->correction_status == to ||
	    (to != CORRECTION_ACCEPTED && to != CORRECTION_REJECTED))
		return strcmp(before->author, app->author) == 0
		       ? store_annotation_update_why(app->store, a, reason, err)
		       : only_author(before, err);
	a->correction_status = before->correction_status;	/* the decision sets it */
	if (before->correction_status == CORRECTION_PUBLISHED && to == CORRECTION_ACCEPTED)
		return store_correction_unpublish(app->store, a, app->author, reason, err);
	if (to == CORRECTION_ACCEPTED)
		return store_correction_accept(app->store, a, app->author, other, err);
	return store_correction_reject(app->store, a, app->author, reason, err);
}

/* After a change from before (NULL: a new annotation) to a was saved:
 * undo, the overlay, the status line. */
static void saved(struct app *app, const struct annotation *before, const struct annotation *a)
{
	char what[200];

	if (undo_record(&app->undo, before, a) != 0)
		app_message(app, 1, "saved, but out of memory for undo");
	show(app, a);
	describe(app, a, what, sizeof what);
	if (!app->message_is_error)
		app_message(app, 0, "saved: %s%s", what,
			    before == NULL && whole_paragraph(app, a) ? " (u undoes)" : "");
}

/* After an accept was refused over the accepted correction other: ask
 * whether to reject that one instead (a form on it: y, then the reason;
 * n keeps both as they are). */
static void offer_reject_other(struct app *app, const struct annotation *other)
{
	static const enum form_step steps[] = { STEP_REJECT_OTHER, STEP_REASON, STEP_END };
	struct annotation draft;

	annotation_init(&draft);
	if (annotation_copy(&draft, other) != 0) {
		annotation_clear(&draft);
		app_message(app, 1, "out of memory");
		return;
	}
	form_start(app, steps, &draft, 1);
}

/* Save a as annotate_save does, with reason (NULL: none) for a
 * correction's history; a refused accept offers to reject the accepted
 * correction in its way. */
static int save_why(struct app *app, struct annotation *a, int existing, const char *reason)
{
	size_t i = existing ? overlay_find(&app->overlay, a->id) : SIZE_MAX;
	struct annotation before, other;
	struct tanda_error err;
	enum tanda_status status;

	if (!can_save(app))
		return -1;
	annotation_init(&before);
	annotation_init(&other);
	if (i != SIZE_MAX && annotation_copy(&before, &app->overlay.items[i].a) != 0) {
		app_message(app, 1, "out of memory");
		return -1;
	}
	if (existing && i == SIZE_MAX)
		status = store_annotation_update_why(app->store, a, reason, &err);
	else
		status = write_to_store(app, a, existing ? &before : NULL, reason, &other, &err);
	if (status == TANDA_OK)
		saved(app, existing ? &before : NULL, a);
	else if (other.id[0] != '\0')
		offer_reject_other(app, &other);	/* its question says why */
	else if (status == TANDA_ESTALE && app_reload_annotations(app) == 0)
		app_message(app, 1, "not saved: changed elsewhere since it was read; shown as it "
			    "is now");	/* the fresh record, nothing overwritten */
	else
		app_message(app, 1, "not saved: %s", err.message);
	annotation_clear(&before);
	annotation_clear(&other);
	return status == TANDA_OK ? 0 : -1;
}

int annotate_save(struct app *app, struct annotation *a, int existing)
{
	return save_why(app, a, existing, NULL);
}

/* Free the form's strings and close it. */
static void form_close(struct app *app)
{
	form_clear(&app->form);
	if (prompt_is_open(&app->prompt))
		prompt_close(&app->prompt);
}

void annotate_form_cancel(struct app *app)
{
	if (app->form.steps != NULL && app->form.steps[app->form.at] == STEP_PICK_QUOTE)
		app->selection.active = 0;
	form_close(app);
	app_message(app, 0, "cancelled: nothing saved");
}

/* Whether step is asked of the draft (a claim's status only of a claim). */
static int step_applies(const struct form *f, enum form_step step)
{
	return step != STEP_CLAIM_STATUS || f->draft.kind == KIND_CLAIM;
}

/* The draft's tags as they are typed: "a, b, c". */
static void join_tags(const struct annotation *a, char *buf, size_t size)
{
	struct strbuf sb;
	size_t i;

	strbuf_init_fixed(&sb, buf, size);
	for (i = 0; i < a->ntags; i++)
		strbuf_addf(&sb, "%s%s", i ? ", " : "", a->tags[i]);
}

/* store_tag_names callback: keep one tag name for completion. */
static int collect_tag(void *context, const char *name)
{
	struct form *f = context;

	if (GROW(f->tag_names, f->tag_names_alloc, f->ntag_names + 1) != 0)
		return 1;
	if ((f->tag_names[f->ntag_names] = strdup(name)) != NULL)
		f->ntag_names++;
	return 0;
}

/* Open the tag prompt with the draft's tags and the store's for Tab. */
static void ask_tags(struct app *app)
{
	struct form *f = &app->form;
	struct tanda_error err;
	char tags[PROMPT_MAX];

	if (f->tag_names == NULL)
		(void)store_tag_names(app->store, collect_tag, f, &err);
	join_tags(&f->draft, tags, sizeof tags);
	prompt_open(&app->prompt, PROMPT_TAGS, "tags (Tab completes): ", tags);
	prompt_set_completions(&app->prompt, (const char *const *)f->tag_names, f->ntag_names);
}

/* Select quoted passage i of the picker. */
static void pick_passage(struct app *app, size_t i)
{
	struct form *f = &app->form;

	f->passage = i;
	selection_range(&app->selection, app->article, f->passages[i][0], f->passages[i][1]);
}

/* Ask the current step's question. */
static void ask(struct app *app, enum form_step step)
{
	struct annotation *d = &app->form.draft;

	switch (step) {
	case STEP_PICK_QUOTE:
		pick_passage(app, 0);
		break;
	case STEP_SPEAKER:
		prompt_open(&app->prompt, PROMPT_SPEAKER, "speaker: ", d->speaker ? d->speaker : "");
		break;
	case STEP_TAGS:
		ask_tags(app);
		break;
	case STEP_REPLACEMENT:
		prompt_open(&app->prompt, PROMPT_REPLACEMENT, "replace with: ",
			    d->replacement ? d->replacement : d->anchor.exact);
		break;
	case STEP_NOTE:
		prompt_open(&app->prompt, PROMPT_NOTE, "note: ", d->note ? d->note : "");
		break;
	case STEP_REASON:
		prompt_open(&app->prompt, PROMPT_NOTE, "why rejected (optional): ", NULL);
		break;
	case STEP_UNPUBLISH_REASON:
		prompt_open(&app->prompt, PROMPT_NOTE, "why take it back (required): ", NULL);
		break;
	case STEP_DISMISS_REASON:
		prompt_open(&app->prompt, PROMPT_NOTE, "why dismissed (optional): ", NULL);
		break;
	case STEP_REJECT_OTHER:
	case STEP_CLAIM_STATUS:
	case STEP_CORRECTION_KIND:
	case STEP_END:
		break;	/* the status line asks (annotate_form_question) */
	}
}

/* Dismiss a, someone else's annotation, for reason (NULL: none): a
 * decision of the user's, which hides it here and travels in the user's
 * own set; u withdraws it. */
static void dismiss(struct app *app, const struct annotation *a, const char *reason)
{
	struct annotation gone;
	struct tanda_error err;
	char what[200];

	annotation_init(&gone);
	if (annotation_copy(&gone, a) != 0) {
		app_message(app, 1, "out of memory");
		return;
	}
	if (store_annotation_dismiss(app->store, &gone, app->author, reason, 1, &err) !=
	    TANDA_OK) {
		app_message(app, 1, "not dismissed: %s", err.message);
		annotation_clear(&gone);
		return;
	}
	if (undo_record_dismissal(&app->undo, &gone, app->author, reason) != 0)
		app_message(app, 1, "dismissed, but out of memory for undo");
	gone.deleted = 1;	/* hidden from the user's views */
	show(app, &gone);
	describe(app, &gone, what, sizeof what);
	if (!app->message_is_error)
		app_message(app, 0, "dismissed: %s (u undoes)", what);
	annotation_clear(&gone);
}

/* Go on to the next step that applies, or save after the last. */
static void form_advance(struct app *app)
{
	struct form *f = &app->form;

	while (f->steps[f->at] != STEP_END && !step_applies(f, f->steps[f->at]))
		f->at++;
	if (f->steps[f->at] == STEP_END) {
		struct annotation draft = f->draft;
		char *reason = f->reason;
		int existing = f->existing, dismissing = f->dismissing;

		annotation_init(&f->draft);
		f->reason = NULL;
		form_close(app);
		if (dismissing)
			dismiss(app, &draft, reason);
		else
			(void)save_why(app, &draft, existing, reason);
		annotation_clear(&draft);
		free(reason);
		return;
	}
	ask(app, f->steps[f->at]);
}

/* Open a form of steps on draft (taken over). */
static void form_start(struct app *app, const enum form_step *steps, struct annotation *draft,
		       int existing)
{
	form_close(app);
	app->form.steps = steps;
	app->form.draft = *draft;
	app->form.existing = existing;
	annotation_init(draft);
	form_advance(app);
}

/* Keep text (none when empty) as the reason for the history; 0, or -1
 * when out of memory. */
static int keep_reason(struct form *f, const char *text)
{
	free(f->reason);
	f->reason = text[0] ? strdup(text) : NULL;
	return text[0] && f->reason == NULL ? -1 : 0;
}

/* Take the text typed for step into the draft; 0 on success, -1 when out
 * of memory, 1 when the answer is refused (the status line says why). */
static int take_text(struct app *app, enum form_step step, const char *text)
{
	struct annotation *d = &app->form.draft;
	const char *value = text[0] ? text : NULL;

	switch (step) {
	case STEP_SPEAKER:
		return annotation_set_name(&d->speaker, value);
	case STEP_NOTE:
		if (value == NULL && d->kind == KIND_NOTE) {
			app_message(app, 1, "a note needs text (Esc cancels)");
			return 1;
		}
		return annotation_set(&d->note, value);
	case STEP_REPLACEMENT:
		if (text[0] == '\0' && d->correction_status == CORRECTION_ACCEPTED) {
			app_message(app, 1, "an accepted correction needs its replacement (Esc cancels)");
			return 1;
		}
		return annotation_set(&d->replacement, text);
	case STEP_TAGS:
		return annotate_parse_tags(d, text, !app->form.existing || d->kind == KIND_HIGHLIGHT);
	case STEP_UNPUBLISH_REASON:
		if (text[0] == '\0') {
			app_message(app, 1, "taking it back needs a reason (Esc cancels)");
			return 1;
		}
		return keep_reason(&app->form, text);
	case STEP_REASON:
	case STEP_DISMISS_REASON:
		return keep_reason(&app->form, text);
	default:
		return 0;
	}
}

int annotate_parse_tags(struct annotation *a, const char *text, int may_become_claim)
{
	char word[256];
	size_t i;

	for (i = 0; i < a->ntags; i++)
		free(a->tags[i]);
	free(a->tags);
	a->tags = NULL;
	a->ntags = 0;
	while (*text != '\0') {
		size_t len = strcspn(text, ", \t");

		if (len > 0 && len < sizeof word) {
			memcpy(word, text, len);
			word[len] = '\0';
			if (annotation_add_tag(a, word) != 0)
				return -1;
		}
		text += len;
		text += strspn(text, ", \t");
	}
	if (may_become_claim && a->kind == KIND_HIGHLIGHT && annotation_has_tag(a, "claim")) {
		a->kind = KIND_CLAIM;
		a->claim = CLAIM_UNVERIFIED;
		return annotation_set(&a->color, NULL);
	}
	return 0;
}

void annotate_form_answer(struct app *app, const char *text)
{
	struct form *f = &app->form;
	int taken;

	if (f->steps == NULL)
		return;
	taken = take_text(app, f->steps[f->at], text);
	if (taken < 0) {
		app_message(app, 1, "out of memory");
		form_close(app);
		return;
	}
	if (taken > 0) {
		ask(app, f->steps[f->at]);	/* ask again */
		return;
	}
	f->at++;
	form_advance(app);
}

/* The value of letter c in letters, or -1. */
static int letter_value(const struct letter *letters, uint32_t c)
{
	for (; letters->key != 0; letters++)
		if ((uint32_t)letters->key == c)
			return letters->value;
	return -1;
}

/* Whether key is Enter. */
static int is_enter(const struct key *key)
{
	return (key->kind == KEY_KIND_CHAR && (key->code == '\r' || key->code == '\n')) ||
	       (key->kind == KEY_KIND_FUNCTION && key->code == KEYC_ENTER);
}

/* Take a one-letter answer (Enter keeps the draft's value); 1 when the
 * key answered. */
static int take_letter(struct app *app, enum form_step step, const struct key *key)
{
	struct annotation *d = &app->form.draft;
	int value;

	if (step == STEP_REJECT_OTHER)
		return key->kind == KEY_KIND_CHAR && key->code == 'y' && decided(app, d, 1) == 0;
	if (is_enter(key))
		return 1;
	if (key->kind != KEY_KIND_CHAR)
		return 0;
	if (step == STEP_CLAIM_STATUS) {
		if ((value = letter_value(claim_letters, key->code)) < 0)
			return 0;
		d->claim = (enum claim_status)value;
		return 1;
	}
	if ((value = letter_value(correction_letters, key->code)) < 0)
		return 0;
	d->correction_kind = (enum correction_kind)value;
	return 1;
}

/* The quote picker's keys: Tab to the next passage, Enter to take it. */
static void picker_key(struct app *app, const struct key *key)
{
	struct form *f = &app->form;

	if (key->kind == KEY_KIND_CHAR && key->code == '\t') {
		pick_passage(app, (f->passage + 1) % f->npassages);
		return;
	}
	if (!is_enter(key))
		return;
	app->selection.active = 0;
	quote_range(app, f->passages[f->passage][0], f->passages[f->passage][1]);
}

int annotate_form_key(struct app *app, const struct key *key)
{
	struct form *f = &app->form;
	enum form_step step;

	if (f->steps == NULL || prompt_is_open(&app->prompt))
		return 0;
	step = f->steps[f->at];
	if (key->kind == KEY_KIND_CHAR && (key->code == KEY_ESCAPE || key->code == KEY_CTRL('c'))) {
		annotate_form_cancel(app);
		return 1;
	}
	if (step == STEP_PICK_QUOTE) {
		picker_key(app, key);
		return 1;
	}
	if (step == STEP_REJECT_OTHER && key->kind == KEY_KIND_CHAR && key->code == 'n') {
		form_close(app);
		app_message(app, 0, "both kept as they were");
		return 1;
	}
	if (take_letter(app, step, key)) {
		f->at++;
		form_advance(app);
	}
	return 1;	/* other keys wait for an answer */
}

/* Write the one-letter question label into buf: each name with its
 * letter in brackets where it first appears ("n[u]mber"). */
static void letters_question(const char *label, const struct letter *letters,
			     const char *const *names, char *buf, size_t size)
{
	struct strbuf sb;

	strbuf_init_fixed(&sb, buf, size);
	strbuf_addstr(&sb, label);
	for (; letters->key != 0; letters++) {
		const char *name = names[letters->value], *at = strchr(name, letters->key);

		if (at != NULL)
			strbuf_addf(&sb, " %.*s[%c]%s", (int)(at - name), name, letters->key, at + 1);
		else
			strbuf_addf(&sb, " [%c] %s", letters->key, name);
	}
}

const char *annotate_form_question(const struct app *app)
{
	static char question[256];
	const struct form *f = &app->form;

	if (f->steps == NULL || prompt_is_open(&app->prompt))
		return NULL;
	switch (f->steps[f->at]) {
	case STEP_CLAIM_STATUS:
		letters_question("status:", claim_letters, claim_status_names, question,
				 sizeof question);
		return question;
	case STEP_CORRECTION_KIND:
		letters_question("kind:", correction_letters, correction_kind_names,
				 question, sizeof question);
		return question;
	case STEP_PICK_QUOTE:
		snprintf(question, sizeof question, "quote %zu/%zu: Tab next, Enter takes it, Esc cancels",
			 f->passage + 1, f->npassages);
		return question;
	case STEP_REJECT_OTHER:
		snprintf(question, sizeof question, "overlaps accepted \"%.30s\" (\xC2\xB6%u): reject "
			 "that one? [y]es [n]o", f->draft.anchor.exact ? f->draft.anchor.exact : "",
			 (unsigned)f->draft.anchor.paragraph);
		return question;
	default:
		return NULL;
	}
}

/* The quote of paragraph p (text s) that bytes [start, end) of the
 * article's text fall in or hold: 1 and *q, or 0. */
static int quote_around(const struct paragraph *p, const char *s, size_t start, size_t end,
			struct quote *q)
{
	size_t from = 0;

	if (quotes_at(s, p->len, start - p->start, q))
		return 1;
	while (quotes_next(s, p->len, from, q)) {
		if (q->mark_start + p->start < end && q->mark_end + p->start > start)
			return 1;
		from = q->mark_end;
	}
	return 0;
}

/* Guess the speaker of the quote at bytes [start, end) into a: from the
 * attribution next to it, a pronoun taking the last named speaker, a
 * quote going on from the paragraph before. */
static void guess_speaker(struct app *app, size_t start, size_t end, struct annotation *a)
{
	const struct article *article = app->article;
	size_t i = article_paragraph_at(article, start);
	const struct paragraph *p = &article->paragraphs[i];
	char speaker[QUOTES_NAME_SIZE];
	struct quote q;

	if (!quote_around(p, article->text + p->start, start, end, &q))
		return;
	if (quotes_article_speaker(article, i, &q, speaker, sizeof speaker) != QUOTES_NONE)
		(void)annotation_set(&a->speaker, speaker);
}

/* Start the quote form on bytes [start, end): the speaker guessed, shown
 * for editing. */
static void quote_range(struct app *app, size_t start, size_t end)
{
	struct annotation draft;

	form_close(app);
	if (new_draft(app, KIND_QUOTE, start, end, &draft) != 0)
		return;
	guess_speaker(app, start, end, &draft);
	form_start(app, quote_steps, &draft, 0);
}

/* Offer the focused paragraph's quoted passages to pick from. */
static void pick_quote(struct app *app)
{
	struct form *f = &app->form;
	const struct paragraph *p = &app->article->paragraphs[app->view.focus];
	const char *s = app->article->text + p->start;
	struct quote q;
	size_t from = 0;

	form_close(app);
	while (f->npassages < FORM_MAX_PASSAGES && quotes_next(s, p->len, from, &q)) {
		f->passages[f->npassages][0] = p->start + q.start;
		f->passages[f->npassages][1] = p->start + q.end;
		f->npassages += q.end > q.start;
		from = q.mark_end;
	}
	if (f->npassages == 0) {
		app_message(app, 1, "no quoted passage in this paragraph: select one with v");
		return;
	}
	f->steps = pick_quote_steps;
	ask(app, STEP_PICK_QUOTE);
}

void annotate_quote(struct app *app)
{
	size_t start, end;

	if (!can_save(app) || app->article->count == 0)
		return;
	if (app->selection.active && target(app, &start, &end))
		quote_range(app, start, end);
	else
		pick_quote(app);
}

/* Start a new annotation of kind on the target, through steps (NULL:
 * saved at once). */
static void annotate_target(struct app *app, enum annotation_kind kind,
			    const enum form_step *steps)
{
	struct annotation draft;
	size_t start, end;

	if (!can_save(app) || !target(app, &start, &end) ||
	    new_draft(app, kind, start, end, &draft) != 0)
		return;
	if (kind == KIND_HIGHLIGHT && annotation_set(&draft.color, annotation_color_names[app->color]) != 0) {
		annotation_clear(&draft);
		app_message(app, 1, "out of memory");
		return;
	}
	if (steps != NULL) {
		form_start(app, steps, &draft, 0);
		return;
	}
	(void)annotate_save(app, &draft, 0);
	annotation_clear(&draft);
}

void annotate_highlight(struct app *app)
{
	if (app->count > ANNOTATE_COLORS) {
		app_message(app, 1, "the highlight colors are 1 to %d (%zu h: none)", ANNOTATE_COLORS,
			    app->count);
		return;
	}
	if (app->count > 0)	/* 1h to 6h: that color, from now on */
		app->color = (int)app->count - 1;
	annotate_target(app, KIND_HIGHLIGHT, NULL);
}

/* Start editing the current annotation with steps; 0 when there is none. */
static int edit_current(struct app *app, const enum form_step *steps)
{
	struct annotation draft;

	if (app->current == SIZE_MAX || app->current >= app->overlay.count)
		return 0;
	if (!can_save(app))
		return 1;
	annotation_init(&draft);
	if (annotation_copy(&draft, &app->overlay.items[app->current].a) != 0) {
		app_message(app, 1, "out of memory");
		return 1;
	}
	form_start(app, steps ? steps : edit_steps[draft.kind], &draft, 1);
	return 1;
}

void annotate_tag(struct app *app)
{
	if (!app->selection.active && edit_current(app, tag_steps))
		return;
	annotate_target(app, KIND_HIGHLIGHT, tag_steps);
}

void annotate_correct(struct app *app)
{
	annotate_target(app, KIND_CORRECTION, correction_steps);
}

void annotate_note(struct app *app)
{
	if (!app->selection.active && edit_current(app, note_steps))
		return;
	annotate_target(app, KIND_NOTE, note_steps);
}

void annotate_edit(struct app *app)
{
	if (!edit_current(app, NULL))
		app_message(app, 1, "no current annotation: ] and [ choose one");
}

void annotate_note_editor(struct app *app)
{
	if (app->current == SIZE_MAX || app->current >= app->overlay.count) {
		app_message(app, 1, "no current annotation: ] and [ choose one");
		return;
	}
	if (!can_save(app))
		return;
	memcpy(app->editor_id, app->overlay.items[app->current].a.id, sizeof app->editor_id);
	app->editor_pending = 1;
}

/* Edit draft's note in the editor and save it; the status line says how
 * it went. */
static void edit_note(struct app *app, struct annotation *draft)
{
	const char *note = draft->note != NULL ? draft->note : "";
	struct tanda_error err;
	char *edited;
	size_t len;
	int changed;

	if (editor_edit(note, strlen(note), &edited, &len, &changed, &err) != TANDA_OK)
		app_message(app, 1, "the note is unchanged: %s", err.message);
	else if (!changed)
		app_message(app, 0, "the note is unchanged (the editor left it as it was)");
	else if (annotation_set(&draft->note, len > 0 ? edited : NULL) != 0)
		app_message(app, 1, "out of memory: the note is unchanged");
	else
		(void)annotate_save(app, draft, 1);
	free(edited);
}

void annotate_note_in_editor(void *context)
{
	struct app *app = context;
	size_t i = overlay_find(&app->overlay, app->editor_id);
	struct annotation draft;

	app->editor_pending = 0;
	if (i == SIZE_MAX) {
		app_message(app, 1, "the annotation is gone: the note was not edited");
		return;
	}
	annotation_init(&draft);
	if (annotation_copy(&draft, &app->overlay.items[i].a) != 0)
		app_message(app, 1, "out of memory");
	else
		edit_note(app, &draft);
	annotation_clear(&draft);
}

/* Whether the current annotation was made by someone else. */
static int someone_elses(const struct app *app)
{
	const char *author = app->overlay.items[app->current].a.author;

	return author != NULL && strcmp(author, app->author) != 0;
}

/* The annotation :attach puts on words: the current one when it is
 * detached or fuzzy, else the one Enter chose in the list; SIZE_MAX. */
static size_t to_attach(const struct app *app)
{
	const struct overlay *o = &app->overlay;
	size_t i = app->current;

	if (i < o->count && (o->items[i].detached ||
			     o->items[i].a.anchor.state == ANCHOR_FUZZY))
		return i;
	return app->attach_id[0] != '\0' ? overlay_find(o, app->attach_id) : SIZE_MAX;
}

void annotate_attach(struct app *app)
{
	size_t i = to_attach(app);
	struct annotation a;
	struct tanda_error err;

	if (i == SIZE_MAX) {
		app_message(app, 1, "nothing to attach: Enter on a detached annotation in the list "
			    "(Tab) chooses one");
		return;
	}
	if (!app->selection.active) {
		app_message(app, 1, "select the words to put it on first (v, then w b e)");
		return;
	}
	annotation_init(&a);
	if (annotation_copy(&a, &app->overlay.items[i].a) != 0) {
		app_message(app, 1, "out of memory");
		return;
	}
	if (anchor_make(app->article, app->selection.start, app->selection.end, &a.anchor, &err) !=
	    TANDA_OK) {
		app_message(app, 1, "%s", err.message);
	} else {
		a.anchor.state = ANCHOR_EXACT;
		a.anchor.score = 1.0;
		(void)annotation_set(&a.anchor.old_exact, NULL);
		if (save_why(app, &a, 1, ANNOTATE_ATTACHED) == 0) {
			app->selection.active = 0;
			app->attach_id[0] = '\0';
			app_message(app, 0, "attached to \"%.60s\" in paragraph %u",
				    a.anchor.exact ? a.anchor.exact : "", (unsigned)a.anchor.paragraph);
		}
	}
	annotation_clear(&a);
}

void annotate_delete(struct app *app)
{
	const struct annotation *a;
	char what[200];

	if (app->current == SIZE_MAX || app->current >= app->overlay.count) {
		app_message(app, 1, "no current annotation: ] and [ choose one");
		return;
	}
	if (!can_save(app))
		return;
	if (!someone_elses(app)) {
		annotate_delete_confirmed(app);
		return;
	}
	a = &app->overlay.items[app->current].a;
	describe(app, a, what, sizeof what);
	app->pending = ACTION_DELETE;	/* the next key answers (dispatch.c) */
	app_message(app, 0, "dismiss %s's %s? y hides it from you (others see you dismissed it), "
		    "any other key keeps it", a->author, what);
}

/* Ask why the current annotation, someone else's, is dismissed (Enter
 * for no reason); the form's end dismisses it. */
static void ask_dismissal(struct app *app)
{
	static const enum form_step steps[] = { STEP_DISMISS_REASON, STEP_END };
	struct annotation draft;

	annotation_init(&draft);
	if (annotation_copy(&draft, &app->overlay.items[app->current].a) != 0) {
		app_message(app, 1, "out of memory");
		return;
	}
	form_start(app, steps, &draft, 1);
	app->form.dismissing = 1;
}

void annotate_delete_confirmed(struct app *app)
{
	struct annotation gone;
	struct tanda_error err;
	char what[200];

	if (app->current == SIZE_MAX || app->current >= app->overlay.count || !can_save(app))
		return;
	if (someone_elses(app)) {	/* only its author deletes it */
		ask_dismissal(app);
		return;
	}
	annotation_init(&gone);
	if (annotation_copy(&gone, &app->overlay.items[app->current].a) != 0) {
		app_message(app, 1, "out of memory");
		return;
	}
	if (store_annotation_delete_revision(app->store, gone.id, &gone.revision, 1, &err) !=
	    TANDA_OK) {
		app_message(app, 1, "not deleted: %s", err.message);
		annotation_clear(&gone);
		return;
	}
	gone.deleted = 1;
	if (undo_record(&app->undo, &app->overlay.items[app->current].a, &gone) != 0)
		app_message(app, 1, "deleted, but out of memory for undo");
	show(app, &gone);
	describe(app, &gone, what, sizeof what);
	if (!app->message_is_error)
		app_message(app, 0, "deleted: %s (u undoes)", what);
	annotation_clear(&gone);
}

/* Undo (redo != 0: redo) the last change of this session. */
static void undo_or_redo(struct app *app, int redo)
{
	struct annotation shown;
	struct tanda_error err;
	char what[200];

	if (!can_save(app))
		return;
	annotation_init(&shown);
	if (undo_step(&app->undo, app->store, app->author, redo, &shown, &err) != TANDA_OK) {
		app_message(app, err.status != TANDA_EUSAGE, "%s", err.message);
		annotation_clear(&shown);
		return;
	}
	show(app, &shown);
	if (shown.deleted == 0 && app->current != SIZE_MAX)
		app_jump_to(app, app->current);
	describe(app, &shown, what, sizeof what);
	app_message(app, 0, "%s: %s %s", redo ? "redone" : "undone", what,
		    shown.deleted ? "removed" : "restored");
	annotation_clear(&shown);
}

void annotate_undo(struct app *app)
{
	undo_or_redo(app, 0);
}

void annotate_redo(struct app *app)
{
	undo_or_redo(app, 1);
}

static const enum form_step replacement_steps[] = { STEP_REPLACEMENT, STEP_END };
static const enum form_step reason_steps[] = { STEP_REASON, STEP_END };
static const enum form_step unpublish_steps[] = { STEP_UNPUBLISH_REASON, STEP_END };
static const enum form_step no_steps[] = { STEP_END };

/* The steps of decision on draft (decided already, but for an edit or
 * an unpublishing): what it still needs to ask. */
static const enum form_step *decision_steps(const struct annotation *draft,
					    enum review_decision decision)
{
	switch (decision) {
	case REVIEW_EDIT:
		return replacement_steps;
	case REVIEW_UNPUBLISH:
		return unpublish_steps;
	case REVIEW_REJECT:
		return reason_steps;
	default:
		return draft->replacement == NULL || draft->replacement[0] == '\0' ?
		       replacement_steps : no_steps;
	}
}

/* Make draft, a copy of correction, what decision makes of it (but for
 * what its steps ask); 0, or -1 when it cannot (the status line says
 * why). */
static int prepare_decision(struct app *app, const struct annotation *correction,
			    enum review_decision decision, struct annotation *draft)
{
	if (annotation_copy(draft, correction) != 0) {
		app_message(app, 1, "out of memory");
		return -1;
	}
	if (decision == REVIEW_UNPUBLISH && draft->correction_status != CORRECTION_PUBLISHED) {
		app_message(app, 1, "unpublish: the correction is not published");
		return -1;
	}
	if (decision == REVIEW_UNPUBLISH)
		draft->correction_status = CORRECTION_ACCEPTED;
	else if (decision != REVIEW_EDIT && decided(app, draft, decision == REVIEW_REJECT) != 0) {
		app_message(app, 1, "out of memory");
		return -1;
	}
	return 0;
}

void annotate_review(struct app *app, const struct annotation *correction,
		     enum review_decision decision)
{
	struct annotation draft;

	if (!can_save(app))
		return;
	annotation_init(&draft);
	if (prepare_decision(app, correction, decision, &draft) != 0) {
		annotation_clear(&draft);
		return;
	}
	form_start(app, decision_steps(&draft, decision), &draft, 1);
}
