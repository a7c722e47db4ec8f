/* SPDX-License-Identifier: GPL-3.0-or-later
 * Reading and writing the app's files safely: shared by the profile store and the store of
 * company ladders (ladder-framework-store.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean ladder_file_read  (const char *path,
                            char      **data,
                            gsize      *length,
                            GError    **error);
char    *ladder_file_slug  (const char *name,
                            const char *fallback);
gboolean ladder_file_write (const char *path,
                            const char *data,
                            gsize       length,
                            gboolean    exclusive,
                            gboolean   *exists,
                            GError    **error);

G_END_DECLS
