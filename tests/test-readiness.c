/* SPDX-License-Identifier: GPL-3.0-or-later
 * Readiness: the number, the reason in words, and how it was made. */
#include "config.h"

#include <glib/gi18n.h>

#include "ladder-planner.h"
#include "ladder-readiness.h"

static LadderProfile *
profile_at (const LadderRung *rung,
            int               offset)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  LadderProfile *profile = ladder_profile_new ("Test");

  for (guint i = 0; i < ladder_framework_get_n_skills (framework); i++)
    ladder_profile_set_skill_levels (profile, ladder_framework_get_skill (framework, i)->id,
                                     CLAMP (rung->expects[i] + offset, 0, LADDER_LEVEL_MAX), 0);
  return profile;
}

static void
test_all_met (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  const LadderRung *rung = ladder_framework_lookup_rung (framework, "management", "team-lead");
  g_autoptr (LadderProfile) exact = profile_at (rung, 0);
  g_autoptr (LadderProfile) above = profile_at (rung, 1);
  g_autoptr (LadderReadiness) r1 = ladder_readiness_compute (framework, exact, rung);
  g_autoptr (LadderReadiness) r2 = ladder_readiness_compute (framework, above, rung);
  g_autofree char *reason = ladder_readiness_describe (r1);

  g_assert_cmpuint (r1->percent, ==, 100);
  g_assert_cmpuint (r1->n_below, ==, 0);
  g_assert_cmpuint (r1->gaps->len, ==, 0);
  g_assert_cmpuint (r2->percent, ==, 100);
  g_assert_cmpstr (reason, ==, "All 21 skills this rung expects are at their level");
}

static void
test_known_gaps (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  const LadderRung *rung = ladder_framework_lookup_rung (framework, "management", "team-lead");
  g_autoptr (LadderProfile) profile = profile_at (rung, 0);
  g_autoptr (LadderReadiness) readiness = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *explain = NULL;
  const LadderGap *first;

  /* team-management expects 3, hiring 3, apis 3: make three gaps of 2, 1 and 1 levels. */
  ladder_profile_set_skill_levels (profile, "team-management", 1, 0);
  ladder_profile_set_skill_levels (profile, "hiring", 2, 0);
  ladder_profile_set_skill_levels (profile, "apis", 2, 0);
  /* A skill above its level does not make up for them. */
  ladder_profile_set_skill_levels (profile, "discovery", 5, 0);

  readiness = ladder_readiness_compute (framework, profile, rung);
  g_assert_cmpuint (readiness->n_skills, ==, 21);
  g_assert_cmpuint (readiness->n_below, ==, 3);
  g_assert_cmpuint (readiness->levels_expected - readiness->levels_met, ==, 4);
  g_assert_cmpuint (readiness->percent, ==,
                    readiness->levels_met * 100 / readiness->levels_expected);
  g_assert_cmpuint (readiness->percent, <, 100);

  first = &g_array_index (readiness->gaps, LadderGap, 0);
  g_assert_cmpstr (first->skill_id, ==, "team-management");
  g_assert_cmpint (first->expected - first->current, ==, 2);
  /* Equal gaps keep the framework's order. */
  g_assert_cmpstr (g_array_index (readiness->gaps, LadderGap, 1).skill_id, ==, "apis");
  g_assert_cmpstr (g_array_index (readiness->gaps, LadderGap, 2).skill_id, ==, "hiring");

  reason = ladder_readiness_describe (readiness);
  g_assert_cmpstr (reason, ==,
                   "3 of 21 skills below expectation; largest gap: Team management, 2 levels");
  explain = ladder_readiness_explain (readiness);
  g_assert_nonnull (strstr (explain, "63 skill levels"));
  g_assert_nonnull (strstr (explain, "you have 59 of them"));
}

