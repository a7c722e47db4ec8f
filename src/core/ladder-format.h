/* SPDX-License-Identifier: GPL-3.0-or-later
 * How dates are written for people, in the interface language. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ladder_format_date    (GDateTime *date);
char *ladder_format_day     (const char *day);
gboolean ladder_format_is_day (const char *day);
gboolean ladder_format_parse_day (const char *day,
                                  GDate      *date);
char *ladder_format_decimal (double     value);

const char *ladder_format_without_code (const char *title);
const char *ladder_format_language     (void);

typedef struct _LadderLanguageSaved LadderLanguageSaved;

const char * const  *ladder_format_languages         (void);
const char          *ladder_format_language_name     (const char          *code);
gboolean             ladder_format_is_language       (const char          *code);
void                 ladder_format_set_language      (const char          *code);
LadderLanguageSaved *ladder_format_use_language      (const char          *code);
void                 ladder_format_restore_language  (LadderLanguageSaved *saved);
void                 ladder_format_reader_lock       (void);
void                 ladder_format_reader_unlock     (void);

G_END_DECLS
