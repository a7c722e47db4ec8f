/* SPDX-License-Identifier: GPL-3.0-or-later
 * The plan generator: deterministic, personal, and in the person's language. */
#include "config.h"

#include "ladder-test-env.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>

#include "ladder-format.h"
#include "ladder-planner.h"
#include "ladder-store.h"
#include "ladder-test-samples.h"

/* A profile with every skill at the same level, so that only the context differs. */
static LadderProfile *
flat_profile (const char *industry,
              const char *size,
              const char *background,
              const char *target_track,
              const char *target_rung,
              int         level)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  LadderProfile *profile = ladder_profile_new ("Flat");

  ladder_profile_set_industry (profile, industry);
  ladder_profile_set_company_size (profile, size);
  ladder_profile_set_background (profile, background);
  ladder_profile_set_position (profile, "expert", "pm");
  ladder_profile_set_target (profile, target_track, target_rung);
  ladder_profile_set_years_experience (profile, 2);
  for (guint i = 0; i < ladder_framework_get_n_skills (framework); i++)
    ladder_profile_set_skill_levels (profile, ladder_framework_get_skill (framework, i)->id,
                                     level, 0);
  return profile;
}

static guint
count_in_group (GPtrArray  *items,
                const char *group)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  guint n = 0;

  for (guint i = 0; i < items->len; i++)
    {
      const LadderPlanItem *item = g_ptr_array_index (items, i);
      const LadderSkill *skill = item->skill != NULL ?
                                 ladder_framework_lookup_skill (framework, item->skill) : NULL;

      n += skill != NULL && g_str_equal (skill->group, group);
    }
  return n;
}

static char *
plan_text (GPtrArray *items)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < items->len; i++)
    {
      const LadderPlanItem *item = g_ptr_array_index (items, i);

      g_string_append_printf (text, "%s|%u|%u|%s|%s|%s\n", item->id, item->year, item->quarter,
                              item->kind, item->title, item->outcome ? item->outcome : "");
    }
  return g_string_free (text, FALSE);
}

static void
test_deterministic (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("li-wei-ai-startup.json");
  g_autoptr (GPtrArray) a = ladder_planner_generate (framework, profile);
  g_autoptr (GPtrArray) b = ladder_planner_generate (framework, profile);
  g_autofree char *ta = plan_text (a);
  g_autofree char *tb = plan_text (b);

  g_assert_cmpstr (ta, ==, tb);
}

static void
test_every_year (void)
{
  const char *samples[] = { "li-wei-ai-startup.json", "anna-petrova-saas-enterprise.json",
                            "zhang-min-ecommerce.json" };
  LadderFramework *framework = ladder_framework_get_builtin ();

  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    {
      g_autoptr (LadderProfile) profile = ladder_test_load_sample (samples[s]);
      g_autoptr (GPtrArray) items = ladder_planner_generate (framework, profile);
      g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr (GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
      guint years = ladder_planner_get_years (profile);
      guint actions[LADDER_PLAN_MAX_YEARS + 1] = { 0 }, goals[LADDER_PLAN_MAX_YEARS + 1] = { 0 };
      guint checkpoints = 0;

      for (guint i = 0; i < items->len; i++)
        {
          const LadderPlanItem *item = g_ptr_array_index (items, i);

          g_assert_cmpuint (item->year, >=, 1);
          g_assert_cmpuint (item->year, <=, years);
          g_assert_false (g_hash_table_contains (ids, item->id));
          g_hash_table_add (ids, item->id);
          if (g_str_equal (item->kind, "action"))
            {
              g_assert_cmpuint (item->quarter, >=, 1);
              g_assert_nonnull (item->outcome);
              g_assert_false (g_hash_table_contains (titles, item->title));
              g_hash_table_add (titles, item->title);
              actions[item->year]++;
            }
          goals[item->year] += g_str_equal (item->kind, "goal");
          checkpoints += g_str_equal (item->kind, "checkpoint");
        }
      for (guint y = 1; y <= years; y++)
        {
          g_assert_cmpuint (actions[y], >=, 2);
          g_assert_cmpuint (goals[y], ==, 1);
        }
      g_assert_cmpuint (checkpoints, >=, 1);
    }
}

static void
test_largest_gap_first (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) profile = flat_profile ("other", "scaleup", "technical", "expert",
                                                    "senior-pm", 3);
  g_autoptr (GPtrArray) items = NULL;
  const LadderPlanItem *first = NULL;

  /* Market analysis is far behind: 0 where the target rung expects 3. Its first step is the
   * plan's first skill step (framing and context items apart). */
  ladder_profile_set_skill_levels (profile, "market-analysis", 0, 0);
  items = ladder_planner_generate (framework, profile);
  for (guint i = 0; i < items->len && first == NULL; i++)
    {
      const LadderPlanItem *item = g_ptr_array_index (items, i);

      if (g_str_equal (item->kind, "action") && !g_str_has_prefix (item->id, "context-") &&
          !g_str_equal (item->id, "align-manager"))
        first = item;
    }
  g_assert_nonnull (first);
  g_assert_cmpstr (first->skill, ==, "market-analysis");
  g_assert_cmpuint (first->year, ==, 1);
  g_assert_cmpuint (first->quarter, <=, 2);
}

static void
test_ai_industry (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) ai = flat_profile ("ai", "scaleup", "technical", "expert",
                                               "senior-pm", 1);
  g_autoptr (LadderProfile) saas = flat_profile ("saas", "scaleup", "technical", "expert",
                                                 "senior-pm", 1);
  g_autoptr (GPtrArray) ai_plan = ladder_planner_generate (framework, ai);
  g_autoptr (GPtrArray) saas_plan = ladder_planner_generate (framework, saas);

  g_assert_cmpuint (count_in_group (ai_plan, "ai"), >, count_in_group (saas_plan, "ai"));
}

