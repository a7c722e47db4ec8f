/* SPDX-License-Identifier: GPL-3.0-or-later
 * How dates are written for people: "22 November 2026", "2026年11月22日", "22 ноября 2026 г.".
 * One format per month, so that each language can decline the month's name or put it where it
 * belongs; the locale's "%x" gave US short dates in every language. */
#define G_LOG_DOMAIN "ladder-format"

#include "config.h"

#include "ladder-i18n.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "ladder-format.h"

/**
 * ladder_format_decimal:
 *
 * Returns: (transfer full): @value with one decimal, with the language's decimal separator
 *   ("1.5", "1,5"), whatever the locale
 */
char *
ladder_format_decimal (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  /* Translators: the decimal separator: "." in English and Chinese, "," in Russian */
  const char *separator = C_("decimal separator", ".");
  g_auto (GStrv) parts = g_strsplit (g_ascii_formatd (buffer, sizeof buffer, "%.1f", value), ".",
                                     2);

  return g_strjoinv (separator, parts);
}

/**
 * ladder_format_date:
 *
 * Returns: (transfer full): @date as people write it in the interface language
 */
char *
ladder_format_date (GDateTime *date)
{
  const char *formats[12] = {
    /* Translators: a date; %-d is the day, %Y the year (g_date_time_format) */
    C_("date", "%-d January %Y"),
    C_("date", "%-d February %Y"),
    C_("date", "%-d March %Y"),
    C_("date", "%-d April %Y"),
    C_("date", "%-d May %Y"),
    C_("date", "%-d June %Y"),
    C_("date", "%-d July %Y"),
    C_("date", "%-d August %Y"),
    C_("date", "%-d September %Y"),
    C_("date", "%-d October %Y"),
    C_("date", "%-d November %Y"),
    C_("date", "%-d December %Y"),
  };

  g_return_val_if_fail (date != NULL, NULL);

  return g_date_time_format (date, formats[g_date_time_get_month (date) - 1]);
}

/**
 * ladder_format_day:
 * @day: (nullable): a day as "2027-03-01"
 *
 * Returns: (transfer full) (nullable): @day as people write it in the interface language, @day
 *   itself when it is not a real date, %NULL for %NULL
 */
/**
 * ladder_format_parse_day:
 * @date: (out caller-allocates): the day
 *
 * Returns: whether @day is a real day written as YYYY-MM-DD ("2027-03-01")
 */
