/* SPDX-License-Identifier: GPL-3.0-or-later
 * Builds a three-year plan from a profile. The rules, in order:
 *  - the level to reach in each skill is the higher of the person's own target and what the
 *    target rung expects, raised where the context asks for more (an AI company wants deeper AI,
 *    a non-technical PM needs the technical foundations);
 *  - each skill's way there is cut into one step per level, each with its own action;
 *  - steps are scheduled greedily, at most two a quarter (fewer at a large company): first what
 *    the next rung of the way needs, then the rung after it, then what only the context or the
 *    person's own targets ask; within each, by the size of the gap and the context's weight
 *    (industry, company size, background, target track);
 *  - a step waits for its prerequisites: the technical foundations before LLM API work, and the
 *    AI route L1 → L2 → L3 → L4 in order;
 *  - promotion checkpoints go where both the plan and the ladder's typical years say one is due.
 * The same profile always gives the same plan. */
#define G_LOG_DOMAIN "ladder-planner"

#include "config.h"

#include <string.h>

#include "ladder-i18n.h"

#include "ladder-format.h"
#include "ladder-planner.h"
#include "ladder-readiness.h"


typedef struct
{
  const char *skill;
  int skill_index;
  int reach;       /* the level this step reaches */
  double weight;
  int quarter;     /* 0-based, -1 while unscheduled */
  gboolean covered; /* done by a framing item (the trial of leading people): no item of its own */
  int from;         /* the level before this step */
  guint stage;      /* the first rung of the way that needs it; beyond the way: its length */
} Step;

/* The level a prerequisite rule asks of its "needs" skill for a step reaching @reach. */
static int
required_level (const LadderRule *p,
                int               reach)
{
  return MAX (reach + p->offset, p->at_least);
}

static gboolean
named (char      **names,
       const char *name)
{
  return names != NULL && g_strv_contains ((const char * const *) names, name);
}

/* Whether a rule of the framework's data holds for the person's context. */
static gboolean
holds (const LadderRule *rule,
       LadderFramework  *framework,
       LadderProfile    *profile)
{
  const LadderRung *rung = ladder_framework_lookup_rung (framework,
                                                         ladder_profile_get_track (profile),
                                                         ladder_profile_get_rung (profile));

  return ladder_rule_holds (rule, ladder_profile_get_industry (profile),
                            ladder_profile_get_company_size (profile),
                            ladder_profile_get_background (profile),
                            ladder_framework_is_management (
                              framework, ladder_profile_get_target_track (profile)),
                            rung != NULL ? (int) rung->seniority : 0);
}

/* How much the person's context asks of a skill beyond the target rung: the highest floor of
 * the framework's rules that hold (an AI PM needs deep AI and the technical ground under it;
 * a PM from a non-technical background the technical roadmap). */
static int
context_floor (LadderFramework *framework,
               LadderProfile   *profile,
               const char      *skill_id)
{
  GPtrArray *floors = ladder_framework_get_rules (framework, LADDER_RULE_FLOOR);
  int floor = 0;

  for (guint i = 0; i < floors->len; i++)
    {
      const LadderRule *rule = floors->pdata[i];

      if (named (rule->skills, skill_id) && holds (rule, framework, profile))
        floor = MAX (floor, rule->level);
    }
  return floor;
}

/* How much the context weighs a skill's gap: the product of the rules that hold, in the data's
 * order (a startup wants someone who does everything end to end, a large company someone who
 * aligns many people, …). */
static double
context_weight (LadderFramework *framework,
                LadderProfile   *profile,
                const char      *skill_id)
{
  GPtrArray *weights = ladder_framework_get_rules (framework, LADDER_RULE_WEIGHT);
  const LadderSkill *skill = ladder_framework_lookup_skill (framework, skill_id);
  double weight = 1.0;

  for (guint i = 0; i < weights->len; i++)
    {
      const LadderRule *rule = weights->pdata[i];

      if ((named (rule->skills, skill_id) ||
           (skill != NULL && named (rule->groups, skill->group))) &&
          holds (rule, framework, profile))
        weight *= rule->percent / 100.0;
    }
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
  int level = context_floor (framework, profile, skill_id);

  if (target != NULL)
    level = MAX (level, ladder_framework_rung_expects (framework, target, skill_id));
  if (own != NULL)
    level = MAX (level, own->target);
  return MIN (level, LADDER_LEVEL_MAX);
}

/* A skill's way from @from to @to, cut into one step per level. @skill_index is -1 for the
 * person's own skills. */
