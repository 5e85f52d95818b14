// The libedit calls mentorprep needs, as plain functions: Swift cannot call C's variadic
// el_set and history directly.
#ifndef MENTORPREP_CEDITLINE_SHIM_H
#define MENTORPREP_CEDITLINE_SHIM_H

#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

/// The standard streams, as functions: Swift 6 will not touch C's mutable globals directly.
static inline FILE *cel_stdin(void) { return stdin; }
static inline FILE *cel_stdout(void) { return stdout; }
static inline FILE *cel_stderr(void) { return stderr; }

typedef char *(*cel_prompt_function)(EditLine *);
typedef unsigned char (*cel_key_function)(EditLine *, int);

static inline int cel_set_prompt(EditLine *e, cel_prompt_function f, char invisible) {
  return el_set(e, EL_PROMPT_ESC, f, invisible);
}
static inline int cel_set_editor(EditLine *e, const char *mode) { return el_set(e, EL_EDITOR, mode); }
static inline int cel_set_signal(EditLine *e, int on) { return el_set(e, EL_SIGNAL, on); }
static inline int cel_set_history(EditLine *e, History *h) { return el_set(e, EL_HIST, history, h); }
/// Reads one character for libedit: 1 read, 0 end of input, -1 an error or a signal.
typedef int (*cel_read_function)(EditLine *, wchar_t *);
static inline int cel_set_read_function(EditLine *e, cel_read_function f) { return el_set(e, EL_GETCFN, f); }
/// Puts the terminal in libedit's raw mode (1) or back in the mode it was found in (0).
static inline int cel_prepare_terminal(EditLine *e, int raw) { return el_set(e, EL_PREP_TERM, raw); }
/// Forgets what libedit believes is on the screen and draws the prompt and line again.
static inline int cel_refresh(EditLine *e) { return el_set(e, EL_REFRESH); }
/// The terminal's width as libedit knows it.
static inline int cel_columns(EditLine *e) {
  int columns = 80;
  el_get(e, EL_GETTC, "co", &columns, (void *)0);
  return columns;
}
static inline int cel_set_client_data(EditLine *e, void *data) { return el_set(e, EL_CLIENTDATA, data); }
static inline void *cel_client_data(EditLine *e) {
  void *data = NULL;
  el_get(e, EL_CLIENTDATA, &data);
  return data;
}
static inline int cel_add_function(EditLine *e, const char *name, const char *help, cel_key_function f) {
  return el_set(e, EL_ADDFN, name, help, f);
}
static inline int cel_bind(EditLine *e, const char *key, const char *function) {
  return el_set(e, EL_BIND, key, function, NULL);
}

static inline int cel_history_set_size(History *h, int size) {
  HistEvent event;
  return history(h, &event, H_SETSIZE, size);
}
static inline int cel_history_set_unique(History *h) {
  HistEvent event;
  return history(h, &event, H_SETUNIQUE, 1);
}
static inline int cel_history_enter(History *h, const char *line) {
  HistEvent event;
  return history(h, &event, H_ENTER, line);
}
static inline int cel_history_load(History *h, const char *path) {
  HistEvent event;
  return history(h, &event, H_LOAD, path);
}
static inline int cel_history_save(History *h, const char *path) {
  HistEvent event;
  return history(h, &event, H_SAVE, path);
}

/// UTF-8 line editing needs a UTF-8 character type; fall back to C.UTF-8 when the
/// environment's locale is not one.
static inline void cel_use_utf8_locale(void) {
  setlocale(LC_CTYPE, "");
  const char *codeset = nl_langinfo(CODESET);
  if (codeset == NULL || (strcmp(codeset, "UTF-8") != 0 && strcmp(codeset, "utf8") != 0)) {
    setlocale(LC_CTYPE, "C.UTF-8");
  }
}

#endif