static void
test_non_technical_background (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) non = flat_profile ("saas", "scaleup", "non-technical", "expert",
                                                "pm", 0);
  g_autoptr (LadderProfile) tech = flat_profile ("saas", "scaleup", "technical", "expert", "pm",
                                                 0);
  g_autoptr (GPtrArray) non_plan = ladder_planner_generate (framework, non);
  g_autoptr (GPtrArray) tech_plan = ladder_planner_generate (framework, tech);
  guint first_ai = G_MAXUINT, apis_ready = G_MAXUINT;

  g_assert_cmpuint (count_in_group (non_plan, "technical"), >,
                    count_in_group (tech_plan, "technical"));
  /* The roadmap's order: APIs up to level 2 come before any LLM API work. */
  for (guint i = 0; i < non_plan->len; i++)
    {
      const LadderPlanItem *item = g_ptr_array_index (non_plan, i);
      guint when = item->year * 10 + item->quarter;

      if (g_strcmp0 (item->skill, "ai-llm-api") == 0 && g_str_equal (item->kind, "action"))
        first_ai = MIN (first_ai, when);
      if (g_str_has_prefix (item->id, "apis-") && atoi (item->id + 5) >= 2)
        apis_ready = MIN (apis_ready, when);
    }
  g_assert_cmpuint (apis_ready, !=, G_MAXUINT);
  if (first_ai != G_MAXUINT)
    g_assert_cmpuint (first_ai, >, apis_ready);
}

static void
test_ai_route_in_order (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) profile = flat_profile ("ai", "startup", "technical", "expert",
                                                    "expert", 0);
  g_autoptr (GPtrArray) items = ladder_planner_generate (framework, profile);
  const char *route[] = { "ai-llm-basics", "ai-llm-api", "ai-architecture", "ai-fine-tuning" };

  /* Each level of L(n+1) comes after the same level of L(n). */
  for (guint r = 1; r < G_N_ELEMENTS (route); r++)
    for (guint i = 0; i < items->len; i++)
      {
        const LadderPlanItem *later = g_ptr_array_index (items, i);

        if (g_strcmp0 (later->skill, route[r]) != 0 || !g_str_equal (later->kind, "action"))
          continue;
        for (guint j = 0; j < items->len; j++)
          {
            const LadderPlanItem *earlier = g_ptr_array_index (items, j);
            g_autofree char *same_level = g_strdup_printf ("%s%s", route[r - 1],
                                                           later->id + strlen (route[r]));

            if (g_str_equal (earlier->id, same_level))
              g_assert_cmpuint (earlier->year * 10 + earlier->quarter, <,
                                later->year * 10 + later->quarter);
          }
      }
}

static void
test_management_target (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) lead = flat_profile ("saas", "scaleup", "technical", "management",
                                                 "team-lead", 2);
  g_autoptr (LadderProfile) expert = flat_profile ("saas", "scaleup", "technical", "expert",
                                                   "principal-pm", 2);
  g_autoptr (GPtrArray) lead_plan = ladder_planner_generate (framework, lead);
  g_autoptr (GPtrArray) expert_plan = ladder_planner_generate (framework, expert);

  g_assert_cmpuint (count_in_group (lead_plan, "leadership"), >,
                    count_in_group (expert_plan, "leadership"));
  g_assert_cmpuint (count_in_group (expert_plan, "craft"), >,
                    count_in_group (lead_plan, "craft"));
}

static void
test_company_size (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) startup = flat_profile ("saas", "startup", "technical", "expert",
                                                    "senior-pm", 1);
  g_autoptr (LadderProfile) enterprise = flat_profile ("saas", "enterprise", "technical",
                                                       "expert", "senior-pm", 1);
  g_autoptr (GPtrArray) a = ladder_planner_generate (framework, startup);
  g_autoptr (GPtrArray) b = ladder_planner_generate (framework, enterprise);
  g_autofree char *ta = plan_text (a);
  g_autofree char *tb = plan_text (b);

  g_assert_cmpstr (ta, !=, tb);
  g_assert_nonnull (strstr (ta, "context-startup"));
  g_assert_nonnull (strstr (tb, "context-enterprise"));
  g_assert_null (strstr (tb, "context-startup"));
}

static void
test_regenerate_keeps_edits (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("anna-petrova-saas-enterprise.json");
  g_autofree char *edited_id = NULL;
  g_autofree char *done_id = NULL;
  g_autofree char *own_id = NULL;
  const LadderPlanItem *item;
  guint n_before;

  ladder_planner_regenerate (framework, profile);
  n_before = ladder_profile_get_n_plan_items (profile);
  g_assert_cmpuint (n_before, >, 5);
  g_assert_nonnull (ladder_profile_get_plan_generated (profile));

  edited_id = g_strdup (ladder_profile_get_plan_item (profile, 1)->id);
  done_id = g_strdup (ladder_profile_get_plan_item (profile, 2)->id);
  ladder_profile_edit_plan_item (profile, edited_id, "My own words <&>", "My outcome");
  ladder_profile_set_plan_item_status (profile, done_id, LADDER_STATUS_DONE);
  own_id = ladder_profile_new_plan_item_id (profile);
  {
    LadderPlanItem *own = ladder_plan_item_new (own_id, "action", 2, 3, NULL, "Speak at a meetup",
                                                NULL);
    own->edited = TRUE;
    ladder_profile_insert_plan_item (profile, 0, own);
  }
  g_assert_true (ladder_planner_has_user_work (profile));

  /* The person changes direction; the plan is regenerated. */
  ladder_profile_set_target (profile, "expert", "principal-pm");
  ladder_planner_regenerate (framework, profile);

  item = ladder_profile_lookup_plan_item (profile, edited_id, NULL);
  g_assert_nonnull (item);
  g_assert_cmpstr (item->title, ==, "My own words <&>");
  g_assert_true (item->edited);
  item = ladder_profile_lookup_plan_item (profile, done_id, NULL);
  g_assert_nonnull (item);
  g_assert_cmpint (item->status, ==, LADDER_STATUS_DONE);
  item = ladder_profile_lookup_plan_item (profile, own_id, NULL);
  g_assert_nonnull (item);
  g_assert_cmpstr (item->title, ==, "Speak at a meetup");
  /* And the fresh plan follows the new target. */
  g_assert_nonnull (ladder_profile_lookup_plan_item (profile, "checkpoint-principal-pm", NULL));
  g_assert_null (ladder_profile_lookup_plan_item (profile, "checkpoint-team-lead", NULL));
}

/* No English left: translated text has no run of two lower-case Latin words. */
static void
check_language (const char *language)
{
  const char *samples[] = { "li-wei-ai-startup.json", "anna-petrova-saas-enterprise.json",
                            "zhang-min-ecommerce.json" };
  g_autoptr (GRegex) english = g_regex_new ("\\b[a-z]{2,}\\s+[a-z]{2,}\\b", 0, 0, NULL);
  g_autoptr (LadderFramework) framework = NULL;

  ladder_test_use_language (language);
  framework = ladder_framework_new_builtin ();

  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    {
      g_autoptr (LadderProfile) profile = ladder_test_load_sample (samples[s]);
      g_autoptr (GPtrArray) items = ladder_planner_generate (framework, profile);

      for (guint i = 0; i < items->len; i++)
        {
          const LadderPlanItem *item = g_ptr_array_index (items, i);

          if (g_regex_match (english, item->title, 0, NULL) ||
              (item->outcome != NULL && g_regex_match (english, item->outcome, 0, NULL)))
            g_error ("%s: English left in “%s” / “%s”", language, item->title,
                     item->outcome);
        }
    }
  ladder_test_use_language ("C");
}