static void
append_steps (GArray     *steps,
              const char *skill_id,
              int         skill_index,
              double      weight,
              int         from,
              int         to)
{
  int gap = to - from;

  for (int reach = from + 1; reach <= to; reach++)
    {
      Step step = { skill_id, skill_index, reach, 0, -1, FALSE, reach - 1, 0 };

      /* Bigger gaps first; within a skill, earlier steps first. */
      step.weight = weight * (gap + 1) - 0.1 * (reach - from);
      g_array_append_val (steps, step);
    }
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

  append_steps (steps, skill->id, skill_index, context_weight (framework, profile, skill->id),
                from, to);
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
  GPtrArray *prerequisites = ladder_framework_get_rules (ladder_profile_get_framework (profile),
                                                         LADDER_RULE_PREREQUISITE);

  for (guint i = 0; i < prerequisites->len; i++)
    {
      const LadderRule *p = prerequisites->pdata[i];

      if (!g_str_equal (p->skill, step->skill) || step->reach < p->from_level)
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
  GPtrArray *prerequisites = ladder_framework_get_rules (framework, LADDER_RULE_PREREQUISITE);
  gboolean added = TRUE;

  while (added)
    {
      added = FALSE;
      for (guint i = 0; i < prerequisites->len; i++)
        {
          const LadderRule *p = prerequisites->pdata[i];
          int skill = ladder_framework_skill_index (framework, p->skill);
          int needs = ladder_framework_skill_index (framework, p->needs);
          int required;

          /* The reader made sure both are the framework's skills. */
          if (skill < 0 || needs < 0 || planned_to[skill] < p->from_level)
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

  /* What the next rung needs comes before what the one after it needs, and that before what
   * only the context or the person's own targets ask for. */
  if (sa->stage != sb->stage)
    return sa->stage < sb->stage ? -1 : 1;
  if (sa->weight != sb->weight)
    return sa->weight > sb->weight ? -1 : 1;
  if (sa->skill_index != sb->skill_index)
    return sa->skill_index - sb->skill_index;
  return sa->reach - sb->reach;
}

static guint quarter_capacity (LadderProfile *profile,
                               int            quarter);

/* How full each of @n_quarters quarters is: what the items there reserve, and the scheduled
 * steps that have an item of their own. */
static guint *
quarters_used (GArray      *steps,
               const guint *reserved,
               guint        n_quarters)
{
  guint *used = g_memdup2 (reserved, n_quarters * sizeof *used);

  for (guint i = 0; i < steps->len; i++)
    {
      const Step *step = &g_array_index (steps, Step, i);

      if (step->quarter >= 0 && !step->covered)
        used[step->quarter]++;
    }
  return used;
}

/* How full a plan year (from 0) is, from quarters_used(). */
static guint
year_used (const guint *used,
           guint        year)
{
  return used[year * 4] + used[year * 4 + 1] + used[year * 4 + 2] + used[year * 4 + 3];
}

/* How full the fullest of @years years is. */
static guint
fullest_year (const guint *used,
              guint        years)
{
  guint fullest = 0;

  for (guint year = 0; year < years; year++)
    fullest = MAX (fullest, year_used (used, year));
  return fullest;
}

/* Every year has work, and no year is more than twice as full as another: where the gaps close
 * early, stretch the skills the context values most among those the target rung cares about,
 * in the quarters with room. */
static void
add_stretch_steps (GArray           *steps,
                   LadderFramework  *framework,
                   LadderProfile    *profile,
                   const LadderRung *target,
                   int              *planned_to,
                   guint             years,
                   const guint      *reserved)
{
  guint n_skills = ladder_framework_get_n_skills (framework);
  g_autofree guint *used = quarters_used (steps, reserved, years * 4);
  guint fullest = fullest_year (used, years);

  for (guint year = 0; year < years; year++)
    {
      guint wanted = MAX (2, (fullest + 1) / 2);

      for (;;)
        {
          guint in_year = year_used (used, year);
          int best = -1, quarter = -1;
          double best_weight = 0;

          if (in_year >= wanted)
            break;
          /* The emptiest quarter of the year that has room. */
          for (guint q = year * 4; q < year * 4 + 4; q++)
            if (used[q] < quarter_capacity (profile, (int) q) &&
                (quarter < 0 || used[q] < used[quarter]))
              quarter = (int) q;
          if (quarter < 0)
            break;
          for (guint k = 0; k < n_skills; k++)
            {
              double weight = context_weight (framework, profile,
                                              ladder_framework_get_skill (framework, k)->id) +
                              target->expects[k] * 0.01;

              if (planned_to[k] < LADDER_LEVEL_MAX && target->expects[k] > 0 &&
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
                          planned_to[best], best_weight, quarter, FALSE,
                          planned_to[best] - 1, G_MAXUINT };
            g_array_append_val (steps, step);
          }
          used[quarter]++;
        }
    }
}

/* The person's own skills get steps too, one per level like the built-in ones; with no library
 * for them, each level's step is the same for every own skill, named after it. */
static void
add_own_steps (GArray                   *steps,
               const LadderProfileSkill *own)
{
  append_steps (steps, own->id, -1, 1.0, own->current, own->target);
}

static LadderPlanItem *
own_action_item (const Step    *step,
                 LadderProfile *profile)
{
  const char *name = ladder_profile_get_skill_title (profile, step->skill);
  g_autofree char *id = g_strdup_printf ("%s-%d", step->skill, step->reach);
  g_autofree char *title = NULL;
  g_autofree char *outcome = NULL;

  switch (step->reach)
    {
    case 1:
      /* Translators: a plan step for one of the person's own skills; %s is its name */
      title = g_strdup_printf (_("Learn the basics of %s: find someone who does it well and "
                                 "practise on a small task with them"), name);
      /* Translators: %s is one of the person's own skills */
      outcome = g_strdup_printf (_("A small task in %s done and reviewed by that person"), name);
      break;
    case 2:
      /* Translators: a plan step for one of the person's own skills; %s is its name */
      title = g_strdup_printf (_("Do a piece of work in %s on your own, and ask someone "
                                 "experienced to review it"), name);
      outcome = g_strdup (_("The work done without help, and the review’s advice written "
                            "down"));
      break;
    case 3:
      /* Translators: a plan step for one of the person's own skills; %s is its name */
      title = g_strdup_printf (_("Use %s on a real project from start to finish"), name);
      outcome = g_strdup (_("The project’s result, and what you learnt, shared with your "
                            "manager"));
      break;
    case 4:
      /* Translators: a plan step for one of the person's own skills; %s is its name */
      title = g_strdup_printf (_("Lead others in %s: set the way your team does it, or teach "
                                 "it"), name);
      /* Translators: %s is one of the person's own skills */
      outcome = g_strdup_printf (_("A practice or a session on %s that others use"), name);
      break;
    default:
      /* Translators: a plan step for one of the person's own skills; %s is its name */
      title = g_strdup_printf (_("Shape how %s is done beyond your team: a standard, a "
                                 "community of practice or a talk"), name);
      /* Translators: %s is one of the person's own skills */
      outcome = g_strdup_printf (_("Teams other than yours working in %s the way you set "
                                   "out"), name);
      break;
    }
  return ladder_plan_item_new (id, "action", step->quarter / 4 + 1, step->quarter % 4 + 1,
                               step->skill, title, outcome);
}

/* A text that goes mid-sentence: its first letter lower-cased ("a core business line"). */
static char *
lower_first (const char *text)
{
  g_autofree char *first = NULL;

  if (*text == '\0')
    return g_strdup ("");
  first = g_utf8_strdown (text, g_utf8_next_char (text) - text);

  return g_strconcat (first, g_utf8_next_char (text), NULL);
}

/* What the framework says of the highest level the step reaches that it says anything of: its
 * first paragraph (a company's cell may hold several), or NULL. */
static char *
step_descriptor (const LadderSkill *skill,
                 const Step        *step)
{
  for (int level = step->reach; level > step->from; level--)
    {
      const char *text = skill->levels[level];
      const char *end;

      if (text == NULL || *text == '\0')
        continue;
      end = strchr (text, '\n');
      return g_strstrip (end != NULL ? g_strndup (text, end - text) : g_strdup (text));
    }
  return NULL;
}

static LadderPlanItem *
descriptor_item (const Step      *step,
                 LadderFramework *framework)
{
  const LadderSkill *skill = ladder_framework_get_skill (framework, step->skill_index);
  g_autofree char *id = g_strdup_printf ("%s-%d", step->skill, step->reach);
  g_autofree char *descriptor = step_descriptor (skill, step);
  g_autofree char *lowered = descriptor != NULL ? lower_first (descriptor) : NULL;
  g_autofree char *title = NULL;

  if (lowered != NULL)
    /* Translators: a plan step made from a skill's level descriptor: %1$s is the skill, %2$d
     * the level, %3$s what that level looks like ("plans headcount and hiring strategy") */
    title = g_strdup_printf (_("Take %1$s to level %2$d: %3$s"),
                             ladder_format_without_code (skill->title), step->reach, lowered);
  else
    /* Translators: a plan step for a skill a company's ladder describes at no level on the
     * way: %1$s is the skill, %2$d the level */
    title = g_strdup_printf (_("Agree with your manager what level %2$d in %1$s looks like in "
                               "your team, and work toward it"),
                             ladder_format_without_code (skill->title), step->reach);

  return ladder_plan_item_new (id, "action", step->quarter / 4 + 1, step->quarter % 4 + 1,
                               step->skill, title,
                               _("Your manager agrees you work at that level, with an example "
                                 "to show for it"));
}

static LadderPlanItem *
action_item (const Step      *step,
             LadderProfile   *profile,
             LadderFramework *framework)
{
  const LadderSkill *skill;
  g_autofree char *id = NULL;

  if (step->skill_index < 0)
    return own_action_item (step, profile);
  skill = ladder_framework_get_skill (framework, step->skill_index);
  /* The framework's action for the level step (the built-in one has one for every skill and
   * step); a company's ladder without actions makes its steps from its own level words. */
  if (skill->action_titles[step->reach - 1] == NULL)
    return descriptor_item (step, framework);
  id = g_strdup_printf ("%s-%d", step->skill, step->reach);
  return ladder_plan_item_new (id, "action", step->quarter / 4 + 1, step->quarter % 4 + 1,
                               step->skill, skill->action_titles[step->reach - 1],
                               skill->action_outcomes[step->reach - 1]);
}

/* The quarter (from 0) of the last step that brings a skill up to what @rung expects, or -1. */
static int
quarter_ready_for (GArray          *steps,
                   LadderFramework *framework,
                   LadderProfile   *profile,
                   const LadderRung *rung)
{
  int quarter = -1;

  for (guint i = 0; i < steps->len; i++)
    {
      const Step *step = &g_array_index (steps, Step, i);
      const LadderProfileSkill *own = ladder_profile_lookup_skill (profile, step->skill);
      int expected;

      if (step->skill_index < 0)
        continue; /* the person's own skills are not the rung's */
      expected = rung->expects[step->skill_index];

      if (step->quarter < 0 || own == NULL || own->current >= expected)
        continue;
      /* The step that first reaches the expected level. */
      if (step->reach >= expected &&
          level_at (steps, profile, step->skill, step->quarter) < expected)
        quarter = MAX (quarter, step->quarter);
    }
  return quarter;
}

/* The plan items the person's context asks for, from the framework's data: the company size's,
 * the background's, and (for someone past their first rung) the industry's. */
static void
add_context_items (GPtrArray     *items,
                   LadderProfile *profile)
{
  LadderFramework *framework = ladder_profile_get_framework (profile);
  GPtrArray *rules = ladder_framework_get_rules (framework, LADDER_RULE_ITEM);

  for (guint i = 0; i < rules->len; i++)
    {
      const LadderRule *rule = rules->pdata[i];
      const LadderProfileSkill *own = rule->skill != NULL
                                        ? ladder_profile_lookup_skill (profile, rule->skill)
                                        : NULL;

      /* An item for a skill the person is already past is not worth a quarter. */
      if (rule->max_level >= 0 && own != NULL && own->current > rule->max_level)
        continue;
      if (holds (rule, framework, profile))
        g_ptr_array_add (items, ladder_plan_item_new (rule->id, "action", rule->year,
                                                      rule->quarter, rule->skill, rule->title,
                                                      rule->outcome));
    }
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

/* Two new development actions a quarter at most, beside the day job; in a large company, where
 * the day job takes more, one every other quarter. */
static guint
quarter_capacity (LadderProfile *profile,
                  int            quarter)
{
  if (g_str_equal (ladder_profile_get_company_size (profile), "enterprise"))
    return quarter % 2 == 0 ? 2 : 1;
  return 2;
}

/* Puts the steps in the earliest quarters with room, largest gap first, each after what it
 * needs; the later years are evened out by add_stretch_steps(). Steps that do not fit stay
 * unscheduled and are reported (see ladder_planner_describe_fit), never dropped silently. */
static void
schedule (GArray        *steps,
          LadderProfile *profile,
          int            n_quarters,
          const guint   *reserved)
{
  g_autofree guint *used = g_new0 (guint, n_quarters);

  g_array_sort (steps, compare_steps);
  for (int quarter = 0; quarter < n_quarters; quarter++)
      {
        guint room = quarter_capacity (profile, quarter);

        for (guint i = 0; i < steps->len && reserved[quarter] + used[quarter] < room; i++)
          {
            Step *step = &g_array_index (steps, Step, i);

            if (step->quarter >= 0 || !ready (steps, profile, step, quarter))
              continue;
            step->quarter = quarter;
            used[quarter]++;
          }
      }
}

/**
 * ladder_planner_leads_people:
 *
 * Returns: whether @rung has the person lead people (in the built-in ladder: Team lead,
 * Director)
 */
gboolean
ladder_planner_leads_people (LadderFramework  *framework,
                             const LadderRung *rung)
{
  int leading = ladder_framework_rung_expects (framework, rung, "team-management");

  /* A company's ladder has no "team-management" skill: its management track is what leads. */
  if (leading < 0)
    return ladder_framework_is_management (framework, rung->track);
  return leading >= 3;
}

static gboolean
leads_now (LadderFramework  *framework,
           LadderProfile    *profile,
           const LadderRung *current)
{
  return ladder_planner_leads_people (framework, current) ||
         ladder_profile_get_reports (profile) > 0;
}

/**
 * ladder_planner_get_move:
 *
 * Returns: what the target is for the person: where they stand, a step up, or a move down or
 * beside (not a promotion); the plan and the drafts say the same
 */
LadderMove
ladder_planner_get_move (LadderFramework *framework,
                         LadderProfile   *profile)
{
  const LadderRung *current, *target;

  current = ladder_framework_lookup_rung (framework, ladder_profile_get_track (profile),
                                          ladder_profile_get_rung (profile));
  target = ladder_framework_lookup_rung (framework, ladder_profile_get_target_track (profile),
                                         ladder_profile_get_target_rung (profile));
  if (target == current)
    return LADDER_MOVE_STAY;
  if (target->seniority < current->seniority ||
      (target->seniority == current->seniority &&
       !(ladder_planner_leads_people (framework, target) &&
         !leads_now (framework, profile, current))))
    return LADDER_MOVE_DOWN;
  return LADDER_MOVE_UP;
}

typedef struct
{
  LadderFramework *framework;
  LadderProfile *profile;
  guint years;
  const LadderRung *current;
  const LadderRung *target;
  LadderMove move;
  GPtrArray *path;   /* the rungs to be ready for, one at a time, in order */
  gboolean trial;    /* a first step into leading people: try it, then decide */
  guint review_quarter; /* the quarter of each plan year (1–4) that holds the company's review */
  /* What the plan reaches */
  const LadderRung *reached; /* the last rung of the path whose checkpoint fits */
  const LadderRung *missed;  /* the first one whose checkpoint does not fit */
  guint n_unplanned;         /* skill steps that did not fit */
  GPtrArray *unplanned;      /* their skills (const char *), without repeats */
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->path, g_ptr_array_unref);
  g_clear_pointer (&run->unplanned, g_ptr_array_unref);
}

/* The way from the current rung to the target: one rung at a time on the target's track, never
 * a rung beside or below the current one. A person with no reports who heads for a rung that
 * leads people goes through the first such rung of that track. */
static void
find_path (Run *run)
{
  const LadderTrack *track = ladder_framework_lookup_track (run->framework, run->target->track);
  gboolean switching = !g_str_equal (run->current->track, run->target->track);
  gboolean leading = leads_now (run->framework, run->profile, run->current);

  run->path = g_ptr_array_new ();
  run->move = ladder_planner_get_move (run->framework, run->profile);
  if (run->move == LADDER_MOVE_STAY)
    return;
  if (run->move == LADDER_MOVE_DOWN)
    {
      g_ptr_array_add (run->path, (gpointer) run->target);
      return;
    }

  for (guint r = 0; r < track->n_rungs; r++)
    {
      const LadderRung *rung = &track->rungs[r];
      gboolean first_lead = !leading && ladder_planner_leads_people (run->framework, rung) &&
                            rung->seniority <= run->target->seniority &&
                            (run->path->len == 0 ||
                             !ladder_planner_leads_people (run->framework,
                                            g_ptr_array_index (run->path, run->path->len - 1)));

      if (rung->seniority > run->target->seniority)
        break;
      if (rung->seniority > run->current->seniority || first_lead || rung == run->target)
        g_ptr_array_add (run->path, (gpointer) rung);
    }
  run->trial = switching && !leading && ladder_planner_leads_people (run->framework, run->target);
}

/* Whether every skill step @rung asks for is in the schedule (hidden skills apart). */
static gboolean
all_planned_for (Run          *run,
                 GArray       *steps,
                 const LadderRung *rung)
{
  guint n_skills = ladder_framework_get_n_skills (run->framework);

  for (guint k = 0; k < n_skills; k++)
    {
      const LadderSkill *skill = ladder_framework_get_skill (run->framework, k);
      const LadderProfileSkill *own = ladder_profile_lookup_skill (run->profile, skill->id);
      int current = own != NULL ? own->current : 0;
      gboolean planned = FALSE;

      if ((own != NULL && own->hidden) || current >= rung->expects[k])
        continue;
      for (guint i = 0; i < steps->len && !planned; i++)
        {
          const Step *step = &g_array_index (steps, Step, i);

          planned = step->skill_index == (int) k && step->quarter >= 0 &&
                    step->reach >= rung->expects[k];
        }
      if (!planned)
        return FALSE;
    }
  return TRUE;
}

static void
add_item (GPtrArray  *items,
          const char *id,
          guint       year,
          guint       quarter,
          const char *skill,
          const char *title,
          const char *outcome)
{
  g_ptr_array_add (items, ladder_plan_item_new (id, "action", year, quarter, skill, title,
                                                outcome));
}

/* Finding a mentor to prepare with and a sponsor to speak for the work, as plan item @id. */
static void
add_sponsor_item (GPtrArray  *items,
                  const char *id,
                  guint       year,
                  guint       quarter)
{
  add_item (items, id, year, quarter, "communication",
            _("Find a mentor, and a sponsor who will speak for you when promotions are "
              "decided"),
            _("A mentor you meet every month; a sponsor who knows your work"));
}

/* Work at @rung's scope before being asked to, as plan item @id. */
static void
add_stretch_item (GPtrArray        *items,
                  const char       *id,
                  guint             year,
                  guint             quarter,
                  const LadderRung *rung)
{
  /* Translators: a plan item; %s is a rung, "Principal Product Manager" */
  g_autofree char *title = g_strdup_printf (_("Take on a stretch project at the scope of %s, "
                                              "tied to a business result"), rung->title_of);

  add_item (items, id, year, quarter, NULL, title,
            _("The project’s result measured and shared with your manager"));
}

/* Before any skill work: agree with the manager what the next step takes; a first step into
 * leading people is tried for a quarter and decided on, with a way back named. */
static void
add_framing_items (Run       *run,
                   GPtrArray *items,
                   guint     *reserved)
{
  const LadderRung *first = run->path->len > 0 ? g_ptr_array_index (run->path, 0) : NULL;

  if (run->move == LADDER_MOVE_UP && first != NULL)
    {
      /* Translators: a plan item; %s is a rung, "Senior Product Manager" */
      g_autofree char *title = g_strdup_printf (_("Agree with your manager what “ready for %s” "
                                                  "means, and by which review"), first->title_of);

      add_item (items, "align-manager", 1, 1, "communication", title,
                _("The criteria and the review date written down and shared with your "
                  "manager"));
      /* A promotion is decided by people who know the work: a mentor to prepare with, a
       * sponsor to speak for it. Relationships, not a development action: no quarter's room. */
      add_sponsor_item (items, "promotion-sponsor", 1, 2);
      /* Work at the next rung's scope before being asked to: the case for it. A first step
       * into leading people has its trial instead. */
      if (!run->trial)
        {
          add_stretch_item (items, "promotion-stretch", 1, 3, first);
          reserved[2]++;
        }
    }
  else if (run->move == LADDER_MOVE_DOWN)
    {
      /* Translators: a plan item; %s is a rung the person moves to, below their current one */
      g_autofree char *title = g_strdup_printf (_("Talk with your manager about moving to %s: "
                                                  "why, when, and what changes"),
                                                run->target->title_of);

      add_item (items, "align-manager", 1, 1, "communication", title,
                _("The move and its timing agreed and written down"));
    }

  if (run->trial)
    {
      const LadderTrack *own = ladder_framework_lookup_track (run->framework,
                                                              run->current->track);
      const LadderRung *fallback = NULL;
      g_autofree char *outcome = NULL;

      for (guint r = 0; own != NULL && r < own->n_rungs; r++)
        if (own->rungs[r].seniority == run->current->seniority + 1)
          fallback = &own->rungs[r];

      add_item (items, "trial-lead", 1, 1, "mentoring",
                _("Try leading people before you commit: one-to-ones every two weeks with a "
                  "junior PM, and lead an initiative of two or three people"),
                _("Your mentee’s goal agreed and met; the initiative delivered"));
      reserved[0]++;
      if (fallback != NULL)
        /* Translators: a decision in the plan; the first %s is a rung of the management track,
         * the second the next rung of the person's own track */
        outcome = g_strdup_printf (_("Decided with your manager: go on toward %s, or take the "
                                     "path to %s instead"),
                                   ((const LadderRung *) g_ptr_array_index (run->path, 0))->title_of,
                                   fallback->title_of);
      else
        /* Translators: a decision in the plan; %s is a rung of the management track */
        outcome = g_strdup_printf (_("Decided with your manager: go on toward %s, or grow "
                                     "further on your own track"),
                                   ((const LadderRung *) g_ptr_array_index (run->path, 0))->title_of);
      add_item (items, "decision-gate", 1, 2, NULL,
                _("Decide whether you want to lead people: did you enjoy it, and does your "
                  "manager see it in you?"),
                outcome);
      add_item (items, "first-report", 1, 3, "team-management",
                _("Get your first direct report: an associate PM or an intern, or act as lead "
                  "while a lead is away"),
                _("One person reporting to you, with weekly one-to-ones"));
      reserved[2]++;
    }
  else if (!g_str_equal (run->current->track, run->target->track) && run->move == LADDER_MOVE_UP)
    {
      add_item (items, "context-switch", 1, 2, NULL,
                _("Talk to two people who made the same switch of track and ask what they "
                  "wish they had known"),
                _("Their advice written down and discussed with your manager"));
    }
}

/* What a manager heading further up the management track does that no skill level says: the
 * work of running people, spread over the plan, each counted in its quarter. */
static const struct
{
  const char *id;
  const char *skill;
  gboolean leads_leads; /* only on the way to a rung that leads other leads */
  const char *title;
  const char *outcome;
} management_items[] = {
  { "manage-reviews", "team-management", FALSE,
    N_("Run a performance-review cycle for your reports, calibrated with your peers"),
    N_("Every report has written feedback and goals agreed for the next cycle") },
  { "manage-delegate", "team-management", FALSE,
    N_("Hand one area over to someone on your team entirely, and coach them in it"),
    N_("They run it without you for a quarter") },
  { "manage-underperformance", "team-management", FALSE,
    N_("Address one case of underperformance early, with a written plan and HR’s advice"),
    N_("The plan followed through to an outcome both of you understand") },
  { "manage-headcount", "business-acumen", FALSE,
    N_("Write next year’s headcount and budget request for your team"),
    N_("The request reviewed with your manager and finance") },
  { "manage-leads", "team-management", TRUE,
    N_("Grow one of your reports into a lead, and manage them as a manager"),
    N_("They lead a team of their own, with you coaching their management") },
  { "manage-org", "team-management", TRUE,
    N_("Design how your teams are organised for the next year, and why"),
    N_("An organisation plan agreed with your manager and HR") },
};

static void
add_management_items (Run       *run,
                      GPtrArray *items,
                      guint     *reserved)
{
  gboolean leading = leads_now (run->framework, run->profile, run->current);
  gboolean leads_leads = run->target->seniority > run->current->seniority &&
                         ladder_framework_rung_expects (run->framework, run->target,
                                                        "team-management") >= 5;
  guint placed = 0;

  if (run->move != LADDER_MOVE_UP || !leading ||
      !ladder_planner_leads_people (run->framework, run->target))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (management_items); i++)
    {
      /* One every other quarter from the year's second quarter, where there is room. */
      int quarter = 1 + 2 * (int) placed;

      if (management_items[i].leads_leads && !leads_leads)
        continue;
      while (quarter < (int) run->years * 4 &&
             reserved[quarter] >= quarter_capacity (run->profile, quarter))
        quarter++;
      if (quarter >= (int) run->years * 4)
        break;
      reserved[quarter]++;
      add_item (items, management_items[i].id, quarter / 4 + 1, quarter % 4 + 1,
                management_items[i].skill, _(management_items[i].title),
                _(management_items[i].outcome));
      placed++;
    }
}

/* Context items count against the quarter they sit in. */
static void
reserve_items (GPtrArray *items,
               guint     *reserved)
{
  for (guint i = 0; i < items->len; i++)
    {
      const LadderPlanItem *item = g_ptr_array_index (items, i);

      if (g_str_has_prefix (item->id, "context-") && item->quarter > 0)
        reserved[(item->year - 1) * 4 + item->quarter - 1]++;
    }
}

static char *
lowered_scope (const LadderRung *rung)
{
  return lower_first (rung->scope);
}

/* A goal for a year in which the target is already reached, or is where the person stands:
 * a different one each year. */
static char *
growth_goal (const LadderRung *rung,
             guint             nth)
{
  switch (nth)
    {
    case 0:
      /* Translators: a year's goal: "Deepen your strengths as Senior Product Manager" */
      return g_strdup_printf (_("Deepen your strengths as %s"), rung->title_of);
    case 1:
      /* Translators: a year's goal: "Grow in the role of Team lead and take on a wider scope" */
      return g_strdup_printf (_("Grow in the role of %s and take on a wider scope"), rung->title_of);
    case 2:
      /* Translators: a year's goal: "Become a reference for others as Team lead" */
      return g_strdup_printf (_("Become a reference for others as %s"), rung->title_of);
    default:
      /* Translators: a year's goal: "Prepare the step after Team lead" */
      return g_strdup_printf (_("Prepare the step after %s"), rung->title_of);
    }
}

/* A year with little or no skill work left (every level already where the target wants it)
 * still gets work that grows the person, so that no year is less than half as full as the
 * fullest: a stretch project at the next scope, a mentor and a sponsor (once a plan), teaching
 * others. */
static void
add_growth_items (Run        *run,
                  GPtrArray  *items,
                  GArray     *steps,
                  const guint *reserved)
{
  /* The kinds of growth item (0 a stretch project, 1 a mentor and a sponsor, 2 teaching), in
   * the order each turn prefers them when its own kind is taken. */
  static const guint order[3][3] = { { 0, 2, 1 }, { 1, 2, 0 }, { 2, 0, 1 } };
  const LadderRung *toward = run->move == LADDER_MOVE_STAY ? run->current : run->target;
  g_autofree guint *used = quarters_used (steps, reserved, run->years * 4);
  guint wanted = MAX (1, (fullest_year (used, run->years) + 1) / 2);
  gboolean sponsored = FALSE;
  guint filler = 0;

  for (guint i = 0; i < items->len; i++)
    sponsored |= g_str_equal (((LadderPlanItem *) items->pdata[i])->id, "promotion-sponsor");

  for (guint year = 1; year <= run->years; year++)
    {
      guint in_year = year_used (used, year - 1);
      /* From the second quarter: the first is for settling in. */
      guint quarter = 2;
      gboolean taken[3] = { FALSE, sponsored, FALSE };

      while (in_year < wanted && quarter <= 4)
        {
          const guint *turn = order[filler++ % 3];
          guint kind = !taken[turn[0]] ? turn[0] : !taken[turn[1]] ? turn[1] : turn[2];

          if (taken[kind])
            break;
          taken[kind] = TRUE;
          if (kind == 0)
            {
              g_autofree char *id = g_strdup_printf ("growth-stretch-%u", year);

              add_stretch_item (items, id, year, quarter, toward);
            }
          else if (kind == 1)
            {
              add_sponsor_item (items, "growth-sponsor", year, quarter);
              sponsored = TRUE;
            }
          else
            {
              g_autofree char *id = g_strdup_printf ("growth-teach-%u", year);

              add_item (items, id, year, quarter, "mentoring",
                        _("Teach what you know best: run a session or write a guide for other "
                          "PMs"),
                        _("A session held or a guide published, with feedback collected"));
            }
          in_year++;
          quarter++;
        }
    }
}

/* The first steps of team management (to level 2) and of mentoring (to @mentoring_up_to) count
 * as done in the first quarter, with no item of their own. */
static void
cover_first_leading_steps (GArray *steps,
                           int     mentoring_up_to)
{
  for (guint i = 0; i < steps->len; i++)
    {
      Step *step = &g_array_index (steps, Step, i);

      if ((g_str_equal (step->skill, "mentoring") && step->reach <= mentoring_up_to) ||
          (g_str_equal (step->skill, "team-management") && step->reach <= 2))
        {
          step->quarter = 0;
          step->covered = TRUE;
        }
    }
}

/* Each step's stage: the first rung of the way whose expectations it serves, so that the
 * schedule does first what the next promotion needs; a step's prerequisites take its stage. */
static void
set_stages (Run    *run,
            GArray *steps)
{
  GPtrArray *prerequisites = ladder_framework_get_rules (run->framework,
                                                         LADDER_RULE_PREREQUISITE);
  gboolean changed = TRUE;

  for (guint i = 0; i < steps->len; i++)
    {
      Step *step = &g_array_index (steps, Step, i);

      step->stage = run->path->len;
      for (guint r = 0; step->skill_index >= 0 && r < run->path->len; r++)
        if (((const LadderRung *) g_ptr_array_index (run->path, r))->expects[step->skill_index] >=
            step->reach)
          {
            step->stage = r;
            break;
          }
    }
  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < steps->len; i++)
        {
          const Step *step = &g_array_index (steps, Step, i);

          for (guint p = 0; p < prerequisites->len; p++)
            {
              const LadderRule *rule = prerequisites->pdata[p];

              if (!g_str_equal (rule->skill, step->skill) || step->reach < rule->from_level)
                continue;
              for (guint n = 0; n < steps->len; n++)
                {
                  Step *needed = &g_array_index (steps, Step, n);

                  if (g_str_equal (needed->skill, rule->needs) &&
                      needed->reach <= required_level (rule, step->reach) &&
                      needed->stage > step->stage)
                    {
                      needed->stage = step->stage;
                      changed = TRUE;
                    }
                }
            }
        }
    }
}

