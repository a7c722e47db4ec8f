/* SPDX-License-Identifier: GPL-3.0-or-later
 * Drafts answers to "What is your career plan?" and its three sister questions. Each answer is
 * one translatable paragraph with numbered slots, so that every language can order and phrase
 * it in its own way; the slots are filled from the profile: rungs, strengths, gaps, the plan's
 * goals, steps and outcomes, and the person's evidence. */
#define G_LOG_DOMAIN "ladder-interview"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ladder-interview.h"
#include "ladder-planner.h"
#include "ladder-readiness.h"

static const char * const questions[] = { "career-plan", "role-goals", "how-to-reach",
                                          "three-year-plan", NULL };

const char * const *
ladder_interview_questions (void)
{
  return questions;
}

const char *
ladder_interview_question_text (LadderProfile *profile,
                                const char    *question)
{
  const LadderAnswer *answer;

  if (g_strcmp0 (question, "career-plan") == 0)
    return _("What is your career plan?");
  if (g_strcmp0 (question, "role-goals") == 0)
    return _("If you join, what goals do you set for this role?");
  if (g_strcmp0 (question, "how-to-reach") == 0)
    return _("How will you reach them?");
  if (g_strcmp0 (question, "three-year-plan") == 0)
    return _("What is your career plan for the next three years?");
  answer = profile != NULL ? ladder_profile_lookup_answer (profile, question) : NULL;
  return answer != NULL && answer->text != NULL ? answer->text : question;
}

/* Lower-cases the first letter, so a title can stand inside a sentence; leaves acronyms
 * ("APIs", "L1") and the word "I" alone. */
static char *
inline_text (const char *text)
{
  gunichar first, second;
  const char *next;
  g_autofree char *head = NULL;

  if (text == NULL || *text == '\0')
    return g_strdup ("");
  first = g_utf8_get_char (text);
  next = g_utf8_next_char (text);
  second = g_utf8_get_char (next);
  if (!g_unichar_isupper (first) ||
      !(g_unichar_islower (second) || (g_unichar_isspace (second) && first != 'I')))
    return g_strdup (text);
  head = g_ucs4_to_utf8 ((gunichar[]) { g_unichar_tolower (first) }, 1, NULL, NULL, NULL);
  return g_strconcat (head, next, NULL);
}

static gboolean
is_word_char (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  return g_unichar_isalnum (c) || c == '\'' || c == 0x2019;
}

/**
 * ladder_interview_speaker_words:
 *
 * Turns a plan item, written to the reader ("prioritise your backlog"), into the speaker's own
 * words ("prioritise my backlog"), with the swaps the translation gives.
 *
 * Returns: (transfer full): the text in the first person
 */
char *
ladder_interview_speaker_words (const char *text)
{
  /* Translators: word swaps that turn a plan item written to the reader into the speaker's own
   * words: "from=to" pairs separated by ";", longest first. A pair starting with "*" matches
   * anywhere, not only as a whole word (for languages written without spaces). */
  const char *swaps = _("your=my;yours=mine;yourself=myself;you=I");
  g_auto (GStrv) pairs = g_strsplit (swaps, ";", -1);
  GString *out = g_string_new (text);

  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_auto (GStrv) pair = g_strsplit (pairs[i], "=", 2);
      const char *from;
      gboolean anywhere;
      gsize from_len;
      gsize pos = 0;

      if (pair[0] == NULL || pair[1] == NULL || pair[0][0] == '\0')
        continue;
      anywhere = pair[0][0] == '*';
      from = pair[0] + (anywhere ? 1 : 0);
      from_len = strlen (from);
      while (from_len > 0 && pos < out->len)
        {
          char *hit = strstr (out->str + pos, from);
          gsize at;

          if (hit == NULL)
            break;
          at = hit - out->str;
          if (!anywhere &&
              ((at > 0 && is_word_char (g_utf8_prev_char (hit))) ||
               (hit[from_len] != '\0' && is_word_char (hit + from_len))))
            {
              pos = at + from_len;
              continue;
            }
          g_string_erase (out, at, from_len);
          g_string_insert (out, at, pair[1]);
          pos = at + strlen (pair[1]);
        }
    }
  return g_string_free (out, FALSE);
}

