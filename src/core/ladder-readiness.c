/* SPDX-License-Identifier: GPL-3.0-or-later
 * Readiness: the share of a rung's expected skill levels a person already has. A level above
 * the expectation does not make up for a gap elsewhere, so the number cannot hide a weakness. */
#define G_LOG_DOMAIN "ladder-readiness"

#include "config.h"

#include "ladder-i18n.h"

#include "ladder-planner.h"
#include "ladder-readiness.h"

static int
compare_gaps (gconstpointer a,
              gconstpointer b)
{
  const LadderGap *ga = a;
  const LadderGap *gb = b;
  int da = ga->expected - ga->current;
  int db = gb->expected - gb->current;

  return db - da;
}

/**
 * ladder_readiness_compute:
 *
 * Returns: (transfer full): the readiness of @profile for @rung
 */
LadderReadiness *
ladder_readiness_compute (LadderFramework  *framework,
                          LadderProfile    *profile,
                          const LadderRung *rung)
{
  LadderReadiness *readiness;

  g_return_val_if_fail (LADDER_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (LADDER_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (rung != NULL, NULL);

  readiness = g_new0 (LadderReadiness, 1);
  readiness->gaps = g_array_new (FALSE, FALSE, sizeof (LadderGap));

  for (guint i = 0; i < ladder_framework_get_n_skills (framework); i++)
    {
      const LadderSkill *skill = ladder_framework_get_skill (framework, i);
      const LadderProfileSkill *own = ladder_profile_lookup_skill (profile, skill->id);
      int expected = rung->expects[i];
      int current = own != NULL ? own->current : 0;

      if (expected <= 0 || (own != NULL && own->hidden))
        continue;
      readiness->n_skills++;
      readiness->levels_expected += expected;
      readiness->levels_met += MIN (current, expected);
      if (current < expected)
        {
          LadderGap gap = { skill->id, skill->title, current, expected };

          readiness->n_below++;
          g_array_append_val (readiness->gaps, gap);
        }
    }

  /* g_array_sort is not stable; keep framework order among equal gaps. */
  for (guint i = 1; i < readiness->gaps->len; i++)
    for (guint j = i; j > 0 && compare_gaps (&g_array_index (readiness->gaps, LadderGap, j - 1),
                                             &g_array_index (readiness->gaps, LadderGap, j)) > 0;
         j--)
      {
        LadderGap tmp = g_array_index (readiness->gaps, LadderGap, j);

        g_array_index (readiness->gaps, LadderGap, j) =
          g_array_index (readiness->gaps, LadderGap, j - 1);
        g_array_index (readiness->gaps, LadderGap, j - 1) = tmp;
      }

  if (readiness->levels_expected == 0)
    readiness->percent = 100;
  else
    /* Rounded down, so that 100 % means every expectation is met. */
    readiness->percent = readiness->levels_met * 100 / readiness->levels_expected;
  return readiness;
}

/**
 * ladder_readiness_describe:
 *
 * Returns: (transfer full): the reason for the number in one sentence, for example
 * "3 of 20 skills below expectation; largest gap: Team management, 2 levels"
 */
char *
ladder_readiness_describe (const LadderReadiness *readiness)
{
  const LadderGap *largest;
  g_autofree char *below = NULL;
  g_autofree char *gap = NULL;

  g_return_val_if_fail (readiness != NULL, NULL);

  if (readiness->n_skills == 0)
    return g_strdup (_("This rung sets no skill expectations"));
  if (readiness->n_below == 0)
    return g_strdup_printf (dngettext (GETTEXT_PACKAGE,
                                       "The one skill this rung expects is at its level",
                                       "All %u skills this rung expects are at their level",
                                       readiness->n_skills),
                            readiness->n_skills);

  largest = &g_array_index (readiness->gaps, LadderGap, 0);
  /* Translators: the first half of "3 of 20 skills below expectation; largest gap: …"; the
   * plural follows the second number, the total ("8 из 21 навыка") */
  below = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%u of %u skill below expectation",
                                      "%u of %u skills below expectation", readiness->n_skills),
                           readiness->n_below, readiness->n_skills);
  /* Translators: the second half: "largest gap: Team management, 2 levels" */
  gap = g_strdup_printf (dngettext (GETTEXT_PACKAGE, "largest gap: %s, %d level",
                                    "largest gap: %s, %d levels",
                                    largest->expected - largest->current),
                         largest->title, largest->expected - largest->current);
  /* Translators: joins the two halves above */
  return g_strdup_printf (_("%s; %s"), below, gap);
}

/**
 * ladder_readiness_explain:
 *
 * Returns: (transfer full): how the percentage was made, in words
 */
char *
ladder_readiness_explain (const LadderReadiness *readiness)
{
  g_return_val_if_fail (readiness != NULL, NULL);

  if (readiness->levels_expected == 0)
    return g_strdup (_("With nothing expected, you are fully ready."));
  return g_strdup_printf (dngettext (GETTEXT_PACKAGE,
                                     "This rung expects %2$u skill level in all. Counting each "
                                     "skill up to the level expected, and no further, you have "
                                     "%1$u of them: %3$u %%.",
                                     "This rung expects %2$u skill levels in all. Counting each "
                                     "skill up to the level expected, and no further, you have "
                                     "%1$u of them: %3$u %%.",
                                     readiness->levels_expected),
                          readiness->levels_met, readiness->levels_expected, readiness->percent);
}

