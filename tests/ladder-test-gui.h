/* SPDX-License-Identifier: GPL-3.0-or-later
 * Helpers shared by the GUI tests. */
#pragma once

#include <gtk/gtk.h>

#include "core/ladder-store.h"

/* Runs the main loop until nothing is pending: layout, drawing, idle handlers. */
static inline void
ladder_test_drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

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