/* Plans the profile over @run->years years; fills in what the plan reaches. */
static GPtrArray *
plan_run (Run *run)
{
  LadderFramework *framework = run->framework;
  LadderProfile *profile = run->profile;
  guint n_skills = ladder_framework_get_n_skills (framework);
  int n_quarters = (int) run->years * 4;
  g_autoptr (GArray) steps = g_array_new (FALSE, FALSE, sizeof (Step));
  g_autofree int *planned_to = g_new0 (int, n_skills);
  g_autofree guint *reserved = g_new0 (guint, n_quarters);
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_plan_item_free);
  const LadderRung *checkpoint_rung[LADDER_PLAN_MAX_YEARS + 1] = { NULL };
  guint last_year = 0;

  find_path (run);
  run->unplanned = g_ptr_array_new ();

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
  for (guint i = 0; i < ladder_profile_get_n_skills (profile); i++)
    {
      const LadderProfileSkill *own = ladder_profile_get_skill (profile, i);

      if (!own->hidden && own->target > own->current &&
          ladder_framework_lookup_skill (framework, own->id) == NULL)
        add_own_steps (steps, own);
    }

  /* Someone who already leads people is past the first steps of leading them; a trial of
   * leading people is those steps, and its one-to-ones with a junior PM are mentoring up to
   * level 3. */
  if (ladder_profile_get_reports (profile) >= 2)
    cover_first_leading_steps (steps, 2);
  if (run->trial)
    cover_first_leading_steps (steps, 3);

  /* Framing and context first: they take their quarters' room before the skill steps. */
  add_framing_items (run, items, reserved);
  add_context_items (items, profile);
  /* The industry's item is the first step of its skill, when that skill has one to take. */
  for (guint i = 0; i < items->len; i++)
    {
      const LadderPlanItem *item = g_ptr_array_index (items, i);
      Step *first = NULL;

      if (!g_str_equal (item->id, "context-industry"))
        continue;
      for (guint s = 0; s < steps->len; s++)
        {
          Step *step = &g_array_index (steps, Step, s);

          if (g_strcmp0 (step->skill, item->skill) == 0 && step->quarter < 0 &&
              (first == NULL || step->reach < first->reach))
            first = step;
        }
      if (first != NULL)
        {
          first->quarter = (int) (item->year - 1) * 4 + (int) item->quarter - 1;
          first->covered = TRUE;
        }
    }
  reserve_items (items, reserved);
  add_management_items (run, items, reserved);
  set_stages (run, steps);
  schedule (steps, profile, n_quarters, reserved);
  add_stretch_steps (steps, framework, profile, run->target, planned_to, run->years, reserved);

  add_growth_items (run, items, steps, reserved);

  for (guint i = 0; i < steps->len; i++)
    {
      const Step *step = &g_array_index (steps, Step, i);

      if (step->covered)
        continue;
      if (step->quarter >= 0)
        g_ptr_array_add (items, action_item (step, profile, framework));
      else
        {
          run->n_unplanned++;
          if (!g_ptr_array_find_with_equal_func (run->unplanned, step->skill, g_str_equal, NULL))
            g_ptr_array_add (run->unplanned, (gpointer) step->skill);
        }
    }

  /* Checkpoints, one rung at a time and at most one a year: when the plan has closed that rung's
   * gaps, not before the ladder's typical years say it is due, and after a trial of leading
   * people has had its year. A rung that does not fit ends the path: the plan says so. */
  for (guint i = 0; i < run->path->len; i++)
    {
      const LadderRung *rung = g_ptr_array_index (run->path, i);
      int due = rung->years_known ? (int) rung->years -
                                    (int) ladder_profile_get_years_experience (profile)
                                  : 0;
      int ready = quarter_ready_for (steps, framework, profile, rung);
      int year = MAX (MAX (ready / 4 + 1, due), 1);
      g_autofree char *id = g_strdup_printf ("checkpoint-%s", rung->id);
      g_autofree char *title = NULL;
      g_autofree char *outcome = NULL;

      year = MAX (year, (int) last_year + 1);
      if (run->trial && ladder_planner_leads_people (framework, rung))
        year = MAX (year, 2);
      /* At the year's review, once the last step is done: after it, the next year's review. */
      if (ready >= 0 && ready / 4 + 1 == year && ready % 4 + 1 > (int) run->review_quarter)
        year++;
      if (year > (int) run->years || !all_planned_for (run, steps, rung))
        {
          run->missed = rung;
          break;
        }
      last_year = year;
      run->reached = rung;
      checkpoint_rung[year] = rung;
      if (run->move == LADDER_MOVE_UP && rung->seniority <= run->current->seniority)
        {
          /* Leading people from a rung as senior or more: a change of role, not a promotion. */
          /* Translators: a checkpoint for taking on a rung that leads people, from a rung as
           * senior; %s is a rung, "Team lead" */
          title = g_strdup_printf (_("Checkpoint: ready to take on the role of %s?"),
                                   rung->title_of);
          outcome = g_strdup_printf (_("Readiness for %s at 85 %% or more, and the move agreed "
                                       "with your manager"), rung->title_of);
        }
      else if (run->move == LADDER_MOVE_DOWN)
        {
          /* Translators: a checkpoint for a move to a lower rung; %s is a rung */
          title = g_strdup_printf (_("Checkpoint: ready to move to %s?"), rung->title_of);
          outcome = g_strdup_printf (_("The move to %s agreed with your manager, and what you "
                                       "hand over written down"), rung->title_of);
        }
      else
        {
          /* Translators: a promotion checkpoint in the plan; %s is a rung, "Team lead" */
          title = g_strdup_printf (_("Promotion checkpoint: ready for %s?"), rung->title_of);
          outcome = g_strdup_printf (_("Readiness for %s at 85 %% or more, evidence for every "
                                       "gap you closed, and a promotion talk with your manager"),
                                     rung->title_of);
        }
      g_ptr_array_add (items, ladder_plan_item_new (id, "checkpoint", year, run->review_quarter,
                                                    NULL, title, outcome));
    }

  /* A goal for each year, each different: the rung to be ready for, the one to build toward,
   * or, once there, growing in it. */
  {
    guint grown = 0, toward = 0;
    const LadderRung *previous = NULL;

    for (guint year = 1; year <= run->years; year++)
      {
        g_autofree char *id = g_strdup_printf ("goal-%u", year);
        g_autofree char *title = NULL;
        const LadderRung *next = NULL;

        for (guint y = year; y <= run->years && next == NULL; y++)
          next = checkpoint_rung[y];
        if (next == NULL && run->missed != NULL)
          next = run->missed;

        if (checkpoint_rung[year] != NULL)
          {
            g_autofree char *scope = lowered_scope (checkpoint_rung[year]);

            if (run->move == LADDER_MOVE_DOWN)
              /* Translators: a year's goal: "Make the move to Product Manager" */
              title = g_strdup_printf (_("Make the move to %s"), checkpoint_rung[year]->title_of);
            else if (*scope == '\0')
              /* Translators: a year's goal, for a rung of a company's ladder that says no scope:
               * "Be ready for Group PM" */
              title = g_strdup_printf (_("Be ready for %s"), checkpoint_rung[year]->title_of);
            else
              /* Translators: a year's goal: "Be ready for Senior Product Manager: a core
               * business line" */
              title = g_strdup_printf (_("Be ready for %s: %s"), checkpoint_rung[year]->title_of,
                                       scope);
          }
        else if (next != NULL && year == 1 && run->trial)
          /* Translators: a year's goal: "Try leading people, and build the foundations for
           * Team lead" */
          title = g_strdup_printf (_("Try leading people, and build the foundations for %s"),
                                   next->title_of);
        else if (next != NULL)
          {
            /* Several years toward one rung: each year its own goal. */
            toward = next == previous ? toward + 1 : 0;
            if (toward == 0)
              /* Translators: a year's goal: "Build the foundations for Team lead" */
              title = g_strdup_printf (_("Build the foundations for %s"), next->title_of);
            else if (toward == 1)
              {
                g_autofree char *scope = lowered_scope (next);

                /* Translators: a year's goal: "Work at the scope of Team lead: a team and its
                 * results" */
                title = *scope == '\0'
                          /* Translators: a year's goal, for a rung of a company's ladder that
                           * says no scope: "Work at the scope of Group PM" */
                          ? g_strdup_printf (_("Work at the scope of %s"), next->title_of)
                          : g_strdup_printf (_("Work at the scope of %s: %s"), next->title_of,
                                             scope);
              }
            else if (toward == 2)
              /* Translators: a year's goal: "Show in your results that you work as Team lead" */
              title = g_strdup_printf (_("Show in your results that you work as %s"),
                                       next->title_of);
            else if (toward == 3)
              /* Translators: a year's goal: "Take on a stretch project at the scope of Team
               * lead" */
              title = g_strdup_printf (_("Take on a stretch project at the scope of %s"),
                                       next->title_of);
            else
              /* Translators: a year's goal: "Make your case for Team lead" */
              title = g_strdup_printf (_("Make your case for %s"), next->title_of);
          }
        else
          title = growth_goal (run->move == LADDER_MOVE_STAY || run->reached == NULL ? run->current
                                                                               : run->target,
                               grown++);
        previous = checkpoint_rung[year] != NULL ? NULL : next;
        if (year == 1 && run->trial)
          previous = next;
        g_ptr_array_add (items, ladder_plan_item_new (id, "goal", year, 0, NULL, title, NULL));
      }
  }

  g_ptr_array_sort (items, compare_items);
  return items;
}

