/* SPDX-License-Identifier: GPL-3.0-or-later
 * Translations that follow the language Ladder is asked to speak, also when it changes while the
 * program runs (an export in another language). GLib's g_dgettext() and the C_() of gi18n.h
 * decide once, at their first call, whether to translate at all, and keep answering in English
 * after a first lookup made in English; gettext's own functions look each message up afresh. */
#pragma once

#include <glib/gi18n.h>

#include <libintl.h>
#include <string.h>

/* pgettext: a message with a context, "context\004message" in the catalog. */
static inline const char *
ladder_pgettext (const char *context_id,
                 gsize       message_offset)
{
  const char *translation = dgettext (GETTEXT_PACKAGE, context_id);

  return translation == context_id ? context_id + message_offset : translation;
}

static inline const char *
ladder_npgettext (const char *context_id,
                  const char *plural,
                  gulong      n,
                  gsize       message_offset)
{
  const char *translation = dngettext (GETTEXT_PACKAGE, context_id, plural, n);

  if (translation == context_id)
    return context_id + message_offset;
  return translation;
}

/* pgettext with the context and the message apart, for NC_() tables. */
static inline const char *
ladder_pgettext2 (const char *context,
                  const char *message)
{
  g_autofree char *context_id = g_strconcat (context, "\004", message, NULL);
  const char *translation = dgettext (GETTEXT_PACKAGE, context_id);

  return translation == context_id ? message : translation;
}

#undef C_
#define C_(Context, String) ladder_pgettext (Context "\004" String, strlen (Context) + 1)