static void
test_translated (void)
{
  check_language ("zh_CN");
  check_language ("ru");
}

/* What the person removed is not made again, and the order they gave is kept; both survive a
 * save and a load. */
static void
test_regenerate_respects_removals_and_order (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("li-wei-ai-startup.json");
  g_autoptr (LadderProfile) reloaded = NULL;
  g_autofree char *removed_id = NULL;
  g_autofree char *moved_id = NULL;
  g_autofree char *before_id = NULL;
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  guint moved_at, before_at, n;
  gsize length;

  ladder_planner_regenerate (framework, profile);
  n = ladder_profile_get_n_plan_items (profile);
  /* Two actions of one year, next to each other. */
  for (guint i = 1; i < n; i++)
    {
      const LadderPlanItem *a = ladder_profile_get_plan_item (profile, i - 1);
      const LadderPlanItem *b = ladder_profile_get_plan_item (profile, i);

      if (a->year == b->year && g_str_equal (a->kind, "action") && g_str_equal (b->kind, "action"))
        {
          before_id = g_strdup (a->id);
          moved_id = g_strdup (b->id);
          break;
        }
    }
  g_assert_nonnull (moved_id);
  removed_id = g_strdup (ladder_profile_get_plan_item (profile, n - 1)->id);

  g_assert_true (ladder_profile_move_plan_item (profile, moved_id, -1));
  ladder_plan_item_free (ladder_profile_remove_plan_item (profile, removed_id, NULL));
  /* A status makes the moved item the person's own work, kept as it is. */
  ladder_profile_set_plan_item_status (profile, moved_id, LADDER_STATUS_IN_PROGRESS);
  ladder_profile_set_plan_item_status (profile, before_id, LADDER_STATUS_IN_PROGRESS);

  data = ladder_profile_to_data (profile, &length);
  reloaded = ladder_profile_new_from_data (data, length, &error);
  g_assert_no_error (error);
  g_assert_true (ladder_profile_plan_item_was_removed (reloaded, removed_id));

  ladder_planner_regenerate (framework, reloaded);
  g_assert_null (ladder_profile_lookup_plan_item (reloaded, removed_id, NULL));
  g_assert_nonnull (ladder_profile_lookup_plan_item (reloaded, moved_id, &moved_at));
  g_assert_nonnull (ladder_profile_lookup_plan_item (reloaded, before_id, &before_at));
  g_assert_cmpuint (moved_at, <, before_at);
  g_assert_cmpuint (ladder_profile_get_n_plan_items (reloaded), ==, n - 1);

  /* Putting it back by hand (as Undo does) makes it a plan item like any other. */
  ladder_profile_insert_plan_item (reloaded, 0,
                                   ladder_plan_item_new (removed_id, "action", 1, 1, NULL,
                                                         "Back", NULL));
  g_assert_false (ladder_profile_plan_item_was_removed (reloaded, removed_id));
}

/* Moving an item past one of another quarter puts it in that quarter; an edit of its time moves
 * it after the last item of its new year and quarter. */
static void
test_move_across_quarters (void)
{
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Q");
  GPtrArray *plan = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_plan_item_free);
  guint at;

  g_ptr_array_add (plan, ladder_plan_item_new ("goal-1", "goal", 1, 0, NULL, "Goal", NULL));
  g_ptr_array_add (plan, ladder_plan_item_new ("a", "action", 1, 1, NULL, "A", NULL));
  g_ptr_array_add (plan, ladder_plan_item_new ("b", "action", 1, 2, NULL, "B", NULL));
  g_ptr_array_add (plan, ladder_plan_item_new ("c", "action", 2, 1, NULL, "C", NULL));
  ladder_profile_set_plan (profile, plan, NULL);

  g_assert_true (ladder_profile_move_plan_item (profile, "a", 1));
  g_assert_cmpuint (ladder_profile_lookup_plan_item (profile, "a", &at)->quarter, ==, 2);
  g_assert_cmpuint (at, ==, 2);
  /* Not past the year's end, and a goal does not lend its "whole year". */
  g_assert_false (ladder_profile_move_plan_item (profile, "a", 1));
  g_assert_true (ladder_profile_move_plan_item (profile, "b", -1));
  g_assert_cmpuint (ladder_profile_lookup_plan_item (profile, "b", NULL)->quarter, ==, 2);

  ladder_profile_update_plan_item (profile, "b", "B, later", NULL, 2, 4, "apis");
  g_assert_nonnull (ladder_profile_lookup_plan_item (profile, "b", &at));
  g_assert_cmpuint (at, ==, 3);
  g_assert_cmpstr (ladder_profile_get_plan_item (profile, 3)->skill, ==, "apis");
  g_assert_cmpstr (ladder_profile_get_change (profile, NULL), ==, "edit of “B, later”");
}

/* Dropping an item: before another item of any year, or at the end of a year; an action takes
 * the quarter of the action it follows (or precedes, when first), a goal keeps "whole year". */
