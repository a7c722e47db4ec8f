/* SPDX-License-Identifier: GPL-3.0-or-later
 * Builds a three-year plan from a profile. The rules, in order:
 *  - the level to reach in each skill is the higher of the person's own target and what the
 *    target rung expects, raised where the context asks for more (an AI company wants deeper AI,
 *    a non-technical PM needs the technical foundations);
 *  - each skill's way there is cut into steps by tier (levels 1–2, 3, 4–5), one action each;
 *  - steps are weighted by the size of the gap and by the context (industry, company size,
 *    background, target track), and scheduled greedily, largest first, two or three a quarter;
 *  - a step waits for its prerequisites: the technical foundations before LLM API work, and the
 *    AI route L1 → L2 → L3 → L4 in order;
 *  - promotion checkpoints go where both the plan and the ladder's typical years say one is due.
 * The same profile always gives the same plan. */
#define G_LOG_DOMAIN "ladder-planner"

#include "config.h"

#include <glib/gi18n.h>

#include "ladder-actions.h"
#include "ladder-planner.h"
#include "ladder-readiness.h"

#define N_QUARTERS (LADDER_PLAN_YEARS * 4)

typedef struct
{
  const char *skill;
  int skill_index;
  guint tier;
  int reach;       /* the level this step reaches */
  double weight;
  int quarter;     /* 0-based, -1 while unscheduled */
} Step;

typedef struct
{
  const char *skill;
  const char *needs;
  int level_offset; /* the prerequisite must be at this step's level + offset … */
  int at_least;     /* … and at least at this level */
  int min_level;    /* the rule holds for steps reaching at least this level */
} Prerequisite;

static const Prerequisite prerequisites[] = {
  /* The AI route in order: L1 → L2 → L3 → L4. */
  { "ai-llm-api", "ai-llm-basics", 0, 1, 1 },
  { "ai-architecture", "ai-llm-api", 0, 1, 1 },
  { "ai-fine-tuning", "ai-architecture", 0, 1, 1 },
  /* The technical foundations before LLM API work. */
  { "ai-llm-api", "apis", -1, 2, 1 },
  { "ai-llm-api", "internet", -2, 1, 1 },
  { "ai-architecture", "architecture", -1, 1, 2 },
  { "architecture", "internet", -1, 1, 2 },
  { "networking", "internet", 0, 1, 1 },
  { "tech-debt", "architecture", -1, 1, 3 },
};

static int
required_level (const Prerequisite *p,
                int                 reach)
{
  return MAX (reach + p->level_offset, p->at_least);
}

static gboolean
in_group (LadderFramework *framework,
          const char      *skill_id,
          const char      *group)
{
  const LadderSkill *skill = ladder_framework_lookup_skill (framework, skill_id);

  return skill != NULL && g_strcmp0 (skill->group, group) == 0;
}

/* How much the person's context asks of a skill beyond the target rung. */
static int
context_floor (LadderProfile *profile,
               const char    *skill_id)
{
  const char *industry = ladder_profile_get_industry (profile);
  const char *background = ladder_profile_get_background (profile);
  int floor = 0;

  /* An AI PM needs deep AI and the technical ground under it. */
  if (g_str_equal (industry, "ai"))
    {
      if (g_str_equal (skill_id, "ai-llm-basics") || g_str_equal (skill_id, "ai-llm-api"))
        floor = 3;
      else if (g_str_equal (skill_id, "ai-architecture") || g_str_equal (skill_id, "apis"))
        floor = 2;
    }
  /* Every PM from a non-technical background needs the technical roadmap. */
  if (g_str_equal (background, "non-technical") &&
      (g_str_equal (skill_id, "apis") || g_str_equal (skill_id, "internet") ||
       g_str_equal (skill_id, "architecture")))
    floor = MAX (floor, 2);
  if (g_str_equal (background, "design") && g_str_equal (skill_id, "analytics"))
    floor = MAX (floor, 2);
  if (g_str_equal (background, "business") && g_str_equal (skill_id, "architecture"))
    floor = MAX (floor, 2);
  return floor;
}

