/* SPDX-License-Identifier: GPL-3.0-or-later
 * Interview drafts: built from the profile and plan, in the person's language, and never
 * replacing what the person wrote. */
#include "config.h"

#include "ladder-test-env.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ladder-interview.h"
#include "ladder-planner.h"
#include "ladder-store.h"
#include "ladder-test-samples.h"

static const char *samples[] = { "li-wei-ai-startup.json", "anna-petrova-saas-enterprise.json",
                                 "zhang-min-ecommerce.json" };

static gboolean
contains_casefold (const char *haystack,
                   const char *needle)
{
  g_autofree char *h = g_utf8_casefold (haystack, -1);
  g_autofree char *n = g_utf8_casefold (needle, -1);

  return strstr (h, n) != NULL;
}

static void
test_names_target_and_step (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();

  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    {
      g_autoptr (LadderProfile) profile = ladder_test_load_sample (samples[s]);
      const LadderRung *target;

      ladder_planner_regenerate (framework, profile);
      target = ladder_framework_lookup_rung (framework, ladder_profile_get_target_track (profile),
                                             ladder_profile_get_target_rung (profile));
      for (guint q = 0; ladder_interview_questions ()[q] != NULL; q++)
        {
          const char *question = ladder_interview_questions ()[q];
          g_autofree char *draft = ladder_interview_draft (framework, profile, question);
          gboolean has_step = FALSE;
          guint words = 0;

          g_assert_nonnull (strstr (draft, target->title));
          for (guint i = 0; i < ladder_profile_get_n_plan_items (profile); i++)
            {
              /* Said aloud, a step stops at its colon ("try leading people before I commit"). */
              g_auto (GStrv) parts = g_strsplit (ladder_profile_get_plan_item (profile, i)->title,
                                                 ": ", 2);
              g_autofree char *spoken = ladder_interview_speaker_words (parts[0]);

              has_step |= contains_casefold (draft, spoken);
            }
          if (!has_step)
            g_error ("%s: no planned step in: %s", question, draft);
          /* Interview length: about 45 to 90 seconds aloud. */
          for (const char *p = draft; *p != '\0'; p++)
            words += *p == ' ';
          g_assert_cmpuint (words, >=, 80);
          g_assert_cmpuint (words, <=, 220);
          /* No unfilled slot, no markup. */
          g_assert_false (g_regex_match_simple ("%[0-9]*\\$?[sdug]", draft, 0, 0));
          g_assert_null (strstr (draft, "(null)"));
        }
    }
}

static void
test_speaker_words (void)
{
  g_autofree char *a = ladder_interview_speaker_words ("prioritise your backlog with you");
  g_autofree char *b = ladder_interview_speaker_words ("young yourself youth");
  g_autofree char *c = ladder_interview_speaker_words ("ask an engineer to show you what you "
                                                       "call, and walk you through it");

  /* "You" as an object is "me", as a subject "I". */
  g_assert_cmpstr (a, ==, "prioritise my backlog with me");
  g_assert_cmpstr (b, ==, "young myself youth");
  g_assert_cmpstr (c, ==, "ask an engineer to show me what I call, and walk me through it");
}

/* A target the plan does not reach within its years is not promised: a product assistant at a
 * fintech start-up with one year to become a PM builds the foundations for it. */
static void
test_no_promise_beyond_plan (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Priya");
  g_autofree char *fit = NULL;
  g_autofree char *draft = NULL;

  ladder_profile_set_position (profile, "expert", "assistant");
  ladder_profile_set_target (profile, "expert", "pm");
  ladder_profile_set_horizon_years (profile, 1);
  ladder_profile_set_industry (profile, "fintech");
  ladder_profile_set_company_size (profile, "startup");
  ladder_profile_set_background (profile, "business");
  /* Where an assistant is expected to be. */
  for (guint i = 0; i < ladder_framework_get_n_skills (framework); i++)
    ladder_profile_set_skill_levels (profile, ladder_framework_get_skill (framework, i)->id,
                                     ladder_framework_lookup_rung (framework, "expert",
                                                                   "assistant")->expects[i], 0);
  ladder_planner_regenerate (framework, profile);
  fit = ladder_planner_describe_fit (framework, profile, NULL, NULL);
  g_assert_nonnull (fit);
  draft = ladder_interview_draft (framework, profile, "career-plan");
  g_assert_nonnull (strstr (draft, "Over the next year I want to build the foundations for the "
                                   "role of Product Manager."));
  g_assert_null (strstr (draft, "grow into"));
  g_assert_null (strstr (draft, "ready for the role"));

  /* With three years it fits, and the draft says where it leads. */
  ladder_profile_set_horizon_years (profile, 3);
  ladder_planner_regenerate (framework, profile);
  g_clear_pointer (&draft, g_free);
  draft = ladder_interview_draft (framework, profile, "career-plan");
  g_assert_nonnull (strstr (draft, "grow into the role of Product Manager"));
}

