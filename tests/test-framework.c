/* SPDX-License-Identifier: GPL-3.0-or-later
 * The built-in framework is complete, and every one of its strings is translated. */
#include "config.h"

#include "ladder-test-env.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ladder-framework.h"

static void
test_complete (void)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
  const LadderTrack *expert, *management;
  static const char *groups[] = { "craft", "technical", "ai", "business", "leadership" };

  g_assert_cmpuint (ladder_framework_get_n_groups (framework), ==, G_N_ELEMENTS (groups));
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    g_assert_nonnull (ladder_framework_lookup_group (framework, groups[i]));

  g_assert_cmpuint (ladder_framework_get_n_skills (framework), >=, 18);
  for (guint i = 0; i < ladder_framework_get_n_skills (framework); i++)
    {
      const LadderSkill *skill = ladder_framework_get_skill (framework, i);

      g_assert_nonnull (ladder_framework_lookup_group (framework, skill->group));
      g_assert_cmpstr (skill->title, !=, "");
      for (guint l = 0; l < LADDER_N_LEVELS; l++)
        g_assert_cmpuint (strlen (skill->levels[l]), >, 10);
      /* No two skills share an id */
      g_assert_cmpint (ladder_framework_skill_index (framework, skill->id), ==, (int) i);
    }
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      guint n = 0;

      for (guint i = 0; i < ladder_framework_get_n_skills (framework); i++)
        n += g_str_equal (ladder_framework_get_skill (framework, i)->group, groups[g]);
      g_assert_cmpuint (n, >=, 3);
    }

  expert = ladder_framework_lookup_track (framework, "expert");
  management = ladder_framework_lookup_track (framework, "management");
  g_assert_cmpuint (expert->n_rungs, ==, 5);
  g_assert_cmpuint (management->n_rungs, ==, 4);
  g_assert_cmpstr (expert->rungs[0].id, ==, "assistant");
  g_assert_cmpstr (expert->rungs[4].id, ==, "expert");
  g_assert_cmpstr (management->rungs[2].id, ==, "team-lead");

  for (guint t = 0; t < ladder_framework_get_n_tracks (framework); t++)
    {
      const LadderTrack *track = ladder_framework_get_track (framework, t);

      for (guint r = 0; r < track->n_rungs; r++)
        {
          const LadderRung *rung = &track->rungs[r];

          g_assert_cmpstr (rung->track, ==, track->id);
          g_assert_cmpuint (strlen (rung->scope), >, 3);
          g_assert_cmpuint (strlen (rung->expectations), >, 20);
          /* Every rung expects a level of every skill, and no rung expects less than the one
           * below it: the ladder only goes up. */
          for (guint s = 0; s < ladder_framework_get_n_skills (framework); s++)
            {
              g_assert_cmpint (rung->expects[s], >=, 0);
              g_assert_cmpint (rung->expects[s], <=, LADDER_LEVEL_MAX);
              if (r > 0)
                g_assert_cmpint (rung->expects[s], >=, track->rungs[r - 1].expects[s]);
            }
          if (r > 0)
            {
              g_assert_cmpuint (rung->years, >, track->rungs[r - 1].years);
              g_assert_cmpuint (rung->seniority, >, track->rungs[r - 1].seniority);
            }
        }
    }
  /* A team lead sits beside a principal PM. */
  g_assert_cmpuint (ladder_framework_lookup_rung (framework, "management", "team-lead")->seniority,
                    ==,
                    ladder_framework_lookup_rung (framework, "expert", "principal-pm")->seniority);
  g_assert_cmpint (ladder_framework_rung_expects (framework, &management->rungs[2],
                                                  "team-management"), >,
                   ladder_framework_rung_expects (framework, &expert->rungs[3],
                                                  "team-management"));
}

static void
test_json (void)
{
  g_autoptr (JsonNode) root = ladder_framework_to_json (ladder_framework_get_builtin ());
  JsonObject *object = json_node_get_object (root);
  JsonArray *tracks = json_object_get_array_member (object, "tracks");
  JsonObject *rung;

  g_assert_cmpstr (json_object_get_string_member (object, "format"), ==, "ladder-framework");
  g_assert_cmpint (json_object_get_int_member (object, "version"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (object, "skills")), ==,
                    ladder_framework_get_n_skills (ladder_framework_get_builtin ()));
  rung = json_array_get_object_element (
    json_object_get_array_member (json_array_get_object_element (tracks, 0), "rungs"), 1);
  g_assert_cmpstr (json_object_get_string_member (rung, "id"), ==, "pm");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (rung, "expects"),
                                               "apis"), ==, 2);
}