static double
context_weight (LadderFramework *framework,
                LadderProfile   *profile,
                const char      *skill_id)
{
  const char *industry = ladder_profile_get_industry (profile);
  const char *size = ladder_profile_get_company_size (profile);
  const char *background = ladder_profile_get_background (profile);
  gboolean management = g_str_equal (ladder_profile_get_target_track (profile), "management");
  double weight = 1.0;

  if (g_str_equal (industry, "ai") && in_group (framework, skill_id, "ai"))
    weight *= 1.6;
  if ((g_str_equal (industry, "saas") || g_str_equal (industry, "fintech")) &&
      in_group (framework, skill_id, "technical"))
    weight *= 1.2;
  if (g_str_equal (industry, "ecommerce") &&
      (g_str_equal (skill_id, "analytics") || g_str_equal (skill_id, "monetisation")))
    weight *= 1.3;
  if (g_str_equal (background, "non-technical") && in_group (framework, skill_id, "technical"))
    weight *= 1.5;

  /* A five-person startup wants someone who does everything end to end; a large company wants
   * someone who aligns many people. */
  if (g_str_equal (size, "startup") &&
      (g_str_equal (skill_id, "discovery") || g_str_equal (skill_id, "delivery") ||
       g_str_equal (skill_id, "prototyping") || g_str_equal (skill_id, "monetisation")))
    weight *= 1.3;
  if (g_str_equal (size, "enterprise") &&
      (g_str_equal (skill_id, "communication") || g_str_equal (skill_id, "roadmapping") ||
       g_str_equal (skill_id, "tech-debt")))
    weight *= 1.3;

  if (management && in_group (framework, skill_id, "leadership"))
    weight *= 1.5;
  if (!management && in_group (framework, skill_id, "craft"))
    weight *= 1.3;
  return weight;
}

/**
 * ladder_planner_target_level:
 *
 * Returns: the level the plan works toward in @skill_id
 */
int
ladder_planner_target_level (LadderFramework *framework,
                             LadderProfile   *profile,
                             const char      *skill_id)
{
  const LadderRung *target = ladder_framework_lookup_rung (framework,
                                                           ladder_profile_get_target_track (profile),
                                                           ladder_profile_get_target_rung (profile));
  const LadderProfileSkill *own = ladder_profile_lookup_skill (profile, skill_id);
  int level = context_floor (profile, skill_id);

  if (target != NULL)
    level = MAX (level, ladder_framework_rung_expects (framework, target, skill_id));
  if (own != NULL)
    level = MAX (level, own->target);
  return MIN (level, LADDER_LEVEL_MAX);
}

static int
tier_top (guint tier)
{
  return tier == 0 ? 2 : tier == 1 ? 3 : LADDER_LEVEL_MAX;
}

static void
add_steps (GArray          *steps,
           LadderFramework *framework,
           LadderProfile   *profile,
           int              skill_index,
           int              from,
           int              to)
{
  const LadderSkill *skill = ladder_framework_get_skill (framework, skill_index);
  double weight = context_weight (framework, profile, skill->id);
  int gap = to - from;

  for (int level = from + 1; level <= to;)
    {
      guint tier = ladder_action_tier_for_level (level);
      int reach = MIN (to, tier_top (tier));
      Step step = { skill->id, skill_index, tier, reach, 0, -1 };

      /* Bigger gaps first; within a skill, earlier steps first. */
      step.weight = weight * (gap + 1) - 0.1 * (reach - from);
      g_array_append_val (steps, step);
      level = reach + 1;
    }
}

/* The level a skill has reached by the start of @quarter, in the schedule so far. */
static int
level_at (GArray          *steps,
          LadderProfile   *profile,
          const char      *skill,
          int              quarter)
{
  const LadderProfileSkill *own = ladder_profile_lookup_skill (profile, skill);
  int level = own != NULL ? own->current : 0;

  for (guint i = 0; i < steps->len; i++)
    {
      Step *step = &g_array_index (steps, Step, i);

      if (step->quarter >= 0 && step->quarter < quarter && g_str_equal (step->skill, skill))
        level = MAX (level, step->reach);
    }
  return level;
}