static char *
spoken (const char *item_text)
{
  g_autofree char *inline_form = inline_text (item_text);

  return ladder_interview_speaker_words (inline_form);
}

typedef struct
{
  LadderFramework *framework;
  LadderProfile *profile;
  GPtrArray *plan;        /* LadderPlanItem, the profile's or a fresh one */
  GPtrArray *owned_plan;  /* when the profile has none */
  const LadderRung *current;
  const LadderRung *target;
} Context;

static void
context_clear (Context *context)
{
  g_clear_pointer (&context->owned_plan, g_ptr_array_unref);
  g_clear_pointer (&context->plan, g_ptr_array_unref);
}

static void
context_init (Context         *context,
              LadderFramework *framework,
              LadderProfile   *profile)
{
  context->framework = framework;
  context->profile = profile;
  context->current = ladder_framework_lookup_rung (framework, ladder_profile_get_track (profile),
                                                   ladder_profile_get_rung (profile));
  context->target = ladder_framework_lookup_rung (framework,
                                                  ladder_profile_get_target_track (profile),
                                                  ladder_profile_get_target_rung (profile));
  context->plan = g_ptr_array_new ();
  if (ladder_profile_get_n_plan_items (profile) == 0)
    {
      context->owned_plan = ladder_planner_generate (framework, profile);
      for (guint i = 0; i < context->owned_plan->len; i++)
        g_ptr_array_add (context->plan, g_ptr_array_index (context->owned_plan, i));
    }
  else
    for (guint i = 0; i < ladder_profile_get_n_plan_items (profile); i++)
      g_ptr_array_add (context->plan, (gpointer) ladder_profile_get_plan_item (profile, i));
}

/* Items that frame the plan (agreeing on criteria with the manager, deciding after a trial)
 * are not steps a candidate names as what they will do. */
static gboolean
is_framing (const LadderPlanItem *item)
{
  return g_str_equal (item->id, "align-manager") || g_str_equal (item->id, "decision-gate");
}

/* The n-th item of a kind in the plan, in plan order, from @year on. */
static const LadderPlanItem *
nth_item (Context    *context,
          const char *kind,
          guint       year,
          guint       n)
{
  for (guint pass_year = year; pass_year <= 10; pass_year++)
    for (guint i = 0; i < context->plan->len; i++)
      {
        const LadderPlanItem *item = g_ptr_array_index (context->plan, i);

        if (item->year == pass_year && g_str_equal (item->kind, kind) && !is_framing (item) &&
            n-- == 0)
          return item;
      }
  return NULL;
}

static const char *
item_title (const LadderPlanItem *item)
{
  return item != NULL ? item->title : "";
}

/* The rung the person should be ready for next: the first checkpoint, else the target. */
static const LadderRung *
next_rung (Context *context)
{
  for (guint i = 0; i < context->plan->len; i++)
    {
      const LadderPlanItem *item = g_ptr_array_index (context->plan, i);
      const LadderRung *rung;

      if (!g_str_equal (item->kind, "checkpoint") || !g_str_has_prefix (item->id, "checkpoint-"))
        continue;
      rung = ladder_framework_lookup_rung (context->framework, context->target->track,
                                           item->id + strlen ("checkpoint-"));
      if (rung != NULL)
        return rung;
    }
  return context->target;
}

/* The two skills furthest above what the current rung expects. */
static void
strengths (Context     *context,
           const char **first,
           const char **second)
{
  guint n = ladder_framework_get_n_skills (context->framework);
  int best[2] = { -1, -1 };
  int score[2] = { G_MININT, G_MININT };

  for (guint i = 0; i < n; i++)
    {
      const LadderSkill *skill = ladder_framework_get_skill (context->framework, i);
      const LadderProfileSkill *own = ladder_profile_lookup_skill (context->profile, skill->id);
      int s;

      if (own == NULL || own->hidden)
        continue;
      s = (own->current - context->current->expects[i]) * 10 + own->current;
      if (s > score[0])
        {
          best[1] = best[0], score[1] = score[0];
          best[0] = i, score[0] = s;
        }
      else if (s > score[1])
        best[1] = i, score[1] = s;
    }
  *first = ladder_framework_get_skill (context->framework, MAX (best[0], 0))->title;
  *second = ladder_framework_get_skill (context->framework, MAX (best[1], 1))->title;
}