static void
test_place_item (void)
{
  g_autoptr (LadderProfile) profile = ladder_profile_new ("D");
  GPtrArray *plan = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_plan_item_free);
  guint at;

  g_ptr_array_add (plan, ladder_plan_item_new ("goal-1", "goal", 1, 0, NULL, "Goal", NULL));
  g_ptr_array_add (plan, ladder_plan_item_new ("a", "action", 1, 1, NULL, "A", NULL));
  g_ptr_array_add (plan, ladder_plan_item_new ("b", "action", 1, 2, NULL, "B", NULL));
  g_ptr_array_add (plan, ladder_plan_item_new ("c", "action", 2, 3, NULL, "C", NULL));
  g_ptr_array_add (plan, ladder_plan_item_new ("d", "action", 2, 4, NULL, "D", NULL));
  ladder_profile_set_plan (profile, plan, NULL);

  /* Into another year, between two actions: the quarter of the one before. */
  g_assert_true (ladder_profile_place_plan_item (profile, "a", 2, "d"));
  g_assert_nonnull (ladder_profile_lookup_plan_item (profile, "a", &at));
  g_assert_cmpuint (at, ==, 3);
  g_assert_cmpuint (ladder_profile_get_plan_item (profile, at)->year, ==, 2);
  g_assert_cmpuint (ladder_profile_get_plan_item (profile, at)->quarter, ==, 3);
  g_assert_cmpstr (ladder_profile_get_change (profile, NULL), ==, "move of “A”");

  /* First in its year: the quarter of the action after it. */
  g_assert_true (ladder_profile_place_plan_item (profile, "b", 2, "c"));
  g_assert_nonnull (ladder_profile_lookup_plan_item (profile, "b", &at));
  g_assert_cmpuint (at, ==, 1);
  g_assert_cmpuint (ladder_profile_get_plan_item (profile, at)->quarter, ==, 3);

  /* The end of a year with no actions left; a goal keeps its whole year. */
  g_assert_true (ladder_profile_place_plan_item (profile, "d", 1, NULL));
  g_assert_nonnull (ladder_profile_lookup_plan_item (profile, "d", &at));
  g_assert_cmpuint (at, ==, 1);
  g_assert_cmpuint (ladder_profile_get_plan_item (profile, at)->quarter, ==, 4);
  g_assert_true (ladder_profile_place_plan_item (profile, "goal-1", 3, NULL));
  g_assert_nonnull (ladder_profile_lookup_plan_item (profile, "goal-1", &at));
  g_assert_cmpuint (at, ==, 4);
  g_assert_cmpuint (ladder_profile_get_plan_item (profile, at)->quarter, ==, 0);

  /* Where it already is, onto itself, before an item of another year, or unknown: nothing. */
  g_assert_false (ladder_profile_place_plan_item (profile, "d", 1, NULL));
  g_assert_false (ladder_profile_place_plan_item (profile, "c", 2, "c"));
  g_assert_false (ladder_profile_place_plan_item (profile, "c", 1, "a"));
  g_assert_false (ladder_profile_place_plan_item (profile, "nope", 1, NULL));
  g_assert_false (ladder_profile_place_plan_item (profile, "c", 2, "nope"));
}

/* The person's own skill with a gap gets its steps, named after it, in order. */
static void
test_own_skill_steps (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("zhang-min-ecommerce.json");
  g_autofree char *id = ladder_profile_add_skill (profile, "Supply chain", "business");
  g_autoptr (GPtrArray) items = NULL;
  g_autofree char *fit = NULL;
  guint found = 0, last = 0;

  ladder_profile_set_skill_levels (profile, id, 0, 4);
  items = ladder_planner_generate (framework, profile);
  fit = ladder_planner_describe_fit (framework, profile, NULL, NULL);
  for (guint i = 0; i < items->len; i++)
    {
      const LadderPlanItem *item = g_ptr_array_index (items, i);
      guint when = item->year * 4 + item->quarter;

      if (g_strcmp0 (item->skill, id) != 0)
        continue;
      g_assert_nonnull (strstr (item->title, "Supply chain"));
      g_assert_cmpuint (when, >, last);
      last = when;
      found++;
    }
  /* Four steps, one for each level, or the ones that did not fit named as such. */
  g_assert_true (found == 4 || (fit != NULL && strstr (fit, "Supply chain") != NULL));
  g_assert_cmpuint (found, >=, 1);
}

/* Every industry gives its own plan: one PM heading for senior PM, six industries, six plans. */
static void
test_industries_differ (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  const char *industries[] = { "ai", "saas", "ecommerce", "fintech", "gaming", "hardware" };
  g_autoptr (GHashTable) plans = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (industries); i++)
    {
      g_autoptr (LadderProfile) profile = flat_profile (industries[i], "scaleup", "technical",
                                                        "expert", "senior-pm", 2);
      g_autoptr (GPtrArray) items = ladder_planner_generate (framework, profile);
      char *text = plan_text (items);

      g_assert_false (g_hash_table_contains (plans, text));
      g_hash_table_add (plans, text);
    }
}

/* Every background gives its own first-year item: an engineer is sent to the users, a designer
 * to the numbers, a business PM into a sprint, a non-technical PM onto a technical roadmap. */
static void
test_backgrounds_differ (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (GHashTable) titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint b = 0; ladder_backgrounds ()[b] != NULL; b++)
    {
      g_autoptr (LadderProfile) profile = flat_profile ("other", "scaleup",
                                                        ladder_backgrounds ()[b], "expert",
                                                        "senior-pm", 2);
      g_autoptr (GPtrArray) items = ladder_planner_generate (framework, profile);
      const LadderPlanItem *found = NULL;

      for (guint i = 0; i < items->len; i++)
        {
          const LadderPlanItem *item = g_ptr_array_index (items, i);

          if (g_str_equal (item->id, "context-background") ||
              g_str_equal (item->id, "context-tech-roadmap"))
            {
              g_assert_null (found);
              found = item;
            }
        }
      g_assert_nonnull (found);
      g_assert_cmpuint (found->year, ==, 1);
      g_assert_false (g_hash_table_contains (titles, found->title));
      g_hash_table_add (titles, g_strdup (found->title));
    }
  g_assert_cmpuint (g_hash_table_size (titles), ==, 4);
}

/* The ids of the plan's first two actions: one to give a status, one to edit. */
static void
first_two_actions (LadderProfile *profile,
                   char         **status_id,
                   char         **edited_id)
{
  for (guint i = 0; i < ladder_profile_get_n_plan_items (profile); i++)
    {
      const LadderPlanItem *item = ladder_profile_get_plan_item (profile, i);

      if (!g_str_equal (item->kind, "action"))
        continue;
      if (*status_id == NULL)
        *status_id = g_strdup (item->id);
      else if (*edited_id == NULL)
        *edited_id = g_strdup (item->id);
    }
}

/* An item kept only for its status follows the language when the plan is made again; an edited
 * one keeps the person's words. */