void
ladder_readiness_free (LadderReadiness *readiness)
{
  if (readiness == NULL)
    return;
  g_array_unref (readiness->gaps);
  g_free (readiness);
}

static const LadderRung *
target_of (LadderFramework *framework,
           LadderProfile   *profile)
{
  return ladder_framework_lookup_rung (framework, ladder_profile_get_target_track (profile),
                                       ladder_profile_get_target_rung (profile));
}

/* What the target rung expects of a skill; 0 for the person's own skills. */
int
ladder_skill_expected (LadderFramework *framework,
                       LadderProfile   *profile,
                       const char      *skill_id)
{
  const LadderRung *target = target_of (framework, profile);

  g_return_val_if_fail (LADDER_IS_PROFILE (profile), 0);
  return target != NULL ? MAX (0, ladder_framework_rung_expects (framework, target, skill_id))
                        : 0;
}

/* How many levels a skill is below the level the plan works toward (its one definition,
 * ladder_planner_target_level(): the person's target, the target rung's expectation and what
 * their context asks, whichever is highest), so that the matrix, the radar, the plan and the
 * report agree. */
int
ladder_skill_gap (LadderFramework *framework,
                  LadderProfile   *profile,
                  const char      *skill_id)
{
  const LadderProfileSkill *skill = ladder_profile_lookup_skill (profile, skill_id);

  g_return_val_if_fail (skill != NULL, 0);
  return MAX (0, ladder_planner_target_level (framework, profile, skill_id) - skill->current);
}

/**
 * ladder_targets_from_rung:
 * @replace_manual: also replace targets the person set by hand
 *
 * Sets each built-in skill's target to what the target rung expects.
 *
 * Returns: how many targets changed
 */
guint
ladder_targets_from_rung (LadderFramework *framework,
                          LadderProfile   *profile,
                          gboolean         replace_manual)
{
  guint changed = 0;

  g_return_val_if_fail (LADDER_IS_PROFILE (profile), 0);

  for (guint i = 0; i < ladder_framework_get_n_skills (framework); i++)
    {
      const char *id = ladder_framework_get_skill (framework, i)->id;
      const LadderProfileSkill *skill = ladder_profile_lookup_skill (profile, id);
      int expected = ladder_skill_expected (framework, profile, id);

      if (skill == NULL || (skill->target_manual && !replace_manual))
        continue;
      if (skill->target != expected || skill->target_manual)
        {
          ladder_profile_set_skill_target (profile, id, expected, FALSE);
          changed++;
        }
    }
  return changed;
}

/* The average over the visible skills of @group: of their current levels, of the levels the
 * plan works toward, or of their levels in a snapshot of the history (@then, the skills it has). */
static double
group_average (LadderFramework *framework,
               LadderProfile   *profile,
               const char      *group,
               gboolean         toward,
               JsonObject      *then,
               guint           *counted)
{
  double sum = 0;
  guint n = 0;

  for (guint i = 0; i < ladder_profile_get_n_skills (profile); i++)
    {
      const LadderProfileSkill *own = ladder_profile_get_skill (profile, i);
      const LadderSkill *skill = ladder_framework_lookup_skill (framework, own->id);
      int level = then != NULL ? ladder_profile_history_level (then, own->id) : -1;

      if (own->hidden || g_strcmp0 (skill != NULL ? skill->group : own->group, group) != 0 ||
          (then != NULL && level < 0))
        continue;
      if (then != NULL)
        sum += level;
      else
        sum += toward ? ladder_planner_target_level (framework, profile, own->id) : own->current;
      n++;
    }
  if (counted != NULL)
    *counted = n;
  return n > 0 ? sum / n : 0;
}

/**
 * ladder_skill_group_average:
 * @toward: the level the plan works toward instead of the current level
 *
 * Returns: the average level of the visible skills of @group, built-in and the person's own
 */
double
ladder_skill_group_average (LadderFramework *framework,
                            LadderProfile   *profile,
                            const char      *group,
                            gboolean         toward)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (profile), 0);
  return group_average (framework, profile, group, toward, NULL, NULL);
}

/**
 * ladder_skill_group_average_then:
 * @then: the skills' levels in a snapshot of the history
 * @known: (out) (optional): whether the snapshot has any skill of @group
 *
 * Returns: the average level of @group's visible skills on that day
 */
double
ladder_skill_group_average_then (LadderFramework *framework,
                                 LadderProfile   *profile,
                                 const char      *group,
                                 JsonObject      *then,
                                 gboolean        *known)
{
  guint n = 0;
  double average;

  g_return_val_if_fail (LADDER_IS_PROFILE (profile), 0);
  g_return_val_if_fail (then != NULL, 0);

  average = group_average (framework, profile, group, FALSE, then, &n);
  if (known != NULL)
    *known = n > 0;
  return average;
}
