/* SPDX-License-Identifier: GPL-3.0-or-later
 * Drafts answers to "What is your career plan?" and its three sister questions. Each answer is
 * one translatable paragraph with numbered slots, so that every language can order and phrase
 * it in its own way; the slots are filled from the profile: rungs, strengths, gaps, the plan's
 * goals, steps and outcomes, and the person's evidence. */
#define G_LOG_DOMAIN "ladder-interview"

#include "config.h"

#include "ladder-i18n.h"
#include <string.h>

#include "ladder-interview.h"
#include "ladder-format.h"
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
  const char *swaps = _("your=my;yours=mine;yourself=myself;show you=show me;"
                         "walk you=walk me;help you=help me;tell you=tell me;give you=give me;"
                         "for you=for me;to you=to me;with you=with me;you=I");
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

/* A plan step as said aloud: what comes before its colon, when that says enough ("try leading
 * people before I commit", not the list after it); an outcome's parts joined by commas, not
 * semicolons. */
static char *
spoken_step (const char *text)
{
  static const char * const colons[] = { ": ", "：" };
  static const char * const semicolons[] = { "; ", "；" };
  g_autoptr (GString) out = g_string_new (text);

  for (guint i = 0; i < G_N_ELEMENTS (colons); i++)
    {
      const char *colon = strstr (out->str, colons[i]);

      /* Three words or more (or eight characters, for languages without spaces). */
      if (colon != NULL && g_utf8_strlen (out->str, colon - out->str) >= 8)
        g_string_truncate (out, colon - out->str);
    }
  for (guint i = 0; i < G_N_ELEMENTS (semicolons); i++)
    /* Translators: what joins two parts of a spoken sentence where the plan has a semicolon */
    g_string_replace (out, semicolons[i], C_("spoken list", ", "), 0);
  return spoken (out->str);
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

/* Items that frame the plan (agreeing on criteria with the manager, deciding after a trial,
 * finding a sponsor for a promotion) are not steps a candidate names as what they will do. */
static gboolean
is_framing (const LadderPlanItem *item)
{
  return g_str_equal (item->id, "align-manager") || g_str_equal (item->id, "decision-gate") ||
         g_str_equal (item->id, "promotion-sponsor");
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

/* Whether the plan has a checkpoint for @rung: the plan reaches it within its years. */
static gboolean
plan_reaches (Context          *context,
              const LadderRung *rung)
{
  g_autofree char *id = g_strdup_printf ("checkpoint-%s", rung->id);

  for (guint i = 0; i < context->plan->len; i++)
    if (g_str_equal (((const LadderPlanItem *) g_ptr_array_index (context->plan, i))->id, id))
      return TRUE;
  return FALSE;
}

/* ---- What the drafts may say ---------------------------------------------------------------
 * Every sentence is said only when the profile backs it: strengths are skills clearly above what
 * the current rung expects, gaps are real gaps, evidence is the person's own, the plan's steps
 * are its own. Each sentence is one translatable message; languages join them their own way. */

/* Adds a sentence to an answer. */
static void
say (GString    *answer,
     const char *sentence)
{
  /* Translators: what goes between two sentences of a drafted answer: "space", or "none" for
   * a language that puts nothing between them (Chinese) */
  const char *gap = C_("between sentences", "space");

  if (answer->len > 0 && !g_str_equal (gap, "none"))
    g_string_append_c (answer, ' ');
  g_string_append (answer, sentence);
}

static void
say_take (GString *answer,
          char    *sentence)
{
  say (answer, sentence);
  g_free (sentence);
}

/* A skill's name as said aloud: without its code ("L3: LLM application architecture" is
 * said "LLM application architecture"), inside a sentence. A company's own names stay as the
 * company writes them ("Discovery", not "discovery"). */
static char *
spoken_skill (Context    *context,
              const char *title)
{
  if (!ladder_framework_is_builtin (context->framework))
    return g_strdup (ladder_format_without_code (title));
  return inline_text (ladder_format_without_code (title));
}

/* Whether a rung has the person lead people, as the planner sees it. */
static gboolean
leads_people (Context          *context,
              const LadderRung *rung)
{
  return ladder_planner_leads_people (context->framework, rung);
}

/* The skills clearly above what the current rung expects (one level or more), strongest
 * first; none when nothing stands out. */
static guint
strengths (Context     *context,
           const char **first,
           const char **second)
{
  guint n = ladder_framework_get_n_skills (context->framework);
  int best[2] = { -1, -1 };
  int score[2] = { 0, 0 };

  for (guint i = 0; i < n; i++)
    {
      const LadderSkill *skill = ladder_framework_get_skill (context->framework, i);
      const LadderProfileSkill *own = ladder_profile_lookup_skill (context->profile, skill->id);
      int margin, s;

      if (own == NULL || own->hidden)
        continue;
      margin = own->current - context->current->expects[i];
      if (margin < 1)
        continue;
      s = margin * 10 + own->current;
      if (s > score[0])
        {
          best[1] = best[0], score[1] = score[0];
          best[0] = i, score[0] = s;
        }
      else if (s > score[1])
        best[1] = i, score[1] = s;
    }
  *first = best[0] >= 0 ? ladder_framework_get_skill (context->framework, best[0])->title : NULL;
  *second = best[1] >= 0 ? ladder_framework_get_skill (context->framework, best[1])->title : NULL;
  return (best[0] >= 0) + (best[1] >= 0);
}

/* The two largest gaps to @rung; none when there are none. */
static guint
gaps_to (Context          *context,
         const LadderRung *rung,
         const char      **first,
         const char      **second)
{
  g_autoptr (LadderReadiness) readiness = ladder_readiness_compute (context->framework,
                                                                    context->profile, rung);
  const char *found[2] = { NULL, NULL };
  guint n = 0;

  for (guint i = 0; i < readiness->gaps->len && n < 2; i++)
    found[n++] = g_array_index (readiness->gaps, LadderGap, i).title;
  *first = found[0];
  *second = found[1];
  return n;
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
  return NULL;
}

/* Where the target is, as the plan has it. */
static LadderMove
toward (Context *context)
{
  return ladder_planner_get_move (context->framework, context->profile);
}

/* The person's latest evidence, without its own full stop (a sentence goes on after it). */
static char *
latest_evidence (Context *context)
{
  guint n = ladder_profile_get_n_evidence (context->profile);
  static const char *stops[] = { ".", "!", "。", "！" };
  gboolean trimmed = TRUE;
  char *text;

  if (n == 0)
    return NULL;
  text = g_strstrip (g_strdup (ladder_profile_get_evidence (context->profile, n - 1)->text));
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
  if (*text == '\0')
    g_clear_pointer (&text, g_free);
  if (text != NULL)
    {
      /* It goes mid-sentence: "Most recently: presented …". */
      char *lowered = inline_text (text);

      g_free (text);
      text = lowered;
    }
  return text;
}

/* Said aloud, a small number of years is a word: "the next three years", "в ближайшие три
 * года", "接下来的三年", and "within three years", "за три года", "三年内". */
static const char * const time_ahead_words[] = {
  NULL,
  NC_ ("time ahead", "the next year"),
  NC_ ("time ahead", "the next two years"),
  NC_ ("time ahead", "the next three years"),
  NC_ ("time ahead", "the next four years"),
  NC_ ("time ahead", "the next five years"),
};
static const char * const within_words[] = {
  NULL,
  NC_ ("within", "a year"),
  NC_ ("within", "two years"),
  NC_ ("within", "three years"),
  NC_ ("within", "four years"),
  NC_ ("within", "five years"),
};

static char *
years_said (guint    years,
            gboolean ahead)
{
  if (years >= 1 && years < G_N_ELEMENTS (time_ahead_words))
    return g_strdup (ahead ? ladder_pgettext2 ("time ahead", time_ahead_words[years])
                           : ladder_pgettext2 ("within", within_words[years]));
  if (ahead)
    /* Translators: the time ahead in "Over the next 7 years I want to …" */
    return g_strdup_printf (dngettext (GETTEXT_PACKAGE, "the next %u year", "the next %u years",
                                       years), years);
  /* Translators: a time, said after "within": "within 7 years" */
  return g_strdup_printf (dngettext (GETTEXT_PACKAGE, "%u year", "%u years", years), years);
}

static char *
draft_career_plan (Context *context)
{
  GString *answer = g_string_new (NULL);
  guint years = ladder_planner_get_years (context->profile);
  g_autofree char *scope = inline_text (context->current->scope);
  g_autofree char *evidence = latest_evidence (context);
  g_autofree char *next_years = NULL;
  const LadderPlanItem *step1 = nth_item (context, "action", 1, 0);
  const LadderPlanItem *step2 = nth_item (context, "action", 1, 1);
  const LadderPlanItem *checkpoint = nth_item (context, "checkpoint", 1, 0);
  LadderMove way = toward (context);
  const char *strong1, *strong2;
  guint n_strong = strengths (context, &strong1, &strong2);
  gboolean trying;

  next_years = years_said (years, TRUE);
  /* Someone heading to lead people for the first time says they will try it first; the trial
   * is then not named again as this year's first step. */
  trying = way == LADDER_MOVE_UP && leads_people (context, context->target) &&
           !leads_people (context, context->current) &&
           ladder_profile_get_reports (context->profile) == 0;
  if (trying && step1 != NULL && g_str_equal (step1->id, "trial-lead"))
    {
      step1 = step2;
      step2 = nth_item (context, "action", 1, 2);
    }

  /* Translators: a drafted interview answer, said aloud: %1$s is the person's rung, %2$s its
   * scope ("a core business line") */
  if (*scope == '\0')
    /* Translators: a drafted interview answer, said aloud: %s is the person's rung, on a
     * company's ladder that says no scope */
    say_take (answer, g_strdup_printf (_("My current role is %s."), context->current->title_of));
  else
    say_take (answer, g_strdup_printf (_("My current role is %1$s, and my scope is %2$s."),
                                       context->current->title_of, scope));
  if (evidence != NULL)
    /* Translators: %s is the person's own latest evidence, in their words */
    say_take (answer, g_strdup_printf (_("Most recently: %s."), evidence));

  if (way == LADDER_MOVE_STAY)
    /* Translators: %1$s is "the next three years", %2$s the person's rung */
    say_take (answer, g_strdup_printf (_("Over %1$s I want to grow in my role as %2$s and take "
                                         "on a wider scope."),
                                       next_years, context->target->title_of));
  else if (way == LADDER_MOVE_DOWN)
    /* Translators: %1$s is "the next three years", %2$s a rung below the person's own */
    say_take (answer, g_strdup_printf (_("Over %1$s I want to move to the role of %2$s."),
                                       next_years, context->target->title_of));
  else if (!plan_reaches (context, context->target))
    /* The plan says the target does not fit the horizon: no promise that it does.
     * Translators: %1$s is "the next year" or "the next three years", %2$s the target rung,
     * which the plan does not reach within them */
    say_take (answer, g_strdup_printf (_("Over %1$s I want to build the foundations for the "
                                         "role of %2$s."),
                                       next_years, context->target->title_of));
  else if (ladder_framework_get_n_tracks (context->framework) == 1)
    /* Translators: %1$s is "the next three years", %2$s the target rung (a company's ladder with
     * one track) */
    say_take (answer, g_strdup_printf (_("Over %1$s I want to grow into the role of %2$s."),
                                       next_years, context->target->title_of));
  else if (ladder_framework_is_management (context->framework, context->target->track))
    /* Translators: %1$s is "the next three years", %2$s the target rung */
    say_take (answer, g_strdup_printf (_("Over %1$s I want to grow into the role of %2$s and "
                                         "lead a team on the management track."),
                                       next_years, context->target->title_of));
  else
    /* Translators: %1$s is "the next three years", %2$s the target rung */
    say_take (answer, g_strdup_printf (_("Over %1$s I want to grow into the role of %2$s, going "
                                         "deeper in the craft on the expert track."),
                                       next_years, context->target->title_of));

  {
    const char *company = ladder_profile_get_applying_company (context->profile);
    const char *role = ladder_profile_get_applying_role (context->profile);

    if (company != NULL && role != NULL)
      /* Translators: %1$s is the company the person applies to, %2$s the role there */
      say_take (answer, g_strdup_printf (_("That is why the role of %2$s at %1$s appeals to me: "
                                           "it is the next step on this path."), company, role));
    else if (role != NULL)
      /* Translators: %s is the role the person applies for */
      say_take (answer, g_strdup_printf (_("That is why the role of %s appeals to me: it is the "
                                           "next step on this path."), role));
    else if (company != NULL)
      /* Translators: %s is the company the person applies to */
      say_take (answer, g_strdup_printf (_("That is why %s appeals to me: it is the right place "
                                           "for the next step on this path."), company));
  }

  if (n_strong == 2)
    {
      g_autofree char *s1 = spoken_skill (context, strong1);
      g_autofree char *s2 = spoken_skill (context, strong2);

      /* Translators: %1$s and %2$s are skills */
      say_take (answer, g_strdup_printf (_("My strongest skills are %1$s and %2$s."), s1, s2));
    }
  else if (n_strong == 1)
    {
      g_autofree char *s1 = spoken_skill (context, strong1);

      /* Translators: %s is a skill */
      say_take (answer, g_strdup_printf (_("My strongest skill is %s."), s1));
    }
  if (trying)
    {
      const LadderProfileSkill *mentoring = ladder_profile_lookup_skill (context->profile,
                                                                         "mentoring");

      if (mentoring != NULL && mentoring->current >= 2)
        say (answer, _("Mentoring people has shown me that I get the most done by helping others "
                       "succeed."));
      say (answer, _("Before I commit, I want to try leading people and decide with my manager "
                     "whether it suits me."));
    }
  else if (way != LADDER_MOVE_DOWN &&
           !ladder_framework_is_management (context->framework, context->target->track))
    say (answer, _("I do my best work when I own a problem from start to finish."));

  if (step1 != NULL && step2 != NULL)
    {
      g_autofree char *a = spoken_step (step1->title), *b = spoken_step (step2->title);

      /* Translators: %1$s and %2$s are the plan's first two steps, as verb phrases */
      say_take (answer, g_strdup_printf (_("This year I plan to %1$s, and then to %2$s."), a, b));
    }
  else if (step1 != NULL)
    {
      g_autofree char *a = spoken_step (step1->title);

      /* Translators: %s is the plan's first step, as a verb phrase */
      say_take (answer, g_strdup_printf (_("This year I plan to %s."), a));
    }

  if (checkpoint != NULL && g_str_has_prefix (checkpoint->id, "checkpoint-"))
    {
      const LadderRung *rung = ladder_framework_lookup_rung (context->framework,
                                                             context->target->track,
                                                             checkpoint->id +
                                                             strlen ("checkpoint-"));

      if (rung != NULL && way == LADDER_MOVE_UP)
        {
          g_autofree char *within = years_said (checkpoint->year, FALSE);

          /* Translators: %1$s is a time in words ("three years"), %2$s the rung as it reads
           * after "the role of" */
          say_take (answer, g_strdup_printf (_("I aim to be ready for the role of %2$s within "
                                               "%1$s."), within, rung->title_of));
        }
    }
  say (answer, _("I measure my progress by results, not by intentions."));
  return g_string_free (answer, FALSE);
}

static char *
draft_role_goals (Context *context)
{
  GString *answer = g_string_new (NULL);
  gboolean lead = leads_people (context, context->target);
  const LadderPlanItem *step = nth_item (context, "action", 1, 0);
  const char *company = ladder_profile_get_applying_company (context->profile);
  const char *role = ladder_profile_get_applying_role (context->profile);
  g_autofree char *role_folded = role != NULL ? g_utf8_casefold (role, -1) : NULL;
  g_autofree char *target_folded = g_utf8_casefold (context->target->title, -1);
  g_autofree char *target_id = g_strdelimit (g_strdup (context->target->id), "-", ' ');
  /* Applying for the target rung itself ("Product Team Lead" for Team lead, by its title in
   * the interface's language or its id): once hired, the person is there, and grows in the role
   * rather than toward it, without first trying it. */
  gboolean applying_for_target = role_folded != NULL &&
                                 (strstr (role_folded, target_folded) != NULL ||
                                  strstr (role_folded, target_id) != NULL);

  if (applying_for_target && step != NULL && g_str_equal (step->id, "trial-lead"))
    step = nth_item (context, "action", 1, 1);

  if (company != NULL)
    /* Translators: %s is the company the person applies to */
    say_take (answer, g_strdup_printf (_("At %s, in my first 30 days I would get to know the "
                                         "people, the users and the metrics, and agree with my "
                                         "manager what success looks like."), company));
  else if (lead)
    say (answer, _("In my first 30 days I would get to know the people on the team, the users "
                   "and the metrics, and agree with my manager what success looks like."));
  else
    say (answer, _("In my first 30 days I would get to know the users, the metrics and the "
                   "team, and agree with my manager what success looks like."));
  say (answer, _("By day 60 I would deliver one quick win that the team and the users notice."));
  if (lead)
    say (answer, _("By day 90 I would own the team’s goals and hold regular one-to-ones with "
                   "everyone on the team."));
  else
    say (answer, _("By day 90 I would own the roadmap for my area and the decisions behind "
                   "it."));
  /* Translators: the words in brackets are placeholders the person replaces with the job's own
   * numbers; keep the brackets */
  say (answer, _("For the first year I would agree two or three outcomes with my manager, for "
                 "example moving [the product’s key metric] from [today’s value] to [the "
                 "target], and report on them every quarter."));
  if (step != NULL && applying_for_target)
    {
      g_autofree char *a = spoken_step (step->title);

      /* Translators: %s is a step of the person's plan; said when they apply for the very rung
       * they work toward */
      say_take (answer, g_strdup_printf (_("Alongside, I will keep growing in the role: first, "
                                           "I will %s."), a));
    }
  else if (step != NULL)
    {
      g_autofree char *a = spoken_step (step->title);

      /* Translators: %1$s is the rung the person works toward, %2$s a step of their plan */
      say_take (answer, g_strdup_printf (_("Alongside, I will keep growing toward %1$s: first, "
                                           "I will %2$s."),
                                         context->target->title_of, a));
    }
  else
    /* Translators: %s is the rung the person works toward */
    say_take (answer, g_strdup_printf (_("Alongside, I will keep growing toward %s."),
                                       context->target->title_of));
  return g_string_free (answer, FALSE);
}

static char *
draft_how_to_reach (Context *context)
{
  GString *answer = g_string_new (NULL);
  const LadderPlanItem *first = nth_item (context, "action", 1, 0);
  g_autofree char *evidence = latest_evidence (context);
  const char *gap1, *gap2;
  guint n_gaps = gaps_to (context, context->target, &gap1, &gap2);

  say (answer, _("I work from a written plan, quarter by quarter."));
  if (n_gaps == 2)
    {
      g_autofree char *g1 = spoken_skill (context, gap1);
      g_autofree char *g2 = spoken_skill (context, gap2);

      /* Translators: %1$s is the target rung, %2$s and %3$s two skills */
      say_take (answer, g_strdup_printf (_("I start with my largest gaps to %1$s: %2$s and "
                                           "%3$s."), context->target->title_of, g1, g2));
    }
  else if (n_gaps == 1)
    {
      g_autofree char *g1 = spoken_skill (context, gap1);

      /* Translators: %1$s is the target rung, %2$s a skill */
      say_take (answer, g_strdup_printf (_("I start with my largest gap to %1$s: %2$s."),
                                         context->target->title_of, g1));
    }
  else
    /* Translators: %s is the rung the person works toward */
    say_take (answer, g_strdup_printf (_("My skills already meet what %s asks for, so I focus "
                                         "on a wider scope and on results other people can "
                                         "see."), context->target->title_of));
  if (first != NULL)
    {
      g_autofree char *step = spoken_step (first->title);

      if (first->outcome != NULL && *first->outcome != '\0')
        {
          g_autofree char *outcome = spoken_step (first->outcome);

          /* Translators: %1$s is a step, as a verb phrase; %2$s what shows it is done */
          say_take (answer, g_strdup_printf (_("My first step is to %1$s, and it is done when I "
                                               "can show this: %2$s."), step, outcome));
        }
      else
        /* Translators: %s is a step, as a verb phrase */
        say_take (answer, g_strdup_printf (_("My first step is to %s."), step));
    }
  if (evidence != NULL)
    /* Translators: %s is the person's own latest evidence, in their words */
    say_take (answer, g_strdup_printf (_("I keep a record of evidence as I go; the latest "
                                         "entry: %s."), evidence));
  else
    say (answer, _("I will keep a record of evidence as I go, so that every step can be "
                   "shown."));
  say (answer, _("I will review the plan with my manager every quarter, adjust it when the "
                 "business changes, and ask for feedback early instead of waiting for the "
                 "performance review."));
  return g_string_free (answer, FALSE);
}

static char *
draft_three_year_plan (Context *context)
{
  GString *answer = g_string_new (NULL);
  guint years = ladder_planner_get_years (context->profile);
  const char *reason = industry_reason (context->profile);
  const char *focus1 = NULL, *focus2 = NULL;
  guint n_focus = gaps_to (context, context->target, &focus1, &focus2);

  for (guint year = 1; year <= years; year++)
    {
      const LadderPlanItem *goal = nth_item (context, "goal", year, 0);
      g_autofree char *text = NULL;
      const char *sentence;

      if (goal == NULL || goal->year != year)
        continue;
      text = spoken (goal->title);
      switch (years == 1 ? 0 : year)
        {
        /* Translators: %s is the year's goal, as a verb phrase */
        case 0: sentence = _("Over the next year I want to %s."); break;
        /* Translators: %s is the first year's goal, as a verb phrase */
        case 1: sentence = _("In the first year I want to %s."); break;
        /* Translators: %s is the second year's goal, as a verb phrase */
        case 2: sentence = _("In the second year, to %s."); break;
        /* Translators: %s is the third year's goal, as a verb phrase */
        case 3: sentence = _("In the third year, to %s."); break;
        /* Translators: %s is the fourth year's goal, as a verb phrase */
        case 4: sentence = _("In the fourth year, to %s."); break;
        /* Translators: %s is the fifth year's goal, as a verb phrase */
        default: sentence = _("In the fifth year, to %s."); break;
        }
      say_take (answer, g_strdup_printf (sentence, text));
    }
  if (n_focus == 2)
    {
      g_autofree char *f1 = spoken_skill (context, focus1);
      g_autofree char *f2 = spoken_skill (context, focus2);

      /* Translators: %1$s and %2$s are skills */
      say_take (answer, g_strdup_printf (_("All the way through I will keep investing in %1$s "
                                           "and %2$s."), f1, f2));
    }
  else if (n_focus == 1)
    {
      g_autofree char *f1 = spoken_skill (context, focus1);

      /* Translators: %s is a skill */
      say_take (answer, g_strdup_printf (_("All the way through I will keep investing in %s."),
                                         f1));
    }
  if (reason != NULL)
    /* Translators: %s is a clause about the person's industry, "in e-commerce every decision
     * shows up in the numbers within days" */
    say_take (answer, g_strdup_printf (_("I also keep in mind that %s."), reason));
  if (toward (context) == LADDER_MOVE_UP)
    /* Translators: %s is the target rung */
    say_take (answer, g_strdup_printf (_("I would rather reach %s one rung at a time, proving "
                                         "each step, than promise a title."),
                                       context->target->title_of));
  else
    say (answer, _("Whatever the title, I want each year to leave something other people can "
                   "see and use."));
  return g_string_free (answer, FALSE);
}

/**
 * ladder_interview_answer_in:
 * @language: one of ladder_format_languages()
 *
 * The answer to @question as it reads in @language: an answer the person edited (or wrote for
 * their own question) as they wrote it; a draft as Ladder drafts it in @language, from the
 * plan's words in that language. The interface keeps its own language.
 *
 * Returns: (transfer full) (nullable): the answer, or %NULL when there is none
 */
char *
ladder_interview_answer_in (LadderProfile *profile,
                            const char    *question,
                            const char    *language)
{
  const LadderAnswer *answer;
  g_autoptr (LadderProfile) copy = NULL;
  LadderLanguageSaved *saved;
  char *draft;

  g_return_val_if_fail (LADDER_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (ladder_format_is_language (language), NULL);

  answer = ladder_profile_lookup_answer (profile, question);
  if (answer == NULL)
    return NULL;
  if (answer->edited || g_str_has_prefix (question, "custom:") ||
      g_str_equal (language, ladder_format_language ()))
    return g_strdup (answer->answer);
  copy = ladder_profile_copy (profile);
  saved = ladder_format_use_language (language);
  ladder_planner_localize (ladder_profile_get_framework (copy), copy);
  draft = ladder_interview_draft (ladder_profile_get_framework (copy), copy, question);
  ladder_format_restore_language (saved);
  return draft;
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
  if (!answer->edited)
    {
      /* Drafted by an earlier way of drafting, or in another language. */
      g_autofree char *drafted_as = ladder_interview_drafted_as ();

      if (g_strcmp0 (answer->drafted_as, drafted_as) != 0)
        return TRUE;
    }
  return g_strcmp0 (answer->plan_generated, ladder_profile_get_plan_generated (profile)) != 0;
}

/**
 * ladder_interview_drafted_as:
 *
 * Returns: (transfer full): what drafts are made with now: the drafting's version and the
 * language, "2:ru"; an untouched draft made otherwise is made again
 */
char *
ladder_interview_drafted_as (void)
{
  return g_strdup_printf ("%u:%s", LADDER_INTERVIEW_DRAFTING, ladder_format_language ());
}

typedef enum
{
  DRAFT_MISSING,          /* answers that are not there, or empty */
  DRAFT_MISSING_OR_STALE, /* … and unedited ones drafted for another plan, language or drafting */
  DRAFT_UNTOUCHED,        /* every unedited answer there is */
} Which;

/* Drafts the answers @which names; an answer the person edited is never touched. */
static void
draft_answers (LadderFramework *framework,
               LadderProfile   *profile,
               Which            which)
{
  g_autofree char *drafted_as = ladder_interview_drafted_as ();

  for (guint i = 0; questions[i] != NULL; i++)
    {
      const LadderAnswer *answer = ladder_profile_lookup_answer (profile, questions[i]);
      gboolean missing = answer == NULL || answer->answer == NULL || *answer->answer == '\0';
      g_autofree char *draft = NULL;

      if (answer != NULL && answer->edited)
        continue;
      if (which == DRAFT_UNTOUCHED)
        {
          if (answer == NULL)
            continue;
        }
      else if (!missing && (which == DRAFT_MISSING ||
                            !ladder_interview_is_stale (profile, questions[i])))
        continue;
      draft = ladder_interview_draft (framework, profile, questions[i]);
      if (which == DRAFT_UNTOUCHED && g_strcmp0 (draft, answer->answer) == 0)
        continue;
      ladder_profile_set_draft (profile, questions[i], draft,
                                ladder_profile_get_plan_generated (profile), drafted_as);
    }
}

/**
 * ladder_interview_redraft_untouched:
 *
 * Drafts again every answer the person has not edited, after something the drafts say
 * changed (the company or role they apply for).
 */
void
ladder_interview_redraft_untouched (LadderFramework *framework,
                                    LadderProfile   *profile)
{
  g_return_if_fail (LADDER_IS_FRAMEWORK (framework));
  g_return_if_fail (LADDER_IS_PROFILE (profile));

  draft_answers (framework, profile, DRAFT_UNTOUCHED);
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

  draft_answers (framework, profile, redraft_stale ? DRAFT_MISSING_OR_STALE : DRAFT_MISSING);
}