static void
test_regenerate_follows_language (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr (LadderProfile) profile = ladder_test_load_sample ("anna-petrova-saas-enterprise.json");
      g_autoptr (LadderFramework) russian = NULL;
      g_autofree char *status_id = NULL, *edited_id = NULL, *english = NULL;
      const LadderPlanItem *item;

      ladder_planner_regenerate (ladder_framework_get_builtin (), profile);
      first_two_actions (profile, &status_id, &edited_id);
      english = g_strdup (ladder_profile_lookup_plan_item (profile, status_id, NULL)->title);
      ladder_profile_set_plan_item_status (profile, status_id, LADDER_STATUS_IN_PROGRESS);
      ladder_profile_edit_plan_item (profile, edited_id, "My own words", NULL);

      ladder_test_use_language ("ru");
      russian = ladder_framework_new_builtin ();
      ladder_planner_regenerate (russian, profile);
      item = ladder_profile_lookup_plan_item (profile, status_id, NULL);
      g_assert_nonnull (item);
      g_assert_cmpint (item->status, ==, LADDER_STATUS_IN_PROGRESS);
      g_assert_cmpstr (item->title, !=, english);
      g_assert_true (g_regex_match_simple ("[А-Яа-я]", item->title, 0, 0));
      g_assert_cmpstr (ladder_profile_lookup_plan_item (profile, edited_id, NULL)->title, ==,
                       "My own words");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
count_signal (guint *count)
{
  (*count)++;
}

/* A plan made in English reads in Russian when Ladder speaks Russian, and in English again
 * after: the words of every item the person has not edited (a status change included) come
 * from what the plan was made from, not from a new plan; what the person wrote stays, marked
 * with its language; nothing of it is a change to save. The inputs go through the file. */
static void
test_localize (void)
{
  g_autoptr (LadderProfile) made = ladder_test_load_sample ("anna-petrova-saas-enterprise.json");
  g_autoptr (LadderProfile) profile = NULL;
  g_autoptr (GHashTable) english = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          g_free);
  g_autofree char *status_id = NULL, *edited_id = NULL, *data = NULL, *industry = NULL;
  LadderLanguageSaved *saved;
  const LadderPlanItem *item;
  guint changes = 0;
  gsize length;

  ladder_planner_regenerate (ladder_framework_get_builtin (), made);
  g_assert_nonnull (ladder_profile_get_plan_inputs (made));
  for (guint i = 0; i < ladder_profile_get_n_plan_items (made); i++)
    {
      item = ladder_profile_get_plan_item (made, i);
      g_hash_table_insert (english, g_strdup (item->id), g_strdup (item->title));
    }
  first_two_actions (made, &status_id, &edited_id);
  ladder_profile_set_plan_item_status (made, status_id, LADDER_STATUS_DONE);
  ladder_profile_edit_plan_item (made, edited_id, "My own words", NULL);
  /* Later changes to the profile do not change the plan's words: they come from its inputs. */
  industry = g_strdup (ladder_profile_get_industry (made));
  ladder_profile_set_industry (made, "gaming");
  data = ladder_profile_to_data (made, &length);
  profile = ladder_profile_new_from_data (data, length, NULL);
  g_assert_nonnull (profile);
  g_signal_connect_swapped (profile, "changed", G_CALLBACK (count_signal), &changes);
  g_assert_false (ladder_planner_localize (ladder_framework_get_builtin (), profile));

  saved = ladder_format_use_language ("ru");
  g_assert_true (ladder_planner_localize (ladder_framework_get_builtin (), profile));
  g_assert_cmpstr (ladder_profile_get_plan_language (profile), ==, "ru");
  {
    /* The same plan as one made in Russian from the same inputs, word for word. */
    g_autoptr (LadderProfile) then = ladder_profile_copy (made);
    g_autoptr (GPtrArray) fresh = NULL;

    ladder_profile_set_industry (then, industry);
    fresh = ladder_planner_generate (ladder_framework_get_builtin (), then);
    for (guint i = 0; i < fresh->len; i++)
      {
        const LadderPlanItem *twin = g_ptr_array_index (fresh, i);

        item = ladder_profile_lookup_plan_item (profile, twin->id, NULL);
        if (item == NULL || g_str_equal (item->id, edited_id))
          continue;
        g_assert_cmpstr (item->title, ==, twin->title);
        g_assert_cmpstr (item->outcome, ==, twin->outcome);
      }
  }
  item = ladder_profile_lookup_plan_item (profile, status_id, NULL);
  g_assert_true (g_regex_match_simple ("[А-Яа-я]", item->title, 0, 0));
  g_assert_cmpint (item->status, ==, LADDER_STATUS_DONE);
  item = ladder_profile_lookup_plan_item (profile, edited_id, NULL);
  g_assert_cmpstr (item->title, ==, "My own words");
  g_assert_cmpstr (item->language, ==, "en");
  ladder_format_restore_language (saved);

  g_assert_true (ladder_planner_localize (ladder_framework_get_builtin (), profile));
  for (guint i = 0; i < ladder_profile_get_n_plan_items (profile); i++)
    {
      item = ladder_profile_get_plan_item (profile, i);
      if (!item->edited)
        g_assert_cmpstr (item->title, ==, g_hash_table_lookup (english, item->id));
    }
  g_assert_cmpuint (changes, ==, 0);
}

/* A step never hands back what the person already does: from 4 to 5 (and from 1 to 2) the step is
 * the library's action for that level step, not the one for the step before. */
static void
test_level_steps_move_on (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) profile = flat_profile ("other", "scaleup", "technical", "expert",
                                                    "senior-pm", 3);
  const LadderSkill *acumen = ladder_framework_lookup_skill (framework, "business-acumen");
  const LadderSkill *hiring = ladder_framework_lookup_skill (framework, "hiring");
  g_autoptr (GPtrArray) items = NULL;
  const LadderPlanItem *top = NULL, *second = NULL;

  ladder_profile_set_skill_levels (profile, "business-acumen", 4, 5);
  ladder_profile_set_skill_levels (profile, "hiring", 1, 2);
  items = ladder_planner_generate (framework, profile);
  for (guint i = 0; i < items->len; i++)
    {
      const LadderPlanItem *item = g_ptr_array_index (items, i);

      if (g_str_equal (item->id, "business-acumen-5"))
        top = item;
      if (g_str_equal (item->id, "hiring-2"))
        second = item;
    }
  /* Each level step has its own action: from 4 to 5 not the work of level 4 (owning the P&L
   * drivers), from 1 to 2 not the level-1 activity (shadowing interviews). */
  g_assert_nonnull (top);
  g_assert_cmpstr (top->title, ==, acumen->action_titles[4]);
  g_assert_null (strstr (top->title, "profit-and-loss"));
  g_assert_nonnull (second);
  g_assert_cmpstr (second->title, ==, hiring->action_titles[1]);
  g_assert_null (strstr (second->title, "Shadow"));
}

/* A manager of six is not told to lead a small project with two or three people. */
static void
test_reports_used (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) profile = flat_profile ("saas", "scaleup", "technical", "management",
                                                    "director", 1);
  g_autoptr (GPtrArray) items = NULL;

  ladder_profile_set_position (profile, "management", "team-lead");
  ladder_profile_set_reports (profile, 6);
  items = ladder_planner_generate (framework, profile);
  for (guint i = 0; i < items->len; i++)
    {
      const LadderPlanItem *item = g_ptr_array_index (items, i);

      g_assert_cmpstr (item->id, !=, "team-management-2");
      g_assert_cmpstr (item->id, !=, "mentoring-2");
    }
}