static gboolean
ready (GArray        *steps,
       LadderProfile *profile,
       const Step    *step,
       int            quarter)
{
  for (guint i = 0; i < G_N_ELEMENTS (prerequisites); i++)
    {
      const Prerequisite *p = &prerequisites[i];

      if (!g_str_equal (p->skill, step->skill) || step->reach < p->min_level)
        continue;
      if (level_at (steps, profile, p->needs, quarter) < required_level (p, step->reach))
        return FALSE;
    }
  /* One step per skill per quarter, and each after the one before it. */
  for (guint i = 0; i < steps->len; i++)
    {
      const Step *other = &g_array_index (steps, Step, i);

      if (other != step && g_str_equal (other->skill, step->skill) &&
          other->reach < step->reach && (other->quarter < 0 || other->quarter >= quarter))
        return FALSE;
    }
  return TRUE;
}

/* Makes sure every prerequisite of a planned step is itself planned. */
static void
add_prerequisite_steps (GArray          *steps,
                        LadderFramework *framework,
                        LadderProfile   *profile,
                        int             *planned_to)
{
  gboolean added = TRUE;

  while (added)
    {
      added = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (prerequisites); i++)
        {
          const Prerequisite *p = &prerequisites[i];
          int skill = ladder_framework_skill_index (framework, p->skill);
          int needs = ladder_framework_skill_index (framework, p->needs);
          int required;

          if (planned_to[skill] < p->min_level)
            continue;
          required = MIN (required_level (p, planned_to[skill]), LADDER_LEVEL_MAX);
          if (required > planned_to[needs])
            {
              add_steps (steps, framework, profile, needs, planned_to[needs], required);
              planned_to[needs] = required;
              added = TRUE;
            }
        }
    }
}

static int
compare_steps (gconstpointer a,
               gconstpointer b)
{
  const Step *sa = a;
  const Step *sb = b;

  if (sa->weight != sb->weight)
    return sa->weight > sb->weight ? -1 : 1;
  if (sa->skill_index != sb->skill_index)
    return sa->skill_index - sb->skill_index;
  return sa->reach - sb->reach;
}

static guint
quarter_capacity (LadderProfile *profile)
{
  /* Startups move fast and a junior PM has more room to learn; a large company's PM has less
   * time for it. */
  return g_str_equal (ladder_profile_get_company_size (profile), "enterprise") ? 2 : 3;
}

static void
schedule (GArray        *steps,
          LadderProfile *profile)
{
  guint capacity = quarter_capacity (profile);

  g_array_sort (steps, compare_steps);
  for (int quarter = 0; quarter < N_QUARTERS; quarter++)
    {
      guint used = 0;

      for (guint i = 0; i < steps->len && used < capacity; i++)
        {
          Step *step = &g_array_index (steps, Step, i);

          if (step->quarter >= 0 || !ready (steps, profile, step, quarter))
            continue;
          step->quarter = quarter;
          used++;
        }
    }
}

/* The rungs between the current one and the target, on the target's track. */
static GPtrArray *
rung_path (LadderFramework *framework,
           LadderProfile   *profile)
{
  const LadderRung *current = ladder_framework_lookup_rung (framework,
                                                            ladder_profile_get_track (profile),
                                                            ladder_profile_get_rung (profile));
  const LadderRung *target = ladder_framework_lookup_rung (framework,
                                                           ladder_profile_get_target_track (profile),
                                                           ladder_profile_get_target_rung (profile));
  const LadderTrack *track = ladder_framework_lookup_track (framework, target->track);
  GPtrArray *path = g_ptr_array_new ();
  gboolean switching = !g_str_equal (current->track, target->track);

  for (guint r = 0; r < track->n_rungs; r++)
    {
      const LadderRung *rung = &track->rungs[r];

      if (rung->seniority > target->seniority)
        break;
      if (rung->seniority > current->seniority ||
          (switching && rung->seniority == current->seniority) || rung == target)
        if (rung != current)
          g_ptr_array_add (path, (gpointer) rung);
    }
  return path;
}

/* Whether the plan already has the action of @tier for a skill: it is not worth doing twice. */
static gboolean
has_step (GArray *steps,
          int     skill_index,
          guint   tier)
{
  for (guint i = 0; i < steps->len; i++)
    {
      const Step *step = &g_array_index (steps, Step, i);

      if (step->skill_index == skill_index && step->tier == tier)
        return TRUE;
    }
  return FALSE;
}

/* Every year has work: where the gaps close early, stretch the skills the context values most
 * among those the target rung cares about. */
