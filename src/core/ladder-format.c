/* SPDX-License-Identifier: GPL-3.0-or-later
 * How dates are written for people: "22 November 2026", "2026年11月22日", "22 ноября 2026 г.".
 * One format per month, so that each language can decline the month's name or put it where it
 * belongs; the locale's "%x" gave US short dates in every language. */
#define G_LOG_DOMAIN "ladder-format"

#include "config.h"

#include <glib/gi18n.h>

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
