/* SPDX-License-Identifier: GPL-3.0-or-later
 * libFuzzer target: the framework loader refuses cleanly or gives a framework that writes back
 * and reads again to the same text. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "ladder-framework.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFramework) framework = NULL;
  g_autoptr (LadderFramework) again = NULL;
  g_autoptr (JsonNode) first = NULL;
  g_autoptr (JsonNode) second = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;

  framework = ladder_framework_new_from_data ((const char *) data, size, &error);
  if (framework == NULL)
    {
      if (error == NULL || *error->message == '\0')
        abort ();
      return 0;
    }
  first = ladder_framework_to_json (framework);
  first_text = json_to_string (first, FALSE);
  again = ladder_framework_new_from_data (first_text, strlen (first_text), &error);
  if (again == NULL)
    abort ();
  second = ladder_framework_to_json (again);
  second_text = json_to_string (second, FALSE);
  if (g_strcmp0 (first_text, second_text) != 0)
    abort ();
  return 0;
}