gboolean
ladder_format_parse_day (const char *day,
                         GDate      *date)
{
  unsigned y, m, d;
  char end;

  g_date_clear (date, 1);
  if (day == NULL || strlen (day) != 10 ||
      sscanf (day, "%4u-%2u-%2u%c", &y, &m, &d, &end) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/**
 * ladder_format_is_day:
 *
 * Returns: whether @day is a real day written as YYYY-MM-DD
 */
gboolean
ladder_format_is_day (const char *day)
{
  GDate date;

  return ladder_format_parse_day (day, &date);
}

char *
ladder_format_day (const char *day)
{
  GDate date;
  g_autoptr (GDateTime) time = NULL;

  if (day == NULL)
    return NULL;
  if (!ladder_format_parse_day (day, &date))
    return g_strdup (day);
  time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 12, 0, 0);
  return ladder_format_date (time);
}

/**
 * ladder_format_without_code:
 *
 * A skill's name without the code some built-in names start with ("L3: LLM application
 * architecture" → "LLM application architecture"), for saying it inside a sentence.
 *
 * Returns: (transfer none): a pointer into @title
 */
const char *
ladder_format_without_code (const char *title)
{
  const char *p = title;

  if (p == NULL || p[0] != 'L' || !g_ascii_isdigit (p[1]))
    return title;
  p += 2;
  while (g_ascii_isdigit (*p))
    p++;
  if (g_str_has_prefix (p, ": "))
    return p + 2;
  if (g_str_has_prefix (p, "："))
    return p + strlen ("：");
  return title;
}

/**
 * ladder_format_language:
 *
 * Returns: the code of the language Ladder speaks now ("en", "ru", "zh_CN"), as its
 * translators name it
 */
const char *
ladder_format_language (void)
{
  /* Translators: your language's code, as in the name of this file: "ru", "zh_CN" */
  return C_("language code", "en");
}

/**
 * ladder_format_languages:
 *
 * Returns: (transfer none): the codes of the languages Ladder speaks, %NULL-terminated
 */
const char * const *
ladder_format_languages (void)
{
  static const char * const languages[] = { "en", "zh_CN", "ru", NULL };

  return languages;
}

/**
 * ladder_format_language_name:
 *
 * Returns: (transfer none): the name of the language @code in that language itself, as a
 *   language menu shows it ("Русский"), or @code when Ladder does not speak it
 */
const char *
ladder_format_language_name (const char *code)
{
  if (g_strcmp0 (code, "en") == 0)
    return "English";
  if (g_strcmp0 (code, "zh_CN") == 0)
    return "简体中文";
  if (g_strcmp0 (code, "ru") == 0)
    return "Русский";
  return code;
}

gboolean
ladder_format_is_language (const char *code)
{
  return code != NULL && g_strv_contains (ladder_format_languages (), code);
}

struct _LadderLanguageSaved
{
  char *language; /* LANGUAGE as it was, or NULL when it was not set */
  char *messages; /* the LC_MESSAGES locale as it was */
};

/* The language is changed through the environment and the C locale, which other threads must
 * not read meanwhile (glibc's setenv() and setlocale() are not safe against a concurrent
 * gettext()): a thread that looks messages up holds this as a reader. */
static GRWLock language_lock;

/**
 * ladder_format_reader_lock:
 *
 * Keeps the language as it is while a thread other than the main one looks messages up (reads
 * a profile, say); ladder_format_reader_unlock() lets it change again.
 */
void
ladder_format_reader_lock (void)
{
  g_rw_lock_reader_lock (&language_lock);
}

void
ladder_format_reader_unlock (void)
{
  g_rw_lock_reader_unlock (&language_lock);
}

/**
 * ladder_format_use_language:
 * @code: one of ladder_format_languages()
 *
 * Makes Ladder speak @code from now on, in this process: every message looked up after this
 * call, the built-in framework's words and the formats of dates and numbers. For exports in a
 * language other than the interface's; give the result to ladder_format_restore_language().
 *
 * Returns: (transfer full): what to restore
 */
LadderLanguageSaved *
ladder_format_use_language (const char *code)
{
  LadderLanguageSaved *saved = g_new0 (LadderLanguageSaved, 1);
  const char *messages = setlocale (LC_MESSAGES, NULL);

  saved->language = g_strdup (g_getenv ("LANGUAGE"));
  saved->messages = g_strdup (messages != NULL ? messages : "C");
  ladder_format_set_language (code);
  return saved;
}

/**
 * ladder_format_set_language:
 * @code: one of ladder_format_languages()
 *
 * Makes Ladder speak @code for the rest of the process (the command line's --language).
 */
void
ladder_format_set_language (const char *code)
{
  const char *messages = setlocale (LC_MESSAGES, NULL);

  g_return_if_fail (ladder_format_is_language (code));

  g_rw_lock_writer_lock (&language_lock);
  g_setenv ("LANGUAGE", code, TRUE);
  /* gettext ignores LANGUAGE in the "C" locale. */
  if (messages == NULL || g_str_equal (messages, "C") || g_str_equal (messages, "POSIX"))
    setlocale (LC_MESSAGES, "C.UTF-8");
  /* Makes gettext look messages up again instead of answering from its cache. */
  textdomain (textdomain (NULL));
  g_rw_lock_writer_unlock (&language_lock);
}

void
ladder_format_restore_language (LadderLanguageSaved *saved)
{
  if (saved == NULL)
    return;
  g_rw_lock_writer_lock (&language_lock);
  if (saved->language != NULL)
    g_setenv ("LANGUAGE", saved->language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  if (saved->messages != NULL)
    setlocale (LC_MESSAGES, saved->messages);
  textdomain (textdomain (NULL));
  g_rw_lock_writer_unlock (&language_lock);
  g_free (saved->language);
  g_free (saved->messages);
  g_free (saved);
}
