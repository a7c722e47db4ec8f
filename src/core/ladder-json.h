/* SPDX-License-Identifier: GPL-3.0-or-later
 * A strict reading of JSON before json-glib parses it. */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

gboolean ladder_json_check    (const char *data,
                               gsize       length,
                               GError    **error);
gboolean ladder_json_check_find (const char         *data,
                                 gsize               length,
                                 const char * const *wanted,
                                 JsonNode          **values,
                                 GError            **error);
void     ladder_json_position (const char *data,
                               gsize       offset,
                               guint      *line,
                               guint      *column);

/* Members of a parsed object, each refused with one line naming @path (LADDER_PROFILE_ERROR):
 * the profile reader and the framework reader read with these. A member that is absent or null
 * is left alone unless @required. */
gboolean ladder_json_read_object (JsonObject  *parent,
                                  const char  *member,
                                  const char  *path,
                                  gboolean     required,
                                  JsonObject **out,
                                  GError     **error);
gboolean ladder_json_read_array  (JsonObject  *parent,
                                  const char  *member,
                                  const char  *path,
                                  guint        max_length,
                                  JsonArray  **out,
                                  GError     **error);
gboolean ladder_json_read_string (JsonObject  *object,
                                  const char  *member,
                                  const char  *path,
                                  gboolean     required,
                                  glong        max_chars,
                                  char       **out,
                                  GError     **error);
gboolean ladder_json_read_int    (JsonObject  *object,
                                  const char  *member,
                                  const char  *path,
                                  gboolean     required,
                                  gint64       min,
                                  gint64       max,
                                  gint64      *out,
                                  GError     **error);
gboolean ladder_json_read_bool   (JsonObject  *object,
                                  const char  *member,
                                  const char  *path,
                                  gboolean    *out,
                                  GError     **error);

G_END_DECLS