/* A senior PM with no reports heading for team lead says once that they will try leading people
 * first, and names other steps as this year's plan. */
static void
test_trial_said_once (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Oleg");
  g_autofree char *draft = NULL;
  const char *first;

  ladder_profile_set_position (profile, "expert", "senior-pm");
  ladder_profile_set_target (profile, "management", "team-lead");
  ladder_profile_set_industry (profile, "hardware");
  ladder_profile_set_company_size (profile, "enterprise");
  ladder_planner_regenerate (framework, profile);
  draft = ladder_interview_draft (framework, profile, "career-plan");
  first = strstr (draft, "try leading people");
  g_assert_nonnull (first);
  g_assert_null (strstr (first + 1, "try leading people"));
  g_assert_nonnull (strstr (draft, "This year I plan to "));

  /* Interviewing for a team lead's job itself, the goals grow in that role, not toward it, and
   * do not start by trying it. */
  ladder_profile_set_applying (profile, "Nordlicht Devices", "Product Team Lead");
  g_clear_pointer (&draft, g_free);
  draft = ladder_interview_draft (framework, profile, "role-goals");
  g_assert_nonnull (strstr (draft, "I will keep growing in the role: first, I will "));
  g_assert_null (strstr (draft, "toward Team lead"));
  g_assert_null (strstr (draft, "try leading people"));
}

static void
test_edits_survive (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("li-wei-ai-startup.json");
  const LadderAnswer *answer;
  g_autofree char *before = NULL;

  ladder_planner_regenerate (framework, profile);
  ladder_interview_fill (framework, profile, TRUE);
  g_assert_cmpuint (ladder_profile_get_n_answers (profile), ==, 4);
  before = g_strdup (ladder_profile_lookup_answer (profile, "three-year-plan")->answer);
  ladder_profile_set_answer (profile, "career-plan", "In my words <&> 🚀", TRUE,
                             ladder_profile_get_plan_generated (profile));

  g_usleep (1100000); /* a new "generated" stamp: the plan really is newer */
  ladder_profile_set_target (profile, "management", "core-member");
  ladder_planner_regenerate (framework, profile);
  g_assert_true (ladder_interview_is_stale (profile, "career-plan"));
  ladder_interview_fill (framework, profile, TRUE);

  answer = ladder_profile_lookup_answer (profile, "career-plan");
  g_assert_cmpstr (answer->answer, ==, "In my words <&> 🚀");
  g_assert_true (answer->edited);
  /* An answer nobody touched follows the new plan. */
  answer = ladder_profile_lookup_answer (profile, "three-year-plan");
  g_assert_cmpstr (answer->answer, !=, before);
  g_assert_nonnull (strstr (answer->answer, "Team core member"));
  g_assert_false (ladder_interview_is_stale (profile, "three-year-plan"));
}

static void
test_own_question (void)
{
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("anna-petrova-saas-enterprise.json");
  g_autofree char *id = ladder_profile_add_question (profile, "Why leave your team?");
  g_autofree char *data = NULL;
  g_autoptr (LadderProfile) again = NULL;
  g_autoptr (GError) error = NULL;
  LadderAnswer *removed;
  guint index;

  ladder_profile_set_answer (profile, id, "Because I want to lead one.", TRUE, NULL);
  data = ladder_profile_to_data (profile, NULL);
  again = ladder_profile_new_from_data (data, strlen (data), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_interview_question_text (again, id), ==, "Why leave your team?");
  g_assert_cmpstr (ladder_profile_lookup_answer (again, id)->answer, ==,
                   "Because I want to lead one.");

  removed = ladder_profile_remove_answer (profile, id, &index);
  g_assert_nonnull (removed);
  g_assert_null (ladder_profile_lookup_answer (profile, id));
  ladder_profile_insert_answer (profile, index, removed);
  g_assert_nonnull (ladder_profile_lookup_answer (profile, id));
}

