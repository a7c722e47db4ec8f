/* SPDX-License-Identifier: GPL-3.0-or-later
 * A strict reading of JSON before json-glib parses it. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean ladder_json_check    (const char *data,
                               gsize       length,
                               GError    **error);
void     ladder_json_position (const char *data,
                               gsize       offset,
                               guint      *line,
                               guint      *column);

G_END_DECLS
