/* SPDX-License-Identifier: GPL-3.0-or-later
 * libFuzzer target: any bytes given to the profile loader are refused cleanly or give a profile
 * that writes back to the same text, and that the readiness, planner, interview drafts and
 * Markdown report all handle; reading only the name agrees with reading the whole. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "ladder-interview.h"
#include "ladder-planner.h"
#include "ladder-readiness.h"
#include "ladder-report.h"

static void
quiet_log (const char     *domain,
           GLogLevelFlags  level,
           const char     *message,
           gpointer        user_data)
{
}

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = NULL;
  g_autoptr (LadderProfile) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *markdown = NULL;
  gsize length;

  g_log_set_default_handler (quiet_log, NULL);
  profile = ladder_profile_new_from_data ((const char *) data, size, &error);

  /* The name read alone (the profile list) agrees with the whole reading: the same name, or,
   * when it refuses, the whole reading refuses too (maybe for a reason it checks first, such
   * as a number it cannot keep). */
  {
    g_autoptr (GError) peek_error = NULL;
    g_autofree char *name = ladder_profile_peek_name ((const char *) data, size, &peek_error);

    if (name != NULL && profile != NULL && g_strcmp0 (name, ladder_profile_get_name (profile)) != 0)
      abort ();
    if (name == NULL && (profile != NULL || peek_error == NULL || *peek_error->message == '\0'))
      abort ();
  }

  if (profile == NULL)
    {
      /* A refusal always says why, in one line. */
      if (error == NULL || error->message == NULL || *error->message == '\0')
        abort ();
      return 0;
    }

  first = ladder_profile_to_data (profile, &length);
  again = ladder_profile_new_from_data (first, length, &error);
  if (again == NULL)
    abort ();
  second = ladder_profile_to_data (again, NULL);
  if (g_strcmp0 (first, second) != 0)
    abort ();

  for (guint t = 0; t < ladder_framework_get_n_tracks (framework); t++)
    {
      const LadderTrack *track = ladder_framework_get_track (framework, t);

      for (guint r = 0; r < track->n_rungs; r++)
        {
          g_autoptr (LadderReadiness) readiness = ladder_readiness_compute (framework, again,
                                                                            &track->rungs[r]);
          g_autofree char *reason = ladder_readiness_describe (readiness);

          if (readiness->percent > 100 || reason == NULL || *reason == '\0')
            abort ();
        }
    }
  if (!ladder_profile_get_read_only (again) && ladder_profile_get_n_skills (again) < 200 &&
      ladder_profile_get_n_plan_items (again) < 200)
    {
      ladder_planner_regenerate (framework, again);
      ladder_interview_fill (framework, again, TRUE);
      markdown = ladder_report_to_markdown (framework, again);
    }
  return 0;
}