/* No English sentence in a translated draft: two lower-case Latin words in a row give one
 * away. The person's own evidence, which may be in any language, is left out of the check. */
static void
check_language (const char *language)
{
  g_autoptr (GRegex) english = g_regex_new ("\\b[a-z]{2,}\\s+[a-z]{2,}\\b", 0, 0, NULL);
  g_autoptr (LadderFramework) framework = NULL;

  ladder_test_use_language (language);
  framework = ladder_framework_new_builtin ();
  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    {
      g_autoptr (LadderProfile) profile = ladder_test_load_sample (samples[s]);

      ladder_planner_regenerate (framework, profile);
      for (guint q = 0; ladder_interview_questions ()[q] != NULL; q++)
        {
          g_autofree char *draft = ladder_interview_draft (framework, profile,
                                                           ladder_interview_questions ()[q]);
          g_autoptr (GString) checked = g_string_new (draft);

          for (guint e = 0; e < ladder_profile_get_n_evidence (profile); e++)
            {
              g_autofree char *text = g_strdup (ladder_profile_get_evidence (profile, e)->text);

              g_strstrip (text);
              while (g_str_has_suffix (text, "."))
                text[strlen (text) - 1] = '\0';
              g_string_replace (checked, text, "", 0);
              /* Mid-sentence it starts with a small letter. */
              text[0] = g_ascii_tolower (text[0]);
              g_string_replace (checked, text, "", 0);
            }
          if (g_regex_match (english, checked->str, 0, NULL))
            g_error ("%s: English left in: %s", language, checked->str);
        }
    }
  ladder_test_use_language ("C");
}

/* Each language in a fresh process: glibc keeps the plural forms of the first language it
 * looked a message up in. */