/* Builds a fresh framework in another language and checks no string is left in English. */
static void
check_translated (const char *language)
{
  LadderFramework *english = ladder_framework_get_builtin ();
  g_autoptr (LadderFramework) translated = NULL;
  guint untranslated = 0;

  ladder_test_use_language (language);
  translated = ladder_framework_new_builtin ();
  ladder_test_use_language ("C");

#define CHECK(a, b)                                                      \
  G_STMT_START {                                                         \
    if (g_strcmp0 ((a), (b)) == 0 && g_strcmp0 ((a), "AI") != 0)         \
      {                                                                  \
        g_test_message ("%s: untranslated: %s", language, (a));         \
        untranslated++;                                                  \
      }                                                                  \
  } G_STMT_END

  for (guint i = 0; i < ladder_framework_get_n_groups (english); i++)
    CHECK (ladder_framework_get_group (english, i)->title,
           ladder_framework_get_group (translated, i)->title);
  for (guint i = 0; i < ladder_framework_get_n_skills (english); i++)
    {
      const LadderSkill *a = ladder_framework_get_skill (english, i);
      const LadderSkill *b = ladder_framework_get_skill (translated, i);

      CHECK (a->title, b->title);
      for (guint l = 0; l < LADDER_N_LEVELS; l++)
        CHECK (a->levels[l], b->levels[l]);
    }
  for (guint t = 0; t < ladder_framework_get_n_tracks (english); t++)
    {
      const LadderTrack *a = ladder_framework_get_track (english, t);
      const LadderTrack *b = ladder_framework_get_track (translated, t);

      CHECK (a->title, b->title);
      for (guint r = 0; r < a->n_rungs; r++)
        {
          CHECK (a->rungs[r].title, b->rungs[r].title);
          CHECK (a->rungs[r].scope, b->rungs[r].scope);
          CHECK (a->rungs[r].expectations, b->rungs[r].expectations);
        }
    }
#undef CHECK
  g_assert_cmpuint (untranslated, ==, 0);
}

static void
test_translated_zh_cn (void)
{
  g_autoptr (LadderFramework) zh = NULL;

  check_translated ("zh_CN");
  ladder_test_use_language ("zh_CN");
  zh = ladder_framework_new_builtin ();
  g_assert_cmpstr (ladder_framework_lookup_rung (zh, "expert", "assistant")->title, ==, "产品助理");
  g_assert_cmpstr (ladder_framework_lookup_rung (zh, "expert", "principal-pm")->title, ==,
                   "资深产品经理");
  ladder_test_use_language ("C");
}

static void
test_translated_ru (void)
{
  check_translated ("ru");
}

static char *
builtin_as_text (void)
{
  g_autoptr (JsonNode) root = ladder_framework_to_json (ladder_framework_get_builtin ());

  return json_to_string (root, TRUE);
}

/* --export-framework's output reads back as the same framework: a company's own ladder can start
 * from it. */
static void
test_read_back (void)
{
  LadderFramework *builtin = ladder_framework_get_builtin ();
  g_autofree char *text = builtin_as_text ();
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFramework) read = ladder_framework_new_from_data (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (ladder_framework_get_id (read), ==, "builtin:pm");
  g_assert_cmpuint (ladder_framework_get_n_skills (read), ==,
                    ladder_framework_get_n_skills (builtin));
  g_assert_cmpuint (ladder_framework_get_n_tracks (read), ==, 2);
  for (guint t = 0; t < 2; t++)
    {
      const LadderTrack *a = ladder_framework_get_track (builtin, t);
      const LadderTrack *b = ladder_framework_get_track (read, t);

      g_assert_cmpuint (a->n_rungs, ==, b->n_rungs);
      for (guint r = 0; r < a->n_rungs; r++)
        {
          g_assert_cmpstr (a->rungs[r].title, ==, b->rungs[r].title);
          g_assert_cmpuint (a->rungs[r].seniority, ==, b->rungs[r].seniority);
          g_assert_cmpmem (a->rungs[r].expects, sizeof (int) * ladder_framework_get_n_skills (builtin),
                           b->rungs[r].expects, sizeof (int) * ladder_framework_get_n_skills (read));
        }
    }
  g_assert_cmpstr (ladder_framework_lookup_skill (read, "apis")->levels[5], ==,
                   ladder_framework_lookup_skill (builtin, "apis")->levels[5]);
}