/* The two largest gaps to the target rung; where there are fewer, the plan's first skills. */
static void
focus_skills (Context     *context,
              const char **first,
              const char **second)
{
  g_autoptr (LadderReadiness) readiness = ladder_readiness_compute (context->framework,
                                                                    context->profile,
                                                                    context->target);
  const char *found[2] = { NULL, NULL };
  guint n = 0;

  for (guint i = 0; i < readiness->gaps->len && n < 2; i++)
    found[n++] = g_array_index (readiness->gaps, LadderGap, i).title;
  for (guint i = 0; i < context->plan->len && n < 2; i++)
    {
      const LadderPlanItem *item = g_ptr_array_index (context->plan, i);
      const LadderSkill *skill = item->skill != NULL ?
        ladder_framework_lookup_skill (context->framework, item->skill) : NULL;

      if (skill != NULL && g_strcmp0 (skill->title, found[0]) != 0)
        found[n++] = skill->title;
    }
  *first = found[0] != NULL ? found[0] : ladder_framework_get_skill (context->framework, 0)->title;
  *second = found[1] != NULL ? found[1] : ladder_framework_get_skill (context->framework, 1)->title;
}

static const char *
industry_reason (LadderProfile *profile)
{
  const char *industry = ladder_profile_get_industry (profile);

  if (g_str_equal (industry, "ai"))
    return _("in an AI company the product is only as good as the PM’s grasp of the technology");
  if (g_str_equal (industry, "saas"))
    return _("in SaaS the best products come from solid fundamentals and close work with "
             "engineering");
  if (g_str_equal (industry, "ecommerce"))
    return _("in e-commerce every decision shows up in the numbers within days");
  if (g_str_equal (industry, "fintech"))
    return _("in fintech trust, reliability and compliance matter as much as features");
  if (g_str_equal (industry, "gaming"))
    return _("in games the player’s experience decides everything");
  if (g_str_equal (industry, "hardware"))
    return _("in hardware mistakes are expensive, so judgement and planning matter even more");
  return _("that is what the teams I want to work with value most");
}

static char *
draft_career_plan (Context *context)
{
  gboolean management = g_str_equal (context->target->track, "management");
  guint years = ladder_profile_get_horizon_years (context->profile);
  const char *strong1, *strong2;
  g_autofree char *horizon = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *scope = inline_text (context->current->scope);
  g_autofree char *step1 = spoken (item_title (nth_item (context, "action", 1, 0)));
  g_autofree char *step2 = spoken (item_title (nth_item (context, "action", 1, 1)));
  g_autofree char *s1 = NULL, *s2 = NULL;

  strengths (context, &strong1, &strong2);
  s1 = inline_text (strong1);
  s2 = inline_text (strong2);
  /* Translators: the time the plan covers, in "Over the next 3 years …" */
  horizon = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u year", "%u years", years), years);
  reason = g_strdup_printf (management ?
                            /* Translators: why the management track; %s are two skills */
                            _("my strongest skills are %s and %s, and I get the most done by "
                              "helping other people succeed") :
                            /* Translators: why the expert track; %s are two skills */
                            _("my strongest skills are %s and %s, and I do my best work when I "
                              "own a problem from start to finish"),
                            s1, s2);

  /* Translators: the drafted answer to "What is your career plan?", spoken aloud in an
   * interview. %1$s: current rung; %2$s: its scope; %3$s: "3 years"; %4$s: target rung;
   * %5$s: the track, as "going deeper in the craft on the expert track"; %6$s: why this
   * direction; %7$s and %8$s: the plan's first two steps, as verb phrases. Write it as a
   * candidate would say it in your language, not word for word. */
  return g_strdup_printf (_("My current role is %1$s, and my scope is %2$s. Over the next %3$s "
                            "I want to grow into the role of %4$s, %5$s. I chose this "
                            "direction because %6$s. This year I plan to %7$s, and then to "
                            "%8$s. I have put a promotion checkpoint into the plan, so I "
                            "measure my progress by results, not by intentions."),
                          context->current->title, scope, horizon, context->target->title,
                          management ? _("leading a team on the management track")
                                     : _("going deeper in the craft on the expert track"),
                          reason, step1, step2);
}

