/* SPDX-License-Identifier: GPL-3.0-or-later
 * How dates are written for people, in the interface language. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *ladder_format_date    (GDateTime *date);
char *ladder_format_decimal (double     value);

const char *ladder_format_without_code (const char *title);
const char *ladder_format_language     (void);

G_END_DECLS