/* A manager heading for director gets the work of running people (reviews, delegation,
 * headcount, growing a lead, the organisation); someone with no reports yet does not. */
static void
test_management_work (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) manager = flat_profile ("saas", "scaleup", "technical", "management",
                                                    "director", 3);
  g_autoptr (LadderProfile) newcomer = flat_profile ("saas", "scaleup", "technical",
                                                     "management", "team-lead", 3);
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GPtrArray) none = NULL;
  g_autoptr (GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  ladder_profile_set_position (manager, "management", "team-lead");
  ladder_profile_set_reports (manager, 5);
  ladder_profile_set_horizon_years (manager, 3);
  items = ladder_planner_generate (framework, manager);
  for (guint i = 0; i < items->len; i++)
    g_hash_table_add (ids, ((LadderPlanItem *) g_ptr_array_index (items, i))->id);
  g_assert_true (g_hash_table_contains (ids, "manage-reviews"));
  g_assert_true (g_hash_table_contains (ids, "manage-headcount"));
  g_assert_true (g_hash_table_contains (ids, "manage-leads"));

  none = ladder_planner_generate (framework, newcomer);
  for (guint i = 0; i < none->len; i++)
    g_assert_false (g_str_has_prefix (((LadderPlanItem *) g_ptr_array_index (none, i))->id,
                                      "manage-"));
}

/* Calendar quarters: the plan starts in the quarter it was made in when made in that quarter's
 * first month, else the next; labels count from there; a review month puts every checkpoint in
 * its quarter, and the month is kept in the file and refused out of range. */
static void
test_calendar (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (GDateTime) january = g_date_time_new_utc (2027, 1, 5, 9, 0, 0);
  g_autoptr (GDateTime) november = g_date_time_new_utc (2026, 11, 22, 9, 0, 0);
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("zhang-min-ecommerce.json");
  g_autoptr (LadderProfile) again = NULL;
  g_autoptr (GPtrArray) items = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr (GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *data = NULL;
  g_autofree char *bad = NULL;
  guint year, quarter, checkpoints = 0, review_quarter;

  ladder_planner_first_quarter (january, &year, &quarter);
  g_assert_cmpuint (year, ==, 2027);
  g_assert_cmpuint (quarter, ==, 1);
  ladder_planner_first_quarter (november, &year, &quarter);
  g_assert_cmpuint (year, ==, 2027);
  g_assert_cmpuint (quarter, ==, 1);
  label = ladder_planner_quarter_label ("2026-11-22T10:00:00Z", 2, 3);
  g_assert_cmpstr (label, ==, "2028 Q3");
  g_clear_pointer (&label, g_free);
  label = ladder_planner_quarter_label ("2026-08-02T10:00:00Z", 1, 4);
  g_assert_cmpstr (label, ==, "2027 Q3");
  g_clear_pointer (&label, g_free);
  label = ladder_planner_quarter_label (NULL, 1, 2);
  g_assert_cmpstr (label, ==, "Q2");

  /* Reviews in June: every checkpoint in the plan quarter that holds June. */
  ladder_profile_set_review_month (profile, 6);
  ladder_planner_first_quarter (now, &year, &quarter);
  review_quarter = (2 + 4 - quarter) % 4 + 1;
  items = ladder_planner_generate (framework, profile);
  for (guint i = 0; i < items->len; i++)
    {
      const LadderPlanItem *item = g_ptr_array_index (items, i);

      if (g_str_equal (item->kind, "checkpoint"))
        {
          g_assert_cmpuint (item->quarter, ==, review_quarter);
          checkpoints++;
        }
    }
  g_assert_cmpuint (checkpoints, >=, 1);

  data = ladder_profile_to_data (profile, NULL);
  g_assert_nonnull (strstr (data, "\"review_month\" : 6"));
  again = ladder_profile_new_from_data (data, strlen (data), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ladder_profile_get_review_month (again), ==, 6);
  bad = g_strdup (data);
  memcpy (strstr (bad, "\"review_month\" : 6") + strlen ("\"review_month\" : "), "0", 1);
  g_clear_object (&again);
  again = ladder_profile_new_from_data (bad, strlen (bad), &error);
  g_assert_null (again);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "target.review_month"));
}

/* ---- The persona matrix ------------------------------------------------------------------
 * Profiles unlike the samples, checked for what every plan must hold. */

typedef struct
{
  const char *track, *rung, *target_track, *target_rung;
  guint horizon;
  const char *industry, *size, *background;
  guint years, reports;
  int level; /* every skill at this level; -1: what the current rung expects */
} Persona;

static const Persona personas[] = {
  { "expert", "assistant", "expert", "pm", 3, "ai", "startup", "non-technical", 1, 0, -1 },
  { "expert", "assistant", "expert", "pm", 1, "fintech", "enterprise", "business", 0, 0, -1 },
  { "expert", "assistant", "expert", "expert", 3, "other", "scaleup", "technical", 0, 0, -1 },
  { "expert", "pm", "expert", "senior-pm", 2, "saas", "scaleup", "technical", 2, 0, -1 },
  { "expert", "pm", "management", "team-lead", 3, "gaming", "startup", "design", 3, 0, -1 },
  { "expert", "pm", "management", "member", 3, "ecommerce", "scaleup", "technical", 2, 0, -1 },
  { "expert", "pm", "expert", "pm", 3, "saas", "enterprise", "technical", 3, 0, -1 },
  { "expert", "senior-pm", "management", "team-lead", 3, "saas", "enterprise", "technical", 6,
    0, -1 },
  { "expert", "senior-pm", "management", "team-lead", 1, "hardware", "scaleup", "technical", 6,
    2, -1 },
  { "expert", "senior-pm", "expert", "pm", 2, "fintech", "enterprise", "business", 5, 0, -1 },
  { "expert", "senior-pm", "expert", "principal-pm", 5, "hardware", "enterprise", "technical",
    4, 0, -1 },
  { "expert", "principal-pm", "management", "team-lead", 3, "gaming", "scaleup", "business", 7,
    0, -1 },
  { "expert", "principal-pm", "management", "team-lead", 3, "gaming", "scaleup", "business", 7,
    6, -1 },
  { "expert", "expert", "management", "director", 3, "saas", "enterprise", "technical", 12, 0,
    -1 },
  { "expert", "expert", "management", "director", 5, "ai", "enterprise", "technical", 12, 3,
    -1 },
  { "management", "director", "expert", "senior-pm", 2, "saas", "enterprise", "business", 15, 8,
    -1 },
  { "management", "team-lead", "management", "director", 4, "ecommerce", "scaleup", "design",
    7, 5, -1 },
  { "management", "core-member", "management", "team-lead", 3, "fintech", "startup",
    "non-technical", 3, 0, -1 },
  { "management", "member", "management", "director", 2, "other", "startup", "technical", 1,
    0, -1 },
  { "expert", "pm", "expert", "senior-pm", 3, "ai", "scaleup", "technical", 2, 0, 0 },
  { "expert", "pm", "expert", "principal-pm", 3, "saas", "scaleup", "technical", 3, 0, 5 },
  { "expert", "senior-pm", "management", "team-lead", 10, "saas", "enterprise", "technical", 6,
    0, 0 },
  { "expert", "principal-pm", "expert", "expert", 4, "ecommerce", "enterprise", "design", 9, 1,
    -1 },
  { "management", "team-lead", "expert", "principal-pm", 3, "hardware", "scaleup", "technical",
    6, 4, -1 },
};