static char *
draft_role_goals (Context *context)
{
  const LadderPlanItem *first = nth_item (context, "action", 1, 0);
  g_autofree char *goal = spoken (item_title (nth_item (context, "goal", 1, 0)));
  g_autofree char *step1 = spoken (item_title (first));
  g_autofree char *step2 = spoken (item_title (nth_item (context, "action", 1, 1)));
  g_autofree char *step3 = spoken (item_title (nth_item (context, "action", 1, 2)));
  g_autofree char *outcome = spoken (first != NULL && first->outcome != NULL ? first->outcome
                                                                             : "");

  /* Translators: the drafted answer to "If you join, what goals do you set for this role?".
   * %1$s: the first year's goal, as a verb phrase; %2$s, %3$s, %4$s: three steps of the first
   * year, as verb phrases; %5$s: the outcome of the first step; %6$s: the next rung; %7$s: the
   * target rung. */
  if (next_rung (context) == context->target)
    /* Translators: as the answer above, when the next rung is the target itself: %1$s: the
     * first year's goal; %2$s, %3$s, %4$s: three steps; %5$s: an outcome; %6$s: the target. */
    return g_strdup_printf (_("In the first year my main goal is to %1$s. In practice that "
                              "means three things. First, I will %2$s. Second, I will %3$s. "
                              "And third, I will %4$s. I will count the year as a success when "
                              "I can show this: %5$s — and when my manager and I agree that I "
                              "am well on my way to %6$s."),
                            goal, step1, step2, step3, outcome, context->target->title);
  return g_strdup_printf (_("In the first year my main goal is to %1$s. In practice that means "
                            "three things. First, I will %2$s. Second, I will %3$s. And third, "
                            "I will %4$s. I will count the year as a success when I can show "
                            "this: %5$s — and when my manager and I agree that I am ready for "
                            "%6$s and on my way to %7$s."),
                          goal, step1, step2, step3, outcome, next_rung (context)->title,
                          context->target->title);
}

static char *
draft_how_to_reach (Context *context)
{
  const LadderPlanItem *first = nth_item (context, "action", 1, 0);
  guint n_evidence = ladder_profile_get_n_evidence (context->profile);
  const char *gap1, *gap2;
  g_autofree char *g1 = NULL, *g2 = NULL;
  g_autofree char *outcome = spoken (first != NULL && first->outcome != NULL ? first->outcome
                                                                             : "");
  g_autofree char *step = spoken (item_title (first));
  g_autofree char *evidence = NULL;

  focus_skills (context, &gap1, &gap2);
  g1 = inline_text (gap1);
  g2 = inline_text (gap2);
  if (n_evidence > 0)
    /* Translators: appended to "I keep a record of evidence as I go"; %s is the person's own
     * latest piece of evidence */
    {
      g_autofree char *text = g_strstrip (g_strdup (ladder_profile_get_evidence (
        context->profile, n_evidence - 1)->text));
      static const char *stops[] = { ".", "!", "。", "！" };
      gboolean trimmed = TRUE;

      /* The sentence goes on after it: drop its own full stop. */
      while (trimmed)
        {
          trimmed = FALSE;
          for (guint i = 0; i < G_N_ELEMENTS (stops); i++)
            if (g_str_has_suffix (text, stops[i]))
              {
                text[strlen (text) - strlen (stops[i])] = '\0';
                trimmed = TRUE;
              }
        }
      evidence = g_strdup_printf (_(" — the latest entry: %s"), text);
    }
  else
    evidence = g_strdup ("");

  /* Translators: the drafted answer to "How will you reach them?". %1$s: the target rung;
   * %2$s and %3$s: the two largest skill gaps; %4$s: the plan's first step, as a verb phrase;
   * %5$s: the outcome that shows it is done; %6$s: either nothing or " — the latest entry: …"
   * with the person's own evidence. */
  return g_strdup_printf (_("I work from a written plan, quarter by quarter, and I start with "
                            "my largest gaps to %1$s: %2$s and %3$s. Every step ends with "
                            "something other people can see. For example, my first step is to "
                            "%4$s, and it is done when I can show this: %5$s. I keep a record "
                            "of evidence as I go%6$s. Every quarter I review the plan with my "
                            "manager, adjust it when the business changes, and ask for feedback "
                            "early instead of waiting for the performance review."),
                          context->target->title, g1, g2, step, outcome, evidence);
}

