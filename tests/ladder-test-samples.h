/* SPDX-License-Identifier: GPL-3.0-or-later
 * The sample profiles of data/samples, for the tests. */
#pragma once

#include "core/ladder-store.h"

static inline LadderProfile *
ladder_test_load_sample (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name,
                                                 NULL);
  g_autoptr (GError) error = NULL;
  LadderProfile *profile = ladder_profile_load_file (path, &error);

  g_assert_no_error (error);
  return profile;
}