static void
run_init (Run             *run,
          LadderFramework *framework,
          LadderProfile   *profile,
          guint            years)
{
  *run = (Run) { 0 };
  run->framework = framework;
  run->profile = profile;
  run->years = CLAMP (years, 1, LADDER_PLAN_MAX_YEARS);
  run->review_quarter = 4;
  if (ladder_profile_get_review_month (profile) > 0)
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
      guint first_year, first_quarter;
      guint review = (ladder_profile_get_review_month (profile) - 1) / 3 + 1;

      ladder_planner_first_quarter (now, &first_year, &first_quarter);
      run->review_quarter = (review + 4 - first_quarter) % 4 + 1;
    }
  run->current = ladder_framework_lookup_rung (framework, ladder_profile_get_track (profile),
                                               ladder_profile_get_rung (profile));
  run->target = ladder_framework_lookup_rung (framework,
                                              ladder_profile_get_target_track (profile),
                                              ladder_profile_get_target_rung (profile));
}

/**
 * ladder_planner_first_quarter:
 * @made: when the plan was made
 *
 * The calendar quarter the plan's first quarter is: the one it was made in, when made in that
 * quarter's first month; else the next one.
 */
void
ladder_planner_first_quarter (GDateTime *made,
                              guint     *year,
                              guint     *quarter)
{
  guint month = g_date_time_get_month (made);

  *year = g_date_time_get_year (made);
  *quarter = (month - 1) / 3 + 1;
  if ((month - 1) % 3 != 0)
    {
      if (++*quarter > 4)
        {
          *quarter = 1;
          ++*year;
        }
    }
}

