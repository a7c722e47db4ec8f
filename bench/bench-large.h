/* SPDX-License-Identifier: GPL-3.0-or-later
 * The large profile the benchmarks share: 1.8 MiB of file text. */
#pragma once

#include <glib.h>

/* 1,000 skills (22 built-in, 978 own), 5,000 plan items, 10,000 evidence entries. */
static inline char *
large_profile (gsize *length)
{
  GString *json = g_string_new ("{\"format\":\"ladder-profile\",\"version\":1,\"name\":\"Large\","
                                "\"position\":{\"track\":\"expert\",\"rung\":\"pm\"},"
                                "\"target\":{\"track\":\"management\",\"rung\":\"team-lead\"},"
                                "\"skills\":[");

  for (guint i = 0; i < 978; i++)
    g_string_append_printf (json, "%s{\"id\":\"custom:%u\",\"name\":\"Own skill %u\","
                            "\"group\":\"craft\",\"current\":%u,\"target\":%u,"
                            "\"note\":\"A note about skill %u\"}",
                            i > 0 ? "," : "", i + 1, i, i % 6, (i + 2) % 6, i);
  g_string_append (json, "],\"plan\":{\"items\":[");
  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (json, "%s{\"id\":\"item-%u\",\"year\":%u,\"quarter\":%u,"
                            "\"skill\":\"apis\",\"title\":\"Plan item number %u with a title\","
                            "\"outcome\":\"An outcome a manager can see\",\"status\":\"planned\","
                            "\"edited\":false}",
                            i > 0 ? "," : "", i, i % 3 + 1, i % 4 + 1, i);
  g_string_append (json, "]},\"evidence\":[");
  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (json, "%s{\"date\":\"2026-01-%02u\",\"skill\":\"apis\","
                            "\"text\":\"Evidence entry %u: shipped something real\"}",
                            i > 0 ? "," : "", i % 28 + 1, i);
  g_string_append (json, "]}");
  *length = json->len;
  return g_string_free (json, FALSE);
}