static void
test_translated (gconstpointer data)
{
  if (g_test_subprocess ())
    {
      check_language (data);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* Russian drafts a woman can say as they are: no masculine past tense or short adjective about
 * the speaker ("я выбрал", "готов"), for every sample, with every target rung. */
/* A rung's title inside a sentence is declined ("до роли руководителя команды"), never quoted
 * in the nominative ("до роли «Руководитель команды»", "к ступени «…»"). */
static void
assert_titles_declined (LadderFramework *framework,
                        const char      *text)
{
  if (g_regex_match_simple ("ступен\\p{L}* «", text, 0, 0))
    g_error ("“ступень «…»” in “%s”", text);
  for (guint t = 0; t < ladder_framework_get_n_tracks (framework); t++)
    {
      const LadderTrack *track = ladder_framework_get_track (framework, t);

      for (guint r = 0; r < track->n_rungs; r++)
        {
          g_autofree char *quoted = g_strdup_printf ("«%s»", track->rungs[r].title);

          if (strstr (text, quoted) != NULL)
            g_error ("%s, quoted, in “%s”", quoted, text);
        }
    }
}

static void
test_russian_no_gender (void)
{
  LadderFramework *framework = NULL;
  const char *samples[] = { "li-wei-ai-startup.json", "anna-petrova-saas-enterprise.json",
                            "zhang-min-ecommerce.json" };
  const char *patterns[] = {
    "(^|[^\\p{L}])[Яя]( \\p{L}+)? \\p{L}+(л|лся)([^\\p{L}]|$)", /* я выбрал, я уже решил(ся) */
    "(^|[^\\p{L}])(готов|уверен|рад|способен|должен|сам)([^\\p{L}]|$)",
    /* the plan speaks to the reader; an answer is the speaker's own words (R2) */
    "(^|[^\\p{L}])([Вв]ы|[Вв]ас|[Вв]ам|[Вв]ами|[Вв]аш\\p{L}*)([^\\p{L}]|$)",
  };

  ladder_test_use_language ("ru");
  framework = ladder_framework_new_builtin ();
  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    for (guint t = 0; t < ladder_framework_get_n_tracks (framework); t++)
      {
        const LadderTrack *track = ladder_framework_get_track (framework, t);

        for (guint r = 0; r < track->n_rungs; r++)
          {
            g_autoptr (LadderProfile) profile = ladder_test_load_sample (samples[s]);

            ladder_profile_set_target (profile, track->id, track->rungs[r].id);
            ladder_planner_regenerate (framework, profile);
            ladder_interview_fill (framework, profile, TRUE);
            for (guint a = 0; a < ladder_profile_get_n_answers (profile); a++)
              {
                const char *text = ladder_profile_get_answer (profile, a)->answer;

                for (guint p = 0; p < G_N_ELEMENTS (patterns); p++)
                  if (g_regex_match_simple (patterns[p], text, 0, 0))
                    g_error ("%s, target %s: a gendered form in “%s”", samples[s],
                             track->rungs[r].id, text);
                assert_titles_declined (framework, text);
              }
            for (guint i = 0; i < ladder_profile_get_n_plan_items (profile); i++)
              assert_titles_declined (framework, ladder_profile_get_plan_item (profile, i)->title);
          }
      }
  g_object_unref (framework);
  ladder_test_use_language ("C");
}

/* Every claim in a draft is backed by the profile: profiles unlike the samples (all skills at
 * 0 or at 5, staying on one's rung, moving down, no evidence), each answer checked for what it
 * may not say. */
static void
test_claims_backed (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  const struct
  {
    const char *track, *rung, *target_track, *target_rung;
    int level;
    gboolean evidence;
  } cases[] = {
    { "expert", "pm", "expert", "senior-pm", 0, FALSE },
    { "expert", "pm", "expert", "senior-pm", 5, TRUE },
    { "expert", "senior-pm", "expert", "senior-pm", -1, FALSE },
    { "management", "director", "expert", "senior-pm", -1, FALSE },
    { "expert", "senior-pm", "management", "team-lead", -1, TRUE },
    { "expert", "assistant", "expert", "expert", 0, FALSE },
  };
  g_autoptr (GRegex) code = g_regex_new ("\\bL[0-9]+[:：]", 0, 0, NULL);
  g_autoptr (GRegex) hole = g_regex_new ("( [.,;:])|(  )|(to \\.)|(\\(null\\))|(%)", 0, 0, NULL);

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr (LadderProfile) profile = ladder_profile_new ("Case");
      const LadderRung *current = ladder_framework_lookup_rung (framework, cases[c].track,
                                                                cases[c].rung);
      gboolean above = FALSE;

      ladder_profile_set_position (profile, cases[c].track, cases[c].rung);
      ladder_profile_set_target (profile, cases[c].target_track, cases[c].target_rung);
      for (guint i = 0; i < ladder_framework_get_n_skills (framework); i++)
        {
          int level = cases[c].level >= 0 ? cases[c].level : current->expects[i];

          ladder_profile_set_skill_levels (profile, ladder_framework_get_skill (framework, i)->id,
                                           level, 0);
          above |= level >= current->expects[i] + 1;
        }
      if (cases[c].evidence)
        {
          /* Evidence comes from the file (the app has no editor for it yet). */
          g_autofree char *data = ladder_profile_to_data (profile, NULL);
          g_autoptr (GError) error = NULL;
          g_autoptr (GRegex) empty = g_regex_new ("\"evidence\" *: *\\[\\s*\\]", 0, 0, NULL);
          g_autofree char *text = g_regex_replace_literal (
            empty, data, -1, 0,
            "\"evidence\": [{\"date\": \"2026-10-01\", \"text\": \"Shipped the pricing "
            "page.\"}]", 0, NULL);

          g_assert_nonnull (strstr (text, "pricing page"));
          g_clear_object (&profile);
          profile = ladder_profile_new_from_data (text, strlen (text), &error);
          g_assert_no_error (error);
        }
      ladder_planner_regenerate (framework, profile);
      for (guint q = 0; ladder_interview_questions ()[q] != NULL; q++)
        {
          g_autofree char *draft = ladder_interview_draft (framework, profile,
                                                           ladder_interview_questions ()[q]);

          g_test_message ("case %u, %s: %s", c, ladder_interview_questions ()[q], draft);
          g_assert_false (g_regex_match (code, draft, 0, NULL));
          g_assert_false (g_regex_match (hole, draft, 0, NULL));
          g_assert_null (strstr (draft, "checkpoint"));
          if (!above)
            g_assert_null (strstr (draft, "strongest"));
          if (!cases[c].evidence)
            g_assert_null (strstr (draft, "latest entry"));
          else if (g_str_equal (ladder_interview_questions ()[q], "how-to-reach"))
            g_assert_nonnull (strstr (draft, "shipped the pricing page"));
          if (current->seniority >= ladder_framework_lookup_rung (
                framework, cases[c].target_track, cases[c].target_rung)->seniority)
            g_assert_null (strstr (draft, "grow into the role"));
        }
    }
}

/* Untouched drafts made by an earlier way of drafting, or in another language, are made again
 * when the drafts are filled; an answer the person edited never is. */
static void
test_drafts_follow (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("li-wei-ai-startup.json");
  const LadderAnswer *answer;

  if (g_test_subprocess ())
    {
      g_autoptr (LadderFramework) russian = NULL;

      ladder_planner_regenerate (framework, profile);
      ladder_interview_fill (framework, profile, TRUE);
      ladder_profile_set_answer (profile, "how-to-reach", "My own words.", TRUE,
                                 ladder_profile_get_plan_generated (profile));
      /* A draft from an earlier version: no "drafted_as". */
      ladder_profile_set_answer (profile, "role-goals", "Old draft.", FALSE,
                                 ladder_profile_get_plan_generated (profile));
      g_assert_true (ladder_interview_is_stale (profile, "role-goals"));
      g_assert_false (ladder_interview_is_stale (profile, "career-plan"));
      ladder_interview_fill (framework, profile, TRUE);
      g_assert_cmpstr (ladder_profile_lookup_answer (profile, "role-goals")->answer, !=,
                       "Old draft.");

      /* The same profile opened in Russian: the untouched drafts follow. */
      ladder_test_use_language ("ru");
      russian = ladder_framework_new_builtin ();
      g_assert_true (ladder_interview_is_stale (profile, "career-plan"));
      ladder_interview_fill (russian, profile, TRUE);
      answer = ladder_profile_lookup_answer (profile, "career-plan");
      g_assert_nonnull (strstr (answer->answer, "Сейчас я работаю"));
      g_assert_cmpstr (answer->drafted_as, ==, "2:ru");
      {
        /* Kept in the file. */
        g_autofree char *data = ladder_profile_to_data (profile, NULL);
        g_autoptr (LadderProfile) again = ladder_profile_new_from_data (data, strlen (data),
                                                                        NULL);

        g_assert_nonnull (again);
        g_assert_cmpstr (ladder_profile_lookup_answer (again, "career-plan")->drafted_as, ==,
                         "2:ru");
      }
      g_assert_cmpstr (ladder_profile_lookup_answer (profile, "how-to-reach")->answer, ==,
                       "My own words.");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  ladder_test_init_translations ();

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/interview/names-target-and-step", test_names_target_and_step);
  g_test_add_func ("/interview/speaker-words", test_speaker_words);
  g_test_add_func ("/interview/no-promise-beyond-plan", test_no_promise_beyond_plan);
  g_test_add_func ("/interview/trial-said-once", test_trial_said_once);
  g_test_add_func ("/interview/edits-survive", test_edits_survive);
  g_test_add_func ("/interview/own-question", test_own_question);
  g_test_add_func ("/interview/claims-backed", test_claims_backed);
  g_test_add_func ("/interview/drafts-follow", test_drafts_follow);
  g_test_add_data_func ("/interview/translated/zh_CN", "zh_CN", test_translated);
  g_test_add_data_func ("/interview/translated/ru", "ru", test_translated);
  g_test_add_func ("/interview/russian-no-gender", test_russian_no_gender);

  return g_test_run ();
}
