/*
 * annotate.h - making and changing annotations in the reader: what an
 * action applies to (the selection, the current annotation or the focused
 * paragraph), the short forms that ask for a replacement, a kind, a note,
 * tags, a claim's status or a speaker, and saving every change to the
 * store at once, with undo.
 */
#ifndef TANDA_UI_ANNOTATE_H
#define TANDA_UI_ANNOTATE_H

#include <stddef.h>

#include "annotation.h"
#include "form.h"
#include "key.h"

struct app;
struct store;

/* The highlight colors, chosen with a count before h: 1h to 6h
 * (annotation_color_names). */
#define ANNOTATE_COLORS ANNOTATION_COLORS

/* What a reviewer decides about a correction. */
enum review_decision {
	REVIEW_ACCEPT,		/* accepted (asking for a replacement when it has none) */
	REVIEW_REJECT,		/* rejected, with an optional reason */
	REVIEW_EDIT,		/* its replacement changed; still undecided */
	REVIEW_UNPUBLISH,	/* a published one taken back to accepted, with a reason */
};

/* The actions (see actions.h). */
void annotate_highlight(struct app *app);
void annotate_quote(struct app *app);
void annotate_tag(struct app *app);
void annotate_correct(struct app *app);
void annotate_note(struct app *app);
void annotate_edit(struct app *app);

/* :note: ask for the current annotation's note to be edited in the
 * user's editor (app->editor_pending); ui.c gives the terminal back and
 * runs annotate_note_in_editor. */
void annotate_note_editor(struct app *app);

/* Run the editor (editor.h) on the note :note asked for, with the terminal
 * given back (app, a struct app *), and save the edited text as the note;
 * an editor that fails or a text left as it was changes nothing, and the
 * status line says so. */
void annotate_note_in_editor(void *app);
void annotate_delete(struct app *app);

/* Delete the current annotation without asking; someone else's (d asks
 * first, y answers) asks why and is dismissed. */
void annotate_delete_confirmed(struct app *app);

/* :attach: put the detached (orphan) or fuzzy annotation chosen (the
 * current one, else the one Enter chose in the list) on the selected
 * words, exact, saved with the reason ANNOTATE_ATTACHED (a correction's
 * history says "attached"). */
void annotate_attach(struct app *app);

/* The reason an attachment is saved with, which the history's trigger
 * knows. */
#define ANNOTATE_ATTACHED "attached to words selected in the reader"
void annotate_undo(struct app *app);
void annotate_redo(struct app *app);

/* Record the reviewer's decision on correction (a stored annotation),
 * asking what the decision needs first; saved with the reviewer (the
 * app's author) and the time through the store's decisions, and
 * undoable.  An accept over an accepted correction of the same words is
 * refused, naming it, and the status line offers to reject that one. */
void annotate_review(struct app *app, const struct annotation *correction,
		     enum review_decision decision);

/* Give key to the open form's one-letter question or quote picker; 1 when
 * it took the key. */
int annotate_form_key(struct app *app, const struct key *key);

/* The answer typed into a form's prompt. */
void annotate_form_answer(struct app *app, const char *text);

/* Close the form without saving. */
void annotate_form_cancel(struct app *app);

/* What the status line shows for the form's one-letter question or quote
 * picker, or NULL. */
const char *annotate_form_question(const struct app *app);

/* Set a's tags from text typed in the tag prompt (separated by commas or
 * spaces); a highlight tagged `claim` becomes a claim when
 * may_become_claim.  0 on success, -1 when out of memory. */
int annotate_parse_tags(struct annotation *a, const char *text, int may_become_claim);

/* Save annotation a as it stands now (a stored one when existing) with
 * undo, show it and make it current; 0 on success, else the status line
 * says why and nothing changed. */
int annotate_save(struct app *app, struct annotation *a, int existing);

#endif
