/*
 * actions.h - the one list of everything the reader can do: each action's
 * id, its name (used by key scripts' help and the manual) and its one-line
 * help.  The keymaps (keymap.c) bind keys to these ids, a screen's action
 * table and the global one (global.c) say what each does, and the help
 * screen is built from them all.
 */
#ifndef TANDA_UI_ACTIONS_H
#define TANDA_UI_ACTIONS_H

#define TANDA_ACTIONS(X) \
	X(NONE, "none", "") \
	X(NEXT, "next", "next paragraph (a count before a key repeats it: 5j)") \
	X(PREVIOUS, "previous", "previous paragraph") \
	X(PAGE_DOWN, "page-down", "one screen down") \
	X(PAGE_UP, "page-up", "one screen up") \
	X(HALF_DOWN, "half-page-down", "half a screen down") \
	X(HALF_UP, "half-page-up", "half a screen up") \
	X(FIRST, "first", "first paragraph (Ng: paragraph N)") \
	X(LAST, "last", "last paragraph (NG: paragraph N)") \
	X(PERCENT, "percent", "N%: N percent of the way through") \
	X(JUMP_BACK, "jump-back", "back where the last jump came from (the jump list)") \
	X(JUMP_FORWARD, "jump-forward", "forward again in the jump list") \
	X(SEARCH_FORWARD, "search", "search forward for text") \
	X(SEARCH_BACKWARD, "search-backward", "search backward for text") \
	X(SEARCH_NEXT, "search-next", "repeat the last search") \
	X(SEARCH_PREVIOUS, "search-previous", "repeat the last search the other way") \
	X(COMMAND, "command", "type a command (:N goes to paragraph N)") \
	X(CANCEL, "cancel", "cancel: hide the search's highlights; C-c says how to quit") \
	X(NO_HIGHLIGHT, "nohlsearch", "hide the search's highlights (n shows them again)") \
	X(FOCUS_MODE, "focus-mode", "focus mode: the focused paragraph alone") \
	X(MARK_SET, "mark", "set a mark: m then a letter") \
	X(MARK_JUMP, "goto-mark", "go to a mark: ' then its letter ('' where the last jump came from)") \
	X(SELECT, "select", "select from the cursor (underlined; a search puts it on the match)") \
	X(SELECT_PARAGRAPH, "select-paragraph", "select the whole paragraph") \
	X(SELECT_WORD_NEXT, "word", "the cursor to the next word (selecting: its moving end)") \
	X(SELECT_WORD_BACK, "word-back", "the cursor back a word") \
	X(SELECT_WORD_END, "word-end", "the cursor to the end of the word") \
	X(SELECT_CHAR_NEXT, "char", "the cursor a character on") \
	X(SELECT_CHAR_BACK, "char-back", "the cursor back a character") \
	X(SELECT_SWAP, "select-swap", "selecting: swap the fixed and the moving end") \
	X(SELECT_SENTENCE_NEXT, "select-sentence", "selecting: to the sentence's end") \
	X(SELECT_SENTENCE_BACK, "select-sentence-back", "selecting: to the sentence's start") \
	X(SELECT_START, "select-to-start", "selecting: to the paragraph's start") \
	X(SELECT_END, "select-to-end", "selecting: to the paragraph's end") \
	X(SELECT_CANCEL, "select-cancel", "selecting: cancel the selection") \
	X(YANK, "yank", "copy the selection (or the current annotation) to the clipboard") \
	X(HIGHLIGHT, "highlight", "highlight the selection (or the paragraph); 1h-6h: a color") \
	X(QUOTE, "quote", "mark a quote and who said it") \
	X(TAG, "tag", "tag it (tag claim: a claim); the current one: its tags") \
	X(CORRECT, "correct", "propose a correction: replacement, kind, note") \
	X(NOTE, "note", "write a note (the current one: edit its note)") \
	X(EDIT, "edit", "edit the current annotation") \
	X(NOTE_EDITOR, "note-editor", "edit the current annotation's note in $VISUAL or $EDITOR") \
	X(DELETE, "delete", "delete the current annotation") \
	X(UNDO, "undo", "undo the last change") \
	X(REDO, "redo", "redo what was undone") \
	X(NEXT_ANNOTATION, "next-annotation", "next annotation: make it current") \
	X(PREVIOUS_ANNOTATION, "previous-annotation", "previous annotation: make it current") \
	X(PANEL, "panel", "list the annotations (again: back)") \
	X(FILTER, "filter", "filter the list: kind= tag= author= status=") \
	X(LIBRARY, "library", "the library: stored articles") \
	X(REVIEW, "review", "review the proposed corrections one by one") \
	X(HISTORY, "history", "the history of the current correction") \
	X(RELOAD, "reload", "load the file and its annotations again") \
	X(ATTACH, "attach", "put a detached or fuzzy annotation on the selected words") \
	X(EXPORT, "export", "write this article's annotations as YAML") \
	X(SET, "set", "settings: width=N (the text's columns), align=center|left") \
	X(HELP, "help", "show this help") \
	X(MESSAGES, "messages", "the status line's messages of this session") \
	X(REDRAW, "redraw", "redraw the screen") \
	X(QUIT, "quit", "quit") \
	X(QUIT_ZZ, "quit-zz", "quit, as vi's ZZ and ZQ") \
	X(BACK, "back", "back to the screen before (the first one: quit)") \
	X(JUMP, "jump", "go to the selected annotation and make it current") \
	X(CONFIRM_ANCHOR, "confirm-anchor", "keep a fuzzy anchor where it is now") \
	X(DETACH_ANCHOR, "detach-anchor", "detach a fuzzy anchor: keep it as an orphan") \
	X(OPEN, "open", "open the selected article in the reader") \
	X(ACCEPT, "accept", "accept the correction (asks for a replacement if none)") \
	X(REJECT, "reject", "reject the correction, with an optional reason") \
	X(EDIT_REPLACEMENT, "edit-replacement", "edit the replacement; it stays proposed") \
	X(SKIP, "skip", "skip the correction for now") \
	X(UNPUBLISH, "unpublish", "take a published correction back to accepted, saying why")

enum action {
#define TANDA_ACTION_ID(id, name, help) ACTION_##id,
	TANDA_ACTIONS(TANDA_ACTION_ID)
#undef TANDA_ACTION_ID
	ACTION_COUNT
};

/* The name of action, as key scripts and the manual write it. */
const char *action_name(enum action action);

/* The one-line help of action. */
const char *action_help(enum action action);

#endif