static void
test_refuses (void)
{
  g_autofree char *text = builtin_as_text ();
  struct
  {
    const char *from;
    const char *to;
    const char *words;
  } cases[] = {
    { "\"ladder-framework\"", "\"ladder-profile\"", "not a Ladder framework" },
    { "\"version\" : 1", "\"version\" : 2", "version" },
    { "\"apis\" : 2", "\"apis\" : 9", "from 0 to 5" },
    { "\"apis\" : 2", "\"apis\" : 2, \"juggling\" : 1", "does not have" },
    { "\"apis\" : 2,", "", "apis" },
    { "\"group\" : \"technical\"", "\"group\" : \"space\"", "space" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GString) bad = g_string_new (text);
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderFramework) framework = NULL;

      g_assert_cmpuint (g_string_replace (bad, cases[i].from, cases[i].to, 1), ==, 1);
      framework = ladder_framework_new_from_data (bad->str, bad->len, &error);
      g_assert_null (framework);
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      if (strstr (error->message, cases[i].words) == NULL)
        g_error ("“%s” does not say “%s”", error->message, cases[i].words);
    }
}

/* Inputs the fuzzer once found a fault with: refused cleanly, or written back and read again. */
static void
test_fuzz_regressions (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "fuzz-framework", NULL);
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      g_autofree char *text = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderFramework) framework = NULL;
      g_autoptr (LadderFramework) again = NULL;
      g_autoptr (JsonNode) root = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      framework = ladder_framework_new_from_data (data, length, &error);
      if (framework == NULL)
        continue;
      root = ladder_framework_to_json (framework);
      text = json_to_string (root, FALSE);
      again = ladder_framework_new_from_data (text, strlen (text), &error);
      g_assert_no_error (error);
    }
}

#define BUILTIN_BEFORE_THE_MOVE "eb30e58faee5a239f0a206095a0501696603d194b55c7401fe64981217386718"

/* The built-in framework is data now: what the app reads is, word for word and number for number,
 * the data file, and that file is what the C tables gave before the move (it was written by
 * them; a checksum of the English export before the move is kept here). */
static void
test_builtin_is_data (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "framework",
                                                 "builtin-pm.json", NULL);
  g_autofree char *file = NULL;
  g_autofree char *text = builtin_as_text ();
  g_autofree char *checksum = NULL;
  g_autoptr (JsonParser) a = json_parser_new ();
  g_autoptr (JsonParser) b = json_parser_new ();

  g_assert_true (g_file_get_contents (path, &file, NULL, NULL));
  g_assert_true (json_parser_load_from_data (a, file, -1, NULL));
  g_assert_true (json_parser_load_from_data (b, text, -1, NULL));
  g_assert_true (json_node_equal (json_parser_get_root (a), json_parser_get_root (b)));
  {
    /* Added since the move, for company ladders: the framework's name, which track leads
     * people, the action library, the books to learn from and the planner's rules (moved in
     * from C, checked by /framework/action-per-level-step and /planner/rules-are-data).
     * Without them, the file is the move's byte for byte. */
    JsonObject *root = json_node_get_object (json_parser_get_root (a));
    JsonArray *skills = json_object_get_array_member (root, "skills");
    JsonArray *tracks = json_object_get_array_member (root, "tracks");
    g_autoptr (JsonGenerator) generator = json_generator_new ();
    g_autofree char *moved = NULL;

    json_object_remove_member (root, "name");
    json_object_remove_member (root, "rules");
    for (guint i = 0; i < json_array_get_length (skills); i++)
      {
        json_object_remove_member (json_array_get_object_element (skills, i), "actions");
        json_object_remove_member (json_array_get_object_element (skills, i), "resources");
      }
    for (guint i = 0; i < json_array_get_length (tracks); i++)
      json_object_remove_member (json_array_get_object_element (tracks, i), "management");
    json_generator_set_root (generator, json_parser_get_root (a));
    json_generator_set_pretty (generator, TRUE);
    json_generator_set_indent (generator, 2);
    moved = json_generator_to_data (generator, NULL);
    checksum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, moved, -1);
  }
  g_assert_cmpstr (checksum, ==, BUILTIN_BEFORE_THE_MOVE);
}