static LadderProfile *
persona_profile (const Persona *p)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  LadderProfile *profile = ladder_profile_new ("Persona");
  const LadderRung *current = ladder_framework_lookup_rung (framework, p->track, p->rung);

  ladder_profile_set_position (profile, p->track, p->rung);
  ladder_profile_set_target (profile, p->target_track, p->target_rung);
  ladder_profile_set_horizon_years (profile, p->horizon);
  ladder_profile_set_industry (profile, p->industry);
  ladder_profile_set_company_size (profile, p->size);
  ladder_profile_set_background (profile, p->background);
  ladder_profile_set_years_experience (profile, p->years);
  ladder_profile_set_reports (profile, p->reports);
  for (guint i = 0; i < ladder_framework_get_n_skills (framework); i++)
    ladder_profile_set_skill_levels (profile, ladder_framework_get_skill (framework, i)->id,
                                     p->level >= 0 ? p->level : current->expects[i], 0);
  return profile;
}

static gboolean
is_development (const LadderPlanItem *item)
{
  /* Agreeing with the manager, deciding after a trial and finding a mentor and a sponsor are
   * talks and relationships, not development work for the quarter's room. */
  return g_str_equal (item->kind, "action") && !g_str_equal (item->id, "align-manager") &&
         !g_str_equal (item->id, "decision-gate") && !g_str_equal (item->id, "promotion-sponsor");
}

static void
test_persona_matrix (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();

  for (guint n = 0; n < G_N_ELEMENTS (personas); n++)
    {
      const Persona *p = &personas[n];
      g_autoptr (LadderProfile) profile = persona_profile (p);
      g_autoptr (GPtrArray) items = ladder_planner_generate (framework, profile);
      g_autoptr (GPtrArray) again = ladder_planner_generate (framework, profile);
      g_autofree char *text = plan_text (items);
      g_autofree char *text_again = plan_text (again);
      g_autofree char *fit = ladder_planner_describe_fit (framework, profile, NULL, NULL);
      g_autoptr (GHashTable) goals = g_hash_table_new (g_str_hash, g_str_equal);
      const LadderRung *current = ladder_framework_lookup_rung (framework, p->track, p->rung);
      const LadderRung *target = ladder_framework_lookup_rung (framework, p->target_track,
                                                               p->target_rung);
      guint years = MIN (p->horizon, LADDER_PLAN_MAX_YEARS);
      guint per_quarter[LADDER_PLAN_MAX_YEARS * 4] = { 0 };
      guint per_year[LADDER_PLAN_MAX_YEARS + 1] = { 0 };
      guint checkpoint_years[LADDER_PLAN_MAX_YEARS + 1] = { 0 };
      guint fewest = G_MAXUINT, most = 0, last_seniority = 0;
      const LadderRung *last_checkpoint = NULL;

      g_test_message ("persona %u: %s/%s → %s/%s over %u years\n%s%s", n, p->track, p->rung,
                      p->target_track, p->target_rung, p->horizon, text,
                      fit != NULL ? fit : "(fits)");
      /* Same input, same plan. */
      g_assert_cmpstr (text, ==, text_again);
      g_assert_cmpuint (ladder_planner_get_years (profile), ==, years);

      for (guint i = 0; i < items->len; i++)
        {
          const LadderPlanItem *item = g_ptr_array_index (items, i);

          /* The plan spans exactly the horizon. */
          g_assert_cmpuint (item->year, >=, 1);
          g_assert_cmpuint (item->year, <=, years);
          if (g_str_equal (item->kind, "goal"))
            {
              /* One goal a year, each different. */
              g_assert_false (g_hash_table_contains (goals, item->title));
              g_hash_table_add (goals, item->title);
            }
          else if (is_development (item))
            {
              const LadderSkill *skill = item->skill != NULL
                                           ? ladder_framework_lookup_skill (framework, item->skill)
                                           : NULL;
              g_autofree char *prefix = skill != NULL ? g_strconcat (skill->id, "-", NULL) : NULL;

              g_assert_cmpuint (item->quarter, >=, 1);
              per_quarter[(item->year - 1) * 4 + item->quarter - 1]++;
              per_year[item->year]++;
              /* A skill's step is the library's action for that very level step, from a level
               * the person is at or has planned to reach: never what they already do. */
              if (prefix != NULL && g_str_has_prefix (item->id, prefix))
                {
                  guint reach = (guint) g_ascii_strtoull (item->id + strlen (prefix), NULL, 10);

                  g_assert_cmpuint (reach, >=, 1);
                  g_assert_cmpuint (reach, <=, LADDER_LEVEL_MAX);
                  g_assert_cmpint ((int) reach, >,
                                   ladder_profile_lookup_skill (profile, skill->id)->current);
                  g_assert_cmpstr (item->title, ==, skill->action_titles[reach - 1]);
                }
            }
          else if (g_str_equal (item->kind, "checkpoint"))
            {
              const LadderRung *rung = ladder_framework_lookup_rung (
                framework, target->track, item->id + strlen ("checkpoint-"));

              g_assert_nonnull (rung);
              /* At most one checkpoint a year, one rung at a time, upward. */
              g_assert_cmpuint (checkpoint_years[item->year]++, ==, 0);
              g_assert_true (rung != current);
              g_assert_true (last_checkpoint == NULL || rung->seniority > last_seniority ||
                             ladder_framework_rung_expects (framework, rung,
                                                            "team-management") >
                             ladder_framework_rung_expects (framework, last_checkpoint,
                                                            "team-management"));
              /* Never a rung beside or below unless it is the target (a move named as such)
               * or the first rung that leads people, for someone who leads nobody yet. */
              if (rung->seniority <= current->seniority && rung != target)
                {
                  g_assert_cmpuint (p->reports, ==, 0);
                  g_assert_cmpint (ladder_framework_rung_expects (framework, rung,
                                                                  "team-management"), >=, 3);
                }
              if (rung->seniority < current->seniority)
                g_assert_null (strstr (item->title, "Promotion"));
              last_checkpoint = rung;
              last_seniority = rung->seniority;
            }
        }
      g_assert_cmpuint (g_hash_table_size (goals), ==, years);

      /* No quarter over its room; no empty year; no year twice as full as another. */
      for (guint q = 0; q < years * 4; q++)
        g_assert_cmpuint (per_quarter[q], <=,
                          g_str_equal (p->size, "enterprise") && q % 2 == 1 ? 1 : 2);
      for (guint y = 1; y <= years; y++)
        {
          fewest = MIN (fewest, per_year[y]);
          most = MAX (most, per_year[y]);
        }
      g_assert_cmpuint (fewest, >=, 1);
      g_assert_cmpuint (most, <=, 2 * fewest);

      /* The target is reached in the plan, or the plan says plainly that it is not. */
      if (target != current && (last_checkpoint != target))
        g_assert_nonnull (fit);
      if (fit == NULL && target != current)
        g_assert_true (last_checkpoint == target);
    }
}

