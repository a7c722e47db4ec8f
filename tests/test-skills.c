/* SPDX-License-Identifier: GPL-3.0-or-later
 * Skills in the model: gaps, targets from the rung, and the person's own skills. */
#include "config.h"

#include <glib/gi18n.h>

#include "ladder-readiness.h"
#include "ladder-store.h"
#include "ladder-test-samples.h"

static void
test_gap (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Gap");

  ladder_profile_set_target (profile, "management", "team-lead"); /* expects team-management 3 */
  ladder_profile_set_skill_levels (profile, "team-management", 1, 0);
  g_assert_cmpint (ladder_skill_expected (framework, profile, "team-management"), ==, 3);
  g_assert_cmpint (ladder_skill_gap (framework, profile, "team-management"), ==, 2);
  /* A personal target above the rung's expectation widens the gap. */
  ladder_profile_set_skill_target (profile, "team-management", 5, TRUE);
  g_assert_cmpint (ladder_skill_gap (framework, profile, "team-management"), ==, 4);
  /* At or above: no gap, never a negative one. */
  ladder_profile_set_skill_levels (profile, "team-management", 5, 5);
  g_assert_cmpint (ladder_skill_gap (framework, profile, "team-management"), ==, 0);
}

static void
test_targets_from_rung (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("anna-petrova-saas-enterprise.json");
  guint changed;

  ladder_profile_set_skill_target (profile, "hiring", 5, TRUE);   /* set by hand */
  ladder_profile_set_skill_target (profile, "apis", 1, FALSE);    /* not by hand */

  changed = ladder_targets_from_rung (framework, profile, FALSE);
  g_assert_cmpuint (changed, >, 0);
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "hiring")->target, ==, 5);
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "apis")->target, ==,
                   ladder_skill_expected (framework, profile, "apis"));

  /* Asked to, it replaces the hand-set ones too, and forgets that they were. */
  ladder_targets_from_rung (framework, profile, TRUE);
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "hiring")->target, ==,
                   ladder_skill_expected (framework, profile, "hiring"));
  g_assert_false (ladder_profile_lookup_skill (profile, "hiring")->target_manual);
  g_assert_cmpuint (ladder_targets_from_rung (framework, profile, TRUE), ==, 0);
}

static void
test_own_skills (void)
{
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Own");
  g_autoptr (LadderProfile) again = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *id = ladder_profile_add_skill (profile, "Supply chain <&>", "business");
  g_autofree char *data = NULL;
  LadderProfileSkill *removed;
  guint n = ladder_profile_get_n_skills (profile), index;

  g_assert_true (g_str_has_prefix (id, "custom:"));
  g_assert_cmpuint (n, ==, ladder_framework_get_n_skills (ladder_framework_get_builtin ()) + 1);
  ladder_profile_set_skill_levels (profile, id, 2, 4);
  ladder_profile_rename_skill (profile, id, "Supply chain & logistics");

  data = ladder_profile_to_data (profile, NULL);
  again = ladder_profile_new_from_data (data, strlen (data), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_profile_lookup_skill (again, id)->name, ==, "Supply chain & logistics");
  g_assert_cmpstr (ladder_profile_lookup_skill (again, id)->group, ==, "business");
  g_assert_cmpint (ladder_profile_lookup_skill (again, id)->current, ==, 2);
  g_assert_cmpint (ladder_profile_lookup_skill (again, id)->target, ==, 4);

  removed = ladder_profile_remove_skill (profile, id, &index);
  g_assert_nonnull (removed);
  g_assert_null (ladder_profile_lookup_skill (profile, id));
  ladder_profile_insert_skill (profile, index, removed);
  g_assert_cmpint (ladder_profile_lookup_skill (profile, id)->current, ==, 2);

  /* Built-in skills are hidden, not removed. */
  ladder_profile_set_skill_hidden (profile, "networking", TRUE);
  g_assert_true (ladder_profile_lookup_skill (profile, "networking")->hidden);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/skills/gap", test_gap);
  g_test_add_func ("/skills/targets-from-rung", test_targets_from_rung);
  g_test_add_func ("/skills/own-skills", test_own_skills);

  return g_test_run ();
}