static void
test_hidden_skill_not_counted (void)
{
  g_autoptr (GError) error = NULL;
  const char *json =
    "{\"format\":\"ladder-profile\",\"version\":1,\"name\":\"H\","
    "\"position\":{\"track\":\"expert\",\"rung\":\"pm\"},"
    "\"target\":{\"track\":\"expert\",\"rung\":\"senior-pm\"},"
    "\"skills\":[{\"id\":\"hiring\",\"current\":0,\"target\":0,\"hidden\":true}]}";
  g_autoptr (LadderProfile) profile = ladder_profile_new_from_data (json, strlen (json), &error);
  LadderFramework *framework = ladder_framework_get_builtin ();
  const LadderRung *rung = ladder_framework_lookup_rung (framework, "expert", "senior-pm");
  g_autoptr (LadderReadiness) readiness = NULL;

  g_assert_no_error (error);
  readiness = ladder_readiness_compute (framework, profile, rung);
  for (guint i = 0; i < readiness->gaps->len; i++)
    g_assert_cmpstr (g_array_index (readiness->gaps, LadderGap, i).skill_id, !=, "hiring");
}

static void
test_no_expectations (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  LadderRung rung = *ladder_framework_lookup_rung (framework, "expert", "pm");
  g_autofree int *zero = g_new0 (int, ladder_framework_get_n_skills (framework));
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Nobody");
  g_autoptr (LadderReadiness) readiness = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *explain = NULL;

  rung.expects = zero;
  readiness = ladder_readiness_compute (framework, profile, &rung);
  g_assert_cmpuint (readiness->percent, ==, 100);
  g_assert_cmpuint (readiness->n_skills, ==, 0);
  reason = ladder_readiness_describe (readiness);
  g_assert_cmpstr (reason, ==, "This rung sets no skill expectations");
  explain = ladder_readiness_explain (readiness);
  g_assert_cmpstr (explain, ==, "With nothing expected, you are fully ready.");
}

static void
test_samples_differ_by_track (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "anna-petrova-saas-enterprise.json", NULL);
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr (LadderProfile) anna = NULL;
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderReadiness) senior = NULL;
  g_autoptr (LadderReadiness) lead = NULL;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  anna = ladder_profile_new_from_data (data, length, &error);
  g_assert_no_error (error);
  senior = ladder_readiness_compute (framework, anna,
                                     ladder_framework_lookup_rung (framework, "expert",
                                                                   "senior-pm"));
  lead = ladder_readiness_compute (framework, anna,
                                   ladder_framework_lookup_rung (framework, "management",
                                                                 "team-lead"));
  /* A senior PM with little management experience is readier for her own rung than for
   * team lead, and team management is among the gaps to it. */
  g_assert_cmpuint (senior->percent, >, lead->percent);
  g_assert_cmpstr (g_array_index (lead->gaps, LadderGap, 0).skill_id, ==, "team-management");
}

/* One definition of the level the plan works toward: the matrix's gap, the radar and the plan
 * agree, also where the person's context asks more than their target and their rung (an AI
 * company: the LLM skills). */
static void
test_one_goal (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Ai");
  guint floored = 0;

  ladder_profile_set_industry (profile, "ai");
  for (guint i = 0; i < ladder_profile_get_n_skills (profile); i++)
    {
      const LadderProfileSkill *skill = ladder_profile_get_skill (profile, i);
      int goal = ladder_planner_target_level (framework, profile, skill->id);
      int rung = ladder_skill_expected (framework, profile, skill->id);

      g_assert_cmpint (ladder_skill_gap (framework, profile, skill->id), ==,
                       MAX (0, goal - skill->current));
      if (goal > MAX (skill->target, rung))
        floored++;
    }
  g_assert_cmpuint (floored, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/readiness/all-met", test_all_met);
  g_test_add_func ("/readiness/known-gaps", test_known_gaps);
  g_test_add_func ("/readiness/hidden-skill", test_hidden_skill_not_counted);
  g_test_add_func ("/readiness/no-expectations", test_no_expectations);
  g_test_add_func ("/readiness/samples", test_samples_differ_by_track);

  g_test_add_func ("/readiness/one-goal", test_one_goal);
  return g_test_run ();
}