/* The plans of every context (industry × company size × background × track × rung), item by
 * item, in English, pinned: the planner's rules and content moved from C into the framework's
 * data without changing a word or a quarter, and since then a change meant to change plans sets
 * this anew (LADDER_PRINT_PLANS_CHECKSUM=1 prints it) and says why in its commit. Last set for
 * a mentor and a sponsor, and a stretch project at the next rung's scope, in a promotion's first
 * year. */
#define PLANS_PINNED "1ac98678e0dbc22102363389f1a08d90afcee41a0121f5c06901cdac0a6b5157"

static void
test_rules_are_data (void)
{
  const char *positions[][4] = {
    { "expert", "assistant", "expert", "pm" },
    { "expert", "pm", "expert", "senior-pm" },
    { "expert", "senior-pm", "management", "team-lead" },
    { "management", "team-lead", "management", "director" },
  };
  g_autoptr (GString) plans = g_string_new (NULL);
  g_autofree char *checksum = NULL;
  LadderFramework *framework = ladder_framework_get_builtin ();

  for (guint i = 0; ladder_industries ()[i] != NULL; i++)
    for (guint s = 0; ladder_company_sizes ()[s] != NULL; s++)
      for (guint b = 0; ladder_backgrounds ()[b] != NULL; b++)
        for (guint p = 0; p < G_N_ELEMENTS (positions); p++)
          {
            g_autoptr (LadderProfile) profile = ladder_profile_new ("Context");

            ladder_profile_set_industry (profile, ladder_industries ()[i]);
            ladder_profile_set_company_size (profile, ladder_company_sizes ()[s]);
            ladder_profile_set_background (profile, ladder_backgrounds ()[b]);
            ladder_profile_set_position (profile, positions[p][0], positions[p][1]);
            ladder_profile_set_target (profile, positions[p][2], positions[p][3]);
            ladder_profile_set_years_experience (profile, 2 * p);
            for (guint k = 0; k < ladder_profile_get_n_skills (profile); k++)
              {
                const char *id = ladder_profile_get_skill (profile, k)->id;

                ladder_profile_set_skill_levels (profile, id, (k + p) % 4, (k + p) % 4);
              }
            ladder_planner_regenerate (framework, profile);
            for (guint n = 0; n < ladder_profile_get_n_plan_items (profile); n++)
              {
                const LadderPlanItem *item = ladder_profile_get_plan_item (profile, n);

                g_string_append_printf (plans, "%s|%s|%u|%u|%s|%s|%s\n", item->id, item->kind,
                                        item->year, item->quarter,
                                        item->skill != NULL ? item->skill : "",
                                        item->title, item->outcome != NULL ? item->outcome : "");
              }
          }
  checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, plans->str, -1);
  if (g_getenv ("LADDER_PRINT_PLANS_CHECKSUM") != NULL)
    g_printerr ("%s %u\n", checksum, (guint) plans->len);
  g_assert_cmpstr (checksum, ==, PLANS_PINNED);
}

int
main (int   argc,
      char *argv[])
{
  ladder_test_init_translations ();

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/planner/rules-are-data", test_rules_are_data);

  g_test_add_func ("/planner/deterministic", test_deterministic);
  g_test_add_func ("/planner/every-year", test_every_year);
  g_test_add_func ("/planner/largest-gap-first", test_largest_gap_first);
  g_test_add_func ("/planner/ai-industry", test_ai_industry);
  g_test_add_func ("/planner/non-technical-background", test_non_technical_background);
  g_test_add_func ("/planner/ai-route-in-order", test_ai_route_in_order);
  g_test_add_func ("/planner/management-target", test_management_target);
  g_test_add_func ("/planner/company-size", test_company_size);
  g_test_add_func ("/planner/regenerate-keeps-edits", test_regenerate_keeps_edits);
  g_test_add_func ("/planner/move-across-quarters", test_move_across_quarters);
  g_test_add_func ("/planner/place-item", test_place_item);
  g_test_add_func ("/planner/persona-matrix", test_persona_matrix);
  g_test_add_func ("/planner/calendar", test_calendar);
  g_test_add_func ("/planner/reports-used", test_reports_used);
  g_test_add_func ("/planner/management-work", test_management_work);
  g_test_add_func ("/planner/level-steps-move-on", test_level_steps_move_on);
  g_test_add_func ("/planner/regenerate-follows-language", test_regenerate_follows_language);
  g_test_add_func ("/planner/localize", test_localize);
  g_test_add_func ("/planner/own-skill-steps", test_own_skill_steps);
  g_test_add_func ("/planner/industries-differ", test_industries_differ);
  g_test_add_func ("/planner/backgrounds-differ", test_backgrounds_differ);
  g_test_add_func ("/planner/regenerate-respects-removals-and-order",
                   test_regenerate_respects_removals_and_order);
  g_test_add_func ("/planner/translated", test_translated);

  return g_test_run ();
}
