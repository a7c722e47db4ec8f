/* SPDX-License-Identifier: GPL-3.0-or-later
 * libFuzzer target: the framework loader refuses cleanly or gives a framework that writes back
 * and reads again to the same text. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "fuzz-round-trip.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFramework) framework = NULL;

  framework = ladder_framework_new_from_data ((const char *) data, size, &error);
  if (framework == NULL)
    {
      if (error == NULL || *error->message == '\0')
        abort ();
      return 0;
    }
  fuzz_check_round_trip (framework);
  return 0;
}