static void
add_stretch_steps (GArray           *steps,
                   LadderFramework  *framework,
                   LadderProfile    *profile,
                   const LadderRung *target,
                   int              *planned_to)
{
  guint n_skills = ladder_framework_get_n_skills (framework);

  for (int year = 1; year <= LADDER_PLAN_YEARS; year++)
    {
      guint in_year = 0;

      for (guint i = 0; i < steps->len; i++)
        in_year += g_array_index (steps, Step, i).quarter / 4 + 1 == year;

      for (guint added = 0; in_year + added < 2; added++)
        {
          int best = -1;
          double best_weight = 0;

          for (guint k = 0; k < n_skills; k++)
            {
              double weight = context_weight (framework, profile,
                                              ladder_framework_get_skill (framework, k)->id) +
                              target->expects[k] * 0.01;

              if (planned_to[k] < LADDER_LEVEL_MAX && target->expects[k] > 0 &&
                  !has_step (steps, k, ladder_action_tier_for_level (planned_to[k] + 1)) &&
                  weight > best_weight)
                {
                  best = k;
                  best_weight = weight;
                }
            }
          if (best < 0)
            return;
          planned_to[best]++;
          {
            Step step = { ladder_framework_get_skill (framework, best)->id, best,
                          ladder_action_tier_for_level (planned_to[best]), planned_to[best],
                          best_weight, (year - 1) * 4 + 1 + (int) added };
            g_array_append_val (steps, step);
          }
        }
    }
}

static LadderPlanItem *
action_item (const Step *step)
{
  const LadderAction *action = ladder_action_lookup (step->skill, step->tier);
  g_autofree char *id = g_strdup_printf ("%s-%d", step->skill, step->reach);

  g_assert (action != NULL);
  return ladder_plan_item_new (id, "action", step->quarter / 4 + 1, step->quarter % 4 + 1,
                               step->skill, _(action->title), _(action->outcome));
}

/* The year of the last step that brings a skill up to what @rung expects. */
static int
year_ready_for (GArray          *steps,
                LadderFramework *framework,
                LadderProfile   *profile,
                const LadderRung *rung)
{
  int year = 1;

  for (guint i = 0; i < steps->len; i++)
    {
      const Step *step = &g_array_index (steps, Step, i);
      const LadderProfileSkill *own = ladder_profile_lookup_skill (profile, step->skill);
      int expected = rung->expects[step->skill_index];

      if (step->quarter < 0 || own == NULL || own->current >= expected)
        continue;
      /* The step that first reaches the expected level. */
      if (step->reach >= expected &&
          level_at (steps, profile, step->skill, step->quarter) < expected)
        year = MAX (year, step->quarter / 4 + 1);
    }
  return year;
}

static void
add_context_items (GPtrArray     *items,
                   LadderProfile *profile)
{
  const char *size = ladder_profile_get_company_size (profile);
  gboolean switching = !g_str_equal (ladder_profile_get_track (profile),
                                     ladder_profile_get_target_track (profile));

  if (g_str_equal (size, "startup"))
    g_ptr_array_add (items, ladder_plan_item_new (
      "context-startup", "action", 1, 1, "delivery",
      _("Own one launch end to end: customer interviews, build, pricing page and support"),
      _("Launch live; what you learnt written down for the team")));
  else if (g_str_equal (size, "enterprise"))
    g_ptr_array_add (items, ladder_plan_item_new (
      "context-enterprise", "action", 1, 1, "communication",
      _("Map the stakeholders of your area and meet each of them one to one"),
      _("A stakeholder map you keep up to date")));
  else
    g_ptr_array_add (items, ladder_plan_item_new (
      "context-scaleup", "action", 1, 1, "delivery",
      _("Write down how your team does one recurring PM task, so new hires can follow it"),
      _("A process note that two new teammates used")));

  if (g_str_equal (ladder_profile_get_background (profile), "non-technical"))
    g_ptr_array_add (items, ladder_plan_item_new (
      "context-tech-roadmap", "action", 1, 1, "apis",
      _("Start your technical roadmap: APIs first, then how the internet works, then front end "
        "and back end, then AI"),
      _("An engineer you trust agrees to check each step with you")));

  if (switching)
    g_ptr_array_add (items, ladder_plan_item_new (
      "context-switch", "action", 1, 2, NULL,
      _("Talk to two people who made the same switch of track and ask what they wish they had "
        "known"),
      _("Their advice written down and discussed with your manager")));
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const LadderPlanItem *ia = *(LadderPlanItem **) a;
  const LadderPlanItem *ib = *(LadderPlanItem **) b;
  int kind_a = g_str_equal (ia->kind, "goal") ? 0 : g_str_equal (ia->kind, "checkpoint") ? 2 : 1;
  int kind_b = g_str_equal (ib->kind, "goal") ? 0 : g_str_equal (ib->kind, "checkpoint") ? 2 : 1;

  if (ia->year != ib->year)
    return (int) ia->year - (int) ib->year;
  if (kind_a != kind_b && (kind_a == 0 || kind_b == 0))
    return kind_a - kind_b;
  if (ia->quarter != ib->quarter)
    return (int) ia->quarter - (int) ib->quarter;
  return kind_a - kind_b;
}