/**
 * ladder_planner_quarter_label:
 * @generated: (nullable): when the plan was made, as ISO 8601
 *
 * Returns: (transfer full): the calendar quarter of the plan's @year and @quarter, "2027 Q2",
 * or "Q2" when the plan has no date
 */
char *
ladder_planner_quarter_label (const char *generated,
                              guint       year,
                              guint       quarter)
{
  g_autoptr (GDateTime) made = generated != NULL ? g_date_time_new_from_iso8601 (generated, NULL)
                                                 : NULL;
  guint first_year, first_quarter, index;

  g_return_val_if_fail (quarter >= 1 && quarter <= 4, NULL);

  if (made == NULL)
    /* Translators: a quarter of the plan's year, "Q2" */
    return g_strdup_printf (_("Q%u"), quarter);
  ladder_planner_first_quarter (made, &first_year, &first_quarter);
  index = (year - 1) * 4 + (quarter - 1) + (first_quarter - 1);
  /* Translators: a calendar quarter: %1$u is the year, %2$u the quarter, "2027 Q2" */
  return g_strdup_printf (_("%1$u Q%2$u"), first_year + index / 4, index % 4 + 1);
}

/**
 * ladder_planner_get_years:
 *
 * Returns: how many years the plan spans: the profile's horizon, at most
 * %LADDER_PLAN_MAX_YEARS
 */