static char *
draft_three_year_plan (Context *context)
{
  g_autofree char *year1 = spoken (item_title (nth_item (context, "goal", 1, 0)));
  g_autofree char *year2 = spoken (item_title (nth_item (context, "goal", 2, 0)));
  g_autofree char *year3 = spoken (item_title (nth_item (context, "goal", 3, 0)));
  const char *focus1, *focus2;
  g_autofree char *f1 = NULL, *f2 = NULL;

  focus_skills (context, &focus1, &focus2);
  f1 = inline_text (focus1);
  f2 = inline_text (focus2);
  /* Translators: the drafted answer to "What is your career plan for the next three years?".
   * %1$s, %2$s, %3$s: the goals of years one to three, as verb phrases; %4$s and %5$s: two
   * skills; %6$s: why they matter in the person's industry; %7$s: the target rung. */
  return g_strdup_printf (_("I see the next three years as three steps. In the first year the "
                            "goal is to %1$s. In the second year it is to %2$s. And in the "
                            "third year, to %3$s. All the way through I will keep investing in "
                            "%4$s and %5$s, because %6$s. I would rather reach %7$s one rung at "
                            "a time, proving each step, than promise a title."),
                          year1, year2, year3, f1, f2, industry_reason (context->profile),
                          context->target->title);
}

/**
 * ladder_interview_draft:
 *
 * Returns: (transfer full): a drafted answer to @question, in the current language
 */
char *
ladder_interview_draft (LadderFramework *framework,
                        LadderProfile   *profile,
                        const char      *question)
{
  Context context = { 0 };
  char *draft = NULL;

  g_return_val_if_fail (LADDER_IS_FRAMEWORK (framework), NULL);
  g_return_val_if_fail (LADDER_IS_PROFILE (profile), NULL);

  context_init (&context, framework, profile);
  if (g_strcmp0 (question, "career-plan") == 0)
    draft = draft_career_plan (&context);
  else if (g_strcmp0 (question, "role-goals") == 0)
    draft = draft_role_goals (&context);
  else if (g_strcmp0 (question, "how-to-reach") == 0)
    draft = draft_how_to_reach (&context);
  else if (g_strcmp0 (question, "three-year-plan") == 0)
    draft = draft_three_year_plan (&context);
  else
    draft = g_strdup ("");
  context_clear (&context);
  return draft;
}

/* Whether the plan was regenerated after the answer was drafted. */
gboolean
ladder_interview_is_stale (LadderProfile *profile,
                           const char    *question)
{
  const LadderAnswer *answer;

  g_return_val_if_fail (LADDER_IS_PROFILE (profile), FALSE);

  answer = ladder_profile_lookup_answer (profile, question);
  if (answer == NULL || g_str_has_prefix (question, "custom:"))
    return FALSE;
  return g_strcmp0 (answer->plan_generated, ladder_profile_get_plan_generated (profile)) != 0;
}

/**
 * ladder_interview_fill:
 * @redraft_stale: also redraft answers the person has not edited when the plan changed since
 *
 * Drafts the answers the profile lacks. An answer the person edited is never touched.
 */
void
ladder_interview_fill (LadderFramework *framework,
                       LadderProfile   *profile,
                       gboolean         redraft_stale)
{
  g_return_if_fail (LADDER_IS_FRAMEWORK (framework));
  g_return_if_fail (LADDER_IS_PROFILE (profile));

  for (guint i = 0; questions[i] != NULL; i++)
    {
      const LadderAnswer *answer = ladder_profile_lookup_answer (profile, questions[i]);
      g_autofree char *draft = NULL;

      if (answer != NULL && (answer->edited || !redraft_stale ||
                             !ladder_interview_is_stale (profile, questions[i])))
        if (answer->answer != NULL && *answer->answer != '\0')
          continue;
      if (answer != NULL && answer->edited)
        continue;
      draft = ladder_interview_draft (framework, profile, questions[i]);
      ladder_profile_set_answer (profile, questions[i], draft, FALSE,
                                 ladder_profile_get_plan_generated (profile));
    }
}