static int
compare_years (gconstpointer a,
               gconstpointer b)
{
  const LadderPlanItem *ia = *(LadderPlanItem **) a;
  const LadderPlanItem *ib = *(LadderPlanItem **) b;

  return (int) ia->year - (int) ib->year;
}

/**
 * ladder_planner_generate:
 *
 * Returns: (transfer full) (element-type LadderPlanItem): a fresh plan for @profile, in the
 * current language
 */
GPtrArray *
ladder_planner_generate (LadderFramework *framework,
                         LadderProfile   *profile)
{
  guint n_skills = ladder_framework_get_n_skills (framework);
  g_autoptr (GArray) steps = g_array_new (FALSE, FALSE, sizeof (Step));
  g_autoptr (GPtrArray) path = NULL;
  g_autofree int *planned_to = g_new0 (int, n_skills);
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_plan_item_free);
  const LadderRung *target;
  const LadderRung *checkpoint_rung[LADDER_PLAN_YEARS + 1] = { NULL };
  int last_year = 0;

  g_return_val_if_fail (LADDER_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (LADDER_IS_PROFILE (profile), NULL);

  target = ladder_framework_lookup_rung (framework, ladder_profile_get_target_track (profile),
                                         ladder_profile_get_target_rung (profile));

  for (guint i = 0; i < n_skills; i++)
    {
      const LadderSkill *skill = ladder_framework_get_skill (framework, i);
      const LadderProfileSkill *own = ladder_profile_lookup_skill (profile, skill->id);
      int current = own != NULL ? own->current : 0;
      int to = ladder_planner_target_level (framework, profile, skill->id);

      planned_to[i] = MAX (current, to);
      if (own != NULL && own->hidden)
        {
          planned_to[i] = current;
          continue;
        }
      if (to > current)
        add_steps (steps, framework, profile, i, current, to);
    }
  add_prerequisite_steps (steps, framework, profile, planned_to);

  schedule (steps, profile);
  add_stretch_steps (steps, framework, profile, target, planned_to);

  /* Context items first: within a quarter they come before the skill steps. */
  add_context_items (items, profile);
  for (guint i = 0; i < steps->len; i++)
    {
      const Step *step = &g_array_index (steps, Step, i);

      if (step->quarter >= 0)
        g_ptr_array_add (items, action_item (step));
    }

  /* Promotion checkpoints: when the plan has closed the rung's gaps, but not before the
   * ladder's typical years say the step is due. */
  path = rung_path (framework, profile);
  for (guint i = 0; i < path->len; i++)
    {
      const LadderRung *rung = g_ptr_array_index (path, i);
      int due = (int) rung->years - (int) ladder_profile_get_years_experience (profile);
      int year = MAX (year_ready_for (steps, framework, profile, rung), due);
      g_autofree char *id = g_strdup_printf ("checkpoint-%s", rung->id);
      g_autofree char *title = NULL;
      g_autofree char *outcome = NULL;

      year = CLAMP (MAX (year, last_year + 1), 1, LADDER_PLAN_YEARS);
      if (year <= last_year && i + 1 < path->len)
        continue;
      last_year = year;
      checkpoint_rung[year] = rung;
      /* Translators: a promotion checkpoint in the plan; %s is a rung, "Team lead" */
      title = g_strdup_printf (_("Promotion checkpoint: ready for %s?"), rung->title);
      outcome = g_strdup_printf (_("Readiness for %s at 85 %% or more, evidence for every gap "
                                   "you closed, and a promotion talk with your manager"),
                                 rung->title);
      g_ptr_array_add (items, ladder_plan_item_new (id, "checkpoint", year, 4, NULL, title,
                                                    outcome));
    }

  /* A goal for each year: the rung to be ready for, or the one to build toward. */
  for (int year = 1; year <= LADDER_PLAN_YEARS; year++)
    {
      g_autofree char *id = g_strdup_printf ("goal-%d", year);
      g_autofree char *title = NULL;
      const LadderRung *next = NULL;

      for (int y = year; y <= LADDER_PLAN_YEARS && next == NULL; y++)
        next = checkpoint_rung[y];
      if (checkpoint_rung[year] != NULL)
        /* Translators: a year's goal: "Be ready for Senior Product Manager: a core business line" */
        {
          /* The scope stands mid-sentence here: "…: a core business line". */
          const char *scope = checkpoint_rung[year]->scope;
          g_autofree char *first = g_utf8_strdown (scope, g_utf8_next_char (scope) - scope);
          g_autofree char *lowered = g_strconcat (first, g_utf8_next_char (scope), NULL);

          title = g_strdup_printf (_("Be ready for %s: %s"), checkpoint_rung[year]->title,
                                   lowered);
        }
      else if (next != NULL)
        /* Translators: a year's goal: "Build the foundations for Team lead" */
        title = g_strdup_printf (_("Build the foundations for %s"), next->title);
      else
        /* Translators: a year's goal after the target is reached: "Grow in the role of Team lead" */
        title = g_strdup_printf (_("Grow in the role of %s and take on a wider scope"),
                                 target->title);
      g_ptr_array_add (items, ladder_plan_item_new (id, "goal", year, 0, NULL, title, NULL));
    }

  g_ptr_array_sort (items, compare_items);
  return items;
}