guint
ladder_planner_get_years (LadderProfile *profile)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (profile), 1);
  return CLAMP (ladder_profile_get_horizon_years (profile), 1, LADDER_PLAN_MAX_YEARS);
}

/**
 * ladder_planner_generate:
 *
 * Returns: (transfer full) (element-type LadderPlanItem): a fresh plan for @profile over its
 * horizon, in the current language
 */
GPtrArray *
ladder_planner_generate (LadderFramework *framework,
                         LadderProfile   *profile)
{
  Run run;
  GPtrArray *items;

  g_return_val_if_fail (LADDER_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (LADDER_IS_PROFILE (profile), NULL);

  run_init (&run, framework, profile, ladder_planner_get_years (profile));
  items = plan_run (&run);
  run_clear (&run);
  /* The advice every PM gets (a first direct report, the stakeholder map) names the built-in
   * skill it trains; on a company's ladder that has no such skill, it stands on its own. */
  for (guint i = 0; i < items->len; i++)
    {
      LadderPlanItem *item = items->pdata[i];

      if (item->skill != NULL && ladder_profile_lookup_skill (profile, item->skill) == NULL)
        g_clear_pointer (&item->skill, g_free);
    }
  return items;
}

/**
 * ladder_planner_describe_fit:
 * @suggested_years: (out) (optional): a horizon with which the target fits, or 0
 * @suggested_rung: (out) (optional) (transfer none): a nearer rung to aim for first, or %NULL
 *
 * Whether the target fits in the horizon with the room the plan allows, and if not, what to do
 * about it, in a few plain sentences.
 *
 * Returns: (transfer full) (nullable): the sentences, or %NULL when everything fits
 */
char *
ladder_planner_describe_fit (LadderFramework   *framework,
                             LadderProfile     *profile,
                             guint             *suggested_years,
                             const LadderRung **suggested_rung)
{
  guint years = ladder_planner_get_years (profile);
  g_autoptr (GPtrArray) items = NULL;
  GString *text;
  Run run;

  g_return_val_if_fail (LADDER_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (LADDER_IS_PROFILE (profile), NULL);

  if (suggested_years != NULL)
    *suggested_years = 0;
  if (suggested_rung != NULL)
    *suggested_rung = NULL;

  run_init (&run, framework, profile, years);
  items = plan_run (&run);
  if (run.missed == NULL && run.n_unplanned == 0)
    {
      run_clear (&run);
      return NULL;
    }

  text = g_string_new (NULL);
  if (run.missed != NULL)
    {
      if (run.reached != NULL)
        g_string_append_printf (text,
                                /* Translators: %1$s and %3$s are rungs, %2$u a number of years */
                                dngettext (GETTEXT_PACKAGE,
                                           "%s is out of reach in %u year: this plan gets you "
                                           "ready for %s.",
                                           "%s is out of reach in %u years: this plan gets you "
                                           "ready for %s.", years),
                                run.target->title, years, run.reached->title_of);
      else
        g_string_append_printf (text,
                                /* Translators: %s is a rung, %u a number of years */
                                dngettext (GETTEXT_PACKAGE,
                                           "%s is out of reach in %u year: this plan builds "
                                           "the foundations for it.",
                                           "%s is out of reach in %u years: this plan builds "
                                           "the foundations for it.", years),
                                run.target->title, years);
      /* The shortest horizon with which it fits. */
      for (guint longer = years + 1; longer <= LADDER_PLAN_MAX_YEARS; longer++)
        {
          Run again;
          g_autoptr (GPtrArray) other = NULL;
          gboolean fits;

          run_init (&again, framework, profile, longer);
          other = plan_run (&again);
          fits = again.missed == NULL;
          run_clear (&again);
          if (fits)
            {
              g_string_append_printf (text,
                                      /* Translators: a second sentence, after the one above:
                                       * keep the space before it where your language puts
                                       * one between sentences (not in Chinese) */
                                      dngettext (GETTEXT_PACKAGE,
                                                 " Over %u year it fits.",
                                                 " Over %u years it fits.", longer),
                                      longer);
              if (suggested_years != NULL)
                *suggested_years = longer;
              break;
            }
        }
      if (run.path->len > 1 && g_ptr_array_index (run.path, 0) != run.target)
        {
          const LadderRung *nearer = run.reached != NULL ? run.reached
                                                         : g_ptr_array_index (run.path, 0);

          /* Translators: a further sentence; %s is a rung, the nearer step on the way to the
           * target. Keep the space before it where your language puts one between sentences
           * (not in Chinese). */
          g_string_append_printf (text, _(" Or make %s your target first."), nearer->title);
          if (suggested_rung != NULL)
            *suggested_rung = nearer;
        }
    }
  else
    {
      g_autoptr (GString) skills = g_string_new (NULL);

      for (guint i = 0; i < run.unplanned->len && i < 3; i++)
        {
          const char *title = ladder_profile_get_skill_title (profile, run.unplanned->pdata[i]);

          if (title == NULL)
            continue;
          if (skills->len > 0)
            /* Translators: between two skill names in a list */
            g_string_append (skills, C_("list", ", "));
          /* In a sentence, "LLM API application development", not "L2: LLM API …". */
          g_string_append (skills, ladder_format_without_code (title));
        }
      g_string_append_printf (text,
                              /* Translators: %u is a number of steps, %s a list of skills;
                               * the steps go beyond what the target rung needs: toward the
                               * person's own targets, or what their context asks for */
                              dngettext (GETTEXT_PACKAGE,
                                         "%u step beyond what your target needs did not fit "
                                         "and is not in the plan: %s.",
                                         "%u steps beyond what your target needs did not fit "
                                         "and are not in the plan: %s.", run.n_unplanned),
                              run.n_unplanned, skills->str);
    }
  run_clear (&run);
  return g_string_free (text, FALSE);
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

      if (g_hash_table_contains (kept_ids, item->id))
        {
          /* Kept for its status only, not its words: those follow the fresh plan (and so the
           * interface's language); where it is and its status stay. */
          for (guint j = 0; j < plan->len; j++)
            {
              LadderPlanItem *kept = g_ptr_array_index (plan, j);

              if (!kept->edited && g_str_equal (kept->id, item->id))
                {
                  g_free (kept->title);
                  kept->title = g_strdup (item->title);
                  g_free (kept->outcome);
                  kept->outcome = g_strdup (item->outcome);
                }
            }
          continue;
        }
      if (ladder_profile_plan_item_was_removed (profile, item->id))
        continue;
      for (guint j = plan->len; j > 0; j--)
        if (compare_items (&plan->pdata[j - 1], &fresh->pdata[i]) <= 0)
          {
            at = j;
            break;
          }
      g_ptr_array_insert (plan, at, ladder_plan_item_copy (item));
    }
  {
    g_autoptr (JsonObject) inputs = ladder_profile_dup_inputs (profile);

    ladder_profile_set_plan_inputs (profile, inputs);
  }
  ladder_profile_set_plan (profile, plan, generated);
}

/**
 * ladder_planner_quarter_now:
 * @generated: (nullable): when the plan was made, as ISO 8601
 * @year: (out): the plan's year (from 1) @now falls in
 * @quarter: (out): the plan's quarter (1–4) @now falls in
 *
 * Returns: whether @now falls within the plan's first ten years (and after it starts)
 */
/* The plan's quarter @day falls in, from 0 at the plan's first (below 0 before it). */
static gboolean
quarter_index (const char *generated,
               GDateTime  *day,
               int        *index)
{
  g_autoptr (GDateTime) made = NULL;
  guint first_year, first_quarter;

  if (generated == NULL || (made = g_date_time_new_from_iso8601 (generated, NULL)) == NULL)
    return FALSE;
  ladder_planner_first_quarter (made, &first_year, &first_quarter);
  *index = ((int) g_date_time_get_year (day) - (int) first_year) * 4 +
           ((int) (g_date_time_get_month (day) - 1) / 3 + 1 - (int) first_quarter);
  return TRUE;
}

/**
 * ladder_planner_item_last_quarter:
 *
 * Returns: the last of the plan's quarters @item is planned for, from 0: its quarter, or its
 *   year's last for a whole-year item
 */
int
ladder_planner_item_last_quarter (const LadderPlanItem *item)
{
  g_return_val_if_fail (item != NULL, 0);
  return ((int) item->year - 1) * 4 + (item->quarter > 0 ? (int) item->quarter - 1 : 3);
}

gboolean
ladder_planner_quarter_now (const char *generated,
                            GDateTime  *now,
                            guint      *year,
                            guint      *quarter)
{
  int index;

  if (!quarter_index (generated, now, &index) || index < 0 || index >= 40)
    return FALSE;
  *year = index / 4 + 1;
  *quarter = index % 4 + 1;
  return TRUE;
}

/**
 * ladder_planner_item_is_late:
 * @generated: (nullable): when the plan was made, as ISO 8601
 * @now: the time to compare with
 *
 * Returns: whether @item is not done and its quarter (its year, for a year's goal or an item
 *   for the whole year) is over on the calendar
 */
gboolean
ladder_planner_item_is_late (const char           *generated,
                             const LadderPlanItem *item,
                             GDateTime            *now)
{
  int now_index;

  g_return_val_if_fail (item != NULL && now != NULL, FALSE);

  return item->status != LADDER_STATUS_DONE && quarter_index (generated, now, &now_index) &&
         now_index > ladder_planner_item_last_quarter (item);
}

/**
 * ladder_planner_item_reach:
 *
 * Returns: the level a plan step brings its skill to (the step "apis-3" brings APIs to 3), or
 *   -1 when @item is not such a step
 */
int
ladder_planner_item_reach (const LadderPlanItem *item)
{
  gsize length;

  g_return_val_if_fail (item != NULL, -1);

  if (item->skill == NULL || item->id == NULL)
    return -1;
  length = strlen (item->skill);
  if (strncmp (item->id, item->skill, length) != 0 || item->id[length] != '-' ||
      item->id[length + 1] < '1' || item->id[length + 1] > '5' || item->id[length + 2] != '\0')
    return -1;
  return item->id[length + 1] - '0';
}

/**
 * ladder_planner_first_steps:
 *
 * The plan's first step of each skill: the one that reaches the lowest level. That is where the
 * plan names what to learn from, once a skill.
 *
 * Returns: (transfer full): the ids of those items, as a set of their own copies
 */
GHashTable *
ladder_planner_first_steps (LadderProfile *profile)
{
  g_autoptr (GHashTable) lowest = g_hash_table_new (g_str_hash, g_str_equal); /* skill → item */
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer value;

  for (guint i = 0; i < ladder_profile_get_n_plan_items (profile); i++)
    {
      const LadderPlanItem *item = ladder_profile_get_plan_item (profile, i);
      const LadderPlanItem *before;
      int reach = ladder_planner_item_reach (item);

      if (reach < 0)
        continue;
      before = g_hash_table_lookup (lowest, item->skill);
      if (before == NULL || reach < ladder_planner_item_reach (before))
        g_hash_table_insert (lowest, item->skill, (gpointer) item);
    }
  g_hash_table_iter_init (&iter, lowest);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_hash_table_add (ids, g_strdup (((LadderPlanItem *) value)->id));
  return ids;
}

/**
 * ladder_planner_item_resources:
 * @first_steps: from ladder_planner_first_steps()
 *
 * Returns: (transfer full) (nullable): what to learn from for @item's skill ("To learn from:
 *   Continuous Discovery Habits (Teresa Torres)"), when @item is its skill's first step and the
 *   framework names any
 */
char *
ladder_planner_item_resources (LadderProfile        *profile,
                               GHashTable           *first_steps,
                               const LadderPlanItem *item)
{
  const LadderSkill *skill;
  g_autofree char *list = NULL;

  if (item->skill == NULL || !g_hash_table_contains (first_steps, item->id))
    return NULL;
  skill = ladder_framework_lookup_skill (ladder_profile_get_framework (profile), item->skill);
  if (skill == NULL || skill->resources == NULL)
    return NULL;
  /* Translators: between two books in a list (a book's authors are already joined by commas) */
  list = g_strjoinv (C_("list of books", "; "), skill->resources);
  /* Translators: books to learn a skill from, after a plan step: "To learn from: Shape Up (Ryan
   * Singer)"; the titles stay as published */
  return g_strdup_printf (_("To learn from: %s"), list);
}

/**
 * ladder_planner_localize:
 *
 * Writes the plan's items that the person has not edited again in the language Ladder speaks
 * now, from what the plan was made from: the same plan in other words, not a new plan. Items
 * the person edited or added stay as they wrote them.
 *
 * Returns: whether any words changed
 */
gboolean
ladder_planner_localize (LadderFramework *framework,
                         LadderProfile   *profile)
{
  JsonObject *inputs;
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (LadderProfile) then = NULL;
  g_autoptr (GPtrArray) fresh = NULL;
  g_autoptr (GHashTable) by_id = NULL;
  g_autofree char *data = NULL;

  g_return_val_if_fail (LADDER_IS_FRAMEWORK (framework), FALSE);
  g_return_val_if_fail (LADDER_IS_PROFILE (profile), FALSE);

  inputs = ladder_profile_get_plan_inputs (profile);
  if (inputs == NULL ||
      g_strcmp0 (ladder_profile_get_plan_language (profile), ladder_format_language ()) == 0)
    return FALSE;
  root = json_node_new (JSON_NODE_OBJECT);
  json_node_set_object (root, inputs);
  data = json_to_string (root, FALSE);
  /* Inputs this Ladder cannot read (written by hand, or by another version) leave the words as
   * they are. */
  then = ladder_profile_new_from_data (data, strlen (data), NULL);
  if (then == NULL)
    return FALSE;
  fresh = ladder_planner_generate (framework, then);
  by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < fresh->len; i++)
    {
      LadderPlanItem *item = g_ptr_array_index (fresh, i);

      g_hash_table_insert (by_id, item->id, item);
    }
  return ladder_profile_relabel_plan (profile, by_id);
}
