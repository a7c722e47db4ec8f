/* SPDX-License-Identifier: GPL-3.0-or-later
 * What the fuzz targets hold every framework to: written out and read again, it writes out the
 * same text. */
#pragma once

#include <stdlib.h>
#include <string.h>

#include "ladder-framework.h"

static inline void
fuzz_check_round_trip (LadderFramework *framework)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) first = ladder_framework_to_json (framework);
  g_autofree char *first_text = json_to_string (first, FALSE);
  g_autoptr (LadderFramework) again = ladder_framework_new_from_data (first_text,
                                                                    strlen (first_text), &error);
  g_autoptr (JsonNode) second = NULL;
  g_autofree char *second_text = NULL;

  if (again == NULL)
    abort ();
  second = ladder_framework_to_json (again);
  second_text = json_to_string (second, FALSE);
  if (g_strcmp0 (first_text, second_text) != 0)
    abort ();
}