/**
 * ladder_planner_has_user_work:
 *
 * Returns: whether the plan holds anything the person did: an edited item, a status other than
 * planned, an item of their own
 */
gboolean
ladder_planner_has_user_work (LadderProfile *profile)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (profile), FALSE);

  for (guint i = 0; i < ladder_profile_get_n_plan_items (profile); i++)
    {
      const LadderPlanItem *item = ladder_profile_get_plan_item (profile, i);

      if (item->edited || item->status != LADDER_STATUS_PLANNED)
        return TRUE;
    }
  return FALSE;
}

/**
 * ladder_planner_regenerate:
 *
 * Replaces the plan with a fresh one, keeping every item the person edited or gave a status;
 * a fresh item with the same id as a kept one is left out.
 */
void
ladder_planner_regenerate (LadderFramework *framework,
                           LadderProfile   *profile)
{
  g_autoptr (GPtrArray) fresh = NULL;
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *generated = g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
  g_autoptr (GHashTable) kept_ids = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *plan = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_plan_item_free);

  g_return_if_fail (LADDER_IS_FRAMEWORK (framework));
  g_return_if_fail (LADDER_IS_PROFILE (profile));

  for (guint i = 0; i < ladder_profile_get_n_plan_items (profile); i++)
    {
      const LadderPlanItem *item = ladder_profile_get_plan_item (profile, i);

      if (item->edited || item->status != LADDER_STATUS_PLANNED)
        {
          LadderPlanItem *copy = ladder_plan_item_copy (item);

          g_ptr_array_add (plan, copy);
          g_hash_table_add (kept_ids, copy->id);
        }
    }

  /* What the person kept stays in the order they gave it; each new item goes after the last one
   * that comes before it, and what they removed is not made again. */
  g_ptr_array_sort (plan, compare_years); /* stable: the order within a year stays */
  fresh = ladder_planner_generate (framework, profile);
  g_ptr_array_sort (fresh, compare_items);
  for (guint i = 0; i < fresh->len; i++)
    {
      LadderPlanItem *item = g_ptr_array_index (fresh, i);
      guint at = 0;

      if (g_hash_table_contains (kept_ids, item->id) ||
          ladder_profile_plan_item_was_removed (profile, item->id))
        continue;
      for (guint j = plan->len; j > 0; j--)
        if (compare_items (&plan->pdata[j - 1], &fresh->pdata[i]) <= 0)
          {
            at = j;
            break;
          }
      g_ptr_array_insert (plan, at, ladder_plan_item_copy (item));
    }
  ladder_profile_set_plan (profile, plan, generated);
}