/* One action for each level step of every built-in skill: five a skill, each its own (never
 * another step's action, nor a level's descriptor handed back as work to do), and translated. */
static void
test_action_per_level_step (void)
{
  const char *languages[] = { "C", "ru", "zh_CN" };
  g_autoptr (GHashTable) english = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint n = 0; n < G_N_ELEMENTS (languages); n++)
    {
      g_autoptr (LadderFramework) framework = NULL;
      g_autoptr (GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);

      ladder_test_use_language (languages[n]);
      framework = ladder_framework_new_builtin ();
      for (guint i = 0; i < ladder_framework_get_n_skills (framework); i++)
        {
          const LadderSkill *skill = ladder_framework_get_skill (framework, i);

          for (guint t = 0; t < LADDER_N_STEPS; t++)
            {
              g_autofree char *key = g_strdup_printf ("%s-%u", skill->id, t);

              g_assert_nonnull (skill->action_titles[t]);
              g_assert_nonnull (skill->action_outcomes[t]);
              g_assert_cmpstr (skill->action_titles[t], !=, skill->action_outcomes[t]);
              g_assert_false (g_hash_table_contains (titles, skill->action_titles[t]));
              g_hash_table_add (titles, skill->action_titles[t]);
              for (guint l = 0; l < LADDER_N_LEVELS; l++)
                g_assert_cmpstr (skill->action_titles[t], !=, skill->levels[l]);
              if (n == 0)
                g_hash_table_insert (english, g_steal_pointer (&key),
                                     g_strdup (skill->action_titles[t]));
              else
                g_assert_cmpstr (skill->action_titles[t], !=,
                                 g_hash_table_lookup (english, key));
            }
        }
    }
  ladder_test_use_language ("C");
}

/* Every built-in skill names one to three books to learn from, with their authors; a ladder's
 * file may name its own, and an empty, non-text or fourth one is refused, naming the skill. */
static void
test_resources (void)
{
  LadderFramework *builtin = ladder_framework_get_builtin ();
  const char *bad[] = { "[]", "[\"\"]", "[3]", "[\"a\",\"b\",\"c\",\"d\"]" };

  for (guint i = 0; i < ladder_framework_get_n_skills (builtin); i++)
    {
      const LadderSkill *skill = ladder_framework_get_skill (builtin, i);

      g_assert_nonnull (skill->resources);
      g_assert_cmpuint (g_strv_length (skill->resources), >=, 1);
      g_assert_cmpuint (g_strv_length (skill->resources), <=, 3);
      for (guint r = 0; skill->resources[r] != NULL; r++)
        g_assert_true (g_str_has_suffix (skill->resources[r], ")"));
    }
  for (guint b = 0; b < G_N_ELEMENTS (bad); b++)
    {
      g_autoptr (JsonNode) root = ladder_framework_to_json (builtin);
      JsonObject *skill = json_array_get_object_element (
        json_object_get_array_member (json_node_get_object (root), "skills"), 1);
      g_autoptr (JsonNode) list = json_from_string (bad[b], NULL);
      g_autofree char *text = NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderFramework) framework = NULL;

      json_object_set_member (skill, "resources", g_steal_pointer (&list));
      text = json_to_string (root, FALSE);
      framework = ladder_framework_new_from_data (text, strlen (text), &error);
      g_assert_null (framework);
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "skills[1].resources"));
    }
}

int
main (int   argc,
      char *argv[])
{
  ladder_test_init_translations ();

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/framework/complete", test_complete);
  g_test_add_func ("/framework/json", test_json);
  g_test_add_func ("/framework/read-back", test_read_back);
  g_test_add_func ("/framework/builtin-is-data", test_builtin_is_data);
  g_test_add_func ("/framework/action-per-level-step", test_action_per_level_step);
  g_test_add_func ("/framework/resources", test_resources);
  g_test_add_func ("/framework/refuses", test_refuses);
  g_test_add_func ("/framework/fuzz-regressions", test_fuzz_regressions);
  g_test_add_func ("/framework/translated/zh_CN", test_translated_zh_cn);
  g_test_add_func ("/framework/translated/ru", test_translated_ru);

  return g_test_run ();
}
