/* SPDX-License-Identifier: GPL-3.0-or-later
 * libFuzzer target: a spreadsheet's CSV is refused cleanly or becomes a framework that the
 * framework reader takes back to the same text; every management split of its levels too. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-round-trip.h"
#include "ladder-framework-csv.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check (LadderCsv            *csv,
       const LadderCsvShape *shape)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFramework) framework = ladder_framework_new_from_csv (csv, shape, &error);

  if (framework == NULL)
    {
      if (error == NULL || *error->message == '\0')
        abort ();
      return;
    }
  fuzz_check_round_trip (framework);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderCsv) csv = ladder_csv_parse ((const char *) data, size, &error);
  g_autoptr (LadderCsvShape) shape = NULL;

  if (csv == NULL)
    {
      if (error == NULL || *error->message == '\0')
        abort ();
      return 0;
    }
  shape = ladder_csv_detect_shape (csv, "Fuzz");
  check (csv, shape);
  /* The last level columns as a management track, one more at a time. */
  for (int column = (int) shape->n_columns - 1; column >= 0; column--)
    if (shape->roles[column] == LADDER_COLUMN_LEVEL)
      {
        shape->roles[column] = LADDER_COLUMN_MANAGEMENT;
        check (csv, shape);
      }
  return 0;
}
